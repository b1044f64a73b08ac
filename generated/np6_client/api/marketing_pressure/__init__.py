"""Operations tagged `marketing_pressure`, and the namespaces binding them to a client: `MarketingPressure` /
`AsyncMarketingPressure` return the success body, `RawMarketingPressure` / `AsyncRawMarketingPressure` the answer as received."""

from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.pressure_topic import PressureTopic
from ...types import UNSET, APIResponse, Unset
from . import (
    get_mandatory_topic_option,
    list_pressure_topics,
    set_mandatory_topic_option,
)


class MarketingPressure:
    """The `marketing_pressure` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_pressure_topics(
        self,
    ) -> list[PressureTopic]:
        """Retrieve all topics

        Returns every marketing-pressure topic. Status 200 is inferred. The published example is truncated
        in the
        available page text and is not copied.

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
            list[PressureTopic]
        """

        response = list_pressure_topics.sync_detailed(
            client=self._client,
        )
        return cast(list[PressureTopic], response.parsed)

    def get_mandatory_topic_option(
        self,
    ) -> bool:
        """Retrieve the mandatory topic option

        Returns the account option that makes a marketing-pressure topic mandatory, as a bare JSON boolean.
        Note the
        singular `topic` and the `/settings` prefix. Status 200 is inferred.

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
            bool
        """

        response = get_mandatory_topic_option.sync_detailed(
            client=self._client,
        )
        return cast(bool, response.parsed)

    def set_mandatory_topic_option(
        self,
        *,
        body: bool,
    ) -> bool:
        """Set the mandatory topic option

        Sets the mandatory topic option. The body is a bare JSON boolean (`true` or `false`); NP6's
        generated curl
        sample sends `{}`, a documentation-generator artefact that does not match the boolean schema. The
        response
        ("The value of the mandatory top...", truncated) is assumed to be the new boolean value with status
        200
        (inferred).

        Args:
            body (bool): Whether a marketing-pressure topic is mandatory (seen; a bare JSON boolean).

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
            bool
        """

        response = set_mandatory_topic_option.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(bool, response.parsed)


class AsyncMarketingPressure:
    """The `marketing_pressure` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_pressure_topics(
        self,
    ) -> list[PressureTopic]:
        """Retrieve all topics

        Returns every marketing-pressure topic. Status 200 is inferred. The published example is truncated
        in the
        available page text and is not copied.

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
            list[PressureTopic]
        """

        response = await list_pressure_topics.asyncio_detailed(
            client=self._client,
        )
        return cast(list[PressureTopic], response.parsed)

    async def get_mandatory_topic_option(
        self,
    ) -> bool:
        """Retrieve the mandatory topic option

        Returns the account option that makes a marketing-pressure topic mandatory, as a bare JSON boolean.
        Note the
        singular `topic` and the `/settings` prefix. Status 200 is inferred.

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
            bool
        """

        response = await get_mandatory_topic_option.asyncio_detailed(
            client=self._client,
        )
        return cast(bool, response.parsed)

    async def set_mandatory_topic_option(
        self,
        *,
        body: bool,
    ) -> bool:
        """Set the mandatory topic option

        Sets the mandatory topic option. The body is a bare JSON boolean (`true` or `false`); NP6's
        generated curl
        sample sends `{}`, a documentation-generator artefact that does not match the boolean schema. The
        response
        ("The value of the mandatory top...", truncated) is assumed to be the new boolean value with status
        200
        (inferred).

        Args:
            body (bool): Whether a marketing-pressure topic is mandatory (seen; a bare JSON boolean).

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
            bool
        """

        response = await set_mandatory_topic_option.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(bool, response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawMarketingPressure:
    """The `marketing_pressure` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `MarketingPressure` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_pressure_topics(
        self,
    ) -> APIResponse[list[PressureTopic]]:
        """Retrieve all topics (the answer as received)."""
        kwargs = list_pressure_topics._get_kwargs()
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_pressure_topics))

    def get_mandatory_topic_option(
        self,
    ) -> APIResponse[bool]:
        """Retrieve the mandatory topic option (the answer as received)."""
        kwargs = get_mandatory_topic_option._get_kwargs()
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_mandatory_topic_option))

    def set_mandatory_topic_option(
        self,
        *,
        body: bool,
    ) -> APIResponse[bool]:
        """Set the mandatory topic option (the answer as received)."""
        kwargs = set_mandatory_topic_option._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, set_mandatory_topic_option))


class AsyncRawMarketingPressure:
    """The `marketing_pressure` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_pressure_topics(
        self,
    ) -> APIResponse[list[PressureTopic]]:
        """Retrieve all topics (the answer as received)."""
        kwargs = list_pressure_topics._get_kwargs()
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_pressure_topics))

    async def get_mandatory_topic_option(
        self,
    ) -> APIResponse[bool]:
        """Retrieve the mandatory topic option (the answer as received)."""
        kwargs = get_mandatory_topic_option._get_kwargs()
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_mandatory_topic_option))

    async def set_mandatory_topic_option(
        self,
        *,
        body: bool,
    ) -> APIResponse[bool]:
        """Set the mandatory topic option (the answer as received)."""
        kwargs = set_mandatory_topic_option._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, set_mandatory_topic_option))
