from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.work_path_type import WorkPathType
from ..runtime.hooks import FIELD_ERRORS, ResponseParseError, Unknown, enum_member, members
from ..types import UNSET, Unset

_MEMBERS_WorkPathType = members(WorkPathType)


T = TypeVar("T", bound="WorkPath")


@_attrs_define
class WorkPath:
    """Where a processing task writes its output.

    Attributes:
        name (str | Unset): Name of the dataset.
        output_path (str | Unset): Output folder, for example /datasets/demo.
        path (str | Unset): An OBS path or a dataset id, as `type` says.
        type_ (WorkPathType | Unknown[WorkPathType] | Unset): Where a task writes its output.
        version_id (str | Unset): Id of the dataset version.
        version_name (str | Unset): Name of the dataset version, up to 32 letters, digits, underscores or hyphens.
    """

    name: str | Unset = UNSET
    output_path: str | Unset = UNSET
    path: str | Unset = UNSET
    type_: WorkPathType | Unknown[WorkPathType] | Unset = UNSET
    version_id: str | Unset = UNSET
    version_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        output_path = self.output_path

        path = self.path

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
        if output_path is not UNSET:
            field_dict["output_path"] = output_path
        if path is not UNSET:
            field_dict["path"] = path
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
            output_path = d.pop("output_path", UNSET)
            if type(output_path) is not str and output_path is not UNSET:
                if output_path is not None:
                    raise TypeError("expected str")
                output_path = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("output_path", src_dict, exc) from exc

        try:
            path = d.pop("path", UNSET)
            if type(path) is not str and path is not UNSET:
                if path is not None:
                    raise TypeError("expected str")
                path = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("path", src_dict, exc) from exc

        try:
            _type_ = d.pop("type", UNSET)
            type_: WorkPathType | Unknown[WorkPathType] | Unset
            if _type_ is UNSET or _type_ is None:
                type_ = UNSET
            else:
                type_ = (_MEMBERS_WorkPathType.get(_type_) if type(_type_) is str else None) or enum_member(
                    WorkPathType, _type_, "WorkPath.type"
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

        if cls is WorkPath:
            work_path = object.__new__(cls)
            work_path.name = name
            work_path.output_path = output_path
            work_path.path = path
            work_path.type_ = type_
            work_path.version_id = version_id
            work_path.version_name = version_name
        else:
            work_path = cls(
                name,
                output_path,
                path,
                type_,
                version_id,
                version_name,
            )

        work_path.additional_properties = d
        return work_path

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
