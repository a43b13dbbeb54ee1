"""Re-render a page in another layout, saying the same thing: the drift reader's wording-only revisions.

A page is read into its raw structure (tables as cell text, code blocks, the ``METHOD /path`` line)
and written back as reStructuredText (grid tables of any width, or ``list-table``), HTML (with or
without ``<thead>``, ``<p>``-wrapped cells, entities), Markdown pipe tables or the help-center plain
text, with its options as bullets, bold, glued to their sentence or ``\\_\\_escaped\\_\\_``, its prose
reworded and its lines ended by CRLF or led by a BOM. Reading such a page must give the original's
counts and differences: the reader follows the formats, not one revision's spelling.

``Edit`` plants a real change (a new option, another default, range or type) in a row before
rendering, so the same layouts also prove that a change is still seen.
"""

from __future__ import annotations

import html
import random
import re
import textwrap
from dataclasses import dataclass, replace
from pathlib import Path

from modelarts_contracts._drift._facts import _OPTION
from modelarts_contracts._drift._model import RawTable
from modelarts_contracts._drift._read import FORMATS, detect

FORMAT_NAMES = ("rst-grid", "rst-list-table", "html", "markdown", "text")
# Header and Mandatory words: (name column, mandatory column, yes, no).
WORDS = (
    ("Parameter", "Mandatory", "Yes", "No"),
    ("Name", "Required", "true", "false"),
    ("Field", "Mandatory", "Mandatory", "Optional"),
    ("Parameter", "Required", "Required", "Optional"),
)
# How an array type is spelled: "Array of X objects" / "Array of strings" as ...
ARRAYS = ("Array of {} objects", "Array of {}", "List<{}>", "{}[]")
_ARRAY_TYPE = re.compile(r"^Array of (?P<name>\w+?)(?: objects|s)$")
CODE_STYLES = ("code-block", "code-block-json", "literal")
RESPONSE_HEADINGS = ("Example Responses", "Example Response", "Response Example", "Response Examples")
OPTION_STYLES = ("bullets", "bold", "glued", "escaped", "signs")
ANNOUNCEMENTS = ("The options are as follows:", "Options:", "Possible values:", "The value can be:")
_ANNOUNCED = re.compile(
    r"(?:The options are as follows|Options|Possible values|The value can be|Available options)\s*:\s*$"
)
# The same default and range in other words (the reader must understand each).
DEFAULTS = ("The default value is {}.", "Default value: {}.", "Defaults to {}.", "The default is {}.")
RANGES = ("The value ranges from {} to {}.", "Value range: {}-{}.", "Value range: {} to {}.")
_STATED_DEFAULT = re.compile(r"The default value is (?P<value>[^\s,;]+?)\.(?=\s|$)")
_STATED_RANGE = re.compile(r"The value ranges from (?P<low>-?[\d.]+) to (?P<high>-?[\d.]+?)\.(?=\s|$)")
_EXAMPLE_RESPONSES = re.compile(r"example\s+responses?", re.IGNORECASE)
_OPERATION = re.compile(r"^(GET|POST|PUT|PATCH|DELETE|HEAD)\s+/\S*$")


@dataclass(frozen=True)
class Layout:
    """How to write a page: format, widths, option style and the wording-only touches."""

    format: str = "rst-grid"
    width: int = 80
    options: str = "bullets"
    announce: str = ANNOUNCEMENTS[0]
    reword: bool = False
    phrasing: int = 0
    thead: bool = True
    paragraphs: bool = True
    entities: bool = False
    caption_above: bool = False
    underline: str = "-"
    header_rule: bool = True
    words: int = 0
    uri_table: bool = False
    columns: bool = False
    arrays: int = 0
    shuffle: int = 0
    code: str = "code-block"
    responses: str = "Example Responses"
    crlf: bool = False
    bom: bool = False


@dataclass(frozen=True)
class Description:
    """A description cell split into its prose and its (word, text) options."""

    prose: str
    options: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, cell: str) -> Description:
        """Split a cell's text into prose and options, as the reader finds them."""
        found = list(_OPTION.finditer(cell))
        if not found:
            return cls(" ".join(cell.split()), ())
        prose = " ".join(cell[: found[0].start()].split())
        options = tuple((match["word"], " ".join(match["text"].split())) for match in found)
        return cls(prose, options)


