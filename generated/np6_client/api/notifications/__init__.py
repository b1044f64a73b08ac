"""Operations tagged `notifications`, and the namespaces binding them to a client: `Notifications` /
`AsyncNotifications` return the success body, `RawNotifications` / `AsyncRawNotifications` the answer as received."""

from types import ModuleType
from typing import Any, cast
from uuid import UUID

import httpx

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
from ...types import UNSET, APIResponse, Unset
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


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawNotifications:
    """The `notifications` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Notifications` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_notifications(
        self,
    ) -> APIResponse[list[NotificationPushApp | UnknownNotification]]:
        """Retrieve all notifications (the answer as received)."""
        kwargs = list_notifications._get_kwargs()
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_notifications))

    def create_notification(
        self,
        *,
        body: NotificationPushApp | UnknownNotification,
    ) -> APIResponse[NotificationPushApp | UnknownNotification]:
        """Create a notification (the answer as received)."""
        kwargs = create_notification._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_notification))

    def get_notification(
        self,
        id: int,
    ) -> APIResponse[NotificationPushApp | UnknownNotification]:
        """Retrieve the specified notification (the answer as received)."""
        kwargs = get_notification._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_notification))

    def update_notification(
        self,
        id: int,
        *,
        body: NotificationPushApp | UnknownNotification,
    ) -> APIResponse[NotificationPushApp | UnknownNotification]:
        """Update a notification (the answer as received)."""
        kwargs = update_notification._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_notification))

    def delete_notification(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Delete a notification (the answer as received)."""
        kwargs = delete_notification._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_notification))

    def render_notification(
        self,
        id: int,
        *,
        body: NotificationRenderRequest,
    ) -> APIResponse[NotificationRenderSuccess | UnknownNotificationRenderResult]:
        """Render the "master" version of the specified notification (the answer as received)."""
        kwargs = render_notification._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, render_notification))

    def render_notification_for_contact(
        self,
        id_path: int,
        *,
        id_query: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> APIResponse[NotificationRenderSuccess | UnknownNotificationRenderResult]:
        """Render the "master" version of the specified notification for a contact (the answer as received)."""
        kwargs = render_notification_for_contact._get_kwargs(
            id_path=id_path,
            id_query=id_query,
            unicity=unicity,
            hash_=hash_,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, render_notification_for_contact)
        )

    def render_notification_version(
        self,
        id: int,
        version: UUID,
        *,
        body: NotificationRenderRequest,
    ) -> APIResponse[NotificationRenderSuccess | UnknownNotificationRenderResult]:
        """Render the specified version of the specified notification (the answer as received)."""
        kwargs = render_notification_version._get_kwargs(
            id=id,
            version=version,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, render_notification_version))

    def render_notification_version_for_contact(
        self,
        id_path: int,
        version: UUID,
        *,
        id_query: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> APIResponse[NotificationRenderSuccess | UnknownNotificationRenderResult]:
        """Render the specified version of the specified notification for a contact (the answer as received)."""
        kwargs = render_notification_version_for_contact._get_kwargs(
            id_path=id_path,
            version=version,
            id_query=id_query,
            unicity=unicity,
            hash_=hash_,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, render_notification_version_for_contact)
        )

    def test_notification(
        self,
        id: int,
        *,
        body: NotificationTestRequest,
    ) -> APIResponse[None]:
        """Test the "master" version of the specified notification (the answer as received)."""
        kwargs = test_notification._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, test_notification))

    def test_notification_version(
        self,
        id: int,
        version: UUID,
        *,
        body: NotificationTestRequest,
    ) -> APIResponse[None]:
        """Test the specified version of the specified notification (the answer as received)."""
        kwargs = test_notification_version._get_kwargs(
            id=id,
            version=version,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, test_notification_version))

    def execute_notification(
        self,
        id: int,
        *,
        body: NotificationExecutionRequest,
    ) -> APIResponse[ExecutionError | ExecutionSuccess | UnknownExecutionResult]:
        """Execute the specified notification (the answer as received)."""
        kwargs = execute_notification._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, execute_notification))

    def execute_notification_batch(
        self,
        id: int,
        *,
        body: list[NotificationExecutionRequest],
    ) -> APIResponse[list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]]:
        """Execute the specified notification (the answer as received)."""
        kwargs = execute_notification_batch._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, execute_notification_batch))

    def duplicate_notification(
        self,
        id: int,
    ) -> APIResponse[NotificationPushApp | UnknownNotification]:
        """Duplicates a notification (the answer as received)."""
        kwargs = duplicate_notification._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, duplicate_notification))

    def activate_notification(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Activates a notification (the answer as received)."""
        kwargs = activate_notification._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, activate_notification))

    def deactivate_notification(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Deactivates a notification (the answer as received)."""
        kwargs = deactivate_notification._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, deactivate_notification))


