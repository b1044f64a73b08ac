from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.compilable_execution_success_arguments import (
        CompilableExecutionSuccessArguments,
    )
    from ..models.compilable_execution_success_value import (
        CompilableExecutionSuccessValue,
    )


T = TypeVar("T", bound="CompilableExecutionSuccess")
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "arguments",
        "value",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class CompilableExecutionSuccess:
    """A successful execution (seen).

    Attributes:
        type_ (Literal['success']):
        arguments (CompilableExecutionSuccessArguments | Unset): The arguments used.
        value (CompilableExecutionSuccessValue | Unset): The result.
    """

    type_: Literal["success"] = "success"
    arguments: CompilableExecutionSuccessArguments | Unset = UNSET
    value: CompilableExecutionSuccessValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        type_ = self.type_

        arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = part_json(self.arguments)

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = part_json(self.value)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        type_: Literal["success"] = src_dict["type"]
        if type_ != "success":
            raise ValueError(f"type must match const 'success', got '{type_}'")

        _arguments = src_dict.get("arguments", UNSET)
        arguments: CompilableExecutionSuccessArguments | Unset
        if isinstance(_arguments, Unset):
            arguments = UNSET
        else:
            arguments = CompilableExecutionSuccessArguments.from_dict(_arguments)

        _value = src_dict.get("value", UNSET)
        value: CompilableExecutionSuccessValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = CompilableExecutionSuccessValue.from_dict(_value)

        _parsed = _new_object(cls)
        _parsed.type_ = type_
        _parsed.arguments = arguments
        _parsed.value = value
        _parsed.additional_properties = {}
        _parsed._request_id = None

        if not _PROPERTY_NAMES.issuperset(src_dict):
            _parsed.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return _parsed

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global \
        _references_bound, \
        CompilableExecutionSuccessArguments, \
        CompilableExecutionSuccessValue
    from ..models.compilable_execution_success_arguments import (
        CompilableExecutionSuccessArguments,
    )
    from ..models.compilable_execution_success_value import (
        CompilableExecutionSuccessValue,
    )

    _references_bound = True
