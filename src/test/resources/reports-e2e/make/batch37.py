"""Batch 37 (issue 9, a fresh held-out batch of producers and layouts new to the repo): renders the invented reports of
batch37_content.py through batch37_render.py and writes their truth from the same descriptions (batch13.truth through
batch14.for_truth, with batch32's whole-line heading rule: texts, types and metadata from the blocks, pages read back from
the rendered PDF with poppler; for the portfolio, from the attached report, whose pages are the report's pages).

    /usr/bin/python3 batch37.py ../batch37 [name-prefix...]

Needs (apt-get) scribus, libreoffice-writer, libreoffice-impress, poppler-utils (pdfattach, pdftotext), qpdf
(fix-qdf), fonts-liberation. Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch32  # noqa: F401  (sets batch13.heading_page to batch32's whole-line rule, spaces ignored as a fallback)
from batch14 import for_truth
from batch37_content import REPORTS


def truth_blocks(rep):
    """The findings table gives no items and no headings: its text belongs to the section above it."""
    return batch32.truth_blocks(dict(rep, blocks=[b for b in rep["blocks"] if b[0] != "findtable"]))


if __name__ == "__main__":
    import batch37_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made, text_from = batch37_render.render(rep, d)
            t = batch13.truth(for_truth(truth_blocks(rep)), text_from)
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
