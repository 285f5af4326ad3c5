import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A running studio tells local tools how to reach it (studio/paths.py control_file): never the
# user's own file from a test.
os.environ.setdefault("SELLER_STUDIO_CONTROL",
                      str(Path(tempfile.gettempdir()) / f"studio-control-{os.getpid()}.json"))


@pytest.fixture(autouse=True)
def _english_catalogue(request):
    """Qt tests run in English with its catalogue (the plural forms), as the app does."""
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from studio.ui.i18n import set_language

        set_language(request.getfixturevalue("qapp"), "en")
    yield


@pytest.fixture
def artifacts() -> Path:
    """A folder for files a person may want to look at after the run (screenshots, media)."""
    path = ROOT / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path


def studio_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "studio", *args]


@pytest.fixture
def make_window(qtbot, tmp_path):
    """Open the real studio window on a real session (demo sources, a free port, a temp
    settings file); windows still open at the end are closed the way a user closes them."""
    from studio.session import Session
    from studio.settings import SessionSettings
    from studio.ui.main_window import MainWindow
    from studio.ui.settings_store import SettingsStore

    windows: list[MainWindow] = []

    def make(video: str = "demo", audio: str = "demo", countdown_s: int = 0,
             store_path: Path | None = None) -> MainWindow:
        settings = SessionSettings(video_source=video, audio_source=audio, server_port=0,
                                   recordings_dir=tmp_path / "recordings")
        store = SettingsStore(store_path or tmp_path / "settings.ini")
        window = MainWindow(Session(settings), store, countdown_s=countdown_s)
        window.show()
        window.start()
        windows.append(window)
        qtbot.waitUntil(lambda: window.preview.first_paint_time is not None, timeout=15000)
        return window

    yield make
    for window in windows:
        if not window.closed:
            window.close()
            qtbot.waitUntil(lambda w=window: w.closed, timeout=20000)


# -- ending the test process -----------------------------------------------------------------------
# Every test passes, then CPython's finalization destroys the remaining PySide6 wrappers in an
# order Qt does not expect ("QObject: shared QObject was deleted directly") and the process dies
# with SIGSEGV (exit 139) after pytest has printed its summary. The run's result is known by then:
# leave with it without finalizing the interpreter.
_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    if _EXIT_STATUS and "PySide6.QtWidgets" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
