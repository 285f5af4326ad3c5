"""An independent WHIP server for interop tests: Janus 1.1.2 (Debian `janus`, VideoRoom plugin)
behind a small WHIP adapter, so the media path (ICE, DTLS, SRTP, RTP) is Janus's own.

Debian's `simple-whip-server` (the usual WHIP front for Janus) cannot be installed beside
this machine's Node.js, so the adapter here does the same job: POST /whip/<room> turns
the offer into a VideoRoom `joinandconfigure` (trickle off: our offers carry every
candidate) and returns Janus's answer with 201 + Location; DELETE detaches and destroys the
Janus session. `JanusSubscriber` watches a room through Janus with an aiortc peer, which is
how the tests prove Janus really received and forwards our media."""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from aiohttp import web
from aiortc import RTCConfiguration, RTCPeerConnection, RTCSessionDescription
from aiortc.mediastreams import MediaStreamError

from studio.media import timecode
from tests.netem import stop_process

JANUS = shutil.which("janus")


def _libdir() -> Path:
    """Where Debian put Janus's plugins (/usr/lib/<multiarch>/janus)."""
    for candidate in sorted(Path("/usr/lib").glob("*/janus")) + [Path("/usr/lib/janus")]:
        if (candidate / "plugins" / "libjanus_videoroom.so").exists():
            return candidate
    return Path("/usr/lib/x86_64-linux-gnu/janus")


LIBDIR = _libdir()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class JanusProcess:
    api: str  # http://127.0.0.1:<port>/janus
    proc: subprocess.Popen
    log: Path

    def stop(self) -> None:
        stop_process(self.proc)


