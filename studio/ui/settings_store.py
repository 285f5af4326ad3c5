"""What the window remembers between runs (QSettings): devices, picture format, enhancement,
live target, language, window geometry and dock layout.

Domain settings are declared once in `studio.settings.SessionSettings`; this module only
maps them to and from QSettings keys. The WHIP token is never written here: it goes to the
system keychain (`keyring`), or, where there is none, lives only until the app quits."""

from __future__ import annotations

import logging
from dataclasses import fields, replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from studio.processing.enhance import STRENGTH_FIELDS, EnhanceSettings
from studio.processing.voice import VoiceSettings
from studio.session import LiveTarget
from studio.settings import SessionSettings

log = logging.getLogger(__name__)

KEYRING_SERVICE = "seller-studio-whip"
_SESSION_KEYS = {"video_source": str, "audio_source": str, "width": int, "height": int, "fps": int,
                 "locale": str, "mic_gain_db": float, "recordings_dir": Path, "server_port": int}


class SettingsStore:
    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            self.qsettings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                       "SellerStudio", "Seller Studio")
        else:
            self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self._session_tokens: dict[str, str] = {}  # where no keychain exists

    @property
    def path(self) -> str:
        return self.qsettings.fileName()

    # -- session ------------------------------------------------------------------------------
    def session_settings(self) -> SessionSettings:
        s = SessionSettings()
        values = {}
        for f in fields(SessionSettings):
            kind = _SESSION_KEYS.get(f.name)
            key = f"session/{f.name}"
            if kind is None or not self.qsettings.contains(key):
                continue
            try:
                values[f.name] = kind(self.qsettings.value(key))
            except (TypeError, ValueError):
                log.warning("ignoring unreadable setting %s", key)
        return replace(s, **values)

    def save_session_settings(self, settings: SessionSettings, video_source: str | None = None,
                              audio_source: str | None = None) -> None:
        for name in _SESSION_KEYS:
            value = getattr(settings, name)
            self.qsettings.setValue(f"session/{name}", str(value) if isinstance(value, Path) else value)
        if video_source:
            self.qsettings.setValue("session/video_source", video_source)
        if audio_source:
            self.qsettings.setValue("session/audio_source", audio_source)

    def enhance(self) -> EnhanceSettings:
        values: dict[str, float | bool] = {}
        for name in STRENGTH_FIELDS:
            raw = self.qsettings.value(f"enhance/{name}")
            if raw is not None:
                try:
                    values[name] = min(1.0, max(0.0, float(raw)))
                except (TypeError, ValueError):
                    pass
        values["auto"] = _bool(self.qsettings.value("enhance/auto", False))
        return EnhanceSettings(**values)  # type: ignore[arg-type]

    def save_enhance(self, settings: EnhanceSettings) -> None:
        for name, value in settings.strengths().items():
            self.qsettings.setValue(f"enhance/{name}", value)
        self.qsettings.setValue("enhance/auto", settings.auto)

    # -- voice chain ------------------------------------------------------------------------------
    def voice(self) -> VoiceSettings:
        """The voice chain as last set; echo cancellation on by default (it idles until someone
        remote is audible), the rest off until the host picks."""
        default = VoiceSettings()
        try:
            return VoiceSettings(
                noise=str(self.qsettings.value("voice/noise", default.noise)),
                echo=_bool(self.qsettings.value("voice/echo", default.echo)),
                headphones=_bool(self.qsettings.value("voice/headphones", default.headphones)),
                auto_gain=_bool(self.qsettings.value("voice/auto_gain", default.auto_gain)),
                gate=_bool(self.qsettings.value("voice/gate", default.gate)),
                target_lufs=float(self.qsettings.value("voice/target_lufs", default.target_lufs)),
            )
        except (TypeError, ValueError):
            log.warning("ignoring unreadable voice settings")
            return default

    def save_voice(self, settings: VoiceSettings) -> None:
        for name in ("noise", "echo", "headphones", "auto_gain", "gate", "target_lufs"):
            self.qsettings.setValue(f"voice/{name}", getattr(settings, name))

    # -- live target ------------------------------------------------------------------------------
    def target(self) -> LiveTarget:
        kind = str(self.qsettings.value("target/kind", "local"))
        url = str(self.qsettings.value("target/url", ""))
        if kind not in ("local", "whip"):
            kind = "local"
        return LiveTarget(kind=kind, url=url, token=self.token(url) if url else None)

    def save_target(self, target: LiveTarget, remember_token: bool = True) -> str | None:
        """Store the target. Returns a sentence when the token could not go to a keychain."""
        self.qsettings.setValue("target/kind", target.kind)
        self.qsettings.setValue("target/url", target.url)
        if target.kind != "whip" or not target.url:
            return None
        if not target.token:
            self._forget_token(target.url)
            return None
        self._session_tokens[target.url] = target.token
        if not remember_token:
            return None
        try:
            import keyring

            keyring.set_password(KEYRING_SERVICE, target.url, target.token)
        except Exception as exc:  # no keychain (headless Linux), locked, or keyring missing
            log.info("no keychain: %s", exc)
            return ("There is no system keychain here, so the WHIP token is kept only until you "
                    "quit Seller Studio.")
        return None

    def token(self, url: str) -> str | None:
        if url in self._session_tokens:
            return self._session_tokens[url]
        try:
            import keyring

            return keyring.get_password(KEYRING_SERVICE, url)
        except Exception:
            return None

    def _forget_token(self, url: str) -> None:
        self._session_tokens.pop(url, None)
        try:
            import keyring

            keyring.delete_password(KEYRING_SERVICE, url)
        except Exception:
            pass

    # -- UI state -------------------------------------------------------------------------------------
    def language(self) -> str:
        return str(self.qsettings.value("ui/language", ""))

    def set_language(self, code: str) -> None:
        self.qsettings.setValue("ui/language", code)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self.qsettings.value("ui/geometry")
        state = self.qsettings.value("ui/window_state")
        return (geometry if isinstance(geometry, QByteArray) else None,
                state if isinstance(state, QByteArray) else None)

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.qsettings.setValue("ui/geometry", geometry)
        self.qsettings.setValue("ui/window_state", state)

    def flag(self, name: str, default: bool = False) -> bool:
        return _bool(self.qsettings.value(f"ui/{name}", default))

    def set_flag(self, name: str, value: bool) -> None:
        self.qsettings.setValue(f"ui/{name}", value)

    def sync(self) -> None:
        self.qsettings.sync()


def _bool(value: object) -> bool:
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes", "on")
    return bool(value)
