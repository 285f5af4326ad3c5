import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def artifacts() -> Path:
    """A folder for files a person may want to look at after the run (screenshots, media)."""
    path = ROOT / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path


def studio_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "studio", *args]
