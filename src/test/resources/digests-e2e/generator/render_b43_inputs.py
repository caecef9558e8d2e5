# Renders the inputs of batch b43 (see render_b43.py and entries_b43.py). Invented material, test fixtures only.
# A: Apache FOP 2.9 from XSL-FO written here, tagged (-a, accessibility): a timeline, each review an fo:list-item whose label
#    is its publication date (right-aligned in a 92 pt gutter) and whose body has a coloured rule down its left edge; the
#    items are nested fo:list-blocks with '•'; a static footer 'Case reviews timeline · March 2025 · Page N'.
# B: PDFBox 3 (render_b43_pages.java annotated): a plain Word-like digest as a colleague sends it back: a big diagonal
#    'DRAFT – NOT FOR CIRCULATION' text watermark drawn (rotated, light grey) AFTER the page's text, highlight annotations over
#    two lines, sticky notes, FreeText comments in the right margin with appearance streams, a 'REVIEWED' rubber stamp.
# C: PDFBox 3 (sheet): a spreadsheet printed with gridlines AND row and column headings: 'A'...'F' over the columns, '1'...
#    beside the rows (grey header cells), the sheet name and 'Page 1' in the header and footer; row 1 the heading, row 2 the
#    intro, row 4 the column titles Review | Published | Summary | Learning includes | Recommendations include | Good practice,
#    one row per review, lines inside a cell broken as with Alt+Enter and items starting '- '.
# D: PDFBox 3 (reader): a browser's reader view printed with the browser's header and footer: page title left and print date
#    right at the top, the about:reader?url=... address left and 'N of M' right at the foot; the reader view's domain line,
#    its big title, 'NSPCC Learning' byline, 'x–y minutes' reading time, then the article in a serif face, h2 titles, bold
#    label paragraphs, bulleted lists.
# E: OpenPDF 1.3.43 (render_b43_openpdf.java): a bulletin with a coloured title bar, entries as Chapters (bookmarked), labels
#    written as questions 'What did the review learn?' / 'What needs to change?' / 'What went well?', '–' lists.
# Helpers (groups, url, curly, x) are shared with render_b32_inputs; spec() with render_b41_inputs.
import os, subprocess, tempfile
from render_b32_inputs import groups, url, curly, x
from render_b41_inputs import spec
G = os.path.dirname(os.path.abspath(__file__))
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."


def java(prog, cp_var, mode):
    def render(d, src, dst, t):
        stem = os.path.basename(dst)[:-4]
        p = f"{src}/{stem}.txt"
        open(p, "w").write(spec(d) + f"month\t{d['month']}\n")
        subprocess.run(["java", "-cp", os.environ[cp_var], f"{G}/{prog}", mode, p, dst], check=True)
    return render


def fo_items(lst):
    out = ['<fo:list-block provisional-distance-between-starts="10pt" provisional-label-separation="3pt" space-after="4pt">']
    for it in lst:
        out.append(f'<fo:list-item space-after="1.5pt"><fo:list-item-label end-indent="label-end()"><fo:block>•</fo:block></fo:list-item-label>'
                   f'<fo:list-item-body start-indent="body-start()"><fo:block>{x(it)}</fo:block></fo:list-item-body></fo:list-item>')
    return "".join(out) + "</fo:list-block>"


