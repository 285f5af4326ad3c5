"""Rules of the codebase, checked like behaviour: the core stays Qt-free and lint-clean."""

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

BIN = Path(sys.executable).parent


def test_core_never_imports_qt():
    proc = subprocess.run([str(BIN / "lint-imports")], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_core_imports_without_qt_installed_paths():
    # Import every core module in a fresh interpreter and check Qt was not pulled in.
    code = (
        "import sys, pkgutil, importlib, studio\n"
        "for m in pkgutil.walk_packages(studio.__path__, 'studio.'):\n"
        "    if not m.name.startswith(('studio.ui', 'studio.__main__')): importlib.import_module(m.name)\n"
        "bad = [n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'qasync'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_ruff_is_clean():
    proc = subprocess.run([str(BIN / "ruff"), "check", "studio", "tests", "bench"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
