"""The dark theme keeps text at WCAG AA contrast (4.5:1) and shows keyboard focus."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette

from studio.ui import theme
from studio.ui.comments_dock import HOST
from studio.ui.comments_dock import ON_SCREEN as COMMENT_ON_SCREEN
from studio.ui.products_dock import DISCOUNT, LOW, ON_SCREEN, SOLD_OUT

AA = 4.5


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def rules() -> list[tuple[str, dict[str, str]]]:
    out = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", theme.STYLE):
        pairs = (d.split(":", 1) for d in body.split(";") if ":" in d)
        decls = {k.strip(): v.strip() for k, v in pairs}
        out.append((" ".join(selector.split()), decls))
    return out


def test_palette_text_roles_reach_aa(qapp):
    theme.apply_dark_theme(qapp)
    p = qapp.palette()
    R = QPalette.ColorRole
    for fg, bg in ((R.WindowText, R.Window), (R.Text, R.Base), (R.ButtonText, R.Button),
                   (R.HighlightedText, R.Highlight), (R.ToolTipText, R.ToolTipBase), (R.Link, R.Window),
                   (R.PlaceholderText, R.Base), (R.Text, R.AlternateBase)):
        ratio = contrast(p.color(fg), p.color(bg))
        assert ratio >= AA, f"{fg.name} on {bg.name}: {ratio:.2f}"


def test_every_style_rule_with_text_reaches_aa(qapp):
    theme.apply_dark_theme(qapp)
    text = qapp.palette().color(QPalette.ColorRole.WindowText)
    window = qapp.palette().color(QPalette.ColorRole.Window)
    colours = {selector: decls["color"] for selector, decls in rules() if "color" in decls}
    checked = 0
    for selector, decls in rules():
        if ":disabled" in selector or "QDockWidget::title" == selector:
            continue  # disabled controls are exempt from the contrast rule
        base = re.split(r"[:\[]", selector)[0]  # a :hover or [state] rule keeps its widget's colour
        fg = QColor(decls.get("color") or colours.get(base) or text.name())
        background = decls.get("background", "")
        bg = QColor(background) if background.startswith("#") else window
        if "color" not in decls and not background.startswith("#"):
            continue
        ratio = contrast(fg, bg)
        assert ratio >= AA, f"{selector}: {fg.name()} on {bg.name()} is {ratio:.2f}"
        checked += 1
    assert checked >= 10


def test_chips_and_coloured_words_reach_aa():
    white, base = QColor("white"), QColor("#111213")
    for fill in (ON_SCREEN, DISCOUNT, COMMENT_ON_SCREEN, HOST, theme.ON_SCREEN_FILL, theme.ALERT_FILL):
        assert contrast(white, fill) >= AA, fill.name()
    for word in (LOW, SOLD_OUT, theme.MUTED_TEXT):
        assert contrast(word, base) >= AA, word.name()


def test_styled_buttons_show_keyboard_focus():
    focus = [decls for selector, decls in rules() if ":focus" in selector and "QPushButton" in selector]
    assert focus and theme.FOCUS.name() in focus[0].get("border", "")
    assert contrast(theme.FOCUS, QColor("#2a2d30")) >= 3  # a focus ring needs 3:1 against the button
