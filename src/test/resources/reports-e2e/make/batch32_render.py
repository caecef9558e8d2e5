"""Renderers of batch 32 (see batch32.py): hand-written flat ODT -> LibreOffice (three templates), pandoc -> DOCX with a
reference DOCX -> LibreOffice, pandoc -> ODT with a reference ODT -> LibreOffice, a hand-written WordprocessingML DOCX ->
LibreOffice, and Chromium printing a council web page and a Google Docs 'Publish to the web' page.
render(rep, d) returns the PDF made in d. Test-fixture tooling only.
"""
import html, os, re, shutil, subprocess, zipfile
from xml.sax.saxutils import escape as x
from batch19_render import run, soffice, chromium, WRITER_TAGGED, WRITER_PLAIN
from batch32_content import INVENTED

h = lambda s: html.escape(s, quote=False)


def explain(n):
    """The paragraph a floating call-out box stands beside (section text, no item)."""
    return ("Learning point %d comes from the practice described in the key practice episodes and the analysis above. At the "
            "learning event practitioners from several agencies said that this was something they recognised from other "
            "families they work with, and that it would help them to have it written down and shared across the partnership. "
            "The reviewer agreed, and the partnership has accepted it as part of its learning and improvement plan." % n)


MEASURES = ["An audit of twenty cases shows the new section completed in at least nine cases out of ten.",
            "Every family with a risk factor has a written plan, checked at the next supervision.",
            "Notifications are followed up within five working days in every case sampled."]

# ---------------------------------------------------------------- flat ODT
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"')

LABEL = ('<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
         '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="%s" '
         'fo:text-indent="-%s" fo:margin-left="%s"/></style:list-level-properties>')


def lab(pos, ind=None):
    return LABEL % (pos, ind or pos, pos)


TEMPLATES = {
    # Fenmarsh: outline numbering 1 / 1.1, Liberation Sans, purple headings, header logo shapes, floating call-outs
    "fenmarsh": dict(font="Liberation Sans", size="10.5pt", h1="15pt", h1color="#4b2a7b", h2="11.5pt", h1border="none",
                     outline=True, tagged=False, margins="2.2cm"),
    # Corriebank: unnumbered headings with a teal bottom border, Liberation Serif, tagged, full-page cover shape
    "corriebank": dict(font="Liberation Serif", size="11pt", h1="16pt", h1color="#0f6b6b", h2="12pt",
                       h1border="1.5pt solid #0f6b6b", outline=False, tagged=True, margins="2.5cm"),
    # Blackwater Hythe: one legal list numbers headings (1.) and paragraphs (1.1) in the margin, endnotes
    "blackwater": dict(font="DejaVu Serif", size="10pt", h1="12.5pt", h1color="#000000", h2="10.5pt", h1border="none",
                       outline=False, tagged=False, margins="2.6cm"),
}


def odt_styles(t):
    outline = ""
    fmt = "1" if t["outline"] else ""
    outline = ('<text:outline-style style:name="Outline">'
               '<text:outline-level-style text:level="1" style:num-format="%s" style:num-suffix="">%s</text:outline-level-style>'
               '<text:outline-level-style text:level="2" style:num-format="%s" text:display-levels="2">%s</text:outline-level-style>'
               '</text:outline-style>') % (fmt, lab("1.2cm"), fmt, lab("1.2cm"))
    return """<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.22cm"/>
  <style:text-properties style:font-name="{font}" fo:font-family="'{font}'" fo:font-size="{size}" fo:language="en" fo:country="GB"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm" fo:line-height="128%"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.55cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always" fo:border-bottom="{h1border}" fo:padding-bottom="0.08cm"/>
  <style:text-properties fo:font-size="{h1}" fo:font-weight="bold" fo:color="{h1color}"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="{h2}" fo:font-weight="bold" fo:font-style="italic" fo:color="{h1color}"/></style:style>
 <style:style style:name="Label" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-bottom="0.05cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="BoxLabel" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold" fo:color="#4b2a7b"/></style:style>
 <style:style style:name="BoxText" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9.5pt"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9.5pt"/></style:style>
 <style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Cell"><style:text-properties fo:font-weight="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Endnote" style:family="paragraph" style:parent-style-name="Footnote"/>
 <style:style style:name="Hdr" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8.5pt" fo:color="#555555" fo:font-variant="{variant}"/></style:style>
 <style:style style:name="Ftr" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="CoverBig" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm"/><style:text-properties fo:font-size="24pt" fo:font-weight="bold" fo:color="{covercolor}"/></style:style>
 <style:style style:name="CoverMid" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm"/><style:text-properties fo:font-size="13pt" fo:color="{covercolor}"/></style:style>
 <style:style style:name="CoverSmall" style:family="paragraph"><style:paragraph-properties fo:margin-top="2cm"/><style:text-properties fo:font-size="9pt" fo:color="{covercolor}"/></style:style>
 {outlinexml}
 <text:list-style style:name="Numbers"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix=".">{lnum}</text:list-level-style-number></text:list-style>
 <text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="\u2022">{lnum}</text:list-level-style-bullet></text:list-style>
 <text:list-style style:name="Legal">
  <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix=".">{llegal}</text:list-level-style-number>
  <text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2">{llegal}</text:list-level-style-number></text:list-style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 <text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>
</office:styles>""".format(lnum=lab("1cm", "0.6cm"), llegal=lab("1.3cm"), outlinexml=outline,
                           variant="small-caps" if t is TEMPLATES["blackwater"] else "normal",
                           covercolor="#ffffff" if t is TEMPLATES["corriebank"] else "#222222", **t)


