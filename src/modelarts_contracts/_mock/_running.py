"""A mock served by uvicorn on a loopback port, for as long as a ``with`` block runs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from modelarts_contracts._server import running_server

from ._app import MockApp, create_app
from ._config import Faults, MockConfig


class RunningMock:
    """A served mock: its base URL, its app, and the credentials it accepts."""

    def __init__(self, url: str, app: MockApp) -> None:
        self.url, self.app = url, app

    def __repr__(self) -> str:
        return f"RunningMock(url={self.url!r})"

    @property
    def config(self) -> MockConfig:
        return self.app.config

    @property
    def faults(self) -> Faults:
        return self.app.faults

    @faults.setter
    def faults(self, faults: Faults) -> None:
        self.app.faults = faults

    @property
    def task_ids(self) -> list[str]:
        return self.app.task_ids

    @property
    def dataset_ids(self) -> list[str]:
        return self.app.dataset_ids


@contextmanager
def running_mock(config: MockConfig | None = None) -> Iterator[RunningMock]:
    """Serve a mock on 127.0.0.1 (a free port) and stop it when the block ends."""
    app = create_app(config)
    with running_server(app) as url:
        yield RunningMock(url, app)
