#!/usr/bin/env python3
"""Translations: Qt catalogues for the window, JSON string tables for the web pages.

    python scripts/i18n.py update           # new strings from the source into every i18n/*.ts
    python scripts/i18n.py todo LANG        # what LANG still needs, as JSON to fill in
    python scripts/i18n.py fill LANG FILE   # put the translations in FILE (that JSON) into LANG's .ts
    python scripts/i18n.py compile          # every .ts → .qm (PySide6's own lrelease)
    python scripts/i18n.py check            # what CI runs (tests/test_i18n.py): exit 1 on any problem

`check` fails when a .ts misses a string the source has (run `update`), when an entry is
unfinished or loses a placeholder (`{name}`, `%n`), when a .qm is older than its .ts (run
`compile`), or when a web string table (`i18n/web/<lang>.json`) lacks a key of `en.json` or
loses a placeholder. See docs/i18n.md for the whole workflow."""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
WEB = I18N / "web"
CATALOGUE = "seller_studio"
LANGUAGES = ("zh_CN", "zh_TW", "id", "th", "vi", "ms", "es", "pt_BR", "ar", "ja", "ko")
ENGLISH = "en"  # plural forms only ("1 product" / "2 products")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%n")


def tool(name: str) -> str:
    """PySide6's own lupdate / lrelease (next to this Python, or on PATH)."""
    for candidate in (Path(sys.executable).parent / f"pyside6-{name}", shutil.which(f"pyside6-{name}")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit(f"pyside6-{name} not found: install PySide6 (pip install -e '.[dev]').")


def sources() -> list[str]:
    """Every Python file of the app, relative to the repository (stable, sorted)."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "studio").rglob("*.py"))


def ts_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or I18N) / f"{CATALOGUE}_{lang}.ts"


def run_lupdate(ts_files: list[Path], plural_only: bool = False) -> None:
    # No source locations: line numbers change with every edit on every branch, and would
    # make each merge a conflict in every catalogue.
    args = [tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", *sources()]
    if plural_only:
        args.append("-pluralonly")
    subprocess.run([*args, "-ts", *map(str, ts_files)], cwd=ROOT, check=True)


def update() -> None:
    I18N.mkdir(exist_ok=True)
    run_lupdate([ts_path(lang) for lang in LANGUAGES])
    run_lupdate([ts_path(ENGLISH)], plural_only=True)
    for lang in (*LANGUAGES, ENGLISH):
        _set_language_attribute(ts_path(lang), lang)
    print(f"updated {len(LANGUAGES) + 1} catalogues; `todo LANG` lists what is left to translate")


def _set_language_attribute(path: Path, lang: str) -> None:
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'<TS version="([^"]+)"(?: language="[^"]*")?', f'<TS version="\\1" language="{lang}"',
                  text, count=1)
    path.write_text(text, encoding="utf-8")


def compile_all() -> None:
    for lang in (*LANGUAGES, ENGLISH):
        subprocess.run([tool("lrelease"), "-silent", str(ts_path(lang)), "-qm",
                        str(ts_path(lang).with_suffix(".qm"))], check=True)
    print(f"compiled {len(LANGUAGES) + 1} catalogues")


# -- reading catalogues ---------------------------------------------------------------------------
@dataclass
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: list[str]
    unfinished: bool


def entries(path: Path) -> list[Entry]:
    result = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type", "")
            numerus = message.get("numerus") == "yes"
            forms = [f.text or "" for f in translation.iter("numerusform")] if numerus \
                else [translation.text or ""]
            result.append(Entry(name, message.findtext("source") or "", message.findtext("comment") or "",
                                numerus, forms, kind == "unfinished" or not any(forms)))
    return result


def todo(lang: str) -> dict[str, dict[str, object]]:
    """Unfinished entries as {context: {source: "" or [forms]}}: fill in and pass to `fill`."""
    out: dict[str, dict[str, object]] = {}
    for e in entries(ts_path(lang)):
        if e.unfinished:
            out.setdefault(e.context, {})[e.source] = [""] * len(e.forms) if e.numerus else ""
    return out


def fill(lang: str, table: dict[str, dict[str, object]]) -> int:
    """Write translations into LANG's .ts (a string, or a list of plural forms). Returns how many."""
    path = ts_path(lang)
    tree = ET.parse(path)
    done = 0
    for context in tree.getroot().iter("context"):
        wanted = table.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            value = wanted.get(message.findtext("source") or "")
            if value in (None, "", []):
                continue
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                slots = list(translation.iter("numerusform"))
                for slot in slots:
                    translation.remove(slot)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(value)
            translation.attrib.pop("type", None)
            done += 1
    _write_ts(tree, path, lang)
    return done


def _write_ts(tree: ET.ElementTree, path: Path, lang: str) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    # lupdate normalises the layout again on the next update; make it do so now, so a fill
    # never shows up as a whole-file diff.
    run_lupdate([path], plural_only=(lang == ENGLISH))


# -- checks ---------------------------------------------------------------------------------------
def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def check() -> list[str]:
    problems: list[str] = []
    langs = (*LANGUAGES, ENGLISH)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        for lang in langs:
            if not ts_path(lang).exists():
                problems.append(f"{ts_path(lang).name} is missing: run `python scripts/i18n.py update`")
                continue
            shutil.copy(ts_path(lang), ts_path(lang, fresh))
        copies = [ts_path(lang, fresh) for lang in LANGUAGES if ts_path(lang, fresh).exists()]
        if copies:
            run_lupdate(copies)
        if ts_path(ENGLISH, fresh).exists():
            run_lupdate([ts_path(ENGLISH, fresh)], plural_only=True)
        for lang in langs:
            if not ts_path(lang).exists():
                continue
            have = {(e.context, e.source) for e in entries(ts_path(lang))}
            want = {(e.context, e.source) for e in entries(ts_path(lang, fresh))}
            for context, source in sorted(want - have):
                problems.append(f"{lang}: not in the .ts yet ({context}): {source!r} — run `update`")
            for context, source in sorted(have - want):
                problems.append(f"{lang}: no longer in the source ({context}): {source!r} — run `update`")
            for e in entries(ts_path(lang)):
                problems += _entry_problems(lang, e)
            qm = ts_path(lang).with_suffix(".qm")
            built = ts_path(lang, fresh).with_suffix(".built.qm")
            subprocess.run([tool("lrelease"), "-silent", str(ts_path(lang)), "-qm", str(built)], check=True)
            if not qm.exists():
                problems.append(f"{qm.name} is missing: run `python scripts/i18n.py compile`")
            elif qm.read_bytes() != built.read_bytes():
                problems.append(f"{qm.name} is stale against its .ts: run `python scripts/i18n.py compile`")
    problems += check_web()
    return problems


def _entry_problems(lang: str, e: Entry) -> list[str]:
    where = f"{lang} ({e.context}) {e.source!r}"
    if e.unfinished:
        return [f"{where}: unfinished"]
    named = [p for p in placeholders(e.source) if p != "%n"]
    problems = []
    for form in e.forms:
        if [p for p in placeholders(form) if p != "%n"] != named:
            problems.append(f"{where}: placeholders {placeholders(form)} instead of {named} in {form!r}")
    # A plural form for exactly one or two may spell the number out; the general one may not.
    if e.numerus and "%n" not in e.forms[-1]:
        problems.append(f"{where}: the last plural form {e.forms[-1]!r} has no %n")
    if not e.numerus and ("%n" in e.source) != ("%n" in e.forms[0]):
        problems.append(f"{where}: %n lost or added in {e.forms[0]!r}")
    return problems


def check_web() -> list[str]:
    problems: list[str] = []
    english = json.loads((WEB / "en.json").read_text(encoding="utf-8"))
    for lang in LANGUAGES:
        path = WEB / f"{lang}.json"
        if not path.exists():
            problems.append(f"web: {path.name} is missing")
            continue
        table = json.loads(path.read_text(encoding="utf-8"))
        for key in sorted(set(english) - set(table)):
            problems.append(f"web {lang}: missing {key!r}")
        for key in sorted(set(table) - set(english)):
            problems.append(f"web {lang}: {key!r} is not in en.json")
        for key, text in table.items():
            if key in english and placeholders(text) != placeholders(english[key]):
                problems.append(f"web {lang}: {key!r} has placeholders {placeholders(text)}, "
                                f"en.json {placeholders(english[key])}")
            if key in english and not str(text).strip():
                problems.append(f"web {lang}: {key!r} is empty")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    sub.add_parser("compile")
    sub.add_parser("check")
    t = sub.add_parser("todo")
    t.add_argument("lang")
    f = sub.add_parser("fill")
    f.add_argument("lang")
    f.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "compile":
        compile_all()
    elif args.command == "todo":
        print(json.dumps(todo(args.lang), ensure_ascii=False, indent=1))
    elif args.command == "fill":
        count = fill(args.lang, json.loads(args.file.read_text(encoding="utf-8")))
        print(f"{args.lang}: {count} translations filled in; now `compile`")
    elif args.command == "check":
        problems = check()
        for line in problems:
            print(line)
        print(f"{len(problems)} problem(s)" if problems else "translations are complete and current")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