@dataclass(frozen=True)
class Source:
    """A page's raw structure: operation line, tables, and code blocks (request or response)."""

    operation: str
    tables: tuple[RawTable, ...]
    codes: tuple[tuple[str, bool], ...]

    @classmethod
    def read(cls, path: Path) -> Source:
        """Read a page file into its raw structure with the project's format readers."""
        text = path.read_text(encoding="utf-8-sig")
        raw = FORMATS[detect(text)](text, str(path))
        operation = next(" ".join(line.split()) for _, line in raw.lines if _OPERATION.match(line.strip()))
        responses = next(
            (number for number, line in raw.lines if _EXAMPLE_RESPONSES.fullmatch(line.strip())), None
        )
        codes = tuple(
            (body, responses is not None and line > responses)
            for line, body in raw.codes
            if body.lstrip()[:1] in {"{", "["}
        )
        return cls(operation, raw.tables, codes)


@dataclass(frozen=True)
class Edit:
    """A real change planted in one row: (table index, row index, column index) gets ``cell``."""

    table: int
    row: int
    column: int
    cell: str

    def apply(self, source: Source) -> Source:
        """Return the source with this row's cell replaced."""
        tables = list(source.tables)
        table = tables[self.table]
        rows = list(table.rows)
        line, cells = rows[self.row]
        rows[self.row] = (line, cells[: self.column] + (self.cell,) + cells[self.column + 1 :])
        tables[self.table] = replace(table, rows=tuple(rows))
        return replace(source, tables=tuple(tables))


def render(source: Source, layout: Layout) -> str:
    """Write ``source`` in ``layout``; the text (with its BOM and line ends) of the new page."""
    source = _uri_table(source) if layout.uri_table else source
    source = _columns(source) if layout.columns else source
    source = _worded(source, WORDS[layout.words % len(WORDS)])
    source = _arrays(source, ARRAYS[layout.arrays % len(ARRAYS)])
    source = _shuffled(source, layout.shuffle) if layout.shuffle else source
    writer = {
        "rst-grid": _rst,
        "rst-list-table": _rst,
        "html": _html,
        "markdown": _markdown,
        "text": _text,
    }[layout.format]
    text = writer(source, layout)
    if layout.crlf:
        text = text.replace("\n", "\r\n")
    return ("\ufeff" if layout.bom else "") + text


def _worded(source: Source, words: tuple[str, str, str, str]) -> Source:
    """Name the header cells and spell the Mandatory flags in other words."""
    name, mandatory, yes, no = words
    renamed = {"parameter": name, "mandatory": mandatory}
    tables = []
    for table in source.tables:
        header = tuple(renamed.get(cell.strip().lower(), cell) for cell in table.header)
        flag = next((i for i, cell in enumerate(table.header) if cell.strip().lower() == "mandatory"), None)
        rows = tuple(
            (line, cells if flag is None else _flagged(cells, flag, yes, no)) for line, cells in table.rows
        )
        tables.append(replace(table, header=header, rows=rows))
    return replace(source, tables=tuple(tables))


def _flagged(cells: tuple[str, ...], column: int, yes: str, no: str) -> tuple[str, ...]:
    """Spell one row's Yes/No flag as ``yes``/``no``."""
    flag = yes if cells[column].strip().lower() == "yes" else no
    return cells[:column] + (flag,) + cells[column + 1 :]


def _shuffled(source: Source, seed: int) -> Source:
    """Put each table's rows and each description's options in another order (``seed`` says which)."""
    order = random.Random(seed)
    tables = []
    for table in source.tables:
        at = next((i for i, cell in enumerate(table.header) if cell.strip().lower() == "description"), None)
        rows = [
            (line, cells if at is None else _options_shuffled(cells, at, order)) for line, cells in table.rows
        ]
        order.shuffle(rows)
        tables.append(replace(table, rows=tuple(rows)))
    return replace(source, tables=tuple(tables))