def odt_auto(t):
    return """<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="{margins}" fo:margin-right="{margins}"/>
  <style:header-style><style:header-footer-properties fo:min-height="1.1cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
 <style:page-layout style:name="pm0"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout>
 <style:style style:name="First" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Body"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="CoverFirst" style:family="paragraph" style:parent-style-name="CoverMid" style:master-page-name="Cover"><style:paragraph-properties fo:margin-top="4cm"/></style:style>
 <style:style style:name="T1" style:family="table"><style:table-properties style:width="16cm" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #777777"/></style:style>
 <style:style style:name="TH" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #777777" fo:background-color="{h1color}"/></style:style>
 <style:style style:name="cNo" style:family="table-column"><style:table-column-properties style:column-width="1.1cm"/></style:style>
 <style:style style:name="cRec" style:family="table-column"><style:table-column-properties style:column-width="8.4cm"/></style:style>
 <style:style style:name="cRec2" style:family="table-column"><style:table-column-properties style:column-width="6.2cm"/></style:style>
 <style:style style:name="cOwn" style:family="table-column"><style:table-column-properties style:column-width="3.9cm"/></style:style>
 <style:style style:name="cOwn2" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
 <style:style style:name="cTime" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
 <style:style style:name="cTime2" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="cMeas" style:family="table-column"><style:table-column-properties style:column-width="4.4cm"/></style:style>
 <style:style style:name="frBox" style:family="graphic"><style:graphic-properties style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="paragraph" fo:margin-left="0.35cm" fo:margin-bottom="0.2cm" draw:fill="solid" draw:fill-color="#efe8f7" fo:background-color="#efe8f7" fo:padding="0.2cm" fo:border="0.75pt solid #4b2a7b"/></style:style>
 <style:style style:name="grLogo" style:family="graphic"><style:graphic-properties draw:fill="solid" draw:fill-color="#4b2a7b" draw:stroke="none" style:wrap="none" style:run-through="foreground" draw:textarea-horizontal-align="center" draw:textarea-vertical-align="middle"/></style:style>
 <style:style style:name="grDot" style:family="graphic"><style:graphic-properties draw:fill="solid" draw:fill-color="#e0a526" draw:stroke="none" style:wrap="none" style:run-through="foreground"/></style:style>
 <style:style style:name="grCover" style:family="graphic"><style:graphic-properties draw:fill="solid" draw:fill-color="#16304f" draw:stroke="none" style:wrap="run-through" style:run-through="background"/></style:style>
 <style:style style:name="PLogo" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
</office:automatic-styles>""".format(**t)


def odt_masters(rep, t):
    c = rep["cover"]
    if rep["template"] == "fenmarsh":
        header = ('<text:p text:style-name="Hdr"><draw:ellipse draw:style-name="grDot" text:anchor-type="paragraph" '
                  'svg:x="0cm" svg:y="0cm" svg:width="0.8cm" svg:height="0.8cm" draw:z-index="0"/>'
                  '<draw:rect draw:style-name="grLogo" text:anchor-type="paragraph" svg:x="0.5cm" svg:y="0.1cm" '
                  'svg:width="1.8cm" svg:height="0.6cm" draw:z-index="1"><text:p text:style-name="PLogo">FSCP</text:p>'
                  '</draw:rect>%s</text:p>') % x(c["partnership"])
        footer = '<text:p text:style-name="Ftr">Page <text:page-number text:select-page="current"/></text:p>'
    elif rep["template"] == "corriebank":
        header = '<text:p text:style-name="Hdr">%s | %s</text:p>' % (x(c["partnership"]), x(c["title"]))
        footer = ('<text:p text:style-name="Ftr"><text:page-number text:select-page="current"/> of '
                  '<text:page-count/></text:p>')
    else:
        header = '<text:p text:style-name="Hdr">Blackwater Hythe LCSPR | Baby R | Final report</text:p>'
        footer = '<text:p text:style-name="Ftr"><text:page-number text:select-page="current"/></text:p>'
    return ('<office:master-styles><style:master-page style:name="Cover" style:page-layout-name="pm0" '
            'style:next-style-name="Body"/><style:master-page style:name="Body" style:page-layout-name="pm1">'
            '<style:header>%s</style:header><style:footer>%s</style:footer></style:master-page></office:master-styles>'
            % (header, footer))


def note(text, cls, n):
    if not text:
        return ""
    return ('<text:note text:id="%s%d" text:note-class="%s"><text:note-citation>%d</text:note-citation><text:note-body>'
            '<text:p text:style-name="%s">%s</text:p></text:note-body></text:note>'
            % (cls, n, cls, n, "Footnote" if cls == "footnote" else "Endnote", x(text)))


