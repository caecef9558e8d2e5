"""Batch 27 (issue 9, a fresh held-out batch of producers new to the repo): renders the invented reports of
batch27_content.py and writes their truth from the same descriptions (batch13.truth through batch14.for_truth, with
batch21's whole-line heading_page: texts, types and metadata from the blocks, pages read back from the rendered PDF).

    /usr/bin/python3 batch27.py ../batch27 [name-prefix...]

Needs (apt-get) groff, rst2pdf, python3-xhtml2pdf (xhtml2pdf3), ocrmypdf, tesseract-ocr-eng, imagemagick (convert), libreoffice-writer,
texlive-latex-extra (lineno, draftwatermark, fancyhdr, mathpazo), texlive-extra-utils (pdfjam), poppler-utils; node with
the `docx` npm package 8.x (`npm install docx@8`; its node_modules in DOCX_NODE_PATH). Test-fixture tooling only.

The scanned report's text layer is tesseract's: where OCR changed a word, a heading or an item start is found on the page
whose line is closest to it (difflib ratio >= 0.8), still only from the rendered PDF.
"""
import difflib, json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch21  # noqa: F401  (sets batch13.heading_page to batch21's whole-line rule)
from e2e import norm
from batch14 import for_truth
from batch27_content import REPORTS

_exact_heading, _exact_item = batch13.heading_page, batch13.item_page


def _closest(pages, probe, after, what):
    best, page = 0.0, None
    for i in range(after, len(pages)):
        lines = [norm(l) for l in pages[i].splitlines() if l.strip()]
        for line in lines:
            r = difflib.SequenceMatcher(None, probe, line[:len(probe) + 5]).ratio()
            if r > best:
                best, page = r, i + 1
    if best < 0.8:
        raise SystemExit("%s not found: %r (best %.2f)" % (what, probe, best))
    return page


def fuzzy_heading(pages, heading, after, runin):
    try:
        return _exact_heading(pages, heading, after, runin)
    except SystemExit:
        return _closest(pages, norm(heading), after, "heading")


def fuzzy_item(pages, flat, text, after):
    try:
        return _exact_item(pages, flat, text, after)
    except SystemExit:
        return _closest(pages, " ".join(norm(text).split()[:7]), after, "item")


def truth_blocks(rep):
    """batch27's block kinds as batch13.truth reads them: a glossary gives no items; a table's lead column is no part of
    an item's text."""
    return dict(rep, blocks=[b[:4] for b in rep["blocks"] if b[0] != "gloss"])


if __name__ == "__main__":
    import batch27_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        scanned = rep["producer"] == "scanned"
        batch13.heading_page = fuzzy_heading if scanned else _exact_heading
        batch13.item_page = fuzzy_item if scanned else _exact_item
        with tempfile.TemporaryDirectory() as d:
            made = getattr(batch27_render, rep["producer"])(rep, d)
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %2d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
