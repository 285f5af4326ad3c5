// The viewer page's shop window: the pinned product's card, the bag of the show's products and
// a flash sale's countdown. Messages come over the page's WebSocket (watch.js):
//   {type:"product", id, title, amount, currency, original_amount, discount, stock, url, image,
//    sale?: {amount, ends_at_ms, limit, left}, now_ms}   (no id: nothing pinned)
//   {type:"bag", items:[…the same, plus pinned]}
// Prices are formatted here, in the viewer's own locale, from the raw amount and currency.
"use strict";
(function () {
  const ROOM = document.body.dataset.room;
  const { t } = window.i18n;
  const LOCALE = (navigator.languages && navigator.languages[0]) || navigator.language || "en";
  const FEW = 5; // "Only 3 left" from this many down
  const card = document.getElementById("product");
  const bagButton = document.getElementById("bag-button");
  const bagCount = document.getElementById("bag-count");
  const bag = document.getElementById("bag");
  const bagList = document.getElementById("bag-list");
  let clockOffset = 0; // server clock − ours, ms (from each product message's now_ms)
  let sale = null, saleTimer = null, pinned = null, items = [];
  // Timing marks for benchmarks: when the card last changed (performance.now()).
  const timing = { shown: null, productId: null };
  window.shopTiming = timing;

  function money(amount, currency, fallback) {
    if (amount == null || !currency) return fallback || "";
    try {
      return new Intl.NumberFormat(LOCALE, { style: "currency", currency }).format(Number(amount));
    } catch (_) {
      return fallback || `${amount} ${currency}`;
    }
  }

  function percentOff(discount) {
    try { return new Intl.NumberFormat(LOCALE, { style: "percent" }).format(-discount / 100); }
    catch (_) { return `-${discount}%`; }
  }

  function stockText(stock) {
    if (stock == null) return "";
    if (stock <= 0) return t("watch.sold_out");
    return stock <= FEW ? t("watch.only_left", { count: stock }) : t("watch.left_many", { count: stock });
  }

  function webUrl(url) {
    try {
      const u = new URL(url, location.href);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (_) { return null; }
  }

  function imageUrl(id) { return `/shop/${ROOM}/image/${encodeURIComponent(id)}`; }

  function tap(id) {
    // Counted anonymously per product; the Buy link opens whatever happens here.
    fetch(`/shop/${ROOM}/tap/${encodeURIComponent(id)}`, { method: "POST", keepalive: true }).catch(() => {});
  }

  function setBuy(link, item) {
    const url = webUrl(item.url);
    link.hidden = !url;
    if (url) link.href = url; else link.removeAttribute("href");
    link.dataset.id = item.id;
  }

  function fill(root, item) {
    root.querySelector(".title").textContent = item.title;
    const onSale = item.sale && item.sale.amount != null;
    const price = onSale ? money(item.sale.amount, item.currency, item.sale.price) : money(item.amount, item.currency, item.price);
    const was = onSale ? money(item.original_amount || item.amount, item.currency, item.sale.original)
      : (item.original_amount ? money(item.original_amount, item.currency, item.original) : "");
    root.querySelector(".price").textContent = price;
    const original = root.querySelector(".original");
    original.textContent = was && was !== price ? was : "";
    original.hidden = !original.textContent;
    const off = root.querySelector(".off");
    off.textContent = item.discount ? percentOff(item.discount) : "";
    off.hidden = !item.discount;
    const stockEl = root.querySelector(".stock");
    const left = onSale && item.sale.left != null ? item.sale.left : item.stock;
    stockEl.textContent = onSale && item.sale.left != null && item.sale.left > 0
      ? t("watch.sale_left", { count: item.sale.left }) : stockText(left);
    root.dataset.stock = item.stock == null ? "" : String(item.stock);
    root.classList.toggle("sold-out", left === 0);
    setBuy(root.querySelector(".buy"), item);
  }

  function showImage(img, item) {
    if (item.image) {
      const src = imageUrl(item.id);
      if (img.getAttribute("src") !== src) img.src = src;
      img.hidden = false;
    } else {
      img.removeAttribute("src");
      img.hidden = true;
    }
  }

  // -- the pinned product ------------------------------------------------------------------------
  function showProduct(msg) {
    if (typeof msg.now_ms === "number") clockOffset = msg.now_ms - Date.now();
    pinned = msg.id || null;
    card.hidden = !pinned;
    timing.shown = performance.now(); timing.productId = pinned;
    if (pinned) {
      card.dataset.id = pinned;
      fill(card, msg);
      showImage(card.querySelector(".image"), msg);
    }
    sale = pinned && msg.sale ? msg.sale : null;
    card.classList.toggle("on-sale", !!sale);
    card.dataset.sale = sale ? "on" : "";
    tick();
    if (sale && !saleTimer) saleTimer = setInterval(tick, 200);
    if (!sale && saleTimer) { clearInterval(saleTimer); saleTimer = null; }
    markPinned();
  }

  function tick() {
    const box = card.querySelector(".sale");
    if (!sale) { box.hidden = true; return; }
    box.hidden = false;
    // The picture counts whole seconds up (4.2 s left reads 00:05); so does the page, on the
    // server's clock.
    const left = Math.ceil((sale.ends_at_ms - (Date.now() + clockOffset)) / 1000);
    const el = box.querySelector(".countdown");
    if (left <= 0) { el.textContent = t("watch.sale_ended"); el.dataset.seconds = "0"; return; }
    const mm = String(Math.floor(left / 60)).padStart(2, "0"), ss = String(left % 60).padStart(2, "0");
    el.textContent = t("watch.sale_ends", { time: `${mm}:${ss}` });
    el.dataset.seconds = String(left);
  }

  // -- the bag -------------------------------------------------------------------------------------
  function showBag(list) {
    items = list;
    bagCount.textContent = String(items.length);
    bagButton.hidden = !items.length;
    bagButton.setAttribute("aria-label", t("watch.bag_count", { count: items.length }));
    if (!items.length) closeBag();
    bagList.replaceChildren(...items.map((item) => {
      const li = document.createElement("li");
      li.className = "bag-item";
      li.dataset.id = item.id;
      const img = document.createElement("img");
      img.className = "image"; img.alt = ""; img.loading = "lazy";
      showImage(img, item);
      const body = document.createElement("div");
      body.className = "body";
      for (const name of ["badge", "title", "prices", "stock"]) {
        const el = document.createElement("div");
        el.className = name;
        body.append(el);
      }
      body.querySelector(".badge").textContent = t("watch.pinned");
      const prices = body.querySelector(".prices");
      for (const [tag, name] of [["span", "price"], ["s", "original"], ["span", "off"]]) {
        const el = document.createElement(tag);
        el.className = name;
        prices.append(el, " ");
      }
      const buy = document.createElement("a");
      buy.className = "buy"; buy.target = "_blank"; buy.rel = "noopener noreferrer";
      buy.textContent = t("watch.buy");
      li.append(img, body, buy);
      fill(li, item);
      return li;
    }));
    markPinned();
  }

  function markPinned() {
    for (const li of bagList.children) li.classList.toggle("pinned", li.dataset.id === pinned);
  }

  function openBag() { bag.hidden = false; bagButton.setAttribute("aria-expanded", "true"); document.getElementById("bag-close").focus(); }
  function closeBag() { bag.hidden = true; bagButton.setAttribute("aria-expanded", "false"); }
  bagButton.addEventListener("click", () => (bag.hidden ? openBag() : closeBag()));
  document.getElementById("bag-close").addEventListener("click", () => { closeBag(); bagButton.focus(); });
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape" && !bag.hidden) closeBag(); });
  // Buy (on the card or in the bag): the link opens the shop; the tap is counted.
  document.addEventListener("click", (ev) => {
    const link = ev.target.closest && ev.target.closest("a.buy");
    if (link && link.dataset.id && link.href) tap(link.dataset.id);
  });

  window.shop = { showProduct, showBag, timing };
})();