def owners_table(rows, measures=False):
    if measures:
        cols = '<table:table-column table:style-name="cRec2"/><table:table-column table:style-name="cOwn2"/>' \
               '<table:table-column table:style-name="cTime2"/><table:table-column table:style-name="cMeas"/>'
        head = ["Recommendation", "Owner", "Timescale", "Measure of success"]
        body = [[r, o, tm, MEASURES[i % len(MEASURES)]] for i, (r, o, tm) in enumerate(rows)]
    else:
        cols = '<table:table-column table:style-name="cNo"/><table:table-column table:style-name="cRec"/>' \
               '<table:table-column table:style-name="cOwn"/><table:table-column table:style-name="cTime"/>'
        head = ["No.", "Recommendation", "Owner", "Timescale"]
        body = [[str(i), r, o, tm] for i, (r, o, tm) in enumerate(rows, 1)]
    cell = lambda s, st, ps: '<table:table-cell table:style-name="%s" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>' % (st, ps, x(s))
    out = ['<table:table table:name="Recommendations" table:style-name="T1">', cols, '<table:table-header-rows><table:table-row>']
    out += [cell(s, "TH", "CellHead") for s in head] + ['</table:table-row></table:table-header-rows>']
    for r in body:
        out += ['<table:table-row>'] + [cell(s, "TC", "Cell") for s in r] + ['</table:table-row>']
    return "".join(out + ['</table:table>'])


def odt_cover(rep):
    c = rep["cover"]
    lines = [("CoverFirst", c["partnership"])]
    lines += [("CoverBig", part) for part in c["title"].split(": ", 1)]
    lines += [("CoverMid", c["by"]), ("CoverMid", c["date"]), ("CoverSmall", INVENTED)]
    shape = ""
    if rep["template"] == "corriebank":
        shape = ('<draw:rect draw:style-name="grCover" text:anchor-type="page" text:anchor-page-number="1" svg:x="0cm" '
                 'svg:y="0cm" svg:width="21cm" svg:height="29.7cm" draw:z-index="0"><text:p/></draw:rect>')
    return shape + "".join('<text:p text:style-name="%s">%s</text:p>' % (s, x(t)) for s, t in lines)


def odt_body(rep):
    """Blocks as ODF: headings (outline-numbered or in the legal list), paragraphs, lists, call-out frames, tables."""
    legal = rep["template"] == "blackwater"
    out, first, nfoot, open_list = [], True, [0], [False]

    def close():
        if open_list[0]:
            out.append('</text:list></text:list-item></text:list>')
            open_list[0] = False

    def para(text, fn=None, style="Body"):
        nfoot[0] += 1 if fn else 0
        p = '<text:p text:style-name="%s">%s%s</text:p>' % (style, x(text), note(fn, "endnote" if legal else "footnote", nfoot[0]))
        if legal and open_list[0]:
            p = '<text:list-item>%s</text:list-item>' % p
        out.append(p)

    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            style = "First" if first else "Heading_20_1"
            first = False
            if legal:
                close()
                out.append('<text:list text:style-name="Legal" text:continue-numbering="true"><text:list-item>'
                           '<text:h text:style-name="%s" text:outline-level="1">%s</text:h><text:list>' % (style, x(b[1])))
                open_list[0] = True
            else:
                header = ' text:is-list-header="true"' if b[1].startswith("Appendix") else ""
                out.append('<text:h text:style-name="%s" text:outline-level="1"%s>%s</text:h>' % (style, header, x(b[1])))
        elif k == "h2":
            out.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>' % x(b[1]))
        elif k == "p":
            para(b[1], b[2] if len(b) > 2 else None)
        elif k == "items":
            style = b[3]
            if style in ("ol", "ul"):
                out.append('<text:list text:style-name="%s">' % ("Numbers" if style == "ol" else "Bullets"))
                out += ['<text:list-item><text:p text:style-name="Body">%s</text:p></text:list-item>' % x(t) for t in b[2]]
                out.append('</text:list>')
            elif style == "lp":
                for i, t in enumerate(b[2], 1):
                    out.append('<text:p text:style-name="Label">Learning point %d</text:p>' % i)
                    para(t)
            elif style == "para":
                for t in b[2]:
                    para(t)
            elif style == "box":
                for i, t in enumerate(b[2], 1):
                    out.append('<text:p text:style-name="Body"><draw:frame draw:style-name="frBox" draw:name="Box%d" '
                               'text:anchor-type="paragraph" svg:width="6.4cm" draw:z-index="%d"><draw:text-box '
                               'fo:min-height="1cm"><text:p text:style-name="BoxLabel">Learning point %d</text:p>'
                               '<text:p text:style-name="BoxText">%s</text:p></draw:text-box></draw:frame>%s</text:p>'
                               % (i, i + 2, i, x(t), x(explain(i))))
        elif k == "owners":
            close()
            out.append(owners_table(b[1], measures=legal))
        elif k == "tor":
            out.append('<text:list text:style-name="Numbers">')
            out += ['<text:list-item><text:p text:style-name="Body">%s</text:p></text:list-item>' % x(q) for q in b[1]]
            out.append('</text:list>')
    close()
    return "".join(out)


