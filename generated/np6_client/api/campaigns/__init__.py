"""Operations tagged `campaigns`, and the namespaces binding them to a client: `Campaigns` /
`AsyncCampaigns` return the success body, `RawCampaigns` / `AsyncRawCampaigns` the answer as received."""

from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.campaign import Campaign
from ...models.campaign_request import CampaignRequest
from ...types import UNSET, APIResponse, Unset
from . import (
    create_campaign,
)


class Campaigns:
    """The `campaigns` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create_campaign(
        self,
        *,
        body: CampaignRequest | Mapping[str, Any],
    ) -> Campaign:
        """Create a campaign

        Creates a campaign grouping items. The summary wording is inferred (the page shows the body "Data
        used to
        create the campaign" and the response "The created campaign"). Status 200 is inferred (201 is
        possible).
        Campaign ids are uuid strings, unlike workflow ids.

        Args:
            body (CampaignRequest): A campaign grouping items (seen). Campaign ids are uuids.

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
            Campaign
        """

        response = create_campaign.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(Campaign, response.parsed)


class AsyncCampaigns:
    """The `campaigns` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create_campaign(
        self,
        *,
        body: CampaignRequest | Mapping[str, Any],
    ) -> Campaign:
        """Create a campaign

        Creates a campaign grouping items. The summary wording is inferred (the page shows the body "Data
        used to
        create the campaign" and the response "The created campaign"). Status 200 is inferred (201 is
        possible).
        Campaign ids are uuid strings, unlike workflow ids.

        Args:
            body (CampaignRequest): A campaign grouping items (seen). Campaign ids are uuids.

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
            Campaign
        """

        response = await create_campaign.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(Campaign, response.parsed)


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawCampaigns:
    """The `campaigns` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Campaigns` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create_campaign(
        self,
        *,
        body: CampaignRequest | Mapping[str, Any],
    ) -> APIResponse[Campaign]:
        """Create a campaign (the answer as received)."""
        kwargs = create_campaign._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_campaign))


class AsyncRawCampaigns:
    """The `campaigns` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create_campaign(
        self,
        *,
        body: CampaignRequest | Mapping[str, Any],
    ) -> APIResponse[Campaign]:
        """Create a campaign (the answer as received)."""
        kwargs = create_campaign._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_campaign))
