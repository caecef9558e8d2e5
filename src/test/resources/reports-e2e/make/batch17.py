"""Batch 17 (issue 9 point 6, seventh fresh held-out batch): renders the eight invented reports of batch17_content.py and writes
their truth from the same descriptions (batch13.truth through batch14.for_truth: texts, types and metadata from the blocks,
pages read back from the rendered PDF).

    /usr/bin/python3 batch17.py ../batch17 [name-prefix...]

Needs (apt-get) groff, ghostscript, context, texlive-luatex, texlive-latex-recommended, texlive-latex-extra, tesseract-ocr,
tesseract-ocr-eng, rst2pdf, qpdf, fonts-liberation, poppler-utils; node with pdf-lib 1.17 (npm, folder in
$BATCH17_NODE_MODULES); java 17 with OpenPDF 1.3.43 and OpenHTMLtoPDF 1.0.10 on the classpath held in the file
$BATCH17_JAVA_CP (mvn dependency:build-classpath). Encrypted reports' pages are read before encryption. Test-fixture tooling only.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
from e2e import norm, pdf_pages
from batch14 import for_truth
from batch17_content import REPORTS

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
    import batch17_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made, plain = batch17_render.render(rep, d)
            RAW[:] = pdf_pages(plain, False)
            t = batch13.truth(for_truth(rep), plain)
            t["title"] = rep["cover"].get("truth_title", t["title"])
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
