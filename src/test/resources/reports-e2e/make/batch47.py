"""Batch 47 (issue 9, a fresh held-out batch of report shapes and producer combinations not covered before): renders the
invented reports of batch47_content.py through batch47_render.py (a flat ODT -> LibreOffice Writer tagged with chapter
running heads and untagged with a two-column section; Chromium tagged and untagged; pod2pdf; an InDesign-like PDF written
by hand in batch47_rawpdf.py) and writes their truth from the same descriptions (batch13.truth through
batch14.for_truth, with batch32's whole-line heading rule: texts, types and metadata from the blocks, pages read back
from the rendered PDF with poppler). A report with a contents page is rendered twice: the second time its contents
entries carry the heading pages the first rendering gave.

    /usr/bin/python3 batch47.py ../batch47 [--truth-only] [name-prefix...]

Needs (apt-get) chromium, libreoffice-writer(-nogui), pod2pdf, poppler-utils, fonts-liberation, fonts-dejavu-core.
Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch32  # noqa: F401  (sets batch13.heading_page to batch32's whole-line rule)
from batch14 import for_truth
from e2e import norm
from batch47_content import REPORTS

WHOLE_LINE = batch13.heading_page


def heading_page(pages, heading, after, runin):
    """batch32's whole-line rule, then a side head: a heading set in a narrow frame beside the body, so that the layout
    line starts with the heading and goes on, after a gap of three or more spaces, with the body's first line."""
    try:
        return WHOLE_LINE(pages, heading, after, runin)
    except SystemExit:
        want = norm(heading)
        for i in range(after, len(pages)):
            for ln in pages[i].splitlines():
                head = ln.strip().split("   ")[0]
                if norm(head) == want:
                    return i + 1
        raise


batch13.heading_page = heading_page


def rec_cell(t):
    """A recommendation cell holding a lead-in and a numbered sub-list is one item: the lead-in and '1. ...', '2. ...'."""
    if isinstance(t, tuple):
        main, subs = t
        return " ".join([main] + ["%d. %s" % (i + 1, s) for i, s in enumerate(subs)])
    return t


def truth_blocks(rep):
    """A 'Learning point:' paragraph is one learning item (its text without the label) in the section it stands in; each
    recommendation cell of an 'Agency | Recommendation | Response | Timescale' table is one item (agency, response and
    timescale cells give none); short-form restatements in a summary, terms-of-reference questions, chronology, action
    plan and glossary tables, numbered paragraphs and sub-headings give nothing."""
    flat = []
    for b in rep["blocks"]:
        if b[0] in ("h1", "items"):
            flat.append(b)
        elif b[0] == "lp":
            flat.append(("items", "learning", [b[1]], "lp"))
        elif b[0] == "rectable":
            flat.append(("items", "recommendations", [rec_cell(r[1]) for r in b[1]], "table"))
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
    import batch47_render
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
            t = make(rep, pdf, batch47_render.render)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
