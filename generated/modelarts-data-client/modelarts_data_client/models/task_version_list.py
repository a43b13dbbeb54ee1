from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.hooks import FIELD_ERRORS, ResponseParseError, integer

if TYPE_CHECKING:
    from ..models.task_version import TaskVersion


T = TypeVar("T", bound="TaskVersionList")


@_attrs_define
class TaskVersionList:
    """One page of a processing task's versions.

    Attributes:
        count (int): Number of versions the task has, counted before paging.
        versions (list[TaskVersion]): The versions on this page.
    """

    count: int
    versions: list[TaskVersion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "versions": versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        try:
            count = d.pop("count")
            if type(count) is not int:
                count = integer(count)
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("count", src_dict, exc) from exc

        try:
            versions = []
            _versions = d.pop("versions")
            if type(_versions) is not list:
                raise TypeError("expected list")
            try:
                for versions_item_data in _versions:
                    versions_item = TaskVersion.from_dict(versions_item_data)

                    versions.append(versions_item)
            except FIELD_ERRORS as exc:
                raise ResponseParseError.at(len(versions), _versions, exc) from exc

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("versions", src_dict, exc) from exc

        if cls is TaskVersionList:
            task_version_list = object.__new__(cls)
            task_version_list.count = count
            task_version_list.versions = versions
        else:
            task_version_list = cls(
                count,
                versions,
            )

        task_version_list.additional_properties = d
        return task_version_list

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


from ..models.task_version import TaskVersion
