"""A small scripted server on a real loopback port: each test says what it answers.

The tests of the client's tolerance, paging and re-signing need servers that misbehave in one
precise way; this one runs the ``answer`` a test sets, behind uvicorn, so the client talks real HTTP.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from modelarts_contracts._server import running_server

Answer = Callable[[Request], tuple[int, dict[str, str], Any]]


class Scripted:
    """An ASGI app that records each request and answers with ``self.answer(request)``."""

    def __init__(self) -> None:
        self.answer: Answer = lambda request: (404, {}, {"error_code": "none", "error_msg": "no script"})
        self.requests: list[Request] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        request = Request(scope, receive)
        self.requests.append(request)
        status, headers, body = self.answer(request)
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        await Response(content, status, headers, media_type="application/json")(scope, receive, send)

    def always(self, body: Any, status: int = 200) -> None:
        """Answer every request with ``body``."""
        self.answer = lambda request: (status, {}, body)


@contextmanager
def scripted() -> Iterator[tuple[str, Scripted]]:
    """Serve a :class:`Scripted` app on 127.0.0.1 while the block runs; yield its URL and the app."""
    app = Scripted()
    with running_server(app) as url:
        yield url, app