def _die_with_parent() -> None:
    """In the child before exec: Linux sends SIGTERM to Janus if the test process dies."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def start_janus(workdir: Path, plugins: tuple[str, ...] = ("videoroom",),
                rtp_ports: str = "20000-40000") -> JanusProcess:
    """Janus with only the given plugins and the HTTP transport, API bound to loopback. Two
    instances side by side need their own `workdir` and disjoint `rtp_ports`."""
    assert JANUS, "janus is not installed (bash scripts/install-janus.sh)"
    conf = workdir / "janus-conf"
    conf.mkdir(parents=True, exist_ok=True)
    port = free_port()
    wanted = plugins
    plugins = sorted(p.name for p in (LIBDIR / "plugins").glob("libjanus_*.so")
                     if not any(name in p.name for name in wanted))
    transports = sorted(p.name for p in (LIBDIR / "transports").glob("libjanus_*.so") if "http" not in p.name)
    (conf / "janus.jcfg").write_text(f"""general: {{
    configs_folder = "{conf}"
    plugins_folder = "{LIBDIR}/plugins"
    transports_folder = "{LIBDIR}/transports"
    events_folder = "{LIBDIR}/events"
    loggers_folder = "{LIBDIR}/loggers"
    debug_level = 4
}}
media: {{ rtp_port_range = "{rtp_ports}" }}
nat: {{ nice_debug = false ice_ignore_list = "vmnet,docker" }}
plugins: {{ disable = "{",".join(plugins)}" }}
transports: {{ disable = "{",".join(transports)}" }}
events: {{ broadcast = false }}
loggers: {{ disable = "libjanus_jsonlog.so" }}
""")
    (conf / "janus.transport.http.jcfg").write_text(f"""general: {{
    json = "plain" base_path = "/janus" http = true port = {port} ip = "127.0.0.1" https = false
}}
admin: {{ admin_http = false }}
""")
    (conf / "janus.plugin.videoroom.jcfg").write_text("general: { }\n")
    (conf / "janus.plugin.streaming.jcfg").write_text("general: { }\n")  # mountpoints via the API
    log = workdir / "janus.log"
    args = [JANUS, "-F", str(conf), "-C", str(conf / "janus.jcfg"), "-o", "-N", "-L", str(log)]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            preexec_fn=_die_with_parent)
    api = f"http://127.0.0.1:{port}/janus"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"janus exited at start: {log.read_text()[-2000:] if log.exists() else ''}")
        try:
            with urllib.request.urlopen(f"{api}/info", timeout=1) as resp:
                if resp.status == 200:
                    return JanusProcess(api, proc, log)
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("janus did not answer on its HTTP API within 20 s")


class JanusError(Exception):
    def __init__(self, code: int, reason: str) -> None:
        super().__init__(f"{reason} (Janus error {code})")
        self.code, self.reason = code, reason


class JanusSession:
    """One Janus API session with one plugin handle, VideoRoom by default (plain HTTP
    long-poll API)."""

    def __init__(self, http: aiohttp.ClientSession, api: str, plugin: str = "janus.plugin.videoroom") -> None:
        self.http, self.api, self.plugin = http, api, plugin
        self.session_id = 0
        self.handle_id = 0
        self._keepalive: asyncio.Task[None] | None = None

    async def _post(self, url: str, body: dict) -> dict:
        body = {"transaction": uuid.uuid4().hex, **body}
        async with self.http.post(url, json=body) as resp:
            reply = await resp.json(content_type=None)
        if reply.get("janus") == "error":
            raise JanusError(reply["error"]["code"], reply["error"]["reason"])
        reply["_transaction"] = body["transaction"]
        return reply

    async def open(self) -> None:
        self.session_id = (await self._post(self.api, {"janus": "create"}))["data"]["id"]
        reply = await self._post(f"{self.api}/{self.session_id}",
                                 {"janus": "attach", "plugin": self.plugin})
        self.handle_id = reply["data"]["id"]
        self._keepalive = asyncio.ensure_future(self._keep_alive())

    async def _keep_alive(self) -> None:
        while True:
            await asyncio.sleep(20)  # Janus drops sessions silent for 60 s
            try:
                await self._post(f"{self.api}/{self.session_id}", {"janus": "keepalive"})
            except (aiohttp.ClientError, JanusError):
                return

    async def request(self, body: dict) -> dict:
        """A synchronous VideoRoom request (create, exists, listparticipants…)."""
        reply = await self._post(f"{self.api}/{self.session_id}/{self.handle_id}",
                                 {"janus": "message", "body": body})
        data = reply["plugindata"]["data"]
        if "error_code" in data:
            raise JanusError(data["error_code"], data["error"])
        return data

    async def message(self, body: dict, jsep: dict | None = None, timeout: float = 15) -> dict:
        """An asynchronous request: ack now, the event (with any jsep) through the long poll."""
        payload: dict = {"janus": "message", "body": body}
        if jsep is not None:
            payload["jsep"] = jsep
        reply = await self._post(f"{self.api}/{self.session_id}/{self.handle_id}", payload)
        transaction = reply["_transaction"]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            async with self.http.get(f"{self.api}/{self.session_id}?maxev=1&rid={time.time()}") as resp:
                event = await resp.json(content_type=None)
            if event.get("transaction") != transaction or event.get("janus") != "event":
                continue
            data = event["plugindata"]["data"]
            if "error_code" in data:
                raise JanusError(data["error_code"], data["error"])
            return event
        raise JanusError(0, "Janus did not answer in time")

    async def close(self) -> None:
        if self._keepalive is not None:
            self._keepalive.cancel()
        if self.session_id:
            try:
                await self._post(f"{self.api}/{self.session_id}/{self.handle_id}", {"janus": "detach"})
                await self._post(f"{self.api}/{self.session_id}", {"janus": "destroy"})
            except (aiohttp.ClientError, JanusError):
                pass
            self.session_id = 0


async def create_room(api: str, room: int, **options: object) -> None:
    """Create a VideoRoom room directly through Janus's API (e.g. VP8-only, or with a PIN)."""
    async with aiohttp.ClientSession() as http:
        js = JanusSession(http, api)
        await js.open()
        try:
            await js.request({"request": "create", "room": room, **options})
        finally:
            await js.close()


async def ensure_room(js: JanusSession, room: int) -> None:
    if not (await js.request({"request": "exists", "room": room}))["exists"]:
        await js.request({"request": "create", "room": room, "publishers": 4, "videocodec": "h264,vp8",
                          "audiocodec": "opus", "bitrate": 4_000_000, "fir_freq": 2, "notify_joining": False})


