"""A network impairment harness: a publisher in its own network namespace, joined to the host
by a veth pair, with packet loss (`iptables -m statistic`) and a bandwidth cap (`tc tbf`).

This kernel has no `tc netem`, so delay and jitter are not available here (they need a
user-space UDP relay; see docs/quality.md). Needs root; `unavailable()` says why not."""

from __future__ import annotations

import contextlib
import fcntl
import os
import random
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass


def _run(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True, text=True)


def stop_process(proc: subprocess.Popen, grace_s: float = 10) -> None:
    """SIGTERM, then SIGKILL if it does not exit in time."""
    proc.terminate()
    try:
        proc.wait(grace_s)
    except subprocess.TimeoutExpired:
        proc.kill()


def unavailable() -> str | None:
    """Why the harness cannot run here, or None."""
    if os.geteuid() != 0:
        return "network namespaces need root"
    for tool in ("ip", "tc", "iptables"):
        if not shutil.which(tool):
            return f"{tool} is not installed (bash scripts/setup.sh --dev installs iproute2 and iptables)"
    probe = f"ssprobe{os.getpid()}"
    try:
        _run("ip", "netns", "add", probe)
        _run("ip", "netns", "del", probe)
    except (subprocess.CalledProcessError, OSError) as exc:
        return f"network namespaces are not available: {getattr(exc, 'stderr', exc)}"
    return None


@dataclass
class ImpairedLink:
    """`host_ip` (this namespace) ⇄ `ns_ip` (inside `ns`); impairments apply on the link."""

    ns: str
    host_if: str
    ns_if: str
    host_ip: str
    ns_ip: str

    @classmethod
    def create(cls, first_choice: int | None = None) -> ImpairedLink:
        """A new namespace on a subnet (10.N.77.0/24) nothing on this machine routes yet.

        Namespaces outlive the processes that made them: a test run killed mid-way (a
        session's end, `timeout`) leaves its namespace and veth behind, and a CI run on the
        same machine later inherits them. A new link on the same subnet then has two host
        routes to it, replies leave through the dead one, and the publisher's first request
        times out ("did not answer within 10 s"). So the subnet is chosen among free ones,
        under a lock shared with concurrent runs (`first_choice` is tried first: tests)."""
        with _subnet_lock():
            n = _free_subnet(first_choice)
            tag = f"{os.getpid() % 10000}{n}"
            link = cls(f"ssnet{tag}", f"vsh{tag}"[:15], f"vsp{tag}"[:15], f"10.{n}.77.1", f"10.{n}.77.2")
            try:
                _run("ip", "netns", "add", link.ns)
                _LINKS[link.ns] = link
                _run("ip", "link", "add", link.host_if, "type", "veth", "peer", "name", link.ns_if)
                _run("ip", "link", "set", link.ns_if, "netns", link.ns)
                _run("ip", "addr", "add", f"{link.host_ip}/24", "dev", link.host_if)
                _run("ip", "link", "set", link.host_if, "up")
                link.exec("ip", "addr", "add", f"{link.ns_ip}/24", "dev", link.ns_if)
                link.exec("ip", "link", "set", link.ns_if, "up")
                link.exec("ip", "link", "set", "lo", "up")
            except BaseException:
                link.close()
                raise
        _clean_up_on_exit()
        return link

    def exec(self, *args: str) -> None:
        _run("ip", "netns", "exec", self.ns, *args)

    def popen(self, args: list[str], **kwargs: object) -> subprocess.Popen:
        """Start a process inside the namespace (the publisher's side of the link)."""
        return subprocess.Popen(["ip", "netns", "exec", self.ns, *args], **kwargs)  # type: ignore[call-overload]

    def set_loss(self, probability: float, protocol: str = "udp") -> None:
        """Drop this fraction of packets in each direction (0 clears). UDP by default (the
        media); `protocol="all"` with 1.0 is an outage (signalling too)."""
        for chain in ("INPUT", "OUTPUT"):
            self.exec("iptables", "-F", chain)
            if probability >= 1:
                self.exec("iptables", "-A", chain, "-p", protocol, "-j", "DROP")
            elif probability > 0:
                self.exec("iptables", "-A", chain, "-p", protocol, "-m", "statistic", "--mode", "random",
                          "--probability", f"{probability:.4f}", "-j", "DROP")

    def set_uplink_cap(self, kbit: int | None) -> None:
        """Cap what the publisher can send (token bucket; 300 ms of queue, then drops)."""
        if kbit:  # replace: a cap that changes keeps its queue, as a real link would
            self.exec("tc", "qdisc", "replace", "dev", self.ns_if, "root", "tbf", "rate", f"{kbit}kbit",
                      "burst", "16kb", "latency", "300ms")
        else:
            subprocess.run(["ip", "netns", "exec", self.ns, "tc", "qdisc", "del", "dev", self.ns_if, "root"],
                           capture_output=True)

    def uplink_drops(self) -> int:
        """Packets the cap has dropped so far (its queue was full)."""
        out = subprocess.run(["ip", "netns", "exec", self.ns, "tc", "-s", "qdisc", "show", "dev", self.ns_if],
                             capture_output=True, text=True).stdout
        return sum(int(n) for n in re.findall(r"dropped (\d+)", out))

    def close(self) -> None:
        subprocess.run(["ip", "netns", "del", self.ns], capture_output=True)
        subprocess.run(["ip", "link", "del", self.host_if], capture_output=True)
        _LINKS.pop(self.ns, None)


