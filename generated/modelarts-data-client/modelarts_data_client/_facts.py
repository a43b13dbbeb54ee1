"""API facts the runtime reads, written from spec/openapi.yaml by scripts/regen_client.py

Generated: do not edit. Change the spec (or, for a fact it lacks, add an ``x-`` extension to it) and
regenerate; the runtime restates none of these.
"""

from dataclasses import dataclass
from typing import Final, Literal

TOKEN_HEADER: Final = "X-Auth-Token"  # the IAM token scheme's header
SIGNATURE_HEADER: Final = "Authorization"  # the AK/SK scheme's header
SIGNING_ALGORITHM: Final = "SDK-HMAC-SHA256"  # AK/SK x-signing-algorithm
SIGNING_DATE_HEADER: Final = "X-Sdk-Date"  # AK/SK x-date-header
SIGNING_DATE_FORMAT: Final = "%Y%m%dT%H%M%SZ"  # AK/SK x-date-format (strftime)
SECURITY_TOKEN_HEADER: Final = "X-Security-Token"  # AK/SK x-security-token-header
REQUEST_ID_HEADER: Final = "X-Request-Id"  # the responses' request id header
RETRY_AFTER_HEADER: Final = "Retry-After"  # the pushback responses' wait header
ERROR_CODE_FIELD: Final = "error_code"  # the error body's code
ERROR_MESSAGE_FIELD: Final = "error_msg"  # the error body's message
ENDPOINT_TEMPLATE: Final = "https://modelarts.{region}.myhuaweicloud.com"  # servers[0].url
LIMIT_PARAMETER: Final = "limit"  # components.parameters.Limit: the page size
OFFSET_PARAMETER: Final = "offset"  # components.parameters.Offset: where a page starts
DEFAULT_LIMIT: Final = 10  # the page size's default
DEFAULT_OFFSET: Final = 0  # the page start's default
OFFSET_READING_RECORD: Final = "record"  # an x-offset-readings value (D6)
OFFSET_READING_PAGE: Final = "page"  # an x-offset-readings value (D6)

OffsetReading = Literal["record", "page"]
"""What ``offset`` counts: the readings the spec allows (x-offset-readings, D6)."""
OFFSET_READINGS: Final[tuple[OffsetReading, ...]] = (
    "record",
    "page",
)
DEFAULT_OFFSET_READING: Final[OffsetReading] = "record"


@dataclass(frozen=True)
class Envelope:
    """Where a list body keeps its items and its count, and which field of an item is its id."""

    items: str
    count: str
    key: str


ENVELOPES: Final[dict[str, Envelope]] = {
    "ExportTaskList": Envelope("export_tasks", "total_count", "task_id"),
    "ProcessorTaskList": Envelope("tasks", "count", "task_id"),
    "TaskVersionList": Envelope("versions", "count", "task_version_id"),
}
"""Each list schema's envelope, by the schema's (and generated model's) name."""
