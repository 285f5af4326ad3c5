"""The main window: preview in the centre, the top bar, docks around. It wires views to
the session and runs the host's flows (go live with a countdown, end with a confirmation,
rehearse, clean shutdown). Media work stays in the core."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio import __version__
from studio.events import FieldChange
from studio.session import LiveTarget, Notice, Session
from studio.ui.banner import NoticeBanner
from studio.ui.bridge import CoreBridge
from studio.ui.cohosts_dock import CoHostsDock
from studio.ui.comments_dock import CommentsDock
from studio.ui.enhance_dock import EnhanceDock
from studio.ui.i18n import available_languages
from studio.ui.preview import PreviewWidget
from studio.ui.products_dock import ProductsDock
from studio.ui.quality_dock import QualityDock
from studio.ui.settings_store import SettingsStore
from studio.ui.sources import SourcesDock
from studio.ui.topbar import TARGET_LOCAL, TARGET_WHIP, TopBar

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, session: Session, store: SettingsStore, countdown_s: int = 3,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.store = session, store
        self.countdown_s = countdown_s
        self.bridge = CoreBridge(self)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Seller Studio"))
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
                            | QMainWindow.DockOption.AllowNestedDocks)
        self._target = store.target()
        self._countdown_left: int | None = None
        self._countdown_timer = QTimer(self, interval=1000)
        self._countdown_timer.timeout.connect(self._countdown_tick)
        self._end_dialog: QMessageBox | None = None
        self._closing = False
        self._core_closed = False

        # centre: banner, preview, view toggles
        self.banner = NoticeBanner()
        self.preview = PreviewWidget(session)
        self.split_button = QToolButton(text=self.tr("Before / after"))
        self.split_button.setCheckable(True)
        self.split_button.setToolTip(
            self.tr("Compare the raw camera (left) with the enhanced picture (right)"))
        self.split_button.toggled.connect(self.preview.set_split)
        self.safe_button = QToolButton(text=self.tr("Safe areas"))
        self.safe_button.setCheckable(True)
        self.safe_button.setToolTip(self.tr("Show title-safe margins and the centre 9:16 crop phones see"))
        self.safe_button.toggled.connect(self.preview.set_safe_areas)
        self.safe_button.setChecked(store.flag("safe_areas"))
        row = QHBoxLayout()
        row.addWidget(self.split_button)
        row.addWidget(self.safe_button)
        row.addStretch(1)
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.banner)
        column.addWidget(self.preview, 1)
        column.addLayout(row)
        self.setCentralWidget(centre)

        self.topbar = TopBar(session, self.bridge)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.topbar)
        self.topbar.go_live_clicked.connect(self.toggle_live)
        self.topbar.rehearse_clicked.connect(self.toggle_recording)
        self.topbar.target_chosen.connect(self._on_target_chosen)
        self.topbar.test_clicked.connect(self.test_connection)
        self.topbar.set_target_index(TARGET_WHIP if self._target.kind == "whip" else TARGET_LOCAL)

        # docks
        self.sources = SourcesDock(session, self.bridge, self)
        self.enhance = EnhanceDock(session, self.bridge, self)
        self.products = ProductsDock(session, self.bridge, self)
        self.comments = CommentsDock(session, self.bridge, self)
        self.cohosts = CoHostsDock(session, self.bridge, self)
        self.quality = QualityDock(session, self.bridge, self)
        self.docks: list[QDockWidget] = [self.sources, self.enhance, self.products, self.comments,
                                         self.cohosts, self.quality]
        for dock in (self.sources, self.enhance, self.cohosts, self.quality):
            _scrollable(dock)  # the window must fit a 1366×768 laptop screen
        self._default_layout()
        self._build_menus()

        # status bar
        self.video_label = QLabel()
        self.audio_label = QLabel()
        self.health = QLabel()
        self.statusBar().addWidget(self.video_label, 1)
        self.statusBar().addWidget(self.audio_label)
        self.statusBar().addPermanentWidget(self.health)
        self._health_timer = QTimer(self, interval=1000)
        self._health_timer.timeout.connect(self._refresh_health)
        self._health_timer.start()

        for notice in list(session.notice_log):  # said before this window existed (start-up)
            self._on_notice(notice)
        self.bridge.on(session.notices, self._on_notice)
        self.bridge.on(session.state.changed, self._on_state_changed)
        self.bridge.on(session.voice.state.changed, self._on_voice_changed)
        self.bridge.failed.connect(lambda sentence: self.banner.show_message("error", sentence))
        self.resize(QSize(1440, 900))
        geometry, state = store.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    # -- start-up -------------------------------------------------------------------------------
    def start(self) -> None:
        """Open the sources and start the picture, off the GUI thread."""
        self.session.set_enhance(self.store.enhance())
        self.session.set_voice(self.store.voice())
        self.video_label.setText(self.tr("Opening the camera…"))
        self.bridge.run(self.session.start, done=lambda _r: self._after_start())

    def _after_start(self) -> None:
        self._refresh_labels()
        self.preview.resubscribe()
        self.bridge.run(self.session.warm_up)
        catalog = self.store.qsettings.value("commerce/catalog")
        if catalog and Path(str(catalog)).is_file() and self.session.catalog is None:
            self.products.import_catalog(str(catalog))

    # -- layout and menus --------------------------------------------------------------------------
    def _default_layout(self) -> None:
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        for dock in self.docks:
            dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                             | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                             | QDockWidget.DockWidgetFeature.DockWidgetClosable)
            dock.setFloating(False)
            dock.show()
        self.addDockWidget(left, self.sources)
        self.addDockWidget(left, self.enhance)
        self.addDockWidget(right, self.products)
        self.addDockWidget(right, self.comments)
        self.tabifyDockWidget(self.comments, self.cohosts)
        self.tabifyDockWidget(self.cohosts, self.quality)
        self.comments.raise_()
        self.resizeDocks([self.sources, self.products], [300, 360], Qt.Orientation.Horizontal)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("Import catalogue…"), self.products.choose_catalog, "Ctrl+O")
        self._action(file_menu, self.tr("Open recordings folder"), self.open_recordings_folder)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)

        show = bar.addMenu(self.tr("&Show"))
        self.live_action = self._action(show, self.tr("Go Live / End Live"), self.toggle_live, "Ctrl+L")
        self.record_action = self._action(show, self.tr("Rehearse / Stop recording"), self.toggle_recording,
                                          "Ctrl+R")
        show.addSeparator()
        for n in range(1, 10):
            self._action(show, self.tr("Pin product {n}").format(n=n),
                         lambda _=False, n=n: self.products.pin_index(n), f"Ctrl+{n}")
        self._action(show, self.tr("Unpin product"), self.escape, Qt.Key.Key_Escape)

        view = bar.addMenu(self.tr("&View"))
        for dock in self.docks:
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        compare = self._action(view, self.tr("Before / after"), None)
        compare.setCheckable(True)
        compare.toggled.connect(self.split_button.setChecked)
        self.split_button.toggled.connect(compare.setChecked)
        safe = self._action(view, self.tr("Safe areas"), None)
        safe.setCheckable(True)
        safe.setChecked(self.safe_button.isChecked())
        safe.toggled.connect(self.safe_button.setChecked)
        self.safe_button.toggled.connect(safe.setChecked)
        self._action(view, self.tr("Reset layout"), self._default_layout)
        view.addSeparator()
        languages = view.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        current = self.store.language()
        for code, name in available_languages():
            action = languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current or (not current and code == ""))
            action.triggered.connect(lambda _=False, c=code: self._set_language(c))
            group.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("About Seller Studio"), self._about)

    def _action(self, menu: object, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if slot is not None:
            action.triggered.connect(lambda _=False: slot())  # type: ignore[operator]
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    # -- go live ----------------------------------------------------------------------------------------
    def toggle_live(self) -> None:
        if self._countdown_left is not None:
            self._cancel_countdown()
        elif self.session.state.live_state in ("connecting", "live", "reconnecting"):
            self._confirm_end()
        else:
            if self._target.kind == "whip" and not self._target.url and not self._ask_whip_target():
                return
            self._start_countdown()

    def _start_countdown(self) -> None:
        if self.countdown_s <= 0:
            self._go_live_now()
            return
        self._countdown_left = self.countdown_s
        self.preview.set_countdown(self._countdown_left)
        self.topbar.set_counting_down(self._countdown_left)
        self._countdown_timer.start()

    def _countdown_tick(self) -> None:
        assert self._countdown_left is not None
        self._countdown_left -= 1
        if self._countdown_left <= 0:
            self._countdown_timer.stop()
            self._countdown_left = None
            self.preview.set_countdown(None)
            self.topbar.set_counting_down(None)
            self._go_live_now()
        else:
            self.preview.set_countdown(self._countdown_left)
            self.topbar.set_counting_down(self._countdown_left)

    def _cancel_countdown(self) -> None:
        self._countdown_timer.stop()
        self._countdown_left = None
        self.preview.set_countdown(None)
        self.topbar.set_counting_down(None)
        self.statusBar().showMessage(self.tr("Going live was cancelled."), 4000)

    def _go_live_now(self) -> None:
        target = self._target
        self.bridge.run(lambda: self.session.go_live(target))

    def test_connection(self) -> None:
        """The pre-live network test to the chosen target; the answer lands in the banner."""
        if self._target.kind == "whip" and not self._target.url and not self._ask_whip_target():
            return
        target = self._target
        self.bridge.run(lambda: self.session.network_test(target))

    def _confirm_end(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("End the show?"),
                          self.tr("Your viewers will see the show end."), parent=self)
        end = box.addButton(self.tr("End Live"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        box.setObjectName("confirmEnd")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def finished() -> None:
            self._end_dialog = None
            if box.clickedButton() is end:
                self.end_live()

        box.finished.connect(finished)
        self._end_dialog = box
        box.open()

    def end_live(self) -> None:
        self.bridge.run(self.session.end_live)

    def _on_target_chosen(self, index: int) -> None:
        if index == TARGET_WHIP:
            if not self._ask_whip_target():
                self.topbar.set_target_index(TARGET_WHIP if self._target.kind == "whip" else TARGET_LOCAL)
        else:
            self._target = LiveTarget()
            self.store.save_target(self._target)

    def _ask_whip_target(self) -> bool:
        dialog = WhipTargetDialog(self._target, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.set_target(dialog.target(), dialog.remember.isChecked())
        return True

    def set_target(self, target: LiveTarget, remember_token: bool = True) -> None:
        self._target = target
        sentence = self.store.save_target(target, remember_token)
        if sentence:
            self.banner.show_message("info", sentence)
        self.topbar.set_target_index(TARGET_WHIP if target.kind == "whip" else TARGET_LOCAL)

    @property
    def target(self) -> LiveTarget:
        return self._target

    # -- rehearse -----------------------------------------------------------------------------------------
    def toggle_recording(self) -> None:
        if self.session.recording:
            self.bridge.run(self.session.stop_recording, done=self._on_recording_stopped)
        else:
            self.bridge.run(self.session.start_recording)

    def _on_recording_stopped(self, result: object) -> None:
        path = getattr(result, "path", None)
        if path is not None and not getattr(result, "error", None):
            self.banner.show_message("info", self.tr("Saved the recording to {path}.").format(path=path))

    def open_recordings_folder(self) -> None:
        folder = self.session.settings.recordings_dir
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def escape(self) -> None:
        if self._countdown_left is not None:
            self._cancel_countdown()
        else:
            self.products.unpin()

    # -- state ---------------------------------------------------------------------------------------------
    def _on_notice(self, notice: Notice) -> None:
        self.banner.show_message(notice.level, notice.text)

    def _on_state_changed(self, change: FieldChange) -> None:
        if change.name == "video_format":
            self.preview.resubscribe()
        elif change.name in ("video_label", "audio_label"):
            self._refresh_labels()
        elif change.name == "enhance":
            self.store.save_enhance(change.new)
        elif change.name == "catalog_path" and change.new is not None:
            self.store.qsettings.setValue("commerce/catalog", str(change.new))

    def _on_voice_changed(self, change: FieldChange) -> None:
        if change.name == "settings":
            self.store.save_voice(change.new)

    def _refresh_labels(self) -> None:
        st = self.session.state
        self.video_label.setText(self.tr("Picture: {label}").format(label=st.video_label or "–"))
        self.audio_label.setText(self.tr("Sound: {label}").format(label=st.audio_label or "–"))

    def _refresh_health(self) -> None:
        stats = self.session.program.stats
        self.health.setText(self.tr("{fps:.0f} fps · {ms:.1f} ms").format(fps=stats.fps, ms=stats.process_ms))

    def _set_language(self, code: str) -> None:
        self.store.set_language(code)
        self.banner.show_message("info", self.tr("The new language is used from the next start of "
                                                 "Seller Studio."))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Seller Studio"), self.tr(
            "Seller Studio {version}\nA local-first studio for live-commerce hosts."
        ).format(version=__version__))

    # -- shutdown -------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._core_closed:
            event.accept()
            return
        event.ignore()
        if self._closing:
            return
        self._closing = True
        self._countdown_timer.stop()
        self.store.save_window_state(self.saveGeometry(), self.saveState())
        self.store.set_flag("safe_areas", self.safe_button.isChecked())
        st = self.session.state
        self.store.save_session_settings(self.session.settings, video_source=st.video_source or None)
        self.store.sync()
        if self.session.recording:
            self.banner.show_message("info", self.tr("Finishing the recording…"))
        elif st.live_state != "offline":
            self.banner.show_message("info", self.tr("Ending the show…"))
        self.setEnabled(False)
        self.bridge.run(self.session.close, done=self._after_core_closed,
                        failed=lambda _s: self._after_core_closed(None))

    def _after_core_closed(self, _result: object) -> None:
        self.preview.close_view()
        for dock in self.docks:
            close_view = getattr(dock, "close_view", None)
            if close_view is not None:
                close_view()
        self._health_timer.stop()
        self.bridge.close()
        self._core_closed = True
        self.close()

    @property
    def closed(self) -> bool:
        return self._core_closed


def _scrollable(dock: QDockWidget) -> None:
    """Let a dock's content scroll instead of forcing its full height on the window."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content = dock.widget()
    area.setWidget(content)
    area.setMinimumWidth(content.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width())
    dock.setWidget(area)


class WhipTargetDialog(QDialog):
    """Where to publish over WHIP: URL and token (the token goes to the keychain)."""

    def __init__(self, current: LiveTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish to a WHIP server"))
        self.url = QLineEdit(current.url)
        self.url.setPlaceholderText("https://example.com/whip/my-show")
        self.token = QLineEdit(current.token or "")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("Bearer token or stream key (optional)"))
        self.remember = QCheckBox(self.tr("Remember the token in the system keychain"))
        self.remember.setChecked(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #ff6369;")
        form = QFormLayout(self)
        form.addRow(self.tr("Server URL"), self.url)
        form.addRow(self.tr("Token"), self.token)
        form.addRow("", self.remember)
        form.addRow("", self.error)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        url = self.url.text().strip()
        if not url.startswith(("http://", "https://")):
            self.error.setText(self.tr("Enter the server's address, starting with https:// or http://."))
            return
        self.accept()

    def target(self) -> LiveTarget:
        return LiveTarget(kind="whip", url=self.url.text().strip(), token=self.token.text().strip() or None)
