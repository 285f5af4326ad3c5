"""PATCH /whip/<room>/<id>: an ICE restart of a WHIP ingest (RFC 9725 §4.3).

The publisher sends its new ICE credentials and candidates as
`application/trickle-ice-sdpfrag` with `If-Match` naming the session's ETag (or `*`); the
server renews its own side of the same connection (DTLS and the decoders kept, see
`studio/transport/icerestart.py`), answers 200 with its new credentials and candidates and a
new ETag, and runs the checks in the background. Trickle without a restart (the same ufrag)
is not supported: 501, so a client sends its candidates in the offer instead."""

from __future__ import annotations

import asyncio
import logging
import uuid

from aiohttp import web

from studio.server.room import Peer
from studio.transport.icerestart import SDPFRAG, IceFrag, IceRestart, ice_transport_of

log = logging.getLogger(__name__)
RESTART_TIMEOUT_S = 10.0
_checking: dict[str, asyncio.Task[None]] = {}  # a restart's checks still running, per session


def new_etag() -> str:
    return f'"{uuid.uuid4().hex}"'


async def restart_ingest(request: web.Request, peer: Peer) -> web.Response:
    match = request.headers.get("If-Match", "").strip()
    if not match:
        raise web.HTTPPreconditionRequired(text="Send If-Match with the session's ETag.")
    if match != "*" and match != peer.etag:
        raise web.HTTPPreconditionFailed(text="That ETag is not this session's (it was restarted since).")
    ctype = request.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if ctype != SDPFRAG:
        raise web.HTTPUnsupportedMediaType(text=f"Send the ICE fragment as {SDPFRAG}.")
    try:
        remote = IceFrag.parse(await request.text())
    except ValueError as exc:
        raise web.HTTPBadRequest(text=f"The ICE fragment could not be read: {exc}.") from None
    ice = ice_transport_of(peer.pc)
    if ice is None or ice.state in ("closed", "failed", "new"):
        raise web.HTTPNotImplemented(text="This session cannot restart ICE; publish again with POST.")
    if remote.ufrag == ice._connection.remote_username:
        raise web.HTTPNotImplemented(text="Trickle ICE is not supported; send candidates in the offer.")
    previous = _checking.pop(peer.id, None)
    if previous is not None and not previous.done():  # a newer restart supersedes it
        previous.cancel()
        await asyncio.gather(previous, return_exceptions=True)
    restart = IceRestart(ice)
    local = await restart.begin(remote.mid)
    peer.etag = new_etag()

    async def checks() -> None:
        try:
            await restart.finish(remote, RESTART_TIMEOUT_S)
            log.info("ingest %s: ICE restarted", peer.id)
        except (ConnectionError, TimeoutError) as exc:
            log.warning("ingest %s: ICE restart failed (%s)", peer.id, exc)
            await peer.pc.close()
        finally:
            if _checking.get(peer.id) is task:
                del _checking[peer.id]

    task = asyncio.ensure_future(checks())
    _checking[peer.id] = task
    peer.tasks.append(task)
    return web.Response(status=200, body=local.to_sdpfrag().encode(), content_type=SDPFRAG,
                        headers={"ETag": peer.etag, "Access-Control-Expose-Headers": "ETag"})
