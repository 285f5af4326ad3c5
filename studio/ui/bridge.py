"""The one bridge between the Qt-free core and the GUI thread (as Anki's `operations`).

* Core `Signal`s fire on any thread (capture, processing, network). `CoreBridge.on()`
  connects one so that the slot runs on the GUI thread, through a queued Qt signal.
* Session actions may block (opening a camera, starting the server, a WHIP exchange,
  finalising a recording). `CoreBridge.run()` runs them in order on one worker thread and
  calls `done` / `failed` back on the GUI thread. The GUI thread never waits on I/O.

The asyncio loop lives in the core's `NetworkThread`, so the window needs no asyncio
integration of its own (no qasync): the core hands results back through this bridge."""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from studio.events import Signal as CoreSignal
from studio.messages import Message

log = logging.getLogger(__name__)
T = TypeVar("T")


class CoreBridge(QObject):
    """Delivers core events and action results on the GUI thread."""

    _deliver = Signal(object)  # a zero-argument callable to run on the GUI thread
    failed = Signal(str)  # an action failed: one sentence for the host (shown in the banner)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deliver.connect(self._run_delivered)  # queued when emitted from other threads
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="SessionAction")
        self._connections: list[tuple[CoreSignal[Any], Callable[[Any], None]]] = []
        self._pending = 0
        self._closed = False

    # -- core → GUI -------------------------------------------------------------------------
    def on(self, signal: CoreSignal[T], slot: Callable[[T], None]) -> Callable[[], None]:
        """Call `slot(value)` on the GUI thread whenever the core `signal` emits. Returns a
        function that disconnects it (views call it in `close_view`)."""
        connected = [True]

        def forward(value: T) -> None:
            if not self._closed and connected[0]:
                self._deliver.emit(lambda: connected[0] and slot(value))

        signal.connect(forward)
        self._connections.append((signal, forward))

        def off(*_: object) -> None:
            if not connected[0]:
                return
            connected[0] = False  # also drops deliveries already queued
            signal.disconnect(forward)
            if (signal, forward) in self._connections:
                self._connections.remove((signal, forward))

        # A view's handler goes with the view: rebuilt views (a language switch) leave no
        # handlers behind on the core's signals.
        owner = getattr(slot, "__self__", None)
        if isinstance(owner, QObject) and owner is not self:
            owner.destroyed.connect(off)
        return off

    def call_soon(self, fn: Callable[[], None]) -> None:
        """Run `fn` on the GUI thread (safe from any thread)."""
        if not self._closed:
            self._deliver.emit(fn)

    def _run_delivered(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception:  # a broken view must not take the window down
            log.exception("a view failed to handle a core event")

    # -- GUI → core -------------------------------------------------------------------------
    def run(self, action: Callable[[], T], done: Callable[[T], None] | None = None,
            failed: Callable[[str], None] | None = None) -> concurrent.futures.Future[T]:
        """Run a (possibly blocking) session action off the GUI thread, in call order.

        `done(result)` or `failed(sentence)` is called on the GUI thread. Without `failed`,
        the sentence goes to the `failed` signal (the window's banner)."""
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def finished(future: concurrent.futures.Future[T]) -> None:
            def report() -> None:
                self._pending -= 1
                if self._pending == 0:
                    self.busy_changed.emit(False)
                exc = future.exception()
                if exc is None:
                    if done is not None:
                        done(future.result())
                    return
                sentence = sentence_for(exc)
                if failed is not None:
                    failed(sentence)
                else:
                    self.failed.emit(sentence)

            self._deliver.emit(report)

        future = self._pool.submit(action)
        future.add_done_callback(finished)
        return future

    def close(self) -> None:
        """Disconnect from the core and wait for running actions (call after the session closed)."""
        self._closed = True
        for signal, forward in self._connections:
            signal.disconnect(forward)
        self._connections.clear()
        self._pool.shutdown(wait=True)


def sentence_for(exc: BaseException) -> str:
    """The host-facing sentence for an exception: core errors already are sentences."""
    first = exc.args[0] if exc.args else None
    if isinstance(first, Message):  # the window translates it
        return first
    text = str(exc).strip()
    if isinstance(exc, KeyError) and text.startswith(("'", '"')):
        text = text[1:-1]
    if not text:
        text = type(exc).__name__
        log.error("an action failed without a message", exc_info=exc)
    elif not isinstance(exc, ValueError | RuntimeError | KeyError | OSError) and \
            type(exc).__module__.split(".")[0] != "studio":
        log.error("an action failed", exc_info=exc)
    return text if text.endswith((".", "!", "?", "。")) else text + "."
