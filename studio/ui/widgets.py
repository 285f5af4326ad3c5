"""Small painting helpers shared by the docks' item delegates."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter


def paint_chip(painter: QPainter, font: QFont, text: str, colour: QColor, x: int, top: int, line_h: int,
          align_right: bool = False) -> int:
    """A small filled label (white on `colour`); returns its width."""
    small = QFont(font)
    small.setBold(True)
    if small.pointSizeF() > 0:
        small.setPointSizeF(small.pointSizeF() * 0.85)
    metrics = QFontMetrics(small)
    w, h = metrics.horizontalAdvance(text) + 10, min(line_h, metrics.height() + 2)
    left = x - w if align_right else x
    box = QRect(left, top + (line_h - h) // 2, w, h)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(box, 4, 4)
    painter.setPen(QColor("white"))
    painter.setFont(small)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
    return w
