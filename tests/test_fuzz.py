"""Hostile input (issue 15): property-based tests (hypothesis) and a bounded fuzz loop against
the real embedded server and the parsers behind it.

The default run is short; `STUDIO_FUZZ_LONG=1` runs the full counts (10 000 offers against
the running server, 10 000 examples per parser property) and prints the figures quoted in
docs/reliability.md."""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import random
import re
import struct
import time
import unicodedata
import zlib
from decimal import Decimal
from pathlib import Path

import aiohttp
import numpy as np
import pytest
from aiortc import RTCConfiguration, RTCPeerConnection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.commerce.catalog import CatalogError, load_catalog
from studio.commerce.comments import MAX_TEXT, CommentError, make_comment, plain_text
from studio.commerce.feed import CommentPipeline
from studio.commerce.product import Product
from studio.encode.live import LiveEncoder
from studio.media.pictures import MAX_PICTURE_PIXELS, picture_problem
from studio.processing.overlays import OverlayStack, load_picture
from studio.server.app import ServerSettings, StudioServer
from studio.server.cohost import InviteBook, InviteError
from studio.server.limits import CommentLimits
from studio.server.sdp import looks_like_offer, negotiation_problem, offered_kinds, strip_mdns_candidates
from studio.transport.network import NetworkThread
from tests.browser import chromium  # noqa: F401 (fixture)

LONG = os.environ.get("STUDIO_FUZZ_LONG") == "1"
SERVER_OFFERS = 10_000 if LONG else 240
EXAMPLES = 10_000 if LONG else 300
DATA = Path(__file__).parent / "data"
TOKEN = "fuzz-publish-token"
# The figure (/healthz within 100 ms throughout) is the long run's claim; the default
# run on a shared machine asserts only that the server keeps answering (timings are figures).
HEALTHZ_BUDGET_MS = 100.0 if LONG else 1000.0
EXCEPTION_NAME = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception)\b|Traceback")


