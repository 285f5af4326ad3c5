"""The Comments dock: the live feed with its tabs (All, Questions, Claims, Filtered, Pinned),
a language tag per comment, answer drafts inline, and a keyboard flow for a host who is
talking on camera: ↑/↓ to move, Enter sends the selected comment's draft, P pins it on
screen.

One list holds every row; a tab only hides the rows it does not show, so switching tabs is
instant and a comment keeps its place. New comments arrive in small batches (50 ms), so a
busy chat (50 comments/s) lays the list out a few times a second, not once per comment.
The feed follows new comments while the host is at the bottom; once they scroll up to read,
it stays put and offers a "new comments" jump instead."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
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
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.commerce.claims import ClaimStatus
from studio.commerce.comments import MAX_TEXT
from studio.commerce.feed import VIEWS, FeedItem, FeedState
from studio.events import FieldChange
from studio.session import Session
from studio.ui.bridge import CoreBridge
from studio.ui.widgets import paint_chip

MAX_ITEMS = 500  # shown comments kept in the list; filtered ones have as many again
FLUSH_MS = 50
PAD = 6
ITEM_ROLE = Qt.ItemDataRole.UserRole  # the FeedItem
TIME_ROLE = Qt.ItemDataRole.UserRole + 1  # "14:05" in the host's locale
PINNED_ROLE = Qt.ItemDataRole.UserRole + 2  # on screen right now
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # a claim's status or a filter's reason, as shown
ERROR = QColor("#e5484d")  # reads on dark and light palettes
ON_SCREEN = QColor("#1e7a4c")  # white text on it: AA contrast
HOST = QColor("#3e63dd")
LANGUAGE = QColor("#6f6e77")
CLAIM = QColor("#f76b15")
WAIT = QColor("#8e4ec6")
FILTERED = QColor("#e5484d")
ANSWERED = QColor("#30a46c")


class CommentsDock(QDockWidget):
    def __init__(self, session: Session, bridge: CoreBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.bridge = session, bridge
        self.feed = session.comments
        self.setObjectName("comments")
        self.setWindowTitle(self.tr("Comments"))
        self._closed = False
        self._rows: dict[str, QListWidgetItem] = {}
        self._counts = {"shown": 0, "filtered": 0}  # rows in the list of each kind
        self._unseen = 0
        self._pinned_id: str | None = None
        self._sending = False
        self._view = "all"
        self._tab_names = {
            "all": self.tr("All"), "questions": self.tr("Questions"), "claims": self.tr("Claims"),
            "filtered": self.tr("Filtered"), "pinned": self.tr("Pinned"),
        }
        self._status_names = {
            ClaimStatus.RESERVED: self.tr("Reserved"), ClaimStatus.WAITLIST: self.tr("Waitlist"),
            ClaimStatus.CONFIRMED: self.tr("Confirmed"), ClaimStatus.CANCELLED: self.tr("Cancelled"),
            "duplicate": self.tr("Duplicate"), "repeat": self.tr("Repeat"), "flood": self.tr("Flood"),
            "link": self.tr("Link"), "shouting": self.tr("Shouting"), "blocked word": self.tr("Blocked word"),
            "muted": self.tr("Muted"), "blocked": self.tr("Blocked"),
        }

        body = QWidget()
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        for view in VIEWS:
            self.tabs.addTab(self._tab_names[view])
        self.tabs.setTabToolTip(VIEWS.index("filtered"), self.tr(
            "What moderation hid from viewers: spam, floods, blocked words, muted viewers"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.list = QListWidget()
        self.list.setItemDelegate(_CommentDelegate(self, self.list))
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap the text when the dock resizes
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setToolTip(self.tr("↑/↓ choose a comment · Enter sends its draft · P pins it on screen"))
        self.list.setAccessibleName(self.tr("Comments"))
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self.pin_selected())  # double-click or Enter
        self.list.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.list.installEventFilter(self)
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
        self.send_draft_button = QPushButton(self.tr("Send draft"))
        self.send_draft_button.setToolTip(self.tr("Send the drafted answer to every viewer (Enter)"))
        self.send_draft_button.clicked.connect(self.send_selected_draft)
        self.edit_draft_button = QPushButton(self.tr("Edit"))
        self.edit_draft_button.setToolTip(self.tr("Put the draft in the reply box to change it first"))
        self.edit_draft_button.clicked.connect(self.edit_selected_draft)
        self.pin_button = QPushButton(self.tr("Pin on screen"))
        self.pin_button.setToolTip(self.tr("Show the selected comment in the picture (P)"))
        self.pin_button.clicked.connect(self.pin_selected)
        self.unpin_button = QPushButton(self.tr("Unpin"))
        self.unpin_button.setToolTip(self.tr("Take the comment off screen"))
        self.unpin_button.clicked.connect(self.unpin)
        self.pin_product_button = QPushButton(self.tr("Pin product"))
        self.pin_product_button.setToolTip(self.tr("Pin the product this comment names"))
        self.pin_product_button.clicked.connect(self.pin_selected_product)
        self.confirm_button = QPushButton(self.tr("Confirm"))
        self.confirm_button.setToolTip(self.tr("Confirm the selected claim as an order"))
        self.confirm_button.clicked.connect(lambda: self._claim_action(confirm=True))
        self.cancel_button = QPushButton(self.tr("Cancel claim"))
        self.cancel_button.setToolTip(self.tr("Cancel the claim; its units go back to stock and the "
                                              "waitlist moves up"))
        self.cancel_button.clicked.connect(lambda: self._claim_action(confirm=False))
        self.viewer_button = QToolButton()
        self.viewer_button.setText(self.tr("Viewer"))
        self.viewer_button.setToolTip(self.tr("Mute or block the selected comment's writer"))
        self.viewer_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        viewer_menu = QMenu(self.viewer_button)
        self.mute_action = QAction(self.tr("Mute for 10 minutes"), self)
        self.mute_action.triggered.connect(lambda: self._moderate("mute"))
        self.block_action = QAction(self.tr("Block for this show"), self)
        self.block_action.triggered.connect(lambda: self._moderate("block"))
        viewer_menu.addActions([self.mute_action, self.block_action])
        self.viewer_button.setMenu(viewer_menu)
        self.auto_button = QToolButton()
        self.auto_button.setText(self.tr("Auto-send"))
        self.auto_button.setToolTip(self.tr("Send drafted answers by themselves, per kind of question"))
        self.auto_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        auto_menu = QMenu(self.auto_button)
        self.auto_actions: dict[str, QAction] = {}
        for intent, label in (("price", self.tr("Price")), ("stock", self.tr("Stock")),
                              ("shipping", self.tr("Shipping")), ("size_colour", self.tr("Size and colour")),
                              ("link", self.tr("Link")), ("discount", self.tr("Discount")),
                              ("claim", self.tr("Claim replies"))):
            action = QAction(label, self)
            action.setCheckable(True)
            action.toggled.connect(lambda on, i=intent: self.feed.set_auto_send(i, on))
            auto_menu.addAction(action)
            self.auto_actions[intent] = action
        self.auto_button.setMenu(auto_menu)

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

        top_row = QHBoxLayout()
        top_row.addWidget(self.tabs, 1)
        top_row.addWidget(self.auto_button)
        draft_row = QHBoxLayout()
        for button in (self.send_draft_button, self.edit_draft_button, self.pin_product_button,
                       self.confirm_button, self.cancel_button):
            draft_row.addWidget(button)
        draft_row.addStretch(1)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_button)
        pin_row.addWidget(self.unpin_button)
        pin_row.addStretch(1)
        pin_row.addWidget(self.viewer_button)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_box, 1)
        reply_row.addWidget(self.counter)
        reply_row.addWidget(self.send)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top_row)
        layout.addWidget(self.empty, 1)  # the empty state takes the list's place
        layout.addWidget(self.list, 1)
        layout.addWidget(self.jump)
        layout.addWidget(self.pinned)
        layout.addLayout(draft_row)
        layout.addLayout(pin_row)
        layout.addLayout(reply_row)
        layout.addWidget(self.reply_error)
        body.setMinimumWidth(300)
        self.setWidget(body)

        # Subscribe first, then show what is already there: a comment arriving in between is
        # delivered later by the bridge and skipped by id, never lost.
        self._pending: list[FeedItem] = []
        self._changed: dict[str, FeedItem] = {}
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self._flush)
        self._offs = [
            bridge.on(self.feed.added, self._on_item_added),
            bridge.on(self.feed.updated, self._on_item_updated),
            bridge.on(self.feed.state.changed, self._on_feed_state_changed),
        ]
        self._add_many(self.feed.items("all") + self.feed.items("filtered"))
        self._sync_auto(self.feed.state)
        self._update_tab_counts()
        self.list.scrollToBottom()
        self._refresh_empty()
        self._update_buttons()

    # -- feed -------------------------------------------------------------------------------------
    def _on_item_added(self, item: FeedItem) -> None:
        if self._closed:
            return
        self._pending.append(item)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _on_item_updated(self, item: FeedItem) -> None:
        if self._closed:
            return
        self._changed[item.id] = item
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _on_feed_state_changed(self, change: FieldChange) -> None:
        if change.name == "auto_send":
            self._sync_auto(self.feed.state)
        elif change.name == "pinned_comment" and not self._closed:
            self._pinned_id = change.new
            self._mark_pinned()

    def _sync_auto(self, state: FeedState) -> None:
        for intent, action in self.auto_actions.items():
            if action.isChecked() != (intent in state.auto_send):
                action.blockSignals(True)  # our own echo must not toggle it back
                action.setChecked(intent in state.auto_send)
                action.blockSignals(False)

    def _flush(self) -> None:
        items, self._pending = self._pending, []
        changed, self._changed = self._changed, {}
        if self._closed:
            return
        self._add_many(items)
        for item in changed.values():
            row = self._rows.get(item.id)
            if row is not None:
                self._fill(row, item)
                row.setHidden(not self._shows(item))
        if changed:
            self._update_buttons()
        self._update_tab_counts()

    def _shows(self, item: FeedItem) -> bool:
        return item.in_view(self._view)  # type: ignore[arg-type]

    def _add_many(self, items: list[FeedItem]) -> None:
        fresh = [i for i in items if i.id not in self._rows]
        if not fresh:
            return
        fresh = fresh[-2 * MAX_ITEMS:]
        bar = self.list.verticalScrollBar()
        following = self.list.count() == 0 or bar.value() >= bar.maximum() - 4
        visible_added = 0
        for item in sorted(fresh, key=lambda i: i.seq):
            row = QListWidgetItem()
            self._fill(row, item)
            self._insert_in_order(row, item.seq)
            self._rows[item.id] = row
            self._counts["filtered" if item.filtered is not None else "shown"] += 1
            shown = self._shows(item)
            row.setHidden(not shown)
            visible_added += shown
        self._trim(following)
        if following:  # follow the feed unless the host scrolled up to read
            self.list.scrollToBottom()
        elif visible_added:
            self._unseen += visible_added
            self.jump.setText(self.tr("↓ %n new comment(s)", "", self._unseen))
            self.jump.show()
        self._refresh_empty()

    def _insert_in_order(self, row: QListWidgetItem, seq: int) -> None:
        """Rows follow the feed's order. Comments from two sources can reach the window swapped
        (each thread signals after the feed kept its item), so a late one goes back to its place;
        almost always that is the end."""
        index = self.list.count()
        while index > 0 and self.list.item(index - 1).data(ITEM_ROLE).seq > seq:
            index -= 1
        self.list.insertItem(index, row)

    def _fill(self, row: QListWidgetItem, item: FeedItem) -> None:
        when = QDateTime.fromMSecsSinceEpoch(int(item.time * 1000)).time()
        time_text = QLocale().toString(when, QLocale.FormatType.ShortFormat)
        row.setText(f"{item.name}  ·  {time_text}\n{item.text}")
        row.setData(ITEM_ROLE, item)
        row.setData(TIME_ROLE, time_text)
        row.setData(PINNED_ROLE, item.id == self._pinned_id)
        row.setData(STATUS_ROLE, self._status_text(item))
        if item.host:
            row.setToolTip(self.tr("Your reply, sent at {time}").format(time=time_text))
        elif item.filtered is not None:
            row.setToolTip(self.tr("Hidden from viewers ({reason}); {name} still sees it").format(
                reason=self._status_names.get(str(item.filtered), str(item.filtered)), name=item.name))
        else:
            row.setToolTip(self.tr("{name} at {time}").format(name=item.name, time=time_text))

    def _status_text(self, item: FeedItem) -> str:
        if item.filtered is not None:
            return self._status_names.get(str(item.filtered), str(item.filtered))
        if item.claim_id is not None:
            claim = self.feed.claims.get(item.claim_id)
            if claim is not None:
                text = self._status_names[claim.status]
                if claim.status == ClaimStatus.WAITLIST and claim.waitlist_position:
                    text = f"{text} #{claim.waitlist_position}"
                return text
        return ""

    def _trim(self, following: bool) -> None:
        """Keep at most MAX_ITEMS shown and MAX_ITEMS filtered rows: drop the oldest of each."""
        if self._counts["shown"] <= MAX_ITEMS and self._counts["filtered"] <= MAX_ITEMS:
            return
        kinds = [self.list.item(i).data(ITEM_ROLE).filtered is None for i in range(self.list.count())]
        shown = [i for i, is_shown in enumerate(kinds) if is_shown]
        hidden = [i for i, is_shown in enumerate(kinds) if not is_shown]
        drop = sorted(shown[:max(0, len(shown) - MAX_ITEMS)] + hidden[:max(0, len(hidden) - MAX_ITEMS)])
        if not drop:
            return
        bar = self.list.verticalScrollBar()
        anchor = None
        if not following:  # keep what the host is reading where it was
            top = self.list.indexAt(self.list.viewport().rect().topLeft()).row()
            anchor = self.list.item(top) if top >= 0 else None
            offset = self.list.visualItemRect(anchor).top() if anchor is not None else 0
        for index in reversed(drop):
            row = self.list.takeItem(index)
            dropped: FeedItem = row.data(ITEM_ROLE)
            self._rows.pop(dropped.id, None)
            self._counts["filtered" if dropped.filtered is not None else "shown"] -= 1
        if anchor is not None:
            bar.setValue(bar.value() + self.list.visualItemRect(anchor).top() - offset)

    def _on_tab_changed(self, index: int) -> None:
        self._view = VIEWS[index]
        self.list.clearSelection()
        self.list.setUpdatesEnabled(False)
        for i in range(self.list.count()):
            row = self.list.item(i)
            row.setHidden(not self._shows(row.data(ITEM_ROLE)))
        self.list.setUpdatesEnabled(True)
        self.list.scrollToBottom()
        self._unseen = 0
        self.jump.hide()
        self._refresh_empty()
        self._update_buttons()

    def show_view(self, view: str) -> None:
        self.tabs.setCurrentIndex(VIEWS.index(view))  # type: ignore[arg-type]

    def _update_tab_counts(self) -> None:
        counts = {"questions": self.feed.state.open_questions, "filtered": self.feed.state.filtered,
                  "claims": self.feed.state.claims}
        for index, view in enumerate(VIEWS):
            n = counts.get(view)
            self.tabs.setTabText(index, f"{self._tab_names[view]} ({n})" if n else self._tab_names[view])

    def visible_items(self) -> list[FeedItem]:
        """The rows the current tab shows, top to bottom."""
        return [self.list.item(i).data(ITEM_ROLE) for i in range(self.list.count())
                if not self.list.item(i).isHidden()]

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

    # -- keyboard ---------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.send_selected_draft()
                return True
            if key == Qt.Key.Key_P:
                self.pin_selected()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selection(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def move_selection(self, step: int) -> None:
        """Select the next shown row up or down; from nothing, ↑ picks the newest, ↓ the oldest."""
        rows = [i for i in range(self.list.count()) if not self.list.item(i).isHidden()]
        if not rows:
            return
        current = self.list.currentRow()
        if current not in rows or not self.list.currentItem().isSelected():
            target = rows[-1] if step < 0 else rows[0]
        else:
            position = rows.index(current) + step
            target = rows[max(0, min(len(rows) - 1, position))]
        self.list.setCurrentRow(target)
        self.list.scrollToItem(self.list.item(target))

    # -- drafts -----------------------------------------------------------------------------------
    def selected_item(self) -> FeedItem | None:
        selected = [r for r in self.list.selectedItems() if not r.isHidden()]
        return selected[0].data(ITEM_ROLE) if selected else None

    def selected_comment(self) -> FeedItem | None:
        return self.selected_item()

    def send_selected_draft(self) -> None:
        item = self.selected_item()
        if item is None or item.draft is None or item.answered_at is not None or self._sending:
            return
        self._sending = True
        self._update_buttons()
        self.bridge.run(lambda: self.feed.send_draft(item.id), done=lambda _c: self._on_draft_sent(),
                        failed=self._on_reply_failed)

    def _on_draft_sent(self) -> None:
        self._sending = False
        self._update_buttons()

    def edit_selected_draft(self) -> None:
        item = self.selected_item()
        if item is not None and item.draft is not None:
            self.reply_box.setText(item.draft.text)  # "@name …": sending it answers the question
            self.reply_box.setFocus()

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

    # -- pin, claims, viewers -----------------------------------------------------------------------
    def pin_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.pin_comment(item)

    def pin_comment(self, item: FeedItem) -> None:
        self.session.pin_comment(item.comment)
        self._pinned_id = item.id
        self.pinned.setText(self.tr("On screen — {name}: {text}").format(name=item.name, text=item.text))
        self.pinned.show()
        self._mark_pinned()

    def unpin(self) -> None:
        self.session.pin_comment(None)
        self._pinned_id = None
        self.pinned.hide()
        self._mark_pinned()

    def _mark_pinned(self) -> None:
        for row in self._rows.values():
            on = row.data(ITEM_ROLE).id == self._pinned_id
            if bool(row.data(PINNED_ROLE)) != on:
                row.setData(PINNED_ROLE, on)
        self._update_buttons()

    def pin_selected_product(self) -> None:
        item = self.selected_item()
        if item is not None and item.product_id is not None:
            product_id = item.product_id
            self.bridge.run(lambda: self.session.pin_product(product_id))

    def _claim_action(self, confirm: bool) -> None:
        item = self.selected_item()
        if item is None or item.claim_id is None:
            return
        claim_id = item.claim_id
        action = self.feed.confirm_claim if confirm else self.feed.cancel_claim
        self.bridge.run(lambda: action(claim_id), done=lambda _c: self._update_buttons())

    def _moderate(self, what: str) -> None:
        item = self.selected_item()
        if item is None or item.host:
            return
        key = item.comment.viewer_key
        if what == "mute":
            self.feed.mute(key, 600)
        else:
            self.feed.block(key)

    def _update_buttons(self) -> None:
        item = self.selected_item()
        claim = self.feed.claims.get(item.claim_id) if item is not None and item.claim_id else None
        has_draft = item is not None and item.draft is not None and item.answered_at is None
        self.send_draft_button.setEnabled(has_draft and not self._sending)
        self.edit_draft_button.setEnabled(has_draft)
        self.pin_product_button.setVisible(item is not None and item.named_product)
        self.confirm_button.setVisible(claim is not None)
        self.cancel_button.setVisible(claim is not None)
        self.confirm_button.setEnabled(claim is not None and claim.status == ClaimStatus.RESERVED)
        self.cancel_button.setEnabled(claim is not None and claim.status != ClaimStatus.CANCELLED)
        self.viewer_button.setEnabled(item is not None and not item.host)
        self.pin_button.setEnabled(item is not None)
        self.unpin_button.setEnabled(self._pinned_id is not None)
        self.send.setEnabled(not self._sending and bool(self.reply_box.text().strip()))

    def close_view(self) -> None:
        """Stop following the feed."""
        self._closed = True
        for off in self._offs:
            off()
        self._flush_timer.stop()
        self._pending.clear()
        self._changed.clear()


class _CommentDelegate(QStyledItemDelegate):
    """Paints a comment: the name in bold with a language tag (a "Host" chip on the host's
    replies), the time and a status chip on the right, the text wrapped below, and the drafted
    answer under it."""

    def __init__(self, dock: CommentsDock, parent: QListWidget) -> None:
        super().__init__(parent)
        self.dock = dock
        self.host_text = QCoreApplication.translate("CommentsDock", "Host")
        self.on_screen_text = QCoreApplication.translate("CommentsDock", "On screen")
        self.answered_text = QCoreApplication.translate("CommentsDock", "Answered")
        self.view = parent
        self._sizes: dict[tuple[str, bool, int, str], QSize] = {}

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = self.view.viewport().width() if self.view is not None else option.rect.width()
        return max(60, width - 2 * PAD)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        item: FeedItem | None = index.data(ITEM_ROLE)
        width = self._text_width(option)
        draft = item.draft.text if item is not None and item.draft is not None else ""
        key = (item.id if item is not None else "", bool(draft), width, option.font.key())
        size = self._sizes.get(key)
        if size is None:  # the list lays out every row again on each change: measure once
            if len(self._sizes) > 8 * MAX_ITEMS:
                self._sizes.clear()
            metrics = QFontMetrics(option.font)
            text = item.text if item is not None else ""
            flags = int(Qt.TextFlag.TextWordWrap)
            height = PAD + metrics.height() + 2 + metrics.boundingRect(QRect(0, 0, width, 100_000), flags,
                                                                        text).height() + PAD
            if draft:
                height += 4 + metrics.boundingRect(QRect(0, 0, width - 14, 100_000), flags, draft).height()
            size = self._sizes[key] = QSize(width, height)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        item: FeedItem | None = index.data(ITEM_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # background
        if item is None:
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
        status = str(index.data(STATUS_ROLE) or "")
        if status:
            colour = FILTERED if item.filtered is not None else (WAIT if status.startswith(
                self.dock._status_names[ClaimStatus.WAITLIST]) else CLAIM)
            right -= paint_chip(painter, opt.font, status, colour, right, rect.top(), line_h,
                                align_right=True) + 6
        elif item.answered_at is not None and item.is_question:
            right -= paint_chip(painter, opt.font, self.answered_text, ANSWERED, right, rect.top(), line_h,
                                align_right=True) + 6
        x = rect.left()
        if item.host and item.name.casefold() != self.host_text.casefold():
            x += paint_chip(painter, opt.font, self.host_text, HOST, x, rect.top(), line_h) + 6
        if item.language and not item.host:
            x += paint_chip(painter, opt.font, item.language.upper(), LANGUAGE, x, rect.top(), line_h) + 6
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(opt.palette.color(QPalette.ColorRole.Link) if item.host and not selected else ink)
        name = QFontMetrics(bold).elidedText(item.name, Qt.TextElideMode.ElideRight, max(0, right - x))
        painter.drawText(QRect(x, rect.top(), max(0, right - x), line_h), Qt.AlignmentFlag.AlignVCenter, name)

        painter.setFont(opt.font)
        painter.setPen(muted if item.filtered is not None else ink)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignTop)
        top = rect.top() + line_h + 2
        body_h = metrics.boundingRect(QRect(0, 0, rect.width(), 100_000), int(Qt.TextFlag.TextWordWrap),
                                      item.text).height()
        painter.drawText(QRect(rect.left(), top, rect.width(), body_h), flags, item.text)
        if item.draft is not None:
            italic = QFont(opt.font)
            italic.setItalic(True)
            painter.setFont(italic)
            painter.setPen(muted)
            draft_top = top + body_h + 4
            painter.drawText(QRect(rect.left(), draft_top, 12, line_h), Qt.AlignmentFlag.AlignTop, "↳")
            painter.drawText(QRect(rect.left() + 14, draft_top, rect.width() - 14, rect.bottom() - draft_top),
                             flags, item.draft.text)
        painter.restore()