class AsyncRawNotifications:
    """The `notifications` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_notifications(
        self,
    ) -> APIResponse[list[NotificationPushApp | UnknownNotification]]:
        """Retrieve all notifications (the answer as received)."""
        kwargs = list_notifications._get_kwargs()
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_notifications))

    async def create_notification(
        self,
        *,
        body: NotificationPushApp | UnknownNotification,
    ) -> APIResponse[NotificationPushApp | UnknownNotification]:
        """Create a notification (the answer as received)."""
        kwargs = create_notification._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_notification))

    async def get_notification(
        self,
        id: int,
    ) -> APIResponse[NotificationPushApp | UnknownNotification]:
        """Retrieve the specified notification (the answer as received)."""
        kwargs = get_notification._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_notification))

    async def update_notification(
        self,
        id: int,
        *,
        body: NotificationPushApp | UnknownNotification,
    ) -> APIResponse[NotificationPushApp | UnknownNotification]:
        """Update a notification (the answer as received)."""
        kwargs = update_notification._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_notification))

    async def delete_notification(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Delete a notification (the answer as received)."""
        kwargs = delete_notification._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_notification))

    async def render_notification(
        self,
        id: int,
        *,
        body: NotificationRenderRequest,
    ) -> APIResponse[NotificationRenderSuccess | UnknownNotificationRenderResult]:
        """Render the "master" version of the specified notification (the answer as received)."""
        kwargs = render_notification._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, render_notification))

    async def render_notification_for_contact(
        self,
        id_path: int,
        *,
        id_query: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> APIResponse[NotificationRenderSuccess | UnknownNotificationRenderResult]:
        """Render the "master" version of the specified notification for a contact (the answer as received)."""
        kwargs = render_notification_for_contact._get_kwargs(
            id_path=id_path,
            id_query=id_query,
            unicity=unicity,
            hash_=hash_,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, render_notification_for_contact)
        )

    async def render_notification_version(
        self,
        id: int,
        version: UUID,
        *,
        body: NotificationRenderRequest,
    ) -> APIResponse[NotificationRenderSuccess | UnknownNotificationRenderResult]:
        """Render the specified version of the specified notification (the answer as received)."""
        kwargs = render_notification_version._get_kwargs(
            id=id,
            version=version,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, render_notification_version))

    async def render_notification_version_for_contact(
        self,
        id_path: int,
        version: UUID,
        *,
        id_query: str | Unset = UNSET,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> APIResponse[NotificationRenderSuccess | UnknownNotificationRenderResult]:
        """Render the specified version of the specified notification for a contact (the answer as received)."""
        kwargs = render_notification_version_for_contact._get_kwargs(
            id_path=id_path,
            version=version,
            id_query=id_query,
            unicity=unicity,
            hash_=hash_,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, render_notification_version_for_contact)
        )

    async def test_notification(
        self,
        id: int,
        *,
        body: NotificationTestRequest,
    ) -> APIResponse[None]:
        """Test the "master" version of the specified notification (the answer as received)."""
        kwargs = test_notification._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, test_notification))

    async def test_notification_version(
        self,
        id: int,
        version: UUID,
        *,
        body: NotificationTestRequest,
    ) -> APIResponse[None]:
        """Test the specified version of the specified notification (the answer as received)."""
        kwargs = test_notification_version._get_kwargs(
            id=id,
            version=version,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, test_notification_version))

    async def execute_notification(
        self,
        id: int,
        *,
        body: NotificationExecutionRequest,
    ) -> APIResponse[ExecutionError | ExecutionSuccess | UnknownExecutionResult]:
        """Execute the specified notification (the answer as received)."""
        kwargs = execute_notification._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, execute_notification))

    async def execute_notification_batch(
        self,
        id: int,
        *,
        body: list[NotificationExecutionRequest],
    ) -> APIResponse[list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]]:
        """Execute the specified notification (the answer as received)."""
        kwargs = execute_notification_batch._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, execute_notification_batch))

    async def duplicate_notification(
        self,
        id: int,
    ) -> APIResponse[NotificationPushApp | UnknownNotification]:
        """Duplicates a notification (the answer as received)."""
        kwargs = duplicate_notification._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, duplicate_notification))

    async def activate_notification(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Activates a notification (the answer as received)."""
        kwargs = activate_notification._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, activate_notification))

    async def deactivate_notification(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Deactivates a notification (the answer as received)."""
        kwargs = deactivate_notification._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, deactivate_notification))
