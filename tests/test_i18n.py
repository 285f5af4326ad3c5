"""Translations: the catalogues are complete and current, and the window switches language
live (offscreen), Arabic right-to-left, without a string left behind in English."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDockWidget, QGroupBox, QLabel, QLineEdit

from studio.messages import Message
from studio.ui.banner import translated
from studio.ui.i18n import best_language, current_language, set_language, shipped_languages

ROOT = Path(__file__).resolve().parents[1]


def load_script():
    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_catalogues_are_complete_current_and_cover_the_source():
    """What CI checks: no unfinished entry, no lost placeholder, every .qm compiled from its
    .ts, every source string in every .ts, every web table complete."""
    problems = load_script().check()
    hint = "\n(run scripts/i18n.py update / compile; see docs/i18n.md)"
    assert not problems, "\n".join(problems[:40]) + hint


def test_the_check_notices_a_stale_catalogue(tmp_path, monkeypatch):
    script = load_script()
    folder = tmp_path / "i18n"
    shutil.copytree(ROOT / "i18n", folder)
    monkeypatch.setattr(script, "I18N", folder)
    monkeypatch.setattr(script, "WEB", folder / "web")
    ts = folder / "seller_studio_id.ts"
    tree = ET.parse(ts)
    message = next(m for m in tree.getroot().iter("message") if m.findtext("source") == "Go Live")
    message.find("translation").text = "Mulai Siaran Langsung"  # edited, not compiled again
    tree.write(ts, encoding="utf-8")
    problems = script.check()
    assert any("seller_studio_id.qm is stale" in p for p in problems), problems
    message.find("translation").set("type", "unfinished")
    tree.write(ts, encoding="utf-8")
    assert any("unfinished" in p for p in script.check())


def test_every_required_language_ships():
    assert set(shipped_languages()) >= {"en", "zh_CN", "zh_TW", "id", "th", "vi", "ms", "es", "pt_BR", "ar",
                                        "ja", "ko"}


@pytest.mark.parametrize("tags, code", [
    (["zh-CN"], "zh_CN"), (["zh-Hant-HK"], "zh_TW"), (["zh-TW"], "zh_TW"), (["zh"], "zh_CN"),
    (["pt-PT"], "pt_BR"), (["es-MX"], "es"), (["in-ID"], "id"), (["ms-MY"], "ms"), (["ar-EG"], "ar"),
    (["fr-FR", "th-TH"], "th"), (["fr-FR"], "en"), (["en-GB", "zh-CN"], "en"),
])
def test_the_system_language_picks_the_nearest_catalogue(tags, code):
    assert best_language(tags, shipped_languages()) == code


def test_plural_forms_follow_the_language(qapp):
    try:
        from studio.ui.products_dock import ProductsDock

        def products(n: int) -> str:
            return QCoreApplication.translate("ProductsDock", "%n product(s)", "", n)

        set_language(qapp, "en")
        assert (products(1), products(7)) == ("1 product", "7 products")
        set_language(qapp, "ar")
        assert products(1) == "منتج واحد" and products(2) == "منتجان" and products(7) == "7 منتجات"
        assert products(15) == "15 منتجًا" and products(100) == "100 منتج"
        set_language(qapp, "es")
        assert (products(1), products(3)) == ("1 producto", "3 productos")
        assert ProductsDock  # the context is the dock's class name
    finally:
        set_language(qapp, "en")


def test_core_sentences_are_shown_in_the_window_language(qapp):
    from studio.media.base import SourceError
    from studio.media.devices import audio_fallback, video_fallback

    try:
        set_language(qapp, "zh_CN")
        no_mic = audio_fallback(SourceError("No microphone found.", missing=True))
        assert translated(no_mic) == "未找到麦克风：正在录制静音。请插上麦克风，并在“来源”中选择它。"
        nested = video_fallback(SourceError(Message("Camera {name} opened but gives no picture.", name=2)))
        assert translated(nested) == "摄像头 2 已打开，但没有画面。 已改为显示示例画面。"
        assert translated("plain text from elsewhere") == "plain text from elsewhere"
    finally:
        set_language(qapp, "en")


def visible_texts(window) -> list[str]:
    texts = [window.windowTitle()]
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisible() and widget.window() is window:
            texts.append(widget.text())
    texts += [w.windowTitle() for w in window.findChildren(QDockWidget)]
    texts += [w.title() for w in window.findChildren(QGroupBox) if w.isVisible()]
    texts += [w.placeholderText() for w in window.findChildren(QLineEdit) if w.isVisible()]
    texts += [a.text() for a in window.menuBar().actions()]
    for action in window.menuBar().actions():
        texts += [a.text() for a in action.menu().actions() if a.text()]
    texts += [w.toolTip() for w in window.findChildren(QAbstractButton) if w.isVisible()]
    return [t for t in texts if t]


def english_sources() -> set[str]:
    """Every translatable English string whose Chinese translation differs from it."""
    tree = ET.parse(ROOT / "i18n" / "seller_studio_zh_CN.ts")
    out = set()
    for message in tree.getroot().iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if source and source not in forms and any(c.isalpha() for c in source.replace("&", "")):
            out.add(source)
    return out


def test_switching_to_chinese_and_arabic_live_changes_the_window(make_window, qtbot):
    window = make_window()
    app = QApplication.instance()
    english = english_sources()
    try:
        assert window.topbar.go_live.text() == "Go Live"
        window.set_language("zh_CN")
        qtbot.waitUntil(lambda: window.topbar.go_live.text() == "开播", timeout=5000)
        assert current_language() == "zh_CN" and window.store.language() == "zh_CN"
        assert window.sources.windowTitle() == "来源" and window.products.windowTitle() == "商品"
        assert window.menuBar().actions()[0].text() == "文件(&F)"
        assert window.split_button.text() == "美化前 / 后"
        assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
        left_in_english = sorted({t for t in visible_texts(window) if t in english})
        assert not left_in_english, f"still in English after the switch: {left_in_english}"
        # the views still work after the rebuild: pin a product from the new dock
        window.products.import_catalog(str(ROOT / "assets" / "products" / "demo.csv"))
        qtbot.waitUntil(lambda: window.products.list.count() == 7, timeout=10000)
        assert window.products.source.text().startswith("7 件商品")

        window.set_language("ar")
        qtbot.waitUntil(lambda: window.topbar.go_live.text() == "بدء البث", timeout=5000)
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.isRightToLeft() and window.topbar.isRightToLeft()
        assert window.products.list.count() == 7  # the session kept the catalogue
        window.set_language("en")
        qtbot.waitUntil(lambda: window.topbar.go_live.text() == "Go Live", timeout=5000)
        assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        set_language(app, "en")


def test_a_language_switch_keeps_the_layout_and_what_the_host_typed(make_window, qtbot):
    window = make_window()
    try:
        window.quality.close()
        window.comments.reply_box.setText("稍等一下")
        window.products.search.setText("tote")
        old_comments = window.comments
        window.set_language("id")
        qtbot.waitUntil(lambda: window.comments is not old_comments, timeout=5000)
        assert window.quality.isHidden()
        assert window.comments.reply_box.text() == "稍等一下"
        assert window.products.search.text() == "tote"
        assert window.topbar.go_live.text() == "Mulai Live"
        # the old views are gone, and their handlers with them
        import shiboken6

        qtbot.waitUntil(lambda: not shiboken6.isValid(old_comments), timeout=2000)
        connections = len(window.bridge._connections)
        before = window.comments
        window.set_language("ja")
        qtbot.waitUntil(lambda: window.topbar.go_live.text() == "配信開始", timeout=5000)
        qtbot.waitUntil(lambda: not shiboken6.isValid(before), timeout=2000)
        assert len(window.bridge._connections) == connections  # no handler piles up per switch
    finally:
        set_language(QApplication.instance(), "en")
