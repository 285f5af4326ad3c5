"""The Calls dock: call links for buyers (create, copy, revoke), incoming calls (the buyer's name,
order number, preview and how long they have waited; Accept / Decline), the call in progress
(its own small preview, the buyer's picture, and its controls: the microphone to the buyer,
co-hosts heard, camera off, main camera or a second source, a product card on the call only,
recording with the buyer's consent, hang up) and the messages buyers left.

Fed by `state.call_links`, `state.calls`, `state.active_call` and the `call_*` fields; a ring
also beeps (`Calls.ringing`; silent on a machine without sound). Everything that talks to the
network goes through the bridge; previews are read by a timer that runs only while a call rings
or runs and the dock is visible."""

from __future__ import annotations

import time
from functools import partial
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.events import FieldChange
from studio.session import Session
from studio.ui.bridge import CoreBridge

if TYPE_CHECKING:
    from studio.server.calls import CallInfo, CallLinkInfo

POLL_MS = 250
PREVIEW_W, PREVIEW_H = 160, 90
MUTED_STYLE = "color: palette(placeholder-text);"
WELL_STYLE = "background: #08090a; color: #9ba1a6;"  # a video well, any theme
TOKEN_ROLE = Qt.ItemDataRole.UserRole


def _pixmap(rgb: np.ndarray) -> QPixmap:
    h, w = rgb.shape[:2]
    image = QImage(rgb.data, w, h, rgb.strides[0], QImage.Format.Format_RGB888)
    return QPixmap.fromImage(image.copy())  # copy: the array is reused


def _well(text: str) -> QLabel:
    label = QLabel(text)
    label.setFixedSize(PREVIEW_W, PREVIEW_H)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(WELL_STYLE)
    return label


class RingingRow(QFrame):
    """An incoming call: preview, name, order number, waiting time, Accept / Decline."""

    def __init__(self, info: CallInfo, dock: CallsDock) -> None:
        super().__init__()
        self.setObjectName("ringingRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.call_id, self.since = info.id, info.ringing_since
        self.preview = _well(self.tr("No camera: audio only") if not info.has_video else
                             self.tr("No picture yet"))
        self.name = QLabel(info.name)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.name.font()
        bold.setBold(True)
        self.name.setFont(bold)
        self.order = QLabel(self.tr("Order {order}").format(order=info.order) if info.order else "")
        self.order.setTextFormat(Qt.TextFormat.PlainText)
        self.waited = QLabel()
        self.waited.setStyleSheet(MUTED_STYLE)
        self.accept = QPushButton(self.tr("Accept"))
        self.accept.setToolTip(self.tr("Pick up: the call runs beside the show, never in it"))
        self.accept.clicked.connect(lambda: dock.accept(info.id))
        self.decline = QPushButton(self.tr("Decline"))
        self.decline.setToolTip(self.tr("Turn the call down; the buyer can leave you a message"))
        self.decline.clicked.connect(lambda: dock.decline(info.id))
        text = QVBoxLayout()
        text.addWidget(self.name)
        text.addWidget(self.order)
        text.addWidget(self.waited)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept)
        buttons.addWidget(self.decline)
        text.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.preview)
        layout.addLayout(text, 1)
        self.tick()

    def tick(self) -> None:
        seconds = max(0, int(time.time() - self.since))
        self.waited.setText(self.tr("Waiting {time}").format(time=f"{seconds // 60}:{seconds % 60:02d}"))

    def set_busy(self, busy: bool) -> None:
        self.accept.setEnabled(not busy)
        self.decline.setEnabled(not busy)


