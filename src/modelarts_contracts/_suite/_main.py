"""The body of ``run`` once flags are parsed: build the options, run, print, write JUnit, exit code."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from modelarts_contracts import _spec

from . import _junit, _summary
from ._credentials import CredentialError, Credentials, Redactor
from ._runner import RunError, RunOptions, run_suite
from ._target import Target, open_target


def _options(flags: dict[str, Any], seed: int, target: Target) -> RunOptions:
    token = flags["token"] or target.token
    credentials = Credentials(token=token, ak=flags["ak"], sk=flags["sk"])
    readings = (flags["offset_reading"],) if flags["offset_reading"] else _spec_readings()
    return RunOptions(
        base_url=target.base_url,
        project_id=target.project_id,
        credentials=credentials,
        task_ids=list(flags["task_ids"]),
        dataset_ids=list(flags["dataset_ids"]),
        max_examples=flags["max_examples"],
        probe_examples=flags["probe_examples"],
        workers=flags["workers"],
        seed=seed,
        timeout=flags["timeout"],
        offset_readings=readings,
        phases=flags["phases"],
        show_progress=not flags["quiet"],
        rate_limit=flags["rate_limit"],
    )


def _spec_readings() -> tuple[str, ...]:
    offset = _spec.load_spec()["components"]["parameters"]["Offset"]
    return tuple(offset.get("x-offset-readings", ["record"]))


def main(flags: dict[str, Any], seed: int, stop: Callable[..., None]) -> int:
    """Run once; return the exit code (``stop`` exits 2 with a one-line reason)."""
    redact = Redactor.of([flags["token"], flags["ak"], flags["sk"]])
    if flags["base_url"] and not flags["project_id"]:
        stop("--project-id (or MODELARTS_PROJECT_ID) is required with --base-url")
    if flags["base_url"] and not flags["base_url"].startswith(("http://", "https://")):
        stop(f"--base-url must start with http:// or https://, got {flags['base_url']!r}", redact)
    try:
        keys = (flags["ak"], flags["sk"]) if flags["ak"] and flags["sk"] else None
        with open_target(flags["base_url"], flags["project_id"], flags["token"], keys) as target:
            options = _options(flags, seed, target)
            redact = Redactor.of([*options.credentials.secrets, flags["ak"], flags["sk"]])
            report = run_suite(options, target.label)
    except (RunError, CredentialError) as exc:
        stop(str(exc), redact)
        return 2
    except Exception as exc:  # noqa: BLE001 -- the command promises a one-line reason, never a traceback
        stop(f"the run broke off: {type(exc).__name__}: {exc}", redact)
        return 2
    click.echo(_summary.render(report, redact))
    if flags["junit"]:
        _junit.write(report, flags["junit"], redact)
    return report.exit_code
