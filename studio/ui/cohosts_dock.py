"""The Co-hosts dock: invite links, the assistant deck link, the green room (name, preview,
Approve / Decline), four stage slots (name, state, audio level, link quality, Mute / Remove),
the layout, and joining another studio's show as a co-host.

Fed by `state.cohosts` (snapshots of the green room and stage), `state.layout` and
`state.guest_state`. Everything that talks to the network goes through the bridge. Levels,
frame rates and green-room previews are read from the live co-host objects by a timer that
runs only while someone is there and the dock is visible."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studio.events import FieldChange
from studio.processing.compositor import MAX_COHOSTS
from studio.session import Session
from studio.ui.bridge import CoreBridge

if TYPE_CHECKING:  # the network stack loads on first use: the window opens sooner
    from studio.server.cohost import CoHostInfo

POLL_MS = 250
RATE_WINDOW_S = 2.0  # frame rate over this long: one late burst must not read as a dead link
PREVIEW_W, PREVIEW_H = 128, 72
LEVEL_FLOOR_DB = -60
GOOD = QColor("#30a46c")
WARN = QColor("#f5a524")
BAD = QColor("#e5484d")
MUTED_STYLE = "color: palette(placeholder-text);"
LEVEL_STYLE = (f"QProgressBar {{ background: rgba(128, 128, 128, 50); border: none; border-radius: 3px; }}"
               f"QProgressBar::chunk {{ background: {GOOD.name()}; border-radius: 3px; }}")
ON_ANOTHER_SHOW = ("joining", "waiting", "live", "reconnecting")  # guest states with a Leave


class SlotCard(QFrame):
    """One stage slot: who is there, how they sound, how their link is doing."""

    def __init__(self, number: int, dock: CoHostsDock) -> None:
        super().__init__()
        self.setObjectName("slotCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.number, self.dock = number, dock
        self.cohost_id: str | None = None
        self.muted = False
        self._frames: deque[tuple[float, int]] = deque()  # (when, frames received): the rate
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.status = QLabel()
        self.level = QProgressBar()
        self.level.setRange(LEVEL_FLOOR_DB, 0)
        self.level.setTextVisible(False)
        self.level.setFixedHeight(6)
        self.level.setStyleSheet(LEVEL_STYLE)  # Fusion draws no chunk in a bar this thin
        self.level.setToolTip(self.tr("Their microphone level"))
        self.link = QLabel()
        self.link.setStyleSheet(MUTED_STYLE)
        self.mute = QPushButton(self.tr("Mute"))
        self.mute.setToolTip(self.tr("Silence this co-host in the program (they stay on screen)"))
        self.mute.clicked.connect(self._toggle_mute)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Take this co-host off the show; their link stops working"))
        self.remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mute)
        buttons.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.level)
        layout.addWidget(self.link)
        layout.addLayout(buttons)
        self.show_cohost(None)

    def show_cohost(self, info: CoHostInfo | None) -> None:
        if info is None or info.id != self.cohost_id:
            self._frames.clear()
        self.cohost_id = info.id if info else None
        self.muted = bool(info and info.muted)
        if info is None:
            self.title.setText(self.tr("Slot {n}").format(n=self.number))
            self.status.setText(self.tr("Empty"))
            self.status.setStyleSheet(MUTED_STYLE)
            self.link.setText("")
            self.level.setValue(LEVEL_FLOOR_DB)
            self.mute.setText(self.tr("Mute"))
        else:
            self.title.setText(self.tr("{n}. {name}").format(n=self.number, name=info.name))
            if info.state == "reconnecting":
                text, colour = self.tr("Reconnecting… (slot held for 30 s)"), WARN
            elif info.muted:
                text, colour = self.tr("Muted"), WARN
            else:
                text, colour = self.tr("Live"), GOOD
            self.status.setText("● " + text)
            self.status.setStyleSheet(f"color: {colour.name()};")
            self.mute.setText(self.tr("Unmute") if info.muted else self.tr("Mute"))
            self.show_meters(info.level_db, info.frames_received)
        for widget in (self.mute, self.remove, self.level):
            widget.setEnabled(info is not None)

    def show_meters(self, level_db: float, frames: int) -> None:
        """Level bar and link hint from the co-host's live figures."""
        self.level.setValue(int(max(LEVEL_FLOOR_DB, min(0.0, level_db))))
        now = time.monotonic()
        self._frames.append((now, frames))
        while len(self._frames) > 2 and now - self._frames[1][0] >= RATE_WINDOW_S:
            self._frames.popleft()  # keep one reading at least a window old: a steady rate
        since, first = self._frames[0]
        if now - since < 0.5:
            if frames == 0:
                self.link.setText(self.tr("Link: no picture yet"))
            return
        fps = (frames - first) / (now - since)
        if fps >= 20:
            quality = self.tr("good")
        elif fps >= 8:
            quality = self.tr("fair")
        elif fps > 0:
            quality = self.tr("poor")
        else:
            quality = self.tr("no picture")
        self.link.setText(self.tr("Link: {quality} · {fps:.0f} fps").format(quality=quality, fps=fps))
        self.link.setToolTip(self.tr("%n frame(s) received", "", frames))

    def _toggle_mute(self) -> None:
        if self.cohost_id:
            self.dock.mute(self.cohost_id, not self.muted)

    def _remove(self) -> None:
        if self.cohost_id:
            self.dock.remove(self.cohost_id)


