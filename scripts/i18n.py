#!/usr/bin/env python3
"""Translation chores for translations/*.ts (run after `cmake --build build --target update_translations`).

  scripts/i18n.py fill-en                 en.ts: every entry translates to its source text
  scripts/i18n.py update                  lupdate over models/ app/ ui/ into both .ts files
  scripts/i18n.py export-zh > todo.json   zh_TW entries still unfinished, as {source: "//: hint [context]"}
  scripts/i18n.py import-zh done.json     write translations from {source: "譯文"} (a list for plurals)
  scripts/i18n.py check                   counts of unfinished entries per file (exit 1 if any)
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "translations"
EN = ROOT / "cooc_en.ts"
ZH = ROOT / "cooc_zh_TW.ts"


def load(path):
    return ET.parse(path)


def save(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def set_translation(msg, text):
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    tr.attrib.pop("type", None)
    if msg.get("numerus") == "yes":
        for child in list(tr):
            tr.remove(child)
        forms = text if isinstance(text, list) else [text]
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
        tr.text = None
    else:
        tr.text = text


def fill_en():
    tree = load(EN)
    for _, msg in messages(tree):
        src = msg.findtext("source")
        if msg.get("numerus") == "yes":
            set_translation(msg, [src.replace("(s)", ""), src.replace("(s)", "s")])
        else:
            set_translation(msg, src)
    save(tree, EN)


def unfinished(msg):
    tr = msg.find("translation")
    return tr is None or tr.get("type") == "unfinished" or not ((tr.text or "").strip() or len(tr))


def export_zh():
    """Unfinished zh_TW entries keyed by source text (the same text is translated once)."""
    tree = load(ZH)
    todo = {}
    for ctx, msg in messages(tree):
        if unfinished(msg):
            comment = msg.findtext("extracomment") or msg.findtext("comment") or ""
            todo[msg.findtext("source")] = f"//: {comment} [{ctx}]" if comment else f"//: [{ctx}]"
    json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)


def import_zh(path):
    done = json.loads(Path(path).read_text(encoding="utf-8"))
    tree = load(ZH)
    applied = 0
    for ctx, msg in messages(tree):
        text = done.get(msg.findtext("source"))
        if text and not (isinstance(text, str) and text.startswith("//:")):
            set_translation(msg, text)
            applied += 1
    save(tree, ZH)
    print(f"applied {applied} translations", file=sys.stderr)


def check():
    bad = 0
    for path in (ZH, EN):
        tree = load(path)
        n = sum(1 for _, m in messages(tree)
                if m.find("translation") is None or m.find("translation").get("type") == "unfinished")
        total = sum(1 for _ in messages(tree))
        print(f"{path.name}: {total} messages, {n} unfinished")
        bad += n
    return 1 if bad else 0


def update():
    import subprocess
    top = ROOT.parent
    files = sorted(str(p.relative_to(top)) for d in ("models", "app", "ui") for p in (top / d).rglob("*")
                   if p.suffix in (".cpp", ".h", ".ui") and "/cli/" not in str(p))
    subprocess.run(["/usr/lib/qt6/bin/lupdate", "-no-obsolete", "-locations", "none", "-silent", *files,
                    "-ts", str(ZH), str(EN)], cwd=top, check=True)


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    if cmd == "update":
        update()
    elif cmd == "fill-en":
        fill_en()
    elif cmd == "export-zh":
        export_zh()
    elif cmd == "import-zh":
        import_zh(sys.argv[2])
    else:
        sys.exit(check())
