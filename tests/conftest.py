import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.leaks import RUN_LOG, secrets_in_logs, start_run_log

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


# -- a microphone on a machine without a sound card ------------------------------------------------
@pytest.fixture
def pulse_mic(tmp_path_factory):
    """A private PulseAudio server (user mode) whose default microphone hears what is played
    into `vsink`, fresh for each test (a server that other streams have used lined echoes up
    worse)."""
    runtime = tmp_path_factory.mktemp("pulse")
    os.chmod(runtime, 0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(runtime)}
    env.pop("PULSE_SERVER", None)
    subprocess.run(["pulseaudio", "--start", "--exit-idle-time=-1", "-n", "-F", "/dev/null",
                    "--load=module-native-protocol-unix"], env=env, check=True, timeout=30,
                   capture_output=True)
    for args in (["load-module", "module-null-sink", "sink_name=vsink"],
                 ["load-module", "module-remap-source", "master=vsink.monitor", "source_name=vmic"],
                 ["set-default-source", "vmic"], ["set-default-sink", "vsink"]):
        subprocess.run(["pactl", *args], env=env, check=True, timeout=10, capture_output=True)
    # A fresh server's first streams misbehave for seconds (measured: stamps half a second off,
    # echoes that never line up); a desktop's server has long been running. Warm it up.
    for cmd, seconds in ((["pacat", "--playback", "--device=vsink", "/dev/zero"], 2),
                         (["parec", "--device=vmic"], 1)):
        with subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as proc:
            try:
                proc.wait(timeout=seconds)
            except subprocess.TimeoutExpired:
                proc.terminate()
    yield env
    subprocess.run(["pactl", "exit"], env=env, timeout=10, capture_output=True)


# -- secrets never reach a log (tests/leaks.py): every record of the run, searched at the end -------
def pytest_configure(config):
    start_run_log()


# -- ending the test process -----------------------------------------------------------------------
# Every test passes, then CPython's finalization destroys the remaining PySide6 wrappers in an
# order Qt does not expect ("QObject: shared QObject was deleted directly") and the process dies
# with SIGSEGV (exit 139) after pytest has printed its summary. The run's result is known by then:
# leave with it without finalizing the interpreter.
_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session, exitstatus):
    leaks = secrets_in_logs()
    if leaks:
        sys.stderr.write("\nSecrets found in the logs of this run:\n" + "\n".join(leaks[:20]) + "\n")
        session.exitstatus = exitstatus = pytest.ExitCode.TESTS_FAILED
    else:
        RUN_LOG.unlink(missing_ok=True)  # kept only when it shows a leak
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    if _EXIT_STATUS and "PySide6.QtWidgets" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
