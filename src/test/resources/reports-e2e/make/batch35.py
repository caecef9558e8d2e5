"""Batch 35 (issue 9, a fresh held-out batch of producers new to the repo): renders the invented reports of
batch35_content.py through batch35_render.py and writes their truth from the same descriptions (batch13.truth through
batch14.for_truth and batch32's truth_blocks and heading rule: texts, types and metadata from the blocks, pages read back
from the final PDF with poppler; for the hOCR report that is the invisible OCR layer, the only text it has).

    /usr/bin/python3 batch35.py ../batch35 [name-prefix...]

Needs (apt-get) python3-gi + gir1.2-pango-1.0 + python3-cairo, vim (+postscript), ghostscript (ps2pdf), chromium,
poppler-utils, tesseract-ocr (eng), python3-reportlab, java 17, mupdf-tools (mutool convert), python3-docx,
libreoffice-writer, fonts-dejavu-core, fonts-liberation, fonts-sil-gentium, fonts-crosextra-carlito.
Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch32  # noqa: F401  (sets batch13.heading_page to batch32's whole-line rule, spaces ignored as a fallback)
from batch14 import for_truth
from batch35_content import REPORTS


def truth_blocks(rep):
    """Landscape runs flattened; owner rows are recommendation items; terms of reference and page breaks give none."""
    flat = []
    for b in rep["blocks"]:
        flat += list(b[1]) if b[0] == "landscape" else [b]
    return batch32.truth_blocks(dict(rep, blocks=flat))


if __name__ == "__main__":
    import batch35_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made = batch35_render.render(rep, d)
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
