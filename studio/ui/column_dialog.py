"""The column dialog: for a spreadsheet whose columns Seller Studio does not know (or that
names no currency), the host says which column holds the id, the name, the price, … with the
first rows shown underneath. A thin view over `CatalogPreview` → `ColumnMap`; the session
remembers the map for every later file with the same columns."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.commerce.catalog import CatalogError, CatalogPreview, preview_catalog
from studio.commerce.columns import HEADER_SCAN, NEEDED, ColumnMap
from studio.commerce.money import SELLING_CURRENCIES, is_known_currency

# The details offered, in the order a host thinks of them (Product fields, plus variation).
CHOICES = ("id", "title", "price", "original_price", "currency", "stock", "image", "url", "variation")


def column_letter(index: int) -> str:
    """0 → "A", 26 → "AA": the column names spreadsheets show."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class ColumnDialog(QDialog):
    def __init__(self, preview: CatalogPreview, default_currency: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setObjectName("columnDialog")
        self.setWindowTitle(self.tr("Choose the catalogue's columns"))
        self.labels = {
            "id": self.tr("Product id (SKU)"), "title": self.tr("Product name"), "price": self.tr("Price"),
            "original_price": self.tr("Price before discount"), "currency": self.tr("Currency column"),
            "stock": self.tr("Stock"), "image": self.tr("Picture"), "url": self.tr("Product link"),
            "variation": self.tr("Variation (size, colour)"),
        }
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        # Where the header is: another sheet, another row.
        self.sheet = QComboBox()
        self.sheet.addItems(list(preview.sheets))
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.header_line = QSpinBox()
        self.header_line.setRange(1, HEADER_SCAN)
        self.header_line.setAccessibleName(self.tr("Header row"))
        self.header_line.setToolTip(self.tr("The row that names the columns; rows above it are ignored"))
        where = QFormLayout()
        if len(preview.sheets) > 1:
            where.addRow(self.tr("Sheet"), self.sheet)
        where.addRow(self.tr("Header row"), self.header_line)
        self.sheet.currentTextChanged.connect(lambda _name: self._reread(header_line=None))
        self.header_line.valueChanged.connect(lambda line: self._reread(header_line=line))

        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for field in CHOICES:
            combo = QComboBox()
            combo.setAccessibleName(self.labels[field])
            combo.currentIndexChanged.connect(self._update)
            self.combos[field] = combo
            form.addRow(self.labels[field] + (" *" if field in NEEDED else ""), combo)
        self.currency = QComboBox()
        self.currency.setEditable(True)  # any ISO 4217 code; the usual ones listed
        self.currency.setAccessibleName(self.tr("Currency of the prices"))
        self.currency.setToolTip(self.tr("The currency of rows whose currency column is empty, or of every "
                                         "row when the file has no currency column (ISO 4217 code)"))
        codes = [c for c in (preview.suggestion.currency, default_currency) if c] + list(SELLING_CURRENCIES)
        self.currency.addItems(list(dict.fromkeys(codes)))
        self.currency.setCurrentText(preview.suggestion.currency or default_currency or "")
        self.currency.currentTextChanged.connect(self._update)
        form.addRow(self.tr("Prices are in"), self.currency)

        self.table = QTableWidget()
        self.table.setObjectName("columnPreview")
        self.table.setAccessibleName(self.tr("The first rows of the file"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setMinimumHeight(140)

        self.hint = QLabel()
        self.hint.setObjectName("warningText")
        self.hint.setWordWrap(True)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(ok | cancel)
        self.import_button = self.buttons.button(ok)
        self.import_button.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(where)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("First rows:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(640, 660)
        self._show(preview)

    def _show(self, preview: CatalogPreview) -> None:
        """Fill the lists, the table and the sentence from `preview`."""
        self.preview = preview
        for widget, value in ((self.sheet, preview.sheet), (self.header_line, preview.header_line)):
            widget.blockSignals(True)
            if isinstance(widget, QSpinBox):
                widget.setValue(value)
            else:
                widget.setCurrentText(value or "")
            widget.blockSignals(False)
        line = preview.header_line
        where = (self.tr("sheet “{sheet}”, header on line {line}").format(sheet=preview.sheet, line=line)
                 if preview.sheet is not None else self.tr("header on line {line}").format(line=line))
        self.intro.setText(self.tr("Say which column of {file} ({where}) holds each detail. Seller Studio "
                                   "remembers your choice and reads files with the same columns without "
                                   "asking again.").format(file=preview.path.name, where=where))
        suggested = preview.suggestion.columns
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in this file —"), None)
            for index, text in enumerate(preview.header):
                if text:
                    combo.addItem(f"{column_letter(index)} · {text}", index)
            chosen = suggested.get(field)
            combo.setCurrentIndex(max(0, combo.findData(chosen[0])) if chosen else 0)
            combo.blockSignals(False)
        if preview.suggestion.currency:
            self.currency.setCurrentText(preview.suggestion.currency)
        self.table.clear()
        self.table.setRowCount(len(preview.rows))
        self.table.setColumnCount(len(preview.header))
        self.table.setVerticalHeaderLabels([str(row_line) for row_line, _ in preview.rows])
        for row, (_line, cells) in enumerate(preview.rows):
            for column, value in enumerate(cells[:len(preview.header)]):
                if value:
                    self.table.setItem(row, column, QTableWidgetItem(value))
        self._update()

    def _reread(self, header_line: int | None) -> None:
        """Another sheet or header row: read the file's first rows again (a small read)."""
        sheet = self.sheet.currentText() or None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = preview_catalog(self.preview.path, sheet, header_line)
        except CatalogError as exc:  # the file changed or went away meanwhile
            self.hint.setText(str(exc))
            self.hint.show()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._show(preview)

    def _chosen(self, field: str) -> int | None:
        return self.combos[field].currentData()

    def _update(self, *_: object) -> None:
        """Headers of the preview say what each column is used for; Import waits for id, name,
        price and a currency."""
        used: dict[int, list[str]] = {}
        for field in CHOICES:
            index = self._chosen(field)
            if index is not None:
                used.setdefault(index, []).append(self.labels[field])
        self.table.setHorizontalHeaderLabels([
            f"{column_letter(i)} · {text}" + (f"\n→ {', '.join(used[i])}" if i in used else "")
            for i, text in enumerate(self.preview.header)])
        self.table.resizeColumnsToContents()
        missing = [self.labels[f] for f in NEEDED if self._chosen(f) is None]
        currency = self.currency.currentText().strip().upper()
        if missing:
            text = self.tr("Choose the columns for: {fields}.").format(fields=", ".join(missing))
        elif self._chosen("currency") is None and not is_known_currency(currency):
            text = self.tr("Choose the currency the prices are in (an ISO 4217 code such as USD or MYR).")
        else:
            text = ""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
        self.import_button.setEnabled(not text)

    def column_map(self) -> ColumnMap:
        """The host's choice. A detail left as suggested keeps the suggestion's fallback columns
        (a parent SKU after the SKU); `group` columns are kept from the suggestion."""
        suggestion = self.preview.suggestion
        columns: dict[str, tuple[int, ...]] = {}
        for field in CHOICES:
            index = self._chosen(field)
            if index is None:
                continue
            kept = suggestion.columns.get(field, ())
            columns[field] = kept if kept and kept[0] == index else (index,)
        if suggestion.columns.get("group"):
            columns["group"] = suggestion.columns["group"]
        currency = self.currency.currentText().strip().upper()
        same = all(columns.get(f) == suggestion.columns.get(f) for f in CHOICES)
        return ColumnMap(suggestion.header, columns, currency if is_known_currency(currency) else None,
                         suggestion.layout if same else None)

    def keyPressEvent(self, event) -> None:  # Enter in the currency box must not import early
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.import_button.isEnabled():
            return
        super().keyPressEvent(event)
