"""Batch 63 (issue 9, PRODUCER PATHS AND TEMPLATES new to the batches): renders the invented reports of
batch63_content.py through batch63_render.py (Writer tagged -> Ghostscript PDF/A-2b; pdfLaTeX with footnotes split over
pages; wkhtmltopdf with body-size headings and an outline; PyMuPDF fitz.Story; matplotlib PdfPages poster; ReportLab +
PyMuPDF annotations; Chromium + pdftk multibackground letterhead; Chromium with emoji) and writes their truth from the
same descriptions with batch62.truth_of (batch13.truth with batch49's heading rule: texts, types and metadata from the
blocks, pages read back from the rendered PDF with poppler). The truth conventions are in batch63_content.py's
docstring and the README.

    /usr/bin/python3 batch63.py ../pending-batch63 [--truth-only] [name-prefix...]

Needs python3-reportlab, python3-fitz (PyMuPDF), python3-matplotlib, chromium, libreoffice-writer, ghostscript,
texlive (longtable, enumitem, lmodern), wkhtmltopdf, pdftk, poppler-utils, fonts-liberation, fonts-noto-color-emoji.
Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch62 import truth_of
from batch63_content import REPORTS


if __name__ == "__main__":
    import batch63_render
    truth_only = "--truth-only" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--truth-only"]
    out, only = args[0], args[1:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        if not truth_only:
            with tempfile.TemporaryDirectory(prefix="r63-") as d:
                os.replace(batch63_render.render(rep, d), pdf)
        t = truth_of(rep, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-56s %2d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
