"""The Comments dock: the live feed, a reply box, and pin-on-screen."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.commerce.comments import MAX_TEXT, Comment
from studio.session import Session
from studio.ui.bridge import CoreBridge

MAX_ITEMS = 500
ID_ROLE = Qt.ItemDataRole.UserRole


class CommentsDock(QDockWidget):
    def __init__(self, session: Session, bridge: CoreBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.bridge = session, bridge
        self.setObjectName("comments")
        self.setWindowTitle(self.tr("Comments"))
        body = QWidget()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemDoubleClicked.connect(lambda _item: self.pin_selected())
        self.empty = QLabel(self.tr("Comments from viewers appear here when you are live."))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.pinned = QLabel()
        self.pinned.setWordWrap(True)
        self.pinned.hide()
        self.reply_box = QLineEdit()
        self.reply_box.setPlaceholderText(self.tr("Reply to everyone…"))
        self.reply_box.setMaxLength(MAX_TEXT)
        self.reply_box.returnPressed.connect(self.send_reply)
        self.send = QPushButton(self.tr("Send"))
        self.send.clicked.connect(self.send_reply)
        self.reply_error = QLabel()
        self.reply_error.setStyleSheet("color: #ff6369;")
        self.reply_error.hide()
        self.pin_button = QPushButton(self.tr("Pin on screen"))
        self.pin_button.setToolTip(self.tr("Show the selected comment in the picture"))
        self.pin_button.clicked.connect(self.pin_selected)
        self.unpin_button = QPushButton(self.tr("Unpin"))
        self.unpin_button.clicked.connect(self.unpin)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_box, 1)
        reply_row.addWidget(self.send)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_button)
        pin_row.addWidget(self.unpin_button)
        pin_row.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.pinned)
        layout.addLayout(pin_row)
        layout.addLayout(reply_row)
        layout.addWidget(self.reply_error)
        self.setWidget(body)
        self._pinned_id: str | None = None
        for comment in session.comments.items():
            self._add(comment)
        bridge.on(session.comments.added, self._add)
        self._update_buttons()

    def _add(self, comment: Comment) -> None:
        bar = self.list.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 4
        when = datetime.fromtimestamp(comment.time).strftime("%H:%M")
        name = self.tr("{name} (you)").format(name=comment.name) if comment.host else comment.name
        item = QListWidgetItem(f"{name}  ·  {when}\n{comment.text}")
        item.setData(ID_ROLE, comment.id)
        if comment.host:
            item.setForeground(QColor("#70b8ff"))
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
        self.list.addItem(item)
        while self.list.count() > MAX_ITEMS:
            self.list.takeItem(0)
        if at_bottom:  # follow the feed unless the host scrolled up to read
            self.list.scrollToBottom()
        self.empty.hide()
        self._update_buttons()

    def send_reply(self) -> None:
        text = self.reply_box.text()
        self.reply_error.hide()
        self.bridge.run(lambda: self.session.reply(text), done=lambda _c: self.reply_box.clear(),
                        failed=self._on_reply_failed)

    def _on_reply_failed(self, sentence: str) -> None:
        self.reply_error.setText(sentence)
        self.reply_error.show()

    def selected_comment(self) -> Comment | None:
        item = self.list.currentItem()
        return self.session.comments.find(str(item.data(ID_ROLE))) if item is not None else None

    def pin_selected(self) -> None:
        comment = self.selected_comment()
        if comment is None:
            return
        self.session.pin_comment(comment)
        self._pinned_id = comment.id
        self.pinned.setText(self.tr("On screen: {name}: {text}").format(name=comment.name, text=comment.text))
        self.pinned.show()
        self._update_buttons()

    def unpin(self) -> None:
        self.session.pin_comment(None)
        self._pinned_id = None
        self.pinned.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.pin_button.setEnabled(self.list.currentItem() is not None)
        self.unpin_button.setEnabled(self._pinned_id is not None)

    def close_view(self) -> None:
        pass
