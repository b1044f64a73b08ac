"""Operations tagged `applications`, and the namespaces binding them to a client: `Applications` /
`AsyncApplications` return the success body, `RawApplications` / `AsyncRawApplications` the answer as received."""

from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, cast
from uuid import UUID

import httpx

from ...client import AuthenticatedClient
from ...models.notifiable_application_native import NotifiableApplicationNative
from ...models.notifiable_application_native_request import (
    NotifiableApplicationNativeRequest,
)
from ...models.unknown_notifiable_application import UnknownNotifiableApplication
from ...models.unknown_notifiable_application_request import (
    UnknownNotifiableApplicationRequest,
)
from ...types import UNSET, APIResponse, Unset
from . import (
    create_notifiable_application,
    get_notifiable_application,
    list_notifiable_applications,
)


class Applications:
    """The `applications` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_notifiable_applications(
        self,
    ) -> list[NotifiableApplicationNative | UnknownNotifiableApplication]:
        """Retrieve all notifiable applications

        Returns every notifiable (mobile) application of the account. The summary wording is inferred;
        status 200 is
        inferred. The published example is truncated in the available page text and is not copied. Source:
        the
        markdown rendering of page `notifiable-application/da79fa24-1748-d289-e6ad-8215d4c634e6`, which may
        be
        anchored at the next operation (so no externalDocs link is given).

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
            list[NotifiableApplicationNative | UnknownNotifiableApplication]
        """

        response = list_notifiable_applications.sync_detailed(
            client=self._client,
        )
        return cast(
            list[NotifiableApplicationNative | UnknownNotifiableApplication],
            response.parsed,
        )

    def create_notifiable_application(
        self,
        *,
        body: NotifiableApplicationNativeRequest
        | UnknownNotifiableApplicationRequest
        | Mapping[str, Any],
    ) -> NotifiableApplicationNative | UnknownNotifiableApplication:
        """Create a notifiable application

        Creates a notifiable application. The published example sends `id: null` and `stamp: null` (set by
        NP6).
        The summary wording and status 200 are inferred. The published response example is truncated in the
        available page text and is not copied. Source: the markdown rendering of page
        `notifiable-application/bc9d293f-a408-9945-710a-c608b0bd75fa`, which may be anchored at the next
        operation
        (so no externalDocs link is given).

        Args:
            body (NotifiableApplicationNativeRequest | UnknownNotifiableApplicationRequest): A
                notifiable (mobile) application as a request sends it, discriminated by `type` (seen).
                Only `native` is
                documented; other kinds fall into `UnknownNotifiableApplicationRequest`. Answers read it
                as
                `NotifiableApplication`.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
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
            NotifiableApplicationNative | UnknownNotifiableApplication
        """

        response = create_notifiable_application.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(
            NotifiableApplicationNative | UnknownNotifiableApplication, response.parsed
        )

    def get_notifiable_application(
        self,
        uuid: UUID,
    ) -> NotifiableApplicationNative | UnknownNotifiableApplication:
        """Retrieve the specified notifiable application

        Returns the specified notifiable application. NP6 names this path parameter `uuid` (not `id`).
        Status 200 is
        inferred.

        Args:
            uuid (UUID):

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
            NotifiableApplicationNative | UnknownNotifiableApplication
        """

        response = get_notifiable_application.sync_detailed(
            client=self._client,
            uuid=uuid,
        )
        return cast(
            NotifiableApplicationNative | UnknownNotifiableApplication, response.parsed
        )


class AsyncApplications:
    """The `applications` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_notifiable_applications(
        self,
    ) -> list[NotifiableApplicationNative | UnknownNotifiableApplication]:
        """Retrieve all notifiable applications

        Returns every notifiable (mobile) application of the account. The summary wording is inferred;
        status 200 is
        inferred. The published example is truncated in the available page text and is not copied. Source:
        the
        markdown rendering of page `notifiable-application/da79fa24-1748-d289-e6ad-8215d4c634e6`, which may
        be
        anchored at the next operation (so no externalDocs link is given).

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
            list[NotifiableApplicationNative | UnknownNotifiableApplication]
        """

        response = await list_notifiable_applications.asyncio_detailed(
            client=self._client,
        )
        return cast(
            list[NotifiableApplicationNative | UnknownNotifiableApplication],
            response.parsed,
        )

    async def create_notifiable_application(
        self,
        *,
        body: NotifiableApplicationNativeRequest
        | UnknownNotifiableApplicationRequest
        | Mapping[str, Any],
    ) -> NotifiableApplicationNative | UnknownNotifiableApplication:
        """Create a notifiable application

        Creates a notifiable application. The published example sends `id: null` and `stamp: null` (set by
        NP6).
        The summary wording and status 200 are inferred. The published response example is truncated in the
        available page text and is not copied. Source: the markdown rendering of page
        `notifiable-application/bc9d293f-a408-9945-710a-c608b0bd75fa`, which may be anchored at the next
        operation
        (so no externalDocs link is given).

        Args:
            body (NotifiableApplicationNativeRequest | UnknownNotifiableApplicationRequest): A
                notifiable (mobile) application as a request sends it, discriminated by `type` (seen).
                Only `native` is
                documented; other kinds fall into `UnknownNotifiableApplicationRequest`. Answers read it
                as
                `NotifiableApplication`.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
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
            NotifiableApplicationNative | UnknownNotifiableApplication
        """

        response = await create_notifiable_application.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(
            NotifiableApplicationNative | UnknownNotifiableApplication, response.parsed
        )

    async def get_notifiable_application(
        self,
        uuid: UUID,
    ) -> NotifiableApplicationNative | UnknownNotifiableApplication:
        """Retrieve the specified notifiable application

        Returns the specified notifiable application. NP6 names this path parameter `uuid` (not `id`).
        Status 200 is
        inferred.

        Args:
            uuid (UUID):

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
            NotifiableApplicationNative | UnknownNotifiableApplication
        """

        response = await get_notifiable_application.asyncio_detailed(
            client=self._client,
            uuid=uuid,
        )
        return cast(
            NotifiableApplicationNative | UnknownNotifiableApplication, response.parsed
        )


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawApplications:
    """The `applications` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Applications` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_notifiable_applications(
        self,
    ) -> APIResponse[list[NotifiableApplicationNative | UnknownNotifiableApplication]]:
        """Retrieve all notifiable applications (the answer as received)."""
        kwargs = list_notifiable_applications._get_kwargs()
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_notifiable_applications)
        )

    def create_notifiable_application(
        self,
        *,
        body: NotifiableApplicationNativeRequest
        | UnknownNotifiableApplicationRequest
        | Mapping[str, Any],
    ) -> APIResponse[NotifiableApplicationNative | UnknownNotifiableApplication]:
        """Create a notifiable application (the answer as received)."""
        kwargs = create_notifiable_application._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, create_notifiable_application)
        )

    def get_notifiable_application(
        self,
        uuid: UUID,
    ) -> APIResponse[NotifiableApplicationNative | UnknownNotifiableApplication]:
        """Retrieve the specified notifiable application (the answer as received)."""
        kwargs = get_notifiable_application._get_kwargs(
            uuid=uuid,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_notifiable_application))


class AsyncRawApplications:
    """The `applications` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_notifiable_applications(
        self,
    ) -> APIResponse[list[NotifiableApplicationNative | UnknownNotifiableApplication]]:
        """Retrieve all notifiable applications (the answer as received)."""
        kwargs = list_notifiable_applications._get_kwargs()
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_notifiable_applications)
        )

    async def create_notifiable_application(
        self,
        *,
        body: NotifiableApplicationNativeRequest
        | UnknownNotifiableApplicationRequest
        | Mapping[str, Any],
    ) -> APIResponse[NotifiableApplicationNative | UnknownNotifiableApplication]:
        """Create a notifiable application (the answer as received)."""
        kwargs = create_notifiable_application._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, create_notifiable_application)
        )

    async def get_notifiable_application(
        self,
        uuid: UUID,
    ) -> APIResponse[NotifiableApplicationNative | UnknownNotifiableApplication]:
        """Retrieve the specified notifiable application (the answer as received)."""
        kwargs = get_notifiable_application._get_kwargs(
            uuid=uuid,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_notifiable_application))
