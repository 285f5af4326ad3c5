"""The Co-hosts dock: invite links, the green room (name, preview, Approve / Decline), four
slots (name, state, level, Mute / Remove), the layout, and joining another show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.events import FieldChange
from studio.session import Session
from studio.ui.bridge import CoreBridge

if TYPE_CHECKING:
    from studio.server.cohost import CoHostInfo

SLOTS = 4


class SlotCard(QFrame):
    """One stage slot."""

    def __init__(self, number: int, dock: CoHostsDock) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number, self.dock = number, dock
        self.cohost_id: str | None = None
        self.name = QLabel()
        self.status = QLabel()
        self.level = QProgressBar()
        self.level.setRange(-60, 0)
        self.level.setTextVisible(False)
        self.level.setMaximumHeight(6)
        self.mute = QPushButton(self.tr("Mute"))
        self.mute.clicked.connect(self._toggle_mute)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(lambda: self.cohost_id and dock.remove(self.cohost_id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.mute)
        buttons.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.name)
        layout.addWidget(self.status)
        layout.addWidget(self.level)
        layout.addLayout(buttons)
        self.show_cohost(None)

    def show_cohost(self, info: CoHostInfo | None) -> None:
        self.cohost_id = info.id if info else None
        self._muted = bool(info and info.muted)
        if info is None:
            self.name.setText(self.tr("Slot {n}").format(n=self.number))
            self.status.setText(self.tr("Empty"))
        else:
            self.name.setText(f"<b>{_escape(info.name)}</b>")
            status = {"live": self.tr("On stage"), "reconnecting": self.tr("Reconnecting… (slot held 30 s)")}
            text = status.get(info.state, info.state)
            if info.muted:
                text += " · " + self.tr("muted")
            self.status.setText(text)
            self.mute.setText(self.tr("Unmute") if info.muted else self.tr("Mute"))
        for widget in (self.mute, self.remove, self.level):
            widget.setEnabled(info is not None)

    def _toggle_mute(self) -> None:
        if self.cohost_id:
            self.dock.mute(self.cohost_id, not self._muted)


class WaitingRow(QFrame):
    """A request in the green room."""

    def __init__(self, info: CoHostInfo, dock: CoHostsDock) -> None:
        super().__init__()
        self.cohost_id = info.id
        self.preview = QLabel()
        self.preview.setFixedSize(128, 72)
        self.preview.setStyleSheet("background: #08090a;")
        name = QLabel(self.tr("<b>{name}</b> asks to join").format(name=_escape(info.name)))
        self.approve = QPushButton(self.tr("Approve"))
        self.approve.clicked.connect(lambda: dock.approve(info.id))
        self.decline = QPushButton(self.tr("Decline"))
        self.decline.clicked.connect(lambda: dock.decline(info.id))
        right = QVBoxLayout()
        right.addWidget(name)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve)
        buttons.addWidget(self.decline)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.preview)
        layout.addLayout(right, 1)


class CoHostsDock(QDockWidget):
    def __init__(self, session: Session, bridge: CoreBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.bridge = session, bridge
        self.setObjectName("cohosts")
        self.setWindowTitle(self.tr("Co-hosts"))
        body = QWidget()
        self.invite_button = QPushButton(self.tr("Invite co-host"))
        self.invite_button.setToolTip(self.tr("Make a link (valid 30 minutes, one use) to send to a co-host"))
        self.invite_button.clicked.connect(self.invite)
        self.link = QLineEdit()
        self.link.setReadOnly(True)
        self.link.setPlaceholderText(self.tr("The invite link appears here"))
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.link.text()))
        self.revoke = QPushButton(self.tr("Revoke"))
        self.revoke.setToolTip(self.tr("Make this link stop working"))
        self.revoke.clicked.connect(self.revoke_link)
        self.layout_combo = QComboBox()
        for key, text in (("solo", self.tr("Solo")), ("pk", self.tr("Side by side (PK)")),
                          ("grid", self.tr("Grid")), ("pip", self.tr("Picture in picture"))):
            self.layout_combo.addItem(text, key)
        self.layout_combo.setToolTip(self.tr("How co-hosts share the picture"))
        self.layout_combo.activated.connect(
            lambda i: self.session.set_layout(str(self.layout_combo.itemData(i))))
        self.join_button = QPushButton(self.tr("Join as co-host…"))
        self.join_button.setToolTip(self.tr("Send your picture and sound to another host's show"))
        self.join_button.clicked.connect(self.ask_join)
        self.guest_status = QLabel()
        self.empty = QLabel(self.tr("No co-hosts yet. Invite one with a link: they wait in the green room "
                                    "until you approve them."))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.waiting_box = QVBoxLayout()
        self.slots = [SlotCard(n + 1, self) for n in range(SLOTS)]
        grid = QGridLayout()
        for i, card in enumerate(self.slots):
            grid.addWidget(card, i // 2, i % 2)
        invite_row = QHBoxLayout()
        invite_row.addWidget(self.invite_button)
        invite_row.addWidget(self.link, 1)
        invite_row.addWidget(self.copy)
        invite_row.addWidget(self.revoke)
        layout_row = QHBoxLayout()
        layout_row.addWidget(QLabel(self.tr("Layout")))
        layout_row.addWidget(self.layout_combo, 1)
        guest_row = QHBoxLayout()
        guest_row.addWidget(self.join_button)
        guest_row.addWidget(self.guest_status, 1)
        layout = QVBoxLayout(body)
        layout.addLayout(invite_row)
        layout.addWidget(self.empty)
        layout.addLayout(self.waiting_box)
        layout.addLayout(grid)
        layout.addLayout(layout_row)
        layout.addLayout(guest_row)
        layout.addStretch(1)
        self.setWidget(body)
        self.waiting: dict[str, WaitingRow] = {}
        self._link_valid = False
        bridge.on(session.state.changed, self._on_state_changed)
        self._show_layout(session.state.layout)
        self._show_cohosts(session.state.cohosts)
        self._show_guest(session.state.guest_state)
        self._update_buttons()
        self._timer = QTimer(self, interval=250)  # levels and green-room previews
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    # -- actions ---------------------------------------------------------------------------------
    def invite(self) -> None:
        self.bridge.run(self.session.create_invite, done=self._show_link)

    def _show_link(self, link: str) -> None:
        self.link.setText(link)
        self._link_valid = True
        self._update_buttons()

    def revoke_link(self) -> None:
        link = self.link.text()
        if link:
            self.bridge.run(lambda: self.session.revoke_invite(link), done=lambda _ok: self._revoked())

    def _revoked(self) -> None:
        self.link.clear()
        self._link_valid = False
        self._update_buttons()

    def approve(self, cohost_id: str) -> None:
        self.bridge.run(lambda: self.session.approve_cohost(cohost_id))

    def decline(self, cohost_id: str) -> None:
        self.bridge.run(lambda: self.session.decline_cohost(cohost_id))

    def remove(self, cohost_id: str) -> None:
        self.bridge.run(lambda: self.session.remove_cohost(cohost_id))

    def mute(self, cohost_id: str, muted: bool) -> None:
        self.bridge.run(lambda: self.session.mute_cohost(cohost_id, muted))

    def ask_join(self) -> None:
        if self.session.state.guest_state not in ("none", "declined", "removed", "left"):
            self.bridge.run(self.session.leave_cohost)
            return
        link, ok = QInputDialog.getText(self, self.tr("Join as co-host"), self.tr("Invite link"))
        if not ok or not link.strip():
            return
        name, ok = QInputDialog.getText(self, self.tr("Join as co-host"), self.tr("Your name"),
                                        text=self.session.host_name)
        if ok:
            self.join(link.strip(), name.strip() or self.session.host_name)

    def join(self, link: str, name: str) -> None:
        self.bridge.run(lambda: self.session.join_as_cohost(link, name))

    # -- state -----------------------------------------------------------------------------------------
    def _on_state_changed(self, change: FieldChange) -> None:
        if change.name == "cohosts":
            self._show_cohosts(change.new)
        elif change.name == "layout":
            self._show_layout(change.new)
        elif change.name == "guest_state":
            self._show_guest(change.new)
        elif change.name == "invites" and change.new == 0 and self._link_valid:
            self._revoked()  # used up or expired

    def _show_cohosts(self, cohosts: tuple[CoHostInfo, ...]) -> None:
        by_slot = {c.slot: c for c in cohosts if c.state in ("live", "reconnecting") and c.slot is not None}
        for index, card in enumerate(self.slots):  # the core numbers slots from 0, people from 1
            card.show_cohost(by_slot.get(index))
        waiting = {c.id: c for c in cohosts if c.state == "waiting"}
        for cid in list(self.waiting):
            if cid not in waiting:
                row = self.waiting.pop(cid)
                self.waiting_box.removeWidget(row)
                row.deleteLater()
        for cid, info in waiting.items():
            if cid not in self.waiting:
                row = WaitingRow(info, self)
                self.waiting[cid] = row
                self.waiting_box.addWidget(row)
        self.empty.setVisible(not cohosts and not self._link_valid)

    def _show_layout(self, layout: str) -> None:
        index = self.layout_combo.findData(layout)
        if index >= 0:
            self.layout_combo.setCurrentIndex(index)

    def _show_guest(self, state: str) -> None:
        texts = {"waiting": self.tr("Waiting for the host to let you in…"),
                 "live": self.tr("You are on the other show."),
                 "declined": self.tr("The host declined your request."),
                 "removed": self.tr("The host removed you from the show."),
                 "reconnecting": self.tr("Reconnecting to the other show…")}
        self.guest_status.setText(texts.get(state, ""))
        on_other_show = state in ("waiting", "live", "reconnecting")
        self.join_button.setText(self.tr("Leave the other show") if on_other_show
                                 else self.tr("Join as co-host…"))

    def _update_buttons(self) -> None:
        self.copy.setEnabled(self._link_valid)
        self.revoke.setEnabled(self._link_valid)
        self.empty.setVisible(not self.session.state.cohosts and not self._link_valid)

    def _poll(self) -> None:
        if not self.isVisible() or not self.session.state.cohosts:
            return
        for card in self.slots:
            if card.cohost_id:
                cohost = self.session.cohost(card.cohost_id)
                if cohost is not None:
                    card.level.setValue(int(max(-60.0, min(0.0, cohost.level_db()))))
        for cid, row in self.waiting.items():
            cohost = self.session.cohost(cid)
            picture = cohost.thumbnail(128, 72) if cohost is not None else None
            if picture is not None:
                image = QImage(picture.data, 128, 72, picture.strides[0], QImage.Format.Format_RGB888)
                row.preview.setPixmap(QPixmap.fromImage(image.copy()))

    def close_view(self) -> None:
        self._timer.stop()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
