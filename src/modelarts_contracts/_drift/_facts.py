"""Read the facts a type cell and a description cell state: type, nested object, enum, default, range.

Descriptions are prose, so these are patterns, not a grammar: an enum option is a bullet item
that starts with one word and a colon (``- asc: ascending``), a default is "default value is X"
or an option marked "(default value)", a range is "ranges from X to Y" or "Value range: X-Y".
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._model import Facts

# "Array of X objects", "Array of X", "Array of strings", "List<X>", "Array<String>", "X[]".
_ARRAY_OF = re.compile(
    r"^(?:(?:Array|List)\s+of\s+(?P<of>[\w.]+?)(?:\s+objects?)?|(?:Array|List)\s*<\s*(?P<angle>[\w.]+)\s*>"
    r"|(?P<brackets>[\w.]+)\s*\[\s*\])$",
    re.IGNORECASE,
)
_OBJECT = re.compile(r"^(?P<name>[\w.]+)\s+objects?$", re.IGNORECASE)
_MAP = re.compile(r"^Map\s*<", re.IGNORECASE)
# A bullet item: a dash or bullet sign and a space, one word (digits, letters, _ . -), then a colon.
# The sign follows a space or a line start, or is glued to any text before it ("as follows:- a: x.-
# b: y", "labeled- NONE: unlabeled", 'the "A"- b: y'); a hyphen inside a word ("yyyyMMdd-yyyyMMdd")
# has no space after it.
_BULLET = r"(?<![-•·*])[-•·*]\s+"
_NEXT = r"(?<![-•·*])[-•·*]\s+[\w.\-]+\s*:"
_OPTION = re.compile(rf"{_BULLET}(?P<word>[\w.\-]+)\s*:\s*(?P<text>.*?)(?={_NEXT}|$)", re.DOTALL)
# "Options:", "The options are as follows:", "The value can be:", "Possible values:" ...
_ANNOUNCED = re.compile(
    r"\b(?:options?|(?:possible|valid|following)\s+values?|values?\s+(?:can\s+be|are|include))\b[^.:]{0,30}:",
    re.IGNORECASE,
)
_MARKED_DEFAULT = re.compile(r"\(\s*default(?:\s+value)?\s*\)", re.IGNORECASE)
# "The default value is 10", "Default value: 10", "Defaults to 10", "The default is 10".
_DEFAULT = re.compile(r"\bdefault(?:\s+value\s*(?:is|:)|s\s+to|\s+is)\s*(?P<value>[^\s,;]+)", re.IGNORECASE)
_NUMBER = r"-?\d+(?:\.\d+)?"
# "ranges from 1 to 100", "Value range: 1-100", "Value range: 1 to 100", "value range is 1~100".
_RANGE = re.compile(
    rf"(?:ranges?\s+from|value\s+range\s*(?:is|:)?\s*(?:from)?)\s*(?P<low>{_NUMBER})\s*(?:to|-|~|–)\s*(?P<high>{_NUMBER})",
    re.IGNORECASE,
)
# A Value Range cell: "1-100", "1 to 100", "1~100", "[1, 100]"; cells that say nothing.
_BOUNDS = re.compile(rf"\[?\s*(?P<low>{_NUMBER})\s*(?:to|-|~|–|,)\s*(?P<high>{_NUMBER})\s*\]?", re.IGNORECASE)
_NOTHING = {"", "-", "--", "—", "none", "n/a", "na", "null"}
_SCALAR_WORDS = {
    "string": "String",
    "str": "String",
    "integer": "Integer",
    "int": "Integer",
    "int32": "Integer",
    "long": "Long",
    "int64": "Long",
    "bool": "Boolean",
    "float": "Float",
    "double": "Double",
    "boolean": "Boolean",
    "number": "Number",
    "object": "Object",
    "array": "Array",
}


def type_facts(cell: str) -> Facts:
    """Read a type cell: a scalar word, ``X object``, an array of objects or scalars, a map."""
    text = " ".join(cell.split())
    if match := _ARRAY_OF.match(text):
        name = match["of"] or match["angle"] or match["brackets"]
        scalar = _scalar(name) or (_scalar(name[:-1]) if name.lower().endswith("s") else None)
        if scalar is not None:
            return Facts(type="Array", is_array=True, items=scalar)
        return Facts(type="Array", ref=name, is_array=True)
    if (word := _scalar(text)) is not None:
        return Facts(type=word, is_array=word == "Array")
    if _MAP.match(text):
        return Facts(type="Map")
    if match := _OBJECT.match(text):
        return Facts(type="Object", ref=match["name"])
    return Facts(type=text)


def _scalar(word: str) -> str | None:
    """Return the page type word a scalar type name stands for ("int32" is Integer), or None."""
    return _SCALAR_WORDS.get(word.lower())


def described(facts: Facts, description: str) -> Facts:
    """Add what ``description`` says (enum options, default, range) to the facts of the type cell.

    Emphasis (``**ALL**``) and escaped underscores (``\\__ALL__``) are the page's markup, not the
    option. A description that announces options none of which can be read is marked unread.
    """
    description = description.replace("**", "").replace("\\_", "_")
    options = _options(description)
    unread = "announces options that cannot be read" if _unreadable(description, options) else None
    return Facts(
        type=facts.type,
        ref=facts.ref,
        is_array=facts.is_array,
        items=facts.items,
        enum=tuple(word for word, _ in options),
        default=_marked_default(options) or _stated_default(description),
        range=_range(description),
        unread=unread,
    )


def _options(description: str) -> list[tuple[str, str]]:
    """Return the (word, text) bullet items of a description, in page order."""
    return [(match["word"], match["text"]) for match in _OPTION.finditer(description)]


def _unreadable(description: str, options: list[tuple[str, str]]) -> bool:
    """Tell whether options are announced but none was read.

    Bullet items that are all sentences without a colon ("If type is OBS, source is a path.")
    describe cases, not values: they are read as prose, not as options.
    """
    if options or not _ANNOUNCED.search(description):
        return False
    items = re.split(_BULLET, description, flags=re.MULTILINE)[1:]
    return not items or any(":" in item for item in items)


def _marked_default(options: list[tuple[str, str]]) -> str | None:
    """Return the option whose text marks it as the default, if one does."""
    return next((word for word, text in options if _MARKED_DEFAULT.search(text)), None)


def _stated_default(description: str) -> str | None:
    """Return the value after "default value is", without emphasis or a closing full stop."""
    match = _DEFAULT.search(description)
    return match["value"].rstrip(".").strip("*\"'`").rstrip(".") if match else None


def with_columns(facts: Facts, default: str | None, value_range: str | None) -> Facts:
    """Add what a row's own Default Value and Value Range cells say (a dash or "None" says nothing).

    A range cell reads "1-100", "1 to 100", "1~100" or "[1, 100]"; these cells win over the prose.
    """
    default = (default or "").replace("**", "").strip().strip("`\"'")
    bounds = _BOUNDS.fullmatch((value_range or "").replace("**", "").strip())
    return replace(
        facts,
        default=default if default.lower() not in _NOTHING else facts.default,
        range=(float(bounds["low"]), float(bounds["high"])) if bounds else facts.range,
    )


def _range(description: str) -> tuple[float, float] | None:
    """Return the (low, high) bounds of "ranges from X to Y", if the description gives them."""
    match = _RANGE.search(description)
    return (float(match["low"]), float(match["high"])) if match else None
