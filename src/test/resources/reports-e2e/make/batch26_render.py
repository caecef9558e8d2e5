"""Renderers of batch 26 (see batch26.py): python-docx DOCX -> LibreOffice (tagged: hand-numbered paragraphs and a landscape
action plan; untagged: a two-column Word section), pandoc DOCX -> LibreOffice (SCIE findings table, untagged; NI CMR with
footnotes and pull quotes, tagged), pandoc ODT -> LibreOffice (DHR, tagged), Chromium (easy read; a web page printed with the
browser's own header and footer) and WeasyPrint (Irish NRP with footnotes). render(rep, d) returns the PDF made in d."""
import html, os, re
from batch19_render import run, soffice, chromium, WRITER_TAGGED, WRITER_PLAIN
from batch21_render import page_field, docx_doc
from batch26_content import INVENTED

h = lambda s: html.escape(s, quote=False)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def number_of(heading):
    m = re.match(r"^(\d+)\.", heading)
    return m.group(1) if m else None


def shade(p, fill):
    from docx.oxml import parse_xml
    p._p.get_or_add_pPr().append(parse_xml('<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                                           'w:val="clear" w:color="auto" w:fill="%s"/>' % fill))


def cover_docx(doc, lines, Pt, align):
    for text, size, bold in lines:
        p = doc.add_paragraph(); p.alignment = align
        r = p.add_run(text); r.font.size, r.bold = Pt(size), bold


# ---------------- X1: python-docx tagged, hand-numbered paragraphs, KPE sub-headings, landscape action plan ----------------
def x1(rep, d):
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_SECTION, WD_ORIENT
    c, doc = rep["cover"], docx_doc("Arial", 11)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.5
    doc.styles["Normal"].paragraph_format.space_after = Pt(8)
    teal = RGBColor(0x00, 0x5f, 0x6b)
    for name, size in (("Heading 1", 14), ("Heading 2", 11.5)):
        st = doc.styles[name]
        st.font.name, st.font.size, st.font.color.rgb, st.font.bold = "Arial", Pt(size), teal, True
        st.paragraph_format.space_before, st.paragraph_format.space_after = Pt(16 if size == 14 else 10), Pt(6)
    np_style = doc.styles.add_style("Numbered para", 1)
    np_style.base_style = doc.styles["Normal"]
    np_style.paragraph_format.left_indent, np_style.paragraph_format.first_line_indent = Cm(1.27), Cm(-1.27)
    np_style.paragraph_format.tab_stops.add_tab_stop(Cm(1.27))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    fp = sec.footer.paragraphs[0]
    fp.add_run("OFFICIAL - Ashwell Brook LCSPR Child G\tPage ")
    page_field(fp.add_run())
    center = WD_ALIGN_PARAGRAPH.CENTER
    cover_docx(doc, [(c["partnership"], 14, True), ("", 12, False), ("", 12, False), ("", 12, False),
                     ("Local Child Safeguarding Practice Review", 24, True), ("Child G", 24, True), ("", 12, False),
                     ("Independent reviewer: Siobhan Marchetti-Lowe", 12, False), ("Date of publication: 17 January 2025", 12, False),
                     ("", 12, False), ("", 12, False), ("", 12, False), ("", 12, False), (INVENTED, 9, False)], Pt, center)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    sect_no, para = "0", 0
    for b in rep["blocks"]:
        if b[0] == "h1" and b[1].startswith("Appendix A"):
            land = doc.add_section(WD_SECTION.NEW_PAGE)
            land.orientation, land.page_width, land.page_height = WD_ORIENT.LANDSCAPE, sec.page_height, sec.page_width
            doc.add_heading(b[1], level=1)
        elif b[0] == "h1" and b[1].startswith("Appendix B"):
            port = doc.add_section(WD_SECTION.NEW_PAGE)
            port.orientation, port.page_width, port.page_height = WD_ORIENT.PORTRAIT, sec.page_width, sec.page_height
            doc.add_heading(b[1], level=1)
        elif b[0] == "h1":
            sect_no, para = number_of(b[1]) or sect_no, 0
            doc.add_heading(b[1], level=1)
        elif b[0] == "kpe":
            shade(doc.add_heading(b[1], level=2), "DCEFF1")
            para += 1
            doc.add_paragraph("%s.%d\t%s" % (sect_no, para, b[2]), style="Numbered para")
        elif b[0] == "h2":
            doc.add_heading(b[1], level=2)
        elif b[0] == "p" and b[1].startswith("The review identified the following") or b[0] == "p" and b[1].startswith(("The review also found", "The review makes")):
            doc.add_paragraph(b[1])
        elif b[0] == "p":
            para += 1
            doc.add_paragraph("%s.%d\t%s" % (sect_no, para, b[1]), style="Numbered para")
        elif b[0] == "items" and b[3] == "numpara":
            for t in b[2]:
                para += 1
                doc.add_paragraph("%s.%d\t%s" % (sect_no, para, t), style="Numbered para")
        elif b[0] == "items":
            for t in b[2]:
                doc.add_paragraph(t, style="List Bullet")
        elif b[0] == "plan":
            t = doc.add_table(rows=1, cols=5)
            t.style = doc.styles["Table Grid"]
            for cell, text in zip(t.rows[0].cells, ("Recommendation", "Action", "Lead", "Timescale", "Evidence of impact")):
                cell.text = text; cell.paragraphs[0].runs[0].bold = True
                shade(cell.paragraphs[0], "DCEFF1")
            for i, row in enumerate(b[2]):
                cells = t.add_row().cells
                for j, (cell, text) in enumerate(zip(cells, row)):
                    cell.text = ("%d. " % (i + 1) + text) if j == 0 else text
            for row in t.rows:
                for cell, w in zip(row.cells, (9.5, 5.5, 3.5, 2.5, 4.5)):
                    cell.width = Cm(w)
                    for p in cell.paragraphs:
                        p.paragraph_format.line_spacing = 1.0
                        for r in p.runs:
                            r.font.size = Pt(10)
        elif b[0] == "gloss":
            for term, meaning in b[1]:
                p = doc.add_paragraph(); p.add_run(term + ": ").bold = True; p.add_run(meaning)
    src = os.path.join(d, "r.docx")
    doc.save(src)
    return soffice(src, d, WRITER_TAGGED)


# ---------------- X2: pandoc DOCX (numbered sections) -> LibreOffice untagged, SCIE findings table ----------------
def cell(s):
    return s.replace("|", "\\|")


def x2(rep, d):
    c = rep["cover"]
    out = ["---", "title: \"Serious Case Review: Child C\"", "subtitle: \"A review using the SCIE Learning Together systems model\"",
           "author: \"%s. Lead reviewers: Imogen Threlfall and Kwame Addo-Bright\"" % c["partnership"],
           "date: \"Published February 2019. %s\"" % INVENTED, "---", "", PAGE_BREAK]
    for b in rep["blocks"]:
        if b[0] == "h1":
            if b[1].startswith("Appendix") or b[2] == "conclusion":
                out.append(PAGE_BREAK)
            out.append("# %s%s\n" % (b[1], " {-}" if b[1].startswith("Appendix") else ""))
        elif b[0] == "p":
            out.append(b[1] + "\n")
        elif b[0] == "ftable":
            out.append("| Finding | Why it matters | Question for the partnership |")
            out.append("|:" + "-" * 38 + "|:" + "-" * 26 + "|:" + "-" * 30 + "|")
            out.extend("| **%d.** %s | %s | %s |" % (i + 1, cell(f), cell(w), cell(q)) for i, (f, w, q) in enumerate(b[1]))
            out.append("")
        elif b[0] == "gloss":
            out.extend("**%s**\n: %s\n" % (t, m) for t, m in b[1])
    src = os.path.join(d, "r.md")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    run(["pandoc", src, "--number-sections", "--reference-doc", reference_docx(d), "-o", os.path.join(d, "r.docx")], d)
    return soffice(os.path.join(d, "r.docx"), d, WRITER_PLAIN)


# ---------------- X3: Chromium, easy read with a picture beside each idea ----------------
ICONS = {
    "house": '<polygon points="10,45 50,12 90,45" fill="#e07a5f"/><rect x="20" y="45" width="60" height="42" fill="#f2cc8f"/><rect x="42" y="60" width="16" height="27" fill="#3d405b"/>',
    "school": '<rect x="12" y="35" width="76" height="52" fill="#81b29a"/><polygon points="8,38 50,10 92,38" fill="#3d405b"/><rect x="44" y="60" width="12" height="27" fill="#fff"/>',
    "sad": '<circle cx="50" cy="50" r="38" fill="#f2cc8f"/><circle cx="37" cy="42" r="4"/><circle cx="63" cy="42" r="4"/><path d="M33 70 Q50 56 67 70" stroke="#000" stroke-width="4" fill="none"/>',
    "doctor": '<circle cx="50" cy="30" r="16" fill="#f2cc8f"/><rect x="26" y="48" width="48" height="40" rx="8" fill="#fff" stroke="#3d405b" stroke-width="3"/><rect x="46" y="56" width="8" height="22" fill="#e63946"/><rect x="39" y="63" width="22" height="8" fill="#e63946"/>',
    "hospital": '<rect x="15" y="20" width="70" height="67" fill="#a8dadc"/><rect x="44" y="30" width="12" height="32" fill="#e63946"/><rect x="34" y="40" width="32" height="12" fill="#e63946"/>',
    "people": '<circle cx="32" cy="32" r="13" fill="#3d405b"/><circle cx="68" cy="32" r="13" fill="#81b29a"/><rect x="16" y="50" width="32" height="38" rx="10" fill="#3d405b"/><rect x="52" y="50" width="32" height="38" rx="10" fill="#81b29a"/>',
    "book": '<rect x="14" y="20" width="34" height="62" fill="#457b9d"/><rect x="52" y="20" width="34" height="62" fill="#1d3557"/>',
    "talk": '<rect x="10" y="15" width="66" height="44" rx="12" fill="#81b29a"/><polygon points="24,59 40,59 22,78" fill="#81b29a"/><circle cx="30" cy="37" r="4" fill="#fff"/><circle cx="44" cy="37" r="4" fill="#fff"/><circle cx="58" cy="37" r="4" fill="#fff"/>',
    "heart": '<path d="M50 85 L15 48 A18 18 0 0 1 50 25 A18 18 0 0 1 85 48 Z" fill="#e63946"/>',
    "eye": '<path d="M8 50 Q50 12 92 50 Q50 88 8 50 Z" fill="#fff" stroke="#1d3557" stroke-width="4"/><circle cx="50" cy="50" r="14" fill="#1d3557"/>',
    "clock": '<circle cx="50" cy="50" r="38" fill="#fff" stroke="#3d405b" stroke-width="5"/><path d="M50 50 L50 24 M50 50 L68 60" stroke="#3d405b" stroke-width="5"/>',
    "help": '<circle cx="50" cy="50" r="38" fill="#f4a261"/><text x="50" y="66" font-size="48" text-anchor="middle" font-family="Liberation Sans" fill="#fff">?</text>',
}


def x3(rep, d):
    c = rep["cover"]
    css = """@page{size:A4;margin:18mm 18mm 22mm;@bottom-center{content:'Easy read - Page ' counter(page);font-size:11pt;color:#333}}
    @page:first{@bottom-center{content:none}}body{font-family:'Liberation Sans',Arial,sans-serif;font-size:16pt;line-height:1.45;color:#111}
    .cover{page-break-after:always;text-align:center;padding-top:20mm}.cover h1{font-size:30pt;margin:10mm 0}.cover .p{font-size:18pt}
    .cover .m{font-size:14pt;margin-top:6mm}.cover .inv{margin-top:40mm;font-size:11pt;color:#444}
    h2{font-size:24pt;color:#1d3557;margin:10mm 0 6mm;page-break-after:avoid}h2.np{page-break-before:always}
    .row{display:flex;align-items:center;margin:0 0 7mm;break-inside:avoid}.row svg{width:30mm;height:30mm;flex:none;margin-right:8mm}
    .row .t{flex:1}"""
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>" % (h(c["title"]), css),
           "<div class='cover'><svg width='120' height='120' viewBox='0 0 100 100'>%s</svg>" % ICONS["people"],
           "<h1>What happened to Child A</h1><div class='p'>Local Child Safeguarding Practice Review: Child A</div>",
           "<div class='p'>Easy read</div><div class='m'>%s</div><div class='m'>Published: September 2024</div>" % h(c["partnership"]),
           "<div class='inv'>%s</div></div>" % h(INVENTED)]
    first = True
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append("<h2%s>%s</h2>" % ("" if first else " class='np'", h(b[1])))
            first = False
        elif b[0] == "easy":
            out.extend("<div class='row'><svg viewBox='0 0 100 100' role='img' aria-label='%s'>%s</svg><div class='t'>%s</div></div>"
                       % (icon, ICONS[icon], h(t)) for icon, t in b[2])
    out.append("</body></html>")
    return chromium("\n".join(out), d)


# ---------------- X4: pandoc DOCX with a pull-quote reference style -> LibreOffice tagged, footnotes ----------------
PAGE_BREAK = "```{=openxml}\n<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n```\n"


def reference_docx(d):
    import docx
    from docx.shared import Pt, RGBColor, Cm
    from docx.oxml import parse_xml
    ref = os.path.join(d, "ref.docx")
    import subprocess
    with open(ref, "wb") as f:
        f.write(subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"], cwd=d, capture_output=True, check=True).stdout)
    doc = docx.Document(ref)
    st = doc.styles["Block Text"]
    st.font.italic, st.font.size, st.font.color.rgb, st.font.name = True, Pt(13), RGBColor(0x0b, 0x6e, 0x6e), "Georgia"
    st.paragraph_format.left_indent, st.paragraph_format.right_indent = Cm(1.5), Cm(1.5)
    st.paragraph_format.space_before, st.paragraph_format.space_after = Pt(12), Pt(12)
    st.element.get_or_add_pPr().append(parse_xml('<w:pBdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                                                 '<w:left w:val="single" w:sz="24" w:space="8" w:color="0B6E6E"/></w:pBdr>'))
    for name in ("Body Text", "First Paragraph"):
        doc.styles[name].font.name, doc.styles[name].font.size = "Liberation Sans", Pt(12)
        doc.styles[name].paragraph_format.line_spacing = 1.5
    head = [s for s in doc.styles if s.name == "Heading 1"][0]  # python-docx looks 'Heading 1' up as 'heading 1'
    head.font.size, head.font.color.rgb = Pt(15), RGBColor(0x0b, 0x3d, 0x6e)
    doc.save(ref)
    return ref


def x4(rep, d):
    c = rep["cover"]
    out = ["---", "title: \"Case Management Review: Child K\"", "subtitle: \"Executive Summary\"",
           "author: \"%s. Independent chair: Dr Niamh Quigley-Arkwright\"" % c["partnership"],
           "date: \"Published November 2022. %s\"" % INVENTED, "---", "", PAGE_BREAK]
    sect, para = "0", 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            sect, para = b[1].split(".")[0], 0
            if not out[-1] == PAGE_BREAK:
                out.append(PAGE_BREAK)  # the house style starts every part on a new page
            out.append("# %s\n" % b[1])
        elif b[0] == "gloss":
            out.extend("**%s**\n: %s\n" % (t, m) for t, m in b[1])
        elif b[0] == "panel":
            out += ["| Member | Organisation |", "|:------------------------------|:------------------------------|"]
            out.extend("| %s | %s |" % r for r in b[1])
            out.append("")
        elif b[0] == "p" and b[1].startswith("The panel ") and b[1].endswith(("following good practice.", "learning for the SBNI and its member agencies.", "following recommendations.")):
            out.append(b[1] + "\n")
        elif b[0] == "p":
            para += 1
            out.append("%s.%d\u2003%s\n" % (sect, para, b[1]))
        elif b[0] == "quote":
            out.append("> \u201c%s\u201d\n>\n> \u2014 %s\n" % (b[1], b[2]))
        elif b[0] == "items":
            for t in b[2]:
                para += 1
                out.append("%s.%d\u2003%s\n" % (sect, para, t))
    out.append("")
    out.extend("[^%s]: %s\n" % (k, v) for k, v in rep["notes"].items())
    src = os.path.join(d, "r.md")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    run(["pandoc", src, "--reference-doc", reference_docx(d), "-o", os.path.join(d, "r.docx")], d)
    return soffice(os.path.join(d, "r.docx"), d, WRITER_TAGGED)


# ---------------- X5: WeasyPrint, Irish NRP: counters, chronology table, footnotes ----------------
def notes_html(s):
    return re.sub(r"\[\[NOTE:(.*?)\]\]", lambda m: "<span class='fn'>%s</span>" % m.group(1), h(s))


def x5(rep, d):
    c = rep["cover"]
    css = """@page{size:A4;margin:22mm 22mm 25mm;@bottom-right{content:counter(page);font-size:9pt}
    @top-left{content:'National Review Panel';font-size:8.5pt;color:#555}@footnote{border-top:0.5pt solid #777;padding-top:2mm}}
    @page:first{@bottom-right{content:none}@top-left{content:none}}
    body{font-family:'Liberation Serif',serif;font-size:12pt;line-height:1.75;color:#111;counter-reset:sec}
    .toc{page-break-after:always}.toc .th{font-size:16pt;color:#00594f;font-weight:bold;margin-bottom:6mm}.toc a{display:block;color:#111;text-decoration:none;margin:2mm 0}
    .toc a::after{content:leader('.') target-counter(attr(href), page)}h2.nb{page-break-before:always}
    .cover{page-break-after:always;padding-top:25mm}.cover .org{font-size:13pt;color:#00594f;font-weight:bold}
    .cover h1{font-size:21pt;line-height:1.3;margin:18mm 0 8mm;color:#00594f}.cover .m{font-size:11pt;margin:2mm 0}.cover .inv{margin-top:70mm;font-size:9pt;color:#555}
    h2{font-size:14pt;color:#00594f;margin:8mm 0 3mm;counter-increment:sec}h2::before{content:counter(sec) ". "}
    .fn{float:footnote;font-size:8.5pt;line-height:1.3}::footnote-call{font-size:7pt;vertical-align:super}
    table{border-collapse:collapse;width:100%;font-size:10pt;line-height:1.35}th{background:#d8ebe7;text-align:left}
    th,td{border:0.5pt solid #888;padding:1.6mm 2mm;vertical-align:top}thead{display:table-header-group}tr{break-inside:avoid}
    ol.r{list-style:none;counter-reset:r;padding-left:10mm}ol.r li{counter-increment:r;margin-bottom:2.5mm;text-indent:-10mm}
    ol.r li::before{content:'(' counter(r, lower-roman) ')';display:inline-block;width:10mm;text-indent:0}ol.n li{margin-bottom:2.5mm}"""
    out = ["<!DOCTYPE html><html lang='en-IE'><head><meta charset='utf-8'><title>NRP review - Ciara</title><style>%s</style></head><body>" % css,
           "<div class='cover'><div class='org'>National Review Panel</div><div class='m'>Tusla - Child and Family Agency</div>",
           "<h1>%s</h1><div class='m'>Tusla area: Slievebrack and Moyne</div>" % h(c["title"]),
           "<div class='m'>Reviewers: Dr Orla Brennan-Keogh and Declan Mac Giolla Rua</div><div class='m'>Date of publication: April 2023</div>",
           "<div class='inv'>%s</div></div>" % h(INVENTED)]
    heads = [b[1] for b in rep["blocks"] if b[0] == "h1"]
    out.append("<div class='toc'><div class='th'>Contents</div>%s</div>" % "".join(
        "<a href='#h%d'>%d. %s</a>" % (i, i + 1, h(t)) for i, t in enumerate(heads)))
    k = 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            brk = b[2] in ("background", "findings", "learning", "methodology") and b[1] not in ("Background", "Methodology")
            out.append("<h2 id='h%d'%s>%s</h2>" % (k, " class='nb'" if brk else "", h(b[1])))
            k += 1
        elif b[0] == "p":
            out.append("<p>%s</p>" % notes_html(b[1]))
        elif b[0] == "chron":
            out.append("<table><thead><tr><th style='width:18%%'>Date</th><th style='width:22%%'>Agency</th><th>Event</th></tr></thead><tbody>%s</tbody></table>"
                       % "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (h(a), h(g), h(e)) for a, g, e in b[1]))
        elif b[0] == "items":
            out.append("<ol class='%s'>%s</ol>" % ("r" if b[3] == "roman" else "n", "".join("<li>%s</li>" % h(t) for t in b[2])))
    out.append("</body></html>")
    src, pdf = os.path.join(d, "r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    run(["weasyprint", src, pdf], d)
    return pdf


# ---------------- X6: python-docx untagged, the body in a two-column Word section ----------------
def restart_numbering(doc, style_name):
    from docx.oxml import parse_xml
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    num_id = doc.styles[style_name].element.pPr.numPr.numId.val
    numbering = doc.part.numbering_part.element
    abstract = [n for n in numbering.findall(W + "num") if n.get(W + "numId") == str(num_id)][0].find(W + "abstractNumId").get(W + "val")
    numbering.append(parse_xml('<w:num %s w:numId="77"><w:abstractNumId w:val="%s"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
                               '</w:lvlOverride></w:num>' % (ns, abstract)))
    return "77"


def x6(rep, d):
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_SECTION
    from docx.oxml import parse_xml
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    c, doc = rep["cover"], docx_doc("Georgia", 11)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.3
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)
    st = doc.styles["Heading 1"]
    st.font.name, st.font.size, st.font.small_caps, st.font.color.rgb = "Georgia", Pt(13), True, RGBColor(0x8b, 0x1e, 0x2d)
    st.paragraph_format.space_before, st.paragraph_format.space_after = Pt(12), Pt(4)
    sec = doc.sections[0]
    sec.header.paragraphs[0].add_run("Kestle Moor Safeguarding Partnership").font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    page_field(fp.add_run())
    left = WD_ALIGN_PARAGRAPH.LEFT
    cover_docx(doc, [("", 12, False)] * 3 + [(c["partnership"], 15, True), ("", 12, False), ("Local Child Safeguarding Practice Review", 26, True),
                                            ("Siblings T", 26, True), ("", 12, False), ("Lead reviewer: Harriet Okonjo-Ferris", 11, False),
                                            ("Published: 26 June 2024", 11, False)] + [("", 12, False)] * 8 + [(INVENTED, 8.5, False)], Pt, left)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    rec_num = restart_numbering(doc, "List Number")
    two_cols = False
    for b in rep["blocks"]:
        if b[0] == "h1" and b[2] == "summary":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # the foreword has a page to itself
        if b[0] == "h1" and b[2] == "introduction" and not two_cols:
            body = doc.add_section(WD_SECTION.CONTINUOUS)
            cols = body._sectPr.find(qn("w:cols"))
            if cols is None:
                cols = OxmlElement("w:cols"); body._sectPr.append(cols)
            cols.set(qn("w:num"), "2"); cols.set(qn("w:space"), "454"); cols.set(qn("w:sep"), "1")
            two_cols = True
        if b[0] == "h1" and b[1].startswith("Appendix") and two_cols:
            app = doc.add_section(WD_SECTION.NEW_PAGE)
            app._sectPr.find(qn("w:cols")).set(qn("w:num"), "1")
            two_cols = False
        elif b[0] == "h1" and b[1].startswith("Appendix"):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        if b[0] == "h1":
            doc.add_heading(b[1], level=1)
        elif b[0] == "p":
            doc.add_paragraph(b[1])
        elif b[0] == "chron":
            t = doc.add_table(rows=1, cols=3)
            t.style = doc.styles["Table Grid"]
            for cell_, text in zip(t.rows[0].cells, ("Year", "Agency", "What happened")):
                cell_.text = text; cell_.paragraphs[0].runs[0].bold = True
            for row in b[1]:
                for cell_, text in zip(t.add_row().cells, row):
                    cell_.text = text
            for row in t.rows:
                for cell_, w in zip(row.cells, (2.0, 4.0, 10.0)):
                    cell_.width = Cm(w)
        elif b[0] == "gloss":
            for term, meaning in b[1]:
                p = doc.add_paragraph(); p.add_run(term + ": ").bold = True; p.add_run(meaning)
        elif b[0] == "items" and b[3] == "numbered":
            for t in b[2]:
                p = doc.add_paragraph(t, style="List Number")
                if b[1] == "recommendations":
                    p._p.get_or_add_pPr().insert(0, parse_xml('<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                                                              '<w:ilvl w:val="0"/><w:numId w:val="%s"/></w:numPr>' % rec_num))
        elif b[0] == "items":
            for t in b[2]:
                doc.add_paragraph(t, style="List Bullet")
    src = os.path.join(d, "r.docx")
    doc.save(src)
    return soffice(src, d, WRITER_PLAIN)


# ---------------- X7: pandoc ODT -> LibreOffice tagged, DHR ----------------
def reference_odt(d):
    """pandoc's own reference.odt with the DHR house style: every Heading 1 starts a new page, body text 11.5 pt at 150%."""
    import subprocess, zipfile
    raw = os.path.join(d, "raw.odt")
    with open(raw, "wb") as f:
        f.write(subprocess.run(["pandoc", "--print-default-data-file", "reference.odt"], cwd=d, capture_output=True, check=True).stdout)
    ref = os.path.join(d, "ref.odt")
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(ref, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "styles.xml":
                text = data.decode("utf-8")
                text = re.sub(r'(<style:style style:name="Heading_20_1"[^>]*>)', r'\1<style:paragraph-properties fo:break-before="page"/>', text)
                text = re.sub(r'(<style:style style:name="Text_20_body"[^>]*>)',
                              r'\1<style:paragraph-properties fo:line-height="150%"/><style:text-properties fo:font-size="11.5pt"/>', text)
                data = text.encode("utf-8")
            zout.writestr(item, data, compress_type=zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED)
    return ref


def x7(rep, d):
    c = rep["cover"]
    out = ["---", "title: \"Domestic Homicide Review: Joanne\"", "subtitle: \"Overview Report\"",
           "author: \"%s. Independent chair and author: Dr Rosalind Achterberg\"" % c["partnership"],
           "date: \"May 2024. Published August 2024. %s\"" % INVENTED, "---", ""]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append("# %s\n" % b[1])
        elif b[0] == "h2":
            out.append("## %s\n" % b[1])
        elif b[0] == "p":
            out.append(b[1] + "\n")
        elif b[0] == "panel":
            out += ["| Role | Agency |", "|:-----------------------------|:-----------------------------|"]
            out.extend("| %s | %s |" % r for r in b[1])
            out.append("")
        elif b[0] == "items":
            start = 4 if b[3] == "numbered_on" else 1
            out.extend("%d. %s" % (start + i, t) for i, t in enumerate(b[2]))
            out.append("")
        elif b[0] == "gloss":
            out.extend("**%s**\n: %s\n" % (t, m) for t, m in b[1])
    src = os.path.join(d, "r.md")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    run(["pandoc", src, "--reference-doc", reference_odt(d), "-o", os.path.join(d, "r.odt")], d)
    return soffice(os.path.join(d, "r.odt"), d, WRITER_TAGGED)


# ---------------- X8: a council web page printed by Chromium with the browser's header and footer ----------------
def x8(rep, d):
    import subprocess
    c = rep["cover"]
    css = """body{font-family:'Liberation Sans',Arial,sans-serif;font-size:21px;line-height:1.8;color:#0b0c0c;margin:0}@page{size:A4;margin:24mm 20mm}
    .site{background:#0b3b60;color:#fff;padding:14px 30px;font-size:22px;font-weight:bold}.site span{font-weight:normal;font-size:15px;margin-left:20px}
    .cookie{background:#f3f2f1;padding:10px 30px;font-size:14px}.crumb{padding:12px 30px;font-size:14px;color:#1d70b8}
    main{padding:0 30px 20px;max-width:760px}h1{font-size:34px;margin:10px 0 6px}.meta{color:#505a5f;font-size:15px}
    .toc{border-left:4px solid #b1b4b6;padding:4px 14px;margin:18px 0}.toc a{color:#1d70b8}
    h2{font-size:25px;margin:28px 0 10px;page-break-after:avoid}.top{font-size:14px;color:#1d70b8}
    .good{border:3px solid #00703c;padding:6px 16px;margin:10px 0}
    table{border-collapse:collapse;font-size:17px;line-height:1.45}th,td{border-bottom:1px solid #b1b4b6;padding:8px 6px;text-align:left;vertical-align:top}
    th{border-bottom:2px solid #0b0c0c}tr{break-inside:avoid}.fb{background:#f3f2f1;padding:14px;margin-top:30px;font-size:15px}
    footer{border-top:4px solid #1d70b8;padding:16px 30px;font-size:13px;color:#505a5f}"""
    out = ["<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s | Daneford Council</title><style>%s</style></head><body>" % (h(c["title"]), css),
           "<div class='cookie'>We use some essential cookies to make this website work. <u>Accept additional cookies</u> <u>Reject additional cookies</u></div>",
           "<div class='site'>Daneford Council<span>Search</span><span>Menu</span></div>",
           "<div class='crumb'>Home &gt; Children and families &gt; Safeguarding children partnership &gt; Published reviews</div><main>",
           "<h1>%s</h1><div class='meta'>%s. Published 3 March 2025.</div><p class='meta'>%s</p>" % (h(c["title"]), h(c["partnership"]), h(INVENTED)),
           "<div class='toc'>This page is also available as a printable report on request.</div>"]
    k = 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            if k:
                out.append("<p class='top'>Back to top</p>")
            out.append("<h2 id='s%d'>%s</h2>" % (k, h(b[1])))
            k += 1
        elif b[0] == "p":
            out.append("<p>%s</p>" % h(b[1]))
        elif b[0] == "items" and b[1] == "good_practice":
            out.append("<div class='good'><ul>%s</ul></div>" % "".join("<li>%s</li>" % h(t) for t in b[2]))
        elif b[0] == "items":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % h(t) for t in b[2]))
        elif b[0] == "plan":
            out.append("<table><thead><tr><th style='width:34%%'>Recommendation</th><th>Action</th><th>Lead</th><th>Timescale</th><th>Evidence of impact</th></tr></thead><tbody>%s</tbody></table>"
                       % "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % h(x) for x in r) for r in b[2]))
    out.append("<div class='fb'><b>Was this page useful?</b> Yes / No. <u>Report a problem with this page</u></div></main>")
    out.append("<footer>Daneford Council, Civic Centre, Daneford. Accessibility statement. Privacy notice. Contact us.</footer></body></html>")
    src, pdf = os.path.join(d, "lcspr-child-r.html"), os.path.join(d, "r.pdf")
    open(src, "w", encoding="utf-8").write("\n".join(out))
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--print-to-pdf=" + pdf, "file://" + src], d)
    return pdf


RENDER = {"ashwell": x1, "merrowfield": x2, "pellow": x3, "bannmore": x4, "nrp": x5, "kestle": x6, "harnley": x7, "daneford": x8}


def render(rep, d):
    return RENDER[rep["file"].split("-")[0]](rep, d)
