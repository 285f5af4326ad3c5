"""Keyword → action rules, from an editable TOML file (layout at the top of
`studio/commerce/data/rules.toml`). The feed evaluates them for each shown comment and emits
`RuleAction`s; the shop part (`studio.commerce.shop`) carries them out."""

from __future__ import annotations

import re
import threading
import time
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from studio.commerce.intents import INTENTS
from studio.commerce.textnorm import fold, term_pattern

ACTIONS = ("show_qr", "offer_pin", "flash_price")


class RulesError(ValueError):
    """A rules file cannot be used; the message names the file, the rule and what to fix."""


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    action: str
    intents: frozenset[str] = frozenset()
    keywords: re.Pattern[str] | None = None
    needs_product: bool = False
    needs_pinned: bool = False
    seconds: float = 4.0
    cooldown_s: float = 0.0


@dataclass(frozen=True, slots=True)
class RuleAction:
    """What a rule asks for, about which comment and product."""

    action: str  # one of ACTIONS
    rule: str
    comment_id: str
    product_id: str | None
    seconds: float


def default_rules_path() -> Path:
    return Path(str(resources.files("studio.commerce").joinpath("data", "rules.toml")))


def load_rules(path: Path | None = None) -> list[Rule]:
    path = Path(path) if path is not None else default_rules_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise RulesError(f"Cannot read the rules file {path}: {exc.strerror or exc}.") from None
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{path.name} is not valid TOML: {exc}.") from None
    rules = []
    for number, raw in enumerate(data.get("rule", []), start=1):
        name = str(raw.get("name") or f"rule {number}")
        where = f"{path.name}, {name}"
        action = raw.get("action")
        if action not in ACTIONS:
            raise RulesError(f"{where}: action {action!r} is not one of {', '.join(ACTIONS)}.")
        when = raw.get("when") or {}
        intents = when.get("intent", [])
        intents = {intents} if isinstance(intents, str) else set(intents)
        unknown = intents - set(INTENTS)
        if unknown:
            raise RulesError(f"{where}: unknown intent {', '.join(sorted(unknown))}.")
        words = [fold(w) for w in when.get("keywords", []) if fold(str(w))]
        keywords = re.compile("|".join(term_pattern(w) for w in words)) if words else None
        if not (intents or keywords or when.get("product") or when.get("pinned")):
            raise RulesError(f"{where}: give at least one condition (intent, keywords, product or pinned).")
        rules.append(Rule(name, action, frozenset(intents), keywords, bool(when.get("product")),
                          bool(when.get("pinned")), float(raw.get("seconds", 4)),
                          float(raw.get("cooldown", 0))))
    return rules


class RuleEngine:
    """Evaluates rules for a comment. Thread-safe; a rule with a cooldown fires once per cooldown."""

    def __init__(self, rules: Iterable[Rule] | None = None) -> None:
        self._rules = list(rules) if rules is not None else load_rules()
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    @property
    def rules(self) -> list[Rule]:
        return list(self._rules)

    def set_rules(self, rules: Iterable[Rule]) -> None:
        with self._lock:
            self._rules = list(rules)
            self._last.clear()

    def evaluate(self, text: str, intents: frozenset[str], comment_id: str, named_product: str | None,
                 pinned_product: str | None, now: float | None = None) -> list[RuleAction]:
        now = time.monotonic() if now is None else now
        folded = fold(text)
        actions = []
        with self._lock:
            for rule in self._rules:
                if rule.intents and not rule.intents & intents:
                    continue
                if rule.keywords is not None and not rule.keywords.search(folded):
                    continue
                if rule.needs_product and named_product is None:
                    continue
                if rule.needs_pinned and pinned_product is None:
                    continue
                product = named_product or pinned_product
                if rule.action in ("show_qr", "flash_price") and product is None:
                    continue
                last = self._last.get(rule.name)
                if last is not None and now - last < rule.cooldown_s:
                    continue
                self._last[rule.name] = now
                if rule.action == "flash_price":
                    product = pinned_product
                actions.append(RuleAction(rule.action, rule.name, comment_id, product, rule.seconds))
        return actions
