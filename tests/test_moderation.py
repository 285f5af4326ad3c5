"""Moderation stages: blocked words against the usual evasions, spam and floods, duplicates,
muted and blocked viewers."""

import pytest

from studio.commerce.comments import make_comment
from studio.commerce.moderation import (
    MAX_BLOCKED_TERMS,
    BlockedWords,
    Deduplicator,
    FilterReason,
    SpamFilter,
    SpamSettings,
    ViewerList,
)
from studio.commerce.textnorm import fold, skeleton

BLOCKED = ["scam", "idiot", "ngu", "傻逼", "ควาย", "바보", "غبي", "bodoh", "estafa", "otário", "バカ"]


@pytest.mark.parametrize("text", [
    "this is a scam",
    "THIS IS A SCAM",
    "ｓｃａｍ shop",  # full-width
    "sc\u200bam",  # zero-width space inside
    "s\u200dc\u2060a\ufeffm",  # joiners, word joiner, BOM
    "scám!!",  # an accent
    "5c4m",  # digits for letters
    "$cam",
    "s c a m",  # spaced out
    "s.c.a.m",
    "scaaaam",  # a stretched letter
    "you id1ot",
    "đồ ngu",  # Vietnamese with its accents
    "do ngu",
    "你是傻逼吧",  # inside a Chinese sentence
    "ไอ้ควายเอ๊ย",  # inside Thai
    "바보야",  # a Korean particle glued on
    "انت غبي",
    "dasar b0d0h",
    "es una estafa",
    "otario",  # Portuguese without its accent
    "ﾊﾞｶ",  # half-width katakana
])
def test_blocked_words_beat_evasions(text):
    words = BlockedWords(BLOCKED)
    assert words.match(text), text
    assert words.check(make_comment("x", text), 0.0) is FilterReason.BLOCKED_WORD


@pytest.mark.parametrize("text", [
    "what a scamp",  # a longer word that contains the term
    "nguyen is my name",  # "ngu" inside a Vietnamese name
    "the best bodyguard",
    "how much is it",
    "S M L available",
])
def test_blocked_words_leave_innocent_words_alone(text):
    assert BlockedWords(BLOCKED).match(text) is None


def test_blocked_list_holds_500_terms_and_loads_from_a_file(tmp_path):
    terms = [f"word{i:03d}x" for i in range(MAX_BLOCKED_TERMS)]
    words = BlockedWords(terms)
    assert words.match("hello WORD499X") and words.match("w o r d 0 0 7 x")
    with pytest.raises(ValueError, match="500 terms"):
        BlockedWords([*terms, "one more"])
    path = tmp_path / "blocked.txt"
    path.write_text("# my list\nscam\n\n  cheap copy  \n", encoding="utf-8-sig")
    words.load(path)
    assert words.terms == ("scam", "cheap copy")
    assert words.match("CHEAP   copy here") and not words.match("cheap")


def test_fold_and_skeleton():
    assert fold("Ｇｉá  Bao\u200bnhiêu") == "gia baonhieu"
    assert skeleton("ｆｒ３３") == skeleton("free") == "free"
    assert skeleton("k1ll") == skeleton("kill")
    assert fold("ราคา") == "ราคา" and fold("が") == "が"  # Thai vowels and kana voicing stay


def test_spam_floods_repeats_links_and_shouting():
    spam = SpamFilter(SpamSettings(flood_count=6, flood_window_s=10))
    verdicts = [spam.check(make_comment("Ann", f"comment {i}"), now=i * 0.5) for i in range(8)]
    assert verdicts[:6] == [None] * 6 and verdicts[6:] == [FilterReason.FLOOD] * 2
    assert spam.check(make_comment("Ann", "later"), now=30.0) is None  # the window moved on

    assert spam.check(make_comment("Bo", "hello"), 0) is None
    assert spam.check(make_comment("Bo", "HELLO "), 1) is FilterReason.REPEAT
    assert spam.check(make_comment("Cy", "hello"), 1) is None  # another viewer may say the same

    for text in ("buy at www.cheap.example", "go to https://x.io/a", "join t.me/deals", "cheapbags dot com"):
        assert spam.check(make_comment("Di", text), 100) is FilterReason.LINK, text
    assert spam.check(make_comment("Di", "link please"), 100) is None  # asking for a link is fine

    shouts = [spam.check(make_comment("Ed", f"THIS IS AMAZING NUMBER {i}"), 200 + i) for i in range(4)]
    assert shouts == [None, None, FilterReason.SHOUTING, FilterReason.SHOUTING]
    assert spam.check(make_comment("Fa", "SOLD A12"), 300) is None  # short caps are claims, not shouting


def test_duplicates_by_id_and_by_resend():
    dedup = Deduplicator(window_s=3)
    comment = make_comment("Ann", "hi")
    assert dedup.check(comment, 0) is None and dedup.seen_id(comment.id)
    assert dedup.check(make_comment("Ann", "hi"), 1) is FilterReason.DUPLICATE
    assert dedup.check(make_comment("Ann", "hi"), 10) is None


def test_mute_and_block_per_viewer():
    viewers = ViewerList()
    a, b = make_comment("Ann", "hi", viewer="ip1"), make_comment("Bo", "hi", viewer="ip2")
    viewers.mute(a.viewer_key)
    viewers.block(b.viewer_key)
    assert viewers.check(a, 0) is FilterReason.MUTED and viewers.check(b, 0) is FilterReason.BLOCKED
    viewers.unmute(a.viewer_key)
    viewers.unblock(b.viewer_key)
    assert viewers.check(a, 0) is None and viewers.check(b, 0) is None
    viewers.mute(a.viewer_key, seconds=0.0001)
    import time
    time.sleep(0.01)
    assert viewers.check(a, 0) is None  # a timed mute runs out
