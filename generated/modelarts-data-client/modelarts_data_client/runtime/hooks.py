"""The runtime's surface for the generated code: the only runtime names the templates import.

The generated models read JSON through these (typed fields, tolerant enums, errors naming the
field) and the generated request builders check their arguments with them; anything else in the
runtime is private to it, so it can change without a template changing (docs/architecture.md).
"""

from ._enums import Unknown, enum_member, members
from ._errors import FIELD_ERRORS, ResponseParseError
from ._parameters import check_list_parameter, check_parameter, check_path_parameter
from ._values import integer, list_of

__all__ = [
    "FIELD_ERRORS",
    "ResponseParseError",
    "Unknown",
    "check_list_parameter",
    "check_parameter",
    "check_path_parameter",
    "enum_member",
    "integer",
    "list_of",
    "members",
]
