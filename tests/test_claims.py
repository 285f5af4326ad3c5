"""Claims against live stock: reservations, the waitlist, confirm/cancel, the order sheet."""

import csv
from decimal import Decimal

import pytest

from studio.commerce.claims import (
    ClaimBook,
    ClaimError,
    ClaimStatus,
    StockChange,
    StockLedger,
    claims_filename,
)
from studio.commerce.product import Product

SCARF = Product("silk-scarf", "真丝围巾 · 春季新款", Decimal("39.00"), "USD", stock=2)
TOTE = Product("leather-tote", "Leather Tote Bag", Decimal("129.00"), "EUR")  # stock not counted


def book_with(*products):
    ledger = StockLedger(products)
    changes = []
    ledger.changed.connect(changes.append)
    return ClaimBook(ledger), ledger, changes


def test_claims_reserve_stock_then_waitlist():
    book, ledger, changes = book_with(SCARF)
    a = book.claim(SCARF, 1, "Mai", "server:mai", "c1")
    b = book.claim(SCARF, 3, "Lan", "server:lan", "c2")  # only one left: reserves that one
    c = book.claim(SCARF, 1, "Bo", "server:bo", "c3")
    d = book.claim(SCARF, 2, "Cy", "server:cy", "c4")
    assert (a.status, a.quantity) == (ClaimStatus.RESERVED, 1)
    assert (b.status, b.quantity) == (ClaimStatus.RESERVED, 1)
    assert (c.status, c.waitlist_position) == (ClaimStatus.WAITLIST, 1)
    assert (d.status, d.waitlist_position) == (ClaimStatus.WAITLIST, 2)
    assert ledger.stock("silk-scarf") == 0
    assert changes == [StockChange("silk-scarf", 1, 2), StockChange("silk-scarf", 0, 1)]


def test_cancel_returns_units_and_moves_the_waitlist_up():
    book, ledger, _ = book_with(SCARF)
    a = book.claim(SCARF, 2, "Mai", "server:mai", "c1")
    w1 = book.claim(SCARF, 1, "Bo", "server:bo", "c2")
    w2 = book.claim(SCARF, 1, "Cy", "server:cy", "c3")
    seen = []
    book.changed.connect(seen.append)
    book.cancel(a.id)
    assert book.get(a.id).status == ClaimStatus.CANCELLED
    assert book.get(w1.id).status == ClaimStatus.RESERVED and book.get(w2.id).status == ClaimStatus.RESERVED
    assert ledger.stock("silk-scarf") == 0
    assert {c.id for c in seen} == {a.id, w1.id, w2.id}
    book.confirm(w1.id)
    assert book.get(w1.id).status == ClaimStatus.CONFIRMED
    with pytest.raises(ClaimError, match="Only a reserved claim"):
        book.confirm(w1.id)
    with pytest.raises(ClaimError, match="no longer"):
        book.cancel("nope")


def test_uncounted_stock_always_reserves():
    book, ledger, changes = book_with(TOTE)
    claim = book.claim(TOTE, 5, "Ana", "server:ana", "c1")
    assert claim.status == ClaimStatus.RESERVED and claim.quantity == 5
    assert ledger.stock("leather-tote") is None
    assert changes == []


def test_order_sheet(tmp_path):
    book, _, _ = book_with(SCARF, TOTE)
    book.claim(SCARF, 2, "Mai", "server:mai", "c1", when=1_700_000_000)
    cancelled = book.claim(TOTE, 1, "Bo, Jr.", "server:bo", "c2", when=1_700_000_060)
    book.claim(TOTE, 3, "Cy", "server:cy", "c3", when=1_700_000_120)
    book.cancel(cancelled.id)
    path = book.export_csv(tmp_path / claims_filename("Friday night / live #3"))
    assert path.name == "claims-Friday-night---live--3.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    columns = ("viewer", "product", "quantity", "unit_price", "total", "currency", "status")
    assert [tuple(r[c] for c in columns) for r in rows] == [
        ("Mai", "真丝围巾 · 春季新款", "2", "39.00", "78.00", "USD", "reserved"),
        ("Cy", "Leather Tote Bag", "3", "129.00", "387.00", "EUR", "reserved"),
    ]
    assert rows[0]["time"].startswith("2023-11-1")


def test_host_sets_stock_by_hand():
    _, ledger, changes = book_with(SCARF)
    ledger.set("silk-scarf", 10)
    ledger.set("silk-scarf", 10)  # no change, no signal
    assert changes == [StockChange("silk-scarf", 10, 2)]
    with pytest.raises(ValueError):
        ledger.set("silk-scarf", -1)
