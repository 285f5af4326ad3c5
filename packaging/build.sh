#!/usr/bin/env bash
# Build the one-folder Linux app with PyInstaller and check the bundle: it starts, prints its
# version, and records a 3-second headless rehearsal that decodes back. Several minutes on 2
# cores; not part of the default test run (tests/test_packaging.py runs it when
# SELLER_STUDIO_BUILD=1).
#
#     bash packaging/build.sh              # → dist/seller-studio/seller-studio
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
[ -x "$PY" ] || PY="$(command -v python3)"

"$PY" scripts/i18n.py check >/dev/null   # never ship stale or unfinished translations
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/seller-studio.spec

APP=dist/seller-studio/seller-studio
echo "== $APP --version"
"$APP" --version

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
echo "== a 3-second headless rehearsal from the bundle"
QT_QPA_PLATFORM=offscreen HOME="$OUT" "$APP" rehearse --source demo --duration 3 --out "$OUT/rehearsal.mkv"
"$PY" - "$OUT/rehearsal.mkv" <<'PYEOF'
import sys
import av
with av.open(sys.argv[1]) as c:
    frames = sum(1 for _ in c.decode(video=0))
    c.seek(0)
    audio = sum(f.samples for f in c.decode(audio=0))
print(f"decoded {frames} video frames and {audio / 48000:.2f} s of audio")
assert 80 <= frames <= 100, frames
assert audio > 2.5 * 48000, audio
PYEOF

if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net packaging/io.github.sellerstudio.SellerStudio.metainfo.xml
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate packaging/seller-studio.desktop
fi
du -sh dist/seller-studio
echo "ok: dist/seller-studio"
