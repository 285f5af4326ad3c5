"""The rehearsal part: the event sidecar of every recording (a chapter per pin) and the
practice audience (simulated viewers commenting into the real feed)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio.commerce.claims import Claim
from studio.commerce.product import Product
from studio.events import EventedModel
from studio.rehearsal.journal import SessionJournal
from studio.rehearsal.sidecar import Claimed, CommentAnswered
from studio.session.links import Links
from studio.session.outputs import Outputs
from studio.session.pipeline import Pipeline
from studio.session.shop import Shop

if TYPE_CHECKING:
    from studio.rehearsal.audience import PracticeAudience


@dataclass
class RehearsalState(EventedModel):
    practice_audience: bool = False  # simulated viewers are commenting


class Rehearsal:
    def __init__(self, state_view: Any, pipeline: Pipeline, outputs: Outputs, shop: Shop,
                 links: Links, state: RehearsalState) -> None:
        self.shop, self.pipeline = shop, pipeline
        self.state = state  # built first: the session's state view includes it
        self.audience: PracticeAudience | None = None
        self.journal = SessionJournal(
            state_view, shop.comments.added, links.quality.changed, pipeline.mixer, self._product_title,
            lambda: outputs.recording.recorder if outputs.recording is not None else None)
        # The comment pipeline's answers and claims go into the sidecar too (the report reads them).
        feed = shop.comments
        self.journal.watch(feed.questions, lambda q, t: CommentAnswered(t=t, comment_id=q.comment_id)
                           if q.event == "answered" else None)
        journaled: set[str] = set()

        def claimed(claim: Claim, t: float) -> Claimed | None:
            if claim.id in journaled:  # later status changes (confirm, cancel) are not new claims
                return None
            journaled.add(claim.id)
            return Claimed(t=t, product_id=claim.product_id, name=claim.viewer, quantity=claim.quantity,
                           comment_id=claim.comment_id)

        self.journal.watch(feed.claims.changed, claimed)

    def _product_title(self, product_id: str) -> str | None:
        catalog = self.shop.catalog
        product = catalog.by_id(product_id) if catalog is not None else None
        return product.title if product is not None else None

    def start_practice_audience(self, rate_per_min: float = 12.0, languages: list[str] | None = None,
                                script: str | Path | None = None) -> PracticeAudience:
        """Simulated viewers comment into the real feed (ValueError / AudienceScriptError)."""
        from studio.rehearsal.audience import PracticeAudience, load_script

        def pinned() -> Product | None:
            pid, catalog = self.shop.state.pinned_product, self.shop.catalog
            return catalog.by_id(pid) if pid and catalog is not None else None

        audience = PracticeAudience(self.shop.comments.add, pinned, rate_per_min, languages,
                                    load_script(script) if script else None,
                                    locale=self.pipeline.settings.locale)
        self.stop_practice_audience()
        self.audience = audience
        audience.start()
        self.state.update(practice_audience=True)
        return audience

    def stop_practice_audience(self) -> None:
        audience, self.audience = self.audience, None
        if audience is not None:
            audience.stop()
        self.state.update(practice_audience=False)
