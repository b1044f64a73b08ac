from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.validation_settings_variables_item import (
        ValidationSettingsVariablesItem,
    )


T = TypeVar("T", bound="ValidationSettings")
_PROPERTY_NAMES = frozenset(
    {
        "fortest",
        "campaignAnalyser",
        "testSegments",
        "mediaForTest",
        "textandHtml",
        "comments",
        "variables",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ValidationSettings:
    """Body of `POST` and `DELETE /actions/{id}/validation` (NP6 `ValidationSettingsModel` (3rd-party
    name)). No field is required (seen); `{}` is a valid body.

        Attributes:
            fortest (bool | None | Unset): True = launch the test (proof) phase; false = validate for production (seen).
            campaign_analyser (bool | None | Unset): Use the campaign-analyser feature; it must be enabled on the account
                (seen).
            test_segments (list[int] | Unset): Ids of the segments that receive the test send (seen).
            media_for_test (str | Unset): Overriding media (address) for the test send (seen).
            textand_html (bool | None | Unset): Send both the HTML and the text versions (seen).
            comments (str | Unset): Free comments (seen).
            variables (list[ValidationSettingsVariablesItem] | Unset): Key/value variables used to run the proof (seen; item
                shape not documented).
    """

    fortest: bool | None | Unset = UNSET
    campaign_analyser: bool | None | Unset = UNSET
    test_segments: list[int] | Unset = UNSET
    media_for_test: str | Unset = UNSET
    textand_html: bool | None | Unset = UNSET
    comments: str | Unset = UNSET
    variables: list[ValidationSettingsVariablesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        fortest: bool | None | Unset
        if isinstance(self.fortest, Unset):
            fortest = UNSET
        else:
            fortest = self.fortest

        campaign_analyser: bool | None | Unset
        if isinstance(self.campaign_analyser, Unset):
            campaign_analyser = UNSET
        else:
            campaign_analyser = self.campaign_analyser

        test_segments: list[int] | Unset = UNSET
        if not isinstance(self.test_segments, Unset):
            test_segments = self.test_segments

        media_for_test = self.media_for_test

        textand_html: bool | None | Unset
        if isinstance(self.textand_html, Unset):
            textand_html = UNSET
        else:
            textand_html = self.textand_html

        comments = self.comments

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = part_json(variables_item_data)
                variables.append(variables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fortest is not UNSET:
            field_dict["fortest"] = fortest
        if campaign_analyser is not UNSET:
            field_dict["campaignAnalyser"] = campaign_analyser
        if test_segments is not UNSET:
            field_dict["testSegments"] = test_segments
        if media_for_test is not UNSET:
            field_dict["mediaForTest"] = media_for_test
        if textand_html is not UNSET:
            field_dict["textandHtml"] = textand_html
        if comments is not UNSET:
            field_dict["comments"] = comments
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        fortest = _parse_fortest(src_dict.get("fortest", UNSET))

        campaign_analyser = _parse_campaign_analyser(
            src_dict.get("campaignAnalyser", UNSET)
        )

        test_segments = cast(list[int], src_dict.get("testSegments", UNSET))

        media_for_test = src_dict.get("mediaForTest", UNSET)

        textand_html = _parse_textand_html(src_dict.get("textandHtml", UNSET))

        comments = src_dict.get("comments", UNSET)

        _variables = src_dict.get("variables", UNSET)
        variables: list[ValidationSettingsVariablesItem] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = ValidationSettingsVariablesItem.from_dict(
                    variables_item_data
                )

                variables.append(variables_item)

        _parsed = _new_object(cls)
        _parsed.fortest = fortest
        _parsed.campaign_analyser = campaign_analyser
        _parsed.test_segments = test_segments
        _parsed.media_for_test = media_for_test
        _parsed.textand_html = textand_html
        _parsed.comments = comments
        _parsed.variables = variables
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


def _parse_fortest(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


def _parse_campaign_analyser(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


def _parse_textand_html(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global _references_bound, ValidationSettingsVariablesItem
    from ..models.validation_settings_variables_item import (
        ValidationSettingsVariablesItem,
    )

    _references_bound = True
