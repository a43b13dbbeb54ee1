"""The requests a probe check may make, and the id lists and readings it works with.

A :class:`Probe` wraps whatever sends HTTP (the suite's httpx client in a run, anything in a unit
test) behind one ``get`` call, so the checks never know which server they talk to.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal, Protocol

import attrs
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from modelarts_contracts import _spec
from modelarts_contracts._filters import text

from ._exchange import Exchange

PROJECT_ID = _spec.path_ids().project  # the path parameter every operation starts with

Credential = Literal[
    "valid", "missing", "wrong", "unknown_key", "bad_signature", "stale_date", "query_changed"
]
# Forged AK/SK signatures, tried whatever credential the run itself uses: an access key the server
# cannot know, a signature made with the wrong secret, an X-Sdk-Date outside the accepted window,
# and a query changed after signing.
FORGED: tuple[Credential, ...] = ("unknown_key", "bad_signature", "stale_date", "query_changed")


class Repeated(tuple[str, ...]):
    """Array values sent with the key repeated (``version_id=a&version_id=b``), the other form D7 allows."""

    def __repr__(self) -> str:
        return f"Repeated{tuple(self)!r}"


QueryValue = str | int | bool | list[str] | Repeated
QueryText = str | list[str]  # a list is sent as the key repeated, once per value


class Sender(Protocol):
    """Sends one GET for an operation and returns the exchange; ``credential`` picks what auth it carries."""

    def __call__(
        self,
        operation_id: str,
        path_params: Mapping[str, str],
        query: Mapping[str, QueryText],
        credential: Credential,
    ) -> Exchange: ...


def query_text(value: QueryValue) -> str:
    """Write a query value the way the spec serialises it (booleans lower-case, arrays comma-joined)."""
    return text(value)


@attrs.define
class Probe:
    """What a probe check gets: a sender, the project and the ids found, and the run's settings."""

    send: Sender
    project_id: str
    task_ids: list[str] = attrs.field(factory=list)
    dataset_ids: list[str] = attrs.field(factory=list)
    offset_readings: tuple[str, ...] = attrs.field(factory=_spec.offset_readings)
    max_examples: int = 10
    seed: int = 0
    max_pages: int = 50
    max_ids: int = 10

    def get(
        self,
        operation_id: str,
        query: Mapping[str, QueryValue] | None = None,
        credential: Credential = "valid",
        path_params: Mapping[str, str] | None = None,
        **named: str,
    ) -> Exchange:
        """GET ``operation_id`` in this project with path parameters (``path_params``, ``named``) and
        ``query``."""
        texts: dict[str, QueryText] = {
            name: list(value) if isinstance(value, Repeated) else query_text(value)
            for name, value in (query or {}).items()
        }
        return self.send(
            operation_id, {PROJECT_ID: self.project_id, **(path_params or {}), **named}, texts, credential
        )

    def explore(self, test: Callable[..., None], **strategies: st.SearchStrategy[Any]) -> None:
        """Run ``test`` as a hypothesis property over ``strategies``, bounded and seeded by the run."""
        configured = settings(
            max_examples=self.max_examples,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
            derandomize=False,
        )

        def drawn(**values: Any) -> None:  # a plain signature: ``test`` may bind loop variables as defaults
            test(**values)

        seed(self.seed)(configured(given(**strategies)(drawn)))()

    def sample_tasks(self) -> list[str]:
        """The task ids probes visit one by one, bounded so a big project stays quick."""
        return self.task_ids[: self.max_ids]

    def sample_datasets(self) -> list[str]:
        """The dataset ids probes visit one by one, bounded like the tasks."""
        return self.dataset_ids[: self.max_ids]
