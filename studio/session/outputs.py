"""The outputs part: the recording, the show's main target (this computer or a WHIP server)
and any number of RTMP(S) destinations, each an `Output` from `studio/outputs/`. This part
only wires them: it starts and stops them, and turns their states into one model for views."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from studio.encode.recorder import RecorderError, RecordingResult
from studio.encode.settings import VideoEncoderSettings
from studio.events import EventedModel, FieldChange
from studio.media.frames import now_ns
from studio.outputs.base import Output, OutputNotice, OutputStatus
from studio.outputs.destinations import Destination, DestinationError, KeyStore, mask
from studio.outputs.recording import RecordingOutput
from studio.session.links import Links
from studio.session.net import Net
from studio.session.notices import Notices
from studio.session.pipeline import Pipeline
from studio.transport.linkstats import StatsCollector

log = logging.getLogger(__name__)

LIVE_STATES = {
    OutputStatus.IDLE: "offline",
    OutputStatus.CONNECTING: "connecting",
    OutputStatus.LIVE: "live",
    OutputStatus.RECONNECTING: "reconnecting",
    OutputStatus.FAILED: "error",
}


@dataclass(frozen=True, slots=True)
class LiveTarget:
    """Where Go Live sends the program, besides the enabled RTMP destinations."""

    kind: str = "local"  # "local" (the embedded server), "whip", or "none" (RTMP destinations only)
    url: str = ""  # WHIP endpoint for kind "whip"
    token: str | None = None
    room: str = "live"  # room on the embedded server for kind "local"


@dataclass(frozen=True, slots=True)
class DestinationStatus:
    """One row of the Destinations view (never the key)."""

    id: str
    name: str
    status: str  # idle, connecting, live, reconnecting, failed
    reason: str | None = None
    bitrate_kbps: float = 0.0
    dropped: int = 0
    uptime_s: float = 0.0


@dataclass
class OutputsState(EventedModel):
    recording_path: Path | None = None
    recording_started_ns: int | None = None
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
    uplink_estimate: str | None = None  # the estimate in charge: "transport-cc", "remb" or "loss"
    destinations: tuple[DestinationStatus, ...] = ()


class Outputs:
    def __init__(
        self, pipeline: Pipeline, net: Net, links: Links, notices: Notices, keys: KeyStore | None = None
    ) -> None:
        self.pipeline, self.net, self.links, self.notices = pipeline, net, links, notices
        self.state = OutputsState()
        self.keys = keys or KeyStore()
        self.destinations: list[Destination] = []
        self.recording: RecordingOutput | None = None
        self.main: Output | None = None  # the show's target: LocalServerOutput or WhipOutput
        self.rtmp: dict[str, Output] = {}  # destination id → RtmpOutput, while live
        self.extra: list[Output] = []  # the second canvas's room on this computer, while live
        self._lock = threading.RLock()
        self._on_air = False
        self._ticker: threading.Event | None = None
        net.room_ready.connect(self._on_room_ready)
        pipeline.state.changed.connect(self._on_pipeline_changed)

    @property
    def on_air(self) -> bool:
        return self._on_air

    def _on_room_ready(self, room: object) -> None:
        from studio.server.room import Room

        assert isinstance(room, Room) and self.net.server is not None
        room.status_changed.connect(lambda r: self.state.update(viewer_count=r.viewer_count))
        self.state.update(watch_url=self.net.server.watch_url(room.name))

    def _on_pipeline_changed(self, change: FieldChange) -> None:
        recording = self.recording
        if change.name == "video_format" and recording is not None:
            vs = recording.recorder.video_settings
            self.notices.say("info", f"The recording keeps its size ({vs.width}×{vs.height}); the new "
                                     "format applies to the live show and the next recording.")

    # -- recording --------------------------------------------------------------------------------------
    def canvas_key(self, shape: str) -> str:
        """The canvas an output asking for `shape` ("main", "landscape", "portrait") gets;
        asking for the other shape than the main one turns dual output on."""
        feeds = self.pipeline.feeds
        key = feeds.canvas_for(shape)
        if key is None:
            self.pipeline.set_dual(True)
            key = feeds.canvas_for(shape)
        if key is None:
            raise ValueError(f"No {shape} picture can be rendered.")
        return key

    def start_recording(self, path: str | Path | None = None, make_mp4: bool = False,
                        canvas: str = "main") -> Path:
        with self._lock:
            if self.recording is not None:
                raise RecorderError("A recording is already running.")
            s = self.pipeline.settings
            key = self.canvas_key(canvas)
            width, height = self.pipeline.feeds.size_of(key)
            if path is None:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                path = s.recordings_dir / f"rehearsal-{stamp}.mkv"
            video = VideoEncoderSettings(
                width=width, height=height, fps=s.fps, preset=s.record_preset, crf=s.record_crf
            )
            recording = RecordingOutput(path, video, make_mp4=make_mp4, canvas=key)
            recording.state.changed.connect(
                lambda change, r=recording: self._on_recording_changed(r, change))
            recording.start(self.pipeline.feeds)
            self.recording = recording
        self.state.update(recording_path=recording.path, recording_started_ns=now_ns())
        return recording.path

    def _on_recording_changed(self, recording: RecordingOutput, change: FieldChange) -> None:
        """The recording stopped on its own (the disk filled up): finish it and say why; the
        show goes on."""
        if change.name == "status" and change.new == OutputStatus.FAILED and recording is self.recording:
            threading.Thread(target=self.stop_recording, args=(recording,), name="RecordingStop",
                             daemon=True).start()

    def stop_recording(self, which: RecordingOutput | None = None) -> RecordingResult | None:
        """Stop the recording (`which`: only if that one is still the current one)."""
        with self._lock:
            if which is not None and which is not self.recording:
                return None
            recording, self.recording = self.recording, None
        if recording is None:
            return None
        recording.stop()
        self.state.update(recording_path=None, recording_started_ns=None)
        result = recording.result
        if result is not None and result.error:
            self.notices.say("error", result.error)
        return result

    # -- destinations ---------------------------------------------------------------------------------------
    def set_destination(self, destination: Destination, key: str | None = None) -> Destination:
        """Add or replace a destination (by id); `key` (if given) goes to the keychain."""
        destination = destination.validated()
        with self._lock:
            self.destinations = [d for d in self.destinations if d.id != destination.id] + [destination]
        if key:
            self.keys.set(destination.id, key.strip())
        self._publish_rows()
        return destination

    def remove_destination(self, destination_id: str) -> None:
        with self._lock:
            self.destinations = [d for d in self.destinations if d.id != destination_id]
            running = self.rtmp.pop(destination_id, None)
        if running is not None:
            running.stop()
        self.keys.delete(destination_id)
        self._publish_rows()

    # -- live --------------------------------------------------------------------------------------
    def go_live(self, target: LiveTarget) -> None:
        """Start the main target and every enabled destination (non-blocking). Progress and
        errors come back through the state and notices."""
        if target.kind not in ("local", "whip", "none"):
            raise ValueError(f"Unknown live target {target.kind!r}: use local, whip or none.")
        if target.kind == "whip" and not target.url:
            raise ValueError("Enter the WHIP server's URL to go live there.")
        enabled = [d for d in self.destinations if d.enabled]
        if target.kind == "none" and not enabled:
            raise ValueError("Add an RTMP destination (Destinations…) or choose a target to go live.")
        rtmp = {d.id: self._make_rtmp(d) for d in enabled}  # a missing key is said before anything starts
        with self._lock:
            if self._on_air:
                raise RuntimeError("The show is already live.")
            self._on_air = True
        label = {"local": "This computer", "whip": target.url, "none": ", ".join(d.name for d in enabled)}
        self.state.update(
            live_state="connecting",
            live_error=None,
            live_target=mask(label[target.kind]),
            connect_ms=None,
            reconnects=0,
        )
        t0 = time.perf_counter()
        main: Output | None = None
        try:
            if target.kind == "local":
                from studio.outputs.local import LocalServerOutput

                server = self.net.start_server()
                room = self.net.room_for(target.room)
                main = LocalServerOutput(room, self.net.network)
                main.start(self.pipeline.feeds)
                self.links.watch(StatsCollector("viewers", lambda r=room: [v.pc for v in r.viewers.values()]))
                second = self.pipeline.second
                if second is not None:  # one room per canvas: "live" and e.g. "live-portrait"
                    from studio.outputs.feeds import SECOND, VideoEncodeSpec, shape_of

                    other = server.room(f"{room.name}-{shape_of(*second.size)}")
                    extra = LocalServerOutput(other, self.net.network, VideoEncodeSpec(canvas=SECOND))
                    extra.start(self.pipeline.feeds)
                    self.extra.append(extra)
                self.state.update(
                    watch_url=server.watch_url(room.name), connect_ms=(time.perf_counter() - t0) * 1000
                )
            elif target.kind == "whip":
                from studio.outputs.whip import WhipOutput

                main = WhipOutput(
                    target.url,
                    target.token,
                    self.net.network,
                    adaptive=self.pipeline.settings.adaptive_bitrate,
                )
                self._follow(main)
                main.start(self.pipeline.feeds)
        except Exception as exc:
            if main is not None:
                main.stop()
            self._live_failed(f"The studio's own server could not start: {exc}")
            return
        with self._lock:
            self.main = main
            self.rtmp = rtmp
        if main is not None and target.kind == "local":
            self._follow(main)
            self._on_main_changed(main)
        for output in rtmp.values():
            self._follow(output)
            output.start(self.pipeline.feeds)
        self._start_ticker()
        if main is None:
            self._refresh_live_state()

    def _make_rtmp(self, destination: Destination) -> Output:
        from studio.outputs.rtmp import RtmpOutput

        key = self.keys.get(destination.id)
        if not key:
            raise DestinationError(
                f"“{destination.name}” has no stream key: paste the key from the platform."
            )
        from studio.outputs.feeds import VideoEncodeSpec

        return RtmpOutput(destination, key, video=VideoEncodeSpec(canvas=self.canvas_key(destination.canvas)))

    def _follow(self, output: Output) -> None:
        def on_change(change: FieldChange, output: Output = output) -> None:
            if change.name in (
                "status",
                "reason",
                "connect_ms",
                "uplink_kbps",
                "uplink_height",
                "uplink_estimate",
                "reconnects",
            ):
                if output is self.main or (self.main is None and output not in self.rtmp.values()):
                    self._on_main_changed(output)
                else:
                    self._on_destination_changed(output, change)

        output.state.changed.connect(on_change)
        output.notices.connect(self._on_output_notice)

    def _on_output_notice(self, notice: OutputNotice) -> None:
        if self._on_air:
            self.notices.say(notice.level, notice.text)

    def _on_main_changed(self, output: Output) -> None:
        """The main target's state is the show's live state."""
        if not self._on_air:
            return
        st = output.state
        live_state = LIVE_STATES[st.status]
        fields: dict[str, object] = {
            "uplink_kbps": st.uplink_kbps,
            "uplink_height": st.uplink_height,
            "uplink_estimate": st.uplink_estimate,
            "reconnects": st.reconnects,
        }
        if st.connect_ms is not None:
            fields["connect_ms"] = st.connect_ms
        if live_state == "live":
            fields.update(live_error=None, reconnect_at_ns=None)
            if self.state.live_started_ns is None:
                fields["live_started_ns"] = now_ns()
                if output.kind == "whip":
                    self.notices.say(
                        "info", f"Live on {mask(output.name)} (connected in {st.connect_ms or 0:.0f} ms)."
                    )
                    pc_of = output.current_pc  # type: ignore[attr-defined]
                    self.links.watch(StatsCollector("publish", lambda: [pc for pc in [pc_of()] if pc]))
        elif live_state == "reconnecting":
            if self.state.live_state != "reconnecting":
                self.notices.say("warning", st.reason or "Reconnecting…")
            fields.update(live_error=st.reason, reconnect_at_ns=now_ns() + int((st.retry_in_s or 0) * 1e9))
        elif live_state == "error":
            threading.Thread(
                target=self._live_failed, args=(st.reason or "The connection was lost.",), daemon=True
            ).start()
            return
        if live_state != "offline":
            fields["live_state"] = live_state
        self.state.update(**fields)

    def _on_destination_changed(self, output: Output, change: FieldChange) -> None:
        if change.name == "status" and self._on_air:
            if change.new == OutputStatus.FAILED:
                self.notices.say("error", f"{output.name}: {output.state.reason}")
            elif change.new == OutputStatus.RECONNECTING and change.old == OutputStatus.LIVE:
                self.notices.say("warning", f"{output.name}: {output.state.reason} Reconnecting…")
            elif change.new == OutputStatus.LIVE and change.old == OutputStatus.RECONNECTING:
                self.notices.say("info", f"{output.name} is back on air.")
        self._publish_rows()
        if self.main is None:
            self._refresh_live_state()

    def _refresh_live_state(self) -> None:
        """RTMP destinations only: the show is live while any destination is."""
        if not self._on_air:
            return
        statuses = {o.state.status for o in self.rtmp.values()}
        if OutputStatus.LIVE in statuses:
            self.state.update(
                live_state="live", live_error=None, live_started_ns=self.state.live_started_ns or now_ns()
            )
        elif statuses and statuses <= {OutputStatus.FAILED}:
            reasons = "; ".join(o.state.reason or "" for o in self.rtmp.values())
            threading.Thread(target=self._live_failed, args=(reasons,), daemon=True).start()
        elif OutputStatus.RECONNECTING in statuses:
            self.state.update(live_state="reconnecting")

    def _publish_rows(self) -> None:
        rows = []
        for d in self.destinations:
            output = self.rtmp.get(d.id)
            if output is None:
                rows.append(DestinationStatus(d.id, d.name, "idle" if d.enabled else "off"))
                continue
            stats = output.stats()
            rows.append(
                DestinationStatus(
                    d.id,
                    d.name,
                    output.state.status.value,
                    output.state.reason,
                    round(stats.bitrate_kbps),
                    stats.frames_dropped,
                    int(stats.uptime_s),
                )
            )
        self.state.update(destinations=tuple(rows))

    def _start_ticker(self) -> None:
        """Refresh the destinations' rates and uptimes once a second while live."""
        stop = threading.Event()
        self._ticker = stop

        def tick() -> None:
            while not stop.wait(1.0):
                self._publish_rows()

        threading.Thread(target=tick, name="OutputRows", daemon=True).start()

    def _live_failed(self, sentence: str) -> None:
        self._teardown()
        self.state.update(live_state="error", live_error=mask(sentence), live_started_ns=None)
        self.notices.say("error", sentence)

    def end_live(self) -> None:
        """Stop every output of the show (the recording goes on)."""
        self._teardown()
        self.state.update(
            live_state="offline",
            live_started_ns=None,
            viewer_count=0,
            reconnect_at_ns=None,
            uplink_kbps=None,
            uplink_height=None,
            uplink_estimate=None,
        )

    def _teardown(self) -> None:
        with self._lock:
            main, self.main = self.main, None
            rtmp, self.rtmp = self.rtmp, {}
            extra, self.extra = self.extra, []
            self._on_air = False
            ticker, self._ticker = self._ticker, None
        if ticker is not None:
            ticker.set()
        self.links.unwatch_show()
        for output in [*rtmp.values(), *extra, *([main] if main else [])]:
            try:
                output.stop()
            except Exception:
                log.exception("stopping %s failed", output.name)
        self._publish_rows()

    def close(self) -> RecordingResult | None:
        if self._on_air:
            self.end_live()
        return self.stop_recording()
