"""The deck part: the assistant deck's link and its way into the shop.

The embedded server serves the deck (`studio.server.deck`) but cannot import the session; it
calls the show room's `deck`, a `DeckControl`, which this part implements over the shop part's
own calls (pin, next/previous, flash sales, stock, comments), so the window, the picture and
the viewer pages follow a deck action exactly as they follow the host's.

The link carries a 192-bit token in its fragment (`/deck/live#k=…`): browsers never send a
fragment to a server, so it stays out of logs and Referer headers. One link at a time;
`revoke` makes it stop working at once (open decks are closed).
"""

from __future__ import annotations

import hmac
import secrets
import threading
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from studio.commerce.money import format_price
from studio.events import EventedModel, Signal
from studio.secrets import SECRETS
from studio.session.net import Net
from studio.session.shop import Shop

if TYPE_CHECKING:
    from studio.server.deck import DeckSnapshot
    from studio.server.room import Room

DECK_ROOM = "live"  # the show's main room (the one `Net.start_server` makes)
TOKEN_BYTES = 24  # 192 bits
RECENT_COMMENTS = 40
RECENT_CLAIMS = 30


@dataclass
class DeckState(EventedModel):
    deck_active: bool = False  # a deck link works now


class Deck:
    def __init__(self, shop: Shop, net: Net) -> None:
        self.shop = shop
        self.net = net
        self.state = DeckState()
        self.changed: Signal[object] = Signal()  # anything an open deck shows changed
        self._token: str | None = None
        self._lock = threading.Lock()
        feed = shop.comments
        for signal in (shop.state.changed, feed.added, feed.updated, feed.claims.changed, feed.stock.changed):
            signal.connect(self._on_change)
        net.room_ready.connect(self._attach)

    # -- the link ------------------------------------------------------------------------------------
    def link(self) -> str:
        """The deck link (made on first use, starting the server); the same until revoked."""
        server = self.net.start_server()
        room = self.net.room_for(DECK_ROOM)
        self._attach(room)
        with self._lock:
            if self._token is None:
                self._token = secrets.token_urlsafe(TOKEN_BYTES)
                SECRETS.add(self._token)  # the link is a key to the shop: never in a log
            token = self._token
        self.state.update(deck_active=True)
        return f"{server.base_url}/deck/{room.name}#k={token}"

    def revoke(self) -> None:
        """The link stops working; decks open with it are closed."""
        with self._lock:
            self._token = None
        self.state.update(deck_active=False)
        self.changed.emit(None)

    def authorised(self, token: str) -> bool:
        with self._lock:
            current = self._token
        if current is None or not isinstance(token, str):
            return False
        # "replace": a token from JSON may hold lone surrogates, which plain encode() refuses.
        return hmac.compare_digest(token.encode("utf-8", "replace"), current.encode())

    def _attach(self, room: Room) -> None:
        if room.name == DECK_ROOM:
            room.deck = self

    def _on_change(self, _change: object) -> None:
        self.changed.emit(None)

    # -- what the deck shows -------------------------------------------------------------------------
    def snapshot(self) -> DeckSnapshot:
        from studio.server.deck import DeckClaim, DeckComment, DeckProduct, DeckSale, DeckSnapshot

        shop, feed, state = self.shop, self.shop.comments, self.shop.state
        locale = shop.stock.locale
        taps = dict(state.taps)
        queue = tuple(state.queue)
        products = []
        for listed in shop.catalog.products if shop.catalog is not None else ():
            product = feed.product(listed.id) or listed
            products.append(DeckProduct(product.id, product.title,
                                        format_price(product.price, product.currency, locale),
                                        product.stock, taps.get(product.id, 0), product.id in queue))
        comments = tuple(DeckComment(i.id, i.name, i.text, i.comment.viewer_key, i.host,
                                     str(i.filtered.reason) if i.filtered is not None else None,
                                     i.is_question)
                         for i in feed.items("all")[-RECENT_COMMENTS:])
        claims = tuple(DeckClaim(c.id, c.viewer, c.title, c.quantity, str(c.status))
                       for c in feed.claims.claims()[-RECENT_CLAIMS:])
        sale = state.sale
        shown_sale = None
        if sale is not None:
            listed = shop.catalog.by_id(sale.product_id) if shop.catalog is not None else None
            shown_sale = DeckSale(sale.product_id, listed.title if listed else sale.product_id,
                                  format_price(sale.sale_price, sale.currency, locale),
                                  format_price(sale.original_price, sale.currency, locale),
                                  int(sale.ends_at * 1000), sale.stock_limit, sale.left)
        return DeckSnapshot(state.pinned_product, state.pinned_comment, tuple(products), queue, shown_sale,
                            comments, claims, sum(taps.values()))

    # -- what the deck does (the shop's own calls) ------------------------------------------------------
    def pin(self, product_id: str | None) -> None:
        self.shop.pin_product(product_id)

    def next_product(self) -> None:
        if self.shop.next_product() is None:
            raise ValueError("That was the last product in the run of show.")

    def previous_product(self) -> None:
        if self.shop.previous_product() is None:
            raise ValueError("That was the first product in the run of show.")

    def start_sale(self, product_id: str | None, sale_price: Decimal | None, stock_limit: int | None,
                   seconds: int | None) -> None:
        self.shop.start_flash_sale(product_id, sale_price, stock_limit, seconds)

    def stop_sale(self) -> None:
        if self.shop.state.sale is None:
            raise ValueError("No flash sale is running.")
        self.shop.stop_flash_sale()

    def set_stock(self, product_id: str, units: int | None) -> None:
        if self.shop.catalog is None or self.shop.catalog.by_id(product_id) is None:
            raise ValueError(f"There is no product {product_id} in the catalogue.")
        self.shop.set_stock(product_id, units)

    def pin_comment(self, comment_id: str | None) -> None:
        if comment_id is None:
            self.shop.pin_comment(None)
            return
        item = self.shop.comments.find(comment_id)
        if item is None:
            raise ValueError("That comment is no longer in the feed.")
        self.shop.pin_comment(item.comment)

    def reply(self, text: str) -> None:
        self.shop.reply(text)  # CommentError (a ValueError) when empty or too long

    def mute(self, viewer: str, seconds: float | None) -> None:
        self.shop.comments.mute(viewer, seconds)
        self.changed.emit(None)

    def block(self, viewer: str) -> None:
        self.shop.comments.block(viewer)
        self.changed.emit(None)
