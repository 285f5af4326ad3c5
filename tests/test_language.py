"""Offline language detection of short comments (lingua's models inside the wheel)."""

import pytest

from studio.commerce.language import UNKNOWN, detect_language


@pytest.mark.parametrize("text,code", [
    ("berapa harganya?", "id"), ("how much is it", "en"), ("多少钱", "zh"), ("A12 要两个", "zh"),
    ("ราคาเท่าไหร่คะ", "th"), ("size M ได้ไหม", "th"), ("giá bao nhiêu", "vi"), ("cuánto cuesta", "es"),
    ("quanto custa", "pt"), ("بكم هذا", "ar"), ("いくらですか", "ja"), ("A12いくら", "ja"),
    ("얼마예요", "ko"), ("値段は？", "ja"),
])
def test_languages_of_short_comments(text, code):
    assert detect_language(text).code == code


def test_emoji_and_digits_tell_nothing():
    assert detect_language("😍😍 123") == UNKNOWN
    assert detect_language("") == UNKNOWN
