"""The comment pipeline end to end in the core: moderation that loses nothing, language,
intents, drafts, claims against stock, answers and their wait times, rule actions."""

import threading
from dataclasses import replace

import pytest

from studio.commerce.catalog import load_catalog
from studio.commerce.claims import ClaimStatus, StockChange
from studio.commerce.comments import make_comment
from studio.commerce.feed import CommentPipeline
from studio.commerce.language import warm_up
from studio.commerce.moderation import FilterReason
from tests.conftest import ROOT

CATALOG = ROOT / "assets" / "products" / "demo.csv"


@pytest.fixture(scope="module", autouse=True)
def language_models():
    warm_up()


@pytest.fixture
def feed():
    products = load_catalog(CATALOG).products
    feed = CommentPipeline([replace(p, stock=1) if p.id == "earbuds-pro" else p for p in products])
    feed.pin_product("earbuds-pro")
    assert feed.warmed.wait(10)  # a show starts long after the app: models and locales are loaded
    return feed


def test_indonesian_price_question_gets_an_indonesian_draft_with_the_price(feed):
    asked = []
    feed.questions.connect(asked.append)
    item = feed.add(make_comment("Sari", "berapa harganya?"))
    assert item.language == "id" and item.intents == {"price"} and item.product_id == "earbuds-pro"
    assert item.draft.text == "@Sari Wireless Earbuds Pro hari ini US$49,99 (normal US$79,99)."
    assert item.draft.language == "id" and item.draft_ms < 50
    assert [e.event for e in asked] == ["asked"] and asked[0].intents == {"price"}
    assert feed.items("questions") == [item] and feed.state.open_questions == 1


def test_a_product_named_or_numbered_wins_over_the_pinned_one(feed):
    by_number = feed.add(make_comment("Mai", "#3 多少钱"))
    assert by_number.product_id == "silk-scarf" and by_number.named_product
    assert "US$39.00" in by_number.draft.text
    by_id = feed.add(make_comment("Ken", "phin-coffee giá bao nhiêu"))
    assert by_id.product_id == "phin-coffee" and "185.000\xa0₫" in by_id.draft.text
    chatter = feed.add(make_comment("Bo", "hello from Manila"))
    assert chatter.product_id is None and chatter.draft is None and chatter.intents == frozenset()


def test_filtered_comments_are_kept_with_their_reason_and_never_shown(feed):
    feed.set_blocked_words(["scam"])
    spam = [
        feed.add(make_comment("Eve", "total $cam")),
        feed.add(make_comment("Eve2", "cheap bags at www.bags.example")),
    ]
    feed.add(make_comment("Ann", "hello"))
    repeat = feed.add(make_comment("Ann", "hello"))
    feed.mute(make_comment("Tom", "x").viewer_key)
    muted = feed.add(make_comment("Tom", "hi all"))
    filtered = feed.items("filtered")
    assert [i.filtered for i in filtered] == [FilterReason.BLOCKED_WORD, FilterReason.LINK,
                                              FilterReason.DUPLICATE, FilterReason.MUTED]
    assert filtered == [*spam, repeat, muted]
    assert [i.text for i in feed.items("all")] == ["hello"]
    assert feed.state.filtered == 4 and feed.state.shown == 1
    assert feed.add(make_comment("Ann", "x")) is not None
    same = feed.items("all")[-1]
    assert feed.add(same.comment) is None  # the very same comment again: nothing new


def test_claim_of_the_last_unit_then_waitlist_and_stock_follows(feed, tmp_path):
    stock_changes = []
    feed.stock.changed.connect(stock_changes.append)
    first = feed.add(make_comment("Budi", "mau earbuds-pro"))
    second = feed.add(make_comment("Lan", "chốt earbuds-pro"))
    claim1, claim2 = feed.claims.get(first.claim_id), feed.claims.get(second.claim_id)
    assert claim1.status == ClaimStatus.RESERVED and claim2.status == ClaimStatus.WAITLIST
    assert stock_changes == [StockChange("earbuds-pro", 0, 1)]
    assert feed.product("earbuds-pro").stock == 0
    assert first.draft.text == "@Budi Siap kak! 1 × Wireless Earbuds Pro sudah di-keep untukmu."
    assert second.draft.text.startswith("@Lan Xin lỗi, Wireless Earbuds Pro hết hàng")
    assert feed.items("claims") == [first, second] and feed.state.claims == 2
    stock_q = feed.add(make_comment("Ana", "still available?"))
    assert "sold out" in stock_q.draft.text
    feed.cancel_claim(claim1.id)
    assert feed.claims.get(claim2.id).status == ClaimStatus.RESERVED
    assert feed.product("earbuds-pro").stock == 0
    sheet = feed.export_claims(tmp_path, "Friday")
    assert sheet.name == "claims-Friday.csv" and "Lan" in sheet.read_text(encoding="utf-8-sig")


