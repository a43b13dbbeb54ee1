from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.logical_operator import LogicalOperator
from ..models.search_label_type import SearchLabelType
from ..runtime._enums import Unknown, enum_member
from ..runtime._errors import _FIELD_ERRORS, ResponseParseError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_label_property import SearchLabelProperty


T = TypeVar("T", bound="SearchLabel")


@_attrs_define
class SearchLabel:
    """One label criterion.

    Attributes:
        name (str | Unset): Name of the label.
        op (LogicalOperator | Unknown[LogicalOperator] | Unset): How several criteria combine.
        property_ (SearchLabelProperty | Unset): Label attributes to match, each a name and the list of values accepted.
        type_ (SearchLabelType | Unknown[SearchLabelType] | Unset): Kind of label (image classification, object
            detection, text, speech or video labels).
    """

    name: str | Unset = UNSET
    op: LogicalOperator | Unknown[LogicalOperator] | Unset = UNSET
    property_: SearchLabelProperty | Unset = UNSET
    type_: SearchLabelType | Unknown[SearchLabelType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        op: Any = UNSET
        if not isinstance(self.op, Unset):
            op = self.op.value

        property_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_, Unset):
            property_ = self.property_.to_dict()

        type_: Any = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if op is not UNSET:
            field_dict["op"] = op
        if property_ is not UNSET:
            field_dict["property"] = property_
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        try:
            _sent_name = d.pop("name", UNSET)
            if _sent_name is None:
                _sent_name = UNSET
            name = _sent_name
            if name is not UNSET and type(name) is not str:
                raise TypeError("expected str")
        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("name", src_dict, exc) from exc

        try:
            _sent_op = d.pop("op", UNSET)
            if _sent_op is None:
                _sent_op = UNSET
            _op = _sent_op
            op: LogicalOperator | Unknown[LogicalOperator] | Unset
            if _op is UNSET:
                op = UNSET
            else:
                op = enum_member(LogicalOperator, _op, "SearchLabel.op")

        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("op", src_dict, exc) from exc

        try:
            _sent_property_ = d.pop("property", UNSET)
            if _sent_property_ is None:
                _sent_property_ = UNSET
            _property_ = _sent_property_
            property_: SearchLabelProperty | Unset
            if _property_ is UNSET:
                property_ = UNSET
            else:
                property_ = SearchLabelProperty.from_dict(_property_)

        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("property", src_dict, exc) from exc

        try:
            _sent_type_ = d.pop("type", UNSET)
            if _sent_type_ is None:
                _sent_type_ = UNSET
            _type_ = _sent_type_
            type_: SearchLabelType | Unknown[SearchLabelType] | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = enum_member(SearchLabelType, _type_, "SearchLabel.type")

        except _FIELD_ERRORS as exc:
            raise ResponseParseError.at("type", src_dict, exc) from exc

        search_label = cls(
            name,
            op,
            property_,
            type_,
        )

        search_label.additional_properties = d
        return search_label

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


from ..models.search_label_property import SearchLabelProperty  # noqa: E402
