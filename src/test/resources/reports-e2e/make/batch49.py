"""Batch 49 (issue 9, a fresh held-out batch of report shapes and producer combinations not covered before): renders the
invented reports of batch49_content.py through batch49_render.py (Chromium tagged and untagged; a flat ODT ->
LibreOffice Writer tagged and untagged; groff -ms -> gropdf; PDFs written by hand in batch49_rawpdf.py: Skia-like,
'Print To PDF'-like, a broken ToUnicode) and writes their truth from the same descriptions (batch13.truth through
batch14.for_truth, with batch47's heading rule: texts, types and metadata from the blocks, pages read back from the
rendered PDF with poppler; for Brackley Heath, whose body extracts as garbage, from a copy written without the broken
CMap, same layout). A report with a contents page is rendered twice: the second time its contents entries carry the
heading pages the first rendering gave.

    /usr/bin/python3 batch49.py ../pending-batch49 [--truth-only] [name-prefix...]

Needs (apt-get) chromium, libreoffice-writer(-nogui), groff, poppler-utils, fonts-liberation, fonts-dejavu-core.
Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch47  # noqa: F401  (sets batch13.heading_page to batch47's whole-line + side-head rule)
from batch14 import for_truth
from e2e import norm
from batch49_content import REPORTS

LAYOUT_RULE = batch13.heading_page


def heading_page(pages, heading, after, runin):
    """batch47's rule; then a heading wrapped over several lines of a narrow column (a two-column Writer section): its
    words in order, lines joined, in the page's text with the column beside it taken apart (each layout line cut at a
    gap of three or more spaces, left parts first)."""
    try:
        return LAYOUT_RULE(pages, heading, after, runin)
    except SystemExit:
        want = norm(heading)
        for i in range(after, len(pages)):
            lines = [ln.strip().split("   ") for ln in pages[i].splitlines()]
            left = " ".join(parts[0] for parts in lines if parts)
            right = " ".join(" ".join(p for p in parts[1:] if p.strip()) for parts in lines)
            if want in norm(left) or want in norm(right):
                return i + 1
        raise


batch13.heading_page = heading_page


def truth_blocks(rep):
    """The truth is read from: section headings ('h1', and 'h2' 'Finding N: ...' sub-headings, as batch8's convention),
    list items, each shaded 'Learning' box (a learning item, without its 'Learning' label), each 'Practice point' side
    box (a learning item), each lightbulb-icon row (a learning item), each Action cell of an 'Agency | Action | Lead |
    Timescale' table (a recommendation item), 'R1' coded paragraphs (recommendation items without the code). Numbered
    paragraphs, chronology tables, endnotes and the paragraphs beside practice points give nothing."""
    flat = []
    for b in rep["blocks"]:
        if b[0] in ("h1", "items"):
            flat.append(b)
        elif b[0] == "h2":
            flat.append(("h1",) + tuple(b[1:]))
        elif b[0] in ("lbox", "icon"):
            flat.append(("items", "learning", [b[1]], "box"))
        elif b[0] == "pp":
            flat.append(("items", "learning", [b[2]], "box"))
        elif b[0] == "rtable":
            flat.append(("items", "recommendations", [r[1] for r in b[1]], "table"))
        elif b[0] == "recs":
            flat.append(("items", "recommendations", b[1], "code"))
    body_from = 3 if rep["blocks"][:1] == [("contents",)] else rep["body_from"]
    return dict(rep, blocks=flat, body_from=body_from)


def read_from(made):
    plain = os.path.join(os.path.dirname(made), "r-plain.pdf")
    return plain if os.path.exists(plain) else made


def make(rep, pdf, render):
    with tempfile.TemporaryDirectory() as d:
        made = render(rep, d)
        t = batch13.truth(for_truth(truth_blocks(rep)), read_from(made))
        if any(b[0] == "contents" for b in rep["blocks"]):
            pages = {s["heading"]: s["page_start"] for s in t["sections"]}
            made = render(rep, d, pages)
            t = batch13.truth(for_truth(truth_blocks(rep)), read_from(made))
        os.replace(made, pdf)
    return t


if __name__ == "__main__":
    import batch49_render
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
            t = make(rep, pdf, batch49_render.render)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
