"""Batch 48 (issue 9, a fresh held-out batch of report shapes and producer combinations not covered before): renders the
invented reports of batch48_content.py through batch48_render.py (Chromium untagged and tagged; a flat ODT ->
LibreOffice Writer tagged and untagged; groff -mom -> gropdf; PDFs written by hand in batch48_rawpdf.py, one scanned
with an OCR text layer) and writes their truth from the same descriptions (batch13.truth through batch14.for_truth,
with batch47's heading rule: texts, types and metadata from the blocks, pages read back from the rendered PDF with
poppler). A report with a contents page is rendered twice: the second time its contents entries carry the heading
pages the first rendering gave.

    /usr/bin/python3 batch48.py ../pending-batch48 [--truth-only] [name-prefix...]

Needs (apt-get) chromium, libreoffice-writer(-nogui), groff, poppler-utils, fonts-liberation, fonts-dejavu-core.
Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch47  # noqa: F401  (sets batch13.heading_page to batch47's whole-line + side-head rule)
from batch14 import for_truth
from batch48_content import REPORTS


def truth_blocks(rep):
    """The truth is read from: section headings ('h1', and each briefing box's heading), list items, each cell of a
    'Learning | Recommendation' table (the learning cell a learning item, the recommendation cell a recommendation item,
    row by row), 'Recommendation N:' paragraphs (their text without the label). Welsh headings, paragraphs and bullets
    of a bilingual report give nothing (the truth is the English text); numbered paragraphs, chronology, action plan
    and glossary tables give nothing."""
    flat = []

    def add(blocks):
        for b in blocks:
            if b[0] in ("h1", "items"):
                flat.append(b)
            elif b[0] == "box":
                flat.append(("h1", b[2], b[3]))
                add(b[4])
            elif b[0] == "lr":
                for learning, rec in b[1]:
                    flat.append(("items", "learning", [learning], "cell"))
                    flat.append(("items", "recommendations", [rec], "cell"))
            elif b[0] == "recs":
                flat.append(("items", "recommendations", b[1], "label"))

    add(rep["blocks"])
    body_from = 3 if rep["blocks"][:1] == [("contents",)] else rep["body_from"]
    return dict(rep, blocks=flat, body_from=body_from)


def make(rep, pdf, render):
    with tempfile.TemporaryDirectory() as d:
        made = render(rep, d)
        t = batch13.truth(for_truth(truth_blocks(rep)), made)
        if any(b[0] == "contents" for b in rep["blocks"]):
            pages = {s["heading"]: s["page_start"] for s in t["sections"]}
            made = render(rep, d, pages)
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
        os.replace(made, pdf)
    return t


if __name__ == "__main__":
    import batch48_render
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
            t = make(rep, pdf, batch48_render.render)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
