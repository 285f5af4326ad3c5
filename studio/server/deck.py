"""The assistant deck: a page from which a second person runs the products during a show.

Routes (added to the server by `DeckRoutes.add_routes`):
  GET  /deck/<room>                the page (it holds no secret; the token is in the link's
                                   fragment `#k=…`, which browsers never send to a server)
  GET  /deck/<room>/api/state      the live state (JSON)
  POST /deck/<room>/api/<action>   pin, unpin, next, previous, sale_start, sale_stop, stock,
                                   pin_comment, reply, mute, block (JSON body)
  GET  /deck/<room>/ws             live state pushed; the first message must be
                                   {"type": "hello", "token": …}

Every API call carries `Authorization: Bearer <token>`; a missing, wrong or revoked token gets
403 and a sentence. Tokens never appear in a URL the server sees, so never in a log or a
Referer. The server cannot import the session: a room's `deck` is a `DeckControl` the session
implements (`studio.session.deck`) over the very calls the window makes.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Protocol

from aiohttp import WSMsgType, web

from studio.events import Signal

if TYPE_CHECKING:
    from studio.server.app import StudioServer
    from studio.server.room import Room

log = logging.getLogger(__name__)

REFUSED = "This deck link is not valid (it may have been revoked): ask the host for a new one."
HELLO_TIMEOUT_S = 5.0
PUSH_DELAY_S = 0.05  # changes within this long go out as one state message
WS_CLOSE_REFUSED = 4403


# -- what the deck shows (the session fills it in) ---------------------------------------------------
@dataclass(frozen=True, slots=True)
class DeckProduct:
    id: str
    title: str
    price: str  # formatted in the studio's locale
    stock: int | None
    taps: int
    queued: bool  # in the run of show's queue


@dataclass(frozen=True, slots=True)
class DeckComment:
    id: str
    name: str
    text: str
    viewer: str  # the viewer key mute and block take
    host: bool
    filtered: str | None  # why moderation hid it, or None
    question: bool


@dataclass(frozen=True, slots=True)
class DeckClaim:
    id: str
    viewer: str
    title: str
    quantity: int
    status: str


@dataclass(frozen=True, slots=True)
class DeckSale:
    product_id: str
    title: str
    price: str
    original: str
    ends_at_ms: int  # wall clock
    limit: int | None
    left: int | None


@dataclass(frozen=True, slots=True)
class DeckSnapshot:
    pinned: str | None
    pinned_comment: str | None
    products: tuple[DeckProduct, ...]
    queue: tuple[str, ...]
    sale: DeckSale | None
    comments: tuple[DeckComment, ...]  # the latest, oldest first
    claims: tuple[DeckClaim, ...]  # the latest, oldest first
    taps: int  # Buy taps of the whole show

    def to_json(self) -> dict[str, Any]:
        return {"type": "state", **asdict(self)}


class DeckActionError(ValueError):
    """An action could not be done; the message is a sentence for the assistant."""


class DeckControl(Protocol):
    """What the deck drives: implemented by the session (`studio.session.deck.Deck`). Actions
    may block briefly (they draw the picture); the server runs them off its loop. Each raises
    `ValueError`/`KeyError` with a sentence when it cannot be done."""

    changed: Signal[object]  # anything the deck shows changed

    def authorised(self, token: str) -> bool: ...

    def snapshot(self) -> DeckSnapshot: ...

    def pin(self, product_id: str | None) -> None: ...

    def next_product(self) -> None: ...

    def previous_product(self) -> None: ...

    def start_sale(self, product_id: str | None, sale_price: Decimal | None, stock_limit: int | None,
                   seconds: int | None) -> None: ...

    def stop_sale(self) -> None: ...

    def set_stock(self, product_id: str, units: int | None) -> None: ...

    def pin_comment(self, comment_id: str | None) -> None: ...

    def reply(self, text: str) -> None: ...

    def mute(self, viewer: str, seconds: float | None) -> None: ...

    def block(self, viewer: str) -> None: ...


# -- reading a request ------------------------------------------------------------------------------------
def _text(data: dict[str, Any], key: str, required: bool = True) -> str | None:
    value = data.get(key)
    if value is None or value == "":
        if required:
            raise DeckActionError(f"The {key.replace('_', ' ')} is missing.")
        return None
    if not isinstance(value, str) or len(value) > 400:
        raise DeckActionError(f"The {key.replace('_', ' ')} is not valid.")
    return value


def _int(data: dict[str, Any], key: str, what: str, low: int, high: int) -> int | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise DeckActionError(f"The {what} must be a whole number.") from None
    if not low <= number <= high:
        raise DeckActionError(f"The {what} must be between {low} and {high}.")
    return number


def _price(data: dict[str, Any]) -> Decimal | None:
    value = data.get("price")
    if value is None or value == "":
        return None
    try:
        price = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        raise DeckActionError("The sale price must be a number, like 12.50.") from None
    if not price.is_finite() or price <= 0:
        raise DeckActionError("The sale price must be more than zero.")
    return price


ACTIONS = frozenset({"pin", "unpin", "next", "previous", "sale_start", "sale_stop", "stock", "pin_comment",
                     "reply", "mute", "block"})


def _dispatch(deck: DeckControl, action: str, data: dict[str, Any]) -> None:
    """Run one action (in a worker thread)."""
    if action == "pin":
        deck.pin(_text(data, "id"))
    elif action == "unpin":
        deck.pin(None)
    elif action == "next":
        deck.next_product()
    elif action == "previous":
        deck.previous_product()
    elif action == "sale_start":
        deck.start_sale(_text(data, "id", required=False), _price(data),
                        _int(data, "limit", "stock limit", 1, 100_000),
                        _int(data, "seconds", "sale length in seconds", 10, 3600))
    elif action == "sale_stop":
        deck.stop_sale()
    elif action == "stock":
        deck.set_stock(str(_text(data, "id")), _int(data, "units", "stock", 0, 10_000_000))
    elif action == "pin_comment":
        deck.pin_comment(_text(data, "id", required=False))
    elif action == "reply":
        deck.reply(str(_text(data, "text")))
    elif action == "mute":
        minutes = _int(data, "minutes", "mute length in minutes", 1, 24 * 60)
        deck.mute(str(_text(data, "viewer")), minutes * 60.0 if minutes else None)
    elif action == "block":
        deck.block(str(_text(data, "viewer")))


def bearer(request: web.Request) -> str:
    header = request.headers.get("Authorization", "")
    return header[7:].strip() if header[:7].lower() == "bearer " else ""


# -- the routes ------------------------------------------------------------------------------------------
class DeckRoutes:
    """The deck's page, API and sockets; one per server."""

    def __init__(self, server: StudioServer) -> None:
        self.server = server
        self._sockets: dict[str, set[web.WebSocketResponse]] = {}
        self._pending: set[str] = set()  # rooms with a state push scheduled
        self._hooked: dict[str, DeckControl] = {}

    def add_routes(self, app: web.Application) -> None:
        app.add_routes([
            web.get("/deck/{room}", self.page),
            web.get("/deck/{room}/api/state", self.state),
            web.post("/deck/{room}/api/{action}", self.act),
            web.get("/deck/{room}/ws", self.websocket),
        ])

    def watch(self, room: Room) -> None:
        """Push the room's state to its deck sockets whenever the viewers or the deck change."""
        room.status_changed.connect(lambda r: self.push(r.name))
        room.taps_changed.connect(lambda r: self.push(r.name))

    async def close(self) -> None:
        for sockets in self._sockets.values():
            for ws in list(sockets):
                await ws.close()

    # -- helpers ------------------------------------------------------------------------------------
    def _deck(self, request: web.Request, token: str) -> tuple[Room, DeckControl]:
        room = self.server._room_from(request)
        deck = room.deck
        if deck is None or not token or not deck.authorised(token):
            raise web.HTTPForbidden(text=REFUSED)
        self._hook(room, deck)
        return room, deck

    def _hook(self, room: Room, deck: DeckControl) -> None:
        if self._hooked.get(room.name) is not deck:
            self._hooked[room.name] = deck
            deck.changed.connect(lambda _=None, n=room.name: self.push(n))

    async def _state_of(self, room: Room, deck: DeckControl) -> dict[str, Any]:
        snapshot = await asyncio.get_running_loop().run_in_executor(None, deck.snapshot)
        return {**snapshot.to_json(), "live": room.live, "viewers": room.viewer_count,
                "now_ms": int(time.time() * 1000)}

    # -- routes -------------------------------------------------------------------------------------
    async def page(self, request: web.Request) -> web.Response:
        room = self.server._room_from(request)
        html = _static("deck.html").replace("{{ROOM}}", room.name)
        return web.Response(text=html, content_type="text/html", charset="utf-8",
                            headers={"Cache-Control": "no-store"})

    async def state(self, request: web.Request) -> web.Response:
        room, deck = self._deck(request, bearer(request))
        return web.json_response(await self._state_of(room, deck), headers={"Cache-Control": "no-store"})

    async def act(self, request: web.Request) -> web.Response:
        room, deck = self._deck(request, bearer(request))
        try:
            data = await request.json() if request.can_read_body else {}
        except ValueError:
            data = None
        if not isinstance(data, dict):
            return web.json_response({"ok": False, "error": "The request was not understood."}, status=400)
        action = request.match_info["action"]
        if action not in ACTIONS:
            return web.json_response({"ok": False, "error": "The deck has no such action."}, status=404)
        try:
            await asyncio.get_running_loop().run_in_executor(None, _dispatch, deck, action, data)
        except (ValueError, KeyError) as exc:  # DeckActionError, the session's sentences
            text = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
            return web.json_response({"ok": False, "error": str(text)}, status=400)
        return web.json_response({"ok": True, "state": await self._state_of(room, deck)})

    async def websocket(self, request: web.Request) -> web.WebSocketResponse:
        room = self.server._room_from(request)
        ws = web.WebSocketResponse(heartbeat=20, max_msg_size=4096)
        await ws.prepare(request)
        try:
            msg = await ws.receive(timeout=HELLO_TIMEOUT_S)
            data = json.loads(msg.data) if msg.type == WSMsgType.TEXT else None
        except (TimeoutError, ValueError):
            data = None
        token = data.get("token") if isinstance(data, dict) and data.get("type") == "hello" else None
        deck = room.deck
        if not isinstance(token, str) or deck is None or not deck.authorised(token):
            await ws.send_json({"type": "error", "status": 403, "text": REFUSED})
            await ws.close(code=WS_CLOSE_REFUSED, message=b"forbidden")
            return ws
        self._hook(room, deck)
        ws.deck_token = token  # type: ignore[attr-defined]
        sockets = self._sockets.setdefault(room.name, set())
        sockets.add(ws)
        try:
            await ws.send_json(await self._state_of(room, deck))
            async for _msg in ws:  # the deck acts through the API; the socket only listens
                pass
        finally:
            sockets.discard(ws)
        return ws

    # -- pushing ------------------------------------------------------------------------------------
    def push(self, room_name: str) -> None:
        """Send the deck state to the room's deck sockets soon (from any thread)."""
        loop = self.server._loop
        if loop is None or loop.is_closed() or not self._sockets.get(room_name):
            return
        loop.call_soon_threadsafe(self._schedule, room_name)

    def _schedule(self, room_name: str) -> None:
        if room_name in self._pending:
            return
        self._pending.add(room_name)
        asyncio.get_running_loop().call_later(
            PUSH_DELAY_S, lambda: asyncio.ensure_future(self._send(room_name)))

    async def _send(self, room_name: str) -> None:
        self._pending.discard(room_name)
        room = self.server.rooms.get(room_name)
        sockets = list(self._sockets.get(room_name, ()))
        if room is None or room.deck is None or not sockets:
            return
        deck = room.deck
        try:
            text = json.dumps(await self._state_of(room, deck))
        except Exception:
            log.exception("the deck state could not be made")
            return
        for ws in sockets:
            if ws.closed:
                continue
            if not deck.authorised(getattr(ws, "deck_token", "")):  # revoked while open
                await ws.send_json({"type": "error", "status": 403, "text": REFUSED})
                await ws.close(code=WS_CLOSE_REFUSED, message=b"forbidden")
                continue
            await ws.send_str(text)


def _static(name: str) -> str:
    from importlib import resources

    return resources.files("studio.server").joinpath("static", name).read_text(encoding="utf-8")
