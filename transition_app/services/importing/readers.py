"""Reading a spreadsheet into rows of cells: CSV as Belgian Excel writes it, and XLSX.  Qt-free.

* **CSV**: ``;`` (Excel with Belgian settings), ``,`` or tab separators, found from the file;
  UTF-8 with or without a byte-order mark, else Windows-1252 (what Excel saves as "CSV"), UTF-16
  with a byte-order mark ("Unicode text"); quoted fields may hold separators and line breaks;
  Excel's ``sep=;`` first line is understood.  Row numbers are those Excel shows (a quoted line
  break does not start a new row).
* **XLSX** (openpyxl, read-only, ``data_only``): a formula cell gives the result Excel saved with
  it (a formula without a saved result is reported, never read as empty); date cells give dates;
  a number shown with leading zeros (format ``00000000000``) gives its digits as shown; the value
  of a merged range applies to every cell of the range.  Read-only mode does not expose merged
  ranges, so they are read from the worksheet's XML (one pass over bytes, no second parse).

Nothing read is logged or written anywhere.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from transition_app.domain.validation import ServiceError
from transition_app.services.importing import errors as E
from transition_app.services.importing.vocabulary import field_for_header

HEADER_SEARCH = 10  # the header is the best of the first 10 non-empty rows


class _FormulaWithoutValue:
    """A formula cell of an XLSX file saved without its result."""

    def __repr__(self) -> str:
        return "FORMULA_WITHOUT_VALUE"


FORMULA_WITHOUT_VALUE = _FormulaWithoutValue()


@dataclass(frozen=True)
class ErrorValue:
    """A cell showing an Excel error (#N/A, #REF!...)."""

    text: str


@dataclass(frozen=True)
class SheetRow:
    number: int  # as the spreadsheet shows it (the header row is usually 1)
    cells: tuple[object, ...]  # str, int, float, bool, date, datetime, ErrorValue, FORMULA_WITHOUT_VALUE


@dataclass(frozen=True)
class Table:
    file_type: str  # "csv" | "xlsx"
    headers: tuple[str, ...]
    header_row: int
    rows: tuple[SheetRow, ...]
    sheet: str | None = None  # XLSX: the sheet read
    sheets: tuple[str, ...] = ()  # XLSX: every sheet of the workbook
    encoding: str | None = None  # CSV
    delimiter: str | None = None  # CSV

    def column_name(self, index: int) -> str:
        """The header, or "column C" for a column without one."""
        header = self.headers[index] if index < len(self.headers) else ""
        return header or f"column {column_letter(index)}"


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    out = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def column_index(letters: str) -> int | None:
    if not letters.isascii() or not letters.isalpha() or len(letters) > 3:
        return None
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def file_type(path: str | os.PathLike[str]) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        return "csv"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    raise ServiceError(E.UNKNOWN_FILE_TYPE)


def read_table(path: str | os.PathLike[str], sheet: str | None = None) -> Table:
    """The rows of ``path`` (CSV or XLSX; ``sheet``: the XLSX sheet, default the first)."""
    kind = file_type(path)
    try:
        data = Path(path).read_bytes()
    except OSError:
        raise ServiceError(E.FILE_NOT_FOUND, value=Path(path).name) from None
    if kind == "csv":
        return read_csv_bytes(data)
    return read_xlsx_bytes(data, sheet)


def sheet_names(path: str | os.PathLike[str]) -> tuple[str, ...]:
    """The sheets of an XLSX file (empty for a CSV file)."""
    if file_type(path) != "xlsx":
        return ()
    wb = _open_workbook(Path(path).read_bytes())
    try:
        return tuple(wb.sheetnames)
    finally:
        wb.close()


# --------------------------------------------------------------------------- CSV


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-16 or UTF-8 by their byte-order mark, else UTF-8 if the bytes are
    valid UTF-8, else Windows-1252 (Excel's "CSV" on a Belgian PC)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # the 5 bytes cp1252 leaves undefined: Latin-1 reads everything
        return data.decode("latin-1"), "latin-1"


_SEP_LINE = re.compile(r"^\"?sep=(.)\"?\r?\n", re.IGNORECASE)


def sniff_delimiter(text: str) -> str:
    """``;``, ``,`` or tab: the one that splits the first records into the most, most regular fields."""
    sample = text[:65536]
    best, best_score = ";", (-1, -1)
    for sep in (";", ",", "\t"):
        counts = []
        try:
            for i, record in enumerate(csv.reader(io.StringIO(sample), delimiter=sep)):
                if i >= 20:
                    break
                if any(c.strip() for c in record):
                    counts.append(len(record))
        except csv.Error:
            continue
        if not counts:
            continue
        head = counts[0]
        regular = sum(1 for c in counts if c == head)
        score = (regular if head > 1 else 0, head)
        if score > best_score:
            best, best_score = sep, score
    return best


def read_csv_bytes(data: bytes) -> Table:
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError:
        raise ServiceError(E.UNREADABLE, kind="CSV") from None
    if "\x00" in text:  # a binary file renamed .csv
        raise ServiceError(E.UNREADABLE, kind="CSV")
    first_row = 1
    sep_line = _SEP_LINE.match(text)
    if sep_line:  # Excel's hint line: not a row Excel shows
        delimiter = sep_line.group(1)
        text = text[sep_line.end():]
    else:
        delimiter = sniff_delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error:
        raise ServiceError(E.UNREADABLE, kind="CSV") from None
    rows = [SheetRow(first_row + i, tuple(_trim(record))) for i, record in enumerate(records)]
    return _with_header(rows, "csv", encoding=encoding, delimiter=delimiter)


def _trim(cells: Sequence[object]) -> list[object]:
    out = list(cells)
    while out and _blank(out[-1]):
        out.pop()
    return out


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _with_header(rows: list[SheetRow], kind: str, **extra: object) -> Table:
    rows = [r for r in rows if any(not _blank(c) for c in r.cells)]
    if not rows:
        raise ServiceError(E.EMPTY_FILE)
    best, best_count = 0, 0
    for i, row in enumerate(rows[:HEADER_SEARCH]):
        count = sum(1 for c in row.cells if isinstance(c, str) and field_for_header(c))
        if count > best_count:
            best, best_count = i, count
    header = rows[best]
    headers = tuple(_header_text(c) for c in header.cells)
    data = tuple(rows[best + 1:])
    if not data:
        raise ServiceError(E.EMPTY_FILE)
    return Table(kind, headers, header.number, data, **extra)  # type: ignore[arg-type]


def _header_text(value: object) -> str:
    if value is None or value is FORMULA_WITHOUT_VALUE:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


# --------------------------------------------------------------------------- XLSX

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')
_FORMULA_CELL = re.compile(rb'<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)', re.DOTALL)
_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_FORMULA = re.compile(rb"<(?:\w+:)?f\b")
_SAVED_VALUE = re.compile(rb"<(?:\w+:)?v\b[^>/]*>[^<]+<|<(?:\w+:)?is\b")
_TEXT_RESULT = re.compile(rb'\bt="str"')
_ZEROS = re.compile(r"^0{2,}$")


def _open_workbook(data: bytes, read_only: bool = True):  # type: ignore[no-untyped-def]
    import openpyxl

    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=read_only, data_only=True)
    except Exception:  # noqa: BLE001 - zip, XML or openpyxl errors: one plain message
        raise ServiceError(E.UNREADABLE, kind="XLSX") from None


def read_xlsx_bytes(data: bytes, sheet: str | None = None) -> Table:
    wb = _open_workbook(data)
    try:
        names = tuple(wb.sheetnames)
        if sheet is None:
            chosen = next((n for n in names if wb[n].sheet_state == "visible"), names[0] if names else None)
        else:
            chosen = next((n for n in names if n == sheet), None) or next(
                (n for n in names if n.casefold() == sheet.strip().casefold()), None)
            if chosen is None:
                raise ServiceError(E.UNKNOWN_SHEET, value=sheet, sheets=", ".join(names))
        if chosen is None:
            raise ServiceError(E.EMPTY_FILE)
        ws = wb[chosen]
        fast = _fast_grid(data, wb, ws)
        if fast is not None:  # one pass over the sheet's XML
            grid, merged = fast
            unsaved: list[tuple[int, int]] = []
        else:  # openpyxl's own reading (slower), merged ranges and unsaved formulas from the XML
            merged, unsaved = _sheet_xml_facts(data, wb, ws)
            grid = _cells(ws)
    except ServiceError:
        raise
    except Exception:  # noqa: BLE001 - a damaged part of the file
        raise ServiceError(E.UNREADABLE, kind="XLSX") from None
    finally:
        wb.close()
    for (r, c) in unsaved:
        _put(grid, r, c, FORMULA_WITHOUT_VALUE)
    for r1, c1, r2, c2 in merged:
        value = grid.get(r1, {}).get(c1)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    _put(grid, r, c, value)
    rows = []
    for number in sorted(grid):
        cells = grid[number]
        width = max(cells) + 1 if cells else 0
        rows.append(SheetRow(number, tuple(_trim([cells.get(i) for i in range(width)]))))
    return _with_header(rows, "xlsx", sheet=chosen, sheets=names)


def _put(grid: dict[int, dict[int, object]], r: int, c: int, value: object) -> None:
    if value is None:
        grid.get(r, {}).pop(c, None)
    else:
        grid.setdefault(r, {})[c] = value


def _cells(ws) -> dict[int, dict[int, object]]:  # type: ignore[no-untyped-def]
    """row number -> column index (0-based) -> value; empty cells left out."""
    ws.reset_dimensions()  # the file's own dimension tag can be wrong: read every row there is
    grid: dict[int, dict[int, object]] = {}
    for number, row in enumerate(ws.iter_rows(), start=1):
        cells: dict[int, object] = {}
        for cell in row:
            value = getattr(cell, "value", None)
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            kind = getattr(cell, "data_type", "s")
            if kind == "e":
                value = ErrorValue(str(value))
            elif isinstance(value, int | float) and not isinstance(value, bool):
                fmt = cell.number_format or ""
                if float(value).is_integer() and _ZEROS.match(fmt):  # shown with its leading zeros
                    value = str(int(value)).zfill(len(fmt))
            elif isinstance(value, dt.time):
                value = value.isoformat()
            cells[cell.column - 1] = value
        if cells:
            grid[number] = cells
    return grid


def _sheet_xml_facts(data: bytes, wb, ws) -> tuple[list[tuple[int, int, int, int]], list[tuple[int, int]]]:  # type: ignore[no-untyped-def]
    """(merged ranges as (row1, col1, row2, col2), formula cells saved without a result)."""
    from openpyxl.utils.cell import column_index_from_string as col

    path = getattr(ws, "_worksheet_path", None)
    if path is None:  # not openpyxl's read-only worksheet: ask a full load for the merged ranges
        return _merged_by_full_load(data, ws.title), []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        xml = zf.read(path.lstrip("/"))
    merged = []
    for m in _MERGE.finditer(xml):
        r1, c1 = int(m.group(2)), col(m.group(1).decode()) - 1
        if m.group(3):
            r2, c2 = int(m.group(4)), col(m.group(3).decode()) - 1
        else:
            r2, c2 = r1, c1
        merged.append((r1, c1, r2, c2))
    unsaved = []
    if _FORMULA.search(xml):
        for m in _FORMULA_CELL.finditer(xml):
            body = m.group(2) or b""
            if not _FORMULA.search(body) or _SAVED_VALUE.search(body) or _TEXT_RESULT.search(m.group(1)):
                continue  # no formula, a saved result, or a saved empty text result
            ref = _REF.search(m.group(1))
            if ref:
                unsaved.append((int(ref.group(2)), col(ref.group(1).decode()) - 1))
    return merged, unsaved


def _merged_by_full_load(data: bytes, title: str) -> list[tuple[int, int, int, int]]:
    wb = _open_workbook(data, read_only=False)
    try:
        return [(r.min_row, r.min_col - 1, r.max_row, r.max_col - 1) for r in wb[title].merged_cells.ranges]
    finally:
        wb.close()


_CELL_REF = re.compile(r"^([A-Z]+)(\d+)$")


def _fast_grid(data: bytes, wb, ws):  # type: ignore[no-untyped-def]
    """The cells and merged ranges of ``ws`` from one pass over its XML (ElementTree's C parser),
    with the workbook's shared strings, date styles and number formats as openpyxl loaded them.
    None when this openpyxl does not expose them (then openpyxl reads the cells)."""
    import xml.etree.ElementTree as ET

    from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE
    from openpyxl.utils.cell import column_index_from_string
    from openpyxl.utils.datetime import from_excel

    try:
        path = ws._worksheet_path
        shared = ws._shared_strings
        date_styles = set(wb._date_formats)
        timedelta_styles = set(wb._timedelta_formats)
        styles = wb._cell_styles
        custom_formats = wb._number_formats
        epoch = wb.epoch
    except AttributeError:
        return None

    def number_format(style_id: int) -> str:
        try:
            fmt_id = styles[style_id].numFmtId
        except (IndexError, TypeError):
            return ""
        if fmt_id < BUILTIN_FORMATS_MAX_SIZE:
            return BUILTIN_FORMATS.get(fmt_id, "")
        try:
            return custom_formats[fmt_id - BUILTIN_FORMATS_MAX_SIZE]
        except IndexError:
            return ""

    zero_width: dict[int, int] = {}

    def width_of(style_id: int) -> int:
        if style_id not in zero_width:
            fmt = number_format(style_id)
            zero_width[style_id] = len(fmt) if _ZEROS.match(fmt) else 0
        return zero_width[style_id]

    columns: dict[str, int] = {}

    def column(letters: str) -> int:
        if letters not in columns:
            columns[letters] = column_index_from_string(letters) - 1
        return columns[letters]

    grid: dict[int, dict[int, object]] = {}
    merged: list[tuple[int, int, int, int]] = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        root = ET.fromstring(zf.read(path.lstrip("/")))  # one call into the C parser
    ns = root.tag[:root.tag.rfind("}") + 1]
    tag_v, tag_f, tag_is, tag_t = ns + "v", ns + "f", ns + "is", ns + "t"
    sheet_data = root.find(ns + "sheetData")
    row_number = 0
    for row in sheet_data if sheet_data is not None else ():
        r = row.get("r")
        row_number = int(r) if r else row_number + 1
        col_counter = -1
        cells: dict[int, object] = {}
        for c in row:
            ref = c.get("r")
            if ref:
                m = _CELL_REF.match(ref)
                col_counter = column(m.group(1)) if m else col_counter + 1
            else:
                col_counter += 1
            kind = c.get("t", "n")
            v = c.findtext(tag_v)
            value: object = None
            if kind == "inlineStr":
                node = c.find(tag_is)
                if node is not None:
                    value = "".join(t.text or "" for t in node.iter(tag_t))
            elif not v:
                if kind != "str" and c.find(tag_f) is not None:
                    value = FORMULA_WITHOUT_VALUE  # a formula saved without its result
            elif kind == "s":
                value = shared[int(v)]
            elif kind == "str":
                value = v
            elif kind == "b":
                value = v.strip() not in ("0", "false")
            elif kind == "e":
                value = ErrorValue(v)
            elif kind == "d":
                value = dt.datetime.fromisoformat(v)
            else:
                number: int | float = float(v) if ("." in v or "e" in v or "E" in v) else int(v)
                style = int(c.get("s") or 0)
                if style in date_styles:
                    value = from_excel(number, epoch, timedelta=style in timedelta_styles)
                else:
                    width = width_of(style) if float(number).is_integer() else 0
                    value = str(int(number)).zfill(width) if width else number
            if value is None:
                continue
            if isinstance(value, str):
                if not value.strip():
                    continue
            elif isinstance(value, dt.time):
                value = value.isoformat()
            elif isinstance(value, dt.timedelta):
                value = str(value)
            cells[col_counter] = value
        if cells:
            grid[row_number] = cells
    merge_cells = root.find(ns + "mergeCells")
    for mc in merge_cells if merge_cells is not None else ():
        first, _, last = (mc.get("ref") or "").partition(":")
        a, b = _CELL_REF.match(first), _CELL_REF.match(last or first)
        if a and b:
            merged.append((int(a.group(2)), column(a.group(1)), int(b.group(2)), column(b.group(1))))
    return grid, merged
