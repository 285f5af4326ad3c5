"""One-to-one calls: a buyer rings the studio from a call link for a private video look at the
goods, beside the show and never in it.

A host makes a call link (`/call/<token>`, a 192-bit token, an expiry, one use or several, an
optional name or order number shown to the host). The buyer's page checks the link, takes the
camera if the buyer allows it (audio only is fine) and rings: its offer is answered at once, so
ICE and DTLS are done while the call rings and the host sees the buyer's preview. Nothing of
the host reaches the buyer until the host accepts (the call's own picture and sound are gated,
as a co-host's program is). A declined or missed call tells the buyer so and lets them leave a
text message. Recording needs both: the host asks, the buyer's page agrees, and a REC badge
shows while it runs.

The desk lives in the server (so `serve` can hand out links too); the studio's session part
(`studio/session/calls.py`) gives it the call's encoder and hears its changes."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import av
from aiohttp import web
from aiortc import MediaStreamTrack, RTCPeerConnection, RTCRtpSender, RTCSessionDescription
from aiortc.mediastreams import MediaStreamError

from studio.encode.live import LiveEncoder
from studio.events import Signal
from studio.media.frames import LatestSlot, now_ns
from studio.paths import control_file
from studio.processing.audio_mix import RemoteInput
from studio.processing.plc import ReceivedAudio
from studio.secrets import SECRETS
from studio.server.cohost import GatedPacketTrack, Invite, InviteBook, InviteError
from studio.server.sdp import offered_kinds
from studio.transport.tracks import close_peer, new_peer
from studio.transport.twcc import enable_twcc

if TYPE_CHECKING:
    from studio.server.app import StudioServer

log = logging.getLogger(__name__)

RING_TIMEOUT_S = 45.0  # unanswered this long: missed
MEDIA_SILENCE_S = 4.0  # a live call whose sound (20 ms frames, even muted) stops this long has dropped
FIRST_MEDIA_GRACE_S = 20.0  # ICE + DTLS while it rings; a jittery path can take several DTLS retries
WATCH_EVERY_S = 0.25
KEYFRAME_REPEAT_S = (0.15, 0.4)
"""After Accept the call's encoder starts with a keyframe, and sends another at these moments:
a receiver that lost part of the first one (loss, or reordering on a jittery path) decodes the
next instead of asking for one a round trip later."""
MESSAGE_MAX = 500
MESSAGES_PER_CALL = 3
ENDED_STATES = ("declined", "missed", "ended", "left", "dropped")
STATE_MESSAGES = {  # English; the page shows its own translation by state
    "ringing": "Calling the seller…",
    "live": "You are connected.",
    "declined": "The seller cannot take your call right now. Leave a message and they will get back to you.",
    "missed": "The seller did not answer. Leave a message and they will get back to you.",
    "ended": "The call has ended.",
    "left": "You hung up.",
    "dropped": "The call was cut off.",
}


class CallLinkBook(InviteBook):
    """Call links: like co-host invites, with a buyer's name or order number, longer lives and
    more uses (a shop's standing "call us" link)."""

    MAX_TTL_S = 30 * 24 * 3600
    MAX_USES = 1000
    MESSAGES = {
        "unknown": "This call link is not valid. Ask the seller for a new one.",
        "revoked": "The seller has withdrawn this call link.",
        "expired": "This call link has expired. Ask the seller for a new one.",
        "used": "This call link has already been used. Ask the seller for a new one.",
        "ttl": "A call link must last between 1 minute and 30 days.",
        "uses": "A call link can be used between 1 and 1000 times.",
    }

    def __init__(self) -> None:
        super().__init__()
        self.labels: dict[str, tuple[str, str]] = {}  # token → (name, order number)

    def create_link(self, ttl_s: float, uses: int, name: str = "", order: str = "") -> Invite:
        invite = self.create(ttl_s, uses)
        self.labels[invite.token] = (_clean(name, 60), _clean(order, 40))
        return invite

    def info(self, invite: Invite) -> CallLinkInfo:
        name, order = self.labels.get(invite.token, ("", ""))
        now = time.time()
        state = ("revoked" if invite.revoked else "expired" if now > invite.expires
                 else "used" if invite.uses_left <= 0 else "active")
        return CallLinkInfo(invite.token, name, order, invite.created, invite.expires,
                            invite.uses_left, state)

    def all(self) -> list[CallLinkInfo]:
        return [self.info(i) for i in self._invites.values()]


@dataclass(frozen=True, slots=True)
class CallLinkInfo:
    token: str
    name: str
    order: str
    created: float  # wall clock
    expires: float
    uses_left: int
    state: str  # active, used, expired, revoked


@dataclass(frozen=True, slots=True)
class CallInfo:
    """A snapshot of one call for views, the CLI and tests."""

    id: str
    token: str
    name: str  # what the buyer typed, else the link's name
    order: str
    state: str  # ringing, live, declined, missed, ended, left, dropped
    ringing_since: float  # wall clock
    has_video: bool
    buyer_muted: bool
    buyer_camera_off: bool
    record: str  # off, asked, agreed, refused, on
    messages: tuple[str, ...]


class Call:
    """One call as the host sees it. ringing → live → ended; or declined / missed / left."""

    def __init__(self, invite: Invite, name: str, order: str) -> None:
        self.id = uuid.uuid4().hex
        self.invite = invite
        self.name = name
        self.order = order
        self.state = "ringing"
        self.ringing_since = time.time()
        self.ringing_mono = time.monotonic()
        self.accepted_mono: float | None = None
        self.accepted_wall: float | None = None
        self.ended_wall: float | None = None
        self.pc: RTCPeerConnection | None = None
        self.approved = asyncio.Event()  # the host accepted: their picture and sound flow
        self.video: LatestSlot[av.VideoFrame] = LatestSlot()
        self.voice = RemoteInput(f"call-{self.id}")
        self.has_video = False
        self.sends_media = False
        self.frames_received = 0
        self.first_frame_after_accept_ms: float | None = None
        self.last_media_at: float | None = None
        self.buyer_muted = False
        self.buyer_camera_off = False
        self.record = "off"
        self.messages: list[str] = []
        self.tasks: list[asyncio.Task[None]] = []
        self.senders: list[RTCRtpSender] = []

    @property
    def ended(self) -> bool:
        return self.state in ENDED_STATES

    def thumbnail(self, width: int = 160, height: int = 90) -> Any:
        """A small RGB picture of the buyer (safe from any thread), or None."""
        frame = self.video.peek()
        if frame is None:
            return None
        return frame.reformat(width=width, height=height, format="rgb24").to_ndarray()

    def info(self) -> CallInfo:
        return CallInfo(self.id, self.invite.token, self.name, self.order, self.state,
                        self.ringing_since, self.has_video, self.buyer_muted, self.buyer_camera_off,
                        self.record, tuple(self.messages))


class CallDesk:
    """Call links and calls of one server. Runs on the network loop; host actions are
    coroutines the session submits there."""

    def __init__(self) -> None:
        self.links = CallLinkBook()
        self.calls: dict[str, Call] = {}
        self.changed: Signal[Call] = Signal()  # any change of a call (ringing, state, media, record)
        self.links_changed: Signal[None] = Signal()
        # Set by the studio: the call's own encode (picture and sound), made when the host accepts.
        self.call_encoder: Callable[[Call], LiveEncoder] | None = None
        self.ring_timeout_s = RING_TIMEOUT_S

    # -- links --------------------------------------------------------------------------------------
    def create_link(self, ttl_s: float = 60 * 60, uses: int = 1, name: str = "", order: str = "") -> Invite:
        invite = self.links.create_link(ttl_s, uses, name, order)
        self.links_changed.emit(None)
        return invite

    def revoke_link(self, token: str) -> bool:
        done = self.links.revoke(token)
        if done:
            self.links_changed.emit(None)
        return done

    # -- the buyer ----------------------------------------------------------------------------------
    async def ring(self, token: str, name: str, offer: str) -> tuple[Call, str]:
        """A buyer calls with their offer; returns the call and the SDP answer."""
        invite = self.links.check(token)
        ringing = [c for c in self.calls.values() if c.state in ("ringing", "live")]
        if len(ringing) >= 8:
            raise InviteError("The seller's line is busy; try again in a few minutes.", 503, "busy")
        link_name, order = self.links.labels.get(invite.token, ("", ""))
        call = Call(invite, _clean(name, 40) or link_name or "Buyer", order)
        invite.uses_left -= 1
        pc = new_peer()
        enable_twcc(pc)  # the buyer's browser estimates its uplink from our feedback
        call.pc = pc
        encoder_for = self._encoder_for(call)
        kinds = offered_kinds(offer)
        for kind in kinds:
            transceiver = pc.addTransceiver(GatedPacketTrack(call, encoder_for, kind), direction="sendrecv")
            wanted = ("video/H264", "video/rtx") if kind == "video" else ("audio/opus",)
            transceiver.setCodecPreferences([c for c in RTCRtpSender.getCapabilities(kind).codecs
                                             if c.mimeType in wanted])
            if kind == "video":
                transceiver.sender._send_keyframe = lambda: self._keyframe(call)  # type: ignore[method-assign]
            call.senders.append(transceiver.sender)

        @pc.on("track")
        def _on_track(track: MediaStreamTrack) -> None:
            pump = self._pump_video if track.kind == "video" else self._pump_audio
            call.tasks.append(asyncio.ensure_future(pump(call, track)))

        @pc.on("connectionstatechange")
        async def _on_state() -> None:
            if call.pc is pc and pc.connectionState in ("failed", "closed"):
                await self._finish(call, "dropped" if call.state == "live" else "left")

        try:
            await pc.setRemoteDescription(RTCSessionDescription(offer, "offer"))
            await pc.setLocalDescription(await pc.createAnswer())
        except Exception as exc:
            log.debug("call offer refused: %r", exc)
            await close_peer(pc)
            invite.uses_left += 1
            raise InviteError("The call could not be set up: this browser's offer asks for something "
                              "the studio does not speak. Try another browser.", 400) from None
        call.has_video = _sends(offer, "video")
        call.sends_media = call.has_video or _sends(offer, "audio")
        self.calls[call.id] = call
        call.tasks.append(asyncio.ensure_future(self._watch(call, pc)))
        self.changed.emit(call)
        self.links_changed.emit(None)
        return call, pc.localDescription.sdp

    def _encoder_for(self, call: Call) -> Callable[[], LiveEncoder]:
        def encoder() -> LiveEncoder:
            if self.call_encoder is None:
                raise MediaStreamError
            return self.call_encoder(call)
        return encoder

    def _keyframe(self, call: Call) -> None:
        if call.approved.is_set() and not call.ended and self.call_encoder is not None:
            try:
                self.call_encoder(call).request_keyframe()
            except RuntimeError:  # the call's media just went
                pass

    async def _watch(self, call: Call, pc: RTCPeerConnection) -> None:
        """Ring out after the timeout; notice a buyer who vanished (their sound stopped)."""
        while call.pc is pc and not call.ended:
            await asyncio.sleep(WATCH_EVERY_S)
            now = time.monotonic()
            if call.state == "ringing" and now - call.ringing_mono > self.ring_timeout_s:
                await self._finish(call, "missed")
                return
            last = call.last_media_at
            silent = (now - call.ringing_mono > FIRST_MEDIA_GRACE_S if last is None
                      else now - last > MEDIA_SILENCE_S)
            silent = silent and call.sends_media  # a listen-only buyer is followed by ICE alone
            if silent and call.state in ("ringing", "live"):
                log.info("call %s: no media for a while; dropped", call.id)
                await self._finish(call, "dropped" if call.state == "live" else "left")
                return

    async def _pump_video(self, call: Call, track: MediaStreamTrack) -> None:
        try:
            while True:
                frame = await track.recv()
                call.video.put(frame)  # type: ignore[arg-type]
                call.frames_received += 1
                call.last_media_at = time.monotonic()
                if call.accepted_mono is not None and call.first_frame_after_accept_ms is None:
                    call.first_frame_after_accept_ms = (time.monotonic() - call.accepted_mono) * 1000
        except MediaStreamError:
            pass

    async def _pump_audio(self, call: Call, track: MediaStreamTrack) -> None:
        received = ReceivedAudio()
        try:
            while True:
                frame = await track.recv()
                assert isinstance(frame, av.AudioFrame)
                call.last_media_at = time.monotonic()
                if not call.approved.is_set():
                    continue  # the host hears nobody before they pick up
                for block in received.blocks(frame):
                    call.voice.push(block, now_ns())
        except MediaStreamError:
            pass

    async def set_buyer_media(self, call_id: str, muted: bool, camera_off: bool) -> Call:
        call = self._get(call_id)
        call.buyer_muted, call.buyer_camera_off = muted, camera_off
        call.voice.muted = muted
        self.changed.emit(call)
        return call

    async def buyer_record(self, call_id: str, agree: bool) -> Call:
        """The buyer's answer to the host's request to record (or their withdrawal)."""
        call = self._get(call_id)
        if call.record == "off" and agree:
            raise InviteError("The seller has not asked to record this call.", 409)
        call.record = "agreed" if agree else ("refused" if call.record == "asked" else "off")
        self.changed.emit(call)
        return call

    async def leave_message(self, call_id: str, text: str) -> Call:
        call = self._get(call_id)
        text = " ".join(str(text or "").split())
        if not text:
            raise InviteError("Write a message first.", 400)
        if len(text) > MESSAGE_MAX:
            raise InviteError(f"A message can be {MESSAGE_MAX} characters at most.", 400)
        if len(call.messages) >= MESSAGES_PER_CALL:
            raise InviteError("The seller already has your messages.", 409)
        call.messages.append(text)
        self.changed.emit(call)
        return call

    async def hang_up(self, call_id: str) -> Call:
        """The buyer hangs up (or closes the page)."""
        call = self._get(call_id)
        await self._finish(call, "left" if call.state == "ringing" else "ended")
        return call

    # -- host actions -----------------------------------------------------------------------------
    async def accept(self, call_id: str) -> Call:
        call = self._get(call_id)
        if call.state != "ringing":
            raise InviteError(f"The call from {call.name} is no longer ringing.", 409)
        if self.call_encoder is None:
            raise InviteError("The studio is not ready for calls.", 503)
        call.accepted_mono, call.accepted_wall = time.monotonic(), time.time()
        self.call_encoder(call).request_keyframe()
        for delay in KEYFRAME_REPEAT_S:
            asyncio.get_running_loop().call_later(delay, self._keyframe, call)
        call.state = "live"
        call.approved.set()
        self.changed.emit(call)
        return call

    async def decline(self, call_id: str) -> Call:
        call = self._get(call_id)
        if call.state != "ringing":
            raise InviteError(f"The call from {call.name} is no longer ringing.", 409)
        await self._finish(call, "declined")
        return call

    async def end(self, call_id: str) -> Call:
        call = self._get(call_id)
        await self._finish(call, "ended")
        return call

    async def ask_record(self, call_id: str, wanted: bool = True) -> Call:
        call = self._get(call_id)
        if call.state != "live":
            raise InviteError("Only a call in progress can be recorded.", 409)
        call.record = ("agreed" if call.record == "agreed" else "asked") if wanted else "off"
        self.changed.emit(call)
        return call

    async def set_recording(self, call_id: str, on: bool) -> Call:
        """The studio started (or stopped) writing the file: the buyer's page shows REC."""
        call = self._get(call_id)
        if on and call.record not in ("agreed", "on"):
            raise InviteError("The buyer has not agreed to be recorded.", 409)
        call.record = "on" if on else ("agreed" if call.record == "on" else call.record)
        self.changed.emit(call)
        return call

    def _get(self, call_id: str) -> Call:
        call = self.calls.get(call_id)
        if call is None:
            raise InviteError("No such call.", 404)
        return call

    async def _finish(self, call: Call, state: str) -> None:
        if call.ended:
            return
        call.state = state
        call.ended_wall = time.time()
        if call.record in ("asked", "agreed", "on"):
            call.record = "off"
        for task in call.tasks:
            if task is not asyncio.current_task():
                task.cancel()
        call.tasks.clear()
        pc, call.pc = call.pc, None
        if pc is not None:
            await close_peer(pc)
        self.changed.emit(call)

    async def close(self) -> None:
        for call in list(self.calls.values()):
            await self._finish(call, "ended")

    def snapshot(self) -> list[CallInfo]:
        return [c.info() for c in self.calls.values()]


def _sends(offer: str, kind: str) -> bool:
    """Whether the buyer's offer sends `kind` (a camera, a microphone), not just receives it."""
    section = None
    for line in offer.splitlines():
        if line.startswith("m="):
            section = line[2:].split(" ", 1)[0]
        elif section == kind and line.strip() in ("a=sendrecv", "a=sendonly"):
            return True
    return False


def _clean(text: str, limit: int) -> str:
    return " ".join(str(text or "").split())[:limit]


# -- routes -------------------------------------------------------------------------------------------
CONTROL_HEADER = "Authorization"


def add_call_routes(server: StudioServer) -> None:
    """Register the call pages and endpoints on the embedded server (`server.calls`)."""
    routes = CallRoutes(server)
    server.app.add_routes([
        web.get("/call/{token}", routes.page),
        web.get("/call/{token}/link", routes.check),
        web.post("/call/{token}/ring", routes.ring),
        web.get("/call/{token}/c/{call}", routes.state),
        web.post("/call/{token}/c/{call}/media", routes.media),
        web.post("/call/{token}/c/{call}/record", routes.record),
        web.post("/call/{token}/c/{call}/message", routes.message),
        web.delete("/call/{token}/c/{call}", routes.hang_up),
        web.post("/calls/links", routes.new_link),
        web.get("/calls", routes.listing),
    ])


class CallRoutes:
    def __init__(self, server: StudioServer) -> None:
        self.server = server
        self.desk: CallDesk = server.calls

    async def page(self, request: web.Request) -> web.Response:
        from studio.server.app import _static

        return web.Response(text=_static("call.html"), content_type="text/html", charset="utf-8")

    async def check(self, request: web.Request) -> web.Response:
        try:
            invite = self.desk.links.check(request.match_info["token"])
        except InviteError as exc:
            return web.json_response({"ok": False, "reason": exc.reason, "message": str(exc)},
                                     status=exc.status)
        name, _order = self.desk.links.labels.get(invite.token, ("", ""))
        return web.json_response({"ok": True, "name": name, "expires": invite.expires})

    async def ring(self, request: web.Request) -> web.Response:
        self.server._check_post_rate(request)
        offer = await self.server._read_offer(request)
        token = request.match_info["token"]
        try:
            call, answer = await self.desk.ring(token, request.query.get("name", ""), offer)
        except InviteError as exc:
            return web.json_response({"ok": False, "reason": exc.reason, "message": str(exc)},
                                     status=exc.status)
        return web.Response(status=201, text=answer, content_type="application/sdp",
                            headers={"Location": f"/call/{token}/c/{call.id}"})

    def _call(self, request: web.Request) -> Call:
        call = self.desk.calls.get(request.match_info["call"])
        if call is None or not hmac.compare_digest(call.invite.token, request.match_info["token"]):
            raise web.HTTPNotFound(text="No such call.")
        return call

    async def state(self, request: web.Request) -> web.Response:
        call = self._call(request)
        return web.json_response({
            "state": call.state, "message": STATE_MESSAGES.get(call.state, ""), "record": call.record,
            "accepted_at": call.accepted_wall, "messages": len(call.messages),
            "can_message": call.ended and len(call.messages) < MESSAGES_PER_CALL})

    async def _body(self, request: web.Request) -> dict[str, Any]:
        try:
            data = await request.json()
        except ValueError:
            raise web.HTTPBadRequest(text="Send JSON.") from None
        if not isinstance(data, dict):
            raise web.HTTPBadRequest(text="Send a JSON object.")
        return data

    async def media(self, request: web.Request) -> web.Response:
        call = self._call(request)
        data = await self._body(request)
        await self.desk.set_buyer_media(call.id, bool(data.get("muted")), bool(data.get("camera_off")))
        return web.json_response({"ok": True})

    async def record(self, request: web.Request) -> web.Response:
        call = self._call(request)
        data = await self._body(request)
        try:
            await self.desk.buyer_record(call.id, bool(data.get("agree")))
        except InviteError as exc:
            return web.json_response({"ok": False, "message": str(exc)}, status=exc.status)
        return web.json_response({"ok": True, "record": call.record})

    async def message(self, request: web.Request) -> web.Response:
        self.server._check_post_rate(request)
        call = self._call(request)
        data = await self._body(request)
        try:
            await self.desk.leave_message(call.id, str(data.get("text", "")))
        except InviteError as exc:
            return web.json_response({"ok": False, "message": str(exc)}, status=exc.status)
        return web.json_response({"ok": True})

    async def hang_up(self, request: web.Request) -> web.Response:
        call = self._call(request)
        await self.desk.hang_up(call.id)
        return web.Response(status=200)

    # -- control: the CLI asks a running studio or `serve` for a link ------------------------------
    def _controller(self, request: web.Request) -> None:
        header = request.headers.get(CONTROL_HEADER, "")
        given = header[7:] if header.lower().startswith("bearer ") else ""
        tokens = [t for t in (self.server.control_token, self.server.settings.token) if t]
        if not given or not any(hmac.compare_digest(given.encode(), t.encode()) for t in tokens):
            raise web.HTTPUnauthorized(text="Missing or wrong control token.",
                                       headers={"WWW-Authenticate": "Bearer"})

    async def new_link(self, request: web.Request) -> web.Response:
        self._controller(request)
        data = await self._body(request)
        try:
            uses = int(data.get("uses", 1))
            ttl_s = float(data.get("ttl_min", 60)) * 60
            invite = self.desk.create_link(ttl_s, uses, str(data.get("name", "")), str(data.get("order", "")))
        except (TypeError, ValueError) as exc:
            return web.json_response({"ok": False, "message": str(exc)}, status=400)
        return web.json_response({"ok": True, "url": f"{self.server.base_url}/call/{invite.token}",
                                  "token": invite.token, "expires": invite.expires,
                                  "uses": invite.uses_left}, status=201)

    async def listing(self, request: web.Request) -> web.Response:
        self._controller(request)
        return web.json_response({
            "links": [vars_of(i) for i in self.desk.links.all()],
            "calls": [vars_of(c) for c in self.desk.snapshot()]})


def vars_of(item: Any) -> dict[str, Any]:
    return {name: getattr(item, name) for name in item.__slots__}


def new_control_token() -> str:
    token = secrets.token_urlsafe(32)
    SECRETS.add(token)  # local tools' key to the studio: never in a log
    return token


@dataclass(frozen=True, slots=True)
class ControlFile:
    """How local tools (`seller-studio call-link`) reach a running studio or `serve`: the
    server's address and a control token, in `control_file()` (readable by this user only)."""

    url: str
    token: str
    pid: int


def publish_control(server: StudioServer) -> Path:
    """Write the control file for `server` (mode 0600); returns its path."""
    path = control_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"url": server.base_url, "token": server.control_token, "pid": os.getpid()}, out)
    return path


def withdraw_control(server: StudioServer) -> None:
    """Remove the control file if it is still this server's."""
    found = read_control()
    if found is not None and found.token == server.control_token:
        control_file().unlink(missing_ok=True)


def read_control() -> ControlFile | None:
    """The running studio's control file, or None (missing, unreadable, or left behind by a
    process that has gone)."""
    try:
        data = json.loads(control_file().read_text(encoding="utf-8"))
        found = ControlFile(str(data["url"]), str(data["token"]), int(data.get("pid", 0)))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if found.pid:
        try:
            os.kill(found.pid, 0)
        except ProcessLookupError:
            return None
        except OSError:
            pass  # alive, someone else's
    return found
