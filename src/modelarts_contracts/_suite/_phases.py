"""The schemathesis phases a run can choose from, named as schemathesis names them.

Read from schemathesis's own ``PhaseName`` (less its internal phases, as its terminal output does),
so the ``--phases`` flag, the engine configuration and the progress lines share one list.
"""

from __future__ import annotations

from schemathesis.engine.run import INTERNAL_PHASES, PhaseName

TESTING_PHASES: tuple[str, ...] = tuple(phase.value for phase in PhaseName if phase not in INTERNAL_PHASES)
NEGATIVE_PHASES: tuple[str, ...] = (PhaseName.COVERAGE.value, PhaseName.FUZZING.value)  # negative data
