"""Product catalogue import: CSV, Excel (.xlsx) or JSON in, validated `Product`s and readable
problems out.

Hosts keep catalogues in spreadsheets and seller-centre exports, so one bad row must never
cost them the whole file: good rows load, bad rows are reported with the place their editor
shows (the physical line in a CSV; the sheet and row number in a workbook; the line where
the object opens in a JSON file) and a sentence saying what to fix.

A CSV or workbook may use Seller Studio's own column names, a seller-centre layout it knows
(TikTok Shop, Shopee, Lazada: `studio/commerce/columns.py`), or a layout the host mapped once
in the column dialog (`ColumnMap`, remembered in `ColumnMemory`). The header may sit under
a template's instruction rows. A header nobody knows raises `ColumnsNeeded`, which carries
a `CatalogPreview` for the dialog.
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from studio.commerce.columns import (
    HEADER_SCAN,
    ColumnMap,
    ColumnMemory,
    find_header,
    guess_map,
    likely_header,
    normalise,
)
from studio.commerce.money import is_known_currency
from studio.commerce.product import Product
from studio.commerce.sheets import MAX_ROWS, Cells, Sheet, SheetError, SheetSource, open_sheets
from studio.media.pictures import picture_problem

FIELDS = ("id", "title", "price", "currency", "original_price", "image", "url", "stock", "shipping_note",
          "variants")
REQUIRED = ("id", "title", "price", "currency")
_INTEGER = re.compile(r"[+-]?\d+")
_WEB = re.compile(r"https?://", re.IGNORECASE)


class CatalogError(Exception):
    """The file as a whole cannot be read as a catalogue (missing, wrong type, broken syntax)."""


@dataclass(frozen=True, slots=True)
class CatalogPreview:
    """What the column dialog shows for a file whose columns are not known yet: the header row
    found (or guessed), the first rows under it, and a suggested map (possibly incomplete)."""

    path: Path
    sheet: str | None  # the sheet's name in a workbook, None for a CSV
    header_line: int
    suggestion: ColumnMap
    rows: tuple[tuple[int, Cells], ...]  # the first product rows under the header
    sheets: tuple[str, ...] = ()  # every sheet of a workbook, for choosing another

    @property
    def header(self) -> tuple[str, ...]:
        return self.suggestion.header


class ColumnsNeeded(CatalogError):
    """The file is a table, but which column holds the id, title, price (or which currency
    the prices are in) is not known: choose a `ColumnMap` and load again with it."""

    def __init__(self, message: str, preview: CatalogPreview) -> None:
        super().__init__(message)
        self.preview = preview


@dataclass(frozen=True, slots=True)
class CatalogProblem:
    """One thing wrong in the file. `rejected` rows are left out; the others loaded anyway."""

    line: int  # 1-based line in the file (row number in a sheet)
    field: str | None  # column / key the problem is about, None for the whole row
    reason: str  # a sentence for the host
    rejected: bool = True
    sheet: str | None = None  # the sheet of a workbook

    def __str__(self) -> str:
        if self.sheet is not None:  # the reason names the field already
            return f"Sheet '{self.sheet}' line {self.line}: {self.reason}"
        where = f"line {self.line}" + (f", {self.field}" if self.field else "")
        return f"{where}: {self.reason}"


@dataclass(slots=True)
class Catalog:
    path: Path
    products: list[Product] = field(default_factory=list)
    problems: list[CatalogProblem] = field(default_factory=list)
    sheet: str | None = None  # the workbook's sheet the products came from
    header_line: int = 1
    columns: ColumnMap | None = None  # how a CSV's or sheet's columns were read (None for JSON)

    def by_id(self, product_id: str) -> Product | None:
        """The product with this id, or None (ids are unique: duplicates are rejected)."""
        for product in self.products:
            if product.id == product_id:
                return product
        return None


def load_catalog(path: Path | str, column_map: ColumnMap | None = None,
                 memory: ColumnMemory | None = None, currency: str | None = None) -> Catalog:
    """Read a .csv, .xlsx or .json catalogue. Raises `CatalogError` only when nothing can be
    read, and its `ColumnsNeeded` when the columns must be chosen first.

    `column_map` is the host's choice for this file's layout (from the dialog); `memory` holds
    the maps chosen before; `currency` is used for rows without one when the file has no
    currency column at all."""
    path = Path(path)
    kind = path.suffix.lower()
    if kind in (".xls", ".ods", ".numbers", ".xlsm", ".xlsb"):
        raise CatalogError(f"{path.name}: Seller Studio reads workbooks saved as 'Excel Workbook (.xlsx)'; "
                           f"save this {kind} file as .xlsx or as CSV UTF-8.")
    if kind not in (".csv", ".json", ".xlsx"):
        raise CatalogError(
            f"{path.name}: Seller Studio reads product catalogues from .csv, .xlsx or .json files, "
            f"not {kind or 'files without an extension'}."
        )
    catalog = Catalog(path)
    if kind != ".json":
        _load_table(catalog, column_map, memory, currency)
        return catalog
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CatalogError(f"{path.name} is not UTF-8 text; save it again as UTF-8.") from None
    except OSError as exc:
        raise CatalogError(f"Cannot read the catalogue {path}: {exc.strerror or exc}.") from None
    # Absolute, so product images still resolve after the working directory changes.
    validator = _RowValidator(path.absolute().parent, catalog)
    for line, row, row_problems in _read_json(text, path.name):
        catalog.problems.extend(row_problems)
        if not any(problem.rejected for problem in row_problems):
            validator.add(line, row)
    return catalog


# -- readers: file text -> (line, {field: raw text or None}, problems found while reading) --

RawRow = dict[str, str | None]
RowStream = Iterator[tuple[int, RawRow, list[CatalogProblem]]]


def _load_table(catalog: Catalog, column_map: ColumnMap | None, memory: ColumnMemory | None,
                currency: str | None) -> None:
    path = catalog.path
    try:
        source = open_sheets(path)
    except SheetError as exc:
        raise CatalogError(str(exc)) from None
    try:
        chosen = ([column_map] if column_map is not None else []) + (memory.maps() if memory else [])
        heads: list[tuple[Sheet, list[tuple[int, Cells]]]] = []
        found = None
        for sheet in source.sheets():  # the first sheet with a header Seller Studio can read
            head = list(sheet.rows(HEADER_SCAN))
            heads.append((sheet, head))
            match = find_header(head, chosen)
            if match is not None:
                found = (sheet, *match)
                break
        if found is None:
            raise _unknown_columns(path, heads, source)
        sheet, header_line, columns = found
        missing = columns.missing()
        if missing == ("currency",) and currency is not None:
            columns = replace(columns, currency=currency)
        elif missing:
            raise _incomplete_columns(path, source, sheet, header_line, columns, missing)
        catalog.sheet, catalog.header_line, catalog.columns = sheet.name, header_line, columns
        _read_rows(catalog, source, sheet, header_line, columns)
    except SheetError as exc:
        raise CatalogError(str(exc)) from None
    finally:
        source.close()


# Cells that mark a template's instruction rows under its header (Shopee, TikTok Shop and
# Lazada templates say which columns are mandatory, then explain them).
_INSTRUCTION_WORDS = {normalise(w) for w in (
    "mandatory", "optional", "required", "conditional mandatory", "必填", "选填", "選填", "可选",
    "可選", "必填项", "必填項", "非必填", "wajib", "opsional", "tùy chọn", "bắt buộc", "จำเป็น", "ไม่บังคับ")}


def _instructions(row: RawRow, cells: Cells) -> bool:
    """A row under the header that explains the template instead of holding a product."""
    if any(normalise(c) in _INSTRUCTION_WORDS for c in cells if c):
        return True
    price = row.get("price") or ""
    long_cells = sum(1 for c in cells if c and len(c) > 60)
    return (len(price) > 20 and not _looks_numeric(price)) or long_cells * 2 > sum(1 for c in cells if c)


def _looks_numeric(text: str) -> bool:
    try:
        return Decimal(text).is_finite()
    except InvalidOperation:
        return False


def _read_rows(catalog: Catalog, source: SheetSource, sheet: Sheet, header_line: int,
               columns: ColumnMap) -> None:
    name = sheet.name
    header = columns.header
    validator = _RowValidator(catalog.path.absolute().parent, catalog, name)

    def note(line: int, field_name: str | None, reason: str, rejected: bool = False) -> None:
        catalog.problems.append(CatalogProblem(line, field_name, reason, rejected, name))

    native = columns.layout is None and not columns.columns.get("variation") and \
        all(normalise(header[i[0]]) == normalise(f) for f, i in columns.columns.items())
    if native:  # Seller Studio's own header: a misspelt column deserves a word
        known = {normalise(f) for f in FIELDS}
        for column in header:
            if column and normalise(column) not in known:
                note(header_line, column.strip().lower(), f"unknown column {column.strip().lower()!r} "
                                                          "is ignored.")
    limit = header_line + MAX_ROWS
    skipped: list[int] = []
    groups: dict[str, RawRow] = {}
    products_seen = False
    for line, cells in sheet.rows(limit + 100):
        if line <= header_line or not any(cells):
            continue
        if line > limit:
            note(line, None, f"only the first {MAX_ROWS:,} rows under the header are read; the rows from "
                             "here on were left out. Split the file, or export only the show's products.")
            break
        if source.strict_width and len(cells) > len(header):
            note(line, None, f"the row has {len(cells)} values but the header has {len(header)} columns; "
                             "put quotes around a value that contains the separator.", rejected=True)
            continue
        row: RawRow = dict(columns.row(cells))
        if not products_seen and not native and _instructions(row, cells):
            skipped.append(line)
            continue
        products_seen = True
        _complete(row, columns, groups)
        validator.add(line, row)
    if skipped:
        lines = f"{skipped[0]}–{skipped[-1]}" if len(skipped) > 1 else str(skipped[0])
        catalog.problems.insert(0, CatalogProblem(
            skipped[0], None, f"line{'s' if len(skipped) > 1 else ''} {lines} under the header "
            "explain the template and were skipped.", False, name))
    web = sum(1 for p in catalog.products if p.image is None and p.image_url)
    if web:
        note(header_line, "image", f"{web} product picture{'s are' if web > 1 else ' is a'} web "
             f"link{'s' if web > 1 else ''}; Seller Studio does not download pictures, so "
             f"{'these cards show' if web > 1 else 'its card shows'} a placeholder. To show them, save the "
             "pictures next to the catalogue and write their file names in the image column.")


def _complete(row: RawRow, columns: ColumnMap, groups: dict[str, RawRow]) -> None:
    """A seller-centre row made whole: the group's title, picture and link where this row left
    them out, its variation in the title, and the file's currency."""
    group = row.pop("group", None)
    if group:
        first = groups.get(group)
        if first is None:
            if row.get("title"):
                groups[group] = dict(row)
        else:
            for name in ("title", "image", "url"):
                if not row.get(name):
                    row[name] = first.get(name)
    variation = row.pop("variation", None)
    if variation:
        if row.get("title"):
            row["title"] = f"{row['title']} ({variation})"
        row["variants"] = row.get("variants") or variation
    if not row.get("currency"):
        row["currency"] = columns.currency


