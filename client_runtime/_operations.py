"""The client's methods, bound from the generated code so their parameters are the spec's.

Each method is a descriptor over a generated endpoint's request builder (``_get_kwargs``) and the
model that reads its answer: the method's signature is the builder's minus its first parameter (the
project id), which the client fills in. Nothing here restates a parameter, a type or a default.

One table of methods serves both clients: a descriptor asks the client it is read from for its
driver (``ModelArts._call`` sends and returns, ``AsyncModelArts._call`` awaits), so every method, and
its docs, is defined once.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Protocol, Self, TypeVar, overload

import attrs
from modelarts_data_client._facts import ENVELOPES, OffsetReading

from ._paging import Cursor

if TYPE_CHECKING:
    from ._client import AsyncModelArts, ModelArts

P = ParamSpec("P")
R = TypeVar("R")
Item = TypeVar("Item")


class Model(Protocol):
    """A generated model: read from a JSON object by ``from_dict``."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=Model)


@attrs.frozen
class Operation(Generic[P, R]):
    """A method that calls one operation: build the request, send it, read the answer as ``R``."""

    build: Callable[Concatenate[str, P], dict[str, Any]]
    parser: Callable[[Any], R]
    endpoint: Callable[..., Any]  # the generated ``sync`` function, whose docstring the method shows
    doc: str = attrs.field(init=False, default=attrs.Factory(lambda self: _doc(self), takes_self=True))

    def request(self, project_id: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The arguments of ``httpx.Client.request`` for one call."""
        return self.build(project_id, *args, **kwargs)

    @overload
    def __get__(self, client: None, owner: Any) -> Callable[..., Any]: ...
    @overload
    def __get__(self, client: ModelArts, owner: Any) -> Callable[P, R]: ...
    @overload
    def __get__(self, client: AsyncModelArts, owner: Any) -> Callable[P, Awaitable[R]]: ...
    def __get__(self, client: Any, owner: Any = None) -> Callable[..., Any]:
        return _bound(client, "_call", self)


@attrs.frozen
class Pages(Generic[P, M, Item]):
    """A method that walks every item of a list operation, page after page, lazily."""

    build: Callable[Concatenate[str, P], dict[str, Any]]
    model: type[M]
    item: type[Item]  # the type of the list's items, for the walk's type
    endpoint: Callable[..., Any]
    doc: str = attrs.field(
        init=False, default=attrs.Factory(lambda self: _WALK_DOC + _doc(self), takes_self=True)
    )

    @property
    def parser(self) -> Callable[[Any], M]:
        """Reads one page."""
        return self.model.from_dict

    def cursor(self, reading: OffsetReading, *args: Any, **kwargs: Any) -> Cursor[Item]:
        """A fresh walk over the list the arguments (project id first) select, offset read as ``reading``."""
        return Cursor(ENVELOPES[self.model.__name__], reading, self.build, args, kwargs)

    @overload
    def __get__(self, client: None, owner: Any) -> Callable[..., Any]: ...
    @overload
    def __get__(self, client: ModelArts, owner: Any) -> Callable[P, Iterator[Item]]: ...
    @overload
    def __get__(self, client: AsyncModelArts, owner: Any) -> Callable[P, AsyncIterator[Item]]: ...
    def __get__(self, client: Any, owner: Any = None) -> Callable[..., Any]:
        return _bound(client, "_walk", self)


_WALK_DOC = "Every item of the list, page after page, lazily (limit is the page size).\n\n"


def _bound(
    client: Any, driver: str, method: Operation[..., Any] | Pages[..., Any, Any]
) -> Callable[..., Any]:
    """``method`` driven by the client's ``driver``; from the class, a function taking the client first."""
    if client is None:

        def unbound(client: Any, *args: Any, **kwargs: Any) -> Any:
            return getattr(client, driver)(method)(*args, **kwargs)

        function: Callable[..., Any] = unbound
    else:
        function = getattr(client, driver)(method)
    function.__doc__ = method.doc
    return function


def _doc(method: Operation[..., Any] | Pages[..., Any, Any]) -> str:
    """The generated endpoint's docstring up to its Raises (the generated layer's), without the
    parameter the client fills in."""
    filled = next(iter(inspect.signature(method.build).parameters))
    lines = (method.endpoint.__doc__ or "").split("\n    Raises:")[0].rstrip().split("\n")
    return "\n".join(line for line in lines if not line.lstrip().startswith(f"{filled} ("))
