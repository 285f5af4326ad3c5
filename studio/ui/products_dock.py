"""The Products dock: import a catalogue, find a product, pin its card on screen, choose the
card's corner and run a flash-sale countdown.

A thin view: the catalogue lives in the session, `state.pinned_product` says what is on
screen. Loading the file runs through the bridge; thumbnails are read and scaled on a
worker thread of their own (QImage is safe there, QPixmap is not), so a big catalogue
never freezes the window nor delays the session's own actions."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QImage,
    QImageReader,
    QPainter,
    QPalette,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from studio.commerce.catalog import Catalog, CatalogPreview, ColumnsNeeded
from studio.commerce.claims import StockChange
from studio.commerce.columns import ColumnMap
from studio.commerce.money import format_discount, format_price, locale_currency
from studio.commerce.product import Product
from studio.events import FieldChange
from studio.paths import assets_dir
from studio.processing.overlays import CORNERS, COUNTDOWN_MAX_S, COUNTDOWN_MIN_S, LOW_STOCK
from studio.session import Session
from studio.ui.bridge import CoreBridge, sentence_for
from studio.ui.column_dialog import ColumnDialog
from studio.ui.theme import ALERT_FILL, ON_SCREEN_FILL
from studio.ui.widgets import paint_chip

DEMO_CATALOG = assets_dir() / "products" / "demo.csv"
THUMB = 56  # logical pixels; images are scaled for the screen's device pixel ratio
PAD = 6
ID_ROLE = Qt.ItemDataRole.UserRole
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
PRICE_ROLE = Qt.ItemDataRole.UserRole + 2  # formatted price
WAS_ROLE = Qt.ItemDataRole.UserRole + 3  # formatted original price, or None
DISCOUNT_ROLE = Qt.ItemDataRole.UserRole + 4  # "-38%", or None
STOCK_ROLE = Qt.ItemDataRole.UserRole + 5  # (text, "ok" | "low" | "out"), or None
PINNED_ROLE = Qt.ItemDataRole.UserRole + 6
THUMB_ROLE = Qt.ItemDataRole.UserRole + 7  # True once the product's own picture is shown

# Meaningful colours that read on dark and light palettes alike.
ON_SCREEN = ON_SCREEN_FILL  # white text on it: AA contrast
DISCOUNT = ALERT_FILL
LOW = QColor("#f5a524")
SOLD_OUT = QColor("#e5484d")


class ProductsDock(QDockWidget):
    def __init__(self, session: Session, bridge: CoreBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.bridge = session, bridge
        self.setObjectName("products")
        self.setWindowTitle(self.tr("Products"))
        self._catalog: Catalog | None = None
        self._generation = 0  # bumps on every catalogue shown: stale thumbnails are dropped
        self._thumb_pool: concurrent.futures.ThreadPoolExecutor | None = None
        self._closed = False
        self.column_dialog: ColumnDialog | None = None  # open while the host chooses columns
        self._placeholder = _placeholder_icon(self.devicePixelRatioF())

        body = QWidget()
        self.import_button = QPushButton(self.tr("Import catalogue…"))
        self.import_button.setToolTip(self.tr("Load products from a CSV, Excel (.xlsx) or JSON file, or a "
                                              "TikTok Shop, Shopee or Lazada export"))
        self.import_button.clicked.connect(self.choose_catalog)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or id"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search products"))
        self.search.setToolTip(self.tr("Show only the products whose name or id contains this text"))
        self.search.textChanged.connect(self._apply_filter)
        self.source = QLabel()  # "7 products · demo.csv"
        self.source.setStyleSheet("color: palette(placeholder-text);")  # muted, in any theme
        self.list = QListWidget()
        self.list.setItemDelegate(_ProductDelegate(self.tr("On screen"), self.list))
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(3 * (THUMB + 2 * PAD))
        self.list.setToolTip(self.tr("Double-click a product, or press Enter, to show its card on screen"))
        self.list.setAccessibleName(self.tr("Products"))
        self.list.itemActivated.connect(self._pin_item)  # double-click, or Enter from the keyboard
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_button = QPushButton(self.tr("Try with demo products"))
        self.demo_button.setObjectName("tryDemo")
        self.demo_button.setToolTip(self.tr("Load seven sample products and pin the first one on screen"))
        self.demo_button.clicked.connect(self.try_demo)
        self.problems = QLabel()
        self.problems.setObjectName("warningText")
        self.problems.setStyleSheet(f"color: {LOW.name()};")
        self.problems.setWordWrap(True)
        self.problems.hide()

        self.pin_button = QPushButton(self.tr("Pin"))
        self.pin_button.setToolTip(self.tr("Show the selected product's card on screen (Ctrl+1…9 pins "
                                           "the first nine products shown)"))
        self.pin_button.clicked.connect(self.pin_selected)
        self.unpin_button = QPushButton(self.tr("Unpin"))
        self.unpin_button.setToolTip(self.tr("Take the product card off screen (Esc)"))
        self.unpin_button.clicked.connect(self.unpin)
        self.corner = QComboBox()
        names = {"top-left": self.tr("Top left"), "top-right": self.tr("Top right"),
                 "bottom-left": self.tr("Bottom left"), "bottom-right": self.tr("Bottom right")}
        for corner in CORNERS:
            self.corner.addItem(names.get(corner, corner), corner)
        self.corner.setCurrentIndex(self.corner.findData("bottom-left"))
        self.corner.setToolTip(self.tr("The corner of the picture where the product card sits"))
        self.corner.setAccessibleName(self.tr("Card corner"))
        self.corner.currentIndexChanged.connect(self._on_corner_changed)
        self.countdown = QSpinBox()
        self.countdown.setRange(COUNTDOWN_MIN_S, COUNTDOWN_MAX_S)
        self.countdown.setSingleStep(10)
        self.countdown.setValue(60)
        self.countdown.setSuffix(self.tr(" s"))
        self.countdown.setToolTip(self.tr("How long the flash sale lasts ({low}–{high} seconds)").format(
            low=COUNTDOWN_MIN_S, high=COUNTDOWN_MAX_S))
        self.countdown.setAccessibleName(self.tr("Flash sale length"))
        self.start_sale = QPushButton(self.tr("Start flash sale"))
        self.start_sale.setToolTip(self.tr("Show a flash-sale countdown on screen"))
        self.start_sale.clicked.connect(self.start_countdown)

        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.search, 1)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_button)
        pin_row.addWidget(self.unpin_button)
        pin_row.addSpacing(8)
        pin_row.addWidget(QLabel(self.tr("Card:")))
        pin_row.addWidget(self.corner, 1)
        sale_row = QHBoxLayout()
        sale_row.addWidget(QLabel(self.tr("Flash sale:")))
        sale_row.addWidget(self.countdown)
        sale_row.addWidget(self.start_sale, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.source)
        layout.addWidget(self.empty, 1)  # the empty state takes the list's place
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problems)
        layout.addLayout(pin_row)
        layout.addLayout(sale_row)
        body.setMinimumWidth(280)
        self.setWidget(body)

        bridge.on(session.state.changed, self._on_state_changed)
        bridge.on(session.comments.stock.changed, self._on_stock_changed)  # claims take units live
        if session.catalog is not None:  # loaded before this view existed (CLI, restored session)
            self._show_catalog(session.catalog)
        self._refresh_empty()
        self._update_buttons()

    # -- catalogue --------------------------------------------------------------------------------
    def choose_catalog(self) -> None:
        start = str(self.session.state.catalog_path.parent) if self.session.state.catalog_path else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a product catalogue"), start,
                                              self.tr("Catalogues (*.csv *.xlsx *.json);;All files (*)"))
        if path:
            self.import_catalog(path)

    def import_catalog(self, path: str | Path, pin_first: bool = False,
                       column_map: ColumnMap | None = None) -> None:
        """Load a catalogue off the GUI thread; an unreadable file becomes a banner sentence,
        a spreadsheet with unknown columns opens the column dialog."""
        self.import_button.setEnabled(False)
        self.demo_button.setEnabled(False)
        self.import_button.setText(self.tr("Importing…"))
        self.bridge.run(partial(self._load, path, column_map),
                        done=partial(self._on_imported, pin_first=pin_first), failed=self._on_import_failed)

    def _load(self, path: str | Path, column_map: ColumnMap | None) -> Catalog | CatalogPreview:
        """Worker thread: the catalogue, or what the column dialog needs to show."""
        try:
            return self.session.load_catalog(path, column_map)
        except ColumnsNeeded as exc:
            return exc.preview

    def ask_columns(self, preview: CatalogPreview, pin_first: bool = False) -> ColumnDialog:
        """Open the column dialog; Import loads the file again with the host's map (which the
        session remembers for files with the same columns)."""
        dialog = ColumnDialog(preview, locale_currency(self.session.settings.locale), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.column_dialog = dialog

        def chosen() -> None:
            self.import_catalog(preview.path, pin_first, dialog.column_map())

        def closed() -> None:
            self.column_dialog = None

        dialog.accepted.connect(chosen)
        dialog.finished.connect(closed)
        dialog.open()
        return dialog

    def try_demo(self) -> None:
        """The demo catalogue in one click, its first product pinned: a card on screen at once."""
        self.import_catalog(DEMO_CATALOG, pin_first=True)

    def _on_imported(self, catalog: Catalog | CatalogPreview, pin_first: bool = False) -> None:
        self._import_finished()
        if isinstance(catalog, CatalogPreview):
            if not self._closed:
                self.ask_columns(catalog, pin_first)
            return
        self._show_catalog(catalog)
        if pin_first and catalog.products:
            self.pin_index(1)

    def _on_import_failed(self, sentence: str) -> None:
        self._import_finished()
        self.bridge.failed.emit(sentence)

    def _import_finished(self) -> None:
        self.import_button.setEnabled(True)
        self.demo_button.setEnabled(True)
        self.import_button.setText(self.tr("Import catalogue…"))

    def _show_catalog(self, catalog: Catalog) -> None:
        if self._closed or catalog is self._catalog:
            return
        self._catalog = catalog
        self._generation += 1
        locale = self.session.settings.locale
        self.list.clear()
        for product in catalog.products:
            self.list.addItem(self._make_item(product, locale))
        count = len(catalog.products)
        products = self.tr("%n product(s)", "", count)
        sheet = f" · {catalog.sheet}" if catalog.sheet else ""
        self.source.setText(f"{products} · {catalog.path.name}{sheet}")
        tip = [str(catalog.path)]
        if catalog.columns is not None and catalog.columns.layout:
            tip.append(self.tr("Columns read as a {layout} file").format(layout=catalog.columns.layout))
        elif catalog.columns is not None and catalog.columns.signature in {
                m.signature for m in self.session.shop.column_memory.maps()}:
            tip.append(self.tr("Columns as you chose them for files like this one"))
        self.source.setToolTip("\n".join(tip))
        self._show_problems(catalog)
        self._apply_filter(self.search.text())
        self._mark_pinned(self.session.state.pinned_product)
        self._load_thumbnails(catalog.products)

    def _stock_label(self, stock: int | None) -> tuple[str, str] | None:
        if stock is None:
            return None
        if stock == 0:
            return (self.tr("Sold out"), "out")
        if stock <= LOW_STOCK:
            return (self.tr("Only %n left", "", stock), "low")
        return (self.tr("%n in stock", "", stock), "ok")

    def _on_stock_changed(self, change: StockChange) -> None:
        """A claim (or a cancel) changed a product's units left: the row follows."""
        if self._closed:
            return
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(ID_ROLE) == change.product_id:
                # The count now, not the event's: claims and cancels may report out of order.
                stock = self._stock_label(self.session.comments.stock.stock(change.product_id))
                item.setData(STOCK_ROLE, stock)
                title, line = item.text().split("\n", 1)
                line = line.split("  · ")[0] + (f"  · {stock[0]}" if stock else "")
                item.setText(f"{title}\n{line}")

    def _make_item(self, product: Product, locale: str) -> QListWidgetItem:
        price = _price(product.price, product.currency, locale)
        was = discount = None
        if product.discount_percent and product.original_price is not None:
            was = _price(product.original_price, product.currency, locale)
            discount = format_discount(product.discount_percent, locale)
        stock = self._stock_label(product.stock)
        # The display text is the plain version (accessibility, copy); the delegate paints it nicely.
        line = price + (f"  {was}  {discount}" if was else "") + (f"  · {stock[0]}" if stock else "")
        item = QListWidgetItem(f"{product.title}\n{line}")
        item.setData(ID_ROLE, product.id)
        item.setData(TITLE_ROLE, product.title)
        item.setData(PRICE_ROLE, price)
        item.setData(WAS_ROLE, was)
        item.setData(DISCOUNT_ROLE, discount)
        item.setData(STOCK_ROLE, stock)
        item.setData(PINNED_ROLE, False)
        item.setData(THUMB_ROLE, False)
        item.setIcon(self._placeholder)
        tip = [product.title, self.tr("Id: {id}").format(id=product.id)]
        if product.url:
            tip.append(product.url)
        if product.image is None:
            tip.append(self.tr("No picture: the card shows a placeholder."))
        item.setToolTip("\n".join(tip))
        return item

    def _show_problems(self, catalog: Catalog) -> None:
        skipped = len({p.line for p in catalog.problems if p.rejected})
        notes = sum(1 for p in catalog.problems if not p.rejected)
        parts = []
        if skipped:
            parts.append(self.tr("%n row(s) skipped", "", skipped))
        if notes:
            parts.append(self.tr("%n note(s)", "", notes))
        if parts:
            self.problems.setText("⚠ " + " · ".join(parts) + " " + self.tr("(hover for details)"))
            self.problems.setToolTip("\n".join(str(p) for p in catalog.problems))
        self.problems.setVisible(bool(parts))

    # -- thumbnails -------------------------------------------------------------------------------
    def _load_thumbnails(self, products: list[Product]) -> None:
        wanted = [(p.id, p.image) for p in products if p.image is not None]
        if not wanted:
            return
        if self._thumb_pool is None:
            self._thumb_pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="Thumbnails")
        generation, scale = self._generation, self.devicePixelRatioF()
        self._thumb_pool.submit(self._read_thumbnails, generation, wanted, scale)

    def _read_thumbnails(self, generation: int, wanted: list[tuple[str, Path]], scale: float) -> None:
        """Worker thread: read and scale each picture, hand each one to the GUI thread."""
        for product_id, path in wanted:
            if self._closed or generation != self._generation:  # closed, or a newer catalogue
                return
            image = _read_thumbnail(path, THUMB, scale)
            if image is not None:
                self.bridge.call_soon(partial(self._set_thumbnail, generation, product_id, image))

    def _set_thumbnail(self, generation: int, product_id: str, image: QImage) -> None:
        if self._closed or generation != self._generation:
            return
        item = self._item(product_id)
        if item is not None:
            item.setIcon(QIcon(QPixmap.fromImage(image)))
            item.setData(THUMB_ROLE, True)

    # -- search -----------------------------------------------------------------------------------
    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            haystack = f"{item.data(TITLE_ROLE)}\n{item.data(ID_ROLE)}".casefold()
            item.setHidden(bool(needle) and needle not in haystack)
        for item in self.list.selectedItems():
            if item.isHidden():  # Pin must never act on a product the host cannot see
                item.setSelected(False)
        self._refresh_empty()
        self._update_buttons()

    def visible_items(self) -> list[QListWidgetItem]:
        """The products the search leaves in the list, top to bottom."""
        return [item for i in range(self.list.count()) if not (item := self.list.item(i)).isHidden()]

    def _refresh_empty(self) -> None:
        if self._catalog is None:
            text = self.tr("No catalogue yet. Import a CSV, Excel or JSON file with id, title, price and "
                           "currency columns (image, url, stock and original_price are optional), or a "
                           "product export from TikTok Shop, Shopee or Lazada.")
        elif not self._catalog.products:
            text = self.tr("This catalogue has no usable products. Fix the rows listed below and "
                           "import it again.")
        elif not self.visible_items():
            text = self.tr("No product matches “{text}”.").format(text=self.search.text().strip())
        else:
            text = ""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))
        self.demo_button.setVisible(self._catalog is None and DEMO_CATALOG.is_file())
        self.list.setVisible(not text)
        self.search.setEnabled(self._catalog is not None and bool(self._catalog.products))

    # -- pin, corner, flash sale ------------------------------------------------------------------
    def pin_index(self, n: int) -> None:
        """Pin the n-th product shown (1-based), as Ctrl+n does; out of range does nothing."""
        items = self.visible_items()
        if 1 <= n <= len(items):
            self.list.setCurrentItem(items[n - 1])
            self._pin_item(items[n - 1])

    def pin_selected(self) -> None:
        self._pin_item(self.selected_item())

    def selected_item(self) -> QListWidgetItem | None:
        selected = self.list.selectedItems()
        return selected[0] if selected else None

    def _pin_item(self, item: QListWidgetItem | None) -> None:
        if item is None or item.isHidden():
            return
        self._call(self.session.pin_product, str(item.data(ID_ROLE)), self.corner.currentData())

    def unpin(self) -> None:
        self._call(self.session.pin_product, None)

    def start_countdown(self) -> None:
        self._call(self.session.shop.start_pinned_sale, self.countdown.value())

    def _on_corner_changed(self, _index: int) -> None:
        pinned = self.session.state.pinned_product
        if pinned is not None:  # move the card that is on screen now
            self._call(self.session.pin_product, pinned, self.corner.currentData())

    def _call(self, setter: Callable[..., Any], *args: Any) -> None:
        """A cheap session setter, called here; a refusal becomes a banner sentence."""
        try:
            setter(*args)
        except (KeyError, ValueError) as exc:
            self.bridge.failed.emit(sentence_for(exc))

    # -- state ------------------------------------------------------------------------------------
    def _on_state_changed(self, change: FieldChange) -> None:
        if self._closed:
            return
        if change.name == "pinned_product":
            self._mark_pinned(change.new)
        elif change.name == "catalog_path" and self.session.catalog is not None:
            self._show_catalog(self.session.catalog)  # loaded by someone else (menu, CLI)

    def _mark_pinned(self, pinned: str | None) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = item.data(ID_ROLE) == pinned
            if bool(item.data(PINNED_ROLE)) != on:
                item.setData(PINNED_ROLE, on)
                font = QFont(item.font())
                font.setBold(on)
                item.setFont(font)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected_item()
        self.pin_button.setEnabled(selected is not None and not selected.isHidden())
        self.unpin_button.setEnabled(self.session.state.pinned_product is not None)

    def _item(self, product_id: str) -> QListWidgetItem | None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == product_id:
                return self.list.item(i)
        return None

    def close_view(self) -> None:
        """Stop listening and drop pending thumbnail work (CoreBridge has no per-view
        disconnect: the state handler turns into a no-op)."""
        self._closed = True
        if self._thumb_pool is not None:
            self._thumb_pool.shutdown(wait=False, cancel_futures=True)
            self._thumb_pool = None


