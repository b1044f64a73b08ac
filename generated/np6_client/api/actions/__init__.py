"""Operations tagged `actions`, and the namespaces binding them to a client: `Actions` /
`AsyncActions` return the success body, `RawActions` / `AsyncRawActions` the answer as received."""

import datetime
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.action_mail_message import ActionMailMessage
from ...models.action_mail_message_request import ActionMailMessageRequest
from ...models.action_message_request import ActionMessageRequest
from ...models.action_skeleton import ActionSkeleton
from ...models.action_sms_message import ActionSmsMessage
from ...models.action_sms_message_request import ActionSmsMessageRequest
from ...models.execution_email_request import ExecutionEmailRequest
from ...models.execution_error import ExecutionError
from ...models.execution_sms_request import ExecutionSmsRequest
from ...models.execution_success import ExecutionSuccess
from ...models.render_email_request import RenderEmailRequest
from ...models.render_links_request import RenderLinksRequest
from ...models.render_links_success import RenderLinksSuccess
from ...models.render_mail_success import RenderMailSuccess
from ...models.render_sms_request import RenderSmsRequest
from ...models.unknown_action import UnknownAction
from ...models.unknown_action_request import UnknownActionRequest
from ...models.unknown_execution_result import UnknownExecutionResult
from ...models.unknown_render_links_result import UnknownRenderLinksResult
from ...models.unknown_render_mail_result import UnknownRenderMailResult
from ...models.validation_settings import ValidationSettings
from ...types import UNSET, APIResponse, Unset
from . import (
    create_action,
    delete_action,
    duplicate_action,
    execute_action,
    execute_action_batch,
    export_action_clickers,
    export_action_openers,
    export_action_recipients,
    get_action,
    list_actions,
    render_action_links,
    render_action_message,
    render_action_messages,
    send_action_message,
    unvalidate_action,
    update_action,
    validate_action,
)


