"""Rows of cell text out of a catalogue spreadsheet: a CSV file, or the sheets of an Excel
workbook (.xlsx, read with openpyxl in read-only mode: rows stream from the file, pictures
and charts are never loaded).

Every cell arrives as the text a host sees in the cell, or None when empty: numbers keep at
most the 15 significant digits Excel shows (19.99 stored as 19.990000000000002 reads
"19.99"), whole numbers have no ".0", dates are ISO dates, a formula cell gives the result
Excel saved with it, and a merged cell gives its value to every cell it covers.

A catalogue is small, a hostile or broken file must not be: the file may be at most
`MAX_FILE_BYTES`, each part of a workbook read whole at most `MAX_PART_BYTES` once
unpacked, and at most `MAX_ROWS` rows under the header and `MAX_COLUMNS` columns are read.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 100_000_000  # on disk
MAX_PART_BYTES = 200_000_000  # one XML part of a workbook, unpacked
MAX_ROWS = 10_000  # rows under the header
MAX_COLUMNS = 256
MAX_MERGED = 20_000  # merged ranges honoured per sheet

Cells = tuple[str | None, ...]
Row = tuple[int, Cells]  # (1-based line or row number, cells)


class SheetError(Exception):
    """The file cannot be read as a table; the message is a sentence for the host."""


@dataclass(frozen=True, slots=True)
class Sheet:
    """One table: `name` is the sheet's name in a workbook, None for a CSV file."""

    name: str | None
    source: SheetSource

    def rows(self, limit: int | None = None) -> Iterator[Row]:
        """Rows from the top, line numbers as the host's program shows them; stops after
        `limit` lines (blank lines count)."""
        return self.source.rows(self.name, limit)

    def where(self, line: int) -> str:
        return f"Sheet '{self.name}' line {line}" if self.name is not None else f"line {line}"


class SheetSource:
    strict_width = False  # a CSV row longer than its header is an error (a missing quote)

    def sheets(self) -> list[Sheet]:
        raise NotImplementedError

    def rows(self, name: str | None, limit: int | None) -> Iterator[Row]:
        raise NotImplementedError

    def close(self) -> None:
        pass


