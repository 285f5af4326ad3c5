"""Instant answers: drafts in the comment's language from catalogue facts, prices in its locale."""

from dataclasses import replace
from decimal import Decimal

import pytest

from studio.commerce.answers import Drafter, TemplateError, Templates
from studio.commerce.language import LANGUAGES
from studio.commerce.product import Product

EARBUDS = Product("earbuds-pro", "Wireless Earbuds Pro", Decimal("49.99"), "USD", Decimal("79.99"),
                  url="https://shop.example/p/earbuds-pro", stock=8, shipping_note="Ships from KL in 2 days.",
                  variants="black, white")


def test_every_language_has_every_sentence():
    templates = Templates.load()
    assert set(templates.sentences) == set(LANGUAGES)
    keys = set(templates.sentences["en"])
    for lang, sentences in templates.sentences.items():
        assert set(sentences) == keys, lang
        assert lang in templates.locales


@pytest.mark.parametrize("lang,price", [
    ("en", "$49.99"), ("id", "US$49,99"), ("vi", "49,99\xa0US$"), ("pt", "US$\xa049,99"),
    ("es", "49,99\xa0US$"), ("ja", "$49.99"), ("th", "US$49.99"),
])
def test_price_in_the_locale_of_the_comment(lang, price):
    draft = Drafter().answer({"price"}, EARBUDS, lang)
    assert draft is not None and draft.language == lang and price in draft.text
    assert draft.intents == {"price"} and draft.product_id == "earbuds-pro"


def test_several_questions_make_one_reply_from_catalogue_facts():
    draft = Drafter().answer({"stock", "price", "shipping", "size_colour", "link"}, EARBUDS, "en")
    assert draft.text == ("Wireless Earbuds Pro is $49.99 today (was $79.99). 8 left. Options: black, white. "
                          "Ships from KL in 2 days. Order here: https://shop.example/p/earbuds-pro")
    sold_out = Drafter().answer({"stock"}, replace(EARBUDS, stock=0), "id")
    assert sold_out.text == "Wireless Earbuds Pro sudah habis."


def test_missing_facts_are_left_out_and_unknown_languages_get_the_default():
    bare = replace(EARBUDS, shipping_note=None, variants=None, url=None, original_price=None)
    assert Drafter().answer({"shipping", "link"}, bare, "en") is None
    draft = Drafter(default_language="en").answer({"price", "shipping"}, bare, "fr")
    assert draft.text == "Wireless Earbuds Pro is $49.99." and draft.language == "en"


def test_claim_and_waitlist_replies():
    d = Drafter()
    assert d.claim_reply(EARBUDS, "th", 2, None).text == "รับทราบค่ะ! จอง Wireless Earbuds Pro 2 ชิ้นให้แล้ว"
    assert "#3" in d.claim_reply(EARBUDS, "en", 1, 3).text


def test_host_templates_override_and_bad_ones_are_explained(tmp_path):
    own = tmp_path / "answers.toml"
    own.write_text('[en]\nprice = "Only {price} for {product}!"\n', encoding="utf-8")
    plain = replace(EARBUDS, original_price=None)
    draft = Drafter(Templates.load(own)).answer({"price"}, plain, "en")
    assert draft.text == "Only $49.99 for Wireless Earbuds Pro!"
    own.write_text('[en]\nprice = "{cost}"\n', encoding="utf-8")
    with pytest.raises(TemplateError, match="uses cost"):
        Templates.load(own)
    own.write_text('[en]\npricey = "x"\n', encoding="utf-8")
    with pytest.raises(TemplateError, match="unknown sentence 'pricey'"):
        Templates.load(own)
