"""The run of show: the products of a show in the order the host presents them, what to say
about each one (talking points, for the host's eyes only), and each one's flash sale
(sale price, how many units at that price, how long, and what happens when it ends).

`RunOfShow` is the queue and its file; the session's shop part (`studio/session/shop.py`)
pins along it and runs the sales. A show file is JSON saved next to the show's other files::

    {"format": "seller-studio-show", "version": 1,
     "catalog": "products.csv",                 # relative to the show file, or absolute
     "items": [{"product": "A12", "talking_points": "Linen, breathes in the heat.",
                "sale": {"price": "12.50", "stock_limit": 3, "seconds": 120, "on_end": "next"}}]}

Reading one that is not right raises `ShowFileError` naming the file, the item and what is
wrong with it.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal, get_args

from studio.events import EventedModel

OnEnd = Literal["stay", "unpin", "next"]
ON_END: tuple[OnEnd, ...] = get_args(OnEnd)
SALE_MIN_S, SALE_MAX_S = 10, 300  # the countdown overlay's range (`overlays.COUNTDOWN_MIN_S/MAX_S`)
FORMAT = "seller-studio-show"
VERSION = 1
NS = 1_000_000_000


class ShowFileError(ValueError):
    """A show file cannot be read or written; the message is a sentence for the host."""


@dataclass(frozen=True, slots=True)
class SaleSettings:
    """A product's flash sale as the host planned it. None: decided when the sale starts (the
    price must be given then; no stock limit means the product's own stock)."""

    sale_price: Decimal | None = None
    stock_limit: int | None = None
    seconds: int = 300
    on_end: OnEnd = "next"

    def __post_init__(self) -> None:
        if self.sale_price is not None and (not isinstance(self.sale_price, Decimal)
                                            or not self.sale_price.is_finite() or self.sale_price <= 0):
            raise ValueError(f"A sale price must be a number above zero, not {self.sale_price}.")
        limit = self.stock_limit
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
            raise ValueError(f"A sale's stock limit must be a whole number of at least 1, not {limit}.")
        if isinstance(self.seconds, bool) or not isinstance(self.seconds, int) or not (
                SALE_MIN_S <= self.seconds <= SALE_MAX_S):
            raise ValueError(f"A flash sale lasts {SALE_MIN_S} to {SALE_MAX_S} whole seconds, "
                             f"not {self.seconds}.")
        if self.on_end not in ON_END:
            raise ValueError(f"When a sale ends the studio can stay, unpin or go to the next product, "
                             f"not {self.on_end!r}.")


@dataclass(frozen=True, slots=True)
class ShowItem:
    product_id: str
    talking_points: str = ""
    sale: SaleSettings | None = None


@dataclass(frozen=True, slots=True)
class SaleInfo:
    """The running flash sale. `stock_limit` is the units offered at the sale price (the
    planned limit, or fewer when fewer are in stock; None when nothing counts them); `sold`
    the units claimed during the sale. `ends_ns` is on the frames' clock
    (`studio.media.frames.now_ns`, the countdown overlay's), `ends_at` wall-clock seconds."""

    product_id: str
    sale_price: Decimal
    original_price: Decimal
    currency: str
    stock_limit: int | None
    sold: int
    started_ns: int
    ends_ns: int
    ends_at: float
    on_end: OnEnd = "next"

    @property
    def left(self) -> int | None:
        return None if self.stock_limit is None else max(self.stock_limit - self.sold, 0)

    def seconds_left(self, now_ns: int) -> float:
        return max((self.ends_ns - now_ns) / NS, 0.0)


@dataclass
class RunOfShowState(EventedModel):
    items: tuple[ShowItem, ...] = ()
    current: str | None = None  # the product pinned now (set by the shop part)
    sale: SaleInfo | None = None  # the running sale (set by the shop part)
    path: Path | None = None  # the show file, once opened or saved
    catalog: Path | None = None  # the catalogue the show sells from
    unsaved: bool = False  # changed since it was opened or saved
    extra: dict[str, Any] = field(default_factory=dict)  # unknown top-level keys, kept on save


