"""Translations: compiled Qt catalogues `i18n/seller_studio_<lang>.qm`, chosen from the system
locale or the Language setting, switched live.

`set_language()` swaps the installed translators; Qt then sends every widget a LanguageChange
event, and the main window rebuilds its views in the new language (`MainWindow.changeEvent`).
A right-to-left language (Arabic) mirrors the whole layout."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from studio.paths import i18n_dir
from studio.settings import LANGUAGES

CATALOGUE = "seller_studio"
_installed: list[QTranslator] = []
_current = {"code": "en"}


def shipped_languages() -> list[str]:
    """Codes with a compiled catalogue, in the order of `studio.settings.LANGUAGES`."""
    folder = i18n_dir()
    files = folder.glob(f"{CATALOGUE}_*.qm") if folder.is_dir() else []
    have = {p.stem.removeprefix(f"{CATALOGUE}_") for p in files}
    return [code for code, _ in LANGUAGES if code in have]


def available_languages() -> list[tuple[str, str]]:
    """(code, name) for the Language menu and setting: the system's, English, and each catalogue.
    The first name is translated; the others are each language's own name."""
    names = dict(LANGUAGES)
    codes = ["", "en", *shipped_languages()]
    return [(code, QCoreApplication.translate("Settings", names[code]) if code == "" else names[code])
            for code in codes]


def best_language(ui_languages: list[str], shipped: list[str]) -> str:
    """The shipped catalogue that best fits a list of BCP 47 tags (most wanted first), or "en".
    Chinese goes by script (Hant → zh_TW), Portuguese to pt_BR, Malay and Indonesian by name."""
    for tag in ui_languages:
        parts = tag.replace("_", "-").split("-")
        lang = parts[0].lower()
        rest = parts[1:]
        if lang == "en":
            return "en"
        if lang == "zh":
            traditional = "Hant" in rest or any(r.upper() in ("TW", "HK", "MO") for r in rest)
            code = "zh_TW" if traditional and "Hans" not in rest else "zh_CN"
        elif lang == "pt":
            code = "pt_BR"
        elif lang == "in":  # the old code for Indonesian
            code = "id"
        else:
            code = lang
        if code in shipped:
            return code
    return "en"


def resolve(language: str) -> str:
    """The catalogue code to use for a Language setting ("" follows the system)."""
    shipped = shipped_languages()
    if language:
        return language if language in shipped or language == "en" else best_language([language], shipped)
    return best_language(QLocale.system().uiLanguages(), shipped)


def set_language(app: QCoreApplication, language: str) -> str:
    """Install the translators for `language` ("" = the system's), replacing the ones before.
    Returns the code in use. Qt sends LanguageChange to every widget when translators change."""
    code = resolve(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(code)
    if code != "en":
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    ours = QTranslator(app)  # English too: its catalogue holds the plural forms ("1 product")
    if ours.load(str(i18n_dir() / f"{CATALOGUE}_{code}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    QLocale.setDefault(locale if language else QLocale.system())  # numbers and times in widgets
    direction = locale.textDirection() if code != "en" else Qt.LayoutDirection.LeftToRight
    if hasattr(app, "setLayoutDirection"):  # a QGuiApplication: Arabic mirrors the layout
        app.setLayoutDirection(direction)  # type: ignore[attr-defined]
    _current["code"] = code
    return code


def current_language() -> str:
    return _current["code"]