class WaitingRow(QFrame):
    """A request in the green room: their preview, their name, Approve / Decline."""

    def __init__(self, info: CoHostInfo, dock: CoHostsDock) -> None:
        super().__init__()
        self.setObjectName("waitingRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.cohost_id = info.id
        self.preview = QLabel(self.tr("No picture yet"))
        self.preview.setFixedSize(PREVIEW_W, PREVIEW_H)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #08090a; color: #9ba1a6;")  # a video well, any theme
        self.name = QLabel(info.name)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.name.font()
        bold.setBold(True)
        self.name.setFont(bold)
        asks = QLabel(self.tr("asks to join"))
        asks.setStyleSheet(MUTED_STYLE)
        self.approve = QPushButton(self.tr("Approve"))
        self.approve.setToolTip(self.tr("Put {name} on stage in the next free slot").format(name=info.name))
        self.approve.clicked.connect(lambda: dock.approve(info.id))
        self.decline = QPushButton(self.tr("Decline"))
        self.decline.setToolTip(self.tr("Turn the request down; they are told so"))
        self.decline.clicked.connect(lambda: dock.decline(info.id))
        text = QVBoxLayout()
        text.addWidget(self.name)
        text.addWidget(asks)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve)
        buttons.addWidget(self.decline)
        text.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.preview)
        layout.addLayout(text, 1)

    def set_busy(self, busy: bool) -> None:
        self.approve.setEnabled(not busy)
        self.decline.setEnabled(not busy)


