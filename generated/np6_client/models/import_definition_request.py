from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
    from ..models.import_scheduler_periodic import ImportSchedulerPeriodic
    from ..models.import_source_file import ImportSourceFile
    from ..models.import_source_ftp import ImportSourceFtp
    from ..models.unknown_import_feature import UnknownImportFeature
    from ..models.unknown_import_scheduler import UnknownImportScheduler
    from ..models.unknown_import_source import UnknownImportSource


T = TypeVar("T", bound="ImportDefinitionRequest")
_PROPERTY_NAMES = frozenset(
    {
        "name",
        "creationDate",
        "updateDate",
        "binding",
        "features",
        "source",
        "scheduler",
        "id",
    }
)
"""The keys that are declared properties: any other key of a parsed object goes to `additional_properties`."""


@_attrs_define
class ImportDefinitionRequest:
    """An import definition as sent to create, update or start an import (`ImportDefinitionBase` with an `id`
    that may be `null`).

        Attributes:
            name (str | Unset): Import name.
            creation_date (datetime.datetime | Unset): Creation date; `0001-01-01T00:00:00Z` when unset (seen).
            update_date (datetime.datetime | None | Unset): Last update date.
            binding (int | None | Unset): Id of the import format (binding) that maps the file's columns to target fields.
            features (list[ImportFeatureDatabase | ImportFeatureDuplicate | ImportFeatureNormalization |
                ImportFeatureRedList | ImportFeatureReport | ImportFeatureSegmentation | UnknownImportFeature] | Unset): Import
                configuration features (seen).
            source (ImportSourceFile | ImportSourceFtp | UnknownImportSource | Unset): Where an import's data comes from,
                discriminated by `type` (seen): `file` (manual upload through
                `upload_import_source`; name from the legacy docs) and `ftp` (seen; automatic imports). Unknown
                values are read as UnknownImportSource.
            scheduler (ImportSchedulerPeriodic | UnknownImportScheduler | Unset): When an automatic import runs,
                discriminated by `type` (seen). The only known value is the legacy
                `periodic`; 8.1.0 renders the properties of its default variant (`id`, `name`, `creationDate`,
                `description`, `enabled`, rest cut) without its `type` value. **8.1.0 responses return only a
                reference, `{"id": 79}`, with no `type`**: such objects are read as UnknownImportScheduler, whose
                `type` is therefore optional (a deviation from NP6's discriminator, which requires it). Sending
                back `{"id": ...}` on update presumably keeps the scheduler (inferred).
            id (int | None | Unset): Import id; `null` when creating (seen).
    """

    name: str | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    update_date: datetime.datetime | None | Unset = UNSET
    binding: int | None | Unset = UNSET
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
    source: ImportSourceFile | ImportSourceFtp | UnknownImportSource | Unset = UNSET
    scheduler: ImportSchedulerPeriodic | UnknownImportScheduler | Unset = UNSET
    id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    """NP6's ``x-request-id`` of the answer this object was read from (None for an object built by hand)."""

    __repr__ = set_fields_repr  # only the fields that are set: no UNSET in reprs

    def to_dict(self) -> dict[str, Any]:
        if not _references_bound:
            _bind_references()
        name = self.name

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        update_date: None | str | Unset
        if isinstance(self.update_date, Unset):
            update_date = UNSET
        elif isinstance(self.update_date, datetime.datetime):
            update_date = self.update_date.isoformat()
        else:
            update_date = self.update_date

        binding: int | None | Unset
        if isinstance(self.binding, Unset):
            binding = UNSET
        else:
            binding = self.binding

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

        source: dict[str, Any] | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, ImportSourceFile) or isinstance(
            self.source, ImportSourceFtp
        ):
            source = self.source.to_dict()
        else:
            source = part_json(self.source)

        scheduler: dict[str, Any] | Unset
        if isinstance(self.scheduler, Unset):
            scheduler = UNSET
        elif isinstance(self.scheduler, ImportSchedulerPeriodic):
            scheduler = self.scheduler.to_dict()
        else:
            scheduler = part_json(self.scheduler)

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if update_date is not UNSET:
            field_dict["updateDate"] = update_date
        if binding is not UNSET:
            field_dict["binding"] = binding
        if features is not UNSET:
            field_dict["features"] = features
        if source is not UNSET:
            field_dict["source"] = source
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _references_bound:
            _bind_references()
        name = src_dict.get("name", UNSET)

        _creation_date = src_dict.get("creationDate", UNSET)
        creation_date: datetime.datetime | Unset
        if isinstance(_creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = datetime.datetime.fromisoformat(_creation_date)

        update_date = _parse_update_date(src_dict.get("updateDate", UNSET))

        binding = _parse_binding(src_dict.get("binding", UNSET))

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

        source = _parse_source(src_dict.get("source", UNSET))

        scheduler = _parse_scheduler(src_dict.get("scheduler", UNSET))

        id = _parse_id(src_dict.get("id", UNSET))

        _parsed = _new_object(cls)
        _parsed.name = name
        _parsed.creation_date = creation_date
        _parsed.update_date = update_date
        _parsed.binding = binding
        _parsed.features = features
        _parsed.source = source
        _parsed.scheduler = scheduler
        _parsed.id = id
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


def _parse_update_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        update_date_type_0 = datetime.datetime.fromisoformat(data)

        return update_date_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_binding(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


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


def _parse_scheduler(
    data: object,
) -> ImportSchedulerPeriodic | UnknownImportScheduler | Unset:
    if isinstance(data, Unset):
        return data
    type_tag = data.get("type") if isinstance(data, dict) else None
    if type_tag == "periodic":
        try:
            componentsschemas_import_scheduler_type_0 = (
                ImportSchedulerPeriodic.from_dict(data)
            )

            return componentsschemas_import_scheduler_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_import_scheduler_type_1 = UnknownImportScheduler.from_dict(data)

    return componentsschemas_import_scheduler_type_1


def _parse_id(data: object) -> int | None | Unset:
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
        ImportFeatureDatabase, \
        ImportFeatureDuplicate, \
        ImportFeatureNormalization, \
        ImportFeatureRedList, \
        ImportFeatureReport, \
        ImportFeatureSegmentation, \
        ImportSchedulerPeriodic, \
        ImportSourceFile, \
        ImportSourceFtp, \
        UnknownImportFeature, \
        UnknownImportScheduler, \
        UnknownImportSource
    from ..models.import_feature_database import ImportFeatureDatabase
    from ..models.import_feature_duplicate import ImportFeatureDuplicate
    from ..models.import_feature_normalization import ImportFeatureNormalization
    from ..models.import_feature_red_list import ImportFeatureRedList
    from ..models.import_feature_report import ImportFeatureReport
    from ..models.import_feature_segmentation import ImportFeatureSegmentation
    from ..models.import_scheduler_periodic import ImportSchedulerPeriodic
    from ..models.import_source_file import ImportSourceFile
    from ..models.import_source_ftp import ImportSourceFtp
    from ..models.unknown_import_feature import UnknownImportFeature
    from ..models.unknown_import_scheduler import UnknownImportScheduler
    from ..models.unknown_import_source import UnknownImportSource

    _references_bound = True
