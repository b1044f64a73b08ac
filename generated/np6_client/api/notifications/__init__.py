"""Operations tagged `notifications`, and the namespaces binding them to a client: `Notifications` /
`AsyncNotifications` return the success body, `RawNotifications` / `AsyncRawNotifications` the answer as received."""

from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, cast
from uuid import UUID

import httpx

from ...client import AuthenticatedClient
from ...models.execution_error import ExecutionError
from ...models.execution_success import ExecutionSuccess
from ...models.notification_execution_request import NotificationExecutionRequest
from ...models.notification_push_app import NotificationPushApp
from ...models.notification_push_app_request import NotificationPushAppRequest
from ...models.notification_render_request import NotificationRenderRequest
from ...models.notification_render_success import NotificationRenderSuccess
from ...models.notification_test_request import NotificationTestRequest
from ...models.unknown_execution_result import UnknownExecutionResult
from ...models.unknown_notification import UnknownNotification
from ...models.unknown_notification_render_result import UnknownNotificationRenderResult
from ...models.unknown_notification_request import UnknownNotificationRequest
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

        Spec note: title seen in 8.1.0; method, path and response inferred (200 with an array of
        notifications).

        Raises:
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
            list[NotificationPushApp | UnknownNotification]
        """

        response = list_notifications.sync_detailed(
            client=self._client,
        )
        return cast(list[NotificationPushApp | UnknownNotification], response.parsed)

    def create_notification(
        self,
        *,
        body: NotificationPushAppRequest
        | UnknownNotificationRequest
        | Mapping[str, Any],
    ) -> NotificationPushApp | UnknownNotification:
        """Create a notification

        Creates a notification from "Data used to create the notification" (seen; its fields are listed on
        `Notification`, from page `notificationmanagement/02ef1152`). The response is not shown: 200 with
        the
        created notification (inferred).

        Args:
            body (NotificationPushAppRequest | UnknownNotificationRequest): A notification,
                discriminated by `type` (seen; the only known value is `push-app`). Fields seen on page
                `notificationmanagement/02ef1152` (create): `type`, `id`, `name`, `description`, `stamp`
                (`creation`,
                `modification`), `active`, `settings` (`urgent`, `purpose`, `expiration`, `mp`,
                `application`), `task`
                (`id`, `name`, `description`, `scheduler`) and `versions` (`id`); audit 2026-12, C3. Every
                object keeps
                properties this spec does not list.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.ConflictError: 409. Conflict (inferred; empty body), e.g. the key's user lacks the right.
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
            NotificationPushApp | UnknownNotification
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

        Spec note: title seen in 8.1.0; method, path and response inferred.

        Args:
            id (int): Notification id (seen; int32).

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
            NotificationPushApp | UnknownNotification
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
        body: NotificationPushAppRequest
        | UnknownNotificationRequest
        | Mapping[str, Any],
    ) -> NotificationPushApp | UnknownNotification:
        """Update a notification

        Replaces the notification (seen; curl). The published request sample is cut off after
        `{"type": "push-app", "id": 0, "name": "st…`. The response is not shown: 200 with the updated
        notification (inferred).

        Args:
            id (int): Notification id (seen; int32).
            body (NotificationPushAppRequest | UnknownNotificationRequest): A notification,
                discriminated by `type` (seen; the only known value is `push-app`). Fields seen on page
                `notificationmanagement/02ef1152` (create): `type`, `id`, `name`, `description`, `stamp`
                (`creation`,
                `modification`), `active`, `settings` (`urgent`, `purpose`, `expiration`, `mp`,
                `application`), `task`
                (`id`, `name`, `description`, `scheduler`) and `versions` (`id`); audit 2026-12, C3. Every
                object keeps
                properties this spec does not list.

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
            NotificationPushApp | UnknownNotification
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

        Spec note: title seen in 8.1.0; method, path and the 204 response inferred (as for actions).

        Args:
            id (int): Notification id (seen; int32).

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

        response = delete_notification.sync_detailed(
            client=self._client,
            id=id,
        )
        del response

    def render_notification(
        self,
        id: int,
        *,
        body: NotificationRenderRequest | Mapping[str, Any],
    ) -> NotificationRenderSuccess | UnknownNotificationRenderResult:
        """Render the "master" version of the specified notification

        Spec note: title seen in 8.1.0; path, body and response inferred from "Render the specified version
        of the specified notification" (`render_notification_version`).

        Args:
            id (int): Notification id (seen; int32).
            body (NotificationRenderRequest): "Data used to render the notification" (seen): receiver,
                related and stamp informations. The sample
                is cut off after `{"receiver": {"id": "string", "unicity": "string", …`.

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
            NotificationRenderSuccess | UnknownNotificationRenderResult
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

        Spec note: NP6 lists three operations ("... and the specified contact id", "... contact unicity",
        "... contact hash") keyed by a query string in the path. They are merged here into one operation
        whose query parameters `id`, `unicity` and `hash` are mutually exclusive: give exactly one. The
        titles are seen in 8.1.0; the path is inferred from the version variant
        (`render_notification_version_for_contact`), whose `?hash=` form was seen.

        Args:
            id_path (int): Notification id (seen; int32).
            id_query (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8
                characters (seen).
            unicity (str | Unset):
            hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
                reports).

        Raises:
            np6.errors.BadRequestError: 400. None or more than one of `id`, `unicity` and `hash` was given
                (inferred).
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
            NotificationRenderSuccess | UnknownNotificationRenderResult
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
        body: NotificationRenderRequest | Mapping[str, Any],
    ) -> NotificationRenderSuccess | UnknownNotificationRenderResult:
        """Render the specified version of the specified notification

        Renders one version of the notification (seen; curl) from "Data used to render the notification":
        receiver, related and stamp informations. The request sample is cut off after
        `{"receiver": {"id": "string", "unicity": "string", …`. The response is not shown for this
        operation: the render result of the contact variants is assumed (inferred).

        Args:
            id (int): Notification id (seen; int32).
            version (UUID): Notification version id, a UUID (seen on page
                `notificationmanagement/02ef1152`, `versions[].id` "string(uuid)", and as `meta.version`
                in a render response).
            body (NotificationRenderRequest): "Data used to render the notification" (seen): receiver,
                related and stamp informations. The sample
                is cut off after `{"receiver": {"id": "string", "unicity": "string", …`.

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
            NotificationRenderSuccess | UnknownNotificationRenderResult
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

        Spec note: NP6 lists three operations ("... and the specified contact id", "... contact unicity",
        "... contact hash") keyed by a query string in the path. They are merged here into one operation
        whose query parameters `id`, `unicity` and `hash` are mutually exclusive: give exactly one. The
        `?hash=` form was seen (curl `?hash=string`); the `?id=` and `?unicity=` forms are inferred, which
        is why this merged operation is marked inferred. The response sample is cut off after
        `{"type": "success", "meta": {"notification": 0, "version": "8b898373-…", "application":
        "2b22d485-…",
        "subscription": "da7489c5-…`.

        Args:
            id_path (int): Notification id (seen; int32).
            version (UUID): Notification version id, a UUID (seen on page
                `notificationmanagement/02ef1152`, `versions[].id` "string(uuid)", and as `meta.version`
                in a render response).
            id_query (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8
                characters (seen).
            unicity (str | Unset):
            hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
                reports).

        Raises:
            np6.errors.BadRequestError: 400. None or more than one of `id`, `unicity` and `hash` was given
                (inferred).
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
            NotificationRenderSuccess | UnknownNotificationRenderResult
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
        body: NotificationTestRequest | Mapping[str, Any],
    ) -> None:
        """Test the "master" version of the specified notification

        Spec note: title seen in 8.1.0; path (unverified), body and response inferred. The body shape is not
        documented: send `{}` or the fields NP6 asks for (`NotificationTestRequest` accepts any property).

        Args:
            id (int): Notification id (seen; int32).
            body (NotificationTestRequest): Body of the notification tests (inferred; shape not
                documented, any property allowed).

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
            None
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
        body: NotificationTestRequest | Mapping[str, Any],
    ) -> None:
        """Test the specified version of the specified notification

        Spec note: title seen in 8.1.0; path (unverified), body and response inferred, as for
        `test_notification`.

        Args:
            id (int): Notification id (seen; int32).
            version (UUID): Notification version id, a UUID (seen on page
                `notificationmanagement/02ef1152`, `versions[].id` "string(uuid)", and as `meta.version`
                in a render response).
            body (NotificationTestRequest): Body of the notification tests (inferred; shape not
                documented, any property allowed).

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
            None
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
        body: NotificationExecutionRequest | Mapping[str, Any],
    ) -> ExecutionError | ExecutionSuccess | UnknownExecutionResult:
        """Execute the specified notification

        Spec note: one of the two "Execute the specified notification" entries of 8.1.0. Its path is
        inferred
        from `execute_notification_batch` and the action execution pair, as is its response (an
        `ExecutionResult`, inferred). The body is seen: "Data used to execute the notification", a recipient
        `{type, value: object}` plus content overrides (`NotificationExecutionRequest`; audit 2026-12, B1).
        Plain `application/json`.

        Args:
            id (int): Notification id (seen; int32).
            body (NotificationExecutionRequest): Data used to execute the notification (seen, 8.1.0
                `notificationmanagement/a754f7ab-1b8e-da33-e56d-7c5c589d4d61`,
                "Execute the specified notification"; the batch page `notificationmanagement/9e71a056`
                lists the same
                item parts; audit 2026-12, B1): "recipient object Defines the recipient identification /
                type string
                Discriminator / value object Defines the identifiable contact used as recipient / title
                string Defines
                the title override of the notifcation's content / body string ... icon string ...
                thumbnail string ...
                image string ... data object Defines data used to render views / variables Array of
                objects ...
                redirection object Defines the overriden default redirection / type string Discriminator /
                channel object
                ... stamp object ... urgent boolean". No field is marked required. The recipient is not
                the email
                `Recipient` union: its `value` is an object (the identifiable contact), as in the
                `receiver` of a
                published notification event (`"receiver": {"type": "contact", "value": {"type": "foo...`,
                cut).

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
            np6.errors.ConflictError: 409. The notification is not active, or the key's user lacks the right
                (inferred; empty body).
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
            ExecutionError | ExecutionSuccess | UnknownExecutionResult
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
        body: list[NotificationExecutionRequest] | Sequence[Mapping[str, Any]],
    ) -> list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]:
        """Execute the specified notification

        Executes the notification for a list of recipients (seen; curl). Each item is the body of
        `execute_notification` (seen: "Defines the recipient identification / Defines the overriden
        underlying
        channel ... / Defines stamp informations ..."; the item fields are those of page
        `notificationmanagement/a754f7ab`; audit 2026-12, B1). Plain `application/json`. The response is not
        shown: an array of `ExecutionResult` is assumed (inferred).

        Args:
            id (int): Notification id (seen; int32).
            body (list[NotificationExecutionRequest]):

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
            np6.errors.ConflictError: 409. The notification is not active, or the key's user lacks the right
                (inferred; empty body).
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
            list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]
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

        Spec note: title seen in 8.1.0; path (unverified, modelled on `duplicate_action`) and response (the
        created notification) inferred.

        Args:
            id (int): Notification id (seen; int32).

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
            NotificationPushApp | UnknownNotification
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

        Spec note: title seen in 8.1.0; method, path (unverified) and the 204 response inferred.

        Args:
            id (int): Notification id (seen; int32).

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
            np6.errors.ConflictError: 409. The notification is already active or cannot be activated (inferred;
                empty body).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
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

        Spec note: title seen in 8.1.0; method, path (unverified) and the 204 response inferred.

        Args:
            id (int): Notification id (seen; int32).

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
            np6.errors.ConflictError: 409. The notification is not active (inferred; empty body).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
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

        Spec note: title seen in 8.1.0; method, path and response inferred (200 with an array of
        notifications).

        Raises:
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
            list[NotificationPushApp | UnknownNotification]
        """

        response = await list_notifications.asyncio_detailed(
            client=self._client,
        )
        return cast(list[NotificationPushApp | UnknownNotification], response.parsed)

    async def create_notification(
        self,
        *,
        body: NotificationPushAppRequest
        | UnknownNotificationRequest
        | Mapping[str, Any],
    ) -> NotificationPushApp | UnknownNotification:
        """Create a notification

        Creates a notification from "Data used to create the notification" (seen; its fields are listed on
        `Notification`, from page `notificationmanagement/02ef1152`). The response is not shown: 200 with
        the
        created notification (inferred).

        Args:
            body (NotificationPushAppRequest | UnknownNotificationRequest): A notification,
                discriminated by `type` (seen; the only known value is `push-app`). Fields seen on page
                `notificationmanagement/02ef1152` (create): `type`, `id`, `name`, `description`, `stamp`
                (`creation`,
                `modification`), `active`, `settings` (`urgent`, `purpose`, `expiration`, `mp`,
                `application`), `task`
                (`id`, `name`, `description`, `scheduler`) and `versions` (`id`); audit 2026-12, C3. Every
                object keeps
                properties this spec does not list.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.ConflictError: 409. Conflict (inferred; empty body), e.g. the key's user lacks the right.
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
            NotificationPushApp | UnknownNotification
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

        Spec note: title seen in 8.1.0; method, path and response inferred.

        Args:
            id (int): Notification id (seen; int32).

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
            NotificationPushApp | UnknownNotification
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
        body: NotificationPushAppRequest
        | UnknownNotificationRequest
        | Mapping[str, Any],
    ) -> NotificationPushApp | UnknownNotification:
        """Update a notification

        Replaces the notification (seen; curl). The published request sample is cut off after
        `{"type": "push-app", "id": 0, "name": "st…`. The response is not shown: 200 with the updated
        notification (inferred).

        Args:
            id (int): Notification id (seen; int32).
            body (NotificationPushAppRequest | UnknownNotificationRequest): A notification,
                discriminated by `type` (seen; the only known value is `push-app`). Fields seen on page
                `notificationmanagement/02ef1152` (create): `type`, `id`, `name`, `description`, `stamp`
                (`creation`,
                `modification`), `active`, `settings` (`urgent`, `purpose`, `expiration`, `mp`,
                `application`), `task`
                (`id`, `name`, `description`, `scheduler`) and `versions` (`id`); audit 2026-12, C3. Every
                object keeps
                properties this spec does not list.

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
            NotificationPushApp | UnknownNotification
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

        Spec note: title seen in 8.1.0; method, path and the 204 response inferred (as for actions).

        Args:
            id (int): Notification id (seen; int32).

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

        response = await delete_notification.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response

    async def render_notification(
        self,
        id: int,
        *,
        body: NotificationRenderRequest | Mapping[str, Any],
    ) -> NotificationRenderSuccess | UnknownNotificationRenderResult:
        """Render the "master" version of the specified notification

        Spec note: title seen in 8.1.0; path, body and response inferred from "Render the specified version
        of the specified notification" (`render_notification_version`).

        Args:
            id (int): Notification id (seen; int32).
            body (NotificationRenderRequest): "Data used to render the notification" (seen): receiver,
                related and stamp informations. The sample
                is cut off after `{"receiver": {"id": "string", "unicity": "string", …`.

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
            NotificationRenderSuccess | UnknownNotificationRenderResult
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

        Spec note: NP6 lists three operations ("... and the specified contact id", "... contact unicity",
        "... contact hash") keyed by a query string in the path. They are merged here into one operation
        whose query parameters `id`, `unicity` and `hash` are mutually exclusive: give exactly one. The
        titles are seen in 8.1.0; the path is inferred from the version variant
        (`render_notification_version_for_contact`), whose `?hash=` form was seen.

        Args:
            id_path (int): Notification id (seen; int32).
            id_query (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8
                characters (seen).
            unicity (str | Unset):
            hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
                reports).

        Raises:
            np6.errors.BadRequestError: 400. None or more than one of `id`, `unicity` and `hash` was given
                (inferred).
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
            NotificationRenderSuccess | UnknownNotificationRenderResult
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
        body: NotificationRenderRequest | Mapping[str, Any],
    ) -> NotificationRenderSuccess | UnknownNotificationRenderResult:
        """Render the specified version of the specified notification

        Renders one version of the notification (seen; curl) from "Data used to render the notification":
        receiver, related and stamp informations. The request sample is cut off after
        `{"receiver": {"id": "string", "unicity": "string", …`. The response is not shown for this
        operation: the render result of the contact variants is assumed (inferred).

        Args:
            id (int): Notification id (seen; int32).
            version (UUID): Notification version id, a UUID (seen on page
                `notificationmanagement/02ef1152`, `versions[].id` "string(uuid)", and as `meta.version`
                in a render response).
            body (NotificationRenderRequest): "Data used to render the notification" (seen): receiver,
                related and stamp informations. The sample
                is cut off after `{"receiver": {"id": "string", "unicity": "string", …`.

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
            NotificationRenderSuccess | UnknownNotificationRenderResult
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

        Spec note: NP6 lists three operations ("... and the specified contact id", "... contact unicity",
        "... contact hash") keyed by a query string in the path. They are merged here into one operation
        whose query parameters `id`, `unicity` and `hash` are mutually exclusive: give exactly one. The
        `?hash=` form was seen (curl `?hash=string`); the `?id=` and `?unicity=` forms are inferred, which
        is why this merged operation is marked inferred. The response sample is cut off after
        `{"type": "success", "meta": {"notification": 0, "version": "8b898373-…", "application":
        "2b22d485-…",
        "subscription": "da7489c5-…`.

        Args:
            id_path (int): Notification id (seen; int32).
            version (UUID): Notification version id, a UUID (seen on page
                `notificationmanagement/02ef1152`, `versions[].id` "string(uuid)", and as `meta.version`
                in a render response).
            id_query (str | Unset): Target (contact) id, zero-padded base-36 style, usually 8
                characters (seen).
            unicity (str | Unset):
            hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
                reports).

        Raises:
            np6.errors.BadRequestError: 400. None or more than one of `id`, `unicity` and `hash` was given
                (inferred).
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
            NotificationRenderSuccess | UnknownNotificationRenderResult
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
        body: NotificationTestRequest | Mapping[str, Any],
    ) -> None:
        """Test the "master" version of the specified notification

        Spec note: title seen in 8.1.0; path (unverified), body and response inferred. The body shape is not
        documented: send `{}` or the fields NP6 asks for (`NotificationTestRequest` accepts any property).

        Args:
            id (int): Notification id (seen; int32).
            body (NotificationTestRequest): Body of the notification tests (inferred; shape not
                documented, any property allowed).

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
            None
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
        body: NotificationTestRequest | Mapping[str, Any],
    ) -> None:
        """Test the specified version of the specified notification

        Spec note: title seen in 8.1.0; path (unverified), body and response inferred, as for
        `test_notification`.

        Args:
            id (int): Notification id (seen; int32).
            version (UUID): Notification version id, a UUID (seen on page
                `notificationmanagement/02ef1152`, `versions[].id` "string(uuid)", and as `meta.version`
                in a render response).
            body (NotificationTestRequest): Body of the notification tests (inferred; shape not
                documented, any property allowed).

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
            None
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
        body: NotificationExecutionRequest | Mapping[str, Any],
    ) -> ExecutionError | ExecutionSuccess | UnknownExecutionResult:
        """Execute the specified notification

        Spec note: one of the two "Execute the specified notification" entries of 8.1.0. Its path is
        inferred
        from `execute_notification_batch` and the action execution pair, as is its response (an
        `ExecutionResult`, inferred). The body is seen: "Data used to execute the notification", a recipient
        `{type, value: object}` plus content overrides (`NotificationExecutionRequest`; audit 2026-12, B1).
        Plain `application/json`.

        Args:
            id (int): Notification id (seen; int32).
            body (NotificationExecutionRequest): Data used to execute the notification (seen, 8.1.0
                `notificationmanagement/a754f7ab-1b8e-da33-e56d-7c5c589d4d61`,
                "Execute the specified notification"; the batch page `notificationmanagement/9e71a056`
                lists the same
                item parts; audit 2026-12, B1): "recipient object Defines the recipient identification /
                type string
                Discriminator / value object Defines the identifiable contact used as recipient / title
                string Defines
                the title override of the notifcation's content / body string ... icon string ...
                thumbnail string ...
                image string ... data object Defines data used to render views / variables Array of
                objects ...
                redirection object Defines the overriden default redirection / type string Discriminator /
                channel object
                ... stamp object ... urgent boolean". No field is marked required. The recipient is not
                the email
                `Recipient` union: its `value` is an object (the identifiable contact), as in the
                `receiver` of a
                published notification event (`"receiver": {"type": "contact", "value": {"type": "foo...`,
                cut).

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
            np6.errors.ConflictError: 409. The notification is not active, or the key's user lacks the right
                (inferred; empty body).
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
            ExecutionError | ExecutionSuccess | UnknownExecutionResult
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
        body: list[NotificationExecutionRequest] | Sequence[Mapping[str, Any]],
    ) -> list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]:
        """Execute the specified notification

        Executes the notification for a list of recipients (seen; curl). Each item is the body of
        `execute_notification` (seen: "Defines the recipient identification / Defines the overriden
        underlying
        channel ... / Defines stamp informations ..."; the item fields are those of page
        `notificationmanagement/a754f7ab`; audit 2026-12, B1). Plain `application/json`. The response is not
        shown: an array of `ExecutionResult` is assumed (inferred).

        Args:
            id (int): Notification id (seen; int32).
            body (list[NotificationExecutionRequest]):

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
            np6.errors.ConflictError: 409. The notification is not active, or the key's user lacks the right
                (inferred; empty body).
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
            list[ExecutionError | ExecutionSuccess | UnknownExecutionResult]
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

        Spec note: title seen in 8.1.0; path (unverified, modelled on `duplicate_action`) and response (the
        created notification) inferred.

        Args:
            id (int): Notification id (seen; int32).

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
            NotificationPushApp | UnknownNotification
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

        Spec note: title seen in 8.1.0; method, path (unverified) and the 204 response inferred.

        Args:
            id (int): Notification id (seen; int32).

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
            np6.errors.ConflictError: 409. The notification is already active or cannot be activated (inferred;
                empty body).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
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

        Spec note: title seen in 8.1.0; method, path (unverified) and the 204 response inferred.

        Args:
            id (int): Notification id (seen; int32).

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
            np6.errors.ConflictError: 409. The notification is not active (inferred; empty body).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
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
        body: NotificationPushAppRequest
        | UnknownNotificationRequest
        | Mapping[str, Any],
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
        body: NotificationPushAppRequest
        | UnknownNotificationRequest
        | Mapping[str, Any],
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
        body: NotificationRenderRequest | Mapping[str, Any],
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
        body: NotificationRenderRequest | Mapping[str, Any],
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
        body: NotificationTestRequest | Mapping[str, Any],
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
        body: NotificationTestRequest | Mapping[str, Any],
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
        body: NotificationExecutionRequest | Mapping[str, Any],
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
        body: list[NotificationExecutionRequest] | Sequence[Mapping[str, Any]],
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
        body: NotificationPushAppRequest
        | UnknownNotificationRequest
        | Mapping[str, Any],
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
        body: NotificationPushAppRequest
        | UnknownNotificationRequest
        | Mapping[str, Any],
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
        body: NotificationRenderRequest | Mapping[str, Any],
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
        body: NotificationRenderRequest | Mapping[str, Any],
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
        body: NotificationTestRequest | Mapping[str, Any],
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
        body: NotificationTestRequest | Mapping[str, Any],
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
        body: NotificationExecutionRequest | Mapping[str, Any],
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
        body: list[NotificationExecutionRequest] | Sequence[Mapping[str, Any]],
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
