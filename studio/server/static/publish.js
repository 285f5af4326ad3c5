// A plain browser WHIP publisher: camera and microphone, POSTed to /whip/<room>.
"use strict";
const ROOM = document.body.dataset.room;
const { t } = window.i18n;
const statusEl = document.getElementById("status");
let pc = null, resource = null;
window.whip = { get pc() { return pc; }, start, stop, get status() { return statusEl.textContent; } };

async function start(token) {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { width: 1280, height: 720 }, audio: true });
  document.getElementById("self").srcObject = stream;
  pc = new RTCPeerConnection();
  for (const track of stream.getTracks()) pc.addTransceiver(track, { direction: "sendonly", streams: [stream] });
  await pc.setLocalDescription(await pc.createOffer());
  await new Promise((resolve) => {
    if (pc.iceGatheringState === "complete") return resolve();
    const timer = setTimeout(resolve, 500);
    pc.addEventListener("icegatheringstatechange", () => { if (pc.iceGatheringState === "complete") { clearTimeout(timer); resolve(); } });
  });
  const headers = { "Content-Type": "application/sdp" };
  if (token) headers["Authorization"] = "Bearer " + token;
  const resp = await fetch(`/whip/${ROOM}`, { method: "POST", headers, body: pc.localDescription.sdp });
  if (resp.status !== 201) {
    statusEl.textContent = t("publish.refused", { status: resp.status, reason: await resp.text() });
    pc.close(); pc = null;
    return resp.status;
  }
  resource = resp.headers.get("Location");
  await pc.setRemoteDescription({ type: "answer", sdp: await resp.text() });
  statusEl.textContent = t("publish.live");
  return 201;
}

async function stop(token) {
  if (resource) {
    const headers = token ? { "Authorization": "Bearer " + token } : {};
    await fetch(resource, { method: "DELETE", headers });
    resource = null;
  }
  if (pc) { pc.close(); pc = null; }
  statusEl.textContent = t("publish.not_live");
}

document.getElementById("go").addEventListener("click", () => {
  const token = document.getElementById("token").value;
  if (pc) stop(token); else start(token);
});
