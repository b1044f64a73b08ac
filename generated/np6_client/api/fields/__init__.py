"""Operations tagged `fields`, and the namespaces binding them to a client: `Fields` /
`AsyncFields` return the success body, `RawFields` / `AsyncRawFields` the answer as received."""

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

        See `np6_client.api.fields.list_fields` for the parameters and NP6's behaviour.
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
        | FieldUnknownRequest,
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

        See `np6_client.api.fields.create_field` for the parameters and NP6's behaviour.
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

        See `np6_client.api.fields.get_field` for the parameters and NP6's behaviour.
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
        | FieldUnknownRequest,
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

        See `np6_client.api.fields.update_field` for the parameters and NP6's behaviour.
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

        See `np6_client.api.fields.delete_field` for the parameters and NP6's behaviour.
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

        See `np6_client.api.fields.list_fields` for the parameters and NP6's behaviour.
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
        | FieldUnknownRequest,
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

        See `np6_client.api.fields.create_field` for the parameters and NP6's behaviour.
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

        See `np6_client.api.fields.get_field` for the parameters and NP6's behaviour.
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
        | FieldUnknownRequest,
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

        See `np6_client.api.fields.update_field` for the parameters and NP6's behaviour.
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

        See `np6_client.api.fields.delete_field` for the parameters and NP6's behaviour.
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
        | FieldUnknownRequest,
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
        | FieldUnknownRequest,
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
        | FieldUnknownRequest,
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
        | FieldUnknownRequest,
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
