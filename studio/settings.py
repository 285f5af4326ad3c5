"""Every setting, declared once (as Picard's `options.py`): its field, default, scope and label.

The declaration drives everything else:
* the saved settings (`studio.ui.settings_store` reads and writes each declared field under
  `<scope>/<name>`; nothing there lists the fields again),
* the CLI's defaults and help (`setting_argument` in `studio.cli`),
* the Settings dialog (`studio.ui.settings_dialog` builds one editor per declared field).

Scopes: `session` settings are the core's (`SessionSettings`, handed to the `Session`);
`ui` settings are the window's own preferences (`AppSettings`). Window geometry and dock
layout are not settings: the window remembers them as UI state.

Labels and help are English; `QT_TRANSLATE_NOOP` only marks them so that Qt's `lupdate`
puts them in the catalogues (context "Settings"), and the dialog translates them."""

from __future__ import annotations

from dataclasses import MISSING, Field, dataclass, field, fields
from pathlib import Path
from typing import Any

from studio.messages import QT_TRANSLATE_NOOP
from studio.paths import default_recordings_dir, default_shop_dir

SESSION, UI = "session", "ui"


@dataclass(frozen=True, slots=True)
class Setting:
    """What the declaration says about one field, besides its name, type and default."""

    scope: str
    label: str
    group: str
    help: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    """(value, label) pairs for a closed set; the dialog shows a list."""
    minimum: float | None = None
    maximum: float | None = None
    step: float | None = None
    suffix: str = ""
    editable: bool = True
    """False for settings chosen elsewhere (the Sources dock), saved but not in the dialog."""


def setting(default: Any = MISSING, *, label: str, group: str, scope: str = SESSION, help: str = "",
            choices: tuple[tuple[str, str], ...] = (), minimum: float | None = None,
            maximum: float | None = None, step: float | None = None, suffix: str = "",
            editable: bool = True, default_factory: Any = MISSING) -> Any:
    """A dataclass field carrying its declaration."""
    meta = {"setting": Setting(scope, label, group, help, choices, minimum, maximum, step, suffix, editable)}
    if default_factory is not MISSING:
        return field(default_factory=default_factory, metadata=meta)
    return field(default=default, metadata=meta)


# Groups: the Settings dialog's pages, in this order.
PICTURE = QT_TRANSLATE_NOOP("Settings", "Picture")
SOUND = QT_TRANSLATE_NOOP("Settings", "Sound")
RECORDING = QT_TRANSLATE_NOOP("Settings", "Recording")
LIVE = QT_TRANSLATE_NOOP("Settings", "Going live")
INTERFACE = QT_TRANSLATE_NOOP("Settings", "Interface")
GROUPS = (INTERFACE, PICTURE, SOUND, RECORDING, LIVE)

RECORD_PRESETS = tuple((p, p) for p in ("ultrafast", "superfast", "veryfast", "faster", "fast", "medium"))


@dataclass(frozen=True, slots=True)
class SessionSettings:
    """The core's settings: what the session opens, draws, records and serves."""

    video_source: str = setting(
        "camera:0", label=QT_TRANSLATE_NOOP("Settings", "Picture source"), group=PICTURE, editable=False,
        help="demo, camera:0, camera:/dev/video2 or file:PATH; a failure falls back to demo")
    audio_source: str = setting(
        "mic", label=QT_TRANSLATE_NOOP("Settings", "Microphone"), group=SOUND, editable=False,
        help="mic, mic:N, demo (tone) or none; a failure falls back to silence")
    width: int = setting(1280, label=QT_TRANSLATE_NOOP("Settings", "Picture width"), group=PICTURE,
                         minimum=160, maximum=3840, step=2, suffix=" px")
    height: int = setting(720, label=QT_TRANSLATE_NOOP("Settings", "Picture height"), group=PICTURE,
                          minimum=120, maximum=2160, step=2, suffix=" px")
    fps: int = setting(30, label=QT_TRANSLATE_NOOP("Settings", "Frame rate"), group=PICTURE,
                       minimum=5, maximum=60, suffix=" fps",
                       help=QT_TRANSLATE_NOOP("Settings", "frames per second"))
    locale: str = setting(
        "en_US", label=QT_TRANSLATE_NOOP("Settings", "Prices and dates in the picture"), group=PICTURE,
        help=QT_TRANSLATE_NOOP("Settings", "locale for prices and dates drawn into the picture, e.g. en_US, "
                                           "zh_CN, id_ID, pt_BR"))
    mic_gain_db: float = setting(0.0, label=QT_TRANSLATE_NOOP("Settings", "Microphone gain"), group=SOUND,
                                 minimum=-30, maximum=30, step=1, suffix=" dB")
    recordings_dir: Path = setting(
        label=QT_TRANSLATE_NOOP("Settings", "Recordings folder"), group=RECORDING,
        default_factory=default_recordings_dir,
        help=QT_TRANSLATE_NOOP("Settings", "where rehearsals are saved"))
    record_preset: str = setting(
        "veryfast", label=QT_TRANSLATE_NOOP("Settings", "Recording speed preset"), group=RECORDING,
        choices=RECORD_PRESETS,
        help=QT_TRANSLATE_NOOP("Settings", "x264 preset for rehearsal recordings: faster presets use less "
                                           "processor, bigger files"))
    record_crf: int = setting(
        21, label=QT_TRANSLATE_NOOP("Settings", "Recording quality (CRF)"), group=RECORDING,
        minimum=14, maximum=35,
        help=QT_TRANSLATE_NOOP("Settings", "x264 constant rate factor: lower is better quality and "
                                           "bigger files"))
    adaptive_bitrate: bool = setting(
        True, label=QT_TRANSLATE_NOOP("Settings", "Adapt the upload to the connection"), group=LIVE,
        help=QT_TRANSLATE_NOOP("Settings", "let the live encode follow the uplink (bitrate, then 1080p, "
                                           "720p, 540p, 360p)"))
    server_port: int = setting(
        8080, label=QT_TRANSLATE_NOOP("Settings", "Port of the studio's own server"), group=LIVE,
        minimum=0, maximum=65535,
        help=QT_TRANSLATE_NOOP("Settings", "port of the embedded server (viewer page, WHIP/WHEP); 0 lets the "
                                           "system choose"))
    shop_dir: Path = setting(
        label=QT_TRANSLATE_NOOP("Settings", "Comment files folder"), group=LIVE,
        default_factory=default_shop_dir,
        help=QT_TRANSLATE_NOOP("Settings", "your own intents.toml, answers.toml, rules.toml and "
                                           "blocked-words.txt; read when the folder exists"))


