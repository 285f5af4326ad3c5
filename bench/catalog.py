"""Catalogue import speed: the same products as a CSV file and as an Excel workbook in a
Shopee layout (20 columns, web picture links, three variations per product). Prints
figures; asserts nothing. The CSV read, measured in the same run, is the reference.

    .venv/bin/python bench/catalog.py [--quick]
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402

from studio.commerce.catalog import load_catalog  # noqa: E402

HEADER = ["Product Name", "Product Description", "Parent SKU", "Variation Integration No.", "Variation Name1",
          "Option for Variation 1", "Price", "Stock", "SKU", "Cover image", "Currency",
          *(f"extra {i}" for i in range(9))]


def rows(count: int) -> list[list[object]]:
    return [[f"Product {i // 3}" if i % 3 == 0 else None, "A description. " * 12, f"P{i // 3}", f"G{i // 3}",
             "Colour", ("red", "white", "blue")[i % 3], 19.99 + i, i % 50, f"SKU{i}",
             f"https://cf.example/{i}.jpg", "MYR"] + [f"v{j}" for j in range(9)] for i in range(count)]


def best_of(path: Path, repeat: int) -> tuple[float, int]:
    """Best time of `repeat` loads, and the products read."""
    times, products = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        products = len(load_catalog(path).products)
        times.append(time.perf_counter() - t0)
    return min(times), products


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    sizes = (1_000,) if args.quick else (1_000, 10_000)
    with tempfile.TemporaryDirectory() as folder:
        for count in sizes:
            data = rows(count)
            csv_path, xlsx_path = Path(folder) / f"{count}.csv", Path(folder) / f"{count}.xlsx"
            with csv_path.open("w", newline="", encoding="utf-8") as f:
                csv.writer(f).writerows([HEADER, *data])
            book = Workbook(write_only=True)
            sheet = book.create_sheet("Products")
            for row in ([HEADER], data):
                for cells in row:
                    sheet.append(cells)
            book.save(xlsx_path)
            repeat = 3 if count <= 1_000 else 1
            (t_csv, n_csv), (t_xlsx, n_xlsx) = best_of(csv_path, repeat), best_of(xlsx_path, repeat)
            print(f"  {count:>6} rows   CSV {t_csv * 1000:6.0f} ms ({n_csv} products)   "
                  f"XLSX {t_xlsx * 1000:6.0f} ms ({n_xlsx} products)   XLSX/CSV {t_xlsx / t_csv:5.1f}×   "
                  f"XLSX {count / t_xlsx:6.0f} rows/s", flush=True)


if __name__ == "__main__":
    main()
