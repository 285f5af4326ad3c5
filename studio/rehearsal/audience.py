"""The practice audience: simulated viewers who comment during a rehearsal.

A comment source like any other: `start()` / `stop()`, and every comment goes to the `post`
callable it was given (the session's comment feed), so the host practises on the real feed,
filters and docks. What they say comes from an editable TOML script (`audience.toml` beside
this file is the default: English, Chinese, Indonesian, Thai, Vietnamese).
"""

from __future__ import annotations

import random
import threading
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from studio.commerce.comments import Comment, make_comment
from studio.commerce.money import format_price
from studio.commerce.product import Product

DEFAULT_SCRIPT = Path(__file__).with_name("audience.toml")
KINDS = ("question", "greeting", "claim", "troll")
_LISTS = {"question": "questions", "greeting": "greetings", "claim": "claims", "troll": "trolls"}
_NEEDS_PRODUCT = ("question", "claim")


class AudienceScriptError(ValueError):
    """The script file cannot be used; the message is one sentence."""


@dataclass(frozen=True, slots=True)
class LanguageScript:
    names: tuple[str, ...]
    greetings: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()
    trolls: tuple[str, ...] = ()

    def lines(self, kind: str) -> tuple[str, ...]:
        return getattr(self, _LISTS[kind])  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class AudienceScript:
    languages: dict[str, LanguageScript]


@dataclass(frozen=True, slots=True)
class AudienceMix:
    """How often each kind of comment comes (relative weights)."""

    question: float = 0.45
    greeting: float = 0.25
    claim: float = 0.2
    troll: float = 0.1


def load_script(path: str | Path | None = None) -> AudienceScript:
    """Read a script file (the default one when `path` is None)."""
    path = Path(path) if path is not None else DEFAULT_SCRIPT
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AudienceScriptError(f"Cannot read the audience script {path}: {exc.strerror}.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise AudienceScriptError(f"The audience script {path.name} is not valid TOML ({exc}).") from exc
    languages: dict[str, LanguageScript] = {}
    for code, table in data.items():
        if not isinstance(table, dict):
            continue
        lists = {}
        for key in ("names", *(_LISTS.values())):
            value = table.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise AudienceScriptError(f"In {path.name}, [{code}] {key} must be a list of texts.")
            lists[key] = tuple(value)
        if not lists["names"]:
            raise AudienceScriptError(f"In {path.name}, [{code}] needs at least one name.")
        languages[code] = LanguageScript(**lists)
    if not languages:
        raise AudienceScriptError(f"The audience script {path.name} has no language in it.")
    return AudienceScript(languages)


class PracticeAudience:
    """Simulated viewers posting about `rate_per_min` comments a minute (random arrivals)."""

    name = "Practice audience"

    def __init__(self, post: Callable[[Comment], object], pinned: Callable[[], Product | None],
                 rate_per_min: float = 12.0, languages: Sequence[str] | None = None,
                 script: AudienceScript | None = None, mix: AudienceMix = AudienceMix(),
                 locale: str = "en_US", seed: int | None = None) -> None:
        if not 0.5 <= rate_per_min <= 600:
            raise ValueError(f"The practice audience posts 0.5–600 comments a minute, not {rate_per_min}.")
        self.script = script or load_script()
        wanted = list(languages) if languages else list(self.script.languages)
        unknown = [code for code in wanted if code not in self.script.languages]
        if unknown:
            have = ", ".join(self.script.languages)
            raise ValueError(f"The audience script has no {', '.join(unknown)} (it has {have}).")
        self.post = post
        self.pinned = pinned
        self.rate_per_min = rate_per_min
        self.languages = wanted
        self.mix = mix
        self.locale = locale
        self._random = random.Random(seed)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.posted = 0

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="PracticeAudience", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=5)

    @property
    def running(self) -> bool:
        return self._thread is not None

    # -- comments -------------------------------------------------------------------------------
    def say(self, kind: str | None = None, language: str | None = None) -> Comment:
        """Post one comment now (of `kind` and `language`, or chosen at random) and return it."""
        comment = self.compose(kind, language)
        self.post(comment)
        self.posted += 1
        return comment

    def compose(self, kind: str | None = None, language: str | None = None) -> Comment:
        rnd = self._random
        product = self.pinned()
        if kind is None:
            weights = [getattr(self.mix, k) for k in KINDS]
            kind = rnd.choices(KINDS, weights)[0]
        if kind not in KINDS:
            raise ValueError(f"Unknown comment kind {kind!r}: use one of {', '.join(KINDS)}.")
        if kind in _NEEDS_PRODUCT and product is None:
            kind = "greeting"  # nothing pinned: nothing to ask about yet
        code = language or rnd.choice(self.languages)
        lang = self.script.languages[code]
        lines = lang.lines(kind) or lang.greetings or ("👋",)
        text = rnd.choice(lines)
        if product is not None:
            price = format_price(product.price, product.currency, self.locale)
            text = text.replace("{product}", product.title).replace("{id}", product.id)
            text = text.replace("{price}", price)
        return make_comment(rnd.choice(lang.names), text)

    def _run(self) -> None:
        mean_gap = 60.0 / self.rate_per_min
        while not self._stop.wait(self._random.expovariate(1.0 / mean_gap)):
            self.say()