def fop_timeline(d, src, dst, t):
    month = d["heading"].split(": ")[-1]
    body = []
    for i, e in enumerate(d["entries"]):
        parts = [f'<fo:block font-weight="bold" font-size="12pt" color="#0b5563" space-after="3pt" keep-with-next="always">{x(e["title"])}</fo:block>',
                 f'<fo:block space-after="4pt">{x(e["summary"])}</fo:block>']
        for lab, lst in groups(e):
            if lab is None: parts.append(f'<fo:block space-after="4pt">{x(lst)}</fo:block>'); continue
            parts.append(f'<fo:block font-weight="bold" keep-with-next="always">{x(lab)}</fo:block>' + fo_items(lst))
        parts.append(f'<fo:block><fo:basic-link external-destination="url({url(d, i + 1)})" color="#0b5563" text-decoration="underline">{x(e["link"])}</fo:basic-link></fo:block>')
        body.append(f'''<fo:list-item space-after="14pt">
 <fo:list-item-label end-indent="label-end()"><fo:block text-align="end" font-size="8.5pt" color="#555555" font-weight="bold">{x(d["dates"][i])}</fo:block>
  <fo:block text-align="end" space-before="2pt"><fo:instream-foreign-object fox:alt-text="timeline marker" content-width="9pt" content-height="9pt"><svg:svg xmlns:svg="http://www.w3.org/2000/svg" width="9" height="9"><svg:circle cx="4.5" cy="4.5" r="4" fill="#0b5563"/></svg:svg></fo:instream-foreign-object></fo:block></fo:list-item-label>
 <fo:list-item-body start-indent="body-start()"><fo:block border-start-style="solid" border-start-width="2pt" border-start-color="#0b5563" padding-start="9pt">{"".join(parts)}</fo:block></fo:list-item-body>
</fo:list-item>''')
    fo = f'''<?xml version="1.0" encoding="UTF-8"?>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:fox="http://xmlgraphics.apache.org/fop/extensions" font-family="Helvetica" font-size="9.5pt" line-height="1.3" xml:lang="en-GB">
<fo:layout-master-set><fo:simple-page-master master-name="a4" page-width="210mm" page-height="297mm" margin="15mm 18mm 12mm 18mm">
<fo:region-body margin-bottom="12mm"/><fo:region-after extent="8mm"/></fo:simple-page-master></fo:layout-master-set>
<fo:declarations><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{x(d["heading"])}</dc:title><dc:description>Invented digest for testing</dc:description></rdf:Description></rdf:RDF></x:xmpmeta></fo:declarations>
<fo:page-sequence master-reference="a4"><fo:static-content flow-name="xsl-region-after"><fo:block font-size="7.5pt" color="#666666" text-align="end">Case reviews timeline · {x(month)} · Page <fo:page-number/></fo:block></fo:static-content>
<fo:flow flow-name="xsl-region-body">
<fo:block font-size="20pt" font-weight="bold" color="#0b5563" space-after="6pt" role="H1">{x(d["heading"])}</fo:block>
<fo:block space-after="14pt">{x(d["intro"])}</fo:block>
<fo:list-block provisional-distance-between-starts="104pt" provisional-label-separation="16pt">{"".join(body)}</fo:list-block>
<fo:block font-size="8pt" color="#666666" space-before="8pt">{x(FOOT)}</fo:block>
</fo:flow></fo:page-sequence></fo:root>'''
    p = f"{src}/b43-fop-timeline.fo"
    open(p, "w").write(fo)
    subprocess.run(["java", "-cp", os.environ["FOP_CP"], "org.apache.fop.cli.Main", "-q", "-a", "-fo", p, "-pdf", dst], check=True)


RENDER = {"b43-fop-timeline-2025-03.pdf": fop_timeline,
          "b43-pdfbox-annotated-draft-2025-06.pdf": java("render_b43_pages.java", "PDFBOX_CP", "annotated"),
          "b43-spreadsheet-gridlines-2025-09.pdf": java("render_b43_pages.java", "PDFBOX_CP", "sheet"),
          "b43-reader-view-print-2025-12.pdf": java("render_b43_pages.java", "PDFBOX_CP", "reader"),
          "b43-openpdf-questions-2026-02.pdf": java("render_b43_openpdf.java", "OPENPDF_CP", "questions")}


def render_inputs(b43, out, names):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for name, d in b43.items():
        if names and name not in names: continue
        with tempfile.TemporaryDirectory() as t:
            RENDER[name](d, os.path.abspath(f"{out}/source"), os.path.abspath(f"{out}/input/{name}"), t)
        print("wrote", name)