class CallsDock(QDockWidget):
    def __init__(self, session: Session, bridge: CoreBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.bridge = session, bridge
        self.setObjectName("calls")
        self.setWindowTitle(self.tr("Calls"))
        self._closed = False
        self.ringing: dict[str, RingingRow] = {}
        self.rings = 0  # rings heard (a beep each, where the machine has sound)
        body = QWidget()

        # Links
        links = QGroupBox(self.tr("Call links"))
        self.link_name = QLineEdit()
        self.link_name.setPlaceholderText(self.tr("Buyer's name (optional)"))
        self.link_name.setAccessibleName(self.tr("Buyer's name"))
        self.link_order = QLineEdit()
        self.link_order.setPlaceholderText(self.tr("Order number (optional)"))
        self.link_order.setAccessibleName(self.tr("Order number"))
        self.uses = QSpinBox()
        self.uses.setRange(1, 1000)
        self.uses.setAccessibleName(self.tr("Calls allowed"))
        self.uses.setToolTip(self.tr("1: the link works for one call; more: a standing link"))
        self.ttl = QComboBox()
        for minutes, text in ((15, self.tr("15 minutes")), (60, self.tr("1 hour")),
                              (24 * 60, self.tr("1 day")), (7 * 24 * 60, self.tr("7 days"))):
            self.ttl.addItem(text, minutes)
        self.ttl.setCurrentIndex(1)
        self.ttl.setAccessibleName(self.tr("Valid for"))
        self.create = QPushButton(self.tr("Create link"))
        self.create.setToolTip(self.tr("Make a link a buyer opens on their phone to call you"))
        self.create.clicked.connect(self.create_link)
        self.link_list = QListWidget()
        self.link_list.setAccessibleName(self.tr("Call links"))
        self.link_list.setMaximumHeight(110)
        self.link_list.currentItemChanged.connect(lambda *_: self._update_link_buttons())
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.setToolTip(self.tr("Copy the selected link to the clipboard"))
        self.copy.clicked.connect(self.copy_link)
        self.revoke = QPushButton(self.tr("Revoke"))
        self.revoke.setToolTip(self.tr("Make the selected link stop working"))
        self.revoke.clicked.connect(self.revoke_link)
        form = QFormLayout()
        form.addRow(self.tr("For:"), self.link_name)
        form.addRow(self.tr("Order:"), self.link_order)
        limits = QHBoxLayout()
        limits.addWidget(QLabel(self.tr("Calls:")))
        limits.addWidget(self.uses)
        limits.addWidget(QLabel(self.tr("Valid for:")))
        limits.addWidget(self.ttl, 1)
        link_buttons = QHBoxLayout()
        link_buttons.addWidget(self.create)
        link_buttons.addStretch(1)
        link_buttons.addWidget(self.copy)
        link_buttons.addWidget(self.revoke)
        links_box = QVBoxLayout(links)
        links_box.addLayout(form)
        links_box.addLayout(limits)
        links_box.addLayout(link_buttons)
        links_box.addWidget(self.link_list)

        # Incoming
        self.incoming = QGroupBox(self.tr("Incoming calls"))
        self.incoming_box = QVBoxLayout(self.incoming)
        self.nobody = QLabel(self.tr("Nobody is calling. Buyers ring you from a call link."))
        self.nobody.setWordWrap(True)
        self.nobody.setStyleSheet(MUTED_STYLE)
        self.incoming_box.addWidget(self.nobody)

        # In call
        self.in_call = QGroupBox(self.tr("In call"))
        self.call_title = QLabel()
        self.call_title.setTextFormat(Qt.TextFormat.PlainText)
        self.buyer_state = QLabel()
        self.buyer_state.setStyleSheet(MUTED_STYLE)
        self.own_preview = _well(self.tr("Your call picture"))
        self.own_preview.setAccessibleName(self.tr("What the buyer sees"))
        self.buyer_preview = _well(self.tr("No camera: audio only"))
        self.buyer_preview.setAccessibleName(self.tr("The buyer's camera"))
        self.mic = QCheckBox(self.tr("They hear my microphone"))
        self.mic.toggled.connect(lambda on: self._act(self.session.calls.set_mic_open, on))
        self.cohosts = QCheckBox(self.tr("They hear my co-hosts"))
        self.cohosts.toggled.connect(lambda on: self._act(self.session.calls.set_cohosts_open, on))
        self.camera_off = QCheckBox(self.tr("Camera off"))
        self.camera_off.toggled.connect(lambda on: self._act(self.session.calls.set_camera_off, on))
        self.picture = QComboBox()
        self.picture.addItem(self.tr("Main camera"), "main")
        self.picture.addItem(self.tr("Second source…"), "second")
        self.picture.setAccessibleName(self.tr("Call picture"))
        self.picture.setToolTip(self.tr("Switch to a second camera or a video file for close-ups"))
        self.picture.activated.connect(self._on_picture_chosen)
        self.product = QComboBox()
        self.product.setAccessibleName(self.tr("Product card in the call"))
        self.product.setToolTip(self.tr("Show a product card on the call's picture (never on the show)"))
        self.product.activated.connect(self._on_product_chosen)
        self.record = QPushButton(self.tr("Record…"))
        self.record.setToolTip(self.tr("Ask the buyer to agree to a recording; it starts when they do"))
        self.record.clicked.connect(self._toggle_record)
        self.record_state = QLabel()
        self.record_state.setWordWrap(True)
        self.hang_up = QPushButton(self.tr("Hang up"))
        self.hang_up.clicked.connect(lambda: self._act(self.session.calls.end_call))
        previews = QHBoxLayout()
        previews.addWidget(self.own_preview)
        previews.addWidget(self.buyer_preview)
        toggles = QHBoxLayout()
        toggles.addWidget(self.mic)
        toggles.addWidget(self.cohosts)
        toggles.addWidget(self.camera_off)
        choices = QFormLayout()
        choices.addRow(self.tr("Picture:"), self.picture)
        choices.addRow(self.tr("Product:"), self.product)
        actions = QHBoxLayout()
        actions.addWidget(self.record)
        actions.addStretch(1)
        actions.addWidget(self.hang_up)
        call_box = QVBoxLayout(self.in_call)
        call_box.addWidget(self.call_title)
        call_box.addWidget(self.buyer_state)
        call_box.addLayout(previews)
        call_box.addLayout(toggles)
        call_box.addLayout(choices)
        call_box.addWidget(self.record_state)
        call_box.addLayout(actions)

        # Messages
        self.messages_box = QGroupBox(self.tr("Messages from buyers"))
        self.messages = QListWidget()
        self.messages.setAccessibleName(self.tr("Messages from buyers"))
        self.messages.setMaximumHeight(100)
        QVBoxLayout(self.messages_box).addWidget(self.messages)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(links)
        layout.addWidget(self.incoming)
        layout.addWidget(self.in_call)
        layout.addWidget(self.messages_box)
        layout.addStretch(1)
        body.setMinimumWidth(300)
        self.setWidget(body)

        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        bridge.on(session.state.changed, self._on_state_changed)
        bridge.on(session.calls.ringing, self._on_ringing)
        self._show_links(session.state.call_links)
        self._show_calls(session.state.calls)
        self._show_controls()
        # Links must work from the first minute (and `seller-studio call-link` finds the studio
        # through the running server): start it in the background.
        bridge.run(session.start_server, done=lambda _server: None, failed=lambda _sentence: None)

    # -- links ----------------------------------------------------------------------------------------
    def create_link(self) -> None:
        self.create.setEnabled(False)
        action = partial(self.session.calls.create_link, float(self.ttl.currentData()) * 60,
                         self.uses.value(), self.link_name.text().strip(), self.link_order.text().strip())
        self.bridge.run(action, done=self._link_created, failed=self._link_failed)

    def _link_created(self, link: str) -> None:
        self.create.setEnabled(True)
        self.link_name.clear()
        self.link_order.clear()
        QGuiApplication.clipboard().setText(link)  # the next thing a host does is paste it
        token = link.rsplit("/", 1)[-1]
        self._show_links(self.session.state.call_links, select=token)

    def _link_failed(self, sentence: str) -> None:
        self.create.setEnabled(True)
        self.bridge.failed.emit(sentence)

    def _link_url(self, token: str) -> str:
        server = self.session.server
        return f"{server.base_url}/call/{token}" if server is not None else token

    def copy_link(self) -> None:
        item = self.link_list.currentItem()
        if item is not None:
            QGuiApplication.clipboard().setText(self._link_url(item.data(TOKEN_ROLE)))

    def revoke_link(self) -> None:
        item = self.link_list.currentItem()
        if item is not None:
            self.bridge.run(partial(self.session.calls.revoke_link, item.data(TOKEN_ROLE)))

    def _show_links(self, links: tuple[CallLinkInfo, ...], select: str | None = None) -> None:
        current = self.link_list.currentItem()
        select = select or (current.data(TOKEN_ROLE) if current is not None else None)
        with QSignalBlocker(self.link_list):
            self.link_list.clear()
            now = time.time()
            for info in reversed(links):
                item = QListWidgetItem(self._link_text(info, now))
                item.setData(TOKEN_ROLE, info.token)
                item.setToolTip(self._link_url(info.token))
                self.link_list.addItem(item)
                if info.token == select:
                    self.link_list.setCurrentItem(item)
        self._update_link_buttons()

    def _link_text(self, info: CallLinkInfo, now: float) -> str:
        who = info.name or (self.tr("Order {order}").format(order=info.order) if info.order
                            else self.tr("Anyone with the link"))
        if info.state == "revoked":
            status = self.tr("revoked")
        elif info.state == "used" or info.uses_left <= 0:
            status = self.tr("used")
        elif now > info.expires:
            status = self.tr("expired")
        else:
            minutes = max(1, int((info.expires - now) // 60))
            status = self.tr("%n call(s) left", "", info.uses_left) + " · " + \
                self.tr("%n min left", "", minutes)
        return f"{who} — {status}"

    def _update_link_buttons(self) -> None:
        item = self.link_list.currentItem()
        info = next((i for i in self.session.state.call_links
                     if item is not None and i.token == item.data(TOKEN_ROLE)), None)
        usable = info is not None and info.state == "active" and info.expires > time.time()
        self.copy.setEnabled(usable)
        self.revoke.setEnabled(usable)

    # -- calls --------------------------------------------------------------------------------------
    def accept(self, call_id: str) -> None:
        self._busy(call_id, True)
        self.bridge.run(partial(self.session.calls.accept, call_id),
                        failed=partial(self._action_failed, call_id))

    def decline(self, call_id: str) -> None:
        self._busy(call_id, True)
        self.bridge.run(partial(self.session.calls.decline, call_id),
                        failed=partial(self._action_failed, call_id))

    def _busy(self, call_id: str, busy: bool) -> None:
        row = self.ringing.get(call_id)
        if row is not None:
            row.set_busy(busy)

    def _action_failed(self, call_id: str, sentence: str) -> None:
        self._busy(call_id, False)
        self.bridge.failed.emit(sentence)

    def _act(self, action: object, *args: object) -> None:
        if not self._closed:
            self.bridge.run(partial(action, *args))  # type: ignore[arg-type]

    def _on_ringing(self, _info: CallInfo) -> None:
        self.rings += 1
        QApplication.beep()  # the ring; nothing is heard on a machine without sound
        if self.isHidden() or not self.isVisible():
            self.show()
        self.raise_()

    def _on_picture_chosen(self, index: int) -> None:
        which = self.picture.itemData(index)
        if which == "second":
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Second source for close-ups"), "",
                                                  self.tr("Videos (*.mp4 *.mkv *.mov *.webm);;All files (*)"))
            if not path:
                self._show_controls()
                return
            self._act(self.session.calls.set_picture, "second", f"file:{path}")
        else:
            self._act(self.session.calls.set_picture, "main")

    def _on_product_chosen(self, index: int) -> None:
        product_id = self.product.itemData(index)
        catalog = self.session.catalog
        product = catalog.by_id(product_id) if catalog is not None and product_id else None
        self._act(self.session.calls.pin_product, product)

    def _toggle_record(self) -> None:
        info = self._active_info()
        if self.session.state.call_recording is not None or (
                info is not None and info.record in ("asked", "agreed", "on")):
            self._act(self.session.calls.stop_recording)
        else:
            self._act(self.session.calls.ask_to_record)

    # -- state --------------------------------------------------------------------------------------
    def _on_state_changed(self, change: FieldChange) -> None:
        if self._closed:
            return
        if change.name == "call_links":
            self._show_links(change.new)
        elif change.name == "calls":
            self._show_calls(change.new)
            self._show_controls()
        elif change.name.startswith("call_") or change.name in ("active_call", "catalog_path"):
            self._show_controls()

    def _active_info(self) -> CallInfo | None:
        active = self.session.state.active_call
        return next((c for c in self.session.state.calls if c.id == active), None)

    def _show_calls(self, calls: tuple[CallInfo, ...]) -> None:
        ringing = {c.id: c for c in calls if c.state == "ringing"}
        for call_id in [cid for cid in self.ringing if cid not in ringing]:
            row = self.ringing.pop(call_id)
            self.incoming_box.removeWidget(row)
            row.deleteLater()
        for call_id, info in ringing.items():
            if call_id not in self.ringing:
                row = RingingRow(info, self)
                self.ringing[call_id] = row
                self.incoming_box.addWidget(row)
        self.nobody.setVisible(not self.ringing)
        self.messages.clear()
        for info in calls:
            for text in info.messages:
                label = f"{info.name} ({info.order}): {text}" if info.order else f"{info.name}: {text}"
                self.messages.addItem(label)
        self.messages_box.setVisible(self.messages.count() > 0)
        busy = bool(self.ringing) or self.session.state.active_call is not None
        if busy and not self._timer.isActive():
            self._timer.start()
        elif not busy:
            self._timer.stop()

    def _show_controls(self) -> None:
        state = self.session.state
        info = self._active_info()
        self.in_call.setVisible(info is not None)
        if info is None:
            self.own_preview.setText(self.tr("Your call picture"))
            return
        if not self._timer.isActive():
            self._timer.start()
        order = " · " + self.tr("Order {order}").format(order=info.order) if info.order else ""
        self.call_title.setText(self.tr("With {name}").format(name=info.name) + order)
        buyer = [self.tr("muted") if info.buyer_muted else "",
                 self.tr("camera off") if info.buyer_camera_off else ""]
        self.buyer_state.setText(self.tr("The buyer: {state}").format(state=", ".join(b for b in buyer if b))
                                 if any(buyer) else "")
        for box, value in ((self.mic, state.call_mic_open), (self.cohosts, state.call_cohosts_open),
                           (self.camera_off, state.call_camera_off)):
            with QSignalBlocker(box):  # reflecting the state is not a choice
                box.setChecked(value)
        with QSignalBlocker(self.picture):
            self.picture.setCurrentIndex(self.picture.findData(state.call_picture))
        with QSignalBlocker(self.product):
            self.product.clear()
            self.product.addItem(self.tr("No product card"), None)
            catalog = self.session.catalog
            for product in (catalog.products if catalog is not None else []):
                self.product.addItem(product.title, product.id)
            index = self.product.findData(state.call_product)
            self.product.setCurrentIndex(max(0, index))
        texts = {"off": "", "asked": self.tr("Waiting for the buyer to agree to the recording…"),
                 "agreed": self.tr("The buyer agreed; starting the recording…"),
                 "refused": self.tr("The buyer did not agree to a recording."),
                 "on": self.tr("● Recording (the buyer agreed and sees REC)")}
        self.record_state.setText(texts.get(info.record, ""))
        self.record_state.setStyleSheet("color: #e5484d;" if info.record == "on" else MUTED_STYLE)
        self.record.setText(self.tr("Stop recording") if info.record in ("asked", "agreed", "on")
                            else self.tr("Record…"))

    def _poll(self) -> None:
        if self._closed or not self.isVisible() or self.session.server is None:
            return
        calls = self.session.calls
        for call_id, row in self.ringing.items():
            row.tick()
            call = calls.call(call_id)
            picture = call.thumbnail(PREVIEW_W, PREVIEW_H) if call is not None else None
            if picture is not None:
                row.preview.setPixmap(_pixmap(picture))
        media = calls.media
        if media is not None:
            own = media.renderer.preview.peek()
            if own is not None:
                small = np.ascontiguousarray(
                    own.image[::6, ::6, ::-1][:PREVIEW_H, :PREVIEW_W])  # 960×540 → 160×90, BGR → RGB
                self.own_preview.setPixmap(_pixmap(small))
            buyer = media.call.thumbnail(PREVIEW_W, PREVIEW_H)
            if buyer is not None and not media.call.buyer_camera_off:
                self.buyer_preview.setPixmap(_pixmap(buyer))

    def close_view(self) -> None:
        """Stop the previews (CoreBridge has no per-view disconnect: the handlers turn into
        no-ops)."""
        self._closed = True
        self._timer.stop()