class CoHostsDock(QDockWidget):
    def __init__(self, session: Session, bridge: CoreBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.bridge = session, bridge
        self.setObjectName("cohosts")
        self.setWindowTitle(self.tr("Co-hosts"))
        self._closed = False
        self._link_valid = False
        self._joining = False
        self.waiting: dict[str, WaitingRow] = {}

        body = QWidget()
        # Invite
        self.invite_button = QPushButton(self.tr("Invite co-host"))
        self.invite_button.setToolTip(self.tr("Make a link for one co-host, valid for 30 minutes. "
                                              "They wait in the green room until you approve them."))
        self.invite_button.clicked.connect(self.invite)
        self.link, self.copy, self.revoke = self._link_row(
            self.tr("Invite link"), self.tr("The invite link appears here"),
            self.tr("Send this link to your co-host. Beyond this network, share the "
                    "studio through a tunnel (see the co-host guide)."),
            self.tr("Make this link stop working"), self.copy_link, self.revoke_link)
        # The assistant deck: a link for a second person's browser (products, sales, comments).
        self.deck_button = QPushButton(self.tr("Deck link"))
        self.deck_button.setToolTip(self.tr("Make a link for your assistant's phone or computer: from it "
                                            "they pin products, run flash sales, fix stock and answer "
                                            "comments while you talk."))
        self.deck_button.clicked.connect(self.make_deck_link)
        self.deck_link, self.deck_copy, self.deck_revoke = self._link_row(
            self.tr("Assistant deck link"), self.tr("The assistant deck link appears here"),
            self.tr("Anyone with this link can run the show's products: send it only to your assistant."),
            self.tr("Make the deck link stop working; open decks close at once"),
            self.copy_deck_link, self.revoke_deck_link)
        self.empty = QLabel(self.tr("Nobody is invited yet. Invite a co-host with a link: they wait in "
                                    "the green room until you let them in."))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Green room
        self.green_room = QGroupBox(self.tr("Green room"))
        self.waiting_box = QVBoxLayout(self.green_room)
        self.nobody_waiting = QLabel(self.tr("Nobody is waiting. Requests from your invite link "
                                             "appear here."))
        self.nobody_waiting.setWordWrap(True)
        self.nobody_waiting.setStyleSheet(MUTED_STYLE)
        self.waiting_box.addWidget(self.nobody_waiting)
        # Stage
        stage = QGroupBox(self.tr("On stage"))
        grid = QGridLayout(stage)
        self.slots = [SlotCard(n + 1, self) for n in range(MAX_COHOSTS)]
        for i, card in enumerate(self.slots):
            grid.addWidget(card, i // 2, i % 2)
        self.layout_combo = QComboBox()
        for key, text in (("solo", self.tr("Solo (host only)")), ("pk", self.tr("Side by side (PK)")),
                          ("grid", self.tr("Grid")), ("pip", self.tr("Picture in picture"))):
            self.layout_combo.addItem(text, key)
        self.layout_combo.setToolTip(self.tr("How the host and the co-hosts share the picture"))
        self.layout_combo.setAccessibleName(self.tr("Layout"))
        self.layout_combo.currentIndexChanged.connect(self._on_layout_chosen)
        # Guest
        self.join_button = QPushButton(self.tr("Join as co-host…"))
        self.join_button.setToolTip(self.tr("Send your picture and sound to another host's show, "
                                            "using the invite link they sent you"))
        self.join_button.clicked.connect(self.ask_join)
        self.leave_button = QPushButton(self.tr("Leave"))
        self.leave_button.setToolTip(self.tr("Leave the other host's show"))
        self.leave_button.clicked.connect(self.leave)
        self.guest_status = QLabel()
        self.guest_status.setWordWrap(True)

        invite_row = QHBoxLayout()
        invite_row.addWidget(self.invite_button)
        invite_row.addWidget(self.link, 1)
        invite_row.addWidget(self.copy)
        invite_row.addWidget(self.revoke)
        deck = QGroupBox(self.tr("Assistant deck"))
        deck_row = QHBoxLayout(deck)
        deck_row.addWidget(self.deck_button)
        deck_row.addWidget(self.deck_link, 1)
        deck_row.addWidget(self.deck_copy)
        deck_row.addWidget(self.deck_revoke)
        layout_row = QHBoxLayout()
        layout_row.addWidget(QLabel(self.tr("Layout:")))
        layout_row.addWidget(self.layout_combo, 1)
        guest = QGroupBox(self.tr("On another host's show"))
        guest_row = QHBoxLayout(guest)
        guest_row.addWidget(self.join_button)
        guest_row.addWidget(self.leave_button)
        guest_row.addWidget(self.guest_status, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(invite_row)
        layout.addWidget(deck)
        layout.addWidget(self.empty)
        layout.addWidget(self.green_room)
        layout.addWidget(stage)
        layout.addLayout(layout_row)
        layout.addWidget(guest)
        layout.addStretch(1)
        body.setMinimumWidth(300)
        self.setWidget(body)

        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        bridge.on(session.state.changed, self._on_state_changed)
        self._show_layout(session.state.layout)
        self._show_cohosts(session.state.cohosts)
        self._show_guest(session.state.guest_state)
        self._update_invite()
        self._show_deck(session.state.deck_active)

    def _link_row(self, name: str, placeholder: str, tip: str, revoke_tip: str, copy: Callable[[], None],
                  revoke: Callable[[], None]) -> tuple[QLineEdit, QPushButton, QPushButton]:
        """A read-only link with Copy and Revoke (co-host invites, the assistant deck)."""
        link = QLineEdit()
        link.setReadOnly(True)
        link.setAccessibleName(name)
        link.setPlaceholderText(placeholder)
        link.setToolTip(tip)
        copy_button = QPushButton(self.tr("Copy"))
        copy_button.setToolTip(self.tr("Copy the link to the clipboard"))
        copy_button.clicked.connect(copy)
        revoke_button = QPushButton(self.tr("Revoke"))
        revoke_button.setToolTip(revoke_tip)
        revoke_button.clicked.connect(revoke)
        return link, copy_button, revoke_button

    # -- invites ----------------------------------------------------------------------------------
    def invite(self) -> None:
        self.invite_button.setEnabled(False)
        self.bridge.run(self.session.create_invite, done=self._show_link, failed=self._on_invite_failed)

    def _show_link(self, link: str) -> None:
        self.invite_button.setEnabled(True)
        self.link.setText(link)
        self.link.setCursorPosition(0)
        self._link_valid = True
        self._update_invite()

    def _on_invite_failed(self, sentence: str) -> None:
        self.invite_button.setEnabled(True)
        self.bridge.failed.emit(sentence)

    def copy_link(self) -> None:
        if self.link.text():
            QGuiApplication.clipboard().setText(self.link.text())

    def revoke_link(self) -> None:
        link = self.link.text()
        if link:
            self.revoke.setEnabled(False)
            self.bridge.run(partial(self.session.revoke_invite, link), done=lambda _ok: self._revoked())

    def _revoked(self) -> None:
        self.link.clear()
        self._link_valid = False
        self._update_invite()

    def _update_invite(self) -> None:
        self.copy.setEnabled(self._link_valid)
        self.revoke.setEnabled(self._link_valid)
        self.invite_button.setText(self.tr("New invite") if self._link_valid else self.tr("Invite co-host"))
        nobody = not self.session.state.cohosts and not self._link_valid
        self.empty.setVisible(nobody)
        self.green_room.setVisible(not nobody)

    # -- the assistant deck ------------------------------------------------------------------------
    def make_deck_link(self) -> None:
        self.deck_button.setEnabled(False)
        self.bridge.run(self.session.deck.link, done=self._show_deck_link, failed=self._on_deck_failed)

    def _show_deck_link(self, link: str) -> None:
        self.deck_button.setEnabled(True)
        self.deck_link.setText(link)
        self.deck_link.setCursorPosition(0)
        self._show_deck(True)

    def _on_deck_failed(self, sentence: str) -> None:
        self.deck_button.setEnabled(True)
        self.bridge.failed.emit(sentence)

    def copy_deck_link(self) -> None:
        if self.deck_link.text():
            QGuiApplication.clipboard().setText(self.deck_link.text())

    def revoke_deck_link(self) -> None:
        self.deck_revoke.setEnabled(False)
        self.bridge.run(self.session.deck.revoke)

    def _show_deck(self, active: bool) -> None:
        if not active:
            self.deck_link.clear()
        shown = active and bool(self.deck_link.text())
        self.deck_copy.setEnabled(shown)
        self.deck_revoke.setEnabled(active)

    # -- host actions -----------------------------------------------------------------------------
    def approve(self, cohost_id: str) -> None:
        self._busy(cohost_id)
        self.bridge.run(partial(self.session.approve_cohost, cohost_id),
                        failed=partial(self._action_failed, cohost_id))

    def decline(self, cohost_id: str) -> None:
        self._busy(cohost_id)
        self.bridge.run(partial(self.session.decline_cohost, cohost_id),
                        failed=partial(self._action_failed, cohost_id))

    def remove(self, cohost_id: str) -> None:
        self.bridge.run(partial(self.session.remove_cohost, cohost_id))

    def mute(self, cohost_id: str, muted: bool = True) -> None:
        self.bridge.run(partial(self.session.mute_cohost, cohost_id, muted))

    def _busy(self, cohost_id: str) -> None:
        row = self.waiting.get(cohost_id)
        if row is not None:
            row.set_busy(True)

    def _action_failed(self, cohost_id: str, sentence: str) -> None:
        row = self.waiting.get(cohost_id)
        if row is not None:
            row.set_busy(False)
        self.bridge.failed.emit(sentence)

    def _on_layout_chosen(self, index: int) -> None:
        layout = self.layout_combo.itemData(index)
        if layout and layout != self.session.state.layout:
            try:
                self.session.set_layout(str(layout))
            except ValueError as exc:
                self.bridge.failed.emit(str(exc))

    # -- as a co-host elsewhere ---------------------------------------------------------------
    def ask_join(self) -> None:
        link, ok = QInputDialog.getText(self, self.tr("Join as co-host"),
                                        self.tr("Paste the invite link the host sent you:"))
        if not ok or not link.strip():
            return
        name, ok = QInputDialog.getText(self, self.tr("Join as co-host"),
                                        self.tr("Your name, as the host and viewers will see it:"),
                                        text=self.session.host_name)
        if ok:
            self.join(link.strip(), name.strip() or self.session.host_name)

    def join(self, link: str, name: str | None = None) -> None:
        self._joining = True
        self._show_guest(self.session.state.guest_state)
        self.bridge.run(partial(self.session.join_as_cohost, link, name), done=self._join_finished,
                        failed=self._join_failed)

    def _join_finished(self, _client: object) -> None:
        self._joining = False
        self._show_guest(self.session.state.guest_state)

    def _join_failed(self, sentence: str) -> None:
        self._joining = False
        self._show_guest(self.session.state.guest_state)
        self.bridge.failed.emit(sentence)

    def leave(self) -> None:
        self.leave_button.setEnabled(False)
        self.bridge.run(self.session.leave_cohost)

    # -- state ------------------------------------------------------------------------------------
    def _on_state_changed(self, change: FieldChange) -> None:
        if self._closed:
            return
        if change.name == "cohosts":
            self._show_cohosts(change.new)
        elif change.name == "layout":
            self._show_layout(change.new)
        elif change.name == "guest_state":
            self._show_guest(change.new)
        elif change.name == "deck_active":
            self._show_deck(bool(change.new))
        elif change.name == "invites" and change.new == 0 and self._link_valid:
            self._revoked()  # withdrawn elsewhere

    def _show_cohosts(self, cohosts: tuple[CoHostInfo, ...]) -> None:
        on_stage = {c.slot: c for c in cohosts if c.state in ("live", "reconnecting") and c.slot is not None}
        for index, card in enumerate(self.slots):  # the core numbers slots from 0, people from 1
            card.show_cohost(on_stage.get(index))
        waiting = {c.id: c for c in cohosts if c.state == "waiting"}
        for cohost_id in [cid for cid in self.waiting if cid not in waiting]:
            row = self.waiting.pop(cohost_id)
            self.waiting_box.removeWidget(row)
            row.deleteLater()
        for cohost_id, info in waiting.items():
            if cohost_id not in self.waiting:
                row = WaitingRow(info, self)
                self.waiting[cohost_id] = row
                self.waiting_box.addWidget(row)
        self.nobody_waiting.setVisible(not self.waiting)
        self._update_invite()
        if cohosts and not self._timer.isActive():
            self._timer.start()
        elif not cohosts:
            self._timer.stop()

    def _show_layout(self, layout: str) -> None:
        index = self.layout_combo.findData(layout)
        if index >= 0 and index != self.layout_combo.currentIndex():
            with QSignalBlocker(self.layout_combo):  # reflecting the state is not a choice
                self.layout_combo.setCurrentIndex(index)

    def _show_guest(self, state: str) -> None:
        if self._joining and state in ("none", "left", "declined", "removed"):
            state = "joining"
        texts = {"joining": self.tr("Asking the host to let you in…"),
                 "waiting": self.tr("Waiting in the green room for the host to let you in…"),
                 "live": self.tr("You are on the other host's show."),
                 "reconnecting": self.tr("Reconnecting to the other show…"),
                 "declined": self.tr("The host declined your request."),
                 "removed": self.tr("The host took you off their show."),
                 "left": self.tr("You left the other show.")}
        self.guest_status.setText(texts.get(state, ""))
        colour = {"live": GOOD, "reconnecting": WARN, "declined": BAD, "removed": BAD}.get(state)
        self.guest_status.setStyleSheet(f"color: {colour.name()};" if colour else "")
        elsewhere = state in ON_ANOTHER_SHOW
        self.join_button.setEnabled(not elsewhere)
        self.leave_button.setEnabled(elsewhere and state != "joining")

    def _poll(self) -> None:
        if self._closed or not self.isVisible() or not self.session.state.cohosts \
                or self.session.server is None:  # never start a server from a timer
            return
        for card in self.slots:
            cohost = self.session.cohost(card.cohost_id) if card.cohost_id else None
            if cohost is not None:
                card.show_meters(cohost.level_db(), cohost.frames_received)
        for cohost_id, row in self.waiting.items():
            cohost = self.session.cohost(cohost_id)
            picture = cohost.thumbnail(PREVIEW_W, PREVIEW_H) if cohost is not None else None
            if picture is not None:
                image = QImage(picture.data, PREVIEW_W, PREVIEW_H, picture.strides[0],
                               QImage.Format.Format_RGB888)
                row.preview.setPixmap(QPixmap.fromImage(image.copy()))  # copy: `picture` is reused

    def close_view(self) -> None:
        """Stop the meters (CoreBridge has no per-view disconnect: the state handler turns
        into a no-op)."""
        self._closed = True
        self._timer.stop()
