"""The client's methods, bound from the generated code so their parameters are the spec's.

Each method is a descriptor over a generated endpoint's request builder (``_get_kwargs``) and the
model that reads its answer: the method's signature is the builder's minus ``project_id``, which
the client fills in. Nothing here restates a parameter, a type or a default.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar

import attrs

from ._paging import Walk
from ._parameters import check_parameter

P = ParamSpec("P")
R = TypeVar("R")
Item = TypeVar("Item")
Builder = Callable[..., dict[str, Any]]


@attrs.frozen
class Listing(Generic[R, Item]):
    """Where a list model keeps its items, its count, and each item's identity."""

    items: Callable[[R], Sequence[Item]]
    count: Callable[[R], int]
    key: Callable[[Item], Any]


@attrs.frozen
class Operation(Generic[P, R]):
    """A synchronous method: build the request, send it, parse the answer."""

    build: Callable[Concatenate[str, P], dict[str, Any]]
    parser: Callable[[Any], R]
    doc: str = ""

    def __get__(self, client: Any, owner: Any = None) -> Callable[P, R]:
        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            result: R = client._send(self.build(client.project_id, *args, **kwargs), self.parser)
            return result

        return _documented(call, self.doc)


@attrs.frozen
class AsyncOperation(Generic[P, R]):
    """An asynchronous method: the same, awaited."""

    build: Callable[Concatenate[str, P], dict[str, Any]]
    parser: Callable[[Any], R]
    doc: str = ""

    def __get__(self, client: Any, owner: Any = None) -> Callable[P, Awaitable[R]]:
        async def call(*args: P.args, **kwargs: P.kwargs) -> R:
            result: R = await client._send(self.build(client.project_id, *args, **kwargs), self.parser)
            return result

        return _documented(call, self.doc)


def _start(kwargs: dict[str, Any], default_limit: int) -> tuple[int, int]:
    """The walk's first offset and its page size, from what the caller passed (checked first)."""
    offset, limit = kwargs.pop("offset", 0), kwargs.get("limit", default_limit)
    check_parameter("offset", offset, int)
    check_parameter("limit", limit, int)
    return offset or 0, limit or default_limit


@attrs.frozen
class Pages(Generic[P, R, Item]):
    """A lazy iterator over every item of a list, page after page."""

    build: Callable[Concatenate[str, P], dict[str, Any]]
    parser: Callable[[Any], R]
    listing: Listing[R, Item]
    doc: str = ""

    def __get__(self, client: Any, owner: Any = None) -> Callable[P, Iterator[Item]]:
        def walk(*args: P.args, **kwargs: P.kwargs) -> Iterator[Item]:
            build: Builder = self.build
            offset, limit = _start(kwargs, _default_limit(build))
            state: Walk[Item] = Walk(client.offset_mode, self.listing.key, offset, limit)
            while not state.done:
                request = build(client.project_id, *args, **{**kwargs, "offset": state.offset})
                page = client._send(request, self.parser)
                yield from state.take(self.listing.items(page), self.listing.count(page))

        return _documented(walk, self.doc)


@attrs.frozen
class AsyncPages(Generic[P, R, Item]):
    """The asynchronous twin of :class:`Pages`: an async iterator."""

    build: Callable[Concatenate[str, P], dict[str, Any]]
    parser: Callable[[Any], R]
    listing: Listing[R, Item]
    doc: str = ""

    def __get__(self, client: Any, owner: Any = None) -> Callable[P, AsyncIterator[Item]]:
        async def walk(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[Item]:
            build: Builder = self.build
            offset, limit = _start(kwargs, _default_limit(build))
            state: Walk[Item] = Walk(client.offset_mode, self.listing.key, offset, limit)
            while not state.done:
                request = build(client.project_id, *args, **{**kwargs, "offset": state.offset})
                page = await client._send(request, self.parser)
                for item in state.take(self.listing.items(page), self.listing.count(page)):
                    yield item

        return _documented(walk, self.doc)


F = TypeVar("F", bound=Callable[..., Any])


def _documented(function: F, doc: str) -> F:
    """Give a bound method the generated endpoint's description, so help() and IDEs show it."""
    function.__doc__ = doc or function.__doc__
    return function


def endpoint_doc(sync: Callable[..., Any], walk: bool = False) -> str:
    """The generated endpoint's docstring up to its Args (the Raises part is the generated layer's)."""
    text = (sync.__doc__ or "").split("\n    Raises:")[0].rstrip()
    text = text.replace("\n        project_id (str):", "")  # the client fills it in
    if walk:
        return "Every item of the list, page after page, lazily (limit is the page size).\n\n" + text
    return text


def _default_limit(build: Builder) -> int:
    """The operation's own default ``limit``, read from the generated builder's signature."""
    defaults = build.__kwdefaults__ or {}
    return int(defaults.get("limit", 10))
