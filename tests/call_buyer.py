"""A buyer made of aiortc (for benchmarks and tests that need many calls or a delay relay): rings a
call link with a green test picture and a tone, and notes when the host's first picture
arrives. Optionally every packet goes through `tests.relay.UdpRelay` (added one-way delay)."""

from __future__ import annotations

import asyncio
import fractions
import time

import aiohttp
import av
import numpy as np
from aiortc import MediaStreamTrack, RTCConfiguration, RTCPeerConnection, RTCSessionDescription
from aiortc.mediastreams import MediaStreamError

from tests.relay import CANDIDATE, UdpRelay, _only_candidate


class GreenCamera(MediaStreamTrack):
    """A green 640×480 picture at 30 fps (what Chromium's fake camera mostly shows)."""

    kind = "video"

    def __init__(self) -> None:
        super().__init__()
        self._n = 0
        self._start: float | None = None
        img = np.zeros((480, 640, 3), np.uint8)
        img[:] = (0, 200, 0)
        self._frame = av.VideoFrame.from_ndarray(img, format="bgr24").reformat(format="yuv420p")

    async def recv(self) -> av.VideoFrame:  # type: ignore[override]
        if self._start is None:
            self._start = time.monotonic()
        self._n += 1
        wait = self._start + self._n / 30 - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
        frame = self._frame
        frame.pts, frame.time_base = self._n * 3000, fractions.Fraction(1, 90_000)
        return frame


class Tone(MediaStreamTrack):
    """A 440 Hz tone in 20 ms frames."""

    kind = "audio"

    def __init__(self) -> None:
        super().__init__()
        self._pts = 0
        self._start: float | None = None

    async def recv(self) -> av.AudioFrame:  # type: ignore[override]
        if self._start is None:
            self._start = time.monotonic()
        wait = self._start + self._pts / 48_000 - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
        t = (np.arange(960) + self._pts) / 48_000
        samples = (np.sin(2 * np.pi * 440 * t) * 6000).astype(np.int16).reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(samples, format="s16", layout="mono")
        frame.sample_rate, frame.pts, frame.time_base = 48_000, self._pts, fractions.Fraction(1, 48_000)
        self._pts += 960
        return frame


class QuietRelay(UdpRelay):
    """The delay relay, minus the errors of packets still held when it closes."""

    def forward(self, side: str, data: bytes, addr: tuple[str, int]) -> None:
        if side == "a":
            self.publisher_addr = addr
            out, dest = self.b, self.server_addr
        else:
            out, dest = self.a, self.publisher_addr
        if out is None or out.transport is None or dest is None:
            return
        wait = max(0.0, self.delay_ms + self.rng.uniform(-self.jitter_ms, self.jitter_ms)) / 1000
        transport = out.transport
        asyncio.get_running_loop().call_later(wait, _send, transport, data, dest)
        self.forwarded += 1


def _send(transport: asyncio.DatagramTransport, data: bytes, dest: tuple[str, int]) -> None:
    if not transport.is_closing():
        transport.sendto(data, dest)


class AiortcBuyer:
    """One call from an aiortc peer. `first_frame_at`: monotonic time of the host's first
    decoded picture; `frames`: pictures decoded so far."""

    def __init__(self, link: str, name: str = "Bench buyer", relay_host: str | None = None,
                 delay_ms: float = 0.0, jitter_ms: float = 0.0) -> None:
        self.link, self.name = link, name
        self.relay = QuietRelay(delay_ms, jitter_ms, relay_host) if relay_host else None
        self.pc: RTCPeerConnection | None = None
        self.call_url: str | None = None
        self.first_frame_at: float | None = None
        self.frames = 0
        self.last_image: np.ndarray | None = None
        self._tasks: list[asyncio.Task[None]] = []

    async def ring(self) -> int:
        base, token = self.link.rsplit("/call/", 1)
        pc = self.pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        pc.addTransceiver(GreenCamera(), direction="sendrecv")
        pc.addTransceiver(Tone(), direction="sendrecv")

        @pc.on("track")
        def _on_track(track: MediaStreamTrack) -> None:
            if track.kind == "video":
                self._tasks.append(asyncio.ensure_future(self._watch(track)))
            else:
                self._tasks.append(asyncio.ensure_future(self._drain(track)))

        await pc.setLocalDescription(await pc.createOffer())
        offer = pc.localDescription.sdp
        if self.relay is not None:
            _port_a, port_b = await self.relay.open()
            offer = _only_candidate(offer, self.relay.host, port_b)
        async with aiohttp.ClientSession() as http, http.post(
                f"{base}/call/{token}/ring", params={"name": self.name}, data=offer.encode(),
                headers={"Content-Type": "application/sdp"}) as resp:
            if resp.status != 201:
                return resp.status
            answer = await resp.text()
            self.call_url = base + resp.headers["Location"]
        if self.relay is not None:
            found = next((m for m in CANDIDATE.finditer(answer) if "." in m.group(1)), None)
            assert found is not None, "the studio's answer has no IPv4 host candidate"
            self.relay.server_addr = (found.group(1), int(found.group(2)))
            answer = _only_candidate(answer, self.relay.host, self.relay.port("a"))
        await pc.setRemoteDescription(RTCSessionDescription(answer, "answer"))
        return 201

    async def _watch(self, track: MediaStreamTrack) -> None:
        try:
            while True:
                frame = await track.recv()
                if self.first_frame_at is None:
                    self.first_frame_at = time.monotonic()
                self.frames += 1
                if self.frames % 10 == 1:
                    self.last_image = frame.to_ndarray(format="bgr24")  # type: ignore[union-attr]
        except MediaStreamError:
            pass

    async def _drain(self, track: MediaStreamTrack) -> None:
        try:
            while True:
                await track.recv()
        except MediaStreamError:
            pass

    async def post(self, what: str, data: dict[str, object]) -> int:
        async with aiohttp.ClientSession() as http, http.post(f"{self.call_url}/{what}", json=data) as resp:
            return resp.status

    async def hang_up(self) -> None:
        if self.call_url:
            async with aiohttp.ClientSession() as http, http.delete(self.call_url):
                pass
        for task in self._tasks:
            task.cancel()
        if self.pc is not None:
            await self.pc.close()
        if self.relay is not None:
            self.relay.close()
