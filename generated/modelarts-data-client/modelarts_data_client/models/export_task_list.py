from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.hooks import FIELD_ERRORS, ResponseParseError, integer

if TYPE_CHECKING:
    from ..models.export_task import ExportTask


T = TypeVar("T", bound="ExportTaskList")


@_attrs_define
class ExportTaskList:
    """One page of a dataset's export tasks.

    Attributes:
        total_count (int): Number of export tasks that match the query, counted before paging.
        export_tasks (list[ExportTask]): The export tasks on this page.
    """

    total_count: int
    export_tasks: list[ExportTask]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        export_tasks = []
        for export_tasks_item_data in self.export_tasks:
            export_tasks_item = export_tasks_item_data.to_dict()
            export_tasks.append(export_tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_count": total_count,
                "export_tasks": export_tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        try:
            total_count = d.pop("total_count")
            if type(total_count) is not int:
                total_count = integer(total_count)
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("total_count", src_dict, exc) from exc

        try:
            export_tasks = []
            _export_tasks = d.pop("export_tasks")
            if type(_export_tasks) is not list:
                raise TypeError("expected list")
            try:
                for export_tasks_item_data in _export_tasks:
                    export_tasks_item = ExportTask.from_dict(export_tasks_item_data)

                    export_tasks.append(export_tasks_item)
            except FIELD_ERRORS as exc:
                raise ResponseParseError.at(len(export_tasks), _export_tasks, exc) from exc

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("export_tasks", src_dict, exc) from exc

        if cls is ExportTaskList:
            export_task_list = object.__new__(cls)
            export_task_list.total_count = total_count
            export_task_list.export_tasks = export_tasks
        else:
            export_task_list = cls(
                total_count,
                export_tasks,
            )

        export_task_list.additional_properties = d
        return export_task_list

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


from ..models.export_task import ExportTask
