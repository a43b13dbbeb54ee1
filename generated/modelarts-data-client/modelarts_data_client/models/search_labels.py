from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.logical_operator import LogicalOperator
from ..runtime.hooks import FIELD_ERRORS, ResponseParseError, Unknown, enum_member, members
from ..types import UNSET, Unset

_MEMBERS_LogicalOperator = members(LogicalOperator)

if TYPE_CHECKING:
    from ..models.search_label import SearchLabel


T = TypeVar("T", bound="SearchLabels")


@_attrs_define
class SearchLabels:
    """Label criteria of a search condition.

    Attributes:
        labels (list[SearchLabel] | Unset): The label criteria.
        op (LogicalOperator | Unknown[LogicalOperator] | Unset): How several criteria combine.
    """

    labels: list[SearchLabel] | Unset = UNSET
    op: LogicalOperator | Unknown[LogicalOperator] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        op: Any = UNSET
        if not isinstance(self.op, Unset):
            op = self.op.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if labels is not UNSET:
            field_dict["labels"] = labels
        if op is not UNSET:
            field_dict["op"] = op

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        try:
            _labels = d.pop("labels", UNSET)
            labels: list[SearchLabel] | Unset = UNSET
            if _labels is not UNSET and _labels is not None:
                labels = []
                if type(_labels) is not list:
                    raise TypeError("expected list")
                try:
                    for labels_item_data in _labels:
                        labels_item = SearchLabel.from_dict(labels_item_data)

                        labels.append(labels_item)
                except FIELD_ERRORS as exc:
                    raise ResponseParseError.at(len(labels), _labels, exc) from exc

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("labels", src_dict, exc) from exc

        try:
            _op = d.pop("op", UNSET)
            op: LogicalOperator | Unknown[LogicalOperator] | Unset
            if _op is UNSET or _op is None:
                op = UNSET
            else:
                op = (_MEMBERS_LogicalOperator.get(_op) if type(_op) is str else None) or enum_member(
                    LogicalOperator, _op, "SearchLabels.op"
                )

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("op", src_dict, exc) from exc

        if cls is SearchLabels:
            search_labels = object.__new__(cls)
            search_labels.labels = labels
            search_labels.op = op
        else:
            search_labels = cls(
                labels,
                op,
            )

        search_labels.additional_properties = d
        return search_labels

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


from ..models.search_label import SearchLabel
