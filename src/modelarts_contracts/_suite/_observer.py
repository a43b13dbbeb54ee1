"""Every exchange of a run passes through here: it is counted, and every per-response check judges it."""

from __future__ import annotations

from modelarts_contracts import _spec
from modelarts_contracts.contracts import CHECKS, ContractBroken, Exchange, Probe

from ._credentials import Credentials
from ._curl import curl_line
from ._results import Failure, Results


class Observer:
    """Counts each exchange for its operation and runs the contracts' ``on_response`` halves on it."""

    def __init__(self, results: Results, credentials: Credentials) -> None:
        self.results = results
        self.credentials = credentials
        self.probe: Probe | None = None  # set once the probe exists; the checks read its settings

    def reproduce(self, exchange: Exchange) -> str:
        """The curl line of an exchange, its credential shown as a placeholder."""
        return curl_line(
            exchange.method, exchange.url, exchange.request_headers, self.credentials.placeholder_headers()
        )

    def __call__(self, exchange: Exchange) -> None:
        operation_id = exchange.operation_id
        if operation_id is None:
            return
        # Negative cases invent parameter names; the summary lists the spec's own ones.
        declared = _spec.parameters(operation_id)
        self.results.count_case(
            operation_id, exchange.status_code, [name for name in exchange.query if name in declared]
        )
        if self.probe is None:
            return
        for check in CHECKS:
            if check.on_response is None or operation_id not in check.operations:
                continue
            try:
                check.on_response(exchange, self.probe)
            except ContractBroken as broken:
                self.results.failed(
                    Failure(check.name, operation_id, broken.message, self.reproduce(exchange))
                )
            else:
                self.results.judged(check.name)
