#!/usr/bin/env bash
# Installs Janus (Debian/Ubuntu package `janus`, 1.1.x), the independent WebRTC server that
# tests/test_interop_janus.py publishes to through a small WHIP adapter. Idempotent: does
# nothing when the janus binary and its VideoRoom plugin are already there.
set -euo pipefail

plugin_present() {
  compgen -G "/usr/lib/*/janus/plugins/libjanus_videoroom.so" >/dev/null
}
version() {
  local out
  out="$(janus --version 2>/dev/null || true)"
  out="${out%%$'\n'*}"
  echo "${out:-janus}"
}

if command -v janus >/dev/null 2>&1 && plugin_present; then
  echo "install-janus: already installed ($(version))"
  exit 0
fi

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when apt does not know the package yet.
if ! apt-cache show janus >/dev/null 2>&1; then
  $SUDO apt-get update -q
fi
# The package's dependencies (libnice, libsrtp2, libmicrohttpd, libusrsctp…) come with it;
# its recommends (Lua extras, ssl-cert) are not needed by the VideoRoom plugin.
$SUDO apt-get install -y -q --no-install-recommends janus

if ! { command -v janus >/dev/null 2>&1 && plugin_present; }; then
  echo "install-janus: janus or its VideoRoom plugin is still missing after apt-get" >&2
  exit 1
fi
echo "install-janus: installed ($(version))"
