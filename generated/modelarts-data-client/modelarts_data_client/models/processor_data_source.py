from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source_type import SourceType
from ..runtime.hooks import FIELD_ERRORS, ResponseParseError, Unknown, enum_member, members
from ..types import UNSET, Unset

_MEMBERS_SourceType = members(SourceType)


T = TypeVar("T", bound="ProcessorDataSource")


@_attrs_define
class ProcessorDataSource:
    """An input of a processing task.

    Attributes:
        name (str | Unset): Name of the dataset.
        source (str | Unset): An OBS path, a task id, a dataset id or a project id, as `type` says.
        type_ (SourceType | Unknown[SourceType] | Unset): Where a task's data comes from.
        version_id (str | Unset): Id of the dataset version.
        version_name (str | Unset): Name of the dataset version. Example: V001.
    """

    name: str | Unset = UNSET
    source: str | Unset = UNSET
    type_: SourceType | Unknown[SourceType] | Unset = UNSET
    version_id: str | Unset = UNSET
    version_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source = self.source

        type_: Any = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        version_id = self.version_id

        version_name = self.version_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if source is not UNSET:
            field_dict["source"] = source
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_name is not UNSET:
            field_dict["version_name"] = version_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
            if type(name) is not str and name is not UNSET:
                if name is not None:
                    raise TypeError("expected str")
                name = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("name", src_dict, exc) from exc

        try:
            source = d.pop("source", UNSET)
            if type(source) is not str and source is not UNSET:
                if source is not None:
                    raise TypeError("expected str")
                source = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("source", src_dict, exc) from exc

        try:
            _type_ = d.pop("type", UNSET)
            type_: SourceType | Unknown[SourceType] | Unset
            if _type_ is UNSET or _type_ is None:
                type_ = UNSET
            else:
                type_ = (_MEMBERS_SourceType.get(_type_) if type(_type_) is str else None) or enum_member(
                    SourceType, _type_, "ProcessorDataSource.type"
                )

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("type", src_dict, exc) from exc

        try:
            version_id = d.pop("version_id", UNSET)
            if type(version_id) is not str and version_id is not UNSET:
                if version_id is not None:
                    raise TypeError("expected str")
                version_id = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("version_id", src_dict, exc) from exc

        try:
            version_name = d.pop("version_name", UNSET)
            if type(version_name) is not str and version_name is not UNSET:
                if version_name is not None:
                    raise TypeError("expected str")
                version_name = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("version_name", src_dict, exc) from exc

        if cls is ProcessorDataSource:
            processor_data_source = object.__new__(cls)
            processor_data_source.name = name
            processor_data_source.source = source
            processor_data_source.type_ = type_
            processor_data_source.version_id = version_id
            processor_data_source.version_name = version_name
        else:
            processor_data_source = cls(
                name,
                source,
                type_,
                version_id,
                version_name,
            )

        processor_data_source.additional_properties = d
        return processor_data_source

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
