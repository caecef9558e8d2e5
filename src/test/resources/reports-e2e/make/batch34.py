"""Batch 34 (issue 9, a fresh held-out batch: the PDF as a partnership ships it after post-processing): renders the invented
reports of batch34_content.py through batch34_render.py and writes their truth from the same descriptions (batch13.truth
through batch14.for_truth and batch32's truth_blocks and heading rule: texts, types and metadata from the blocks, pages
read back from the final, post-processed PDF with poppler, which honours /Rotate, CropBox, optional content visibility
and owner-only encryption).

    /usr/bin/python3 batch34.py ../batch34 [name-prefix...]

Needs (apt-get) chromium, libreoffice-writer, texlive-latex-base, qpdf 11, mupdf-tools (mutool run), ghostscript,
poppler-utils, fonts-liberation, fonts-dejavu-core. Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch32  # noqa: F401  (sets batch13.heading_page to batch32's whole-line rule, spaces ignored as a fallback)
from batch14 import for_truth
from batch34_content import REPORTS


def truth_blocks(rep):
    """Landscape runs flattened; owner rows are recommendation items; terms of reference and page breaks give none."""
    flat = []
    for b in rep["blocks"]:
        flat += list(b[1]) if b[0] == "landscape" else [b]
    return batch32.truth_blocks(dict(rep, blocks=flat))


if __name__ == "__main__":
    import batch34_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made = batch34_render.render(rep, d)
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
