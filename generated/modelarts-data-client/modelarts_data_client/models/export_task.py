from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_format import ExportFormat
from ..models.export_type import ExportType
from ..models.version_format import VersionFormat
from ..runtime.hooks import FIELD_ERRORS, ResponseParseError, Unknown, enum_member, integer, members
from ..types import UNSET, Unset

_MEMBERS_ExportFormat = members(ExportFormat)
_MEMBERS_ExportType = members(ExportType)
_MEMBERS_VersionFormat = members(VersionFormat)

if TYPE_CHECKING:
    from ..models.export_params import ExportParams


T = TypeVar("T", bound="ExportTask")


@_attrs_define
class ExportTask:
    """A task that exports a dataset's samples.

    Attributes:
        create_time (int): When the export task was created, in milliseconds since the Unix epoch.
        status (str): State of the export task, for example `SUCCESSED` (sic, as the service spells it).
        task_id (str): Id of the export task.
        error_code (str | Unset): Error code, when the export failed. Example: ModelArts.4371.
        error_msg (str | Unset): Error message, when the export failed. Example: Dataset version already exists.
        export_format (ExportFormat | Unknown[ExportFormat] | Unset): Layout of the exported directory: 1 a tree
            (cat/1.jpg), 2 flat (1.jpg beside 1.txt).
        export_params (ExportParams | Unset): Settings of an export task.
        export_type (ExportType | Unknown[ExportType] | Unset): Which samples an export covers: 0 labeled, 1 unlabeled,
            2 all, 3 a conditional search.
        finished_sample_count (int | Unset): Samples exported so far.
        path (str | Unset): Output path of the export.
        progress (float | Unset): Progress of the export, in percent.
        total_sample_count (int | Unset): Samples the export covers.
        update_time (int | Unset): When the export task last changed, in milliseconds since the Unix epoch.
        version_format (VersionFormat | Unknown[VersionFormat] | Unset): Format of a dataset version.
        version_id (str | Unset): Id of the dataset version exported.
    """

    create_time: int
    status: str
    task_id: str
    error_code: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    export_format: ExportFormat | Unknown[ExportFormat] | Unset = UNSET
    export_params: ExportParams | Unset = UNSET
    export_type: ExportType | Unknown[ExportType] | Unset = UNSET
    finished_sample_count: int | Unset = UNSET
    path: str | Unset = UNSET
    progress: float | Unset = UNSET
    total_sample_count: int | Unset = UNSET
    update_time: int | Unset = UNSET
    version_format: VersionFormat | Unknown[VersionFormat] | Unset = UNSET
    version_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_time = self.create_time

        status = self.status

        task_id = self.task_id

        error_code = self.error_code

        error_msg = self.error_msg

        export_format: Any = UNSET
        if not isinstance(self.export_format, Unset):
            export_format = self.export_format.value

        export_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.export_params, Unset):
            export_params = self.export_params.to_dict()

        export_type: Any = UNSET
        if not isinstance(self.export_type, Unset):
            export_type = self.export_type.value

        finished_sample_count = self.finished_sample_count

        path = self.path

        progress = self.progress

        total_sample_count = self.total_sample_count

        update_time = self.update_time

        version_format: Any = UNSET
        if not isinstance(self.version_format, Unset):
            version_format = self.version_format.value

        version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "create_time": create_time,
                "status": status,
                "task_id": task_id,
            }
        )
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if export_format is not UNSET:
            field_dict["export_format"] = export_format
        if export_params is not UNSET:
            field_dict["export_params"] = export_params
        if export_type is not UNSET:
            field_dict["export_type"] = export_type
        if finished_sample_count is not UNSET:
            field_dict["finished_sample_count"] = finished_sample_count
        if path is not UNSET:
            field_dict["path"] = path
        if progress is not UNSET:
            field_dict["progress"] = progress
        if total_sample_count is not UNSET:
            field_dict["total_sample_count"] = total_sample_count
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if version_format is not UNSET:
            field_dict["version_format"] = version_format
        if version_id is not UNSET:
            field_dict["version_id"] = version_id

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
            status = d.pop("status")
            if type(status) is not str:
                raise TypeError("expected str")
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("status", src_dict, exc) from exc

        try:
            task_id = d.pop("task_id")
            if type(task_id) is not str:
                raise TypeError("expected str")
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("task_id", src_dict, exc) from exc

        try:
            error_code = d.pop("error_code", UNSET)
            if type(error_code) is not str and error_code is not UNSET:
                if error_code is not None:
                    raise TypeError("expected str")
                error_code = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("error_code", src_dict, exc) from exc

        try:
            error_msg = d.pop("error_msg", UNSET)
            if type(error_msg) is not str and error_msg is not UNSET:
                if error_msg is not None:
                    raise TypeError("expected str")
                error_msg = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("error_msg", src_dict, exc) from exc

        try:
            _export_format = d.pop("export_format", UNSET)
            export_format: ExportFormat | Unknown[ExportFormat] | Unset
            if _export_format is UNSET or _export_format is None:
                export_format = UNSET
            else:
                export_format = (
                    _MEMBERS_ExportFormat.get(_export_format) if type(_export_format) is int else None
                ) or enum_member(ExportFormat, _export_format, "ExportTask.export_format")

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("export_format", src_dict, exc) from exc

        try:
            _export_params = d.pop("export_params", UNSET)
            export_params: ExportParams | Unset
            if _export_params is UNSET or _export_params is None:
                export_params = UNSET
            else:
                export_params = ExportParams.from_dict(_export_params)

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("export_params", src_dict, exc) from exc

        try:
            _export_type = d.pop("export_type", UNSET)
            export_type: ExportType | Unknown[ExportType] | Unset
            if _export_type is UNSET or _export_type is None:
                export_type = UNSET
            else:
                export_type = (
                    _MEMBERS_ExportType.get(_export_type) if type(_export_type) is int else None
                ) or enum_member(ExportType, _export_type, "ExportTask.export_type")

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("export_type", src_dict, exc) from exc

        try:
            finished_sample_count = d.pop("finished_sample_count", UNSET)
            if type(finished_sample_count) is not int and finished_sample_count is not UNSET:
                finished_sample_count = UNSET if finished_sample_count is None else integer(finished_sample_count)
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("finished_sample_count", src_dict, exc) from exc

        try:
            path = d.pop("path", UNSET)
            if type(path) is not str and path is not UNSET:
                if path is not None:
                    raise TypeError("expected str")
                path = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("path", src_dict, exc) from exc

        try:
            progress = d.pop("progress", UNSET)
            if type(progress) is not float and type(progress) is not int and progress is not UNSET:
                if progress is not None:
                    raise TypeError("expected float")
                progress = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("progress", src_dict, exc) from exc

        try:
            total_sample_count = d.pop("total_sample_count", UNSET)
            if type(total_sample_count) is not int and total_sample_count is not UNSET:
                total_sample_count = UNSET if total_sample_count is None else integer(total_sample_count)
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("total_sample_count", src_dict, exc) from exc

        try:
            update_time = d.pop("update_time", UNSET)
            if type(update_time) is not int and update_time is not UNSET:
                update_time = UNSET if update_time is None else integer(update_time)
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("update_time", src_dict, exc) from exc

        try:
            _version_format = d.pop("version_format", UNSET)
            version_format: VersionFormat | Unknown[VersionFormat] | Unset
            if _version_format is UNSET or _version_format is None:
                version_format = UNSET
            else:
                version_format = (
                    _MEMBERS_VersionFormat.get(_version_format) if type(_version_format) is str else None
                ) or enum_member(VersionFormat, _version_format, "ExportTask.version_format")

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("version_format", src_dict, exc) from exc

        try:
            version_id = d.pop("version_id", UNSET)
            if type(version_id) is not str and version_id is not UNSET:
                if version_id is not None:
                    raise TypeError("expected str")
                version_id = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("version_id", src_dict, exc) from exc

        if cls is ExportTask:
            export_task = object.__new__(cls)
            export_task.create_time = create_time
            export_task.status = status
            export_task.task_id = task_id
            export_task.error_code = error_code
            export_task.error_msg = error_msg
            export_task.export_format = export_format
            export_task.export_params = export_params
            export_task.export_type = export_type
            export_task.finished_sample_count = finished_sample_count
            export_task.path = path
            export_task.progress = progress
            export_task.total_sample_count = total_sample_count
            export_task.update_time = update_time
            export_task.version_format = version_format
            export_task.version_id = version_id
        else:
            export_task = cls(
                create_time,
                status,
                task_id,
                error_code,
                error_msg,
                export_format,
                export_params,
                export_type,
                finished_sample_count,
                path,
                progress,
                total_sample_count,
                update_time,
                version_format,
                version_id,
            )

        export_task.additional_properties = d
        return export_task

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


from ..models.export_params import ExportParams
