"""Batch 58 (issue 9, a fresh held-out batch of NATIONAL AND LOCAL REVIEW TEMPLATES): renders the invented reports of
batch58_content.py through batch58_render.py (python-docx -> LibreOffice; pdfLaTeX; LuaLaTeX; Chromium tagged and
untagged; WeasyPrint; ReportLab platypus) and writes their truth from the same descriptions (batch13.truth with
batch49's heading rule: texts, types and metadata from the blocks, pages read back from the rendered PDF with poppler).

    /usr/bin/python3 batch58.py ../pending-batch58 [--truth-only] [name-prefix...]

Needs (apt-get) python3-docx, python3-reportlab, libreoffice-writer, texlive-latex-extra, texlive-luatex, tex-gyre,
chromium, weasyprint, poppler-utils, fonts-liberation, fonts-dejavu-core, fonts-crosextra-carlito.
Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch49  # noqa: F401  (sets batch13.heading_page to batch49's rule: batch47's plus a wrapped narrow-column heading)
from batch58_content import REPORTS


def flat_blocks(blocks):
    """The blocks the truth is read from: section headings ('h1'; 'hx' division titles and the Welsh pages' headings
    give none, nor do sub-headings) and item lists of the learning, recommendations and good practice kinds, also
    inside a form's answer cells ('qa'). Lists of the Welsh pages ('xitems'), reflective questions, tables, timelines
    and signature tables give nothing."""
    out = []
    for b in blocks:
        if b[0] in ("h1", "items"):
            out.append(b[:4] if b[0] == "items" else b)
        elif b[0] == "qa":
            for _q, inner in b[1]:
                out += flat_blocks(inner)
    return out


def truth_of(rep, pdf):
    return batch13.truth(dict(rep, blocks=flat_blocks(rep["blocks"])), pdf)


if __name__ == "__main__":
    import batch58_render
    truth_only = "--truth-only" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--truth-only"]
    out, only = args[0], args[1:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        if not truth_only:
            with tempfile.TemporaryDirectory(prefix="r58-") as d:
                os.replace(batch58_render.render(rep, d), pdf)
        t = truth_of(rep, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