def _options_shuffled(cells: tuple[str, ...], at: int, order: random.Random) -> tuple[str, ...]:
    """A row with its description's options in another order."""
    found = Description.of(cells[at])
    options = list(found.options)
    order.shuffle(options)
    text = "\n".join([found.prose, *(f"- {word}: {text}" for word, text in options)])
    return (*cells[:at], text, *cells[at + 1 :])


def _arrays(source: Source, spelling: str) -> Source:
    """Spell the array type cells another way ("List<X>", "X[]", "Array of X"); other cells stay."""
    tables = []
    for table in source.tables:
        at = next((i for i, cell in enumerate(table.header) if cell.strip().lower() == "type"), None)
        rows = tuple(
            (line, cells if at is None else (*cells[:at], _array(cells[at], spelling), *cells[at + 1 :]))
            for line, cells in table.rows
        )
        tables.append(replace(table, rows=rows))
    return replace(source, tables=tuple(tables))


def _array(cell: str, spelling: str) -> str:
    """One type cell in ``spelling`` if it names an array of objects or scalars."""
    match = _ARRAY_TYPE.match(" ".join(cell.split()))
    if match is None or (
        spelling == ARRAYS[0] and match[0].endswith("s") and not match[0].endswith(" objects")
    ):
        return cell
    name = match["name"]
    return spelling.format(name.capitalize() if name.islower() else name)


def _columns(source: Source) -> Source:
    """Move each stated range and default out of the description into Value Range and Default Value cells."""
    tables = []
    for table in source.tables:
        at = next((i for i, cell in enumerate(table.header) if cell.strip().lower() == "description"), None)
        if at is None:
            tables.append(table)
            continue
        rows = []
        for line, cells in table.rows:
            description, value_range, default = cells[at], "-", "-"
            if match := _STATED_RANGE.search(description):
                value_range = f"{match['low']}-{match['high']}"
                description = description[: match.start()] + description[match.end() :]
            if match := _STATED_DEFAULT.search(description):
                default = match["value"]
                description = description[: match.start()] + description[match.end() :]
            rows.append(
                (line, (*cells[:at], description.strip() or "-", value_range, default, *cells[at + 1 :]))
            )
        header = (*table.header[: at + 1], "Value Range", "Default Value", *table.header[at + 1 :])
        tables.append(replace(table, header=header, rows=tuple(rows)))
    return replace(source, tables=tuple(tables))


def _uri_table(source: Source) -> Source:
    """Merge the path and query parameter tables into one "URI parameters" table, as some revisions do."""
    found = [i for i, t in enumerate(source.tables) if re.search(r"\b(?:path|query) param", t.caption, re.I)]
    if len(found) != 2 or source.tables[found[0]].header != source.tables[found[1]].header:
        return source
    first, second = (source.tables[i] for i in found)
    merged = replace(first, caption="Table 1 URI parameters", rows=first.rows + second.rows)
    tables = [merged if i == found[0] else table for i, table in enumerate(source.tables) if i != found[1]]
    return replace(source, tables=tuple(tables))


def _description(cell: str, layout: Layout, style: str) -> tuple[str, list[str]]:
    """Return a description's prose and its options written in ``layout``'s option style.

    ``style`` is the format's markup: ``rst``, ``html``, ``markdown`` or ``text``.
    """
    found = Description.of(cell)
    prose = found.prose
    if found.options:
        prose = _ANNOUNCED.sub("", prose).rstrip() + " " + layout.announce
    if layout.reword and prose:
        prose = _rephrase(f"{prose} Read it as the service returns it.", layout.phrasing)
    return prose.strip(), [_option(word, text, layout.options, style) for word, text in found.options]


def _rephrase(prose: str, phrasing: int) -> str:
    """Say a stated default and range in other words."""
    prose = _STATED_DEFAULT.sub(
        lambda match: DEFAULTS[phrasing % len(DEFAULTS)].format(match["value"]), prose
    )
    return _STATED_RANGE.sub(
        lambda match: RANGES[phrasing % len(RANGES)].format(match["low"], match["high"]), prose
    )


