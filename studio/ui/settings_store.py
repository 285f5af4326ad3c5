"""What the window remembers between runs (QSettings, an INI file in the platform's config
folder): every declared setting, enhancement, live target, window geometry and dock layout.

Settings are declared once in `studio.settings` (`SessionSettings`, `AppSettings`): this module
reads and writes each declared field under `<scope>/<name>` and lists none of them again. The
WHIP token is never written here: it goes to the system keychain (`keyring`), or, where there
is none, lives only until the app quits."""

from __future__ import annotations

import logging
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from studio import paths
from studio.processing.enhance import STRENGTH_FIELDS, EnhanceSettings
from studio.processing.voice import VoiceSettings
from studio.session import LiveTarget
from studio.settings import AppSettings, SessionSettings, check, convert, declared

log = logging.getLogger(__name__)

KEYRING_SERVICE = "seller-studio-whip"
S = TypeVar("S", SessionSettings, AppSettings)


class SettingsStore:
    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            path = paths.settings_file()
            _adopt_old_settings(Path(path))
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self._session_tokens: dict[str, str] = {}  # where no keychain exists

    @property
    def path(self) -> str:
        return self.qsettings.fileName()

    # -- declared settings ------------------------------------------------------------------------
    def load(self, cls: type[S]) -> S:
        """Every declared field of `cls` as saved, else its default; unreadable or out-of-range
        values are ignored (and logged), never fatal."""
        values: dict[str, Any] = {}
        for f, meta in declared(cls):
            key = f"{meta.scope}/{f.name}"
            if not self.qsettings.contains(key):
                continue
            try:
                value = convert(f.type, self.qsettings.value(key))
                check(cls, f.name, value)
            except (TypeError, ValueError):
                log.warning("ignoring unreadable setting %s", key)
                continue
            values[f.name] = value
        return replace(cls(), **values)

    def save(self, settings: SessionSettings | AppSettings) -> None:
        for f, meta in declared(type(settings)):
            value = getattr(settings, f.name)
            self.qsettings.setValue(f"{meta.scope}/{f.name}", str(value) if isinstance(value, Path)
                                    else value)

    def session_settings(self) -> SessionSettings:
        return self.load(SessionSettings)

    def app_settings(self) -> AppSettings:
        return self.load(AppSettings)

    def save_session_settings(self, settings: SessionSettings, video_source: str | None = None,
                              audio_source: str | None = None) -> None:
        """Save every session setting; the sources in use now win over the ones the session started with."""
        changes = {k: v for k, v in (("video_source", video_source), ("audio_source", audio_source)) if v}
        self.save(replace(settings, **changes))

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
        if kind not in ("local", "whip", "none"):
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
        return self.app_settings().language

    def set_language(self, code: str) -> None:
        self.save(replace(self.app_settings(), language=code))

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
    try:
        return bool(convert(bool, value))
    except ValueError:
        return False


def _adopt_old_settings(path: Path) -> None:
    """Versions before 0.2 kept settings where QSettings puts them by default; move them over once."""
    if path.exists():
        return
    old = Path(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                         "SellerStudio", "Seller Studio").fileName())
    if old.is_file():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(old, path)
        except OSError:
            log.warning("could not carry the old settings over from %s", old)
