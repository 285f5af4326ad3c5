"""The `seller-studio` command. Every capability of the app can be driven from here."""

from __future__ import annotations

import argparse
import faulthandler
import logging
import signal
import sys
import time
from pathlib import Path
from typing import Any

from studio import __version__
from studio.settings import SessionSettings, declared, default_of

ENHANCE_CHOICES = ("off", "auto", "natural", "bright_room", "low_light", "beauty")
VOICE_CHOICES = ("off", "normal", "strong")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    from studio.outputs.destinations import SECRETS

    SECRETS.install()  # stream keys and tokens never reach a log line
    if hasattr(signal, "SIGUSR1"):  # `kill -USR1 <pid>`: every thread's stack to stderr, for a hang
        faulthandler.register(signal.SIGUSR1, all_threads=True)
    command = args.command or "app"
    try:
        return int(COMMANDS[command](args) or 0)
    except KeyboardInterrupt:
        return 130
    except CliError as exc:
        print(f"seller-studio: {exc}", file=sys.stderr)
        return 2


class CliError(Exception):
    """A user error: printed as one sentence, exit status 2."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="seller-studio", description="Live-commerce studio.")
    p.add_argument("--version", action="version", version=f"seller-studio {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    app = sub.add_parser("app", help="open the studio window (the default)")
    app.add_argument("--source", help="video source for this run (default: last used, else camera:0)")

    sub.add_parser("devices", help="list cameras and microphones")

    nt = sub.add_parser("nettest", help="test the upload to a WHIP server and recommend a preset")
    nt.add_argument("--whip", required=True, help="the WHIP endpoint URL you will go live to")
    nt.add_argument("--token", help="bearer token for the WHIP server")

    r = sub.add_parser("rehearse", help="record a headless rehearsal to a file")
    r.add_argument("--source", default="demo", help="demo, camera:0, camera:/dev/video2 or file:PATH")
    r.add_argument("--mic", default=None,
                   help="mic, mic:N, demo (tone) or none; default: demo tone for the demo source, else mic")
    r.add_argument("--duration", type=float, default=10.0, help="seconds (default 10)")
    r.add_argument("--out", type=Path, default=Path("rehearsal.mkv"), help="output .mkv")
    r.add_argument("--mp4", action="store_true", help="also write an .mp4 copy when done")
    r.add_argument("--enhance", choices=ENHANCE_CHOICES, default="off")
    r.add_argument("--voice", choices=VOICE_CHOICES, default="off",
                   help="clean up the microphone: noise suppression, automatic gain and gate (default off)")
    r.add_argument("--catalog", type=Path, help="product catalogue (.csv, .xlsx or .json)")
    r.add_argument("--show", type=Path, metavar="FILE",
                   help="run of show (.show.json): loads its catalogue and queue, pins the first product")
    r.add_argument("--product", help="id of the product to pin on screen")
    r.add_argument("--countdown", type=int, help="start a flash-sale countdown of N seconds (10-300)")
    r.add_argument("--banner", help="banner text along the bottom")
    setting_argument(r, "--locale", "locale")
    size = f"{default_of(SessionSettings, 'width')}x{default_of(SessionSettings, 'height')}"
    r.add_argument("--size", default=size,
                   help=f"program size WxH (default {size}; 720x1280 or 1080x1920 for a portrait show)")
    setting_argument(r, "--fps", "fps")
    setting_argument(r, "--preset", "record_preset")
    setting_argument(r, "--crf", "record_crf")
    r.add_argument("--audience", type=float, metavar="PER_MIN",
                   help="a practice audience posting about PER_MIN comments a minute")
    r.add_argument("--audience-script", type=Path, metavar="FILE",
                   help="what the practice audience says (TOML; default: the built-in en/zh/id/th/vi set)")
    r.add_argument("--report", action="store_true", help="write the rehearsal report when done")

    rp = sub.add_parser("report", help="write the rehearsal report (HTML + JSON) for a recording")
    rp.add_argument("file", type=Path, help="the recording (.mkv or .mp4)")
    rp.add_argument("--out", type=Path, help="folder for the report (default: next to the recording)")
    rp.add_argument("--open", action="store_true", help="open the report in the web browser")

    sv = sub.add_parser("serve", help="run the embedded server on its own (WHIP in, WHEP + viewer page out)")
    sv.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    setting_argument(sv, "--port", "server_port")
    sv.add_argument("--token", help="bearer token WHIP publishers must send (required beyond loopback)")

    cl = sub.add_parser("call-link", help="print a call link for a buyer from the running studio or serve")
    cl.add_argument("--uses", type=int, default=1, help="how many calls the link allows (default 1)")
    cl.add_argument("--ttl", type=float, default=60, metavar="MIN",
                    help="minutes it stays valid (default 60)")
    cl.add_argument("--name", default="", help="who it is for, shown to you when they call")
    cl.add_argument("--order", default="",
                    help="an order number, shown to you and kept in a recording's note")

    pb = sub.add_parser("publish", help="publish a source headlessly: WHIP, a local viewer page and/or "
                                        "RTMP(S) destinations")
    pb.add_argument("--source", default="demo", help="demo, camera:0, camera:/dev/video2 or file:PATH")
    pb.add_argument("--mic", default=None, help="mic, mic:N, demo or none (default: demo with demo source)")
    where = pb.add_mutually_exclusive_group()
    where.add_argument("--whip", metavar="URL", help="WHIP endpoint to publish to")
    where.add_argument("--local", action="store_true", help="serve the show from this computer")
    pb.add_argument("--rtmp", metavar="URL", action="append", default=[],
                    help="RTMP(S) server URL of a platform (repeatable; each needs a --key-file)")
    pb.add_argument("--key-file", type=Path, action="append", default=[],
                    help="file holding the stream key for the --rtmp at the same position")
    pb.add_argument("--token", help="bearer token for the WHIP endpoint")
    setting_argument(pb, "--port", "server_port")
    setting_argument(pb, "--adaptive-bitrate", "adaptive_bitrate")
    pb.add_argument("--duration", type=float, help="stop after S seconds (default: until Ctrl+C)")
    pb.add_argument("--size", default="1280x720",
                    help="program size WxH (default 1280x720; 720x1280 or 1080x1920 for a portrait show)")
    pb.add_argument("--fps", type=int, default=30)
    pb.add_argument("--record", type=Path, metavar="FILE", help="also record the show to this .mkv")
    pb.add_argument("--enhance", choices=ENHANCE_CHOICES, default="off")
    pb.add_argument("--voice", choices=VOICE_CHOICES, default="off",
                    help="clean up the microphone: noise suppression, automatic gain and gate (default off)")
    pb.add_argument("--catalog", type=Path, help="product catalogue (.csv, .xlsx or .json)")
    pb.add_argument("--show", type=Path, metavar="FILE",
                    help="run of show (.show.json): loads its catalogue and queue, pins the first product")
    pb.add_argument("--product", help="id of the product to pin on screen")
    return p


def setting_argument(parser: argparse.ArgumentParser, flag: str, name: str, **overrides: Any) -> None:
    """A flag for the declared session setting `name`: its type, default and help come from
    the declaration in `studio.settings` (one place), `overrides` may add choices or a metavar."""
    f, meta = next((f, m) for f, m in declared(SessionSettings) if f.name == name)
    default = default_of(SessionSettings, name)
    help_text = meta.help or meta.label.lower()
    if f.type in (bool, "bool"):
        parser.add_argument(flag, action=argparse.BooleanOptionalAction, default=default,
                            help=f"{help_text} (default: {'on' if default else 'off'})", **overrides)
        return
    kinds = {"int": int, "float": float, "str": str, "Path": Path}
    kind = kinds.get(f.type, f.type) if isinstance(f.type, str) else f.type
    if meta.choices and "choices" not in overrides:
        overrides["choices"] = [value for value, _ in meta.choices]
    parser.add_argument(flag, type=kind, default=default, help=f"{help_text} (default: {default})",
                        **overrides)


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise CliError(f"--size must look like 1280x720, not {text!r}.") from None
    if w < 160 or h < 120 or w % 2 or h % 2:
        raise CliError(f"--size {text} is not usable: even numbers, at least 160x120.")
    return w, h


def cmd_app(args: argparse.Namespace) -> int:
    from studio.ui.app import run_app  # Qt is only imported for the window

    return run_app(source=getattr(args, "source", None))


def cmd_devices(args: argparse.Namespace) -> int:
    from studio.media.base import SourceError
    from studio.media.devices import list_cameras, list_microphones

    print("Cameras:")
    cameras = list_cameras()
    for dev in cameras:
        print(f"  {dev.spec:<22} {dev.name}")
    if not cameras:
        print("  none found (the demo scene is used instead: --source demo)")
    print("Microphones:")
    try:
        mics = list_microphones()
    except SourceError as exc:
        print(f"  {exc}")
        return 0
    for dev in mics:
        print(f"  {dev.spec:<22} {dev.name}")
    if not mics:
        print("  none found (silence is recorded instead: --mic none)")
    return 0


def cmd_rehearse(args: argparse.Namespace) -> int:
    from studio.commerce.catalog import CatalogError
    from studio.encode.recorder import RecorderError
    from studio.media.devices import parse_video_spec
    from studio.session import Session

    width, height = _size(args.size)
    try:
        kind, _ = parse_video_spec(args.source)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    if not 1 <= args.duration <= 6 * 3600:
        raise CliError("--duration must be between 1 second and 6 hours.")
    if args.product and not (args.catalog or args.show):
        raise CliError("--product needs --catalog FILE or --show FILE.")
    mic = args.mic or ("demo" if kind == "demo" else "mic")
    settings = SessionSettings(video_source=args.source, audio_source=mic, width=width,
                               height=height, fps=args.fps, locale=args.locale,
                               record_preset=args.preset, record_crf=args.crf)
    session = Session(settings)
    session.notices.connect(lambda n: print(f"\n{_notice_prefix(n)}{n.text}", file=sys.stderr))
    _apply_enhance(session, args.enhance)
    _apply_voice(session, args.voice)
    try:
        _load_products(session, args)
        if args.banner:
            session.overlays.set_banner(args.banner, scrolling=len(args.banner) > 40)
        session.start()
        if args.countdown:
            session.start_countdown(args.countdown)
        session.wait_first_frame()
        path = session.start_recording(args.out, make_mp4=args.mp4)
        if args.audience:
            session.start_practice_audience(args.audience, script=args.audience_script)
    except (CatalogError, RecorderError, KeyError, ValueError) as exc:
        session.close()
        raise CliError(str(exc).strip("'\"")) from None
    tty = sys.stdout.isatty()
    started = time.monotonic()
    last_print = 0.0
    try:
        while (elapsed := time.monotonic() - started) < args.duration:
            time.sleep(min(0.25, args.duration - elapsed))
            if tty or elapsed - last_print >= 1.0:
                last_print = elapsed
                _progress(session, path, min(elapsed, args.duration), args.duration, tty)
    except KeyboardInterrupt:
        print("\nStopping early; finishing the file…")
    result = session.close()
    if tty:
        print()
    if result is None:
        raise CliError("The recording did not run.")
    print(f"Saved {result.path} ({result.video_frames} frames, {result.duration_s:.1f} s"
          f"{', ' + str(result.dropped_frames) + ' dropped' if result.dropped_frames else ''}).")
    if result.mp4_path:
        print(f"Saved {result.mp4_path}.")
    if result.error:
        print(f"seller-studio: {result.error}", file=sys.stderr)
        return 1
    if args.report:
        return _write_report(result.path, None, open_it=False)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    return _write_report(args.file, args.out, args.open)


def _write_report(path: Path, out: Path | None, open_it: bool) -> int:
    from studio.rehearsal.report import ReportError, make_report

    tty = sys.stderr.isatty()
    started = time.monotonic()

    def progress(fraction: float) -> None:
        if tty:
            filled = int(fraction * 30)
            print(f"\rAnalysing {path.name} [{'#' * filled}{'.' * (30 - filled)}] {fraction * 100:3.0f} %"
                  f"  {time.monotonic() - started:4.1f} s", end="", file=sys.stderr, flush=True)

    try:
        files = make_report(path, out, progress)
    except ReportError as exc:
        raise CliError(str(exc)) from None
    if tty:
        print(file=sys.stderr)
    s = files.summary
    if s.chapters_restored:
        print(f"The recording had been cut off: restored {len(s.chapters)} chapters from its event file.")
    print(f"Analysed {_clock(s.duration_s)} in {s.analysed_in_s:.1f} s ({s.speed_x:.0f}x real time).")
    for tip in s.suggestions:
        print(f"  {_clock(tip.t)}  {tip.text}")
    print(f"Saved {files.html}")
    print(f"Saved {files.json}")
    if open_it:
        import webbrowser

        webbrowser.open(files.html.resolve().as_uri())
    return 0


def _notice_prefix(notice: object) -> str:
    level = getattr(notice, "level", "info")
    return {"warning": "Warning: ", "error": "Error: "}.get(level, "")


def _progress(session: object, path: Path, elapsed: float, total: float, tty: bool) -> None:
    from studio.session import Session

    assert isinstance(session, Session)
    stats = session.program.stats
    rec = session.recorder
    dropped = rec.dropped_frames if rec else 0
    line = (f"● REC {path.name}  {_clock(elapsed)} / {_clock(total)}  "
            f"{stats.fps:4.1f} fps  {stats.process_ms:4.1f} ms/frame  dropped {dropped}")
    print(("\r" + line) if tty else line, end="" if tty else "\n", flush=True)


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 60:02d}:{s % 60:02d}"


def cmd_serve(args: argparse.Namespace) -> int:
    import asyncio

    from studio.server.app import ServerConfigError, ServerSettings, StudioServer
    from studio.server.calls import publish_control, withdraw_control

    async def run() -> None:
        server = StudioServer(ServerSettings(args.host, args.port, args.token))
        await server.start()
        publish_control(server)  # `seller-studio call-link` finds this server
        server.calls.changed.connect(_print_call)
        print(f"Serving on {server.base_url}")
        print(f"  publish (WHIP): {server.base_url}/whip/<room>" + ("  (Bearer token required)"
                                                                       if args.token else ""))
        print(f"  watch:          {server.base_url}/watch/<room>")
        print(f"  play (WHEP):    {server.base_url}/whep/<room>", flush=True)
        print(f"  call links:     seller-studio call-link (buyers ring {server.base_url}/call/<link>)",
              flush=True)
        stopping = asyncio.Event()
        if hasattr(signal, "SIGTERM"):  # a service manager's stop: withdraw the control file too
            asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stopping.set)
        try:
            await stopping.wait()  # or Ctrl+C, which cancels this
        finally:
            withdraw_control(server)
            await server.stop()

    try:
        asyncio.run(run())
    except ServerConfigError as exc:
        raise CliError(str(exc)) from None
    return 0


def _load_products(session: Any, args: argparse.Namespace) -> None:
    """`--show` (its catalogue and queue), `--catalog` (after the show's: it replaces it) and the
    product to pin: `--product`, else the show's first. CatalogError, ShowFileError, KeyError."""
    if args.show:
        run = session.shop.load_show(args.show)
        print(f"Opened the show {args.show.name}: {len(run.queue)} products in the queue.", flush=True)
    if args.catalog:
        catalog = session.load_catalog(args.catalog)
        if not args.product:
            print(f"Loaded {len(catalog.products)} products from {args.catalog}.", flush=True)
    if args.product:
        session.pin_product(args.product)
    elif args.show:
        session.shop.next_product()


def _print_call(call: Any) -> None:
    """`serve` has nobody to pick up: it says who rang and what they wrote."""
    if call.state == "ringing":
        print(f"Call from {call.name}" + (f" (order {call.order})" if call.order else "")
              + " — no studio is answering on this server.", flush=True)
    elif call.messages and call.ended:
        print(f"Message from {call.name}: {call.messages[-1]}", flush=True)


def cmd_call_link(args: argparse.Namespace) -> int:
    """Ask the running studio (or `serve`) for a call link, over its local control endpoint."""
    import json
    import urllib.error
    import urllib.request

    from studio.paths import control_file
    from studio.server.calls import read_control

    control = read_control()
    if control is None:
        raise CliError(f"No running studio or serve found ({control_file()} is missing): "
                       "open the studio or start `seller-studio serve` first.")
    body = json.dumps({"uses": args.uses, "ttl_min": args.ttl, "name": args.name, "order": args.order})
    request = urllib.request.Request(f"{control.url}/calls/links", data=body.encode(), method="POST",
                                     headers={"Content-Type": "application/json",
                                              "Authorization": f"Bearer {control.token}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as resp:
            reply = json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        try:
            message = json.loads(exc.read()).get("message") or exc.reason
        except ValueError:
            message = exc.reason
        raise CliError(str(message)) from None
    except OSError:
        raise CliError(f"The studio at {control.url} does not answer; is it still running?") from None
    print(reply["url"])
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from studio.commerce.catalog import CatalogError
    from studio.media.devices import parse_video_spec
    from studio.session import LiveTarget, Session

    try:
        kind, _ = parse_video_spec(args.source)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    mic = args.mic or ("demo" if kind == "demo" else "mic")
    width, height = _size(args.size)
    session = Session(SessionSettings(video_source=args.source, audio_source=mic, server_port=args.port,
                                      adaptive_bitrate=args.adaptive_bitrate, width=width, height=height,
                                      fps=args.fps))
    # Errors end the command with one sentence of their own; print the rest as they come.
    session.notices.connect(lambda n: n.level != "error" and print(
        f"{_notice_prefix(n)}{n.text}", file=sys.stderr, flush=True))
    _apply_enhance(session, args.enhance)
    outputs = _rtmp_destinations(session, args)  # a bad URL or key file is said before anything starts
    _apply_voice(session, args.voice)
    try:
        _load_products(session, args)
    except (CatalogError, KeyError, ValueError) as exc:
        raise CliError(str(exc).strip("'\"")) from None
    session.start()
    session.wait_first_frame()
    if args.record:
        session.start_recording(args.record)
    if args.whip:
        target = LiveTarget("whip", args.whip, args.token)
    else:
        target = LiveTarget("local" if args.local or not outputs else "none")
    where = args.whip or ("this computer" if target.kind == "local" else "")
    print(f"Connecting to {', '.join(x for x in [where, *(d.name for d in outputs)] if x)}…", flush=True)
    try:
        session.go_live(target)
    except ValueError as exc:
        session.close()
        raise CliError(str(exc)) from None
    while session.state.live_state == "connecting":
        time.sleep(0.02)
    if session.state.live_state != "live":
        session.close()
        raise CliError(session.state.live_error or "Going live failed.")
    if session.state.connect_ms is not None:
        print(f"Connected after {session.state.connect_ms:.0f} ms.", flush=True)
    if session.state.watch_url and target.kind == "local":
        print(f"Watch at {session.state.watch_url}", flush=True)
    started = time.monotonic()
    last_bytes = 0
    code = 0
    try:
        while args.duration is None or time.monotonic() - started < args.duration:
            time.sleep(1.0)
            st = session.state
            if st.live_state not in ("live", "reconnecting"):
                print(f"seller-studio: {st.live_error or 'the live session ended.'}", file=sys.stderr)
                code = 1
                break
            enc = session.live_encoder
            sent = enc.bytes_sent if enc else 0
            kbit = (sent - last_bytes) * 8 / 1000
            last_bytes = sent
            if st.live_state == "reconnecting":
                print(f"Reconnecting… ({_clock(time.monotonic() - started)})", flush=True)
                continue
            viewers = f", {st.viewer_count} viewers" if target.kind == "local" else ""
            adapt = f", target {st.uplink_kbps} kbit/s at {st.uplink_height}p" if st.uplink_kbps else ""
            if st.uplink_kbps and st.uplink_estimate:
                adapt += f", estimate {st.uplink_estimate}"
            link = session.quality.snapshot().get("publish" if args.whip else "viewers")
            if link is not None:
                adapt += f", link {link.level.label}"
            print(f"Sending {kbit:.0f} kbit/s ({_clock(time.monotonic() - started)}{viewers}{adapt})",
                  flush=True)
            for row in st.destinations:
                print("  " + _destination_line(row), flush=True)
    except KeyboardInterrupt:
        pass
    session.close()
    print("Ended the live session.")
    return code


def _rtmp_destinations(session: Any, args: argparse.Namespace) -> list[Any]:
    """`--rtmp URL --key-file F` pairs onto the session's destinations (keys never printed)."""
    from urllib.parse import urlsplit

    from studio.outputs.destinations import SECRETS, Destination, DestinationError

    if len(args.key_file) != len(args.rtmp):
        raise CliError("Give one --key-file for each --rtmp URL (the stream key, from the platform).")
    added = []
    for url, key_file in zip(args.rtmp, args.key_file, strict=True):
        try:
            key = key_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise CliError(f"Cannot read the stream key file {key_file} ({exc.strerror}).") from None
        SECRETS.add(key)
        parts = urlsplit(url)
        name = f"{parts.hostname or url}{parts.path.rstrip('/')}"
        try:
            added.append(session.outputs.set_destination(Destination(name, url), key))
        except DestinationError as exc:
            raise CliError(str(exc)) from None
    return added


def _destination_line(row: Any) -> str:
    from studio.outputs.destinations import mask

    text = f"{row.name}: {row.status}"
    if row.status == "live":
        text += f" · {row.bitrate_kbps:.0f} kbit/s · up {_clock(row.uptime_s)}"
    if row.dropped:
        text += f" · {row.dropped} dropped"
    if row.reason and row.status != "live":
        text += f" · {row.reason}"
    return mask(text)


def cmd_nettest(args: argparse.Namespace) -> int:
    import asyncio

    from studio.transport.nettest import Step, run_network_test
    from studio.transport.whip import WhipError

    def show(step: Step) -> None:
        loss = f"{step.loss * 100:.1f} % loss" if step.loss is not None else "no report yet"
        rtt = f", round trip {step.rtt_ms:.0f} ms" if step.rtt_ms is not None else ""
        sent = step.sent_kbps / 1000
        print(f"  asked {step.asked_bps / 1e6:.1f} Mbit/s: sent {sent:.2f} Mbit/s, {loss}{rtt}", flush=True)

    print(f"Testing the connection to {args.whip} (about 10 s)…", flush=True)
    try:
        result = asyncio.run(run_network_test(args.whip, args.token, on_step=show))
    except WhipError as exc:
        raise CliError(str(exc)) from None
    print(f"Connected in {result.connect_ms:.0f} ms.")
    print(result.sentence())
    return 0


def _apply_enhance(session: Any, choice: str) -> None:
    """`--enhance off|auto|<preset>` onto a session."""
    from studio.processing.enhance import PRESETS, EnhanceSettings

    if choice == "auto":
        session.set_enhance(EnhanceSettings(auto=True))
    elif choice != "off":
        session.set_enhance(PRESETS[choice])


def _apply_voice(session: Any, choice: str) -> None:
    """`--voice off|normal|strong` onto a session; a missing library is said, not raised."""
    from studio.processing.voice import CLI_LEVELS

    session.voice.state.changed.connect(
        lambda change: change.name == "problem" and change.new
        and print(f"Warning: {change.new}", file=sys.stderr, flush=True))
    session.set_voice(CLI_LEVELS[choice])


COMMANDS = {"app": cmd_app, "devices": cmd_devices, "rehearse": cmd_rehearse,
            "serve": cmd_serve, "publish": cmd_publish, "nettest": cmd_nettest, "report": cmd_report,
            "call-link": cmd_call_link}
