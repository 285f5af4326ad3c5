"""The program preview: paints the newest program frame, nothing older.

The processing thread tells us "a new frame exists" through the bridge at most once until
we have painted (a pending flag), so frames never queue behind a busy GUI: when we get to
paint, we take whatever is newest in the program's latest-wins slot."""

from __future__ import annotations

import threading
import time

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.media.frames import Frame
from studio.session import Session
from studio.ui.theme import PREVIEW_BACKGROUND


class PreviewWidget(QWidget):
    frame_painted = Signal()
    _frame_ready = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.split = False  # before/after comparison
        self.safe_areas = False
        self.second = False  # show the second canvas (dual output) instead of the main one
        self.countdown: int | None = None  # 3-2-1 before going live
        self.painted = 0  # frames painted since start (benchmarks, tests)
        self.first_paint_time: float | None = None  # when the first real picture was painted
        self._frame: Frame | None = None
        self._image: QImage | None = None
        self._before: QImage | None = None
        self._before_frame: Frame | None = None
        self._pending = threading.Event()
        self._frame_ready.connect(self._on_frame_ready, Qt.ConnectionType.QueuedConnection)
        self._subscribed_program = None
        self._subscribe()
        self.setToolTip(self.tr("What your viewers see"))
        self.setAccessibleName(self.tr("Program preview"))

    # -- wiring -----------------------------------------------------------------------------
    def _subscribe(self) -> None:
        program = self.session.program
        if program is self._subscribed_program:
            return
        if self._subscribed_program is not None:
            self._subscribed_program.remove_output(self._on_program_frame)
        program.add_output(self._on_program_frame)
        self._subscribed_program = program

    def resubscribe(self) -> None:
        """Call after the session rebuilt its program (picture size or rate changed)."""
        self._subscribe()

    def close_view(self) -> None:
        if self._subscribed_program is not None:
            self._subscribed_program.remove_output(self._on_program_frame)
            self._subscribed_program = None

    def _on_program_frame(self, frame: Frame) -> None:  # processing thread
        if not self._pending.is_set():
            self._pending.set()
            self._frame_ready.emit()

    def _on_frame_ready(self) -> None:  # GUI thread
        self._pending.clear()
        program = self.session.program
        slot = (program.canvas_preview("second") if self.second else None) or program.preview
        frame = slot.peek()
        if frame is None or frame is self._frame:
            return
        self._frame = frame
        self._image = _qimage(frame.image)
        if self.split:
            self._before_frame = self.session.program.source_preview.peek()
            self._before = _qimage(self._before_frame.image) if self._before_frame is not None else None
        self.update()

    # -- view options ---------------------------------------------------------------------------
    def set_split(self, enabled: bool) -> None:
        self.split = enabled
        self.session.set_compare(enabled)
        self.update()

    def show_second(self, enabled: bool) -> None:
        """Preview the other shape's canvas (while dual output is on)."""
        self.second = enabled
        self.update()

    def set_safe_areas(self, enabled: bool) -> None:
        self.safe_areas = enabled
        self.update()

    def set_countdown(self, value: int | None) -> None:
        self.countdown = value
        self.update()

    def current_image(self) -> np.ndarray | None:
        """The program picture being shown (BGR), for tests."""
        return self._frame.image if self._frame is not None else None

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn: the largest box of the shown canvas's shape, centred."""
        w, h = self._canvas_size()
        scale = min(self.width() / w, self.height() / h)
        pw, ph = w * scale, h * scale
        return QRectF((self.width() - pw) / 2, (self.height() - ph) / 2, pw, ph)

    # -- painting ----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), PREVIEW_BACKGROUND)
        target = self.picture_rect()
        if self._image is None:
            painter.setPen(QColor("#9ba1a6"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Starting the picture…"))
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform,
                              target.width() < self._image.width())
        painter.drawImage(target, self._image)
        if self.split and self._before is not None:
            self._paint_split(painter, target)
        if self.safe_areas:
            self._paint_safe_areas(painter, target)
        if self.countdown is not None:
            self._paint_countdown(painter, target)
        painter.end()
        self.painted += 1
        if self.first_paint_time is None and self._frame is not None and self._frame.image[::16, ::16].any():
            self.first_paint_time = time.time()  # the first real picture (not the black before it)
        if self.first_paint_time is not None:
            self.frame_painted.emit()

    def _paint_split(self, painter: QPainter, target: QRectF) -> None:
        assert self._before is not None
        half = QRectF(target.x(), target.y(), target.width() / 2, target.height())
        source = QRectF(0, 0, self._before.width() / 2, self._before.height())
        painter.drawImage(half, self._before, source)
        painter.setPen(QPen(QColor("white"), 2))
        x = target.center().x()
        painter.drawLine(int(x), int(target.top()), int(x), int(target.bottom()))
        self._tag(painter, QRectF(target.x() + 10, target.y() + 10, 90, 24), self.tr("Before"))
        self._tag(painter, QRectF(x + 10, target.y() + 10, 90, 24), self.tr("After"))

    @staticmethod
    def _tag(painter: QPainter, rect: QRectF, text: str) -> None:
        painter.fillRect(rect, QColor(0, 0, 0, 150))
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _canvas_size(self) -> tuple[int, int]:
        if self._frame is not None:
            return int(self._frame.image.shape[1]), int(self._frame.image.shape[0])
        return self.session.settings.width, self.session.settings.height

    def _paint_safe_areas(self, painter: QPainter, target: QRectF) -> None:
        w, h = self._canvas_size()
        zones = self.session.overlays.safe_zone_rects(w, h)
        if zones:  # portrait: where the chosen phone app draws its own controls
            scale = target.width() / w
            painter.setPen(QPen(QColor(112, 184, 255, 200), 2, Qt.PenStyle.DashLine))
            for x, y, zw, zh in zones:
                rect = QRectF(target.x() + x * scale, target.y() + y * scale, zw * scale, zh * scale)
                painter.fillRect(rect, QColor(112, 184, 255, 40))
                painter.drawRect(rect)
            return
        painter.setPen(QPen(QColor(255, 255, 255, 110), 1, Qt.PenStyle.DashLine))
        for fraction in (0.93, 0.8):  # action safe, title safe
            painter.drawRect(_inset(target, fraction))
        c = target.center()
        painter.drawLine(int(c.x() - 12), int(c.y()), int(c.x() + 12), int(c.y()))
        painter.drawLine(int(c.x()), int(c.y() - 12), int(c.x()), int(c.y() + 12))
        # the centre 9:16 crop that vertical (phone) platforms show
        painter.setPen(QPen(QColor(112, 184, 255, 140), 1, Qt.PenStyle.DotLine))
        vw = target.height() * 9 / 16
        painter.drawRect(QRectF(c.x() - vw / 2, target.top(), vw, target.height()))

    def _paint_countdown(self, painter: QPainter, target: QRectF) -> None:
        painter.fillRect(target, QColor(0, 0, 0, 120))
        font = QFont(self.font())
        font.setPixelSize(max(24, int(target.height() * 0.4)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(target, Qt.AlignmentFlag.AlignCenter, str(self.countdown))


def _inset(rect: QRectF, fraction: float) -> QRectF:
    dx, dy = rect.width() * (1 - fraction) / 2, rect.height() * (1 - fraction) / 2
    return rect.adjusted(dx, dy, -dx, -dy)


def _qimage(image: np.ndarray) -> QImage:
    """Wrap a BGR frame without copying; the frame (kept by the widget) owns the memory."""
    h, w = image.shape[:2]
    if not image.flags["C_CONTIGUOUS"]:  # frames from the core are contiguous; copy to be safe
        return QImage(np.ascontiguousarray(image).data, w, h, w * 3, QImage.Format.Format_BGR888).copy()
    return QImage(image.data, w, h, image.strides[0], QImage.Format.Format_BGR888)
