"""The calls part: one-to-one video calls with buyers, beside the show and never in it.

The server's `CallDesk` holds the links and the calls (studio/server/calls.py); this part gives
an accepted call its own media and follows the desk:
- the call's picture: the main camera (or a second source, for close-ups of the goods) through
  its own fit and its own overlay stack (a product card on the call only), rendered and encoded
  by the call's own renderer and encoder — never the show's program;
- the call's sound: the host's microphone only while the host opens it (the show's co-hosts only
  if the host opens them too); the buyer's voice reaches the host's speakers (and the echo
  canceller's reference) as a private mixer input, never the program or a co-host;
- link-quality meters for both directions;
- recording, both sides side by side in one Matroska file, only once the buyer agreed, with a
  note (time, buyer's name, order number) beside it and in the file's tags."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import cv2
import numpy as np

from studio.encode.live import LiveEncoder, LiveEncoderSettings
from studio.encode.recorder import Recorder, RecordingResult
from studio.encode.settings import VideoEncoderSettings
from studio.events import EventedModel, Signal
from studio.media.base import VideoSource
from studio.media.devices import open_video_source
from studio.media.frames import AudioBlock, Frame
from studio.processing.audio_mix import MixTap
from studio.processing.compositor import fit_contain
from studio.processing.overlays import OverlayStack
from studio.processing.program import ProgramRenderer
from studio.session.links import Links
from studio.session.net import Net
from studio.session.notices import Notices
from studio.session.pipeline import Pipeline
from studio.transport.linkstats import StatsCollector

if TYPE_CHECKING:
    from studio.commerce.product import Product
    from studio.server.calls import Call, CallDesk, CallInfo, CallLinkInfo
    from studio.server.room import Room

log = logging.getLogger(__name__)

T = TypeVar("T")
CALL_WIDTH, CALL_HEIGHT, CALL_FPS = 960, 540, 30
CALL_BITRATE = 1_500_000


@dataclass
class CallsState(EventedModel):
    call_links: tuple[CallLinkInfo, ...] = ()
    calls: tuple[CallInfo, ...] = ()  # every call of this session, newest last
    active_call: str | None = None  # the call in progress
    call_mic_open: bool = True  # the buyer hears the host's microphone
    call_cohosts_open: bool = False  # … and the show's co-hosts
    call_camera_off: bool = False
    call_picture: str = "main"  # main (the show's camera) or second (call_second_source)
    call_second_source: str = ""
    call_product: str | None = None  # the product card on the call's picture
    call_recording: Path | None = None  # the file being written


class CallFit:
    """The camera picture scaled to the call's size (whole picture, centred)."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height

    def process(self, image: np.ndarray, pts_ns: int) -> np.ndarray:
        return fit_contain(image, self.width, self.height)


