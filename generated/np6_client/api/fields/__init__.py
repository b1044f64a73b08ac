"""Operations tagged `fields`, and the namespaces binding them to a client: `Fields` /
`AsyncFields` return the success body, `RawFields` / `AsyncRawFields` the answer as received."""

from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient
from ...models.field_date import FieldDate
from ...models.field_date_request import FieldDateRequest
from ...models.field_email import FieldEmail
from ...models.field_email_request import FieldEmailRequest
from ...models.field_multiple_select_list import FieldMultipleSelectList
from ...models.field_multiple_select_list_request import FieldMultipleSelectListRequest
from ...models.field_numeric import FieldNumeric
from ...models.field_numeric_request import FieldNumericRequest
from ...models.field_phone import FieldPhone
from ...models.field_phone_request import FieldPhoneRequest
from ...models.field_single_select_list import FieldSingleSelectList
from ...models.field_single_select_list_request import FieldSingleSelectListRequest
from ...models.field_skeleton import FieldSkeleton
from ...models.field_text_area import FieldTextArea
from ...models.field_text_area_request import FieldTextAreaRequest
from ...models.field_text_field import FieldTextField
from ...models.field_text_field_request import FieldTextFieldRequest
from ...models.field_unknown import FieldUnknown
from ...models.field_unknown_request import FieldUnknownRequest
from ...types import UNSET, APIResponse, Unset
from . import (
    create_field,
    delete_field,
    get_field,
    list_fields,
    update_field,
)


