"""Batch 56 (issue 9, HARD INPUTS: reports as archives hold them after damage): renders the invented reports of
batch56_content.py through batch56_render.py and writes what a reader can fairly expect of each:

- a READABLE report (its text on every page, or an OCR text layer on its scanned pages) gets `<file>.truth.json`
  (batch13.truth through batch14.for_truth, with batch49's heading rule): texts, types and metadata from the blocks,
  pages read back with poppler from the born-digital PDF BEFORE the damage (same pages; the OCR layer's slips must not
  move a page). A table's item column gives items of its type ('table' blocks); 'land' marks give nothing.
- a report whose LAST PAGES carry no text (Pennard: pages printed as images, no OCR) gets a truth of what its text
  layer holds: the sections and items on the readable pages only (what lies on the image pages no reader of the text
  can find), and `"expect_quality": "doubtful"` (part of the report is missing: the job must not say `ok`).
- an UNREADABLE report (no text layer, glyphs as outlines, text that decodes to no words) gets NO truth json (the
  scorer would count it missing) but `<file>.expect.json`: `{"file", "expect": [...]}` the outcomes acceptable in
  documents.csv, each `rejected:<reason_code>` or `loaded:doubtful`, and `"cause"` (what a reader should be told).
  Never `loaded:ok`.

    /usr/bin/python3 batch56.py ../pending-batch56 [--truth-only] [name-prefix...]

Needs chromium, pandoc, libreoffice-writer, texlive (pdflatex, titlesec), poppler-utils, imagemagick, img2pdf, ocrmypdf,
tesseract-ocr-eng (+ osd), ghostscript, qpdf, python3-pypdf, python3-docx, fonts-liberation, fonts-dejavu, fonts-crosextra-carlito.
Test-fixture tooling only: every report is invented.
"""
import json, os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch49  # noqa: F401  (sets batch13.heading_page to batch49's rule)
from batch14 import for_truth
from batch56_content import REPORTS

CAUSES = {"no_text_layer": "no text layer: the pages are images (or vector shapes) with no text to read",
          "garbled": "the text decodes to no words: the fonts carry no /ToUnicode map"}


def truth_blocks(rep):
    """Headings and lists as batch13 reads them; a table's item column as a list of its items; the blocks of the image
    pages dropped when the report says `expect_quality` (they are not in its text layer)."""
    flat, image_pages = [], False
    for b in rep["blocks"]:
        if b[0] == "scan":
            image_pages = b[1] and "expect_quality" in rep
        elif image_pages or b[0] == "land":
            continue
        elif b[0] == "table":
            if b[3]:
                flat.append(("items", b[3], [r[b[4]] for r in b[2]], "table"))
        else:
            flat.append(b)
    return dict(rep, blocks=flat)


def truth(rep, read_from):
    t = batch13.truth(for_truth(truth_blocks(rep)), read_from)
    if "expect_quality" in rep:
        t["expect_quality"] = rep["expect_quality"]
    return t


def expectation(rep):
    kind = rep["unreadable"]
    accept = ["rejected:no_text_layer"] if kind == "no_text_layer" else ["rejected:no_text_layer", "loaded:doubtful"]
    return {"file": rep["file"], "invented": True, "producer": rep["producer"], "features": rep["features"],
            "expect": accept, "cause": CAUSES[kind], "title": rep["cover"]["title"]}


def write(rep, out, truth_only):
    pdf = os.path.join(out, rep["file"])
    if "unreadable" in rep:
        if not truth_only:
            with tempfile.TemporaryDirectory(prefix="r56-") as d:
                made, _ = __import__("batch56_render").render(rep, d)
                shutil.move(made, pdf)
        json.dump(expectation(rep), open(pdf + ".expect.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-40s unreadable: expect %s" % (rep["file"], " or ".join(expectation(rep)["expect"])))
        return
    with tempfile.TemporaryDirectory(prefix="r56-") as d:
        if truth_only:
            raise SystemExit("--truth-only needs the born-digital PDF: render again")
        made, base = __import__("batch56_render").render(rep, d)
        t = truth(rep, base)
        shutil.move(made, pdf)
    json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
    print("%-40s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))


if __name__ == "__main__":
    truth_only = "--truth-only" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--truth-only"]
    out, only = args[0], args[1:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if not only or rep["file"].startswith(tuple(only)):
            write(rep, out, truth_only)
