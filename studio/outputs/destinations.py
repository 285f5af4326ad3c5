"""RTMP(S) destinations: platform presets, the destination record, stream keys.

A destination is where an RTMP output sends the show: an ingest URL (from a preset or typed
in) and a stream key. Keys are secrets: they live in the system keychain (`keyring`), or in
memory where there is none, and every log line and error sentence goes through `mask()`.
Presets hold the ingest URL pattern only, never a credential; sources in docs/outputs.md."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from studio.secrets import SECRETS, SecretMask, mask

log = logging.getLogger(__name__)

KEYRING_SERVICE = "seller-studio-rtmp"


@dataclass(frozen=True, slots=True)
class PlatformPreset:
    id: str
    name: str
    url: str
    """The ingest URL, or "" where the platform issues a server URL per show (then the host
    pastes it)."""
    note: str
    """Where the host finds the URL and key (shown in the Destinations dialog)."""


PRESETS: tuple[PlatformPreset, ...] = (
    PlatformPreset("tiktok", "TikTok LIVE / TikTok Shop", "",
                   "TikTok shows a server URL and a stream key for each show (LIVE Center or the "
                   "app's 'Transfer to PC/Mac'). Paste both."),
    PlatformPreset("shopee", "Shopee Live", "",
                   "Shopee Live's seller tools show a push URL and key for each session (streaming "
                   "software / OBS option). Paste both."),
    PlatformPreset("lazada", "Lazada LazLive", "",
                   "LazLive shows a push URL and key for each session when you choose OBS / "
                   "streaming software. Paste both."),
    PlatformPreset("youtube", "YouTube Live", "rtmps://a.rtmps.youtube.com:443/live2",
                   "YouTube Studio → Go live → Stream: copy the stream key."),
    PlatformPreset("facebook", "Facebook Live", "rtmps://live-api-s.facebook.com:443/rtmp/",
                   "Live Producer → Streaming software: copy the stream key (RTMPS only)."),
    PlatformPreset("twitch", "Twitch", "rtmp://live.twitch.tv/app",
                   "Creator Dashboard → Settings → Stream: copy the primary stream key."),
    PlatformPreset("custom", "Custom RTMP(S) server", "",
                   "Any server that takes RTMP or RTMPS: paste its URL and stream key."),
)


def preset(preset_id: str) -> PlatformPreset:
    for p in PRESETS:
        if p.id == preset_id:
            return p
    raise ValueError(f"Unknown platform preset {preset_id!r}.")


class DestinationError(ValueError):
    """A destination that cannot be used; the message is one sentence (never the key)."""


@dataclass(frozen=True, slots=True)
class Destination:
    """One RTMP(S) destination. The key is not part of the record: `KeyStore` holds it."""

    name: str
    url: str
    preset: str = "custom"
    enabled: bool = True
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    canvas: str = "main"
    """Which picture it gets: "main", "landscape" (16:9) or "portrait" (9:16, e.g. TikTok)."""

    def validated(self) -> Destination:
        parts = urlsplit(self.url.strip())
        if parts.scheme not in ("rtmp", "rtmps") or not parts.hostname:
            raise DestinationError(
                f"“{self.name}” needs an ingest URL that starts with rtmp:// or rtmps:// "
                "(copy it from the platform's streaming settings).")
        if self.canvas not in ("main", "landscape", "portrait"):
            raise DestinationError(f"“{self.name}” asks for an unknown picture shape {self.canvas!r}.")
        if not self.name.strip():
            raise DestinationError("Give the destination a name, e.g. “TikTok shop”.")
        return self

    def publish_url(self, key: str) -> str:
        """Server URL + key, as RTMP wants it (`rtmp://host/app/KEY`)."""
        key = key.strip()
        if not key:
            raise DestinationError(f"“{self.name}” has no stream key: paste the key from the platform.")
        if any(c.isspace() for c in key) or "/" in key and "?" not in key:
            raise DestinationError(f"The stream key for “{self.name}” has spaces or slashes in it; "
                                   "copy it again from the platform.")
        return self.url.strip().rstrip("/") + "/" + key


# -- secrets: masking (studio/secrets.py: the server and the transport register theirs too) -----
__all__ = ["SECRETS", "SecretMask", "mask"]


# -- secrets: storage ------------------------------------------------------------------------------
class KeyStore:
    """Stream keys by destination id: the system keychain where there is one, else memory
    (until the app quits; the window says so)."""

    def __init__(self, use_keyring: bool = True) -> None:
        self._memory: dict[str, str] = {}
        self.persistent = use_keyring

    def set(self, destination_id: str, key: str) -> bool:
        """Store a key; True if it reached the keychain."""
        SECRETS.add(key)
        self._memory[destination_id] = key
        if not self.persistent:
            return False
        try:
            import keyring

            keyring.set_password(KEYRING_SERVICE, destination_id, key)
            return True
        except Exception as exc:  # no keychain (headless Linux), locked, or keyring missing
            log.info("stream key kept in memory only (%s)", type(exc).__name__)
            return False

    def get(self, destination_id: str) -> str | None:
        key = self._memory.get(destination_id)
        if key is None and self.persistent:
            try:
                import keyring

                key = keyring.get_password(KEYRING_SERVICE, destination_id)
            except Exception:
                key = None
        SECRETS.add(key)
        return key

    def delete(self, destination_id: str) -> None:
        self._memory.pop(destination_id, None)
        if self.persistent:
            try:
                import keyring

                keyring.delete_password(KEYRING_SERVICE, destination_id)
            except Exception:
                pass