def _unknown_columns(path: Path, heads: list[tuple[Sheet, list[tuple[int, Cells]]]],
                     source: SheetSource) -> ColumnsNeeded:
    best = None
    for sheet, head in heads:
        guess = likely_header(head)
        if guess is not None and (best is None or len(guess[1].columns) > len(best[2].columns)):
            best = (sheet, *guess)
    if best is None:
        raise CatalogError(f"{path.name} has no rows: Seller Studio found nothing to import.")
    sheet, line, suggestion = best
    where = f"sheet '{sheet.name}' of {path.name}" if sheet.name is not None else path.name
    return ColumnsNeeded(
        f"Seller Studio does not know the columns of {where}; choose which column holds the id, title "
        "and price (import the file in the window once: the choice is remembered for files like it).",
        _preview(path, source, sheet, line, suggestion))


def _incomplete_columns(path: Path, source: SheetSource, sheet: Sheet, line: int, columns: ColumnMap,
                        missing: tuple[str, ...]) -> ColumnsNeeded:
    where = sheet.where(line)
    if columns.layout is not None and missing == ("currency",):
        message = (f"{path.name} is a {columns.layout} file without a currency column; choose the currency "
                   "its prices are in.")
    else:
        plural = "s" if len(missing) > 1 else ""
        message = (f"{path.name} {where} has no {', '.join(missing)} column{plural}; "
                   f"the header must name the columns ({_columns()}), or choose them in the window.")
    return ColumnsNeeded(message, _preview(path, source, sheet, line, columns))


