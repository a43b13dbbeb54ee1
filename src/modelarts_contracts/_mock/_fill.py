"""Values for JSON schemas of the spec, drawn from one seeded generator: the mock's raw data.

A :class:`Filler` knows nothing of tasks or datasets; it makes a value of any resolved schema, so a
field or enum value the spec adds is served without new code. Enums (and ``examples``, and the
branches of ``oneOf``/``anyOf`` or a type list) are dealt in turns, each turn showing every value, so
a few dozen records show them all; ``format: int64`` integers are times in milliseconds from a clock
that only moves forward (and now and then stands still: equal times happen on a busy service).
The same seed always gives the same values.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable, Sequence
from typing import Any

from modelarts_contracts import _spec

Path = tuple[str, ...]
EPOCH_MS = 1_606_372_570_023  # the page 000 example's create_time: the data starts there
_ID_ALPHABET = string.ascii_letters + string.digits
_ID_BYTES = bytes(ord(_ID_ALPHABET[byte % len(_ID_ALPHABET)]) for byte in range(256))  # any byte to a letter
_ID_LENGTH = 19  # as the pages' ids (ddwRJeTnjpiq4dNUZOq)
_CLOCK_STEPS = (0, 1_000, 60_000, 3_600_000)
_OPTIONAL_SHOWN = 0.85  # share of records that carry an optional field
_INTEGER_SPAN = 10_000  # integers without a maximum stay below their minimum plus this
_WORDS = ("images", "audio", "text", "videos", "medical", "retail", "faces", "traffic")
_TRAILING_NUMBER = re.compile(r"\d+$")


class Filler:
    """Makes values for resolved schemas from one seeded :class:`random.Random`."""

    def __init__(self, seed: int, spec: dict[str, Any] | None = None) -> None:
        self.rng = random.Random(seed)
        self.spec = spec or _spec.load_spec()
        self.clock = EPOCH_MS
        self._turns: dict[tuple[int, Path], int] = {}
        self._strides: dict[tuple[int, Path], int] = {}
        # id(node): (node, resolved); the node is kept so that its id is never another node's
        self._resolved: dict[int, tuple[Any, Any]] = {}

    def resolve(self, node: Any) -> Any:
        """``node`` with its ``$ref`` followed (:func:`_spec.resolve`), remembered per node."""
        key = id(node)
        if key not in self._resolved:
            self._resolved[key] = (node, _spec.resolve(node, self.spec))
        return self._resolved[key][1]

    def ident(self, length: int = _ID_LENGTH) -> str:
        """A fresh id, as the service writes them (19 letters and digits)."""
        return self.rng.randbytes(length).translate(_ID_BYTES).decode()

    def tick(self) -> int:
        """A time no earlier than the last one, in milliseconds since the epoch."""
        self.clock += self.rng.choice(_CLOCK_STEPS)
        return self.clock

    def record(self, schema: Any, index: int = 0, shown: Callable[[Path], bool] | None = None) -> Any:
        """A value of ``schema``: the ``index``-th record of its list (``x-numbered`` strings count it).

        ``shown(path)`` says which optional fields (by their path of property names) are never left out.
        """
        root = self.resolve(schema)
        return _Draw(self, root, index, shown or _nothing).value(root, ())

    def deal(self, root: Any, path: Path, values: Sequence[Any]) -> Any:
        """The next of ``values`` for the field at ``path``: each turn of ``len(values)`` shows every one.

        Fields dealt in step (one per record) are skewed by a stride each, so their pairs mix too.
        """
        key = (id(root), path)
        turn = self._turns.get(key, 0)
        self._turns[key] = turn + 1
        stride = self._strides.setdefault(key, len(self._strides))
        return values[(turn + (turn // len(values)) * stride) % len(values)]


_Maker = Callable[["_Draw", dict[str, Any], Path], Any]


def _nothing(path: Path) -> bool:
    return False


class _Draw:
    """One record being drawn: its root schema, its position and which optional fields it must show."""

    def __init__(self, filler: Filler, root: Any, index: int, shown: Callable[[Path], bool]) -> None:
        self.filler, self.root, self.index, self.shown = filler, root, index, shown

    def value(self, schema: dict[str, Any], path: Path) -> Any:
        schema = self.filler.resolve(schema)
        if "enum" in schema:
            return self.filler.deal(self.root, path, schema["enum"])
        if "examples" in schema:
            return self.filler.deal(self.root, path + ("#examples",), schema["examples"])
        branches = schema.get("oneOf") or schema.get("anyOf")
        if branches:
            return self.value(self.filler.deal(self.root, path + ("#branch",), branches), path)
        kind = schema.get("type", "object" if "properties" in schema else "string")
        if isinstance(kind, list):
            kind = self.filler.deal(self.root, path + ("#type",), kind)
        make: _Maker = _MAKERS.get(str(kind), _Draw.text)
        return make(self, schema, path)

    def obj(self, schema: dict[str, Any], path: Path) -> dict[str, Any]:
        required = set(schema.get("required", ()))
        made = {
            name: self.value(prop, path + (name,))
            for name, prop in schema.get("properties", {}).items()
            if name in required or self.shown(path + (name,)) or self.filler.rng.random() < _OPTIONAL_SHOWN
        }
        extra = schema.get("additionalProperties", False)
        if extra is not False and not made:
            words = self.filler.rng.sample(_WORDS, self.filler.rng.randint(1, 3))
            made = {word: self.value({} if extra is True else extra, path + (word,)) for word in words}
        return made

    def array(self, schema: dict[str, Any], path: Path) -> list[Any]:
        low = schema.get("minItems", 1)
        high = max(low, min(schema.get("maxItems", 3), 3))
        return [self.value(schema.get("items", {}), path) for _ in range(self.filler.rng.randint(low, high))]

    def integer(self, schema: dict[str, Any], path: Path) -> int:
        if schema.get("format") == "int64":
            return self.filler.tick()
        low = schema.get("minimum", 0)
        return self.filler.rng.randint(low, schema.get("maximum", low + _INTEGER_SPAN))

    def number(self, schema: dict[str, Any], path: Path) -> float:
        low = schema.get("minimum", 0)
        return round(self.filler.rng.uniform(low, schema.get("maximum", low + 100)), 1)

    def boolean(self, schema: dict[str, Any], path: Path) -> bool:
        return self.filler.rng.random() < 0.5

    def text(self, schema: dict[str, Any], path: Path) -> str:
        """The example, numbered by the record's position when ``x-numbered``; else an id or a word."""
        name = path[-1] if path else "value"
        if "example" in schema:
            example = str(schema["example"])
            return _numbered(example, self.index + 1) if schema.get("x-numbered") else example
        if name.endswith(_spec.ID_SUFFIX):
            return self.filler.ident()
        word = self.filler.rng.choice(_WORDS)
        made = f"{name.replace('_', '-')}-{word}-{self.filler.ident(4).lower()}"
        return made[: schema.get("maxLength", len(made))]


def _numbered(example: str, number: int) -> str:
    """``example`` with its trailing number replaced by ``number``, as wide (V001 → V002)."""
    found = _TRAILING_NUMBER.search(example)
    digits = found[0] if found else ""
    return example[: len(example) - len(digits)] + str(number).zfill(len(digits))


_MAKERS: dict[str, _Maker] = {
    "object": _Draw.obj,
    "array": _Draw.array,
    "integer": _Draw.integer,
    "number": _Draw.number,
    "boolean": _Draw.boolean,
    "string": _Draw.text,
}
