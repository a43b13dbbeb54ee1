from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_type import TaskType
from ..runtime.hooks import FIELD_ERRORS, ResponseParseError, Unknown, enum_member, members
from ..types import UNSET, Unset

_MEMBERS_TaskType = members(TaskType)

if TYPE_CHECKING:
    from ..models.operator_param import OperatorParam


T = TypeVar("T", bound="TemplateParam")


@_attrs_define
class TemplateParam:
    """The processing template a task runs, with its operators.

    Attributes:
        id (TaskType | Unknown[TaskType] | Unset): Template id, naming the kind of processing a task does.
        name (str | Unset): Display name of the template.
        operator_params (list[OperatorParam] | Unset): The template's operators and their settings.
    """

    id: TaskType | Unknown[TaskType] | Unset = UNSET
    name: str | Unset = UNSET
    operator_params: list[OperatorParam] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.value

        name = self.name

        operator_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operator_params, Unset):
            operator_params = []
            for operator_params_item_data in self.operator_params:
                operator_params_item = operator_params_item_data.to_dict()
                operator_params.append(operator_params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if operator_params is not UNSET:
            field_dict["operator_params"] = operator_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        try:
            _id = d.pop("id", UNSET)
            id: TaskType | Unknown[TaskType] | Unset
            if _id is UNSET or _id is None:
                id = UNSET
            else:
                id = (_MEMBERS_TaskType.get(_id) if type(_id) is str else None) or enum_member(
                    TaskType, _id, "TemplateParam.id"
                )

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
            _operator_params = d.pop("operator_params", UNSET)
            operator_params: list[OperatorParam] | Unset = UNSET
            if _operator_params is not UNSET and _operator_params is not None:
                operator_params = []
                if type(_operator_params) is not list:
                    raise TypeError("expected list")
                try:
                    for operator_params_item_data in _operator_params:
                        operator_params_item = OperatorParam.from_dict(operator_params_item_data)

                        operator_params.append(operator_params_item)
                except FIELD_ERRORS as exc:
                    raise ResponseParseError.at(len(operator_params), _operator_params, exc) from exc

        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("operator_params", src_dict, exc) from exc

        if cls is TemplateParam:
            template_param = object.__new__(cls)
            template_param.id = id
            template_param.name = name
            template_param.operator_params = operator_params
        else:
            template_param = cls(
                id,
                name,
                operator_params,
            )

        template_param.additional_properties = d
        return template_param

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


from ..models.operator_param import OperatorParam
