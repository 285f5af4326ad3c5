"""Destinations: the RTMP(S) platforms Go Live also sends the show to (TikTok, Shopee,
Lazada, YouTube, Facebook, any RTMP server). Add, edit, remove, switch on and off, and a status
row per destination while live. Records are remembered in the window's settings; stream keys
only ever go to the system keychain (or memory), through the core's KeyStore."""

from __future__ import annotations

import json
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.events import FieldChange
from studio.outputs.destinations import PRESETS, Destination, DestinationError, preset
from studio.session import DestinationStatus, Session
from studio.ui.bridge import CoreBridge
from studio.ui.settings_store import SettingsStore

SETTINGS_KEY = "destinations/list"


def load_destinations(store: SettingsStore, session: Session) -> None:
    """Give the session the destinations remembered from the last run (keys from the keychain)."""
    try:
        rows = json.loads(str(store.qsettings.value(SETTINGS_KEY, "[]")))
    except ValueError:
        rows = []
    for row in rows if isinstance(rows, list) else []:
        try:
            session.outputs.set_destination(Destination(
                str(row["name"]), str(row["url"]), str(row.get("preset", "custom")),
                bool(row.get("enabled", True)), str(row["id"]), str(row.get("canvas", "main"))))
        except (KeyError, TypeError, DestinationError):
            continue  # a damaged row is dropped, the others load


def save_destinations(store: SettingsStore, session: Session) -> None:
    rows = [{"id": d.id, "name": d.name, "url": d.url, "preset": d.preset, "enabled": d.enabled,
             "canvas": d.canvas}
            for d in session.outputs.destinations]
    store.qsettings.setValue(SETTINGS_KEY, json.dumps(rows))


def status_text(row: DestinationStatus) -> str:
    """The status column: state in words (never colour alone), then rate, drops and uptime."""
    words = {
        "idle": QCoreApplication.translate("DestinationsDialog", "Ready"),
        "off": QCoreApplication.translate("DestinationsDialog", "Off"),
        "connecting": QCoreApplication.translate("DestinationsDialog", "Connecting…"),
        "live": QCoreApplication.translate("DestinationsDialog", "Live"),
        "reconnecting": QCoreApplication.translate("DestinationsDialog", "Reconnecting…"),
        "failed": QCoreApplication.translate("DestinationsDialog", "Failed"),
    }
    text = words.get(row.status, row.status)
    if row.status == "live":
        minutes, seconds = divmod(int(row.uptime_s), 60)
        text += QCoreApplication.translate("DestinationsDialog", " · {kbps} kbit/s · {m}:{s:02d}").format(
            kbps=int(row.bitrate_kbps), m=minutes, s=seconds)
    if row.dropped:
        text += QCoreApplication.translate("DestinationsDialog", " · {n} dropped").format(n=row.dropped)
    if row.reason and row.status != "live":
        text += f" · {row.reason}"
    return text


class DestinationEditor(QDialog):
    """One destination: platform preset, name, server URL and stream key."""

    def __init__(self, current: Destination | None, has_key: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit destination") if current else self.tr("Add a destination"))
        self._id = current.id if current else None
        self.platform = QComboBox()
        self.platform.setObjectName("platform")
        for p in PRESETS:
            self.platform.addItem(p.name, p.id)
        self.name = QLineEdit(current.name if current else "")
        self.name.setPlaceholderText(self.tr("e.g. TikTok shop"))
        # Which picture it gets: phone-first platforms want the upright one.
        self.canvas = QComboBox()
        self.canvas.setObjectName("canvas")
        self.canvas.addItem(self.tr("The show's format"), "main")
        self.canvas.addItem(self.tr("Landscape 16:9"), "landscape")
        self.canvas.addItem(self.tr("Portrait 9:16 (phones)"), "portrait")
        if current is not None:
            self.canvas.setCurrentIndex(max(0, self.canvas.findData(current.canvas)))
        self.url = QLineEdit(current.url if current else "")
        self.url.setPlaceholderText("rtmp://… or rtmps://…")
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self.tr("Unchanged (kept in the keychain)") if has_key
                                    else self.tr("Paste the stream key"))
        self.key.setAccessibleName(self.tr("Stream key"))
        self.show_key = QCheckBox(self.tr("Show"))
        self.show_key.toggled.connect(lambda on: self.key.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #ff6369;")
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.show_key)
        form = QFormLayout(self)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Server URL"), self.url)
        form.addRow(self.tr("Stream key"), key_row)
        form.addRow(self.tr("Picture"), self.canvas)
        form.addRow("", self.note)
        form.addRow("", self.error)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.platform.currentIndexChanged.connect(self._on_platform_changed)
        if current is not None:
            self.platform.setCurrentIndex(max(0, self.platform.findData(current.preset)))
        else:
            self._on_platform_changed(0)
        self._needs_key = not has_key

    def _on_platform_changed(self, _index: int) -> None:
        p = preset(str(self.platform.currentData()))
        self.note.setText(self.tr(p.note))
        if p.url:
            self.url.setText(p.url)
        if not self.name.text().strip() or self.name.text() in {q.name for q in PRESETS}:
            self.name.setText(p.name)
        if self._id is None:  # a new destination: the shopping apps are watched upright
            upright = p.id in ("tiktok", "shopee", "lazada")
            self.canvas.setCurrentIndex(self.canvas.findData("portrait" if upright else "main"))

    def _check(self) -> None:
        try:
            self.destination().validated()
        except DestinationError:
            if not self.name.text().strip():
                self.error.setText(self.tr("Give the destination a name, e.g. “TikTok shop”."))
            else:
                self.error.setText(self.tr("The server URL starts with rtmp:// or rtmps:// — copy it from "
                                           "the platform's streaming settings."))
            return
        key = self.key.text().strip()
        if self._needs_key and not key:
            self.error.setText(self.tr("Paste the stream key from the platform."))
            return
        if any(c.isspace() for c in key):
            self.error.setText(self.tr("The stream key has spaces in it; copy it again from the platform."))
            return
        self.accept()

    def destination(self) -> Destination:
        fields = {"name": self.name.text().strip(), "url": self.url.text().strip(),
                  "preset": str(self.platform.currentData()), "canvas": str(self.canvas.currentData())}
        return Destination(**fields, id=self._id) if self._id else Destination(**fields)


