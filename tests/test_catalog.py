"""Catalogue import: good files load, each bad row is reported on its own line, money text."""

from decimal import Decimal
from pathlib import Path

import cv2
import numpy as np
import pytest

from studio.commerce.catalog import CatalogError, load_catalog
from studio.commerce.money import format_discount, format_price, is_known_currency
from tests.conftest import ROOT

DEMO = ROOT / "assets" / "products"
HEADER = "id,title,price,currency,original_price,image,url,stock\n"


def _png(path: Path) -> Path:
    cv2.imwrite(str(path), np.full((8, 8, 3), 200, np.uint8))
    return path


def _problems(catalog):
    return {(p.line, p.field): p for p in catalog.problems}


def test_good_csv_loads_every_field(tmp_path):
    (tmp_path / "img").mkdir()
    _png(tmp_path / "img" / "tea.png")
    path = tmp_path / "shop.csv"
    path.write_text(HEADER + "tea,Matcha Tea,19.99,usd,29.99,img/tea.png,https://shop.example/p/tea,4\n"
                    "pen,Pen,2,EUR,,,,\n", encoding="utf-8")
    catalog = load_catalog(path)
    assert catalog.problems == []
    tea = catalog.by_id("tea")
    assert tea is not None
    assert tea.title == "Matcha Tea"
    assert tea.price == Decimal("19.99") and tea.original_price == Decimal("29.99")
    assert tea.currency == "USD"  # codes are accepted in any case, stored upper-case
    assert tea.image == tmp_path / "img" / "tea.png"  # relative to the catalogue file
    assert tea.url == "https://shop.example/p/tea" and tea.stock == 4
    pen = catalog.by_id("pen")
    assert pen is not None
    assert (pen.original_price, pen.image, pen.url, pen.stock) == (None, None, None, None)
    assert catalog.by_id("nope") is None


def test_good_json_loads_with_exact_decimals(tmp_path):
    _png(tmp_path / "tea.png")
    path = tmp_path / "shop.json"
    path.write_text('[{"id": "tea", "title": "抹茶", "price": 19.99, "currency": "JPY",\n'
                    '  "original_price": "25", "image": "tea.png", "stock": 3}]', encoding="utf-8")
    catalog = load_catalog(path)
    assert catalog.problems == []
    (tea,) = catalog.products
    assert tea.price == Decimal("19.99")  # not 19.989999... from a float
    assert tea.original_price == Decimal("25") and tea.stock == 3
    assert tea.image == tmp_path / "tea.png"


def test_csv_bad_rows_are_rejected_with_their_physical_line(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        HEADER
        + 'ok1,"A title that\nspans two lines",10,USD,,,,\n'  # lines 2-3
        + ",No id,10,USD,,,,\n"  # 4
        + "noname,,10,USD,,,,\n"  # 5
        + "noprice,Pen,,USD,,,,\n"  # 6
        + "words,Pen,ten,USD,,,,\n"  # 7
        + "neg,Pen,-5,USD,,,,\n"  # 8
        + "cur,Pen,5,XYZ,,,,\n"  # 9
        + "orig,Pen,50,USD,40,,,\n"  # 10
        + "stock,Pen,5,USD,,,,2.5\n"  # 11
        + "ok1,Again,5,USD,,,,\n"  # 12: duplicate of line 2
        + "\n"  # 13: blank lines are skipped
        + "ok2,Last,1,THB,,,,\n",  # 14
        encoding="utf-8",
    )
    catalog = load_catalog(path)
    assert [p.id for p in catalog.products] == ["ok1", "ok2"]
    assert catalog.by_id("ok1").title == "A title that\nspans two lines"
    problems = _problems(catalog)
    expected = {
        (4, "id"): "missing",
        (5, "title"): "missing",
        (6, "price"): "missing",
        (7, "price"): "not a number",
        (8, "price"): "negative",
        (9, "currency"): "ISO 4217",
        (10, "original_price"): "below the price",
        (11, "stock"): "whole number",
        (12, "id"): "already used on line 2",
    }
    assert set(problems) == set(expected)
    for where, words in expected.items():
        assert words in problems[where].reason, problems[where]
        assert problems[where].rejected
        assert problems[where].reason.endswith(".")  # a sentence for the host