def preview_catalog(path: Path | str, sheet: str | None = None, header_line: int | None = None
                    ) -> CatalogPreview:
    """The column dialog's view of a CSV or workbook when the host picks another sheet or
    header row: `sheet` (default: the first), the header on `header_line` (default: guessed,
    one of the first `HEADER_SCAN` rows). `CatalogError` when the file cannot be read."""
    path = Path(path)
    try:
        source = open_sheets(path)
    except SheetError as exc:
        raise CatalogError(str(exc)) from None
    try:
        sheets = source.sheets()
        table = next((s for s in sheets if s.name == sheet), sheets[0])
        head = list(table.rows(HEADER_SCAN))
        if header_line is None:
            line, suggestion = likely_header(head) or (1, ColumnMap(()))
        else:
            line = header_line
            cells = dict(head).get(line, ())
            known = find_header([(line, cells)]) if any(cells) else None
            suggestion = known[1] if known is not None else guess_map(cells)
        return _preview(path, source, table, line, suggestion)
    except SheetError as exc:
        raise CatalogError(str(exc)) from None
    finally:
        source.close()


def _preview(path: Path, source: SheetSource, sheet: Sheet, header_line: int, suggestion: ColumnMap,
             count: int = 5) -> CatalogPreview:
    rows = []
    for line, cells in sheet.rows(header_line + HEADER_SCAN):
        if line > header_line and any(cells):
            rows.append((line, cells))
            if len(rows) == count:
                break
    names = tuple(s.name for s in source.sheets() if s.name is not None)
    return CatalogPreview(path, sheet.name, header_line, suggestion, tuple(rows), names)


