"""The pytest plugin (entry point ``pytest11``): a ``modelarts_mock`` fixture for any project's tests.

``modelarts_mock`` serves a default mock on a loopback port for one test and stops it by its own
handle afterwards; tests that need other data or faults use ``running_mock(MockConfig(...))``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._running import RunningMock, running_mock


@pytest.fixture
def modelarts_mock() -> Iterator[RunningMock]:
    """A default mock (fixed test credentials, any project id) served on 127.0.0.1."""
    with running_mock() as mock:
        yield mock