def _settings(examples: int = EXAMPLES) -> settings:
    return settings(max_examples=examples, deadline=None, derandomize=not LONG,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


# -- real offers, and how they are mangled ------------------------------------------------------
async def _aiortc_offers() -> list[str]:
    offers = []
    for kinds, direction in ((("video", "audio"), "recvonly"), (("video", "audio"), "sendrecv"),
                             (("audio",), "sendonly")):
        pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        for kind in kinds:
            pc.addTransceiver(kind, direction=direction)
        await pc.setLocalDescription(await pc.createOffer())
        offers.append(pc.localDescription.sdp)
        await pc.close()
    return offers


CHROMIUM_OFFER = (DATA / "chromium_offer.sdp").read_bytes().decode()  # Debian's chromium: camera + mic
AIORTC_OFFERS = asyncio.run(_aiortc_offers())
REAL_OFFERS = [CHROMIUM_OFFER, *AIORTC_OFFERS]

WRONG_M_LINES = [
    "m=application 9 UDP/DTLS/SCTP webrtc-datachannel", "m=text 9 RTP/AVP 0", "m=video 0 UDP/TLS/RTP/SAVPF",
    "m=audio 9 RTP/AVP 999999999999", "m=video -1 UDP/TLS/RTP/SAVPF 96", "m=", "m=video",
    "m=audio 9 UDP/TLS/RTP/SAVPF abc", "m=video 65536 TCP/TLS/RTP/SAVPF 96 96 96",
]
JUNK_LINES = [
    "a=fingerprint:sha-256 ZZ", "a=setup:bogus", "a=ice-ufrag:", "a=rtpmap:96 H264/-1",
    "a=fmtp:96 profile-level-id=zzzzzz", "a=ssrc:-5 cname:x", "a=mid:", "a=group:BUNDLE 7 8 9",
    "a=rtcp-fb:* nack", "c=IN IP9 ::::", "a=candidate:1 1 udp 1 999.1.1.1 1 typ host",
    "a=candidate:1 1 udp 1 evil.local 9 typ host", "a=extmap:99999 urn:x", "a=msid:" + "x" * 500,
    "v=1", "o=- - - - - -", "a=rtpmap:111 opus/48000/0", "a=sctp-port:0", "b=AS:-1",
]


def mutate(rng: random.Random, sdp: str) -> bytes:
    """One hostile body from a real offer: 1–4 of truncation, duplicated, dropped, garbled,
    huge or binary lines, wrong m-lines and bad attributes."""
    lines = sdp.split("\r\n")
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(11)
        i = rng.randrange(len(lines)) if lines else 0
        if op == 0 and lines:  # truncate
            lines = lines[:i] + [lines[i][:rng.randrange(len(lines[i]) + 1)]] if lines else lines
        elif op == 1 and lines:  # duplicate lines
            lines[i:i] = [lines[i]] * rng.randint(1, 50)
        elif op == 2 and lines:  # drop lines
            del lines[i:i + rng.randint(1, 5)]
        elif op == 3 and lines:  # garble a line
            chars = list(lines[i])
            for _ in range(rng.randint(1, 8)):
                if chars:
                    chars[rng.randrange(len(chars))] = chr(rng.choice([0, 0x0B, 0x7F, 0x202E, 0xFFFD,
                                                                        rng.randrange(32, 0x2FFF)]))
            lines[i] = "".join(chars)
        elif op == 4:  # a huge line
            lines.insert(i, "a=" + "x" * rng.choice([1000, 20_000, 70_000]))
        elif op == 5:  # a wrong m-line
            lines.insert(i, rng.choice(WRONG_M_LINES))
        elif op == 6:  # a bad attribute
            lines.insert(i, rng.choice(JUNK_LINES))
        elif op == 7 and lines:  # numbers out of range
            lines[i] = re.sub(r"\d+", lambda _: str(rng.choice([0, -1, 2**31, 2**64, 10**30])), lines[i])
        elif op == 8:  # many m-sections
            m = [n for n, ln in enumerate(lines) if ln.startswith("m=")]
            if m:
                section = lines[m[-1]:]
                lines += section * rng.randint(2, 40)
        elif op == 9 and lines:  # shuffle a stretch
            stretch = lines[i:i + 10]
            rng.shuffle(stretch)
            lines[i:i + 10] = stretch
        else:  # line endings and NULs
            lines = [ln.replace(rng.choice(["\r", "=", " "]), rng.choice(["\n", "\x00", ""]))
                     for ln in lines]
    body = "\r\n".join(lines).encode("utf-8", "surrogatepass")
    if rng.random() < 0.08:  # binary in the middle
        at = rng.randrange(len(body) + 1)
        body = body[:at] + rng.randbytes(rng.randint(1, 400)) + body[at:]
    return body


def _sentence(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text) < 400 and text[-1] in ".…!?" and not EXCEPTION_NAME.search(text)


# -- the SDP helpers (pure) ---------------------------------------------------------------------------
@_settings()
@given(seed=st.integers(0, 2**32 - 1), which=st.sampled_from(range(len(REAL_OFFERS))))
def test_mutated_offers_get_a_verdict_never_an_exception(seed, which):
    body = mutate(random.Random(seed), REAL_OFFERS[which]).decode("utf-8", "replace")
    problem = looks_like_offer(body)
    assert problem is None or _sentence(problem), problem
    if problem is None:
        problem = negotiation_problem(body)
        assert problem is None or _sentence(problem), problem
    assert set(offered_kinds(body)) <= {"audio", "video"}
    strip_mdns_candidates(body)


@_settings()
@given(st.text(max_size=3000) | st.binary(max_size=3000).map(lambda b: "v=0\r\n" + b.decode("latin-1")))
def test_random_text_is_never_taken_for_an_offer(body):
    problem = looks_like_offer(body)
    assert problem is not None and _sentence(problem), problem


def test_real_offers_pass():
    for offer in REAL_OFFERS:
        assert looks_like_offer(offer) is None and negotiation_problem(offer) is None
        assert offered_kinds(offer) in (["audio", "video"], ["video", "audio"], ["audio"])


# -- the running server ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def net():
    thread = NetworkThread()
    yield thread
    thread.close()


@pytest.fixture(scope="module")
def server(net):
    srv = StudioServer(ServerSettings(
        port=0, token=TOKEN,
        comment_limits=CommentLimits(viewer_burst=10_000, viewer_per_s=1000, address_burst=10_000,
                                     address_per_s=1000)))
    encoder = LiveEncoder()
    encoder.start()

    async def start() -> None:
        await srv.start()
        srv.room("show").attach_encoder(encoder)
        srv.room("show").green_room.program_encoder = lambda: encoder

    net.call(start())
    yield srv
    net.call(srv.stop())
    encoder.stop()


def _open_peer_connections() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects()
               if isinstance(o, RTCPeerConnection) and o.connectionState != "closed")


