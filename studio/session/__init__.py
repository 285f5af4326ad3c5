"""The session: the one object the UI and the CLI drive, a thin façade over parts that each
own an evented model — pipeline (sources, renderer, mixer, program feeds), outputs
(recording, live target, RTMP destinations), shop (catalogue, pins, countdown, comments),
co-hosts, and links (quality, network test). Parts never call back into the façade; they
hear of each other through signals (`Net.room_ready`) and say things through `Notices`."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio.commerce.comments import Comment
from studio.encode.hardware import start_probe
from studio.encode.recorder import RecordingResult
from studio.events import FieldChange, Signal
from studio.media.base import VideoSource
from studio.processing.enhance import EnhanceSettings
from studio.processing.framing import FramingSettings
from studio.session.calls import Calls
from studio.session.cohosts import CoHosts
from studio.session.deck import Deck
from studio.session.devices import Devices
from studio.session.links import Links
from studio.session.net import Net
from studio.session.notices import Notice, Notices
from studio.session.outputs import DestinationStatus, LiveTarget, Outputs
from studio.session.pipeline import Pipeline
from studio.session.rehearsal import Rehearsal, RehearsalState
from studio.session.shop import Shop
from studio.settings import SessionSettings

if TYPE_CHECKING:
    from studio.encode.live import LiveEncoder
    from studio.encode.recorder import Recorder
    from studio.server.app import ServerSettings, StudioServer
    from studio.server.cohost import CoHost
    from studio.transport.cohost_client import CoHostClient
    from studio.transport.nettest import NetTestResult

__all__ = ["DestinationStatus", "LiveTarget", "Notice", "Session", "SessionState"]


class SessionState:
    """One view over the parts' models: `state.live_state`, `state.pinned_product`, … and one
    `changed` signal carrying every part's changes (views subscribe once)."""

    def __init__(self, *models: Any) -> None:
        """Over the given part models; with none, over fresh ones (tests of a single view)."""
        if not models:
            from studio.session.calls import CallsState
            from studio.session.cohosts import CoHostsState
            from studio.session.deck import DeckState
            from studio.session.devices import DevicesState
            from studio.session.links import LinksState
            from studio.session.outputs import OutputsState
            from studio.session.pipeline import PipelineState
            from studio.session.shop import ShopState

            models = (PipelineState(), OutputsState(), ShopState(), CoHostsState(), LinksState(),
                      RehearsalState(), DeckState(), CallsState(), DevicesState())
        self._models = models
        self._owner = {name: m for m in models for name in m.__dataclass_fields__}
        self.changed: Signal[FieldChange] = Signal()
        for model in models:
            model.changed.connect(self.changed.emit)

    def __getattr__(self, name: str) -> Any:
        owner = self.__dict__.get("_owner", {}).get(name)
        if owner is None:
            raise AttributeError(f"SessionState has no field {name!r}")
        return getattr(owner, name)

    def update(self, **fields: Any) -> None:
        """Assign fields on their parts' models; one `update` per model, so fields set
        together are seen together."""
        by_model: dict[int, tuple[Any, dict[str, Any]]] = {}
        for name, value in fields.items():
            if name not in self._owner:
                raise AttributeError(f"SessionState has no field {name!r}")
            model = self._owner[name]
            by_model.setdefault(id(model), (model, {}))[1][name] = value
        for model, values in by_model.values():
            model.update(**values)


