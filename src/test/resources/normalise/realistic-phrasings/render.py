#!/usr/bin/env python3
"""Held-out set "realistic phrasings" (issue 10): invented digest entries that reproduce the PHRASING
PATTERNS of real published case review summaries (NSPCC yearly lists 2012-2017, "Recently published"
pages 2019-2023, "Case reviews update" 2025, partnership 7-minute / learning briefing pages), never
their text: every child, family, place and sentence below is made up. The truth was written with the
entries, before the first run. Renders input/* and truth/{truth,items}.tsv (score.py digests format)."""
import os
import sys

# the set to render: this folder, or another set's folder holding its own entries.py (realistic-phrasings-2)
HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from entries import FILES, COLS  # noqa: E402


def joined(items, style):
    if style == "comma":
        return items[0] + "." if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] + "."
    if style == "semi-noand":
        return "; ".join(items) + "."
    return items[0] + "." if len(items) == 1 else "; ".join(items[:-1]) + "; and " + items[-1] + "."


def piece_text(p):
    if isinstance(p, str):
        return p
    kind, label, items, style = p
    body = joined(items, style) if items else ""
    return (label + " " + body).strip()


def line_text(line):
    return " ".join(piece_text(p) for p in (line if isinstance(line, list) else [line]))


def items_of(entry):
    out = {"learning": [], "recommendations": [], "good_practice": []}
    names = {"L": "learning", "R": "recommendations", "G": "good_practice"}
    for line in entry["body"]:
        for p in (line if isinstance(line, list) else [line]):
            if not isinstance(p, str):
                out[names[p[0]]].extend(p[2])
    out["learning"].extend(entry.get("lessons", []))
    out["recommendations"].extend(entry.get("numbered_recs", []))
    return out


def render_text(f):
    lines = list(f.get("preamble", []))
    for e in f["entries"]:
        lines.append(e["heading"])
        lines.extend(line_text(l) for l in e["body"])
        if e.get("link"):
            lines.append(e["link"])
        lines.append("")
    lines.extend(f.get("footer", []))
    return "\r\n".join(lines) + "\r\n" if f.get("crlf") else "\n".join(lines) + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(f):
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(f["page_title"]) + "</title></head><body>"]
    out.extend(f.get("html_preamble", []))
    out.append("<main>")
    if f.get("h1"):
        out.append("<h1>" + esc(f["h1"]) + "</h1>")
    for p in f.get("intro_html", []):
        out.append("<p>" + esc(p) + "</p>")
    for e in f["entries"]:
        out.append("<section>")
        out.append("<h2>" + esc(e["heading"]) + "</h2>")
        for l in e["body"]:
            out.append("<p>" + esc(line_text(l)) + "</p>")
        if e.get("lessons"):
            out.append("<h3>" + esc(e["lessons_heading"]) + "</h3><ol>" + "".join("<li>" + esc(x) + "</li>" for x in e["lessons"]) + "</ol>")
        if e.get("numbered_recs"):
            out.append("<h3>" + esc(e["recs_heading"]) + "</h3><ol>" + "".join("<li>" + esc(x) + "</li>" for x in e["numbered_recs"]) + "</ol>")
        for h, paras in e.get("after", []):
            out.append("<h3>" + esc(h) + "</h3>" + "".join("<p>" + esc(x) + "</p>" for x in paras))
        if e.get("link"):
            out.append("<p><a href=\"#\">" + esc(e["link"]) + "</a></p>")
        out.append("</section>")
    out.append("</main>")
    out.extend(f.get("html_footer", []))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def main():
    truth_rows, item_rows = ["\t".join(COLS)], ["\t".join(["file", "entry_no", "section_type", "item_no", "text"])]
    for name, f in FILES.items():
        text = f["template"](f) if "template" in f else render_html(f) if name.endswith(".html") else render_text(f)
        with open(os.path.join(HERE, "input", name), "w", encoding="utf-8", newline="") as out:
            out.write(text)
        for no, e in enumerate(f["entries"], 1):
            its = items_of(e)
            t = dict(e["truth"])
            t.setdefault("learning_count", str(len(its["learning"])))
            t.setdefault("recommendation_count", str(len(its["recommendations"])))
            t.setdefault("good_practice_count", str(len(its["good_practice"])))
            t.update(file=name, entry_no=str(no), title=e.get("title", e["heading"]))
            t.setdefault("publication_year", f.get("pubyear", ""))
            t.setdefault("digest_month", f.get("month", "*"))
            truth_rows.append("\t".join(t.get(c, "") for c in COLS))
            for section, texts in its.items():
                for i, x in enumerate(texts, 1):
                    item_rows.append("\t".join([name, str(no), section, str(i), x]))
    with open(os.path.join(HERE, "truth", "truth.tsv"), "w", encoding="utf-8") as out:
        out.write("\n".join(truth_rows) + "\n")
    with open(os.path.join(HERE, "truth", "items.tsv"), "w", encoding="utf-8") as out:
        out.write("\n".join(item_rows) + "\n")


if __name__ == "__main__":
    main()
