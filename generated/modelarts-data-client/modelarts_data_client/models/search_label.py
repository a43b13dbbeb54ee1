from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.logical_operator import LogicalOperator
from ..models.search_label_type import SearchLabelType
from ..runtime.hooks import FIELD_ERRORS, ResponseParseError, Unknown, enum_member, members
from ..types import UNSET, Unset

_MEMBERS_LogicalOperator = members(LogicalOperator)
_MEMBERS_SearchLabelType = members(SearchLabelType)

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
            detection, image segmentation, text, speech or
            video labels).
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
            name = d.pop("name", UNSET)
            if type(name) is not str and name is not UNSET:
                if name is not None:
                    raise TypeError("expected str")
                name = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("name", src_dict, exc) from exc

        try:
            _op = d.pop("op", UNSET)
            op: LogicalOperator | Unknown[LogicalOperator] | Unset
            if _op is UNSET or _op is None:
                op = UNSET
            else:
                op = (_MEMBERS_LogicalOperator.get(_op) if type(_op) is str else None) or enum_member(
                    LogicalOperator, _op, "SearchLabel.op"
                )

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("op", src_dict, exc) from exc

        try:
            _property_ = d.pop("property", UNSET)
            property_: SearchLabelProperty | Unset
            if _property_ is UNSET or _property_ is None:
                property_ = UNSET
            else:
                property_ = SearchLabelProperty.from_dict(_property_)

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("property", src_dict, exc) from exc

        try:
            _type_ = d.pop("type", UNSET)
            type_: SearchLabelType | Unknown[SearchLabelType] | Unset
            if _type_ is UNSET or _type_ is None:
                type_ = UNSET
            else:
                type_ = (_MEMBERS_SearchLabelType.get(_type_) if type(_type_) is int else None) or enum_member(
                    SearchLabelType, _type_, "SearchLabel.type"
                )

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("type", src_dict, exc) from exc

        if cls is SearchLabel:
            search_label = object.__new__(cls)
            search_label.name = name
            search_label.op = op
            search_label.property_ = property_
            search_label.type_ = type_
        else:
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


from ..models.search_label_property import SearchLabelProperty
