from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.hooks import FIELD_ERRORS, ResponseParseError, list_of

T = TypeVar("T", bound="SearchPropProps")


@_attrs_define
class SearchPropProps:
    """Attribute criteria, each an attribute name and the list of values accepted."""

    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        if cls is SearchPropProps:
            search_prop_props = object.__new__(cls)
        else:
            search_prop_props = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                _additional_property_raw = prop_dict
                additional_property = cast(list[str], list_of(_additional_property_raw, str))

            except FIELD_ERRORS as exc:
                raise ResponseParseError.at(prop_name, d, exc) from exc
            additional_properties[prop_name] = additional_property

        search_prop_props.additional_properties = additional_properties
        return search_prop_props

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
