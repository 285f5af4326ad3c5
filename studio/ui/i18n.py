"""Translations: compiled Qt catalogues in `i18n/seller_studio_<lang>.qm`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"
NAMES = {"": "English", "zh_CN": "简体中文", "ja": "日本語", "th": "ไทย", "vi": "Tiếng Việt",
         "ar": "العربية", "id": "Bahasa Indonesia", "es": "Español", "pt_BR": "Português (Brasil)"}


def available_languages() -> list[tuple[str, str]]:
    """(code, native name) for English plus every compiled catalogue."""
    codes = [""]
    if I18N_DIR.is_dir():
        codes += sorted(p.stem.removeprefix("seller_studio_") for p in I18N_DIR.glob("seller_studio_*.qm"))
    return [(code, NAMES.get(code, code)) for code in codes]


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and our translations for `language` (empty: the system's language)."""
    locale = QLocale(language) if language else QLocale.system()
    installed = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, "seller_studio", "_", str(I18N_DIR)):
        app.installTranslator(ours)
        installed.append(ours)
    if installed:  # Arabic and other right-to-left languages mirror the layout
        app.setLayoutDirection(locale.textDirection())
    return installed
