"""A real RTMP server for tests: Debian's nginx with libnginx-mod-rtmp on loopback, and RTMPS
through nginx's stream module with TLS (a self-signed certificate made here)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
MODULES = Path("/usr/lib/nginx/modules")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NginxRtmp:
    """One nginx: `live` and `shop` applications on an RTMP port, RTMPS on another."""

    def __init__(self, root: Path, tls: bool = True) -> None:
        self.root = root
        self.port, self.tls_port = free_port(), free_port()
        self.tls = tls
        self.proc: subprocess.Popen[bytes] | None = None
        root.mkdir(parents=True, exist_ok=True)
        if tls and not (root / "cert.pem").exists():
            subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                            "-subj", "/CN=localhost", "-keyout", str(root / "key.pem"),
                            "-out", str(root / "cert.pem")], check=True, capture_output=True)
        stream = (f"stream {{ server {{ listen 127.0.0.1:{self.tls_port} ssl; "
                  f"proxy_pass 127.0.0.1:{self.port}; ssl_certificate {root}/cert.pem; "
                  f"ssl_certificate_key {root}/key.pem; }} }}") if tls else ""
        (root / "nginx.conf").write_text(f"""
load_module {MODULES}/ngx_rtmp_module.so;
{"load_module " + str(MODULES / "ngx_stream_module.so") + ";" if tls else ""}
daemon off;
master_process off;
pid {root}/nginx.pid;
error_log {root}/error.log info;
events {{ worker_connections 64; }}
rtmp {{ server {{ listen 127.0.0.1:{self.port}; chunk_size 4096;
  application live {{ live on; record off; }}
  application shop {{ live on; record off; }} }} }}
{stream}
""")

    def start(self) -> NginxRtmp:
        self.proc = subprocess.Popen([NGINX, "-p", str(self.root), "-c", str(self.root / "nginx.conf"),
                                      "-e", str(self.root / "error.log")],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"nginx did not start: {(self.root / 'error.log').read_text()[-500:]}")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(5)
        self.proc = None

    def url(self, app: str = "live", tls: bool = False) -> str:
        return f"rtmps://127.0.0.1:{self.tls_port}/{app}" if tls else f"rtmp://127.0.0.1:{self.port}/{app}"

    def play_url(self, app: str, key: str) -> str:
        return f"rtmp://127.0.0.1:{self.port}/{app}/{key}"


@pytest.fixture
def nginx_rtmp():
    """A factory of started nginx RTMP servers, all stopped after the test."""
    if not os.path.exists(NGINX) or not (MODULES / "ngx_rtmp_module.so").exists():
        pytest.skip("nginx with libnginx-mod-rtmp is not installed (scripts/setup.sh --dev installs it)")
    root = Path(tempfile.mkdtemp(prefix="studio-nginx-"))
    servers: list[NginxRtmp] = []

    def make(tls: bool = True) -> NginxRtmp:
        server = NginxRtmp(root / str(len(servers)), tls).start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.kill()
    shutil.rmtree(root, ignore_errors=True)
