from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.hooks import FIELD_ERRORS, ResponseParseError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operator_param_params import OperatorParamParams


T = TypeVar("T", bound="OperatorParam")


@_attrs_define
class OperatorParam:
    """One operator of a processing template.

    Attributes:
        advanced_params_switch (bool | Unset): Whether the operator's advanced parameters are on.
        id (str | Unset): Id of the operator.
        name (str | Unset): Name of the operator.
        params (OperatorParamParams | Unset): Operator settings as a map from name to value; values are booleans,
            integers, strings,
            lists or string maps.
    """

    advanced_params_switch: bool | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    params: OperatorParamParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advanced_params_switch = self.advanced_params_switch

        id = self.id

        name = self.name

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advanced_params_switch is not UNSET:
            field_dict["advanced_params_switch"] = advanced_params_switch
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        try:
            advanced_params_switch = d.pop("advanced_params_switch", UNSET)
            if type(advanced_params_switch) is not bool and advanced_params_switch is not UNSET:
                if advanced_params_switch is not None:
                    raise TypeError("expected bool")
                advanced_params_switch = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("advanced_params_switch", src_dict, exc) from exc

        try:
            id = d.pop("id", UNSET)
            if type(id) is not str and id is not UNSET:
                if id is not None:
                    raise TypeError("expected str")
                id = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("id", src_dict, exc) from exc

        try:
            name = d.pop("name", UNSET)
            if type(name) is not str and name is not UNSET:
                if name is not None:
                    raise TypeError("expected str")
                name = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("name", src_dict, exc) from exc

        try:
            _params = d.pop("params", UNSET)
            params: OperatorParamParams | Unset
            if _params is UNSET or _params is None:
                params = UNSET
            else:
                params = OperatorParamParams.from_dict(_params)

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("params", src_dict, exc) from exc

        if cls is OperatorParam:
            operator_param = object.__new__(cls)
            operator_param.advanced_params_switch = advanced_params_switch
            operator_param.id = id
            operator_param.name = name
            operator_param.params = params
        else:
            operator_param = cls(
                advanced_params_switch,
                id,
                name,
                params,
            )

        operator_param.additional_properties = d
        return operator_param

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


from ..models.operator_param_params import OperatorParamParams
