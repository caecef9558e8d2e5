"""Batch 60 (issue 9, THEMATIC, MULTI-AGENCY AND NEWER REVIEW FORMS): renders the invented reports of
batch60_content.py through batch60_render.py (python-docx -> LibreOffice; Chromium tagged and untagged;
WeasyPrint; ReportLab platypus; groff -me; pdfLaTeX multicol; XeLaTeX) and writes their truth from the same descriptions
(batch13.truth with batch49's heading rule: texts, types and metadata from the blocks, pages read back from the
rendered PDF with poppler). The truth conventions are in batch60_content.py's docstring and the README.

    /usr/bin/python3 batch60.py ../batch60 [--truth-only] [name-prefix...]

Needs python3-docx, python3-reportlab, libreoffice-writer, texlive-latex-extra, texlive-xetex, groff, ghostscript,
chromium, weasyprint, poppler-utils, fonts-liberation, fonts-dejavu-core. Test-fixture tooling only: every report
is invented.
"""
import json, os, re, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch49  # noqa: F401  (sets batch13.heading_page to batch49's rule)
from batch60_content import REPORTS


def flat_blocks(blocks):
    """The blocks the truth is read from: section headings and item lists of the learning, recommendations and good
    practice kinds (a sidebar's entries and the bullets followed by italic responses included, the responses left
    out); sub-headings, paragraphs, pull quotes, tables and endnotes give nothing."""
    return [b if b[0] == "h1" else b[:4] for b in blocks if b[0] in ("h1", "items")]


def truth_of(rep, pdf):
    return batch13.truth(dict(rep, blocks=flat_blocks(rep["blocks"])), pdf)


if __name__ == "__main__":
    import batch60_render
    truth_only = "--truth-only" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--truth-only"]
    out, only = args[0], args[1:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        if not truth_only:
            with tempfile.TemporaryDirectory(prefix="r60-") as d:
                os.replace(batch60_render.render(rep, d), pdf)
        t = truth_of(rep, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-56s %2d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
