"""Load curve of the embedded server (prints, asserts nothing): viewers against the CPU of the
studio process (demo program + one shared encode + the server), the program's frame rate,
what each viewer receives and how long joining takes.

Viewers are aiortc peers in separate processes (up to 10 per process) that receive,
depacketize, NACK and report like real ones but skip decoding (that is the viewer's CPU, not
the server's). Join time: WHEP POST → connected (ICE + DTLS), and → first complete picture.

    flock /tmp/studio-heavy.lock .venv/bin/python bench/load.py [--steps 1,5,10,20,40] [--seconds 15]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studio.session import LiveTarget, Session  # noqa: E402
from studio.settings import SessionSettings  # noqa: E402

VIEWERS = textwrap.dedent("""
    import asyncio, json, sys, time
    import aiohttp
    from aiortc import RTCConfiguration, RTCPeerConnection, RTCSessionDescription
    from aiortc.codecs import h264, opus

    pictures = {}  # decoder id -> complete pictures handed to the (skipped) decoder
    first = {}
    def count(self, frame):
        pictures[id(self)] = pictures.get(id(self), 0) + 1
        first.setdefault(id(self), time.perf_counter())
        return []
    h264.H264Decoder.decode = count
    opus.OpusDecoder.decode = lambda self, frame: []

    async def viewer(http, url):
        pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        pc.addTransceiver("video", direction="recvonly")
        pc.addTransceiver("audio", direction="recvonly")
        connected = asyncio.Event()
        pc.on("connectionstatechange", lambda: pc.connectionState == "connected" and connected.set())
        await pc.setLocalDescription(await pc.createOffer())
        t0 = time.perf_counter()
        async with http.post(url, data=pc.localDescription.sdp,
                             headers={"Content-Type": "application/sdp"}) as r:
            if r.status != 201:
                return pc, None, r.status
            answer = await r.text()
        await pc.setRemoteDescription(RTCSessionDescription(answer, "answer"))
        await asyncio.wait_for(connected.wait(), 30)
        return pc, (t0, time.perf_counter()), 201

    async def main(url, n):
        async with aiohttp.ClientSession() as http:
            joined = await asyncio.gather(*(viewer(http, url) for _ in range(n)))
            refused = [s for _, j, s in joined if j is None]
            await asyncio.sleep(3)  # first pictures
            starts = sorted(j[0] for _, j, _ in joined if j)
            connect_ms = [(j[1] - j[0]) * 1000 for _, j, _ in joined if j]
            first_ms = [(f - starts[0]) * 1000 for f in sorted(first.values())][:len(starts)]
            print(json.dumps({"connect_ms": connect_ms, "first_ms": first_ms, "refused": refused}),
                  flush=True)
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(None, sys.stdin.readline)  # the window starts
            before, t0 = sum(pictures.values()), time.perf_counter()
            await loop.run_in_executor(None, sys.stdin.readline)  # … and ends
            took = time.perf_counter() - t0
            print(json.dumps({"pictures": sum(pictures.values()) - before, "seconds": took}), flush=True)
            for pc, _, _ in joined:
                await pc.close()

    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
""")


def p50(values: list[float]) -> float:
    return values[len(values) // 2] if values else math.nan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", default="1,5,10,20,40")
    parser.add_argument("--seconds", type=float, default=15)
    args = parser.parse_args()
    session = Session(SessionSettings(video_source="demo", audio_source="demo", server_port=0))
    session.start()
    session.wait_first_frame()
    session.go_live(LiveTarget("local"))
    while session.state.live_state != "live":
        time.sleep(0.05)
    url = session.state.watch_url.replace("/watch/", "/whep/")
    me = psutil.Process()
    program = session.pipeline.program
    time.sleep(2)
    me.cpu_percent()
    psutil.cpu_percent()
    fps = []
    for _ in range(int(args.seconds)):
        time.sleep(1)
        fps.append(program.stats.fps)
    print(f"{psutil.cpu_count()} cores; 720p30 demo program, x264 superfast, one encode for every viewer")
    print(f"{'viewers':>7} {'studio CPU %':>12} {'machine %':>9} {'fps min':>7} {'fps avg':>7} "
          f"{'recv fps/viewer':>15} {'connect ms p50/max':>19} {'1st picture ms p50/max':>23}")
    print(f"{0:>7} {me.cpu_percent():>12.0f} {psutil.cpu_percent():>9.0f} {min(fps):>7.1f} "
          f"{statistics.mean(fps):>7.2f}")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for n in [int(s) for s in args.steps.split(",")]:
        groups = [10] * (n // 10) + ([n % 10] if n % 10 else [])
        procs = [subprocess.Popen([sys.executable, "-c", VIEWERS, url, str(k)], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True, env=env) for k in groups]
        joins = [json.loads(p.stdout.readline()) for p in procs]
        me.cpu_percent()
        psutil.cpu_percent()
        fps = []
        for p in procs:
            p.stdin.write("start\n")
            p.stdin.flush()
        for _ in range(int(args.seconds)):
            time.sleep(1)
            fps.append(program.stats.fps)
        cpu, machine = me.cpu_percent(), psutil.cpu_percent()
        for p in procs:
            p.stdin.write("stop\n")
            p.stdin.flush()
        received = [json.loads(p.stdout.readline()) for p in procs]
        for p in procs:
            p.stdin.close()
            p.wait(30)
        connect = sorted(x for j in joins for x in j["connect_ms"])
        first = sorted(x for j in joins for x in j["first_ms"])
        refused = [s for j in joins for s in j["refused"]]
        per_viewer = sum(r["pictures"] / r["seconds"] for r in received) / max(1, len(connect))
        print(f"{n:>7} {cpu:>12.0f} {machine:>9.0f} {min(fps):>7.1f} {statistics.mean(fps):>7.2f} "
              f"{per_viewer:>15.1f} {p50(connect):>9.0f}/{max(connect, default=math.nan):<9.0f} "
              f"{p50(first):>11.0f}/{max(first, default=math.nan):<11.0f}"
              + (f" refused: {refused}" if refused else ""), flush=True)
        time.sleep(2)
    session.close()


if __name__ == "__main__":
    main()
