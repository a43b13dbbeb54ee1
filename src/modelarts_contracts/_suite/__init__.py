"""The contract suite's runner: drives schemathesis and the contract probes, reports, sets exit codes.

Public surface: :func:`run_suite` with :class:`RunOptions`, giving a :class:`RunReport`, and the
credential types. They load lazily: the checks read the spec when imported, and the ``run``
command must get to report a broken spec in one line before that happens.
"""

from __future__ import annotations

import importlib
from typing import Any

_PUBLIC = {
    "CredentialError": "._credentials",
    "Credentials": "._credentials",
    "Redactor": "._credentials",
    "RunError": "._runner",
    "RunOptions": "._runner",
    "RunReport": "._runner",
    "run_suite": "._runner",
}

__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_PUBLIC[name], __name__), name)