def fodt(rep, d):
    t = TEMPLATES[rep["template"]]
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s>' % NS + odt_styles(t) + odt_auto(t) +
           odt_masters(rep, t) + '<office:body><office:text>' + odt_cover(rep) + odt_body(rep) +
           '</office:text></office:body></office:document>')
    src = os.path.join(d, "r.fodt")
    open(src, "w", encoding="utf-8").write(doc)
    return soffice(src, d, WRITER_TAGGED if t["tagged"] else WRITER_PLAIN)


# ---------------------------------------------------------------- pandoc (markdown -> DOCX / ODT with a reference document)
def md_escape(s):
    return re.sub(r"([\\*_`\[\]#<>|])", r"\\\1", s)


def markdown(rep, boxes_div):
    c = rep["cover"]
    sub = c.get("subtitle", c["partnership"])
    lines = ["---", "title: \"%s\"" % c["title"], "subtitle: \"%s\"" % sub,
             "author: \"%s\"" % (c["by"] if "subtitle" not in c else c["partnership"] + ". " + c["by"]),
             "date: \"%s. %s\"" % (c["date"], INVENTED), "---", "", PAGEBREAK[rep["template"]], ""]
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            lines += ["# " + b[1], ""]
        elif k == "h2":
            lines += ["## " + b[1], ""]
        elif k == "p":
            lines += [md_escape(b[1]) + ("^[%s]" % md_escape(b[2]) if len(b) > 2 else ""), ""]
        elif k == "items":
            style = b[3]
            for i, t in enumerate(b[2], 1):
                if style == "ol":
                    lines.append("%d. %s" % (i, md_escape(t)))
                elif style == "alpha":
                    lines.append("(%s) %s" % ("abcdefgh"[i - 1], md_escape(t)))
                elif style == "ul":
                    lines.append("- " + md_escape(t))
                elif style == "box":
                    lines += ["::: {custom-style=\"%s\"}" % boxes_div, "**Learning point %d**" % i, "", md_escape(t), ":::", ""]
            lines.append("")
        elif k == "owners":
            lines += ["| No. | Recommendation | Owner | Timescale |", "|:--|:------------------------|:----------|:-------|"]
            lines += ["| %d | %s | %s | %s |" % (i, md_escape(r), md_escape(o), md_escape(tm)) for i, (r, o, tm) in enumerate(b[1], 1)]
            lines.append("")
        elif k == "tor":
            lines += ["%d. %s" % (i, md_escape(q)) for i, q in enumerate(b[1], 1)] + [""]
    return "\n".join(lines) + "\n"


PAGEBREAK = {"stowbridge": '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```',
             "kingsholme": '```{=opendocument}\n<text:p text:style-name="PageBreakAfter"/>\n```'}

DOCX_STYLE_EDITS = [
    # Heading 1: dark red small capitals 15 pt with a bottom border; Heading 2 italic; body serif 10.5 pt
    (r'(<w:style w:type="paragraph" w:styleId="Heading1">.*?<w:rPr>).*?(</w:rPr>)',
     r'\1<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:b/><w:smallCaps/><w:color w:val="8B1A1A"/>'
     r'<w:sz w:val="30"/><w:szCs w:val="30"/>\2'),
    (r'(<w:style w:type="paragraph" w:styleId="Heading1">.*?<w:pPr>)',
     r'\1<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="2" w:color="8B1A1A"/></w:pBdr>'),
    (r'(<w:style w:type="paragraph" w:styleId="Heading2">.*?<w:rPr>).*?(</w:rPr>)',
     r'\1<w:i/><w:b/><w:color w:val="8B1A1A"/><w:sz w:val="23"/>\2'),
    (r'(<w:style w:type="paragraph" w:styleId="Title">.*?<w:rPr>).*?(</w:rPr>)',
     r'\1<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:b/><w:color w:val="8B1A1A"/><w:sz w:val="44"/>\2'),
]
LEARNING_BOX = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="LearningBox"><w:name w:val="Learning Box"/>'
                '<w:basedOn w:val="BodyText"/><w:pPr><w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="8B1A1A"/>'
                '<w:left w:val="single" w:sz="8" w:space="4" w:color="8B1A1A"/><w:bottom w:val="single" w:sz="8" w:space="4" '
                'w:color="8B1A1A"/><w:right w:val="single" w:sz="8" w:space="4" w:color="8B1A1A"/></w:pBdr>'
                '<w:shd w:val="clear" w:color="auto" w:fill="F6E9E9"/><w:spacing w:before="0" w:after="0"/>'
                '<w:ind w:left="284" w:right="284"/></w:pPr></w:style>')


def edit_zip(src, dst, name, fn):
    with zipfile.ZipFile(src) as zi, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zo:
        for item in zi.infolist():
            data = zi.read(item.filename)
            if item.filename == name:
                data = fn(data.decode("utf-8")).encode("utf-8")
            zo.writestr(item, data)


