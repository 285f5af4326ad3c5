"""Real aiortc peers used by the tests: a WHEP viewer and a WHIP publisher of test media."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import aiohttp
from aiortc import RTCConfiguration, RTCPeerConnection, RTCSessionDescription
from aiortc.mediastreams import MediaStreamError


@dataclass
class ViewerResult:
    video_frames: int = 0
    audio_frames: int = 0
    width: int = 0
    height: int = 0
    first_frame_ms: float | None = None
    frames: list = field(default_factory=list)
    arrivals: list = field(default_factory=list)  # perf_counter() of every decoded video frame

    def freeze_ratio(self, threshold_s: float = 0.5) -> float:
        """Share of the watched time spent in freezes (gaps between frames over 500 ms)."""
        if len(self.arrivals) < 2:
            return 1.0
        gaps = [b - a for a, b in zip(self.arrivals, self.arrivals[1:], strict=False)]
        frozen = sum(g for g in gaps if g > threshold_s)
        return frozen / (self.arrivals[-1] - self.arrivals[0])


async def whep_view(url: str, seconds: float, keep_frames: int = 0) -> ViewerResult:
    """Watch `url` (a /whep/<room> endpoint) for `seconds`; count decoded frames."""
    pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    pc.addTransceiver("video", direction="recvonly")
    pc.addTransceiver("audio", direction="recvonly")
    result = ViewerResult()
    t0 = time.perf_counter()
    tasks = []

    async def consume(track):
        try:
            while True:
                frame = await track.recv()
                if track.kind == "video":
                    if result.first_frame_ms is None:
                        result.first_frame_ms = (time.perf_counter() - t0) * 1000
                    result.video_frames += 1
                    result.arrivals.append(time.perf_counter())
                    result.width, result.height = frame.width, frame.height
                    if len(result.frames) < keep_frames:
                        result.frames.append(frame.to_ndarray(format="bgr24"))
                else:
                    result.audio_frames += 1
        except MediaStreamError:
            pass

    @pc.on("track")
    def on_track(track):
        tasks.append(asyncio.ensure_future(consume(track)))

    await pc.setLocalDescription(await pc.createOffer())
    async with aiohttp.ClientSession() as http:
        async with http.post(url, data=pc.localDescription.sdp,
                             headers={"Content-Type": "application/sdp"}) as resp:
            assert resp.status == 201, await resp.text()
            location = resp.headers["Location"]
            answer = await resp.text()
        await pc.setRemoteDescription(RTCSessionDescription(answer, "answer"))
        await asyncio.sleep(seconds)
        base = url.split("/whep/")[0]
        async with http.delete(base + location) as resp:
            # 404: the server already let this viewer go (its connection failed meanwhile);
            # what the viewer received is what the caller judges.
            assert resp.status in (200, 404), resp.status
    for t in tasks:
        t.cancel()
    await pc.close()
    return result


async def feed_demo(encoder, seconds: float) -> None:
    """Push the demo scene into a LiveEncoder at 30 fps for `seconds` (a stand-in program)."""
    from studio.media.demo import DemoVideoSource
    from studio.media.frames import Frame, now_ns

    scene = DemoVideoSource()
    t0 = now_ns()
    for i in range(int(seconds * 30)):
        due = t0 + i * 33_333_333
        await asyncio.sleep(max(0, (due - now_ns()) / 1e9))
        encoder.push_video(Frame(scene.render(i, due / 1e9), due, i))


class LiveViewer:
    """A WHEP viewer that keeps its last `keep` decoded video frames (BGR, with the
    perf_counter() each arrived), for pixel checks while a test changes the show."""

    def __init__(self, url: str, keep: int = 30) -> None:
        self.url, self.keep = url, keep
        self.frames: list[tuple[float, object]] = []
        self._pc: RTCPeerConnection | None = None
        self._tasks: list[asyncio.Task] = []
        self._location = ""

    async def start(self) -> None:
        pc = self._pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        pc.addTransceiver("video", direction="recvonly")

        async def consume(track):
            try:
                while True:
                    frame = await track.recv()
                    self.frames.append((time.perf_counter(), frame.to_ndarray(format="bgr24")))
                    del self.frames[:-self.keep]
            except MediaStreamError:
                pass

        @pc.on("track")
        def on_track(track):
            self._tasks.append(asyncio.ensure_future(consume(track)))

        await pc.setLocalDescription(await pc.createOffer())
        async with aiohttp.ClientSession() as http, http.post(
                self.url, data=pc.localDescription.sdp, headers={"Content-Type": "application/sdp"}) as resp:
            assert resp.status == 201, await resp.text()
            self._location = resp.headers["Location"]
            answer = await resp.text()
        await pc.setRemoteDescription(RTCSessionDescription(answer, "answer"))

    def since(self, t: float) -> list:
        """Frames that arrived after perf_counter() `t`."""
        return [image for when, image in list(self.frames) if when > t]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        if self._pc is not None:
            await self._pc.close()
        base = self.url.split("/whep/")[0]
        async with aiohttp.ClientSession() as http, http.delete(base + self._location) as resp:
            assert resp.status in (200, 404)
