from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_condition_hard import SearchConditionHard
from ..runtime._enums import Unknown, enum_member
from ..runtime._errors import _FIELD_ERRORS, ResponseParseError
from ..runtime._values import integer
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_labels import SearchLabels
    from ..models.search_prop import SearchProp


T = TypeVar("T", bound="SearchCondition")


@_attrs_define
class SearchCondition:
    """One search condition of a conditional export.

    Attributes:
        coefficient (str | Unset): Difficulty coefficient to match.
        frame_in_video (int | Unset): A frame of a video.
        hard (SearchConditionHard | Unknown[SearchConditionHard] | Unset): `1` for hard samples, `0` for the others.
        import_origin (str | Unset): Data source to match.
        kvp (str | Unset): CT dose to match.
        label_list (SearchLabels | Unset): Label criteria of a search condition.
        labeler (str | Unset): Labeler to match.
        metadata (SearchProp | Unset): Sample attribute criteria of a search condition.
        parent_sample_id (str | Unset): Id of the parent sample.
        sample_dir (str | Unset): Folder (ending in a slash) whose samples are searched, not recursively.
        sample_name (str | Unset): Sample file name, extension included.
        sample_time (str | Unset): When samples were added: `month` (the last 30 days), `day` (since yesterday) or a
            `yyyyMMdd-yyyyMMdd` period of at most 30 days.
        score (str | Unset): Confidence to match.
        slice_thickness (str | Unset): DICOM slice thickness to match.
        study_date (str | Unset): DICOM scan time to match.
        time_in_video (str | Unset): A point in time of a video.
    """

    coefficient: str | Unset = UNSET
    frame_in_video: int | Unset = UNSET
    hard: SearchConditionHard | Unknown[SearchConditionHard] | Unset = UNSET
    import_origin: str | Unset = UNSET
    kvp: str | Unset = UNSET
    label_list: SearchLabels | Unset = UNSET
    labeler: str | Unset = UNSET
    metadata: SearchProp | Unset = UNSET
    parent_sample_id: str | Unset = UNSET
    sample_dir: str | Unset = UNSET
    sample_name: str | Unset = UNSET
    sample_time: str | Unset = UNSET
    score: str | Unset = UNSET
    slice_thickness: str | Unset = UNSET
    study_date: str | Unset = UNSET
    time_in_video: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coefficient = self.coefficient

        frame_in_video = self.frame_in_video

        hard: Any = UNSET
        if not isinstance(self.hard, Unset):
            hard = self.hard.value

        import_origin = self.import_origin

        kvp = self.kvp

        label_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_list, Unset):
            label_list = self.label_list.to_dict()

        labeler = self.labeler

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        parent_sample_id = self.parent_sample_id

        sample_dir = self.sample_dir

        sample_name = self.sample_name

        sample_time = self.sample_time

        score = self.score

        slice_thickness = self.slice_thickness

        study_date = self.study_date

        time_in_video = self.time_in_video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coefficient is not UNSET:
            field_dict["coefficient"] = coefficient
        if frame_in_video is not UNSET:
            field_dict["frame_in_video"] = frame_in_video
        if hard is not UNSET:
            field_dict["hard"] = hard
        if import_origin is not UNSET:
            field_dict["import_origin"] = import_origin
        if kvp is not UNSET:
            field_dict["kvp"] = kvp
        if label_list is not UNSET:
            field_dict["label_list"] = label_list
        if labeler is not UNSET:
            field_dict["labeler"] = labeler
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if parent_sample_id is not UNSET:
            field_dict["parent_sample_id"] = parent_sample_id
        if sample_dir is not UNSET:
            field_dict["sample_dir"] = sample_dir
        if sample_name is not UNSET:
            field_dict["sample_name"] = sample_name
        if sample_time is not UNSET:
            field_dict["sample_time"] = sample_time
        if score is not UNSET:
            field_dict["score"] = score
        if slice_thickness is not UNSET:
            field_dict["slice_thickness"] = slice_thickness
        if study_date is not UNSET:
            field_dict["study_date"] = study_date
        if time_in_video is not UNSET:
            field_dict["time_in_video"] = time_in_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        try:
            _sent_coefficient = d.pop("coefficient", UNSET)
            if _sent_coefficient is None:
                _sent_coefficient = UNSET
            coefficient = _sent_coefficient
            if coefficient is not UNSET and type(coefficient) is not str:
                raise TypeError("expected str")
        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("coefficient", src_dict, exc) from exc

        try:
            _sent_frame_in_video = d.pop("frame_in_video", UNSET)
            if _sent_frame_in_video is None:
                _sent_frame_in_video = UNSET
            frame_in_video = _sent_frame_in_video
            if frame_in_video is not UNSET and type(frame_in_video) is not int:
                frame_in_video = integer(frame_in_video)
        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("frame_in_video", src_dict, exc) from exc

        try:
            _sent_hard = d.pop("hard", UNSET)
            if _sent_hard is None:
                _sent_hard = UNSET
            _hard = _sent_hard
            hard: SearchConditionHard | Unknown[SearchConditionHard] | Unset
            if _hard is UNSET:
                hard = UNSET
            else:
                hard = enum_member(SearchConditionHard, _hard, "SearchCondition.hard")

        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("hard", src_dict, exc) from exc

        try:
            _sent_import_origin = d.pop("import_origin", UNSET)
            if _sent_import_origin is None:
                _sent_import_origin = UNSET
            import_origin = _sent_import_origin
            if import_origin is not UNSET and type(import_origin) is not str:
                raise TypeError("expected str")
        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("import_origin", src_dict, exc) from exc

        try:
            _sent_kvp = d.pop("kvp", UNSET)
            if _sent_kvp is None:
                _sent_kvp = UNSET
            kvp = _sent_kvp
            if kvp is not UNSET and type(kvp) is not str:
                raise TypeError("expected str")
        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("kvp", src_dict, exc) from exc

        try:
            _sent_label_list = d.pop("label_list", UNSET)
            if _sent_label_list is None:
                _sent_label_list = UNSET
            _label_list = _sent_label_list
            label_list: SearchLabels | Unset
            if _label_list is UNSET:
                label_list = UNSET
            else:
                label_list = SearchLabels.from_dict(_label_list)

        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("label_list", src_dict, exc) from exc

        try:
            _sent_labeler = d.pop("labeler", UNSET)
            if _sent_labeler is None:
                _sent_labeler = UNSET
            labeler = _sent_labeler
            if labeler is not UNSET and type(labeler) is not str:
                raise TypeError("expected str")
        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("labeler", src_dict, exc) from exc

        try:
            _sent_metadata = d.pop("metadata", UNSET)
            if _sent_metadata is None:
                _sent_metadata = UNSET
            _metadata = _sent_metadata
            metadata: SearchProp | Unset
            if _metadata is UNSET:
                metadata = UNSET
            else:
                metadata = SearchProp.from_dict(_metadata)

        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("metadata", src_dict, exc) from exc

        try:
            _sent_parent_sample_id = d.pop("parent_sample_id", UNSET)
            if _sent_parent_sample_id is None:
                _sent_parent_sample_id = UNSET
            parent_sample_id = _sent_parent_sample_id
            if parent_sample_id is not UNSET and type(parent_sample_id) is not str:
                raise TypeError("expected str")
        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("parent_sample_id", src_dict, exc) from exc

        try:
            _sent_sample_dir = d.pop("sample_dir", UNSET)
            if _sent_sample_dir is None:
                _sent_sample_dir = UNSET
            sample_dir = _sent_sample_dir
            if sample_dir is not UNSET and type(sample_dir) is not str:
                raise TypeError("expected str")
        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("sample_dir", src_dict, exc) from exc

        try:
            _sent_sample_name = d.pop("sample_name", UNSET)
            if _sent_sample_name is None:
                _sent_sample_name = UNSET
            sample_name = _sent_sample_name
            if sample_name is not UNSET and type(sample_name) is not str:
                raise TypeError("expected str")
        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("sample_name", src_dict, exc) from exc

        try:
            _sent_sample_time = d.pop("sample_time", UNSET)
            if _sent_sample_time is None:
                _sent_sample_time = UNSET
            sample_time = _sent_sample_time
            if sample_time is not UNSET and type(sample_time) is not str:
                raise TypeError("expected str")
        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("sample_time", src_dict, exc) from exc

        try:
            _sent_score = d.pop("score", UNSET)
            if _sent_score is None:
                _sent_score = UNSET
            score = _sent_score
            if score is not UNSET and type(score) is not str:
                raise TypeError("expected str")
        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("score", src_dict, exc) from exc

        try:
            _sent_slice_thickness = d.pop("slice_thickness", UNSET)
            if _sent_slice_thickness is None:
                _sent_slice_thickness = UNSET
            slice_thickness = _sent_slice_thickness
            if slice_thickness is not UNSET and type(slice_thickness) is not str:
                raise TypeError("expected str")
        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("slice_thickness", src_dict, exc) from exc

        try:
            _sent_study_date = d.pop("study_date", UNSET)
            if _sent_study_date is None:
                _sent_study_date = UNSET
            study_date = _sent_study_date
            if study_date is not UNSET and type(study_date) is not str:
                raise TypeError("expected str")
        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("study_date", src_dict, exc) from exc

        try:
            _sent_time_in_video = d.pop("time_in_video", UNSET)
            if _sent_time_in_video is None:
                _sent_time_in_video = UNSET
            time_in_video = _sent_time_in_video
            if time_in_video is not UNSET and type(time_in_video) is not str:
                raise TypeError("expected str")
        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("time_in_video", src_dict, exc) from exc

        search_condition = cls(
            coefficient,
            frame_in_video,
            hard,
            import_origin,
            kvp,
            label_list,
            labeler,
            metadata,
            parent_sample_id,
            sample_dir,
            sample_name,
            sample_time,
            score,
            slice_thickness,
            study_date,
            time_in_video,
        )

        search_condition.additional_properties = d
        return search_condition

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


from ..models.search_labels import SearchLabels  # noqa: E402
from ..models.search_prop import SearchProp  # noqa: E402
