"""The web pages (viewer, co-host, publisher) in the browser's language, from one string table
per language, and working under a strict Content-Security-Policy (no inline script or style)."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from studio.session import Session
from studio.settings import SessionSettings
from tests.browser import chromium  # noqa: F401 (fixture)

ROOT = Path(__file__).resolve().parents[1]
STATIC = ROOT / "studio" / "server" / "static"
WEB = ROOT / "i18n" / "web"
STRICT = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self' ws: wss:; "
          "media-src 'self' blob: mediastream:; img-src 'self' data:")


def test_pages_have_no_inline_script_style_or_handlers():
    for page in STATIC.glob("*.html"):
        html = page.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), f"{page.name}: inline <script>"
        assert "<style" not in html, f"{page.name}: inline <style>"
        assert not re.search(r"\sstyle=", html), f"{page.name}: style attribute"
        assert not re.search(r"\son[a-z]+=", html), f"{page.name}: inline event handler"


def test_every_key_the_pages_use_is_in_the_english_table():
    english = json.loads((WEB / "en.json").read_text())
    used = set()
    for page in STATIC.glob("*.html"):
        pattern = r'data-(?:i18n|i18n-placeholder|i18n-title|i18n-aria-label|title-key)="([^"]+)"'
        used |= set(re.findall(pattern, page.read_text()))
    for script in STATIC.glob("*.js"):
        used |= set(re.findall(r'\bt\("([a-z_.]+)"', script.read_text()))
    assert used and used <= set(english), sorted(used - set(english))


@pytest.fixture(scope="module")
def server():
    session = Session(SessionSettings(video_source="demo", audio_source="none", server_port=0))
    yield session.start_server()
    session.close()


def test_static_files_and_string_tables_are_served_and_nothing_else(server):
    def status(path: str) -> int:
        try:
            with urllib.request.urlopen(server.base_url + path) as resp:
                return resp.status
        except urllib.error.HTTPError as exc:
            return exc.code

    assert status("/static/i18n.js") == 200 and status("/static/watch.css") == 200
    assert status("/i18n/zh_CN.json") == 200 and status("/i18n/en.json") == 200
    for bad in ("/static/watch.html", "/static/..%2Fapp.py", "/static/app.py", "/i18n/..%2Fx.json",
                "/i18n/xx.json"):
        assert status(bad) == 404, bad


def _open(browser, url: str, locale: str):
    context = browser.new_context(locale=locale)
    page = context.new_page()
    violations: list[str] = []
    page.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))

    def with_csp(route):  # the strict policy the server will send (its headers are another issue's)
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-security-policy": STRICT})

    page.route(re.compile(r".*/(watch|cohost|publish)/.*"), with_csp)
    page.goto(url)
    page.wait_for_function("() => document.querySelector('[data-i18n]').textContent.length > 0")
    return context, page, violations


@pytest.mark.browser
@pytest.mark.parametrize("locale, heading, direction", [
    ("en-US", "Live chat", "ltr"), ("zh-CN", "直播聊天", "ltr"), ("id-ID", "Obrolan langsung", "ltr"),
    ("ar-EG", "الدردشة المباشرة", "rtl"), ("zh-HK", "直播聊天", "ltr"), ("pt-PT", "Chat ao vivo", "ltr"),
])
def test_the_viewer_page_follows_the_browser_language_under_a_strict_csp(
        chromium, server, locale, heading, direction):  # noqa: F811
    context, page, violations = _open(chromium, f"{server.base_url}/watch/live", locale)
    try:
        assert page.locator("aside h2").inner_text() == heading
        assert page.evaluate("document.documentElement.dir") == direction
        assert page.locator("#state").inner_text()  # the script ran and drew the state
        assert page.get_attribute("#text", "placeholder")
        assert "live" in page.title()
        assert not violations, violations
    finally:
        context.close()


@pytest.mark.browser
def test_the_cohost_and_publish_pages_translate_and_run_under_csp(chromium, server):  # noqa: F811
    context, page, violations = _open(chromium, f"{server.base_url}/cohost/live?invite=nope", "ja-JP")
    try:
        assert page.locator("#join").inner_text() == "参加をリクエスト"
        page.wait_for_function("() => document.getElementById('status').textContent.length > 0")
        assert not violations, violations
    finally:
        context.close()
    context, page, violations = _open(chromium, f"{server.base_url}/publish/live", "es-ES")
    try:
        assert page.locator("#go").inner_text() == "Salir en vivo"
        assert page.evaluate("typeof window.whip.start") == "function"
        assert not violations, violations
    finally:
        context.close()