def docx_styles(s):
    for pat, rep in DOCX_STYLE_EDITS:
        s, n = re.subn(pat, rep, s, count=1, flags=re.S)
        if n != 1:
            raise SystemExit("reference.docx style edit failed: " + pat[:40])
    s = re.sub(r'(<w:rFonts )[^>]*(/>)', r'\1w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"\2', s, count=1)
    return s.replace("</w:styles>", LEARNING_BOX + "</w:styles>")


ODT_PB = ('<style:style style:name="PageBreakAfter" style:family="paragraph"><style:paragraph-properties '
          'fo:break-after="page"/></style:style>')


def odt_ref_styles(s):
    s, n = re.subn(r'(<style:style style:name="Heading_20_1"[^>]*>.*?<style:text-properties)([^>]*)/>',
                   r'\1 fo:font-size="12pt" fo:font-weight="bold" style:font-name="Liberation Sans" fo:letter-spacing="0.05cm"/>',
                   s, count=1, flags=re.S)
    if n != 1:
        raise SystemExit("reference.odt Heading 1 edit failed")
    return s.replace("</office:styles>", ODT_PB + "</office:styles>")


def pandoc_route(rep, d):
    fmt = "docx" if rep["template"] == "stowbridge" else "odt"
    default = os.path.join(d, "default." + fmt)
    with open(default, "wb") as f:
        f.write(subprocess.run(["pandoc", "--print-default-data-file", "reference." + fmt], capture_output=True, check=True).stdout)
    ref = os.path.join(d, "ref." + fmt)
    if fmt == "docx":
        edit_zip(default, ref, "word/styles.xml", docx_styles)
    else:
        edit_zip(default, ref, "styles.xml", odt_ref_styles)
    md = os.path.join(d, "r.md")
    open(md, "w", encoding="utf-8").write(markdown(rep, "Learning Box"))
    out = os.path.join(d, "r." + fmt)
    run(["pandoc", "-f", "markdown", "-t", fmt, "--reference-doc", ref, "-o", out, md], d)
    return soffice(out, d, WRITER_PLAIN)