class CallMedia:
    """One accepted call's own picture, sound, encode and (when agreed) recording."""

    def __init__(self, pipeline: Pipeline, call: Call) -> None:
        self.pipeline, self.call = pipeline, call
        self.mic_open, self.cohosts_open = True, False
        self.overlays = OverlayStack(CALL_WIDTH, CALL_HEIGHT, locale=pipeline.settings.locale)
        self.renderer = ProgramRenderer(CALL_FPS, CALL_WIDTH, CALL_HEIGHT)
        self.renderer.set_chain([CallFit(CALL_WIDTH, CALL_HEIGHT), self.overlays])
        self.encoder = LiveEncoder(LiveEncoderSettings(
            width=CALL_WIDTH, height=CALL_HEIGHT, fps=CALL_FPS, bitrate=CALL_BITRATE,
            max_bitrate=3_000_000, preset="superfast", keyframe_interval_s=2.0, threads=1))
        self.recorder: Recorder | None = None
        self._rec_lock = threading.Lock()
        self._buyer_key: int | None = None
        self._buyer_image: np.ndarray | None = None
        self.renderer.add_output(self._on_frame)

    def start(self, source: VideoSource | None) -> None:
        self.renderer.set_source(source.slot if source is not None else None)
        self.encoder.start()
        self.renderer.start()
        self.pipeline.mixer.add_private_input(self.call.voice)
        self.pipeline.mixer.add_tap(self._on_mix)

    def stop(self) -> RecordingResult | None:
        self.pipeline.mixer.remove_tap(self._on_mix)
        self.pipeline.mixer.remove_input(self.call.voice.id)
        self.renderer.stop()
        self.encoder.stop()
        return self.stop_recording()

    def set_source(self, source: VideoSource | None) -> None:
        self.renderer.set_source(source.slot if source is not None else None)
        self.encoder.request_keyframe()

    # -- the picture: to the buyer and, side by side with theirs, to the file ----------------------
    def _on_frame(self, frame: Frame) -> None:
        self.encoder.push_video(frame)
        recorder = self.recorder
        if recorder is not None:
            recorder.push_video(Frame(np.hstack((frame.image, self._buyer_picture())), frame.pts_ns,
                                      frame.index))

    def _buyer_picture(self) -> np.ndarray:
        """The buyer's newest picture at the call's size (black without a camera)."""
        av_frame = self.call.video.peek()
        if av_frame is None or self.call.buyer_camera_off:
            return np.zeros((CALL_HEIGHT, CALL_WIDTH, 3), np.uint8)
        if id(av_frame) != self._buyer_key:
            if av_frame.format.name == "yuv420p":
                bgr = cv2.cvtColor(av_frame.to_ndarray(format="yuv420p"), cv2.COLOR_YUV2BGR_I420)
            else:
                bgr = av_frame.to_ndarray(format="bgr24")
            self._buyer_image = fit_contain(bgr, CALL_WIDTH, CALL_HEIGHT)
            self._buyer_key = id(av_frame)
        assert self._buyer_image is not None
        return self._buyer_image

    # -- the sound: the host's microphone when open (+ co-hosts when opened); the buyer's voice ----
    def _on_mix(self, tap: MixTap) -> None:
        n = len(tap.host.samples)
        out = tap.host.samples.astype(np.int32) if self.mic_open else np.zeros(n, np.int32)
        if self.cohosts_open and tap.cohosts is not None:
            out = out + tap.cohosts
        to_buyer = np.clip(out, -32768, 32767).astype(np.int16)
        self.encoder.push_audio(AudioBlock(to_buyer, tap.host.pts_ns))
        recorder = self.recorder
        if recorder is not None:
            buyer = tap.private.get(self.call.voice.id)
            both = out + buyer if buyer is not None else out
            recorder.push_audio(AudioBlock(np.clip(both, -32768, 32767).astype(np.int16), tap.host.pts_ns))

    # -- recording ------------------------------------------------------------------------------
    def start_recording(self, path: Path, note: dict[str, object]) -> None:
        video = VideoEncoderSettings(width=2 * CALL_WIDTH, height=CALL_HEIGHT, fps=CALL_FPS,
                                     preset="veryfast", crf=23, threads=1)
        tags = {"title": f"Call with {note['buyer']}", "comment": json.dumps(note, ensure_ascii=False)}
        recorder = Recorder(path, video, metadata=tags)
        recorder.start()
        with self._rec_lock:
            self.recorder = recorder

    def stop_recording(self) -> RecordingResult | None:
        with self._rec_lock:
            recorder, self.recorder = self.recorder, None
        return recorder.stop() if recorder is not None else None