_LINKS: dict[str, ImpairedLink] = {}
_exit_hooks = False


@contextlib.contextmanager
def _subnet_lock() -> Iterator[None]:
    """An exclusive lock across processes (helpers and loops run tests side by side)."""
    with open("/tmp/seller-studio-netem.lock", "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _subnets_in_use() -> set[int]:
    """Second octets of the 10.x.0.0/16 networks this machine has addresses or routes in."""
    out = subprocess.run(["ip", "-4", "-o", "addr", "show"], capture_output=True, text=True).stdout
    routes = subprocess.run(["ip", "-4", "route", "show", "table", "all"], capture_output=True, text=True)
    out += routes.stdout
    return {int(m) for m in re.findall(r"\b10\.(\d+)\.\d+\.\d+", out)}


def _free_subnet(first_choice: int | None = None) -> int:
    taken = _subnets_in_use() | {n for n in range(100, 251)  # a half-deleted leftover's name
                                 if os.path.exists(f"/var/run/netns/ssnet{os.getpid() % 10000}{n}")}
    if first_choice is not None and first_choice not in taken:
        return first_choice
    free = [n for n in range(100, 251) if n not in taken]
    if not free:
        raise RuntimeError("no free 10.N.77.0/24 subnet for a test link (100 ≤ N ≤ 250 all in use)")
    return random.choice(free)


def _clean_up_on_exit() -> None:
    """Close this process's links when it exits, or is ended with SIGTERM (`timeout`)."""
    global _exit_hooks
    if _exit_hooks:
        return
    _exit_hooks = True
    import atexit
    import signal
    import threading

    def close_all() -> None:
        for link in list(_LINKS.values()):
            link.close()

    atexit.register(close_all)
    if threading.current_thread() is threading.main_thread() and \
            signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        def on_term(signum: int, _frame: object) -> None:
            close_all()
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)

        signal.signal(signal.SIGTERM, on_term)


class Publisher:
    """`seller-studio publish` inside the namespace, its status lines timestamped."""

    def __init__(self, link: ImpairedLink, url: str, token: str, seconds: int,
                 extra: tuple[str, ...] = (), env: dict[str, str] | None = None) -> None:
        import threading

        from tests.conftest import studio_cmd

        self.proc = link.popen(studio_cmd("publish", "--source", "demo", "--whip", url, "--token", token,
                                          "--duration", str(seconds), *extra),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, **(env or {})})
        self.lines: list[tuple[float, str]] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append((time.monotonic(), line.strip()))

    def rates_since(self, t0: float) -> list[tuple[float, float]]:
        """(seconds since t0, kbit/s the encoder produced) from the status lines."""
        out = []
        for t, line in list(self.lines):
            m = re.match(r"Sending (\d+) kbit/s", line)
            if m and t >= t0:
                out.append((t - t0, float(m.group(1))))
        return out

    def targets_since(self, t0: float) -> list[tuple[float, float, int]]:
        """(seconds since t0, the controller's target kbit/s, picture height)."""
        out = []
        for t, line in list(self.lines):
            m = re.search(r"target (\d+) kbit/s at (\d+)p", line)
            if m and t >= t0:
                out.append((t - t0, float(m.group(1)), int(m.group(2))))
        return out

    def timed_levels(self, t0: float) -> list[tuple[float, str]]:
        """(seconds since t0, link level) from the status lines."""
        return [(t - t0, m.group(1)) for t, line in list(self.lines)
                if t >= t0 and (m := re.search(r"link (\w+)", line))]

    def levels_between(self, t0: float, t1: float) -> list[str]:
        return [level for t, level in self.timed_levels(t0) if t <= t1 - t0]

    def wait_connected(self, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(line.startswith("Connected") for _t, line in self.lines):
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError(f"publisher did not connect: {self.lines}")

    def stop(self) -> None:
        stop_process(self.proc)


def serve(link: ImpairedLink, token: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    """`seller-studio serve` on the host side of the link; returns (process, base URL)."""
    from tests.conftest import studio_cmd

    proc = subprocess.Popen(studio_cmd("serve", "--host", link.host_ip, "--port", "0", "--token", token),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    assert proc.stdout is not None
    line = proc.stdout.readline()
    m = re.search(r"Serving on (http://\S+)", line)
    if not m:
        proc.kill()
        raise RuntimeError(f"the server did not start: {line}")
    return proc, m.group(1)


def opus_frames(url: str) -> dict[str, int]:
    """The server's ingest Opus counters (`GET /healthz`: decoded, red, fec, concealed, bytes)."""
    import json
    import urllib.request

    with urllib.request.urlopen(f"{url}/healthz", timeout=5) as resp:
        return json.load(resp)["opus_frames"]
