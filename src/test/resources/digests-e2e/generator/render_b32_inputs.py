# Renders the inputs of batch b32 (see render_b32.py and entries_b32.py). Invented material, test fixtures only. Plain Python:
# every input is written by this script (no external producer).
import html, os, textwrap, zipfile
h = html.escape
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def groups(e):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    out = [(e["lab"][0], e["learning"])]
    if e["recs"]: out.append((e["lab"][1], e["recs"]))
    elif e["norec"]: out.append((None, e["norec"]))
    if e["good"]: out.append((e["lab"][2], e["good"]))
    return out


def curly(s):
    return s.replace("'", "\u2019")


def x(s):
    return h(curly(s), quote=False)


def summary_parts(e):
    """The summary as printed: one paragraph, or two when the entry says where its first sentence was broken."""
    cut = e.get("split")
    if not cut: return [e["summary"]]
    k = e["summary"].index(cut)
    return [e["summary"][:k].rstrip(), e["summary"][k:]]


# ---------------------------------------------------------------- DOCX helpers
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
CT_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
           '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
           '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
           '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
           '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
SETTINGS = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W}><w:defaultTabStop w:val="720"/></w:settings>'


def write_docx(parts, path, stamp):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            zi = zipfile.ZipInfo(name, stamp); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))


def bullet_numbering(chars, font):
    lvls = "".join(f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{c}"/><w:lvlJc w:val="left"/>'
                   f'<w:pPr><w:ind w:left="{720 * (n + 1)}" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/><w:u w:val="none"/></w:rPr></w:lvl>'
                   for n, c in enumerate(chars))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}><w:abstractNum w:abstractNumId="1">{lvls}</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>')


# A. Google Docs 'Download > Microsoft Word (.docx)': every paragraph carries Google's explicit properties (keepNext 0, spacing,
#    Arial runs with w:rtl 0), headings as bookmarks '_heading=h.…'; the digest title in the 'Title' style and every review title
#    in the 'Subtitle' style (grey, 15pt, not bold; no Heading style anywhere); labels Normal paragraphs with one bold run; items
#    in Google's bullet list ('●' '○' '■', Arial); links are w:hyperlink runs coloured 1155cc and underlined; empty spacer
#    paragraphs between reviews; Child DN's first summary sentence is broken over two paragraphs (a stray Enter in the draft).
GD_RPR = '<w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>{b}{extra}<w:rtl w:val="0"/></w:rPr>'


def gd_run(t, b=False, extra=""):
    rpr = GD_RPR.format(b='<w:b w:val="1"/>' if b else "", extra=extra)
    return f'<w:r>{rpr}<w:t xml:space="preserve">{x(t)}</w:t></w:r>'


