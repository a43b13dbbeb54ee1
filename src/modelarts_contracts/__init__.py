"""Contract suite, mock server and tooling for the ModelArts data-management task APIs."""

__version__ = "0.1.0"
