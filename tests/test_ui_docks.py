"""The Products, Comments and Co-hosts docks on their own, each against a real session and a
real CoreBridge (pytest-qt, offscreen). The co-host test joins a second real studio over
loopback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from studio.commerce.comments import MAX_TEXT, make_comment
from studio.session import Session
from studio.settings import SessionSettings
from studio.ui.bridge import CoreBridge
from studio.ui.cohosts_dock import CoHostsDock
from studio.ui.comments_dock import MAX_ITEMS, STATUS_ROLE, CommentsDock
from studio.ui.products_dock import ID_ROLE, PAD, PINNED_ROLE, STOCK_ROLE, THUMB, THUMB_ROLE, ProductsDock
from tests.conftest import ROOT

CATALOG = ROOT / "assets" / "products" / "demo.csv"


@pytest.fixture
def studio(qtbot, tmp_path):
    """A started session (demo picture and sound, a free port) and a bridge; the docks made
    with `open_dock` are closed with close_view, then the session, then the bridge."""
    session = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0,
                                      recordings_dir=tmp_path))
    session.start()
    assert session.wait_first_frame(10)
    bridge = CoreBridge()
    docks = []

    def open_dock(kind):
        dock = kind(session, bridge)
        qtbot.addWidget(dock)
        dock.resize(420, 640)
        dock.show()
        docks.append(dock)
        return dock

    yield session, bridge, open_dock
    for dock in docks:
        dock.close_view()
    session.close()
    bridge.close()


def _import(qtbot, dock, path=CATALOG):
    dock.import_catalog(str(path))
    qtbot.waitUntil(lambda: dock.list.count() > 0, timeout=10000)


def _overlay_shown(session, name):
    return name in session.overlays.layer_rects()


def _colours_in_picture(dock, row):
    image = dock.list.viewport().grab().toImage()
    rect = dock.list.visualItemRect(dock.list.item(row))
    x0, y0 = rect.left() + PAD, rect.top() + (rect.height() - THUMB) // 2
    return len({image.pixel(x, y) for x in range(x0, x0 + THUMB, 2) for y in range(y0, y0 + THUMB, 2)})


# -- products ----------------------------------------------------------------------------------------
def test_products_empty_state_then_import_fills_the_list_with_thumbnails(studio, qtbot):
    session, _bridge, open_dock = studio
    dock = open_dock(ProductsDock)
    assert dock.objectName() == "products" and dock.windowTitle() == "Products"
    assert dock.empty.isVisible() and "Import" in dock.empty.text() and not dock.list.isVisible()
    _import(qtbot, dock)
    products = session.catalog.products
    assert [dock.list.item(i).data(ID_ROLE) for i in range(dock.list.count())] == [p.id for p in products]
    assert dock.list.isVisible() and not dock.empty.isVisible()
    # Every demo product has a picture: each one replaces the placeholder, read off the GUI thread.
    qtbot.waitUntil(lambda: all(dock.list.item(i).data(THUMB_ROLE) for i in range(dock.list.count())),
                    timeout=10000)
    first = dock.list.item(0)
    assert not first.icon().isNull()
    # … and the row really paints it (a photo has many colours; the placeholder a handful).
    assert _colours_in_picture(dock, 0) > 40
    text = first.text()
    assert "Wireless Earbuds Pro" in text and "$49.99" in text and "$79.99" in text and "-38%" in text
    assert "Only 8 left" in text
    assert "¥1,980" in dock.list.item(1).text()
    assert "7 products" in dock.source.text() and not dock.problems.isVisible()
    dock.grab()  # the delegate paints every row without raising


def test_search_filters_by_title_and_id(studio, qtbot):
    _session, _bridge, open_dock = studio
    dock = open_dock(ProductsDock)
    _import(qtbot, dock)
    dock.search.setText("MATCHA")
    assert [i.data(ID_ROLE) for i in dock.visible_items()] == ["matcha-set"]
    dock.search.setText("scarf")  # by id: the title is Chinese
    assert [i.data(ID_ROLE) for i in dock.visible_items()] == ["silk-scarf"]
    dock.search.setText("no such thing")
    assert dock.visible_items() == [] and dock.empty.isVisible() and "no such thing" in dock.empty.text()
    dock.search.clear()
    assert len(dock.visible_items()) == dock.list.count() == 7 and not dock.empty.isVisible()


def test_pin_shows_the_card_in_the_picture_and_unpin_takes_it_away(studio, qtbot):
    session, _bridge, open_dock = studio
    dock = open_dock(ProductsDock)
    _import(qtbot, dock)
    assert not dock.pin_button.isEnabled() and not dock.unpin_button.isEnabled()
    dock.pin_button.click()  # nothing selected: nothing pinned
    assert session.state.pinned_product is None
    dock.list.setCurrentRow(2)
    dock.pin_button.click()
    assert session.state.pinned_product == "silk-scarf"
    qtbot.waitUntil(lambda: dock.list.item(2).data(PINNED_ROLE) and dock.list.item(2).font().bold(),
                    timeout=3000)
    assert not dock.list.item(0).font().bold() and dock.unpin_button.isEnabled()
    qtbot.waitUntil(lambda: _overlay_shown(session, "product"), timeout=5000)
    x, y, w, h = session.overlays.layer_rects()["product"]
    assert x < 640 and y > 300  # bottom-left by default
    # The card is really in the program picture: it differs from the picture without it.
    frame = session.program.preview.peek().image
    assert frame[y:y + h, x:x + w].std() > 10
    # A new corner moves the pinned card.
    dock.corner.setCurrentIndex(dock.corner.findData("top-right"))
    qtbot.waitUntil(lambda: session.overlays.layer_rects()["product"][0] > 640
                    and session.overlays.layer_rects()["product"][1] < 300, timeout=5000)
    dock.unpin_button.click()
    assert session.state.pinned_product is None
    qtbot.waitUntil(lambda: not _overlay_shown(session, "product"), timeout=5000)
    qtbot.waitUntil(lambda: not dock.list.item(2).font().bold() and not dock.unpin_button.isEnabled(),
                    timeout=3000)


def test_double_click_and_pin_index_pin_the_visible_product(studio, qtbot):
    session, _bridge, open_dock = studio
    dock = open_dock(ProductsDock)
    _import(qtbot, dock)
    dock.pin_index(2)
    assert session.state.pinned_product == "matcha-set"
    dock.search.setText("tote")
    dock.pin_index(1)
    assert session.state.pinned_product == "leather-tote"
    dock.pin_index(2)  # beyond what is shown: nothing happens
    assert session.state.pinned_product == "leather-tote"
    dock.search.clear()
    qtbot.waitUntil(lambda: dock.list.isVisible() and dock.list.indexAt(
        dock.list.visualItemRect(dock.list.item(0)).center()).row() == 0, timeout=3000)
    rect = dock.list.visualItemRect(dock.list.item(0))
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a mouse
    qtbot.mouseDClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # double-clicks
    assert session.state.pinned_product == "earbuds-pro"
    dock.list.setCurrentRow(1)  # the keyboard way: Enter pins the current product
    qtbot.keyClick(dock.list, Qt.Key.Key_Return)
    assert session.state.pinned_product == "matcha-set"
    dock.unpin()
    assert session.state.pinned_product is None


def test_flash_sale_countdown_starts_on_screen(studio, qtbot):
    session, _bridge, open_dock = studio
    dock = open_dock(ProductsDock)
    assert (dock.countdown.minimum(), dock.countdown.maximum()) == (10, 300)
    assert not _overlay_shown(session, "countdown")
    dock.countdown.setValue(30)
    dock.start_sale.click()
    qtbot.waitUntil(lambda: _overlay_shown(session, "countdown"), timeout=5000)


def test_a_claim_takes_a_unit_off_the_products_row(studio, qtbot):
    session, _bridge, open_dock = studio
    dock = open_dock(ProductsDock)
    _import(qtbot, dock)
    rows = [dock.list.item(i) for i in range(dock.list.count())]
    row = next(r for r in rows if r.data(ID_ROLE) == "silk-scarf")
    assert row.data(STOCK_ROLE) == ("Only 3 left", "low")
    session.comments.add(make_comment("Mai", "要 silk-scarf 两个"))
    qtbot.waitUntil(lambda: row.data(STOCK_ROLE) == ("Only 1 left", "low"), timeout=3000)
    assert row.text().endswith("· Only 1 left")
    session.comments.add(make_comment("Lan", "chốt silk-scarf"))
    qtbot.waitUntil(lambda: row.data(STOCK_ROLE) == ("Sold out", "out"), timeout=3000)


def test_skipped_rows_are_counted_with_the_reasons_in_the_tooltip(studio, qtbot, tmp_path):
    _session, _bridge, open_dock = studio
    dock = open_dock(ProductsDock)
    bad = tmp_path / "bad.csv"
    bad.write_text("id,title,price,currency,image\n"
                   "a,Good one,10,USD,\n"
                   "b,Bad price,ten,USD,\n"
                   "c,No picture,5,EUR,missing.png\n", encoding="utf-8")
    _import(qtbot, dock, bad)
    assert dock.list.count() == 2
    assert dock.problems.isVisible() and "1 row skipped" in dock.problems.text()
    assert "line 3" in dock.problems.toolTip() and "missing.png" in dock.problems.toolTip()
    # A product without a picture keeps the placeholder.
    qtbot.wait(300)
    assert not dock.list.item(1).data(THUMB_ROLE) and not dock.list.item(1).icon().isNull()
    assert 1 < _colours_in_picture(dock, 1) <= 40


def test_an_unreadable_catalogue_is_a_sentence_in_the_banner(studio, qtbot, tmp_path):
    _session, bridge, open_dock = studio
    dock = open_dock(ProductsDock)
    with qtbot.waitSignal(bridge.failed, timeout=5000) as failed:
        dock.import_catalog(str(tmp_path / "products.xls"))
    assert "save this .xls file as .xlsx" in failed.args[0] and "Traceback" not in failed.args[0]
    qtbot.waitUntil(dock.import_button.isEnabled, timeout=3000)
    assert dock.empty.isVisible()


# -- comments -----------------------------------------------------------------------------------------
def test_comments_empty_state_existing_and_new_comments(studio, qtbot):
    session, _bridge, open_dock = studio
    session.comments.add(make_comment("Binh", "already here"))
    dock = open_dock(CommentsDock)
    assert dock.objectName() == "comments" and dock.list.count() == 1
    session.comments.add(make_comment("Ana", "hi"))
    qtbot.waitUntil(lambda: dock.list.count() == 2, timeout=3000)
    assert dock.list.item(1).text().startswith("Ana") and "hi" in dock.list.item(1).text()
    assert not dock.empty.isVisible()
    dock.grab()

    fresh = open_dock(CommentsDock)
    fresh.close_view()
    session.comments.add(make_comment("Chi", "after close"))
    qtbot.waitUntil(lambda: dock.list.count() == 3, timeout=3000)
    assert fresh.list.count() == 2  # a closed view no longer follows the feed


def test_comments_keep_the_feeds_order_when_two_threads_signal_swapped(studio, qtbot):
    """Two sources add at once: each thread signals after the feed kept its item, so the window
    can hear them swapped. The rows still follow the feed (the comment flood test saw the dock
    and the feed disagree for good in a loaded full run)."""
    session, _bridge, open_dock = studio
    dock = open_dock(CommentsDock)
    feed = session.comments
    first = feed.add(make_comment("Ana", "first"))
    second = feed.add(make_comment("Binh", "second"))
    third = feed.add(make_comment("Chi", "third"))
    assert first.seq < second.seq < third.seq
    qtbot.waitUntil(lambda: dock.list.count() == 3, timeout=3000)
    late = feed.add(make_comment("Dung", "kept fourth"))
    later = feed.add(make_comment("Em", "kept fifth"))
    qtbot.waitUntil(lambda: dock.list.count() == 5, timeout=3000)
    dock.list.takeItem(dock.list.count() - 1)  # as if the window had heard neither yet…
    dock.list.takeItem(dock.list.count() - 1)
    dock._rows.pop(late.id)
    dock._rows.pop(later.id)
    dock._on_item_added(later)  # …and then heard them swapped, in two flushes
    dock._flush()
    dock._on_item_added(late)
    dock._flush()
    assert [i.id for i in dock.visible_items()] == [i.id for i in feed.items("all")]


def test_comments_empty_state(studio):
    _session, _bridge, open_dock = studio
    dock = open_dock(CommentsDock)
    assert dock.empty.isVisible() and not dock.list.isVisible()
    assert dock.empty.text() == "Comments from viewers appear here when you are live."


def test_reply_reaches_the_feed_as_the_host_and_refusals_show_inline(studio, qtbot):
    session, _bridge, open_dock = studio
    dock = open_dock(CommentsDock)
    assert not dock.send.isEnabled()
    dock.reply_box.setText("Yes, 100% mulberry silk!")
    dock.send.click()
    qtbot.waitUntil(lambda: any(c.host and c.text == "Yes, 100% mulberry silk!"
                                for c in session.comments.items()), timeout=5000)
    qtbot.waitUntil(lambda: dock.list.count() == 1 and dock.reply_box.text() == "", timeout=3000)
    assert dock.selected_comment() is None and not dock.pin_button.isEnabled()
    dock.reply_box.setText("x" * (MAX_TEXT + 1))
    assert dock.counter.isVisible()
    dock.send.click()
    qtbot.waitUntil(dock.reply_error.isVisible, timeout=5000)
    assert f"at most {MAX_TEXT}" in dock.reply_error.text()
    assert len(session.comments.items()) == 1
    dock.reply_box.setText("shorter")  # typing again clears the explanation
    assert not dock.reply_error.isVisible()


def test_pin_comment_puts_it_in_the_picture(studio, qtbot):
    session, _bridge, open_dock = studio
    dock = open_dock(CommentsDock)
    session.comments.add(make_comment("Ana", "Is it real silk?"))
    qtbot.waitUntil(lambda: dock.list.count() == 1, timeout=3000)
    assert not dock.pin_button.isEnabled()
    dock.list.setCurrentRow(0)
    dock.pin_button.click()
    qtbot.waitUntil(lambda: _overlay_shown(session, "pinned_comment"), timeout=5000)
    assert dock.pinned.isVisible() and "Ana" in dock.pinned.text()
    dock.unpin_button.click()
    qtbot.waitUntil(lambda: not _overlay_shown(session, "pinned_comment"), timeout=5000)
    assert not dock.pinned.isVisible()


def test_feed_is_capped_and_stays_put_while_the_host_reads(studio, qtbot):
    session, _bridge, open_dock = studio
    dock = open_dock(CommentsDock)
    for i in range(60):
        session.comments.add(make_comment(f"Viewer {i}", f"comment number {i}"))
    qtbot.waitUntil(lambda: dock.list.count() == 60, timeout=5000)
    bar = dock.list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum(), timeout=3000)
    bar.setValue(0)  # the host scrolls up to read
    session.comments.add(make_comment("Late", "new one"))
    qtbot.waitUntil(lambda: dock.list.count() == 61, timeout=3000)
    assert bar.value() == 0 and dock.jump.isVisible() and "1 new comment" in dock.jump.text()
    dock.jump.click()
    assert bar.value() == bar.maximum() and not dock.jump.isVisible()
    for i in range(MAX_ITEMS):
        session.comments.add(make_comment(f"Fan {i}", f"message {i}"))
    qtbot.waitUntil(lambda: dock.list.item(dock.list.count() - 1).text().endswith(f"message {MAX_ITEMS - 1}"),
                    timeout=10000)
    assert dock.list.count() == MAX_ITEMS
    assert bar.value() == bar.maximum()  # still following the newest
    # Scrolled up while old comments fall off the top: the one being read stays in place.
    bar.setValue(bar.maximum() // 2)
    reading = dock.list.itemAt(QPoint(10, 10)).text()
    for i in range(20):
        session.comments.add(make_comment(f"More {i}", f"more {i}"))
    qtbot.waitUntil(lambda: dock.list.item(dock.list.count() - 1).text().endswith("more 19"), timeout=5000)
    assert dock.list.count() == MAX_ITEMS
    assert dock.list.itemAt(QPoint(10, 10)).text() == reading
    assert "20 new comments" in dock.jump.text()


def _key(dock, key):
    from PySide6.QtTest import QTest

    dock.list.setFocus()
    QTest.keyClick(dock.list, key)


def test_tabs_language_tags_drafts_and_keyboard_flow(studio, qtbot):
    from PySide6.QtCore import Qt

    session, _bridge, open_dock = studio
    session.load_catalog(CATALOG)
    session.pin_product("earbuds-pro")
    dock = open_dock(CommentsDock)
    feed = session.comments
    feed.add(make_comment("Sari", "berapa harganya?"))
    feed.add(make_comment("Ken", "SOLD earbuds-pro"))
    feed.add(make_comment("Eve", "cheap bags at www.bags.example"))
    feed.add(make_comment("Bo", "chào shop 👋"))
    qtbot.waitUntil(lambda: dock.list.count() == 4, timeout=3000)
    assert [i.name for i in dock.visible_items()] == ["Sari", "Ken", "Bo"]  # All hides the spam
    sari = dock.visible_items()[0]
    assert sari.language == "id" and "US$49,99" in sari.draft.text
    assert dock.tabs.tabText(1) == "Questions (1)" and dock.tabs.tabText(3) == "Filtered (1)"
    dock.grab()  # paints tags, chips and the inline draft

    dock.show_view("filtered")
    assert [i.name for i in dock.visible_items()] == ["Eve"]
    assert dock.list.item(2).data(STATUS_ROLE) == "Link"
    dock.show_view("claims")
    assert [i.name for i in dock.visible_items()] == ["Ken"]
    dock.list.setCurrentRow(1)
    assert dock.confirm_button.isVisible() and dock.confirm_button.isEnabled()
    dock.confirm_button.click()
    qtbot.waitUntil(lambda: feed.claims.claims()[0].status == "confirmed", timeout=3000)
    qtbot.waitUntil(lambda: dock.list.item(1).data(STATUS_ROLE) == "Confirmed", timeout=3000)

    # Keyboard: Questions tab, ↓ onto the question, Enter sends its draft, P pins it.
    dock.show_view("questions")
    assert [i.name for i in dock.visible_items()] == ["Sari"]
    _key(dock, Qt.Key.Key_Up)
    assert dock.selected_item().name == "Sari" and dock.send_draft_button.isEnabled()
    _key(dock, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(i.host and "US$49,99" in i.text for i in feed.items()), timeout=5000)
    qtbot.waitUntil(lambda: dock.selected_item().answered_at is not None, timeout=3000)
    assert not dock.send_draft_button.isEnabled()  # answered: nothing more to send
    _key(dock, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: session.state.pinned_comment == sari.id, timeout=3000)
    assert dock.pinned.isVisible() and "Sari" in dock.pinned.text()
    dock.show_view("pinned")
    qtbot.waitUntil(lambda: [i.name for i in dock.visible_items()] == ["Sari"], timeout=3000)
    assert [e.how for e in feed.question_events() if e.event == "answered"] == ["draft"]


def test_auto_send_menu_and_viewer_mute(studio, qtbot):
    session, _bridge, open_dock = studio
    session.load_catalog(CATALOG)
    session.pin_product("earbuds-pro")
    dock = open_dock(CommentsDock)
    dock.auto_actions["price"].trigger()
    assert session.comments.state.auto_send == {"price"}
    session.comments.add(make_comment("Ana", "how much?"))
    qtbot.waitUntil(lambda: any(i.host for i in session.comments.items()), timeout=3000)
    session.comments.set_auto_send("price", False)  # a change elsewhere shows in the menu
    qtbot.waitUntil(lambda: not dock.auto_actions["price"].isChecked(), timeout=3000)
    qtbot.waitUntil(lambda: dock.list.count() == 2, timeout=3000)
    dock.list.setCurrentRow(0)
    dock.mute_action.trigger()
    session.comments.add(make_comment("Ana", "hello again"))
    qtbot.waitUntil(lambda: dock.list.count() == 3, timeout=3000)
    assert session.comments.items("filtered")[-1].filtered == "muted"
    assert "hello again" not in [i.text for i in dock.visible_items()]


# -- co-hosts -------------------------------------------------------------------------------------------
def test_cohosts_empty_state_invite_copy_revoke_and_layout(studio, qtbot):
    session, _bridge, open_dock = studio
    dock = open_dock(CoHostsDock)
    assert dock.objectName() == "cohosts"
    assert dock.empty.isVisible() and not dock.copy.isEnabled() and not dock.revoke.isEnabled()
    assert [c.status.text() for c in dock.slots] == ["Empty"] * 4
    dock.invite_button.click()
    qtbot.waitUntil(lambda: "/cohost/" in dock.link.text(), timeout=15000)
    assert "invite=" in dock.link.text() and dock.link.isReadOnly()
    assert not dock.empty.isVisible() and dock.green_room.isVisible() and dock.nobody_waiting.isVisible()
    dock.copy.click()
    assert QGuiApplication.clipboard().text() == dock.link.text()
    dock.revoke.click()
    qtbot.waitUntil(lambda: dock.link.text() == "" and session.state.invites == 0, timeout=5000)
    assert dock.empty.isVisible()

    assert dock.layout_combo.currentData() == session.state.layout == "pk"
    dock.layout_combo.setCurrentIndex(dock.layout_combo.findData("grid"))
    assert session.state.layout == "grid"
    session.set_layout("pip")  # changed elsewhere: the combo follows without writing back
    qtbot.waitUntil(lambda: dock.layout_combo.currentData() == "pip", timeout=3000)
    assert session.state.layout == "pip"


def test_green_room_approve_mute_remove_with_a_second_studio(studio, qtbot):
    session, _bridge, open_dock = studio
    dock = open_dock(CoHostsDock)
    dock.invite_button.click()
    qtbot.waitUntil(lambda: "/cohost/" in dock.link.text(), timeout=15000)
    guest = Session(SessionSettings(video_source="demo", audio_source="none", server_port=0))
    guest.start()
    try:
        guest.join_as_cohost(dock.link.text(), "Mai's Shop")
        qtbot.waitUntil(lambda: len(dock.waiting) == 1, timeout=10000)
        row = next(iter(dock.waiting.values()))
        assert row.name.text() == "Mai's Shop" and not dock.nobody_waiting.isVisible()
        qtbot.waitUntil(lambda: row.preview.pixmap() is not None and not row.preview.pixmap().isNull(),
                        timeout=10000)  # the green-room preview
        assert session.layout.slot_rects() == [(0, 0, 1280, 720)]  # nobody on stage yet
        row.approve.click()
        card = dock.slots[0]
        qtbot.waitUntil(lambda: card.cohost_id is not None, timeout=10000)
        assert "Mai's Shop" in card.title.text() and "Live" in card.status.text() and not dock.waiting
        assert card.mute.isEnabled() and card.remove.isEnabled()
        qtbot.waitUntil(lambda: len(session.layout.slot_rects()) == 2, timeout=5000)
        qtbot.waitUntil(lambda: "fps" in card.link.text(), timeout=5000)
        card.mute.click()
        qtbot.waitUntil(lambda: card.mute.text() == "Unmute" and "Muted" in card.status.text(), timeout=5000)
        assert session.cohost(card.cohost_id).muted
        card.remove.click()
        qtbot.waitUntil(lambda: card.cohost_id is None and card.status.text() == "Empty", timeout=10000)
        qtbot.waitUntil(lambda: guest.state.guest_state == "removed", timeout=10000)
    finally:
        guest.close()


def test_joining_another_show_reflects_the_guest_state(studio, qtbot):
    session, _bridge, open_dock = studio
    dock = open_dock(CoHostsDock)
    assert dock.join_button.isEnabled() and not dock.leave_button.isEnabled()
    host = Session(SessionSettings(video_source="demo", audio_source="none", server_port=0))
    host.start()
    try:
        dock.join(host.create_invite(), "Guest Shop")
        qtbot.waitUntil(lambda: session.state.guest_state == "waiting", timeout=15000)
        qtbot.waitUntil(lambda: "Waiting" in dock.guest_status.text() and dock.leave_button.isEnabled(),
                        timeout=3000)
        assert not dock.join_button.isEnabled()
        waiting = [c for c in host.state.cohosts if c.state == "waiting"]
        host.approve_cohost(waiting[0].id)
        qtbot.waitUntil(lambda: "on the other host's show" in dock.guest_status.text(), timeout=10000)
        dock.leave_button.click()
        qtbot.waitUntil(lambda: session.state.guest_state == "none" and dock.join_button.isEnabled(),
                        timeout=10000)
        assert not dock.leave_button.isEnabled()
    finally:
        host.close()


def test_a_bad_invite_link_is_a_sentence(studio, qtbot):
    _session, bridge, open_dock = studio
    dock = open_dock(CoHostsDock)
    with qtbot.waitSignal(bridge.failed, timeout=10000) as failed:
        dock.join("http://example.invalid/nothing", "Me")
    assert "invite link" in failed.args[0]
    qtbot.waitUntil(dock.join_button.isEnabled, timeout=3000)
    assert dock.guest_status.text() == ""


def test_level_bar_clamps_to_its_range(studio):
    _session, _bridge, open_dock = studio
    dock = open_dock(CoHostsDock)
    card = dock.slots[0]
    card.show_meters(-120.0, 0)
    assert card.level.value() == -60 and "no picture" in card.link.text()
    card.show_meters(3.0, 0)
    assert card.level.value() == 0


def test_a_disconnected_view_gets_no_more_core_events(qtbot):
    """`CoreBridge.on` returns a disconnect: deliveries stop, queued ones included."""
    from studio.events import Signal
    from studio.ui.bridge import CoreBridge

    bridge = CoreBridge()
    signal: Signal[int] = Signal()
    seen: list[int] = []
    off = bridge.on(signal, seen.append)
    signal.emit(1)
    qtbot.waitUntil(lambda: seen == [1], timeout=2000)
    import threading

    emitter = threading.Thread(target=signal.emit, args=(2,))  # from a core thread: queued
    emitter.start()
    emitter.join()
    off()  # before the GUI thread got to it
    signal.emit(3)
    qtbot.wait(100)
    assert seen == [1]
    bridge.close()


def test_try_with_demo_products_puts_a_card_on_screen_in_one_click(studio, qtbot):
    session, _bridge, open_dock = studio
    dock = open_dock(ProductsDock)
    assert dock.demo_button.isVisible() and dock.empty.isVisible()
    dock.demo_button.click()
    qtbot.waitUntil(lambda: session.state.pinned_product is not None, timeout=10000)
    assert session.state.pinned_product == dock.list.item(0).data(ID_ROLE)
    qtbot.waitUntil(lambda: _overlay_shown(session, "product"), timeout=5000)
    assert not dock.demo_button.isVisible()


def test_sources_dock_voice_presets_toggles_and_meters(studio, qtbot):
    from studio.processing.voice import PRESETS
    from studio.ui.sources import SourcesDock

    session, _bridge, open_dock = studio
    panel = open_dock(SourcesDock).voice
    panel.preset.setCurrentIndex(panel.preset.findData("noisy_market"))
    panel.preset.activated.emit(panel.preset.currentIndex())
    assert session.voice.settings == PRESETS["noisy_market"]
    qtbot.waitUntil(lambda: panel.noise.currentData() == "strong" and panel.gate.isChecked(), timeout=3000)
    panel.headphones.setChecked(True)
    assert not session.voice.settings.cancels_echo
    qtbot.waitUntil(lambda: not panel.echo.isEnabled() and panel.headphones_hint.isVisible(), timeout=3000)
    assert panel.preset.currentData() == ""  # no longer a preset: Custom
    panel.monitor.setCurrentIndex(panel.monitor.findData("before"))
    panel.monitor.activated.emit(panel.monitor.currentIndex())
    assert session.voice.state.monitor == "before"
    # the demo tone goes through the chain: both meters move
    qtbot.waitUntil(lambda: panel.meter_in.level is not None and panel.meter_in.level.rms_db > -40,
                    timeout=5000)
    assert panel.meter_out.level is not None


def test_the_assistant_deck_link_shows_copies_and_revokes(studio, qtbot):
    session, _bridge, open_dock = studio
    dock = open_dock(CoHostsDock)
    assert not dock.deck_copy.isEnabled() and not dock.deck_revoke.isEnabled()
    dock.deck_button.click()
    qtbot.waitUntil(lambda: "/deck/live#k=" in dock.deck_link.text(), timeout=15000)
    assert session.state.deck_active and dock.deck_link.isReadOnly()
    link = dock.deck_link.text()
    assert session.deck.authorised(link.rsplit("#k=", 1)[1])
    dock.deck_copy.click()
    assert QGuiApplication.clipboard().text() == link
    dock.deck_revoke.click()
    qtbot.waitUntil(lambda: dock.deck_link.text() == "" and not session.state.deck_active, timeout=5000)
    assert not session.deck.authorised(link.rsplit("#k=", 1)[1]) and not dock.deck_revoke.isEnabled()


def test_sources_dock_follows_cameras_plugged_in_and_out(studio, qtbot, tmp_path):
    """Hot-plug: the session's device watch looks at the device nodes on its own thread and the
    Sources list follows, without the host asking. No camera here: the nodes are files in a
    folder and the lister names them (the camera listing itself opens real devices)."""
    from studio.media.devices import Device
    from studio.ui.sources import SourcesDock

    session, _bridge, open_dock = studio
    nodes = tmp_path / "dev"
    nodes.mkdir()
    watch = session.devices.watch
    watch.pattern, watch.interval_s = str(nodes / "video*"), 0.2
    watch.lister = lambda: [Device(f"camera:{p}", f"USB camera {p.name[5:]}")
                            for p in sorted(nodes.glob("video*"))]
    dock = open_dock(SourcesDock)
    specs = lambda: [dock.video.itemData(i) for i in range(dock.video.count())]  # noqa: E731
    qtbot.waitUntil(lambda: session.state.listed, timeout=5000)
    assert not any(s.startswith("camera:") for s in specs())
    (nodes / "video0").touch()  # plugged in
    qtbot.waitUntil(lambda: f"camera:{nodes / 'video0'}" in specs(), timeout=3000)
    assert dock.video.findText("USB camera 0") >= 0
    (nodes / "video0").unlink()  # pulled out
    qtbot.waitUntil(lambda: f"camera:{nodes / 'video0'}" not in specs(), timeout=3000)
    assert watch.listings == 3  # listed only when the nodes changed
