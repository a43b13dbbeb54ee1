from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.hooks import FIELD_ERRORS, ResponseParseError, integer

if TYPE_CHECKING:
    from ..models.processor_task import ProcessorTask


T = TypeVar("T", bound="ProcessorTaskList")


@_attrs_define
class ProcessorTaskList:
    """One page of processing tasks.

    Attributes:
        count (int): Number of tasks that match the query, counted before paging.
        tasks (list[ProcessorTask]): The tasks on this page.
    """

    count: int
    tasks: list[ProcessorTask]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "tasks": tasks,
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
            tasks = []
            _tasks = d.pop("tasks")
            if type(_tasks) is not list:
                raise TypeError("expected list")
            try:
                for tasks_item_data in _tasks:
                    tasks_item = ProcessorTask.from_dict(tasks_item_data)

                    tasks.append(tasks_item)
            except FIELD_ERRORS as exc:
                raise ResponseParseError.at(len(tasks), _tasks, exc) from exc

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("tasks", src_dict, exc) from exc

        if cls is ProcessorTaskList:
            processor_task_list = object.__new__(cls)
            processor_task_list.count = count
            processor_task_list.tasks = tasks
        else:
            processor_task_list = cls(
                count,
                tasks,
            )

        processor_task_list.additional_properties = d
        return processor_task_list

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


from ..models.processor_task import ProcessorTask
