"""Batch 33 (issue 9, a fresh held-out batch of report templates and section shapes new to the repo): renders the
invented reports of batch33_content.py and writes their truth from the same descriptions (batch13.truth through
batch14.for_truth, with batch21's whole-line heading_page and batch32's spaces-ignored fallback: texts, types and metadata
from the blocks, pages read back from the rendered PDF).

    /usr/bin/python3 batch33.py ../batch33 [name-prefix...]

Needs (apt-get) python3-docx, libreoffice-writer, chromium, poppler-utils, fonts-liberation, fonts-dejavu-core.
Every child, family, area, partnership, agency and person here is invented for software testing. Test-fixture tooling only.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch32  # noqa: F401  (sets batch13.heading_page to batch21's whole-line rule with batch32's spaces-ignored fallback)
from e2e import pdf_pages
from batch14 import for_truth
from batch33_content import REPORTS


def truth_blocks(rep):
    """batch33's block kinds as batch13.truth reads them: sub-sub-heading points, drawn-table rows, finding boxes, action
    plan rows and learning-table rows give one item each (their labels, leads, timescales and reasons no part of it);
    terms of reference and a summary's short list give none."""
    blocks = []
    for b in rep["blocks"]:
        if b[0] == "subpoints":
            blocks.append(("items", b[1], [text for _, text in b[2]]))
        elif b[0] in ("rectable", "actionplan"):
            blocks.append(("items", "recommendations", [row[0] for row in b[1]]))
        elif b[0] == "finding":
            blocks.append(("items", "recommendations", [b[3]]))
        elif b[0] == "lptable":
            blocks.append(("items", "learning", [a for a, _ in b[1]]))
        elif b[0] in ("h1", "items", "p"):
            blocks.append(b)
    return dict(rep, blocks=blocks)


if __name__ == "__main__":
    import batch33_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made = batch33_render.render(rep, d)
            # columns: headings and items searched in pdftotext's reading order (a -layout line crosses the columns)
            batch13.pdf_pages = (lambda f, layout=True: pdf_pages(f, False)) if rep.get("columns") else pdf_pages
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