def open_sheets(path: Path) -> SheetSource:
    """A .csv or .xlsx file's sheets; `SheetError` (a sentence) when it cannot be read."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SheetError(f"Cannot read the catalogue {path}: {exc.strerror or exc}.") from None
    if size > MAX_FILE_BYTES:
        raise SheetError(f"{path.name} is {size / 1e6:.0f} MB; Seller Studio reads catalogues of up to "
                         f"{MAX_FILE_BYTES / 1e6:.0f} MB. Export only the products for the show.")
    if path.suffix.lower() == ".xlsx":
        return XlsxSource(path)
    return CsvSource(path)


# -- CSV -------------------------------------------------------------------------------------------------


class CsvSource(SheetSource):
    strict_width = True

    def __init__(self, path: Path) -> None:
        try:
            self.text = path.read_bytes().decode("utf-8-sig")  # Excel's "CSV UTF-8" starts with a BOM
        except UnicodeDecodeError:
            raise SheetError(
                f"{path.name} is not UTF-8 text; save it again as UTF-8 (in Excel: 'CSV UTF-8')."
            ) from None
        except OSError as exc:
            raise SheetError(f"Cannot read the catalogue {path}: {exc.strerror or exc}.") from None
        if not self.text.strip():
            raise SheetError(f"{path.name} is empty: the first line must name the columns.")

    def sheets(self) -> list[Sheet]:
        return [Sheet(None, self)]

    def rows(self, name: str | None, limit: int | None) -> Iterator[Row]:
        lines = self.text.splitlines()
        # Spreadsheets in comma-decimal locales save ";"-separated CSV; the first lines tell.
        sample = "\n".join(lines[:5])
        delimiter = max((",", ";", "\t"), key=sample.count)
        reader = csv.reader(io.StringIO(self.text, newline=""), delimiter=delimiter)
        previous_end = 0
        for values in reader:
            start, previous_end = previous_end + 1, reader.line_num  # a quoted cell may span lines
            if limit is not None and start > limit:
                return
            yield start, tuple(v.strip() or None for v in values[:MAX_COLUMNS + 1])


# -- XLSX ------------------------------------------------------------------------------------------------


class XlsxSource(SheetSource):
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
                if "xl/workbook.xml" not in names:
                    raise SheetError(f"{path.name} is not an Excel workbook (.xlsx); save it from your "
                                     "spreadsheet as 'Excel Workbook (.xlsx)' or as CSV UTF-8.")
                for info in archive.infolist():
                    if info.filename.endswith((".xml", ".rels")) and info.file_size > MAX_PART_BYTES:
                        raise SheetError(
                            f"{path.name} unpacks to more than {MAX_PART_BYTES / 1e6:.0f} MB in one part "
                            f"({info.filename}); Seller Studio does not open it. Export only the products "
                            "for the show, or save the sheet as CSV.")
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
            raise SheetError(f"{path.name} is not an Excel workbook (.xlsx) or is damaged; open it in "
                             "your spreadsheet and save it again, or save it as CSV UTF-8.") from None
        except OSError as exc:
            raise SheetError(f"Cannot read the catalogue {path}: {exc.strerror or exc}.") from None
        import openpyxl  # only when a workbook is opened: the app starts without it

        try:
            # data_only: a formula cell reads the result Excel saved with it.
            self.book = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
        except Exception as exc:  # openpyxl raises many kinds for a broken file
            log.info("openpyxl could not read %s: %r", path, exc)
            raise SheetError(f"{path.name} could not be read as an Excel workbook; open it in your "
                             "spreadsheet and save it again, or save it as CSV UTF-8.") from None

    def sheets(self) -> list[Sheet]:
        return [Sheet(ws.title, self) for ws in self.book.worksheets]

    def rows(self, name: str | None, limit: int | None) -> Iterator[Row]:
        ws = self.book[name]
        spans = _merged_ranges(self.book, ws, limit)
        merged = _Merged(spans) if spans else None
        # The <dimension> an exporter writes may be wrong ("A1"): read what is there instead.
        ws.reset_dimensions()
        try:
            iterator = ws.iter_rows(min_row=1, max_row=limit, max_col=MAX_COLUMNS, values_only=True)
            for number, values in enumerate(iterator, start=1):
                cells = [_text(v) for v in values]
                while cells and cells[-1] is None:
                    cells.pop()
                if merged is not None:
                    merged.fill(number, cells)
                yield number, tuple(cells)
        except SheetError:
            raise
        except Exception as exc:  # a damaged sheet part
            log.info("openpyxl could not read sheet %r of %s: %r", name, self.path, exc)
            raise SheetError(f"Sheet '{name}' of {self.path.name} is damaged; open it in your spreadsheet "
                             "and save it again.") from None

    def close(self) -> None:
        self.book.close()


def _text(value: Any) -> str | None:
    """A cell's value as the text Excel shows in a General cell."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return None
        # Excel keeps 15 significant digits: what it shows, not the binary float's tail.
        number = Decimal(f"{value:.15g}")
        text = format(number, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip() or None


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s[^>]*?ref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"')


def _merged_ranges(book: Any, ws: Any, limit: int | None) -> list[list[int]]:
    """[first_row, last_row, first_col, last_col, 0] of each merged range starting above `limit`.

    openpyxl's read-only sheets do not report merged cells (the list comes after the rows
    in the file), so the sheet's XML is scanned for them once, in chunks."""
    archive, part = getattr(book, "_archive", None), getattr(ws, "_worksheet_path", None)
    if archive is None or part is None:
        return []
    ranges: list[list[int]] = []
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(1 << 20):
            data = tail + chunk
            end = 0
            for m in _MERGE.finditer(data):
                end = m.end()
                r1, r2 = int(m.group(2)), int(m.group(4))
                c1, c2 = _column(m.group(1)), _column(m.group(3))
                if (limit is None or r1 <= limit) and c1 <= MAX_COLUMNS and len(ranges) < MAX_MERGED:
                    ranges.append([r1, r2, c1, min(c2, MAX_COLUMNS), 0])
            tail = data[max(end, len(data) - 200):]
    return ranges


def _column(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


class _Merged:
    """Merged ranges met row by row: each range's top-left value fills the cells it covers."""

    def __init__(self, spans: list[list[int]]) -> None:
        self.waiting = sorted(spans, key=lambda span: span[0], reverse=True)  # next to start last
        self.active: list[tuple[int, int, int, str | None]] = []  # (last_row, first_col, last_col, value)

    def fill(self, row: int, cells: list[str | None]) -> None:
        self.active = [span for span in self.active if span[0] >= row]
        while self.waiting and self.waiting[-1][0] <= row:
            r1, r2, c1, c2, _ = self.waiting.pop()
            if r1 == row:
                self.active.append((r2, c1, c2, cells[c1 - 1] if c1 - 1 < len(cells) else None))
        for _last, c1, c2, value in self.active:
            if value is None:
                continue
            if len(cells) < c2:
                cells.extend([None] * (c2 - len(cells)))
            for c in range(c1 - 1, c2):
                if cells[c] is None:
                    cells[c] = value