class Session:
    def __init__(self, settings: SessionSettings | None = None) -> None:
        settings = settings or SessionSettings()
        self.notices_hub = Notices()
        self.notices: Signal[Notice] = self.notices_hub.said
        self.notice_log = self.notices_hub.log
        self.pipeline = Pipeline(settings, self.notices_hub)
        self.net = Net(settings.server_port, self.notices_hub)
        self.links = Links(self.net, self.notices_hub)
        self.outputs = Outputs(self.pipeline, self.net, self.links, self.notices_hub)
        self.shop = Shop(self.pipeline.overlays, self.notices_hub, settings.locale, settings.shop_dir)
        self.cohosts = CoHosts(self.pipeline, self.net, self.links, self.notices_hub)
        self.calls = Calls(self.pipeline, self.net, self.links, self.notices_hub)  # one-to-one calls
        self.net.room_ready.connect(lambda room: self.shop.attach_room(room, self.net.network.loop))
        self.deck = Deck(self.shop, self.net)  # the assistant deck: `deck.link()`, `deck.revoke()`
        self.rehearsal_state = RehearsalState()
        self.devices = Devices()
        self.state = SessionState(self.pipeline.state, self.outputs.state, self.shop.state,
                                  self.cohosts.state, self.links.state, self.rehearsal_state,
                                  self.deck.state, self.calls.state, self.devices.state)
        self.rehearsal = Rehearsal(self.state, self.pipeline, self.outputs, self.shop, self.links,
                                   self.rehearsal_state)
        self.journal = self.rehearsal.journal
        # The parts' working objects, for views, tests and benchmarks.
        p = self.pipeline
        self.enhancer, self.overlays, self.mixer, self.program = p.enhancer, p.overlays, p.mixer, p.program
        self.voice = p.voice
        self.layout, self.feeds, self.quality, self.comments = (
            p.layout,
            p.feeds,
            self.links.quality,
            self.shop.comments,
        )

    settings = property(lambda self: self.pipeline.settings)
    catalog = property(lambda self: self.shop.catalog)
    server = property(lambda self: self.net.server)
    network = property(lambda self: self.net.network)
    green_room = property(lambda self: self.cohosts.green_room)
    video = property(lambda self: self.pipeline.video)
    audio = property(lambda self: self.pipeline.audio)

    @property
    def host_name(self) -> str:
        return self.shop.host_name

    @host_name.setter
    def host_name(self, name: str) -> None:
        self.shop.host_name = name

    @property
    def live_encoder(self) -> LiveEncoder | None:
        """The shared program encode, while any output or co-host link holds it."""
        encoders = self.feeds.video_encoders()
        return encoders[0] if encoders else None

    @property
    def recorder(self) -> Recorder | None:
        return self.outputs.recording.recorder if self.outputs.recording else None

    @property
    def recording(self) -> bool:
        return self.outputs.recording is not None

    @property
    def live(self) -> bool:
        return self.state.live_state == "live"

    # -- lifecycle ----------------------------------------------------------------------------------
    def start(self) -> None:
        start_probe()  # which H.264 encoder (hardware or libx264), off the caller's thread
        self.pipeline.start()
        # The network stack's imports (about 0.7 s of CPU) now, not when the host goes live:
        # importing them at go-live stalled the picture 80–100 ms here, more on a loaded laptop.
        threading.Thread(target=self.warm_up, name="NetworkWarmUp", daemon=True).start()

    def close(self) -> RecordingResult | None:
        """Stop everything; a running recording is finalised and its result returned."""
        self.rehearsal.stop_practice_audience()
        self.shop.stop_flash_sale()  # no sale timer outlives the session
        self.calls.close()
        self.cohosts.close()
        result = self.outputs.close()
        self.shop.end_show(self.settings.recordings_dir)  # the claims order sheet
        self.net.close()
        self.devices.close()
        self.pipeline.stop()
        return result

    def __enter__(self) -> Session:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def warm_up() -> None:
        """Import the network stack now (about 0.7 s) rather than when the host presses Go Live."""
        import studio.server.app
        import studio.transport.cohost_client
        import studio.transport.whip  # noqa: F401

    def wait_first_frame(self, timeout: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.program.preview.peek() is not None:
                return True
            time.sleep(0.01)
        return False

    # -- pipeline ----------------------------------------------------------------------------------------
    def set_video_source(self, spec: str) -> str | None:
        return self.pipeline.set_video_source(spec)

    def use_video_source(self, source: VideoSource, spec: str = "custom") -> None:
        self.pipeline.use_video_source(source, spec)

    def set_audio_source(self, spec: str) -> str | None:
        return self.pipeline.set_audio_source(spec)

    def set_video_format(self, width: int, height: int, fps: int) -> None:
        self.pipeline.set_video_format(width, height, fps)

    def set_compare(self, enabled: bool) -> None:
        self.pipeline.set_compare(enabled)

    def set_slate_text(self, title: str, subtitle: str) -> None:
        """The words of the "be right back" slate shown while the camera is gone."""
        self.pipeline.slate.set_text(title, subtitle)

    def apply_settings(self, settings: SessionSettings) -> None:
        """Changed settings while running (the Settings dialog): see `Pipeline.apply_settings`;
        the server port applies when the server next starts."""
        self.pipeline.apply_settings(settings)
        self.net.port = settings.server_port

    def set_framing(self, settings: FramingSettings) -> None:
        self.pipeline.set_framing(settings)

    def set_safe_zones(self, preset_id: str) -> None:
        self.pipeline.set_safe_zones(preset_id)

    def set_dual(self, enabled: bool) -> None:
        """Render 16:9 and 9:16 at once (docs/canvases.md)."""
        self.pipeline.set_dual(enabled)

    def set_mic_gain_db(self, gain_db: float) -> None:
        self.pipeline.set_mic_gain_db(gain_db)

    def set_voice(self, settings: Any) -> None:
        """The microphone's voice chain (studio/processing/voice/, docs/voice.md)."""
        self.pipeline.set_voice(settings)

    def set_enhance(self, settings: EnhanceSettings) -> None:
        self.pipeline.set_enhance(settings)

    # -- shop ------------------------------------------------------------------------------------------------
    def load_catalog(self, path: str | Path, column_map: Any = None) -> Any:
        return self.shop.load_catalog(path, column_map)

    def pin_product(self, product: Any, corner: str = "bottom-left") -> Any:
        return self.shop.pin_product(product, corner)

    def start_countdown(self, seconds: int, label: str | None = None) -> None:
        self.shop.start_countdown(seconds, label)

    def stop_countdown(self) -> None:
        self.shop.stop_countdown()

    def reply(self, text: str) -> Comment:
        return self.shop.reply(text)

    def pin_comment(self, comment: Comment | None) -> None:
        self.shop.pin_comment(comment)

    def end_show(self) -> Path | None:
        """Write the show's claims order sheet."""
        return self.shop.end_show(self.settings.recordings_dir)

    # -- outputs -------------------------------------------------------------------------------------------
    def start_recording(self, path: str | Path | None = None, make_mp4: bool = False,
                        canvas: str = "main") -> Path:
        """`canvas`: "main", "landscape" or "portrait" (the other shape turns dual output on)."""
        return self.outputs.start_recording(path, make_mp4, canvas)

    def stop_recording(self) -> RecordingResult | None:
        return self.outputs.stop_recording()

    def start_server(self, settings: ServerSettings | None = None) -> StudioServer:
        return self.net.start_server(settings)

    def go_live(self, target: LiveTarget | dict[str, object] | None = None) -> None:
        """Start publishing (non-blocking): the target and every enabled RTMP destination."""
        if isinstance(target, dict):
            target = LiveTarget(**target)  # type: ignore[arg-type]
        self.outputs.go_live(target or LiveTarget())

    def end_live(self) -> None:
        self.outputs.end_live()

    def network_test(self, target: LiveTarget | dict[str, object] | None = None) -> NetTestResult:
        """Test the upload to `target` before going live (blocks about 10 s)."""
        if isinstance(target, dict):
            target = LiveTarget(**target)  # type: ignore[arg-type]
        target = target or LiveTarget()
        if self.outputs.on_air:
            raise RuntimeError("Test the connection before going live, not during the show.")
        if target.kind == "local":
            return self.links.network_test(None, None)
        return self.links.network_test(target.url, target.token)

    # -- co-hosts --------------------------------------------------------------------------------------------
    def create_invite(self, ttl_s: float = 30 * 60, uses: int = 1) -> str:
        return self.cohosts.create_invite(ttl_s, uses)

    def revoke_invite(self, link_or_token: str) -> bool:
        return self.cohosts.revoke_invite(link_or_token)

    def approve_cohost(self, cohost_id: str) -> None:
        self.cohosts.approve(cohost_id)

    def decline_cohost(self, cohost_id: str) -> None:
        self.cohosts.decline(cohost_id)

    def remove_cohost(self, cohost_id: str) -> None:
        self.cohosts.remove(cohost_id)

    def mute_cohost(self, cohost_id: str, muted: bool = True) -> None:
        self.cohosts.mute(cohost_id, muted)

    def set_layout(self, layout: str) -> None:
        self.cohosts.set_layout(layout)

    def cohost(self, cohost_id: str) -> CoHost | None:
        return self.cohosts.cohost(cohost_id)

    def join_as_cohost(self, link: str, name: str | None = None) -> CoHostClient:
        return self.cohosts.join(link, name or self.host_name)

    def leave_cohost(self) -> None:
        self.cohosts.leave()

    # -- rehearsal -----------------------------------------------------------------------------------------
    def start_practice_audience(self, rate_per_min: float = 12.0, languages: list[str] | None = None,
                                script: str | Path | None = None) -> Any:
        return self.rehearsal.start_practice_audience(rate_per_min, languages, script)

    def stop_practice_audience(self) -> None:
        self.rehearsal.stop_practice_audience()

    @property
    def audience(self) -> Any:
        return self.rehearsal.audience
