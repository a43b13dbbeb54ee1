"""Verdicts a release engineer can trust: the same on every seed, under pushback, on the service's errors.

Lenient-but-correct servers (and the service as its error-code appendix documents it) must pass on
every seed; planted bugs of the same kinds must fail; a server that keeps refusing is "could not be
made". Each variant's server is started once and run against with several seeds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from xml.etree import ElementTree

import pytest

from modelarts_contracts import _mock

SEEDS = ["1", "2", "3", "4", "5"]
# Small runs, so that five seeds of each variant stay quick; the probes still walk every promise.
SMALL = ["--max-examples", "3", "--probe-examples", "3", "--quiet"]


def _seeded(against: Callable[..., list[str]], url: str, seed: str, *extra: str) -> list[str]:
    """The ``against`` flags with the small settings and ``seed`` in place of the default ones."""
    flags = against(url, *SMALL, *extra)
    position = len(flags) - 1 - flags[::-1].index("--seed")  # the last --seed given wins
    return [*flags[: position + 1], seed, *flags[position + 2 :]]


LENIENT = [
    pytest.param("empty_filter_ignored", id="empty-filter-read-as-no-filter-passes"),
    pytest.param("plus_sign_integers", id="plus-sign-integer-read-as-number-passes"),
    pytest.param("repeated_key_last_wins", id="repeated-key-read-as-last-value-passes"),
    pytest.param("extra_fields", id="extra-fields-pass"),
    pytest.param("appendix_errors", id="appendix-400-and-gateway-401-pass"),
    pytest.param("correct", id="correct-mock-passes"),
]


@pytest.mark.parametrize("variant", LENIENT)
def test_lenient_variant_passes_on_every_seed(
    serve: Callable[..., Any], invoke: Callable[..., Any], against: Callable[..., list[str]], variant: str
) -> None:
    """A correct server that reads its input leniently exits 0 on each of five seeds."""
    with serve(variant) as url:
        for seed in SEEDS:
            outcome = invoke(*_seeded(against, url, seed))
            assert (outcome.exit_code, outcome.failed) == (0, set()), f"seed {seed}\n" + outcome.stdout


@pytest.mark.parametrize(
    "variant", ["pushback", "unavailable_with_retry_after"], ids=["429-waited-out", "503-waited-out"]
)
def test_pushback_waited_out_and_counted(
    serve: Callable[..., Any], invoke: Callable[..., Any], against: Callable[..., list[str]], variant: str
) -> None:
    """429/503 with Retry-After on 5 % of requests: exit 0, the retries counted per operation in the
    summary and in the JUnit report (a ``retried.<status>`` property of the operation's case)."""
    with serve(variant) as url:
        outcome = invoke(*_seeded(against, url, "1"))
    assert (outcome.exit_code, outcome.failed) == (0, set()), outcome.stdout + outcome.stderr
    assert "retried after pushback: " in outcome.stdout
    status = "429" if variant == "pushback" else "503"
    cases = ElementTree.fromstring(outcome.junit_text).iter("testcase")
    retried = [
        int(prop.get("value", "0"))
        for case in cases
        for prop in case.iter("property")
        if prop.get("name") == f"retried.{status}"
    ]
    assert retried and all(count >= 1 for count in retried)


def test_server_that_keeps_refusing_cannot_be_run(
    serve: Callable[..., Any], invoke: Callable[..., Any], against: Callable[..., list[str]]
) -> None:
    """A server answering every request 429 is 'could not be made': exit 2 with one line, no traceback."""
    with serve("always_rate_limited") as url:
        outcome = invoke(*_seeded(against, url, "1"))
    assert outcome.exit_code == 2
    assert "the server kept refusing: HTTP 429" in outcome.stderr
    assert len(outcome.stderr.strip().splitlines()) == 1


def test_503_without_retry_after_stays_broken(
    serve: Callable[..., Any], invoke: Callable[..., Any], against: Callable[..., list[str]]
) -> None:
    """A 503 that names no wait is a server error, not pushback: the run exits 1."""
    with serve("unavailable_without_retry_after") as url:
        outcome = invoke(*_seeded(against, url, "1"))
    assert outcome.exit_code == 1, outcome.stdout + outcome.stderr


def test_rate_limit_flag_paces_a_rate_limited_mock(
    serve: Callable[..., Any], invoke: Callable[..., Any], against: Callable[..., list[str]]
) -> None:
    """With --rate-limit under the mock's limit, a server answering 429 past 40 req/s is never refused."""
    with serve("correct", rate_limit=40) as url:
        outcome = invoke(*_seeded(against, url, "1", "--rate-limit", "30", "--phases", "examples"))
    assert (outcome.exit_code, outcome.failed) == (0, set()), outcome.stdout + outcome.stderr
    assert "rate limit 30 req/s" in outcome.stdout


PLANTED_SEEDED = [
    pytest.param("unknown_dataset_wrong_code", "unknown_dataset_rejection", id="wrong-400-code-fails"),
    pytest.param("ignore_status_filter", "filter_conformance", id="ignored-filter-fails"),
    pytest.param("first_version_only", "filter_conformance", id="several-versions-not-a-union-fails"),
]


@pytest.mark.parametrize(("variant", "check"), PLANTED_SEEDED)
def test_planted_bug_fails_on_every_seed(
    serve: Callable[..., Any],
    invoke: Callable[..., Any],
    against: Callable[..., list[str]],
    variant: str,
    check: str,
) -> None:
    """A planted bug exits 1 with its check failed, whatever the seed."""
    with serve(variant) as url:
        for seed in SEEDS:
            outcome = invoke(*_seeded(against, url, seed))
            assert outcome.exit_code == 1 and check in outcome.failed, f"seed {seed}\n" + outcome.stdout


def _signed_run(url: str) -> list[str]:
    """Flags of a small AK/SK run against ``url`` with the mock's default keys."""
    keys = ["--ak", _mock.DEFAULT_AK, "--sk", _mock.DEFAULT_SK]
    return ["--base-url", url, "--project-id", _mock.DEFAULT_PROJECT_ID, *keys, *SMALL, "--seed", "1"]


def test_forged_signature_fails_token_run(
    serve: Callable[..., Any], invoke: Callable[..., Any], against: Callable[..., list[str]]
) -> None:
    """Run with a token, a server that lets in any SDK-HMAC-SHA256 header still fails credential_rejection."""
    with serve("any_signature_accepted") as url:
        outcome = invoke(*_seeded(against, url, "1"))
    assert outcome.exit_code == 1 and "credential_rejection" in outcome.failed, outcome.stdout
    assert "AK/SK signature with an unknown access key served data" in outcome.stdout


def test_unverified_signature_of_a_known_key_fails_signed_run(
    serve: Callable[..., Any], invoke: Callable[..., Any]
) -> None:
    """Run with AK/SK, a server that trusts a known access key without checking its signature fails.

    (A token run knows no valid access key, so it can only forge unknown ones; the signed run forges a
    signature of its own key with the wrong secret.)
    """
    with serve("known_key_any_signature") as url:
        outcome = invoke(*_signed_run(url))
    assert outcome.exit_code == 1 and "credential_rejection" in outcome.failed, outcome.stdout
    assert "served data instead of 401/403" in outcome.stdout
    assert _mock.DEFAULT_SK not in outcome.stdout + outcome.junit_text


def test_unchecked_date_fails_signed_run(serve: Callable[..., Any], invoke: Callable[..., Any]) -> None:
    """Run with AK/SK, a server that ignores X-Sdk-Date fails credential_rejection on the stale date."""
    with serve("date_unchecked") as url:
        outcome = invoke(*_signed_run(url))
    assert outcome.exit_code == 1 and "credential_rejection" in outcome.failed, outcome.stdout
    assert "X-Sdk-Date is outside the accepted window" in outcome.stdout
    assert _mock.DEFAULT_SK not in outcome.stdout + outcome.junit_text


def test_query_left_out_of_verification_fails_signed_run(
    serve: Callable[..., Any], invoke: Callable[..., Any]
) -> None:
    """Run with AK/SK, a server that verifies the signature without the query fails on a changed query."""
    with serve("query_not_signed") as url:
        outcome = invoke(*_signed_run(url))
    assert outcome.exit_code == 1 and "credential_rejection" in outcome.failed, outcome.stdout
    assert "query was changed after signing" in outcome.stdout


def test_signed_run_passes_correct_mock(serve: Callable[..., Any], invoke: Callable[..., Any]) -> None:
    """Run with AK/SK, the correct mock refuses every forged signature and the run exits 0."""
    with serve("correct") as url:
        outcome = invoke(*_signed_run(url))
    assert (outcome.exit_code, outcome.failed) == (0, set()), outcome.stdout
