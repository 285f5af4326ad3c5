"""The first-run tour: three short steps pointing at Go Live, Rehearse and Products, over a
dimmed window. It can be skipped (Skip tour, or Esc) and is shown once (`AppSettings.tour_done`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Step:
    target: Callable[[], QWidget]  # looked up each time: the window rebuilds its views on a language switch
    title: Callable[[], str]
    text: Callable[[], str]


class FirstRunTour(QWidget):
    finished = Signal(bool)  # True when seen to the end, False when skipped

    def __init__(self, window: QWidget, steps: list[Step]) -> None:
        super().__init__(window)
        self.setObjectName("firstRunTour")
        self.window_ = window
        self.steps = steps
        self.index = 0
        self.card = QFrame(self)
        self.card.setObjectName("tourCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setObjectName("tourTitle")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.position = QLabel()
        self.skip = QPushButton()
        self.skip.setObjectName("tourSkip")
        self.skip.clicked.connect(self.skip_tour)
        self.next = QPushButton()
        self.next.setObjectName("tourNext")
        self.next.setDefault(True)
        self.next.clicked.connect(self.advance)
        buttons = QHBoxLayout()
        buttons.addWidget(self.position)
        buttons.addStretch(1)
        buttons.addWidget(self.skip)
        buttons.addWidget(self.next)
        column = QVBoxLayout(self.card)
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addLayout(buttons)
        self.card.setFixedWidth(340)
        self.setTabOrder(self.next, self.skip)
        window.installEventFilter(self)
        self.setGeometry(window.rect())

    # -- flow ---------------------------------------------------------------------------------
    def start(self) -> None:
        self.index = 0
        self.show()
        self.raise_()
        self._show_step()

    def advance(self) -> None:
        if self.index + 1 >= len(self.steps):
            self._finish(True)
        else:
            self.index += 1
            self._show_step()

    def skip_tour(self) -> None:
        self._finish(False)

    def _finish(self, completed: bool) -> None:
        self.window_.removeEventFilter(self)
        self.hide()
        self.finished.emit(completed)
        self.deleteLater()

    # -- drawing ---------------------------------------------------------------------------------
    def _show_step(self) -> None:
        step = self.steps[self.index]
        self.title.setText(step.title())
        self.text.setText(step.text())
        self.position.setText(self.tr("{index} of {count}").format(index=self.index + 1,
                                                                   count=len(self.steps)))
        last = self.index + 1 == len(self.steps)
        self.next.setText(self.tr("Done") if last else self.tr("Next"))
        self.skip.setText(self.tr("Skip tour"))
        self.skip.setVisible(not last)
        self.card.setAccessibleName(step.title())
        self.card.setAccessibleDescription(step.text())
        self.card.adjustSize()
        self._place_card()
        self.next.setFocus(Qt.FocusReason.OtherFocusReason)
        self.update()

    def target_rect(self) -> QRect:
        target = self.steps[self.index].target()
        if target is None or not target.isVisible():
            return QRect()
        top_left = target.mapTo(self.window_, QPoint(0, 0))
        return QRect(top_left, target.size()).adjusted(-6, -6, 6, 6)

    def _place_card(self) -> None:
        hole = self.target_rect()
        size = self.card.sizeHint()
        if hole.isNull():
            pos = QPoint((self.width() - size.width()) // 2, (self.height() - size.height()) // 2)
        else:
            below = hole.bottom() + 12
            y = below if below + size.height() < self.height() else max(8, hole.top() - 12 - size.height())
            x = min(max(8, hole.center().x() - size.width() // 2), self.width() - size.width() - 8)
            pos = QPoint(x, y)
        self.card.move(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        shade = QPainterPath()
        shade.addRect(self.rect().toRectF())
        hole = self.target_rect()
        if not hole.isNull():
            cut = QPainterPath()
            cut.addRoundedRect(hole.toRectF(), 8, 8)
            shade = shade.subtracted(cut)
        p.fillPath(shade, QColor(0, 0, 0, 150))
        if not hole.isNull():
            p.setPen(QPen(QColor("#ffd60a"), 3))
            p.drawRoundedRect(hole, 8, 8)
        p.end()

    # -- events ------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.setGeometry(self.window_.rect())
            self._place_card()
        return False

    def event(self, event: QEvent) -> bool:
        # Esc belongs to the tour while it shows, not to the window's Esc shortcut (unpin).
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.skip_tour()
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self._show_step()
        super().changeEvent(event)
