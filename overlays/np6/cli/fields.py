"""`np6 fields`: the account's contact fields (list, create)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from ._common import ApiKeyOption, BaseUrlOption, JsonOption, connect, print_json, reflowed

if TYPE_CHECKING:
    from ..types import FieldRequest

app = typer.Typer(name="fields", help="Contact fields: list them, create one.", no_args_is_help=True)

FieldType = Literal["textField", "textArea", "email", "phone", "numeric", "date"]


@app.command("list")
@reflowed
def list_(as_json: JsonOption = False, api_key: ApiKeyOption = None, base_url: BaseUrlOption = None) -> None:
    """List the account's fields: id, type and name (the names `np6 targets upsert NAME=VALUE` takes)."""
    with connect(api_key, base_url) as client:
        fields = [field.to_dict() for field in client.fields.list_fields()]
    if as_json:
        print_json(fields)
        return
    for field in fields:
        unicity = "  (unicity)" if field.get("isUnicity") else ""
        typer.echo(f"{field.get('id')}\t{field.get('type')}\t{field.get('name')}{unicity}")


@app.command("create")
@reflowed
def create(  # noqa: PLR0917 - typer maps parameters to options
    name: Annotated[str, typer.Argument(metavar="NAME", help="The field's name, e.g. firstname.")],
    field_type: Annotated[FieldType, typer.Option("--type", help="The field's type.")] = "textField",
    mandatory: Annotated[bool, typer.Option("--mandatory", help="A value is required.")] = False,
    criterion: Annotated[bool, typer.Option("--criterion", help="Usable as a segmentation criterion.")] = False,
    as_json: JsonOption = False,
    api_key: ApiKeyOption = None,
    base_url: BaseUrlOption = None,
) -> None:
    """Create a contact field (NP6 answers 409, exit 1, when the name is taken).

    For a select-list field (a value list's choices), use np6 api create_field --body '{...}'.
    """
    from .. import builders

    build: dict[str, Callable[..., FieldRequest]] = {
        "textField": builders.text_field,
        "textArea": builders.text_area_field,
        "email": builders.email_field,
        "phone": builders.phone_field,
        "numeric": builders.numeric_field,
        "date": builders.date_field,
    }
    with connect(api_key, base_url) as client:
        field = client.fields.create_field(
            body=build[field_type](name, mandatory=mandatory or None, criterion=criterion or None)
        )
    if as_json:
        print_json(field.to_dict())
    else:
        typer.echo(f"created field {field.id} ({field.type_} {field.name})")