# ---------------------------------------------------------------- Chromium: council web page, Google Docs publication
def anchor(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def html_blocks(rep, gdocs=False):
    out, cls = [], (lambda c: ' class="%s"' % c if gdocs else "")
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            hid = "h.%s" % anchor(b[1])[:12] if gdocs else anchor(b[1])
            out.append('<%s id="%s"%s><span%s>%s</span></%s>' % ("h1" if gdocs else "h2", hid, cls("c5"), cls("c8"),
                                                                h(b[1]), "h1" if gdocs else "h2"))
        elif k == "h2":
            out.append('<h2%s><span%s>%s</span></h2>' % (cls("c10"), cls("c11"), h(b[1])) if gdocs
                       else '<h3>%s</h3>' % h(b[1]))
        elif k == "p":
            out.append('<p%s><span%s>%s</span></p>' % (cls("c3"), cls("c1"), h(b[1])))
        elif k == "items":
            tag = "ol" if b[3] == "ol" else "ul"
            lst = ' class="c4 lst-kix_q2x8k1-0 start" start="1"' if gdocs and tag == "ol" else \
                  (' class="c4 lst-kix_m7b3dd-0 start"' if gdocs else "")
            out.append("<%s%s>" % (tag, lst) + "".join('<li%s><span%s>%s</span></li>' % (cls("c2 li-bullet-0"), cls("c1"), h(t))
                                                       for t in b[2]) + "</%s>" % tag)
        elif k == "owners":
            rows = "".join('<tr%s><td%s><p%s><span%s>%d</span></p></td><td%s><p%s><span%s>%s</span></p></td>'
                           '<td%s><p%s><span%s>%s</span></p></td><td%s><p%s><span%s>%s</span></p></td></tr>'
                           % (cls("c6"), cls("c12"), cls("c9"), cls("c1"), i, cls("c13"), cls("c9"), cls("c1"), h(r),
                              cls("c14"), cls("c9"), cls("c1"), h(o), cls("c15"), cls("c9"), cls("c1"), h(tm))
                           for i, (r, o, tm) in enumerate(b[1], 1))
            head = "".join('<td%s><p%s><span%s>%s</span></p></td>' % (cls("c16"), cls("c9"), cls("c17"), s)
                           for s in ("No.", "Recommendation", "Owner", "Timescale"))
            out.append('<table%s><tr%s>%s</tr>%s</table>' % (cls("c18"), cls("c6"), head, rows))
    return "\n".join(out)


COUNCIL_CSS = """@page{size:A4;margin:12mm 12mm 16mm 12mm}
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:11pt;color:#0b0c0c;margin:0}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#1d1d1b;color:#fff;font-size:9pt;padding:6px 14px}
.cookie b{display:inline-block;background:#00703c;padding:2px 8px;margin-left:10px}
.masthead{background:#00594f;color:#fff;padding:10px 16px;display:flex;align-items:center;gap:14px}
.logo{width:38px;height:38px;border-radius:50%;background:#f2c200;position:relative}
.logo:after{content:'';position:absolute;left:9px;top:9px;width:20px;height:20px;border-radius:4px;background:#00594f}
.masthead .name{font-size:17pt;font-weight:bold;letter-spacing:.5px}.search{margin-left:auto;border:1px solid #fff;padding:3px 40px 3px 6px;font-size:9pt}
nav.top{background:#e8f1ef;font-size:9.5pt;padding:6px 16px}nav.top span{margin-right:16px;color:#1d70b8;text-decoration:underline}
.crumbs{font-size:9pt;color:#505a5f;padding:8px 16px}.crumbs span:after{content:' \\203A ';}
main{padding:0 16px}h1{font-size:22pt;margin:6px 0 4px}.meta{font-size:9.5pt;color:#505a5f;margin-bottom:10px}
.toc{border-left:4px solid #00594f;padding:2px 12px;margin:10px 0 14px;font-size:10pt}.toc p{margin:2px 0;font-weight:bold}
.toc ul{list-style:none;padding:0;margin:0}.toc li:before{content:'\\2014  '}.toc a{color:#1d70b8}
h2{font-size:15pt;color:#00594f;margin:16px 0 6px}p,li{line-height:1.45}
table{border-collapse:collapse;width:100%;font-size:10pt}th,td{border:1px solid #b1b4b6;padding:5px;text-align:left;vertical-align:top}th{background:#e8f1ef}
.helpful{margin:18px 16px;padding:10px;background:#f3f2f1;font-size:10pt}footer{background:#00594f;color:#fff;font-size:9pt;padding:12px 16px;margin-bottom:30px}
footer span{margin-right:14px}"""


def council_page(rep, d):
    c = rep["cover"]
    heads = [b[1] for b in rep["blocks"] if b[0] == "h1"]
    body = html_blocks(rep).replace("<table>", '<table><tr><th>No.</th><th>Recommendation</th><th>Owner</th><th>Timescale</th></tr>', 1)
    body = re.sub(r"<tr><td><p><span>No\.</span></p></td>.*?</tr>", "", body, count=1)
    page = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%s | Tidewell Council</title><style>%s</style></head><body>
<div class="cookie">We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site.<b>Accept additional cookies</b><b>Reject additional cookies</b></div>
<div class="masthead"><div class="logo"></div><div class="name">Tidewell Council</div><div class="search">Search this site</div></div>
<nav class="top"><span>Bins and recycling</span><span>Council tax</span><span>Children and families</span><span>Schools and learning</span><span>Adult social care</span><span>Contact us</span></nav>
<div class="crumbs"><span>Home</span><span>Children and families</span><span>Tidewell Safeguarding Children Partnership</span>Practice reviews</div>
<main><h1>%s</h1><div class="meta">%s<br>Last updated: 2 April 2024<br>From: %s</div>
<p><i>%s</i></p>
<div class="toc"><p>On this page</p><ul>%s</ul></div>
%s</main>
<div class="helpful">Was this page helpful? <u>Yes</u> <u>No</u> &nbsp; Report a problem with this page</div>
<footer><span>Accessibility statement</span><span>Cookies</span><span>Privacy notice</span><span>Contact the council</span><span>&copy; Tidewell Council 2024</span></footer>
</body></html>""" % (h(c["title"]), COUNCIL_CSS, h(c["title"]), h(c["date"]), h(c["partnership"]), h(INVENTED),
                     "".join('<li><a href="#%s">%s</a></li>' % (anchor(t), h(t)) for t in heads), body)
    return chromium(page, d)


GDOCS_CSS = """@page{size:A4;margin:10mm}
#banners{font-family:Arial,sans-serif;font-size:9pt;color:#444;border-bottom:1px solid #ddd;padding:4px 8px;display:flex;gap:12px}
#banners .r{margin-left:auto}#title{font-family:Arial,sans-serif;font-size:15pt;padding:8px;border-bottom:1px solid #ddd}
#contents{padding:8px 30px}p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}
ol{margin:0;padding:0}table td,table th{padding:0}
.lst-kix_q2x8k1-0>li:before{content:"" counter(lst-ctn-kix_q2x8k1-0,decimal) ". "}
.lst-kix_q2x8k1-0>li{counter-increment:lst-ctn-kix_q2x8k1-0}ol.lst-kix_q2x8k1-0.start{counter-reset:lst-ctn-kix_q2x8k1-0 0}
.lst-kix_m7b3dd-0>li:before{content:"\\25cf   "}ul.lst-kix_m7b3dd-0{list-style-type:none}
li.li-bullet-0:before{margin-left:-18pt;white-space:nowrap;display:inline-block;min-width:18pt}
.c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}
.c2{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:6pt;line-height:1.15;text-align:left}
.c3{padding-top:0pt;padding-bottom:8pt;line-height:1.15;text-align:left}
.c4{padding:0;margin:0}.c5{padding-top:20pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;text-align:left}
.c8{color:#1f3864;font-weight:400;font-size:16pt;font-family:"Arial"}.c10{padding-top:14pt;padding-bottom:4pt}.c11{font-size:12pt;font-weight:700;font-family:"Arial"}
.c6{height:0pt}.c9{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left}.c18{border-spacing:0;border-collapse:collapse;margin-right:auto}
.c12,.c13,.c14,.c15,.c16{border:1pt solid #000;padding:5pt 5pt 5pt 5pt;vertical-align:top}.c12{width:30pt}.c13{width:230pt}.c14{width:110pt}.c15{width:70pt}
.c16{background-color:#d9e2f3}.c17{font-weight:700;font-size:10pt;font-family:"Arial"}.c9 .c1{font-size:10pt}
.c19{max-width:451.3pt;padding:20pt 40pt}.title{padding-top:0pt;padding-bottom:3pt;font-size:24pt;font-family:"Arial"}.subtitle{font-size:13pt;color:#666;font-family:"Arial"}
#footer{font-family:Arial,sans-serif;font-size:9pt;color:#444;border-top:1px solid #ddd;padding:6px 8px}"""


def gdocs_page(rep, d):
    c = rep["cover"]
    page = """<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><title>Oakhanger LCSPR Child N - final</title><style>%s</style></head><body>
<div id="banners"><span>Published using Google Docs</span><span>Report abuse</span><span>Learn more</span><span class="r">Updated automatically every 5 minutes</span></div>
<div id="title">Oakhanger LCSPR Child N - final</div>
<div id="contents"><div class="c19">
<p class="c3 title" id="h.t1x0"><span>%s</span></p>
<p class="c3 subtitle" id="h.s2y1"><span>%s</span></p>
<p class="c3"><span class="c1">%s</span></p><p class="c3"><span class="c1">%s</span></p><p class="c3"><span class="c1">%s</span></p>
<hr style="page-break-before:always;display:none;">
%s
</div></div>
<div id="footer">Published by Google Drive &ndash; <span>Report abuse</span></div>
</body></html>""" % (GDOCS_CSS, h(c["title"]), h(c["partnership"]), h(c["by"]), h(c["date"]), h(INVENTED), html_blocks(rep, True))
    return chromium(page, d)


# ---------------------------------------------------------------- hand-written WordprocessingML DOCX
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')
EMU = 360000  # per cm

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>"""
W_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles %s>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:cs="Liberation Sans"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="140" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
<w:pPr><w:keepNext/><w:shd w:val="clear" w:color="auto" w:fill="2E6B3A"/><w:spacing w:before="300" w:after="160"/><w:outlineLvl w:val="0"/></w:pPr>
<w:rPr><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="2400" w:after="240"/></w:pPr><w:rPr><w:b/><w:color w:val="2E6B3A"/><w:sz w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="17"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="right"/></w:pPr><w:rPr><w:sz w:val="17"/><w:color w:val="2E6B3A"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:color="808080"/><w:left w:val="single" w:sz="4" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:color="808080"/><w:right w:val="single" w:sz="4" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:color="808080"/></w:tblBorders></w:tblPr></w:style>
</w:styles>""" % W_NS
W_NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering %s>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>""" % W_NS


def wrun(text, bold=False, size=None, color=None):
    rpr = ("<w:b/>" if bold else "") + ('<w:color w:val="%s"/>' % color if color else "") + \
          ('<w:sz w:val="%d"/>' % size if size else "")
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ("<w:rPr>%s</w:rPr>" % rpr if rpr else "", x(text))


def wpara(runs, style=None, extra=""):
    ppr = ('<w:pStyle w:val="%s"/>' % style if style else "") + extra
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", runs)


def shape(sid, name, geom, x_cm, y_cm, w_cm, h_cm, fill, inner="", wrap="<wp:wrapNone/>", posh=None, rel="column"):
    posh = posh or "<wp:posOffset>%d</wp:posOffset>" % int(x_cm * EMU)
    body = ('<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr lIns="91440" tIns="72000" rIns="91440" '
            'bIns="72000" anchor="ctr"><a:spAutoFit/></wps:bodyPr>' % inner) if inner else '<wps:bodyPr/>'
    line = '<a:ln w="9525"><a:solidFill><a:srgbClr val="2E6B3A"/></a:solidFill></a:ln>' if inner else '<a:ln><a:noFill/></a:ln>'
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="72000" distL="144000" '
            'distR="0" simplePos="0" relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="%s">%s</wp:positionH><wp:positionV relativeFrom="paragraph">'
            '<wp:posOffset>%d</wp:posOffset></wp:positionV><wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '%s<wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr%s/><wps:spPr>'
            '<a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="%s"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>%s</wps:spPr>%s</wps:wsp></a:graphicData></a:graphic>'
            '</wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>'
            % (sid + 2, rel, posh, int(y_cm * EMU), int(w_cm * EMU), int(h_cm * EMU), wrap, sid, name,
               ' txBox="1"' if inner else "", int(w_cm * EMU), int(h_cm * EMU), geom, fill, line, body))


def w_header(rep):
    logo = shape(101, "Logo circle", "ellipse", 0, -0.1, 0.9, 0.9, "2E6B3A") + \
           shape(102, "Logo box", "rect", 0.6, 0.15, 1.8, 0.6, "F2B705",
                 inner=wpara(wrun("LRSB", bold=True, size=16, color="1E1E1E"), extra='<w:spacing w:after="0"/><w:jc w:val="center"/>'))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s>%s</w:hdr>'
            % (W_NS, wpara(logo + wrun(rep["cover"]["partnership"] + " | Concise Child Practice Review"), "Header")))


W_FOOTER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr %s><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>'
            '<w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>'
            ' PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r>'
            '<w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>') % W_NS


def w_table(head, rows, widths):
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    cell = lambda s, w, hdr: ('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'
                              % (w, '<w:shd w:val="clear" w:color="auto" w:fill="D8E8DA"/>' if hdr else "",
                                 wpara(wrun(s, bold=hdr, size=20), extra='<w:spacing w:after="40"/>')))
    out = '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="%d" w:type="dxa"/></w:tblPr><w:tblGrid>%s</w:tblGrid>' % (sum(widths), grid)
    out += '<w:tr><w:trPr><w:tblHeader/></w:trPr>%s</w:tr>' % "".join(cell(s, w, True) for s, w in zip(head, widths))
    for r in rows:
        out += "<w:tr>%s</w:tr>" % "".join(cell(s, w, False) for s, w in zip(r, widths))
    return out + "</w:tbl>" + wpara("")


def docx_document(rep):
    c, out, notes = rep["cover"], [], []
    out.append(wpara(wrun(c["partnership"]), "Subtitle", '<w:spacing w:before="1800"/>'))
    out += [wpara(wrun(t), "Title", '<w:spacing w:before="200" w:after="120"/>' if i else "") for i, t in enumerate(c["title"].split(": ", 1))]
    out += [wpara(wrun(c["by"]), "Subtitle"), wpara(wrun(c["date"]), "Subtitle"),
            wpara(wrun(INVENTED, size=18), None, '<w:spacing w:before="1200"/>'), '<w:p><w:r><w:br w:type="page"/></w:r></w:p>']
    num = 0
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            out.append(wpara(wrun(b[1]), "Heading1"))
        elif k == "p":
            runs = wrun(b[1])
            if len(b) > 2:
                notes.append(b[2])
                runs += '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % len(notes)
            out.append(wpara(runs))
        elif k == "items" and b[3] == "ol":
            num += 1
            out += [wpara(wrun(t), "ListParagraph", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num) for t in b[2]]
        elif k == "items" and b[3] == "box":
            for i, t in enumerate(b[2], 1):
                inner = wpara(wrun("Learning point %d" % i, bold=True, size=19, color="2E6B3A"), extra='<w:spacing w:after="60"/>') + \
                        wpara(wrun(t, size=19), extra='<w:spacing w:after="0"/>')
                box = shape(200 + i, "Text Box %d" % i, "rect", 0, 0, 6.2, 3.2, "EEF5EF", inner=inner,
                            wrap='<wp:wrapSquare wrapText="bothSides"/>', posh="<wp:align>right</wp:align>", rel="margin")
                out.append(wpara(box + wrun(explain(i))))
                out.append(wpara("", extra='<w:spacing w:after="600"/>'))
        elif k == "tor":
            num += 1
            out += [wpara(wrun(q), "ListParagraph", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num) for q in b[1]]
        elif k == "timeline":
            out.append(w_table(["Date", "Event"], b[1], [2200, 6800]))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" r:id="rId5"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1304" w:bottom="1304" w:left="1304" w:header="567" '
            'w:footer="567" w:gutter="0"/><w:titlePg/></w:sectPr>')
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s%s</w:body></w:document>' % (W_NS, "".join(out), sect)
    fn = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes %s><w:footnote w:type="separator" w:id="-1"><w:p>'
          '<w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
          '<w:continuationSeparator/></w:r></w:p></w:footnote>%s</w:footnotes>'
          % (W_NS, "".join('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle '
                           'w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>%s</w:p></w:footnote>'
                           % (i, wrun(" " + t)) for i, t in enumerate(notes, 1))))
    return doc, fn


def wordml(rep, d):
    doc, fn = docx_document(rep)
    src = os.path.join(d, "r.docx")
    with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("word/_rels/document.xml.rels", DOC_RELS),
                           ("word/document.xml", doc), ("word/styles.xml", W_STYLES), ("word/numbering.xml", W_NUMBERING),
                           ("word/footnotes.xml", fn), ("word/header1.xml", w_header(rep)), ("word/footer1.xml", W_FOOTER)]:
            z.writestr(name, data)
    return soffice(src, d, WRITER_PLAIN)


def render(rep, d):
    t = rep["template"]
    if t in TEMPLATES:
        return fodt(rep, d)
    if t in ("stowbridge", "kingsholme"):
        return pandoc_route(rep, d)
    if t == "tidewell":
        return council_page(rep, d)
    if t == "oakhanger":
        return gdocs_page(rep, d)
    return wordml(rep, d)
