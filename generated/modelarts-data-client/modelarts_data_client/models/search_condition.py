from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_condition_hard import SearchConditionHard
from ..runtime.hooks import FIELD_ERRORS, ResponseParseError, Unknown, enum_member, integer, members
from ..types import UNSET, Unset

_MEMBERS_SearchConditionHard = members(SearchConditionHard)

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
            coefficient = d.pop("coefficient", UNSET)
            if type(coefficient) is not str and coefficient is not UNSET:
                if coefficient is not None:
                    raise TypeError("expected str")
                coefficient = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("coefficient", src_dict, exc) from exc

        try:
            frame_in_video = d.pop("frame_in_video", UNSET)
            if type(frame_in_video) is not int and frame_in_video is not UNSET:
                frame_in_video = UNSET if frame_in_video is None else integer(frame_in_video)
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("frame_in_video", src_dict, exc) from exc

        try:
            _hard = d.pop("hard", UNSET)
            hard: SearchConditionHard | Unknown[SearchConditionHard] | Unset
            if _hard is UNSET or _hard is None:
                hard = UNSET
            else:
                hard = (_MEMBERS_SearchConditionHard.get(_hard) if type(_hard) is str else None) or enum_member(
                    SearchConditionHard, _hard, "SearchCondition.hard"
                )

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("hard", src_dict, exc) from exc

        try:
            import_origin = d.pop("import_origin", UNSET)
            if type(import_origin) is not str and import_origin is not UNSET:
                if import_origin is not None:
                    raise TypeError("expected str")
                import_origin = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("import_origin", src_dict, exc) from exc

        try:
            kvp = d.pop("kvp", UNSET)
            if type(kvp) is not str and kvp is not UNSET:
                if kvp is not None:
                    raise TypeError("expected str")
                kvp = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("kvp", src_dict, exc) from exc

        try:
            _label_list = d.pop("label_list", UNSET)
            label_list: SearchLabels | Unset
            if _label_list is UNSET or _label_list is None:
                label_list = UNSET
            else:
                label_list = SearchLabels.from_dict(_label_list)

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("label_list", src_dict, exc) from exc

        try:
            labeler = d.pop("labeler", UNSET)
            if type(labeler) is not str and labeler is not UNSET:
                if labeler is not None:
                    raise TypeError("expected str")
                labeler = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("labeler", src_dict, exc) from exc

        try:
            _metadata = d.pop("metadata", UNSET)
            metadata: SearchProp | Unset
            if _metadata is UNSET or _metadata is None:
                metadata = UNSET
            else:
                metadata = SearchProp.from_dict(_metadata)

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("metadata", src_dict, exc) from exc

        try:
            parent_sample_id = d.pop("parent_sample_id", UNSET)
            if type(parent_sample_id) is not str and parent_sample_id is not UNSET:
                if parent_sample_id is not None:
                    raise TypeError("expected str")
                parent_sample_id = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("parent_sample_id", src_dict, exc) from exc

        try:
            sample_dir = d.pop("sample_dir", UNSET)
            if type(sample_dir) is not str and sample_dir is not UNSET:
                if sample_dir is not None:
                    raise TypeError("expected str")
                sample_dir = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("sample_dir", src_dict, exc) from exc

        try:
            sample_name = d.pop("sample_name", UNSET)
            if type(sample_name) is not str and sample_name is not UNSET:
                if sample_name is not None:
                    raise TypeError("expected str")
                sample_name = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("sample_name", src_dict, exc) from exc

        try:
            sample_time = d.pop("sample_time", UNSET)
            if type(sample_time) is not str and sample_time is not UNSET:
                if sample_time is not None:
                    raise TypeError("expected str")
                sample_time = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("sample_time", src_dict, exc) from exc

        try:
            score = d.pop("score", UNSET)
            if type(score) is not str and score is not UNSET:
                if score is not None:
                    raise TypeError("expected str")
                score = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("score", src_dict, exc) from exc

        try:
            slice_thickness = d.pop("slice_thickness", UNSET)
            if type(slice_thickness) is not str and slice_thickness is not UNSET:
                if slice_thickness is not None:
                    raise TypeError("expected str")
                slice_thickness = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("slice_thickness", src_dict, exc) from exc

        try:
            study_date = d.pop("study_date", UNSET)
            if type(study_date) is not str and study_date is not UNSET:
                if study_date is not None:
                    raise TypeError("expected str")
                study_date = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("study_date", src_dict, exc) from exc

        try:
            time_in_video = d.pop("time_in_video", UNSET)
            if type(time_in_video) is not str and time_in_video is not UNSET:
                if time_in_video is not None:
                    raise TypeError("expected str")
                time_in_video = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("time_in_video", src_dict, exc) from exc

        if cls is SearchCondition:
            search_condition = object.__new__(cls)
            search_condition.coefficient = coefficient
            search_condition.frame_in_video = frame_in_video
            search_condition.hard = hard
            search_condition.import_origin = import_origin
            search_condition.kvp = kvp
            search_condition.label_list = label_list
            search_condition.labeler = labeler
            search_condition.metadata = metadata
            search_condition.parent_sample_id = parent_sample_id
            search_condition.sample_dir = sample_dir
            search_condition.sample_name = sample_name
            search_condition.sample_time = sample_time
            search_condition.score = score
            search_condition.slice_thickness = slice_thickness
            search_condition.study_date = study_date
            search_condition.time_in_video = time_in_video
        else:
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


from ..models.search_labels import SearchLabels
from ..models.search_prop import SearchProp
