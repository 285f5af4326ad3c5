"""The Run of show dock: the show's products in the order the host presents them (drag to
reorder), the one on screen marked, Previous / Next (Ctrl+← / Ctrl+→, window-wide), the
talking points of the product in hand in large type for the host's eyes only, and its flash
sale: sale price, how many units at that price, how long, and what happens when it ends.

A thin view over `session.shop` (the run of show, the pins and the running sale live there):
it writes through the shop's actions and redraws from its models; what it writes back comes
back as a change it does not echo."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.commerce.money import format_price
from studio.commerce.runofshow import SALE_MAX_S, SALE_MIN_S, SaleInfo, SaleSettings, ShowItem
from studio.events import FieldChange
from studio.media.frames import now_ns
from studio.session import Session
from studio.ui.bridge import CoreBridge, sentence_for
from studio.ui.theme import ON_SCREEN_FILL, WARN

ID_ROLE = Qt.ItemDataRole.UserRole
SAVE_POINTS_MS = 400  # talking points are saved this long after the last keystroke
TICK_MS = 250  # the running sale's clock


class RunOfShowDock(QDockWidget):
    def __init__(self, session: Session, bridge: CoreBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.bridge = session, bridge
        self.shop = session.shop
        self.setObjectName("runofshow")
        self.setWindowTitle(self.tr("Run of show"))
        self._closed = False
        self._points_for: str | None = None  # the product whose talking points the editor holds

        body = QWidget()
        self.open_button = QPushButton(self.tr("Open show…"))
        self.open_button.setToolTip(self.tr("Open a run of show: its catalogue, queue, talking points "
                                            "and sales"))
        self.open_button.clicked.connect(self.choose_show)
        self.save_button = QPushButton(self.tr("Save show"))
        self.save_button.setToolTip(self.tr("Save the queue, talking points and sales with the show "
                                            "(Ctrl+S)"))
        self.save_button.clicked.connect(self.save_show)
        self.file_label = QLabel()
        self.file_label.setStyleSheet("color: palette(placeholder-text);")

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Run of show"))
        self.list.setToolTip(self.tr("Drag to change the order; double-click or press Enter to put a "
                                     "product on screen"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(120)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        self.list.itemActivated.connect(self._pin_item)
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.empty = QLabel(self.tr("No products yet. Import a catalogue or open a show."))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setToolTip(self.tr("Put the product before this one on screen (Ctrl+←)"))
        self.previous_button.clicked.connect(self.previous_product)
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Put the next product in the queue on screen (Ctrl+→)"))
        self.next_button.clicked.connect(self.next_product)

        self.points_title = QLabel()
        self.points_title.setWordWrap(True)
        bold = QFont(self.points_title.font())
        bold.setBold(True)
        self.points_title.setFont(bold)
        self.points = QPlainTextEdit()
        self.points.setAccessibleName(self.tr("Talking points"))
        self.points.setPlaceholderText(self.tr("What to say about this product: only you see this."))
        self.points.setToolTip(self.tr("Your notes for this product, in large type. Viewers never see them."))
        big = QFont(self.points.font())
        big.setPointSizeF(max(big.pointSizeF(), 9.0) * 1.5)
        self.points.setFont(big)
        self.points.setMinimumHeight(110)
        self.points.setTabChangesFocus(True)  # Tab moves on (keyboard users), it types no tab
        self.points.textChanged.connect(self._points_edited)
        self._points_timer = QTimer(self)
        self._points_timer.setSingleShot(True)
        self._points_timer.setInterval(SAVE_POINTS_MS)
        self._points_timer.timeout.connect(self.save_points)

        self.sale_box = QGroupBox(self.tr("Flash sale"))
        self.sale_price = QLineEdit()
        self.sale_price.setAccessibleName(self.tr("Sale price"))
        self.sale_price.setToolTip(self.tr("The price during the sale; the card shows the old price struck"))
        self.sale_price.editingFinished.connect(self._sale_edited)
        self.stock_limit = QSpinBox()
        self.stock_limit.setRange(0, 100000)
        self.stock_limit.setSpecialValueText(self.tr("No limit"))
        self.stock_limit.setAccessibleName(self.tr("Units at the sale price"))
        self.stock_limit.setToolTip(self.tr("How many units sell at the sale price; the sale ends when "
                                            "they are claimed"))
        self.stock_limit.valueChanged.connect(self._sale_edited)
        self.seconds = QSpinBox()
        self.seconds.setRange(SALE_MIN_S, SALE_MAX_S)
        self.seconds.setSingleStep(10)
        self.seconds.setValue(SALE_MAX_S)
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.setAccessibleName(self.tr("Sale length"))
        self.seconds.setToolTip(self.tr("How long the sale lasts ({low}–{high} seconds)").format(
            low=SALE_MIN_S, high=SALE_MAX_S))
        self.seconds.valueChanged.connect(self._sale_edited)
        self.on_end = QComboBox()
        for value, text in (("next", self.tr("Go to the next product")), ("unpin", self.tr("Unpin")),
                            ("stay", self.tr("Stay on this product"))):
            self.on_end.addItem(text, value)
        self.on_end.setAccessibleName(self.tr("When the sale ends"))
        self.on_end.setToolTip(self.tr("What happens when the time is up or the units are sold"))
        self.on_end.currentIndexChanged.connect(self._sale_edited)
        self.start_button = QPushButton(self.tr("Start sale"))
        self.start_button.setToolTip(self.tr("Put this product on screen at the sale price with a countdown"))
        self.start_button.clicked.connect(self.start_sale)
        self.stop_button = QPushButton(self.tr("Stop sale"))
        self.stop_button.setToolTip(self.tr("End the sale now: the price goes back, the product stays"))
        self.stop_button.clicked.connect(self.stop_sale)
        self.sale_status = QLabel()
        self.sale_status.setObjectName("saleStatus")
        self.sale_status.setWordWrap(True)
        self.sale_status.setStyleSheet(f"color: {WARN.name()}; font-weight: 600;")
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._show_sale)

        files = QHBoxLayout()
        files.addWidget(self.open_button)
        files.addWidget(self.save_button)
        files.addWidget(self.file_label, 1)
        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.next_button)
        form = QFormLayout()
        form.addRow(self.tr("Sale price:"), self.sale_price)
        form.addRow(self.tr("Units:"), self.stock_limit)
        form.addRow(self.tr("Length:"), self.seconds)
        form.addRow(self.tr("When it ends:"), self.on_end)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        sale_layout = QVBoxLayout(self.sale_box)
        sale_layout.addLayout(form)
        sale_layout.addLayout(buttons)
        sale_layout.addWidget(self.sale_status)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(files)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 2)
        layout.addLayout(steps)
        layout.addWidget(self.points_title)
        layout.addWidget(self.points, 3)
        layout.addWidget(self.sale_box)
        body.setMinimumWidth(280)
        self.setWidget(body)

        bridge.on(session.state.changed, self._on_state_changed)
        bridge.on(self.shop.run.state.changed, self._on_run_changed)
        self._fill()
        self._show_file()
        self._show_sale()

    # -- actions ----------------------------------------------------------------------------------
    def next_product(self) -> None:
        self._call(self.shop.next_product)

    def previous_product(self) -> None:
        self._call(self.shop.previous_product)

    def choose_show(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a show"), self._folder(),
                                              self.tr("Shows (*.json);;All files (*)"))
        if path:
            self.open_show(path)

    def open_show(self, path: str | Path) -> None:
        """Open a show and its catalogue off the GUI thread; a bad file becomes a banner sentence."""
        self.open_button.setEnabled(False)
        self.bridge.run(lambda: self.shop.load_show(path),
                        done=lambda _run: self.open_button.setEnabled(True), failed=self._open_failed)

    def _open_failed(self, sentence: str) -> None:
        self.open_button.setEnabled(True)
        self.bridge.failed.emit(sentence)

    def save_show(self) -> None:
        """Save to the show's file, or ask where the first time."""
        path = self.shop.run.state.path
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the show"),
                                                    str(Path(self._folder()) / "show.json"),
                                                    self.tr("Shows (*.json)"))
            if not chosen:
                return
            path = Path(chosen)
        self.save_points()
        self._call(self.shop.save_show, path)

    def _folder(self) -> str:
        st = self.shop.run.state
        where = st.path or st.catalog
        return str(where.parent) if where is not None else ""

    def start_sale(self) -> None:
        product_id = self._selected_id()
        if product_id is None or not self._sale_edited():
            return
        self._call(self.shop.start_flash_sale, product_id)

    def stop_sale(self) -> None:
        self._call(self.shop.stop_flash_sale)

    def _pin_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._call(self.shop.pin_product, str(item.data(ID_ROLE)))

    def _call(self, action: Callable[..., Any], *args: Any) -> None:
        """A cheap shop action, called here; a refusal becomes a banner sentence."""
        try:
            action(*args)
        except (KeyError, ValueError, OSError) as exc:
            self.bridge.failed.emit(sentence_for(exc))

    # -- the queue --------------------------------------------------------------------------------
    def _title(self, product_id: str) -> str:
        catalog = self.session.catalog
        product = catalog.by_id(product_id) if catalog is not None else None
        return product.title if product is not None else product_id

    def _fill(self) -> None:
        """The list from the run of show (the order, the titles, the product on screen)."""
        queue = self.shop.run.queue
        selected = self._selected_id() or self.session.state.pinned_product
        with QSignalBlocker(self.list):
            self.list.clear()
            for n, product_id in enumerate(queue, start=1):
                item = QListWidgetItem()
                item.setData(ID_ROLE, product_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
                self.list.addItem(item)
                self._label(item, n)
            self._select(selected)
        self.empty.setVisible(not queue)
        self.list.setVisible(bool(queue))
        self._show_selected()

    def _label(self, item: QListWidgetItem, n: int) -> None:
        product_id = str(item.data(ID_ROLE))
        on = product_id == self.session.state.pinned_product
        missing = self.session.catalog is not None and self.session.catalog.by_id(product_id) is None
        text = f"{n}. {self._title(product_id)}"
        if on:
            text = "▶ " + text + "  · " + self.tr("On screen")
        if missing:
            text += "  · " + self.tr("not in the catalogue")
        item.setText(text)
        font = QFont(self.list.font())
        font.setBold(on)
        item.setFont(font)
        item.setForeground(ON_SCREEN_FILL.lighter(170) if on else self.list.palette().text().color())

    def _relabel(self) -> None:
        for n in range(self.list.count()):
            self._label(self.list.item(n), n + 1)

    def _on_rows_moved(self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex,
                       row: int) -> None:
        """A drag in the list: the run of show takes the new order (its echo is not redrawn)."""
        index = row if row < start else row - 1
        item = self.list.item(index)
        if item is None:
            return
        self._call(self.shop.move_product, str(item.data(ID_ROLE)), index)
        self._relabel()

    def _list_ids(self) -> tuple[str, ...]:
        return tuple(str(self.list.item(n).data(ID_ROLE)) for n in range(self.list.count()))

    def _select(self, product_id: str | None) -> None:
        for n in range(self.list.count()):
            if self.list.item(n).data(ID_ROLE) == product_id:
                self.list.setCurrentRow(n)
                return

    def _selected_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    # -- talking points and sale settings of the selected product ------------------------------------
    def _show_selected(self) -> None:
        product_id = self._selected_id()
        if product_id != self._points_for:
            self.save_points()  # the one just left keeps what was typed
        item = self.shop.run.item(product_id)
        self._points_for = product_id
        self.points_title.setText(self.tr("Talking points: {title}").format(title=self._title(product_id))
                                  if product_id else self.tr("Talking points"))
        self._set_points(item.talking_points if item is not None else "")
        self.points.setEnabled(product_id is not None)
        self._show_settings(item)
        self._update_buttons()

    def _set_points(self, text: str) -> None:
        if self.points.toPlainText() != text:
            with QSignalBlocker(self.points):
                self.points.setPlainText(text)

    def _points_edited(self) -> None:
        self._points_timer.start()

    def save_points(self) -> None:
        """The editor's text into the run of show (also on a timer while typing)."""
        self._points_timer.stop()
        product_id = self._points_for
        item = self.shop.run.item(product_id)
        if product_id is not None and item is not None and item.talking_points != self.points.toPlainText():
            self._call(self.shop.set_talking_points, product_id, self.points.toPlainText())

    def _show_settings(self, item: ShowItem | None) -> None:
        sale = item.sale if item is not None else None
        product = self.session.catalog.by_id(item.product_id) if item and self.session.catalog else None
        blockers = [QSignalBlocker(w) for w in (self.sale_price, self.stock_limit, self.seconds, self.on_end)]
        self.sale_price.setText(str(sale.sale_price) if sale and sale.sale_price is not None else "")
        self.sale_price.setPlaceholderText(self.tr("Now {price}").format(
            price=self._price(product.price, product.currency)) if product is not None else "")
        self.stock_limit.setValue(sale.stock_limit or 0 if sale else 0)
        self.seconds.setValue(sale.seconds if sale else SALE_MAX_S)
        self.on_end.setCurrentIndex(max(0, self.on_end.findData(sale.on_end if sale else "next")))
        del blockers

    def _sale_edited(self, *_: object) -> bool:
        """The sale fields into the product's sale settings; False (and a sentence) when the price
        is not a number."""
        product_id = self._selected_id()
        if product_id is None:
            return False
        try:
            price = parse_amount(self.sale_price.text())
            settings = SaleSettings(price, self.stock_limit.value() or None, self.seconds.value(),
                                    self.on_end.currentData())
        except (InvalidOperation, ValueError) as exc:
            message = str(exc) if isinstance(exc, ValueError) else \
                self.tr("The sale price “{text}” is not a number.").format(text=self.sale_price.text())
            self.bridge.failed.emit(sentence_for(ValueError(message)))
            return False
        item = self.shop.run.item(product_id)
        if item is None or item.sale != settings:
            self._call(self.shop.set_sale_settings, product_id, settings)
        return True

    def _price(self, amount: Decimal, currency: str) -> str:
        try:
            return format_price(amount, currency, self.session.settings.locale)
        except ValueError:
            return f"{amount} {currency}"

    # -- the running sale ---------------------------------------------------------------------------
    def _show_sale(self) -> None:
        sale: SaleInfo | None = self.session.state.sale
        if sale is None:
            self.sale_status.setText("")
            self.sale_status.hide()
            self._tick.stop()
        else:
            left = round(sale.seconds_left(now_ns()))
            clock = f"{left // 60}:{left % 60:02d}"
            parts = [self.tr("Sale on {title}: {price}").format(
                title=self._title(sale.product_id), price=self._price(sale.sale_price, sale.currency)),
                self.tr("{clock} left").format(clock=clock)]
            if sale.left is not None:
                parts.append(self.tr("%n unit(s) left", "", sale.left))
            self.sale_status.setText(" · ".join(parts))
            self.sale_status.show()
            if not self._tick.isActive():
                self._tick.start()
        self._update_buttons()

    def _update_buttons(self) -> None:
        queue = bool(self.list.count())
        self.next_button.setEnabled(queue)
        self.previous_button.setEnabled(queue)
        self.start_button.setEnabled(self._selected_id() is not None and self.session.catalog is not None)
        self.stop_button.setEnabled(self.session.state.sale is not None)
        self.save_button.setEnabled(queue)

    def _show_file(self) -> None:
        st = self.shop.run.state
        name = st.path.name if st.path is not None else self.tr("New show")
        self.file_label.setText(name + (" •" if st.unsaved and st.items else ""))
        self.file_label.setToolTip(str(st.path) if st.path is not None else
                                   self.tr("Not saved yet: Save show keeps the queue with the show"))

    # -- model changes ------------------------------------------------------------------------------
    def _on_state_changed(self, change: FieldChange) -> None:
        if self._closed:
            return
        if change.name == "pinned_product":
            self._relabel()
            if change.new is not None:
                self._select(change.new)  # the talking points follow the product on screen
        elif change.name == "sale":
            self._show_sale()
        elif change.name == "catalog_path":
            self._relabel()
            self._show_selected()

    def _on_run_changed(self, change: FieldChange) -> None:
        if self._closed:
            return
        if change.name == "items":
            if self._list_ids() != self.shop.run.queue:
                self._fill()  # reordered or edited elsewhere (the deck, a show opened)
            elif self._points_for is not None and not self.points.hasFocus():
                self._show_selected()  # talking points or sale settings changed elsewhere
            elif self._points_for is not None:
                self._show_settings(self.shop.run.item(self._points_for))
        elif change.name in ("path", "unsaved"):
            self._show_file()

    def close_view(self) -> None:
        if not self._closed:
            self.save_points()
        self._closed = True
        self._tick.stop()


def parse_amount(text: str) -> Decimal | None:
    """A price as a host types it: "12.50", "12,50" (decimal comma), "1,980" or "1.980.000"
    (grouping); None when empty. InvalidOperation when it is not a number."""
    text = text.strip().replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    last = max(text.rfind(","), text.rfind("."))
    if last >= 0 and text.count(text[last]) == 1 and len(text) - last - 1 != 3:
        whole, fraction = text[:last], text[last + 1:]  # one separator, not 3 digits after: decimals
        text = whole.replace(",", "").replace(".", "") + "." + fraction
    else:
        text = text.replace(",", "").replace(".", "") if last >= 0 and len(text) - last - 1 == 3 else text
    return Decimal(text)
