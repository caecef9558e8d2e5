"""Batch 19 (issue 9 point 6, ninth fresh held-out batch): renders the invented reports of batch19_content.py and writes their
truth from the same descriptions (batch13.truth through batch14.for_truth, with batch18's heading_page: texts, types and
metadata from the blocks, pages read back from the rendered PDF).

    /usr/bin/python3 batch19.py ../batch19 [name-prefix...]

Needs (apt-get) chromium, libreoffice-writer, weasyprint, python3-docx, python3-reportlab, pandoc, texlive-latex-base/-recommended,
poppler-utils. Test-fixture tooling only.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch18  # installs its heading_page (a heading wrapped in a column) into batch13
from e2e import pdf_pages
from batch14 import for_truth
from batch19_content import REPORTS


def truth_blocks(rep):
    """batch19's block kinds as batch13.truth reads them: table rows, side-by-side pairs, labelled recommendations and card
    entries are items; an executive summary's restated key learning and typed paragraph numbers are not."""
    blocks = []
    for b in rep["blocks"]:
        if b[0] == "row":
            blocks += [("items", "learning", [b[2]]), ("items", "recommendations", [b[3]])]
        elif b[0] == "pair":
            blocks.append(("items", "learning", [b[2]]))
        elif b[0] == "rec":
            blocks.append(("items", "recommendations", [b[2]]))
        elif b[0] == "lpcard":
            blocks.append(("items", b[1], [b[2]]))
        elif b[0] == "np":
            blocks.append(("p", b[2]))
        elif b[0] != "keylearning":
            blocks.append(b)
    return dict(rep, blocks=blocks)


if __name__ == "__main__":
    import batch19_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made, plain = batch19_render.render(rep, d)
            batch18.RAW[:] = pdf_pages(plain, False)
            t = batch13.truth(for_truth(truth_blocks(rep)), plain)
            t["title"] = rep["cover"].get("truth_title", t["title"])
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
