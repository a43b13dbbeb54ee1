"""Where a run points: the server the user names, or the built-in mock started on a loopback port."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import attrs

from modelarts_contracts._server import running_server


@attrs.frozen
class Target:
    base_url: str
    label: str
    project_id: str
    token: str | None


def _mock_app(
    project_id: str | None, token: str | None, keys: tuple[str, str] | None
) -> tuple[Any, str | None, str]:
    """The built-in mock's app with the given credentials (its default token when none) and project."""
    from modelarts_contracts import _mock

    project_id = project_id or _mock.DEFAULT_PROJECT_ID
    ak, sk = keys or (None, None)
    config = _mock.MockConfig(project_id=project_id, token=token or _mock.DEFAULT_TOKEN, ak=ak, sk=sk)
    # With keys and no token the run signs; otherwise it sends the mock's token.
    return _mock.create_app(config), token if keys else config.token, project_id


@contextmanager
def open_target(
    base_url: str | None, project_id: str | None, token: str | None, keys: tuple[str, str] | None = None
) -> Iterator[Target]:
    """Yield the target; with no ``base_url`` the mock serves on 127.0.0.1 for the block's length."""
    if base_url:
        yield Target(base_url.rstrip("/"), base_url, project_id or "", token)
        return
    app, token, project_id = _mock_app(project_id, token, keys)
    with running_server(app) as url:
        # Negative cases make uvicorn warn about malformed requests; on the mock that is noise in the output.
        logging.getLogger("uvicorn.error").setLevel(logging.ERROR)
        yield Target(url, f"{url} (the built-in mock)", project_id, token)
