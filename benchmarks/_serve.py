"""Serve one benchmark contender with uvicorn on 127.0.0.1, the same way for each.

``python benchmarks/_serve.py mock PORT`` serves the mock (default data); ``... bare PORT FILE``
serves a bare Starlette endpoint answering every GET with the JSON bytes in FILE.
"""

from __future__ import annotations

import sys
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from modelarts_contracts._mock import create_app


def bare_app(body: bytes) -> Starlette:
    """The baseline: routing plus a precomputed JSON body, nothing else."""

    async def endpoint(request: Request) -> Response:
        return Response(body, media_type="application/json")

    return Starlette(routes=[Route("/v2/{project_id}/processor-tasks", endpoint)])


def main() -> None:
    kind, port = sys.argv[1], int(sys.argv[2])
    app = create_app() if kind == "mock" else bare_app(Path(sys.argv[3]).read_bytes())
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
