"""The comment pipeline: one ordered feed from the embedded server and any other source.

    comment ─► duplicates ─► viewer mute/block ─► spam/flood ─► blocked words ─┬─► Filtered view
                                                                               └─► language ─► intents
        ─► product (named, numbered or pinned) ─► claim (stock, waitlist) ─► draft ─► rules ─► views

Every comment that arrives is kept: shown ones in the feed, filtered ones (with their
reason) in the Filtered view, each in its own bounded history so a spam raid cannot push
real comments out. `CommentPipeline.add` runs all stages synchronously (≈0.2 ms a comment;
`bench/comments.py` measures it) and returns the `FeedItem`; its verdict is what the server
broadcasts, so a filtered comment never reaches other viewers.

Records other parts read: `FeedItem` (views), `QuestionEvent` (asked / answered, with the
wait in between: the rehearsal report), `Claim` (`studio.commerce.claims`), `RuleAction`.
"""

from __future__ import annotations

import re
import shutil
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Literal

from studio.commerce.answers import Draft, Drafter, Templates
from studio.commerce.claims import Claim, ClaimBook, ClaimStatus, StockChange, StockLedger, claims_filename
from studio.commerce.comments import Comment, make_comment
from studio.commerce.intents import INTENTS, QUESTIONS, IntentDetector, IntentResult, ProductRef, load_lexicon
from studio.commerce.language import LANGUAGES, detect_language, warm_up
from studio.commerce.moderation import (
    BlockedWords,
    Deduplicator,
    FilterReason,
    SpamFilter,
    SpamSettings,
    Stage,
    ViewerList,
)
from studio.commerce.product import Product
from studio.commerce.rules import RuleAction, RuleEngine, default_rules_path, load_rules
from studio.events import EventedModel, Signal

View = Literal["all", "questions", "claims", "filtered", "pinned"]
VIEWS: tuple[View, ...] = ("all", "questions", "claims", "filtered", "pinned")
LANGUAGE_CONFIDENT = 0.6  # below this, the language of matched intent words decides


@dataclass(frozen=True, slots=True)
class FeedItem:
    """A comment and what the pipeline made of it. Replaced (same id), never mutated."""

    comment: Comment
    arrived: float  # time.perf_counter() when it reached the pipeline
    language: str = ""  # ISO 639-1, "" when unknown
    intents: frozenset[str] = frozenset()
    filtered: FilterReason | None = None
    product_id: str | None = None  # the product it is about (named, numbered or pinned)
    named_product: bool = False  # the comment itself named it (not just the pinned one)
    quantity: int | None = None
    draft: Draft | None = None
    draft_ms: float | None = None  # arrival → draft ready
    claim_id: str | None = None
    answered_at: float | None = None  # Unix seconds
    pinned: bool = False  # shown on screen by the host (at some point)
    seq: int = 0  # the feed's order: views keep it even when two threads' items reach them swapped

    # The comment's own fields, so views written for plain comments keep working.
    @property
    def id(self) -> str:
        return self.comment.id

    @property
    def name(self) -> str:
        return self.comment.name

    @property
    def text(self) -> str:
        return self.comment.text

    @property
    def host(self) -> bool:
        return self.comment.host

    @property
    def time(self) -> float:
        return self.comment.time

    @property
    def questions(self) -> frozenset[str]:
        return self.intents & QUESTIONS

    @property
    def is_question(self) -> bool:
        return bool(self.questions) and self.filtered is None and not self.comment.host

    def in_view(self, view: View) -> bool:
        if view == "filtered":
            return self.filtered is not None
        if self.filtered is not None:
            return False
        if view == "all":
            return True
        if view == "questions":
            return self.is_question
        if view == "claims":
            return "claim" in self.intents and not self.comment.host
        return self.pinned


