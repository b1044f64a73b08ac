"""Operations tagged `subscriptions`, and the namespaces binding them to a client: `Subscriptions` /
`AsyncSubscriptions` return the success body, `RawSubscriptions` / `AsyncRawSubscriptions` the answer as received."""

from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.subscription import Subscription
from ...models.subscription_request import SubscriptionRequest
from ...types import UNSET, APIResponse, Unset
from . import (
    create_or_update_subscription,
    delete_subscription,
    delete_subscriptions_by_identity,
    delete_target_subscriptions,
    get_subscription,
    list_subscriptions_by_identity,
    list_target_subscriptions,
)


class Subscriptions:
    """The `subscriptions` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create_or_update_subscription(
        self,
        *,
        body: SubscriptionRequest | Mapping[str, Any],
    ) -> Subscription:
        """Create or update a subscription

        Creates a push subscription, or updates the one with the given `id` (S-3). Whether `id` is
        required, and what decides create versus update, is not shown. The response is not shown: the
        stored subscription with 200 (inferred). NP6's request sample is truncated in the available
        page text (it stops inside `contact`), so it is not copied; it carries no `lifecycle`.

        Args:
            body (SubscriptionRequest): A push-notification subscription (seen): a device token at a
                push provider, for a mobile
                application, bound to a contact. No property is marked required by NP6. `lifecycle` is set
                by
                NP6 (the request sample of `PUT /subscriptions` carries none).

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
            Subscription
        """

        response = create_or_update_subscription.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(Subscription, response.parsed)

    def get_subscription(
        self,
        id: str,
    ) -> Subscription:
        """Retrieve the specified subscription

        Retrieves one push subscription (S-1; codes 200/401/403/404 seen).

        Args:
            id (str): Subscription id; a UUID in examples (seen; rendered `uuid`, the .md page says
                plain string). Never empty:
                it is a path segment, and an empty one names another route (spec precision found by the
                contract tests).

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
            Subscription
        """

        response = get_subscription.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(Subscription, response.parsed)

    def delete_subscription(
        self,
        id: str,
    ) -> None:
        """Delete the specified subscription

        Deletes one push subscription (S-2). The response is not shown (204 No Content (inferred)).

        Args:
            id (str): Subscription id; a UUID in examples (seen; rendered `uuid`, the .md page says
                plain string). Never empty:
                it is a path segment, and an empty one names another route (spec precision found by the
                contract tests).

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

        response = delete_subscription.sync_detailed(
            client=self._client,
            id=id,
        )
        del response

    def list_target_subscriptions(
        self,
        id: str,
    ) -> list[Subscription]:
        """Retrieve subscriptions for the specified contact id

        Lists the push subscriptions of a contact (S-4). NP6's list example is truncated in the
        available page text, so it is not copied (it starts like the `GET /subscriptions/{id}` one).

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).

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
            list[Subscription]
        """

        response = list_target_subscriptions.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[Subscription], response.parsed)

    def delete_target_subscriptions(
        self,
        id: str,
    ) -> None:
        """Delete subscriptions for the specified contact id

        Deletes every push subscription of a contact (S-5). The response is not shown (204 No Content
        (inferred)).

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).

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

        response = delete_target_subscriptions.sync_detailed(
            client=self._client,
            id=id,
        )
        del response

    def list_subscriptions_by_identity(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> list[Subscription]:
        """Retrieve subscriptions for the specified contact unicity or hash

        Spec note: NP6 has two operations here, `GET /targets/subscriptions?unicity=` ("Retrieve
        subscriptions for the specified contact unicity", S-6) and `GET /targets/subscriptions?hash=`
        ("... contact hash", S-8), each with its key required. They are merged into one operation whose
        `unicity` and `hash` query parameters are optional and mutually exclusive: give exactly one.

        Lists the push subscriptions of the contact (codes 200/401/403/404 seen). NP6's list example is
        truncated in the available page text, so it is not copied.

        Args:
            unicity (str | Unset):
            hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
                reports).

        Raises:
            np6.errors.BadRequestError: 400. Not exactly one of `unicity` and `hash` was given (spec note: the
                merged operation's rule, which OpenAPI cannot express; NP6's own per-key operations cannot miss
                their key).
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. No contact matches the given unicity or hash (seen; no body).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[Subscription]
        """

        response = list_subscriptions_by_identity.sync_detailed(
            client=self._client,
            unicity=unicity,
            hash_=hash_,
        )
        return cast(list[Subscription], response.parsed)

    def delete_subscriptions_by_identity(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> None:
        """Delete subscriptions for the specified contact unicity or hash

        Spec note: NP6 has two operations here, `DELETE /targets/subscriptions?unicity=` ("Delete
        subscriptions for the specified contact unicity", S-7) and `DELETE /targets/subscriptions?hash=`
        ("... contact hash", S-9), each with its key required. They are merged into one operation whose
        `unicity` and `hash` query parameters are optional and mutually exclusive: give exactly one.

        Deletes every push subscription of the contact. The response is not shown (204 No Content
        (inferred)).

        Args:
            unicity (str | Unset):
            hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
                reports).

        Raises:
            np6.errors.BadRequestError: 400. Not exactly one of `unicity` and `hash` was given (spec note: the
                merged operation's rule, which OpenAPI cannot express; NP6's own per-key operations cannot miss
                their key).
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. No contact matches the given unicity or hash (inferred; no body).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
        """

        response = delete_subscriptions_by_identity.sync_detailed(
            client=self._client,
            unicity=unicity,
            hash_=hash_,
        )
        del response


class AsyncSubscriptions:
    """The `subscriptions` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create_or_update_subscription(
        self,
        *,
        body: SubscriptionRequest | Mapping[str, Any],
    ) -> Subscription:
        """Create or update a subscription

        Creates a push subscription, or updates the one with the given `id` (S-3). Whether `id` is
        required, and what decides create versus update, is not shown. The response is not shown: the
        stored subscription with 200 (inferred). NP6's request sample is truncated in the available
        page text (it stops inside `contact`), so it is not copied; it carries no `lifecycle`.

        Args:
            body (SubscriptionRequest): A push-notification subscription (seen): a device token at a
                push provider, for a mobile
                application, bound to a contact. No property is marked required by NP6. `lifecycle` is set
                by
                NP6 (the request sample of `PUT /subscriptions` carries none).

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
            Subscription
        """

        response = await create_or_update_subscription.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(Subscription, response.parsed)

    async def get_subscription(
        self,
        id: str,
    ) -> Subscription:
        """Retrieve the specified subscription

        Retrieves one push subscription (S-1; codes 200/401/403/404 seen).

        Args:
            id (str): Subscription id; a UUID in examples (seen; rendered `uuid`, the .md page says
                plain string). Never empty:
                it is a path segment, and an empty one names another route (spec precision found by the
                contract tests).

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
            Subscription
        """

        response = await get_subscription.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(Subscription, response.parsed)

    async def delete_subscription(
        self,
        id: str,
    ) -> None:
        """Delete the specified subscription

        Deletes one push subscription (S-2). The response is not shown (204 No Content (inferred)).

        Args:
            id (str): Subscription id; a UUID in examples (seen; rendered `uuid`, the .md page says
                plain string). Never empty:
                it is a path segment, and an empty one names another route (spec precision found by the
                contract tests).

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

        response = await delete_subscription.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response

    async def list_target_subscriptions(
        self,
        id: str,
    ) -> list[Subscription]:
        """Retrieve subscriptions for the specified contact id

        Lists the push subscriptions of a contact (S-4). NP6's list example is truncated in the
        available page text, so it is not copied (it starts like the `GET /subscriptions/{id}` one).

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).

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
            list[Subscription]
        """

        response = await list_target_subscriptions.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(list[Subscription], response.parsed)

    async def delete_target_subscriptions(
        self,
        id: str,
    ) -> None:
        """Delete subscriptions for the specified contact id

        Deletes every push subscription of a contact (S-5). The response is not shown (204 No Content
        (inferred)).

        Args:
            id (str): Target (contact) id, zero-padded base-36 style, usually 8 characters (seen).

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

        response = await delete_target_subscriptions.asyncio_detailed(
            client=self._client,
            id=id,
        )
        del response

    async def list_subscriptions_by_identity(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> list[Subscription]:
        """Retrieve subscriptions for the specified contact unicity or hash

        Spec note: NP6 has two operations here, `GET /targets/subscriptions?unicity=` ("Retrieve
        subscriptions for the specified contact unicity", S-6) and `GET /targets/subscriptions?hash=`
        ("... contact hash", S-8), each with its key required. They are merged into one operation whose
        `unicity` and `hash` query parameters are optional and mutually exclusive: give exactly one.

        Lists the push subscriptions of the contact (codes 200/401/403/404 seen). NP6's list example is
        truncated in the available page text, so it is not copied.

        Args:
            unicity (str | Unset):
            hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
                reports).

        Raises:
            np6.errors.BadRequestError: 400. Not exactly one of `unicity` and `hash` was given (spec note: the
                merged operation's rule, which OpenAPI cannot express; NP6's own per-key operations cannot miss
                their key).
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. No contact matches the given unicity or hash (seen; no body).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            list[Subscription]
        """

        response = await list_subscriptions_by_identity.asyncio_detailed(
            client=self._client,
            unicity=unicity,
            hash_=hash_,
        )
        return cast(list[Subscription], response.parsed)

    async def delete_subscriptions_by_identity(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> None:
        """Delete subscriptions for the specified contact unicity or hash

        Spec note: NP6 has two operations here, `DELETE /targets/subscriptions?unicity=` ("Delete
        subscriptions for the specified contact unicity", S-7) and `DELETE /targets/subscriptions?hash=`
        ("... contact hash", S-9), each with its key required. They are merged into one operation whose
        `unicity` and `hash` query parameters are optional and mutually exclusive: give exactly one.

        Deletes every push subscription of the contact. The response is not shown (204 No Content
        (inferred)).

        Args:
            unicity (str | Unset):
            hash_ (str | Unset): Target hash, 32 lower-case hex characters (MD5 per 3rd-party
                reports).

        Raises:
            np6.errors.BadRequestError: 400. Not exactly one of `unicity` and `hash` was given (spec note: the
                merged operation's rule, which OpenAPI cannot express; NP6's own per-key operations cannot miss
                their key).
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.NotFoundError: 404. No contact matches the given unicity or hash (inferred; no body).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
        """

        response = await delete_subscriptions_by_identity.asyncio_detailed(
            client=self._client,
            unicity=unicity,
            hash_=hash_,
        )
        del response


def _parser(client: AuthenticatedClient, module: ModuleType) -> Any:
    return lambda response: (
        module._build_response(client=client, response=response).parsed
    )


def _invalid_url(error: httpx.InvalidURL) -> ValueError:
    # e.g. a parameter so long the URL exceeds httpx's limit
    return ValueError(f"cannot build the request URL: {error}")


class RawSubscriptions:
    """The `subscriptions` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Subscriptions` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create_or_update_subscription(
        self,
        *,
        body: SubscriptionRequest | Mapping[str, Any],
    ) -> APIResponse[Subscription]:
        """Create or update a subscription (the answer as received)."""
        kwargs = create_or_update_subscription._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, create_or_update_subscription)
        )

    def get_subscription(
        self,
        id: str,
    ) -> APIResponse[Subscription]:
        """Retrieve the specified subscription (the answer as received)."""
        kwargs = get_subscription._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_subscription))

    def delete_subscription(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Delete the specified subscription (the answer as received)."""
        kwargs = delete_subscription._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_subscription))

    def list_target_subscriptions(
        self,
        id: str,
    ) -> APIResponse[list[Subscription]]:
        """Retrieve subscriptions for the specified contact id (the answer as received)."""
        kwargs = list_target_subscriptions._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_target_subscriptions))

    def delete_target_subscriptions(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Delete subscriptions for the specified contact id (the answer as received)."""
        kwargs = delete_target_subscriptions._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_target_subscriptions))

    def list_subscriptions_by_identity(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> APIResponse[list[Subscription]]:
        """Retrieve subscriptions for the specified contact unicity or hash (the answer as received)."""
        kwargs = list_subscriptions_by_identity._get_kwargs(
            unicity=unicity,
            hash_=hash_,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_subscriptions_by_identity)
        )

    def delete_subscriptions_by_identity(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> APIResponse[None]:
        """Delete subscriptions for the specified contact unicity or hash (the answer as received)."""
        kwargs = delete_subscriptions_by_identity._get_kwargs(
            unicity=unicity,
            hash_=hash_,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, delete_subscriptions_by_identity)
        )


class AsyncRawSubscriptions:
    """The `subscriptions` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create_or_update_subscription(
        self,
        *,
        body: SubscriptionRequest | Mapping[str, Any],
    ) -> APIResponse[Subscription]:
        """Create or update a subscription (the answer as received)."""
        kwargs = create_or_update_subscription._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, create_or_update_subscription)
        )

    async def get_subscription(
        self,
        id: str,
    ) -> APIResponse[Subscription]:
        """Retrieve the specified subscription (the answer as received)."""
        kwargs = get_subscription._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_subscription))

    async def delete_subscription(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Delete the specified subscription (the answer as received)."""
        kwargs = delete_subscription._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_subscription))

    async def list_target_subscriptions(
        self,
        id: str,
    ) -> APIResponse[list[Subscription]]:
        """Retrieve subscriptions for the specified contact id (the answer as received)."""
        kwargs = list_target_subscriptions._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_target_subscriptions))

    async def delete_target_subscriptions(
        self,
        id: str,
    ) -> APIResponse[None]:
        """Delete subscriptions for the specified contact id (the answer as received)."""
        kwargs = delete_target_subscriptions._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_target_subscriptions))

    async def list_subscriptions_by_identity(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> APIResponse[list[Subscription]]:
        """Retrieve subscriptions for the specified contact unicity or hash (the answer as received)."""
        kwargs = list_subscriptions_by_identity._get_kwargs(
            unicity=unicity,
            hash_=hash_,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, list_subscriptions_by_identity)
        )

    async def delete_subscriptions_by_identity(
        self,
        *,
        unicity: str | Unset = UNSET,
        hash_: str | Unset = UNSET,
    ) -> APIResponse[None]:
        """Delete subscriptions for the specified contact unicity or hash (the answer as received)."""
        kwargs = delete_subscriptions_by_identity._get_kwargs(
            unicity=unicity,
            hash_=hash_,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(
            response, _parser(self._client, delete_subscriptions_by_identity)
        )