def _option(word: str, text: str, options: str, style: str) -> str:
    """Write one option in an option style (bullets, bold, glued, escaped, signs) and markup style."""
    shown = word
    if options == "escaped" and style in {"rst", "markdown"}:
        shown = word.replace("_", "\\_")
    elif options == "escaped" and style == "html":
        shown = word.replace("_", "&#95;")
    if options in {"bold", "glued", "escaped"}:
        shown = f"<strong>{shown}</strong>" if style == "html" else f"**{shown}**"
    sign = "•" if options == "signs" else "-"
    return f"{sign} {shown}: {text}"


def _cell_lines(cell: str, layout: Layout, style: str) -> list[str]:
    """Return a description cell as paragraphs (options glued into the prose, or one a paragraph)."""
    prose, options = _description(cell, layout, style)
    if layout.options == "glued" and options:
        return [prose + "".join(options)]
    return [part for part in [prose, *options] if part]


def _caption(table: RawTable) -> tuple[str, str]:
    """Split a caption into its number ("Table 2") and title."""
    match = re.match(r"^\s*(Table\s+\d+)\s*(.*)$", table.caption)
    return (match[1], match[2]) if match else ("", table.caption)


def _is_description(table: RawTable, column: int) -> bool:
    """Tell whether a column holds descriptions."""
    return table.header[column].strip().lower() == "description"


# reStructuredText --------------------------------------------------------------------------------


def _rst(source: Source, layout: Layout) -> str:
    """Write the page as reStructuredText with grid tables or list-tables."""
    out = _rst_heading("Querying a resource", "=") + ["URI", layout.underline * 3, "", source.operation, ""]
    for table in source.tables:
        number, title = _caption(table)
        caption = f"**{number}** {title}".strip()
        rows = [list(table.header)] + [
            [
                _rst_cell(cell, layout) if _is_description(table, column) else cell
                for column, cell in enumerate(cells)
            ]
            for _, cells in table.rows
        ]
        out += (
            _list_table(caption, rows) if layout.format == "rst-list-table" else _grid(caption, rows, layout)
        )
    out += _rst_codes(source, layout)
    return "\n".join(out) + "\n"


def _rst_heading(title: str, char: str) -> list[str]:
    """A heading and its underline."""
    return [title, char * len(title), ""]


def _rst_cell(cell: str, layout: Layout) -> str:
    """A description cell as rST paragraphs (options as list items), blank lines between them."""
    return "\n\n".join(_cell_lines(cell, layout, "rst"))


def _wrap(text: str, width: int) -> list[str]:
    """Wrap a cell's paragraphs to ``width``, list items' continuation lines indented."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            lines.append("")
            continue
        indent = "   " if paragraph.lstrip()[:1] in {"-", "•"} else ""
        lines += textwrap.wrap(
            paragraph, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
        ) or [""]
    return lines


def _grid(caption: str, rows: list[list[str]], layout: Layout) -> list[str]:
    """A ``.. table::`` grid table, descriptions wrapped to the layout's width."""
    widths = []
    for column in range(len(rows[0])):
        # A list item's continuation lines are indented by three: the longest word must still fit.
        words = [len(word) + 3 for row in rows for word in row[column].split()] or [1]
        natural = max(len(line) for row in rows for line in row[column].split("\n"))
        widths.append(max(max(words), min(natural, layout.width)))
    border = "+" + "+".join("-" * (width + 2) for width in widths) + "+"
    out = [f".. table:: {caption}", ""]
    for index, row in enumerate(rows):
        wrapped = [_wrap(cell, width) for cell, width in zip(row, widths, strict=True)]
        height = max(len(lines) for lines in wrapped)
        out.append("   " + border)
        for line in range(height):
            cells = [
                (lines[line] if line < len(lines) else "").ljust(width)
                for lines, width in zip(wrapped, widths, strict=True)
            ]
            out.append("   | " + " | ".join(cells) + " |")
        if index == 0:
            out.append("   " + border.replace("-", "=" if layout.header_rule else "-"))
    out += ["   " + border, ""]
    return out


