"""What a mock serves and accepts: its data size, credentials, readings of the pages and faults."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import attrs

from modelarts_contracts import _spec

# Fixed test credentials, documented in the README so that anyone can talk to a default mock.
DEFAULT_TOKEN = "mock-token"
DEFAULT_AK = "MOCKACCESSKEY0000000"
DEFAULT_SK = "mock-secret-key"
DEFAULT_PROJECT_ID = "0123456789abcdef0123456789abcdef"


def _as_frozenset(numbers: Iterable[int]) -> frozenset[int]:
    return frozenset(numbers)


@attrs.frozen
class Faults:
    """Trouble the mock makes on purpose, for client and suite tests.

    A request to one of the four operations is faulty when its number (1-based, counted since the
    faults were set) is in ``requests``, or with probability ``fraction`` (seeded). A faulty request
    waits ``latency`` seconds, then either answers ``status`` (429 or 503, with ``Retry-After``
    when ``retry_after`` is set) or, with ``drop``, starts a response and closes the connection.
    """

    latency: float = 0.0
    status: int | None = attrs.field(
        default=None, validator=attrs.validators.in_((None, 429, 500, 502, 503, 504))
    )
    retry_after: int | None = None
    drop: bool = False
    fraction: float = attrs.field(default=0.0, validator=[attrs.validators.ge(0.0), attrs.validators.le(1.0)])
    requests: frozenset[int] = attrs.field(default=frozenset(), converter=_as_frozenset)
    seed: int = 0

    @property
    def active(self) -> bool:
        """Whether any request can be faulty at all."""
        return bool(self.fraction or self.requests)


def _one_of(readings: Callable[[], tuple[str, ...]]) -> Callable[[Any, Any, str], None]:
    """An attrs validator: the value is one of the readings the spec allows (read when checked)."""

    def check(instance: Any, attribute: Any, value: str) -> None:
        if value not in readings():
            raise ValueError(f"{attribute.name} must be one of {', '.join(readings())}, got {value!r}")

    return check


@attrs.frozen(repr=False)
class MockConfig:
    """How a mock behaves. ``project_id=None`` accepts every project id in the path.

    ``offset_reading`` and ``workspace_reading`` pick one reading where the pages allow several
    (spec/DECISIONS.md D6 and D8, the spec's ``x-offset-readings`` and ``x-absent-readings``); the
    first the spec lists is the default, the others are one setting away.
    """

    tasks: int = attrs.field(default=60, validator=[attrs.validators.ge(0), attrs.validators.le(20000)])
    datasets: int = attrs.field(default=4, validator=[attrs.validators.ge(0), attrs.validators.le(1000)])
    seed: int = 0
    token: str | None = DEFAULT_TOKEN
    ak: str | None = DEFAULT_AK
    sk: str | None = DEFAULT_SK
    project_id: str | None = None
    offset_reading: str = attrs.field(
        factory=lambda: _spec.offset_readings()[0], validator=_one_of(_spec.offset_readings)
    )
    workspace_reading: str = attrs.field(
        factory=lambda: _spec.workspace_readings()[0], validator=_one_of(_spec.workspace_readings)
    )
    faults: Faults = Faults()
    # Seconds X-Sdk-Date may be off the clock: the akSk scheme's x-date-tolerance-seconds.
    date_tolerance: int = attrs.field(factory=lambda: _spec.signing().date_tolerance)
    # How an unknown dataset id is answered: 404, or the appendix's 400 ModelArts.4352 (spec D24).
    unknown_dataset_status: int = attrs.field(default=404, validator=attrs.validators.in_((404, 400)))
    gateway_errors: bool = False  # 401s answered as the API gateway does (APIGW.0301, request_id; D27)
    rate_limit: float | None = None  # requests a second before 429 ModelArts.4395 (D25); None: no limit

    def __repr__(self) -> str:
        """Settings without the credentials, which never appear in output or logs."""
        return (
            f"MockConfig(tasks={self.tasks}, datasets={self.datasets}, seed={self.seed}, "
            f"project_id={self.project_id!r}, offset_reading={self.offset_reading!r}, "
            f"workspace_reading={self.workspace_reading!r}, faults={self.faults!r}, "
            f"unknown_dataset_status={self.unknown_dataset_status}, gateway_errors={self.gateway_errors}, "
            f"rate_limit={self.rate_limit})"
        )
