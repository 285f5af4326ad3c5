"""Keyboard and screen-reader access in the real window (offscreen): every control is reached
by Tab in reading order, icon-only and unlabelled controls have names, meters give numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QTabBar,
    QWidget,
)

from studio.ui.products_dock import DEMO_CATALOG


def interactive(window) -> list[QWidget]:
    """What a keyboard user must be able to reach: every visible, enabled control that takes focus."""
    found = [w for w in window.findChildren(QWidget)
             if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
             and w.window() is window]
    # a spin box's inner line edit hands its focus on to the spin box (its focus proxy)
    return [w for w in found if w.focusProxy() is None]


def test_tab_visits_every_interactive_control_in_reading_order(make_window, qtbot):
    window = make_window()
    window.products.import_catalog(str(DEMO_CATALOG))
    qtbot.waitUntil(lambda: window.products.list.count() > 0, timeout=10000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    expected = set(interactive(window))
    assert window.topbar.go_live in expected and window.sources.gain in expected
    first = window.topbar.target
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=2000)
    visited: list[QWidget] = []
    for _ in range(len(expected) * 2 + 10):
        widget = QApplication.focusWidget()
        if widget in visited:
            break
        visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    missing = [f"{type(w).__name__} {w.objectName()!r} {w.accessibleName()!r}"
               for w in expected - set(visited)]
    assert not missing, "Tab never reaches:\n" + "\n".join(missing)
    position = {w: i for i, w in enumerate(visited)}
    # the way the eye reads it: top bar, left docks, the picture's buttons, right docks
    assert position[window.topbar.go_live] < position[window.sources.video] < position[window.enhance.off] \
        < position[window.split_button] < position[window.products.search]


def test_controls_without_their_own_text_have_accessible_names(make_window):
    window = make_window()
    unnamed = []
    for w in interactive(window):
        if isinstance(w, QTabBar):  # each tab says its dock's title
            text = " ".join(w.tabText(i) for i in range(w.count()))
        else:
            text = w.text() if isinstance(w, QAbstractButton | QLineEdit) else ""
        has_words = any(c.isalpha() for c in text)
        if isinstance(w, QLineEdit):
            has_words = False  # a typed value is not a label
        labelled = bool(w.accessibleName()) or has_words
        if isinstance(w, QAbstractSlider | QComboBox | QAbstractSpinBox | QLineEdit) or not has_words:
            labelled = bool(w.accessibleName()) or _has_buddy(window, w)
        if not labelled:
            unnamed.append(f"{type(w).__name__} {w.objectName()!r} tooltip={w.toolTip()!r}")
    assert not unnamed, "no accessible name:\n" + "\n".join(unnamed)


def _has_buddy(window, widget) -> bool:
    from PySide6.QtWidgets import QLabel

    return any(label.buddy() is widget and label.text() for label in window.findChildren(QLabel))


def test_meters_say_their_level_in_numbers_and_words(make_window, qtbot):
    window = make_window()
    meter = window.sources.meter
    qtbot.waitUntil(lambda: meter.level is not None and meter.accessibleDescription() != "", timeout=5000)
    assert "dBFS" in meter.accessibleDescription()
    from studio.transport.linkstats import QualityLevel

    bars = window.topbar.link_bars
    bars.set_level(QualityLevel.POOR)
    assert bars.accessibleName() and bars.accessibleDescription() == "poor"
