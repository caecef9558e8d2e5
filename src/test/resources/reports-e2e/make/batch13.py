"""Batch 13 (issue 9 point 6, fresh held-out batch): renders the eight invented reports of batch13_content.py and writes
their truth from the same descriptions, pages read back from the rendered PDF.

    python3 batch13.py ../batch13 [name-prefix...]

Needs groff, lualatex (texlive-luatex, fontspec, titlesec), chromium, soffice, java + PDFBox 3.0.8 in ~/.m2, poppler-utils.
Test-fixture tooling only.
"""
import json, os, re, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e import norm, pdf_pages
from batch13_content import REPORTS


def heading_page(pages, heading, after, runin):
    want = norm(heading)
    for i in range(after, len(pages)):
        for line in pages[i].splitlines():
            n = norm(line)
            if runin:  # a run-in label after a paragraph number: '3. Background. Child A ...'
                n = re.sub(r"^\d+ ", "", n)
            if n == want or (runin and n.startswith(want + " ")) or n.endswith(" " + want):
                return i + 1
    for i in range(after, len(pages)):  # a heading wrapped in a narrow column
        if want in norm(pages[i]):
            return i + 1
    raise SystemExit("heading not found on a line: %r" % heading)


def item_page(pages, flat, text, after):
    probe = " ".join(norm(text).split()[:7])
    for i in range(after, len(pages)):
        if probe in flat[i]:
            return i + 1
    for i in range(after, len(pages)):  # a table cell or a column wraps its text between other text
        if set(probe.split()) <= set(flat[i].split()):
            return i + 1
    raise SystemExit("item start not found: %r" % text[:60])


def truth(rep, pdf):
    layout = pdf_pages(pdf, True)
    flat = [norm(p) for p in pdf_pages(pdf, not rep.get("columns"))]
    sections, items, counts, current, after = [], [], {}, None, rep.get("body_from", 2) - 1
    for b in rep["blocks"]:
        if b[0] in ("h1", "h1r"):
            p = heading_page(layout, b[1], after, b[0] == "h1r")
            after, current = p - 1, b[1]
            s = {"section_type": b[2], "heading": b[1], "page_start": p}
            if b[0] == "h1" and len(b) > 3 and b[3]:
                s["accept_types"] = b[3]
            sections.append(s)
        elif b[0] == "items" and b[1] in ("learning", "recommendations", "good_practice"):
            for text in b[2]:
                p = item_page(layout, flat, text, after)
                after = p - 1
                counts[b[1]] = counts.get(b[1], 0) + 1
                items.append({"section_type": b[1], "item_no": counts[b[1]], "text": text, "page": p, "in_section": current})
    for i, s in enumerate(sections):  # as e2e.py: up to the page before the next section's, at least its own page
        s["page_end"] = max(s["page_start"], sections[i + 1]["page_start"] - 1 if i + 1 < len(sections) else len(layout))
    c = rep["cover"]
    return {"file": rep["file"], "pages": len(layout), "title": c["title"], "child_name": c["child_name"],
            "review_type": c["review_type"], "area": c["area"], "publication_year": c["year"], "partnership": c["partnership"],
            "producer": rep["producer"], "invented": True, "features": rep["features"], "sections": sections, "items": items}


if __name__ == "__main__":
    import batch13_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            os.replace(batch13_render.render(rep, d), pdf)
        t = truth(rep, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
