"""Batch 61 (issue 9, NEW PRODUCERS AND REPORT APPARATUS): renders the invented reports of batch61_content.py through
batch61_render.py (python-docx -> LibreOffice with multilevel heading numbering; ReportLab platypus; Chromium tagged
with its structure tree rewritten by pypdf; WeasyPrint; pdfLaTeX + tcolorbox; LuaLaTeX; pandoc -> pdfLaTeX -> pdfjam
--booklet; Chromium -> scan look -> ocrmypdf) and writes their truth from the same descriptions (batch13.truth with
batch49's heading rule: texts, types and metadata from the blocks, pages read back from the rendered PDF with
poppler; for the booklet, read from the A5 pages before imposition and mapped to the sheet each A5 page stands on).
The truth conventions are in batch61_content.py's docstring and the README.

    /usr/bin/python3 batch61.py ../batch61 [--truth-only] [name-prefix...]

Needs python3-docx, python3-reportlab, python3-pypdf, libreoffice-writer, texlive-latex-extra, texlive-luatex,
pandoc, pdfjam, chromium, weasyprint, imagemagick, img2pdf, ocrmypdf, tesseract-ocr-eng, poppler-utils,
fonts-liberation, fonts-open-sans, fonts-texgyre. Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch49  # noqa: F401  (sets batch13.heading_page to batch49's rule)
from batch61_content import REPORTS


def flat_blocks(blocks):
    """The blocks the truth is read from: section headings (a briefing's tiles included) and item lists of the
    learning, recommendations and good practice kinds; sub-headings, paragraphs, labels, tables and notes give nothing."""
    out = []
    for b in blocks:
        if b[0] == "h1":
            out.append(b)
        elif b[0] == "tile":
            out.append(("h1",) + tuple(b[2:]))
        elif b[0] == "items":
            out.append(b[:4])
    return out


def booklet_sheet(n):
    """A5 page -> sheet of pdfjam's booklet (signature n): sheet i holds (n-i, i+1) when i is even, (i+1, n-i) when odd."""
    sheet = {}
    for i in range(n // 2):
        for p in ((n - i, i + 1) if i % 2 == 0 else (i + 1, n - i)):
            sheet[p] = i + 1
    return sheet


def truth_of(rep, pdf, a5=None):
    rep = dict(rep, blocks=flat_blocks(rep["blocks"]))
    if not a5:
        return batch13.truth(rep, pdf)
    t = batch13.truth(rep, a5)
    sheet = booklet_sheet(t["pages"])
    for s in t["sections"]:
        s["page_start"] = sheet[s["page_start"]]
    for i in t["items"]:
        i["page"] = sheet[i["page"]]
    t["pages"] = t["pages"] // 2
    for i, s in enumerate(t["sections"]):
        s["page_end"] = s["page_start"]
    return t


if __name__ == "__main__":
    import batch61_render
    truth_only = "--truth-only" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--truth-only"]
    out, only = args[0], args[1:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory(prefix="r61-") as d:
            booklet = rep["file"].startswith("stainmore")
            if not truth_only or booklet:
                made = batch61_render.render(rep, d)
                if not truth_only:
                    os.replace(made, pdf)
            t = truth_of(rep, pdf, os.path.join(d, "a5.pdf") if booklet else None)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-56s %2d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
