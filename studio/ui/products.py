"""The Products dock: import a catalogue, find a product, pin it on screen, run a flash sale."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
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
    QVBoxLayout,
    QWidget,
)

from studio.commerce.catalog import Catalog
from studio.commerce.money import format_discount, format_price
from studio.commerce.product import Product
from studio.events import FieldChange
from studio.processing.overlays import CORNERS
from studio.session import Session
from studio.ui.bridge import CoreBridge

THUMB = 56
ID_ROLE = Qt.ItemDataRole.UserRole


class ProductsDock(QDockWidget):
    def __init__(self, session: Session, bridge: CoreBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.bridge = session, bridge
        self.setObjectName("products")
        self.setWindowTitle(self.tr("Products"))
        body = QWidget()
        self.import_button = QPushButton(self.tr("Import catalogue…"))
        self.import_button.setToolTip(self.tr("Load products from a CSV or JSON file (Ctrl+O)"))
        self.import_button.clicked.connect(self.choose_catalog)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search products"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.list = QListWidget()
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.itemDoubleClicked.connect(lambda item: self._pin_item(item))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(self.tr("No catalogue yet. Import a CSV or JSON file with id, title, price "
                                    "and currency columns; the demo one is in assets/products."))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #f5a524;")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.pin_button = QPushButton(self.tr("Pin"))
        self.pin_button.setToolTip(self.tr("Show the selected product's card on screen (Ctrl+1…9)"))
        self.pin_button.clicked.connect(lambda: self._pin_item(self.list.currentItem()))
        self.unpin_button = QPushButton(self.tr("Unpin"))
        self.unpin_button.setToolTip(self.tr("Take the card off screen (Esc)"))
        self.unpin_button.clicked.connect(self.unpin)
        self.corner = QComboBox()
        corner_names = {"bottom-left": self.tr("Bottom left"), "bottom-right": self.tr("Bottom right"),
                        "top-left": self.tr("Top left"), "top-right": self.tr("Top right")}
        for corner in CORNERS:
            self.corner.addItem(corner_names.get(corner, corner), corner)
        self.corner.setCurrentIndex(self.corner.findData("bottom-left"))
        self.corner.setToolTip(self.tr("Where the product card sits"))
        self.corner.activated.connect(self._on_corner_changed)
        self.countdown = QSpinBox()
        self.countdown.setRange(10, 300)
        self.countdown.setValue(60)
        self.countdown.setSuffix(self.tr(" s"))
        self.countdown.setToolTip(self.tr("Length of the flash sale"))
        self.start_sale = QPushButton(self.tr("Start flash sale"))
        self.start_sale.setToolTip(self.tr("Show a countdown on screen next to the card"))
        self.start_sale.clicked.connect(self.start_countdown)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.search, 1)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_button)
        pin_row.addWidget(self.unpin_button)
        pin_row.addWidget(self.corner, 1)
        sale_row = QHBoxLayout()
        sale_row.addWidget(self.countdown)
        sale_row.addWidget(self.start_sale, 1)
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problems)
        layout.addLayout(pin_row)
        layout.addLayout(sale_row)
        self.setWidget(body)
        self._placeholder = _placeholder_icon()
        bridge.on(session.state.changed, self._on_state_changed)
        if session.catalog is not None:
            self._show_catalog(session.catalog)
        self._update_buttons()

    # -- catalogue ---------------------------------------------------------------------------
    def choose_catalog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a product catalogue"), "",
                                              self.tr("Catalogues (*.csv *.json);;All files (*)"))
        if path:
            self.import_catalog(path)

    def import_catalog(self, path: str) -> None:
        """Load off the GUI thread; thumbnails are read and scaled there too."""
        def load() -> tuple[Catalog, dict[str, QImage]]:
            catalog = self.session.load_catalog(path)
            return catalog, _thumbnails(catalog.products)

        self.bridge.run(load, done=lambda result: self._show_catalog(*result))

    def _show_catalog(self, catalog: Catalog, thumbs: dict[str, QImage] | None = None) -> None:
        if thumbs is None:  # a catalogue loaded elsewhere (CLI, another view): thumbnails follow
            self.bridge.run(lambda: _thumbnails(catalog.products),
                            done=lambda t: self._show_catalog(catalog, t))
        self.list.clear()
        locale = self.session.settings.locale
        for product in catalog.products:
            item = QListWidgetItem(_describe(product, locale, self.tr))
            item.setData(ID_ROLE, product.id)
            image = (thumbs or {}).get(product.id)
            item.setIcon(QIcon(QPixmap.fromImage(image)) if image is not None else self._placeholder)
            item.setToolTip(f"{product.title}\n{product.url or ''}".strip())
            self.list.addItem(item)
        rejected = [p for p in catalog.problems if p.rejected]
        if catalog.problems:
            count = len(catalog.problems)
            self.problems.setText(
                self.tr("{count} rows skipped or fixed — hover for details.").format(count=count) if rejected
                else self.tr("{count} notes about the file — hover for details.").format(count=count))
            self.problems.setToolTip("\n".join(str(p) for p in catalog.problems))
        self.problems.setVisible(bool(catalog.problems))
        self.empty.setVisible(not catalog.products)
        if not catalog.products:
            self.empty.setText(self.tr("This catalogue has no usable products."))
        self._apply_filter(self.search.text())
        self._mark_pinned()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            hay = f"{item.text()} {item.data(ID_ROLE)}".casefold()
            item.setHidden(bool(needle) and needle not in hay)

    def visible_items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count()) if not self.list.item(i).isHidden()]

    # -- pin -----------------------------------------------------------------------------------
    def pin_index(self, n: int) -> None:
        """Pin the n-th product shown (1-based), as Ctrl+n does."""
        items = self.visible_items()
        if 1 <= n <= len(items):
            self.list.setCurrentItem(items[n - 1])
            self._pin_item(items[n - 1])

    def _pin_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        try:
            self.session.pin_product(str(item.data(ID_ROLE)), self.corner.currentData())
        except (KeyError, ValueError) as exc:
            self.bridge.failed.emit(str(exc).strip("'\""))

    def unpin(self) -> None:
        self.session.pin_product(None)

    def _on_corner_changed(self, _index: int) -> None:
        pinned = self.session.state.pinned_product
        if pinned:
            self.session.pin_product(pinned, self.corner.currentData())

    def start_countdown(self) -> None:
        try:
            self.session.start_countdown(self.countdown.value())
        except ValueError as exc:
            self.bridge.failed.emit(str(exc))

    # -- state ---------------------------------------------------------------------------------
    def _on_state_changed(self, change: FieldChange) -> None:
        if change.name == "pinned_product":
            self._mark_pinned()

    def _mark_pinned(self) -> None:
        pinned = self.session.state.pinned_product
        for i in range(self.list.count()):
            item = self.list.item(i)
            font = QFont(item.font())
            font.setBold(item.data(ID_ROLE) == pinned)
            item.setFont(font)
            highlight = QColor(48, 164, 108, 60) if item.data(ID_ROLE) == pinned else QColor(0, 0, 0, 0)
            item.setBackground(highlight)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.pin_button.setEnabled(self.list.currentItem() is not None)
        self.unpin_button.setEnabled(self.session.state.pinned_product is not None)
        self.start_sale.setEnabled(self.list.count() > 0)

    def close_view(self) -> None:
        pass


def _describe(product: Product, locale: str, tr: Callable[[str], str]) -> str:
    line = format_price(product.price, product.currency, locale)
    if product.discount_percent and product.original_price is not None:
        was = format_price(product.original_price, product.currency, locale)
        off = format_discount(product.discount_percent, locale)
        line += "  " + tr("(was {price}, {discount})").format(price=was, discount=off)
    if product.stock is not None:
        line += "  · " + (tr("sold out") if product.stock == 0 else
                          tr("{count} left").format(count=product.stock))
    return f"{product.title}\n{line}"


def _thumbnails(products: list[Product]) -> dict[str, QImage]:
    """Read and scale product images (QImage is safe off the GUI thread; QPixmap is not)."""
    thumbs = {}
    for product in products:
        if product.image is None or not Path(product.image).is_file():
            continue
        image = QImage(str(product.image))
        if not image.isNull():
            thumbs[product.id] = image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation)
    return thumbs


def _placeholder_icon() -> QIcon:
    pixmap = QPixmap(THUMB, THUMB)
    pixmap.fill(QColor("#26292b"))
    p = QPainter(pixmap)
    p.setPen(QColor("#5f6468"))
    p.drawRect(0, 0, THUMB - 1, THUMB - 1)
    p.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "?")
    p.end()
    return QIcon(pixmap)
