"""The shop part: the catalogue, the pinned product, the flash-sale countdown, the comment
feed (moderation, language, intents, drafts, claims, rules) with the stock it moves, and the
run of show (the queue the host pins along, talking points, flash sales that end by
themselves when their time is up or their units are sold)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from studio import paths
from studio.commerce.catalog import Catalog, load_catalog
from studio.commerce.columns import ColumnMap, ColumnMemory
from studio.commerce.comments import Comment, make_comment
from studio.commerce.feed import CommentPipeline
from studio.commerce.money import format_price
from studio.commerce.product import Product
from studio.commerce.runofshow import RunOfShow, SaleInfo, SaleSettings
from studio.commerce.shop import Shop as StockKeeper
from studio.events import EventedModel, FieldChange
from studio.media.frames import now_ns
from studio.messages import QT_TRANSLATE_NOOP, Message
from studio.processing.overlays import OverlayStack
from studio.session.notices import Notices

if TYPE_CHECKING:
    from studio.server.room import Room


@dataclass
class ShopState(EventedModel):
    catalog_path: Path | None = None
    pinned_product: str | None = None
    pinned_comment: str | None = None  # id of the comment shown on screen
    countdown_ends_ns: int | None = None  # the flash sale's end, while one runs
    sale: SaleInfo | None = None  # the running flash sale (units sold so far, time it ends)
    queue: tuple[str, ...] = ()  # the run of show's product ids, in order
    taps: dict[str, int] = field(default_factory=dict)  # Buy taps per product on the viewer pages


class Cancellable(Protocol):
    def cancel(self) -> None: ...


def start_timer(seconds: float, call: Callable[[], None]) -> Cancellable:
    """Call `call` once after `seconds` on a timer thread (the sale's end)."""
    timer = threading.Timer(seconds, call)
    timer.daemon = True
    timer.start()
    return timer


class Shop:
    def __init__(self, overlays: OverlayStack, notices: Notices, locale: str = "en_US",
                 shop_dir: Path | None = None, column_maps: Path | None = None) -> None:
        self.overlays = overlays
        self.notices = notices
        self.state = ShopState()
        self.catalog: Catalog | None = None
        # The column maps the host chose for spreadsheet layouts Seller Studio did not know.
        self.column_memory = ColumnMemory(column_maps or paths.column_maps_file())
        self.comments = self._make_feed(shop_dir)
        self.comments.replier = self.reply
        # Claims move stock: the pinned card, the viewer page and the window follow it.
        self.stock = StockKeeper(self.comments, overlays, locale, pin=self.pin_product)
        self.host_name = "Host"
        self._room: Room | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        # The run of show: the queue, talking points and sale settings.
        self.run = RunOfShow()
        self.run.state.changed.connect(self._on_run_changed)
        self.sale_timer: Callable[[float, Callable[[], None]], Cancellable] = start_timer  # tests speed it up
        self._sale_lock = threading.RLock()
        self._sale_end: Cancellable | None = None
        self._sale_gen = 0  # a timer of an earlier sale does nothing
        self.stock.sold_out.connect(lambda pid: self._sale_ended_later("sold_out"))
        self.stock.state.changed.connect(self._on_stock_state)
        # The viewer pages' bag lists the queue; their Buy taps come back per room.
        self._rooms: list[Room] = []
        self.state.changed.connect(self._on_own_state)

    def attach_room(self, room: Room, loop: asyncio.AbstractEventLoop) -> None:
        """Comments come from the embedded server's viewers; host replies go out to them."""
        self._room, self._loop = room, loop
        room.feed = self.comments  # moderation decides what viewers see
        self.stock.attach_board(room)  # the pinned product and its stock on the page
        if room not in self._rooms:
            self._rooms.append(room)
            room.taps_changed.connect(self._on_taps)

    def _on_taps(self, _room: Room) -> None:
        taps: dict[str, int] = {}
        for room in list(self._rooms):
            for product_id, count in list(room.taps.items()):
                taps[product_id] = taps.get(product_id, 0) + count
        self.state.update(taps=taps)

    def _on_own_state(self, change: FieldChange) -> None:
        if change.name == "queue":
            self.stock.set_show(tuple(change.new) or None)

    # -- catalogue and pins ---------------------------------------------------------------------------
    def load_catalog(self, path: str | Path, column_map: ColumnMap | None = None) -> Catalog:
        """Load a catalogue (CatalogError on an unreadable file, its ColumnsNeeded when the
        columns must be chosen); bad rows become notices. A `column_map` the host chose is
        remembered for every later file with the same header."""
        catalog = load_catalog(Path(path), column_map, self.column_memory)
        if column_map is not None and catalog.columns is not None:
            self.column_memory.remember(catalog.columns)
        self.stop_flash_sale()  # its prices and limits belong to the old catalogue
        self.catalog = catalog
        self.stock.set_catalog(catalog.products)
        self.state.update(catalog_path=Path(path))
        self.run.state.update(catalog=Path(path))
        if self.run.state.path is None:  # a show not saved yet follows the catalogue
            ids = [p.id for p in catalog.products]
            known = set(ids)
            kept = [pid for pid in self.run.queue if pid in known]  # in the host's order
            unsaved = self.run.state.unsaved
            self.run.set_queue(kept + [pid for pid in ids if pid not in kept])
            self.run.state.update(unsaved=unsaved)
        for problem in catalog.problems:
            self.notices.say("warning", str(problem))
        return catalog

    def pin_product(self, product: Product | str | None, corner: str = "bottom-left") -> Product | None:
        if isinstance(product, str):
            if self.catalog is None or self.catalog.by_id(product) is None:
                raise KeyError(f"No product with id {product!r} in the catalogue.")
            product = self.catalog.by_id(product)
        # The card shows this show's stock, after claims.
        shown = self.stock.pinned(product.id if product is not None else None)  # type: ignore[union-attr]
        product = shown or product
        sale = self.state.sale
        if sale is not None and (product is None or product.id != sale.product_id):
            self.stop_flash_sale()  # the countdown belongs to the product it is for
        self.overlays.set_product(product, corner)  # type: ignore[arg-type]
        self.state.update(pinned_product=product.id if product else None)
        self.run.state.update(current=product.id if product else None)
        return product

    def start_countdown(self, seconds: int, label: str | None = None) -> None:
        """A plain countdown on the picture (no sale price); a running sale ends first."""
        self.stop_flash_sale()
        start = now_ns()
        self.overlays.start_countdown(seconds, start, label)
        self.state.update(countdown_ends_ns=start + seconds * 1_000_000_000)

    def stop_countdown(self) -> None:
        self.overlays.stop_countdown()
        self.state.update(countdown_ends_ns=None)

    # -- run of show -----------------------------------------------------------------------------------
    def next_product(self) -> str | None:
        """Pin the product after the pinned one in the queue (the first when none is pinned);
        None, and nothing changes, at the end of the queue."""
        return self._step(self.run.next_after)

    def previous_product(self) -> str | None:
        """Pin the product before the pinned one (the first when none is pinned); None at the start."""
        return self._step(self.run.previous_before)

    def _step(self, find: Callable[[str | None, set[str] | None], str | None]) -> str | None:
        available = {p.id for p in self.catalog.products} if self.catalog is not None else set()
        product_id = find(self.state.pinned_product, available)
        if product_id is not None and product_id != self.state.pinned_product:
            self.pin_product(product_id)
        return product_id

    def move_product(self, product_id: str, index: int) -> None:
        self.run.move(product_id, index)

    def add_to_show(self, product_id: str, index: int | None = None) -> None:
        """Queue a catalogue product (at the end, or at `index`); KeyError when the catalogue lacks it."""
        if self.catalog is None or self.catalog.by_id(product_id) is None:
            raise KeyError(f"No product with id {product_id!r} in the catalogue.")
        self.run.add_product(product_id, index)

    def remove_from_show(self, product_id: str) -> None:
        """Take a product out of the queue (its talking points and sale settings go with it)."""
        self.run.remove_product(product_id)

    def set_talking_points(self, product_id: str, text: str) -> None:
        self.run.set_talking_points(product_id, text)

    def set_sale_settings(self, product_id: str, settings: SaleSettings | None) -> None:
        self.run.set_sale(product_id, settings)

    def load_show(self, path: str | Path) -> RunOfShow:
        """Open a show file and the catalogue it names (ShowFileError, CatalogError); products the
        catalogue lacks are said as a notice and skipped by next/previous."""
        run = RunOfShow.load(path)
        if run.state.catalog is not None:
            self.load_catalog(run.state.catalog)
        self.run.adopt(run)
        missing = [pid for pid in run.queue if self.catalog is None or self.catalog.by_id(pid) is None]
        if missing:
            self.notices.say("warning", Message(QT_TRANSLATE_NOOP(
                "Notice", "The show names products the catalogue does not have: {ids}. Next and previous "
                          "skip them."), ids=", ".join(missing)))
        return self.run

    def save_show(self, path: str | Path) -> Path:
        """Save the run of show with the catalogue it sells from (ShowFileError)."""
        return self.run.save(path)

    def set_stock(self, product_id: str, units: int | None) -> None:
        """The show's units of a product (None: not counted): the card, the pages and claims follow."""
        self.stock.set_stock(product_id, units)

    def start_flash_sale(self, product_id: str | None = None, sale_price: Decimal | None = None,
                         stock_limit: int | None = None, seconds: int | None = None) -> SaleInfo:
        """Pin the product and run its flash sale: the countdown on the picture, the sale price
        on the card (the old one struck), claims counted against `stock_limit`. Unset values come
        from the product's sale settings in the run of show. When the time is up or the units
        are sold the sale ends and its `on_end` applies. ValueError with a sentence when it
        cannot start."""
        product_id = product_id or self.state.pinned_product
        if product_id is None:
            raise ValueError(Message(QT_TRANSLATE_NOOP(
                "Notice", "Pin a product, or choose one, to start a flash sale.")))
        product = self.catalog.by_id(product_id) if self.catalog is not None else None
        if product is None:
            raise ValueError(Message(QT_TRANSLATE_NOOP(
                "Notice", "There is no product {id} in the catalogue."), id=product_id))
        item = self.run.item(product_id)
        planned = (item.sale if item is not None else None) or SaleSettings()
        price = sale_price if sale_price is not None else planned.sale_price
        if price is None:
            raise ValueError(Message(QT_TRANSLATE_NOOP("Notice", "Give {title} a sale price first."),
                                     title=product.title))
        try:
            price = Decimal(str(price).strip())
        except ArithmeticError:  # decimal.InvalidOperation
            raise ValueError(Message(QT_TRANSLATE_NOOP("Notice", "The sale price {price} is not a number."),
                                     price=price)) from None
        limit = stock_limit if stock_limit is not None else planned.stock_limit
        length = seconds if seconds is not None else planned.seconds
        settings = SaleSettings(price, limit, length, planned.on_end)
        if settings.sale_price >= product.price:  # type: ignore[operator]
            now = format_price(product.price, product.currency, self.stock.locale)
            raise ValueError(Message(QT_TRANSLATE_NOOP(
                "Notice", "The sale price of {title} must be below its price now ({price})."),
                title=product.title, price=now))
        with self._sale_lock:
            self._stop_sale(stop_countdown=True)
            start = now_ns()
            sale = SaleInfo(product_id, settings.sale_price, product.price, product.currency,  # type: ignore[arg-type]
                            settings.stock_limit, 0, start, start + settings.seconds * 1_000_000_000,
                            time.time() + settings.seconds, settings.on_end)
            sale = self.stock.set_sale(sale)  # type: ignore[assignment]  # ValueError when sold out
            self._sale_gen += 1
            self._set_sale(sale)
            self.pin_product(product_id)  # the card with the sale price
            self.overlays.start_countdown(settings.seconds, start)
            self.state.update(countdown_ends_ns=sale.ends_ns)
            gen = self._sale_gen
            self._sale_end = self.sale_timer(settings.seconds, lambda: self._sale_ended(gen, "time"))
        return sale

    def start_pinned_sale(self, seconds: int) -> SaleInfo | None:
        """The Products dock's "Start flash sale": the pinned product's planned sale (its sale
        price, units and end from the run of show) for `seconds`; a plain countdown when it has
        no sale price planned. ValueError with a sentence when the planned sale cannot start."""
        pinned = self.state.pinned_product
        item = self.run.item(pinned) if pinned is not None else None
        if item is not None and item.sale is not None and item.sale.sale_price is not None:
            return self.start_flash_sale(pinned, seconds=seconds)
        self.start_countdown(seconds)
        return None

    def stop_flash_sale(self) -> None:
        """End the running sale now: the price goes back, the product stays pinned."""
        with self._sale_lock:
            self._stop_sale(stop_countdown=True)

    def _stop_sale(self, stop_countdown: bool) -> SaleInfo | None:
        sale = self.state.sale
        if sale is None:
            return None
        self._sale_gen += 1
        timer, self._sale_end = self._sale_end, None
        if timer is not None:
            timer.cancel()
        self.stock.set_sale(None)  # the price and the held-back units go back
        self._set_sale(None)
        if stop_countdown:
            self.overlays.stop_countdown()
        self.state.update(countdown_ends_ns=None)
        return sale

    def _sale_ended_later(self, why: str) -> None:
        """Sold out: end it off the thread that took the last unit (it holds the feed's lock)."""
        gen = self._sale_gen
        self.sale_timer(0, lambda: self._sale_ended(gen, why))

    def _sale_ended(self, gen: int, why: str) -> None:
        with self._sale_lock:
            if gen != self._sale_gen:
                return
            # Time up: the countdown reads "Sale ended" for a moment; sold out: it goes now.
            sale = self._stop_sale(stop_countdown=why != "time")
            if sale is None:
                return
            product = self.catalog.by_id(sale.product_id) if self.catalog is not None else None
            title = product.title if product is not None else sale.product_id
            if why == "sold_out":
                said = QT_TRANSLATE_NOOP("Notice", "The flash sale on {title} sold out.")
            else:
                said = QT_TRANSLATE_NOOP("Notice", "The flash sale on {title} ended.")
            self.notices.say("info", Message(said, title=title))
            if sale.on_end == "unpin":
                self.pin_product(None)
            elif sale.on_end == "next" and self.next_product() is None:
                self.pin_product(None)  # the end of the queue

    def _set_sale(self, sale: SaleInfo | None) -> None:
        self.state.update(sale=sale)
        self.run.state.update(sale=sale)

    def _on_stock_state(self, change: FieldChange) -> None:
        if change.name == "sale" and change.new is not None and self.state.sale is not None:
            self._set_sale(change.new)  # units sold as claims come in

    def _on_run_changed(self, change: FieldChange) -> None:
        if change.name == "items":
            self.state.update(queue=self.run.queue)

    # -- comments ----------------------------------------------------------------------------------------
    def reply(self, text: str) -> Comment:
        """Post a host comment to every viewer (CommentError if empty or too long)."""
        comment = make_comment(self.host_name, text, host=True)
        if self._room is not None and self._loop is not None:
            self._loop.call_soon_threadsafe(self._room.post, comment)
        else:
            self.comments.add(comment)
        return comment

    def pin_comment(self, comment: Comment | None) -> None:
        if comment is None:
            self.overlays.set_pinned_comment(None, None)
        else:
            self.overlays.set_pinned_comment(comment.name, comment.text)
        self.comments.pin_comment(comment.id if comment else None)  # answers a question
        self.state.update(pinned_comment=comment.id if comment else None)

    def _make_feed(self, shop_dir: Path | None) -> CommentPipeline:
        """The comment feed with the host's own word lists, templates and rules, if any."""
        if shop_dir is None or not Path(shop_dir).is_dir():
            return CommentPipeline()  # the shipped word lists, templates and rules
        try:
            return CommentPipeline.from_folder(shop_dir)
        except (ValueError, OSError) as exc:  # LexiconError, TemplateError, RulesError are ValueErrors
            self.notices.say("warning", f"{exc} Using the built-in comment settings instead.")
            return CommentPipeline()

    def end_show(self, folder: Path) -> Path | None:
        """Write the show's claims order sheet (`claims-<date-time>.csv` in `folder`)."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        try:
            path = self.stock.end_show(folder, stamp)
        except OSError as exc:
            self.notices.say("error", f"The claims order sheet could not be saved: {exc.strerror or exc}.")
            return None
        if path is not None:
            self.notices.say("info", f"Claims saved to {path}.")
        return path
