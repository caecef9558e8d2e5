"""Batch 33 renderers: python3-docx DOCX -> LibreOffice (tagged and bookmarked, or a landscape section) and Chromium HTML
templates (OFFICIAL margin boxes, finding boxes, a three-column newsletter, R-labels, a diagonal watermark). Every child,
family, area, partnership, agency and person rendered here is invented for software testing. Test-fixture tooling only.
"""
import html, os, subprocess

from batch33_content import INVENTED

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--no-pdf-header-footer"]
WRITER_BOOKMARKS_TAGGED = ('pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},'
                           '"ExportBookmarks":{"type":"boolean","value":"true"}}')
WRITER_BOOKMARKS = ('pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"false"},'
                    '"ExportBookmarks":{"type":"boolean","value":"true"}}')


def e(s):
    return html.escape(s, quote=False)


def run(cmd, cwd):
    subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, timeout=300)


# ---------------- python3-docx -> LibreOffice ----------------
def _docx_field(paragraph, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run_ = paragraph.add_run()
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = instr
        else:
            el = OxmlElement("w:t")
            el.text = text
        run_._r.append(el)


def _docx_furniture(section, c, official_left):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    hp.text = ("OFFICIAL\t\t" + c["partnership"]) if official_left else (c["partnership"] + "\t\tOFFICIAL")
    fp = section.footer.paragraphs[0]
    if official_left:
        fp.text = "OFFICIAL\t\tPage "
        _docx_field(fp, "PAGE")
    else:
        fp.text = c["title"] + "\t\t"
        _docx_field(fp, "PAGE")
    fp.alignment = WD_ALIGN_PARAGRAPH.LEFT


def _docx_table(doc, header, rows, style="Table Grid"):
    from docx.shared import Pt
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for cell, text in zip(t.rows[0].cells, header):
        cell.text = ""
        r = cell.paragraphs[0].add_run(text)
        r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
            for p in cell.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(10)
    return t


def render_docx(rep, d):
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Pt, Cm, RGBColor
    c, numbered = rep["cover"], rep["template"] == "askerdale"
    doc = docx.Document()
    doc.core_properties.title = c["title"]
    doc.core_properties.author = c["partnership"]
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Liberation Sans" if numbered else "Liberation Serif", Pt(11)
    for name, colour in (("Heading 1", "1F3864"), ("Heading 2", "2E74B5"), ("Heading 3", "2E74B5")):
        doc.styles[name].font.color.rgb = RGBColor.from_string(colour)
        doc.styles[name].font.name = "Liberation Sans"
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    _docx_furniture(sec, c, numbered)
    # cover
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph(c["partnership"])
    p.runs[0].font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run(c["title"])
    r.bold, r.font.size = True, Pt(26)
    doc.add_paragraph(c["by"])
    doc.add_paragraph(c["date"])
    doc.add_paragraph()
    p = doc.add_paragraph(INVENTED)
    p.runs[0].italic = True
    doc.add_page_break()
    n1 = n2 = n3 = 0
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            if b[1].startswith("Appendix"):
                doc.add_page_break()
                doc.add_heading(b[1], 1)
            else:
                n1, n2 = n1 + 1, 0
                doc.add_heading(("%d %s" % (n1, b[1])) if numbered else b[1], 1)
        elif k == "h2":
            n2, n3 = n2 + 1, 0
            doc.add_heading(("%d.%d %s" % (n1, n2, b[1])) if numbered else b[1], 2)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "subpoints":
            for title, text in b[2]:
                n3 += 1
                doc.add_heading("%d.%d.%d %s" % (n1, n2, n3, title), 3)
                doc.add_paragraph(text)
        elif k == "items":
            for text in b[2]:
                doc.add_paragraph(text, style="List Number" if b[3] == "ol" else "List Bullet")
        elif k == "tor":
            for text in b[1]:
                doc.add_paragraph(text, style="List Number 2")
        elif k == "actionplan":
            # the section's heading moves from the portrait page's foot to the top of the landscape section
            head = doc.paragraphs[-1]
            head._p.getparent().remove(head._p)
            new = doc.add_section(WD_SECTION.NEW_PAGE)
            new.orientation = WD_ORIENT.LANDSCAPE
            new.page_width, new.page_height = Cm(29.7), Cm(21.0)
            doc.add_heading(head.text, 1)
            doc.add_paragraph("Each recommendation is set out with the action the partnership has agreed, the lead, the "
                              "date by which it will be done and how the partnership will know that it has made a difference.")
            _docx_table(doc, ["Recommendation", "Action", "Lead", "By when", "Evidence of impact"], b[1])
            back = doc.add_section(WD_SECTION.NEW_PAGE)
            back.orientation = WD_ORIENT.PORTRAIT
            back.page_width, back.page_height = Cm(21.0), Cm(29.7)
    src = os.path.join(d, rep["file"].replace(".pdf", ".docx"))
    doc.save(src)
    run(["soffice", "--headless", "-env:UserInstallation=file://" + d + "/lo", "--convert-to",
         WRITER_BOOKMARKS_TAGGED if numbered else WRITER_BOOKMARKS, "--outdir", d, src], d)
    return os.path.join(d, rep["file"])


# ---------------- Chromium HTML ----------------
BASE_CSS = """
@page { size: A4; margin: 22mm 20mm 22mm 20mm; }
@page :first { @top-left { content: none; } @top-center { content: none; } @top-right { content: none; }
               @bottom-left { content: none; } @bottom-center { content: none; } @bottom-right { content: none; } }
body { font-size: 10.5pt; line-height: 1.4; }
.cover { break-after: page; padding-top: 60mm; }
.cover .t { font-size: 26pt; font-weight: bold; margin: 8mm 0; }
.cover .p { font-size: 14pt; }
.cover .inv { font-style: italic; margin-top: 20mm; }
h1 { font-size: 15pt; margin: 16pt 0 6pt; }
h2 { font-size: 12pt; margin: 12pt 0 4pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #666; padding: 4pt 6pt; vertical-align: top; text-align: left; }
thead { display: table-header-group; }
"""

TEMPLATES = {
    "pellingham": """
@page { @top-left { content: "Pellingham Children's Safeguarding Partnership"; font: 8pt 'Liberation Sans'; color: #555; }
        @top-center { content: "OFFICIAL"; font: bold 10pt 'Liberation Sans'; }
        @bottom-center { content: "OFFICIAL"; font: bold 10pt 'Liberation Sans'; }
        @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; } }
body { font-family: 'Liberation Sans'; }
h1 { color: #4b2a6b; }
table.rec th { background: #4b2a6b; color: white; }
table.rec tr { break-inside: auto; }
table.rec td:first-child { width: 60%; }
""",
    "carnhollow": """
@page { @bottom-left { content: "Carnhollow Safeguarding Children Partnership"; font: 8pt 'Liberation Sans'; }
        @bottom-right { content: counter(page); font: 8pt 'Liberation Sans'; } }
body { font-family: 'Liberation Sans'; }
h1 { color: #0b5563; border-bottom: 2px solid #0b5563; }
h2 { color: #0b5563; }
.recbox { border: 2px solid #0b5563; background: #e6f2f4; padding: 6pt 10pt; margin: 8pt 0 14pt; break-inside: avoid; }
.recbox .lab { font-weight: bold; color: #0b5563; margin: 0 0 3pt; }
.recbox p { margin: 0; }
""",
    "dunmarrow": """
@page { size: A4; margin: 12mm 12mm 16mm 12mm;
        @bottom-left { content: "www.dunmarrow-safeguarding.example/brief"; font: 7.5pt 'DejaVu Sans'; }
        @bottom-center { content: "OFFICIAL"; font: bold 8pt 'DejaVu Sans'; }
        @bottom-right { content: counter(page); font: 7.5pt 'DejaVu Sans'; } }
body { font-family: 'DejaVu Sans'; font-size: 9pt; line-height: 1.35; }
.mast { background: #14506e; color: white; padding: 8pt 12pt; display: flex; justify-content: space-between; align-items: baseline; }
.mast .name { font-size: 24pt; font-weight: bold; }
.mast .issue { font-size: 9pt; }
.headline { font-size: 19pt; font-weight: bold; color: #14506e; margin: 10pt 0 2pt; }
.standfirst { font-size: 10pt; font-style: italic; margin: 0 0 8pt; }
.cols { column-count: 3; column-gap: 7mm; column-rule: 0.5pt solid #9bb; }
.cols h1 { font-size: 11.5pt; color: #14506e; margin: 8pt 0 3pt; break-after: avoid; }
.cols ul, .cols ol { padding-left: 14pt; }
.facts { background: #dcecef; padding: 6pt 8pt; margin: 6pt 0; break-inside: avoid; font-size: 8.5pt; }
.facts b { display: block; color: #14506e; }
.inv { font-size: 7.5pt; font-style: italic; margin-top: 10pt; }
""",
    "fernholt": """
@page { @bottom-center { content: "Fernholt LSCB - Serious Case Review Child J - page " counter(page); font: 8.5pt 'Liberation Serif'; } }
body { font-family: 'Liberation Serif'; font-size: 11pt; }
h1 { font-size: 14pt; }
h2 { font-size: 11.5pt; font-style: italic; }
.summary { border: 1px solid #999; padding: 4pt 12pt 10pt; }
.lab { font-weight: bold; margin: 8pt 0 0; }
.lab + p { margin-top: 2pt; }
""",
    "glaswick": """
@page { @top-right { content: "OFFICIAL"; font: bold 9pt 'DejaVu Sans'; }
        @bottom-center { content: counter(page); font: 8pt 'DejaVu Sans'; } }
body { font-family: 'DejaVu Sans'; font-size: 10pt; }
h1 { font-size: 13pt; border-left: 8pt solid #a0522d; padding-left: 8pt; color: #5a2d0c; }
.rgrid { display: grid; grid-template-columns: 14mm 1fr; row-gap: 6pt; }
.rgrid .r { font-weight: bold; color: #a0522d; }
""",
    "hollinmere": """
@page { @bottom-right { content: "Page " counter(page); font: 8pt 'Liberation Sans'; } }
body { font-family: 'Liberation Sans'; }
.wm { position: fixed; top: 95mm; left: 10mm; font-size: 80pt; font-weight: bold; color: #e6e6e6; transform: rotate(-40deg);
      z-index: -1; }
h1 { color: #234; }
table.lp th { background: #dde; }
table.lp td { width: 50%; }
""",
}


def _cover(rep):
    c = rep["cover"]
    return ("<div class='cover'><div class='p'>%s</div><div class='t'>%s</div><div>%s</div><div>%s</div>"
            "<div class='inv'>%s</div></div>" % (e(c["partnership"]), e(c["title"]), e(c["by"]), e(c["date"]), e(INVENTED)))


def _blocks_html(rep):
    out, n1, nf = [], 0, 0
    t = rep["template"]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            if b[1].startswith("Appendix"):
                out.append("<h1 style='break-before: page'>%s</h1>" % e(b[1]))
                continue
            n1 += 1
            if t == "pellingham":
                out.append("<h1>%d. %s</h1>" % (n1, e(b[1])))
            elif t == "fernholt" and b[1] != "Executive summary":
                out.append("<h1>Part %d: %s</h1>" % (n1 - 1, e(b[1])))
            else:
                out.append("<h1>%s</h1>" % e(b[1]))
        elif k == "h2":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "short":
            out.append("<p>The review makes four recommendations, about:</p><ul>%s</ul>" % "".join(
                "<li>%s</li>" % e(x) for x in b[1]))
        elif k == "tor":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % e(x) for x in b[1]))
        elif k == "items":
            style = b[3]
            if style in ("ol", "ul"):
                out.append("<%s>%s</%s>" % (style, "".join("<li>%s</li>" % e(x) for x in b[2]), style))
            elif style == "label":
                out += ["<p class='lab'>Recommendation %d</p><p>%s</p>" % (i, e(x)) for i, x in enumerate(b[2], 1)]
            elif style == "lp":
                out += ["<p><b>Learning point %d:</b> %s</p>" % (i, e(x)) for i, x in enumerate(b[2], 1)]
            elif style == "rlabel":
                out.append("<div class='rgrid'>%s</div>" % "".join(
                    "<div class='r'>R%d</div><div>%s</div>" % (i, e(x)) for i, x in enumerate(b[2], 1)))
        elif k == "rectable":
            out.append("<table class='rec'><thead><tr><th>Recommendation</th><th>Lead agency</th><th>Timescale</th></tr>"
                       "</thead><tbody>%s</tbody></table>" % "".join(
                           "<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (e(r), e(l), e(ts)) for r, l, ts in b[1]))
        elif k == "finding":
            nf += 1
            out.append("<h2>Finding %d: %s</h2>" % (nf, e(b[1])))
            out += ["<p>%s</p>" % e(x) for x in b[2]]
            out.append("<div class='recbox'><p class='lab'>Recommendation %d</p><p>%s</p></div>" % (nf, e(b[3])))
        elif k == "lptable":
            out.append("<table class='lp'><thead><tr><th>Learning point</th><th>Why it matters</th></tr></thead>"
                       "<tbody>%s</tbody></table>" % "".join(
                           "<tr><td>%s</td><td>%s</td></tr>" % (e(a), e(w)) for a, w in b[1]))
    return out


def newsletter_html(rep):
    c = rep["cover"]
    body = _blocks_html(rep)
    facts = ("<div class='facts'><b>Key facts</b>Review type: local child safeguarding practice review<br>Published: "
             "March 2025<br>Lead reviewer: independent<br>Full report: partnership website</div>")
    return ("<div class='mast'><span class='name'>Safeguarding Together</span><span class='issue'>Issue 14 | Spring 2025 | "
            "%s</span></div><div class='headline'>%s</div><p class='standfirst'>What practitioners across Dunmarrow need "
            "to know from the review about Child K.</p><div class='cols'>%s%s%s<p class='inv'>%s</p></div>"
            % (e(c["partnership"]), e(c["title"]), body[0], facts, "".join(body[1:]), e(INVENTED)))


def render_chromium(rep, d):
    t = rep["template"]
    css = BASE_CSS + TEMPLATES[t]
    if t == "dunmarrow":
        body = newsletter_html(rep)
    else:
        body = (("<div class='wm'>OFFICIAL</div>" if t == "hollinmere" else "") + _cover(rep)
                + ("<div class='summary'>" if t == "fernholt" else ""))
        parts = _blocks_html(rep)
        if t == "fernholt":  # the executive summary framed, up to the first full-report heading
            first = next(i for i, h in enumerate(parts) if i > 0 and h.startswith("<h1>"))
            parts = parts[:first] + ["</div>"] + parts[first:]
        body += "\n".join(parts)
    src = os.path.join(d, rep["file"].replace(".pdf", ".html"))
    with open(src, "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head>"
                "<body>%s</body></html>" % (e(rep["cover"]["title"]), css, body))
    pdf = os.path.join(d, rep["file"])
    run(CHROMIUM + ["--user-data-dir=" + os.path.join(d, "chr"), "--print-to-pdf=" + pdf, src], d)
    return pdf


def render(rep, d):
    if rep["producer"].startswith("python_docx"):
        return render_docx(rep, d)
    return render_chromium(rep, d)
