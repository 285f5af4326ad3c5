"""A non-blocking banner for sentences from the core (notices) and failed actions.

Info fades after a few seconds; warnings and errors stay until the host closes them.
Older messages are kept and can be stepped through, so nothing said is lost."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from studio.messages import NOTICE, Message
from studio.ui.theme import repolish

INFO_TIMEOUT_MS = 8000


def translated(text: str) -> str:
    """A core sentence in the window's language: a `Message` is translated from its template
    (its values too, when they are sentences themselves); any other text is shown as it is."""
    if not isinstance(text, Message):
        return text
    values = {k: translated(v) if isinstance(v, Message) else str(v) for k, v in text.values.items()}
    try:
        return QCoreApplication.translate(NOTICE, text.template).format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the sentence
        return str(text)


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
        self.previous.clicked.connect(lambda: self._step(-1))
        self.close_button = QToolButton(text="✕")
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.position)
        layout.addWidget(self.previous)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self, singleShot=True, interval=INFO_TIMEOUT_MS)
        self._timer.timeout.connect(self.dismiss)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        for button, name in ((self.previous, self.tr("Previous message")),
                             (self.close_button, self.tr("Dismiss"))):
            button.setToolTip(name)
            button.setAccessibleName(name)  # an icon-only button still has a name
        self.text.setAccessibleName(self.tr("Message"))
        if self._messages and self.isVisible():
            self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        self.icon.setAccessibleName({"info": self.tr("Information"), "warning": self.tr("Warning"),
                                     "error": self.tr("Error")}.get(level, ""))
        self.text.setText(translated(text))
        many = len(self._messages) > 1
        self.position.setText(self.tr("{index} of {count}").format(
            index=self._index + 1, count=len(self._messages)) if many else "")
        self.previous.setVisible(many)
        repolish(self)
        self.show()
