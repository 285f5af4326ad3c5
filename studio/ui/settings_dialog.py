"""The Settings dialog, built from the declarations in `studio.settings`: one page per group,
one editor per declared field (a check box, a number box, a list or a folder), its label and
help translated. Adding a setting to the declaration adds it here; nothing is listed twice."""

from __future__ import annotations

from dataclasses import Field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio import paths
from studio.settings import GROUPS, AppSettings, SessionSettings, Setting, declared
from studio.ui.i18n import available_languages


def _tr(text: str) -> str:
    return QCoreApplication.translate("Settings", text) if text else ""


class FolderEdit(QWidget):
    """A folder path with a Choose… button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.choose)
        self.setFocusProxy(self.line)
        self.retranslate()

    def retranslate(self) -> None:
        self.choose.setText(self.tr("Choose…"))
        self.choose.setAccessibleName(self.tr("Choose a folder"))

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), self.line.text())
        if folder:
            self.line.setText(folder)


class SettingsDialog(QDialog):
    def __init__(self, session_settings: SessionSettings, app_settings: AppSettings,
                 parent: QWidget | None = None, settings_path: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._settings_path = settings_path or str(paths.settings_file())
        self._session, self._app = session_settings, app_settings
        self.editors: dict[str, QWidget] = {}
        self._rows: list[tuple[QLabel, QWidget, Setting]] = []
        self.tabs = QTabWidget()
        pages: dict[str, QFormLayout] = {}
        for group in GROUPS:
            page = QWidget()
            pages[group] = QFormLayout(page)
            self.tabs.addTab(page, "")
        for source in (app_settings, session_settings):
            for f, meta in declared(type(source)):
                if not meta.editable:
                    continue
                editor = self._editor(f, meta, getattr(source, f.name))
                editor.setObjectName(f.name)
                label = QLabel()
                label.setBuddy(editor)
                pages[meta.group].addRow(label, editor)
                self.editors[f.name] = editor
                self._rows.append((label, editor, meta))
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setObjectName("emptyState")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.where)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _editor(self, f: Field[Any], meta: Setting, value: Any) -> QWidget:
        kind = f.type
        if f.name == "language":
            combo = QComboBox()
            for code, name in available_languages():
                combo.addItem(name, code)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if meta.choices:
            combo = QComboBox()
            for choice, _label in meta.choices:
                combo.addItem(choice, choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if kind in (bool, "bool"):
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if kind in (int, "int"):
            spin = QSpinBox()
            spin.setRange(int(meta.minimum if meta.minimum is not None else -(2**31)),
                          int(meta.maximum if meta.maximum is not None else 2**31 - 1))
            spin.setSingleStep(int(meta.step or 1))
            spin.setValue(int(value))
            spin.setSuffix(meta.suffix)
            return spin
        if kind in (float, "float"):
            dspin = QDoubleSpinBox()
            dspin.setRange(meta.minimum if meta.minimum is not None else -1e9,
                           meta.maximum if meta.maximum is not None else 1e9)
            dspin.setSingleStep(meta.step or 0.1)
            dspin.setDecimals(1)
            dspin.setValue(float(value))
            dspin.setSuffix(meta.suffix)
            return dspin
        if kind in (Path, "Path"):
            folder = FolderEdit()
            folder.line.setText(str(value))
            return folder
        line = QLineEdit(str(value))
        return line

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for index, group in enumerate(GROUPS):
            self.tabs.setTabText(index, _tr(group))
        for label, editor, meta in self._rows:
            label.setText(_tr(meta.label))
            editor.setToolTip(_tr(meta.help))
            editor.setAccessibleName(_tr(meta.label))
            if isinstance(editor, FolderEdit):
                editor.retranslate()
        language = self.editors.get("language")
        if isinstance(language, QComboBox):
            language.setItemText(0, available_languages()[0][1])
        self.where.setText(self.tr("Settings are saved in {settings}; logs are kept in {logs}.").format(
            settings=self._settings_path, logs=paths.log_dir()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _value(self, name: str) -> Any:
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            return editor.value()
        if isinstance(editor, FolderEdit):
            return Path(editor.line.text().strip()).expanduser()
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

    def session_settings(self) -> SessionSettings:
        names = [f.name for f, meta in declared(SessionSettings) if meta.editable]
        return replace(self._session, **{n: self._value(n) for n in names})

    def app_settings(self) -> AppSettings:
        names = [f.name for f, meta in declared(AppSettings) if meta.editable]
        return replace(self._app, **{n: self._value(n) for n in names})
