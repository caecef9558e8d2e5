"""Batch 41 (issue 9, a fresh held-out batch of document-structure shapes not covered before): renders the invented
reports of batch41_content.py through batch41_render.py and writes their truth from the same descriptions (batch13.truth
through batch14.for_truth, with batch32's whole-line heading rule, itself batch21's: texts, types and metadata from the
blocks, pages read back from the rendered PDF with poppler).

    /usr/bin/python3 batch41.py ../batch41 [--truth-only] [name-prefix...]

Needs (apt-get) python3-docx, python3-reportlab, libreoffice-writer, chromium, texlive (tocloft, fancyhdr, lmodern),
weasyprint, poppler-utils, fonts-liberation, fonts-dejavu-core, fonts-crosextra-carlito.
Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch32  # noqa: F401  (sets batch13.heading_page to batch32's whole-line rule)
from batch14 import for_truth
from e2e import norm, pdf_pages
from batch41_content import REPORTS


def truth_blocks(rep):
    """A 'What we found | What we will do' row gives a learning item (left cell) and a recommendation item (right cell);
    an executive summary's restated lists, a second title page, endnotes and page breaks give nothing; a paragraph with
    an endnote call is a paragraph."""
    flat = []
    for b in rep["blocks"]:
        if b[0] == "found":
            for found, do in b[1]:
                flat += [("items", "learning", [found], "table"), ("items", "recommendations", [do], "table")]
        elif b[0] == "pnote":
            flat.append(("p", b[1]))
        elif b[0] in ("h1", "h2", "p", "items"):
            flat.append(b)
    return dict(rep, blocks=flat)


WHOLE_LINE = batch13.heading_page


def second_document_from(rep, pdf):
    """Headings after a second title page ('title2') are searched from that title page on: the overview report repeats
    the executive summary's section names, and the whole-line rule would find the first document's heading again."""
    blocks = rep["blocks"]
    if not any(b[0] == "title2" for b in blocks):
        batch13.heading_page = WHOLE_LINE
        return
    k = next(i for i, b in enumerate(blocks) if b[0] == "title2")
    first_count = sum(1 for b in blocks[:k] if b[0] == "h1")
    kind = norm(next(b for b in blocks if b[0] == "title2")[1]["subtitle"])
    pages = pdf_pages(pdf, True)
    start = next(i for i, p in enumerate(pages) if i > 0 and any(norm(line) == kind for line in p.splitlines()))
    calls = [0]

    def heading_page(pages, heading, after, runin):
        calls[0] += 1
        return WHOLE_LINE(pages, heading, max(after, start) if calls[0] > first_count else after, runin)
    batch13.heading_page = heading_page


def with_title_alternatives(t, rep):
    alts = rep["cover"].get("title_alts")
    if alts:
        t["title"] = "|".join([t["title"]] + alts)
    return t


if __name__ == "__main__":
    import batch41_render
    truth_only = "--truth-only" in sys.argv  # rewrite the truth from the PDFs already in OUT (no re-render)
    args = [a for a in sys.argv[1:] if a != "--truth-only"]
    out, only = args[0], args[1:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        if truth_only:
            second_document_from(rep, pdf)
            t = batch13.truth(for_truth(truth_blocks(rep)), pdf)
        else:
            with tempfile.TemporaryDirectory() as d:
                made = batch41_render.render(rep, d)
                second_document_from(rep, made)
                t = batch13.truth(for_truth(truth_blocks(rep)), made)
                os.replace(made, pdf)
        t = with_title_alternatives(t, rep)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-44s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
