"""Batch 62 (issue 9, PRODUCER PATHS AND TEMPLATES new to the batches): renders the invented reports of
batch62_content.py through batch62_render.py (Chromium with Google-Docs-like styles; Chromium + pypdf with A4, A3 and a
/Rotate 90 page; ConTeXt MkIV two columns with run-in heads; groff -mom; asciidoctor -> HTML -> Chromium; calibre
EPUB -> PDF; ReportLab RC4 40-bit owner password; Chromium Word review look) and writes their truth from the same
descriptions (batch13.truth with batch49's heading rule: texts, types and metadata from the blocks, pages read back
from the rendered PDF with poppler). The truth conventions are in batch62_content.py's docstring and the README.

    /usr/bin/python3 batch62.py ../batch62 [--truth-only] [name-prefix...]

Needs python3-reportlab, python3-pypdf, chromium, context (texlive), groff, asciidoctor, calibre, poppler-utils,
fonts-liberation, fonts-crosextra-carlito, fonts-croscore. Test-fixture tooling only: every report is invented.
"""
import json, os, re, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch49  # noqa: F401  (sets batch13.heading_page to batch49's rule)
from batch62_content import REPORTS
from e2e import norm


def flat_blocks(blocks):
    """The blocks the truth is read from: section headings (run-in ones included) and item lists of the learning,
    recommendations and good practice kinds (a findings list's nested lettered recommendations flattened); sub-headings,
    paragraphs, tables, balloons and question-and-answer lists give nothing."""
    out = []
    for b in blocks:
        if b[0] in ("h1", "h1r"):
            out.append(b)
        elif b[0] == "items" and b[3] == "findlet":
            out.append(("items", b[1], [r for recs in b[2] for r in recs], "ol"))
        elif b[0] == "items":
            out.append(b[:4])
    return out


ITEM_PAGE, PDF_PAGES = batch13.item_page, batch13.pdf_pages


def truth_of(rep, pdf):
    """batch13.truth; an item whose first words a column's line-end hyphen splits ('writ-' / 'ing') is looked for
    again in the raw (content-order) text with those hyphens joined."""
    def item_page(pages, flat, text, after):
        try:
            return ITEM_PAGE(pages, flat, text, after)
        except SystemExit:
            raw = [subprocess.run(["pdftotext", "-raw", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True,
                                  text=True).stdout for i in range(1, len(pages) + 1)]
            joined = [norm(re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", p)) for p in raw]
            return ITEM_PAGE(pages, joined, text, after)
    def pages_without_contents(pdf_, layout=True):
        """A contents block ('Contents' then its entries up to a blank line) is no place of a heading."""
        return [re.sub(r"(?ms)^\s*Contents\s*\n(?:[^\n]*\S[^\n]*\n)+", "", p) for p in PDF_PAGES(pdf_, layout)]
    batch13.item_page = item_page
    if rep.get("contents_block"):
        batch13.pdf_pages = pages_without_contents
    try:
        return batch13.truth(dict(rep, blocks=flat_blocks(rep["blocks"])), pdf)
    finally:
        batch13.item_page, batch13.pdf_pages = ITEM_PAGE, PDF_PAGES


if __name__ == "__main__":
    import batch62_render
    truth_only = "--truth-only" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--truth-only"]
    out, only = args[0], args[1:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        if not truth_only:
            with tempfile.TemporaryDirectory(prefix="r62-") as d:
                os.replace(batch62_render.render(rep, d), pdf)
        t = truth_of(rep, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-56s %2d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