async def _fuzz_endpoints(srv: StudioServer, offers: int, seed: int) -> dict:
    rng = random.Random(seed)
    base = srv.base_url
    room = srv.rooms["show"]
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    refusals: list[str] = []
    stop = asyncio.Event()

    async def watch_health() -> None:
        async with aiohttp.ClientSession() as http:
            while not stop.is_set():
                t0 = time.perf_counter()
                async with http.get(base + "/healthz") as resp:
                    assert resp.status == 200
                    await resp.read()
                latencies.append((time.perf_counter() - t0) * 1000)
                await asyncio.sleep(0.02)

    health = asyncio.ensure_future(watch_health())
    invite = room.green_room.invites.create(uses=20)
    async with aiohttp.ClientSession() as http:
        for n in range(offers):
            kind = ("whep", "whip", "join")[n % 3]
            body = mutate(rng, rng.choice(REAL_OFFERS)) if rng.random() < 0.93 else \
                rng.choice(REAL_OFFERS).encode()  # some untouched offers: the success path is fuzzed too
            ctype = "application/sdp" if rng.random() < 0.95 else \
                rng.choice(["text/plain", "application/sdp; charset=bogus", "", "application/json"])
            headers = {"Content-Type": ctype} if ctype else {}
            if invite.uses_left <= 0:
                invite = room.green_room.invites.create(uses=20)
            url = {"whep": f"{base}/whep/show", "whip": f"{base}/whip/ingest",
                   "join": f"{base}/cohost/show/join?invite={invite.token}&name=f{n}"}[kind]
            if kind == "whip":
                headers["Authorization"] = f"Bearer {TOKEN}"
            async with http.post(url, data=body, headers=headers) as resp:
                text = await resp.text(errors="replace")
                statuses[resp.status] = statuses.get(resp.status, 0) + 1
                assert resp.status == 201 or 400 <= resp.status < 500, (resp.status, text[:300])
                if resp.status == 201:
                    location = resp.headers["Location"]
                    auth = {"Authorization": f"Bearer {TOKEN}"}
                    async with http.delete(base + location, headers=auth) as gone:
                        assert gone.status == 200, (location, gone.status)
                else:
                    assert _sentence(text), (resp.status, text[:300])
                    refusals.append(text)
    stop.set()
    await health
    await asyncio.sleep(0.5)  # closes in flight
    return {"latencies": latencies, "statuses": statuses, "refusals": refusals}


def test_fuzzed_offers_against_whep_whip_and_cohost_join(net, server, caplog):
    """Hostile SDP bodies against the three negotiating endpoints of the running server: each
    is a 201 (then deleted) or a 4xx sentence, never a 500; no peer connection is left open,
    nothing fails unseen in a background task, and /healthz keeps answering within 100 ms."""
    caplog.set_level(logging.ERROR)
    before = _open_peer_connections()
    t0 = time.perf_counter()
    result = net.call(_fuzz_endpoints(server, SERVER_OFFERS, seed=15), timeout=3600)
    took = time.perf_counter() - t0
    lat = sorted(result["latencies"])
    worst, p99 = lat[-1], lat[int(len(lat) * 0.99)]
    distinct = sorted(set(result["refusals"]))
    print(f"\n{SERVER_OFFERS} offers in {took:.1f} s; statuses {dict(sorted(result['statuses'].items()))}; "
          f"/healthz {len(lat)} probes: max {worst:.1f} ms, p99 {p99:.1f} ms, "
          f"median {lat[len(lat) // 2]:.1f} ms")
    print("distinct refusals:\n  " + "\n  ".join(distinct))
    assert result["statuses"].get(201, 0) > 0, "no offer was accepted: the success path went unfuzzed"
    room = server.rooms["show"]
    assert not room.viewers and server.rooms["ingest"].publisher is None
    assert all(c.state in ("left", "declined", "removed") for c in room.green_room.cohosts.values())
    assert _open_peer_connections() <= before, "peer connections leaked"
    assert worst < HEALTHZ_BUDGET_MS, f"/healthz took {worst:.0f} ms"
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, errors[:3]


