"""Contract checks that hold any server to spec/openapi.yaml, whichever server it is.

Each check is named for the promise it asserts. ``CHECKS`` lists them in the order a run reports
them; the runner feeds them every response it sees and lets each probe make its own requests.
"""

from ._check import Check, ContractBroken, NotCovered, fail
from ._exchange import Exchange, match_operation
from ._lists import SHAPES as LIST_SHAPES
from ._lists import ListShape
from ._probe import FORGED, Credential, Probe, Sender
from .auth import credential_rejection
from .consistency import detail_list_agreement, version_ownership
from .errors import error_body_conformance, unknown_dataset_rejection, unknown_task_rejection
from .filters import filter_conformance
from .ordering import sort_order_conformance
from .pagination import count_conformance, offset_walk_conformance, pagination_limit_conformance

CHECKS: tuple[Check, ...] = (
    pagination_limit_conformance,
    offset_walk_conformance,
    count_conformance,
    filter_conformance,
    sort_order_conformance,
    detail_list_agreement,
    version_ownership,
    unknown_task_rejection,
    unknown_dataset_rejection,
    credential_rejection,
    error_body_conformance,
)

__all__ = [
    "CHECKS",
    "Check",
    "ContractBroken",
    "Credential",
    "Exchange",
    "FORGED",
    "LIST_SHAPES",
    "ListShape",
    "NotCovered",
    "Probe",
    "Sender",
    "fail",
    "match_operation",
]
