"""The Calls dock (studio/ui/calls_dock.py) against a real session and a real CoreBridge
(pytest-qt, offscreen), with an aiortc buyer ringing over loopback."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from studio.session import Session
from studio.settings import SessionSettings
from studio.transport.network import NetworkThread
from studio.ui.bridge import CoreBridge
from studio.ui.calls_dock import CallsDock
from tests.call_buyer import AiortcBuyer
from tests.conftest import ROOT


@pytest.fixture
def dock(qtbot, tmp_path):
    session = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0,
                                      recordings_dir=tmp_path))
    session.start()
    assert session.wait_first_frame(10)
    bridge = CoreBridge()
    view = CallsDock(session, bridge)
    qtbot.addWidget(view)
    view.resize(460, 900)
    view.show()
    qtbot.waitUntil(lambda: session.server is not None, timeout=10000)  # the dock starts it
    yield view
    view.close_view()
    session.close()
    bridge.close()


def test_links_create_copy_revoke(dock, qtbot):
    session = dock.session
    assert dock.objectName() == "calls" and not dock.in_call.isVisible()
    assert dock.nobody.isVisible() and not dock.copy.isEnabled()
    dock.link_name.setText("Lan")
    dock.link_order.setText("A-1042")
    dock.uses.setValue(3)
    dock.create.click()
    qtbot.waitUntil(lambda: dock.link_list.count() == 1, timeout=10000)
    assert dock.link_list.item(0).text().startswith("Lan — 3 calls left")
    qtbot.waitUntil(lambda: "/call/" in QGuiApplication.clipboard().text(), timeout=5000)  # copied
    QGuiApplication.clipboard().clear()
    dock.copy.click()  # the list may have been redrawn meanwhile: ask it again
    assert QGuiApplication.clipboard().text() == dock.link_list.currentItem().toolTip()
    dock.revoke.click()
    qtbot.waitUntil(lambda: dock.link_list.item(0).text().endswith("revoked"), timeout=5000)
    assert not dock.copy.isEnabled() and session.state.call_links[0].state == "revoked"


@pytest.mark.slow
def test_a_ringing_call_is_accepted_controlled_and_hung_up_from_the_dock(dock, qtbot):
    session = dock.session
    session.load_catalog(ROOT / "assets" / "products" / "demo.csv")
    loop = NetworkThread()
    buyer = AiortcBuyer(session.calls.create_link(name="Lan", order="A-1042"), "Lan")
    try:
        assert loop.call(buyer.ring()) == 201
        qtbot.waitUntil(lambda: len(dock.ringing) == 1, timeout=10000)
        assert dock.rings == 1 and not dock.nobody.isVisible()
        row = next(iter(dock.ringing.values()))
        assert row.name.text() == "Lan" and row.order.text() == "Order A-1042"
        assert row.waited.text().startswith("Waiting 0:0")
        qtbot.waitUntil(lambda: row.preview.pixmap() is not None and not row.preview.pixmap().isNull(),
                        timeout=10000)  # the buyer's preview while it rings
        row.accept.click()
        qtbot.waitUntil(lambda: dock.in_call.isVisible(), timeout=10000)
        assert not dock.ringing and "With Lan" in dock.call_title.text()
        qtbot.waitUntil(lambda: not dock.own_preview.pixmap().isNull(), timeout=5000)
        qtbot.waitUntil(lambda: buyer.frames > 5, timeout=10000)
        assert dock.mic.isChecked() and not dock.cohosts.isChecked()
        dock.mic.click()
        qtbot.waitUntil(lambda: session.state.call_mic_open is False, timeout=5000)
        assert not session.calls.media.mic_open
        dock.product.setCurrentIndex(1)
        dock.product.activated.emit(1)
        qtbot.waitUntil(lambda: session.state.call_product == dock.product.itemData(1), timeout=5000)
        assert session.state.pinned_product is None  # the show's picture has no card
        dock.record.click()
        qtbot.waitUntil(lambda: "Waiting for the buyer" in dock.record_state.text(), timeout=5000)
        assert dock.record.text() == "Stop recording"
        loop.call(buyer.post("record", {"agree": True}))
        qtbot.waitUntil(lambda: "Recording" in dock.record_state.text(), timeout=5000)
        dock.hang_up.click()
        qtbot.waitUntil(lambda: not dock.in_call.isVisible(), timeout=10000)
        assert session.state.active_call is None
        qtbot.waitUntil(lambda: session.state.call_recording is None, timeout=10000)
    finally:
        loop.call(buyer.hang_up())
        loop.close()
    # A declined caller's message shows in the dock.
    loop = NetworkThread()
    buyer = AiortcBuyer(session.calls.create_link(), "Budi")
    try:
        assert loop.call(buyer.ring()) == 201
        qtbot.waitUntil(lambda: len(dock.ringing) == 1, timeout=10000)
        next(iter(dock.ringing.values())).decline.click()
        qtbot.waitUntil(lambda: not dock.ringing, timeout=5000)
        assert loop.call(buyer.post("message", {"text": "Call me back please"})) == 200
        qtbot.waitUntil(lambda: dock.messages.count() == 1, timeout=5000)
        assert dock.messages.item(0).text() == "Budi: Call me back please" and dock.messages_box.isVisible()
    finally:
        loop.call(buyer.hang_up())
        loop.close()
