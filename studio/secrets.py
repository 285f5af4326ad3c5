"""Secrets never reach a log line, a view or an exception text shown to anyone.

Every secret the app holds — stream keys, WHIP bearer tokens, co-host invite tokens — is
registered here when it is created or entered (`SECRETS.add`). `mask(text)` replaces each by
`••••`; `SECRETS.install()` (done by the app's `main`) masks every log record of the process,
its message and its traceback, whoever logs it (our code, aiohttp, PyAV's FFmpeg messages).

It lives outside the layers (as `studio.events`) so that the server, which cannot import the
outputs, registers its invite tokens too."""

from __future__ import annotations

import logging
import re
import threading

MASK = "••••"


class SecretMask:
    """One instance for the process: `SECRETS`."""

    def __init__(self) -> None:
        self._secrets: set[str] = set()
        self._lock = threading.Lock()
        self._pattern: re.Pattern[str] | None = None

    def add(self, secret: str | None) -> None:
        if secret and len(secret.strip()) >= 4:
            with self._lock:
                if secret.strip() in self._secrets:
                    return
                self._secrets.add(secret.strip())
                self._pattern = re.compile("|".join(re.escape(s) for s in
                                                    sorted(self._secrets, key=len, reverse=True)))

    def known(self) -> frozenset[str]:
        """Every secret registered so far (the tests look for each in the logs of a run)."""
        with self._lock:
            return frozenset(self._secrets)

    def mask(self, text: str) -> str:
        """`text` with every secret masked; the very same object when there is none in it (a
        translatable `Message` stays one)."""
        pattern = self._pattern
        if pattern is None or not text or pattern.search(text) is None:
            return text
        return pattern.sub(MASK, text)

    def install(self) -> None:
        """Mask secrets in every log record of the process: the message and the traceback."""
        factory = logging.getLogRecordFactory()
        if getattr(factory, "_masks_secrets", False):
            return

        def masked(*args: object, **kwargs: object) -> logging.LogRecord:
            record = factory(*args, **kwargs)  # type: ignore[arg-type]
            if self._pattern is None:
                return record
            try:
                message = record.getMessage()
            except Exception:  # a bad format string: leave it to logging's own handling
                return record
            clean = self.mask(message)
            if clean is not message:
                record.msg, record.args = clean, None
            if record.exc_info and record.exc_info[0] is not None:
                # Formatters use `exc_text` when it is set: the traceback is masked once, here.
                trace = logging.Formatter().formatException(record.exc_info)
                record.exc_text = self.mask(trace)
            return record

        masked._masks_secrets = True  # type: ignore[attr-defined]
        logging.setLogRecordFactory(masked)


SECRETS = SecretMask()
mask = SECRETS.mask
