"""The embedded aiohttp server.

Routes (rooms are named in the path):
  POST   /whip/<room>          WHIP ingest (token required when set, always beyond loopback)
  PATCH  /whip/<room>/<id>     ICE restart of the ingest (trickle-ice-sdpfrag, If-Match)
  DELETE /whip/<room>/<id>     end the ingest
  POST   /whep/<room>          WHEP-style playback: offer in, answer out, 201 + Location
  DELETE /whep/<room>/<id>     leave
  GET    /watch/<room>         the viewer page (plain HTML/JS, nothing fetched from outside)
  GET    /ws/<room>            live comments and status over WebSocket
  GET    /static/<file>        the pages' scripts and styles (no inline script or style)
  GET    /i18n/<lang>.json     the pages' strings in one language
  GET    /shop/<room>/…        product images and Buy taps (studio/server/shopwindow.py)
  GET    /deck/<room>          the assistant deck and its API (studio/server/deck.py)
  GET    /healthz
  /call/<token>…, /calls…                one-to-one calls and call links (studio/server/calls.py)
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
import logging
import os
import re
import time
import uuid
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

from aiohttp import WSMsgType, web
from aiortc import RTCRtpSender, RTCSessionDescription
from aiortc.exceptions import OperationError

from studio.commerce.comments import CommentError, make_comment
from studio.events import Signal
from studio.paths import i18n_dir
from studio.secrets import SECRETS
from studio.server.calls import CallDesk, add_call_routes, new_control_token
from studio.server.cohost import InviteError
from studio.server.deck import DeckRoutes
from studio.server.limits import CommentLimiter, CommentLimits, PostLimiter, ServerLimits
from studio.server.room import Peer, Room
from studio.server.sdp import (
    insecure_media,
    looks_like_offer,
    negotiation_problem,
    offered_kinds,
    red_first,
    strip_mdns_candidates,
)
from studio.server.shopwindow import ShopWindow, stamped
from studio.server.whip_patch import new_etag, restart_ingest
from studio.transport import opusfec, red, videojitter
from studio.transport.tracks import PacketTrack, attach_sender, new_peer
from studio.transport.twcc import enable_twcc

log = logging.getLogger(__name__)
ROOM_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
STATIC_RE = re.compile(r"^[a-z0-9_-]{1,40}\.(js|css)$")
STATIC_TYPES = {"js": "text/javascript", "css": "text/css"}
LANG_RE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
COMMENT_BURST = 5  # comments per socket per 10 s
OFFER_LIMIT = 64 * 1024
MAX_ROOMS = 100  # rooms at once; idle ones (made by visiting a URL) give way to new ones
OFFER_UNUSABLE = ("The SDP offer could not be used: it asks for something this server does not "
                  "speak (it needs ICE, DTLS and audio or video sections).")


STALE_PUBLISHER_S = 2.0  # no media for this long: a new WHIP POST may take the room over


class ServerConfigError(Exception):
    """The server cannot start as asked; the message is one sentence."""


@dataclass(frozen=True, slots=True)
class ServerSettings:
    host: str = "127.0.0.1"
    port: int = 8080
    token: str | None = None
    """Needed for WHIP ingest; required when binding beyond loopback."""
    comment_limits: CommentLimits = CommentLimits()
    """Comments per viewer and per address, across all of that address's sockets."""
    limits: ServerLimits = ServerLimits()
    """Viewers, negotiations, sockets and message sizes (per address and in total)."""


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return host == "localhost"
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class StudioServer:
    def __init__(self, settings: ServerSettings = ServerSettings()) -> None:
        if not is_loopback(settings.host) and not settings.token:
            raise ServerConfigError(
                f"Serving on {settings.host} makes the studio reachable from other machines: "
                "set a token (--token) so only you can publish."
            )
        self.settings = settings
        opusfec.install()  # the ingest and co-hosts rebuild lost audio from Opus in-band FEC
        red.install()  # and take RED from a publisher that offers it first (ours does)
        videojitter.install()  # a hole retransmission cannot fill costs one keyframe, not seconds
        SECRETS.add(settings.token)
        self.rooms: dict[str, Room] = {}
        self.room_added: Signal[Room] = Signal()
        self._runner: web.AppRunner | None = None
        self.port = settings.port
        self.app = web.Application(client_max_size=OFFER_LIMIT)
        self.app.add_routes([
            web.get("/healthz", self._healthz),
            web.post("/whip/{room}", self._whip_post),
            web.delete("/whip/{room}/{peer}", self._whip_delete),
            web.patch("/whip/{room}/{peer}", self._whip_patch),
            web.options("/whip/{room}", self._options),
            web.post("/whep/{room}", self._whep_post),
            web.delete("/whep/{room}/{peer}", self._whep_delete),
            web.options("/whep/{room}", self._options),
            web.get("/watch/{room}", self._watch_page),
            web.get("/publish/{room}", self._publish_page),
            web.get("/ws/{room}", self._websocket),
            web.get("/cohost/{room}", self._cohost_page),
            web.get("/cohost/{room}/invite", self._cohost_invite_check),
            web.post("/cohost/{room}/join", self._cohost_join),
            web.get("/cohost/{room}/peer/{peer}", self._cohost_state),
            web.post("/cohost/{room}/peer/{peer}/mute", self._cohost_mute),
            web.delete("/cohost/{room}/peer/{peer}", self._cohost_leave),
            web.get("/static/{name}", self._static_file),
            web.get("/i18n/{lang}.json", self._strings),
            web.get("/", self._index),
        ])
        self.shop_window = ShopWindow(self)
        self.shop_window.add_routes(self.app)
        self.deck = DeckRoutes(self)
        self.deck.add_routes(self.app)
        self.calls = CallDesk()  # one-to-one calls beside the show
        self.control_token = new_control_token()  # local tools (the CLI's call-link)
        add_call_routes(self)
        self._sockets: dict[str, set[web.WebSocketResponse]] = {}
        self.limiter = CommentLimiter(settings.comment_limits)
        self.posts = PostLimiter(settings.limits.posts_per_minute)
        self.app.on_response_prepare.append(_security_headers)
        self._loop: asyncio.AbstractEventLoop | None = None

    # -- lifecycle ---------------------------------------------------------------------------------
    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._runner = web.AppRunner(self.app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.settings.host, self.settings.port)
        try:
            await site.start()
        except OSError as exc:
            await self._runner.cleanup()
            raise ServerConfigError(
                f"Cannot serve on {self.settings.host}:{self.settings.port} ({exc.strerror or exc})."
            ) from None
        server = site._server
        if server is not None and getattr(server, "sockets", None):
            self.port = server.sockets[0].getsockname()[1]  # port 0 → the one the OS chose

    async def stop(self) -> None:
        await self.deck.close()
        await self.calls.close()
        for room in list(self.rooms.values()):
            await room.close()
        for sockets in self._sockets.values():
            for ws in list(sockets):
                await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        host = self.settings.host
        host = "127.0.0.1" if host in ("0.0.0.0", "") else host
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    def watch_url(self, room: str) -> str:
        return f"{self.base_url}/watch/{room}"

    def room(self, name: str) -> Room:
        if not ROOM_RE.match(name):
            raise ValueError(f"Room names are 1–64 letters, digits, - or _, not {name!r}.")
        room = self.rooms.get(name)
        if room is None:
            room = Room(name)
            room.status_changed.connect(self._on_room_status_changed)
            room.comment_posted.connect(lambda c, n=name: self._broadcast(n, c.to_json()))
            room.product_changed.connect(
                lambda r: self._broadcast(r.name, stamped(r.product) if r.product else {"type": "product"}))
            room.bag_changed.connect(lambda r: r.bag and self._broadcast(r.name, r.bag))
            self.deck.watch(room)
            self.rooms[name] = room
            self.room_added.emit(room)
        return room

    # -- helpers -----------------------------------------------------------------------------------
    def _authorised(self, request: web.Request) -> bool:
        token = self.settings.token
        if not token:
            return True
        header = request.headers.get("Authorization", "")
        given = header[7:] if header.lower().startswith("bearer ") else ""
        return hmac.compare_digest(given.encode(), token.encode())

    def _room_from(self, request: web.Request) -> Room:
        name = request.match_info["room"]
        if not ROOM_RE.match(name):
            raise web.HTTPBadRequest(text="Room names are 1-64 letters, digits, - or _.")
        if name not in self.rooms and len(self.rooms) >= MAX_ROOMS:
            # Any URL names a room, so strangers could make rooms without end: let idle ones go.
            for idle in [n for n, r in self.rooms.items() if self._idle(r)]:
                del self.rooms[idle]
            if len(self.rooms) >= MAX_ROOMS:
                raise web.HTTPServiceUnavailable(text="This studio has too many shows open; try again later.")
        return self.room(name)

    def _idle(self, room: Room) -> bool:
        """Nobody uses this room: no show, publisher, viewer, socket, comment, invite or feed."""
        green = room.green_room
        return (not room.live and room.publisher is None and not room.viewers and not room.comments
                and room.feed is None and room.product is None and not self._sockets.get(room.name)
                and not green.cohosts and not green.invites.active())

    async def _read_offer(self, request: web.Request) -> str:
        ctype = request.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if ctype != "application/sdp":
            raise web.HTTPUnsupportedMediaType(text="Send the SDP offer as application/sdp.")
        try:
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:
            raise web.HTTPRequestEntityTooLarge(
                max_size=OFFER_LIMIT, actual_size=request.content_length or OFFER_LIMIT + 1,
                text=f"The SDP offer is too long (at most {OFFER_LIMIT // 1024} KiB).") from None
        try:
            sdp = body.decode("utf-8")  # SDP is UTF-8 (RFC 8866), whatever charset a client claims
        except UnicodeDecodeError:
            raise web.HTTPBadRequest(text="The SDP offer is not UTF-8 text.") from None
        problem = looks_like_offer(sdp)
        if problem:
            raise web.HTTPBadRequest(text=problem)
        return strip_mdns_candidates(sdp)

    @staticmethod
    def _encrypted(offer: str) -> str:
        """The offer, if all its media is DTLS-SRTP (else 400 with a sentence)."""
        problem = insecure_media(offer)
        if problem:
            raise web.HTTPBadRequest(text=problem)
        return offer

    @staticmethod
    def _created(answer: str, location: str, etag: str | None = None) -> web.Response:
        headers = {"Location": location, "Access-Control-Expose-Headers": "Location, ETag"}
        if etag:
            headers["ETag"] = etag
        return web.Response(status=201, text=answer, content_type="application/sdp", headers=headers)

    async def _options(self, request: web.Request) -> web.Response:
        return web.Response(status=204, headers={
            "Accept-Post": "application/sdp",
            "Access-Control-Allow-Methods": "POST, PATCH, DELETE, OPTIONS",
            "Access-Control-Allow-Headers": "Authorization, Content-Type, If-Match",
        })

    # -- routes ------------------------------------------------------------------------------------
    async def _healthz(self, request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "rooms": {n: r.status() for n, r in self.rooms.items()},
                                  "opus_frames": opusfec.STATS.snapshot()})

    async def _static_file(self, request: web.Request) -> web.Response:
        """The pages' scripts and styles (files, so the pages run under `script-src 'self'`)."""
        name = request.match_info["name"]
        kind = STATIC_TYPES.get(name.rsplit(".", 1)[-1])
        if kind is None or not STATIC_RE.match(name):
            raise web.HTTPNotFound()
        try:
            text = _static(name)
        except FileNotFoundError:
            raise web.HTTPNotFound() from None
        return web.Response(text=text, content_type=kind, charset="utf-8")

    async def _strings(self, request: web.Request) -> web.Response:
        """The pages' string table for one language (`i18n/web/<lang>.json`)."""
        lang = request.match_info["lang"]
        path = i18n_dir() / "web" / f"{lang}.json"
        if not LANG_RE.match(lang) or not path.is_file():
            raise web.HTTPNotFound()
        return web.Response(body=path.read_bytes(), content_type="application/json", charset="utf-8")

    async def _index(self, request: web.Request) -> web.Response:
        live = [n for n, r in self.rooms.items() if r.live]
        raise web.HTTPFound(f"/watch/{live[0] if live else 'live'}")

    def _check_post_rate(self, request: web.Request) -> None:
        if not _own_machine(request) and not self.posts.allow(request.remote or "unknown"):
            raise web.HTTPTooManyRequests(
                text="Too many connection attempts from your address; wait a minute and try again.",
                headers={"Retry-After": "60"})

    async def _whip_post(self, request: web.Request) -> web.Response:
        self._check_post_rate(request)
        if not self._authorised(request):
            raise web.HTTPUnauthorized(text="Missing or wrong token.",
                                       headers={"WWW-Authenticate": "Bearer"})
        room = self._room_from(request)
        if room.publisher is not None and room.publisher_silent_for() > STALE_PUBLISHER_S:
            # The publisher vanished without a DELETE (network outage, crash) and comes back
            # with the token: its old session is dead weight, not a competitor.
            log.info("room %s: replacing a publisher silent for %.1f s", room.name,
                     room.publisher_silent_for())
            await room.end_ingest()
        if room.live or room.publisher is not None:
            raise web.HTTPConflict(text=f"Room {room.name} already has a publisher.")
        offer = self._encrypted(await self._read_offer(request))
        _check_negotiable(offer)
        offer = red_first(offer)  # a browser publisher then sends RED too
        pc = new_peer()
        enable_twcc(pc)  # the publisher's delay-based rate control lives on this feedback
        peer = Peer(_new_id(), pc, "publisher", etag=new_etag())
        await room.start_ingest(peer)

        @pc.on("track")
        def _on_track(track: Any) -> None:
            room.ingest_track(track)

        @pc.on("connectionstatechange")
        async def _on_state() -> None:
            if pc.connectionState in ("failed", "closed") and room.publisher is peer:
                await room.end_ingest()

        try:
            await pc.setRemoteDescription(RTCSessionDescription(offer, "offer"))
            for t in pc.getTransceivers():
                t.direction = "recvonly"
            await pc.setLocalDescription(await pc.createAnswer())
        except Exception as exc:  # hostile or broken SDP: aiortc raises many kinds
            log.debug("WHIP offer refused: %r", exc)
            await room.end_ingest()
            raise web.HTTPBadRequest(text=OFFER_UNUSABLE) from None
        return self._created(pc.localDescription.sdp, f"/whip/{room.name}/{peer.id}", peer.etag)

    def _whip_session(self, request: web.Request) -> tuple[Room, Peer]:
        if not self._authorised(request):
            raise web.HTTPUnauthorized(text="Missing or wrong token.")
        room = self._room_from(request)
        if room.publisher is None or room.publisher.id != request.match_info["peer"]:
            raise web.HTTPNotFound(text="No such WHIP session.")
        return room, room.publisher

    async def _whip_delete(self, request: web.Request) -> web.Response:
        room, _peer = self._whip_session(request)
        await room.end_ingest()
        return web.Response(status=200)

    async def _whip_patch(self, request: web.Request) -> web.Response:
        _room, peer = self._whip_session(request)
        return await restart_ingest(request, peer)

    async def _whep_post(self, request: web.Request) -> web.Response:
        t0 = time.perf_counter()
        self._check_post_rate(request)
        room = self._room_from(request)
        offer = await self._read_offer(request)
        encoder = room.encoder
        if encoder is None:
            raise web.HTTPNotFound(text=f"The show in room {room.name} is not live yet.")
        address = request.remote or "unknown"
        viewers = [p for r in self.rooms.values() for p in r.viewers.values()]
        limits = self.settings.limits
        if len(viewers) >= limits.max_viewers:
            raise web.HTTPServiceUnavailable(
                text="This show is full right now; try again in a minute.", headers={"Retry-After": "60"})
        if not _own_machine(request) and \
                sum(1 for p in viewers if p.address == address) >= limits.viewers_per_address:
            raise web.HTTPTooManyRequests(
                text=f"Your address already watches this show {limits.viewers_per_address} times; "
                     "close a tab to open another.")
        offer = self._encrypted(offer)
        _check_negotiable(offer)
        pc = new_peer()
        peer = room.add_viewer(pc)
        peer.address = address
        try:
            # Transceivers made before the offer is applied carry our codec preferences into
            # the negotiation (aiortc filters codecs when it applies the remote description).
            for kind in offered_kinds(offer):
                transceiver = pc.addTransceiver(PacketTrack(encoder, kind), direction="sendonly")
                transceiver.setCodecPreferences(_shared_codecs(kind))
                attach_sender(transceiver.sender, encoder)
            await pc.setRemoteDescription(RTCSessionDescription(offer, "offer"))
            await pc.setLocalDescription(await pc.createAnswer())
        except OperationError as exc:
            log.debug("WHEP offer without a common codec: %r", exc)
            await room.remove_viewer(peer.id)
            raise web.HTTPUnprocessableEntity(
                text="No common codec: this show is H.264 video and Opus audio.") from None
        except Exception as exc:  # hostile or broken SDP: aiortc raises many kinds
            log.debug("WHEP offer refused: %r", exc)
            await room.remove_viewer(peer.id)
            raise web.HTTPBadRequest(text=OFFER_UNUSABLE) from None
        log.debug("WHEP answer for %s in %.0f ms", room.name, (time.perf_counter() - t0) * 1000)
        return self._created(pc.localDescription.sdp, f"/whep/{room.name}/{peer.id}")

    async def _whep_delete(self, request: web.Request) -> web.Response:
        room = self._room_from(request)
        if not await room.remove_viewer(request.match_info["peer"]):
            raise web.HTTPNotFound(text="No such viewer session.")
        return web.Response(status=200)

    async def _watch_page(self, request: web.Request) -> web.Response:
        room = self._room_from(request)
        html = _static("watch.html").replace("{{ROOM}}", room.name)
        return web.Response(text=html, content_type="text/html", charset="utf-8")

    async def _publish_page(self, request: web.Request) -> web.Response:
        room = self._room_from(request)
        html = _static("publish.html").replace("{{ROOM}}", room.name)
        return web.Response(text=html, content_type="text/html", charset="utf-8")

    # -- co-hosts ------------------------------------------------------------------------------------
    async def _cohost_page(self, request: web.Request) -> web.Response:
        room = self._room_from(request)
        html = _static("cohost.html").replace("{{ROOM}}", room.name)
        return web.Response(text=html, content_type="text/html", charset="utf-8")

    async def _cohost_invite_check(self, request: web.Request) -> web.Response:
        room = self._room_from(request)
        try:
            invite = room.green_room.invites.check(request.query.get("invite", ""))
        except InviteError as exc:
            return web.json_response({"ok": False, "message": str(exc)}, status=exc.status)
        return web.json_response({"ok": True, "expires": invite.expires})

    async def _cohost_join(self, request: web.Request) -> web.Response:
        self._check_post_rate(request)
        room = self._room_from(request)
        offer = await self._read_offer(request)
        try:
            cohost, answer = await room.green_room.join(
                request.query.get("invite", ""), request.query.get("name", ""), offer)
        except InviteError as exc:
            raise _http_error(exc.status, str(exc)) from None
        return self._created(answer, f"/cohost/{room.name}/peer/{cohost.id}")

    def _cohost_of(self, request: web.Request) -> Any:
        room = self._room_from(request)
        cohost = room.green_room.cohosts.get(request.match_info["peer"])
        if cohost is None:
            raise web.HTTPNotFound(text="No such co-host session.")
        return room, cohost

    async def _cohost_state(self, request: web.Request) -> web.Response:
        _, cohost = self._cohost_of(request)
        messages = {
            "waiting": "Waiting for the host to let you in…",
            "live": "You are on the show.",
            "reconnecting": "Reconnecting…",
            "declined": "The host did not let you in this time.",
            "removed": "The host has taken you off the show.",
            "left": "You have left the show.",
        }
        body = {"state": cohost.state, "slot": cohost.slot, "muted": cohost.muted,
                "message": messages.get(cohost.state, "")}
        if (size := cohost.wanted_size()) is not None and os.environ.get("STUDIO_COHOST_TILE") != "0":
            # The co-host sends no more than its tile needs: the host decodes and scales less.
            body["tile"] = {"width": size[0], "height": size[1]}
        return web.json_response(body)

    async def _cohost_mute(self, request: web.Request) -> web.Response:
        room, cohost = self._cohost_of(request)
        data = await request.json() if request.can_read_body else {}
        await room.green_room.set_muted(cohost.id, bool(data.get("muted", True)))
        return web.json_response({"muted": cohost.muted})

    async def _cohost_leave(self, request: web.Request) -> web.Response:
        room, cohost = self._cohost_of(request)
        await room.green_room.leave(cohost.id)
        return web.Response(status=200)

    # -- comments --------------------------------------------------------------------------------------
    async def _websocket(self, request: web.Request) -> web.WebSocketResponse:
        room = self._room_from(request)
        limits = self.settings.limits
        address = request.remote or "unknown"
        open_here = sum(1 for room_sockets in self._sockets.values() for w in room_sockets
                        if getattr(w, "studio_address", None) == address)
        if open_here >= limits.sockets_per_address and not _own_machine(request):
            raise web.HTTPTooManyRequests(text="Too many chat connections from your address.")
        ws = web.WebSocketResponse(heartbeat=20, max_msg_size=limits.ws_message_bytes)
        ws.studio_address = address  # type: ignore[attr-defined]
        await ws.prepare(request)
        sockets = self._sockets.setdefault(room.name, set())
        sockets.add(ws)
        await ws.send_json(room.status())
        if room.bag is not None:
            await ws.send_json(room.bag)
        if room.product is not None:
            await ws.send_json(stamped(room.product))
        for comment in room.comments:
            await ws.send_json(comment.to_json())
        address = request.remote or "unknown"
        try:
            async for msg in ws:
                if msg.type == WSMsgType.BINARY:
                    await ws.send_json({"type": "error", "text": "Comments are sent as text, not binary."})
                    continue
                if msg.type != WSMsgType.TEXT:
                    continue
                try:
                    data = json.loads(msg.data)
                except ValueError:
                    await ws.send_json({"type": "error", "text": "That message was not JSON."})
                    continue
                except RecursionError:  # "[[[[…" nested past the parser's depth
                    await ws.send_json({"type": "error", "text": "That message was not JSON."})
                    continue
                if not isinstance(data, dict) or data.get("type") != "comment":
                    await ws.send_json({"type": "error", "text": "Only comments can be sent here."})
                    continue
                name, text = data.get("name", ""), data.get("text", "")
                if not isinstance(name, str) or not isinstance(text, str):
                    await ws.send_json({"type": "error", "text": "A comment's name and text are text."})
                    continue
                try:
                    comment = make_comment(name, text)
                except CommentError as exc:
                    await ws.send_json({"type": "error", "text": str(exc)})
                    continue
                if not self.limiter.allow(address, comment.name):
                    await ws.send_json({"type": "error", "text": "Slow down a little: too many comments."})
                    continue
                comment = replace(comment, viewer=f"{address}|{comment.name.casefold()}")
                item = room.post(comment)
                if item is not None and item.filtered is not None:
                    # The writer still sees their own comment; nobody else does.
                    await ws.send_json(comment.to_json())
        finally:
            sockets.discard(ws)
        return ws

    def _on_room_status_changed(self, room: Room) -> None:
        self._broadcast(room.name, room.status())

    def _broadcast(self, room: str, payload: dict[str, Any]) -> None:
        """Send to every socket of a room; safe to call from any thread."""
        loop = self._loop
        text = json.dumps(payload)

        def send() -> None:
            for ws in list(self._sockets.get(room, ())):
                if not ws.closed:
                    asyncio.ensure_future(ws.send_str(text))

        if loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            send()
        else:
            loop.call_soon_threadsafe(send)


