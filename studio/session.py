"""The session: the one object the UI and the CLI drive.

It owns the pipeline (source → compositor fit → enhance → overlays → outputs), the audio
path (source → mixer → outputs), the catalogue and the recorder. Control goes through its
methods; state comes back through `state` (an evented model) and `notices`."""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from studio.commerce.catalog import Catalog, load_catalog
from studio.commerce.comments import Comment, CommentFeed, make_comment
from studio.commerce.product import Product
from studio.encode.live import LiveEncoder, LiveEncoderSettings
from studio.encode.recorder import Recorder, RecorderError, RecordingResult
from studio.encode.settings import VideoEncoderSettings
from studio.events import EventedModel, Signal
from studio.media.base import AudioSource, SilenceSource, SourceError, VideoSource
from studio.media.devices import make_audio_source, open_video_source
from studio.media.frames import now_ns
from studio.processing.audio_mix import AudioMixer
from studio.processing.compositor import Compositor, LayoutCompositor, Tile
from studio.processing.enhance import Enhancer, EnhanceSettings
from studio.processing.overlays import OverlayStack
from studio.processing.program import ProgramRenderer
from studio.processing.voice import VoiceChain, VoiceSettings  # voice chain (issue 19)
from studio.settings import SessionSettings
from studio.transport.linkstats import LinkSample, QualityBoard, StatsCollector
from studio.transport.network import NetworkThread

if TYPE_CHECKING:  # the network stack (aiohttp, aiortc) loads on first use: the window opens sooner
    from studio.server.app import ServerSettings, StudioServer
    from studio.server.cohost import CoHost, CoHostInfo, GreenRoom
    from studio.server.room import Room
    from studio.transport.cohost_client import CoHostClient
    from studio.transport.nettest import NetTestResult
    from studio.transport.reconnect import LinkEvent, ResilientPublisher
    from studio.transport.uplink import UplinkAdapter, UplinkStatus

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Notice:
    """A sentence for the host: `level` is "info", "warning" or "error"."""

    level: str
    text: str


@dataclass(frozen=True, slots=True)
class LiveTarget:
    """Where Go Live sends the program."""

    kind: str = "local"  # "local" (the embedded server) or "whip"
    url: str = ""  # WHIP endpoint for kind "whip"
    token: str | None = None
    room: str = "live"  # room on the embedded server for kind "local"


@dataclass
class SessionState(EventedModel):
    video_source: str = ""
    video_label: str = ""
    audio_label: str = ""
    recording_path: Path | None = None
    recording_started_ns: int | None = None
    pinned_product: str | None = None
    pinned_comment: str | None = None  # id of the comment shown on screen
    countdown_ends_ns: int | None = None  # the flash sale's end, while one runs
    enhance: EnhanceSettings = field(default_factory=EnhanceSettings)
    catalog_path: Path | None = None
    video_format: tuple[int, int, int] = (1280, 720, 30)
    live_state: str = "offline"  # offline, connecting, live, reconnecting, error
    live_started_ns: int | None = None
    live_error: str | None = None
    live_target: str = ""  # what the host sees: "This computer", a WHIP URL
    watch_url: str | None = None  # the viewer page when serving from this computer
    viewer_count: int = 0
    connect_ms: float | None = None
    reconnect_at_ns: int | None = None  # next reconnect attempt (for the host's countdown)
    reconnects: int = 0
    uplink_kbps: int | None = None  # the adaptive encoder's current video bitrate (WHIP uplink)
    uplink_height: int | None = None  # and picture height on the ladder
    nettest: str | None = None  # "running", or the last network test's sentence
    link_level: int = 0  # the show's own link (publish or viewers): linkstats.QualityLevel
    cohosts: tuple[CoHostInfo, ...] = ()  # green room and stage, for the Co-hosts dock
    invites: int = 0  # active invite links
    layout: str = "pk"
    guest_state: str = "none"  # as a co-host elsewhere: none, waiting, live, declined, removed…


