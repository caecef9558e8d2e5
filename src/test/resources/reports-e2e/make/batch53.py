"""Batch 53 (issue 9, a fresh held-out batch of PRODUCER PATHS not covered before): renders the invented reports of
batch53_content.py through batch53_render.py (Chromium + qpdf --linearize with a two-column findings chapter; ReportLab
canvas with a revision appended by hand; pdfLaTeX titlesec left-margin headings; Chromium parts and one scanned OCRed
page joined by qpdf --pages; flat ODT -> Writer with a DRAFT watermark, OFFICIAL-SENSITIVE markings and coloured
insertions; flat ODP -> Impress A4 text frames; hand-written PostScript justified by widthshow -> Ghostscript;
WeasyPrint running element) and writes their truth from the same descriptions (batch13.truth through
batch14.for_truth, with batch49's heading rule: texts, types and metadata from the blocks, pages read back from the
rendered PDF with poppler).

    /usr/bin/python3 batch53.py ../batch53 [--truth-only] [name-prefix...]

Needs chromium, qpdf, python3-reportlab, python3-pypdf, texlive (titlesec, lmodern), poppler-utils, img2pdf, ocrmypdf
(tesseract-ocr-eng), libreoffice (writer, impress), ghostscript, weasyprint, fonts-liberation, fonts-dejavu.
Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch49  # noqa: F401  (sets batch13.heading_page to batch49's rule: batch47's plus a wrapped narrow-column heading)
from batch14 import for_truth
from batch53_content import REPORTS, plain


def truth_blocks(rep):
    """The truth is read from: section headings ('h1'; 'h2' sub-headings give none); list items of every style, their
    text without the insertion marks; each learning box ('lpbox', a learning item). Paragraphs give nothing."""
    flat = []
    for b in rep["blocks"]:
        if b[0] == "h1":
            flat.append(b)
        elif b[0] == "items":
            flat.append(("items", b[1], [plain(t) for t in b[2]], b[3]))
        elif b[0] == "lpbox":
            flat.append(b)
    return dict(rep, blocks=flat)


def make(rep, pdf, render):
    with tempfile.TemporaryDirectory(prefix="r53-") as d:
        made, read, body_from = render(rep, d)
        rep = dict(rep, body_from=body_from)
        t = batch13.truth(for_truth(truth_blocks(rep)), read)
        os.replace(made, pdf)
    return t


if __name__ == "__main__":
    import batch53_render
    truth_only = "--truth-only" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--truth-only"]
    out, only = args[0], args[1:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        if truth_only:
            t = batch13.truth(for_truth(truth_blocks(rep)), pdf)
        else:
            t = make(rep, pdf, batch53_render.render)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