def gd_p(content, style=None, num=False, bm=None):
    ppr = ('<w:pPr>' + (f'<w:pStyle w:val="{style}"/>' if style else "") + (
        '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if num else "")
           + '<w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:spacing w:after="0" w:before="0" w:line="276" w:lineRule="auto"/>'
           + ('<w:ind w:left="720" w:hanging="360"/>' if num else "") + '<w:rPr/></w:pPr>')
    bid = GD_IDS.index(bm.split("=", 1)[1]) if bm else 0
    mark = f'<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="{bm}" w:id="{bid}"/><w:bookmarkEnd w:id="{bid}"/>' if bm else ""
    return f"<w:p>{ppr}{mark}{content}</w:p>"


GD_IDS = ["h.gjdgxs", "h.30j0zll", "h.1fob9te", "h.3znysh7", "h.2et92p0", "h.tyjcwt"]


def gdocs_docx(d):
    body = [gd_p(gd_run(d["heading"]), "Title", bm="_heading=h.gjdgxs"), gd_p(gd_run(d["intro"])), gd_p("")]
    links = []
    for i, e in enumerate(d["entries"], 1):
        body.append(gd_p(gd_run(e["title"]), "Subtitle", bm="_heading=" + GD_IDS[i]))
        body += [gd_p(gd_run(s)) for s in summary_parts(e)]
        for lab, lst in groups(e):
            if lab is None: body.append(gd_p(gd_run(lst))); continue
            body.append(gd_p(gd_run(lab, b=True)))
            body += [gd_p(gd_run(t), num=True) for t in lst]
        body.append(gd_p(f'<w:hyperlink r:id="rId{10 + i}">' + gd_run(e["link"], extra='<w:color w:val="1155cc"/><w:u w:val="single"/>') + "</w:hyperlink>"))
        body.append(gd_p(""))
        links.append(f'<Relationship Id="rId{10 + i}" Type="{REL}hyperlink" Target="{url(d, i)}" TargetMode="External"/>')
    body.append(gd_p(gd_run(FOOT, extra='<w:i w:val="1"/>')))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}'
                '<w:sectPr><w:pgSz w:h="15840" w:w="12240" w:orient="portrait"/><w:pgMar w:bottom="1440" w:top="1440" w:left="1440" w:right="1440" '
                'w:header="720" w:footer="720"/><w:pgNumType w:start="1"/></w:sectPr></w:body></w:document>')
    st = lambda sid, name, ppr, rpr: (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/>'
                                      f'<w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat/></w:style>'
              + st("Heading1", "heading 1", '<w:spacing w:after="120" w:before="400"/>', '<w:sz w:val="40"/><w:szCs w:val="40"/>')
              + st("Heading2", "heading 2", '<w:spacing w:after="120" w:before="360"/>', '<w:sz w:val="32"/><w:szCs w:val="32"/>')
              + st("Title", "Title", '<w:spacing w:after="60" w:before="0"/>', '<w:sz w:val="52"/><w:szCs w:val="52"/>')
              + st("Subtitle", "Subtitle", '<w:spacing w:after="320" w:before="0"/>', '<w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/>')
              + '</w:styles>')
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}settings" Target="settings.xml"/><Relationship Id="rId2" Type="{REL}numbering" Target="numbering.xml"/>'
            f'<Relationship Id="rId3" Type="{REL}styles" Target="styles.xml"/>{"".join(links)}</Relationships>')
    return {"[Content_Types].xml": CT_HEAD + "</Types>", "_rels/.rels": ROOT_RELS, "word/document.xml": document, "word/styles.xml": styles,
            "word/numbering.xml": bullet_numbering("\u25cf\u25cb\u25a0", "Arial"), "word/settings.xml": SETTINGS, "word/_rels/document.xml.rels": rels}


# B. DOCX whose digest title is ONLY in the page header (header1.xml: 'NSPCC Repository – November 2024' and 'Library and
#    Information Service'), a footer 'Page {PAGE} of {NUMPAGES}' made of simple fields, and no title in the body (the intro says
#    'this month'); reviews as Heading 1; bold labels; Word bullets ('•' Symbol); the 'Read … (PDF)' line ends in a FOOTNOTE
#    reference whose footnote (footnotes.xml) holds the report URL.
def wr(t, b=False, rpr=""):
    inner = ("<w:b/>" if b else "") + rpr
    return f'<w:r>{"<w:rPr>" + inner + "</w:rPr>" if inner else ""}<w:t xml:space="preserve">{x(t)}</w:t></w:r>'


def wp(content, style=None, num=False, jc=None):
    parts = (f'<w:pStyle w:val="{style}"/>' if style else "") + ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if num else "") + (
        f'<w:jc w:val="{jc}"/>' if jc else "")
    return f'<w:p>{"<w:pPr>" + parts + "</w:pPr>" if parts else ""}{content}</w:p>'