class _ProductDelegate(QStyledItemDelegate):
    """Paints a product row: picture, title, price with the struck-out original price and the
    discount, stock, and an "On screen" chip on the pinned one. Colours come from the palette."""

    def __init__(self, on_screen_text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.on_screen_text = on_screen_text

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        lines = 3 * QFontMetrics(option.font).height()
        return QSize(240, max(THUMB, lines) + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        icon = QIcon(opt.icon)  # a copy: PySide hands out the option's own member
        opt.icon, opt.text = QIcon(), ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # background

        painter.save()
        rect = opt.rect.adjusted(PAD, PAD, -PAD, -PAD)
        picture = QRect(rect.left(), rect.top() + (rect.height() - THUMB) // 2, THUMB, THUMB)
        icon.paint(painter, picture, Qt.AlignmentFlag.AlignCenter)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = opt.palette.color(role)
        muted = QColor(ink)
        muted.setAlphaF(0.62)
        x = picture.right() + 10
        width = rect.right() - x
        line_h = QFontMetrics(opt.font).height()
        top = rect.top() + max(0, (rect.height() - 3 * line_h) // 2)

        pinned = bool(index.data(PINNED_ROLE))
        title_font = QFont(opt.font)
        title_font.setBold(pinned)
        if pinned:  # the chip first, so the title elides before it
            chip_w = paint_chip(painter, opt.font, self.on_screen_text, ON_SCREEN, rect.right(), top, line_h,
                           align_right=True)
            width -= chip_w + 6
        painter.setFont(title_font)
        painter.setPen(ink)
        title = QFontMetrics(title_font).elidedText(str(index.data(TITLE_ROLE) or ""),
                                                    Qt.TextElideMode.ElideRight, max(0, width))
        painter.drawText(QRect(x, top, max(0, width), line_h), Qt.AlignmentFlag.AlignVCenter, title)

        y = top + line_h
        bold = QFont(opt.font)
        bold.setBold(True)
        price = str(index.data(PRICE_ROLE) or "")
        painter.setFont(bold)
        painter.drawText(QRect(x, y, rect.right() - x, line_h), Qt.AlignmentFlag.AlignVCenter, price)
        cursor = x + QFontMetrics(bold).horizontalAdvance(price) + 8
        was = index.data(WAS_ROLE)
        if was:
            struck = QFont(opt.font)
            struck.setStrikeOut(True)
            painter.setFont(struck)
            painter.setPen(muted)
            painter.drawText(QRect(cursor, y, max(0, rect.right() - cursor), line_h),
                             Qt.AlignmentFlag.AlignVCenter, str(was))
            cursor += QFontMetrics(struck).horizontalAdvance(str(was)) + 8
        discount = index.data(DISCOUNT_ROLE)
        if discount and cursor < rect.right():
            paint_chip(painter, opt.font, str(discount), DISCOUNT, cursor, y, line_h)

        stock = index.data(STOCK_ROLE)
        if stock:
            text, level = stock
            painter.setFont(opt.font)
            painter.setPen({"out": SOLD_OUT, "low": LOW}.get(level, muted) if not selected else ink)
            painter.drawText(QRect(x, y + line_h, max(0, width), line_h), Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(opt.font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                               max(0, width)))
        painter.restore()


def _price(amount: Any, currency: str, locale: str) -> str:
    try:
        return format_price(amount, currency, locale)
    except ValueError:  # an unknown locale in the settings must not hide the catalogue
        return f"{amount} {currency}"


def _read_thumbnail(path: Path, size: int, scale: float) -> QImage | None:
    """Read a picture already scaled to fit `size` (decoders downscale while reading), with
    its EXIF orientation applied. Any thread."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    source = reader.size()
    target = round(size * scale)
    if source.isValid() and (source.width() > target or source.height() > target):
        reader.setScaledSize(source.scaled(target, target, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > target or image.height() > target:  # formats that ignore setScaledSize
        image = image.scaled(target, target, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    image.setDevicePixelRatio(scale)
    return image


def _placeholder_icon(scale: float) -> QIcon:
    """A neutral box with a picture glyph, drawn half-transparent so it suits any theme."""
    side = round(THUMB * scale)
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    grey = QColor(128, 128, 128, 70)
    p.setBrush(grey)
    p.setPen(QColor(128, 128, 128, 140))
    p.drawRoundedRect(1, 1, side - 2, side - 2, 6 * scale, 6 * scale)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(128, 128, 128, 160))  # a sun over two hills: "no picture"
    p.drawEllipse(QPointF(side * 0.66, side * 0.34), side * 0.08, side * 0.08)
    p.drawPolygon(QPolygonF([QPointF(side * 0.18, side * 0.76), QPointF(side * 0.40, side * 0.44),
                             QPointF(side * 0.58, side * 0.76)]))
    p.drawPolygon(QPolygonF([QPointF(side * 0.44, side * 0.76), QPointF(side * 0.62, side * 0.54),
                             QPointF(side * 0.82, side * 0.76)]))
    p.end()
    pixmap.setDevicePixelRatio(scale)
    return QIcon(pixmap)
