"""Batch 57 (issue 9, a fresh held-out batch of DOCUMENT FURNITURE): renders the invented reports of batch57_content.py
through batch57_render.py (Chromium, pdfLaTeX, WeasyPrint, ReportLab + pdftk, python-docx -> LibreOffice, ReportLab
AcroForm, pycairo, pandoc -> LuaLaTeX + qpdf) and writes their truth from the same descriptions: texts, types and
metadata from the blocks, pages read back from the rendered PDF with poppler.

Truth texts are what a reader of the printed page takes as the text (batch57_content.accepted): insertions kept,
struck-through deletions left out (a wholly deleted recommendation is no item), words under a black redaction box left
out, '[REDACTED]' kept as printed, footnote calls and notes left out. Furniture gives nothing: watermarks, protective
markings, the distribution list box, line numbers, change bars, margin paragraph numbers and the running head's
paragraph range, comment balloons, the 'PUBLISHED VERSION' stamp, the signature block, and the tear-off form's labels
and field values (the form's 'Action plan' heading is a section, `other` accepting `appendix` and `recommendations`).

Pages are found on squashed text (letters and digits only), a heading on a line (after a line number or a paragraph
number of at most four digits), an item by its first seven words (with line numbers at line starts taken out, or as a
set of words when a deletion, a redacted name or a cell's wrapping parts them). Section ends as e2e.py.

    /usr/bin/python3 batch57.py ../pending-batch57 [--truth-only] [name-prefix...]

Test-fixture tooling only: every report is invented.
"""
import json, os, re, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e import norm, pdf_pages
from batch57_content import REPORTS, accepted


def squash(s):
    return re.sub(r"[^0-9a-z]", "", norm(s))


def unnumbered(page):
    return re.sub(r"(?m)^\s*\d{1,4}(\s+|$)", "", page)


def heading_page(pages, raw, heading, after):
    want = squash(heading)
    for i in range(after, len(pages)):
        for line in pages[i].splitlines() + raw[i].splitlines():
            got = squash(line)
            if got == want or (got.endswith(want) and re.fullmatch(r"\d{0,4}", got[:len(got) - len(want)])):
                return i + 1
    raise SystemExit("heading not found on a line: %r" % heading)


def item_page(raw, text, after):
    words = norm(text).split()[:7]
    probe = squash(" ".join(words))
    for i in range(after, len(raw)):
        if probe in squash(raw[i]) or probe in squash(unnumbered(raw[i])):
            return i + 1
    for i in range(after, len(raw)):
        if set(words) <= set(norm(raw[i]).split()):
            return i + 1
    raise SystemExit("item start not found: %r" % text[:60])


def flat_blocks(blocks):
    out = []
    for b in blocks:
        if b[0] == "h1":
            out.append(b)
        elif b[0] == "items" and b[1] in ("learning", "recommendations", "good_practice"):
            texts = [accepted(t) for t in b[2]]
            out.append(("items", b[1], [t for t in texts if t]))
        elif b[0] == "cb":
            out += flat_blocks(b[1])
    return out


def truth(rep, pdf):
    layout = pdf_pages(pdf, True)
    raw = pdf_pages(pdf, False)
    sections, items, counts, current, after = [], [], {}, None, rep.get("body_from", 2) - 1
    for b in flat_blocks(rep["blocks"]):
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
    import batch57_render
    truth_only = "--truth-only" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--truth-only"]
    out, only = args[0], args[1:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        if not truth_only:
            with tempfile.TemporaryDirectory(prefix="r57-") as d:
                os.replace(batch57_render.render(rep, d), pdf)
        t = truth(rep, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %2d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
