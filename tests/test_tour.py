"""The first-run tour: three steps over the real window, skippable, shown once."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_the_tour_points_at_go_live_rehearse_and_products_then_never_again(make_window, qtbot, tmp_path):
    store = tmp_path / "tour.ini"
    window = make_window(store_path=store)
    tour = window.show_tour_once()
    assert tour is not None and tour.isVisible()
    targets = []
    for _ in range(3):
        targets.append(tour.steps[tour.index].target())
        assert not tour.target_rect().isNull()  # the highlighted control is on screen
        assert tour.title.text() and tour.text.text()
        tour.next.click()
    assert targets == [window.topbar.go_live, window.topbar.rehearse, window.products]
    assert window.tour is None and window.store.app_settings().tour_done
    assert window.show_tour_once() is None  # seen once: never shown again


def test_the_tour_can_be_skipped_with_escape(make_window, qtbot, tmp_path):
    window = make_window(store_path=tmp_path / "skip.ini")
    tour = window.show_tour_once()
    assert tour.isVisible()
    qtbot.keyClick(tour.next, Qt.Key.Key_Escape)  # where the focus is
    assert not tour.isVisible() and window.store.app_settings().tour_done
