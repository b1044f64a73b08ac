"""Operations tagged `notifications`, and the `Notifications` / `AsyncNotifications` namespaces binding them to a client."""

from typing import Any, cast
from uuid import UUID

from ...client import AuthenticatedClient
from ...models.execution_error import ExecutionError
from ...models.execution_success import ExecutionSuccess
from ...models.notification_execution_request import NotificationExecutionRequest
from ...models.notification_push_app import NotificationPushApp
from ...models.notification_render_request import NotificationRenderRequest
from ...models.notification_render_success import NotificationRenderSuccess
from ...models.notification_test_request import NotificationTestRequest
from ...models.unknown_execution_result import UnknownExecutionResult
from ...models.unknown_notification import UnknownNotification
from ...models.unknown_notification_render_result import UnknownNotificationRenderResult
from ...types import UNSET, Unset
from . import (
    activate_notification,
    create_notification,
    deactivate_notification,
    delete_notification,
    duplicate_notification,
    execute_notification,
    execute_notification_batch,
    get_notification,
    list_notifications,
    render_notification,
    render_notification_for_contact,
    render_notification_version,
    render_notification_version_for_contact,
    test_notification,
    test_notification_version,
    update_notification,
)


class Notifications:
    """The `notifications` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_notifications(
        self,
    ) -> list[NotificationPushApp | UnknownNotification]:
        """Retrieve all notifications

        See `np6_client.api.notifications.list_notifications` for the parameters and NP6's behaviour.
        """
        response = list_notifications.sync_detailed(
            client=self._client,
        )
        return cast(list[NotificationPushApp | UnknownNotification], response.parsed)

    def create_notification(
        self,
        *,
        body: NotificationPushApp | UnknownNotification,
    ) -> NotificationPushApp | UnknownNotification:
        """Create a notification

        See `np6_client.api.notifications.create_notification` for the parameters and NP6's behaviour.
        """
        response = create_notification.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(NotificationPushApp | UnknownNotification, response.parsed)

    def get_notification(
        self,
        id: int,
    ) -> NotificationPushApp | UnknownNotification:
        """Retrieve the specified notification

        See `np6_client.api.notifications.get_notification` for the parameters and NP6's behaviour.
        """
        response = get_notification.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(NotificationPushApp | UnknownNotification, response.parsed)

    def update_notification(
        self,
        id: int,
        *,
        body: NotificationPushApp | UnknownNotification,
    ) -> NotificationPushApp | UnknownNotification:
        """Update a notification

        See `np6_client.api.notifications.update_notification` for the parameters and NP6's behaviour.
        """
        response = update_notification.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(NotificationPushApp | UnknownNotification, response.parsed)

    def delete_notification(
        self,
        id: int,
    ) -> None:
        """Delete a notification

        See `np6_client.api.notifications.delete_notification` for the parameters and NP6's behaviour.
        """
        response = delete_notification.sync_detailed(
            client=self._client,
            id=id,
        )
        del response

    def render_notification(
        self,
        id: int,
        *,
        body: NotificationRenderRequest,
    ) -> NotificationRenderSuccess | UnknownNotificationRenderResult:
        """Render the "master" version of the specified notification

        See `np6_client.api.notifications.render_notification` for the parameters and NP6's behaviour.
        """
        response = render_notification.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(
            NotificationRenderSuccess | UnknownNotificationRenderResult, response.parsed
        )

    def render_notification_for_contact(
        self,
        id_path: int,
        *,
        id_query: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> NotificationRenderSuccess | UnknownNotificationRenderResult:
        """Render the "master" version of the specified notification for a contact

        See `np6_client.api.notifications.render_notification_for_contact` for the parameters and NP6's behaviour.
        """
        response = render_notification_for_contact.sync_detailed(
            client=self._client,
            id_path=id_path,
            id_query=id_query,
            unicity=unicity,
            hash_=hash_,
        )
        return cast(
            NotificationRenderSuccess | UnknownNotificationRenderResult, response.parsed
        )

    def render_notification_version(
        self,
        id: int,
        version: UUID,
        *,
        body: NotificationRenderRequest,
    ) -> NotificationRenderSuccess | UnknownNotificationRenderResult:
        """Render the specified version of the specified notification

        See `np6_client.api.notifications.render_notification_version` for the parameters and NP6's behaviour.
        """
        response = render_notification_version.sync_detailed(
            client=self._client,
            id=id,
            version=version,
            body=body,
        )
        return cast(
            NotificationRenderSuccess | UnknownNotificationRenderResult, response.parsed
        )

    def render_notification_version_for_contact(
        self,
        id_path: int,
        version: UUID,
        *,
        id_query: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> NotificationRenderSuccess | UnknownNotificationRenderResult:
        """Render the specified version of the specified notification for a contact

        See `np6_client.api.notifications.render_notification_version_for_contact` for the parameters and NP6's behaviour.
        """
        response = render_notification_version_for_contact.sync_detailed(
            client=self._client,
            id_path=id_path,
            version=version,
            id_query=id_query,
            unicity=unicity,
            hash_=hash_,
        )
        return cast(
            NotificationRenderSuccess | UnknownNotificationRenderResult, response.parsed
        )

    def test_notification(
        self,
        id: int,
        *,
        body: NotificationTestRequest,
    ) -> None:
        """Test the "master" version of the specified notification

        See `np6_client.api.notifications.test_notification` for the parameters and NP6's behaviour.
        """
        response = test_notification.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        del response

    def test_notification_version(
        self,
        id: int,
        version: UUID,
        *,
        body: NotificationTestRequest,
    ) -> None:
        """Test the specified version of the specified notification

        See `np6_client.api.notifications.test_notification_version` for the parameters and NP6's behaviour.
        """
        response = test_notification_version.sync_detailed(
            client=self._client,
            id=id,
            version=version,
            body=body,
        )
        del response

    def execute_notification(
        self,
        id: int,
        *,
        body: NotificationExecutionRequest,
    ) -> ExecutionError | ExecutionSuccess | UnknownExecutionResult:
        """Execute the specified notification

        See `np6_client.api.notifications.execute_notification` for the parameters and NP6's behaviour.
        """
        response = execute_notification.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(
            ExecutionError | ExecutionSuccess | UnknownExecutionResult, response.parsed
        )

    def execute_notification_batch(
        self,
        id: int,
        *,
        body: list[NotificationExecutionRequest],
    ) -> list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]:
        """Execute the specified notification

        See `np6_client.api.notifications.execute_notification_batch` for the parameters and NP6's behaviour.
        """
        response = execute_notification_batch.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(
            list[ExecutionError | ExecutionSuccess | UnknownExecutionResult],
            response.parsed,
        )

    def duplicate_notification(
        self,
        id: int,
    ) -> NotificationPushApp | UnknownNotification:
        """Duplicates a notification

        See `np6_client.api.notifications.duplicate_notification` for the parameters and NP6's behaviour.
        """
        response = duplicate_notification.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(NotificationPushApp | UnknownNotification, response.parsed)

    def activate_notification(
        self,
        id: int,
    ) -> None:
        """Activates a notification

        See `np6_client.api.notifications.activate_notification` for the parameters and NP6's behaviour.
        """
        response = activate_notification.sync_detailed(
            client=self._client,
            id=id,
        )
        del response

    def deactivate_notification(
        self,
        id: int,
    ) -> None:
        """Deactivates a notification

        See `np6_client.api.notifications.deactivate_notification` for the parameters and NP6's behaviour.
        """
        response = deactivate_notification.sync_detailed(
            client=self._client,
            id=id,
        )
        del response


class AsyncNotifications:
    """The `notifications` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_notifications(
        self,
    ) -> list[NotificationPushApp | UnknownNotification]:
        """Retrieve all notifications

        See `np6_client.api.notifications.list_notifications` for the parameters and NP6's behaviour.
        """
        response = await list_notifications.asyncio_detailed(
            client=self._client,
        )
        return cast(list[NotificationPushApp | UnknownNotification], response.parsed)

    async def create_notification(
        self,
        *,
        body: NotificationPushApp | UnknownNotification,
    ) -> NotificationPushApp | UnknownNotification:
        """Create a notification

        See `np6_client.api.notifications.create_notification` for the parameters and NP6's behaviour.
        """
        response = await create_notification.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(NotificationPushApp | UnknownNotification, response.parsed)

    async def get_notification(
        self,
        id: int,
    ) -> NotificationPushApp | UnknownNotification:
        """Retrieve the specified notification

        See `np6_client.api.notifications.get_notification` for the parameters and NP6's behaviour.
        """
        response = await get_notification.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(NotificationPushApp | UnknownNotification, response.parsed)

    async def update_notification(
        self,
        id: int,
        *,
        body: NotificationPushApp | UnknownNotification,
    ) -> NotificationPushApp | UnknownNotification:
        """Update a notification

        See `np6_client.api.notifications.update_notification` for the parameters and NP6's behaviour.
        """
        response = await update_notification.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(NotificationPushApp | UnknownNotification, response.parsed)

    async def delete_notification(
        self,
        id: int,
    ) -> None:
        """Delete a notification

        See `np6_client.api.notifications.delete_notification` for the parameters and NP6's behaviour.
        """
        response = await delete_notification.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response

    async def render_notification(
        self,
        id: int,
        *,
        body: NotificationRenderRequest,
    ) -> NotificationRenderSuccess | UnknownNotificationRenderResult:
        """Render the "master" version of the specified notification

        See `np6_client.api.notifications.render_notification` for the parameters and NP6's behaviour.
        """
        response = await render_notification.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(
            NotificationRenderSuccess | UnknownNotificationRenderResult, response.parsed
        )

    async def render_notification_for_contact(
        self,
        id_path: int,
        *,
        id_query: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> NotificationRenderSuccess | UnknownNotificationRenderResult:
        """Render the "master" version of the specified notification for a contact

        See `np6_client.api.notifications.render_notification_for_contact` for the parameters and NP6's behaviour.
        """
        response = await render_notification_for_contact.asyncio_detailed(
            client=self._client,
            id_path=id_path,
            id_query=id_query,
            unicity=unicity,
            hash_=hash_,
        )
        return cast(
            NotificationRenderSuccess | UnknownNotificationRenderResult, response.parsed
        )

    async def render_notification_version(
        self,
        id: int,
        version: UUID,
        *,
        body: NotificationRenderRequest,
    ) -> NotificationRenderSuccess | UnknownNotificationRenderResult:
        """Render the specified version of the specified notification

        See `np6_client.api.notifications.render_notification_version` for the parameters and NP6's behaviour.
        """
        response = await render_notification_version.asyncio_detailed(
            client=self._client,
            id=id,
            version=version,
            body=body,
        )
        return cast(
            NotificationRenderSuccess | UnknownNotificationRenderResult, response.parsed
        )

    async def render_notification_version_for_contact(
        self,
        id_path: int,
        version: UUID,
        *,
        id_query: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> NotificationRenderSuccess | UnknownNotificationRenderResult:
        """Render the specified version of the specified notification for a contact

        See `np6_client.api.notifications.render_notification_version_for_contact` for the parameters and NP6's behaviour.
        """
        response = await render_notification_version_for_contact.asyncio_detailed(
            client=self._client,
            id_path=id_path,
            version=version,
            id_query=id_query,
            unicity=unicity,
            hash_=hash_,
        )
        return cast(
            NotificationRenderSuccess | UnknownNotificationRenderResult, response.parsed
        )

    async def test_notification(
        self,
        id: int,
        *,
        body: NotificationTestRequest,
    ) -> None:
        """Test the "master" version of the specified notification

        See `np6_client.api.notifications.test_notification` for the parameters and NP6's behaviour.
        """
        response = await test_notification.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        del response

    async def test_notification_version(
        self,
        id: int,
        version: UUID,
        *,
        body: NotificationTestRequest,
    ) -> None:
        """Test the specified version of the specified notification

        See `np6_client.api.notifications.test_notification_version` for the parameters and NP6's behaviour.
        """
        response = await test_notification_version.asyncio_detailed(
            client=self._client,
            id=id,
            version=version,
            body=body,
        )
        del response

    async def execute_notification(
        self,
        id: int,
        *,
        body: NotificationExecutionRequest,
    ) -> ExecutionError | ExecutionSuccess | UnknownExecutionResult:
        """Execute the specified notification

        See `np6_client.api.notifications.execute_notification` for the parameters and NP6's behaviour.
        """
        response = await execute_notification.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(
            ExecutionError | ExecutionSuccess | UnknownExecutionResult, response.parsed
        )

    async def execute_notification_batch(
        self,
        id: int,
        *,
        body: list[NotificationExecutionRequest],
    ) -> list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]:
        """Execute the specified notification

        See `np6_client.api.notifications.execute_notification_batch` for the parameters and NP6's behaviour.
        """
        response = await execute_notification_batch.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(
            list[ExecutionError | ExecutionSuccess | UnknownExecutionResult],
            response.parsed,
        )

    async def duplicate_notification(
        self,
        id: int,
    ) -> NotificationPushApp | UnknownNotification:
        """Duplicates a notification

        See `np6_client.api.notifications.duplicate_notification` for the parameters and NP6's behaviour.
        """
        response = await duplicate_notification.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(NotificationPushApp | UnknownNotification, response.parsed)

    async def activate_notification(
        self,
        id: int,
    ) -> None:
        """Activates a notification

        See `np6_client.api.notifications.activate_notification` for the parameters and NP6's behaviour.
        """
        response = await activate_notification.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response

    async def deactivate_notification(
        self,
        id: int,
    ) -> None:
        """Deactivates a notification

        See `np6_client.api.notifications.deactivate_notification` for the parameters and NP6's behaviour.
        """
        response = await deactivate_notification.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response
