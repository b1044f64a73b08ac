from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _new_object, part_json, set_fields_repr

if TYPE_CHECKING:
    from ..models.import_feature_database import ImportFeatureDatabase
    from ..models.import_feature_duplicate import ImportFeatureDuplicate
    from ..models.import_feature_normalization import ImportFeatureNormalization
    from ..models.import_feature_red_list import ImportFeatureRedList
    from ..models.import_feature_report import ImportFeatureReport
    from ..models.import_feature_segmentation import ImportFeatureSegmentation
    from ..models.import_format import ImportFormat
    from ..models.import_format_bind import ImportFormatBind
    from ..models.import_format_identifier import ImportFormatIdentifier
    from ..models.import_source_file import ImportSourceFile
    from ..models.import_source_ftp import ImportSourceFtp
    from ..models.unknown_import_feature import UnknownImportFeature
    from ..models.unknown_import_source import UnknownImportSource


T = TypeVar("T", bound="ImportExecutionContent")
_PROPERTY_NAMES = frozenset(
    {
        "features",
        "identifier",
        "name",
        "separator",
        "startAt",
        "binds",
        "savedImportFormat",
        "bindings",
        "source",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ImportExecutionContent:
    """(legacy) The features and the binding (import format) an execution runs with. The legacy docs
    flatten the binding's properties (`identifier`, `name`, `separator`, ...) into this object; a
    legacy driver mock nests them under `bindings` and adds `source`. Both shapes are accepted.

        Attributes:
            features (list[ImportFeatureDatabase | ImportFeatureDuplicate | ImportFeatureNormalization |
                ImportFeatureRedList | ImportFeatureReport | ImportFeatureSegmentation | UnknownImportFeature] | Unset):
            identifier (ImportFormatIdentifier | Unset): (legacy) Identifier of an import format; `guid` is what an import's
                `binding` takes.
            name (str | Unset):
            separator (int | Unset):
            start_at (int | Unset):
            binds (list[ImportFormatBind] | Unset):
            saved_import_format (bool | Unset):
            bindings (ImportFormat | Unset): (legacy) An import format (binding): how the columns of an import file map to
                target fields. The
                legacy docs mark every request property required; `identifier` is server-assigned.
            source (ImportSourceFile | ImportSourceFtp | UnknownImportSource | Unset): Where an import's data comes from,
                discriminated by `type` (seen): `file` (manual upload through
                `upload_import_source`; name from the legacy docs) and `ftp` (seen; automatic imports). Unknown
                values are read as UnknownImportSource.
    """

    features: (
        list[
            ImportFeatureDatabase
            | ImportFeatureDuplicate
            | ImportFeatureNormalization
            | ImportFeatureRedList
            | ImportFeatureReport
            | ImportFeatureSegmentation
            | UnknownImportFeature
        ]
        | Unset
    ) = UNSET
    identifier: ImportFormatIdentifier | Unset = UNSET
    name: str | Unset = UNSET
    separator: int | Unset = UNSET
    start_at: int | Unset = UNSET
    binds: list[ImportFormatBind] | Unset = UNSET
    saved_import_format: bool | Unset = UNSET
    bindings: ImportFormat | Unset = UNSET
    source: ImportSourceFile | ImportSourceFtp | UnknownImportSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = []
            for features_item_data in self.features:
                features_item: dict[str, Any]
                if (
                    isinstance(features_item_data, ImportFeatureSegmentation)
                    or isinstance(features_item_data, ImportFeatureRedList)
                    or isinstance(features_item_data, ImportFeatureDuplicate)
                    or isinstance(features_item_data, ImportFeatureReport)
                    or isinstance(features_item_data, ImportFeatureDatabase)
                    or isinstance(features_item_data, ImportFeatureNormalization)
                ):
                    features_item = features_item_data.to_dict()
                else:
                    features_item = part_json(features_item_data)

                features.append(features_item)

        identifier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifier, Unset):
            identifier = part_json(self.identifier)

        name = self.name

        separator = self.separator

        start_at = self.start_at

        binds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.binds, Unset):
            binds = []
            for binds_item_data in self.binds:
                binds_item = part_json(binds_item_data)
                binds.append(binds_item)

        saved_import_format = self.saved_import_format

        bindings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bindings, Unset):
            bindings = part_json(self.bindings)

        source: dict[str, Any] | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, ImportSourceFile) or isinstance(
            self.source, ImportSourceFtp
        ):
            source = self.source.to_dict()
        else:
            source = part_json(self.source)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if features is not UNSET:
            field_dict["features"] = features
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if separator is not UNSET:
            field_dict["separator"] = separator
        if start_at is not UNSET:
            field_dict["startAt"] = start_at
        if binds is not UNSET:
            field_dict["binds"] = binds
        if saved_import_format is not UNSET:
            field_dict["savedImportFormat"] = saved_import_format
        if bindings is not UNSET:
            field_dict["bindings"] = bindings
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        _features = src_dict.get("features", UNSET)
        features: (
            list[
                ImportFeatureDatabase
                | ImportFeatureDuplicate
                | ImportFeatureNormalization
                | ImportFeatureRedList
                | ImportFeatureReport
                | ImportFeatureSegmentation
                | UnknownImportFeature
            ]
            | Unset
        ) = UNSET
        if _features is not UNSET:
            features = []
            for features_item_data in _features:

                def _parse_features_item(
                    data: object,
                ) -> (
                    ImportFeatureDatabase
                    | ImportFeatureDuplicate
                    | ImportFeatureNormalization
                    | ImportFeatureRedList
                    | ImportFeatureReport
                    | ImportFeatureSegmentation
                    | UnknownImportFeature
                ):
                    type_tag = data.get("type") if isinstance(data, dict) else None
                    if type_tag == "segmentation":
                        try:
                            componentsschemas_import_feature_type_0 = (
                                ImportFeatureSegmentation.from_dict(data)
                            )

                            return componentsschemas_import_feature_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "redList":
                        try:
                            componentsschemas_import_feature_type_1 = (
                                ImportFeatureRedList.from_dict(data)
                            )

                            return componentsschemas_import_feature_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "duplicate":
                        try:
                            componentsschemas_import_feature_type_2 = (
                                ImportFeatureDuplicate.from_dict(data)
                            )

                            return componentsschemas_import_feature_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "report":
                        try:
                            componentsschemas_import_feature_type_3 = (
                                ImportFeatureReport.from_dict(data)
                            )

                            return componentsschemas_import_feature_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "database":
                        try:
                            componentsschemas_import_feature_type_4 = (
                                ImportFeatureDatabase.from_dict(data)
                            )

                            return componentsschemas_import_feature_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if type_tag == "normalization":
                        try:
                            componentsschemas_import_feature_type_5 = (
                                ImportFeatureNormalization.from_dict(data)
                            )

                            return componentsschemas_import_feature_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_import_feature_type_6 = (
                        UnknownImportFeature.from_dict(data)
                    )

                    return componentsschemas_import_feature_type_6

                features_item = _parse_features_item(features_item_data)

                features.append(features_item)

        _identifier = src_dict.get("identifier", UNSET)
        identifier: ImportFormatIdentifier | Unset
        if isinstance(_identifier, Unset):
            identifier = UNSET
        else:
            identifier = ImportFormatIdentifier.from_dict(_identifier)

        name = src_dict.get("name", UNSET)

        separator = src_dict.get("separator", UNSET)

        start_at = src_dict.get("startAt", UNSET)

        _binds = src_dict.get("binds", UNSET)
        binds: list[ImportFormatBind] | Unset = UNSET
        if _binds is not UNSET:
            binds = []
            for binds_item_data in _binds:
                binds_item = ImportFormatBind.from_dict(binds_item_data)

                binds.append(binds_item)

        saved_import_format = src_dict.get("savedImportFormat", UNSET)

        _bindings = src_dict.get("bindings", UNSET)
        bindings: ImportFormat | Unset
        if isinstance(_bindings, Unset):
            bindings = UNSET
        else:
            bindings = ImportFormat.from_dict(_bindings)

        source = _parse_source(src_dict.get("source", UNSET))

        _parsed = _new_object(cls)
        _parsed.features = features
        _parsed.identifier = identifier
        _parsed.name = name
        _parsed.separator = separator
        _parsed.start_at = start_at
        _parsed.binds = binds
        _parsed.saved_import_format = saved_import_format
        _parsed.bindings = bindings
        _parsed.source = source
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


