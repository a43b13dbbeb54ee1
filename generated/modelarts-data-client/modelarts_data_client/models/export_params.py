from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_params_export_dest import ExportParamsExportDest
from ..models.export_params_sample_state import ExportParamsSampleState
from ..runtime.hooks import FIELD_ERRORS, ResponseParseError, Unknown, enum_member, list_of, members
from ..types import UNSET, Unset

_MEMBERS_ExportParamsExportDest = members(ExportParamsExportDest)
_MEMBERS_ExportParamsSampleState = members(ExportParamsSampleState)

if TYPE_CHECKING:
    from ..models.search_condition import SearchCondition


T = TypeVar("T", bound="ExportParams")


@_attrs_define
class ExportParams:
    """Settings of an export task.

    Attributes:
        clear_hard_property (bool | Unset): Whether hard-example attributes are cleared. Default: True.
        export_dataset_version_format (str | Unset): Format of the dataset version exported to.
        export_dataset_version_name (str | Unset): Name of the dataset version exported to.
        export_dest (ExportParamsExportDest | Unknown[ExportParamsExportDest] | Unset): Whether the export goes to an
            OBS folder or to a new dataset. Default: ExportParamsExportDest.DIR.
        export_new_dataset_name (str | Unset): Name of the new dataset the export creates. Example: dataset-export-test.
        export_new_dataset_work_path (str | Unset): Working folder of the new dataset the export creates. Example:
            /test-obs/classify/output/.
        ratio_sample_usage (bool | Unset): Whether samples are split at random into training and validation sets by
            `train_sample_ratio`. Default: False.
        sample_state (ExportParamsSampleState | Unknown[ExportParamsSampleState] | Unset): State of the samples
            exported, for example `__ALL__`; empty for no filter.
        samples (list[str] | Unset): Ids of the samples exported.
        search_conditions (list[SearchCondition] | Unset): Search conditions selecting the samples; a sample matching
            any of them is exported.
        train_sample_ratio (float | str | Unset): Share of samples that go to the training set, `1.00` (all) by default.
            Default: '1.00'.
        clear_difficult (bool | Unset): Not in any table; carried by page 004's example. Kept optional.
    """

    clear_hard_property: bool | Unset = True
    export_dataset_version_format: str | Unset = UNSET
    export_dataset_version_name: str | Unset = UNSET
    export_dest: ExportParamsExportDest | Unknown[ExportParamsExportDest] | Unset = ExportParamsExportDest.DIR
    export_new_dataset_name: str | Unset = UNSET
    export_new_dataset_work_path: str | Unset = UNSET
    ratio_sample_usage: bool | Unset = False
    sample_state: ExportParamsSampleState | Unknown[ExportParamsSampleState] | Unset = UNSET
    samples: list[str] | Unset = UNSET
    search_conditions: list[SearchCondition] | Unset = UNSET
    train_sample_ratio: float | str | Unset = "1.00"
    clear_difficult: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clear_hard_property = self.clear_hard_property

        export_dataset_version_format = self.export_dataset_version_format

        export_dataset_version_name = self.export_dataset_version_name

        export_dest: Any = UNSET
        if not isinstance(self.export_dest, Unset):
            export_dest = self.export_dest.value

        export_new_dataset_name = self.export_new_dataset_name

        export_new_dataset_work_path = self.export_new_dataset_work_path

        ratio_sample_usage = self.ratio_sample_usage

        sample_state: Any = UNSET
        if not isinstance(self.sample_state, Unset):
            sample_state = self.sample_state.value

        samples: list[str] | Unset = UNSET
        if not isinstance(self.samples, Unset):
            samples = self.samples

        search_conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.search_conditions, Unset):
            search_conditions = []
            for search_conditions_item_data in self.search_conditions:
                search_conditions_item = search_conditions_item_data.to_dict()
                search_conditions.append(search_conditions_item)

        train_sample_ratio: float | str | Unset
        if isinstance(self.train_sample_ratio, Unset):
            train_sample_ratio = UNSET
        else:
            train_sample_ratio = self.train_sample_ratio

        clear_difficult = self.clear_difficult

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clear_hard_property is not UNSET:
            field_dict["clear_hard_property"] = clear_hard_property
        if export_dataset_version_format is not UNSET:
            field_dict["export_dataset_version_format"] = export_dataset_version_format
        if export_dataset_version_name is not UNSET:
            field_dict["export_dataset_version_name"] = export_dataset_version_name
        if export_dest is not UNSET:
            field_dict["export_dest"] = export_dest
        if export_new_dataset_name is not UNSET:
            field_dict["export_new_dataset_name"] = export_new_dataset_name
        if export_new_dataset_work_path is not UNSET:
            field_dict["export_new_dataset_work_path"] = export_new_dataset_work_path
        if ratio_sample_usage is not UNSET:
            field_dict["ratio_sample_usage"] = ratio_sample_usage
        if sample_state is not UNSET:
            field_dict["sample_state"] = sample_state
        if samples is not UNSET:
            field_dict["samples"] = samples
        if search_conditions is not UNSET:
            field_dict["search_conditions"] = search_conditions
        if train_sample_ratio is not UNSET:
            field_dict["train_sample_ratio"] = train_sample_ratio
        if clear_difficult is not UNSET:
            field_dict["clear_difficult"] = clear_difficult

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        try:
            clear_hard_property = d.pop("clear_hard_property", UNSET)
            if type(clear_hard_property) is not bool and clear_hard_property is not UNSET:
                if clear_hard_property is not None:
                    raise TypeError("expected bool")
                clear_hard_property = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("clear_hard_property", src_dict, exc) from exc

        try:
            export_dataset_version_format = d.pop("export_dataset_version_format", UNSET)
            if type(export_dataset_version_format) is not str and export_dataset_version_format is not UNSET:
                if export_dataset_version_format is not None:
                    raise TypeError("expected str")
                export_dataset_version_format = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("export_dataset_version_format", src_dict, exc) from exc

        try:
            export_dataset_version_name = d.pop("export_dataset_version_name", UNSET)
            if type(export_dataset_version_name) is not str and export_dataset_version_name is not UNSET:
                if export_dataset_version_name is not None:
                    raise TypeError("expected str")
                export_dataset_version_name = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("export_dataset_version_name", src_dict, exc) from exc

        try:
            _export_dest = d.pop("export_dest", UNSET)
            export_dest: ExportParamsExportDest | Unknown[ExportParamsExportDest] | Unset
            if _export_dest is UNSET or _export_dest is None:
                export_dest = UNSET
            else:
                export_dest = (
                    _MEMBERS_ExportParamsExportDest.get(_export_dest) if type(_export_dest) is str else None
                ) or enum_member(ExportParamsExportDest, _export_dest, "ExportParams.export_dest")

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("export_dest", src_dict, exc) from exc

        try:
            export_new_dataset_name = d.pop("export_new_dataset_name", UNSET)
            if type(export_new_dataset_name) is not str and export_new_dataset_name is not UNSET:
                if export_new_dataset_name is not None:
                    raise TypeError("expected str")
                export_new_dataset_name = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("export_new_dataset_name", src_dict, exc) from exc

        try:
            export_new_dataset_work_path = d.pop("export_new_dataset_work_path", UNSET)
            if type(export_new_dataset_work_path) is not str and export_new_dataset_work_path is not UNSET:
                if export_new_dataset_work_path is not None:
                    raise TypeError("expected str")
                export_new_dataset_work_path = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("export_new_dataset_work_path", src_dict, exc) from exc

        try:
            ratio_sample_usage = d.pop("ratio_sample_usage", UNSET)
            if type(ratio_sample_usage) is not bool and ratio_sample_usage is not UNSET:
                if ratio_sample_usage is not None:
                    raise TypeError("expected bool")
                ratio_sample_usage = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("ratio_sample_usage", src_dict, exc) from exc

        try:
            _sample_state = d.pop("sample_state", UNSET)
            sample_state: ExportParamsSampleState | Unknown[ExportParamsSampleState] | Unset
            if _sample_state is UNSET or _sample_state is None:
                sample_state = UNSET
            else:
                sample_state = (
                    _MEMBERS_ExportParamsSampleState.get(_sample_state) if type(_sample_state) is str else None
                ) or enum_member(ExportParamsSampleState, _sample_state, "ExportParams.sample_state")

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("sample_state", src_dict, exc) from exc

        try:
            _samples_raw = d.pop("samples", UNSET)
            samples = (
                UNSET if _samples_raw is UNSET or _samples_raw is None else cast(list[str], list_of(_samples_raw, str))
            )

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("samples", src_dict, exc) from exc

        try:
            _search_conditions = d.pop("search_conditions", UNSET)
            search_conditions: list[SearchCondition] | Unset = UNSET
            if _search_conditions is not UNSET and _search_conditions is not None:
                search_conditions = []
                if type(_search_conditions) is not list:
                    raise TypeError("expected list")
                try:
                    for search_conditions_item_data in _search_conditions:
                        search_conditions_item = SearchCondition.from_dict(search_conditions_item_data)

                        search_conditions.append(search_conditions_item)
                except FIELD_ERRORS as exc:
                    raise ResponseParseError.at(len(search_conditions), _search_conditions, exc) from exc

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("search_conditions", src_dict, exc) from exc

        try:
            _sent_train_sample_ratio = d.pop("train_sample_ratio", UNSET)
            if _sent_train_sample_ratio is None:
                _sent_train_sample_ratio = UNSET

            def _parse_train_sample_ratio(data: object) -> float | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(float | str | Unset, data)

            train_sample_ratio = _parse_train_sample_ratio(_sent_train_sample_ratio)

            if train_sample_ratio is not UNSET and type(train_sample_ratio) not in (str, float, int):
                raise TypeError("expected str or float or int")
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("train_sample_ratio", src_dict, exc) from exc

        try:
            clear_difficult = d.pop("clear_difficult", UNSET)
            if type(clear_difficult) is not bool and clear_difficult is not UNSET:
                if clear_difficult is not None:
                    raise TypeError("expected bool")
                clear_difficult = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("clear_difficult", src_dict, exc) from exc

        if cls is ExportParams:
            export_params = object.__new__(cls)
            export_params.clear_hard_property = clear_hard_property
            export_params.export_dataset_version_format = export_dataset_version_format
            export_params.export_dataset_version_name = export_dataset_version_name
            export_params.export_dest = export_dest
            export_params.export_new_dataset_name = export_new_dataset_name
            export_params.export_new_dataset_work_path = export_new_dataset_work_path
            export_params.ratio_sample_usage = ratio_sample_usage
            export_params.sample_state = sample_state
            export_params.samples = samples
            export_params.search_conditions = search_conditions
            export_params.train_sample_ratio = train_sample_ratio
            export_params.clear_difficult = clear_difficult
        else:
            export_params = cls(
                clear_hard_property,
                export_dataset_version_format,
                export_dataset_version_name,
                export_dest,
                export_new_dataset_name,
                export_new_dataset_work_path,
                ratio_sample_usage,
                sample_state,
                samples,
                search_conditions,
                train_sample_ratio,
                clear_difficult,
            )

        export_params.additional_properties = d
        return export_params

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


from ..models.search_condition import SearchCondition
