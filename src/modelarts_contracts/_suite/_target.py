"""Where a run points: the server the user names, or the built-in mock started on a loopback port."""

from __future__ import annotations

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


def _mock_app(token: str | None, project_id: str | None) -> tuple[Any, str, str]:
    """The built-in mock's app with the given (or its default) token and project."""
    from modelarts_contracts import _mock

    token = token or _mock.DEFAULT_TOKEN
    project_id = project_id or _mock.DEFAULT_PROJECT_ID
    return _mock.create_app(_mock.MockConfig(token=token, project_id=project_id)), token, project_id


@contextmanager
def open_target(base_url: str | None, project_id: str | None, token: str | None) -> Iterator[Target]:
    """Yield the target; with no ``base_url`` the mock serves on 127.0.0.1 for the block's length."""
    if base_url:
        yield Target(base_url.rstrip("/"), base_url, project_id or "", token)
        return
    app, token, project_id = _mock_app(token, project_id)
    with running_server(app) as url:
        yield Target(url, f"{url} (the built-in mock)", project_id, token)