class Fields:
    """The `fields` operations, bound to a client: each returns the success body."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_fields(
        self,
    ) -> list[
        FieldDate
        | FieldEmail
        | FieldMultipleSelectList
        | FieldNumeric
        | FieldPhone
        | FieldSingleSelectList
        | FieldSkeleton
        | FieldTextArea
        | FieldTextField
        | FieldUnknown
    ]:
        """Retrieve all fields

        Lists the tenant's contact fields (F-1). Deprecated in 8.1.0 with no documented replacement,
        but it is how a client finds the unicity field (`isUnicity: true`) and the tenant-specific
        field ids used in reads and in `settings.field`.

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
            list[FieldDate | FieldEmail | FieldMultipleSelectList | FieldNumeric | FieldPhone | FieldSingleSelectList | FieldSkeleton | FieldTextArea | FieldTextField | FieldUnknown]
        """

        response = list_fields.sync_detailed(
            client=self._client,
        )
        return cast(
            list[
                FieldDate
                | FieldEmail
                | FieldMultipleSelectList
                | FieldNumeric
                | FieldPhone
                | FieldSingleSelectList
                | FieldSkeleton
                | FieldTextArea
                | FieldTextField
                | FieldUnknown
            ],
            response.parsed,
        )

    def create_field(
        self,
        *,
        body: FieldDateRequest
        | FieldEmailRequest
        | FieldMultipleSelectListRequest
        | FieldNumericRequest
        | FieldPhoneRequest
        | FieldSingleSelectListRequest
        | FieldTextAreaRequest
        | FieldTextFieldRequest
        | FieldUnknownRequest
        | Mapping[str, Any],
    ) -> (
        FieldDate
        | FieldEmail
        | FieldMultipleSelectList
        | FieldNumeric
        | FieldPhone
        | FieldSingleSelectList
        | FieldTextArea
        | FieldTextField
        | FieldUnknown
    ):
        """Create a field

        Creates a contact field (F-2). Deprecated in 8.1.0. The 8.1.0 body ("Data used to create the
        field") starts with the `type` discriminator and `id`, then is cut off; it is taken to be the
        `Field` schema (inferred). The response is not shown: the created field with 200 (inferred).
        Legacy: 409 when the name is already used.

        Args:
            body (FieldDateRequest | FieldEmailRequest | FieldMultipleSelectListRequest |
                FieldNumericRequest | FieldPhoneRequest | FieldSingleSelectListRequest |
                FieldTextAreaRequest | FieldTextFieldRequest | FieldUnknownRequest): A contact field
                (seen; discriminated by `type`). 8.1.0 does not list the `type` values; the
                variants below are the legacy list (`singleSelectList`, `multipleSelectList`, `email`,
                `phone`,
                `textArea`, `numeric`, `textField`, `date`). Read and sent (create/update): the last
                variant
                accepts any other `type`. `isUnicity: true` marks the field(s) forming the contact's
                unicity key.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.ConflictError: 409. A field with this name already exists (empty body; legacy).
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
            FieldDate | FieldEmail | FieldMultipleSelectList | FieldNumeric | FieldPhone | FieldSingleSelectList | FieldTextArea | FieldTextField | FieldUnknown
        """

        response = create_field.sync_detailed(
            client=self._client,
            body=body,
        )
        return cast(
            FieldDate
            | FieldEmail
            | FieldMultipleSelectList
            | FieldNumeric
            | FieldPhone
            | FieldSingleSelectList
            | FieldTextArea
            | FieldTextField
            | FieldUnknown,
            response.parsed,
        )

    def get_field(
        self,
        id: int,
    ) -> (
        FieldDate
        | FieldEmail
        | FieldMultipleSelectList
        | FieldNumeric
        | FieldPhone
        | FieldSingleSelectList
        | FieldTextArea
        | FieldTextField
        | FieldUnknown
    ):
        """Retrieve a field

        Retrieves one field (F-3). Known from the legacy docs and CookBook only (codes 200/401/403/404);
        no 8.1.0 page was found. Deprecated like every Field operation.

        Args:
            id (int): Field id; tenant-specific (seen).

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
            FieldDate | FieldEmail | FieldMultipleSelectList | FieldNumeric | FieldPhone | FieldSingleSelectList | FieldTextArea | FieldTextField | FieldUnknown
        """

        response = get_field.sync_detailed(
            client=self._client,
            id=id,
        )
        return cast(
            FieldDate
            | FieldEmail
            | FieldMultipleSelectList
            | FieldNumeric
            | FieldPhone
            | FieldSingleSelectList
            | FieldTextArea
            | FieldTextField
            | FieldUnknown,
            response.parsed,
        )

    def update_field(
        self,
        id: int,
        *,
        body: FieldDateRequest
        | FieldEmailRequest
        | FieldMultipleSelectListRequest
        | FieldNumericRequest
        | FieldPhoneRequest
        | FieldSingleSelectListRequest
        | FieldTextAreaRequest
        | FieldTextFieldRequest
        | FieldUnknownRequest
        | Mapping[str, Any],
    ) -> (
        FieldDate
        | FieldEmail
        | FieldMultipleSelectList
        | FieldNumeric
        | FieldPhone
        | FieldSingleSelectList
        | FieldTextArea
        | FieldTextField
        | FieldUnknown
    ):
        """Update a field

        Updates a field (F-4). Known from the legacy docs and CookBook only (codes
        200/401/403/404/409); no 8.1.0 page was found. Deprecated like every Field operation.

        Args:
            id (int): Field id; tenant-specific (seen).
            body (FieldDateRequest | FieldEmailRequest | FieldMultipleSelectListRequest |
                FieldNumericRequest | FieldPhoneRequest | FieldSingleSelectListRequest |
                FieldTextAreaRequest | FieldTextFieldRequest | FieldUnknownRequest): A contact field
                (seen; discriminated by `type`). 8.1.0 does not list the `type` values; the
                variants below are the legacy list (`singleSelectList`, `multipleSelectList`, `email`,
                `phone`,
                `textArea`, `numeric`, `textField`, `date`). Read and sent (create/update): the last
                variant
                accepts any other `type`. `isUnicity: true` marks the field(s) forming the contact's
                unicity key.

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
            np6.errors.ConflictError: 409. A field with this name already exists (empty body; legacy).
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
            FieldDate | FieldEmail | FieldMultipleSelectList | FieldNumeric | FieldPhone | FieldSingleSelectList | FieldTextArea | FieldTextField | FieldUnknown
        """

        response = update_field.sync_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(
            FieldDate
            | FieldEmail
            | FieldMultipleSelectList
            | FieldNumeric
            | FieldPhone
            | FieldSingleSelectList
            | FieldTextArea
            | FieldTextField
            | FieldUnknown,
            response.parsed,
        )

    def delete_field(
        self,
        id: int,
    ) -> None:
        """Delete a field

        Deletes a field (F-5). Known from the legacy docs and CookBook only (codes 204/401/403/404);
        no 8.1.0 page was found. Deprecated like every Field operation.

        Args:
            id (int): Field id; tenant-specific (seen).

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
            np6.errors.ConflictError: 409. The field is the contact's unicity field (`isUnicity: true`) and
                cannot be deleted while contacts exist that it identifies (inferred; empty body, like NP6's other
                409s).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
        """

        response = delete_field.sync_detailed(
            client=self._client,
            id=id,
        )
        del response


class AsyncFields:
    """The `fields` operations, bound to a client, as coroutines."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_fields(
        self,
    ) -> list[
        FieldDate
        | FieldEmail
        | FieldMultipleSelectList
        | FieldNumeric
        | FieldPhone
        | FieldSingleSelectList
        | FieldSkeleton
        | FieldTextArea
        | FieldTextField
        | FieldUnknown
    ]:
        """Retrieve all fields

        Lists the tenant's contact fields (F-1). Deprecated in 8.1.0 with no documented replacement,
        but it is how a client finds the unicity field (`isUnicity: true`) and the tenant-specific
        field ids used in reads and in `settings.field`.

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
            list[FieldDate | FieldEmail | FieldMultipleSelectList | FieldNumeric | FieldPhone | FieldSingleSelectList | FieldSkeleton | FieldTextArea | FieldTextField | FieldUnknown]
        """

        response = await list_fields.asyncio_detailed(
            client=self._client,
        )
        return cast(
            list[
                FieldDate
                | FieldEmail
                | FieldMultipleSelectList
                | FieldNumeric
                | FieldPhone
                | FieldSingleSelectList
                | FieldSkeleton
                | FieldTextArea
                | FieldTextField
                | FieldUnknown
            ],
            response.parsed,
        )

    async def create_field(
        self,
        *,
        body: FieldDateRequest
        | FieldEmailRequest
        | FieldMultipleSelectListRequest
        | FieldNumericRequest
        | FieldPhoneRequest
        | FieldSingleSelectListRequest
        | FieldTextAreaRequest
        | FieldTextFieldRequest
        | FieldUnknownRequest
        | Mapping[str, Any],
    ) -> (
        FieldDate
        | FieldEmail
        | FieldMultipleSelectList
        | FieldNumeric
        | FieldPhone
        | FieldSingleSelectList
        | FieldTextArea
        | FieldTextField
        | FieldUnknown
    ):
        """Create a field

        Creates a contact field (F-2). Deprecated in 8.1.0. The 8.1.0 body ("Data used to create the
        field") starts with the `type` discriminator and `id`, then is cut off; it is taken to be the
        `Field` schema (inferred). The response is not shown: the created field with 200 (inferred).
        Legacy: 409 when the name is already used.

        Args:
            body (FieldDateRequest | FieldEmailRequest | FieldMultipleSelectListRequest |
                FieldNumericRequest | FieldPhoneRequest | FieldSingleSelectListRequest |
                FieldTextAreaRequest | FieldTextFieldRequest | FieldUnknownRequest): A contact field
                (seen; discriminated by `type`). 8.1.0 does not list the `type` values; the
                variants below are the legacy list (`singleSelectList`, `multipleSelectList`, `email`,
                `phone`,
                `textArea`, `numeric`, `textField`, `date`). Read and sent (create/update): the last
                variant
                accepts any other `type`. `isUnicity: true` marks the field(s) forming the contact's
                unicity key.

        Raises:
            np6.errors.BadRequestError: 400. Malformed or badly shaped request (seen; 3rd-party examples: `from`
                given as a string instead of an object, `unicity` given as a string instead of an array). The body
                is empty or a short plain text message such as `target cannot be identified - unicity is null`.
            np6.errors.AuthenticationError: 401. The `X-Key` header is missing or the key is wrong (seen).
            np6.errors.PermissionDeniedError: 403. The key's user lacks the right for this operation (seen). In
                production NP6 has been observed to answer 409 with an empty body instead (3rd-party).
            np6.errors.ConflictError: 409. A field with this name already exists (empty body; legacy).
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
            FieldDate | FieldEmail | FieldMultipleSelectList | FieldNumeric | FieldPhone | FieldSingleSelectList | FieldTextArea | FieldTextField | FieldUnknown
        """

        response = await create_field.asyncio_detailed(
            client=self._client,
            body=body,
        )
        return cast(
            FieldDate
            | FieldEmail
            | FieldMultipleSelectList
            | FieldNumeric
            | FieldPhone
            | FieldSingleSelectList
            | FieldTextArea
            | FieldTextField
            | FieldUnknown,
            response.parsed,
        )

    async def get_field(
        self,
        id: int,
    ) -> (
        FieldDate
        | FieldEmail
        | FieldMultipleSelectList
        | FieldNumeric
        | FieldPhone
        | FieldSingleSelectList
        | FieldTextArea
        | FieldTextField
        | FieldUnknown
    ):
        """Retrieve a field

        Retrieves one field (F-3). Known from the legacy docs and CookBook only (codes 200/401/403/404);
        no 8.1.0 page was found. Deprecated like every Field operation.

        Args:
            id (int): Field id; tenant-specific (seen).

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
            FieldDate | FieldEmail | FieldMultipleSelectList | FieldNumeric | FieldPhone | FieldSingleSelectList | FieldTextArea | FieldTextField | FieldUnknown
        """

        response = await get_field.asyncio_detailed(
            client=self._client,
            id=id,
        )
        return cast(
            FieldDate
            | FieldEmail
            | FieldMultipleSelectList
            | FieldNumeric
            | FieldPhone
            | FieldSingleSelectList
            | FieldTextArea
            | FieldTextField
            | FieldUnknown,
            response.parsed,
        )

    async def update_field(
        self,
        id: int,
        *,
        body: FieldDateRequest
        | FieldEmailRequest
        | FieldMultipleSelectListRequest
        | FieldNumericRequest
        | FieldPhoneRequest
        | FieldSingleSelectListRequest
        | FieldTextAreaRequest
        | FieldTextFieldRequest
        | FieldUnknownRequest
        | Mapping[str, Any],
    ) -> (
        FieldDate
        | FieldEmail
        | FieldMultipleSelectList
        | FieldNumeric
        | FieldPhone
        | FieldSingleSelectList
        | FieldTextArea
        | FieldTextField
        | FieldUnknown
    ):
        """Update a field

        Updates a field (F-4). Known from the legacy docs and CookBook only (codes
        200/401/403/404/409); no 8.1.0 page was found. Deprecated like every Field operation.

        Args:
            id (int): Field id; tenant-specific (seen).
            body (FieldDateRequest | FieldEmailRequest | FieldMultipleSelectListRequest |
                FieldNumericRequest | FieldPhoneRequest | FieldSingleSelectListRequest |
                FieldTextAreaRequest | FieldTextFieldRequest | FieldUnknownRequest): A contact field
                (seen; discriminated by `type`). 8.1.0 does not list the `type` values; the
                variants below are the legacy list (`singleSelectList`, `multipleSelectList`, `email`,
                `phone`,
                `textArea`, `numeric`, `textField`, `date`). Read and sent (create/update): the last
                variant
                accepts any other `type`. `isUnicity: true` marks the field(s) forming the contact's
                unicity key.

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
            np6.errors.ConflictError: 409. A field with this name already exists (empty body; legacy).
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
            FieldDate | FieldEmail | FieldMultipleSelectList | FieldNumeric | FieldPhone | FieldSingleSelectList | FieldTextArea | FieldTextField | FieldUnknown
        """

        response = await update_field.asyncio_detailed(
            client=self._client,
            id=id,
            body=body,
        )
        return cast(
            FieldDate
            | FieldEmail
            | FieldMultipleSelectList
            | FieldNumeric
            | FieldPhone
            | FieldSingleSelectList
            | FieldTextArea
            | FieldTextField
            | FieldUnknown,
            response.parsed,
        )

    async def delete_field(
        self,
        id: int,
    ) -> None:
        """Delete a field

        Deletes a field (F-5). Known from the legacy docs and CookBook only (codes 204/401/403/404);
        no 8.1.0 page was found. Deprecated like every Field operation.

        Args:
            id (int): Field id; tenant-specific (seen).

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
            np6.errors.ConflictError: 409. The field is the contact's unicity field (`isUnicity: true`) and
                cannot be deleted while contacts exist that it identifies (inferred; empty body, like NP6's other
                409s).
            np6.errors.RateLimitError: 429. Rate limit exceeded (seen). NP6 recommends retrying with exponential
                backoff; `Retry-After` is not documented but is honoured by the np6 client when present (inferred).
            np6.errors.ServerError: 500. Server error; retry later (legacy).
            np6.errors.ServerError: 503. Maintenance or temporarily unavailable; retry later (legacy).
            np6.errors.APIConnectionError: no complete answer (np6.errors.APITimeoutError when the time ran out).
            np6.errors.MalformedResponseError: an answer that does not match the spec.

        Returns:
            None
        """

        response = await delete_field.asyncio_detailed(
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


class RawFields:
    """The `fields` operations, bound to a client: each returns the answer as received
    (:class:`~np6_client.types.APIResponse`; ``.parse()`` gives what `Fields` returns)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list_fields(
        self,
    ) -> APIResponse[
        list[
            FieldDate
            | FieldEmail
            | FieldMultipleSelectList
            | FieldNumeric
            | FieldPhone
            | FieldSingleSelectList
            | FieldSkeleton
            | FieldTextArea
            | FieldTextField
            | FieldUnknown
        ]
    ]:
        """Retrieve all fields (the answer as received)."""
        kwargs = list_fields._get_kwargs()
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_fields))

    def create_field(
        self,
        *,
        body: FieldDateRequest
        | FieldEmailRequest
        | FieldMultipleSelectListRequest
        | FieldNumericRequest
        | FieldPhoneRequest
        | FieldSingleSelectListRequest
        | FieldTextAreaRequest
        | FieldTextFieldRequest
        | FieldUnknownRequest
        | Mapping[str, Any],
    ) -> APIResponse[
        FieldDate
        | FieldEmail
        | FieldMultipleSelectList
        | FieldNumeric
        | FieldPhone
        | FieldSingleSelectList
        | FieldTextArea
        | FieldTextField
        | FieldUnknown
    ]:
        """Create a field (the answer as received)."""
        kwargs = create_field._get_kwargs(
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_field))

    def get_field(
        self,
        id: int,
    ) -> APIResponse[
        FieldDate
        | FieldEmail
        | FieldMultipleSelectList
        | FieldNumeric
        | FieldPhone
        | FieldSingleSelectList
        | FieldTextArea
        | FieldTextField
        | FieldUnknown
    ]:
        """Retrieve a field (the answer as received)."""
        kwargs = get_field._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_field))

    def update_field(
        self,
        id: int,
        *,
        body: FieldDateRequest
        | FieldEmailRequest
        | FieldMultipleSelectListRequest
        | FieldNumericRequest
        | FieldPhoneRequest
        | FieldSingleSelectListRequest
        | FieldTextAreaRequest
        | FieldTextFieldRequest
        | FieldUnknownRequest
        | Mapping[str, Any],
    ) -> APIResponse[
        FieldDate
        | FieldEmail
        | FieldMultipleSelectList
        | FieldNumeric
        | FieldPhone
        | FieldSingleSelectList
        | FieldTextArea
        | FieldTextField
        | FieldUnknown
    ]:
        """Update a field (the answer as received)."""
        kwargs = update_field._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_field))

    def delete_field(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Delete a field (the answer as received)."""
        kwargs = delete_field._get_kwargs(
            id=id,
        )
        try:
            response = self._client.get_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_field))


