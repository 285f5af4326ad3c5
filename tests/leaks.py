"""Secrets never reach a log: the run's log and the search at its end.

Every log record of every test (DEBUG, all loggers, masked as the app masks them) goes to one
file per run; at the end (tests/conftest.py) it and the studio's own rotating log files (what
the run added) are searched for every secret the run made: what the app registered (stream
keys, WHIP tokens, invite tokens: `studio.secrets.SECRETS`) and what tests register with
`register_secret`. A secret found there fails the run. Per-packet loggers stay at INFO (no
secret is in a packet log, and they would cost more than the tests).

A module of its own so that there is one registry, however conftest is imported."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

RUN_LOG = Path(tempfile.gettempdir()) / f"seller-studio-tests-{os.getpid()}.log"
PACKET_LOGGERS = ("aiortc.rtcrtpsender", "aiortc.rtcrtpreceiver", "aiortc.rtcdtlstransport",
                  "aiortc.rtcsctptransport", "aioice.ice", "aioice.stun", "aioice.turn")
TEST_SECRETS: set[str] = set()
_LOG_OFFSETS: dict[Path, int] = {}


def register_secret(secret: str) -> str:
    """A secret a test made outside the app (it is looked for in the logs at the end)."""
    TEST_SECRETS.add(secret)
    return secret


def _studio_log_files() -> list[Path]:
    from studio.paths import log_dir

    return sorted(log_dir().glob("seller-studio.log*"))


def start_run_log() -> None:
    from studio.secrets import SECRETS

    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(RUN_LOG) for h in root.handlers):
        return
    SECRETS.install()  # as the app's main does
    handler = logging.FileHandler(RUN_LOG, mode="w", encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    for name in PACKET_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO)
    for path in _studio_log_files():
        _LOG_OFFSETS[path] = path.stat().st_size


def secrets_in_logs() -> list[str]:
    """Lines of this run's logs that hold a secret (the secret itself replaced by its length)."""
    from studio.secrets import SECRETS

    secrets = {s for s in SECRETS.known() | TEST_SECRETS if len(s) >= 8}
    for handler in logging.getLogger().handlers:
        handler.flush()
    found = []
    for path in [RUN_LOG, *_studio_log_files()]:
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                f.seek(_LOG_OFFSETS.get(path, 0) if path != RUN_LOG else 0)
                text = f.read()
        except OSError:
            continue
        for secret in secrets:
            at = text.find(secret)
            if at >= 0:
                start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
                line = text[start:end if end >= 0 else None]
                found.append(f"{path}: {line.replace(secret, f'<secret of {len(secret)} chars>')}")
    return found
