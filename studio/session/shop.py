"""The shop part: the catalogue, the pinned product, the flash-sale countdown, and the comment
feed (moderation, language, intents, drafts, claims, rules) with the stock it moves."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from studio import paths
from studio.commerce.catalog import Catalog, load_catalog
from studio.commerce.columns import ColumnMap, ColumnMemory
from studio.commerce.comments import Comment, make_comment
from studio.commerce.feed import CommentPipeline
from studio.commerce.product import Product
from studio.commerce.shop import Shop as StockKeeper
from studio.events import EventedModel
from studio.media.frames import now_ns
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

    def attach_room(self, room: Room, loop: asyncio.AbstractEventLoop) -> None:
        """Comments come from the embedded server's viewers; host replies go out to them."""
        self._room, self._loop = room, loop
        room.feed = self.comments  # moderation decides what viewers see
        self.stock.attach_board(room)  # the pinned product and its stock on the page

    # -- catalogue and pins ---------------------------------------------------------------------------
    def load_catalog(self, path: str | Path, column_map: ColumnMap | None = None) -> Catalog:
        """Load a catalogue (CatalogError on an unreadable file, its ColumnsNeeded when the
        columns must be chosen); bad rows become notices. A `column_map` the host chose is
        remembered for every later file with the same header."""
        catalog = load_catalog(Path(path), column_map, self.column_memory)
        if column_map is not None and catalog.columns is not None:
            self.column_memory.remember(catalog.columns)
        self.catalog = catalog
        self.stock.set_catalog(catalog.products)
        self.state.update(catalog_path=Path(path))
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
        self.overlays.set_product(product, corner)  # type: ignore[arg-type]
        self.state.update(pinned_product=product.id if product else None)
        return product

    def start_countdown(self, seconds: int, label: str | None = None) -> None:
        start = now_ns()
        self.overlays.start_countdown(seconds, start, label)
        self.state.update(countdown_ends_ns=start + seconds * 1_000_000_000)

    def stop_countdown(self) -> None:
        self.overlays.stop_countdown()
        self.state.update(countdown_ends_ns=None)

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