def _list_table(caption: str, rows: list[list[str]]) -> list[str]:
    """A ``.. list-table::`` directive, its first row the header."""
    widths = " ".join(["20"] * (len(rows[0]) - 1) + ["60"])
    out = [f".. list-table:: {caption}", "   :header-rows: 1", f"   :widths: {widths}", ""]
    for row in rows:
        for column, cell in enumerate(row):
            lines = cell.split("\n")
            marker = "   * - " if column == 0 else "     - "
            out.append(marker + lines[0])
            out += [("       " + line) if line else "" for line in lines[1:]]
    out.append("")
    return out


_CODE_OPENERS = {
    "code-block": [".. code-block::", ""],
    "code-block-json": [".. code-block:: json", "   :linenos:", ""],
    "literal": ["The body reads::", ""],
}


def _rst_codes(source: Source, layout: Layout) -> list[str]:
    """The request examples, then the response examples under their heading, as code blocks."""
    out: list[str] = []
    for responses in (False, True):
        if responses:
            out += [layout.responses, layout.underline * len(layout.responses), ""]
        for body, is_response in source.codes:
            if is_response is responses:
                out += _CODE_OPENERS[layout.code] + ["   " + line for line in body.split("\n")] + [""]
    return out


# HTML --------------------------------------------------------------------------------------------


