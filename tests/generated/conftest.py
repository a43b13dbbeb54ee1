"""Fixtures for the generated client's tests."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from modelarts_contracts import _spec
from modelarts_contracts._server import running_server


@pytest.fixture(scope="session")
def regen_script(repo_root: Path) -> ModuleType:
    """scripts/regen_client.py loaded as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("regen_client", repo_root / "scripts" / "regen_client.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class ExampleServer:
    """A loopback server that answers each operation with its page example and records requests."""

    def __init__(self, base_url: str, requests: list[Request]) -> None:
        self.base_url = base_url
        self.requests = requests


def _page_examples(spec: dict[str, Any]) -> dict[str, Any]:
    """The first 200 example of each operation, by operationId."""
    found = {}
    for operation_id, (_, _, operation) in _spec.operations(spec).items():
        examples = operation["responses"]["200"]["content"]["application/json"]["examples"]
        found[operation_id] = next(iter(examples.values()))["value"]
    return found


def _example_app(spec: dict[str, Any], requests: list[Request]) -> Starlette:
    """Routes for the four operations: known ids get the page example, others a 404 error body."""
    examples = _page_examples(spec)

    def endpoint(operation_id: str) -> Any:
        async def answer(request: Request) -> JSONResponse:
            requests.append(request)
            if request.path_params.get("task_id") == "missing":
                return JSONResponse({"error_code": "ModelArts.4352", "error_msg": "no such task"}, 404)
            return JSONResponse(examples[operation_id])

        return answer

    routes = [
        Route(path, endpoint(operation_id), methods=[method])
        for operation_id, (method, path, _) in _spec.operations(spec).items()
    ]
    return Starlette(routes=routes)


@pytest.fixture(scope="module")
def example_server(spec: dict[str, Any]) -> Iterator[ExampleServer]:
    """The example server on a free loopback port."""
    requests: list[Request] = []
    with running_server(_example_app(spec, requests)) as base_url:
        yield ExampleServer(base_url, requests)
