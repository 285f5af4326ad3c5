"""Sentences for the host, from any part of the session."""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass

from studio.events import Signal
from studio.outputs.destinations import mask

log = logging.getLogger("studio.session")


@dataclass(frozen=True, slots=True)
class Notice:
    """A sentence for the host: `level` is "info", "warning" or "error"."""

    level: str
    text: str


class Notices:
    """One channel of sentences that every part says things through; views subscribe."""

    def __init__(self) -> None:
        self.said: Signal[Notice] = Signal()
        self.log: deque[Notice] = deque(maxlen=50)  # for views that subscribe late

    def say(self, level: str, text: str) -> None:
        text = mask(text)  # a stream key or token never reaches a view or a log
        log.info("%s: %s", level, text)
        notice = Notice(level, text)
        self.log.append(notice)
        self.said.emit(notice)
