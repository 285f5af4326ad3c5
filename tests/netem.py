"""A network impairment harness: a publisher in its own network namespace, joined to the host
by a veth pair, with packet loss (`iptables -m statistic`) and a bandwidth cap (`tc tbf`).

This kernel has no `tc netem`, so delay and jitter are not available here (they need a
user-space UDP relay; see docs/quality.md). Needs root; `unavailable()` says why not."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
from dataclasses import dataclass


def _run(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True, text=True)


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
    def create(cls) -> ImpairedLink:
        n = random.randint(100, 250)
        tag = f"{os.getpid() % 10000}{n}"
        link = cls(f"ssnet{tag}", f"vsh{tag}"[:15], f"vsp{tag}"[:15], f"10.{n}.77.1", f"10.{n}.77.2")
        _run("ip", "netns", "add", link.ns)
        _run("ip", "link", "add", link.host_if, "type", "veth", "peer", "name", link.ns_if)
        _run("ip", "link", "set", link.ns_if, "netns", link.ns)
        _run("ip", "addr", "add", f"{link.host_ip}/24", "dev", link.host_if)
        _run("ip", "link", "set", link.host_if, "up")
        link.exec("ip", "addr", "add", f"{link.ns_ip}/24", "dev", link.ns_if)
        link.exec("ip", "link", "set", link.ns_if, "up")
        link.exec("ip", "link", "set", "lo", "up")
        return link

    def exec(self, *args: str) -> None:
        _run("ip", "netns", "exec", self.ns, *args)

    def popen(self, args: list[str], **kwargs: object) -> subprocess.Popen:
        """Start a process inside the namespace (the publisher's side of the link)."""
        return subprocess.Popen(["ip", "netns", "exec", self.ns, *args], **kwargs)  # type: ignore[call-overload]

    def set_loss(self, probability: float) -> None:
        """Drop this fraction of UDP packets in each direction (0 clears)."""
        for chain in ("INPUT", "OUTPUT"):
            self.exec("iptables", "-F", chain)
            if probability > 0:
                self.exec("iptables", "-A", chain, "-p", "udp", "-m", "statistic", "--mode", "random",
                          "--probability", f"{probability:.4f}", "-j", "DROP")

    def set_uplink_cap(self, kbit: int | None) -> None:
        """Cap what the publisher can send (token bucket; 300 ms of queue, then drops)."""
        subprocess.run(["ip", "netns", "exec", self.ns, "tc", "qdisc", "del", "dev", self.ns_if, "root"],
                       capture_output=True)
        if kbit:
            self.exec("tc", "qdisc", "add", "dev", self.ns_if, "root", "tbf", "rate", f"{kbit}kbit",
                      "burst", "16kb", "latency", "300ms")

    def close(self) -> None:
        subprocess.run(["ip", "netns", "del", self.ns], capture_output=True)
        subprocess.run(["ip", "link", "del", self.host_if], capture_output=True)