@dataclass
class WhipAdapter:
    """aiohttp WHIP endpoint in front of Janus's VideoRoom."""

    api: str
    token: str | None = None
    port: int = 0  # 0: a free port
    base_url: str = ""
    resources: dict[str, JanusSession] = field(default_factory=dict)
    _runner: web.AppRunner | None = None
    _http: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        self._http = aiohttp.ClientSession()
        app = web.Application()
        app.router.add_post("/whip/{room}", self._publish)
        app.router.add_delete("/whip/resource/{rid}", self._delete)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        for js in list(self.resources.values()):
            await js.close()
        self.resources.clear()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self._http is not None:
            await self._http.close()
            self._http = None

    async def _publish(self, request: web.Request) -> web.Response:
        if self.token and request.headers.get("Authorization") != f"Bearer {self.token}":
            return web.Response(status=401, reason="Invalid token", text="Invalid or missing token")
        if request.content_type != "application/sdp":
            return web.Response(status=415, reason="Unsupported Media Type", text="Send application/sdp")
        try:
            room = int(request.match_info["room"])
        except ValueError:
            return web.Response(status=404, reason="Not Found", text="Rooms are numbers on this server")
        offer = await request.text()
        assert self._http is not None
        js = JanusSession(self._http, self.api)
        try:
            await js.open()
            await ensure_room(js, room)
            event = await js.message({"request": "joinandconfigure", "room": room, "ptype": "publisher",
                                      "display": "whip", "audio": True, "video": True},
                                     {"type": "offer", "sdp": offer, "trickle": False})
        except JanusError as exc:
            await js.close()
            return web.Response(status=400, reason="Bad Request", text=f"Janus refused the offer: {exc}")
        answer = event.get("jsep", {}).get("sdp")
        if not answer:
            await js.close()
            return web.Response(status=500, reason="Internal Server Error", text="Janus sent no answer")
        rid = uuid.uuid4().hex
        self.resources[rid] = js
        return web.Response(status=201, text=answer, content_type="application/sdp",
                            headers={"Location": f"/whip/resource/{rid}"})

    async def _delete(self, request: web.Request) -> web.Response:
        js = self.resources.pop(request.match_info["rid"], None)
        if js is None:
            return web.Response(status=404, reason="Not Found")
        await js.close()
        return web.Response(status=200)


@contextlib.asynccontextmanager
async def janus_whip(workdir: Path, token: str | None = None,
                     port: int = 0) -> AsyncIterator[tuple[JanusProcess, WhipAdapter]]:
    """For fixtures: a fresh Janus (free port, temp config in `workdir`) and the WHIP adapter in
    front of it (free port); both stopped on exit, the adapter first so it can detach cleanly."""
    janus = start_janus(workdir)
    adapter = WhipAdapter(janus.api, token=token, port=port)
    try:
        await adapter.start()
        yield janus, adapter
    finally:
        await adapter.stop()
        janus.stop()


@dataclass
class Watched:
    video_frames: int = 0
    audio_frames: int = 0
    width: int = 0
    height: int = 0


async def list_publishers(api: str, room: int) -> list[dict]:
    async with aiohttp.ClientSession() as http:
        js = JanusSession(http, api)
        await js.open()
        try:
            data = await js.request({"request": "listparticipants", "room": room})
            return [p for p in data.get("participants", []) if p.get("publisher")]
        finally:
            await js.close()


async def watch_room(api: str, room: int, seconds: float, latencies: list[int] | None = None) -> Watched:
    """Subscribe to the room's publisher through Janus with an aiortc peer; count frames (and
    read the demo's capture-time code into `latencies`, ms, when a list is given)."""
    result = Watched()
    async with aiohttp.ClientSession() as http:
        publishers = []
        js = JanusSession(http, api)
        await js.open()
        try:
            for _ in range(50):
                data = await js.request({"request": "listparticipants", "room": room})
                publishers = [p for p in data.get("participants", []) if p.get("publisher")]
                if publishers:
                    break
                await asyncio.sleep(0.1)
            assert publishers, "nobody is publishing in the Janus room"
            event = await js.message({"request": "join", "room": room, "ptype": "subscriber",
                                      "streams": [{"feed": publishers[0]["id"]}]})
            await _answer_and_watch(js, event, {"request": "start", "room": room}, seconds, result,
                                    latencies)
        finally:
            await js.close()
    return result


