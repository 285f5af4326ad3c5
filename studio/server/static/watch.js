// The viewer page: WHEP playback of the show, live comments and status over a WebSocket, and
// the shop window: the pinned product as a card with a Buy button, the bag of the show's
// products, a flash sale's countdown and price (studio/server/shopwindow.py serves images and
// counts taps).
"use strict";
const ROOM = document.body.dataset.room;
const { t } = window.i18n;
const video = document.getElementById("video");
const stateEl = document.getElementById("state");
const viewersEl = document.getElementById("viewers");
const offlineEl = document.getElementById("offline");
const unmute = document.getElementById("unmute");
let pc = null, resource = null, live = false, connecting = false, leaving = false, viewers = 0;
// Timing marks (performance.now() ms) for benchmarks and the curious: POST sent, answer
// applied, first frame presented.
const timing = { post: null, answer: null, firstFrame: null, firstFrameWall: null };
window.studio = { get pc() { return pc; }, timing };

function showState() {
  stateEl.textContent = live ? t("watch.live") : t("watch.offline");
  stateEl.className = "badge " + (live ? "live" : "offline");
  viewersEl.textContent = "👁 " + viewers;
  viewersEl.title = t("watch.viewers", { count: viewers });
  viewersEl.setAttribute("aria-label", t("watch.viewers", { count: viewers }));
}

// "Waiting for the show to start…" covers the stage until the picture actually plays, and
// comes back when the show stops. (It once stayed over a playing show: the page's own
// `#offline { display:flex }` outranked the browser's rule for `hidden`; the `[hidden]` rule in
// watch.css settles that, and the text now follows the video element, not our guesses.)
function showWaiting(on) { offlineEl.hidden = !on; }
video.addEventListener("playing", () => showWaiting(false));

function setLive(on) {
  live = on;
  showState();
  if (!on) showWaiting(true);
}

async function play() {
  if (pc || connecting || leaving) return;
  connecting = true;
  try {
    const peer = new RTCPeerConnection();
    peer.addTransceiver("video", { direction: "recvonly" });
    peer.addTransceiver("audio", { direction: "recvonly" });
    peer.ontrack = (e) => {
      // Ask for the smallest jitter buffer the browser allows: this is a live sale.
      try { e.receiver.jitterBufferTarget = 0; } catch (_) {}
      try { e.receiver.playoutDelayHint = 0; } catch (_) {}
      if (!video.srcObject) video.srcObject = new MediaStream();
      video.srcObject.addTrack(e.track);
      if (e.track.kind === "audio") unmute.hidden = !video.muted;
    };
    peer.onconnectionstatechange = () => {
      if (["failed", "closed", "disconnected"].includes(peer.connectionState) && pc === peer) {
        stop(); setTimeout(() => live && play(), 1000);
      }
    };
    await peer.setLocalDescription(await peer.createOffer());
    await gathered(peer);
    timing.post = performance.now(); timing.firstFrame = null; timing.firstFrameWall = null;
    // A show in both shapes has a room per shape ("live" and "live-portrait"): a phone held
    // upright takes the 9:16 one, anything else the 16:9 one, and the main room otherwise.
    const upright = matchMedia("(orientation: portrait) and (max-width: 900px)").matches;
    let resp = null;
    for (const room of [`${ROOM}-${upright ? "portrait" : "landscape"}`, ROOM]) {
      resp = await fetch(`/whep/${room}`, { method: "POST", headers: { "Content-Type": "application/sdp" }, body: peer.localDescription.sdp });
      if (resp.status === 201) break;
    }
    if (resp.status !== 201) { peer.close(); setTimeout(() => live && play(), 1000); return; }
    resource = resp.headers.get("Location");
    await peer.setRemoteDescription({ type: "answer", sdp: await resp.text() });
    timing.answer = performance.now();
    if (video.requestVideoFrameCallback) {
      video.requestVideoFrameCallback(() => { timing.firstFrame = performance.now(); timing.firstFrameWall = Date.now(); });
    }
    pc = peer;
  } catch (err) {
    console.error(err);
  } finally {
    connecting = false;
  }
}

function gathered(peer) {
  // Host candidates are enough on a LAN; don't wait for slow STUN (there is none).
  return new Promise((resolve) => {
    if (peer.iceGatheringState === "complete") return resolve();
    const timer = setTimeout(resolve, 300);
    peer.addEventListener("icegatheringstatechange", () => {
      if (peer.iceGatheringState === "complete") { clearTimeout(timer); resolve(); }
    });
  });
}

function stop() {
  if (pc) { pc.close(); pc = null; }
  if (resource) { fetch(resource, { method: "DELETE", keepalive: true }).catch(() => {}); resource = null; }
  video.srcObject = null;
  showWaiting(true);
}

unmute.addEventListener("click", () => { video.muted = false; video.play(); unmute.hidden = true; });

// Comments and status.
const list = document.getElementById("comments");
const errorEl = document.getElementById("error");
const nameEl = document.getElementById("name");
nameEl.value = localStorage.getItem("studio-name") || "";
let ws;
function connectSocket() {
  ws = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws/${ROOM}`);
  ws.onmessage = (ev) => {
    const msg = JSON.parse(ev.data);
    if (msg.type === "status") {
      viewers = msg.viewers;
      setLive(msg.live);
      if (msg.live) play(); else stop();
    } else if (msg.type === "comment") {
      const li = document.createElement("li");
      li.dataset.id = msg.id;
      if (msg.host) li.className = "host";
      const name = document.createElement("span");
      name.className = "name"; name.textContent = msg.name;
      li.append(name, document.createTextNode(msg.text));
      list.append(li);
      list.scrollTop = list.scrollHeight;
    } else if (msg.type === "product") {
      window.shop.showProduct(msg);
    } else if (msg.type === "bag") {
      window.shop.showBag(msg.items || []);
    } else if (msg.type === "error") {
      errorEl.textContent = msg.text;
    }
  };
  ws.onclose = () => setTimeout(connectSocket, 1000);
}
window.i18n.ready.then(() => { showState(); connectSocket(); });

document.getElementById("form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const text = document.getElementById("text");
  if (!text.value.trim() || !ws || ws.readyState !== 1) return;
  localStorage.setItem("studio-name", nameEl.value);
  ws.send(JSON.stringify({ type: "comment", name: nameEl.value, text: text.value }));
  text.value = ""; errorEl.textContent = "";
});
// Say goodbye when the tab goes away, and never rejoin while leaving.
window.addEventListener("pagehide", () => { leaving = true; stop(); });

// The stage takes the show's shape (16:9 or 9:16) as soon as the first picture tells it.
video.addEventListener("resize", () => {
  if (!video.videoWidth || !video.videoHeight) return;
  const tall = video.videoHeight > video.videoWidth;
  document.getElementById("stage").style.setProperty("--ar", `${video.videoWidth} / ${video.videoHeight}`);
  document.getElementById("stage").classList.toggle("tall", tall);
  document.getElementById("main").classList.toggle("tall", tall);
});