def _html(source: Source, layout: Layout) -> str:
    """Write the page as HTML: captioned tables, list items or inline options, ``<pre>`` examples."""
    out = ['<html><body><h1 class="topictitle1">Querying a resource</h1>', "<h4>URI</h4>"]
    out.append(f"<p>{_entities(html.escape(source.operation), layout)}</p>")
    for table in source.tables:
        out += _html_table(table, layout)
    for responses in (False, True):
        if responses:
            out.append(f'<h4 class="sectiontitle">{layout.responses}</h4>')
        for body, is_response in source.codes:
            if is_response is responses:
                out.append(f'<pre class="screen">{html.escape(body)}</pre>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _entities(text: str, layout: Layout) -> str:
    """Spell underscores and some spaces as character references when the layout asks for them."""
    if not layout.entities:
        return text
    return text.replace("_", "&#95;").replace(" ", "&nbsp;", 3)


def _html_table(table: RawTable, layout: Layout) -> list[str]:
    """One HTML table, its caption inside (``<caption>``) or above it (a ``tablecap`` paragraph)."""
    number, title = _caption(table)
    caption = f"<b>{number} </b>{html.escape(title)}"
    out = [f'<p class="tablecap">{caption}</p>'] if layout.caption_above else []
    out.append('<table cellpadding="4" frame="border" border="1" rules="all">')
    if not layout.caption_above:
        out.append(f"<caption>{caption}</caption>")
    head = "".join(f'<th align="left" valign="top">{html.escape(cell)}</th>' for cell in table.header)
    out += ["<thead>", f"<tr>{head}</tr>", "</thead>", "<tbody>"] if layout.thead else [f"<tr>{head}</tr>"]
    for _, cells in table.rows:
        row = "".join(
            f'<td valign="top">{_html_cell(cell, layout, _is_description(table, column))}</td>\n'
            for column, cell in enumerate(cells)
        )
        out.append(f"<tr>{row}</tr>")
    out += ["</tbody>", "</table>"] if layout.thead else ["</table>"]
    return out


def _html_cell(cell: str, layout: Layout, description: bool) -> str:
    """A cell's HTML: plain text, or paragraphs and a ``<ul>`` (inline dashes when glued)."""
    if not description:
        text = _entities(html.escape(cell), layout)
        return f"<p>{text}</p>" if layout.paragraphs else text
    prose, options = _description(cell, layout, "html")
    prose = _entities(html.escape(prose), layout)
    if layout.options == "glued" and options:
        return f"<p>{prose} {' '.join(options)}</p>"
    wrap = (lambda text: f"<p>{text}</p>") if layout.paragraphs else (lambda text: text)
    items = "".join(f"<li>{wrap(_strip_sign(option))}</li>" for option in options)
    return (wrap(prose) if prose else "") + (f'<ul class="ul">{items}</ul>' if items else "")


def _strip_sign(option: str) -> str:
    """An option without its bullet sign (a ``<li>`` is the bullet)."""
    return option[2:]


# Markdown ----------------------------------------------------------------------------------------


def _markdown(source: Source, layout: Layout) -> str:
    """Write the page as Markdown: pipe tables with ``<br>`` inside cells, fenced JSON examples."""
    out = ["# Querying a resource", "", "## URI", "", f"`{source.operation}`", ""]
    for table in source.tables:
        number, title = _caption(table)
        out += [f"**{number}** {title}".strip(), ""]
        out.append("| " + " | ".join(table.header) + " |")
        out.append("|" + "|".join(" --- " for _ in table.header) + "|")
        for _, cells in table.rows:
            written = [
                _markdown_cell(cell, layout) if _is_description(table, column) else cell.replace("_", "\\_")
                for column, cell in enumerate(cells)
            ]
            out.append("| " + " | ".join(part.replace("|", "\\|") for part in written) + " |")
        out.append("")
    for responses in (False, True):
        if responses:
            out += [f"## {layout.responses}", ""]
        for body, is_response in source.codes:
            if is_response is responses:
                out += ["```json", body, "```", ""]
    return "\n".join(out) + "\n"


def _markdown_cell(cell: str, layout: Layout) -> str:
    """A description in a pipe-table cell: ``<br>`` between paragraphs, or an inline HTML list."""
    if layout.options != "signs":
        return "<br>".join(_cell_lines(cell, layout, "markdown"))
    prose, options = _description(cell, layout, "markdown")
    items = "".join(f"<li>{_strip_sign(option)}</li>" for option in options)
    return prose + (f"<ul>{items}</ul>" if items else "")


# Help-center plain text --------------------------------------------------------------------------


def _text(source: Source, layout: Layout) -> str:
    """Write the page as the help-center export: every cell a line, options as indented bullets."""
    out = ["Querying a resource", "", "URI", "", source.operation, ""]
    for table in source.tables:
        out += [table.caption, "", *[cell for cell in table.header for cell in (cell, "")]]
        for _, cells in table.rows:
            for column, cell in enumerate(cells):
                if not _is_description(table, column):
                    out += [cell, ""]
                    continue
                prose, options = _description(cell, layout, "text")
                if layout.options == "glued" and options:
                    out += [prose + "".join(options), ""]
                    continue
                out += [prose or "See below.", ""]
                # Bullets at the margin ("- a: x", "• a: x") or indented, as exports differ.
                indent = "" if layout.options in {"bullets", "signs"} else "  "
                out += [indent + option for option in options]
                out += [""] if options else []
    for responses in (False, True):
        if responses:
            out += [layout.responses, ""]
        for body, is_response in source.codes:
            if is_response is responses:
                out += [body, ""]
    return "\n".join(out) + "\n"


# Touches on a page's own text ---------------------------------------------------------------------

_UNDERLINE = re.compile(r"^([=\-~^\"'])\1{2,}$", re.MULTILINE)
_TEXT_NODE = re.compile(r">([^<]+)<")
_TAG = re.compile(r"</?(?:td|th|tr|table|caption|p|li|ul|strong|pre)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Touch:
    """Wording-free edits of a page's own text: line ends, BOM, underlines, entities, tag case, spaces."""

    crlf: bool = False
    bom: bool = False
    underline: str = ""
    entities: bool = False
    upper_tags: bool = False
    trailing_spaces: bool = False

    def apply(self, text: str, page_format: str) -> str:
        """Return ``text`` touched as this says (format-specific touches only where they apply)."""
        if self.underline and page_format == "rst":
            text = _UNDERLINE.sub(lambda match: self.underline * len(match[0]), text)
        if self.entities and page_format == "html":
            text = _TEXT_NODE.sub(lambda match: ">" + _spell(match[1]) + "<", text)
        if self.upper_tags and page_format == "html":
            text = _TAG.sub(lambda match: match[0].upper(), text)
        if self.trailing_spaces:
            text = "\n".join(line + "  " if line.strip() else line for line in text.split("\n"))
        if self.crlf:
            text = text.replace("\n", "\r\n")
        return ("\ufeff" if self.bom else "") + text


def _spell(text: str) -> str:
    """Spell a text node's underscores as ``&#95;`` and its first space as ``&nbsp;``."""
    return text.replace("_", "&#95;").replace(" ", "&nbsp;", 1) if text.strip() else text
