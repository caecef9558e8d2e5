"""Batch 51 (issue 9, a fresh held-out batch of report shapes and producer combinations not covered before): renders the
invented reports of batch51_content.py through batch51_render.py (Chromium chapters joined by pdfunite; Chromium
untagged and tagged; HTML opened in LibreOffice Writer, tagged; groff -ms -> gropdf; PDFs written by hand in Python:
a skewed scan with an OCR layer, a Word-like tagged PDF with RoleMap and private-use bullets, TJ-kerned lines without
spaces with a hidden OCMD layer) and writes their truth from the same descriptions (batch13.truth through
batch14.for_truth, with batch49's heading rule: texts, types and metadata from the blocks, pages read back from the
rendered PDF with poppler, or from a twin of the same layout: Penmaen's page before it was scanned, Hestonbury's lines
with spaces). A report with a contents page is rendered twice: the second time its contents entries carry the heading
pages the first gave.

    /usr/bin/python3 batch51.py ../pending-batch51 [--truth-only] [name-prefix...]

Needs (apt-get) chromium, libreoffice-writer(-nogui), groff, poppler-utils (pdftotext, pdftoppm, pdfunite),
fonts-liberation, fonts-dejavu-core. Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch49  # noqa: F401  (sets batch13.heading_page to batch49's rule: batch47's plus a wrapped narrow-column heading)
from batch14 import for_truth
from batch51_content import REPORTS


def truth_blocks(rep):
    """The truth is read from: section headings ('h1'; the two headings side by side of a 'grid2' in reading order, the
    left column first); list items of every style (bullets, numbers, '(i)' paragraphs, side notes, the diagram's
    recommendation boxes, grid columns); each side note (a learning item); each 'Recommendation N' paragraph after a
    question's answer (its text without the label); each Recommendation cell of the response table. 'Question N:'
    sub-headings, the agency responses, the diagram's centre box, the chronology, the action plan and the hidden draft
    notes give nothing."""
    flat = []
    for b in rep["blocks"]:
        if b[0] in ("h1", "items"):
            flat.append(b)
        elif b[0] == "grid2":
            flat += [b[1][0], b[1][1], b[2][0], b[2][1]]
        elif b[0] == "side":
            flat.append(("items", "learning", [b[1]], "side"))
        elif b[0] == "rec":
            flat.append(("items", "recommendations", [b[2]], "label"))
        elif b[0] == "rtable":
            flat.append(("items", "recommendations", [r[0] for r in b[1]], "table"))
    body_from = 3 if rep["blocks"][:1] == [("contents",)] else rep["body_from"]
    return dict(rep, blocks=flat, body_from=body_from)


def make(rep, pdf, render):
    with tempfile.TemporaryDirectory() as d:
        made, read = render(rep, d)
        t = batch13.truth(for_truth(truth_blocks(rep)), read)
        if any(b[0] == "contents" for b in rep["blocks"]):
            pages = {s["heading"]: s["page_start"] for s in t["sections"]}
            made, read = render(rep, d, pages)
            t = batch13.truth(for_truth(truth_blocks(rep)), read)
        os.replace(made, pdf)
    return t


if __name__ == "__main__":
    import batch51_render
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
            t = make(rep, pdf, batch51_render.render)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
