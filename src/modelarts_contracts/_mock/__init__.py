"""A mock ModelArts data-management service: seeded state, the spec's filters and paging, auth, faults.

Serve it with ``modelarts-contracts mock``, in tests with the ``modelarts_mock`` pytest fixture or
``running_mock(MockConfig(...))``, or in process with ``create_app`` and any ASGI transport.
"""

from ._app import MockApp, create_app
from ._config import DEFAULT_AK, DEFAULT_PROJECT_ID, DEFAULT_SK, DEFAULT_TOKEN, Faults, MockConfig
from ._running import RunningMock, running_mock

__all__ = [
    "DEFAULT_AK",
    "DEFAULT_PROJECT_ID",
    "DEFAULT_SK",
    "DEFAULT_TOKEN",
    "Faults",
    "MockApp",
    "MockConfig",
    "RunningMock",
    "create_app",
    "running_mock",
]