class Actions:
    """The `actions` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_actions(
        self,
        *,
        creation_start: datetime.datetime | int | Unset = UNSET,
        creation_end: datetime.datetime | int | Unset = UNSET,
    ) -> list[ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction]:
        """Retrieve all actions

        See `np6_client.api.actions.list_actions` for the parameters and NP6's behaviour.
        """
        response = list_actions.sync_detailed(
            client=self._client,
            creation_start=creation_start,
            creation_end=creation_end,
        )
        return cast(
            list[ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction],
            response.parsed,
        )

    def create_action(
        self,
        *,
        body: ActionMailMessageRequest | ActionSmsMessageRequest | UnknownActionRequest,
    ) -> ActionMailMessage | ActionSmsMessage | UnknownAction:
        """Create an action

        See `np6_client.api.actions.create_action` for the parameters and NP6's behaviour.
        """
        response = create_action.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(
            ActionMailMessage | ActionSmsMessage | UnknownAction, response.parsed
        )

    def get_action(
        self,
        id: str,
    ) -> ActionMailMessage | ActionSmsMessage | UnknownAction:
        """Retrieve the specified action

        See `np6_client.api.actions.get_action` for the parameters and NP6's behaviour.
        """
        response = get_action.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(
            ActionMailMessage | ActionSmsMessage | UnknownAction, response.parsed
        )

    def update_action(
        self,
        id: str,
        *,
        body: ActionMailMessageRequest | ActionSmsMessageRequest | UnknownActionRequest,
    ) -> ActionMailMessage | ActionSmsMessage | UnknownAction:
        """Update an action

        See `np6_client.api.actions.update_action` for the parameters and NP6's behaviour.
        """
        response = update_action.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(
            ActionMailMessage | ActionSmsMessage | UnknownAction, response.parsed
        )

    def delete_action(
        self,
        id: str,
    ) -> None:
        """Delete an action

        See `np6_client.api.actions.delete_action` for the parameters and NP6's behaviour.
        """
        response = delete_action.sync_detailed(
            client=self._client,
            id=id,
        )
        del response

    def duplicate_action(
        self,
        id: str,
        *,
        type_: int | None | Unset = UNSET,
        folder: int | None | Unset = UNSET,
    ) -> ActionMailMessage | ActionSmsMessage | UnknownAction:
        """Duplicate an action

        See `np6_client.api.actions.duplicate_action` for the parameters and NP6's behaviour.
        """
        response = duplicate_action.sync_detailed(
            client=self._client,
            id=id,
            type_=type_,
            folder=folder,
        )
        return cast(
            ActionMailMessage | ActionSmsMessage | UnknownAction, response.parsed
        )

    def validate_action(
        self,
        id: str,
        *,
        body: ValidationSettings,
    ) -> None:
        """Test or validate an action

        See `np6_client.api.actions.validate_action` for the parameters and NP6's behaviour.
        """
        response = validate_action.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        del response

    def unvalidate_action(
        self,
        id: str,
        *,
        body: ValidationSettings,
    ) -> None:
        """Unvalidate an action

        See `np6_client.api.actions.unvalidate_action` for the parameters and NP6's behaviour.
        """
        response = unvalidate_action.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        del response

    def render_action_messages(
        self,
        id: str,
        *,
        body: list[RenderEmailRequest] | list[RenderSmsRequest],
    ) -> list[RenderMailSuccess | UnknownRenderMailResult]:
        """Render multiple messages

        See `np6_client.api.actions.render_action_messages` for the parameters and NP6's behaviour.
        """
        response = render_action_messages.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(list[RenderMailSuccess | UnknownRenderMailResult], response.parsed)

    def render_action_message(
        self,
        id: str,
        *,
        body: RenderEmailRequest | RenderSmsRequest,
    ) -> RenderMailSuccess | UnknownRenderMailResult:
        """Render a message

        See `np6_client.api.actions.render_action_message` for the parameters and NP6's behaviour.
        """
        response = render_action_message.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(RenderMailSuccess | UnknownRenderMailResult, response.parsed)

    def execute_action_batch(
        self,
        id: str,
        *,
        body: list[ExecutionEmailRequest] | list[ExecutionSmsRequest],
    ) -> list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]:
        """Send messages

        See `np6_client.api.actions.execute_action_batch` for the parameters and NP6's behaviour.
        """
        response = execute_action_batch.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(
            list[ExecutionError | ExecutionSuccess | UnknownExecutionResult],
            response.parsed,
        )

    def execute_action(
        self,
        id: str,
        *,
        body: ExecutionEmailRequest | ExecutionSmsRequest,
    ) -> ExecutionError | ExecutionSuccess | UnknownExecutionResult:
        """Send message

        See `np6_client.api.actions.execute_action` for the parameters and NP6's behaviour.
        """
        response = execute_action.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(
            ExecutionError | ExecutionSuccess | UnknownExecutionResult, response.parsed
        )

    def export_action_recipients(
        self,
        id: str,
    ) -> None:
        """Export a list of all recipients of an action

        See `np6_client.api.actions.export_action_recipients` for the parameters and NP6's behaviour.
        """
        response = export_action_recipients.sync_detailed(
            client=self._client,
            id=id,
        )
        del response

    def export_action_openers(
        self,
        id: str,
    ) -> None:
        """Export a list of recipients who have opened an action

        See `np6_client.api.actions.export_action_openers` for the parameters and NP6's behaviour.
        """
        response = export_action_openers.sync_detailed(
            client=self._client,
            id=id,
        )
        del response

    def export_action_clickers(
        self,
        id: str,
    ) -> None:
        """Export a list of recipients who have clicked a link on receipt of an action

        See `np6_client.api.actions.export_action_clickers` for the parameters and NP6's behaviour.
        """
        response = export_action_clickers.sync_detailed(
            client=self._client,
            id=id,
        )
        del response

    def render_action_links(
        self,
        id: str,
        *,
        body: RenderLinksRequest,
    ) -> RenderLinksSuccess | UnknownRenderLinksResult:
        """Render links

        See `np6_client.api.actions.render_action_links` for the parameters and NP6's behaviour.
        """
        response = render_action_links.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(RenderLinksSuccess | UnknownRenderLinksResult, response.parsed)

    def send_action_message(
        self,
        id: str,
        target_id: str,
        *,
        body: ActionMessageRequest,
    ) -> None:
        """Send a message

        See `np6_client.api.actions.send_action_message` for the parameters and NP6's behaviour.
        """
        response = send_action_message.sync_detailed(
            client=self._client,
            id=id,
            target_id=target_id,
            body=body,
        )
        del response


class AsyncActions:
    """The `actions` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_actions(
        self,
        *,
        creation_start: datetime.datetime | int | Unset = UNSET,
        creation_end: datetime.datetime | int | Unset = UNSET,
    ) -> list[ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction]:
        """Retrieve all actions

        See `np6_client.api.actions.list_actions` for the parameters and NP6's behaviour.
        """
        response = await list_actions.asyncio_detailed(
            client=self._client,
            creation_start=creation_start,
            creation_end=creation_end,
        )
        return cast(
            list[ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction],
            response.parsed,
        )

    async def create_action(
        self,
        *,
        body: ActionMailMessageRequest | ActionSmsMessageRequest | UnknownActionRequest,
    ) -> ActionMailMessage | ActionSmsMessage | UnknownAction:
        """Create an action

        See `np6_client.api.actions.create_action` for the parameters and NP6's behaviour.
        """
        response = await create_action.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(
            ActionMailMessage | ActionSmsMessage | UnknownAction, response.parsed
        )

    async def get_action(
        self,
        id: str,
    ) -> ActionMailMessage | ActionSmsMessage | UnknownAction:
        """Retrieve the specified action

        See `np6_client.api.actions.get_action` for the parameters and NP6's behaviour.
        """
        response = await get_action.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(
            ActionMailMessage | ActionSmsMessage | UnknownAction, response.parsed
        )

    async def update_action(
        self,
        id: str,
        *,
        body: ActionMailMessageRequest | ActionSmsMessageRequest | UnknownActionRequest,
    ) -> ActionMailMessage | ActionSmsMessage | UnknownAction:
        """Update an action

        See `np6_client.api.actions.update_action` for the parameters and NP6's behaviour.
        """
        response = await update_action.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(
            ActionMailMessage | ActionSmsMessage | UnknownAction, response.parsed
        )

    async def delete_action(
        self,
        id: str,
    ) -> None:
        """Delete an action

        See `np6_client.api.actions.delete_action` for the parameters and NP6's behaviour.
        """
        response = await delete_action.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response

    async def duplicate_action(
        self,
        id: str,
        *,
        type_: int | None | Unset = UNSET,
        folder: int | None | Unset = UNSET,
    ) -> ActionMailMessage | ActionSmsMessage | UnknownAction:
        """Duplicate an action

        See `np6_client.api.actions.duplicate_action` for the parameters and NP6's behaviour.
        """
        response = await duplicate_action.asyncio_detailed(
            client=self._client,
            id=id,
            type_=type_,
            folder=folder,
        )
        return cast(
            ActionMailMessage | ActionSmsMessage | UnknownAction, response.parsed
        )

    async def validate_action(
        self,
        id: str,
        *,
        body: ValidationSettings,
    ) -> None:
        """Test or validate an action

        See `np6_client.api.actions.validate_action` for the parameters and NP6's behaviour.
        """
        response = await validate_action.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        del response

    async def unvalidate_action(
        self,
        id: str,
        *,
        body: ValidationSettings,
    ) -> None:
        """Unvalidate an action

        See `np6_client.api.actions.unvalidate_action` for the parameters and NP6's behaviour.
        """
        response = await unvalidate_action.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        del response

    async def render_action_messages(
        self,
        id: str,
        *,
        body: list[RenderEmailRequest] | list[RenderSmsRequest],
    ) -> list[RenderMailSuccess | UnknownRenderMailResult]:
        """Render multiple messages

        See `np6_client.api.actions.render_action_messages` for the parameters and NP6's behaviour.
        """
        response = await render_action_messages.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(list[RenderMailSuccess | UnknownRenderMailResult], response.parsed)

    async def render_action_message(
        self,
        id: str,
        *,
        body: RenderEmailRequest | RenderSmsRequest,
    ) -> RenderMailSuccess | UnknownRenderMailResult:
        """Render a message

        See `np6_client.api.actions.render_action_message` for the parameters and NP6's behaviour.
        """
        response = await render_action_message.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(RenderMailSuccess | UnknownRenderMailResult, response.parsed)

    async def execute_action_batch(
        self,
        id: str,
        *,
        body: list[ExecutionEmailRequest] | list[ExecutionSmsRequest],
    ) -> list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]:
        """Send messages

        See `np6_client.api.actions.execute_action_batch` for the parameters and NP6's behaviour.
        """
        response = await execute_action_batch.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(
            list[ExecutionError | ExecutionSuccess | UnknownExecutionResult],
            response.parsed,
        )

    async def execute_action(
        self,
        id: str,
        *,
        body: ExecutionEmailRequest | ExecutionSmsRequest,
    ) -> ExecutionError | ExecutionSuccess | UnknownExecutionResult:
        """Send message

        See `np6_client.api.actions.execute_action` for the parameters and NP6's behaviour.
        """
        response = await execute_action.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(
            ExecutionError | ExecutionSuccess | UnknownExecutionResult, response.parsed
        )

    async def export_action_recipients(
        self,
        id: str,
    ) -> None:
        """Export a list of all recipients of an action

        See `np6_client.api.actions.export_action_recipients` for the parameters and NP6's behaviour.
        """
        response = await export_action_recipients.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response

    async def export_action_openers(
        self,
        id: str,
    ) -> None:
        """Export a list of recipients who have opened an action

        See `np6_client.api.actions.export_action_openers` for the parameters and NP6's behaviour.
        """
        response = await export_action_openers.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response

    async def export_action_clickers(
        self,
        id: str,
    ) -> None:
        """Export a list of recipients who have clicked a link on receipt of an action

        See `np6_client.api.actions.export_action_clickers` for the parameters and NP6's behaviour.
        """
        response = await export_action_clickers.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response

    async def render_action_links(
        self,
        id: str,
        *,
        body: RenderLinksRequest,
    ) -> RenderLinksSuccess | UnknownRenderLinksResult:
        """Render links

        See `np6_client.api.actions.render_action_links` for the parameters and NP6's behaviour.
        """
        response = await render_action_links.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(RenderLinksSuccess | UnknownRenderLinksResult, response.parsed)

    async def send_action_message(
        self,
        id: str,
        target_id: str,
        *,
        body: ActionMessageRequest,
    ) -> None:
        """Send a message

        See `np6_client.api.actions.send_action_message` for the parameters and NP6's behaviour.
        """
        response = await send_action_message.asyncio_detailed(
            client=self._client,
            id=id,
            target_id=target_id,
            body=body,
        )
        del response


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawActions:
    """The `actions` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Actions` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_actions(
        self,
        *,
        creation_start: datetime.datetime | int | Unset = UNSET,
        creation_end: datetime.datetime | int | Unset = UNSET,
    ) -> APIResponse[
        list[ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction]
    ]:
        """Retrieve all actions (the answer as received)."""
        kwargs = list_actions._get_kwargs(
            creation_start=creation_start,
            creation_end=creation_end,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_actions))

    def create_action(
        self,
        *,
        body: ActionMailMessageRequest | ActionSmsMessageRequest | UnknownActionRequest,
    ) -> APIResponse[ActionMailMessage | ActionSmsMessage | UnknownAction]:
        """Create an action (the answer as received)."""
        kwargs = create_action._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_action))

    def get_action(
        self,
        id: str,
    ) -> APIResponse[ActionMailMessage | ActionSmsMessage | UnknownAction]:
        """Retrieve the specified action (the answer as received)."""
        kwargs = get_action._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_action))

    def update_action(
        self,
        id: str,
        *,
        body: ActionMailMessageRequest | ActionSmsMessageRequest | UnknownActionRequest,
    ) -> APIResponse[ActionMailMessage | ActionSmsMessage | UnknownAction]:
        """Update an action (the answer as received)."""
        kwargs = update_action._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_action))

    def delete_action(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Delete an action (the answer as received)."""
        kwargs = delete_action._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_action))

    def duplicate_action(
        self,
        id: str,
        *,
        type_: int | None | Unset = UNSET,
        folder: int | None | Unset = UNSET,
    ) -> APIResponse[ActionMailMessage | ActionSmsMessage | UnknownAction]:
        """Duplicate an action (the answer as received)."""
        kwargs = duplicate_action._get_kwargs(
            id=id,
            type_=type_,
            folder=folder,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, duplicate_action))

    def validate_action(
        self,
        id: str,
        *,
        body: ValidationSettings,
    ) -> APIResponse[None]:
        """Test or validate an action (the answer as received)."""
        kwargs = validate_action._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, validate_action))

    def unvalidate_action(
        self,
        id: str,
        *,
        body: ValidationSettings,
    ) -> APIResponse[None]:
        """Unvalidate an action (the answer as received)."""
        kwargs = unvalidate_action._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, unvalidate_action))

    def render_action_messages(
        self,
        id: str,
        *,
        body: list[RenderEmailRequest] | list[RenderSmsRequest],
    ) -> APIResponse[list[RenderMailSuccess | UnknownRenderMailResult]]:
        """Render multiple messages (the answer as received)."""
        kwargs = render_action_messages._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, render_action_messages))

    def render_action_message(
        self,
        id: str,
        *,
        body: RenderEmailRequest | RenderSmsRequest,
    ) -> APIResponse[RenderMailSuccess | UnknownRenderMailResult]:
        """Render a message (the answer as received)."""
        kwargs = render_action_message._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, render_action_message))

    def execute_action_batch(
        self,
        id: str,
        *,
        body: list[ExecutionEmailRequest] | list[ExecutionSmsRequest],
    ) -> APIResponse[list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]]:
        """Send messages (the answer as received)."""
        kwargs = execute_action_batch._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, execute_action_batch))

    def execute_action(
        self,
        id: str,
        *,
        body: ExecutionEmailRequest | ExecutionSmsRequest,
    ) -> APIResponse[ExecutionError | ExecutionSuccess | UnknownExecutionResult]:
        """Send message (the answer as received)."""
        kwargs = execute_action._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, execute_action))

    def export_action_recipients(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Export a list of all recipients of an action (the answer as received)."""
        kwargs = export_action_recipients._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, export_action_recipients))

    def export_action_openers(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Export a list of recipients who have opened an action (the answer as received)."""
        kwargs = export_action_openers._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, export_action_openers))

    def export_action_clickers(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Export a list of recipients who have clicked a link on receipt of an action (the answer as received)."""
        kwargs = export_action_clickers._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, export_action_clickers))

    def render_action_links(
        self,
        id: str,
        *,
        body: RenderLinksRequest,
    ) -> APIResponse[RenderLinksSuccess | UnknownRenderLinksResult]:
        """Render links (the answer as received)."""
        kwargs = render_action_links._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, render_action_links))

    def send_action_message(
        self,
        id: str,
        target_id: str,
        *,
        body: ActionMessageRequest,
    ) -> APIResponse[None]:
        """Send a message (the answer as received)."""
        kwargs = send_action_message._get_kwargs(
            id=id,
            target_id=target_id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, send_action_message))


class AsyncRawActions:
    """The `actions` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_actions(
        self,
        *,
        creation_start: datetime.datetime | int | Unset = UNSET,
        creation_end: datetime.datetime | int | Unset = UNSET,
    ) -> APIResponse[
        list[ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction]
    ]:
        """Retrieve all actions (the answer as received)."""
        kwargs = list_actions._get_kwargs(
            creation_start=creation_start,
            creation_end=creation_end,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_actions))

    async def create_action(
        self,
        *,
        body: ActionMailMessageRequest | ActionSmsMessageRequest | UnknownActionRequest,
    ) -> APIResponse[ActionMailMessage | ActionSmsMessage | UnknownAction]:
        """Create an action (the answer as received)."""
        kwargs = create_action._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_action))

    async def get_action(
        self,
        id: str,
    ) -> APIResponse[ActionMailMessage | ActionSmsMessage | UnknownAction]:
        """Retrieve the specified action (the answer as received)."""
        kwargs = get_action._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_action))

    async def update_action(
        self,
        id: str,
        *,
        body: ActionMailMessageRequest | ActionSmsMessageRequest | UnknownActionRequest,
    ) -> APIResponse[ActionMailMessage | ActionSmsMessage | UnknownAction]:
        """Update an action (the answer as received)."""
        kwargs = update_action._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_action))

    async def delete_action(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Delete an action (the answer as received)."""
        kwargs = delete_action._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_action))

    async def duplicate_action(
        self,
        id: str,
        *,
        type_: int | None | Unset = UNSET,
        folder: int | None | Unset = UNSET,
    ) -> APIResponse[ActionMailMessage | ActionSmsMessage | UnknownAction]:
        """Duplicate an action (the answer as received)."""
        kwargs = duplicate_action._get_kwargs(
            id=id,
            type_=type_,
            folder=folder,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, duplicate_action))

    async def validate_action(
        self,
        id: str,
        *,
        body: ValidationSettings,
    ) -> APIResponse[None]:
        """Test or validate an action (the answer as received)."""
        kwargs = validate_action._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, validate_action))

    async def unvalidate_action(
        self,
        id: str,
        *,
        body: ValidationSettings,
    ) -> APIResponse[None]:
        """Unvalidate an action (the answer as received)."""
        kwargs = unvalidate_action._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, unvalidate_action))

    async def render_action_messages(
        self,
        id: str,
        *,
        body: list[RenderEmailRequest] | list[RenderSmsRequest],
    ) -> APIResponse[list[RenderMailSuccess | UnknownRenderMailResult]]:
        """Render multiple messages (the answer as received)."""
        kwargs = render_action_messages._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, render_action_messages))

    async def render_action_message(
        self,
        id: str,
        *,
        body: RenderEmailRequest | RenderSmsRequest,
    ) -> APIResponse[RenderMailSuccess | UnknownRenderMailResult]:
        """Render a message (the answer as received)."""
        kwargs = render_action_message._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, render_action_message))

    async def execute_action_batch(
        self,
        id: str,
        *,
        body: list[ExecutionEmailRequest] | list[ExecutionSmsRequest],
    ) -> APIResponse[list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]]:
        """Send messages (the answer as received)."""
        kwargs = execute_action_batch._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, execute_action_batch))

    async def execute_action(
        self,
        id: str,
        *,
        body: ExecutionEmailRequest | ExecutionSmsRequest,
    ) -> APIResponse[ExecutionError | ExecutionSuccess | UnknownExecutionResult]:
        """Send message (the answer as received)."""
        kwargs = execute_action._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, execute_action))

    async def export_action_recipients(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Export a list of all recipients of an action (the answer as received)."""
        kwargs = export_action_recipients._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, export_action_recipients))

    async def export_action_openers(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Export a list of recipients who have opened an action (the answer as received)."""
        kwargs = export_action_openers._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, export_action_openers))

    async def export_action_clickers(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Export a list of recipients who have clicked a link on receipt of an action (the answer as received)."""
        kwargs = export_action_clickers._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, export_action_clickers))

    async def render_action_links(
        self,
        id: str,
        *,
        body: RenderLinksRequest,
    ) -> APIResponse[RenderLinksSuccess | UnknownRenderLinksResult]:
        """Render links (the answer as received)."""
        kwargs = render_action_links._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, render_action_links))

    async def send_action_message(
        self,
        id: str,
        target_id: str,
        *,
        body: ActionMessageRequest,
    ) -> APIResponse[None]:
        """Send a message (the answer as received)."""
        kwargs = send_action_message._get_kwargs(
            id=id,
            target_id=target_id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, send_action_message))
