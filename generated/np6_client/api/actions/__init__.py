"""Operations tagged `actions`, and the namespaces binding them to a client: `Actions` /
`AsyncActions` return the success body, `RawActions` / `AsyncRawActions` the answer as received."""

import datetime
from collections.abc import Mapping, Sequence
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

        Returns all the actions of the account, optionally filtered on their creation date. Marked
        Deprecated in 8.1.0, with no documented replacement.

        The items are action *summaries*: the 8.1.0 page lists `type`, `id`, `name`, `creationDate`,
        `informations`, `settings`, `scheduler` and `monitor`; they are modelled with the full `Action`
        union, whose fields are all optional. The status code is not shown (200 inferred).

        Args:
            creation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            creation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction]
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
        body: ActionMailMessageRequest
        | ActionSmsMessageRequest
        | UnknownActionRequest
        | Mapping[str, Any],
    ) -> ActionMailMessage | ActionSmsMessage | UnknownAction:
        """Create an action

        Creates an action from "Data used to create the action" (seen). The published request sample is the
        same as the `get_action` response sample. No field is marked required in the visible page; a
        minimal working email body observed in production is `{type: "mailMessage", name, settings,
        content: {headers: {from: {prefix, domain, label}}, subject, html}}` (3rd-party).

        Production notes (3rd-party): `content.headers.from` must be an object (a string gives 400);
        `settings.field` is tenant-specific and a wrong id gives a misleading 404, so omit it to let NP6
        pick the default; the new action is in state 10, or 20 once it has content. The response is the
        created action with its `id`; its status code is not shown in 8.1.0 (200 per 3rd-party).

        Args:
            body (ActionMailMessageRequest | ActionSmsMessageRequest | UnknownActionRequest): An
                action (NP6 `SubstitutionAction#Discriminable` (3rd-party name)), discriminated by `type`.
                `mailMessage` is the only type in the 8.1.0 samples (seen). `smsMessage` is known from the
                legacy
                docs (legacy), as are `mailCampaign` and `smsCampaign`, which are not modelled and fall
                into
                `UnknownAction` with any other type. No field is marked required in 8.1.0.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. A referenced id does not exist, e.g. a `settings.field` that is not a
                field of the tenant (3rd-party; misleading, since the path exists).
            np6.errors.ConflictError: 409. Conflict (legacy, 3rd-party; empty body), e.g. the key's user lacks
                the right to create actions.
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
                8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
                expected.
            np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
                accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
                `application/vnd.np6.cm.email`.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            ActionMailMessage | ActionSmsMessage | UnknownAction
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

        Returns the action (seen). Status code not shown (200 inferred; legacy 200).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            ActionMailMessage | ActionSmsMessage | UnknownAction
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
        body: ActionMailMessageRequest
        | ActionSmsMessageRequest
        | UnknownActionRequest
        | Mapping[str, Any],
    ) -> ActionMailMessage | ActionSmsMessage | UnknownAction:
        """Update an action

        Replaces the action with "Data used to update the action" (seen), an `Action`. The path parameter
        and the response are not shown in 8.1.0: the response is modelled as 200 with the updated action
        (inferred; legacy 200 with the action). Whether a content update resets the validation state is
        not confirmed (3rd-party "tbd").

        Provenance (audit 2026-12, §4.2): the 8.1.0 page shows only "Data used to update the action"; the
        method PUT rests on the legacy docs and a production client, the response on the legacy docs. See
        `x-np6-provenance-detail`.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            body (ActionMailMessageRequest | ActionSmsMessageRequest | UnknownActionRequest): An
                action (NP6 `SubstitutionAction#Discriminable` (3rd-party name)), discriminated by `type`.
                `mailMessage` is the only type in the 8.1.0 samples (seen). `smsMessage` is known from the
                legacy
                docs (legacy), as are `mailCampaign` and `smsCampaign`, which are not modelled and fall
                into
                `UnknownAction` with any other type. No field is marked required in 8.1.0.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. The action's state forbids the update, or the key's user lacks the
                right (legacy; empty body).
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
                8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
                expected.
            np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
                accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
                `application/vnd.np6.cm.email`.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            ActionMailMessage | ActionSmsMessage | UnknownAction
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

        Deletes the action. 8.1.0 says "No Content" (204 inferred; legacy 204).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
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

        Copies the action and returns the created copy (seen). No request body. The status code is not
        shown (200 inferred; the legacy docs said 204 while also showing a body).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            type_ (int | None | Unset):
            folder (int | None | Unset):

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. Conflict (legacy; empty body), e.g. the key's user lacks the right.
            np6.errors.GoneError: 410. The source action is no longer available, e.g. deleted (legacy).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            ActionMailMessage | ActionSmsMessage | UnknownAction
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
        body: ValidationSettings | Mapping[str, Any],
    ) -> None:
        """Test or validate an action

        Launches the test phase (`fortest: true`) or validates the action for production
        (`fortest: false`). Both phases are mandatory (3rd-party): state 20 -> `{fortest: true,
        testSegments: [segmentId]}` -> 38 -> `{fortest: false}` -> 50. Phase 1 answers 204 and looks
        finished, but only phase 2 makes the action sendable.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            body (ValidationSettings): Body of `POST` and `DELETE /actions/{id}/validation` (NP6
                `ValidationSettingsModel` (3rd-party
                name)). No field is required (seen); `{}` is a valid body.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. Empty body (seen; meanings 3rd-party): the action is already
                validated (callers may treat this as idempotent success), its state forbids this phase, or the key's
                user lacks the validation right.
            np6.errors.GoneError: 410. The action is no longer available, e.g. deleted (seen; meaning legacy).
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
                8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
                expected.
            np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
                accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
                `application/vnd.np6.cm.email`.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
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
        body: ValidationSettings | Mapping[str, Any],
    ) -> None:
        """Unvalidate an action

        Moves a validated (50) or test-validated (38) action back to state 20, e.g. to edit and re-test it
        (3rd-party).

        Spec note: this DELETE carries a JSON body. 8.1.0 gives it the same model as the validation
        (seen), and NP6 answers 411 without a body, so the body is required here; `{}` is enough
        (3rd-party).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            body (ValidationSettings): Body of `POST` and `DELETE /actions/{id}/validation` (NP6
                `ValidationSettingsModel` (3rd-party
                name)). No field is required (seen); `{}` is a valid body.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. The action is not validated (3rd-party; empty body), or the key's
                user lacks the right.
            np6.errors.GoneError: 410. The action is no longer available, e.g. deleted (legacy).
            np6.errors.LengthRequiredError: 411. No body / no `Content-Length`; send `{}` (3rd-party).
            np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
                accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
                `application/vnd.np6.cm.email`.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
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
        body: list[RenderEmailRequest]
        | list[RenderSmsRequest]
        | Sequence[Mapping[str, Any]],
    ) -> list[RenderMailSuccess | UnknownRenderMailResult]:
        """Render multiple messages

        Renders (previews) the action for a list of render definitions; it sends nothing (3rd-party): a
        read that uses POST, NP6's method kept. The
        body is an array whose media type says whether the action is an email
        (`application/vnd.np6.cm.email`) or an SMS (`application/vnd.np6.cm.sms`). Only the email tree was
        seen; `RenderSmsRequest` is inferred. The published curl sample prints `[object Object]` (a
        documentation bug), so there is no request example. Status code not shown (200 inferred).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            body (list[RenderEmailRequest]):
            body (list[RenderSmsRequest]):

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. The action's state forbids rendering, or a content override on a
                template that is not V4.1 (inferred from the execution behaviour; empty body).
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
                8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
                expected.
            np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
                accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
                `application/vnd.np6.cm.email`.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[RenderMailSuccess | UnknownRenderMailResult]
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
        body: RenderEmailRequest | RenderSmsRequest | Mapping[str, Any],
    ) -> RenderMailSuccess | UnknownRenderMailResult:
        """Render a message

        Renders (previews) one message of the action without sending it (a read that uses POST, NP6's method
        kept). Email
        (`application/vnd.np6.cm.email`) or SMS (`application/vnd.np6.cm.sms`) body; only the email tree
        was seen (`RenderSmsRequest` is inferred). The sidebar does not list the `context` ("views
        overrides") part for the single render. Status code not shown (200 inferred).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            body (RenderEmailRequest): A render definition for an email action, media type
                `application/vnd.np6.cm.email` (seen; the
                docs call it "render definition"). Used by `/render` and `/renders`; `context` is listed
                for
                `/renders` only. No field is marked required.
            body (RenderSmsRequest): A render definition for an SMS action, media type
                `application/vnd.np6.cm.sms`. The tab exists in
                8.1.0 but its tree is not visible: every field here is inferred from the email definition.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. The action's state forbids rendering, or a content override on a
                template that is not V4.1 (inferred from the execution behaviour; empty body).
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
                8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
                expected.
            np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
                accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
                `application/vnd.np6.cm.email`.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            RenderMailSuccess | UnknownRenderMailResult
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
        body: list[ExecutionEmailRequest]
        | list[ExecutionSmsRequest]
        | Sequence[Mapping[str, Any]],
    ) -> list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]:
        """Send messages

        Sends the action to a list of explicit recipients (a `mailMessage` takes no segment reference;
        3rd-party). The action must be in state 50. The body is an array of message definitions in
        `application/vnd.np6.cm.email` (seen) or `application/vnd.np6.cm.sms` (tab seen, tree not seen:
        `ExecutionSmsRequest` is inferred); `application/json` is answered 415 (3rd-party).

        The 200 body has one `ExecutionResult` per definition, in request order (3rd-party); a recipient
        that cannot be resolved gives an `error` item while the others still succeed. No batch-size cap is
        documented. With no content fields the configured content is sent with personalisation and
        tracking; content sent here replaces it as-is, without personalisation or tracking, and only on
        V4.1 templates (3rd-party). A timed-out call may already have sent mail: do not retry blindly.

        The published curl sample prints `[object Object],[object Object]` (a documentation bug).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            body (list[ExecutionEmailRequest]):
            body (list[ExecutionSmsRequest]):

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. Empty body (seen; meanings 3rd-party): the action is not in state 50
                (e.g. only test-validated, 38), a content override on a template that is not V4.1, or the key's user
                lacks the right to send.
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (seen; 3rd-party observed
                it live).
            np6.errors.UnsupportedMediaTypeError: 415. The body was sent as `application/json`; use
                `application/vnd.np6.cm.email` or `application/vnd.np6.cm.sms` (3rd-party; not in the 8.1.0 page).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]
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
        body: ExecutionEmailRequest | ExecutionSmsRequest | Mapping[str, Any],
    ) -> ExecutionError | ExecutionSuccess | UnknownExecutionResult:
        """Send message

        Sends the action to one recipient; the action must be in state 50. Email
        (`application/vnd.np6.cm.email`) or SMS (`application/vnd.np6.cm.sms`; tree not seen,
        `ExecutionSmsRequest` inferred) body; `application/json` is answered 415 (3rd-party). The status
        codes are not shown for this operation; they are taken from `execute_action_batch` (inferred).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            body (ExecutionEmailRequest): One email message definition, media type
                `application/vnd.np6.cm.email` (fields seen; name
                3rd-party). Only `recipient` is required (inferred). Without `headers`, `subject` or
                `content` the
                configured content is sent with personalisation and tracking; overrides are used as-is,
                without
                personalisation or tracking, and need a V4.1 template (3rd-party).
            body (ExecutionSmsRequest): One SMS message definition, media type
                `application/vnd.np6.cm.sms`. The 8.1.0 page has the tab but
                its tree is not visible: every field here is inferred from the email definition.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. Empty body (3rd-party): the action is not in state 50, a content
                override on a template that is not V4.1, or the key's user lacks the right to send.
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party).
            np6.errors.UnsupportedMediaTypeError: 415. The body was sent as `application/json` instead of a
                vendor media type (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            ExecutionError | ExecutionSuccess | UnknownExecutionResult
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

        Spec note: the title is listed in 8.1.0 but the path was not seen. `/export/recipients` is a guess
        from its siblings `/export/tracking/opens` and `/export/tracking/clicks` (inferred;
        `/actions/{id}/export/tracking` is the other candidate). Its siblings are Deprecated, so this one
        very probably is too (inferred; not marked here because the flag was not seen). Like its siblings
        it answers "No Content": the 8.1.0 page documents no file format or asynchronous delivery.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
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

        Deprecated in 8.1.0 with no documented replacement (the open hit events and reactivities carry the
        same information). Answers "No Content": the page documents no file format or asynchronous
        delivery.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
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

        Deprecated in 8.1.0 with no documented replacement (the redirection hit events and reactivities
        carry the same information). Answers "No Content": the page documents no file format or
        asynchronous delivery.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
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
        body: RenderLinksRequest | Mapping[str, Any],
    ) -> RenderLinksSuccess | UnknownRenderLinksResult:
        """Render links

        Renders the tracked URLs of the given links for a receiver (a read that uses POST, NP6's method
        kept). Deprecated in 8.1.0 with no documented
        replacement. Plain `application/json` body. Status code not shown (200 inferred).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            body (RenderLinksRequest): A render definition for `render_action_links` (seen).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
                8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
                expected.
            np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
                accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
                `application/vnd.np6.cm.email`.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            RenderLinksSuccess | UnknownRenderLinksResult
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
        body: ActionMessageRequest | Mapping[str, Any],
    ) -> None:
        """Send a message

        Sends the action to one target identified by its id: the pre-8.x single-send operation, still
        listed in 8.1.0 with a plain `application/json` body ("The message request model"). The body's
        field list is cut off in the available page text after `data` (see `ActionMessageRequest`), and
        the response is not shown: modelled as 204 as in the legacy docs (legacy). The legacy vendor
        `Accept` variants (`application/vnd.mperf.v8.message.id`, which returned the conversation id, and
        the multipart attachment variant) are not modelled. Prefer `execute_action` in new code
        (inferred); whether this operation is deprecated was not seen.

        Provenance (audit 2026-12, §4.2): method, path and the start of the body are seen; the 204 response
        is legacy (NP6/Driver `mocks/config.json`). See `x-np6-provenance-detail`.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            target_id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters
                (seen).
            body (ActionMessageRequest): "The message request model" of `send_action_message` (seen).
                The page text is cut off after
                `{"data": {}, "co…`: only `data` is certain. One field is described as "if the message is
                an email,
                the content of the message will be replaced by this parameter" (seen), modelled as
                `content`
                (inferred name). Other properties are allowed.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. The action's state forbids sending, or the key's user lacks the right
                (legacy; empty body).
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
                8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
                expected.
            np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
                accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
                `application/vnd.np6.cm.email`.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
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

        Returns all the actions of the account, optionally filtered on their creation date. Marked
        Deprecated in 8.1.0, with no documented replacement.

        The items are action *summaries*: the 8.1.0 page lists `type`, `id`, `name`, `creationDate`,
        `informations`, `settings`, `scheduler` and `monitor`; they are modelled with the full `Action`
        union, whose fields are all optional. The status code is not shown (200 inferred).

        Args:
            creation_start (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).
            creation_end (datetime.datetime | int | Unset): A date filter: NP6 accepts an ISO 8601
                date-time or a timestamp (seen). Timestamps are sent as
                epoch milliseconds (inferred from event timestamps; the unit is not documented).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[ActionMailMessage | ActionSkeleton | ActionSmsMessage | UnknownAction]
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
        body: ActionMailMessageRequest
        | ActionSmsMessageRequest
        | UnknownActionRequest
        | Mapping[str, Any],
    ) -> ActionMailMessage | ActionSmsMessage | UnknownAction:
        """Create an action

        Creates an action from "Data used to create the action" (seen). The published request sample is the
        same as the `get_action` response sample. No field is marked required in the visible page; a
        minimal working email body observed in production is `{type: "mailMessage", name, settings,
        content: {headers: {from: {prefix, domain, label}}, subject, html}}` (3rd-party).

        Production notes (3rd-party): `content.headers.from` must be an object (a string gives 400);
        `settings.field` is tenant-specific and a wrong id gives a misleading 404, so omit it to let NP6
        pick the default; the new action is in state 10, or 20 once it has content. The response is the
        created action with its `id`; its status code is not shown in 8.1.0 (200 per 3rd-party).

        Args:
            body (ActionMailMessageRequest | ActionSmsMessageRequest | UnknownActionRequest): An
                action (NP6 `SubstitutionAction#Discriminable` (3rd-party name)), discriminated by `type`.
                `mailMessage` is the only type in the 8.1.0 samples (seen). `smsMessage` is known from the
                legacy
                docs (legacy), as are `mailCampaign` and `smsCampaign`, which are not modelled and fall
                into
                `UnknownAction` with any other type. No field is marked required in 8.1.0.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. A referenced id does not exist, e.g. a `settings.field` that is not a
                field of the tenant (3rd-party; misleading, since the path exists).
            np6.errors.ConflictError: 409. Conflict (legacy, 3rd-party; empty body), e.g. the key's user lacks
                the right to create actions.
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
                8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
                expected.
            np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
                accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
                `application/vnd.np6.cm.email`.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            ActionMailMessage | ActionSmsMessage | UnknownAction
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

        Returns the action (seen). Status code not shown (200 inferred; legacy 200).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            ActionMailMessage | ActionSmsMessage | UnknownAction
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
        body: ActionMailMessageRequest
        | ActionSmsMessageRequest
        | UnknownActionRequest
        | Mapping[str, Any],
    ) -> ActionMailMessage | ActionSmsMessage | UnknownAction:
        """Update an action

        Replaces the action with "Data used to update the action" (seen), an `Action`. The path parameter
        and the response are not shown in 8.1.0: the response is modelled as 200 with the updated action
        (inferred; legacy 200 with the action). Whether a content update resets the validation state is
        not confirmed (3rd-party "tbd").

        Provenance (audit 2026-12, §4.2): the 8.1.0 page shows only "Data used to update the action"; the
        method PUT rests on the legacy docs and a production client, the response on the legacy docs. See
        `x-np6-provenance-detail`.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            body (ActionMailMessageRequest | ActionSmsMessageRequest | UnknownActionRequest): An
                action (NP6 `SubstitutionAction#Discriminable` (3rd-party name)), discriminated by `type`.
                `mailMessage` is the only type in the 8.1.0 samples (seen). `smsMessage` is known from the
                legacy
                docs (legacy), as are `mailCampaign` and `smsCampaign`, which are not modelled and fall
                into
                `UnknownAction` with any other type. No field is marked required in 8.1.0.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. The action's state forbids the update, or the key's user lacks the
                right (legacy; empty body).
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
                8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
                expected.
            np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
                accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
                `application/vnd.np6.cm.email`.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            ActionMailMessage | ActionSmsMessage | UnknownAction
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

        Deletes the action. 8.1.0 says "No Content" (204 inferred; legacy 204).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
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

        Copies the action and returns the created copy (seen). No request body. The status code is not
        shown (200 inferred; the legacy docs said 204 while also showing a body).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            type_ (int | None | Unset):
            folder (int | None | Unset):

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. Conflict (legacy; empty body), e.g. the key's user lacks the right.
            np6.errors.GoneError: 410. The source action is no longer available, e.g. deleted (legacy).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            ActionMailMessage | ActionSmsMessage | UnknownAction
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
        body: ValidationSettings | Mapping[str, Any],
    ) -> None:
        """Test or validate an action

        Launches the test phase (`fortest: true`) or validates the action for production
        (`fortest: false`). Both phases are mandatory (3rd-party): state 20 -> `{fortest: true,
        testSegments: [segmentId]}` -> 38 -> `{fortest: false}` -> 50. Phase 1 answers 204 and looks
        finished, but only phase 2 makes the action sendable.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            body (ValidationSettings): Body of `POST` and `DELETE /actions/{id}/validation` (NP6
                `ValidationSettingsModel` (3rd-party
                name)). No field is required (seen); `{}` is a valid body.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. Empty body (seen; meanings 3rd-party): the action is already
                validated (callers may treat this as idempotent success), its state forbids this phase, or the key's
                user lacks the validation right.
            np6.errors.GoneError: 410. The action is no longer available, e.g. deleted (seen; meaning legacy).
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
                8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
                expected.
            np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
                accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
                `application/vnd.np6.cm.email`.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
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
        body: ValidationSettings | Mapping[str, Any],
    ) -> None:
        """Unvalidate an action

        Moves a validated (50) or test-validated (38) action back to state 20, e.g. to edit and re-test it
        (3rd-party).

        Spec note: this DELETE carries a JSON body. 8.1.0 gives it the same model as the validation
        (seen), and NP6 answers 411 without a body, so the body is required here; `{}` is enough
        (3rd-party).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            body (ValidationSettings): Body of `POST` and `DELETE /actions/{id}/validation` (NP6
                `ValidationSettingsModel` (3rd-party
                name)). No field is required (seen); `{}` is a valid body.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. The action is not validated (3rd-party; empty body), or the key's
                user lacks the right.
            np6.errors.GoneError: 410. The action is no longer available, e.g. deleted (legacy).
            np6.errors.LengthRequiredError: 411. No body / no `Content-Length`; send `{}` (3rd-party).
            np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
                accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
                `application/vnd.np6.cm.email`.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
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
        body: list[RenderEmailRequest]
        | list[RenderSmsRequest]
        | Sequence[Mapping[str, Any]],
    ) -> list[RenderMailSuccess | UnknownRenderMailResult]:
        """Render multiple messages

        Renders (previews) the action for a list of render definitions; it sends nothing (3rd-party): a
        read that uses POST, NP6's method kept. The
        body is an array whose media type says whether the action is an email
        (`application/vnd.np6.cm.email`) or an SMS (`application/vnd.np6.cm.sms`). Only the email tree was
        seen; `RenderSmsRequest` is inferred. The published curl sample prints `[object Object]` (a
        documentation bug), so there is no request example. Status code not shown (200 inferred).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            body (list[RenderEmailRequest]):
            body (list[RenderSmsRequest]):

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. The action's state forbids rendering, or a content override on a
                template that is not V4.1 (inferred from the execution behaviour; empty body).
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
                8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
                expected.
            np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
                accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
                `application/vnd.np6.cm.email`.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[RenderMailSuccess | UnknownRenderMailResult]
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
        body: RenderEmailRequest | RenderSmsRequest | Mapping[str, Any],
    ) -> RenderMailSuccess | UnknownRenderMailResult:
        """Render a message

        Renders (previews) one message of the action without sending it (a read that uses POST, NP6's method
        kept). Email
        (`application/vnd.np6.cm.email`) or SMS (`application/vnd.np6.cm.sms`) body; only the email tree
        was seen (`RenderSmsRequest` is inferred). The sidebar does not list the `context` ("views
        overrides") part for the single render. Status code not shown (200 inferred).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            body (RenderEmailRequest): A render definition for an email action, media type
                `application/vnd.np6.cm.email` (seen; the
                docs call it "render definition"). Used by `/render` and `/renders`; `context` is listed
                for
                `/renders` only. No field is marked required.
            body (RenderSmsRequest): A render definition for an SMS action, media type
                `application/vnd.np6.cm.sms`. The tab exists in
                8.1.0 but its tree is not visible: every field here is inferred from the email definition.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. The action's state forbids rendering, or a content override on a
                template that is not V4.1 (inferred from the execution behaviour; empty body).
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
                8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
                expected.
            np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
                accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
                `application/vnd.np6.cm.email`.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            RenderMailSuccess | UnknownRenderMailResult
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
        body: list[ExecutionEmailRequest]
        | list[ExecutionSmsRequest]
        | Sequence[Mapping[str, Any]],
    ) -> list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]:
        """Send messages

        Sends the action to a list of explicit recipients (a `mailMessage` takes no segment reference;
        3rd-party). The action must be in state 50. The body is an array of message definitions in
        `application/vnd.np6.cm.email` (seen) or `application/vnd.np6.cm.sms` (tab seen, tree not seen:
        `ExecutionSmsRequest` is inferred); `application/json` is answered 415 (3rd-party).

        The 200 body has one `ExecutionResult` per definition, in request order (3rd-party); a recipient
        that cannot be resolved gives an `error` item while the others still succeed. No batch-size cap is
        documented. With no content fields the configured content is sent with personalisation and
        tracking; content sent here replaces it as-is, without personalisation or tracking, and only on
        V4.1 templates (3rd-party). A timed-out call may already have sent mail: do not retry blindly.

        The published curl sample prints `[object Object],[object Object]` (a documentation bug).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            body (list[ExecutionEmailRequest]):
            body (list[ExecutionSmsRequest]):

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. Empty body (seen; meanings 3rd-party): the action is not in state 50
                (e.g. only test-validated, 38), a content override on a template that is not V4.1, or the key's user
                lacks the right to send.
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (seen; 3rd-party observed
                it live).
            np6.errors.UnsupportedMediaTypeError: 415. The body was sent as `application/json`; use
                `application/vnd.np6.cm.email` or `application/vnd.np6.cm.sms` (3rd-party; not in the 8.1.0 page).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]
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
        body: ExecutionEmailRequest | ExecutionSmsRequest | Mapping[str, Any],
    ) -> ExecutionError | ExecutionSuccess | UnknownExecutionResult:
        """Send message

        Sends the action to one recipient; the action must be in state 50. Email
        (`application/vnd.np6.cm.email`) or SMS (`application/vnd.np6.cm.sms`; tree not seen,
        `ExecutionSmsRequest` inferred) body; `application/json` is answered 415 (3rd-party). The status
        codes are not shown for this operation; they are taken from `execute_action_batch` (inferred).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            body (ExecutionEmailRequest): One email message definition, media type
                `application/vnd.np6.cm.email` (fields seen; name
                3rd-party). Only `recipient` is required (inferred). Without `headers`, `subject` or
                `content` the
                configured content is sent with personalisation and tracking; overrides are used as-is,
                without
                personalisation or tracking, and need a V4.1 template (3rd-party).
            body (ExecutionSmsRequest): One SMS message definition, media type
                `application/vnd.np6.cm.sms`. The 8.1.0 page has the tab but
                its tree is not visible: every field here is inferred from the email definition.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. Empty body (3rd-party): the action is not in state 50, a content
                override on a template that is not V4.1, or the key's user lacks the right to send.
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party).
            np6.errors.UnsupportedMediaTypeError: 415. The body was sent as `application/json` instead of a
                vendor media type (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            ExecutionError | ExecutionSuccess | UnknownExecutionResult
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

        Spec note: the title is listed in 8.1.0 but the path was not seen. `/export/recipients` is a guess
        from its siblings `/export/tracking/opens` and `/export/tracking/clicks` (inferred;
        `/actions/{id}/export/tracking` is the other candidate). Its siblings are Deprecated, so this one
        very probably is too (inferred; not marked here because the flag was not seen). Like its siblings
        it answers "No Content": the 8.1.0 page documents no file format or asynchronous delivery.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
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

        Deprecated in 8.1.0 with no documented replacement (the open hit events and reactivities carry the
        same information). Answers "No Content": the page documents no file format or asynchronous
        delivery.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
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

        Deprecated in 8.1.0 with no documented replacement (the redirection hit events and reactivities
        carry the same information). Answers "No Content": the page documents no file format or
        asynchronous delivery.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
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
        body: RenderLinksRequest | Mapping[str, Any],
    ) -> RenderLinksSuccess | UnknownRenderLinksResult:
        """Render links

        Renders the tracked URLs of the given links for a receiver (a read that uses POST, NP6's method
        kept). Deprecated in 8.1.0 with no documented
        replacement. Plain `application/json` body. Status code not shown (200 inferred).

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            body (RenderLinksRequest): A render definition for `render_action_links` (seen).

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
                8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
                expected.
            np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
                accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
                `application/vnd.np6.cm.email`.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            RenderLinksSuccess | UnknownRenderLinksResult
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
        body: ActionMessageRequest | Mapping[str, Any],
    ) -> None:
        """Send a message

        Sends the action to one target identified by its id: the pre-8.x single-send operation, still
        listed in 8.1.0 with a plain `application/json` body ("The message request model"). The body's
        field list is cut off in the available page text after `data` (see `ActionMessageRequest`), and
        the response is not shown: modelled as 204 as in the legacy docs (legacy). The legacy vendor
        `Accept` variants (`application/vnd.mperf.v8.message.id`, which returned the conversation id, and
        the multipart attachment variant) are not modelled. Prefer `execute_action` in new code
        (inferred); whether this operation is deprecated was not seen.

        Provenance (audit 2026-12, §4.2): method, path and the start of the body are seen; the 204 response
        is legacy (NP6/Driver `mocks/config.json`). See `x-np6-provenance-detail`.

        Args:
            id (str): Action id, zero-padded base-36 style, e.g. `000PE4` (seen).
            target_id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters
                (seen).
            body (ActionMessageRequest): "The message request model" of `send_action_message` (seen).
                The page text is cut off after
                `{"data": {}, "co…`: only `data` is certain. One field is described as "if the message is
                an email,
                the content of the message will be replaced by this parameter" (seen), modelled as
                `content`
                (inferred name). Other properties are allowed.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. The resource does not exist (seen). NP6 also answers 404 for a valid
                path carrying an invalid value, e.g. a `settings.field` id that does not exist on the tenant
                (3rd-party).
            np6.errors.ConflictError: 409. The action's state forbids sending, or the key's user lacks the right
                (legacy; empty body).
            np6.errors.LengthRequiredError: 411. The request has no `Content-Length` (3rd-party; listed in the
                8.1.0 reference for `POST /actions/{id}/executions`). Send `{}` rather than no body where a body is
                expected.
            np6.errors.UnsupportedMediaTypeError: 415. The request's `Content-Type` is not one this operation
                accepts (3rd-party), e.g. `application/json` sent to an execution endpoint that requires
                `application/vnd.np6.cm.email`.
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
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
        body: ActionMailMessageRequest
        | ActionSmsMessageRequest
        | UnknownActionRequest
        | Mapping[str, Any],
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
        body: ActionMailMessageRequest
        | ActionSmsMessageRequest
        | UnknownActionRequest
        | Mapping[str, Any],
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
        body: ValidationSettings | Mapping[str, Any],
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
        body: ValidationSettings | Mapping[str, Any],
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
        body: list[RenderEmailRequest]
        | list[RenderSmsRequest]
        | Sequence[Mapping[str, Any]],
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
        body: RenderEmailRequest | RenderSmsRequest | Mapping[str, Any],
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
        body: list[ExecutionEmailRequest]
        | list[ExecutionSmsRequest]
        | Sequence[Mapping[str, Any]],
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
        body: ExecutionEmailRequest | ExecutionSmsRequest | Mapping[str, Any],
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
        body: RenderLinksRequest | Mapping[str, Any],
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
        body: ActionMessageRequest | Mapping[str, Any],
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
        body: ActionMailMessageRequest
        | ActionSmsMessageRequest
        | UnknownActionRequest
        | Mapping[str, Any],
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
        body: ActionMailMessageRequest
        | ActionSmsMessageRequest
        | UnknownActionRequest
        | Mapping[str, Any],
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
        body: ValidationSettings | Mapping[str, Any],
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
        body: ValidationSettings | Mapping[str, Any],
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
        body: list[RenderEmailRequest]
        | list[RenderSmsRequest]
        | Sequence[Mapping[str, Any]],
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
        body: RenderEmailRequest | RenderSmsRequest | Mapping[str, Any],
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
        body: list[ExecutionEmailRequest]
        | list[ExecutionSmsRequest]
        | Sequence[Mapping[str, Any]],
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
        body: ExecutionEmailRequest | ExecutionSmsRequest | Mapping[str, Any],
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
        body: RenderLinksRequest | Mapping[str, Any],
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
        body: ActionMessageRequest | Mapping[str, Any],
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
