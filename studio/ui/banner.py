"""A non-blocking banner for sentences from the core (notices) and failed actions.

Info fades after a few seconds; warnings and errors stay until the host closes them.
Older messages are kept and can be stepped through, so nothing said is lost."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from studio.ui.theme import repolish

INFO_TIMEOUT_MS = 8000


class NoticeBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self._messages: deque[tuple[str, str]] = deque(maxlen=20)
        self._index = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.position = QLabel()
        self.previous = QToolButton(text="‹")
        self.previous.setToolTip(self.tr("Previous message"))
        self.previous.clicked.connect(lambda: self._step(-1))
        self.close_button = QToolButton(text="✕")
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.position)
        layout.addWidget(self.previous)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self, singleShot=True, interval=INFO_TIMEOUT_MS)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def show_message(self, level: str, text: str) -> None:
        self._messages.append((level, text))
        self._index = len(self._messages) - 1
        self._render()
        if level == "info":
            self._timer.start()
        else:
            self._timer.stop()

    def messages(self) -> list[tuple[str, str]]:
        return list(self._messages)

    @property
    def current(self) -> tuple[str, str] | None:
        return self._messages[self._index] if self.isVisible() and self._messages else None

    def dismiss(self) -> None:
        self._timer.stop()
        self.hide()

    def _step(self, delta: int) -> None:
        if self._messages:
            self._index = (self._index + delta) % len(self._messages)
            self._timer.stop()
            self._render()

    def _render(self) -> None:
        level, text = self._messages[self._index]
        self.setProperty("level", level)
        self.icon.setText({"info": "ℹ", "warning": "⚠", "error": "⛔"}.get(level, "•"))
        self.text.setText(text)
        many = len(self._messages) > 1
        self.position.setText(self.tr("{index} of {count}").format(
            index=self._index + 1, count=len(self._messages)) if many else "")
        self.previous.setVisible(many)
        repolish(self)
        self.show()
