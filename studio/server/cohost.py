"""Co-hosts: invites, the green room, slots and reconnection.

A host creates an invite (an unguessable token with an expiry and a use limit). The link
opens a co-host page; the co-host's browser (or another Seller Studio) posts an SDP offer
with its camera and microphone. Its media reaches the host at once, but only into the green
room (a preview and a level meter): nothing of an unapproved co-host reaches the program.
Once approved, the co-host takes a slot and receives the program picture and a mix-minus
of the program sound. A co-host who drops keeps the slot for 30 s as "reconnecting"."""

from __future__ import annotations

import asyncio
import hmac
import logging
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Protocol

import av
import cv2
import numpy as np
from aiortc import MediaStreamTrack, RTCPeerConnection, RTCRtpSender, RTCSessionDescription
from aiortc.mediastreams import MediaStreamError

from studio.commerce.comments import plain_text
from studio.encode.live import LiveEncoder
from studio.events import Signal
from studio.media.frames import AudioBlock, LatestSlot, now_ns
from studio.processing.audio_mix import RemoteInput
from studio.processing.compositor import MAX_COHOSTS, fit_cover
from studio.processing.plc import ReceivedAudio
from studio.secrets import SECRETS
from studio.server.sdp import negotiation_problem
from studio.transport.tracks import PacketTrack, close_peer, new_peer
from studio.transport.twcc import enable_twcc

log = logging.getLogger(__name__)

INVITE_TOKEN_BYTES = 24  # 192 bits
DEFAULT_INVITE_TTL_S = 30 * 60
RECONNECT_GRACE_S = 30.0
MEDIA_SILENCE_S = 3.0
"""A co-host whose media (audio frames come every 20 ms, video at its frame rate) stops for
this long has dropped. ICE consent alone takes ~30 s to fail, and a peer that closes without
a DTLS close_notify reaching us is otherwise noticed only then."""
FIRST_MEDIA_GRACE_S = 10.0  # ICE + DTLS before the first packet (mDNS candidates are slow)
WATCH_EVERY_S = 0.25
OFFER_UNUSABLE = ("The co-host's browser sent an offer this studio cannot use; reload the invite "
                  "page, or try an up-to-date Chrome, Edge, Firefox or Safari.")


