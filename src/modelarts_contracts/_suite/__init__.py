"""The contract suite's runner: drives schemathesis and the contract probes, reports, sets exit codes.

Public surface: :func:`run_suite` with :class:`RunOptions`, giving a :class:`RunReport`; the
``run`` click command lives in ``_command`` and is loaded lazily by the CLI.
"""

from ._credentials import CredentialError, Credentials, Redactor
from ._runner import RunError, RunOptions, RunReport, run_suite

__all__ = ["CredentialError", "Credentials", "Redactor", "RunError", "RunOptions", "RunReport", "run_suite"]
