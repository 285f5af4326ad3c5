"""Sentences for the host that the window can show translated, while the core stays Qt-free.

A `Message` is the English sentence (a `str`, so logs, the CLI and every existing `str` use
are unchanged) that also remembers its template and values. The window translates the
template in the context "Notice" and fills in the values (`studio.ui.banner.translated`).
`QT_TRANSLATE_NOOP` only marks a template so that Qt's `lupdate` collects it."""

from __future__ import annotations

from typing import Any

NOTICE = "Notice"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark `text` for translation in `context` without translating it (the core never imports Qt)."""
    return text


class Message(str):
    """An English sentence plus how to make it again in another language."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Message:
        self = super().__new__(cls, template.format(**{k: str(v) for k, v in values.items()}))
        self.template, self.values = template, values  # a value may be a Message itself
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickles (multiprocessing) keep the template
        return (_remake, (self.template, self.values))


def _remake(template: str, values: dict[str, Any]) -> Message:
    return Message(template, **values)
