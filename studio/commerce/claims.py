"""Comment-to-claim: "SOLD A12 x2" becomes a reservation against live stock.

`StockLedger` is the one place stock changes during a show; its `changed` signal is what the
product card, the viewer page and the window follow. `ClaimBook` turns claims into
reservations while stock lasts and into waitlist places after that, lets the host confirm or
cancel them (a cancelled reservation returns its units and moves the waitlist up), and writes
the order sheet at the end of the show.
"""

from __future__ import annotations

import csv
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from studio.commerce.product import Product
from studio.events import Signal


@dataclass(frozen=True, slots=True)
class StockChange:
    product_id: str
    stock: int | None  # None: the catalogue does not count this product's stock
    previous: int | None


class StockLedger:
    """Units left per product for this show. Thread-safe; `changed` fires only on a real change."""

    def __init__(self, products: Iterable[Product] = ()) -> None:
        self._lock = threading.Lock()
        self._stock: dict[str, int | None] = {}
        self.changed: Signal[StockChange] = Signal()
        self.load(products)

    def load(self, products: Iterable[Product]) -> None:
        """Take stock counts from a (re)loaded catalogue."""
        changes = []
        with self._lock:
            for product in products:
                existed, old = product.id in self._stock, self._stock.get(product.id)
                self._stock[product.id] = product.stock
                if existed and old != product.stock:
                    changes.append(StockChange(product.id, product.stock, old))
        for change in changes:
            self.changed.emit(change)

    def stock(self, product_id: str) -> int | None:
        with self._lock:
            return self._stock.get(product_id)

    def set(self, product_id: str, stock: int | None) -> None:
        """The host corrects a count by hand."""
        if stock is not None and stock < 0:
            raise ValueError("Stock cannot be negative.")
        with self._lock:
            old = self._stock.get(product_id)
            self._stock[product_id] = stock
        if old != stock:
            self.changed.emit(StockChange(product_id, stock, old))

    def take(self, product_id: str, quantity: int, later: list[StockChange] | None = None) -> int:
        """Reserve up to `quantity` units; returns how many were taken (all when not counted).
        With `later`, the change is appended there for the caller to emit after its own lock."""
        with self._lock:
            stock = self._stock.get(product_id)
            if stock is None:
                return quantity
            taken = min(stock, quantity)
            self._stock[product_id] = stock - taken
        if taken:
            self._emit(StockChange(product_id, stock - taken, stock), later)
        return taken

    def give_back(self, product_id: str, quantity: int, later: list[StockChange] | None = None) -> None:
        with self._lock:
            stock = self._stock.get(product_id)
            if stock is None:
                return
            self._stock[product_id] = stock + quantity
        self._emit(StockChange(product_id, stock + quantity, stock), later)

    def _emit(self, change: StockChange, later: list[StockChange] | None) -> None:
        if later is None:
            self.changed.emit(change)
        else:
            later.append(change)

    def apply(self, product: Product) -> Product:
        """`product` with this show's stock count."""
        stock = self.stock(product.id)
        if stock == product.stock or product.id not in self._stock:
            return product
        return replace(product, stock=stock)


class ClaimStatus(StrEnum):
    RESERVED = "reserved"  # units set aside from stock; the host may confirm or cancel
    WAITLIST = "waitlist"  # nothing left when it came in
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Claim:
    """One viewer's claim on a product: the record the Claims view, the order sheet and the
    rehearsal report read."""

    id: str
    comment_id: str
    viewer: str  # display name
    viewer_key: str  # stable id (per-viewer limits, mute)
    product_id: str
    title: str
    quantity: int
    unit_price: Decimal
    currency: str
    time: float  # Unix seconds the comment arrived
    status: ClaimStatus
    waitlist_position: int | None = None

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity


class ClaimError(ValueError):
    """A claim action cannot be done; the message is a sentence for the host."""


CSV_COLUMNS = ("time", "viewer", "product_id", "product", "quantity", "unit_price", "total", "currency",
               "status")


