"""The window's rehearsal-coach hooks: offer the report when a recording ends (with a
progress bar while it is made, then open it in the browser), and the practice audience
switch. A thin view: the work is `studio.rehearsal.report.make_report` on a worker thread."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

log = logging.getLogger(__name__)


class ReportOffer(QObject):
    """After each recording: "Make the rehearsal report?"; then a progress dialog; then the page."""

    progressed = Signal(float)
    finished = Signal(object)  # ReportFiles, or a sentence (str) when it failed

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.box: QMessageBox | None = None
        self.dialog: QProgressDialog | None = None
        self.last: object = None  # the last ReportFiles (tests and "open again")
        self.open_in_browser = True
        self.progressed.connect(self._on_progress)
        self.finished.connect(self._on_finished)

    def offer(self, recording: Path) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Rehearsal report"),
                          self.tr("Make the rehearsal report for {name}? It shows light, sound, products "
                                  "and comments over time, with what to change.").format(name=recording.name),
                          QMessageBox.StandardButton.NoButton, self._parent)
        make = box.addButton(self.tr("Make report"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.buttonClicked.connect(lambda button: self.make(recording) if button is make else None)
        self.box = box
        box.show()

    def make(self, recording: Path) -> None:
        dialog = QProgressDialog(self.tr("Analysing {name}…").format(name=recording.name), self.tr("Hide"),
                                 0, 100, self._parent)
        dialog.setWindowTitle(self.tr("Rehearsal report"))
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        self.dialog = dialog
        threading.Thread(target=self._work, args=(recording,), name="RehearsalReport", daemon=True).start()

    def _work(self, recording: Path) -> None:
        from studio.rehearsal.report import ReportError, make_report

        try:
            files = make_report(recording, progress=self.progressed.emit)
        except ReportError as exc:
            self.finished.emit(str(exc))
            return
        except Exception:
            log.exception("the rehearsal report failed")
            self.finished.emit("The rehearsal report could not be made; the recording itself is fine.")
            return
        self.finished.emit(files)

    def _on_progress(self, fraction: float) -> None:
        if self.dialog is not None:
            self.dialog.setValue(int(fraction * 100))

    def _on_finished(self, result: object) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        if isinstance(result, str):
            QMessageBox.warning(self._parent, self.tr("Rehearsal report"), result)
            return
        self.last = result
        if self.open_in_browser:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.html)))  # type: ignore[attr-defined]
