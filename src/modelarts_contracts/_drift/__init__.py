"""Drift reader: read the published API pages, compare them with the spec, and diff two specs.

``read_page`` turns a page (reStructuredText, the help-center plain-text export, HTML or Markdown) into
one :class:`Page` model; ``diff_page`` lists where the spec disagrees, each difference marked
acknowledged when the spec's ``x-decision`` / ``x-page-*`` markers already account for it;
``diff_specs`` says which spec changes can break clients or servers.
"""

from ._diff import diff_page, operation_of
from ._difference import Difference
from ._model import Example, Facts, Field, ObjectTable, Page, PageError, Param
from ._read import detect, page_files, read_page
from ._specdiff import Change, diff_specs

__all__ = [
    "Change",
    "Difference",
    "Example",
    "Facts",
    "Field",
    "ObjectTable",
    "Page",
    "PageError",
    "Param",
    "detect",
    "diff_page",
    "diff_specs",
    "operation_of",
    "page_files",
    "read_page",
]
