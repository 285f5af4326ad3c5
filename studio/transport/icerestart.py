"""ICE restart on a live aiortc connection, with DTLS and SRTP kept (RFC 8445 §9, RFC 9725 §4.3).

aiortc has no ICE restart: `RTCIceTransport` wraps one `aioice.Connection` for its whole
life. The DTLS transport above it only calls that connection's `recv`/`send`, so the
connection object can stay while its ICE state is renewed in place: new credentials, new
local candidates (the addresses the machine has *now*), a fresh check list against the
peer's new credentials and candidates, and a new nominated pair. The DTLS session, the SRTP
keys, the RTP sequence numbers and the decoders never notice; only the path changes.

While the new checks run, the old nominated pair stays in place (sends may still reach the
peer if the old path works), and its sockets close once the new pair is nominated.

This reaches into aioice's private state (pinned by tests/test_whip.py: an upgrade that
renames it fails there). Both ends of a WHIP session use it: the publisher
(`WhipPublisher.restart_ice`) and the embedded server (`studio/server/whip_patch.py`)."""

from __future__ import annotations

import asyncio
import contextlib
import types
from dataclasses import dataclass, field

from aioice import Candidate, Connection
from aioice.utils import random_string
from aiortc import RTCPeerConnection
from aiortc.rtcicetransport import RTCIceTransport

SDPFRAG = "application/trickle-ice-sdpfrag"


@dataclass(frozen=True, slots=True)
class IceFrag:
    """One side's ICE parameters as a trickle-ice-sdpfrag (RFC 8840) carries them."""

    ufrag: str
    pwd: str
    candidates: list[Candidate] = field(default_factory=list)
    mid: str = "0"

    def to_sdpfrag(self) -> str:
        lines = [f"a=ice-ufrag:{self.ufrag}", f"a=ice-pwd:{self.pwd}", "m=audio 9 UDP/TLS/RTP/SAVPF 0",
                 f"a=mid:{self.mid}"]
        lines += [f"a=candidate:{c.to_sdp()}" for c in self.candidates]
        lines.append("a=end-of-candidates")
        return "\r\n".join(lines) + "\r\n"

    @classmethod
    def parse(cls, text: str) -> IceFrag:
        """Raises ValueError when credentials are missing or a candidate is malformed."""
        ufrag = pwd = None
        mid = "0"
        candidates = []
        for raw in text.splitlines():
            line = raw.strip()
            if line.startswith("a=ice-ufrag:"):
                ufrag = line.split(":", 1)[1]
            elif line.startswith("a=ice-pwd:"):
                pwd = line.split(":", 1)[1]
            elif line.startswith("a=mid:") and mid == "0":
                mid = line.split(":", 1)[1]
            elif line.startswith("a=candidate:"):
                candidates.append(Candidate.from_sdp(line.split(":", 1)[1]))
        if not ufrag or not pwd:
            raise ValueError("the fragment has no ice-ufrag and ice-pwd")
        return cls(ufrag, pwd, candidates, mid)


def ice_transport_of(pc: RTCPeerConnection) -> RTCIceTransport | None:
    """The one (bundled) ICE transport of a connection, or None if there are several or none."""
    found: dict[int, RTCIceTransport] = {}
    for t in pc.getTransceivers():
        dtls = t.sender.transport if t.sender else None
        if dtls is not None:
            found[id(dtls.transport)] = dtls.transport
    return next(iter(found.values())) if len(found) == 1 else None


def ice_ufrag(pc: RTCPeerConnection) -> str | None:
    ice = ice_transport_of(pc)
    return ice.iceGatherer.getLocalParameters().usernameFragment if ice else None


def nominated_local_host(pc: RTCPeerConnection) -> str | None:
    """The local address media leaves from (None before connecting)."""
    ice = ice_transport_of(pc)
    if ice is None:
        return None
    pair = ice._connection._nominated.get(1)
    return pair.local_candidate.host if pair is not None else None


class IceRestart:
    """One restart of one connection's ICE. `begin()` renews our side and returns what to
    send the peer; `finish(remote)` runs the checks against the peer's new parameters."""

    def __init__(self, ice: RTCIceTransport) -> None:
        self.ice = ice
        self.conn: Connection = ice._connection
        self._old_protocols: list = []

    async def begin(self, mid: str = "0") -> IceFrag:
        conn = self.conn
        task, conn._query_consent_task = conn._query_consent_task, None
        if task is not None and not task.done():  # its failures would close the connection
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        for pair in conn._check_list:
            if pair.task is not None:
                pair.task.cancel()
        self._old_protocols, conn._protocols = conn._protocols, []
        conn._check_list = []
        conn._check_list_done = False
        conn._check_list_state = asyncio.Queue()
        conn._early_checks.clear()
        conn._early_checks_done = False
        conn._nominating = set()
        conn._local_candidates = []
        conn._local_candidates_start = conn._local_candidates_end = False
        conn._local_username, conn._local_password = random_string(4), random_string(22)
        conn.remote_username = conn.remote_password = None
        conn._remote_candidates = []
        conn._remote_candidates_end = False
        self.ice.iceGatherer._remote_candidates_end = False
        # The old pair stays nominated (so recv() and send() keep working): the check list
        # completes only when every component has a pair on the new sockets.
        new_protocols = conn._protocols

        def maybe_complete(this: Connection) -> bool:
            fresh = all((p := this._nominated.get(c)) is not None and p.protocol in new_protocols
                        for c in this._components)
            if fresh and not this._check_list_done:
                this._check_list_state.put_nowait(1)  # aioice's ICE_COMPLETED
                this._check_list_done = True
            return fresh

        conn._check_list_maybe_complete = types.MethodType(maybe_complete, conn)  # type: ignore[method-assign]
        await conn.gather_candidates()
        return IceFrag(conn.local_username, conn.local_password, conn.local_candidates, mid)

    async def finish(self, remote: IceFrag, timeout: float | None = None) -> None:
        """Run the checks; raises ConnectionError (or TimeoutError) when no new pair works.
        The old sockets close either way."""
        conn = self.conn
        conn.remote_username, conn.remote_password = remote.ufrag, remote.pwd
        try:
            for candidate in remote.candidates:
                await conn.add_remote_candidate(candidate)
            await conn.add_remote_candidate(None)
            self.ice.iceGatherer._remote_candidates_end = True
            await asyncio.wait_for(conn.connect(), timeout)
        finally:
            await self.abort()

    async def abort(self) -> None:
        """Close the old sockets and hand completion back to aioice (idempotent). A socket
        that still carries the nominated pair (the restart did not get through) is kept:
        closing it would end the DTLS session, which a later restart may still save."""
        self.conn.__dict__.pop("_check_list_maybe_complete", None)
        old, self._old_protocols = self._old_protocols, []
        in_use = {id(pair.protocol) for pair in self.conn._nominated.values()}
        for protocol in old:
            if id(protocol) in in_use:
                self.conn._protocols.append(protocol)
                continue
            with contextlib.suppress(Exception):
                await protocol.close()
