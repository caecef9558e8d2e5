"""Batch 22 (issue 9 point 6, a fresh held-out batch of producers new to the repo): renders the invented reports of
batch22_content.py and writes their truth from the same descriptions (batch13.truth through batch14.for_truth, with
batch21's heading_page: texts, types and metadata from the blocks, pages read back from the rendered PDF).

    /usr/bin/python3 batch22.py ../batch22 [name-prefix...]

Needs (apt-get) htmldoc, php-cli, php-tcpdf, php-dompdf, halibut, libhpdf-dev and a C compiler, node, java 17+,
poppler-utils; the npm package pdfjs 2 in $BATCH22_NODE_MODULES (default /tmp/m26r-node/node_modules); classpaths from
`mvn dependency:build-classpath` for org.xhtmlrenderer:flying-saucer-pdf 9.13.3 in $BATCH22_JAVA_CP (default
/tmp/m26r-fs/cp.txt) and com.itextpdf:itextpdf 5.5.13.4 in $BATCH22_ITEXT5_CP (default /tmp/m26r-it5/cp.txt).
Test-fixture tooling only.
"""
import json, os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch13
import batch21  # noqa: F401  (sets batch13.heading_page to batch21's whole-line rule)
from batch14 import for_truth
from batch22_content import REPORTS


def truth_blocks(rep):
    """batch22's block kinds as batch13.truth reads them: a RAG row gives a learning and a recommendation item, a Finding |
    Recommendation row a recommendation item; non-item bullets ('none') are no items."""
    blocks = []
    for b in (rep["blocks"] if "blocks" in rep else [x for page in rep["pages"] for x in page]):
        if b[0] == "rag":
            blocks += [("items", "learning", [b[1]]), ("items", "recommendations", [b[2]])]
        elif b[0] == "fr":
            blocks.append(("items", "recommendations", [b[2]]))
        else:
            blocks.append(b)
    return dict(rep, blocks=blocks)


if __name__ == "__main__":
    import batch22_render
    out, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for rep in REPORTS:
        if only and not rep["file"].startswith(tuple(only)):
            continue
        pdf = os.path.join(out, rep["file"])
        with tempfile.TemporaryDirectory() as d:
            made = batch22_render.render(rep, d)
            t = batch13.truth(for_truth(truth_blocks(rep)), made)
            os.replace(made, pdf)
        json.dump(t, open(pdf + ".truth.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("%-52s %d pages %2d sections %2d items" % (rep["file"], t["pages"], len(t["sections"]), len(t["items"])))
