"""Comment rate limits on the embedded server: per viewer and per address, across sockets.

A limit per socket is no limit: one address can open 40 sockets. So the server keeps one
token bucket per IP address (shared by every socket from it, and by every room) and one
per viewer (address + name). A comment needs a token from both. Buckets refill
continuously, so a viewer typing at a human pace never notices; a burst allows a quick
"SOLD!" after a pause. The limits hold what is *accepted*: a refused comment costs nothing
downstream, and its sender is told to slow down.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CommentLimits:
    viewer_burst: int = 5  # comments a viewer may post at once after a pause …
    viewer_per_s: float = 0.5  # … then one every 2 s
    address_burst: int = 20  # comments one address may post at once (a household, an office) …
    address_per_s: float = 2.0  # … then two a second in total, however many sockets it opens


@dataclass(frozen=True, slots=True)
class ServerLimits:
    """What one address, and everyone together, may take from the embedded server. Each
    refusal is a status code (429 for one address, 503 for the whole server) and a sentence."""

    max_viewers: int = 200  # viewers of all rooms together
    viewers_per_address: int = 5  # a household or an office; a script opening 60 is refused
    posts_per_minute: int = 30  # WHEP/WHIP/co-host POSTs per address (negotiations cost CPU)
    sockets_per_address: int = 20  # comment/status WebSockets per address
    ws_message_bytes: int = 4096  # a comment is short; a bigger frame closes the socket


class PostLimiter:
    """POSTs per address in the last minute (IPv6 counted per /64, as comments are)."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._seen: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def allow(self, address: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        key = network_of(address)
        with self._lock:
            recent = [t for t in self._seen.get(key, []) if now - t < 60.0]
            if len(recent) >= self.per_minute:
                self._seen[key] = recent
                return False
            recent.append(now)
            self._seen[key] = recent
            if len(self._seen) > 10_000:  # forget addresses that went quiet
                self._seen = {k: v for k, v in self._seen.items() if v and now - v[-1] < 60.0}
            return True


class _Bucket:
    __slots__ = ("tokens", "stamp")

    def __init__(self, tokens: float, stamp: float) -> None:
        self.tokens = tokens
        self.stamp = stamp


class CommentLimiter:
    """Token buckets per address and per viewer. Thread-safe; forgets idle buckets."""

    def __init__(self, limits: CommentLimits = CommentLimits()) -> None:
        self.limits = limits
        self._addresses: dict[str, _Bucket] = {}
        self._viewers: dict[tuple[str, str], _Bucket] = {}
        self._lock = threading.Lock()
        self._accepted: dict[str, int] = {}
        self._refused: dict[str, int] = {}
        self._last_sweep = time.monotonic()

    def allow(self, address: str, viewer: str, now: float | None = None) -> bool:
        """True if a comment from `viewer` at `address` may go through now (and count it)."""
        now = time.monotonic() if now is None else now
        lim = self.limits
        address = network_of(address)
        with self._lock:
            if now - self._last_sweep > 60:
                self._sweep(now)
            a = self._fill(self._addresses, address, lim.address_burst, lim.address_per_s, now)
            v = self._fill(self._viewers, (address, viewer.casefold()), lim.viewer_burst, lim.viewer_per_s,
                           now)
            if a.tokens < 1 or v.tokens < 1:
                self._refused[address] = self._refused.get(address, 0) + 1
                return False
            a.tokens -= 1
            v.tokens -= 1
            self._accepted[address] = self._accepted.get(address, 0) + 1
            return True

    def accepted(self, address: str) -> int:
        with self._lock:
            return self._accepted.get(network_of(address), 0)

    def refused(self, address: str) -> int:
        with self._lock:
            return self._refused.get(network_of(address), 0)

    @staticmethod
    def _fill(table: dict, key: object, burst: int, rate: float, now: float) -> _Bucket:  # type: ignore[type-arg]
        bucket = table.get(key)
        if bucket is None:
            bucket = table[key] = _Bucket(float(burst), now)
        else:
            bucket.tokens = min(float(burst), bucket.tokens + (now - bucket.stamp) * rate)
            bucket.stamp = now
        return bucket

    def _sweep(self, now: float) -> None:
        self._last_sweep = now
        for table, burst, rate in ((self._addresses, self.limits.address_burst, self.limits.address_per_s),
                                   (self._viewers, self.limits.viewer_burst, self.limits.viewer_per_s)):
            full_after = burst / rate if rate > 0 else float("inf")
            for key in [k for k, b in table.items() if now - b.stamp > full_after]:
                del table[key]


def network_of(address: str) -> str:
    """The unit a limit applies to: the IPv4 address, or the /64 of an IPv6 address (one
    machine usually holds a whole /64, so per-address IPv6 limits are trivially dodged)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)