class InviteError(Exception):
    """An invite was refused; `str()` is one sentence for the co-host, `status` the HTTP code."""

    def __init__(self, message: str, status: int = 403, reason: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason  # unknown, revoked, expired, used (a page's own sentence), or ""


@dataclass
class Invite:
    token: str
    created: float
    expires: float
    uses_left: int
    revoked: bool = False
    cohost_ids: list[str] = field(default_factory=list)  # who joined with it (rejoins)


class InviteBook:
    """Unguessable links with an expiry and a use limit (co-host invites; call links)."""

    MAX_TTL_S = 7 * 24 * 3600
    MAX_USES = 20
    MESSAGES = {
        "unknown": "This invite link is not valid. Ask the host for a new one.",
        "revoked": "The host has withdrawn this invite.",
        "expired": "This invite has expired. Ask the host for a new one.",
        "used": "This invite has already been used. Ask the host for a new one.",
        "ttl": "An invite must last between 1 minute and 7 days.",
        "uses": "An invite can be used between 1 and 20 times.",
    }

    def __init__(self) -> None:
        self._invites: dict[str, Invite] = {}

    def create(self, ttl_s: float = DEFAULT_INVITE_TTL_S, uses: int = 1) -> Invite:
        if not 60 <= ttl_s <= self.MAX_TTL_S:
            raise ValueError(self.MESSAGES["ttl"])
        if not 1 <= uses <= self.MAX_USES:
            raise ValueError(self.MESSAGES["uses"])
        now = time.time()
        invite = Invite(secrets.token_urlsafe(INVITE_TOKEN_BYTES), now, now + ttl_s, uses)
        SECRETS.add(invite.token)  # the link is a key to the show: never in a log
        self._invites[invite.token] = invite
        return invite

    def get(self, token: str) -> Invite | None:
        """The invite with this token. Every stored token is compared in constant time (no
        dict lookup, no early exit), so response times tell a guesser nothing about a prefix."""
        given = str(token or "").encode("utf-8", "replace")
        found = None
        for key, invite in self._invites.items():
            if hmac.compare_digest(key.encode(), given):
                found = invite
        return found

    def check(self, token: str) -> Invite:
        """The invite, if it can be used now; InviteError with the reason otherwise."""
        invite = self.get(token)
        said = self.MESSAGES
        if invite is None:
            raise InviteError(said["unknown"], 404, "unknown")
        if invite.revoked:
            raise InviteError(said["revoked"], 403, "revoked")
        if time.time() > invite.expires:
            raise InviteError(said["expired"], 410, "expired")
        if invite.uses_left <= 0:
            raise InviteError(said["used"], 403, "used")
        return invite

    def revoke(self, token: str) -> bool:
        invite = self._invites.get(token)
        if invite is None:
            return False
        invite.revoked = True
        return True

    def active(self) -> list[Invite]:
        now = time.time()
        return [i for i in self._invites.values()
                if not i.revoked and i.expires > now and i.uses_left > 0]


class CoHost:
    """One co-host as the host sees them. State: waiting → live ⇄ reconnecting → left;
    or declined / removed."""

    def __init__(self, name: str, invite: Invite) -> None:
        self.id = uuid.uuid4().hex
        self.name = name
        self.invite = invite
        self.state = "waiting"
        self.slot: int | None = None
        self.muted = False
        self.pc: RTCPeerConnection | None = None
        self.video: LatestSlot[av.VideoFrame] = LatestSlot()
        self.voice = RemoteInput(self.id)
        self.approved = asyncio.Event()
        self.reconnect_deadline: float | None = None
        self.tasks: list[asyncio.Task[None]] = []
        self.frames_received = 0
        self._pictures: dict[tuple[int, int], tuple[tuple[int, int, int], np.ndarray]] = {}
        self._tile_seen: dict[tuple[int, int], float] = {}
        self.last_media_at: float | None = None  # monotonic; None until the first frame
        self.watch: asyncio.Task[None] | None = None

    def picture(self, width: int, height: int) -> np.ndarray | None:
        """The newest picture as BGR, cover-fitted to a width×height tile: converted and scaled
        in one step, once per new frame and tile size (on the renderer thread). Also notes the
        size, so the co-host can be asked to send no more than its tile needs (`wanted_size`)."""
        frame = self.video.peek()
        now = time.monotonic()
        self._tile_seen[(width, height)] = now
        if frame is None:
            return None
        key = (id(frame), width, height)
        cached = self._pictures.get((width, height))
        if cached is not None and cached[0] == key:
            return cached[1]
        scale = max(width / frame.width, height / frame.height)
        if scale < 0.9:  # bigger than the tile: let swscale convert and shrink in one pass
            sw, sh = max(width, round(frame.width * scale)), max(height, round(frame.height * scale))
            image = frame.reformat(width=sw, height=sh, format="bgr24", interpolation="AREA").to_ndarray()
        elif frame.format.name == "yuv420p":
            image = cv2.cvtColor(frame.to_ndarray(format="yuv420p"), cv2.COLOR_YUV2BGR_I420)
        else:
            image = frame.to_ndarray(format="bgr24")
        picture = fit_cover(image, width, height)
        self._pictures[(width, height)] = (key, picture)
        return picture

    def wanted_size(self) -> tuple[int, int] | None:
        """The largest tile this co-host filled in the last 2 s (a dual canvas has two)."""
        now = time.monotonic()
        for size, seen in list(self._tile_seen.items()):
            if now - seen > 2.0:
                self._tile_seen.pop(size, None)
                self._pictures.pop(size, None)
        sizes = list(self._tile_seen)
        if not sizes:
            return None
        return max(w for w, _h in sizes), max(h for _w, h in sizes)

    def thumbnail(self, width: int = 160, height: int = 90) -> np.ndarray | None:
        """A small RGB picture for the green room (scaled by swscale; safe from any thread)."""
        frame = self.video.peek()
        if frame is None:
            return None
        return frame.reformat(width=width, height=height, format="rgb24").to_ndarray()

    def level_db(self) -> float:
        return self.voice.meter.level.rms_db

    def status(self) -> str:
        if self.state == "reconnecting":
            return "reconnecting"
        return "muted" if self.muted else "live"

    def info(self) -> CoHostInfo:
        return CoHostInfo(self.id, self.name, self.state, self.slot, self.muted,
                          self.voice.meter.level.rms_db, self.frames_received)


@dataclass(frozen=True, slots=True)
class CoHostInfo:
    """A snapshot for views and the CLI."""

    id: str
    name: str
    state: str
    slot: int | None
    muted: bool
    level_db: float
    frames_received: int


class MinusTrack(MediaStreamTrack):
    """The program sound minus this co-host's own voice, encoded (Opus) for them alone."""

    kind = "audio"

    def __init__(self) -> None:
        super().__init__()
        self.queue: asyncio.Queue[AudioBlock] = asyncio.Queue(maxsize=10)
        self._loop = asyncio.get_running_loop()
        self._pts = 0

    def offer(self, block: AudioBlock) -> None:  # any thread
        def put() -> None:
            if self.queue.full():
                self.queue.get_nowait()
            self.queue.put_nowait(block)

        try:
            self._loop.call_soon_threadsafe(put)
        except RuntimeError:
            pass

    async def recv(self) -> av.AudioFrame:  # type: ignore[override]
        if self.readyState != "live":
            raise MediaStreamError
        block = await self.queue.get()
        frame = av.AudioFrame.from_ndarray(block.samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = 48_000
        frame.pts = self._pts
        frame.time_base = Fraction(1, 48_000)
        self._pts += len(block.samples)
        return frame


class Admitted(Protocol):
    approved: asyncio.Event


class GatedPacketTrack(PacketTrack):
    """The program picture (or a call's picture or sound), sent only once the co-host (the
    caller) has been let in."""

    def __init__(self, cohost: Admitted, encoder: Callable[[], LiveEncoder], kind: str = "video") -> None:
        super().__init__(None, kind)  # type: ignore[arg-type]
        self._cohost = cohost
        self._encoder_for = encoder

    async def recv(self) -> av.Packet:  # type: ignore[override]
        if self.encoder is None:
            await self._cohost.approved.wait()
            self.encoder = self._encoder_for()
        return await super().recv()


class GreenRoom:
    """Co-host requests, approvals and slots of one room. Runs on the network loop; the
    host-side actions are coroutines the session submits there."""

    def __init__(self, room_name: str) -> None:
        self.room_name = room_name
        self.invites = InviteBook()
        self.cohosts: dict[str, CoHost] = {}
        self.changed: Signal[CoHost] = Signal()
        # Set by the session: the program encoder and the mix-minus hook-up.
        self.program_encoder: Callable[[], LiveEncoder] | None = None
        self.minus_output: Callable[[CoHost, Callable[[AudioBlock], None] | None], None] | None = None

    # -- joining --------------------------------------------------------------------------
    async def join(self, token: str, name: str, offer: str) -> tuple[CoHost, str]:
        """A co-host asks to join with its offer; returns the record and the SDP answer."""
        invite_row = self.invites.get(token)
        rejoin = None
        if invite_row is not None:
            rejoin = next((self.cohosts[c] for c in invite_row.cohost_ids
                           if c in self.cohosts and self.cohosts[c].state == "reconnecting"), None)
        if rejoin is None:
            invite = self.invites.check(token)
            present = [c for c in self.cohosts.values() if c.state in ("waiting", "live", "reconnecting")]
            if len(present) >= MAX_COHOSTS + 4:
                raise InviteError("The green room is full; try again in a minute.", 409)
        if self.program_encoder is None:  # before any peer connection exists
            raise InviteError("The host is not ready for co-hosts.", 503)
        problem = negotiation_problem(offer)
        if problem:
            raise InviteError(problem, 400)
        if rejoin is None:
            cohost = CoHost(_clean_name(name), invite)
            invite.uses_left -= 1
            invite.cohost_ids.append(cohost.id)
        else:
            cohost = rejoin
            await self._close_pc(cohost)
            cohost.approved = asyncio.Event()
            cohost.approved.set()  # same slot, no second approval
        pc = new_peer()
        enable_twcc(pc)  # a browser co-host estimates its uplink from our feedback
        cohost.pc = pc
        cohost.last_media_at = None
        encoder_for = self.program_encoder
        video = pc.addTransceiver(GatedPacketTrack(cohost, encoder_for), direction="sendrecv")
        caps = RTCRtpSender.getCapabilities("video").codecs
        video.setCodecPreferences([c for c in caps if c.mimeType in ("video/H264", "video/rtx")])
        minus = MinusTrack()
        audio = pc.addTransceiver(minus, direction="sendrecv")
        audio.setCodecPreferences([c for c in RTCRtpSender.getCapabilities("audio").codecs
                                   if c.mimeType == "audio/opus"])
        cohost._minus = minus  # type: ignore[attr-defined]

        def keyframe() -> None:  # the co-host's PLI goes to the shared program encoder
            if cohost.approved.is_set():
                encoder_for().request_keyframe()

        video.sender._send_keyframe = keyframe  # type: ignore[method-assign]

        @pc.on("track")
        def _on_track(track: MediaStreamTrack) -> None:
            if track.kind == "video":
                cohost.tasks.append(asyncio.ensure_future(self._pump_video(cohost, track)))
            else:
                cohost.tasks.append(asyncio.ensure_future(self._pump_audio(cohost, track)))

        @pc.on("connectionstatechange")
        async def _on_state() -> None:
            if cohost.pc is not pc:
                return
            if pc.connectionState in ("failed", "closed"):
                await self._on_dropped(cohost)

        try:
            await pc.setRemoteDescription(RTCSessionDescription(offer, "offer"))
            await pc.setLocalDescription(await pc.createAnswer())
        except Exception as exc:  # hostile or broken SDP: aiortc raises many kinds
            log.debug("co-host offer refused: %r", exc)
            for task in cohost.tasks:  # tracks announced before the answer failed
                task.cancel()
            cohost.tasks.clear()
            await close_peer(pc)
            cohost.pc = None
            if rejoin is None:  # a refused offer does not use up the invite
                invite.uses_left += 1
                invite.cohost_ids.remove(cohost.id)
            raise InviteError(OFFER_UNUSABLE, 400) from None
        if rejoin is not None:
            cohost.state = "live"
            cohost.reconnect_deadline = None
            self._hook_minus(cohost)
        self.cohosts[cohost.id] = cohost
        cohost.watch = asyncio.ensure_future(self._watch(cohost, pc))
        self.changed.emit(cohost)
        return cohost, pc.localDescription.sdp

    async def _watch(self, cohost: CoHost, pc: RTCPeerConnection) -> None:
        """Notice a co-host who vanished: their media stopped arriving."""
        joined = time.monotonic()
        while cohost.pc is pc:
            await asyncio.sleep(WATCH_EVERY_S)
            if cohost.pc is not pc or cohost.state not in ("waiting", "live"):
                return
            now = time.monotonic()
            last = cohost.last_media_at
            silent = now - joined > FIRST_MEDIA_GRACE_S if last is None else now - last > MEDIA_SILENCE_S
            if silent:
                log.info("co-host %s: no media for %.1f s; dropped", cohost.id,
                         now - (last if last is not None else joined))
                await self._on_dropped(cohost)
                return

    async def _pump_video(self, cohost: CoHost, track: MediaStreamTrack) -> None:
        try:
            while True:
                frame = await track.recv()
                cohost.video.put(frame)  # type: ignore[arg-type]
                cohost.frames_received += 1
                cohost.last_media_at = time.monotonic()
        except MediaStreamError:
            pass

    async def _pump_audio(self, cohost: CoHost, track: MediaStreamTrack) -> None:
        received = ReceivedAudio()  # lost packets leave holes; fill them before the mix
        try:
            while True:
                frame = await track.recv()
                assert isinstance(frame, av.AudioFrame)
                cohost.last_media_at = time.monotonic()
                for block in received.blocks(frame):
                    cohost.voice.push(block, now_ns())
        except MediaStreamError:
            pass

    # -- host actions ---------------------------------------------------------------------------
    async def approve(self, cohost_id: str) -> CoHost:
        cohost = self._get(cohost_id)
        if cohost.state != "waiting":
            raise InviteError(f"{cohost.name} is not waiting to join.", 409)
        taken = {c.slot for c in self.cohosts.values() if c.slot is not None}
        free = [i for i in range(MAX_COHOSTS) if i not in taken]
        if not free:
            raise InviteError(f"All {MAX_COHOSTS} co-host slots are taken.", 409)
        cohost.slot = free[0]
        cohost.state = "live"
        cohost.approved.set()
        self._hook_minus(cohost)
        if self.program_encoder is not None:
            self.program_encoder().request_keyframe()
        self.changed.emit(cohost)
        return cohost

    def _hook_minus(self, cohost: CoHost) -> None:
        minus = getattr(cohost, "_minus", None)
        if self.minus_output is not None and minus is not None:
            self.minus_output(cohost, minus.offer)

    async def decline(self, cohost_id: str) -> CoHost:
        cohost = self._get(cohost_id)
        cohost.state = "declined"
        await self._close_pc(cohost)
        self.changed.emit(cohost)
        return cohost

    async def remove(self, cohost_id: str) -> CoHost:
        """Take a co-host off the show; their invite stops working."""
        cohost = self._get(cohost_id)
        cohost.state = "removed"
        cohost.slot = None
        self.invites.revoke(cohost.invite.token)
        await self._close_pc(cohost)
        self.changed.emit(cohost)
        return cohost

    async def set_muted(self, cohost_id: str, muted: bool) -> CoHost:
        cohost = self._get(cohost_id)
        cohost.muted = muted
        cohost.voice.muted = muted
        self.changed.emit(cohost)
        return cohost

    async def leave(self, cohost_id: str) -> CoHost:
        cohost = self._get(cohost_id)
        cohost.state = "left"
        cohost.slot = None
        await self._close_pc(cohost)
        self.changed.emit(cohost)
        return cohost

    def _get(self, cohost_id: str) -> CoHost:
        cohost = self.cohosts.get(cohost_id)
        if cohost is None:
            raise InviteError("No such co-host.", 404)
        return cohost

    async def _close_pc(self, cohost: CoHost) -> None:
        if self.minus_output is not None:
            self.minus_output(cohost, None)
        for task in cohost.tasks:
            task.cancel()
        cohost.tasks.clear()
        watch, cohost.watch = cohost.watch, None
        if watch is not None and watch is not asyncio.current_task():
            watch.cancel()
        pc, cohost.pc = cohost.pc, None
        if pc is not None:
            await close_peer(pc)

    async def _on_dropped(self, cohost: CoHost) -> None:
        if cohost.state == "live":
            cohost.state = "reconnecting"
            cohost.reconnect_deadline = time.monotonic() + RECONNECT_GRACE_S
            await self._close_pc(cohost)
            self.changed.emit(cohost)
            asyncio.ensure_future(self._expire(cohost, cohost.reconnect_deadline))
        elif cohost.state == "waiting":
            cohost.state = "left"
            await self._close_pc(cohost)
            self.changed.emit(cohost)

    async def _expire(self, cohost: CoHost, deadline: float) -> None:
        await asyncio.sleep(max(0.0, deadline - time.monotonic()))
        if cohost.state == "reconnecting" and cohost.reconnect_deadline == deadline:
            cohost.state = "left"
            cohost.slot = None
            self.changed.emit(cohost)

    async def close(self) -> None:
        for cohost in list(self.cohosts.values()):
            await self._close_pc(cohost)

    def on_stage(self) -> list[CoHost]:
        """Approved co-hosts in the picture (live or holding their slot), by slot."""
        return sorted((c for c in self.cohosts.values()
                       if c.state in ("live", "reconnecting") and c.slot is not None),
                      key=lambda c: c.slot or 0)

    def snapshot(self) -> list[CoHostInfo]:
        return [c.info() for c in self.cohosts.values() if c.state in ("waiting", "live", "reconnecting")]


def _clean_name(name: str) -> str:
    return plain_text(str(name or ""))[:40] or "Guest"
