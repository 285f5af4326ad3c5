"""Installers: the desktop entry, AppStream metainfo and icons are valid; the PyInstaller
bundle builds, starts, prints its version and records a rehearsal that decodes back.

The build takes minutes on 2 cores, so it runs only when asked:
    SELLER_STUDIO_BUILD=1 .venv/bin/python -m pytest -q tests/test_packaging.py
(or `bash packaging/build.sh` on its own)."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PIL import Image

from studio import __version__
from tests.conftest import ROOT

PACKAGING = ROOT / "packaging"
METAINFO = PACKAGING / "io.github.sellerstudio.SellerStudio.metainfo.xml"


def test_the_desktop_entry_launches_the_command_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None, strict=False)
    entry.optionxform = str
    entry.read(PACKAGING / "seller-studio.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"] == "seller-studio"
    assert section["Icon"] == "seller-studio" and section["Terminal"] == "false"
    assert "AudioVideo" in section["Categories"].split(";")


def test_the_metainfo_names_the_desktop_entry_and_the_release():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("launchable") == "seller-studio.desktop"
    assert root.findtext("provides/binary") == "seller-studio"
    assert root.find("releases/release").get("version") == __version__


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstreamcli is not installed")
def test_the_metainfo_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils is not installed")
def test_the_desktop_entry_validates():
    result = subprocess.run(["desktop-file-validate", str(PACKAGING / "seller-studio.desktop")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_icons_at_the_usual_sizes():
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "seller-studio.png"
        with Image.open(path) as im:
            assert im.size == (size, size) and im.mode == "RGBA"
    with Image.open(PACKAGING / "icons" / "seller-studio.ico") as ico:
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    assert (PACKAGING / "icons" / "seller-studio.icns").stat().st_size > 10_000


def test_the_spec_bundles_what_the_app_reads_at_run_time():
    spec = (PACKAGING / "seller-studio.spec").read_text()
    for needed in ("i18n/*.qm", "i18n/web/*.json", "assets/products/*.csv", "server/static/*",
                   "packaging/icons/hicolor", "collect_submodules(\"studio\")", "BUNDLE("):
        assert needed in spec, needed


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("SELLER_STUDIO_BUILD") != "1",
                    reason="the PyInstaller build takes minutes: set SELLER_STUDIO_BUILD=1")
def test_build_sh_builds_a_bundle_that_starts_and_records():
    result = subprocess.run(["bash", str(PACKAGING / "build.sh")], capture_output=True, text=True,
                            timeout=1800, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert f"seller-studio {__version__}" in result.stdout
    assert re.search(r"decoded \d+ video frames", result.stdout)  # build.sh checks 80-100 of 90


def test_every_dependency_has_a_lower_bound():
    """A fresh install never picks a version older than the one this code was tested with
    (docs/reliability.md: dependencies, and the pip-audit command)."""
    import tomllib

    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    wanted = [*project["build-system"]["requires"], *project["project"]["dependencies"],
              *(r for extra in project["project"]["optional-dependencies"].values() for r in extra)]
    unbounded = [r for r in wanted if not any(s.operator in (">=", "==", "~=", ">")
                                               for s in Requirement(r).specifier)]
    assert not unbounded, unbounded
