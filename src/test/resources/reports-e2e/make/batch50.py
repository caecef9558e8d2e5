"""Batch 50 (issue 9, a fresh held-out batch of report shapes and producer combinations not covered before): renders the
invented reports of batch50_content.py through batch50_render.py (Chromium tagged and untagged; HTML opened in
LibreOffice Writer tagged and untagged; groff -ms + tbl -> gropdf; a PDF written by hand in Python) and writes their
truth from the same descriptions (batch13.truth through batch14.for_truth, with batch49's heading rule: texts, types and
metadata from the blocks, pages read back from the rendered PDF with poppler; for Larkhill, whose headings are images,
from a twin rendered with the same layout and the headings as text in the same fixed-height box). A report with a
contents page is rendered twice: the second time its contents entries carry the heading pages the first gave.

    /usr/bin/python3 batch50.py ../batch50 [--truth-only] [name-prefix...]

Needs (apt-get) chromium, libreoffice-writer(-nogui), groff, poppler-utils, fonts-liberation, fonts-dejavu-core.
Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch49  # noqa: F401  (sets batch13.heading_page to batch49's rule: batch47's plus a wrapped narrow-column heading)
from batch14 import for_truth
from batch50_content import REPORTS


def truth_blocks(rep):
    """The truth is read from: section headings ('h1' only: numbered '5.1 ...' sub-headings under numbered chapters are
    not sections), list items, each 'Recommendation N.M' paragraph (its text without the label), each two-run labelled
    learning point or recommendation (text without the label), each Recommendation cell of a merged-cell table and each
    Action cell of the spanning-agency table (recommendation items). The executive summary's word for word repetition of
    the recommendations, notes between paragraphs, pull quotes, numbered paragraphs, the chronology and the action plan
    give nothing."""
    flat = []
    for b in rep["blocks"]:
        if b[0] in ("h1", "items"):
            flat.append(b)
        elif b[0] in ("rec", "rp"):
            flat.append(("items", "recommendations", [b[-1]], "label"))
        elif b[0] == "lp":
            flat.append(("items", "learning", [b[-1]], "label"))
        elif b[0] in ("mtable", "atable"):
            flat.append(("items", "recommendations", [r[1] for r in b[1]], "table"))
    body_from = 3 if rep["blocks"][:1] == [("contents",)] else rep["body_from"]
    return dict(rep, blocks=flat, body_from=body_from)


def make(rep, pdf, render):
    with tempfile.TemporaryDirectory() as d:
        made = render(rep, d)
        read = render(rep, d, plain=True) if "image_headings" in rep["producer"] else made
        t = batch13.truth(for_truth(truth_blocks(rep)), read)
        if any(b[0] == "contents" for b in rep["blocks"]):
            pages = {s["heading"]: s["page_start"] for s in t["sections"]}
            made = render(rep, d, pages)
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
        os.replace(made, pdf)
    return t


if __name__ == "__main__":
    import batch50_render
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
            t = make(rep, pdf, batch50_render.render)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
