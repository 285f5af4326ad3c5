"""Instant answers: a reply in the comment's language, built from catalogue facts.

No translation model runs here (none can be shipped offline at a useful size): every
sentence is a template per language from `studio/commerce/data/answers.toml`, which a host
can override, and every fact (price, stock, shipping note, options, link) comes from the
catalogue, with the price formatted for the language's locale.
"""

from __future__ import annotations

import logging
import string
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path

from studio.commerce.intents import QUESTIONS
from studio.commerce.money import format_discount, format_price
from studio.commerce.product import Product

log = logging.getLogger(__name__)

# The order sentences appear in when one comment asks several things.
_ORDER = ("price", "discount", "stock", "size_colour", "shipping", "link")
_KEYS = frozenset({"price", "price_discount", "stock", "stock_plenty", "sold_out", "shipping", "size_colour",
                   "link", "discount", "discount_none", "claimed", "waitlist"})


class TemplateError(ValueError):
    """An answers file cannot be used; the message names the file and what to fix."""


@dataclass(frozen=True, slots=True)
class Draft:
    """A reply the host can send with one key, edit, or let go out by itself."""

    text: str
    language: str
    intents: frozenset[str]  # what it answers ("price", "stock", …, or "claim")
    product_id: str | None


def default_templates_path() -> Path:
    return Path(str(resources.files("studio.commerce").joinpath("data", "answers.toml")))


@dataclass(frozen=True, slots=True)
class Templates:
    sentences: dict[str, dict[str, str]]  # language -> key -> template
    locales: dict[str, str]  # language -> babel locale for prices

    @classmethod
    def load(cls, *paths: Path) -> Templates:
        """The shipped templates with each host file in `paths` merged on top."""
        sentences: dict[str, dict[str, str]] = {}
        locales: dict[str, str] = {}
        for path in (default_templates_path(), *paths):
            try:
                data = tomllib.loads(Path(path).read_text(encoding="utf-8-sig"))
            except OSError as exc:
                raise TemplateError(f"Cannot read the answers file {path}: {exc.strerror or exc}.") from None
            except tomllib.TOMLDecodeError as exc:
                raise TemplateError(f"{Path(path).name} is not valid TOML: {exc}.") from None
            locales.update({k: str(v) for k, v in (data.pop("locale", None) or {}).items()})
            for lang, table in data.items():
                if not isinstance(table, dict):
                    raise TemplateError(f"{Path(path).name}: [{lang}] must be a table of sentences.")
                for key, text in table.items():
                    _check(Path(path), lang, key, text)
                    sentences.setdefault(lang, {})[key] = text
        return cls(sentences, locales)

    def languages(self) -> Iterable[str]:
        return self.sentences.keys()


_FIELDS = frozenset({"name", "product", "price", "original", "discount", "stock", "shipping", "variants",
                     "url", "qty", "position"})


def _check(path: Path, lang: str, key: str, text: object) -> None:
    if key not in _KEYS:
        raise TemplateError(f"{path.name}: [{lang}] has an unknown sentence {key!r}; "
                            f"use {', '.join(sorted(_KEYS))}.")
    if not isinstance(text, str):
        raise TemplateError(f"{path.name}: [{lang}] {key} must be text.")
    try:
        names = {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
    except ValueError as exc:
        raise TemplateError(f"{path.name}: [{lang}] {key} has a broken {{field}}: {exc}.") from None
    unknown = names - _FIELDS
    if unknown:
        raise TemplateError(f"{path.name}: [{lang}] {key} uses {', '.join(sorted(unknown))}, which no answer "
                            f"knows; use {', '.join(sorted(_FIELDS))}.")


class Drafter:
    """Writes answer drafts. Thread-safe (it holds only immutable templates)."""

    def __init__(self, templates: Templates | None = None, default_language: str = "en") -> None:
        self.templates = templates or Templates.load()
        self.default_language = default_language

    def warm_up(self) -> None:
        """Load each locale's number data now (~10 ms each the first time) rather than on the
        first question in that language."""
        for locale in set(self.templates.locales.values()):
            format_price(Decimal("1.5"), "USD", locale)
            format_discount(10, locale)

    def language_for(self, language: str) -> str:
        return language if language in self.templates.sentences else self.default_language

    def locale_for(self, language: str) -> str:
        return self.templates.locales.get(language, "en_US")

    def _facts(self, product: Product, language: str) -> dict[str, object]:
        locale = self.locale_for(language)
        discount = product.discount_percent
        return {
            "product": product.title,
            "price": format_price(product.price, product.currency, locale),
            "original": (format_price(product.original_price, product.currency, locale)
                         if product.original_price is not None else ""),
            "discount": format_discount(discount, locale) if discount else "",
            "stock": product.stock if product.stock is not None else "",
            "shipping": product.shipping_note or "",
            "variants": product.variants or "",
            "url": product.url or "",
        }

    def answer(self, questions: Iterable[str], product: Product, language: str) -> Draft | None:
        """A reply to the questions in `questions` about `product`, or None when the catalogue
        holds none of the facts asked for (no shipping note, no options, no link)."""
        asked = [q for q in _ORDER if q in set(questions) & QUESTIONS]
        lang = self.language_for(language)
        t = self.templates.sentences[lang]
        fallback = self.templates.sentences.get(self.default_language, {})
        facts = self._facts(product, lang)
        parts: list[str] = []
        answered: set[str] = set()
        for intent in asked:
            key = self._sentence(intent, product)
            if key is None:
                continue
            template = t.get(key) or fallback.get(key)
            if not template:
                continue
            text = _format(template, facts)
            if text and text not in parts:
                parts.append(text)
                answered.add(intent)
        if not parts:
            return None
        return Draft(" ".join(parts), lang, frozenset(answered), product.id)

    @staticmethod
    def _sentence(intent: str, product: Product) -> str | None:
        if intent == "price":
            return "price_discount" if product.discount_percent else "price"
        if intent == "discount":
            return "discount" if product.discount_percent else "discount_none"
        if intent == "stock":
            if product.stock is None:
                return "stock_plenty"
            return "sold_out" if product.stock <= 0 else "stock"
        if intent == "shipping":
            return "shipping" if product.shipping_note else None
        if intent == "size_colour":
            return "size_colour" if product.variants else None
        if intent == "link":
            return "link" if product.url else None
        return None

    def claim_reply(self, product: Product, language: str, quantity: int,
                    waitlist_position: int | None) -> Draft:
        lang = self.language_for(language)
        key = "waitlist" if waitlist_position is not None else "claimed"
        template = self.templates.sentences[lang].get(key) or \
            self.templates.sentences[self.default_language][key]
        facts = self._facts(product, lang) | {"qty": quantity, "position": waitlist_position or ""}
        return Draft(_format(template, facts), lang, frozenset({"claim"}), product.id)


def _format(template: str, facts: dict[str, object]) -> str:
    try:
        return template.format(**facts).strip()
    except (KeyError, IndexError, ValueError):  # checked at load; a bad override must not stop the feed
        log.warning("answer template %r could not be filled", template)
        return ""