@dataclass(frozen=True, slots=True)
class QuestionEvent:
    """A question asked, or answered (by a sent draft, an automatic one, a reply naming the
    viewer, or pinning it on screen). `wait_s` is set on "answered"."""

    event: Literal["asked", "answered"]
    comment_id: str
    viewer: str
    viewer_key: str
    text: str
    language: str
    intents: frozenset[str]
    product_id: str | None
    asked_at: float  # Unix seconds
    answered_at: float | None = None
    wait_s: float | None = None
    how: str | None = None  # "draft", "auto", "reply", "pinned"


@dataclass
class FeedState(EventedModel):
    """Counts and switches the views show; emits only on a real change."""

    shown: int = 0
    filtered: int = 0
    open_questions: int = 0
    claims: int = 0
    pinned_product: str | None = None
    pinned_comment: str | None = None
    auto_send: frozenset[str] = frozenset()  # intents whose drafts go out by themselves


@dataclass(slots=True)
class PipelineSettings:
    spam: SpamSettings = field(default_factory=SpamSettings)
    keep: int = 5000  # shown comments kept; filtered ones have their own history of this size
    default_language: str = "en"  # replies to comments whose language is not one of LANGUAGES


class CommentPipeline:
    """The feed. Thread-safe: sources call `add` from any thread; views subscribe to signals
    (which fire on the adding thread) and move to their own thread themselves."""

    def __init__(self, products: Iterable[Product] = (), settings: PipelineSettings | None = None,
                 detector: IntentDetector | None = None, templates: Templates | None = None,
                 rules: RuleEngine | None = None) -> None:
        self.settings = settings or PipelineSettings()
        self.state = FeedState()
        self.added: Signal[FeedItem] = Signal()  # every new comment, shown or filtered
        self.updated: Signal[FeedItem] = Signal()  # a draft sent, answered, pinned, claim changed
        self.questions: Signal[QuestionEvent] = Signal()
        self.actions: Signal[RuleAction] = Signal()
        self.stock = StockLedger()
        self.claims = ClaimBook(self.stock)
        self.dedup = Deduplicator()
        self.viewers = ViewerList()
        self.spam = SpamFilter(self.settings.spam)
        self.blocked = BlockedWords()
        self.stages: list[Stage] = [self.dedup, self.viewers, self.spam, self.blocked]
        self._detector = detector  # built in the warm-up thread when not given (~50 ms of regex compiling)
        self._detector_lock = threading.Lock()
        self.drafter = Drafter(templates, self.settings.default_language)
        self.rules = rules or RuleEngine()
        # Sends a host reply to every viewer (the session sets its own; alone, the feed posts it here).
        self.replier: Callable[[str], Comment] = self._post_locally
        self._lock = threading.RLock()
        self._shown: deque[FeedItem] = deque(maxlen=self.settings.keep)
        self._filtered: deque[FeedItem] = deque(maxlen=self.settings.keep)
        self._items: dict[str, FeedItem] = {}
        self._stored = 0  # items kept so far: the next one's seq
        self._open: dict[str, None] = {}  # ids of questions not answered yet, oldest first
        self._asked: list[QuestionEvent] = []
        self._answers: list[QuestionEvent] = []
        self._products: dict[str, Product] = {}
        self._offers: dict[str, Decimal] = {}  # flash-sale prices by product id
        self._numbers: dict[int, str] = {}
        self._ids_lower: dict[str, str] = {}
        self.claims.changed.connect(self._on_claim_changed)
        self.set_products(products)
        # lingua loads its models in ~0.5 s, babel each locale in ~10 ms: not on the first comments.
        self.warmed = threading.Event()  # set once models and locales are loaded
        threading.Thread(target=self._warm_up, name="CommentModels", daemon=True).start()

    @property
    def detector(self) -> IntentDetector:
        if self._detector is None:
            with self._detector_lock:
                if self._detector is None:
                    self._detector = IntentDetector()
        return self._detector

    def _warm_up(self) -> None:
        try:
            warm_up()
            self.drafter.warm_up()
            self.detector.detect("warm up A12 x2", list(self._products))
        finally:
            self.warmed.set()

    # -- catalogue --------------------------------------------------------------------------------
    def set_products(self, products: Iterable[Product]) -> None:
        """The catalogue in its order: product #1 is the first row."""
        products = list(products)
        with self._lock:
            self._products = {p.id: p for p in products}
            self._numbers = {i: p.id for i, p in enumerate(products, start=1)}
            self._ids_lower = {p.id.casefold(): p.id for p in products}
        self.stock.load(products)
        if self._detector is not None:
            self._detector.detect("", list(self._products))  # compiles the new ids' patterns now

    def product(self, product_id: str | None) -> Product | None:
        """The product with this show's stock count (and its flash-sale price, during one)."""
        if product_id is None:
            return None
        product = self._products.get(product_id)
        if product is None:
            return None
        offer = self._offers.get(product_id)
        if offer is not None:
            product = replace(product, price=offer, original_price=product.price)
        return self.stock.apply(product)

    def set_offer(self, product_id: str, price: Decimal | None) -> None:
        """A flash sale's price for the product (None: back to the catalogue's): claims, answers and
        the card use it, with the catalogue price as the old one."""
        with self._lock:
            if price is None:
                self._offers.pop(product_id, None)
            else:
                self._offers[product_id] = price

    def product_ids(self) -> list[str]:
        """The catalogue's product ids in its order."""
        with self._lock:
            return list(self._products)

    def pin_product(self, product_id: str | None) -> None:
        self.state.update(pinned_product=product_id)

    # -- the pipeline -----------------------------------------------------------------------------
    def add(self, comment: Comment) -> FeedItem | None:
        """Run a comment through every stage. None for a copy of one already in the feed."""
        arrived = time.perf_counter()
        if comment.host:
            return self._add_host(comment, arrived)
        emits: list[Callable[[], None]] = []
        with self._lock:
            if self.dedup.seen_id(comment.id):
                return None
            now = time.monotonic()
            reason = None
            for stage in self.stages:
                verdict = stage.check(comment, now)
                reason = reason or verdict  # every stage still sees it: floods count filtered ones
            item = FeedItem(comment, arrived, filtered=reason)
            if reason is None:
                item = self._analyse(item, emits)
            item = self._store(item)
        self.added.emit(item)
        for emit in emits:
            emit()
        if item.draft is not None and item.draft.intents and item.draft.intents <= self.state.auto_send:
            self.send_draft(item.id, how="auto")
        return self._items.get(item.id, item)

    def _analyse(self, item: FeedItem, emits: list[Callable[[], None]]) -> FeedItem:
        comment = item.comment
        found = self.detector.detect(comment.text, list(self._products))
        language = self._language(comment.text, found)
        product_id, named = self._product_for(found.refs) if found.intents or found.refs else (None, False)
        item = replace(item, language=language, intents=found.intents, product_id=product_id,
                       named_product=named, quantity=found.quantity)
        draft = None
        product = self.product(product_id)
        if "claim" in found.intents and product is not None:
            claim = self.claims.claim(product, found.quantity or 1, comment.name, comment.viewer_key,
                                      comment.id, comment.time)
            item = replace(item, claim_id=claim.id)
            draft = self.drafter.claim_reply(product, language, claim.quantity, claim.waitlist_position)
            product = self.product(product_id)  # stock after the claim
        if found.questions and product is not None:
            answer = self.drafter.answer(found.questions, product, language)
            if answer is not None:
                draft = answer if draft is None else Draft(f"{draft.text} {answer.text}", draft.language,
                                                           draft.intents | answer.intents, draft.product_id)
        if draft is not None:
            draft = replace(draft, text=f"@{comment.name} {draft.text}")
            item = replace(item, draft=draft, draft_ms=(time.perf_counter() - item.arrived) * 1000)
        if found.questions:
            asked = QuestionEvent("asked", comment.id, comment.name, comment.viewer_key, comment.text,
                                  language, found.questions, product_id, comment.time)
            self._asked.append(asked)
            emits.append(lambda: self.questions.emit(asked))
        for action in self.rules.evaluate(comment.text, found.intents, comment.id,
                                          product_id if named else None, self.state.pinned_product):
            emits.append(lambda a=action: self.actions.emit(a))
        return item

    def _language(self, text: str, found: IntentResult) -> str:
        guess = detect_language(text)
        hinted = [lang for lang in found.languages if lang in LANGUAGES]
        if guess.code and (guess.confidence >= LANGUAGE_CONFIDENT or not hinted):
            return guess.code
        if hinted:
            # Indonesian and Malay share most words: keep the model's pick between the two.
            if guess.code in ("id", "ms") and hinted[0] in ("id", "ms"):
                return guess.code
            return hinted[0]
        return guess.code

    def _product_for(self, refs: tuple[ProductRef, ...]) -> tuple[str | None, bool]:
        for ref in refs:
            if ref.code is not None:
                pid = self._ids_lower.get(ref.code.casefold())
                if pid is not None:
                    return pid, True
            if ref.number is not None and ref.number in self._numbers:
                return self._numbers[ref.number], True
        return self.state.pinned_product, False

    def _add_host(self, comment: Comment, arrived: float) -> FeedItem:
        item = FeedItem(comment, arrived, language=detect_language(comment.text).code)
        with self._lock:
            if comment.id in self._items:
                return self._items[comment.id]
            item = self._store(item)
        self.added.emit(item)
        # A reply that names a viewer ("@Lan 299k") answers that viewer's open questions.
        for name in re.findall(r"@(\S+)", comment.text):
            for open_item in self._open_questions():
                if open_item.comment.name.split()[0].casefold() == name.casefold().rstrip(":,"):
                    self._answer(open_item.id, "reply")
        return item

    def _store(self, item: FeedItem) -> FeedItem:
        """Keep the item (under the lock); returns it with its place in the feed's order."""
        self._stored += 1
        item = replace(item, seq=self._stored)
        target = self._filtered if item.filtered is not None else self._shown
        if len(target) == target.maxlen:
            self._items.pop(target[0].id, None)
            self._open.pop(target[0].id, None)
        target.append(item)
        self._items[item.id] = item
        if item.is_question:
            self._open[item.id] = None
        self._count()
        return item

    def _count(self) -> None:
        self.state.update(shown=len(self._shown), filtered=len(self._filtered),
                          open_questions=len(self._open), claims=self.claims.count())

    def _open_questions(self) -> list[FeedItem]:
        with self._lock:
            return [self._items[i] for i in self._open if i in self._items]

    def _replace(self, item: FeedItem) -> FeedItem:
        with self._lock:
            if self._items.get(item.id) is None:
                return item
            self._items[item.id] = item
            target = self._filtered if item.filtered is not None else self._shown
            for index in range(len(target) - 1, -1, -1):
                if target[index].id == item.id:
                    target[index] = item
                    break
            self._count()
        self.updated.emit(item)
        return item

    # -- reading ------------------------------------------------------------------------------------
    def items(self, view: View = "all") -> list[FeedItem]:
        """The feed in arrival order; "filtered" holds what moderation hid, with reasons."""
        with self._lock:
            source = self._filtered if view == "filtered" else self._shown
            return [i for i in source if i.in_view(view)]

    def find(self, comment_id: str) -> FeedItem | None:
        with self._lock:
            return self._items.get(comment_id)

    def question_events(self) -> list[QuestionEvent]:
        """Every question asked and every answer, in order (the rehearsal report's input)."""
        with self._lock:
            return sorted(self._asked + self._answers, key=lambda e: (e.answered_at or e.asked_at))

    # -- host actions -------------------------------------------------------------------------------
    def send_draft(self, comment_id: str, text: str | None = None, how: str = "draft") -> Comment:
        """Send the comment's draft (or the host's edit of it) to every viewer; marks it answered."""
        item = self.find(comment_id)
        if item is None:
            raise KeyError("That comment is no longer in the feed.")
        body = text if text is not None else (item.draft.text if item.draft else "")
        make_comment("Host", body, host=True)  # refuses an empty or too long reply before anything changes
        self._answer(comment_id, how)  # first: the reply's own "@name" must not count as a second answer
        return self.replier(body)

    def mark_answered(self, comment_id: str, how: str = "reply") -> None:
        self._answer(comment_id, how)

    def _answer(self, comment_id: str, how: str) -> None:
        with self._lock:
            item = self._items.get(comment_id)
            if item is None or item.answered_at is not None:
                return
            now = time.time()
            item = replace(item, answered_at=now)
            self._open.pop(item.id, None)
            event = None
            if item.is_question:
                event = QuestionEvent("answered", item.id, item.name, item.comment.viewer_key, item.text,
                                      item.language, item.questions, item.product_id, item.time, now,
                                      max(0.0, now - item.time), how)
                self._answers.append(event)
        self._replace(item)
        if event is not None:
            self.questions.emit(event)

    def pin_comment(self, comment_id: str | None) -> None:
        """Mark the comment shown on screen (a question pinned counts as answered)."""
        self.state.update(pinned_comment=comment_id)
        item = self.find(comment_id) if comment_id else None
        if item is None:
            return
        if not item.pinned:
            self._replace(replace(item, pinned=True))
        if item.is_question:
            self._answer(item.id, "pinned")

    def set_auto_send(self, intent: str, on: bool) -> None:
        if intent not in INTENTS:
            raise ValueError(f"Unknown intent {intent!r}.")
        auto = set(self.state.auto_send)
        (auto.add if on else auto.discard)(intent)
        self.state.update(auto_send=frozenset(auto))

    def set_blocked_words(self, terms: Iterable[str]) -> None:
        self.blocked.set_terms(terms)

    def mute(self, viewer_key: str, seconds: float | None = None) -> None:
        self.viewers.mute(viewer_key, seconds)

    def unmute(self, viewer_key: str) -> None:
        self.viewers.unmute(viewer_key)

    def block(self, viewer_key: str) -> None:
        self.viewers.block(viewer_key)

    def unblock(self, viewer_key: str) -> None:
        self.viewers.unblock(viewer_key)

    def confirm_claim(self, claim_id: str) -> Claim:
        return self.claims.confirm(claim_id)

    def cancel_claim(self, claim_id: str) -> Claim:
        return self.claims.cancel(claim_id)

    def export_claims(self, folder: Path, show: str) -> Path:
        """Write `claims-<show>.csv` (the order sheet) into `folder`."""
        return self.claims.export_csv(Path(folder) / claims_filename(show))

    def _on_claim_changed(self, claim: Claim) -> None:
        self._count()
        item = self.find(claim.comment_id)
        if item is not None and item.claim_id == claim.id and claim.status != ClaimStatus.RESERVED:
            self.updated.emit(item)  # views re-read the claim's status

    @classmethod
    def from_folder(cls, folder: Path | None, settings: PipelineSettings | None = None) -> CommentPipeline:
        """A feed with the host's own files from `folder`, each optional: intents.toml and
        answers.toml (merged over the shipped ones), rules.toml (copied there from the shipped
        one on first use, then the host's to edit) and blocked-words.txt (one term a line).
        Raises LexiconError / TemplateError / RulesError / ValueError with a sentence naming the file."""
        if folder is None:
            return cls(settings=settings)
        folder = Path(folder)
        intents, answers, rules = folder / "intents.toml", folder / "answers.toml", folder / "rules.toml"
        if not rules.exists():
            try:
                folder.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(default_rules_path(), rules)
            except OSError:
                pass  # a read-only folder: the shipped rules still apply
        feed = cls(settings=settings,
                   detector=IntentDetector(load_lexicon(*[p for p in (intents,) if p.exists()])),
                   templates=Templates.load(*[p for p in (answers,) if p.exists()]),
                   rules=RuleEngine(load_rules(rules if rules.exists() else None)))
        blocked = folder / "blocked-words.txt"
        if blocked.exists():
            feed.blocked.load(blocked)
        return feed

    def _post_locally(self, text: str) -> Comment:
        comment = make_comment("Host", text, host=True)
        self.add(comment)
        return comment


__all__ = ["VIEWS", "CommentPipeline", "FeedItem", "FeedState", "PipelineSettings", "QuestionEvent",
           "StockChange", "View"]
