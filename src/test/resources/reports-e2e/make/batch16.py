"""Batch 16 (issue 9 point 6, sixth fresh held-out batch): renders the eight invented reports of batch16_content.py and writes
their truth from the same descriptions (batch13.truth through batch14.for_truth: texts, types and metadata from the blocks,
pages read back from the rendered PDF).

    python3 batch16.py ../batch16 [name-prefix...]

Needs wkhtmltopdf, abiword, ruby-asciidoctor-pdf, fpdf2 (python3 fpdf), mupdf-tools (mutool), texinfo (texi2pdf), python3-reportlab
(text widths), node with pdfmake 0.2 and jspdf 2 (npm, folder in $BATCH16_NODE_MODULES), poppler-utils. Test-fixture tooling only.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
from e2e import norm, pdf_pages
from batch14 import for_truth
from batch16_content import REPORTS

_heading_page, RAW = batch13.heading_page, []


def heading_page(pages, heading, after, runin):
    """batch13's, and for a heading wrapped over two lines inside a column: its words in order in the page's raw text."""
    try:
        return _heading_page(pages, heading, after, runin)
    except SystemExit:
        for i in range(after, len(RAW)):
            if norm(heading) in norm(RAW[i]):
                return i + 1
        raise


batch13.heading_page = heading_page

if __name__ == "__main__":
    import batch16_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            os.replace(batch16_render.render(rep, d), pdf)
        RAW[:] = pdf_pages(pdf, False)
        t = batch13.truth(for_truth(rep), pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
