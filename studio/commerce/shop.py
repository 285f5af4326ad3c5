"""The session's shop part: the comment feed wired to the picture and the viewer page.

It keeps three things in step with the feed:
  * stock: a claim that takes a unit redraws the pinned product card and updates the viewer
    page (`StockLedger.changed` → product card + room product message);
  * rule actions: "show_qr" pins the product's card (it carries the QR code), "flash_price"
    puts the pinned price in the banner for a few seconds; "offer_pin" is for the dock;
  * the end of the show: the claims order sheet;
  * a flash sale (`set_sale`): the product's price becomes the sale price (the card strikes the
    old one), the stock claims take is capped at the sale's limit, the units sold are counted,
    and `sold_out` fires when none are left. The units held back go back when it ends.
  * the shop window: every board (a server `Room`) gets the pinned product and the bag (the
    show's products, each with its raw amount and currency so a page formats it in the
    viewer's own locale, its stock and its image's file, which the server serves resized).

Constructed with what it needs (the feed, the overlay stack, a way to pin), so the session
only forwards catalogue loads, pins and the room to it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from studio.commerce.claims import Claim, ClaimStatus, StockChange
from studio.commerce.feed import CommentPipeline
from studio.commerce.money import format_discount, format_price
from studio.commerce.product import Product
from studio.commerce.rules import RuleAction
from studio.commerce.runofshow import SaleInfo
from studio.events import EventedModel, Signal
from studio.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)


class Picture(Protocol):
    """What the shop draws with (the session's `OverlayStack`)."""

    def set_product(self, product: Product | None, corner: Any = ...) -> None: ...

    def set_banner(self, text: str | None, scrolling: bool = False) -> None: ...


class ProductBoard(Protocol):
    """Where viewers see the pinned product (a server `Room`)."""

    def set_product(self, info: dict[str, Any] | None) -> None: ...

    def set_bag(self, info: dict[str, Any], images: dict[str, Path]) -> None:
        """The show's products (`bag_info`) and the image file of each that has one."""


@dataclass
class ShopState(EventedModel):
    pinned_product: str | None = None
    pinned_stock: int | None = None  # the pinned product's units left, as viewers see them
    flashing: str | None = None  # the price text flashing on screen, while it does
    last_export: Path | None = None
    sale: SaleInfo | None = None  # the running flash sale, with the units sold so far


def product_info(product: Product, locale: str) -> dict[str, Any]:
    """The pinned product as the viewer page shows it (JSON). `price`/`original`/`off` are
    formatted for the studio's locale (boards without a browser); `amount`/`original_amount`
    and `currency` let a page format them for the viewer's own. `url` is only ever http(s)."""
    percent = product.discount_percent
    return {"type": "product", "id": product.id, "title": product.title,
            "price": format_price(product.price, product.currency, locale), "stock": product.stock,
            "url": web_url(product.url), "amount": str(product.price), "currency": product.currency,
            "original_amount": str(product.original_price) if percent else None,
            "original": format_price(product.original_price, product.currency, locale)
            if percent and product.original_price is not None else None,
            "discount": percent, "off": format_discount(percent, locale) if percent else None,
            "image": has_image(product)}


def bag_info(products: list[Product], pinned: str | None, locale: str) -> dict[str, Any]:
    """The show's products for the viewer page's bag (JSON), the pinned one marked."""
    items = []
    for product in products:
        info = product_info(product, locale)
        del info["type"]
        items.append({**info, "pinned": product.id == pinned})
    return {"type": "bag", "items": items}


def web_url(url: str | None) -> str | None:
    """`url` if a browser may open it from a Buy button (http or https), else None."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def has_image(product: Product) -> bool:
    return product.image is not None and product.image.is_file()


def sale_info(sale: SaleInfo, locale: str) -> dict[str, Any]:
    """The running flash sale as the viewer page shows it (the "sale" key of the product message)."""
    return {"price": format_price(sale.sale_price, sale.currency, locale), "amount": str(sale.sale_price),
            "original": format_price(sale.original_price, sale.currency, locale),
            "ends_at_ms": int(sale.ends_at * 1000), "limit": sale.stock_limit, "left": sale.left}


@dataclass
class _SaleRun:
    """What a running sale changed, to put back when it ends."""

    sale: SaleInfo
    planned_limit: int | None  # the limit the host asked for
    counted: bool  # the product's stock was counted before the sale
    reserve: int  # units in stock beyond the sale's limit, held back while it runs
    sold: dict[str, int]  # claim id → units it holds (claims made during the sale)


class Shop:
    def __init__(self, feed: CommentPipeline, picture: Picture, locale: str = "en_US",
                 pin: Callable[[str], object] | None = None) -> None:
        self.feed = feed
        self.picture = picture
        self.locale = locale
        self.state = ShopState()
        self.pin_requested: Signal[str] = Signal()  # "offer_pin": the dock offers this product
        self._pin = pin  # the session's pin_product (show_qr uses it so everything follows the pin)
        self._boards: list[ProductBoard] = []
        self._show: tuple[str, ...] | None = None  # the bag's products in order; None: the catalogue
        self._flash_timer: threading.Timer | None = None
        self._flash_restore: tuple[str, bool] | None = None
        self._exported_version = 0
        self._lock = threading.Lock()
        self.sold_out: Signal[str] = Signal()  # the running sale's product has no units left
        self._run: _SaleRun | None = None
        self._sale_lock = threading.RLock()  # start/end/set_stock; never held by the listeners
        feed.stock.changed.connect(self._on_stock_changed)
        feed.claims.changed.connect(self._on_claim)
        feed.actions.connect(self._on_action)

    # -- what the session forwards ----------------------------------------------------------------------
    def set_catalog(self, products: list[Product]) -> None:
        self.feed.set_products(products)
        self._send_bag()

    def set_show(self, product_ids: tuple[str, ...] | None) -> None:
        """The products the bag lists, in order (the run of show's queue); None: the catalogue."""
        if product_ids != self._show:
            self._show = product_ids
            self._send_bag()

    def products(self) -> list[Product]:
        """The show's products (the bag's), each with this show's stock."""
        ids = self._show if self._show is not None else self.feed.product_ids()
        return [p for p in (self.feed.product(i) for i in ids) if p is not None]

    def attach_board(self, board: ProductBoard) -> None:
        """A room whose viewers should see the pinned product (and get it right away)."""
        with self._lock:
            if board not in self._boards:
                self._boards.append(board)
        board.set_product(self._info(self.state.pinned_product))
        board.set_bag(*self._bag())

    def pinned(self, product_id: str | None) -> Product | None:
        """The session pinned (or unpinned) a product: returns it with this show's stock, which the
        card should draw."""
        self.feed.pin_product(product_id)
        product = self.feed.product(product_id)
        self.state.update(pinned_product=product_id, pinned_stock=product.stock if product else None)
        self._show_on_boards(product)
        self._send_bag()
        return product

    def set_sale(self, sale: SaleInfo | None) -> SaleInfo | None:
        """Start a flash sale (None: end the running one). Returns the sale as kept: its
        `stock_limit` is the units offered (at most the units in stock). ValueError when the
        product is sold out."""
        with self._sale_lock:
            self._end_sale()
            if sale is None:
                return None
            pid = sale.product_id
            real = self.feed.stock.stock(pid)
            if real == 0:
                product = self.feed.product(sale.product_id)
                title = product.title if product is not None else sale.product_id
                raise ValueError(Message(QT_TRANSLATE_NOOP(
                    "Notice", "{title} is sold out; set its stock before starting a sale."), title=title))
            limit = sale.stock_limit
            cap = real if limit is None else (limit if real is None else min(limit, real))
            sale = replace(sale, stock_limit=cap, sold=0)
            reserve = real - cap if real is not None and cap is not None else 0
            self._run = _SaleRun(sale, limit, real is not None, reserve, {})
            self.feed.set_offer(pid, sale.sale_price)
            self.state.update(sale=sale)
            if cap != real:
                self.feed.stock.set(pid, cap)  # redraws the card and the boards
            self._redraw(pid)
            return sale

    def set_stock(self, product_id: str, units: int | None) -> None:
        """The host's count of a product's units (None: not counted). During its flash sale the
        sale offers at most what its limit leaves of them."""
        if units is not None and (isinstance(units, bool) or not isinstance(units, int) or units < 0):
            raise ValueError(f"Stock must be a whole number of units, 0 or more, not {units}.")
        with self._sale_lock:
            run = self._run
            if run is None or run.sale.product_id != product_id:
                self.feed.stock.set(product_id, units)
                return
            sold = sum(run.sold.values())
            room = None if run.planned_limit is None else max(run.planned_limit - sold, 0)
            offered = units if room is None else (room if units is None else min(room, units))
            run.counted = units is not None
            run.reserve = units - offered if units is not None and offered is not None else 0
            run.sale = replace(run.sale, stock_limit=None if offered is None else sold + offered)
            self.state.update(sale=run.sale)
            self.feed.stock.set(product_id, offered)
            self._redraw(product_id)

    def _end_sale(self) -> None:
        run, self._run = self._run, None
        if run is None:
            return
        pid = run.sale.product_id
        self.feed.set_offer(pid, None)
        self.state.update(sale=None)
        left = self.feed.stock.stock(pid)
        self.feed.stock.set(pid, (left or 0) + run.reserve if run.counted else None)
        self._redraw(pid)

    def _redraw(self, product_id: str) -> None:
        """The card and the boards again, when they show this product."""
        if product_id == self.state.pinned_product:
            product = self.feed.product(product_id)
            self.picture.set_product(product)
            self.state.update(pinned_stock=product.stock if product else None)
            self._show_on_boards(product)

    def end_show(self, folder: Path, show: str) -> Path | None:
        """Write `claims-<show>.csv` into `folder`; None when nobody claimed anything, or nothing
        changed since the last sheet."""
        version = self.feed.claims.version
        if not self.feed.claims.count() or version == self._exported_version:
            return None
        path = self.feed.export_claims(folder, show)
        self._exported_version = version
        self.state.update(last_export=path)
        return path

    def close(self) -> None:
        self.feed.stock.changed.disconnect(self._on_stock_changed)
        self.feed.claims.changed.disconnect(self._on_claim)
        self.feed.actions.disconnect(self._on_action)
        timer = self._flash_timer
        if timer is not None:
            timer.cancel()

    # -- reactions -----------------------------------------------------------------------------------------
    def _info(self, product_id: str | None) -> dict[str, Any] | None:
        return self._board_info(self.feed.product(product_id))

    def _board_info(self, product: Product | None) -> dict[str, Any] | None:
        if product is None:
            return None
        info = product_info(product, self.locale)
        run = self._run
        if run is not None and run.sale.product_id == product.id:
            info["sale"] = sale_info(run.sale, self.locale)
        return info

    def _show_on_boards(self, product: Product | None) -> None:
        info = self._board_info(product)
        with self._lock:
            boards = list(self._boards)
        for board in boards:
            board.set_product(info)

    def _bag(self) -> tuple[dict[str, Any], dict[str, Path]]:
        products = self.products()
        images = {p.id: p.image for p in products if p.image is not None and has_image(p)}
        return bag_info(products, self.state.pinned_product, self.locale), images

    def _send_bag(self) -> None:
        with self._lock:
            boards = list(self._boards)
        if boards:
            info, images = self._bag()
            for board in boards:
                board.set_bag(info, images)

    def _on_stock_changed(self, change: StockChange) -> None:
        self._send_bag()
        run = self._run
        if run is not None and change.product_id == run.sale.product_id and change.stock == 0:
            self.sold_out.emit(change.product_id)
        if change.product_id != self.state.pinned_product:
            return
        product = self.feed.product(change.product_id)
        if product is None:
            return
        self.picture.set_product(product)
        self.state.update(pinned_stock=product.stock)
        self._show_on_boards(product)

    def _on_claim(self, claim: Claim) -> None:
        """Claims made during a sale count as sold (until cancelled)."""
        run = self._run
        if run is None or claim.product_id != run.sale.product_id:
            return
        if claim.id not in run.sold and claim.status != ClaimStatus.RESERVED:
            return  # made before the sale, or a waitlist place
        run.sold[claim.id] = claim.quantity if claim.status in (ClaimStatus.RESERVED,
                                                                ClaimStatus.CONFIRMED) else 0
        sale = replace(run.sale, sold=sum(run.sold.values()))
        if sale != run.sale and self._run is run:
            run.sale = sale
            self.state.update(sale=sale)
            if sale.product_id == self.state.pinned_product:
                self._show_on_boards(self.feed.product(sale.product_id))

    def _on_action(self, action: RuleAction) -> None:
        if action.action == "show_qr" and action.product_id is not None:
            if action.product_id != self.state.pinned_product and self._pin is not None:
                self._pin(action.product_id)
        elif action.action == "flash_price" and action.product_id is not None:
            self.flash_price(action.product_id, action.seconds)
        elif action.action == "offer_pin" and action.product_id is not None:
            self.pin_requested.emit(action.product_id)

    def flash_price(self, product_id: str, seconds: float) -> None:
        """Show the product's price in the banner for `seconds`, then put back what was there."""
        product = self.feed.product(product_id)
        if product is None:
            return
        text = f"{product.title} — {format_price(product.price, product.currency, self.locale)}"
        with self._lock:
            if self._flash_timer is not None:
                self._flash_timer.cancel()
            else:
                banner = getattr(self.picture, "banner", None)
                self._flash_restore = banner.current() if banner is not None else None
            self._flash_timer = threading.Timer(seconds, self._end_flash)
            self._flash_timer.daemon = True
            self._flash_timer.start()
        self.picture.set_banner(text)
        self.state.update(flashing=text)

    def _end_flash(self) -> None:
        with self._lock:
            self._flash_timer = None
            restore, self._flash_restore = self._flash_restore, None
        self.picture.set_banner(*(restore or (None, False)))
        self.state.update(flashing=None)
