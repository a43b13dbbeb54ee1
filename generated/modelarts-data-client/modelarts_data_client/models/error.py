from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..runtime.hooks import FIELD_ERRORS, ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The ModelArts error body. Codes are the error-code appendix's (`ModelArts.*`), or the API
    gateway's (`APIGW.*`) when the gateway answers before the service.

        Attributes:
            error_code (str): Machine-readable error code, for example `ModelArts.4396` or `APIGW.0301`.
            error_msg (str): Human-readable explanation.
            request_id (str | Unset): Id of the request, as the API gateway reports it.
    """

    error_code: str
    error_msg: str
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        error_msg = self.error_msg

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_code": error_code,
                "error_msg": error_msg,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError("expected object")
        d = dict(src_dict)
        try:
            error_code = d.pop("error_code")
            if type(error_code) is not str:
                raise TypeError("expected str")
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("error_code", src_dict, exc) from exc

        try:
            error_msg = d.pop("error_msg")
            if type(error_msg) is not str:
                raise TypeError("expected str")
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("error_msg", src_dict, exc) from exc

        try:
            request_id = d.pop("request_id", UNSET)
            if type(request_id) is not str and request_id is not UNSET:
                if request_id is not None:
                    raise TypeError("expected str")
                request_id = UNSET
        except FIELD_ERRORS as exc:
            raise ResponseParseError.at("request_id", src_dict, exc) from exc

        if cls is Error:
            error = object.__new__(cls)
            error.error_code = error_code
            error.error_msg = error_msg
            error.request_id = request_id
        else:
            error = cls(
                error_code,
                error_msg,
                request_id,
            )

        error.additional_properties = d
        return error

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
