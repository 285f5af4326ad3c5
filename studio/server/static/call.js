// The buyer's call page: check the link, ring the seller (camera optional, audio only is fine),
// follow the seller's answer, record only with consent, and leave a message when nobody answers.
"use strict";
const { t } = window.i18n;
const TOKEN = location.pathname.split("/").filter(Boolean)[1] || "";
const $ = (id) => document.getElementById(id);
const statusEl = $("status"), badge = $("badge"), rec = $("rec");
const callBtn = $("call"), muteBtn = $("mute"), cameraBtn = $("camera"), hangBtn = $("hangup");
const nameEl = $("name");
nameEl.value = localStorage.getItem("studio-name") || "";
let pc = null, callUrl = null, stream = null, poll = null, state = "none", record = "off";
let muted = false, cameraOff = false, firstFrameAt = null, acceptedAt = null, refused = null;
window.call = {
  get pc() { return pc; }, get state() { return state; }, get record() { return record; },
  get firstFrameAt() { return firstFrameAt; }, get acceptedAt() { return acceptedAt; },
  get refused() { return refused; }, ring, hangUp, agree, sendMessage,
};

function say(text, kind) {
  statusEl.textContent = text || ""; statusEl.hidden = !text;
  badge.textContent = kind === "live" ? t("call.connected") : kind === "wait" ? t("call.ringing") : "";
  badge.hidden = !badge.textContent;
  badge.className = "badge " + (kind || "");
}

function stateText(s) {
  const key = `call.state.${s.state}`;
  const text = t(key);
  return text === key ? s.message : text;
}

function refusedText(body) {
  const key = `call.link.${body.reason}`;
  const text = t(key);
  return text === key ? body.message : text;
}

async function start() {
  say(t("call.checking"));
  const check = await fetch(`/call/${encodeURIComponent(TOKEN)}/link`);
  const body = await check.json().catch(() => ({ ok: false, reason: "unknown", message: "" }));
  if (!body.ok) { refused = body.reason; say(refusedText(body)); $("before").hidden = true; return; }
  say(t("call.ready"));
  callBtn.disabled = false;
}

async function media() {
  const audio = { echoCancellation: true, noiseSuppression: true };
  if ($("use-camera").checked) {
    try { return await navigator.mediaDevices.getUserMedia({ video: { width: 1280, height: 720 }, audio }); }
    catch (_) { /* no camera or not allowed: audio only */ }
  }
  try { return await navigator.mediaDevices.getUserMedia({ audio }); }
  catch (_) { return new MediaStream(); }  // listen and watch only
}

async function ring() {
  callBtn.disabled = true;
  localStorage.setItem("studio-name", nameEl.value);
  stream = await media();
  const self = $("self");
  if (stream.getVideoTracks().length) { self.srcObject = stream; self.hidden = false; }
  pc = new RTCPeerConnection();
  for (const kind of ["audio", "video"]) {
    const track = stream.getTracks().find((tr) => tr.kind === kind);
    if (track) pc.addTransceiver(track, { direction: "sendrecv", streams: [stream] });
    else pc.addTransceiver(kind, { direction: "recvonly" });
  }
  pc.ontrack = (e) => {
    try { e.receiver.jitterBufferTarget = 0; } catch (_) {}
    const v = $("remote");
    if (!v.srcObject) v.srcObject = new MediaStream();
    v.srcObject.addTrack(e.track);
  };
  const remote = $("remote");
  const mark = () => { if (firstFrameAt === null) firstFrameAt = Date.now(); };
  if (remote.requestVideoFrameCallback) remote.requestVideoFrameCallback(mark);
  else remote.addEventListener("playing", mark, { once: true });
  await pc.setLocalDescription(await pc.createOffer());
  await new Promise((resolve) => {
    if (pc.iceGatheringState === "complete") return resolve();
    const timer = setTimeout(resolve, 300);
    pc.addEventListener("icegatheringstatechange", () => { if (pc.iceGatheringState === "complete") { clearTimeout(timer); resolve(); } });
  });
  const resp = await fetch(`/call/${encodeURIComponent(TOKEN)}/ring?name=${encodeURIComponent(nameEl.value)}`,
    { method: "POST", headers: { "Content-Type": "application/sdp" }, body: pc.localDescription.sdp });
  if (resp.status !== 201) {
    const body = await resp.json().catch(() => ({ reason: "", message: "" }));
    refused = body.reason || "error";
    say(refusedText(body)); stop(); $("before").hidden = true; return resp.status;
  }
  callUrl = resp.headers.get("Location");
  await pc.setRemoteDescription({ type: "answer", sdp: await resp.text() });
  state = "ringing";
  $("before").hidden = true; $("during").hidden = false;
  say(t("call.state.ringing"), "wait");
  poll = setInterval(refresh, 250);
  return 201;
}