class Session:
    def __init__(self, settings: SessionSettings | None = None) -> None:
        self.settings = settings or SessionSettings()
        s = self.settings
        self.state = SessionState(video_format=(s.width, s.height, s.fps))
        self.notices: Signal[Notice] = Signal()
        self.notice_log: deque[Notice] = deque(maxlen=50)  # for views that subscribe late
        self.enhancer = Enhancer()
        self.overlays = OverlayStack(s.width, s.height, locale=s.locale)
        self.fit = Compositor(s.width, s.height)
        self.program = ProgramRenderer(s.fps, s.width, s.height)
        self.layout = LayoutCompositor(s.width, s.height)
        self.program.set_chain([self.fit, self.enhancer, self.layout, self.overlays])
        self.mixer = AudioMixer()
        self.mixer.set_gain_db(s.mic_gain_db)
        self.voice = VoiceChain(self.mixer.push)  # voice chain (issue 19): mic → voice → mixer
        self.catalog: Catalog | None = None
        self.video: VideoSource | None = None
        self.audio: AudioSource | None = None
        self.recorder: Recorder | None = None
        self.comments = CommentFeed()
        self.host_name = "Host"
        self.server: StudioServer | None = None
        self.live_encoder: LiveEncoder | None = None  # the one program encode: viewers, WHIP, co-hosts
        self._on_air = False  # published (this computer or WHIP), as opposed to co-hosts only
        self._guest: CoHostClient | None = None  # we are a co-host on another studio's show
        self._network: NetworkThread | None = None
        self._publisher: ResilientPublisher | None = None
        self._uplink: UplinkAdapter | None = None
        self.quality = QualityBoard()  # connection quality per link (Quality dock, LIVE badge)
        self.quality.changed.connect(self._on_link_sampled)
        self._room: Room | None = None
        self._lock = threading.RLock()
        self._started = False
        self._compare = False

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
            if self._guest is not None:
                self.leave_cohost()
            if self._on_air:
                self.end_live()
            result = self.stop_recording() if self.recorder else None
            if self.server is not None and self._network is not None:
                try:
                    self._network.call(self.server.stop(), timeout=10)
                except Exception:
                    log.exception("stopping the embedded server failed")
                self.server = None
            if self._network is not None:
                self._network.close()
                self._network = None
            encoder, self.live_encoder = self.live_encoder, None
            if encoder is not None:  # co-hosts only: nothing else stops it
                self.program.remove_output(encoder.push_video)
                self.mixer.remove_output(encoder.push_audio)
                encoder.stop()
            self.program.stop()
            if self.video:
                self.video.stop()
                self.video = None
            if self.audio:
                self.audio.stop()
                self.audio = None
            self.voice.close()  # voice chain (issue 19)
            self._started = False
            return result

    def __enter__(self) -> Session:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _notify(self, level: str, text: str) -> None:
        log.info("%s: %s", level, text)  # shown to the host by whoever listens to notices
        notice = Notice(level, text)
        self.notice_log.append(notice)
        self.notices.emit(notice)

    @staticmethod
    def warm_up() -> None:
        """Import the network stack now (about 0.7 s) rather than when the host presses Go Live."""
        import studio.server.app
        import studio.transport.cohost_client
        import studio.transport.whip  # noqa: F401

    # -- sources -----------------------------------------------------------------------------
    def set_video_source(self, spec: str) -> str | None:
        """Switch the picture source. Returns the fallback sentence if `spec` failed."""
        s = self.settings
        opened = open_video_source(spec, s.width, s.height, s.fps)  # raises ValueError on bad spec
        source = opened.source
        assert isinstance(source, VideoSource)
        self.use_video_source(source, spec if not opened.notice else "demo")
        if opened.notice:
            self._notify("warning", opened.notice)
        return opened.notice

    def use_video_source(self, source: VideoSource, spec: str = "custom") -> None:
        """Switch to a source object made by the caller (tests, benchmarks, plug-ins)."""
        if source.info is None:
            source.open()
        source.failed.connect(self._on_video_failed)
        source.start()
        with self._lock:
            old, self.video = self.video, source
            self.program.set_source(source.slot)
        if old is not None:
            old.stop()
        assert source.info is not None
        self.state.update(video_source=spec, video_label=source.info.label)

    def _on_video_failed(self, reason: str) -> None:
        self._notify("error", f"{reason} Switching to the demo scene.")
        threading.Thread(target=self.set_video_source, args=("demo",), daemon=True).start()

    def set_audio_source(self, spec: str) -> str | None:
        source = make_audio_source(spec)
        notice = None
        self.voice.reset()  # voice chain (issue 19): a new microphone, a new room
        try:
            source.start(self.voice.push)
        except SourceError as exc:
            notice = f"{exc} Recording silence instead."
            source = SilenceSource()
            source.start(self.voice.push)
        with self._lock:
            old, self.audio = self.audio, source
        if old is not None:
            old.stop()
        self.state.update(audio_label=source.label)
        if notice:
            self._notify("warning", notice)
        return notice

    def set_video_format(self, width: int, height: int, fps: int) -> None:
        """Change the program size and rate (and ask the camera for it). Not while recording."""
        if width % 2 or height % 2 or not (160 <= width <= 3840 and 120 <= height <= 2160):
            raise ValueError(f"{width}x{height} is not a usable picture size.")
        if not 5 <= fps <= 60:
            raise ValueError(f"{fps} fps is outside 5–60.")
        with self._lock:
            if self.recorder is not None:
                raise RuntimeError("Stop the recording before changing the picture size or rate.")
            from dataclasses import replace

            self.settings = replace(self.settings, width=width, height=height, fps=fps)
            running = self._started
            self.program.stop()
            preview = self.program.preview
            self.fit = Compositor(width, height)
            self.overlays.resize(width, height)
            self.program = ProgramRenderer(fps, width, height)
            self.program.preview = preview  # views keep the slot they subscribed to
            self.program.keep_source_preview = self._compare
            self.layout = LayoutCompositor(width, height)
            self.program.set_chain([self.fit, self.enhancer, self.layout, self.overlays])
            self._on_cohost_changed(None)
            if running:
                self.set_video_source(self.state.video_source or self.settings.video_source)
                self.program.start()
        self.state.update(video_format=(width, height, fps))

    def set_compare(self, enabled: bool) -> None:
        """Keep the unprocessed picture too (`program.source_preview`) for a before/after view."""
        self._compare = enabled
        self.program.keep_source_preview = enabled

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
        start = now_ns()
        self.overlays.start_countdown(seconds, start, label)
        self.state.update(countdown_ends_ns=start + seconds * 1_000_000_000)

    def stop_countdown(self) -> None:
        self.overlays.stop_countdown()
        self.state.update(countdown_ends_ns=None)

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

    # -- live -----------------------------------------------------------------------------------------
    @property
    def network(self) -> NetworkThread:
        if self._network is None:
            self._network = NetworkThread()
        return self._network

    def start_server(self, settings: ServerSettings | None = None) -> StudioServer:
        """Start the embedded server (idempotent). Port 8080 by default; a busy port falls back
        to one the system picks, and says so."""
        if self.server is not None:
            return self.server
        from studio.server.app import ServerConfigError, ServerSettings, StudioServer

        settings = settings or ServerSettings(port=self.settings.server_port)
        server = StudioServer(settings)
        try:
            self.network.call(server.start(), timeout=10)
        except ServerConfigError as exc:
            if settings.port == 0:
                raise
            server = StudioServer(ServerSettings(settings.host, 0, settings.token))
            self.network.call(server.start(), timeout=10)
            self._notify("info", f"{exc} Using port {server.port} instead.")
        self.server = server
        room = server.room("live")
        self._room = room
        room.comment_posted.connect(self.comments.add)
        room.green_room.program_encoder = self._ensure_encoder
        room.green_room.minus_output = lambda c, push: self.mixer.set_minus_output(c.id, push)
        room.green_room.changed.connect(self._on_cohost_changed)
        room.status_changed.connect(self._on_room_status_changed)
        self.state.update(watch_url=server.watch_url(room.name))
        return server

    def _on_room_status_changed(self, room: Room) -> None:
        self.state.update(viewer_count=room.viewer_count)

    def go_live(self, target: LiveTarget | dict[str, object] | None = None) -> None:
        """Start publishing the program (non-blocking). Progress and errors come back through
        `state.live_state` / `state.live_error` and `notices`."""
        if isinstance(target, dict):
            target = LiveTarget(**target)  # type: ignore[arg-type]
        target = target or LiveTarget()
        if target.kind not in ("local", "whip"):
            raise ValueError(f"Unknown live target {target.kind!r}: use local or whip.")
        if target.kind == "whip" and not target.url:
            raise ValueError("Enter the WHIP server's URL to go live there.")
        with self._lock:
            if self._on_air:
                raise RuntimeError("The show is already live.")
            self._on_air = True
            encoder = self._ensure_encoder()
        label = "This computer" if target.kind == "local" else target.url
        self.state.update(live_state="connecting", live_error=None, live_target=label, connect_ms=None)
        t0 = time.perf_counter()
        if target.kind == "local":
            try:
                server = self.start_server()
                room = server.room(target.room)
                self.network.call(_attach(room, encoder), timeout=5)
                self._watch_link(StatsCollector("viewers", lambda r=room: [v.pc for v in r.viewers.values()]))
                self._room = room
            except Exception as exc:
                self._live_failed(f"The studio's own server could not start: {exc}")
                return
            self.state.update(live_state="live", live_started_ns=now_ns(),
                              connect_ms=(time.perf_counter() - t0) * 1000,
                              watch_url=server.watch_url(room.name))
            return
        from studio.transport.reconnect import ResilientPublisher
        from studio.transport.whip import WhipError

        publisher = ResilientPublisher(target.url, encoder, target.token, on_event=self._on_link_event)
        self._publisher = publisher
        future = self.network.submit(publisher.start())

        def done(fut: object) -> None:  # runs on the network loop: never wait on it here
            try:
                result = future.result()
            except Exception as exc:
                if not isinstance(exc, WhipError):
                    log.exception("going live failed")
                sentence = str(exc) if isinstance(exc, WhipError) else f"Going live failed: {exc}."
                threading.Thread(target=self._live_failed, args=(sentence,), daemon=True).start()
                return
            self.state.update(live_state="live", live_started_ns=now_ns(), connect_ms=result.connect_ms)
            self._notify("info", f"Live on {target.url} (connected in {result.connect_ms:.0f} ms).")
            if self.settings.adaptive_bitrate:
                self._start_uplink_adapter(publisher, encoder)
            publish_link = StatsCollector(
                "publish", lambda: [publisher.publisher.pc] if publisher.publisher else [])
            publish_link.start()  # on the network loop already
            self.quality.add(publish_link)

        future.add_done_callback(done)

    def _start_uplink_adapter(self, publisher: ResilientPublisher, encoder: LiveEncoder) -> None:
        """On the network loop: let the encode follow what the uplink carries."""
        from studio.transport.uplink import UplinkAdapter

        def current_pc() -> object:
            return publisher.publisher.pc if publisher.publisher is not None else None

        adapter = UplinkAdapter(encoder, current_pc, self._on_uplink_status)  # type: ignore[arg-type]
        self._uplink = adapter
        adapter.start()

    def _on_uplink_status(self, status: UplinkStatus) -> None:
        self.state.update(uplink_kbps=status.bitrate_bps // 1000, uplink_height=status.height)
        if status.rung_changed and status.stepped_down:
            self._notify("warning", f"Your upload is unstable — lowered to {status.height}p to keep the "
                                    "picture moving.")
        elif status.rung_changed:
            self._notify("info", f"Your upload recovered — back to {status.height}p.")

    def network_test(self, target: LiveTarget | dict[str, object] | None = None) -> NetTestResult:
        """Test the upload to `target` before going live (blocks about 10 s): round trip, loss,
        an upload estimate and a recommended preset. WhipError when the server refuses."""
        if isinstance(target, dict):
            target = LiveTarget(**target)  # type: ignore[arg-type]
        target = target or LiveTarget()
        if self._on_air:
            raise RuntimeError("Test the connection before going live, not during the show.")
        from studio.transport.nettest import run_network_test

        if target.kind == "local":
            server = self.start_server()
            url, token = f"{server.base_url}/whip/nettest", server.settings.token
        else:
            url, token = target.url, target.token
        self.state.update(nettest="running")
        try:
            result = self.network.call(run_network_test(url, token), timeout=30)
        except Exception:
            self.state.update(nettest=None)
            raise
        self.state.update(nettest=result.sentence())
        self._notify("info", result.sentence())
        return result

    def _on_link_event(self, event: LinkEvent) -> None:
        """From the network loop: the WHIP link went down, is coming back, or gave up."""
        if not self._on_air:
            return
        if event.state == "reconnecting":
            wait_ns = int((event.next_attempt_in_s or 0) * 1e9)
            if self.state.live_state != "reconnecting":
                self._notify("warning", event.text or "Reconnecting…")
            self.state.update(live_state="reconnecting", live_error=event.text,
                              reconnect_at_ns=now_ns() + wait_ns)
        elif event.state == "live":
            self.state.update(live_state="live", live_error=None, reconnect_at_ns=None,
                              reconnects=self.state.reconnects + 1)
            self._notify("info", f"Back on air (the connection was down for {event.down_for_s:.1f} s).")
        else:
            threading.Thread(target=self._live_failed, args=(event.text or "The connection was lost.",),
                             daemon=True).start()

    def _live_failed(self, sentence: str) -> None:
        self._teardown_live()
        self.state.update(live_state="error", live_error=sentence, live_started_ns=None)
        self._notify("error", sentence)

    def end_live(self) -> None:
        """Stop publishing: DELETE the WHIP session / take the show off the embedded server."""
        self._teardown_live()
        self.state.update(live_state="offline", live_started_ns=None, viewer_count=0, reconnect_at_ns=None,
                          uplink_kbps=None, uplink_height=None, link_level=0)

    def _teardown_live(self) -> None:
        with self._lock:
            encoder = self.live_encoder
            publisher, self._publisher = self._publisher, None
            uplink, self._uplink = self._uplink, None
            links = [self.quality.remove(name) for name in ("publish", "viewers")]
            self._on_air = False
        if self._network is not None:
            try:
                if uplink is not None:
                    self._network.call(uplink.stop(), timeout=5)
                for link in links:
                    if link is not None:
                        self._network.call(link.stop(), timeout=5)
                if encoder is not None:  # the next show starts at full size and rate
                    encoder.set_output_size(encoder.settings.width, encoder.settings.height)
                    encoder.set_bitrate(encoder.settings.bitrate)
                if publisher is not None:
                    self._network.call(publisher.close(), timeout=10)
                room = self._room
                if room is not None and encoder is not None and room.encoder is encoder:
                    self._network.call(room.detach_encoder(), timeout=10)
            except Exception:
                log.exception("ending the live session cleanly failed")
        self._release_encoder_if_idle()

    def _ensure_encoder(self) -> LiveEncoder:
        """The program's one live encode, started on first need (going live or a co-host)."""
        with self._lock:
            if self.live_encoder is None:
                s = self.settings
                encoder = LiveEncoder(LiveEncoderSettings(width=s.width, height=s.height, fps=s.fps))
                encoder.start()
                self.live_encoder = encoder
                self.program.add_output(encoder.push_video)
                self.mixer.add_output(encoder.push_audio)
            return self.live_encoder

    def _release_encoder_if_idle(self) -> None:
        with self._lock:
            green = self._room.green_room if self._room else None
            busy = self._on_air or self._guest is not None or (green is not None and green.on_stage())
            if busy or self.live_encoder is None:
                return
            encoder, self.live_encoder = self.live_encoder, None
            self.program.remove_output(encoder.push_video)
            self.mixer.remove_output(encoder.push_audio)
        encoder.stop()

    # -- co-hosts ---------------------------------------------------------------------------------------
    def create_invite(self, ttl_s: float = 30 * 60, uses: int = 1) -> str:
        """A co-host invite link (token of 192 bits, expiry, use limit)."""
        server = self.start_server()
        invite = self.green_room.invites.create(ttl_s, uses)
        self.state.update(invites=len(self.green_room.invites.active()))
        return f"{server.base_url}/cohost/{self.green_room.room_name}?invite={invite.token}"

    def revoke_invite(self, link_or_token: str) -> bool:
        token = link_or_token.rsplit("invite=", 1)[-1]
        done = self.green_room.invites.revoke(token)
        self.state.update(invites=len(self.green_room.invites.active()))
        return done

    @property
    def green_room(self) -> GreenRoom:
        self.start_server()
        assert self._room is not None
        return self._room.green_room

    def approve_cohost(self, cohost_id: str) -> None:
        self.network.call(self.green_room.approve(cohost_id), timeout=10)

    def decline_cohost(self, cohost_id: str) -> None:
        self.network.call(self.green_room.decline(cohost_id), timeout=10)

    def remove_cohost(self, cohost_id: str) -> None:
        self.network.call(self.green_room.remove(cohost_id), timeout=10)

    def mute_cohost(self, cohost_id: str, muted: bool = True) -> None:
        self.network.call(self.green_room.set_muted(cohost_id, muted), timeout=10)

    def set_layout(self, layout: str) -> None:
        self.layout.set_layout(layout)
        self.state.update(layout=layout)

    def join_as_cohost(self, link: str, name: str | None = None) -> CoHostClient:
        """Send this studio's program to another studio's show (its invite link)."""
        if self._guest is not None:
            raise RuntimeError("Already a co-host on another show.")
        from studio.transport.cohost_client import CoHostClient

        client = CoHostClient(link, self._ensure_encoder(), name or self.host_name)
        try:
            self.network.call(client.join(), timeout=15)
        except Exception:
            self._release_encoder_if_idle()
            raise
        self._guest = client
        client.state_changed.connect(lambda st: self.state.update(guest_state=st))
        self.state.update(guest_state=client.state)
        return client

    def leave_cohost(self) -> None:
        client, self._guest = self._guest, None
        if client is not None:
            self.network.call(client.leave(), timeout=10)
            self.state.update(guest_state="none")
        self._release_encoder_if_idle()

    def cohost(self, cohost_id: str) -> CoHost | None:
        return self.green_room.cohosts.get(cohost_id)

    # -- connection quality ---------------------------------------------------------------------
    def _watch_link(self, collector: StatsCollector) -> None:
        """Start measuring a link (from any thread but the network loop's)."""
        old = self.quality.remove(collector.link)
        if old is not None:
            self.network.submit(old.stop())
        self.quality.add(collector)
        self.network.loop.call_soon_threadsafe(collector.start)

    def _unwatch_link(self, name: str) -> None:
        collector = self.quality.remove(name)
        if collector is not None and self._network is not None:
            self._network.submit(collector.stop())

    def _on_link_sampled(self, sample: LinkSample) -> None:
        if sample.stats.link in ("publish", "viewers"):
            self.state.update(link_level=int(sample.level))

    def _on_cohost_changed(self, cohost: CoHost | None) -> None:
        """Keep the picture, the mix and the state in step with the green room."""
        if self._room is None:
            return
        green = self._room.green_room
        stage = green.on_stage()
        self.layout.set_tiles([Tile(c.id, c.name, c.picture, c.level_db, c.status) for c in stage])
        on_stage_ids = {c.id for c in stage if c.state == "live"}
        wanted: set[str] = set()
        for c in green.cohosts.values():
            up, down = f"{c.name} → you", f"you → {c.name}"
            if c.id in on_stage_ids:
                self.mixer.add_input(c.voice)
                if up not in self.quality.collectors:
                    self._watch_link(StatsCollector(up, lambda c=c: [c.pc], "receive",
                                                    frames=lambda c=c: c.frames_received))
                    self._watch_link(StatsCollector(down, lambda c=c: [c.pc], "send"))
            else:
                self.mixer.remove_input(c.id)
            if c.state in ("live", "reconnecting"):  # a dropped co-host's meter shows "down"
                wanted |= {up, down}
        for name in list(self.quality.collectors):
            if (name.endswith(" → you") or name.startswith("you → ")) and name not in wanted:
                self._unwatch_link(name)
        self.state.update(cohosts=tuple(green.snapshot()), invites=len(green.invites.active()))
        if cohost is not None and cohost.state == "waiting":
            self._notify("info", f"{cohost.name} is waiting in the green room.")
        if not stage:
            threading.Thread(target=self._release_encoder_if_idle, daemon=True).start()

    @property
    def live(self) -> bool:
        return self.state.live_state == "live"

    def reply(self, text: str) -> Comment:
        """Post a host comment to every viewer (CommentError if empty or too long)."""
        comment = make_comment(self.host_name, text, host=True)
        room = self._room
        if room is not None and self._network is not None:
            self._network.loop.call_soon_threadsafe(room.post, comment)
        else:
            self.comments.add(comment)
        return comment

    def pin_comment(self, comment: Comment | None) -> None:
        if comment is None:
            self.overlays.set_pinned_comment(None, None)
        else:
            self.overlays.set_pinned_comment(comment.name, comment.text)
        self.state.update(pinned_comment=comment.id if comment else None)

    @property
    def recording(self) -> bool:
        return self.recorder is not None

    # -- voice chain (issue 19; additive: move into the audio part of studio/session/) ------------
    def set_voice(self, settings: VoiceSettings) -> None:
        """Noise suppression, echo cancellation, automatic gain and gate on the microphone."""
        self.voice.update(settings)

    def wait_first_frame(self, timeout: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.program.preview.peek() is not None:
                return True
            time.sleep(0.01)
        return False


async def _attach(room: Room, encoder: LiveEncoder) -> None:
    room.attach_encoder(encoder)
