"""The Comments dock: the live comment feed, a reply box, and pin-on-screen.

The feed follows new comments while the host is at the bottom; once they scroll up to read,
it stays put and offers a "new comments" jump instead. Replies go through the bridge (on the
embedded server they are broadcast to every viewer); a refused reply is explained under the
box, where the host is looking."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from studio.commerce.comments import MAX_TEXT, Comment
from studio.session import Session
from studio.ui.bridge import CoreBridge
from studio.ui.widgets import paint_chip

MAX_ITEMS = 500
FLUSH_MS = 50
PAD = 6
COMMENT_ROLE = Qt.ItemDataRole.UserRole  # the Comment
TIME_ROLE = Qt.ItemDataRole.UserRole + 1  # "14:05" in the host's locale
PINNED_ROLE = Qt.ItemDataRole.UserRole + 2
ERROR = QColor("#e5484d")  # reads on dark and light palettes
ON_SCREEN = QColor("#1e7a4c")  # white text on it: AA contrast
HOST = QColor("#3e63dd")


class CommentsDock(QDockWidget):
    def __init__(self, session: Session, bridge: CoreBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.bridge = session, bridge
        self.setObjectName("comments")
        self.setWindowTitle(self.tr("Comments"))
        self._closed = False
        self._ids: set[str] = set()
        self._unseen = 0
        self._pinned: Comment | None = None
        self._sending = False

        body = QWidget()
        self.list = QListWidget()
        self.list.setItemDelegate(_CommentDelegate(self.tr("Host"), self.tr("On screen"), self.list))
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap the text when the dock resizes
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setToolTip(self.tr("Double-click a comment, or press Enter, to show it on screen"))
        self.list.setAccessibleName(self.tr("Comments"))
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self.pin_selected())  # double-click or Enter
        self.list.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.empty = QLabel(self.tr("Comments from viewers appear here when you are live."))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.jump = QPushButton()
        self.jump.setToolTip(self.tr("Scroll to the newest comment"))
        self.jump.clicked.connect(self.scroll_to_newest)
        self.jump.hide()

        self.pinned = QLabel()
        self.pinned.setWordWrap(True)
        self.pinned.setTextFormat(Qt.TextFormat.PlainText)
        self.pinned.hide()
        self.pin_button = QPushButton(self.tr("Pin on screen"))
        self.pin_button.setToolTip(self.tr("Show the selected comment in the picture"))
        self.pin_button.clicked.connect(self.pin_selected)
        self.unpin_button = QPushButton(self.tr("Unpin"))
        self.unpin_button.setToolTip(self.tr("Take the comment off screen"))
        self.unpin_button.clicked.connect(self.unpin)

        self.reply_box = QLineEdit()
        self.reply_box.setPlaceholderText(self.tr("Reply to everyone…"))
        self.reply_box.setAccessibleName(self.tr("Reply to everyone"))
        self.reply_box.setToolTip(self.tr("Your reply appears in every viewer's comments, marked as "
                                          "the host's"))
        self.reply_box.returnPressed.connect(self.send_reply)
        self.reply_box.textChanged.connect(self._on_reply_edited)
        self.send = QPushButton(self.tr("Send"))
        self.send.setToolTip(self.tr("Send the reply (Enter)"))
        self.send.clicked.connect(self.send_reply)
        self.counter = QLabel()
        self.counter.setStyleSheet("color: palette(placeholder-text);")
        self.counter.hide()
        self.reply_error = QLabel()
        self.reply_error.setWordWrap(True)
        self.reply_error.setStyleSheet(f"color: {ERROR.name()};")
        self.reply_error.hide()

        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_button)
        pin_row.addWidget(self.unpin_button)
        pin_row.addStretch(1)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_box, 1)
        reply_row.addWidget(self.counter)
        reply_row.addWidget(self.send)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.empty, 1)  # the empty state takes the list's place
        layout.addWidget(self.list, 1)
        layout.addWidget(self.jump)
        layout.addWidget(self.pinned)
        layout.addLayout(pin_row)
        layout.addLayout(reply_row)
        layout.addWidget(self.reply_error)
        body.setMinimumWidth(260)
        self.setWidget(body)

        # Subscribe first, then show what is already there: a comment arriving in between is
        # delivered later by the bridge and skipped by id, never lost.
        self._pending: list[Comment] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self._flush)
        bridge.on(session.comments.added, self._on_comment_added)
        self._add_many(session.comments.items())
        self.list.scrollToBottom()
        self._refresh_empty()
        self._update_buttons()

    # -- feed -------------------------------------------------------------------------------------
    def _on_comment_added(self, comment: Comment) -> None:
        # A busy chat delivers many comments a second: add them in small batches, so the list
        # lays itself out once per batch rather than once per comment.
        if self._closed:
            return
        self._pending.append(comment)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        comments, self._pending = self._pending, []
        if not self._closed:
            self._add_many(comments)

    def _add_many(self, comments: list[Comment]) -> None:
        fresh: list[Comment] = []
        for comment in comments[-MAX_ITEMS:]:
            if comment.id not in self._ids:
                self._ids.add(comment.id)
                fresh.append(comment)
        if not fresh:
            return
        bar = self.list.verticalScrollBar()
        following = self.list.count() == 0 or bar.value() >= bar.maximum() - 4
        for comment in fresh:
            self.list.addItem(self._make_item(comment))
        overflow = self.list.count() - MAX_ITEMS
        if overflow > 0:
            self._drop_oldest(overflow, following)
        if following:  # follow the feed unless the host scrolled up to read
            self.list.scrollToBottom()
        else:
            self._unseen += len(fresh)
            self.jump.setText(self.tr("↓ %n new comment(s)", "", self._unseen))
            self.jump.show()
        self._refresh_empty()

    def _make_item(self, comment: Comment) -> QListWidgetItem:
        when = QDateTime.fromMSecsSinceEpoch(int(comment.time * 1000)).time()
        time_text = QLocale().toString(when, QLocale.FormatType.ShortFormat)
        item = QListWidgetItem(f"{comment.name}  ·  {time_text}\n{comment.text}")
        item.setData(COMMENT_ROLE, comment)
        item.setData(TIME_ROLE, time_text)
        item.setData(PINNED_ROLE, self._pinned is not None and self._pinned.id == comment.id)
        if comment.host:
            item.setToolTip(self.tr("Your reply, sent at {time}").format(time=time_text))
        else:
            item.setToolTip(self.tr("{name} at {time}").format(name=comment.name, time=time_text))
        return item

    def _drop_oldest(self, count: int, following: bool) -> None:
        bar = self.list.verticalScrollBar()
        shift = 0
        if not following:  # keep what the host is reading where it was
            shift = self.list.visualItemRect(self.list.item(count)).top() - \
                self.list.visualItemRect(self.list.item(0)).top()
        for _ in range(count):
            self._ids.discard(self.list.takeItem(0).data(COMMENT_ROLE).id)
        if shift > 0:
            bar.setValue(max(0, bar.value() - shift))

    def _on_scrolled(self, value: int) -> None:
        if value >= self.list.verticalScrollBar().maximum() - 4:
            self._unseen = 0
            self.jump.hide()

    def scroll_to_newest(self) -> None:
        self.list.scrollToBottom()
        self._unseen = 0
        self.jump.hide()

    def _refresh_empty(self) -> None:
        has_items = self.list.count() > 0
        self.empty.setVisible(not has_items)
        self.list.setVisible(has_items)

    # -- reply ------------------------------------------------------------------------------------
    def send_reply(self) -> None:
        if self._sending:
            return
        text = self.reply_box.text()
        self.reply_error.hide()
        self._sending = True
        self._update_buttons()
        self.bridge.run(lambda: self.session.reply(text), done=lambda _c: self._on_sent(text),
                        failed=self._on_reply_failed)

    def _on_sent(self, text: str) -> None:
        self._sending = False
        if self.reply_box.text() == text:  # the host may already be typing the next one
            self.reply_box.clear()
        self._update_buttons()

    def _on_reply_failed(self, sentence: str) -> None:
        self._sending = False
        self.reply_error.setText(sentence)
        self.reply_error.show()
        self._update_buttons()

    def _on_reply_edited(self, text: str) -> None:
        self.reply_error.hide()
        length = len(" ".join(text.split()))  # as the feed counts it
        self.counter.setText(f"{length}/{MAX_TEXT}")
        self.counter.setStyleSheet(f"color: {ERROR.name()};" if length > MAX_TEXT
                                   else "color: palette(placeholder-text);")
        self.counter.setVisible(length > MAX_TEXT * 0.8)
        self._update_buttons()

    # -- pin --------------------------------------------------------------------------------------
    def selected_comment(self) -> Comment | None:
        selected = self.list.selectedItems()
        return selected[0].data(COMMENT_ROLE) if selected else None

    def pin_selected(self) -> None:
        comment = self.selected_comment()
        if comment is not None:
            self.pin_comment(comment)

    def pin_comment(self, comment: Comment) -> None:
        self.session.pin_comment(comment)
        self._pinned = comment
        self.pinned.setText(self.tr("On screen — {name}: {text}").format(name=comment.name,
                                                                        text=comment.text))
        self.pinned.show()
        self._mark_pinned()

    def unpin(self) -> None:
        self.session.pin_comment(None)
        self._pinned = None
        self.pinned.hide()
        self._mark_pinned()

    def _mark_pinned(self) -> None:
        pinned_id = self._pinned.id if self._pinned is not None else None
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = item.data(COMMENT_ROLE).id == pinned_id
            if bool(item.data(PINNED_ROLE)) != on:
                item.setData(PINNED_ROLE, on)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.pin_button.setEnabled(bool(self.list.selectedItems()))
        self.unpin_button.setEnabled(self._pinned is not None)
        self.send.setEnabled(not self._sending and bool(self.reply_box.text().strip()))

    def close_view(self) -> None:
        """Stop following the feed (CoreBridge has no per-view disconnect: the handler turns
        into a no-op)."""
        self._closed = True
        self._flush_timer.stop()
        self._pending.clear()


class _CommentDelegate(QStyledItemDelegate):
    """Paints a comment: the name in bold (a "Host" chip on the host's replies), the time on the
    right, the text wrapped below, and an "On screen" chip on the pinned one."""

    def __init__(self, host_text: str, on_screen_text: str, parent: QListWidget) -> None:
        super().__init__(parent)
        self.host_text, self.on_screen_text = host_text, on_screen_text
        self.view = parent
        self._sizes: dict[tuple[str, int, str], QSize] = {}

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = self.view.viewport().width() if self.view is not None else option.rect.width()
        return max(60, width - 2 * PAD)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        comment = index.data(COMMENT_ROLE)
        width = self._text_width(option)
        key = (comment.id if comment is not None else "", width, option.font.key())
        size = self._sizes.get(key)
        if size is None:  # the list lays out every row again on each change: measure once
            if len(self._sizes) > 4 * MAX_ITEMS:
                self._sizes.clear()
            metrics = QFontMetrics(option.font)
            text = comment.text if comment is not None else ""
            body = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text).height()
            size = self._sizes[key] = QSize(width, PAD + metrics.height() + 2 + body + PAD)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        comment: Comment | None = index.data(COMMENT_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # background
        if comment is None:
            return
        painter.save()
        rect = opt.rect.adjusted(PAD, PAD, -PAD, -PAD)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ink = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(ink)
        muted.setAlphaF(0.62)
        metrics = QFontMetrics(opt.font)
        line_h = metrics.height()

        time_text = str(index.data(TIME_ROLE) or "")
        painter.setFont(opt.font)
        painter.setPen(muted)
        time_w = metrics.horizontalAdvance(time_text)
        painter.drawText(QRect(rect.right() - time_w, rect.top(), time_w, line_h),
                         Qt.AlignmentFlag.AlignVCenter, time_text)
        right = rect.right() - time_w - 8
        if index.data(PINNED_ROLE):
            right -= paint_chip(painter, opt.font, self.on_screen_text, ON_SCREEN, right, rect.top(), line_h,
                           align_right=True) + 6
        x = rect.left()
        if comment.host and comment.name.casefold() != self.host_text.casefold():
            x += paint_chip(painter, opt.font, self.host_text, HOST, x, rect.top(), line_h) + 6
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(opt.palette.color(QPalette.ColorRole.Link) if comment.host and not selected else ink)
        name = QFontMetrics(bold).elidedText(comment.name, Qt.TextElideMode.ElideRight, max(0, right - x))
        painter.drawText(QRect(x, rect.top(), max(0, right - x), line_h), Qt.AlignmentFlag.AlignVCenter, name)

        painter.setFont(opt.font)
        painter.setPen(ink)
        body = QRect(rect.left(), rect.top() + line_h + 2, rect.width(), rect.height() - line_h - 2)
        painter.drawText(body, int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop), comment.text)
        painter.restore()
