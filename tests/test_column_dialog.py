"""The column dialog, a real Qt dialog offscreen: it shows the file's first rows, suggests what
it can, waits for id, name, price and a currency, and — opened from the Products dock — its
choice is remembered so the next file with the same columns imports without asking."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QDialogButtonBox

from studio.commerce.catalog import ColumnsNeeded, load_catalog
from studio.session import Session
from studio.settings import SessionSettings
from studio.ui.bridge import CoreBridge
from studio.ui.column_dialog import ColumnDialog, column_letter
from studio.ui.products_dock import ProductsDock

HEADER = ["Code", "Item", "Cost", "Stock", "Link"]


def _xlsx(path, rows):
    book = Workbook()
    book.active.title = "Inventory"
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _preview(path):
    with pytest.raises(ColumnsNeeded) as caught:
        load_catalog(path)
    return caught.value.preview


def _choose(combo, index):
    combo.setCurrentIndex(combo.findData(index))


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]


def test_dialog_shows_the_rows_and_waits_for_what_it_needs(qtbot, tmp_path):
    path = _xlsx(tmp_path / "stock.xlsx", [["Stock list — do not share"], HEADER,
                                           ["A1", "Lamp", 35.5, 2, "https://shop.example/a1"],
                                           ["A2", "Rug", 80, 1, None]])
    dialog = ColumnDialog(_preview(path), "VND")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 2 and dialog.table.columnCount() == 5
    assert dialog.table.item(0, 1).text() == "Lamp" and dialog.table.verticalHeaderItem(0).text() == "3"
    # Suggested from everyday names (Code, Item, Stock, Link); "Cost" is the host's to say.
    suggested = [dialog.combos[f].currentData() for f in ("id", "title", "price", "stock", "url")]
    assert suggested == [0, 1, None, 3, 4]
    assert not dialog.import_button.isEnabled() and dialog.hint.text() == "Choose the columns for: Price."
    _choose(dialog.combos["price"], 2)
    assert dialog.currency.currentText() == "VND"  # the host's locale's currency
    dialog.currency.setCurrentText("nope")
    assert not dialog.import_button.isEnabled() and "ISO 4217" in dialog.hint.text()
    dialog.currency.setCurrentText("myr")
    assert dialog.import_button.isEnabled() and dialog.hint.isHidden()
    assert "→ Price" in dialog.table.horizontalHeaderItem(2).text()
    chosen = dialog.column_map()
    assert chosen.columns == {"id": (0,), "title": (1,), "price": (2,), "stock": (3,), "url": (4,)}
    assert chosen.currency == "MYR" and chosen.layout is None
    products = load_catalog(path, column_map=chosen).products
    assert [(p.id, p.price, p.url) for p in products] == [
        ("A1", Decimal("35.5"), "https://shop.example/a1"), ("A2", Decimal("80"), None)]


def test_products_dock_asks_once_per_layout(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("SELLER_STUDIO_SETTINGS", str(tmp_path / "config" / "settings.ini"))
    session = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0,
                                      recordings_dir=tmp_path, locale="th_TH"))
    bridge = CoreBridge()
    dock = ProductsDock(session, bridge)
    qtbot.addWidget(dock)
    dock.show()
    try:
        first = _xlsx(tmp_path / "week1.xlsx", [HEADER, ["A1", "Lamp", 35, 2, None]])
        dock.import_catalog(first)
        qtbot.waitUntil(lambda: dock.column_dialog is not None and dock.column_dialog.isVisible(),
                        timeout=5000)
        dialog = dock.column_dialog
        assert dialog.currency.currentText() == "THB"
        for field, index in (("id", 0), ("title", 1), ("price", 2)):
            _choose(dialog.combos[field], index)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: dock.list.count() == 1, timeout=5000)
        assert session.catalog.products[0].currency == "THB"
        assert (tmp_path / "config" / "catalogue-columns.json").is_file()
        assert "as you chose them" in dock.source.toolTip()

        second = _xlsx(tmp_path / "week2.xlsx", [["New week"], HEADER, ["B1", "Vase", 12, 5, None],
                                                 ["B2", "Cup", 3, 9, None]])
        dock.import_catalog(second)
        qtbot.waitUntil(lambda: dock.list.count() == 2, timeout=5000)
        assert dock.column_dialog is None  # not asked again
        assert [p.id for p in session.catalog.products] == ["B1", "B2"]
        assert "week2.xlsx · Inventory" in dock.source.text()

        # Cancelling the dialog for another layout leaves the catalogue as it was.
        dock.import_catalog(_xlsx(tmp_path / "other.xlsx", [["Ref", "Name", "Amount"], ["r", "x", 1]]))
        qtbot.waitUntil(lambda: dock.column_dialog is not None, timeout=5000)
        dock.column_dialog.reject()
        qtbot.waitUntil(lambda: dock.column_dialog is None, timeout=5000)
        assert dock.import_button.isEnabled() and dock.list.count() == 2
    finally:
        dock.close_view()
        session.close()
        bridge.close()


def test_host_can_pick_another_sheet_and_header_row(qtbot, tmp_path):
    book = Workbook()
    cover = book.active
    cover.title = "Cover"
    cover.append(["Made", "by", "the", "shop", "team", "2026"])
    data = book.create_sheet("Data")
    for row in (["Export", "of", "week", "48"], ["Ref", "Desc", "Amt", "Left"], ["K1", "Kettle", 20, 4],
                ["K2", "Kettle XL", 25, 1]):
        data.append(row)
    book.save(tmp_path / "two.xlsx")
    preview = _preview(tmp_path / "two.xlsx")
    assert preview.sheets == ("Cover", "Data") and preview.sheet == "Cover"  # a guess: the wrong one
    dialog = ColumnDialog(preview, "USD")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sheet.isVisible()
    dialog.sheet.setCurrentText("Data")
    assert dialog.preview.sheet == "Data" and dialog.preview.header_line == 1  # widest first row
    dialog.header_line.setValue(2)
    assert dialog.preview.header == ("Ref", "Desc", "Amt", "Left")
    assert [dialog.combos["id"].itemText(i) for i in range(dialog.combos["id"].count())] == [
        "— not in this file —", "A · Ref", "B · Desc", "C · Amt", "D · Left"]
    assert dialog.table.rowCount() == 2 and dialog.table.verticalHeaderItem(0).text() == "3"
    for field, index in (("id", 0), ("title", 1), ("price", 2), ("stock", 3)):
        _choose(dialog.combos[field], index)
    assert "sheet “Data”, header on line 2" in dialog.intro.text()
    catalog = load_catalog(tmp_path / "two.xlsx", column_map=dialog.column_map())
    assert (catalog.sheet, catalog.header_line) == ("Data", 2)
    assert [(p.id, p.stock, p.currency) for p in catalog.products] == [("K1", 4, "USD"), ("K2", 1, "USD")]