def test_sending_a_draft_answers_the_question_and_keeps_the_wait(feed):
    events, replies = [], []
    feed.questions.connect(events.append)
    feed.added.connect(lambda i: i.host and replies.append(i))
    asked = feed.add(make_comment("Sari", "ongkir ke medan brp?"))
    assert asked.intents == {"shipping"} and asked.draft is None  # the catalogue has no shipping note
    price = feed.add(make_comment("Sari2", "harga?"))
    feed.send_draft(price.id, text=price.draft.text + " 🙏")
    assert replies[-1].text.endswith("🙏") and feed.find(price.id).answered_at is not None
    answered = [e for e in events if e.event == "answered"]
    assert len(answered) == 1 and answered[0].how == "draft" and answered[0].wait_s >= 0
    feed.pin_comment(asked.id)
    assert feed.find(asked.id).pinned and feed.items("pinned")[0].id == asked.id
    assert [e.how for e in feed.question_events() if e.event == "answered"] == ["draft", "pinned"]
    feed.add(make_comment("Mia", "size?"))
    feed.add(make_comment("Host", "@Mia black or white", host=True))
    assert feed.state.open_questions == 0


def test_auto_send_per_intent(feed):
    replies = []
    feed.added.connect(lambda i: i.host and replies.append(i.text))
    feed.set_auto_send("price", True)
    feed.add(make_comment("Sari", "berapa harganya?"))
    feed.add(make_comment("Ken", "link pls"))  # not on auto: stays a draft
    assert replies == ["@Sari Wireless Earbuds Pro hari ini US$49,99 (normal US$79,99)."]
    assert [e.how for e in feed.question_events() if e.event == "answered"] == ["auto"]


def test_rule_actions(feed):
    actions = []
    feed.actions.connect(actions.append)
    feed.add(make_comment("Ken", "link pls"))
    feed.add(make_comment("Bo", "#3 còn không"))
    feed.add(make_comment("Ann", "how much?"))
    assert [(a.action, a.product_id) for a in actions] == [
        ("show_qr", "earbuds-pro"), ("offer_pin", "silk-scarf"), ("flash_price", "earbuds-pro")]


def test_many_threads_add_at_once(feed):
    def post(n):
        for i in range(200):
            feed.add(make_comment(f"t{n}-{i}", f"how much {n} {i}"))

    threads = [threading.Thread(target=post, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert feed.state.shown == 800 and len(feed.items("questions")) == 800
    assert feed.state.open_questions == 800


def test_host_files_from_a_folder(tmp_path):
    (tmp_path / "intents.toml").write_text('[intent.claim]\nen = ["gimme"]\n', encoding="utf-8")
    (tmp_path / "answers.toml").write_text('[en]\nclaimed = "Yours: {product}!"\n', encoding="utf-8")
    (tmp_path / "blocked-words.txt").write_text("rubbish\n", encoding="utf-8")
    feed = CommentPipeline.from_folder(tmp_path)
    assert (tmp_path / "rules.toml").exists()  # the shipped rules, copied for the host to edit
    feed.set_products(load_catalog(CATALOG).products)
    item = feed.add(make_comment("Ken", "gimme earbuds-pro"))
    assert item.intents == {"claim"} and item.draft.text == "@Ken Yours: Wireless Earbuds Pro!"
    assert feed.add(make_comment("Eve", "rubb1sh")).filtered == FilterReason.BLOCKED_WORD
    (tmp_path / "rules.toml").write_text('[[rule]]\naction = "nope"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="rules.toml"):
        CommentPipeline.from_folder(tmp_path)


def test_claims_and_cancels_from_two_threads_do_not_deadlock(feed):
    """The network thread claims while the host's actions cancel: locks are always taken in one
    order (feed, then claims, then stock) and listeners run after release."""
    from studio.commerce.shop import Shop
    from studio.processing.overlays import OverlayStack

    shop = Shop(feed, OverlayStack(320, 180))
    shop.pinned("earbuds-pro")
    feed.stock.set("earbuds-pro", 50)
    done = threading.Event()

    def claim():
        for i in range(300):
            feed.add(make_comment(f"buyer {i}", "SOLD earbuds-pro"))
        done.set()

    def cancel():
        while not done.is_set():
            for c in feed.claims.claims("reserved")[:5]:
                feed.cancel_claim(c.id)

    threads = [threading.Thread(target=claim), threading.Thread(target=cancel)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not any(t.is_alive() for t in threads), "deadlock"
    reserved = sum(c.quantity for c in feed.claims.claims() if c.status in ("reserved", "confirmed"))
    assert reserved + feed.stock.stock("earbuds-pro") == 50  # no unit lost or made up
    assert shop.state.pinned_stock == feed.stock.stock("earbuds-pro")
    shop.close()
