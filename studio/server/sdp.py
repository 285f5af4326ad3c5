"""Small SDP helpers for the server side."""

from __future__ import annotations

import logging

from aiortc.sdp import SessionDescription

log = logging.getLogger(__name__)


def strip_mdns_candidates(sdp: str) -> str:
    """Drop `.local` (mDNS) host candidates from a browser's offer.

    aiortc resolves them one by one (≈1 s with Chromium); the browser still reaches our own
    candidates, and we learn its address as a peer-reflexive candidate from its checks."""
    lines = sdp.splitlines()
    kept = [ln for ln in lines if not (ln.startswith("a=candidate:") and ".local " in ln)]
    return "\r\n".join(kept) + "\r\n"


SECURE_PROFILES = ("UDP/TLS/RTP/SAVPF", "UDP/TLS/RTP/SAVP", "TCP/TLS/RTP/SAVPF")


def looks_like_offer(sdp: str) -> str | None:
    """None if `sdp` could be an offer, else a sentence saying what is wrong."""
    if not sdp.strip():
        return "The request had no SDP offer in its body."
    if not sdp.lstrip().startswith("v=0"):
        return "The body is not an SDP offer (it must start with v=0)."
    if "m=" not in sdp:
        return "The SDP offer has no media sections."
    try:
        parsed = SessionDescription.parse(sdp)
    except Exception as exc:  # aiortc's parser signals bad input with assert/ValueError/…
        log.debug("unreadable SDP offer: %r", exc)
        return "The SDP offer is malformed: one of its lines could not be read."
    if not any(m.kind in ("audio", "video") for m in parsed.media):
        return "The SDP offer has no audio or video."
    return None


def negotiation_problem(sdp: str) -> str | None:
    """None if an offer that `looks_like_offer` can be negotiated, else a sentence. Checked
    just before a peer connection is made (after "is the show live", "is the invite valid")."""
    try:
        parsed = SessionDescription.parse(sdp)
    except Exception:
        return "The SDP offer is malformed: one of its lines could not be read."
    for media in parsed.media:
        if media.kind not in ("audio", "video") or media.port == 0:
            continue
        # aiortc would accept these and then fail an assertion in a background task, leaving
        # a peer connection "connecting" for ever.
        if media.dtls is None or not media.dtls.fingerprints:
            return "The SDP offer has no DTLS fingerprint and setup role: media must be encrypted."
        if not media.ice.usernameFragment or not media.ice.password:
            return "The SDP offer has no ICE credentials (a=ice-ufrag and a=ice-pwd)."
    return None


def insecure_media(sdp: str) -> str | None:
    """None if every audio/video section of an offer is DTLS-SRTP, else a sentence: media is
    always encrypted, plain RTP is never answered."""
    try:
        parsed = SessionDescription.parse(sdp)
    except Exception:
        return "The SDP offer is malformed."
    for m in parsed.media:
        if m.kind in ("audio", "video") and (m.profile not in SECURE_PROFILES or m.dtls is None
                                             or not m.dtls.fingerprints):
            return "Media must be encrypted (DTLS-SRTP): the offer has plain RTP or no DTLS fingerprint."
    return None


def offered_kinds(sdp: str) -> list[str]:
    """The audio/video m-line kinds of an offer, in order, each once."""
    kinds: list[str] = []
    for line in sdp.splitlines():
        if line.startswith("m="):
            kind = line[2:].split(" ", 1)[0]
            if kind in ("audio", "video") and kind not in kinds:
                kinds.append(kind)
    return kinds


def red_first(sdp: str) -> str:
    """An offer with `audio/red` (RFC 2198 around Opus) moved to the front of each audio
    section. The WHIP ingest answers in the offer's order and a sender sends red only when
    the answer leads with it, so a browser publisher (which offers red after Opus) then
    sends RED too and the ingest recovers its lost frames (studio/transport/red.py). Offers
    without red, or with red protecting something other than Opus, are returned unchanged."""
    lines = sdp.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not lines[i].startswith("m=audio"):
            out.append(lines[i])
            i += 1
            continue
        end = next((j for j in range(i + 1, len(lines)) if lines[j].startswith("m=")), len(lines))
        out += _red_first_in_section(lines[i:end])
        i = end
    return "\r\n".join(out) + "\r\n"


def _red_first_in_section(section: list[str]) -> list[str]:
    rtpmap = {ln.split(":", 1)[1].split()[0]: ln.split()[1].lower() for ln in section
              if ln.startswith("a=rtpmap:") and len(ln.split()) > 1}
    red = next((pt for pt, name in rtpmap.items() if name.startswith("red/48000")), None)
    fmtp = next((ln.split(" ", 1)[1] for ln in section if red and ln.startswith(f"a=fmtp:{red} ")), "")
    protected = fmtp.split("/")[0].strip()
    if red is None or not rtpmap.get(protected, "").startswith("opus/"):
        return section
    head = section[0].split()
    fmts = [pt for pt in head[3:] if pt != red]
    if head[3:4] == [red] or len(fmts) == len(head[3:]):
        return section
    mline = " ".join(head[:3] + [red] + fmts)
    own = [ln for ln in section[1:] if ln.split(" ", 1)[0].endswith(f":{red}")
           and ln.startswith(("a=rtpmap:", "a=fmtp:", "a=rtcp-fb:"))]
    rest = [ln for ln in section[1:] if ln not in own]
    first = next((k for k, ln in enumerate(rest) if ln.startswith("a=rtpmap:")), len(rest))
    return [mline, *rest[:first], *own, *rest[first:]]
