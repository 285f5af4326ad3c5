"""The pipeline part: sources, the processing chain, the renderer, the mixer, and the program
feeds that every output consumes (attached once, kept through format changes)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from studio.events import EventedModel
from studio.media.base import AudioSource, SilenceSource, SourceError, VideoSource
from studio.media.devices import audio_fallback, make_audio_source, open_video_source
from studio.media.frames import AudioBlock
from studio.media.speakers import HostListening
from studio.messages import QT_TRANSLATE_NOOP, Message
from studio.outputs.feeds import SECOND, ProgramFeeds, shape_of
from studio.processing.audio_mix import AudioMixer
from studio.processing.compositor import LayoutCompositor, capture_size
from studio.processing.enhance import Enhancer, EnhanceSettings
from studio.processing.framing import FramingFit, FramingSettings
from studio.processing.overlays import OverlayStack
from studio.processing.program import ProgramRenderer
from studio.processing.slate import Slate
from studio.processing.voice import VoiceChain, VoiceSettings
from studio.session.notices import Notices
from studio.settings import SessionSettings

log = logging.getLogger(__name__)
RETRY_S = 0.5  # while the camera is gone: how often to look whether it is back


@dataclass
class PipelineState(EventedModel):
    video_source: str = ""
    video_label: str = ""
    audio_label: str = ""
    enhance: EnhanceSettings = field(default_factory=EnhanceSettings)
    video_format: tuple[int, int, int] = (1280, 720, 30)
    framing: FramingSettings = field(default_factory=FramingSettings)
    safe_zones: str = "phone"  # whose app controls portrait overlays keep clear of
    second_canvas: tuple[int, int] | None = None  # the other shape, rendered too (dual output)
    video_lost: bool = False  # the camera is gone: the program shows the "be right back" slate
    audio_lost: bool = False  # the microphone is gone: the program sends silence


class Pipeline:
    def __init__(self, settings: SessionSettings, notices: Notices) -> None:
        s = self.settings = settings
        self.notices = notices
        self.state = PipelineState(video_format=(s.width, s.height, s.fps))
        self.enhancer = Enhancer()
        self.overlays = OverlayStack(s.width, s.height, locale=s.locale)
        self.fit = FramingFit(s.width, s.height)  # crops the camera to the canvas, following the face
        self.layout = LayoutCompositor(s.width, s.height)
        self.slate = Slate()  # "be right back" while the camera is gone; the overlays stay over it
        self.program = ProgramRenderer(s.fps, s.width, s.height)
        self.program.set_chain([self.fit, self.enhancer, self.slate, self.layout, self.overlays])
        self.mixer = AudioMixer()
        self.mixer.set_gain_db(s.mic_gain_db)
        self.voice = VoiceChain(self.mixer.push)  # mic → voice chain → mixer
        # The host hears co-hosts (and the before/after monitor) on the speakers; what is played
        # is the echo canceller's far-end reference. Speakers open only when something is audible.
        self.listening = HostListening(self.mixer, self.voice)
        self.listening.failed.connect(lambda sentence: self.notices.say("warning", sentence))
        self.feeds = ProgramFeeds(s.width, s.height, s.fps)
        self.program.add_output(self.feeds.push_video)
        self.mixer.add_output(self.feeds.push_audio)
        self.second: SecondCanvas | None = None
        self.video: VideoSource | None = None
        self.audio: AudioSource | None = None
        self._lock = threading.RLock()
        self._started = False
        self._closing = threading.Event()
        self._recovering: VideoSource | None = None  # the lost camera being looked for

    def start(self) -> None:
        with self._lock:
            if self._started:
                return
            self._started = True
            self._closing.clear()
            self.set_video_source(self.settings.video_source)
            self.set_audio_source(self.settings.audio_source)
            self.program.start()

    def stop(self) -> None:
        self._closing.set()
        with self._lock:
            self.program.stop()
            self.feeds.close()
            if self.video:
                self.video.stop()
                self.video = None
            self.listening.close()
            if self.audio:
                self.audio.stop()
                self.audio = None
            self.voice.close()
            self._started = False

    # -- sources -----------------------------------------------------------------------------------
    def set_video_source(self, spec: str) -> str | None:
        """Switch the picture source. Returns the fallback sentence if `spec` failed."""
        s = self.settings
        w, h = capture_size(s.width, s.height)
        opened = open_video_source(spec, w, h, s.fps)  # raises ValueError on bad spec
        source = opened.source
        assert isinstance(source, VideoSource)
        self.use_video_source(source, spec if not opened.notice else "demo")
        if opened.notice:
            self.notices.say("warning", opened.notice)
        return opened.notice

    def use_video_source(self, source: VideoSource, spec: str = "custom") -> None:
        """Switch to a source object made by the caller (tests, benchmarks, plug-ins)."""
        if source.info is None:
            source.open()
        source.failed.connect(lambda reason, s=source: self._on_video_failed(s, reason))
        source.start()
        with self._lock:
            old, self.video = self.video, source
            self.program.set_source(source.slot)
            self.slate.hide()
        if old is not None:
            old.stop()
        assert source.info is not None
        self.state.update(video_source=spec, video_label=source.info.label, video_lost=False)

    def _on_video_failed(self, source: VideoSource, reason: str) -> None:
        """The camera stopped (unplugged, a clip that ended): the program goes on with the slate
        (overlays and co-hosts stay), the host is told, and the same source is opened again as
        soon as it is back."""
        with self._lock:
            if source is not self.video or self._closing.is_set() or self._recovering is source:
                return  # (a failure while being reopened: the recovery goes on looking)
            self._recovering = source
            sizes = [(self.settings.width, self.settings.height)]
            if self.second is not None:
                sizes.append(self.second.size)
        for size in sizes:
            self.slate.picture(*size)  # drawn here, not on the renderer's clock
        with self._lock:
            if source is not self.video:
                self._recovering = None
                return
            self.slate.show()
        self.state.update(video_lost=True)
        self.notices.say("warning", Message(QT_TRANSLATE_NOOP(
            "Notice", "{reason} Viewers see “Be right back” until the picture is back, or pick another "
                      "under Sources."), reason=reason))
        threading.Thread(target=self._recover_video, args=(source,), name="VideoRecovery",
                         daemon=True).start()

    def _recover_video(self, source: VideoSource) -> None:
        try:
            self._reopen_when_back(source)
        finally:
            with self._lock:
                if self._recovering is source:
                    self._recovering = None

    def _reopen_when_back(self, source: VideoSource) -> None:
        while not self._closing.wait(RETRY_S):
            if source is not self.video:
                return  # the host picked another picture meanwhile
            if not source.available():
                continue
            captured = source.frames_captured
            try:
                info = source.reopen()
            except SourceError as exc:
                log.info("the picture is not back yet: %s", exc)
                continue
            except Exception:  # a driver's own error: keep the slate, keep looking
                log.exception("reopening %s failed", type(source).__name__)
                continue
            deadline = time.monotonic() + 3.0
            while source.frames_captured == captured and time.monotonic() < deadline:
                time.sleep(0.02)
            if source.frames_captured == captured or not source.running:
                source.stop()
                continue  # opened but no picture: keep the slate and try again
            with self._lock:
                if source is not self.video:
                    source.stop()
                    return
                self.slate.hide()
            self.state.update(video_lost=False, video_label=info.label)
            self.notices.say("info", Message(QT_TRANSLATE_NOOP("Notice", "{name} is back on the picture."),
                                             name=info.label))
            return

    def set_audio_source(self, spec: str) -> str | None:
        self.voice.reset()  # a new microphone, a new room
        source = make_audio_source(spec)
        notice = None
        self._follow_audio(source)
        try:
            source.start(self._deliver_from(source))
        except SourceError as exc:
            notice = audio_fallback(exc)  # a translatable sentence, no library text
            source = SilenceSource()
            source.start(self._deliver_from(source))
        with self._lock:
            old, self.audio = self.audio, source
        if old is not None:
            old.stop()
        self.state.update(audio_label=source.label, audio_lost=False)
        if notice:
            self.notices.say("warning", notice)
        return notice

    def _deliver_from(self, source: AudioSource) -> Callable[[AudioBlock], None]:
        """The new microphone starts before the old one stops (no gap): until the switch, the
        new one's blocks are dropped, and after it the old one's, so the chain hears one room."""
        def deliver(block: AudioBlock) -> None:
            if source is self.audio:
                self.voice.push(block)
        return deliver

    def _follow_audio(self, source: AudioSource) -> None:
        """A microphone that stops sends silence by itself (the mix and A/V sync go on) and
        comes back by itself; the host hears of both."""
        def failed(sentence: str) -> None:
            if source is self.audio:
                self.state.update(audio_lost=True)
                self.notices.say("warning", sentence)

        def resumed(sentence: str) -> None:
            if source is self.audio:
                self.state.update(audio_lost=False)
                self.notices.say("info", sentence)

        source.failed.connect(failed)
        source.resumed.connect(resumed)

    # -- format and processing ---------------------------------------------------------------------------
    def set_video_format(self, width: int, height: int, fps: int) -> None:
        """Change the program size and rate, live or not: the renderer, the stages, the camera
        and every encode follow; outputs stay attached (one keyframe at the new size)."""
        if width % 2 or height % 2 or not (160 <= width <= 3840 and 120 <= height <= 2160):
            raise ValueError(f"{width}x{height} is not a usable picture size.")
        if not 5 <= fps <= 60:
            raise ValueError(f"{fps} fps is outside 5–60.")
        with self._lock:
            self.settings = replace(self.settings, width=width, height=height, fps=fps)
            self.fit.resize(width, height)
            self.layout.resize(width, height)
            self.overlays.resize(width, height)
            self.program.set_format(fps, width, height)
            self.feeds.set_format(width, height, fps)
            if self.second is not None:  # the other shape follows: the transposed size
                self.second.resize(height, width)
                self.feeds.set_format(height, width, fps, SECOND)
            if self._started:
                self.set_video_source(self.state.video_source or self.settings.video_source)
        self.state.update(video_format=(width, height, fps),
                          second_canvas=(height, width) if self.second is not None else None)

    # -- dual output ---------------------------------------------------------------------------------------
    def set_dual(self, enabled: bool) -> None:
        """Render the other shape too (16:9 and 9:16 at once, from the same sources): a second
        canvas of the transposed size with its own framing, enhancement, co-host layout and
        overlay layout, the same content. Outputs pick it by shape (docs/canvases.md)."""
        with self._lock:
            if enabled == (self.second is not None):
                return
            if not enabled:
                if self.feeds.canvas_in_use(SECOND):
                    raise ValueError(f"An output is using the {_shape_name(self.second.size)} picture; "
                                     "stop it first.")  # type: ignore[union-attr]
                self.program.remove_canvas(SECOND)
                self.feeds.remove_canvas(SECOND)
                self.overlays.remove_mirror(self.second.overlays)  # type: ignore[union-attr]
                self.second = None
            else:
                s = self.settings
                second = SecondCanvas(s.height, s.width, self)
                self.feeds.add_canvas(SECOND, s.height, s.width)
                self.overlays.add_mirror(second.overlays)
                self.program.add_canvas(SECOND, second.chain, self.feeds.push_second)
                self.second = second
        self.state.update(second_canvas=self.second.size if self.second is not None else None)

    def set_framing(self, settings: FramingSettings) -> None:
        """Face following on/off, manual zoom and pan (see studio/processing/framing.py)."""
        self.fit.update(settings)
        if self.second is not None:
            self.second.fit.update(settings)
        self.state.update(framing=self.fit.settings)

    def set_safe_zones(self, preset_id: str) -> None:
        """The phone app whose controls portrait overlays avoid (`processing/safezones.py`)."""
        self.overlays.set_safe_zones(preset_id)
        self.state.update(safe_zones=preset_id)

    def apply_settings(self, settings: SessionSettings) -> None:
        """Take changed settings while running: the picture format, gain and price locale apply
        now; folders, recording quality and adaptive bitrate from their next use. The sources
        stay as chosen in the Sources dock."""
        old = self.settings
        self.overlays.set_locale(settings.locale)  # ValueError before anything changed
        if (settings.width, settings.height, settings.fps) != (old.width, old.height, old.fps):
            self.set_video_format(settings.width, settings.height, settings.fps)
        if settings.mic_gain_db != self.mixer.gain_db:
            self.set_mic_gain_db(settings.mic_gain_db)
        self.settings = replace(settings, video_source=old.video_source, audio_source=old.audio_source)

    def set_compare(self, enabled: bool) -> None:
        """Keep the unprocessed picture too (`program.source_preview`) for a before/after view."""
        self.program.keep_source_preview = enabled

    def set_mic_gain_db(self, gain_db: float) -> None:
        self.mixer.set_gain_db(gain_db)

    def set_voice(self, settings: VoiceSettings) -> None:
        """Noise suppression, echo cancellation, automatic gain and gate on the microphone."""
        self.voice.update(settings)

    def set_enhance(self, settings: EnhanceSettings) -> None:
        self.enhancer.update(settings)
        if self.second is not None:
            self.second.enhancer.update(settings)
        self.state.update(enhance=settings)


def _shape_name(size: tuple[int, int]) -> str:
    return "9:16" if shape_of(*size) == "portrait" else "16:9"


class SecondCanvas:
    """The stages of the second canvas: its own fit (framing), enhancer, layout (following the
    main one's co-hosts) and overlay stack (mirroring the main one's content)."""

    def __init__(self, width: int, height: int, pipeline: Pipeline) -> None:
        self.size = (width, height)
        self.fit = FramingFit(width, height)
        self.fit.update(pipeline.fit.settings)
        self.enhancer = Enhancer()
        self.enhancer.update(pipeline.enhancer.settings)
        self.layout = LayoutCompositor(width, height, follows=pipeline.layout)
        self.overlays = OverlayStack(width, height, locale=pipeline.settings.locale)
        self.chain = (self.fit, self.enhancer, pipeline.slate, self.layout, self.overlays)

    def resize(self, width: int, height: int) -> None:
        self.size = (width, height)
        self.fit.resize(width, height)
        self.layout.resize(width, height)
        self.overlays.resize(width, height)