def test_oversized_and_mis_encoded_offers(net, server):
    async def go() -> list[tuple[int, str]]:
        out = []
        async with aiohttp.ClientSession() as http:
            for body, ctype in ((b"v=0\r\n" + b"a=" + b"x" * 70_000, "application/sdp"),
                                (CHROMIUM_OFFER.encode("utf-16"), "application/sdp"),
                                (b"v=0\r\nm=video \xff\xfe", "application/sdp; charset=bogus")):
                async with http.post(f"{server.base_url}/whep/show", data=body,
                                     headers={"Content-Type": ctype}) as resp:
                    out.append((resp.status, await resp.text()))
        return out

    (big, big_text), (utf16, utf16_text), (bogus, bogus_text) = net.call(go())
    assert big == 413 and "too long" in big_text
    assert utf16 == 400 and "UTF-8" in utf16_text
    assert bogus == 400 and "UTF-8" in bogus_text


def test_rooms_made_by_visiting_urls_do_not_pile_up(net, server):
    async def visit(n: int) -> list[int]:
        async with aiohttp.ClientSession() as http:
            return [(await http.get(f"{server.base_url}/watch/r{i}")).status for i in range(n)]

    assert set(net.call(visit(300))) == {200}
    assert len(server.rooms) <= 100 and "show" in server.rooms


# -- comments and names ------------------------------------------------------------------------------------
HOSTILE = [
    "<img src=x onerror=alert(1)>", "<script>window.pwned=1</script>", "\u202egnp.exe", "a\u2066b\u2069c",
    "\x00\x07\x1b[31mred", "line\nbreak\r\nagain", "\ud800lone", "x" * 10_000, "&lt;b&gt;", "'\"`${}",
    "javascript:alert(1)", "👩\u200d👩\u200d👧 ok", "مرحبا\u200f", "\u0000" * 50, " \t ",
]
invisible = st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Zs", "Mn"])
texts = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=400), st.text(alphabet=invisible, max_size=60))