class AsyncRawFields:
    """The `fields` operations, bound to a client, as coroutines returning the answer as received."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list_fields(
        self,
    ) -> APIResponse[
        list[
            FieldDate
            | FieldEmail
            | FieldMultipleSelectList
            | FieldNumeric
            | FieldPhone
            | FieldSingleSelectList
            | FieldSkeleton
            | FieldTextArea
            | FieldTextField
            | FieldUnknown
        ]
    ]:
        """Retrieve all fields (the answer as received)."""
        kwargs = list_fields._get_kwargs()
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, list_fields))

    async def create_field(
        self,
        *,
        body: FieldDateRequest
        | FieldEmailRequest
        | FieldMultipleSelectListRequest
        | FieldNumericRequest
        | FieldPhoneRequest
        | FieldSingleSelectListRequest
        | FieldTextAreaRequest
        | FieldTextFieldRequest
        | FieldUnknownRequest
        | Mapping[str, Any],
    ) -> APIResponse[
        FieldDate
        | FieldEmail
        | FieldMultipleSelectList
        | FieldNumeric
        | FieldPhone
        | FieldSingleSelectList
        | FieldTextArea
        | FieldTextField
        | FieldUnknown
    ]:
        """Create a field (the answer as received)."""
        kwargs = create_field._get_kwargs(
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, create_field))

    async def get_field(
        self,
        id: int,
    ) -> APIResponse[
        FieldDate
        | FieldEmail
        | FieldMultipleSelectList
        | FieldNumeric
        | FieldPhone
        | FieldSingleSelectList
        | FieldTextArea
        | FieldTextField
        | FieldUnknown
    ]:
        """Retrieve a field (the answer as received)."""
        kwargs = get_field._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, get_field))

    async def update_field(
        self,
        id: int,
        *,
        body: FieldDateRequest
        | FieldEmailRequest
        | FieldMultipleSelectListRequest
        | FieldNumericRequest
        | FieldPhoneRequest
        | FieldSingleSelectListRequest
        | FieldTextAreaRequest
        | FieldTextFieldRequest
        | FieldUnknownRequest
        | Mapping[str, Any],
    ) -> APIResponse[
        FieldDate
        | FieldEmail
        | FieldMultipleSelectList
        | FieldNumeric
        | FieldPhone
        | FieldSingleSelectList
        | FieldTextArea
        | FieldTextField
        | FieldUnknown
    ]:
        """Update a field (the answer as received)."""
        kwargs = update_field._get_kwargs(
            id=id,
            body=body,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, update_field))

    async def delete_field(
        self,
        id: int,
    ) -> APIResponse[None]:
        """Delete a field (the answer as received)."""
        kwargs = delete_field._get_kwargs(
            id=id,
        )
        try:
            response = await self._client.get_async_requester().request(**kwargs)
        except httpx.InvalidURL as error:
            raise _invalid_url(error) from error
        return APIResponse(response, _parser(self._client, delete_field))
