// Strings for the studio's web pages: one table per language in i18n/web/<lang>.json, chosen
// from the browser's languages (`?lang=xx` overrides). English (en.json) is the source and the
// fallback for any key a table lacks. Elements say which string they show:
//   data-i18n="key" (text), data-i18n-placeholder, data-i18n-title, data-i18n-aria-label.
"use strict";
(function () {
  const SHIPPED = ["en", "zh_CN", "zh_TW", "id", "th", "vi", "ms", "es", "pt_BR", "ar", "ja", "ko"];
  const RTL = ["ar"];

  function pick(tags) {
    for (const tag of tags) {
      const parts = String(tag).replace("_", "-").split("-");
      const lang = parts[0].toLowerCase();
      const rest = parts.slice(1);
      let code = lang;
      if (lang === "en") return "en";
      if (lang === "zh") {
        const hant = rest.includes("Hant") || rest.some((r) => ["TW", "HK", "MO"].includes(r.toUpperCase()));
        code = hant && !rest.includes("Hans") ? "zh_TW" : "zh_CN";
      } else if (lang === "pt") code = "pt_BR";
      else if (lang === "in") code = "id";
      if (SHIPPED.includes(code)) return code;
    }
    return "en";
  }

  const wanted = new URLSearchParams(location.search).get("lang");
  const lang = pick(wanted ? [wanted] : (navigator.languages && navigator.languages.length
    ? navigator.languages : [navigator.language || "en"]));
  let english = {}, table = {};

  function t(key, vars) {
    let text = table[key] ?? english[key] ?? key;
    for (const [name, value] of Object.entries(vars || {})) text = text.split(`{${name}}`).join(String(value));
    return text;
  }

  function apply(root) {
    const scope = root || document;
    for (const el of scope.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
    for (const el of scope.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
    for (const el of scope.querySelectorAll("[data-i18n-title]")) el.title = t(el.dataset.i18nTitle);
    for (const el of scope.querySelectorAll("[data-i18n-aria-label]")) {
      el.setAttribute("aria-label", t(el.dataset.i18nAriaLabel));
    }
  }

  async function load(code) {
    const resp = await fetch(`/i18n/${code}.json`);
    return resp.ok ? resp.json() : {};
  }

  document.documentElement.lang = lang.replace("_", "-");
  document.documentElement.dir = RTL.includes(lang) ? "rtl" : "ltr";
  const ready = Promise.all([load("en"), lang === "en" ? Promise.resolve({}) : load(lang)])
    .catch(() => [{}, {}])
    .then(([en, own]) => {
      english = en; table = own;
      if (document.readyState === "loading") {
        return new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }));
      }
      return null;
    })
    .then(() => { apply(); document.title = t(document.body.dataset.titleKey || "", { room: document.body.dataset.room }); });

  window.i18n = { t, apply, ready, lang, pick };
})();
