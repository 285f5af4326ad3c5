"""The impairment harness itself (tests/netem.py): a link must reach its own host side even
when an earlier run left a namespace behind, and a run ended with SIGTERM removes its links.

Namespaces outlive their processes and CI runs on the machine a session used: one left on the
same subnet by a killed run took the replies of a new link's server (CI failed on
test_nettest's cap test with "did not answer within 10 s")."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys

import pytest

from tests.netem import ImpairedLink, unavailable

REASON = unavailable()
pytestmark = pytest.mark.skipif(REASON is not None, reason=f"impairment harness: {REASON}")

CONNECT = "import socket, sys; socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=3).close()"


def _reaches_host_side(link: ImpairedLink) -> bool:
    with socket.create_server((link.host_ip, 0)) as server:
        port = server.getsockname()[1]
        proc = link.popen([sys.executable, "-c", CONNECT, link.host_ip, str(port)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return proc.wait(10) == 0


def _namespaces() -> str:
    return subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout


def test_a_leftover_namespace_on_the_same_subnet_does_not_take_the_new_links_traffic():
    leftover = ImpairedLink.create()  # stands for what a killed run left behind
    try:
        taken = int(leftover.host_ip.split(".")[1])
        link = ImpairedLink.create(first_choice=taken)
        try:
            assert link.host_ip.split(".")[1] != str(taken)
            assert _reaches_host_side(link)
            assert _reaches_host_side(leftover)
        finally:
            link.close()
    finally:
        leftover.close()
    assert leftover.ns not in _namespaces() and link.ns not in _namespaces()


def test_a_run_ended_with_sigterm_removes_its_links():
    code = ("from tests.netem import ImpairedLink; import sys, time; "
            "link = ImpairedLink.create(); print(link.ns, flush=True); time.sleep(30)")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    assert proc.stdout is not None
    ns = proc.stdout.readline().strip()
    assert ns and ns in _namespaces()
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(10) == -signal.SIGTERM  # still ends as a SIGTERM would
    assert ns not in _namespaces()
