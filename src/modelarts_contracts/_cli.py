"""The ``modelarts-contracts`` command: ``run`` the contract suite, serve the ``mock``, read ``drift``.

Each subcommand lives beside the code it drives and is imported only when called, so a
broken or slow import in one does not stop the others.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from . import __version__
from ._spec import SpecError

_SUBCOMMANDS = {
    "run": (
        "modelarts_contracts._run",
        "run",
        "Run the contract suite against a server (default: the mock).",
    ),
    "mock": (
        "modelarts_contracts._mock._command",
        "mock",
        "Serve the mock ModelArts service on a loopback port.",
    ),
    "drift": (
        "modelarts_contracts._drift._command",
        "drift",
        "Report where the published pages and the spec disagree.",
    ),
}


class _LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(_SUBCOMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in _SUBCOMMANDS:
            return None
        module_name, attribute, _ = _SUBCOMMANDS[cmd_name]
        command: click.Command = getattr(importlib.import_module(module_name), attribute)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List the subcommands from their one-line summaries, without importing them."""
        rows = [(name, summary) for name, (_, _, summary) in sorted(_SUBCOMMANDS.items())]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="modelarts-contracts")
def cli() -> None:
    """Contract suite, mock server and drift reader for the ModelArts data-management task APIs."""


def main(argv: list[str] | None = None) -> Any:
    """Entry point of the console script: a bad spec or Ctrl-C ends with one line, not a traceback."""
    try:
        return cli.main(args=argv, prog_name="modelarts-contracts")
    except SpecError as exc:
        click.echo(f"modelarts-contracts: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("modelarts-contracts: interrupted", err=True)
        sys.exit(130)
