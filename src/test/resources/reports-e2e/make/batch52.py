"""Batch 52 (issue 9, a fresh held-out batch of template shapes and producer paths not covered before): renders the
invented reports of batch52_content.py through batch52_render.py (XeLaTeX scrbook twoside; python-docx DOCX ->
LibreOffice, tagged and untagged; wkhtmltopdf; WeasyPrint; asciidoctor -> HTML -> Chromium; an Inkscape cover and a
LuaLaTeX body joined by qpdf with object streams; groff -mm -> Ghostscript PDF/A-1b -> mutool clean) and writes their
truth from the same descriptions (batch13.truth through batch14.for_truth, with batch49's heading rule: texts, types
and metadata from the blocks, pages read back from the rendered PDF with poppler).

    /usr/bin/python3 batch52.py ../pending-batch52 [--truth-only] [name-prefix...]

Needs (apt-get) texlive-xetex, texlive-luatex, KOMA-Script, python3-docx, libreoffice-writer, wkhtmltopdf, weasyprint,
asciidoctor, chromium, inkscape, qpdf, groff, ghostscript, mupdf-tools, poppler-utils, fonts-liberation,
fonts-dejavu-core. Test-fixture tooling only: every report is invented.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch49  # noqa: F401  (sets batch13.heading_page to batch49's rule: batch47's plus a wrapped narrow-column heading)
from batch14 import for_truth
from batch52_content import REPORTS, ml_text


def truth_blocks(rep):
    """The truth is read from: section headings ('h1'; 'h2' sub-headings under a numbered chapter give none); list items
    of every style; each top entry of a multi-level list (its 'a)' sub-points part of its text); each margin note (a
    learning item); each 'What we learned' cell; each Recommendation cell of a recommendations table; each numbered
    callout and each admonition (without its title) a learning item. Glossaries, footnotes, 'Finding N.M' run-in
    sub-findings and the other table cells give nothing."""
    flat = []
    for b in rep["blocks"]:
        if b[0] in ("h1", "items"):
            flat.append(b)
        elif b[0] == "ml":
            flat.append(("items", b[1], [ml_text(t, subs) for t, subs in b[2]], "ml"))
        elif b[0] == "margin":
            flat.append(("items", "learning", [b[1]], "margin"))
        elif b[0] == "whtable":
            flat.append(("items", "learning", [r[1] for r in b[1]], "table"))
        elif b[0] == "rtable":
            flat.append(("items", "recommendations", [r[0] for r in b[1]], "table"))
        elif b[0] == "callout":
            flat.append(("items", "learning", [b[1]], "callout"))
        elif b[0] == "adm":
            flat.append(("items", "learning", [b[2]], "admonition"))
    return dict(rep, blocks=flat)


def make(rep, pdf, render):
    with tempfile.TemporaryDirectory(prefix="r52-") as d:
        made, read, body_from = render(rep, d)
        rep = dict(rep, body_from=body_from)
        t = batch13.truth(for_truth(truth_blocks(rep)), read)
        os.replace(made, pdf)
    return t


if __name__ == "__main__":
    import batch52_render
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
            t = make(rep, pdf, batch52_render.render)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
