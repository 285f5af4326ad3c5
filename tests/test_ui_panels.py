"""The Products, Comments and Co-hosts docks against a real session (pytest-qt, offscreen);
the co-host test joins a second real studio over loopback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from studio.commerce.comments import make_comment
from studio.session import Session
from studio.settings import SessionSettings
from tests.test_ui import CATALOG


def _import(qtbot, window, path: Path = CATALOG) -> None:
    window.products.import_catalog(str(path))
    qtbot.waitUntil(lambda: window.products.list.count() > 0, timeout=10000)


def test_products_list_search_pin_corner_and_flash_sale(make_window, qtbot):
    window = make_window()
    dock = window.products
    assert dock.empty.isVisible()
    _import(qtbot, window)
    products = window.session.catalog.products
    assert dock.list.count() == len(products) and not dock.empty.isVisible()
    first = dock.list.item(0)
    assert not first.icon().isNull() and "Wireless Earbuds Pro" in first.text()
    assert "$49.99" in first.text() and "-38%" in first.text()
    dock.search.setText("matcha")
    assert [i.data(256) for i in dock.visible_items()] == ["matcha-set"]
    dock.search.clear()
    dock.list.setCurrentRow(2)
    dock.pin_button.click()
    assert window.session.state.pinned_product == products[2].id
    qtbot.waitUntil(lambda: dock.list.item(2).font().bold(), timeout=3000)
    qtbot.waitUntil(lambda: "product" in window.session.overlays.layer_rects(), timeout=3000)
    left_x = window.session.overlays.layer_rects()["product"][0]
    dock.corner.setCurrentIndex(dock.corner.findData("bottom-right"))
    dock.corner.activated.emit(dock.corner.currentIndex())
    qtbot.waitUntil(lambda: window.session.overlays.layer_rects()["product"][0] > 640 > left_x, timeout=3000)
    dock.countdown.setValue(30)
    dock.start_sale.click()
    qtbot.waitUntil(lambda: "countdown" in window.session.overlays.layer_rects(), timeout=3000)
    dock.unpin_button.click()
    assert window.session.state.pinned_product is None


def test_a_bad_catalogue_row_is_reported_with_its_line(make_window, qtbot, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,title,price,currency\nok-1,Good thing,10,USD\nbroken,Broken thing,ten,USD\n")
    window = make_window()
    _import(qtbot, window, bad)
    assert window.products.list.count() == 1
    qtbot.waitUntil(lambda: window.products.problems.isVisible(), timeout=3000)
    assert "line 3" in window.products.problems.toolTip()
    assert any("line 3" in text for _level, text in window.banner.messages())


def test_comments_feed_reply_and_pin(make_window, qtbot):
    window = make_window()
    dock = window.comments
    assert dock.empty.isVisible()
    window.session.comments.add(make_comment("Ana", "Is the scarf real silk?"))
    qtbot.waitUntil(lambda: dock.list.count() == 1, timeout=3000)
    assert "Ana" in dock.list.item(0).text() and "real silk" in dock.list.item(0).text()
    assert not dock.empty.isVisible()
    dock.reply_box.setText("Yes, 100% mulberry silk!")
    dock.send.click()
    qtbot.waitUntil(lambda: any(c.host and "mulberry" in c.text for c in window.session.comments.items()),
                    timeout=5000)
    qtbot.waitUntil(lambda: dock.list.count() == 2 and dock.reply_box.text() == "", timeout=3000)
    dock.reply_box.setText("   ")
    dock.send.click()
    qtbot.waitUntil(lambda: dock.reply_error.isVisible(), timeout=3000)
    assert "empty" in dock.reply_error.text()
    dock.list.setCurrentRow(0)
    dock.pin_button.click()
    qtbot.waitUntil(lambda: "pinned_comment" in window.session.overlays.layer_rects(), timeout=3000)
    assert "Ana" in dock.pinned.text()
    dock.unpin_button.click()
    qtbot.waitUntil(lambda: "pinned_comment" not in window.session.overlays.layer_rects(), timeout=3000)


def test_cohosts_invite_green_room_approve_mute_remove(make_window, qtbot):
    window = make_window()
    dock = window.cohosts
    assert dock.empty.isVisible() and not dock.copy.isEnabled()
    index = dock.layout_combo.findData("grid")
    dock.layout_combo.setCurrentIndex(index)
    dock.layout_combo.activated.emit(index)
    assert window.session.state.layout == "grid"
    dock.invite_button.click()
    qtbot.waitUntil(lambda: "/cohost/" in dock.link.text(), timeout=10000)
    dock.copy.click()
    assert QGuiApplication.clipboard().text() == dock.link.text()
    # a second studio joins with the link and waits in the green room
    guest = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0))
    guest.start()
    try:
        guest.join_as_cohost(dock.link.text(), "Mai's Shop")
        qtbot.waitUntil(lambda: len(dock.waiting) == 1, timeout=10000)
        row = next(iter(dock.waiting.values()))
        row.approve.click()
        qtbot.waitUntil(lambda: dock.slots[0].cohost_id is not None, timeout=10000)
        card = dock.slots[0]
        assert "Mai" in card.name.text() and not dock.waiting
        qtbot.waitUntil(lambda: card.status.text() == "On stage", timeout=5000)
        card.mute.click()
        qtbot.waitUntil(lambda: window.session.cohost(card.cohost_id).muted, timeout=5000)
        qtbot.waitUntil(lambda: card.mute.text() == "Unmute", timeout=5000)
        card.remove.click()
        qtbot.waitUntil(lambda: dock.slots[0].cohost_id is None, timeout=10000)
        qtbot.waitUntil(lambda: guest.state.guest_state == "removed", timeout=10000)
    finally:
        guest.close()


def test_revoking_an_invite_link(make_window, qtbot):
    window = make_window()
    dock = window.cohosts
    dock.invite_button.click()
    qtbot.waitUntil(lambda: dock.revoke.isEnabled(), timeout=10000)
    dock.revoke.click()
    qtbot.waitUntil(lambda: dock.link.text() == "" and window.session.state.invites == 0, timeout=5000)
