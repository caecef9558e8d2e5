"""Batch 54 (issue 9, a fresh held-out batch of real-review STRUCTURES not covered before): renders the invented reports
of batch54_content.py through batch54_render.py (python-docx DOCX -> LibreOffice tagged and untagged; pdfLaTeX;
LuaLaTeX; Chromium tagged and untagged; WeasyPrint) and writes their truth from the same descriptions (batch13.truth
through batch14.for_truth, with batch49's heading rule: texts, types and metadata from the blocks, pages read back from
the rendered PDF with poppler). A report that types its own contents page (Fellbrook, Stanmoor) is rendered twice: the
second time its entries carry the heading pages the first rendering gave.

    /usr/bin/python3 batch54.py ../pending-batch54 [--truth-only] [name-prefix...]

Needs (apt-get) python3-docx, libreoffice-writer, texlive-latex-extra (framed, titlesec), texlive-luatex, tex-gyre,
chromium, weasyprint, poppler-utils, fonts-liberation, fonts-dejavu-core, fonts-crosextra-carlito.
Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch49  # noqa: F401  (sets batch13.heading_page to batch49's rule: batch47's plus a wrapped narrow-column heading)
from batch14 import for_truth
from e2e import norm, pdf_pages
from batch54_content import REPORTS


def truth_blocks(rep):
    """The truth is read from: section headings ('h1'; the 'KPE N', 'Finding N:' sub-headings and the 'Why does this
    matter?' / 'What needs to change?' sub-parts give none); list items of the learning, recommendations and good
    practice kinds; each 'Learning point N' (a learning item, without its label); each 'Recommendation N' inside a
    finding (a recommendations item, without its label); the recommendation column of a recommendations table. The
    partnership's own actions and action plan, chronologies, glossaries, pull quotes and footnotes give nothing; the
    'Summary of learning' box repeats the learning points word for word and gives nothing (each point is counted once,
    on the page where it is first stated: batch24's convention for restated learning)."""
    flat = []
    for b in rep["blocks"]:
        if b[0] in ("h1", "items"):
            flat.append(b)
        elif b[0] == "lp":
            flat.append(("items", "learning", [b[2]], "lp"))
        elif b[0] == "rec":
            flat.append(("items", "recommendations", [b[2]], "rec"))
        elif b[0] == "rtable":
            flat.append(("items", "recommendations", [r[b[3]] for r in b[2]], "table"))
    return dict(rep, blocks=flat)


def body_start(rep, pdf):
    """The first page after the contents: the first page on which the first heading stands and 'Contents' does not."""
    if rep["blocks"][:1] != [("contents",)]:
        return rep["body_from"]
    first = norm(next(b[1] for b in rep["blocks"] if b[0] == "h1"))
    for i, p in enumerate(pdf_pages(pdf, True)):
        lines = [norm(x) for x in p.splitlines()]
        if i > 0 and first in lines and "contents" not in lines:
            return i + 1
    raise SystemExit("no body page in %s" % rep["file"])


def truth_of(rep, pdf):
    return batch13.truth(for_truth(truth_blocks(dict(rep, body_from=body_start(rep, pdf)))), pdf)


def make(rep, pdf, render):
    with tempfile.TemporaryDirectory(prefix="r54-") as d:
        made = render(rep, d)
        t = truth_of(rep, made)
        if rep["blocks"][:1] == [("contents",)]:
            made = render(rep, d, {s["heading"]: s["page_start"] for s in t["sections"]})
            t = truth_of(rep, made)
        os.replace(made, pdf)
    return t


if __name__ == "__main__":
    import batch54_render
    truth_only = "--truth-only" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--truth-only"]
    out, only = args[0], args[1:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        t = truth_of(rep, pdf) if truth_only else make(rep, pdf, batch54_render.render)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
