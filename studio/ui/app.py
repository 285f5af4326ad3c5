"""`seller-studio` (no arguments): the studio window."""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

log = logging.getLogger(__name__)


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_app(source: str | None = None, argv: list[str] | None = None,
            settings_path: str | Path | None = None) -> int:
    if not has_display():
        print("seller-studio: there is no display to open the window on. Run it from a desktop "
              "session, under `xvfb-run`, or use `seller-studio rehearse` / `publish` without a "
              "window.", file=sys.stderr)
        return 2
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from studio.paths import log_to_file
    from studio.session import Session
    from studio.ui.settings_store import SettingsStore

    log_file = log_to_file()  # rotated, in the platform's log folder: what a host can send us
    log.info("Seller Studio starting; log %s", log_file)
    store = SettingsStore(settings_path or None)
    settings = store.session_settings()
    if source:
        settings = replace(settings, video_source=source)
    session = Session(settings)
    # Open the camera and start the picture while the window is being built (start-up time).
    threading.Thread(target=session.start, name="SessionStart", daemon=True).start()

    from studio.ui.i18n import set_language
    from studio.ui.main_window import MainWindow
    from studio.ui.theme import apply_dark_theme

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("SellerStudio")
    app.setApplicationName("Seller Studio")
    app.setDesktopFileName("seller-studio")
    from PySide6.QtGui import QIcon

    from studio.paths import icon_file

    if icon_file().is_file():
        app.setWindowIcon(QIcon(str(icon_file())))
    apply_dark_theme(app)
    set_language(app, store.language())
    window = MainWindow(session, store)
    trace = os.environ.get("SELLER_STUDIO_TRACE")
    if trace:  # benchmarks: when the first picture reached the screen
        def first_paint() -> None:
            window.preview.frame_painted.disconnect(first_paint)
            Path(trace).write_text(f"first_paint {time.time():.6f}\n")

        window.preview.frame_painted.connect(first_paint)
    window.show()
    window.start()
    window.show_tour_once()

    # Ctrl+C / SIGTERM close the window properly (a recording is finalised, a show ended).
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: window.close())
    heartbeat = QTimer(interval=250)  # lets Python run its signal handlers inside Qt's loop
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start()
    code = app.exec()
    if not window.closed:  # the loop ended some other way: still finalise
        session.close()
    return int(code)