def _parse_source(
    data: object,
) -> ImportSourceFile | ImportSourceFtp | UnknownImportSource | Unset:
    if isinstance(data, Unset):
        return data
    type_tag = data.get("type") if isinstance(data, dict) else None
    if type_tag == "file":
        try:
            componentsschemas_import_source_type_0 = ImportSourceFile.from_dict(data)

            return componentsschemas_import_source_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if type_tag == "ftp":
        try:
            componentsschemas_import_source_type_1 = ImportSourceFtp.from_dict(data)

            return componentsschemas_import_source_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_import_source_type_2 = UnknownImportSource.from_dict(data)

    return componentsschemas_import_source_type_2


_references_bound = False


def _bind_references() -> None:
    """Import the models this one refers to, once, on first use: importing them with this module would import
    every model they refer to in turn, and `import np6` would load most of the package."""
    global \
        _references_bound, \
        ImportFeatureDatabase, \
        ImportFeatureDuplicate, \
        ImportFeatureNormalization, \
        ImportFeatureRedList, \
        ImportFeatureReport, \
        ImportFeatureSegmentation, \
        ImportFormat, \
        ImportFormatBind, \
        ImportFormatIdentifier, \
        ImportSourceFile, \
        ImportSourceFtp, \
        UnknownImportFeature, \
        UnknownImportSource
    from ..models.import_feature_database import ImportFeatureDatabase
    from ..models.import_feature_duplicate import ImportFeatureDuplicate
    from ..models.import_feature_normalization import ImportFeatureNormalization
    from ..models.import_feature_red_list import ImportFeatureRedList
    from ..models.import_feature_report import ImportFeatureReport
    from ..models.import_feature_segmentation import ImportFeatureSegmentation
    from ..models.import_format import ImportFormat
    from ..models.import_format_bind import ImportFormatBind
    from ..models.import_format_identifier import ImportFormatIdentifier
    from ..models.import_source_file import ImportSourceFile
    from ..models.import_source_ftp import ImportSourceFtp
    from ..models.unknown_import_feature import UnknownImportFeature
    from ..models.unknown_import_source import UnknownImportSource

    _references_bound = True
