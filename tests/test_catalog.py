"""Catalogue import: good files load, each bad row is reported on its own line, money text."""

import datetime
from decimal import Decimal
from pathlib import Path

import cv2
import numpy as np
import pytest

from studio.commerce.catalog import CatalogError, ColumnsNeeded, load_catalog
from studio.commerce.columns import ColumnMap
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
    ("shop.txt", "x", ".csv, .xlsx or .json"),
    ("shop.xls", "x", "save this .xls file as .xlsx"),
    ("shop.xlsx", "id,title,price,currency\n", "not an Excel workbook"),
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


# -- spreadsheets from seller centres ----------------------------------------------------------


def _xlsx(path: Path, sheets: dict[str, list[list]]) -> Path:
    """A real workbook written with openpyxl: {sheet name: rows}."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


SHOPEE_TW = ["商品名稱", "商品描述", "主商品貨號", "規格整合編號", "規格名稱1", "選項1", "價格", "庫存",
             "商品選項貨號", "封面圖片"]


def test_xlsx_with_chinese_seller_centre_headers_names_the_bad_row_by_sheet_and_line(tmp_path):
    path = _xlsx(tmp_path / "shopee-export.xlsx", {
        "說明": [["請勿編輯前四行"], ["填寫說明……"]],  # an instructions sheet comes first
        "商品": [
            ["Shopee 批量上傳模板"],  # template rows above the header
            SHOPEE_TW,
            ["必填", "選填", "選填", "選填", "選填", "選填", "必填", "必填", "選填", "選填"],
            ["商品名稱需少於60個字" * 3, "", "", "", "", "", "請填寫數字，不需加貨幣符號" * 2, "", "", ""],
            ["經典T恤", "純棉", "TEE", "G1", "顏色", "紅", 19.990000000000002, 5, "TEE-R",
             "https://cf.shopee.tw/file/tee-red"],
            [None, None, "TEE", "G1", "顏色", "白", 21, 0, "TEE-W", None],  # name left for the first only
            ["抹茶禮盒", "", "TEA", "", "", "", "abc", 3, "TEA-1", None],  # line 7: bad price
            ["手工皂", "", "SOAP", "", "", "", 120, 12.0, "SOAP-1", None],
            [], [], [],  # trailing empty rows
        ],
    })
    catalog = load_catalog(path)
    assert catalog.sheet == "商品" and catalog.header_line == 2
    assert catalog.columns is not None and catalog.columns.layout == "Shopee (繁體中文)"
    assert [p.id for p in catalog.products] == ["TEE-R", "TEE-W", "SOAP-1"]
    red, white, soap = catalog.products
    assert red.title == "經典T恤 (紅)" and white.title == "經典T恤 (白)"  # group name, own variation
    assert red.price == Decimal("19.99")  # the float's tail is not a price
    assert red.currency == "TWD" and red.stock == 5 and white.stock == 0 and soap.stock == 12
    assert red.image is None and red.image_url == "https://cf.shopee.tw/file/tee-red"  # never fetched
    assert white.image_url == "https://cf.shopee.tw/file/tee-red"  # the group's picture
    rejected = [p for p in catalog.problems if p.rejected]
    assert len(rejected) == 1
    (bad,) = rejected
    assert (bad.sheet, bad.line, bad.field) == ("商品", 7, "price")
    assert str(bad).startswith("Sheet '商品' line 7: price 'abc' is not a number")
    notes = " ".join(str(p) for p in catalog.problems if not p.rejected)
    assert "lines 3–4 under the header explain the template" in notes
    assert "web link" in notes and "placeholder" in notes


@pytest.mark.parametrize("layout, header, row, expect", [
    ("TikTok Shop",
     ["Category", "Brand", "Product Name", "Product Description", "Main Product Image", "Variation",
      "Price", "Quantity", "Seller SKU"],
     ["Dresses", "", "Evening dress", "Silk", "https://p16.tiktokcdn.com/a.jpg", "Pink", 49.9, 7, "DR-P"],
     {"id": "DR-P", "title": "Evening dress (Pink)", "price": Decimal("49.9"), "stock": 7}),
    ("Shopee",
     ["Category", "Product Name", "Product Description", "Parent SKU", "Variation Integration No.",
      "Variation Name1", "Option for Variation 1", "Price", "Stock", "SKU", "Cover image"],
     [100017, "Phone case", "TPU", "CASE", "V1", "Colour", "Black", 9.9, 40, "CASE-B", ""],
     {"id": "CASE-B", "title": "Phone case (Black)", "price": Decimal("9.9"), "stock": 40}),
    ("Lazada",
     ["PrimaryCategory", "name", "SellerSku", "ParentSku", "quantity", "price", "special_price", "MainImage"],
     [1829, "Tote bag", "TOTE-1", "", 8, 129, 99, ""],
     {"id": "TOTE-1", "title": "Tote bag", "price": Decimal("99"), "original_price": Decimal("129"),
      "stock": 8}),
])
def test_english_seller_centre_layouts_import_without_asking(tmp_path, layout, header, row, expect):
    path = _xlsx(tmp_path / "export.xlsx", {"Template": [header, row]})
    catalog = load_catalog(path, currency="MYR")  # the host's currency: these files name none
    assert catalog.columns.layout == layout
    (product,) = catalog.products
    for name, value in expect.items():
        assert getattr(product, name) == value, name
    assert product.currency == "MYR"


def test_csv_with_seller_centre_headers_works_too(tmp_path):
    path = tmp_path / "lazada.csv"
    path.write_text("SellerSku;name;price;special_price;quantity;Currency\n"
                    "MUG-1;Mug;25;19.5;3;SGD\n", encoding="utf-8")
    (mug,) = load_catalog(path).products
    assert (mug.id, mug.price, mug.original_price, mug.currency, mug.discount_percent) == \
        ("MUG-1", Decimal("19.5"), Decimal("25"), "SGD", 22)


def test_header_under_instruction_rows_with_formulas_dates_and_merged_cells(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Products"
    sheet.append(["My shop's products, updated weekly"])
    sheet.append(["Please do not change the header below"])
    sheet.append([])
    sheet.append(["id", "title", "price", "currency", "stock", "variants"])  # line 4
    sheet.append(["tee-s", "Tee", 10, "USD", 3, "S"])
    sheet.append(["tee-m", None, 10, "USD", "=E5*2", "M"])  # title merged down from line 5
    sheet.append(["when", "Dated", datetime.date(2024, 5, 1), "USD", 1, None])
    sheet.merge_cells("B5:B6")
    book.save(tmp_path / "shop.xlsx")
    _save_formula_result(tmp_path / "shop.xlsx", "E6", "6")  # as Excel saves a formula's result
    catalog = load_catalog(tmp_path / "shop.xlsx")
    assert catalog.header_line == 4
    assert [(p.id, p.title, p.stock) for p in catalog.products] == [("tee-s", "Tee", 3), ("tee-m", "Tee", 6)]
    (dated,) = [p for p in catalog.problems if p.rejected]
    assert str(dated) == ("Sheet 'Products' line 7: price '2024-05-01' is not a number; write it like 19.99, "
                          "with a dot for decimals and no thousands separators or currency signs.")


def _save_formula_result(path: Path, ref: str, value: str) -> None:
    """openpyxl writes formulas without a result; add the cached <v> Excel would have saved."""
    import zipfile

    with zipfile.ZipFile(path) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    xml = parts[sheet].decode()
    start = xml.index(f'<c r="{ref}"')
    empty = xml.index("<v />", start)  # openpyxl leaves the result empty
    parts[sheet] = (xml[:empty] + f"<v>{value}</v>" + xml[empty + len("<v />"):]).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)


def test_unknown_headers_ask_for_columns_with_a_preview(tmp_path):
    path = _xlsx(tmp_path / "mine.xlsx", {"Sheet1": [
        ["Inventory export"],
        ["Code", "Item", "Cost", "Left", "Picture"],
        ["A1", "Lamp", 35, 2, "lamp.png"],
        ["A2", "Rug", 80, 1, None],
    ]})
    with pytest.raises(ColumnsNeeded, match="does not know the columns of sheet 'Sheet1'") as caught:
        load_catalog(path)
    preview = caught.value.preview
    assert (preview.sheet, preview.header_line) == ("Sheet1", 2)
    assert preview.header == ("Code", "Item", "Cost", "Left", "Picture")
    assert [line for line, _ in preview.rows] == [3, 4]
    assert preview.rows[0][1] == ("A1", "Lamp", "35", "2", "lamp.png")
    chosen = ColumnMap(preview.header, {"id": (0,), "title": (1,), "price": (2,), "stock": (3,)}, "EUR")
    catalog = load_catalog(path, column_map=chosen)
    assert [(p.id, p.price, p.currency, p.stock) for p in catalog.products] == \
        [("A1", Decimal("35"), "EUR", 2), ("A2", Decimal("80"), "EUR", 1)]


def test_a_known_layout_without_currency_asks_only_for_the_currency(tmp_path):
    path = _xlsx(tmp_path / "tiktok.xlsx", {"Template": [
        ["Product Name", "Price", "Quantity", "Seller SKU"], ["Mug", 5, 1, "M1"]]})
    with pytest.raises(ColumnsNeeded, match="TikTok Shop file without a currency column") as caught:
        load_catalog(path)
    suggestion = caught.value.preview.suggestion
    assert suggestion.missing() == ("currency",) and suggestion.layout == "TikTok Shop"
