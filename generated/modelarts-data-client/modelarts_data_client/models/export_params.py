from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_params_export_dest import ExportParamsExportDest
from ..models.export_params_sample_state import ExportParamsSampleState
from ..types import UNSET, Unset

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
        export_dest (ExportParamsExportDest | Unset): Whether the export goes to an OBS folder or to a new dataset.
            Default: ExportParamsExportDest.DIR.
        export_new_dataset_name (str | Unset): Name of the new dataset the export creates.
        export_new_dataset_work_path (str | Unset): Working folder of the new dataset the export creates.
        ratio_sample_usage (bool | Unset): Whether samples are split at random into training and validation sets by
            `train_sample_ratio`. Default: False.
        sample_state (ExportParamsSampleState | Unset): State of the samples exported; empty for no filter.
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
    export_dest: ExportParamsExportDest | Unset = ExportParamsExportDest.DIR
    export_new_dataset_name: str | Unset = UNSET
    export_new_dataset_work_path: str | Unset = UNSET
    ratio_sample_usage: bool | Unset = False
    sample_state: ExportParamsSampleState | Unset = UNSET
    samples: list[str] | Unset = UNSET
    search_conditions: list[SearchCondition] | Unset = UNSET
    train_sample_ratio: float | str | Unset = "1.00"
    clear_difficult: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clear_hard_property = self.clear_hard_property

        export_dataset_version_format = self.export_dataset_version_format

        export_dataset_version_name = self.export_dataset_version_name

        export_dest: str | Unset = UNSET
        if not isinstance(self.export_dest, Unset):
            export_dest = self.export_dest.value

        export_new_dataset_name = self.export_new_dataset_name

        export_new_dataset_work_path = self.export_new_dataset_work_path

        ratio_sample_usage = self.ratio_sample_usage

        sample_state: str | Unset = UNSET
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
        from ..models.search_condition import SearchCondition  # noqa: PLC0415

        d = dict(src_dict)
        clear_hard_property = d.pop("clear_hard_property", UNSET)

        export_dataset_version_format = d.pop("export_dataset_version_format", UNSET)

        export_dataset_version_name = d.pop("export_dataset_version_name", UNSET)

        _export_dest = d.pop("export_dest", UNSET)
        export_dest: ExportParamsExportDest | Unset
        if isinstance(_export_dest, Unset):
            export_dest = UNSET
        else:
            export_dest = ExportParamsExportDest(_export_dest)

        export_new_dataset_name = d.pop("export_new_dataset_name", UNSET)

        export_new_dataset_work_path = d.pop("export_new_dataset_work_path", UNSET)

        ratio_sample_usage = d.pop("ratio_sample_usage", UNSET)

        _sample_state = d.pop("sample_state", UNSET)
        sample_state: ExportParamsSampleState | Unset
        if isinstance(_sample_state, Unset):
            sample_state = UNSET
        else:
            sample_state = ExportParamsSampleState(_sample_state)

        samples = cast(list[str], d.pop("samples", UNSET))

        _search_conditions = d.pop("search_conditions", UNSET)
        search_conditions: list[SearchCondition] | Unset = UNSET
        if _search_conditions is not UNSET:
            search_conditions = []
            for search_conditions_item_data in _search_conditions:
                search_conditions_item = SearchCondition.from_dict(search_conditions_item_data)

                search_conditions.append(search_conditions_item)

        def _parse_train_sample_ratio(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        train_sample_ratio = _parse_train_sample_ratio(d.pop("train_sample_ratio", UNSET))

        clear_difficult = d.pop("clear_difficult", UNSET)

        export_params = cls(
            clear_hard_property=clear_hard_property,
            export_dataset_version_format=export_dataset_version_format,
            export_dataset_version_name=export_dataset_version_name,
            export_dest=export_dest,
            export_new_dataset_name=export_new_dataset_name,
            export_new_dataset_work_path=export_new_dataset_work_path,
            ratio_sample_usage=ratio_sample_usage,
            sample_state=sample_state,
            samples=samples,
            search_conditions=search_conditions,
            train_sample_ratio=train_sample_ratio,
            clear_difficult=clear_difficult,
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