class ClaimBook:
    """Every claim of the show, in arrival order. Thread-safe."""

    def __init__(self, stock: StockLedger) -> None:
        self.stock = stock
        self._lock = threading.RLock()
        self._claims: dict[str, Claim] = {}
        self.changed: Signal[Claim] = Signal()
        self.version = 0  # grows with every change (an order sheet already written is not written again)

    def claims(self, status: ClaimStatus | None = None) -> list[Claim]:
        with self._lock:
            return [c for c in self._claims.values() if status is None or c.status == status]

    def count(self) -> int:
        with self._lock:
            return len(self._claims)

    def get(self, claim_id: str) -> Claim | None:
        with self._lock:
            return self._claims.get(claim_id)

    def claim(self, product: Product, quantity: int, viewer: str, viewer_key: str, comment_id: str,
              when: float | None = None) -> Claim:
        """Reserve `quantity` (or what is left of it); with nothing left, join the waitlist."""
        stock_changes: list[StockChange] = []
        with self._lock:  # listeners run after it is released: they may read the book or the feed
            taken = self.stock.take(product.id, quantity, stock_changes)
            if taken:
                status, qty, position = ClaimStatus.RESERVED, taken, None
            else:
                status, qty = ClaimStatus.WAITLIST, quantity
                position = 1 + sum(1 for c in self._claims.values()
                                   if c.product_id == product.id and c.status == ClaimStatus.WAITLIST)
            claim = Claim(uuid.uuid4().hex[:12], comment_id, viewer, viewer_key, product.id, product.title,
                          qty, product.price, product.currency, when if when is not None else time.time(),
                          status, position)
            self._claims[claim.id] = claim
            self.version += 1
        for change in stock_changes:
            self.stock.changed.emit(change)
        self.changed.emit(claim)
        return claim

    def confirm(self, claim_id: str) -> Claim:
        with self._lock:
            claim = self._require(claim_id)
            if claim.status != ClaimStatus.RESERVED:
                raise ClaimError(f"Only a reserved claim can be confirmed; this one is {claim.status}.")
            claim = self._set(claim, status=ClaimStatus.CONFIRMED)
        self.changed.emit(claim)
        return claim

    def cancel(self, claim_id: str) -> Claim:
        """Cancel a claim; reserved or confirmed units go back and the waitlist moves up."""
        promoted: list[Claim] = []
        stock_changes: list[StockChange] = []
        with self._lock:
            claim = self._require(claim_id)
            if claim.status == ClaimStatus.CANCELLED:
                return claim
            returned = claim.status in (ClaimStatus.RESERVED, ClaimStatus.CONFIRMED)
            claim = self._set(claim, status=ClaimStatus.CANCELLED, waitlist_position=None)
            if returned:
                self.stock.give_back(claim.product_id, claim.quantity, stock_changes)
            promoted = self._serve_waitlist(claim.product_id, stock_changes)
        for change in stock_changes:
            self.stock.changed.emit(change)
        for changed in (claim, *promoted):
            self.changed.emit(changed)
        return claim

    def _serve_waitlist(self, product_id: str, stock_changes: list[StockChange]) -> list[Claim]:
        changed: list[Claim] = []
        waiting = [c for c in self._claims.values()
                   if c.product_id == product_id and c.status == ClaimStatus.WAITLIST]
        for claim in waiting:
            taken = self.stock.take(product_id, claim.quantity, stock_changes)
            if not taken:
                break
            changed.append(self._set(claim, status=ClaimStatus.RESERVED, quantity=taken,
                                     waitlist_position=None))
        position = 0
        for claim in self._claims.values():
            if claim.product_id == product_id and claim.status == ClaimStatus.WAITLIST:
                position += 1
                if claim.waitlist_position != position:
                    changed.append(self._set(claim, waitlist_position=position))
        return changed

    def _require(self, claim_id: str) -> Claim:
        claim = self._claims.get(claim_id)
        if claim is None:
            raise ClaimError("That claim is no longer in this show's list.")
        return claim

    def _set(self, claim: Claim, **fields: object) -> Claim:
        updated = replace(claim, **fields)  # type: ignore[arg-type]
        self._claims[claim.id] = updated
        self.version += 1
        return updated

    def export_csv(self, path: Path) -> Path:
        """The order sheet: one row per claim that was not cancelled, in arrival order.
        UTF-8 with a BOM, so spreadsheet apps show Thai, Chinese and Arabic names."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(CSV_COLUMNS)
            for c in self.claims():
                if c.status == ClaimStatus.CANCELLED:
                    continue
                writer.writerow([
                    datetime.fromtimestamp(c.time).isoformat(timespec="seconds"), c.viewer, c.product_id,
                    c.title, c.quantity, str(c.unit_price), str(c.total), c.currency, str(c.status),
                ])
        return path


def claims_filename(show: str) -> str:
    """`claims-<show>.csv` with the show name made safe for any file system."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in show).strip("-") or "show"
    return f"claims-{safe}.csv"