def _columns() -> str:
    optional = [f for f in FIELDS if f not in REQUIRED]
    return f"required: {', '.join(REQUIRED)}; optional: {', '.join(optional)}"


def _read_json(text: str, name: str) -> RowStream:
    try:
        data = _LineTrackingDecoder(text).decode(text)
    except json.JSONDecodeError as exc:
        raise CatalogError(
            f"{name} line {exc.lineno}, column {exc.colno} is not valid JSON: {exc.msg}."
        ) from None
    items = data.get("products") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise CatalogError(
            f"{name} must hold a list of product objects, or an object with a \"products\" list."
        )
    list_line = getattr(items, "line", 1)
    for number, item in enumerate(items, start=1):
        if not isinstance(item, _LineDict):
            yield list_line, {}, [CatalogProblem(
                list_line, None, f"product {number} in the list is not an object {{...}}."
            )]
            continue
        row: RawRow = {}
        problems: list[CatalogProblem] = []
        for key, value in item.items():
            key = str(key).strip().lower()
            if key not in FIELDS:
                problems.append(CatalogProblem(item.line, key, f"unknown key {key!r} is ignored.",
                                               rejected=False))
            elif isinstance(value, dict | list):
                problems.append(CatalogProblem(item.line, key, f"{key} must be a single value."))
            else:
                row[key] = _json_text(value)
        yield item.line, row, problems


def _json_text(value: Any) -> str | None:
    """JSON scalars as the text a CSV cell would hold, so both formats share one validator."""
    if value is None:
        return None
    if isinstance(value, bool):  # before int: bool is an int subclass, and `true` is no price
        return "true" if value else "false"
    return str(value).strip() or None


class _LineDict(dict[str, Any]):
    line = 1


class _LineList(list[Any]):
    line = 1