LANGUAGES = (  # code, name in its own language; "" follows the system
    ("", QT_TRANSLATE_NOOP("Settings", "System language")), ("en", "English"), ("zh_CN", "简体中文"),
    ("zh_TW", "繁體中文"), ("ja", "日本語"), ("ko", "한국어"), ("id", "Bahasa Indonesia"),
    ("ms", "Bahasa Melayu"), ("th", "ไทย"), ("vi", "Tiếng Việt"), ("es", "Español"),
    ("pt_BR", "Português (Brasil)"), ("ar", "العربية"),
)


@dataclass(frozen=True, slots=True)
class AppSettings:
    """The window's own preferences."""

    language: str = setting(
        "", scope=UI, label=QT_TRANSLATE_NOOP("Settings", "Language"), group=INTERFACE, choices=LANGUAGES,
        help=QT_TRANSLATE_NOOP("Settings", "the window's language; empty follows the system"))
    tour_done: bool = setting(False, scope=UI, label=QT_TRANSLATE_NOOP("Settings", "First-run tour seen"),
                              group=INTERFACE, editable=False)
    safe_areas: bool = setting(
        False, scope=UI, label=QT_TRANSLATE_NOOP("Settings", "Show safe areas"), group=INTERFACE,
        help=QT_TRANSLATE_NOOP("Settings", "title-safe margins and the 9:16 crop over the preview"))


def declared(cls: type) -> list[tuple[Field[Any], Setting]]:
    """The declared fields of a settings class, in declaration order."""
    return [(f, f.metadata["setting"]) for f in fields(cls) if "setting" in f.metadata]


def default_of(cls: type, name: str) -> Any:
    """The declared default of one field (for CLI defaults)."""
    return getattr(cls(), name)


def convert(kind: Any, raw: object) -> Any:
    """A saved or typed value as the declared type (ValueError / TypeError when it is not)."""
    if kind in (bool, "bool"):
        if isinstance(raw, str):
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off", ""):
                return False
            raise ValueError(f"{raw!r} is not yes or no")
        return bool(raw)
    for name, cls in (("int", int), ("float", float), ("str", str), ("Path", Path)):
        if kind in (cls, name):
            if cls is int and isinstance(raw, str):
                return int(float(raw)) if "." in raw else int(raw)
            return cls(raw)  # type: ignore[arg-type]
    raise TypeError(f"no conversion for {kind!r}")


def check(cls: type, name: str, value: Any) -> None:
    """ValueError when `value` is outside what the declaration allows."""
    meta = next(s for f, s in declared(cls) if f.name == name)
    if meta.choices and value not in {v for v, _ in meta.choices}:
        raise ValueError(f"{name}: {value!r} is not one of the choices")
    if meta.minimum is not None and value < meta.minimum:
        raise ValueError(f"{name}: {value!r} is below {meta.minimum}")
    if meta.maximum is not None and value > meta.maximum:
        raise ValueError(f"{name}: {value!r} is above {meta.maximum}")