def footnote_docx(d):
    body = [wp(wr(d["intro"]))]
    notes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, e in enumerate(d["entries"], 1):
        body += [wp(wr(e["title"]), "Heading1")] + [wp(wr(s)) for s in summary_parts(e)]
        for lab, lst in groups(e):
            if lab is None: body.append(wp(wr(lst))); continue
            body.append(wp(wr(lab, b=True))); body += [wp(wr(t), "ListParagraph", num=True) for t in lst]
        body.append(wp(wr(e["link"], rpr='<w:color w:val="0563C1"/>') + f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{i}"/></w:r>'))
        notes.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                     f'{wr(" " + url(d, i))}</w:p></w:footnote>')
    body.append(wp(wr(FOOT, rpr="<w:i/>")))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}'
                '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/>'
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1440" w:bottom="1440" w:left="1440" w:header="567" w:footer="567" w:gutter="0"/>'
                '</w:sectPr></w:body></w:document>')
    big = '<w:sz w:val="28"/>'
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>{wp(wr(d["heading"], b=True, rpr=big), "Header")}'
              f'{wp(wr("Library and Information Service"), "Header")}</w:hdr>')
    fld = lambda code, shown: f'<w:fldSimple w:instr=" {code} \\* MERGEFORMAT "><w:r><w:t>{shown}</w:t></w:r></w:fldSimple>'
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="right"/></w:pPr>'
              f'{wr("Page ")}{fld("PAGE", "1")}{wr(" of ")}{fld("NUMPAGES", "2")}</w:p></w:ftr>')
    footnotes = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{"".join(notes)}</w:footnotes>'
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>'
              '<w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/><w:color w:val="00703C"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
              '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
              '</w:styles>')
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}styles" Target="styles.xml"/><Relationship Id="rId2" Type="{REL}numbering" Target="numbering.xml"/>'
            f'<Relationship Id="rId3" Type="{REL}settings" Target="settings.xml"/><Relationship Id="rId4" Type="{REL}footnotes" Target="footnotes.xml"/>'
            f'<Relationship Id="rIdH" Type="{REL}header" Target="header1.xml"/><Relationship Id="rIdF" Type="{REL}footer" Target="footer1.xml"/></Relationships>')
    ct = (CT_HEAD + '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
    return {"[Content_Types].xml": ct, "_rels/.rels": ROOT_RELS, "word/document.xml": document, "word/styles.xml": styles,
            "word/numbering.xml": bullet_numbering("\u2022o\u25aa", "Symbol"), "word/settings.xml": SETTINGS, "word/footnotes.xml": footnotes,
            "word/header1.xml": header, "word/footer1.xml": footer, "word/_rels/document.xml.rels": rels}


# C. Drupal 10 'views' page (Olivero-like theme): skip link, site header and menu, breadcrumb, h1; each review a views-row
#    holding a node in full view mode: h2 title, a <figure> image field with a <figcaption> ('Posed by models…'), the body field,
#    then every list as a Drupal multi-value field: <div class="field__label">Learning includes</div> (label above, no colon) and
#    one <div class="field__item"> per point (no <ul>/<li>); 'Review type' and 'Report' as label-inline fields; the
#    no-recommendations sentence a label-hidden field; a views pager and site footer.
def drupal_html(d):
    rows = []
    for i, e in enumerate(d["entries"], 1):
        rtype = e["title"].split(": ", 1)[1] if ": " in e["title"] else "Thematic review"
        f = [f'<div class="views-row"><article class="node node--type-case-review node--view-mode-full" data-history-node-id="{4180 + i}">',
             f'<h2 class="node__title"><span class="field field--name-title field--type-string field--label-hidden">{x(e["title"])}</span></h2>',
             '<figure class="field field--name-field-image field--type-image field--label-hidden field__item">'
             f'<img loading="lazy" src="/sites/default/files/styles/wide/public/2025-05/review-{i}.jpg" width="640" height="360" alt="">'
             '<figcaption>Posed by models. Image: Stock library</figcaption></figure>',
             '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
             + "".join(f"<p>{x(s)}</p>" for s in summary_parts(e)) + "</div>"]
        names = {e["lab"][0]: "learning", e["lab"][1]: "recommendations", e["lab"][2]: "good-practice"}
        for lab, lst in groups(e):
            if lab is None:
                f.append(f'<div class="field field--name-field-no-recommendations field--type-string-long field--label-hidden field__item">{x(lst)}</div>')
                continue
            f.append(f'<div class="field field--name-field-{names[lab]} field--type-string field--label-above">'
                     f'<div class="field__label">{x(lab.rstrip(":"))}</div><div class="field__items">'
                     + "".join(f'<div class="field__item">{x(t)}</div>' for t in lst) + "</div></div>")
        f.append('<div class="field field--name-field-review-type field--type-entity-reference field--label-inline clearfix">'
                 f'<div class="field__label">Review type</div><div class="field__item">{x(rtype)}</div></div>')
        f.append('<div class="field field--name-field-report field--type-link field--label-inline clearfix"><div class="field__label">Report</div>'
                 f'<div class="field__item"><a href="{url(d, i)}">{x(e["link"])}</a></div></div>')
        f.append("</article></div>")
        rows.append("\n".join(f))
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>{x(d['heading'])} | Safeguarding learning</title>
<style>.field--label-inline .field__label::after {{ content: ":"; }} .field--label-inline .field__label, .field--label-inline .field__item {{ display: inline; }} .visually-hidden {{ position: absolute !important; clip: rect(1px,1px,1px,1px); }}</style>
</head><body class="path-case-reviews">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><header class="site-header"><div class="site-branding__name"><a href="/" rel="home">Safeguarding learning</a></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu"><h2 class="visually-hidden" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu"><li class="menu__item"><a href="/">Home</a></li><li class="menu__item"><a href="/case-reviews">Case reviews</a></li><li class="menu__item"><a href="/training">Training</a></li><li class="menu__item"><a href="/contact">Contact us</a></li></ul></nav></header>
<div class="region region--breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol><li><a href="/">Home</a></li><li><a href="/case-reviews">Case reviews</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<h1 class="title page-title">{x(d['heading'])}</h1>
<div class="views-element-container"><div class="view view-case-reviews view-id-case_reviews view-display-id-page_1">
<div class="view-header"><p>{x(d['intro'])}</p></div>
<div class="view-content">
{chr(10).join(rows)}
</div>
<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4><ul class="pager__items js-pager__items"><li class="pager__item is-active">Page 1</li></ul></nav>
<div class="view-footer"><p><em>{x(FOOT)}</em></p></div>
</div></div></main>
<footer class="site-footer"><p>Safeguarding learning · <a href="/accessibility">Accessibility statement</a> · <a href="/privacy">Privacy</a></p></footer></div>
</body></html>
"""


# D. A listing page of TEASER cards (title link, the summary's first sentence, 'Read more' with a visually-hidden ' about <name>',
#    a lazy image with its <noscript> fallback) whose FULL reviews are kept in <template> elements that a script clones into a
#    panel when 'Read more' is pressed; a <noscript> notice says the full summaries need JavaScript. Each full review: h2 title,
#    summary, h3 labels, <ul> lists, the link.
def template_html(d):
    teasers, tpls = [], []
    for i, e in enumerate(d["entries"], 1):
        first = e["summary"].split(". ")[0] + "."
        name = e["title"].split(":")[0]
        teasers.append(f'<li class="teaser"><img class="lazy" data-src="/img/teaser-{i}.webp" alt=""><noscript><img src="/img/teaser-{i}.webp" alt=""></noscript>'
                       f'<h3 class="teaser__title"><a href="#review-{i}">{x(e["title"])}</a></h3><p class="teaser__text">{x(first)} \u2026</p>'
                       f'<a class="read-more" href="#review-{i}" data-template="tpl-{i}">Read more<span class="visually-hidden"> about {x(name)}</span></a></li>')
        s = [f'<template id="tpl-{i}"><article class="review" id="review-{i}"><h2>{x(e["title"])}</h2>'] + [f"<p>{x(p)}</p>" for p in summary_parts(e)]
        for lab, lst in groups(e):
            if lab is None: s.append(f"<p>{x(lst)}</p>"); continue
            s.append(f"<h3>{x(lab)}</h3><ul>" + "".join(f"<li>{x(t)}</li>" for t in lst) + "</ul>")
        s.append(f'<p class="report"><a href="{url(d, i)}">{x(e["link"])}</a></p></article></template>')
        tpls.append("".join(s))
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{x(d['heading'])}</title>
<style>.visually-hidden {{ position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }} .teasers {{ list-style: none; display: grid; grid-template-columns: repeat(3, 1fr); gap: 1rem; }}</style>
</head><body>
<header><a href="/">Safeguarding learning</a> <nav><a href="/case-reviews">Case reviews</a> | <a href="/about">About</a></nav></header>
<main>
<h1>{x(d['heading'])}</h1>
<p>{x(d['intro'])}</p>
<noscript><p class="notice">Turn on JavaScript to read the full summaries.</p></noscript>
<ul class="teasers">
{chr(10).join(teasers)}
</ul>
<section id="reviews-panel" aria-live="polite"></section>
{chr(10).join(tpls)}
<p class="foot"><em>{x(FOOT)}</em></p>
</main>
<script>
document.querySelectorAll('a.read-more').forEach(function (a) {{
  a.addEventListener('click', function (ev) {{
    var tpl = document.getElementById(a.dataset.template);
    document.getElementById('reviews-panel').replaceChildren(tpl.content.cloneNode(true));
  }});
}});
document.querySelectorAll('img.lazy').forEach(function (img) {{ img.src = img.dataset.src; }});
</script>
</body></html>
"""


# E. markdown concatenated from one file per review (a static-site 'print all'): the digest title as a setext '=' heading and the
#    intro, then for each review its own YAML front matter block ('---' / 'title: "…"' / 'review_type:' / 'date:' / 'report:' /
#    '---'; the title ONLY there), the summary, setext '-' label headings ('Learning includes' underlined, no colon), '- '
#    points, the link; a no-recommendations sentence as a plain paragraph.
def markdown_frontmatter(d):
    out = [d["heading"], "=" * len(d["heading"]), "", d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        rtype = e["title"].split(": ", 1)[1]
        out += ["---", f'title: "{e["title"]}"', f"review_type: {rtype}", f"date: {d['month']}-{10 + i:02d}", f"report: {url(d, i)}", "---", ""]
        out += [p for s in summary_parts(e) for p in (s, "")]
        for lab, lst in groups(e):
            if lab is None: out += [lst, ""]; continue
            t = lab.rstrip(":"); out += [t, "-" * len(t), ""] + [f"- {it}" for it in lst] + [""]
        out += [f"[{e['link']}]({url(d, i)})", ""]
    out += [f"*{FOOT}*", ""]
    return "\n".join(out)


# F. Emacs org-mode 'Export to Plain Text (ASCII)' (ox-ascii, ASCII charset, text width 72): the centred title block between rules
#    of '_' with author and date, 'Table of Contents' listing every headline ('1. Title', '.. 1. Learning includes'), the intro,
#    then each review a numbered level-1 headline underlined with '=' ('1 Child VN: …'), the body indented by 2, each label a
#    numbered level-2 headline underlined with '~' ('1.1 Learning includes', no colon), '*' bullets, and the link exported as a
#    note: '[Read practice review (PDF)]' in the text and '[Read practice review (PDF)] <url>' at the end of the section.
def org_ascii(d):
    W_ = 72
    fill = lambda t, ind="  ", sub=None: textwrap.wrap(curly(t), W_, initial_indent=ind, subsequent_indent=sub if sub is not None else ind)
    rule = "_" * 34
    out = ["", rule.center(W_).rstrip(), "", d["heading"].upper().center(W_).rstrip(), "", "Library Team".center(W_).rstrip(),
           f"{d['month']}-08".center(W_).rstrip(), rule.center(W_).rstrip(), "", "", "Table of Contents", "_________________", ""]
    for i, e in enumerate(d["entries"], 1):
        out.append(f"{i}. {e['title']}")
        k = 0
        for lab, lst in groups(e):
            if lab is None: continue
            k += 1; out.append(f".. {k}. {lab.rstrip(':')}")
    out += ["", ""] + textwrap.wrap(curly(d["intro"]), W_) + ["", ""]
    for i, e in enumerate(d["entries"], 1):
        head = f"{i} {e['title']}"
        out += ["", head, "=" * len(head), ""]
        for s in summary_parts(e): out += fill(s) + [""]
        k, last = 0, None
        for lab, lst in groups(e):
            if lab is None:
                out += fill(lst) + [""]; continue
            k += 1; sub = f"{i}.{k} {lab.rstrip(':')}"
            out += ["", sub, "~" * len(sub), ""]
            for it in lst: out += fill(it, "  * ", "    ")
            out.append("")
        out += [f"  [{e['link']}]", "", "", f"[{e['link']}] <{url(d, i)}>", ""]
    out += fill(FOOT, "") + [""]
    return "\n".join(out) + "\n"


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    want = lambda f: not only or f in only
    for fname, d in B.items():
        if not want(fname): continue
        dst, stem = f"{out}/input/{fname}", os.path.splitext(fname)[0]
        if "gdocs-docx" in fname:
            parts = gdocs_docx(d); write_docx(parts, dst, (2025, 3, 20, 10, 0, 0))
            open(f"{out}/source/{stem}.document.xml", "w", encoding="utf-8").write(parts["word/document.xml"])
        elif "footnotes-header" in fname:
            parts = footnote_docx(d); write_docx(parts, dst, (2024, 11, 19, 10, 0, 0))
            for p in ("document", "header1", "footer1", "footnotes"):
                open(f"{out}/source/{stem}.{p}.xml", "w", encoding="utf-8").write(parts[f"word/{p}.xml"])
        elif "drupal" in fname:
            open(dst, "w", encoding="utf-8").write(drupal_html(d))
        elif "template" in fname:
            open(dst, "w", encoding="utf-8").write(template_html(d))
        elif fname.endswith(".md"):
            open(dst, "w", encoding="utf-8").write(markdown_frontmatter(d))
        elif "org-ascii" in fname:
            open(dst, "w", encoding="utf-8").write(org_ascii(d))
