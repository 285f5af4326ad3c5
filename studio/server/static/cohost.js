// The co-host page: check the invite, show the camera, ask to join, follow the host's answer.
"use strict";
const ROOM = document.body.dataset.room;
const { t } = window.i18n;
const invite = new URLSearchParams(location.search).get("invite") || "";
const statusEl = document.getElementById("status");
const badge = document.getElementById("badge");
const joinBtn = document.getElementById("join"), muteBtn = document.getElementById("mute"), leaveBtn = document.getElementById("leave");
const nameEl = document.getElementById("name");
nameEl.value = localStorage.getItem("studio-name") || "";
let pc = null, peerUrl = null, stream = null, poll = null, muted = false, state = "none", scale = 1, tileKey = "";
window.cohost = { get pc() { return pc; }, get state() { return state; }, get scale() { return scale; }, join, leave };

function say(text, kind) {
  statusEl.textContent = text; statusEl.hidden = !text;
  badge.textContent = kind === "live" ? t("cohost.on_air") : kind === "wait" ? t("cohost.waiting") : t("cohost.not_joined");
  badge.className = "badge " + (kind || "");
}

// The host's answer by state, in the page's language; the server's English sentence if unknown.
function stateText(s) {
  const key = `cohost.state.${s.state}`;
  const text = t(key);
  return text === key ? s.message : text;
}

async function start() {
  say(t("cohost.checking"));
  const check = await fetch(`/cohost/${ROOM}/invite?invite=${encodeURIComponent(invite)}`);
  const body = await check.json();
  if (!body.ok) { say(body.message); return; }
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { width: 1280, height: 720 }, audio: { echoCancellation: true, noiseSuppression: true } });
  } catch (err) {
    say(t("cohost.allow", { error: err.name })); return;
  }
  document.getElementById("self").srcObject = stream;
  say(t("cohost.ready"));
  joinBtn.disabled = false;
}

async function join() {
  joinBtn.disabled = true;
  localStorage.setItem("studio-name", nameEl.value);
  pc = new RTCPeerConnection();
  for (const track of stream.getTracks()) pc.addTransceiver(track, { direction: "sendrecv", streams: [stream] });
  pc.ontrack = (e) => {
    try { e.receiver.jitterBufferTarget = 0; } catch (_) {}
    const v = document.getElementById("program");
    if (!v.srcObject) v.srcObject = new MediaStream();
    v.srcObject.addTrack(e.track);
  };
  await pc.setLocalDescription(await pc.createOffer());
  await new Promise((resolve) => {
    if (pc.iceGatheringState === "complete") return resolve();
    const timer = setTimeout(resolve, 300);
    pc.addEventListener("icegatheringstatechange", () => { if (pc.iceGatheringState === "complete") { clearTimeout(timer); resolve(); } });
  });
  const q = `invite=${encodeURIComponent(invite)}&name=${encodeURIComponent(nameEl.value)}`;
  const resp = await fetch(`/cohost/${ROOM}/join?${q}`, { method: "POST", headers: { "Content-Type": "application/sdp" }, body: pc.localDescription.sdp });
  if (resp.status !== 201) {
    say(await resp.text()); pc.close(); pc = null; joinBtn.disabled = false; return resp.status;
  }
  peerUrl = resp.headers.get("Location");
  await pc.setRemoteDescription({ type: "answer", sdp: await resp.text() });
  leaveBtn.disabled = false;
  poll = setInterval(refresh, 500);
  refresh();
  return 201;
}

async function refresh() {
  if (!peerUrl) return;
  const r = await fetch(peerUrl);
  if (!r.ok) return;
  const s = await r.json();
  state = s.state;
  if (s.state === "live") { say("", "live"); muteBtn.disabled = false; followTile(s.tile); }
  else if (s.state === "waiting" || s.state === "reconnecting") say(stateText(s), "wait");
  else { say(stateText(s)); stop(); }
}

// Send no more than the host's tile shows: the host decodes and scales less, the uplink
// carries less. The largest picture that still covers the tile (never upscaled).
async function followTile(tile) {
  const key = tile ? `${tile.width}x${tile.height}` : "";
  if (!pc || key === tileKey) return;
  const sender = pc.getSenders().find((x) => x.track && x.track.kind === "video");
  if (!sender) return;
  const { width, height } = sender.track.getSettings();
  if (!width || !height) return;
  const want = tile ? Math.max(1, Math.min(width / tile.width, height / tile.height)) : 1;
  const params = sender.getParameters();
  if (!params.encodings || !params.encodings.length) return;
  params.encodings[0].scaleResolutionDownBy = want;
  tileKey = key;
  try { await sender.setParameters(params); scale = want; } catch (_) { tileKey = ""; }
}

function stop() {
  clearInterval(poll); poll = null; tileKey = ""; scale = 1;
  if (pc) { pc.close(); pc = null; }
  muteBtn.disabled = true; leaveBtn.disabled = true;
}

async function leave() {
  if (peerUrl) await fetch(peerUrl, { method: "DELETE", keepalive: true }).catch(() => {});
  peerUrl = null; state = "left"; stop(); say(t("cohost.state.left"));
}

joinBtn.addEventListener("click", join);
leaveBtn.addEventListener("click", leave);
muteBtn.addEventListener("click", async () => {
  muted = !muted;
  for (const track of stream.getAudioTracks()) track.enabled = !muted;
  muteBtn.textContent = muted ? t("cohost.unmute") : t("cohost.mute");
  muteBtn.setAttribute("aria-pressed", String(muted));
  muteBtn.className = muted ? "on" : "leave";
  if (peerUrl) fetch(peerUrl + "/mute", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ muted }) });
});
window.addEventListener("pagehide", () => { if (peerUrl) fetch(peerUrl, { method: "DELETE", keepalive: true }); });
window.i18n.ready.then(start);
