"""The main window: preview in the centre, the top bar, docks around. It wires views to
the session and runs the host's flows (go live with a countdown, end with a confirmation,
rehearse, clean shutdown). Media work stays in the core."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
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
from studio.processing.safezones import SAFE_ZONES
from studio.session import LiveTarget, Notice, Session
from studio.settings import AppSettings, SessionSettings
from studio.ui.banner import NoticeBanner, translated
from studio.ui.bridge import CoreBridge
from studio.ui.calls_dock import CallsDock
from studio.ui.cohosts_dock import CoHostsDock
from studio.ui.comments_dock import ITEM_ROLE, CommentsDock
from studio.ui.destinations import DestinationsDialog, load_destinations
from studio.ui.enhance_dock import EnhanceDock
from studio.ui.i18n import available_languages, set_language
from studio.ui.preview import PreviewWidget
from studio.ui.products_dock import ProductsDock
from studio.ui.quality_dock import QualityDock
from studio.ui.rehearsal_report import ReportOffer
from studio.ui.runofshow_dock import RunOfShowDock
from studio.ui.settings_dialog import SettingsDialog
from studio.ui.settings_store import SettingsStore
from studio.ui.sources import SourcesDock
from studio.ui.topbar import TARGET_LOCAL, TARGET_RTMP, TARGET_WHIP, TopBar
from studio.ui.tour import FirstRunTour, Step

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
        self.report_offer = ReportOffer(self)  # issue 14: the rehearsal report after each recording
        self.tour: FirstRunTour | None = None
        load_destinations(store, session)  # RTMP destinations remembered from the last run (no keys)
        self._destinations_dialog: DestinationsDialog | None = None

        # centre: banner, preview, view toggles
        self.banner = NoticeBanner()
        self.preview = PreviewWidget(session)
        self.split_button = QToolButton()
        self.split_button.setObjectName("beforeAfter")
        self.split_button.setCheckable(True)
        self.split_button.toggled.connect(self.preview.set_split)
        self.safe_button = QToolButton()
        self.safe_button.setObjectName("safeAreas")
        self.safe_button.setCheckable(True)
        self.safe_button.toggled.connect(self.preview.set_safe_areas)
        self.safe_button.setChecked(store.flag("safe_areas"))
        # Whose controls a portrait canvas keeps clear of (and the guides show).
        self.zones = QComboBox()
        self.zones.setObjectName("safeZones")
        self.zones.setAccessibleName(self.tr("Safe zones"))
        self.zones.setToolTip(
            self.tr("Portrait shows: keep overlays clear of this app's buttons and comments"))
        names = {"phone": self.tr("Any shopping app"), "tiktok": self.tr("TikTok LIVE"),
                 "shopee": self.tr("Shopee Live"), "lazada": self.tr("Lazada LazLive"),
                 "reels": self.tr("Facebook / Instagram"), "none": self.tr("No phone zones")}
        for preset in SAFE_ZONES.values():
            self.zones.addItem(names.get(preset.id, preset.label), preset.id)
        self.zones.setCurrentIndex(max(0, self.zones.findData(session.state.safe_zones)))
        self.zones.activated.connect(lambda i: session.set_safe_zones(self.zones.itemData(i)))
        # With both shapes on, the preview switches between them.
        self.canvas_button = QToolButton(text=self.tr("Show the other shape"))
        self.canvas_button.setObjectName("showSecondCanvas")
        self.canvas_button.setCheckable(True)
        self.canvas_button.setToolTip(self.tr("Preview the second picture (16:9 or 9:16) of a dual show"))
        self.canvas_button.toggled.connect(self.preview.show_second)
        self.canvas_button.setVisible(session.state.second_canvas is not None)
        row = QHBoxLayout()
        row.addWidget(self.split_button)
        row.addWidget(self.safe_button)
        row.addWidget(self.zones)
        row.addWidget(self.canvas_button)
        row.addStretch(1)
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.banner)
        column.addWidget(self.preview, 1)
        column.addLayout(row)
        self.setCentralWidget(centre)

        self._rebuild_pending = False
        self._build_views()

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
        self.bridge.on(session.shop.run.state.changed, self._on_show_changed)
        self.bridge.failed.connect(lambda sentence: self.banner.show_message("error", sentence))
        self._retranslate()
        self.resize(QSize(1440, 900))
        geometry, state = store.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def _build_views(self) -> None:
        """The top bar, the docks and the menus: built here at start and again, in the new
        language, on a live language switch (they are thin views over the session)."""
        session = self.session
        self.topbar = TopBar(session, self.bridge)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.topbar)
        self.topbar.go_live_clicked.connect(self.toggle_live)
        self.topbar.rehearse_clicked.connect(self.toggle_recording)
        self.topbar.target_chosen.connect(self._on_target_chosen)
        self.topbar.destinations_clicked.connect(self.show_destinations)
        self.topbar.test_clicked.connect(self.test_connection)
        self.topbar.set_target_index(_target_index(self._target))

        # docks
        self.sources = SourcesDock(session, self.bridge, self)
        self.enhance = EnhanceDock(session, self.bridge, self)
        self.products = ProductsDock(session, self.bridge, self)
        self.comments = CommentsDock(session, self.bridge, self)
        self.cohosts = CoHostsDock(session, self.bridge, self)
        self.quality = QualityDock(session, self.bridge, self)
        self.runofshow = RunOfShowDock(session, self.bridge, self)
        self.calls = CallsDock(session, self.bridge, self)
        self.docks: list[QDockWidget] = [self.sources, self.enhance, self.products, self.comments,
                                         self.cohosts, self.quality, self.runofshow, self.calls]
        for dock in (self.sources, self.enhance, self.cohosts, self.quality, self.runofshow, self.calls):
            _scrollable(dock)  # the window must fit a 1366×768 laptop screen
        self._default_layout()
        self._build_menus()
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab goes the way the eye reads the window: the top bar, the left docks, the picture's
        own buttons, then the right docks (mirrored with the layout in right-to-left languages)."""
        regions: list[QWidget] = [self.topbar, self.sources, self.enhance, self.centralWidget(),
                                  self.products, self.runofshow, self.comments, self.cohosts, self.quality]
        regions += [d for d in self.docks if d not in regions]  # docks added later come last
        order = _focus_chain(self)
        chain = [w for region in regions for w in order
                 if region.isAncestorOf(w) and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- language -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._rebuild_pending \
                and hasattr(self, "docks"):
            # Every translator swap sends one of these: rebuild once, after the last.
            self._rebuild_pending = True
            QTimer.singleShot(0, self.retranslate_views)
        super().changeEvent(event)

    def retranslate_views(self) -> None:
        """Show the window in the current language: the top bar, docks and menus are built
        again (any text a view sets follows, with no per-view list of strings to keep), and
        the dock layout, the draft texts and the invite link carry over."""
        self._rebuild_pending = False
        if self._closing:
            return
        layout = self.saveState()
        old_docks, old_topbar = self.docks, self.topbar
        by_name = {dock.objectName(): dock for dock in old_docks}
        self.setUpdatesEnabled(False)
        try:
            for dock in old_docks:
                close_view = getattr(dock, "close_view", None)
                if close_view is not None:
                    close_view()
                self.removeDockWidget(dock)
            self.removeToolBar(old_topbar)
            for widget in (*old_docks, old_topbar):
                # Out of the window at once: restoreState finds docks by name, and must find the new ones.
                widget.setObjectName("")
                widget.hide()
                widget.setParent(None)
            self._clear_menus()
            self._build_views()
            _carry_view_state(by_name, self.docks)
            self.restoreState(layout)
            if self._countdown_left is not None:
                self.topbar.set_counting_down(self._countdown_left)
            for widget in (*old_docks, old_topbar):
                widget.deleteLater()
            self._retranslate()
        finally:
            self.setUpdatesEnabled(True)

    def _retranslate(self) -> None:
        """The texts of what is kept across a language switch (title, centre, status bar)."""
        self.setWindowTitle(self.tr("Seller Studio"))
        self.split_button.setText(self.tr("Before / after"))
        self.split_button.setToolTip(
            self.tr("Compare the raw camera (left) with the enhanced picture (right)"))
        self.safe_button.setText(self.tr("Safe areas"))
        self.safe_button.setToolTip(self.tr("Show title-safe margins and the centre 9:16 crop phones see"))
        # What viewers see while the camera is gone, in the host's language.
        self.session.set_slate_text(self.tr("Be right back"), self.tr("The show goes on in a moment"))
        self._refresh_labels()
        self._refresh_health()

    def set_language(self, code: str) -> None:
        """Switch the language now and remember it ("" follows the system)."""
        self.store.set_language(code)
        app = QApplication.instance()
        if app is not None:
            set_language(app, code)

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
        show = self.store.qsettings.value("commerce/show")
        catalog = self.store.qsettings.value("commerce/catalog")
        if show and Path(str(show)).is_file() and self.session.catalog is None:
            self.runofshow.open_show(str(show))  # the last show, with its catalogue
        elif catalog and Path(str(catalog)).is_file() and self.session.catalog is None:
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
        self.tabifyDockWidget(self.products, self.runofshow)
        self.products.raise_()
        self.addDockWidget(right, self.comments)
        self.tabifyDockWidget(self.comments, self.cohosts)
        self.tabifyDockWidget(self.cohosts, self.quality)
        self.tabifyDockWidget(self.quality, self.calls)
        self.comments.raise_()
        self.resizeDocks([self.sources, self.products], [300, 360], Qt.Orientation.Horizontal)

    def _clear_menus(self) -> None:
        """Remove the menus and their actions (their shortcuts would clash with the new ones)."""
        for action in self.menuBar().actions():
            menu = action.menu()
            if menu is not None:
                menu.deleteLater()
        self.menuBar().clear()
        self._menu_actions.deleteLater()

    def _build_menus(self) -> None:
        self._menu_actions = QObject(self)  # owns this build's actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("Import catalogue…"), self.products.choose_catalog, "Ctrl+O")
        self._action(file_menu, self.tr("Open show…"), self.runofshow.choose_show, "Ctrl+Shift+O")
        self._action(file_menu, self.tr("Save show"), self.runofshow.save_show, "Ctrl+S")
        self._action(file_menu, self.tr("Open recordings folder"), self.open_recordings_folder)
        self._action(file_menu, self.tr("Settings…"), self.open_settings,
                     QKeySequence.StandardKey.Preferences)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)

        show = bar.addMenu(self.tr("&Show"))
        self.live_action = self._action(show, self.tr("Go Live / End Live"), self.toggle_live, "Ctrl+L")
        self.record_action = self._action(show, self.tr("Rehearse / Stop recording"), self.toggle_recording,
                                          "Ctrl+R")
        self.audience_action = self._action(show, self.tr("Practice audience"), None)
        self.audience_action.setCheckable(True)
        self.audience_action.setToolTip(
            self.tr("Simulated viewers comment in five languages while you rehearse"))
        self.audience_action.toggled.connect(self._on_audience_toggled)
        show.addSeparator()
        for n in range(1, 10):
            self._action(show, self.tr("Pin product {n}").format(n=n),
                         lambda _=False, n=n: self.products.pin_index(n), f"Ctrl+{n}")
        self._action(show, self.tr("Unpin product"), self.escape, Qt.Key.Key_Escape)
        self._action(show, self.tr("Next product"), self.runofshow.next_product, "Ctrl+Right")
        self._action(show, self.tr("Previous product"), self.runofshow.previous_product, "Ctrl+Left")

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
        group = QActionGroup(self._menu_actions)
        current = self.store.language()
        for code, name in available_languages():
            action = languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Show the tour"), self.show_tour)
        self._action(help_menu, self.tr("About Seller Studio"), self._about)

    def _action(self, menu: object, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self._menu_actions)
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
                self.topbar.set_target_index(_target_index(self._target))
        else:
            self._target = LiveTarget("none") if index == TARGET_RTMP else LiveTarget()
            self.store.save_target(self._target)
            if index == TARGET_RTMP and not self.session.outputs.destinations:
                self.show_destinations()

    def show_destinations(self) -> DestinationsDialog:
        """The Destinations dialog (non-modal: its status rows follow the show while live)."""
        if self._destinations_dialog is None:
            self._destinations_dialog = DestinationsDialog(self.session, self.bridge, self.store, self)
            self._destinations_dialog.finished.connect(self._on_destinations_closed)
        self._destinations_dialog.open()
        return self._destinations_dialog

    def _on_destinations_closed(self, _result: int) -> None:
        dialog, self._destinations_dialog = self._destinations_dialog, None
        if dialog is not None:
            dialog.deleteLater()

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
        self.topbar.set_target_index(_target_index(target))

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
            self.report_offer.offer(Path(path))

    def _on_audience_toggled(self, on: bool) -> None:
        if on:
            self.bridge.run(self.session.start_practice_audience,
                            failed=lambda text: (self.audience_action.setChecked(False),
                                                 self.banner.show_message("error", text)))
        else:
            self.bridge.run(self.session.stop_practice_audience)

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
        if change.name == "second_canvas":
            self.canvas_button.setVisible(self.session.state.second_canvas is not None)
            if self.session.state.second_canvas is None:
                self.canvas_button.setChecked(False)
        if change.name == "video_format":
            self.preview.resubscribe()
        elif change.name in ("video_label", "audio_label"):
            self._refresh_labels()
        elif change.name == "enhance":
            self.store.save_enhance(change.new)
        elif change.name == "catalog_path" and change.new is not None:
            self.store.qsettings.setValue("commerce/catalog", str(change.new))

    def _on_show_changed(self, change: FieldChange) -> None:
        if change.name == "path" and change.new is not None:
            self.store.qsettings.setValue("commerce/show", str(change.new))  # opened again next time
        elif change.name == "catalog" and self.session.shop.run.state.path is None:
            self.store.qsettings.remove("commerce/show")  # a catalogue without a show

    def _on_voice_changed(self, change: FieldChange) -> None:
        if change.name == "settings":
            self.store.save_voice(change.new)

    def _refresh_labels(self) -> None:
        st = self.session.state
        self.video_label.setText(self.tr("Picture: {label}").format(label=translated(st.video_label) or "–"))
        self.audio_label.setText(self.tr("Sound: {label}").format(label=translated(st.audio_label) or "–"))

    def _refresh_health(self) -> None:
        stats = self.session.program.stats
        self.health.setText(self.tr("{fps:.0f} fps · {ms:.1f} ms").format(fps=stats.fps, ms=stats.process_ms))

    # -- first run --------------------------------------------------------------------------------
    def show_tour_once(self) -> FirstRunTour | None:
        """The first-run tour, unless the host has seen or skipped it before."""
        return None if self.store.app_settings().tour_done else self.show_tour()

    def show_tour(self) -> FirstRunTour:
        tour = FirstRunTour(self, [
            Step(lambda: self.topbar.go_live, lambda: self.tr("Go Live"),
                 lambda: self.tr("When you are ready, start the show here. A 3-2-1 countdown gives you a "
                                 "moment; Ctrl+L does the same.")),
            Step(lambda: self.topbar.rehearse, lambda: self.tr("Rehearse"),
                 lambda: self.tr("Practise first: this records the program to a file without going "
                                 "live, so you can watch yourself back.")),
            Step(lambda: self.products, lambda: self.tr("Products"),
                 lambda: self.tr("Import your catalogue, or try the demo products, and pin a product "
                                 "to show its card on screen (Ctrl+1…9).")),
        ])
        tour.finished.connect(self._on_tour_finished)
        self.tour = tour
        tour.start()
        return tour

    def _on_tour_finished(self, _completed: bool) -> None:
        self.tour = None
        self.store.save(replace(self.store.app_settings(), tour_done=True))
        self.store.sync()

    def open_settings(self) -> SettingsDialog:
        """The Settings dialog (window-modal); OK saves every declared setting and applies it."""
        dialog = SettingsDialog(self.session.settings, self.store.app_settings(), self, self.store.path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.session_settings(), dialog.app_settings()))
        dialog.open()
        return dialog

    def apply_settings(self, session_settings: SessionSettings, app_settings: AppSettings) -> None:
        language_changed = app_settings.language != self.store.language()
        self.store.save(app_settings)
        self.safe_button.setChecked(app_settings.safe_areas)
        st = self.session.state
        self.store.save_session_settings(session_settings, video_source=st.video_source or None)
        self.bridge.run(lambda: self.session.apply_settings(session_settings))
        if language_changed:
            self.set_language(app_settings.language)

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
        settings = replace(self.session.settings, mic_gain_db=self.session.mixer.gain_db)
        self.store.save_session_settings(settings, video_source=st.video_source or None,
                                         audio_source=getattr(self.sources, "_audio_spec", None) or None)
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


