"""When is a media link dead? Two rules that must not mistake heavy loss for an outage.

**Consent (RFC 7675), on every peer connection.** aioice sends one STUN check every ~5 s,
without retransmission, and closes the connection after 6 unanswered in a row. A check and
its answer both cross the link, so at 40 % random loss each way a check fails 64 % of the
time, and six in a row come by a median 2¼ minutes into a show (simulated; at 20 % loss 14 %
of shows die within 10 minutes) — the connection closes on a show that is still flowing.
RFC 7675's rule is time, not a count: consent expires 30 s after the last answer. So:
checks every ~5 s while answered, every ~0.5 s after a miss (as Chromium pings faster on a
weak connection), expiry 30 s after the last answer. At 40 % loss expiry takes ~60 misses in
a row (0.64⁶⁰ ≈ 10⁻¹²; at 60 % loss 0.84⁶⁰ ≈ 3·10⁻⁵); a dead peer still expires in 30 s.

**RTCP silence, on our WHIP publisher** (`studio/transport/reconnect.py`). It declared the
link down after 3 s without an RTCP *receiver report*. The server sends about two a second
(one per receiver, 0.5–1.5 s apart), so at 40 % loss the gaps reach 3 s in a quarter of 30 s
shows (simulated; seen as "Reconnecting…" mid-show at 40 % loss). Every RTCP packet from the
server proves the link is up — receiver reports, REMB, NACKs (many a second under loss),
transport feedback — so `RtcpClock` counts them all, from the DTLS transport.

`install()` (idempotent; `new_peer` calls it) patches aioice's consent task for the process."""

from __future__ import annotations

import asyncio
import logging
import random
import time

log = logging.getLogger(__name__)

CONSENT_TIMEOUT_S = 30.0  # RFC 7675 §5.1
CHECK_S = 5.0  # between checks while they are answered
RETRY_S = 0.5  # between checks after one went unanswered (Chromium's weak-connection ping)


async def _query_consent(self) -> None:  # noqa: ANN001 — an aioice Connection
    """aioice's `Connection.query_consent`, expiring on time (see the module's text). Checks
    do not wait for each other: a lost one times out while the next is already on its way."""
    from aioice import stun

    assert self.remote_password is not None
    key = self.remote_password.encode("utf8")
    state = {"answered": time.monotonic(), "missed": False}
    pending: set[asyncio.Future[None]] = set()

    async def check(pair) -> None:  # noqa: ANN001
        try:
            await pair.protocol.request(self.build_request(pair, nominate=False), pair.remote_addr,
                                        integrity_key=key, retransmissions=0)
            state["answered"], state["missed"] = time.monotonic(), False
        except (stun.TransactionError, ConnectionError, OSError):
            state["missed"] = True

    try:
        while True:
            interval = RETRY_S if state["missed"] else CHECK_S
            await asyncio.sleep(interval * (0.8 + 0.4 * random.random()))
            for pair in list(self._nominated.values()):
                task = asyncio.ensure_future(check(pair))
                pending.add(task)
                task.add_done_callback(pending.discard)
            quiet = time.monotonic() - state["answered"]
            if quiet >= CONSENT_TIMEOUT_S:
                log.info("ICE consent expired: no answer for %.1f s", quiet)
                self._query_consent_task = None
                break
    finally:
        for task in list(pending):
            task.cancel()
    await self.close()


AIOICE_QUERY_CONSENT = None  # aioice's own, once replaced (tests compare the two)


def install() -> None:
    global AIOICE_QUERY_CONSENT
    from aioice.ice import Connection

    if getattr(Connection.query_consent, "studio_consent", False):
        return
    _query_consent.studio_consent = True  # type: ignore[attr-defined]
    AIOICE_QUERY_CONSENT = Connection.query_consent  # type: ignore[assignment]
    Connection.query_consent = _query_consent  # type: ignore[method-assign]


class RtcpClock:
    """When the last RTCP packet of any kind came in on a peer connection's transport."""

    def __init__(self, pc: object) -> None:
        self.last = time.monotonic()
        self.packets = 0
        transports = {id(s.transport): s.transport for s in pc.getSenders() if s.transport is not None}  # type: ignore[attr-defined]
        for dtls in transports.values():
            original = dtls._handle_rtcp_data

            async def handle(data: bytes, original=original) -> None:  # noqa: ANN001
                self.last = time.monotonic()
                self.packets += 1
                await original(data)

            dtls._handle_rtcp_data = handle

    def silent_for(self) -> float:
        return time.monotonic() - self.last