def test_json_problems_point_at_the_line_where_the_object_starts(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(
        '{\n'
        '  "products": [\n'
        '    {"id": "a", "title": "Good", "price": 1, "currency": "USD"},\n'  # 3
        '    {\n'  # 4
        '      "id": "b",\n'
        '      "title": "Bad price",\n'
        '      "price": "1,50",\n'
        '      "currency": "EUR"\n'
        '    },\n'
        '    {"id": "c", "title": "Bool", "price": true, "currency": "USD"},\n'  # 10
        '    {"id": "a", "title": "Dup", "price": 2, "currency": "USD", "stock": -1},\n'  # 11
        '    {"id": "d", "title": "Extra key", "price": 2, "currency": "VND", "colour": "red"}\n'
        '  ]\n'
        '}\n', encoding="utf-8")
    catalog = load_catalog(path)
    assert [p.id for p in catalog.products] == ["a", "d"]
    problems = _problems(catalog)
    assert "not a number" in problems[(4, "price")].reason
    assert "not a number" in problems[(10, "price")].reason
    assert "already used on line 3" in problems[(11, "id")].reason
    assert "negative" in problems[(11, "stock")].reason
    ignored = problems[(12, "colour")]
    assert not ignored.rejected and "ignored" in ignored.reason


def test_missing_image_keeps_the_product_and_says_placeholder(tmp_path):
    path = tmp_path / "shop.csv"
    path.write_text(HEADER + "p1,Pen,5,USD,,gone.png,,\n", encoding="utf-8")
    catalog = load_catalog(path)
    (pen,) = catalog.products
    assert pen.image is None
    (problem,) = catalog.problems
    assert (problem.line, problem.field, problem.rejected) == (2, "image", False)
    assert "placeholder" in problem.reason and "gone.png" in problem.reason


def test_semicolon_csv_from_comma_decimal_spreadsheets(tmp_path):
    path = tmp_path / "shop.csv"
    path.write_text("\ufeffid;title;price;currency\np1;Pen, blue;5;USD\n", encoding="utf-8")
    assert load_catalog(path).by_id("p1").title == "Pen, blue"


@pytest.mark.parametrize("name, content, words", [
    ("shop.xlsx", "x", ".csv or .json"),
    ("missing.csv", None, "Cannot read"),
    ("shop.json", '[{"id": "a",\n "title": }]', "line 2"),
    ("shop.json", '{"items": []}', '"products" list'),
    ("shop.csv", "id,title,currency\np1,Pen,USD\n", "no price column"),
    ("shop.csv", "", "empty"),
])
def test_unreadable_files_raise_catalog_error(tmp_path, name, content, words):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(CatalogError, match=words):
        load_catalog(path)


def test_non_utf8_csv_says_how_to_save_it(tmp_path):
    path = tmp_path / "shop.csv"
    path.write_bytes((HEADER + "p1,Café,5,EUR,,,,\n").encode("cp1252"))
    with pytest.raises(CatalogError, match="UTF-8"):
        load_catalog(path)


def test_shipped_demo_catalogue_loads_cleanly_in_both_formats():
    from_csv = load_catalog(DEMO / "demo.csv")
    from_json = load_catalog(DEMO / "demo.json")
    assert from_csv.problems == [] and from_json.problems == []
    assert from_csv.products == from_json.products
    products = from_csv.products
    assert 6 <= len(products) <= 8
    assert {p.currency for p in products} >= {"USD", "JPY", "THB", "VND", "EUR"}
    titles = " ".join(p.title for p in products)
    for sample in ("抹茶", "真丝", "ครีม", "Cà phê", "عطر"):  # ja, zh, th, vi, ar
        assert sample in titles
    assert any(p.discount_percent for p in products)
    for product in products:
        assert product.url == f"https://shop.example/p/{product.id}"
        assert product.image is not None and product.image.is_file()
        assert product.image.stat().st_size < 60_000
        assert cv2.imread(str(product.image)).shape[:2] == (400, 400)


@pytest.mark.parametrize("amount, currency, locale, text", [
    ("19.99", "USD", "en_US", "$19.99"),
    ("1980", "JPY", "ja_JP", "¥1,980"),
    ("1980", "VND", "vi_VN", "1.980\xa0₫"),
    ("24.90", "EUR", "de_DE", "24,90\xa0€"),
    ("459", "THB", "th_TH", "฿459.00"),
])
def test_format_price_follows_the_locale(amount, currency, locale, text):
    assert format_price(Decimal(amount), currency, locale) == text


def test_money_helpers():
    assert format_discount(33, "en_US") == "-33%"
    assert is_known_currency("VND") and not is_known_currency("XYZ")
    assert not is_known_currency("XXX")  # "no currency" is no price
    with pytest.raises(ValueError, match="locale"):
        format_price(Decimal(1), "USD", "xx_YY")