async def _answer_and_watch(js: JanusSession, event: dict, start: dict, seconds: float, result: Watched,
                            latencies: list[int] | None) -> None:
    """Answer Janus's offer with an aiortc peer, start, and count (and time) what arrives."""
    pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    tasks = []

    @pc.on("track")
    def on_track(track) -> None:  # noqa: ANN001
        async def consume() -> None:
            try:
                while True:
                    frame = await track.recv()
                    if track.kind == "video":
                        result.video_frames += 1
                        result.width, result.height = frame.width, frame.height
                        if latencies is not None and result.video_frames % 3 == 0:
                            code = timecode.read(frame.to_ndarray(format="bgr24"))
                            latencies.append(timecode.latency_ms(code))
                    else:
                        result.audio_frames += 1
            except MediaStreamError:
                pass

        tasks.append(asyncio.ensure_future(consume()))

    await pc.setRemoteDescription(RTCSessionDescription(event["jsep"]["sdp"], "offer"))
    await pc.setLocalDescription(await pc.createAnswer())
    await js.message(start, {"type": "answer", "sdp": pc.localDescription.sdp, "trickle": False})
    await asyncio.sleep(seconds)
    await pc.close()
    for task in tasks:
        task.cancel()


# -- a second node: VideoRoom on node A forwards RTP into a Streaming mountpoint on node B ----------
def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class Mountpoint:
    id: int
    video_port: int
    audio_port: int
    video_pt: int = 96
    audio_pt: int = 111


async def create_mountpoint(api: str, mountpoint: Mountpoint) -> None:
    """A Streaming-plugin mountpoint that takes plain RTP (H.264 + Opus) on two loopback ports."""
    async with aiohttp.ClientSession() as http:
        js = JanusSession(http, api, "janus.plugin.streaming")
        await js.open()
        try:
            await js.request({
                "request": "create", "type": "rtp", "id": mountpoint.id, "description": "cascade",
                "audio": True, "audioport": mountpoint.audio_port, "audiopt": mountpoint.audio_pt,
                "audiocodec": "opus", "video": True, "videoport": mountpoint.video_port,
                "videopt": mountpoint.video_pt, "videocodec": "h264",
                "videofmtp": "profile-level-id=42e01f;packetization-mode=1", "videobufferkf": True})
        finally:
            await js.close()


async def rtp_forward(api: str, room: int, publisher_id: int, to: Mountpoint) -> dict:
    """VideoRoom `rtp_forward`: node A sends the publisher's RTP to node B's mountpoint ports,
    with the payload types the mountpoint expects."""
    async with aiohttp.ClientSession() as http:
        js = JanusSession(http, api)
        await js.open()
        try:
            return await js.request({
                "request": "rtp_forward", "room": room, "publisher_id": publisher_id, "host": "127.0.0.1",
                "video_port": to.video_port, "video_pt": to.video_pt,
                "audio_port": to.audio_port, "audio_pt": to.audio_pt})
        finally:
            await js.close()


async def watch_mountpoint(api: str, mountpoint: int, seconds: float,
                           latencies: list[int] | None = None) -> Watched:
    """Watch a Streaming mountpoint with an aiortc peer; count (and time) frames as watch_room."""
    result = Watched()
    async with aiohttp.ClientSession() as http:
        js = JanusSession(http, api, "janus.plugin.streaming")
        await js.open()
        try:
            event = await js.message({"request": "watch", "id": mountpoint})
            await _answer_and_watch(js, event, {"request": "start"}, seconds, result, latencies)
        finally:
            await js.close()
    return result



async def _serve_by_hand(token: str | None, port: int) -> None:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="janus-whip-") as tmp:
        async with janus_whip(Path(tmp), token, port) as (janus, adapter):
            print(f"Janus API: {janus.api} (log: {janus.log})")
            print(f"WHIP endpoint: {adapter.base_url}/whip/<room number>"
                  + (f"  (Bearer {token})" if token else "") + "; Ctrl+C stops", flush=True)
            stop = asyncio.Event()
            for sig in (signal.SIGINT, signal.SIGTERM):
                asyncio.get_running_loop().add_signal_handler(sig, stop.set)
            await stop.wait()


if __name__ == "__main__":
    # By hand: `.venv/bin/python -m tests.janus_whip [--token T] [--port P]`, then
    # `seller-studio publish --source demo --whip http://127.0.0.1:P/whip/1234 --token T`.
    import argparse

    parser = argparse.ArgumentParser(description="Janus VideoRoom behind a WHIP adapter (loopback)")
    parser.add_argument("--token")
    parser.add_argument("--port", type=int, default=0, help="adapter port (default: a free one)")
    cli_args = parser.parse_args()
    asyncio.run(_serve_by_hand(cli_args.token, cli_args.port))
