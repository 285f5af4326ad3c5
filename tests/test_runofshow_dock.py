"""The Run of show dock against a real session and a real CoreBridge (pytest-qt, offscreen), and
its window-wide hotkeys in the real window."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt

from studio.commerce.comments import make_comment
from studio.commerce.runofshow import SaleSettings
from studio.session import Session
from studio.session.shop import start_timer
from studio.settings import SessionSettings
from studio.ui.bridge import CoreBridge
from studio.ui.runofshow_dock import ID_ROLE, RunOfShowDock, parse_amount
from tests.conftest import ROOT

CATALOG = ROOT / "assets" / "products" / "demo.csv"


@pytest.fixture
def dock(qtbot, tmp_path):
    session = Session(SessionSettings(video_source="demo", audio_source="demo", recordings_dir=tmp_path))
    session.load_catalog(CATALOG)
    bridge = CoreBridge()
    failures: list[str] = []
    bridge.failed.connect(failures.append)
    view = RunOfShowDock(session, bridge)
    view.failures = failures
    qtbot.addWidget(view)
    view.resize(420, 760)
    view.show()
    yield view
    view.close_view()
    session.shop.stop_flash_sale()
    session.shop.stock.close()
    bridge.close()


def _rows(view):
    return [view.list.item(n).data(ID_ROLE) for n in range(view.list.count())]


def test_the_queue_pins_in_order_and_reorders_both_ways(dock, qtbot):
    session = dock.session
    assert tuple(_rows(dock)) == session.state.queue and dock.windowTitle() == "Run of show"
    dock.next_button.click()
    assert session.state.pinned_product == "earbuds-pro"
    qtbot.waitUntil(lambda: dock.list.item(0).text().startswith("▶ 1. Wireless Earbuds Pro"), timeout=3000)
    assert dock.list.item(0).font().bold() and dock._selected_id() == "earbuds-pro"
    dock.next_button.click()
    dock.next_button.click()
    assert session.state.pinned_product == "silk-scarf"
    dock.previous_button.click()
    assert session.state.pinned_product == "matcha-set"
    # A drag (the list's model moves the row): the run of show takes the order.
    dock.list.model().moveRow(QModelIndex(), 5, QModelIndex(), 0)
    assert session.state.queue[0] == "oud-perfume" and _rows(dock)[0] == "oud-perfume"
    assert dock.list.item(0).text().startswith("1. ")  # numbered again
    # Reordered elsewhere (the deck): the list follows.
    session.shop.move_product("leather-tote", 0)
    qtbot.waitUntil(lambda: _rows(dock)[0] == "leather-tote", timeout=3000)
    assert tuple(_rows(dock)) == session.state.queue
    dock._pin_item(dock.list.item(1))  # double-click / Enter
    assert session.state.pinned_product == "oud-perfume"


def test_talking_points_follow_the_product_on_screen(dock, qtbot):
    shop = dock.session.shop
    shop.pin_product("silk-scarf")
    qtbot.waitUntil(lambda: dock._points_for == "silk-scarf", timeout=3000)
    assert "真丝围巾" in dock.points_title.text()
    assert dock.points.font().pointSizeF() > dock.list.font().pointSizeF()  # large, for reading live
    assert dock.points.tabChangesFocus() and dock.points.accessibleName() == "Talking points"
    dock.points.setPlainText("Mulberry silk, 16 momme. Hand-rolled edges.")
    qtbot.waitUntil(lambda: shop.run.item("silk-scarf").talking_points.startswith("Mulberry"), timeout=3000)
    shop.set_talking_points("earbuds-pro", "40 h battery.")
    shop.pin_product("earbuds-pro")
    qtbot.waitUntil(lambda: dock.points.toPlainText() == "40 h battery.", timeout=3000)
    shop.set_talking_points("earbuds-pro", "40 h battery. IPX5.")  # edited on the deck
    qtbot.waitUntil(lambda: dock.points.toPlainText() == "40 h battery. IPX5.", timeout=3000)
    assert shop.run.item("silk-scarf").talking_points == "Mulberry silk, 16 momme. Hand-rolled edges."


def test_sale_controls_run_a_sale_and_show_it(dock, qtbot):
    session, shop = dock.session, dock.session.shop
    shop.sale_timer = lambda seconds, call: start_timer(seconds / 10, call)
    shop.pin_product("silk-scarf")
    qtbot.waitUntil(lambda: dock._selected_id() == "silk-scarf", timeout=3000)
    assert dock.sale_price.placeholderText() == "Now $39.00" and not dock.stop_button.isEnabled()
    dock.sale_price.setText("25,00")
    dock.stock_limit.setValue(2)
    dock.seconds.setValue(20)
    dock.on_end.setCurrentIndex(dock.on_end.findData("unpin"))
    assert shop.run.item("silk-scarf").sale == SaleSettings(Decimal("25.00"), 2, 20, "unpin")
    dock.start_button.click()
    assert session.state.sale is not None and session.state.sale.sale_price == Decimal("25.00")
    qtbot.waitUntil(lambda: "2 unit" in dock.sale_status.text(), timeout=3000)
    assert dock.sale_status.isVisible() and dock.stop_button.isEnabled()
    assert "0:2" in dock.sale_status.text() or "0:1" in dock.sale_status.text()  # the clock runs
    session.comments.add(make_comment("Budi", "SOLD"))
    qtbot.waitUntil(lambda: "1 unit" in dock.sale_status.text(), timeout=3000)
    qtbot.waitUntil(lambda: session.state.sale is None, timeout=5000)  # 20 s / 10: time is up
    assert session.state.pinned_product is None  # unpinned, as set
    qtbot.waitUntil(lambda: not dock.sale_status.isVisible(), timeout=3000)
    assert not dock.stop_button.isEnabled()


def test_a_bad_sale_price_is_a_sentence_and_nothing_starts(dock):
    dock.list.setCurrentRow(0)
    dock.sale_price.setText("abc")
    dock.start_button.click()
    assert dock.failures and dock.failures[-1] == "The sale price “abc” is not a number."
    assert dock.session.state.sale is None
    dock.sale_price.setText("")
    dock.start_button.click()
    assert dock.failures[-1] == "Give Wireless Earbuds Pro a sale price first."


def test_save_and_open_the_show(dock, qtbot, tmp_path):
    shop = dock.session.shop
    shop.move_product("phin-coffee", 0)
    path = tmp_path / "friday.json"
    shop.run.state.update(path=path)  # as if chosen in the save dialog once
    dock.save_button.click()
    assert path.is_file() and dock.file_label.text() == "friday.json"
    shop.move_product("matcha-set", 0)
    qtbot.waitUntil(lambda: dock.file_label.text() == "friday.json •", timeout=3000)
    dock.open_show(path)
    qtbot.waitUntil(lambda: _rows(dock)[0] == "phin-coffee", timeout=5000)
    assert dock.file_label.text() == "friday.json"
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    dock.open_show(bad)
    qtbot.waitUntil(lambda: bool(dock.failures), timeout=5000)
    assert "bad.json is not a Seller Studio show file" in dock.failures[-1]


def test_parse_amount():
    assert parse_amount("12.50") == Decimal("12.50") and parse_amount("12,5") == Decimal("12.5")
    assert parse_amount("1,980") == Decimal(1980) and parse_amount("185.000") == Decimal(185000)
    assert parse_amount("1,234.56") == Decimal("1234.56") and parse_amount(" ") is None


def test_ctrl_arrows_step_through_the_show_in_the_window(make_window, qtbot):
    window = make_window()
    window.products.import_catalog(str(CATALOG))
    qtbot.waitUntil(lambda: window.runofshow.list.count() == 7, timeout=10000)
    window.activateWindow()
    session = window.session
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.state.pinned_product == "earbuds-pro", timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.state.pinned_product == "matcha-set", timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.state.pinned_product == "earbuds-pro", timeout=3000)
    assert window.runofshow.objectName() == "runofshow"
