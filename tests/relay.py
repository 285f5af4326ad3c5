"""Delay and jitter for the impairment harness, in user space (this kernel has no netem).

`DelayProxy` sits between a WHIP publisher and a WHIP server. It forwards the HTTP exchange
and rewrites the ICE candidates on both sides so that every UDP packet goes through a
two-socket relay: the publisher only knows socket A, the server only knows socket B. Each
packet is held for `delay_ms` ± `jitter_ms` (uniform) before it is sent on, so packets may
be reordered, as on a real jittery path."""

from __future__ import annotations

import asyncio
import random
import re
import socket
from dataclasses import dataclass, field

import aiohttp
from aiohttp import web

CANDIDATE = re.compile(r"^a=candidate:\S+ 1 udp \d+ (\S+) (\d+) typ host", re.M)


class _Side(asyncio.DatagramProtocol):
    def __init__(self, relay: UdpRelay, name: str) -> None:
        self.relay, self.name = relay, name
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        self.relay.forward(self.name, data, addr)


@dataclass
class UdpRelay:
    delay_ms: float
    jitter_ms: float
    host: str
    publisher_addr: tuple[str, int] | None = None  # where A's traffic goes back to
    server_addr: tuple[str, int] | None = None  # where B forwards to
    a: _Side | None = None
    b: _Side | None = None
    forwarded: int = 0
    rng: random.Random = field(default_factory=lambda: random.Random(7))

    async def open(self) -> tuple[int, int]:
        loop = asyncio.get_running_loop()
        _, self.a = await loop.create_datagram_endpoint(lambda: _Side(self, "a"), local_addr=(self.host, 0))
        _, self.b = await loop.create_datagram_endpoint(lambda: _Side(self, "b"), local_addr=(self.host, 0))
        return self.port("a"), self.port("b")

    def port(self, side: str) -> int:
        proto = self.a if side == "a" else self.b
        assert proto is not None and proto.transport is not None
        return proto.transport.get_extra_info("sockname")[1]

    def forward(self, side: str, data: bytes, addr: tuple[str, int]) -> None:
        if side == "a":
            self.publisher_addr = addr  # the publisher's actual address (its checks tell us)
            out, dest = self.b, self.server_addr
        else:
            out, dest = self.a, self.publisher_addr
        if out is None or out.transport is None or dest is None:
            return
        wait = max(0.0, self.delay_ms + self.rng.uniform(-self.jitter_ms, self.jitter_ms)) / 1000
        transport = out.transport
        asyncio.get_running_loop().call_later(wait, transport.sendto, data, dest)
        self.forwarded += 1

    def close(self) -> None:
        for side in (self.a, self.b):
            if side is not None and side.transport is not None:
                side.transport.close()


def _only_candidate(sdp: str, ip: str, port: int) -> str:
    """Drop every candidate and put in one host candidate: the relay's socket."""
    lines = [line for line in sdp.split("\r\n") if not line.startswith("a=candidate:")]
    out: list[str] = []
    for line in lines:
        if line.startswith("a=end-of-candidates"):
            out.append(f"a=candidate:1 1 udp 2130706431 {ip} {port} typ host")
        if line.startswith("c=IN IP4 "):
            line = f"c=IN IP4 {ip}"
        out.append(line)
    if not any(line.startswith("a=candidate:") for line in out):  # no end-of-candidates line
        at = next(i for i, line in enumerate(out) if line.startswith("m="))
        out.insert(at + 1, f"a=candidate:1 1 udp 2130706431 {ip} {port} typ host")
    return "\r\n".join(out)


@dataclass
class DelayProxy:
    """WHIP in at `base_url`, out to `upstream` (a WHIP server's base URL), media relayed."""

    upstream: str
    host: str
    delay_ms: float = 0.0
    jitter_ms: float = 0.0
    base_url: str = ""
    relays: dict[str, UdpRelay] = field(default_factory=dict)
    _runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/whip/{room}", self._post)
        app.router.add_delete("/{tail:.*}", self._delete)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, 0)
        await site.start()
        self.base_url = f"http://{self.host}:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]

    def set(self, delay_ms: float, jitter_ms: float) -> None:
        self.delay_ms, self.jitter_ms = delay_ms, jitter_ms
        for relay in self.relays.values():
            relay.delay_ms, relay.jitter_ms = delay_ms, jitter_ms

    async def stop(self) -> None:
        for relay in self.relays.values():
            relay.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _post(self, request: web.Request) -> web.Response:
        relay = UdpRelay(self.delay_ms, self.jitter_ms, self.host)
        port_a, port_b = await relay.open()
        offer = _only_candidate(await request.text(), self.host, port_b)
        headers = {k: v for k, v in request.headers.items() if k.lower() in ("authorization", "content-type")}
        async with aiohttp.ClientSession() as http, http.post(
                f"{self.upstream}/whip/{request.match_info['room']}", data=offer.encode(), headers=headers,
                allow_redirects=False) as resp:
            body = await resp.text()
            if resp.status != 201:
                relay.close()
                return web.Response(status=resp.status, reason=resp.reason, text=body)
            location = resp.headers["Location"]
        found = next((m for m in CANDIDATE.finditer(body) if "." in m.group(1)), None)
        if found is None:
            relay.close()
            return web.Response(status=502, text="The server's answer has no IPv4 host candidate.")
        relay.server_addr = (found.group(1), int(found.group(2)))
        self.relays[location] = relay
        answer = _only_candidate(body, self.host, port_a)
        return web.Response(status=201, text=answer, content_type="application/sdp",
                            headers={"Location": location})

    async def _delete(self, request: web.Request) -> web.Response:
        location = "/" + request.match_info["tail"]
        relay = self.relays.pop(location, None)
        if relay is not None:
            relay.close()
        async with aiohttp.ClientSession() as http, http.delete(
                f"{self.upstream}{location}", headers={k: v for k, v in request.headers.items()
                                                        if k.lower() == "authorization"}) as resp:
            return web.Response(status=resp.status, text=await resp.text())


def local_ipv4() -> str:
    """This machine's non-loopback address (aioice does not gather on loopback)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.connect(("192.0.2.1", 9))  # TEST-NET: nothing is sent
        return s.getsockname()[0]
