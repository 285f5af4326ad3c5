"""The product as the rest of the studio sees it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Product:
    id: str
    title: str
    price: Decimal
    currency: str  # ISO 4217, e.g. "USD", "JPY"
    original_price: Decimal | None = None
    image: Path | None = None  # None or a missing file: the card shows a placeholder
    url: str | None = None  # shown as a QR code on the card
    stock: int | None = None
    shipping_note: str | None = None  # what instant answers say about delivery ("Ships from KL in 2 days")
    variants: str | None = None  # sizes and colours as the host writes them ("S, M, L · black, white")
    # A picture's web address from a seller-centre export: kept for reference, never downloaded
    # (the card shows the placeholder unless `image` is a local file).
    image_url: str | None = None

    @property
    def discount_percent(self) -> int | None:
        """Whole-percent discount from original_price, or None when there is none."""
        if self.original_price is None or self.original_price <= self.price:
            return None
        ratio = (self.original_price - self.price) / self.original_price * 100
        return int(ratio.quantize(Decimal(1), rounding=ROUND_HALF_UP))