def _visible(s: str) -> bool:
    """No control characters, bidi overrides or line breaks can reach another viewer."""
    return all(unicodedata.category(ch) not in ("Cc", "Cs", "Zl", "Zp") for ch in s) and \
        not any(ch in s for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


@_settings()
@given(name=texts, text=texts)
def test_comments_are_plain_one_line_text_or_a_sentence(name, text):
    try:
        comment = make_comment(name, text)
    except CommentError as exc:
        assert _sentence(str(exc))
        assert not plain_text(text) or len(plain_text(text)) > MAX_TEXT
        return
    assert _visible(comment.name) and _visible(comment.text)
    assert comment.text == plain_text(comment.text) and 0 < len(comment.text) <= MAX_TEXT
    json.dumps(comment.to_json())  # lone surrogates are gone: it encodes
    comment.text.encode("utf-8")


def test_hostile_comments_go_through_the_pipeline_and_the_pinned_comment_overlay():
    feed = CommentPipeline()
    stack = OverlayStack()
    image = np.zeros((720, 1280, 3), np.uint8)
    rng = random.Random(7)
    alphabet = [chr(c) for c in (*range(0, 0x30), 0x202E, 0x2066, 0x200D, 0x0301, 0x0E33, 0xFDFD, 0x1F600)]
    for i in range(200 if not LONG else 2000):
        raw = HOSTILE[i % len(HOSTILE)] if i < len(HOSTILE) else "".join(
            rng.choice(alphabet) for _ in range(rng.randint(1, 300)))
        try:
            comment = make_comment(raw[:40], f"{i} {raw}")
        except CommentError:
            continue
        feed.add(comment)
        stack.set_pinned_comment(comment.name, comment.text)
        stack.apply(image.copy(), i * 33_333_333)
    assert len(feed.items()) > 100


async def _ws_exchange(url: str, frames: list) -> list[dict]:
    """Send each frame on one socket (reconnecting after a close); the reply to each."""
    replies: list[dict] = []
    async with aiohttp.ClientSession() as http:
        ws = await http.ws_connect(url)
        await ws.receive_json(timeout=5)  # status
        for frame in frames:
            if isinstance(frame, bytes):
                await ws.send_bytes(frame)
            else:
                await ws.send_str(frame)
            msg = await ws.receive(timeout=5)
            while msg.type == aiohttp.WSMsgType.TEXT and \
                    json.loads(msg.data)["type"] not in ("error", "comment"):
                msg = await ws.receive(timeout=5)
            if msg.type == aiohttp.WSMsgType.TEXT:
                replies.append(json.loads(msg.data))
            else:
                replies.append({"type": "closed", "code": ws.close_code})
                ws = await http.ws_connect(url)
                await ws.receive_json(timeout=5)
        await ws.close()
    return replies


def test_websocket_frames_binary_huge_invalid_and_wrong_types(net, server):
    url = f"{server.base_url}/ws/show"
    frames = [
        b"\x00\x01binary", b"{\"type\": \"comment\", \"text\": \"hi\"}", "not json", "[" * 4000, "{" * 2000,
        "null", "42", '"comment"', '["comment"]', '{"type": 5}', '{"type": "admin", "text": "x"}',
        '{"type": "comment", "text": 123}', '{"type": "comment", "text": ["a"]}',
        '{"type": "comment", "name": {"$gt": ""}, "text": "x"}', '{"type": "comment", "text": null}',
        '{"type": "comment", "text": "\\u0000\\u202e\\ud800"}',
        json.dumps({"type": "comment", "name": "n", "text": "x" * 10_000}),  # past 4 KiB: 1009
        json.dumps({"type": "comment", "name": "\u202eRTL\x1b", "text": "<img src=x onerror=alert(1)> ok"}),
    ]
    replies = net.call(_ws_exchange(url, frames))
    kinds = [r["type"] for r in replies]
    assert kinds[:-2] == ["error"] * (len(frames) - 2), replies
    assert all(_sentence(r["text"]) for r in replies if r["type"] == "error")
    assert replies[-2] == {"type": "closed", "code": aiohttp.WSCloseCode.MESSAGE_TOO_BIG}
    last = replies[-1]
    assert last["type"] == "comment" and last["name"] == "RTL"
    assert last["text"] == "<img src=x onerror=alert(1)> ok"  # text: the page inserts it as text
    assert server.rooms["show"].comments[-1].text == last["text"]


@_settings(60 if not LONG else 2000)
@given(name=texts, text=texts)
def test_websocket_comments_property(net, server, name, text):
    payload = json.dumps({"type": "comment", "name": name, "text": f"{time.perf_counter_ns()} {text}"})
    if len(payload.encode()) > server.settings.limits.ws_message_bytes:
        payload = payload.encode()[:4000].decode("utf-8", "ignore")  # a cut message: invalid JSON
    [reply] = net.call(_ws_exchange(f"{server.base_url}/ws/show", [payload]))
    assert reply["type"] in ("error", "comment")
    if reply["type"] == "error":
        assert _sentence(reply["text"])
    else:
        assert _visible(reply["name"]) and _visible(reply["text"])


# -- invite tokens -------------------------------------------------------------------------------------------
def _near_misses(token: str, rng: random.Random) -> list[str]:
    i = rng.randrange(len(token))
    flip = "A" if token[i] != "A" else "B"
    misses = [token[:-1], token + "x", token[:i] + flip + token[i + 1:], token.upper(), token.lower(),
            " " + token, token + "\x00", token.replace("-", "\u2010"), token[::-1], "", token * 2,
            token[:i] + "\u0430" + token[i + 1:]]  # Cyrillic а for a Latin letter
    return [m for m in misses if m != token]


@_settings()
@given(guess=st.text(max_size=80) | st.binary(max_size=64).map(lambda b: b.hex()))
def test_random_invite_tokens_are_refused(guess):
    book = InviteBook()
    invite = book.create()
    if guess == invite.token:
        return
    with pytest.raises(InviteError):
        book.check(guess)


def test_near_miss_invite_tokens_are_refused_over_http(net, server):
    rng = random.Random(1)
    green = server.rooms["show"].green_room
    invite = green.invites.create(uses=1)
    misses = [m for _ in range(30) for m in _near_misses(invite.token, rng)]

    async def go() -> list[tuple[int, dict | str]]:
        out = []
        async with aiohttp.ClientSession() as http:
            for guess in misses:
                async with http.get(f"{server.base_url}/cohost/show/invite",
                                    params={"invite": guess}) as resp:
                    out.append((resp.status, await resp.json()))
                async with http.post(f"{server.base_url}/cohost/show/join",
                                     params={"invite": guess, "name": "x"}, data=CHROMIUM_OFFER,
                                     headers={"Content-Type": "application/sdp"}) as resp:
                    out.append((resp.status, await resp.text()))
        return out

    for status, body in net.call(go(), timeout=120):
        assert status in (403, 404), (status, body)
        assert (body["ok"] is False) if isinstance(body, dict) else _sentence(body)
    assert invite.uses_left == 1 and not invite.cohost_ids  # nothing was let in, nothing used up


def test_a_refused_offer_does_not_use_up_the_invite(net, server):
    invite = server.rooms["show"].green_room.invites.create(uses=1)

    async def join(body: str) -> int:
        async with aiohttp.ClientSession() as http:
            async with http.post(f"{server.base_url}/cohost/show/join",
                                 params={"invite": invite.token, "name": "Mai"}, data=body,
                                 headers={"Content-Type": "application/sdp"}) as resp:
                return resp.status

    broken = CHROMIUM_OFFER.replace("a=fingerprint:", "a=fingerprnt:")
    assert net.call(join(broken)) == 400
    assert invite.uses_left == 1
    assert net.call(join(CHROMIUM_OFFER)) == 201
    assert invite.uses_left == 0


# -- catalogues and pictures ------------------------------------------------------------------------
def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims width × height pixels (a decompression bomb's header)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + \
        chunk(b"IEND", b"")


def _real_bomb(path: Path) -> None:
    """A real one: 8 000 × 6 000 8-bit grey (48 MP, 48 MB decoded) in ~50 KB of PNG."""
    width, height = 8000, 6000
    raw = zlib.compress(b"\0" * ((width + 1) * height), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw)
                     + chunk(b"IEND", b""))


def test_bomb_and_broken_pictures_give_the_placeholder_and_a_sentence(tmp_path):
    (tmp_path / "bomb.png").write_bytes(_png_claiming(100_000, 100_000))
    _real_bomb(tmp_path / "big.png")
    (tmp_path / "huge.jpg").write_bytes(b"\xff\xd8")
    os.truncate(tmp_path / "huge.jpg", 200 * 2**20)  # sparse: 200 MB on paper
    (tmp_path / "junk.png").write_bytes(os.urandom(5000))
    (tmp_path / "ok.png").write_bytes(_png_claiming(2, 2))
    rows = "\n".join(f"p{i},Thing {i},9.50,USD,{name}" for i, name in
                     enumerate(["bomb.png", "big.png", "huge.jpg", "junk.png"]))
    (tmp_path / "cat.csv").write_text("id,title,price,currency,image\n" + rows + "\n")
    t0 = time.perf_counter()
    catalog = load_catalog(tmp_path / "cat.csv")
    took = time.perf_counter() - t0
    assert len(catalog.products) == 4 and all(p.image is None for p in catalog.products)
    problems = {p.line: p.reason for p in catalog.problems}
    assert "(10,000 megapixels)" in problems[2] and "placeholder" in problems[2]
    assert "(48 megapixels)" in problems[3]
    assert "200 MB" in problems[4]
    assert "cannot be read" in problems[5]
    assert all(_sentence(m) for m in problems.values())
    assert took < 1.0  # nothing was decoded
    for name in ("bomb.png", "big.png", "huge.jpg", "junk.png"):
        assert picture_problem(tmp_path / name) is not None
        assert load_picture(tmp_path / name) is None
    assert picture_problem(tmp_path / "ok.png") is None
    # The card: a product pointing at a bomb directly (a catalogue edited after loading) shows
    # the same pixels as one without a picture.
    frames = []
    for image in (tmp_path / "bomb.png", None):
        stack = OverlayStack()
        stack.set_product(Product("p", "Thing", Decimal("9.5"), "USD", image=image))
        frames.append(stack.apply(np.zeros((720, 1280, 3), np.uint8), 0))
    assert np.array_equal(frames[0], frames[1])
    from PIL import Image
    assert Image.MAX_IMAGE_PIXELS == MAX_PICTURE_PIXELS
    with pytest.raises(ValueError, match="too large"):
        OverlayStack().set_logo(tmp_path / "bomb.png")


@_settings(200 if not LONG else 3000)
@given(data=st.binary(max_size=2000) | st.text(max_size=2000).map(lambda t: t.encode("utf-8", "ignore")),
       kind=st.sampled_from([".csv", ".json"]), header=st.booleans(),
       encoding=st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252"]))
def test_catalogue_files_with_broken_encodings(tmp_path_factory, data, kind, encoding, header):
    folder = tmp_path_factory.mktemp("cat")
    path = folder / f"c{kind}"
    if header and kind == ".csv":
        text = "id,title,price,currency,image\nA1,Tê 多少 \u202e,9.9,VND,\x00x.png\n"
        data = text.encode(encoding, "replace") + data
    path.write_bytes(data)
    try:
        catalog = load_catalog(path)
    except CatalogError as exc:
        assert _sentence(str(exc)), str(exc)
        return
    for problem in catalog.problems:
        assert _sentence(problem.reason), problem.reason


# -- what a viewer's browser makes of it ------------------------------------------------------------------
INJECTIONS = ["<img src=x onerror=\"window.pwned=1\">", "<script>window.pwned=2</script>",
              "<b onmouseover=window.pwned=3>bold</b>", "<svg/onload=window.pwned=4>", "&lt;i&gt;x&lt;/i&gt;"]


@pytest.mark.browser
def test_injected_markup_stays_text_in_a_real_viewer_page(chromium, net, server):  # noqa: F811
    """Comments, names and the pinned product's fields carrying HTML/JS reach a real Chromium
    viewer as text: no element is created, nothing runs, and bidi overrides are gone."""
    room = server.rooms.get("inject") or server.room("inject")
    page = chromium.new_page()
    page.goto(f"{server.base_url}/watch/inject")
    page.wait_for_function("() => document.querySelector('#state').textContent.length > 0")
    card_elements = page.evaluate("() => document.querySelectorAll('#product *').length")  # the card's own
    frames = [json.dumps({"type": "comment", "name": f"\u202e{i}<i>n</i>", "text": f"{i} {attack}"})
              for i, attack in enumerate(INJECTIONS)]
    net.call(_ws_exchange(f"{server.base_url}/ws/inject", frames))
    page.fill("#name", "<img src=x onerror=window.pwned=5>")  # typed into the page itself
    page.fill("#text", "<script>window.pwned=6</script>")
    page.click("button.send")
    net.loop.call_soon_threadsafe(room.set_product, {
        "type": "product", "id": "p1", "title": INJECTIONS[0], "price": INJECTIONS[1], "stock": 3})
    page.wait_for_function(f"() => document.querySelectorAll('#comments li').length >= {len(INJECTIONS) + 1}")
    page.wait_for_function("() => !document.getElementById('product').hidden")
    elements = page.evaluate("""() => document.querySelectorAll(
        '#comments *:not(li):not(span.name), #error *').length""")
    assert elements == 0
    assert page.evaluate("() => document.querySelectorAll('#product *').length") == card_elements
    assert page.evaluate("() => [...document.querySelectorAll('#product *')].every("
                         "e => ![...e.attributes].some(a => a.name.startsWith('on')))")
    assert page.evaluate("() => window.pwned === undefined")
    texts = page.evaluate("() => [...document.querySelectorAll('#comments li')].map(li => li.textContent)")
    for i, attack in enumerate(INJECTIONS):
        assert f"{i}<i>n</i>{i} {attack}" in texts, texts  # shown literally, override gone
    assert any("<script>window.pwned=6</script>" in t for t in texts)
    assert page.locator("#product .title").inner_text() == INJECTIONS[0]
    page.close()
