"""Batch 11 (issue 9 point 6): writes the truth of the eight invented reports in batch11_content.py, and renders them.

    python3 batch11.py truth ../batch11    # truth JSON from the content alone (pages as set there)
    python3 batch11.py render ../batch11 [name-prefix...]  # the PDFs, then a check that each heading / item is on its page

Needs chromium, soffice, pandoc, pdflatex and poppler-utils. Test-fixture tooling only.
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch11_content import REPORTS, PAGES


def truth(rep):
    sections, items, counts, page, current = [], [], {}, 1, None
    for b in rep["blocks"]:
        if b[0] == "page":
            page = b[1]
        elif b[0] == "h1":
            current = b[1]
            s = {"section_type": b[2], "heading": b[1], "page_start": page}
            if len(b) > 3:
                s["accept_types"] = b[3]
            sections.append(s)
        elif b[0] == "items":
            for text in b[2]:
                counts[b[1]] = counts.get(b[1], 0) + 1
                items.append({"section_type": b[1], "item_no": counts[b[1]], "text": text.split("^[")[0].strip(), "page": page,
                              "in_section": current})
    for i, s in enumerate(sections):  # as e2e.py: up to the page before the next section's, at least its own page
        s["page_end"] = max(s["page_start"], sections[i + 1]["page_start"] - 1 if i + 1 < len(sections) else PAGES[rep["file"]])
    c = rep["cover"]
    return {"file": rep["file"], "pages": PAGES[rep["file"]], "title": c["title"], "child_name": c["child_name"],
            "review_type": c["review_type"], "area": c["area"], "publication_year": c["year"], "partnership": c["partnership"],
            "producer": rep["producer"], "invented": True, "features": rep["features"], "sections": sections, "items": items}


if __name__ == "__main__":
    cmd, out = sys.argv[1], sys.argv[2]
    if cmd == "truth":
        for rep in REPORTS:
            t = truth(rep)
            json.dump(t, open(os.path.join(out, rep["file"] + ".truth.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
            print("%-45s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
    else:
        import batch11_render
        batch11_render.main(out, sys.argv[3:])
