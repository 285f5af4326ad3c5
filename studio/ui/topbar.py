"""The top bar: output target, Go Live / End Live, the LIVE badge (timer, viewers),
Rehearse with its REC badge. It shows session state; the window runs the flows."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSizePolicy, QToolBar, QWidget

from studio.events import FieldChange
from studio.media.frames import now_ns
from studio.session import Session
from studio.transport.linkstats import QualityLevel
from studio.ui.bridge import CoreBridge
from studio.ui.quality_dock import LevelBars, level_name
from studio.ui.theme import repolish

TARGET_LOCAL, TARGET_WHIP, TARGET_RTMP = 0, 1, 2


def format_elapsed(ns: int) -> str:
    s = max(0, ns // 1_000_000_000)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"


class TopBar(QToolBar):
    go_live_clicked = Signal()
    rehearse_clicked = Signal()
    target_chosen = Signal(int)  # TARGET_LOCAL / TARGET_WHIP
    test_clicked = Signal()
    destinations_clicked = Signal()

    def __init__(self, session: Session, bridge: CoreBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("topbar")
        self.setWindowTitle(self.tr("Show controls"))
        self.setMovable(False)

        self.target = QComboBox()
        self.target.setObjectName("target")
        self.target.addItem(self.tr("This computer"))
        self.target.addItem(self.tr("WHIP server…"))
        self.target.addItem(self.tr("Platforms only"))
        self.target.setItemData(TARGET_LOCAL, self.tr(
            "Serve the show from this computer: viewers open the watch page in a browser."),
            Qt.ItemDataRole.ToolTipRole)
        self.target.setItemData(TARGET_WHIP, self.tr(
            "Publish to any WHIP server (OBS-compatible services, LiveKit, Cloudflare, MediaMTX…)."),
            Qt.ItemDataRole.ToolTipRole)
        self.target.setItemData(TARGET_RTMP, self.tr(
            "Send the show only to your RTMP destinations (TikTok, Shopee, Lazada, YouTube, Facebook…)."),
            Qt.ItemDataRole.ToolTipRole)
        self.target.setToolTip(self.tr("Where Go Live sends your show"))
        self.target.setAccessibleName(self.tr("Output"))
        self.target.activated.connect(self.target_chosen.emit)

        self.destinations = QPushButton(self.tr("Destinations…"))
        self.destinations.setObjectName("destinationsButton")
        self.destinations.setToolTip(self.tr(
            "Platforms Go Live also sends the show to over RTMP(S): TikTok, Shopee, Lazada, YouTube…"))
        self.destinations.clicked.connect(self.destinations_clicked.emit)

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.setToolTip(self.tr(
            "Measure the upload to the chosen target (about 10 s) and get a recommended quality"))
        self.test_button.clicked.connect(self.test_clicked.emit)

        self.go_live = QPushButton(self.tr("Go Live"))
        self.go_live.setObjectName("goLive")
        self.go_live.setToolTip(self.tr("Start the show (Ctrl+L)"))
        self.go_live.clicked.connect(self.go_live_clicked.emit)

        self.live_badge = QLabel()
        self.live_badge.setObjectName("liveBadge")
        self.link_bars = LevelBars()
        self.link_bars.setToolTip(self.tr("How your show's connection is doing"))
        self.viewers = QLabel()
        self.viewers.setToolTip(self.tr("People watching now"))
        self.watch_link = QLabel()
        self.watch_link.setOpenExternalLinks(True)

        self.rehearse = QPushButton(self.tr("Rehearse"))
        self.rehearse.setObjectName("rehearse")
        self.rehearse.setToolTip(self.tr("Record the program to a file without going live (Ctrl+R)"))
        self.rehearse.clicked.connect(self.rehearse_clicked.emit)
        self.rec_badge = QLabel()
        self.rec_badge.setObjectName("recBadge")

        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # a widget in a tool bar is shown and hidden through its action
        self._actions: dict[QWidget, QAction] = {}
        for widget in (QLabel(self.tr("Output:")), self.target, self.destinations, self.test_button,
                       self.go_live, self.live_badge, self.link_bars, self.viewers, self.watch_link, spacer,
                       self.rec_badge, self.rehearse):
            self._actions[widget] = self.addWidget(widget)
        for widget in (self.live_badge, self.link_bars, self.viewers, self.watch_link, self.rec_badge):
            self._show(widget, False)

        self._timer = QTimer(self, interval=500)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        bridge.on(session.state.changed, self._on_state_changed)
        self._refresh()

    def _show(self, widget: QWidget, visible: bool) -> None:
        self._actions[widget].setVisible(visible)

    def set_target_index(self, index: int) -> None:
        self.target.setCurrentIndex(index)

    def set_counting_down(self, seconds: int | None) -> None:
        if seconds is None:
            self._refresh()
            return
        self.go_live.setText(self.tr("Cancel ({seconds})").format(seconds=seconds))

    def _on_state_changed(self, change: FieldChange) -> None:
        if change.name in ("live_state", "live_started_ns", "viewer_count", "watch_url", "reconnect_at_ns",
                           "nettest", "link_level", "recording_path", "recording_started_ns", "live_target",
                           "destinations"):
            self._refresh()

    def _refresh(self) -> None:
        st = self.session.state
        live_state = st.live_state
        on_air = live_state in ("connecting", "live", "reconnecting")
        self.go_live.setText(self.tr("End Live") if on_air else self.tr("Go Live"))
        self.go_live.setToolTip(self.tr("End the show (Ctrl+L)") if on_air
                                else self.tr("Start the show (Ctrl+L)"))
        self.go_live.setProperty("live", on_air)
        repolish(self.go_live)
        self.target.setEnabled(not on_air)
        rows = st.destinations
        live = sum(1 for r in rows if r.status == "live")
        if on_air and any(r.status not in ("idle", "off") for r in rows):
            self.destinations.setText(self.tr("Platforms {live}/{total} live").format(
                live=live, total=sum(1 for r in rows if r.status not in ("idle", "off"))))
        else:
            enabled = sum(1 for r in rows if r.status != "off")
            self.destinations.setText(self.tr("Destinations ({n})").format(n=enabled) if rows
                                      else self.tr("Destinations…"))
        testing = st.nettest == "running"
        self.test_button.setEnabled(not on_air and not testing)
        self.test_button.setText(self.tr("Testing…") if testing else self.tr("Test connection"))
        if st.nettest and not testing:
            self.test_button.setToolTip(st.nettest)
        self._show(self.live_badge, on_air)
        self._show(self.link_bars, on_air)
        level = QualityLevel(st.link_level)
        self.link_bars.set_level(level)
        self.link_bars.setToolTip(self.tr("Connection: {level}").format(level=level_name(self, level)))
        self.live_badge.setProperty("state", live_state)
        repolish(self.live_badge)
        self._show(self.viewers, live_state == "live")
        self.viewers.setText(self.tr("%n watching", "", st.viewer_count))
        local = st.watch_url and st.live_target == "This computer" and live_state == "live"
        self._show(self.watch_link, bool(local))
        if local:
            self.watch_link.setText(f'<a href="{st.watch_url}">{self.tr("Viewer page")}</a>')
            self.watch_link.setToolTip(st.watch_url)
        recording = st.recording_path is not None
        self.rehearse.setText(self.tr("Stop recording") if recording else self.tr("Rehearse"))
        self.rehearse.setProperty("recording", recording)
        repolish(self.rehearse)
        self._show(self.rec_badge, recording)
        if recording:
            self.rec_badge.setToolTip(str(st.recording_path))
        self._tick()

    def _tick(self) -> None:
        st = self.session.state
        if st.live_state == "connecting":
            self.live_badge.setText(self.tr("CONNECTING…"))
        elif st.live_state == "reconnecting":
            left = max(0, ((st.reconnect_at_ns or 0) - now_ns()) / 1e9)
            self.live_badge.setText(self.tr("RECONNECTING… {seconds:.0f} s").format(seconds=left)
                                    if left >= 0.5 else self.tr("RECONNECTING…"))
            self.live_badge.setToolTip(st.live_error or "")
        elif st.live_state == "live" and st.live_started_ns is not None:
            self.live_badge.setText(self.tr("LIVE {elapsed}").format(
                elapsed=format_elapsed(now_ns() - st.live_started_ns)))
        if st.recording_started_ns is not None:
            self.rec_badge.setText(self.tr("● REC {elapsed}").format(
                elapsed=format_elapsed(now_ns() - st.recording_started_ns)))