class RunOfShow:
    """The ordered queue and each product's talking points and sale settings. Thread-safe
    (the window and the assistant's deck both edit it); `state` emits on every change."""

    def __init__(self, items: tuple[ShowItem, ...] | list[ShowItem] = (), catalog: Path | None = None,
                 path: Path | None = None) -> None:
        self._lock = threading.RLock()
        self.state = RunOfShowState(items=_unique(items), catalog=catalog, path=path)

    # -- reading ------------------------------------------------------------------------------------------
    @property
    def items(self) -> tuple[ShowItem, ...]:
        return self.state.items

    @property
    def queue(self) -> tuple[str, ...]:
        return tuple(item.product_id for item in self.state.items)

    def item(self, product_id: str | None) -> ShowItem | None:
        return next((i for i in self.state.items if i.product_id == product_id), None)

    def index(self, product_id: str | None) -> int | None:
        return next((n for n, i in enumerate(self.state.items) if i.product_id == product_id), None)

    def next_after(self, product_id: str | None, available: set[str] | None = None) -> str | None:
        """The product after `product_id` in the queue (the first when it is None or not queued);
        None at the end. Products not in `available` (the catalogue) are skipped."""
        return self._step(product_id, +1, available)

    def previous_before(self, product_id: str | None, available: set[str] | None = None) -> str | None:
        """The product before `product_id` (the first when it is None or not queued); None at the start."""
        return self._step(product_id, -1, available)

    def _step(self, product_id: str | None, step: int, available: set[str] | None) -> str | None:
        queue = [pid for pid in self.queue if available is None or pid in available
                 or pid == product_id]
        if not queue:
            return None
        if product_id not in queue:
            return queue[0]
        n = queue.index(product_id) + step
        return queue[n] if 0 <= n < len(queue) else None

    # -- editing ------------------------------------------------------------------------------------------
    def set_queue(self, product_ids: list[str] | tuple[str, ...]) -> None:
        """The queue in this order; products already queued keep their talking points and sale."""
        with self._lock:
            known = {i.product_id: i for i in self.state.items}
            items = _unique([known.get(pid) or ShowItem(pid) for pid in product_ids])
            self._set(items=items)

    def add_product(self, product_id: str, index: int | None = None) -> None:
        with self._lock:
            if self.item(product_id) is not None:
                return
            items = list(self.state.items)
            at = len(items) if index is None else max(0, min(index, len(items)))
            items.insert(at, ShowItem(product_id))
            self._set(items=tuple(items))

    def remove_product(self, product_id: str) -> None:
        with self._lock:
            self._set(items=tuple(i for i in self.state.items if i.product_id != product_id))

    def move(self, product_id: str, index: int) -> None:
        """Put the product at `index` in the queue (clamped to the queue)."""
        with self._lock:
            items = list(self.state.items)
            at = self.index(product_id)
            if at is None:
                raise KeyError(f"{product_id} is not in the run of show.")
            item = items.pop(at)
            items.insert(max(0, min(index, len(items))), item)
            self._set(items=tuple(items))

    def set_talking_points(self, product_id: str, text: str) -> None:
        self._edit(product_id, talking_points=text)

    def set_sale(self, product_id: str, sale: SaleSettings | None) -> None:
        self._edit(product_id, sale=sale)

    def _edit(self, product_id: str, **fields: Any) -> None:
        with self._lock:
            if self.item(product_id) is None:
                self.add_product(product_id)
            self._set(items=tuple(replace(i, **fields) if i.product_id == product_id else i
                                  for i in self.state.items))

    def _set(self, **fields: Any) -> None:
        if self.state.update(**fields):
            self.state.update(unsaved=True)

    def adopt(self, other: RunOfShow) -> None:
        """Take another run's queue, catalogue and file (an opened show) into this one."""
        with self._lock:
            self.state.update(items=other.state.items, catalog=other.state.catalog, path=other.state.path,
                              extra=dict(other.state.extra), unsaved=False)

    # -- the file -----------------------------------------------------------------------------------------
    def to_json(self, path: Path | None = None) -> dict[str, Any]:
        catalog = self.state.catalog
        data: dict[str, Any] = {**self.state.extra, "format": FORMAT, "version": VERSION}
        data["catalog"] = _relative(catalog, path.parent) if catalog is not None and path is not None else (
            str(catalog) if catalog is not None else None)
        data["items"] = [_item_json(i) for i in self.state.items]
        return data

    def save(self, path: str | Path) -> Path:
        """Write the show file (atomically: a crash leaves the old file)."""
        path = Path(path)
        text = json.dumps(self.to_json(path), ensure_ascii=False, indent=2) + "\n"
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            raise ShowFileError(f"The show could not be saved to {path}: {exc.strerror or exc}.") from None
        self.state.update(path=path, unsaved=False)
        return path

    @classmethod
    def load(cls, path: str | Path) -> RunOfShow:
        """Read a show file (ShowFileError with a sentence naming what is wrong)."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise ShowFileError(f"There is no show file at {path}.") from None
        except UnicodeDecodeError:
            raise ShowFileError(f"{path.name} is not a show file (it is not UTF-8 text).") from None
        except OSError as exc:
            raise ShowFileError(f"The show file {path} cannot be read: {exc.strerror or exc}.") from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ShowFileError(f"{path.name} is not a show file: the JSON breaks at line {exc.lineno}, "
                                f"column {exc.colno} ({exc.msg}).") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ShowFileError(f"{path.name} is not a Seller Studio show file "
                                f"(it has no \"format\": \"{FORMAT}\").")
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
            raise ShowFileError(f"{path.name} was written by a newer Seller Studio (show file version "
                                f"{version}); update Seller Studio to open it.")
        catalog = data.get("catalog")
        if catalog is not None and (not isinstance(catalog, str) or not catalog.strip()):
            raise ShowFileError(f"{path.name}: \"catalog\" must be the catalogue's file name.")
        raw_items = data.get("items", [])
        if not isinstance(raw_items, list):
            raise ShowFileError(f"{path.name}: \"items\" must be a list of products.")
        items: list[ShowItem] = []
        seen: set[str] = set()
        for n, raw in enumerate(raw_items, start=1):
            item = _read_item(raw, f"{path.name}, item {n}")
            if item.product_id in seen:
                raise ShowFileError(f"{path.name}, item {n}: product {item.product_id} is already "
                                    f"in the show once.")
            seen.add(item.product_id)
            items.append(item)
        run = cls(tuple(items), (path.parent / catalog) if catalog else None, path)
        run.state.update(extra={k: v for k, v in data.items()
                                if k not in ("format", "version", "catalog", "items")})
        return run


def _unique(items: tuple[ShowItem, ...] | list[ShowItem]) -> tuple[ShowItem, ...]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item.product_id not in seen:
            seen.add(item.product_id)
            out.append(item)
    return tuple(out)


def _relative(target: Path, folder: Path) -> str:
    try:
        return os.path.relpath(Path(target).resolve(), Path(folder).resolve()).replace(os.sep, "/")
    except ValueError:  # another drive (Windows)
        return str(Path(target).resolve())


def _item_json(item: ShowItem) -> dict[str, Any]:
    data: dict[str, Any] = {"product": item.product_id}
    if item.talking_points:
        data["talking_points"] = item.talking_points
    if item.sale is not None:
        s = item.sale
        data["sale"] = {"price": str(s.sale_price) if s.sale_price is not None else None,
                        "stock_limit": s.stock_limit, "seconds": s.seconds, "on_end": s.on_end}
    return data


def _read_item(raw: Any, where: str) -> ShowItem:
    if isinstance(raw, str):
        raw = {"product": raw}
    if not isinstance(raw, dict):
        raise ShowFileError(f"{where} must be a product id or an object with \"product\".")
    product = raw.get("product")
    if not isinstance(product, str) or not product.strip():
        raise ShowFileError(f"{where} has no product id (\"product\").")
    points = raw.get("talking_points", "")
    if not isinstance(points, str):
        raise ShowFileError(f"{where} ({product}): \"talking_points\" must be text.")
    sale_raw = raw.get("sale")
    sale = None
    if sale_raw is not None:
        if not isinstance(sale_raw, dict):
            raise ShowFileError(f"{where} ({product}): \"sale\" must be an object with a price, "
                                f"a stock limit, seconds and on_end.")
        sale = _read_sale(sale_raw, f"{where} ({product})")
    return ShowItem(product.strip(), points, sale)


def _read_sale(raw: dict[str, Any], where: str) -> SaleSettings:
    price_raw = raw.get("price")
    price = None
    if price_raw is not None:
        try:
            price = Decimal(str(price_raw).strip())
        except InvalidOperation:
            raise ShowFileError(f"{where}: the sale price {price_raw!r} is not a number.") from None
    limit = raw.get("stock_limit")
    seconds = raw.get("seconds", 300)
    on_end = raw.get("on_end", "next")
    try:
        return SaleSettings(price, limit, seconds, on_end)
    except ValueError as exc:
        raise ShowFileError(f"{where}: {exc}") from None
