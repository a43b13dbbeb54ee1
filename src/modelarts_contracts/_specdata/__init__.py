"""Holds the copy of spec/openapi.yaml that a non-editable install ships (see pyproject.toml)."""
