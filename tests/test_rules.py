"""Keyword → action rules from TOML."""

import pytest

from studio.commerce.rules import RuleAction, RuleEngine, RulesError, load_rules


def test_shipped_rules():
    engine = RuleEngine()
    assert engine.evaluate("link pls", frozenset({"link"}), "c1", None, "earbuds-pro", now=0) == [
        RuleAction("show_qr", "Link request shows the QR card", "c1", "earbuds-pro", 4.0)]
    assert engine.evaluate("link?", frozenset({"link"}), "c2", None, "earbuds-pro", now=5) == []  # cooldown
    assert engine.evaluate("link?", frozenset({"link"}), "c3", None, None, now=100) == []  # nothing to show
    offer = engine.evaluate("#3 ?", frozenset(), "c4", "silk-scarf", None, now=0)
    assert [a.action for a in offer] == ["offer_pin"]
    flash = engine.evaluate("brp", frozenset({"price"}), "c5", None, "earbuds-pro", now=0)
    assert [(a.action, a.product_id, a.seconds) for a in flash] == [("flash_price", "earbuds-pro", 4.0)]
    assert engine.evaluate("brp", frozenset({"price"}), "c6", None, None, now=50) == []  # nothing pinned


def test_host_rules_with_keywords_and_bad_files(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text('[[rule]]\nname = "Giveaway"\nwhen = { keywords = ["giveaway", "hadiah"] }\n'
                    'action = "show_qr"\n', encoding="utf-8")
    engine = RuleEngine(load_rules(path))
    found = engine.evaluate("Ｈａｄｉａｈ nya apa?", frozenset(), "c1", None, "earbuds-pro")
    assert found[0].rule == "Giveaway"
    assert engine.evaluate("hadiahnya", frozenset(), "c2", None, "earbuds-pro") == []  # whole words
    for body, message in [
        ('[[rule]]\nwhen = { intent = "link" }\naction = "explode"\n', "not one of"),
        ('[[rule]]\nwhen = { intent = "links" }\naction = "show_qr"\n', "unknown intent links"),
        ('[[rule]]\naction = "show_qr"\n', "at least one condition"),
        ('[[rule]\n', "not valid TOML"),
    ]:
        path.write_text(body, encoding="utf-8")
        with pytest.raises(RulesError, match=message):
            load_rules(path)
