"""The ``drift`` command: read API pages and report where the spec disagrees, or diff two specs."""

from __future__ import annotations

from pathlib import Path

import click

from .. import _spec
from ._acknowledged import Acknowledgement, AcknowledgementError, in_scope, index
from ._diff import diff_page, operation_of
from ._model import PageError
from ._read import FORMATS, page_files, read_page
from ._report import EXIT_UNREADABLE, Run, as_json, as_text, changes_as_json, changes_as_text
from ._specdiff import diff_specs


@click.command()
@click.argument("pages", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "json_output", is_flag=True, help="Print the result as JSON.")
@click.option(
    "--spec",
    "spec_file",
    type=click.Path(path_type=Path),
    default=None,
    help="Spec to compare with (default: the project's spec/openapi.yaml).",
)
@click.option(
    "--format",
    "page_format",
    type=click.Choice(["auto", *FORMATS]),
    default="auto",
    show_default=True,
    help="Page format; auto detects HTML, reStructuredText, Markdown or plain text.",
)
@click.option(
    "--spec-diff",
    nargs=2,
    type=click.Path(path_type=Path),
    default=None,
    metavar="OLD NEW",
    help="Instead of reading pages, say which changes from OLD to NEW spec break clients or servers.",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Also exit 1 when an acknowledgement in the spec matches no difference on the pages (stale).",
)
def drift(
    pages: tuple[Path, ...],
    json_output: bool,
    spec_file: Path | None,
    page_format: str,
    spec_diff: tuple[Path, Path] | None,
    strict: bool,
) -> None:
    """Read API reference PAGES (files or folders) and report where spec/openapi.yaml disagrees.

    Exit 0: no unacknowledged drift; 1: drift found (or, with --spec-diff, a breaking change;
    with --strict, a stale acknowledgement); 2: a page or spec could not be read, even in part.
    """
    if spec_diff:
        raise SystemExit(_spec_diff(*spec_diff, json_output))
    if not pages:
        raise click.UsageError("give at least one page or folder of pages (or --spec-diff OLD NEW)")
    spec_path = spec_file or _spec.spec_path()
    spec = _load(spec_path)
    acks = _acknowledgements(spec)
    run, used = Run(spec=str(spec_path), strict=strict), set[Acknowledgement]()
    for given in pages:
        try:
            files = page_files(given)
        except PageError as error:
            run.errors.append(error)
            continue
        for path in files:
            _read_one(run, path, page_format, spec, spec_path, used)
    run.stale = _stale(run, spec, acks, used)
    click.echo(as_json(run) if json_output else as_text(run))
    raise SystemExit(run.exit_code())


def _read_one(
    run: Run,
    path: Path,
    page_format: str,
    spec: dict[str, object],
    spec_path: Path,
    used: set[Acknowledgement],
) -> None:
    """Read one page into the run and diff it, or file why it could not be read."""
    try:
        page = read_page(path, page_format)
    except PageError as error:
        run.errors.append(error)
        return
    except Exception as exc:  # noqa: BLE001 -- a reader fault on an unforeseen page: one line, exit 2
        run.errors.append(
            PageError(str(path), 0, f"the reader failed ({type(exc).__name__}: {exc}); please report")
        )
        return
    run.pages.append(page)
    run.operations[page.path] = operation_of(page, spec)
    run.differences.extend(diff_page(page, spec, spec_path.with_name("DECISIONS.md"), used))


def _acknowledgements(spec: dict[str, object]) -> dict[int, list[Acknowledgement]]:
    """Read the spec's acknowledgements, or stop with exit 2 naming the malformed entry."""
    try:
        return index(spec)
    except AcknowledgementError as error:
        click.echo(f"error: {error}", err=True)
        raise SystemExit(EXIT_UNREADABLE) from None


def _stale(
    run: Run, spec: dict[str, object], acks: dict[int, list[Acknowledgement]], used: set[Acknowledgement]
) -> list[Acknowledgement]:
    """Return the acknowledgements of the operations read that matched no difference on any page."""
    operations = _spec.operations(spec)
    reached: set[int] = set()
    for operation_id in set(run.operations.values()) & operations.keys():
        reached |= in_scope(spec, operations[operation_id][2])
    return [ack for key in reached & acks.keys() for ack in acks[key] if ack not in used]


def _load(path: Path) -> dict[str, object]:
    """Load a spec, or stop with exit 2 and a one-line reason."""
    try:
        return _spec.load_spec(path)
    except _spec.SpecError as error:
        click.echo(f"error: {error}", err=True)
        raise SystemExit(EXIT_UNREADABLE) from None


def _spec_diff(old: Path, new: Path, json_output: bool) -> int:
    """Print the spec-to-spec diff; return 1 if a change breaks clients or servers, else 0."""
    changes = diff_specs(_load(old), _load(new))
    click.echo(
        changes_as_json(changes, str(old), str(new))
        if json_output
        else changes_as_text(changes, str(old), str(new))
    )
    return 1 if any(change.breaks for change in changes) else 0
