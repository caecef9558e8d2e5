"""Batch 55 (issue 9, a fresh held-out batch of DESIGNED publication looks): renders the invented reports of
batch55_content.py through batch55_render.py (Chromium, WeasyPrint, LuaLaTeX, pdfLaTeX + microtype, ReportLab,
Inkscape + qpdf, python-docx -> LibreOffice, Chromium A5 -> pdfjam 2-up) and writes their truth from the same
descriptions: texts, types and metadata from the blocks, pages read back from the rendered PDF with poppler.

Pages are found on squashed text (letters and digits only, spaces and hyphens dropped), so that a heading tracked
glyph by glyph ('I N T R O D U C T I O N' to pdftotext) and an item whose first words are hyphenated at a line end are
found on the page that prints them. A heading is a line (or a line's end after a number such as '01'); an item is its
first seven words. Section ends as e2e.py (up to the page before the next section's, at least its own page).

    /usr/bin/python3 batch55.py ../pending-batch55 [--truth-only] [name-prefix...]

Truth conventions: a chapter divider page holds its chapter's heading, so the section starts there; sidebars ('At a
glance', key facts, definitions, side tabs) and findings cards give no section and no item; each numbered circle is a
learning item; the Recommendation column of a recommendations table gives the items; list items of the learning and
recommendations kinds. Test-fixture tooling only: every report is invented.
"""
import json, os, re, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e import norm, pdf_pages
from batch55_content import REPORTS


def squash(s):
    return re.sub(r"[^0-9a-z]", "", norm(s))


def heading_page(pages, raw, heading, after):
    """On a line of the layout text or of the reading-order text (a 2-up sheet's layout lines hold both halves)."""
    want = squash(heading)
    for i in range(after, len(pages)):
        for line in pages[i].splitlines() + raw[i].splitlines():
            got = squash(line)
            if got == want or (got.endswith(want) and re.fullmatch(r"\d{0,3}", got[:len(got) - len(want)])):
                return i + 1
    raise SystemExit("heading not found on a line: %r" % heading)


def item_page(pages, text, after):
    words = norm(text).split()[:7]
    probe = squash(" ".join(words))
    for i in range(after, len(pages)):
        if probe in squash(pages[i]):
            return i + 1
    for i in range(after, len(pages)):  # a table cell wraps its text between the other columns' text
        if set(words) <= set(norm(pages[i]).split()):
            return i + 1
    raise SystemExit("item start not found: %r" % text[:60])


def flat_blocks(rep):
    out = []
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append(b)
        elif b[0] == "items" and b[1] in ("learning", "recommendations", "good_practice"):
            out.append(("items", b[1], b[2]))
        elif b[0] == "circles":
            out.append(("items", "learning", b[1]))
        elif b[0] == "rtable":
            out.append(("items", "recommendations", [r[b[3]] for r in b[2]]))
    return out


def truth(rep, pdf):
    layout = pdf_pages(pdf, True)
    raw = pdf_pages(pdf, False)
    sections, items, counts, current, after = [], [], {}, None, rep.get("body_from", 2) - 1
    for b in flat_blocks(rep):
        if b[0] == "h1":
            p = heading_page(layout, raw, b[1], after)
            after, current = p - 1, b[1]
            s = {"section_type": b[2], "heading": b[1], "page_start": p}
            if len(b) > 3 and b[3]:
                s["accept_types"] = b[3]
            sections.append(s)
        else:
            for text in b[2]:
                p = item_page(raw, text, after)
                after = p - 1
                counts[b[1]] = counts.get(b[1], 0) + 1
                items.append({"section_type": b[1], "item_no": counts[b[1]], "text": text, "page": p,
                              "in_section": current})
    for i, s in enumerate(sections):
        s["page_end"] = max(s["page_start"], sections[i + 1]["page_start"] - 1 if i + 1 < len(sections) else len(layout))
    c = rep["cover"]
    return {"file": rep["file"], "pages": len(layout), "title": c["title"], "child_name": c["child_name"],
            "review_type": c["review_type"], "area": c["area"], "publication_year": c["year"],
            "partnership": c["partnership"], "producer": rep["producer"], "invented": True,
            "features": rep["features"], "sections": sections, "items": items}


if __name__ == "__main__":
    import batch55_render
    truth_only = "--truth-only" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--truth-only"]
    out, only = args[0], args[1:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        if not truth_only:
            with tempfile.TemporaryDirectory(prefix="r55-") as d:
                os.replace(batch55_render.render(rep, d), pdf)
        t = truth(rep, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