class DestinationsDialog(QDialog):
    """The list of destinations with a live status row each."""

    COLUMNS = 4  # on, name, server, status

    def __init__(self, session: Session, bridge: CoreBridge, store: SettingsStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.store = session, store
        self.setObjectName("destinations")
        self.setWindowTitle(self.tr("Destinations"))
        self.resize(760, 320)
        intro = QLabel(self.tr("Go Live also sends the show to every destination that is switched on. "
                               "Stream keys are kept in the system keychain and never shown."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("destinationTable")
        self.table.setHorizontalHeaderLabels([self.tr("On"), self.tr("Name"), self.tr("Server"),
                                              self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._filling = False
        self._disconnect = bridge.on(session.state.changed, self._on_state_changed)
        self.refresh()

    def done(self, result: int) -> None:
        self._disconnect()
        super().done(result)

    def _on_state_changed(self, change: FieldChange) -> None:
        if change.name in ("destinations", "live_state"):
            self.refresh()

    def refresh(self) -> None:
        self._filling = True
        rows = {r.id: r for r in self.session.state.destinations}
        on_air = self.session.state.live_state in ("connecting", "live", "reconnecting")
        destinations = self.session.outputs.destinations
        self.table.setRowCount(len(destinations))
        for i, d in enumerate(destinations):
            on = QTableWidgetItem()
            on.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            on.setCheckState(Qt.CheckState.Checked if d.enabled else Qt.CheckState.Unchecked)
            on.setData(Qt.ItemDataRole.UserRole, d.id)
            on.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Send to {name}").format(name=d.name))
            self.table.setItem(i, 0, on)
            self.table.setItem(i, 1, QTableWidgetItem(d.name))
            self.table.setItem(i, 2, QTableWidgetItem(d.url))
            row = rows.get(d.id) or DestinationStatus(d.id, d.name, "idle" if d.enabled else "off")
            self.table.setItem(i, 3, QTableWidgetItem(status_text(row)))
        self.table.resizeColumnsToContents()
        for b in (self.add_button, self.edit_button, self.remove_button):
            b.setEnabled(not on_air)
        self._filling = False

    def _selected(self) -> Destination | None:
        row = self.table.currentRow()
        destinations = self.session.outputs.destinations
        return destinations[row] if 0 <= row < len(destinations) else None

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        dest_id = item.data(Qt.ItemDataRole.UserRole)
        for d in self.session.outputs.destinations:
            if d.id == dest_id:
                enabled = item.checkState() == Qt.CheckState.Checked
                self.session.outputs.set_destination(replace(d, enabled=enabled))
                save_destinations(self.store, self.session)

    def add(self) -> None:
        self._edit(None)

    def edit(self) -> None:
        current = self._selected()
        if current is not None:
            self._edit(current)

    def _edit(self, current: Destination | None) -> None:
        has_key = current is not None and bool(self.session.outputs.keys.get(current.id))
        editor = DestinationEditor(current, has_key, self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.apply(editor, current)

    def apply(self, editor: DestinationEditor, current: Destination | None) -> None:
        """Take an accepted editor's destination (and key, if one was typed)."""
        d = editor.destination()
        enabled = current.enabled if current else True
        self.session.outputs.set_destination(replace(d, enabled=enabled),
                                             editor.key.text().strip() or None)
        save_destinations(self.store, self.session)
        self.refresh()

    def remove(self) -> None:
        current = self._selected()
        if current is not None:
            self.session.outputs.remove_destination(current.id)
            save_destinations(self.store, self.session)
            self.refresh()
