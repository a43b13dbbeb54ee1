from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus
from ..runtime.hooks import FIELD_ERRORS, ResponseParseError, Unknown, enum_member, integer, members
from ..types import UNSET, Unset

_MEMBERS_TaskStatus = members(TaskStatus)

if TYPE_CHECKING:
    from ..models.processor_data_source import ProcessorDataSource
    from ..models.template_param import TemplateParam
    from ..models.work_path import WorkPath


T = TypeVar("T", bound="TaskVersion")


@_attrs_define
class TaskVersion:
    """One version (run) of a processing task.

    Attributes:
        create_time (int): When the version was created, in milliseconds since the Unix epoch.
        status (TaskStatus | Unknown[TaskStatus]): Life-cycle state of a processing task: 0 initialized, 1 running, 2
            completed, 3 failed, 4 stopped.
        task_id (str): Id of the task this version belongs to.
        task_version_id (str): Id of the version.
        add_sample_count (int | Unset): Samples added by processing.
        deleted_sample_count (int | Unset): Samples deleted by processing.
        description (str | Unset): Free-text description of the version.
        duration_seconds (int | Unset): How long the version ran, in seconds.
        inputs (list[ProcessorDataSource] | Unset): The version's input channels.
        modified_sample_count (int | Unset): Samples modified by processing.
        origin_sample_count (int | Unset): Samples before processing.
        template (TemplateParam | Unset): The processing template a task runs, with its operators.
        unmodified_sample_count (int | Unset): Samples processing left unchanged.
        update_time (int | Unset): When the version last changed, in milliseconds since the Unix epoch.
        version_name (str | Unset): Name of the version. Example: V001.
        work_path (WorkPath | Unset): Where a processing task writes its output.
    """

    create_time: int
    status: TaskStatus | Unknown[TaskStatus]
    task_id: str
    task_version_id: str
    add_sample_count: int | Unset = UNSET
    deleted_sample_count: int | Unset = UNSET
    description: str | Unset = UNSET
    duration_seconds: int | Unset = UNSET
    inputs: list[ProcessorDataSource] | Unset = UNSET
    modified_sample_count: int | Unset = UNSET
    origin_sample_count: int | Unset = UNSET
    template: TemplateParam | Unset = UNSET
    unmodified_sample_count: int | Unset = UNSET
    update_time: int | Unset = UNSET
    version_name: str | Unset = UNSET
    work_path: WorkPath | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_time = self.create_time

        status = self.status.value

        task_id = self.task_id

        task_version_id = self.task_version_id

        add_sample_count = self.add_sample_count

        deleted_sample_count = self.deleted_sample_count

        description = self.description

        duration_seconds = self.duration_seconds

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        modified_sample_count = self.modified_sample_count

        origin_sample_count = self.origin_sample_count

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        unmodified_sample_count = self.unmodified_sample_count

        update_time = self.update_time

        version_name = self.version_name

        work_path: dict[str, Any] | Unset = UNSET
        if not isinstance(self.work_path, Unset):
            work_path = self.work_path.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "create_time": create_time,
                "status": status,
                "task_id": task_id,
                "task_version_id": task_version_id,
            }
        )
        if add_sample_count is not UNSET:
            field_dict["add_sample_count"] = add_sample_count
        if deleted_sample_count is not UNSET:
            field_dict["deleted_sample_count"] = deleted_sample_count
        if description is not UNSET:
            field_dict["description"] = description
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if modified_sample_count is not UNSET:
            field_dict["modified_sample_count"] = modified_sample_count
        if origin_sample_count is not UNSET:
            field_dict["origin_sample_count"] = origin_sample_count
        if template is not UNSET:
            field_dict["template"] = template
        if unmodified_sample_count is not UNSET:
            field_dict["unmodified_sample_count"] = unmodified_sample_count
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if work_path is not UNSET:
            field_dict["work_path"] = work_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        try:
            create_time = d.pop("create_time")
            if type(create_time) is not int:
                create_time = integer(create_time)
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("create_time", src_dict, exc) from exc

        try:
            _status = d.pop("status")
            status = (_MEMBERS_TaskStatus.get(_status) if type(_status) is int else None) or enum_member(
                TaskStatus, _status, "TaskVersion.status"
            )

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("status", src_dict, exc) from exc

        try:
            task_id = d.pop("task_id")
            if type(task_id) is not str:
                raise TypeError("expected str")
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("task_id", src_dict, exc) from exc

        try:
            task_version_id = d.pop("task_version_id")
            if type(task_version_id) is not str:
                raise TypeError("expected str")
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("task_version_id", src_dict, exc) from exc

        try:
            add_sample_count = d.pop("add_sample_count", UNSET)
            if type(add_sample_count) is not int and add_sample_count is not UNSET:
                add_sample_count = UNSET if add_sample_count is None else integer(add_sample_count)
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("add_sample_count", src_dict, exc) from exc

        try:
            deleted_sample_count = d.pop("deleted_sample_count", UNSET)
            if type(deleted_sample_count) is not int and deleted_sample_count is not UNSET:
                deleted_sample_count = UNSET if deleted_sample_count is None else integer(deleted_sample_count)
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("deleted_sample_count", src_dict, exc) from exc

        try:
            description = d.pop("description", UNSET)
            if type(description) is not str and description is not UNSET:
                if description is not None:
                    raise TypeError("expected str")
                description = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("description", src_dict, exc) from exc

        try:
            duration_seconds = d.pop("duration_seconds", UNSET)
            if type(duration_seconds) is not int and duration_seconds is not UNSET:
                duration_seconds = UNSET if duration_seconds is None else integer(duration_seconds)
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("duration_seconds", src_dict, exc) from exc

        try:
            _inputs = d.pop("inputs", UNSET)
            inputs: list[ProcessorDataSource] | Unset = UNSET
            if _inputs is not UNSET and _inputs is not None:
                inputs = []
                if type(_inputs) is not list:
                    raise TypeError("expected list")
                try:
                    for inputs_item_data in _inputs:
                        inputs_item = ProcessorDataSource.from_dict(inputs_item_data)

                        inputs.append(inputs_item)
                except FIELD_ERRORS as exc:
                    raise ResponseParseError.at(len(inputs), _inputs, exc) from exc

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("inputs", src_dict, exc) from exc

        try:
            modified_sample_count = d.pop("modified_sample_count", UNSET)
            if type(modified_sample_count) is not int and modified_sample_count is not UNSET:
                modified_sample_count = UNSET if modified_sample_count is None else integer(modified_sample_count)
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("modified_sample_count", src_dict, exc) from exc

        try:
            origin_sample_count = d.pop("origin_sample_count", UNSET)
            if type(origin_sample_count) is not int and origin_sample_count is not UNSET:
                origin_sample_count = UNSET if origin_sample_count is None else integer(origin_sample_count)
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("origin_sample_count", src_dict, exc) from exc

        try:
            _template = d.pop("template", UNSET)
            template: TemplateParam | Unset
            if _template is UNSET or _template is None:
                template = UNSET
            else:
                template = TemplateParam.from_dict(_template)

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("template", src_dict, exc) from exc

        try:
            unmodified_sample_count = d.pop("unmodified_sample_count", UNSET)
            if type(unmodified_sample_count) is not int and unmodified_sample_count is not UNSET:
                unmodified_sample_count = UNSET if unmodified_sample_count is None else integer(unmodified_sample_count)
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("unmodified_sample_count", src_dict, exc) from exc

        try:
            update_time = d.pop("update_time", UNSET)
            if type(update_time) is not int and update_time is not UNSET:
                update_time = UNSET if update_time is None else integer(update_time)
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("update_time", src_dict, exc) from exc

        try:
            version_name = d.pop("version_name", UNSET)
            if type(version_name) is not str and version_name is not UNSET:
                if version_name is not None:
                    raise TypeError("expected str")
                version_name = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("version_name", src_dict, exc) from exc

        try:
            _work_path = d.pop("work_path", UNSET)
            work_path: WorkPath | Unset
            if _work_path is UNSET or _work_path is None:
                work_path = UNSET
            else:
                work_path = WorkPath.from_dict(_work_path)

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("work_path", src_dict, exc) from exc

        if cls is TaskVersion:
            task_version = object.__new__(cls)
            task_version.create_time = create_time
            task_version.status = status
            task_version.task_id = task_id
            task_version.task_version_id = task_version_id
            task_version.add_sample_count = add_sample_count
            task_version.deleted_sample_count = deleted_sample_count
            task_version.description = description
            task_version.duration_seconds = duration_seconds
            task_version.inputs = inputs
            task_version.modified_sample_count = modified_sample_count
            task_version.origin_sample_count = origin_sample_count
            task_version.template = template
            task_version.unmodified_sample_count = unmodified_sample_count
            task_version.update_time = update_time
            task_version.version_name = version_name
            task_version.work_path = work_path
        else:
            task_version = cls(
                create_time,
                status,
                task_id,
                task_version_id,
                add_sample_count,
                deleted_sample_count,
                description,
                duration_seconds,
                inputs,
                modified_sample_count,
                origin_sample_count,
                template,
                unmodified_sample_count,
                update_time,
                version_name,
                work_path,
            )

        task_version.additional_properties = d
        return task_version

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


from ..models.processor_data_source import ProcessorDataSource
from ..models.template_param import TemplateParam
from ..models.work_path import WorkPath
