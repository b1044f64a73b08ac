from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.event_execution import EventExecution


T = TypeVar("T", bound="EventExecutionDetail")


@_attrs_define
class EventExecutionDetail:
    """Detail of an email execution event (seen).

    Attributes:
        execution (EventExecution): An execution request for one recipient (seen). Present in execution and cancellation
            events. The
            required fields are those present in every example (inferred).
    """

    execution: EventExecution
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution = self.execution.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execution": execution,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_execution import EventExecution

        d = dict(src_dict)
        execution = EventExecution.from_dict(d.pop("execution"))

        event_execution_detail = cls(
            execution=execution,
        )

        event_execution_detail.additional_properties = d
        return event_execution_detail

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
