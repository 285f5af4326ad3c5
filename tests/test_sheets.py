"""Spreadsheet rows as cell text: Excel's shown values, merged cells, and the caps that keep a
huge or hostile workbook from costing the host's machine."""

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from studio.commerce import catalog as catalog_module
from studio.commerce import sheets
from studio.commerce.catalog import CatalogError, load_catalog
from studio.commerce.sheets import SheetError, _text, open_sheets

HEADER = ["id", "title", "price", "currency"]


def _book(path: Path, rows: list[list], title: str = "Products") -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("value, text", [
    (19.990000000000002, "19.99"), (0.1 + 0.2, "0.3"), (12.0, "12"), (1e-7, "0.0000001"),
    (1234567.5, "1234567.5"), (42, "42"), (True, "TRUE"), ("  x  ", "x"), ("   ", None), (None, None),
    (float("nan"), None),
])
def test_cells_read_as_excel_shows_them(value, text):
    assert _text(value) == text


def test_merged_cells_fill_what_they_cover(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "S"
    for row in (["id", "title", "price", "currency"], ["a", "Mug", 5, "USD"], ["b", None, 6, None]):
        sheet.append(row)
    sheet.merge_cells("B2:B3")  # one title for two rows
    sheet.merge_cells("D2:D3")
    book.save(tmp_path / "m.xlsx")
    source = open_sheets(tmp_path / "m.xlsx")
    (table,) = source.sheets()
    assert list(table.rows(10)) == [(1, tuple(HEADER)), (2, ("a", "Mug", "5", "USD")),
                                    (3, ("b", "Mug", "6", "USD"))]
    source.close()


def test_rows_past_the_cap_are_left_out_with_a_sentence(tmp_path, monkeypatch):
    monkeypatch.setattr(catalog_module, "MAX_ROWS", 50)
    path = _book(tmp_path / "big.xlsx", [HEADER] + [[f"p{i}", "Pen", 1, "USD"] for i in range(200)])
    catalog = load_catalog(path)
    assert len(catalog.products) == 50
    (note,) = catalog.problems
    assert not note.rejected and note.line == 52
    assert str(note).startswith("Sheet 'Products' line 52: only the first 50 rows under the header are read")


def test_a_cell_far_away_does_not_blow_the_sheet_up(tmp_path):
    # A few bytes on disk that claim a 16,384-column × 1,048,576-row sheet.
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["p1", "Pen", 2, "USD"])
    sheet.cell(row=1_048_576, column=16_384, value="far away")
    sheet.cell(row=2, column=16_000, value="wide")
    book.save(tmp_path / "sparse.xlsx")
    assert (tmp_path / "sparse.xlsx").stat().st_size < 10_000
    catalog = load_catalog(tmp_path / "sparse.xlsx")
    assert [p.id for p in catalog.products] == ["p1"]
    source = open_sheets(tmp_path / "sparse.xlsx")
    rows = list(source.sheets()[0].rows(5))
    source.close()
    assert max(len(cells) for _, cells in rows) <= sheets.MAX_COLUMNS


def test_a_part_that_unpacks_too_big_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(sheets, "MAX_PART_BYTES", 1_000_000)
    rows = [[f"p{i}", "x" * 500 + str(i), 1, "USD"] for i in range(3000)]
    path = _book(tmp_path / "bomb.xlsx", [HEADER, *rows])
    assert path.stat().st_size < 200_000  # it packs small: only the unpacked size tells
    with pytest.raises(CatalogError, match=r"unpacks to more than 1 MB in one part \(xl/"):
        load_catalog(path)


def test_a_file_over_the_size_cap_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(sheets, "MAX_FILE_BYTES", 1000)
    path = _book(tmp_path / "shop.xlsx", [HEADER, ["p", "Pen", 1, "USD"]])
    with pytest.raises(CatalogError, match="reads catalogues of up to"):
        load_catalog(path)


def test_broken_workbooks_are_sentences(tmp_path):
    good = _book(tmp_path / "good.xlsx", [HEADER, ["p", "Pen", 1, "USD"]])
    (tmp_path / "cut.xlsx").write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with zipfile.ZipFile(tmp_path / "nobook.xlsx", "w") as z:
        z.writestr("word/document.xml", "<w/>")
    with zipfile.ZipFile(tmp_path / "garbled.xlsx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "not xml at all <")
    for name, words in (("cut.xlsx", "not an Excel workbook"), ("nobook.xlsx", "not an Excel workbook"),
                        ("garbled.xlsx", "could not be read as an Excel workbook")):
        with pytest.raises(CatalogError, match=words) as caught:
            load_catalog(tmp_path / name)
        assert str(caught.value).endswith(".") and "Error" not in str(caught.value)
    with pytest.raises(SheetError, match="Cannot read"):
        open_sheets(tmp_path / "missing.xlsx")
