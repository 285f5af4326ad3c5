"""Keep a WHIP publication up: watch the media link, and when it dies (ICE failed, the
receiver stopped sending RTCP reports — a restarted server, a pulled cable — or the address
media left from is gone — Wi-Fi to hotspot, a new DHCP lease) first restart ICE on the same
session (RFC 9725 PATCH: DTLS and the RTP streams kept), and when the server cannot (405/501)
or that fails, publish again with a new WHIP POST, backing off between attempts. The encoder
and the recording never stop; only the network leg is rebuilt."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from aioice.ice import get_host_addresses

from studio.encode.live import LiveEncoder
from studio.transport.icerestart import nominated_local_host
from studio.transport.liveness import RtcpClock
from studio.transport.whip import PublishResult, WhipClient, WhipError, WhipPublisher

log = logging.getLogger(__name__)

# Statuses that retrying cannot fix: the host must change the target or the token.
PERMANENT = (401, 403, 404, 405, 415, 422)


@dataclass(frozen=True, slots=True)
class ReconnectPolicy:
    silence_s: float = 3.0
    """No RTCP packet from the server for this long = link down. Receiver reports alone come
    about twice a second and were all lost for 3 s in a quarter of 30 s shows at 40 % loss;
    any RTCP (NACKs come many times a second under loss) is silent only when the link is."""
    backoff_s: tuple[float, ...] = (0.0, 0.5, 1.0)
    """Waits before successive attempts; the last repeats. Short on purpose: the target is
    to be back within ~2 s of the network returning."""
    attempt_timeout_s: float = 5.0
    check_every_s: float = 0.25
    ice_restart_timeout_s: float = 3.0
    address_wait_s: float = 10.0
    """An ICE restart waits this long for the computer to have an address at all: between
    losing one network and joining the next (Wi-Fi to hotspot, a new DHCP lease) it has none
    for a moment, and a restart gathered then has nothing to offer and falls back to a new
    session (viewers see the stream start again instead of a short pause)."""


@dataclass(frozen=True, slots=True)
class LinkEvent:
    state: str  # "live", "reconnecting", "error"
    text: str | None = None  # a sentence for the host
    next_attempt_in_s: float | None = None  # for the "Reconnecting… 2 s" countdown
    attempt: int = 0
    down_for_s: float = 0.0
    same_session: bool = False  # mended by an ICE restart (no new WHIP session)


class ResilientPublisher:
    """A `WhipPublisher` that comes back by itself. Lives on the network loop."""

    def __init__(self, url: str, encoder: LiveEncoder, token: str | None = None,
                 on_event: Callable[[LinkEvent], None] | None = None,
                 policy: ReconnectPolicy | None = None) -> None:
        self.url, self.encoder, self.token = url, encoder, token
        self.policy = policy or ReconnectPolicy()
        self.on_event = on_event or (lambda _e: None)
        self.publisher: WhipPublisher | None = None
        self.reconnects = 0
        self.ice_restarts = 0  # links mended by an ICE restart (no new session)
        self.last_reconnect_ms: float | None = None  # link back → media flowing, last time
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        self._connected_at = 0.0
        self._rtcp: RtcpClock | None = None
        self._rtcp_pc: object | None = None

    async def start(self) -> PublishResult:
        """The first connection: a refusal is raised (the host fixes the URL or token)."""
        self.publisher = WhipPublisher(self.url, self.encoder, self.token)
        result = await self.publisher.start()
        self._connected_at = time.monotonic()
        self._task = asyncio.ensure_future(self._watch())
        return result

    async def close(self) -> None:
        self._closed = True
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        if self.publisher is not None:
            await self.publisher.close()
            self.publisher = None

    # -- watching ------------------------------------------------------------------------------
    async def link_down_reason(self) -> str | None:
        publisher = self.publisher
        if publisher is None or publisher.pc is None:
            return "no connection"
        state = publisher.pc.connectionState
        if state in ("failed", "closed"):
            return f"the connection {state}"
        host = nominated_local_host(publisher.pc)
        if host is not None and host not in get_host_addresses(use_ipv4=True, use_ipv6=True):
            return f"this computer no longer has the address {host} (the network changed)"
        last = await self._last_report_age(publisher)
        if last is not None and last > self.policy.silence_s:
            return f"no reports from the server for {last:.0f} s"
        return None

    async def _last_report_age(self, publisher: WhipPublisher) -> float | None:
        """Seconds since the last RTCP packet of any kind from the server (receiver reports,
        REMB, NACKs, feedback; see studio/transport/liveness.py), or since connecting."""
        assert publisher.pc is not None
        if self._rtcp is None or self._rtcp_pc is not publisher.pc:
            self._rtcp, self._rtcp_pc = RtcpClock(publisher.pc), publisher.pc
        # after an ICE restart the last packet predates the new path: count from the restart
        return min(self._rtcp.silent_for(), time.monotonic() - self._connected_at)

    async def _watch(self) -> None:
        while not self._closed:
            await asyncio.sleep(self.policy.check_every_s)
            reason = await self.link_down_reason()
            if reason is not None and not self._closed:
                log.warning("WHIP link down (%s); reconnecting", reason)
                if not await self.mend(reason):
                    return

    async def mend(self, reason: str) -> bool:
        """Bring the link back: an ICE restart on the same session when the server can, else
        a new session (re-POST). False when the server refused for good."""
        if await self._restart_ice(reason):
            return True
        return await self._reconnect(reason)

    async def _restart_ice(self, reason: str) -> bool:
        """The same session over a new path; False when a new POST is needed instead."""
        publisher = self.publisher
        if publisher is None or publisher.pc is None or publisher.connection_state in ("failed", "closed"):
            return False
        down_at = time.monotonic()
        self.on_event(LinkEvent("reconnecting", _sentence(reason), 0.0, 1))
        if not await self._wait_for_an_address():
            log.info("no network address after %.0f s; publishing again", self.policy.address_wait_s)
            return False
        try:
            await publisher.restart_ice(self.policy.ice_restart_timeout_s)
        except WhipError as exc:
            log.info("ICE restart not possible (%s); publishing again", exc)
            return False
        self._connected_at = time.monotonic()
        self.ice_restarts += 1
        self.last_reconnect_ms = (time.monotonic() - down_at) * 1000
        self.encoder.request_keyframe()
        self.on_event(LinkEvent("live", None, attempt=1, down_for_s=time.monotonic() - down_at,
                                same_session=True))
        return True

    async def _wait_for_an_address(self) -> bool:
        """True once this computer has an address media could leave from (the address
        checks ICE gathers from: not loopback, not link-local)."""
        deadline = time.monotonic() + self.policy.address_wait_s
        while not get_host_addresses(use_ipv4=True, use_ipv6=True):
            if self._closed or time.monotonic() >= deadline:
                return False
            await asyncio.sleep(0.05)
        return True

    async def _reconnect(self, reason: str) -> bool:
        down_at = time.monotonic()
        old, self.publisher = self.publisher, None
        stale: list[str] = []  # our old sessions the server may still hold (it would answer 409)
        if old is not None:
            if old.session is not None:
                stale.append(old.session.resource_url)
                old.session = None
            if old.pc is not None:
                await old.pc.close()
                old.pc = None
        client = WhipClient(self.url, self.token)
        attempt = 0
        last_error = reason
        while not self._closed:
            wait = self.policy.backoff_s[min(attempt, len(self.policy.backoff_s) - 1)]
            attempt += 1
            self.on_event(LinkEvent("reconnecting", _sentence(last_error), wait, attempt,
                                    time.monotonic() - down_at))
            if wait:
                await asyncio.sleep(wait)
            for url in list(stale):  # the network is back when this works: then publish again
                if await client.delete(url, timeout=1.0):
                    stale.remove(url)
            publisher = WhipPublisher(self.url, self.encoder, self.token)
            t0 = time.perf_counter()
            try:
                await publisher.start(timeout=self.policy.attempt_timeout_s)
            except WhipError as exc:
                await publisher.close()
                if exc.status in PERMANENT:
                    self.on_event(LinkEvent("error", str(exc), attempt=attempt))
                    return False
                last_error = str(exc)
                continue
            except Exception as exc:  # noqa: BLE001 — anything else: try again
                await publisher.close()
                last_error = f"{exc}"
                continue
            self.publisher = publisher
            self._connected_at = time.monotonic()
            self.reconnects += 1
            self.last_reconnect_ms = (time.perf_counter() - t0) * 1000
            self.encoder.request_keyframe()  # viewers get a picture at once
            self.on_event(LinkEvent("live", None, attempt=attempt, down_for_s=time.monotonic() - down_at))
            return True
        return False


def _sentence(reason: str) -> str:
    text = reason if reason.endswith(".") else f"Lost the connection to the WHIP server ({reason})."
    return text + " Reconnecting…"
