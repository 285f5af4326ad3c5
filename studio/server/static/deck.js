// The assistant deck: runs the show's products from a phone or a second computer.
// The link's fragment carries the token (#k=…): fragments never reach a server, so the token
// stays out of logs and Referer headers. The page sends it as `Authorization: Bearer` on every
// API call, and as the first message of its WebSocket, which then pushes the live state.
"use strict";
(function () {
  const ROOM = document.body.dataset.room;
  const { t } = window.i18n;
  const STORE = `studio-deck-${ROOM}`;
  const $ = (id) => document.getElementById(id);
  const message = $("message");
  let token = new URLSearchParams(location.hash.slice(1)).get("k") || sessionStorage.getItem(STORE) || "";
  if (location.hash) {
    sessionStorage.setItem(STORE, token);
    history.replaceState(null, "", location.pathname + location.search); // off the address bar
  }
  let state = null, ws = null, refused = false, clockOffset = 0, timer = null;
  window.deck = { get state() { return state; }, act };

  function say(text, kind) {
    message.textContent = text || "";
    message.className = kind || "";
  }

  function refuse(text) {
    refused = true;
    sessionStorage.removeItem(STORE);
    $("deck").hidden = true;
    say(t("deck.refused"), "error");
    message.title = text || "";
    if (ws) ws.close();
  }

  async function act(action, body) {
    if (refused) return null;
    let resp;
    try {
      resp = await fetch(`/deck/${ROOM}/api/${action}`, {
        method: "POST",
        headers: { "Authorization": `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify(body || {}),
      });
    } catch (_) {
      say(t("deck.offline_error"), "error");
      return null;
    }
    if (resp.status === 403) { refuse(await resp.text()); return null; }
    const data = await resp.json().catch(() => ({ ok: false, error: t("deck.offline_error") }));
    if (!data.ok) { say(data.error, "error"); return null; }
    say("");
    if (data.state) show(data.state);
    return data;
  }

  // -- the live state ---------------------------------------------------------------------------------
  function connect() {
    if (refused) return;
    ws = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/deck/${ROOM}/ws`);
    ws.onopen = () => ws.send(JSON.stringify({ type: "hello", token }));
    ws.onmessage = (ev) => {
      const msg = JSON.parse(ev.data);
      if (msg.type === "state") show(msg);
      else if (msg.type === "error" && msg.status === 403) refuse(msg.text);
    };
    ws.onclose = (ev) => { if (ev.code === 4403) refuse(ev.reason); else if (!refused) setTimeout(connect, 1000); };
  }

  function show(s) {
    state = s;
    if (typeof s.now_ms === "number") clockOffset = s.now_ms - Date.now();
    $("deck").hidden = false;
    const live = $("state");
    live.textContent = s.live ? t("deck.live") : t("deck.offline");
    live.className = "badge " + (s.live ? "live" : "offline");
    $("viewers").textContent = t("deck.viewers", { count: s.viewers });
    $("taps").textContent = t("deck.taps", { count: s.taps });
    const byId = Object.fromEntries(s.products.map((p) => [p.id, p]));
    const pinned = s.pinned ? byId[s.pinned] : null;
    $("pinned").textContent = pinned ? `${pinned.title} · ${pinned.price}` : t("deck.nothing_pinned");
    $("pinned").dataset.id = s.pinned || "";
    $("unpin").disabled = !s.pinned;
    showSale(s);
    showProducts(s);
    showComments(s);
    showClaims(s);
  }

  function showSale(s) {
    const sale = s.sale;
    $("sale-running").hidden = !sale;
    $("sale-form").hidden = !!sale;
    $("sale").dataset.running = sale ? "yes" : "";
    if (sale) {
      $("sale-title").textContent = sale.title;
      $("sale-price").textContent = sale.price;
      $("sale-original").textContent = sale.original;
      $("sale-left").textContent = sale.left == null ? "" : t("deck.sale_left", { left: sale.left, limit: sale.limit });
    }
    const select = $("sale-product");
    const chosen = select.value || s.pinned || "";
    select.replaceChildren(...s.products.map((p) => new Option(`${p.title} · ${p.price}`, p.id)));
    select.value = s.pinned && !select.matches(":focus") ? s.pinned : chosen;
    tick();
    if (sale && !timer) timer = setInterval(tick, 250);
    if (!sale && timer) { clearInterval(timer); timer = null; }
  }

  function tick() {
    const sale = state && state.sale;
    if (!sale) return;
    const left = Math.max(0, Math.ceil((sale.ends_at_ms - (Date.now() + clockOffset)) / 1000));
    $("sale-countdown").textContent = t("deck.sale_ends", {
      time: `${String(Math.floor(left / 60)).padStart(2, "0")}:${String(left % 60).padStart(2, "0")}` });
  }

  function button(text, onClick, kind) {
    const b = document.createElement("button");
    b.type = "button"; b.textContent = text;
    if (kind) b.className = kind;
    b.addEventListener("click", onClick);
    return b;
  }

  function showProducts(s) {
    const list = $("products");
    const rows = new Map([...list.children].map((li) => [li.dataset.id, li]));
    const keep = [];
    for (const p of s.products) {
      let li = rows.get(p.id);
      if (!li) {
        li = document.createElement("li");
        li.dataset.id = p.id;
        const info = document.createElement("div");
        info.className = "info";
        const title = document.createElement("div"); title.className = "title";
        const meta = document.createElement("div"); meta.className = "meta";
        info.append(title, meta);
        const stock = document.createElement("input");
        stock.type = "number"; stock.min = "0"; stock.step = "1"; stock.className = "stock";
        stock.setAttribute("aria-label", t("deck.stock"));
        stock.placeholder = "—";
        const save = button(t("deck.save"), () => act("stock", { id: p.id, units: stock.value }));
        save.className = "save";
        const pin = button(t("deck.pin"), () => act("pin", { id: p.id }), "primary pin");
        li.append(info, stock, save, pin);
      }
      li.classList.toggle("pinned", p.id === s.pinned);
      li.querySelector(".title").textContent = p.title;
      li.querySelector(".meta").textContent = [p.price, t("deck.taps", { count: p.taps }),
        p.queued ? "" : t("deck.not_queued")].filter(Boolean).join(" · ");
      const stock = li.querySelector(".stock");
      if (document.activeElement !== stock) stock.value = p.stock == null ? "" : String(p.stock);
      li.dataset.stock = p.stock == null ? "" : String(p.stock);
      li.dataset.taps = String(p.taps);
      keep.push(li);
    }
    list.replaceChildren(...keep);
  }

  function empty(list, text) {
    const li = document.createElement("li");
    li.className = "empty"; li.textContent = text;
    list.replaceChildren(li);
  }

  function showComments(s) {
    const list = $("comments");
    if (!s.comments.length) { empty(list, t("deck.no_comments")); return; }
    list.replaceChildren(...s.comments.slice().reverse().map((c) => {
      const li = document.createElement("li");
      li.dataset.id = c.id;
      if (c.host) li.classList.add("host");
      if (c.question) li.classList.add("question");
      if (c.id === s.pinned_comment) li.classList.add("pinned");
      const text = document.createElement("div");
      const name = document.createElement("span"); name.className = "name"; name.textContent = c.name;
      text.append(name, document.createTextNode(" " + c.text));
      li.append(text);
      if (!c.host) {
        const row = document.createElement("div"); row.className = "row small";
        const pinned = c.id === s.pinned_comment;
        row.append(
          button(pinned ? t("deck.unpin_comment") : t("deck.pin_comment"),
            () => act("pin_comment", { id: pinned ? null : c.id })),
          button(t("deck.mute"), () => act("mute", { viewer: c.viewer, minutes: 10 })
            .then((ok) => ok && say(t("deck.muted", { name: c.name }), "ok"))),
          button(t("deck.block"), () => act("block", { viewer: c.viewer })
            .then((ok) => ok && say(t("deck.blocked", { name: c.name }), "ok")), "danger"));
        li.append(row);
      }
      return li;
    }));
  }

  function claimStatus(status) {
    const names = { reserved: t("deck.claim_reserved"), waitlist: t("deck.claim_waitlist"),
                    confirmed: t("deck.claim_confirmed"), cancelled: t("deck.claim_cancelled") };
    return names[status] || status;
  }

  function showClaims(s) {
    const list = $("claims");
    if (!s.claims.length) { empty(list, t("deck.no_claims")); return; }
    list.replaceChildren(...s.claims.slice().reverse().map((c) => {
      const li = document.createElement("li");
      li.dataset.status = c.status;
      li.textContent = `${c.viewer} · ${c.title} × ${c.quantity} · ${claimStatus(c.status)}`;
      return li;
    }));
  }

  // -- actions ------------------------------------------------------------------------------------------
  $("previous").addEventListener("click", () => act("previous"));
  $("next").addEventListener("click", () => act("next"));
  $("unpin").addEventListener("click", () => act("unpin"));
  $("sale-stop").addEventListener("click", () => act("sale_stop"));
  $("sale-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    act("sale_start", { id: $("sale-product").value, price: $("sale-price-input").value,
                        limit: $("sale-limit").value, seconds: $("sale-seconds").value });
  });
  $("reply-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const input = $("reply");
    if (await act("reply", { text: input.value })) input.value = "";
  });

  window.i18n.ready.then(() => {
    if (!token) { refuse(""); say(t("deck.no_token"), "error"); return; }
    connect();
  });
})();
