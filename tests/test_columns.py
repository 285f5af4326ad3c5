"""Column maps: header names folded, the seller-centre layouts file, and the host's own maps
remembered per layout so the next file like it imports without asking."""

import json

import pytest
from openpyxl import Workbook

from studio.commerce.catalog import ColumnsNeeded, load_catalog
from studio.commerce.columns import (
    ColumnMap,
    ColumnMemory,
    find_header,
    guess_map,
    known_layouts,
    layout_signature,
    normalise,
)
from studio.processing.overlays import OverlayStack
from studio.session.notices import Notices
from studio.session.shop import Shop

HEADER = ("Code", "Item", "Cost", "Left")


def _xlsx(path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_header_names_fold_case_width_spaces_and_punctuation():
    assert normalise("Seller SKU") == normalise("seller_sku") == "sellersku"
    assert normalise("ＳＥＬＬＥＲ　ＳＫＵ") == "sellersku"
    assert normalise("商品名稱 ") == "商品名稱"
    assert layout_signature(["A", None, "B ", None, ""]) == "a||b"


def test_every_layout_reads_id_title_price_and_cites_its_sources():
    layouts = known_layouts()
    names = {layout.name for layout in layouts}
    assert {"TikTok Shop", "Shopee", "Lazada", "Shopee (繁體中文)", "Shopee (简体中文)",
            "TikTok Shop (简体中文)", "Lazada (简体中文)"} <= names
    for layout in layouts:
        assert all(layout.columns.get(name) for name in ("id", "title", "price")), layout.name
        assert layout.sources and all(s.startswith("https://") for s in layout.sources), layout.name


def test_a_currency_in_the_price_header_is_used():
    line, found = find_header([(1, ("Seller SKU", "Product Name", "Price (MYR)", "Quantity"))])
    assert line == 1 and found.layout == "TikTok Shop" and found.currency == "MYR"
    assert found.missing() == ()


def test_everyday_names_are_suggested_but_never_imported_without_asking():
    header = ("編號", "品名", "售價", "數量", "圖片網址", "Harga asli")
    assert find_header([(1, header)]) is None  # no layout: the dialog asks
    guess = guess_map(header)
    assert guess.columns == {"id": (0,), "title": (1,), "price": (2,), "stock": (3,), "image": (4,),
                             "original_price": (5,)}
    assert guess.missing() == ("currency",)


def test_memory_keeps_one_map_per_layout_across_runs(tmp_path):
    path = tmp_path / "config" / "catalogue-columns.json"
    memory = ColumnMemory(path)
    first = ColumnMap(HEADER, {"id": (0,), "title": (1,), "price": (2,)}, "EUR")
    memory.remember(first)
    memory.remember(ColumnMap(("X", "Y", "Z"), {"id": (0,), "title": (1,), "price": (2,)}, "USD"))
    better = ColumnMap(HEADER, {"id": (0,), "title": (1,), "price": (2,), "stock": (3,)}, "EUR")
    memory.remember(better)  # the same layout again replaces the old choice
    again = ColumnMemory(path)
    assert len(again.maps()) == 2
    assert again.get(["code", "ITEM", "cost", "left", None]) == better
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 1


def test_an_unreadable_memory_file_is_an_empty_memory(tmp_path):
    path = tmp_path / "catalogue-columns.json"
    path.write_text("{not json", encoding="utf-8")
    assert ColumnMemory(path).maps() == []
    path.write_text(json.dumps({"maps": [{"header": ["a"], "columns": {"id": [0], "evil": [1]},
                                          "currency": "NOPE"}]}), encoding="utf-8")
    (kept,) = ColumnMemory(path).maps()
    assert kept.columns == {"id": (0,)} and kept.currency is None  # unknown fields, bad codes dropped


def test_a_chosen_map_is_remembered_and_the_next_file_like_it_imports_without_asking(tmp_path):
    memory = tmp_path / "catalogue-columns.json"
    shop = Shop(OverlayStack(320, 180), Notices(), column_maps=memory)
    monday = _xlsx(tmp_path / "monday.xlsx", [["Weekly stock"], list(HEADER), ["A1", "Lamp", 35, 2]])
    with pytest.raises(ColumnsNeeded) as caught:
        shop.load_catalog(monday)
    preview = caught.value.preview
    chosen = ColumnMap(preview.header, {"id": (0,), "title": (1,), "price": (2,), "stock": (3,)}, "EUR")
    assert [p.id for p in shop.load_catalog(monday, chosen).products] == ["A1"]

    # Next week: other rows above the header, other products; a new run of the app.
    tuesday = _xlsx(tmp_path / "tuesday.xlsx", [["Weekly stock"], ["(updated)"], list(HEADER),
                                                ["B7", "Rug", 80.5, 1], ["B8", "Vase", "cheap", 1]])
    later = Shop(OverlayStack(320, 180), Notices(), column_maps=memory)
    catalog = later.load_catalog(tuesday)
    assert [(p.id, str(p.price), p.currency) for p in catalog.products] == [("B7", "80.5", "EUR")]
    assert catalog.header_line == 3 and catalog.columns == chosen
    (bad,) = catalog.problems
    assert str(bad).startswith("Sheet 'Sheet' line 5: price 'cheap' is not a number")

    # Another layout still asks.
    with pytest.raises(ColumnsNeeded):
        later.load_catalog(_xlsx(tmp_path / "other.xlsx", [["Ref", "Name", "Amount"], ["1", "x", 2]]))


def test_a_remembered_map_wins_over_a_known_layout(tmp_path):
    header = ["Product Name", "Price", "Quantity", "Seller SKU"]
    path = _xlsx(tmp_path / "t.xlsx", [header, ["Mug", 5, 1, "M1"]])
    mine = ColumnMap(tuple(header), {"id": (0,), "title": (0,), "price": (1,)}, "THB")  # the name as id
    catalog = load_catalog(path, memory=_memory_with(tmp_path, mine))
    assert catalog.columns == mine
    (mug,) = catalog.products
    assert (mug.id, mug.currency, mug.stock) == ("Mug", "THB", None)


def _memory_with(tmp_path, column_map):
    memory = ColumnMemory(tmp_path / "m.json")
    memory.remember(column_map)
    return memory
