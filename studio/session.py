"""The session: the one object the UI and the CLI drive.

It owns the pipeline (source → compositor fit → enhance → overlays → outputs), the audio
path (source → mixer → outputs), the catalogue and the recorder. Control goes through its
methods; state comes back through `state` (an evented model) and `notices`."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from studio.commerce.catalog import Catalog, load_catalog
from studio.commerce.product import Product
from studio.encode.recorder import Recorder, RecorderError, RecordingResult
from studio.encode.settings import VideoEncoderSettings
from studio.events import EventedModel, Signal
from studio.media.base import AudioSource, SilenceSource, SourceError, VideoSource
from studio.media.devices import make_audio_source, open_video_source
from studio.media.frames import now_ns
from studio.processing.audio_mix import AudioMixer
from studio.processing.compositor import Compositor
from studio.processing.enhance import Enhancer, EnhanceSettings
from studio.processing.overlays import OverlayStack
from studio.processing.program import ProgramRenderer
from studio.settings import SessionSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Notice:
    """A sentence for the host: `level` is "info", "warning" or "error"."""

    level: str
    text: str


@dataclass
class SessionState(EventedModel):
    video_source: str = ""
    video_label: str = ""
    audio_label: str = ""
    recording_path: Path | None = None
    recording_started_ns: int | None = None
    pinned_product: str | None = None
    enhance: EnhanceSettings = field(default_factory=EnhanceSettings)
    catalog_path: Path | None = None


class Session:
    def __init__(self, settings: SessionSettings | None = None) -> None:
        self.settings = settings or SessionSettings()
        s = self.settings
        self.state = SessionState()
        self.notices: Signal[Notice] = Signal()
        self.enhancer = Enhancer()
        self.overlays = OverlayStack(s.width, s.height, locale=s.locale)
        self.fit = Compositor(s.width, s.height)
        self.program = ProgramRenderer(s.fps, s.width, s.height)
        self.program.set_chain([self.fit, self.enhancer, self.overlays])
        self.mixer = AudioMixer()
        self.mixer.set_gain_db(s.mic_gain_db)
        self.catalog: Catalog | None = None
        self.video: VideoSource | None = None
        self.audio: AudioSource | None = None
        self.recorder: Recorder | None = None
        self._lock = threading.RLock()
        self._started = False

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        with self._lock:
            if self._started:
                return
            self._started = True
            self.set_video_source(self.settings.video_source)
            self.set_audio_source(self.settings.audio_source)
            self.program.start()

    def close(self) -> RecordingResult | None:
        """Stop everything; a running recording is finalised and its result returned."""
        with self._lock:
            result = self.stop_recording() if self.recorder else None
            self.program.stop()
            if self.video:
                self.video.stop()
                self.video = None
            if self.audio:
                self.audio.stop()
                self.audio = None
            self._started = False
            return result

    def __enter__(self) -> Session:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _notify(self, level: str, text: str) -> None:
        log.log(logging.WARNING if level != "info" else logging.INFO, text)
        self.notices.emit(Notice(level, text))

    # -- sources -----------------------------------------------------------------------------
    def set_video_source(self, spec: str) -> str | None:
        """Switch the picture source. Returns the fallback sentence if `spec` failed."""
        s = self.settings
        opened = open_video_source(spec, s.width, s.height, s.fps)  # raises ValueError on bad spec
        source = opened.source
        assert isinstance(source, VideoSource)
        source.failed.connect(self._on_video_failed)
        source.start()
        with self._lock:
            old, self.video = self.video, source
            self.program.set_source(source.slot)
        if old is not None:
            old.stop()
        assert source.info is not None
        self.state.update(video_source=spec if not opened.notice else "demo", video_label=source.info.label)
        if opened.notice:
            self._notify("warning", opened.notice)
        return opened.notice

    def _on_video_failed(self, reason: str) -> None:
        self._notify("error", f"{reason} Switching to the demo scene.")
        threading.Thread(target=self.set_video_source, args=("demo",), daemon=True).start()

    def set_audio_source(self, spec: str) -> str | None:
        source = make_audio_source(spec)
        notice = None
        try:
            source.start(self.mixer.push)
        except SourceError as exc:
            notice = f"{exc} Recording silence instead."
            source = SilenceSource()
            source.start(self.mixer.push)
        with self._lock:
            old, self.audio = self.audio, source
        if old is not None:
            old.stop()
        self.state.update(audio_label=source.label)
        if notice:
            self._notify("warning", notice)
        return notice

    def set_mic_gain_db(self, gain_db: float) -> None:
        self.mixer.set_gain_db(gain_db)

    # -- processing ----------------------------------------------------------------------------
    def set_enhance(self, settings: EnhanceSettings) -> None:
        self.enhancer.update(settings)
        self.state.update(enhance=settings)

    # -- commerce ----------------------------------------------------------------------------------
    def load_catalog(self, path: str | Path) -> Catalog:
        """Load a catalogue (CatalogError on an unreadable file); bad rows become notices."""
        catalog = load_catalog(Path(path))
        self.catalog = catalog
        self.state.update(catalog_path=Path(path))
        for problem in catalog.problems:
            self._notify("warning", str(problem))
        return catalog

    def pin_product(self, product: Product | str | None, corner: str = "bottom-left") -> Product | None:
        if isinstance(product, str):
            if self.catalog is None or self.catalog.by_id(product) is None:
                raise KeyError(f"No product with id {product!r} in the catalogue.")
            product = self.catalog.by_id(product)
        self.overlays.set_product(product, corner)  # type: ignore[arg-type]
        self.state.update(pinned_product=product.id if product else None)
        return product

    def start_countdown(self, seconds: int, label: str | None = None) -> None:
        self.overlays.start_countdown(seconds, now_ns(), label)

    # -- recording ---------------------------------------------------------------------------------
    def start_recording(self, path: str | Path | None = None, make_mp4: bool = False) -> Path:
        with self._lock:
            if self.recorder is not None:
                raise RecorderError("A recording is already running.")
            if path is None:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                path = self.settings.recordings_dir / f"rehearsal-{stamp}.mkv"
            s = self.settings
            video = VideoEncoderSettings(width=s.width, height=s.height, fps=s.fps,
                                         preset=s.record_preset, crf=s.record_crf)
            recorder = Recorder(path, video, make_mp4=make_mp4)
            recorder.start()
            self.recorder = recorder
            self.mixer.add_output(recorder.push_audio)
            self.program.add_output(recorder.push_video)
        self.state.update(recording_path=recorder.path, recording_started_ns=now_ns())
        return recorder.path

    def stop_recording(self) -> RecordingResult | None:
        with self._lock:
            recorder, self.recorder = self.recorder, None
            if recorder is None:
                return None
            self.program.remove_output(recorder.push_video)
            self.mixer.remove_output(recorder.push_audio)
        result = recorder.stop()
        self.state.update(recording_path=None, recording_started_ns=None)
        if result.error:
            self._notify("error", result.error)
        return result

    @property
    def recording(self) -> bool:
        return self.recorder is not None

    def wait_first_frame(self, timeout: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.program.preview.peek() is not None:
                return True
            time.sleep(0.01)
        return False
