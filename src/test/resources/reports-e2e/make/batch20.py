"""Batch 20 (issue 9 point 6, a fresh held-out batch of producers new to the repo): renders the invented reports of
batch20_content.py and writes their truth from the same descriptions (batch13.truth through batch14.for_truth: texts, types
and metadata from the blocks, pages read back from the rendered PDF).

    /usr/bin/python3 batch20.py ../batch20 [name-prefix...]

Needs pdflatex with tufte-latex and KOMA-Script (texlive-latex-extra), a2ps and ghostscript, java 17 with iText 8 jars
(batch20_render.JAVA_CP), node 20 with pdfkit, @react-pdf/renderer and @myriaddreamin/typst-ts-node-compiler
(batch20_render.NODE), soffice, poppler-utils. Test-fixture tooling only.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch18  # noqa: F401  (its heading_page fallback for a heading wrapped beside other text)
import batch13
from e2e import pdf_pages
from batch14 import for_truth
from batch20_content import REPORTS

if __name__ == "__main__":
    import batch20_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made = batch20_render.render(rep, d)
            batch18.RAW[:] = pdf_pages(made, False)
            t = batch13.truth(for_truth(rep), made)
            t["title"] = rep["cover"].get("truth_title", t["title"])  # as batch18: bare title or with its 'Overview Report' subtitle
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-48s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
