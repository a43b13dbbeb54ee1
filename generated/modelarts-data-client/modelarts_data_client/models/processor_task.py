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
    from ..models.processor_task_result import ProcessorTaskResult
    from ..models.template_param import TemplateParam
    from ..models.work_path import WorkPath


T = TypeVar("T", bound="ProcessorTask")


@_attrs_define
class ProcessorTask:
    """A processing task (feature analysis or data processing).

    Attributes:
        create_time (int): When the task was created, in milliseconds since the Unix epoch.
        status (TaskStatus | Unknown[TaskStatus]): Life-cycle state of a processing task: 0 initialized, 1 running, 2
            completed, 3 failed, 4 stopped.
        task_id (str): Id of the task.
        data_source (ProcessorDataSource | Unset): An input of a processing task.
        description (str | Unset): Free-text description of the task.
        duration_seconds (int | Unset): How long the task ran, in seconds.
        error_msg (str | Unset): Why the task failed; present when status is 3.
        inputs (list[ProcessorDataSource] | Unset): The task's input channels; a server sends this, `data_source`, or
            both.
        is_current (bool | Unset): Whether this is the newest task of its type for its dataset version.
        name (str | Unset): Name of the task.
        result (ProcessorTaskResult | Unset): The task's output; given for completed (status 2) feature analysis tasks.
        template (TemplateParam | Unset): The processing template a task runs, with its operators.
        version_count (int | Unset): Number of versions the task has.
        version_id (str | Unset): Id of the dataset version the task works on.
        version_name (str | Unset): Name of the dataset version the task works on.
        work_path (WorkPath | Unset): Where a processing task writes its output.
        workspace_id (str | Unset): Workspace of the task; `0` when the project has no workspaces.
        ai_project (str | Unset): Not in any table; carried by page 003's example. Kept optional and untyped beyond
            string.
    """

    create_time: int
    status: TaskStatus | Unknown[TaskStatus]
    task_id: str
    data_source: ProcessorDataSource | Unset = UNSET
    description: str | Unset = UNSET
    duration_seconds: int | Unset = UNSET
    error_msg: str | Unset = UNSET
    inputs: list[ProcessorDataSource] | Unset = UNSET
    is_current: bool | Unset = UNSET
    name: str | Unset = UNSET
    result: ProcessorTaskResult | Unset = UNSET
    template: TemplateParam | Unset = UNSET
    version_count: int | Unset = UNSET
    version_id: str | Unset = UNSET
    version_name: str | Unset = UNSET
    work_path: WorkPath | Unset = UNSET
    workspace_id: str | Unset = UNSET
    ai_project: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_time = self.create_time

        status = self.status.value

        task_id = self.task_id

        data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_source, Unset):
            data_source = self.data_source.to_dict()

        description = self.description

        duration_seconds = self.duration_seconds

        error_msg = self.error_msg

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        is_current = self.is_current

        name = self.name

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        version_count = self.version_count

        version_id = self.version_id

        version_name = self.version_name

        work_path: dict[str, Any] | Unset = UNSET
        if not isinstance(self.work_path, Unset):
            work_path = self.work_path.to_dict()

        workspace_id = self.workspace_id

        ai_project = self.ai_project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "create_time": create_time,
                "status": status,
                "task_id": task_id,
            }
        )
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if description is not UNSET:
            field_dict["description"] = description
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if is_current is not UNSET:
            field_dict["is_current"] = is_current
        if name is not UNSET:
            field_dict["name"] = name
        if result is not UNSET:
            field_dict["result"] = result
        if template is not UNSET:
            field_dict["template"] = template
        if version_count is not UNSET:
            field_dict["version_count"] = version_count
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if work_path is not UNSET:
            field_dict["work_path"] = work_path
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if ai_project is not UNSET:
            field_dict["ai_project"] = ai_project

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
                TaskStatus, _status, "ProcessorTask.status"
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
            _data_source = d.pop("data_source", UNSET)
            data_source: ProcessorDataSource | Unset
            if _data_source is UNSET or _data_source is None:
                data_source = UNSET
            else:
                data_source = ProcessorDataSource.from_dict(_data_source)

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("data_source", src_dict, exc) from exc

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
            error_msg = d.pop("error_msg", UNSET)
            if type(error_msg) is not str and error_msg is not UNSET:
                if error_msg is not None:
                    raise TypeError("expected str")
                error_msg = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("error_msg", src_dict, exc) from exc

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
            is_current = d.pop("is_current", UNSET)
            if type(is_current) is not bool and is_current is not UNSET:
                if is_current is not None:
                    raise TypeError("expected bool")
                is_current = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("is_current", src_dict, exc) from exc

        try:
            name = d.pop("name", UNSET)
            if type(name) is not str and name is not UNSET:
                if name is not None:
                    raise TypeError("expected str")
                name = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("name", src_dict, exc) from exc

        try:
            _result = d.pop("result", UNSET)
            result: ProcessorTaskResult | Unset
            if _result is UNSET or _result is None:
                result = UNSET
            else:
                result = ProcessorTaskResult.from_dict(_result)

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("result", src_dict, exc) from exc

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
            version_count = d.pop("version_count", UNSET)
            if type(version_count) is not int and version_count is not UNSET:
                version_count = UNSET if version_count is None else integer(version_count)
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("version_count", src_dict, exc) from exc

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

        try:
            _work_path = d.pop("work_path", UNSET)
            work_path: WorkPath | Unset
            if _work_path is UNSET or _work_path is None:
                work_path = UNSET
            else:
                work_path = WorkPath.from_dict(_work_path)

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("work_path", src_dict, exc) from exc

        try:
            workspace_id = d.pop("workspace_id", UNSET)
            if type(workspace_id) is not str and workspace_id is not UNSET:
                if workspace_id is not None:
                    raise TypeError("expected str")
                workspace_id = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("workspace_id", src_dict, exc) from exc

        try:
            ai_project = d.pop("ai_project", UNSET)
            if type(ai_project) is not str and ai_project is not UNSET:
                if ai_project is not None:
                    raise TypeError("expected str")
                ai_project = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("ai_project", src_dict, exc) from exc

        if cls is ProcessorTask:
            processor_task = object.__new__(cls)
            processor_task.create_time = create_time
            processor_task.status = status
            processor_task.task_id = task_id
            processor_task.data_source = data_source
            processor_task.description = description
            processor_task.duration_seconds = duration_seconds
            processor_task.error_msg = error_msg
            processor_task.inputs = inputs
            processor_task.is_current = is_current
            processor_task.name = name
            processor_task.result = result
            processor_task.template = template
            processor_task.version_count = version_count
            processor_task.version_id = version_id
            processor_task.version_name = version_name
            processor_task.work_path = work_path
            processor_task.workspace_id = workspace_id
            processor_task.ai_project = ai_project
        else:
            processor_task = cls(
                create_time,
                status,
                task_id,
                data_source,
                description,
                duration_seconds,
                error_msg,
                inputs,
                is_current,
                name,
                result,
                template,
                version_count,
                version_id,
                version_name,
                work_path,
                workspace_id,
                ai_project,
            )

        processor_task.additional_properties = d
        return processor_task

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
from ..models.processor_task_result import ProcessorTaskResult
from ..models.template_param import TemplateParam
from ..models.work_path import WorkPath