class _LineTrackingDecoder(json.JSONDecoder):
    """A JSONDecoder whose objects and arrays remember the line they start on.

    The C scanner cannot be hooked, so this uses the pure-Python scanner, which asks
    `self.parse_object` / `self.parse_array` for every container; catalogues are small.
    Numbers are parsed as Decimal so prices keep their exact digits.
    """

    def __init__(self, text: str) -> None:
        super().__init__(parse_float=Decimal)
        self._newlines = [i for i, ch in enumerate(text) if ch == "\n"]
        self.parse_object = self._located(json.decoder.JSONObject, _LineDict)
        self.parse_array = self._located(json.decoder.JSONArray, _LineList)
        self.scan_once = json.scanner.py_make_scanner(self)

    def _located(self, parse: Callable[..., tuple[Any, int]],
                 wrap: type[_LineDict] | type[_LineList]) -> Callable[..., tuple[Any, int]]:
        def parse_located(s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
            value, end = parse(s_and_end, *args)
            located = wrap(value)
            # s_and_end[1] is just past the opening bracket; lines are 1-based.
            located.line = bisect_right(self._newlines, s_and_end[1] - 1) + 1
            return located, end

        return parse_located


# -- validation: raw text -> Product or problems --


class _RowValidator:
    """Applies the catalogue rules to one row at a time and remembers ids already taken."""

    def __init__(self, base_dir: Path, catalog: Catalog, sheet: str | None = None) -> None:
        self._base_dir = base_dir
        self._catalog = catalog
        self._sheet = sheet
        self._id_lines: dict[str, int] = {}

    def add(self, line: int, row: Mapping[str, str | None]) -> None:
        if not row:
            return
        problems: list[CatalogProblem] = []

        def problem(name: str, reason: str) -> None:
            problems.append(CatalogProblem(line, name, reason, sheet=self._sheet))

        product_id = row.get("id")
        if product_id is None:
            problem("id", "id is missing; every product needs a unique id.")
        elif product_id in self._id_lines:
            problem("id", f"id {product_id!r} is already used on line "
                          f"{self._id_lines[product_id]}; ids must be unique.")
        title = row.get("title")
        if title is None:
            problem("title", "title is missing.")
        price = _amount(row.get("price"), "price", problem, required=True)
        original = _amount(row.get("original_price"), "original_price", problem, required=False)
        if price is not None and original is not None and original < price:
            problem("original_price", f"original_price {original} is below the price {price}; "
                                      "it should be the higher price before the discount.")
        currency = (row.get("currency") or "").upper()
        if not currency:
            problem("currency", "currency is missing; use an ISO 4217 code such as USD or JPY.")
        elif not is_known_currency(currency):
            problem("currency", f"{row.get('currency')!r} is not an ISO 4217 currency code "
                                "(such as USD, EUR, JPY, THB, VND).")
        stock = _stock(row.get("stock"), problem)
        if problems:
            self._catalog.problems.extend(problems)
            return
        assert product_id is not None and title is not None and price is not None
        self._id_lines[product_id] = line
        image = row.get("image")
        web_image = image if image and _WEB.match(image) else None  # never fetched: see _image
        self._catalog.products.append(Product(
            id=product_id, title=title, price=price, currency=currency, original_price=original,
            image=None if web_image else self._image(line, image), url=row.get("url"), stock=stock,
            shipping_note=row.get("shipping_note"), variants=row.get("variants"), image_url=web_image,
        ))

    def _image(self, line: int, value: str | None) -> Path | None:
        """A local picture, relative to the catalogue. Web links are kept as `image_url` and never
        downloaded: the studio fetches nothing from the internet behind the host's back."""
        if value is None:
            return None
        path = Path(value).expanduser()
        if not path.is_absolute():
            path = self._base_dir / path  # relative to the catalogue, so a folder can be moved
        if path.is_file():
            problem = picture_problem(path)
            if problem is None:
                return path
            self._catalog.problems.append(CatalogProblem(
                line, "image", f"{problem} The placeholder will be used.", rejected=False,
                sheet=self._sheet))
            return None
        self._catalog.problems.append(CatalogProblem(
            line, "image", f"image file {value!r} was not found; the placeholder will be used.",
            rejected=False, sheet=self._sheet,
        ))
        return None


def _amount(value: str | None, name: str, problem: Callable[[str, str], None],
            required: bool) -> Decimal | None:
    if value is None:
        if required:
            problem(name, f"{name} is missing.")
        return None
    try:
        amount = Decimal(value)
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite():  # Decimal happily parses "NaN" and "Infinity"
        problem(name, f"{name} {value!r} is not a number; write it like 19.99, with a dot for "
                      "decimals and no thousands separators or currency signs.")
        return None
    if amount < 0:
        problem(name, f"{name} {value} is negative.")
        return None
    return amount


def _stock(value: str | None, problem: Callable[[str, str], None]) -> int | None:
    if value is None:
        return None
    if _INTEGER.fullmatch(value):
        stock = int(value)
    else:
        try:  # JSON numbers arrive as Decimal text: "12.0" is still a whole number
            number = Decimal(value)
            stock = int(number) if number.is_finite() and number == number.to_integral() else None
        except InvalidOperation:
            stock = None
    if stock is None:
        problem("stock", f"stock {value!r} is not a whole number.")
    elif stock < 0:
        problem("stock", f"stock {value} is negative.")
        stock = None
    return stock