def _check_negotiable(offer: str) -> None:
    problem = negotiation_problem(offer)
    if problem:
        raise web.HTTPBadRequest(text=problem)


def _own_machine(request: web.Request) -> bool:
    """The studio's own computer (127.0.0.1 / ::1: the host's browser, local tools) is not
    limited per address; the total viewer cap still holds. Other loopback addresses count as
    strangers, which is how the tests play several addresses on one machine."""
    return request.remote in ("127.0.0.1", "::1")


CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "media-src 'self' blob:; connect-src 'self' ws: wss:; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'")


async def _security_headers(request: web.Request, response: web.StreamResponse) -> None:
    """Every response: a strict Content-Security-Policy (the pages carry no inline script or
    style), no MIME sniffing, no referrer, never framed."""
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("X-Frame-Options", "DENY")


def _http_error(status: int, text: str) -> web.HTTPException:
    kinds: dict[int, type[web.HTTPException]] = {
        400: web.HTTPBadRequest, 403: web.HTTPForbidden, 404: web.HTTPNotFound, 409: web.HTTPConflict,
        410: web.HTTPGone, 503: web.HTTPServiceUnavailable,
    }
    return kinds.get(status, web.HTTPForbidden)(text=text)


def _shared_codecs(kind: str) -> list[Any]:
    """Codecs the shared encoder makes: H.264 (+ RTX for retransmissions), Opus."""
    wanted = ("video/H264", "video/rtx") if kind == "video" else ("audio/opus",)
    return [c for c in RTCRtpSender.getCapabilities(kind).codecs if c.mimeType in wanted]


def _new_id() -> str:
    return uuid.uuid4().hex


def _static(name: str) -> str:
    return resources.files("studio.server").joinpath("static", name).read_text(encoding="utf-8")