def _focus_chain(window: QWidget) -> list[QWidget]:
    """Every widget of the window in its current focus-chain order."""
    chain, widget = [], window.nextInFocusChain()
    while widget is not None and widget is not window and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _carry_view_state(before: dict[str, QDockWidget], new: list[QDockWidget]) -> None:
    """What only a view holds, from the docks before a language switch (by name) to the ones
    after: the product search, the reply being typed, the pinned comment and the invite link."""
    for dock in new:
        previous = before.get(dock.objectName())
        if previous is None:
            continue
        if isinstance(dock, ProductsDock) and isinstance(previous, ProductsDock):
            dock.search.setText(previous.search.text())
        elif isinstance(dock, CommentsDock) and isinstance(previous, CommentsDock):
            dock.reply_box.setText(previous.reply_box.text())
            pinned = previous._rows.get(previous._pinned_id or "")
            if pinned is not None:
                dock.pin_comment(pinned.data(ITEM_ROLE))
        elif isinstance(dock, CoHostsDock) and isinstance(previous, CoHostsDock):
            if previous._link_valid and previous.link.text():
                dock._show_link(previous.link.text())


def _scrollable(dock: QDockWidget) -> None:
    """Let a dock's content scroll instead of forcing its full height on the window."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls; the area follows them
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


def _target_index(target: LiveTarget) -> int:
    return {"whip": TARGET_WHIP, "none": TARGET_RTMP}.get(target.kind, TARGET_LOCAL)
