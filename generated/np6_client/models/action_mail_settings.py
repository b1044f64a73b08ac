from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_mail_settings_consent import (
    ActionMailSettingsConsent,
    check_action_mail_settings_consent,
)
from ..models.action_mail_settings_edition_mode import (
    ActionMailSettingsEditionMode,
    check_action_mail_settings_edition_mode,
)
from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.action_mail_settings_environment import ActionMailSettingsEnvironment
    from ..models.action_marketing_pressure import ActionMarketingPressure
    from ..models.action_performance import ActionPerformance
    from ..models.action_purpose import ActionPurpose
    from ..models.action_templating import ActionTemplating


T = TypeVar("T", bound="ActionMailSettings")
_PROPERTY_NAMES = frozenset(
    {
        "templating",
        "editionMode",
        "purpose",
        "consent",
        "priority",
        "importance",
        "environment",
        "field",
        "culture",
        "contentFormat",
        "useFormLinkSSL",
        "sendingProfile",
        "performance",
        "mp",
        "webAnalyser",
        "archive",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ActionMailSettings:
    """General settings of the email action (seen). No field is marked required.

    Attributes:
        templating (ActionTemplating | Unset): Templating settings (seen). `version` is a string in 8.1.0 (a number,
            `4.1`, in the legacy docs).
            Content overrides at execution time work only with version `"4.1"` (3rd-party; otherwise 409).
        edition_mode (ActionMailSettingsEditionMode | Unset): Edition mode (seen; meanings not documented).
        purpose (ActionPurpose | Unset): Purpose of the email (seen), a discriminated object whose variants are not
            documented (the sample is
            `{"type": "string"}`).
        consent (ActionMailSettingsConsent | Unset): Consent setting (seen; meanings not documented).
        priority (bool | Unset): True = high priority, sent through a dedicated queue (seen).
        importance (bool | Unset): True = flag the mail as important (an exclamation mark in webmails that support it)
            (seen).
        environment (ActionMailSettingsEnvironment | Unset): Environment settings (seen; the sample is `{}`, fields not
            documented).
        field (int | Unset): Field id; tenant-specific (seen).
        culture (str | Unset): Culture, e.g. `fr-FR` (legacy example).
        content_format (int | Unset): Content format (seen; sample 1, legacy value 2; meanings not documented).
        use_form_link_ssl (bool | Unset): Use HTTPS for form links (seen).
        sending_profile (int | Unset): Sending profile id (seen; sample 0).
        performance (ActionPerformance | Unset): Performance thresholds (seen). The legacy docs spelled the last one
            `unsubscribeRate`.
        mp (ActionMarketingPressure | Unset): Marketing-pressure settings (seen).
        web_analyser (int | None | Unset): Web analyser id (seen; sample 0; `null` in legacy samples).
        archive (bool | Unset): Archive the sent mails (seen; presumably feeds the Archives operations (inferred)).
    """

    templating: ActionTemplating | Unset = UNSET
    edition_mode: ActionMailSettingsEditionMode | Unset = UNSET
    purpose: ActionPurpose | Unset = UNSET
    consent: ActionMailSettingsConsent | Unset = UNSET
    priority: bool | Unset = UNSET
    importance: bool | Unset = UNSET
    environment: ActionMailSettingsEnvironment | Unset = UNSET
    field: int | Unset = UNSET
    culture: str | Unset = UNSET
    content_format: int | Unset = UNSET
    use_form_link_ssl: bool | Unset = UNSET
    sending_profile: int | Unset = UNSET
    performance: ActionPerformance | Unset = UNSET
    mp: ActionMarketingPressure | Unset = UNSET
    web_analyser: int | None | Unset = UNSET
    archive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        templating: dict[str, Any] | Unset = UNSET
        if not isinstance(self.templating, Unset):
            templating = part_json(self.templating)

        edition_mode: int | Unset = UNSET
        if not isinstance(self.edition_mode, Unset):
            edition_mode = self.edition_mode

        purpose: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = part_json(self.purpose)

        consent: int | Unset = UNSET
        if not isinstance(self.consent, Unset):
            consent = self.consent

        priority = self.priority

        importance = self.importance

        environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = part_json(self.environment)

        field = self.field

        culture = self.culture

        content_format = self.content_format

        use_form_link_ssl = self.use_form_link_ssl

        sending_profile = self.sending_profile

        performance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.performance, Unset):
            performance = part_json(self.performance)

        mp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mp, Unset):
            mp = part_json(self.mp)

        web_analyser: int | None | Unset
        if isinstance(self.web_analyser, Unset):
            web_analyser = UNSET
        else:
            web_analyser = self.web_analyser

        archive = self.archive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if templating is not UNSET:
            field_dict["templating"] = templating
        if edition_mode is not UNSET:
            field_dict["editionMode"] = edition_mode
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if consent is not UNSET:
            field_dict["consent"] = consent
        if priority is not UNSET:
            field_dict["priority"] = priority
        if importance is not UNSET:
            field_dict["importance"] = importance
        if environment is not UNSET:
            field_dict["environment"] = environment
        if field is not UNSET:
            field_dict["field"] = field
        if culture is not UNSET:
            field_dict["culture"] = culture
        if content_format is not UNSET:
            field_dict["contentFormat"] = content_format
        if use_form_link_ssl is not UNSET:
            field_dict["useFormLinkSSL"] = use_form_link_ssl
        if sending_profile is not UNSET:
            field_dict["sendingProfile"] = sending_profile
        if performance is not UNSET:
            field_dict["performance"] = performance
        if mp is not UNSET:
            field_dict["mp"] = mp
        if web_analyser is not UNSET:
            field_dict["webAnalyser"] = web_analyser
        if archive is not UNSET:
            field_dict["archive"] = archive

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        _templating = src_dict.get("templating", UNSET)
        templating: ActionTemplating | Unset
        if isinstance(_templating, Unset):
            templating = UNSET
        else:
            templating = ActionTemplating.from_dict(_templating)

        _edition_mode = src_dict.get("editionMode", UNSET)
        edition_mode: ActionMailSettingsEditionMode | Unset
        if isinstance(_edition_mode, Unset):
            edition_mode = UNSET
        else:
            edition_mode = check_action_mail_settings_edition_mode(_edition_mode)

        _purpose = src_dict.get("purpose", UNSET)
        purpose: ActionPurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = ActionPurpose.from_dict(_purpose)

        _consent = src_dict.get("consent", UNSET)
        consent: ActionMailSettingsConsent | Unset
        if isinstance(_consent, Unset):
            consent = UNSET
        else:
            consent = check_action_mail_settings_consent(_consent)

        priority = src_dict.get("priority", UNSET)

        importance = src_dict.get("importance", UNSET)

        _environment = src_dict.get("environment", UNSET)
        environment: ActionMailSettingsEnvironment | Unset
        if isinstance(_environment, Unset):
            environment = UNSET
        else:
            environment = ActionMailSettingsEnvironment.from_dict(_environment)

        field = src_dict.get("field", UNSET)

        culture = src_dict.get("culture", UNSET)

        content_format = src_dict.get("contentFormat", UNSET)

        use_form_link_ssl = src_dict.get("useFormLinkSSL", UNSET)

        sending_profile = src_dict.get("sendingProfile", UNSET)

        _performance = src_dict.get("performance", UNSET)
        performance: ActionPerformance | Unset
        if isinstance(_performance, Unset):
            performance = UNSET
        else:
            performance = ActionPerformance.from_dict(_performance)

        _mp = src_dict.get("mp", UNSET)
        mp: ActionMarketingPressure | Unset
        if isinstance(_mp, Unset):
            mp = UNSET
        else:
            mp = ActionMarketingPressure.from_dict(_mp)

        web_analyser = _parse_web_analyser(src_dict.get("webAnalyser", UNSET))

        archive = src_dict.get("archive", UNSET)

        _parsed = _new_object(cls)
        _parsed.templating = templating
        _parsed.edition_mode = edition_mode
        _parsed.purpose = purpose
        _parsed.consent = consent
        _parsed.priority = priority
        _parsed.importance = importance
        _parsed.environment = environment
        _parsed.field = field
        _parsed.culture = culture
        _parsed.content_format = content_format
        _parsed.use_form_link_ssl = use_form_link_ssl
        _parsed.sending_profile = sending_profile
        _parsed.performance = performance
        _parsed.mp = mp
        _parsed.web_analyser = web_analyser
        _parsed.archive = archive
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


def _parse_web_analyser(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global \
        _references_bound, \
        ActionMailSettingsEnvironment, \
        ActionMarketingPressure, \
        ActionPerformance, \
        ActionPurpose, \
        ActionTemplating
    from ..models.action_mail_settings_environment import ActionMailSettingsEnvironment
    from ..models.action_marketing_pressure import ActionMarketingPressure
    from ..models.action_performance import ActionPerformance
    from ..models.action_purpose import ActionPurpose
    from ..models.action_templating import ActionTemplating

    _references_bound = True
