"""Batch 18 (issue 9 point 6, eighth fresh held-out batch): renders the invented reports of batch18_content.py and writes their
truth from the same descriptions (batch13.truth through batch14.for_truth: texts, types and metadata from the blocks, pages read
back from the rendered PDF; the Welsh column's blocks of the bilingual report are left out of the truth).

    /usr/bin/python3 batch18.py ../batch18 [name-prefix...]

Needs (apt-get) texlive-latex-base/-recommended/-extra (latex, dvips, pdflatex, paracol, endnotes, enumitem), metafont
(mktexpk makes the EC bitmap fonts), ghostscript, html2ps, inkscape, libreoffice, mupdf-tools, libpdf-api2-perl,
fonts-liberation2, poppler-utils. Test-fixture tooling only.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
from e2e import norm, pdf_pages
from batch14 import for_truth
from batch18_content import REPORTS

_heading_page, RAW = batch13.heading_page, []


def heading_page(pages, heading, after, runin):
    """batch13's, and for a heading wrapped over two lines inside a column: its words in order in the page's raw text, or its
    first four words on a line."""
    try:
        return _heading_page(pages, heading, after, runin)
    except SystemExit:
        for i in range(after, len(RAW)):
            if norm(heading) in norm(RAW[i]):
                return i + 1
        start = " ".join(norm(heading).split()[:4])  # wrapped in a column beside other text: its first words on a line
        for i in range(after, len(pages)):
            if any(start in norm(line) for line in pages[i].splitlines()):
                return i + 1
        raise


batch13.heading_page = heading_page


def english(rep):
    return dict(rep, blocks=[b for b in rep["blocks"] if not b[0].startswith("cy")])


if __name__ == "__main__":
    import batch18_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made, plain = batch18_render.render(rep, d)
            RAW[:] = pdf_pages(plain, False)
            t = batch13.truth(for_truth(english(rep)), plain)
            t["title"] = rep["cover"].get("truth_title", t["title"])
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
