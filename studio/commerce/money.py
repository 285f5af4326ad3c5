"""Currencies and locale-aware price text (CLDR data through babel).

Prices stay `Decimal` from the catalogue to the card: a float would print 19.99 as
19.989999... in some locales' rounding paths and cannot hold VND amounts exactly.
"""

from __future__ import annotations

from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency, format_percent, get_territory_currencies, is_currency

# ISO 4217 codes that exist but can never be a shop price ("no currency", "testing").
_NOT_PRICES = frozenset({"XXX", "XTS"})

# CLDR's Japanese data uses the full-width yen sign (U+FFE5). On a card it sits in a
# CJK-width cell and is drawn by the CJK fallback font, so "￥1,980" looks spaced out
# next to Latin digits; the ordinary yen sign is what hosts expect to read.
_SYMBOL_FIXES = {"\uffe5": "\u00a5"}


def parse_locale(locale: str) -> Locale:
    """`Locale` for "vi_VN" or "vi-VN"; `ValueError` with a readable sentence otherwise."""
    try:
        return Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise ValueError(f"{locale!r} is not a locale Seller Studio knows ({exc}).") from None


def is_known_currency(code: str) -> bool:
    """True for an ISO 4217 code that can label a price ("USD", "VND"); case-sensitive."""
    return code not in _NOT_PRICES and is_currency(code)


def format_price(amount: Decimal, currency: str, locale: str) -> str:
    """The price as a viewer in `locale` reads it: ¥1,980 (ja_JP), 1.980 ₫ (vi_VN), $19.99 (en_US).

    Amounts are rounded to the currency's own precision (0 digits for JPY and VND).
    Babel may return a no-break space or a bidi mark (ar_*); both are kept on purpose:
    the first stops a line break inside the price, the second orders it in RTL text.
    """
    text = format_currency(amount, currency, locale=parse_locale(locale))
    for wrong, right in _SYMBOL_FIXES.items():
        text = text.replace(wrong, right)
    return text


def format_discount(percent: int, locale: str) -> str:
    """A discount as a negative percentage in the locale's style: "-33%" (en), "-33 %" (fr)."""
    return format_percent(Decimal(-percent) / 100, locale=parse_locale(locale))


# Currencies a live-commerce host sells in most (the markets TikTok Shop, Shopee and Lazada
# serve, and the usual cross-border ones), offered first when a file names no currency.
SELLING_CURRENCIES = ("USD", "EUR", "GBP", "CNY", "TWD", "HKD", "JPY", "KRW", "SGD", "MYR", "THB", "VND",
                      "IDR", "PHP", "BRL", "MXN", "AED", "SAR")


def locale_currency(locale: str) -> str | None:
    """The currency of a locale's country ("vi_VN" → "VND"), or None when it names no country."""
    try:
        territory = parse_locale(locale).territory
    except ValueError:
        return None
    if not territory:
        return None
    codes = [c for c in get_territory_currencies(territory) if is_known_currency(c)]
    return codes[0] if codes else None
