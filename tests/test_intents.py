"""Intent detection on the labelled set (tests/data/comments_labelled.tsv), product references,
quantities, and a host's own lexicon file merged over the shipped one."""

from collections import Counter
from pathlib import Path

import pytest

from studio.commerce.intents import (
    INTENTS,
    IntentDetector,
    LexiconError,
    ProductRef,
    load_lexicon,
    product_refs,
    quantity,
)
from studio.commerce.textnorm import fold

DATA = Path(__file__).parent / "data" / "comments_labelled.tsv"
LANGUAGES = {"en", "zh", "id", "ms", "th", "vi", "es", "pt", "ar", "ja", "ko"}


def labelled() -> list[tuple[str, frozenset[str], str]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, labels, text = line.split("\t")
        rows.append((lang, frozenset() if labels == "-" else frozenset(labels.split(",")), text))
    return rows


def test_labelled_set_is_big_varied_and_well_formed():
    rows = labelled()
    assert len(rows) >= 400
    assert {lang for lang, _, _ in rows} == LANGUAGES
    for lang, labels, text in rows:
        assert labels <= set(INTENTS), (lang, labels, text)
        assert text.strip()
    per_intent = Counter(i for _, labels, _ in rows for i in labels)
    assert min(per_intent[i] for i in INTENTS) >= 40, per_intent
    assert sum(1 for _, labels, _ in rows if not labels) >= 80  # chatter that must stay unlabelled


def test_precision_and_recall_per_intent(capsys):
    detector = IntentDetector()
    tp, fp, fn = Counter(), Counter(), Counter()
    misses = []
    for lang, gold, text in labelled():
        got = detector.detect(text).intents
        for intent in INTENTS:
            if intent in got and intent in gold:
                tp[intent] += 1
            elif intent in got:
                fp[intent] += 1
                misses.append(f"  false {intent}: [{lang}] {text}")
            elif intent in gold:
                fn[intent] += 1
                misses.append(f"  missed {intent}: [{lang}] {text}")
    lines = [f"{'intent':<12} {'precision':>9} {'recall':>7} {'n':>4}"]
    scores = {}
    for intent in INTENTS:
        precision = tp[intent] / max(1, tp[intent] + fp[intent])
        recall = tp[intent] / max(1, tp[intent] + fn[intent])
        scores[intent] = (precision, recall)
        lines.append(f"{intent:<12} {precision:>9.3f} {recall:>7.3f} {tp[intent] + fn[intent]:>4}")
    with capsys.disabled():
        print("\n" + "\n".join(lines + misses))
    for intent, (precision, recall) in scores.items():
        assert precision >= 0.9 and recall >= 0.85, (intent, precision, recall)


@pytest.mark.parametrize("text,intents", [
    ("ＨＯＷ ＭＵＣＨ", {"price"}),  # full-width
    ("gia bao nhieu", {"price"}),  # Vietnamese typed without accents
    ("Giá bao\u200b nhiêu", {"price"}),  # a zero-width space inside
    ("harganya brp kak? ongkirnya ke KL?", {"price", "shipping"}),  # Indonesian -nya suffixes
    ("sold out already?", {"stock"}),  # not a claim
    ("URL教えてください", {"link"}),  # a Latin word glued to Japanese
    ("I love the colour on you", set()),
])
def test_evasive_and_tricky_forms(text, intents):
    assert set(IntentDetector().detect(text).intents) == intents


@pytest.mark.parametrize("text,refs", [
    ("SOLD A12 x2", [ProductRef(code="A12")]),
    ("mau #3", [ProductRef(number=3)]),
    ("lấy số 4", [ProductRef(number=4)]),
    ("要 3号", [ProductRef(number=3)]),
    ("A12いくら", [ProductRef(code="A12")]),
    ("earbuds-pro còn không", [ProductRef(code="earbuds-pro")]),
    ("55kg mặc size gì", []),
])
def test_product_references(text, refs):
    assert product_refs(fold(text), ["earbuds-pro", "silk-scarf"]) == refs


@pytest.mark.parametrize("text,qty", [
    ("SOLD A12 x2", 2), ("claim B3 ×3", 3), ("要 A12 两个", 2), ("cf 2 ชิ้น", 2), ("เอา สองชิ้น", 2),
    ("A12 2個ください", 2), ("구매할게요 2개", 2), ("두 개 주세요", 2), ("quiero dos", 2),
    ("ambil 2 kak A12", 2),
    ("mau A12", None), ("claim A12", None),
])
def test_quantities(text, qty):
    assert quantity(fold(text), bare_numbers=True) == qty


def test_a_host_lexicon_adds_words_and_bad_files_are_explained(tmp_path):
    own = tmp_path / "intents.toml"
    own.write_text('[intent.claim]\nen = ["gimme"]\n[intent.link.with_product]\nen = ["where"]\n',
                   encoding="utf-8")
    base = IntentDetector()
    extended = IntentDetector(load_lexicon(own))
    assert "claim" not in base.detect("gimme A12").intents
    assert "claim" in extended.detect("gimme A12").intents
    assert "link" in extended.detect("where A12").intents and "link" not in extended.detect("where").intents
    assert "price" in extended.detect("how much").intents  # the shipped words stay

    bad = tmp_path / "bad.toml"
    bad.write_text('[intent.prices]\nen = ["x"]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown intent 'prices'"):
        load_lexicon(bad)
    bad.write_text('[intent.price]\nen = ["re:(unclosed"]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="not a valid regular expression"):
        load_lexicon(bad)
    bad.write_text('[intent.price\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="not valid TOML"):
        load_lexicon(bad)
