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
    from ..models.search_prop_props import SearchPropProps


T = TypeVar("T", bound="SearchProp")


@_attrs_define
class SearchProp:
    """Sample attribute criteria of a search condition.

    Attributes:
        op (LogicalOperator | Unknown[LogicalOperator] | Unset): How several criteria combine.
        props (SearchPropProps | Unset): Attribute criteria, each an attribute name and the list of values accepted.
    """

    op: LogicalOperator | Unknown[LogicalOperator] | Unset = UNSET
    props: SearchPropProps | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op: Any = UNSET
        if not isinstance(self.op, Unset):
            op = self.op.value

        props: dict[str, Any] | Unset = UNSET
        if not isinstance(self.props, Unset):
            props = self.props.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if op is not UNSET:
            field_dict["op"] = op
        if props is not UNSET:
            field_dict["props"] = props

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        try:
            _op = d.pop("op", UNSET)
            op: LogicalOperator | Unknown[LogicalOperator] | Unset
            if _op is UNSET or _op is None:
                op = UNSET
            else:
                op = (_MEMBERS_LogicalOperator.get(_op) if type(_op) is str else None) or enum_member(
                    LogicalOperator, _op, "SearchProp.op"
                )

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("op", src_dict, exc) from exc

        try:
            _props = d.pop("props", UNSET)
            props: SearchPropProps | Unset
            if _props is UNSET or _props is None:
                props = UNSET
            else:
                props = SearchPropProps.from_dict(_props)

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("props", src_dict, exc) from exc

        if cls is SearchProp:
            search_prop = object.__new__(cls)
            search_prop.op = op
            search_prop.props = props
        else:
            search_prop = cls(
                op,
                props,
            )

        search_prop.additional_properties = d
        return search_prop

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


from ..models.search_prop_props import SearchPropProps
