"""Operations tagged `fields`, and the `Fields` / `AsyncFields` namespaces binding them to a client."""

from typing import Any, cast

from ...client import AuthenticatedClient
from ...models.field_date import FieldDate
from ...models.field_email import FieldEmail
from ...models.field_multiple_select_list import FieldMultipleSelectList
from ...models.field_numeric import FieldNumeric
from ...models.field_phone import FieldPhone
from ...models.field_single_select_list import FieldSingleSelectList
from ...models.field_text_area import FieldTextArea
from ...models.field_text_field import FieldTextField
from ...models.field_unknown import FieldUnknown
from ...types import UNSET, Unset
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
                | FieldTextArea
                | FieldTextField
                | FieldUnknown
            ],
            response.parsed,
        )

    def create_field(
        self,
        *,
        body: FieldDate
        | FieldEmail
        | FieldMultipleSelectList
        | FieldNumeric
        | FieldPhone
        | FieldSingleSelectList
        | FieldTextArea
        | FieldTextField
        | FieldUnknown,
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
        body: FieldDate
        | FieldEmail
        | FieldMultipleSelectList
        | FieldNumeric
        | FieldPhone
        | FieldSingleSelectList
        | FieldTextArea
        | FieldTextField
        | FieldUnknown,
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
                | FieldTextArea
                | FieldTextField
                | FieldUnknown
            ],
            response.parsed,
        )

    async def create_field(
        self,
        *,
        body: FieldDate
        | FieldEmail
        | FieldMultipleSelectList
        | FieldNumeric
        | FieldPhone
        | FieldSingleSelectList
        | FieldTextArea
        | FieldTextField
        | FieldUnknown,
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
        body: FieldDate
        | FieldEmail
        | FieldMultipleSelectList
        | FieldNumeric
        | FieldPhone
        | FieldSingleSelectList
        | FieldTextArea
        | FieldTextField
        | FieldUnknown,
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
