"""Qt-free change notification: a tiny signal and an evented dataclass base.

Models in the core emit only on a real change; the Qt views subscribe and move the
call onto the GUI thread themselves (callbacks may fire on any thread).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


class Signal(Generic[T]):
    """A list of callbacks. `emit` calls each one; a failing callback is logged, not raised."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[T], Any]] = []
        self._lock = threading.Lock()

    def connect(self, callback: Callable[[T], Any]) -> Callable[[T], Any]:
        with self._lock:
            if callback not in self._callbacks:
                self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable[[T], Any]) -> None:
        with self._lock:
            if callback in self._callbacks:
                self._callbacks.remove(callback)

    def emit(self, value: T) -> None:
        with self._lock:
            callbacks = list(self._callbacks)
        for callback in callbacks:
            try:
                callback(value)
            except Exception:  # a broken listener must not break the pipeline
                log.exception("listener %r failed", callback)


@dataclasses.dataclass
class FieldChange:
    name: str
    old: Any
    new: Any


class EventedModel:
    """Mixin for dataclasses: `update(**fields)` assigns and emits `changed` once per real change."""

    def __post_init__(self) -> None:
        self.changed: Signal[FieldChange] = Signal()

    def update(self, **fields: Any) -> list[FieldChange]:
        known = {f.name for f in dataclasses.fields(self)}  # type: ignore[arg-type]
        changes: list[FieldChange] = []
        for name, value in fields.items():
            if name not in known:
                raise AttributeError(f"{type(self).__name__} has no field {name!r}")
            old = getattr(self, name)
            if _differs(old, value):
                object.__setattr__(self, name, value)
                changes.append(FieldChange(name, old, value))
        for change in changes:
            self.changed.emit(change)
        return changes


def _differs(old: Any, new: Any) -> bool:
    try:
        return bool(old != new)
    except Exception:  # e.g. numpy arrays: compare by identity
        return old is not new
