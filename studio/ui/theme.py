"""The dark theme: Fusion with a calm dark palette and a few named accents.

Colours that carry meaning (live red, recording red, warning amber, good green) are named
here once so every widget uses the same ones. Text keeps WCAG AA contrast (4.5:1) on its
background, and buttons show keyboard focus with a yellow outline (tests/test_theme.py)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

LIVE = QColor("#e5484d")
REC = QColor("#e5484d")
WARN = QColor("#f5a524")
GOOD = QColor("#30a46c")
INFO = QColor("#3e63dd")
MUTED_TEXT = QColor("#9ba1a6")
SURFACE = QColor("#1b1d1f")
BASE = QColor("#111213")
PREVIEW_BACKGROUND = QColor("#08090a")
FOCUS = QColor("#ffd60a")
# Fills behind white text (chips, badges): dark enough for 4.5:1.
ON_SCREEN_FILL = QColor("#1e7a4c")
ALERT_FILL = QColor("#c42b31")

STYLE = """
QToolBar#topbar { spacing: 8px; padding: 6px; border: none; }
QPushButton, QToolButton { background: #2a2d30; border: 1px solid #3a3f44; border-radius: 5px;
                           padding: 5px 12px; }
QPushButton:hover, QToolButton:hover { background: #33373b; }
QPushButton:pressed, QToolButton:checked { background: #1d2e62; border-color: #3e63dd; }
QPushButton:disabled, QToolButton:disabled { color: #5f6468; background: #1f2123; border-color: #26292b; }
QPushButton:focus, QToolButton:focus { border: 2px solid #ffd60a; }
QPushButton#goLive { font-weight: 600; min-width: 96px; background: #2b6b4a; color: white; }
QPushButton#goLive:hover { background: #33805a; }
QPushButton#goLive[live="true"] { background: #a8282d; }
QPushButton#goLive[live="true"]:hover { background: #c2353a; }
QPushButton#rehearse[recording="true"] { background: #5a1f22; }
QLabel#liveBadge { background: #c42b31; color: white; font-weight: 700; border-radius: 4px;
                   padding: 3px 8px; }
QLabel#liveBadge[state="connecting"], QLabel#liveBadge[state="reconnecting"] {
    background: #8a5a00; }
QLabel#recBadge { color: #ff6369; font-weight: 700; padding: 3px 6px; }
QLabel#emptyState { color: #9ba1a6; padding: 16px; }
QFrame#banner { border-radius: 6px; padding: 2px; }
QFrame#banner[level="info"] { background: #1d2e62; }
QFrame#banner[level="warning"] { background: #4a3510; }
QFrame#banner[level="error"] { background: #5a1f22; }
QFrame#banner QLabel { color: #f1f1f1; }
QDockWidget::title { padding: 6px; background: #1f2123; }
QFrame#tourCard { background: #26292b; border: 2px solid #ffd60a; border-radius: 8px; }
QLabel#tourTitle { font-weight: 700; font-size: 15px; }
"""


def apply_dark_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    p = QPalette()
    text = QColor("#ecedee")
    p.setColor(QPalette.ColorRole.Window, SURFACE)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, BASE)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#17191a"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#26292b"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, MUTED_TEXT)
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#26292b"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor("#ff6369"))
    p.setColor(QPalette.ColorRole.Link, QColor("#70b8ff"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#3e63dd"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#5f6468"))
    app.setPalette(p)
    app.setStyleSheet(STYLE)


def repolish(widget: object) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()  # type: ignore[attr-defined]
    style.unpolish(widget)
    style.polish(widget)