class Calls:
    def __init__(self, pipeline: Pipeline, net: Net, links: Links, notices: Notices) -> None:
        self.pipeline, self.net, self.links, self.notices = pipeline, net, links, notices
        self.state = CallsState()
        self.ringing: Signal[CallInfo] = Signal()  # a new call rings (the dock may play a sound)
        self.recorded: Signal[Path] = Signal()  # a call recording was finished (its path)
        self.media: CallMedia | None = None
        self._desk: CallDesk | None = None
        self._second: VideoSource | None = None
        self._note: dict[str, object] | None = None
        self._announced: set[str] = set()
        self._lock = threading.RLock()
        net.room_ready.connect(self._on_room_ready)
        pipeline.state.changed.connect(self._on_pipeline_changed)

    # -- the desk ------------------------------------------------------------------------------------
    def _on_room_ready(self, room: Room) -> None:
        server = self.net.server
        if server is None or server.calls is self._desk:
            return
        self._desk = server.calls
        self._desk.call_encoder = self._encoder_for
        self._desk.changed.connect(self._on_call_changed)
        self._desk.links_changed.connect(lambda _none: self._refresh_links())
        from studio.server.calls import publish_control

        try:
            publish_control(server)
        except OSError as exc:
            log.warning("cannot write the control file: %s", exc)

    @property
    def desk(self) -> CallDesk:
        self.net.start_server()
        assert self._desk is not None
        return self._desk

    def _encoder_for(self, call: Call) -> LiveEncoder:
        media = self.media
        if media is None or media.call is not call:
            raise RuntimeError("This call has no media.")
        return media.encoder

    def call(self, call_id: str) -> Call | None:
        return self.desk.calls.get(call_id)

    # -- links -----------------------------------------------------------------------------------------
    def create_link(self, ttl_s: float = 60 * 60, uses: int = 1, name: str = "", order: str = "") -> str:
        """A call link for buyers (192-bit token, expiry, one use or several)."""
        server = self.net.start_server()
        desk = self.desk
        invite = self.net.network.call(_run(lambda: desk.create_link(ttl_s, uses, name, order)), timeout=10)
        return f"{server.base_url}/call/{invite.token}"

    def revoke_link(self, link_or_token: str) -> bool:
        token = link_or_token.rstrip("/").rsplit("/", 1)[-1]
        desk = self.desk
        return bool(self.net.network.call(_run(lambda: desk.revoke_link(token)), timeout=10))

    def _refresh_links(self) -> None:
        if self._desk is not None:
            self.state.update(call_links=tuple(self._desk.links.all()))

    # -- host actions ---------------------------------------------------------------------------------
    def accept(self, call_id: str) -> None:
        """Pick up: the call's own picture and sound start and reach the buyer."""
        desk = self.desk
        call = desk.calls.get(call_id)
        if call is None or call.state != "ringing":
            raise ValueError("That call is no longer ringing.")
        with self._lock:
            if self.media is not None:
                raise ValueError("Finish the current call before taking another.")
            media = CallMedia(self.pipeline, call)
            media.mic_open, media.cohosts_open = self.state.call_mic_open, self.state.call_cohosts_open
            self.media = media
            media.start(None if self.state.call_camera_off else self._picture_source())
            media.overlays.set_product(self._call_product)
        try:
            self.net.network.call(desk.accept(call_id), timeout=10)
        except Exception:
            self._drop_media()
            raise
        self.links.watch(StatsCollector(f"{call.name} → you (call)", lambda: [call.pc], "receive",
                                        frames=lambda: call.frames_received))
        self.links.watch(StatsCollector(f"you → {call.name} (call)", lambda: [call.pc], "send"))
        self.state.update(active_call=call_id)

    def decline(self, call_id: str) -> None:
        self.net.network.call(self.desk.decline(call_id), timeout=10)

    def end_call(self, call_id: str | None = None) -> None:
        call_id = call_id or self.state.active_call
        if call_id:
            self.net.network.call(self.desk.end(call_id), timeout=10)

    def set_mic_open(self, open_: bool) -> None:
        """Whether the buyer hears the host's microphone."""
        if self.media is not None:
            self.media.mic_open = open_
        self.state.update(call_mic_open=open_)

    def set_cohosts_open(self, open_: bool) -> None:
        """Whether the buyer also hears the show's co-hosts (off unless the host opens it)."""
        if self.media is not None:
            self.media.cohosts_open = open_
        self.state.update(call_cohosts_open=open_)

    def set_camera_off(self, off: bool) -> None:
        self.state.update(call_camera_off=off)
        self._point_picture()

    def set_picture(self, which: str, spec: str | None = None) -> None:
        """The call's picture: "main" (the show's camera) or "second" (a second camera or a file,
        `spec` as for sources: "0", "file:/path.mp4", "demo")."""
        if which not in ("main", "second"):
            raise ValueError(f"The call's picture is main or second, not {which!r}.")
        if which == "second":
            wanted = spec or self.state.call_second_source
            if not wanted:
                raise ValueError("Choose a second camera or a video file first.")
            if self._second is None or wanted != self.state.call_second_source:
                opened = open_video_source(wanted, 1280, 720, CALL_FPS)
                if opened.notice:
                    opened.source.stop()
                    raise ValueError(str(opened.notice))
                opened.source.start()
                old, self._second = self._second, opened.source  # type: ignore[assignment]
                if old is not None:
                    old.stop()
                self.state.update(call_second_source=wanted)
        self.state.update(call_picture=which)
        self._point_picture()

    def pin_product(self, product: Product | None) -> None:
        """Show a product card on the call's picture only (None takes it off)."""
        self._call_product = product
        if self.media is not None:
            self.media.overlays.set_product(product)
        self.state.update(call_product=product.id if product is not None else None)

    _call_product: Product | None = None

    def ask_to_record(self) -> None:
        """Ask the buyer to agree to a recording; it starts when they do."""
        call_id = self.state.active_call
        if call_id is None:
            raise ValueError("Recording needs a call in progress.")
        self.net.network.call(self.desk.ask_record(call_id, True), timeout=10)

    def stop_recording(self) -> None:
        call_id = self.state.active_call
        if call_id is not None:
            self.net.network.call(self.desk.ask_record(call_id, False), timeout=10)

    def _picture_source(self) -> VideoSource | None:
        if self.state.call_picture == "second" and self._second is not None:
            return self._second
        return self.pipeline.video

    def _point_picture(self) -> None:
        media = self.media
        if media is not None:
            media.set_source(None if self.state.call_camera_off else self._picture_source())

    def _on_pipeline_changed(self, change: object) -> None:
        if getattr(change, "name", "") == "video_source" and self.state.call_picture == "main":
            self._point_picture()

    # -- following the desk (on the network loop) ---------------------------------------------------
    def _on_call_changed(self, call: Call) -> None:
        desk = self._desk
        if desk is None:
            return
        self.state.update(calls=tuple(desk.snapshot()))
        if call.state == "ringing" and call.id not in self._announced:
            self._announced.add(call.id)
            self.notices.say("info", f"{call.name} is calling.")
            self.ringing.emit(call.info())
        media = self.media
        if media is None or media.call is not call:
            if call.messages and call.ended:
                self.notices.say("info", f"{call.name} left a message: {call.messages[-1]}")
            return
        if call.ended:
            threading.Thread(target=self._finish_call, daemon=True).start()
        elif call.record == "agreed" and media.recorder is None:
            self._start_recording(media)
        elif call.record in ("off", "refused") and media.recorder is not None:
            threading.Thread(target=self._stop_recording, daemon=True).start()

    def _start_recording(self, media: CallMedia) -> None:
        call = media.call
        started = datetime.now()
        folder = Path(self.pipeline.settings.recordings_dir)
        stem = f"call-{started:%Y%m%d-%H%M%S}-{_safe(call.name)}"
        path = folder / f"{stem}.mkv"
        note = {"time": started.isoformat(timespec="seconds"), "buyer": call.name, "order": call.order,
                "consent": "agreed on the buyer's page", "file": path.name}
        try:
            folder.mkdir(parents=True, exist_ok=True)
            media.start_recording(path, note)
            _write_note(path, note)
        except Exception as exc:  # RecorderError, OSError: a sentence for the host
            self.notices.say("error", f"The call could not be recorded: {exc}")
            return
        self._note = note
        self.state.update(call_recording=path)
        asyncio.ensure_future(self.desk.set_recording(call.id, True))

    def _stop_recording(self) -> None:
        media = self.media
        if media is None:
            return
        result = media.stop_recording()
        self._finish_note(result)
        call = media.call
        if not call.ended and self.net.running:
            self.net.network.submit(self.desk.set_recording(call.id, False))

    def _finish_note(self, result: RecordingResult | None) -> None:
        note, self._note = self._note, None
        path = self.state.call_recording
        self.state.update(call_recording=None)
        if result is None or note is None or path is None:
            return
        note = {**note, "ended": datetime.now().isoformat(timespec="seconds"),
                "duration_s": round(result.duration_s, 1)}
        _write_note(path, note)
        self.notices.say("info", f"Call recorded to {path}.")
        self.recorded.emit(path)

    def _finish_call(self) -> None:
        media = self._drop_media()
        if media is None:
            return
        call = media.call
        for name in (f"{call.name} → you (call)", f"you → {call.name} (call)"):
            self.links.unwatch(name)
        self.state.update(active_call=None)

    def _drop_media(self) -> CallMedia | None:
        with self._lock:
            media, self.media = self.media, None
        if media is not None:
            self._finish_note(media.stop())
        return media

    def close(self) -> None:
        if self.media is not None and self.net.running:
            try:
                self.end_call()
            except Exception:
                log.exception("ending the call failed")
        self._drop_media()
        if self._second is not None:
            self._second.stop()
            self._second = None
        server = self.net.server
        if server is not None:
            from studio.server.calls import withdraw_control

            withdraw_control(server)


async def _run(fn: Callable[[], T]) -> T:
    """Run a plain function on the network loop (the desk's state lives there)."""
    return fn()


def _safe(name: str) -> str:
    return re.sub(r"[^\w-]+", "-", name, flags=re.UNICODE).strip("-")[:40] or "buyer"


def _write_note(path: Path, note: dict[str, object]) -> None:
    """The note beside the recording (`<file>.json`): written when recording starts (it
    survives a crash with the file) and completed when it stops."""
    path.with_suffix(".json").write_text(json.dumps(note, ensure_ascii=False, indent=1), encoding="utf-8")
