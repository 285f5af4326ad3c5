"""Meters: the microphone level in dBFS with peak hold and a clipping warning."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.processing.audio_mix import AudioLevel
from studio.ui.theme import GOOD, REC, WARN

FLOOR_DB = -60.0


def _position(db: float) -> float:
    return min(1.0, max(0.0, (db - FLOOR_DB) / -FLOOR_DB))


class LevelMeterWidget(QWidget):
    """A horizontal bar: RMS fill, peak line, held-peak tick, the level in dB as a number
    (never colour alone), CLIP lamp with its word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level: AudioLevel | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Microphone level"))

    def sizeHint(self) -> QSize:
        return QSize(220, 26)

    def set_level(self, level: AudioLevel) -> None:
        if level != self.level:
            self.level = level
            text = self.tr("Level {rms:.0f} dBFS, peak {peak:.0f} dBFS").format(
                rms=level.rms_db, peak=level.peak_hold_db)
            self.setToolTip(text)
            if text != self.accessibleDescription():
                self.setAccessibleDescription(text)
            self.update()

    @property
    def clipping(self) -> bool:
        return bool(self.level and self.level.clipping)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        lamp_w = 40
        bar = QRectF(0, 4, self.width() - lamp_w - 6, self.height() - 8)
        p.fillRect(bar, QColor("#0c0d0e"))
        grad = QLinearGradient(bar.topLeft(), bar.topRight())
        grad.setColorAt(0.0, GOOD)
        grad.setColorAt(_position(-18), GOOD)
        grad.setColorAt(_position(-9), WARN)
        grad.setColorAt(1.0, REC)
        level = self.level
        if level is not None:
            fill = bar.adjusted(0, 0, -bar.width() * (1 - _position(level.rms_db)), 0)
            p.fillRect(fill, grad)
            p.setPen(QColor(255, 255, 255, 160))
            x = bar.left() + bar.width() * _position(level.peak_db)
            p.drawLine(int(x), int(bar.top()), int(x), int(bar.bottom()))
            p.setPen(QColor("white"))
            x = bar.left() + bar.width() * _position(level.peak_hold_db)
            p.drawLine(int(x), int(bar.top()), int(x), int(bar.bottom()))
        if level is not None:  # the number, so the level reads without the colours
            readout = self.tr("{db:.0f} dB").format(db=max(FLOOR_DB, level.rms_db))
            p.setPen(QColor("white"))
            p.drawText(bar.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                       readout)
        p.setPen(QColor(255, 255, 255, 60))  # ticks at -48, -36, -24, -12, -6 dBFS
        for db in (-48, -36, -24, -12, -6):
            x = bar.left() + bar.width() * _position(db)
            p.drawLine(int(x), int(bar.bottom() - 4), int(x), int(bar.bottom()))
        lamp = QRectF(self.width() - lamp_w, 4, lamp_w, self.height() - 8)
        p.fillRect(lamp, REC if self.clipping else QColor("#26292b"))
        p.setPen(QColor("white") if self.clipping else QColor("#5f6468"))
        p.drawText(lamp, Qt.AlignmentFlag.AlignCenter, self.tr("CLIP"))
        p.end()