async function refresh() {
  if (!callUrl) return;
  const r = await fetch(callUrl).catch(() => null);
  if (!r || !r.ok) return;
  const s = await r.json();
  state = s.state; record = s.record;
  if (s.accepted_at) acceptedAt = s.accepted_at * 1000;
  $("consent").hidden = s.record !== "asked";
  rec.hidden = s.record !== "on";
  $("withdraw").hidden = !["agreed", "on"].includes(s.record);
  if (s.state === "live") say("", "live");
  else if (s.state === "ringing") say(stateText(s), "wait");
  else {
    say(stateText(s)); stop();
    $("leave-message").hidden = !s.can_message;
  }
}

function stop() {
  clearInterval(poll); poll = null;
  if (pc) { pc.close(); pc = null; }
  if (stream) for (const track of stream.getTracks()) track.stop();
  $("during").hidden = true; $("consent").hidden = true; rec.hidden = true;
}

async function hangUp() {
  if (callUrl) await fetch(callUrl, { method: "DELETE", keepalive: true }).catch(() => {});
  await refresh();
  stop();
}

function tellMedia() {
  if (callUrl) fetch(callUrl + "/media", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ muted, camera_off: cameraOff }) });
}

async function agree(yes) {
  if (!callUrl) return null;
  const r = await fetch(callUrl + "/record", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ agree: yes }) });
  await refresh();
  return r.status;
}

async function sendMessage(text) {
  const body = JSON.stringify({ text: text === undefined ? $("message").value : text });
  const r = await fetch(callUrl + "/message", { method: "POST", headers: { "Content-Type": "application/json" }, body });
  const out = await r.json().catch(() => ({}));
  $("sent").textContent = r.ok ? t("call.sent") : (out.message || "");
  if (r.ok) { $("message").value = ""; await refresh(); }
  return r.status;
}

callBtn.addEventListener("click", ring);
hangBtn.addEventListener("click", hangUp);
$("agree").addEventListener("click", () => agree(true));
$("refuse").addEventListener("click", () => agree(false));
$("withdraw").addEventListener("click", () => agree(false));
$("send").addEventListener("click", () => sendMessage());
muteBtn.addEventListener("click", () => {
  muted = !muted;
  if (stream) for (const track of stream.getAudioTracks()) track.enabled = !muted;
  muteBtn.textContent = muted ? t("call.unmute") : t("call.mute");
  muteBtn.setAttribute("aria-pressed", String(muted));
  tellMedia();
});
cameraBtn.addEventListener("click", () => {
  cameraOff = !cameraOff;
  if (stream) for (const track of stream.getVideoTracks()) track.enabled = !cameraOff;
  cameraBtn.textContent = cameraOff ? t("call.camera_on") : t("call.camera_off");
  cameraBtn.setAttribute("aria-pressed", String(cameraOff));
  tellMedia();
});
window.addEventListener("pagehide", () => { if (callUrl && poll) fetch(callUrl, { method: "DELETE", keepalive: true }); });
window.i18n.ready.then(start);
