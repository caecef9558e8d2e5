# Renders the inputs of batch b52 (see render_b52.py and entries_b52.py). Invented material, test fixtures only. Plain Python:
# every input is written by this script (no external producer): the DOCX as WordprocessingML parts with the helpers of
# render_b32_inputs.py, the e-mails as MIME text (base64 and quoted-printable from the standard library), the rest as text.
import base64, os, quopri, random, re, textwrap
from render_b32_inputs import (h, x, curly, write_docx, CT_HEAD, ROOT_RELS, SETTINGS, REL, W)
FOOT = "Summaries written for testing: every child, family, person and place in this digest is invented."


def url(d, i, host="learning.nspcc.org.uk"):
    return f"https://{host}/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def groups(e):
    """(label, items) in print order, the recommendations first when the entry says so; the no-recommendations sentence as
    (None, text)."""
    learn = [(e["lab"][0], e["learning"])]
    recs = [(e["lab"][1], e["recs"])] if e["recs"] else ([(None, e["norec"])] if e["norec"] else [])
    out = recs + learn if e.get("order") == "rl" else learn + recs
    if e["good"]: out.append((e["lab"][2], e["good"]))
    return out


def slug(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


# A. A partnership web page dumped as text by `lynx -dump` (lynx 2.9): body text indented three spaces and wrapped at 76
#    columns, headings at the margin, '*' bullets at five spaces with continuation lines at seven, every link's text preceded
#    by its number in brackets ('[12]Read practice review (PDF)'), and after the page a 'References' list that gives each
#    number's URL (right-aligned numbers); the site's navigation and footer links are in the dump and in the list.
def lynx_txt(d):
    refs, L = [], []
    def link(text, href):
        refs.append(href); return f"[{len(refs)}]{text}"
    def para(t, ind=3):
        L.extend(textwrap.wrap(curly(t), 76, initial_indent=" " * ind, subsequent_indent=" " * ind, break_on_hyphens=False)); L.append("")
    site = "https://www.ashbyfoldscp.example"
    L += ["   " + link("Skip to main content", f"{site}/learning/case-reviews-august-2025#main"), "",
          "   " + link("Ashby Fold Safeguarding Children Partnership", f"{site}/"), "",
          "     * " + link("Home", f"{site}/"), "     * " + link("About us", f"{site}/about"),
          "     * " + link("Learning from reviews", f"{site}/learning"), "     * " + link("Training", f"{site}/training"),
          "     * " + link("Contact", f"{site}/contact"), "",
          "   You are here: " + link("Home", f"{site}/") + " > " + link("Learning from reviews", f"{site}/learning") + " > Case reviews", "",
          d["heading"], ""]
    para(d["intro"])
    for i, e in enumerate(d["entries"], 1):
        L += [curly(e["title"]), ""]
        para(e["summary"])
        for lab, lst in groups(e):
            if lab is None: para(lst); continue
            L += ["   " + lab, ""]
            for t in lst:
                L.extend(textwrap.wrap(curly(t), 76, initial_indent="     * ", subsequent_indent="       ", break_on_hyphens=False))
            L.append("")
        L += ["   " + link(e["link"], url(d, i)), ""]
    para(FOOT)
    L += ["   " + link("Back to top", f"{site}/learning/case-reviews-august-2025#top"), "",
          "   " + link("Accessibility statement", f"{site}/accessibility") + " " + link("Privacy notice", f"{site}/privacy")
          + " " + link("Cookies", f"{site}/cookies"), "", "   (c) Ashby Fold Safeguarding Children Partnership 2025", "",
          "References", ""]
    L += [f"{n:>4}. {r}" for n, r in enumerate(refs, 1)]
    return "\n".join(L) + "\n"


# B. An Adobe Experience Manager page (core components): experience-fragment header (logo, nav), breadcrumb, cmp-title h1,
#    cmp-text intro; per review a cmp-teaser (pretitle 'Practice review | Published …', the title an h2 whose link and the
#    teaser's action link 'Read practice review (PDF)' both go to the report, the summary as the teaser description) FOLLOWED
#    by a cmp-text holding the labels and lists; a 'Related content' cmp-list of other months' reviews (titles and dates:
#    not entries of this page); an experience-fragment footer; data-cmp-data-layer JSON on every component.
def aem_html(d):
    dl = lambda cid, typ, title="": f' id="{cid}" data-cmp-data-layer=\'{{"{cid}":{{"@type":"{typ}","repo:modifyDate":"2026-03-11T09:12:40Z"' + (f',"dc:title":"{h(title)}"' if title else "") + "}}'"
    B = ['<!DOCTYPE HTML>', '<html lang="en-GB">', '<head>', '<meta charset="UTF-8"/>', f'<title>{x(d["heading"])} | Carrick Moor Safeguarding Children Partnership</title>',
         '<meta name="template" content="content-page"/>', '<link rel="stylesheet" href="/etc.clientlibs/cmscp/clientlibs/clientlib-site.lc-6f1e2d-lc.min.css" type="text/css">',
         '<script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/core.wcm.components.commons.datalayer.v1.lc-70264651675213ed7f7cc5a02a00f621-lc.min.js"></script>',
         '</head>', '<body class="page basicpage" id="page-4b1c7e2a90">', '<div class="root container responsivegrid">', '<div id="container-9f3e1a" class="cmp-container">',
         '<div class="experiencefragment"><div id="experiencefragment-header" class="cmp-experiencefragment cmp-experiencefragment--header">',
         '<div class="xf-content-height"><div class="aem-Grid aem-Grid--12">',
         '<div class="image aem-GridColumn aem-GridColumn--default--3"><div class="cmp-image"' + dl("image-1a2b", "cmscp/components/image") + '><a class="cmp-image__link" href="/content/cmscp/en.html"><img src="/content/dam/cmscp/logo.svg" class="cmp-image__image" alt="Carrick Moor Safeguarding Children Partnership"/></a></div></div>',
         '<div class="navigation aem-GridColumn aem-GridColumn--default--9"><nav class="cmp-navigation" role="navigation" aria-label="Main"><ul class="cmp-navigation__group">',
         '<li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="/content/cmscp/en/parents.html">Parents and carers</a></li>',
         '<li class="cmp-navigation__item cmp-navigation__item--active"><a class="cmp-navigation__item-link" href="/content/cmscp/en/practitioners.html">Practitioners</a></li>',
         '<li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="/content/cmscp/en/case-reviews.html">Case reviews</a></li>',
         '<li class="cmp-navigation__item"><a class="cmp-navigation__item-link" href="/content/cmscp/en/report-a-concern.html">Report a concern</a></li>',
         '</ul></nav></div>', '</div></div></div></div>',
         '<div class="breadcrumb"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">',
         '<li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="/content/cmscp/en.html"><span>Home</span></a></li>',
         '<li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="/content/cmscp/en/case-reviews.html"><span>Case reviews</span></a></li>',
         f'<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" aria-current="page"><span>{x(d["heading"])}</span></li>', '</ol></nav></div>',
         '<main class="container responsivegrid"><div id="container-main" class="cmp-container">',
         f'<div class="title"><div class="cmp-title"' + dl("title-7c1d", "cmscp/components/title") + f'><h1 class="cmp-title__text">{x(d["heading"])}</h1></div></div>',
         f'<div class="text"><div class="cmp-text"' + dl("text-0a11", "cmscp/components/text") + f'><p>{x(d["intro"])}</p><p><i>{x(FOOT)}</i></p></div></div>']
    for i, e in enumerate(d["entries"], 1):
        href = url(d, i)
        B += [f'<div class="teaser cmp-teaser--review"><div class="cmp-teaser"' + dl(f"teaser-{i:02d}", "cmscp/components/teaser", e["title"]) + '>',
              '<div class="cmp-teaser__content">', f'<p class="cmp-teaser__pretitle">Practice review | Published {9 + i} March 2026</p>',
              f'<h2 class="cmp-teaser__title"><a class="cmp-teaser__title-link" href="{href}">{x(e["title"])}</a></h2>',
              f'<div class="cmp-teaser__description"><p>{x(e["summary"])}</p></div>',
              f'<div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="{href}">{x(e["link"])}</a></div>',
              '</div></div></div>', f'<div class="text"><div class="cmp-text"' + dl(f"text-{i:02d}b", "cmscp/components/text") + '>']
        for lab, lst in groups(e):
            if lab is None: B.append(f'<p>{x(lst)}</p>'); continue
            B.append(f'<p><b>{x(lab)}</b></p>')
            B.append('<ul>' + "".join(f'<li>{x(t)}</li>' for t in lst) + '</ul>')
        B += ['</div></div>', '<div class="separator"><div class="cmp-separator"><hr class="cmp-separator__horizontal-rule"/></div></div>']
    related = [("Child LXW: Child safeguarding practice review", "12/02/2026"), ("Children MXW and NXW: Serious case review", "20/01/2026"),
               ("Neglect of disabled children: thematic review", "05/12/2025")]
    B += ['<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Related content</h2></div></div>',
          '<div class="list"><ul id="list-5e6f" class="cmp-list">']
    B += [f'<li class="cmp-list__item"><article><a class="cmp-list__item-link" href="/content/cmscp/en/case-reviews/{slug(t)}.html">'
          f'<span class="cmp-list__item-title">{x(t)}</span><span class="cmp-list__item-date">{dt}</span></a></article></li>' for t, dt in related]
    B += ['</ul></div>', '</div></main>',
          '<div class="experiencefragment"><div id="experiencefragment-footer" class="cmp-experiencefragment cmp-experiencefragment--footer">',
          '<div class="text"><div class="cmp-text"><p>Carrick Moor Safeguarding Children Partnership, Civic Centre, Carrick Moor</p>',
          '<p><a href="/content/cmscp/en/accessibility.html">Accessibility</a> | <a href="/content/cmscp/en/privacy.html">Privacy</a> | <a href="/content/cmscp/en/cookies.html">Cookies</a></p>',
          '<p>© 2026 Carrick Moor Safeguarding Children Partnership</p></div></div>', '</div></div>',
          '</div></div>', '<script src="/etc.clientlibs/cmscp/clientlibs/clientlib-site.lc-9a8b7c-lc.min.js"></script>', '</body>', '</html>', '']
    return "\n".join(B)


# C. A DOCX from a GERMAN Word template, English text: the style ids are the ones German Word writes ('Standard' for Normal,
#    'Titel', 'berschrift2' / 'berschrift3' for Heading 2 / 3 (Word drops the 'Ü' from the id), 'Listenabsatz'), their names
#    the built-in English ones ('heading 2', …); docDefaults lang de-DE; review titles 'Überschrift 2', labels 'Überschrift 3'
#    with no colon; learning items numbered 1., 2. by numbering.xml only (a decimal list restarted per review, no number in
#    the text), the other lists bullets; links as HYPERLINK field codes (fldChar begin / instrText / separate / end), not
#    w:hyperlink; an empty paragraph after each review; footer 'Seite N von M' from PAGE / NUMPAGES fields.
def de_run(t, rpr=""):
    return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{x(t)}</w:t></w:r>'


def de_p(content, style=None, num=None):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else "")
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{content}</w:p>'


def de_field(instr, result_runs):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>' f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + result_runs + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def german_docx(d):
    body = [de_p(de_run(d["heading"]), "Titel"), de_p(de_run(d["intro"]))]
    nums = []
    for i, e in enumerate(d["entries"], 1):
        body += [de_p(de_run(e["title"]), "berschrift2"), de_p(de_run(e["summary"]))]
        for lab, lst in groups(e):
            if lab is None: body.append(de_p(de_run(lst))); continue
            body.append(de_p(de_run(lab), "berschrift3"))
            decimal = lab == e["lab"][0]
            num = 10 + i if decimal else 1
            if decimal: nums.append(f'<w:num w:numId="{num}"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
            body += [de_p(de_run(t), "Listenabsatz", num) for t in lst]
        body.append(de_p(de_field(f'HYPERLINK "{url(d, i)}"', de_run(e["link"], '<w:rStyle w:val="Hyperlink"/>'))))
        body.append(de_p(""))
    body.append(de_p(de_run(FOOT, "<w:i/>")))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}'
                '<w:sectPr><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    pst = lambda sid, name, ppr="", rpr="", based="Standard": (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="{based}"/>'
                                                              f'<w:next w:val="Standard"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/><w:lang w:val="de-DE" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              + pst("Titel", "Title", '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/>', '<w:sz w:val="56"/>')
              + pst("berschrift2", "heading 2", '<w:keepNext/><w:keepLines/><w:spacing w:before="40" w:after="0"/><w:outlineLvl w:val="1"/>', '<w:color w:val="2F5496"/><w:sz w:val="26"/>')
              + pst("berschrift3", "heading 3", '<w:keepNext/><w:keepLines/><w:spacing w:before="40" w:after="0"/><w:outlineLvl w:val="2"/>', '<w:color w:val="1F3763"/><w:sz w:val="24"/>')
              + pst("Listenabsatz", "List Paragraph", '<w:ind w:left="720"/><w:contextualSpacing/>')
              + pst("Fuzeile", "footer", '<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>')
              + '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
              + '</w:styles>')
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>'
                 '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                 '<w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
                 '<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                 '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>' + "".join(nums) + '</w:numbering>')
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}><w:p><w:pPr><w:pStyle w:val="Fuzeile"/><w:jc w:val="right"/></w:pPr>'
              + de_run("Seite ") + de_field("PAGE", de_run("1")) + de_run(" von ") + de_field("NUMPAGES", de_run("2")) + '</w:p></w:ftr>')
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}settings" Target="settings.xml"/><Relationship Id="rId2" Type="{REL}numbering" Target="numbering.xml"/>'
            f'<Relationship Id="rId3" Type="{REL}styles" Target="styles.xml"/><Relationship Id="rId9" Type="{REL}footer" Target="footer1.xml"/></Relationships>')
    ct = CT_HEAD + '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>'
    return {"[Content_Types].xml": ct, "_rels/.rels": ROOT_RELS, "word/document.xml": document, "word/styles.xml": styles,
            "word/numbering.xml": numbering, "word/settings.xml": SETTINGS, "word/footer1.xml": footer, "word/_rels/document.xml.rels": rels}


# D. An HTML-only e-mail (GroupWise-style mail system): one text/html part, base64, charset declared only in the MIME header
#    as 'iso-8859-1' while the bytes are Windows-1252 (0x92 / 0x93 / 0x94 smart quotes, 0x96 en dashes; '£' is 0xA3 in both),
#    no <meta charset> in the HTML; Subject an RFC 2047 encoded-word with an 0x96 en dash; titles bold <font size=4> divs,
#    labels bold divs, items <ul><li>, links <a>.
def latin1_eml(d):
    H = ['<html><head><title></title></head>', '<body style="font-family: Arial, sans-serif; font-size: 10pt">', '<div>Dear colleagues,</div>', '<div>&nbsp;</div>',
         f'<div>Please find below the summaries of the case reviews published in February 2025 \u2013 do share them with your teams.</div>', '<div>&nbsp;</div>',
         f'<div><b><font size="5">{x(d["heading"])}</font></b></div>', f'<div>{x(d["intro"])}</div>', '<div>&nbsp;</div>']
    for i, e in enumerate(d["entries"], 1):
        H += [f'<div><b><font size="4">{x(e["title"])}</font></b></div>', f'<div>{x(e["summary"])}</div>', '<div>&nbsp;</div>']
        for lab, lst in groups(e):
            if lab is None: H.append(f'<div>{x(lst)}</div>'); continue
            H += [f'<div><b>{x(lab)}</b></div>', '<ul>' + "".join(f'<li>{x(t)}</li>' for t in lst) + '</ul>']
        H += [f'<div><a href="{url(d, i)}">{x(e["link"])}</a></div>', '<div>&nbsp;</div>']
    H += [f'<div><i>{x(FOOT)}</i></div>', '<div>&nbsp;</div>', '<div>Kind regards</div>', '<div>&nbsp;</div>', '<div>Priya Ramsbottom</div>',
          '<div>Learning and Development Officer \u2013 Ormskirk Fells Safeguarding Children Partnership</div>', '<div>Tel: 01632 960 418</div>', '</body></html>']
    raw = "\r\n".join(H).encode("cp1252")
    b64 = base64.encodebytes(raw).decode("ascii").replace("\n", "\r\n")
    head = ["Received: from gwia.ormskirkfells.example (gwia.ormskirkfells.example [192.0.2.45])", "\tby mx.ormskirkfells.example; Mon, 3 Mar 2025 09:41:07 +0000",
            "Message-Id: <67C57A63.2E0B.00A1.0@ormskirkfells.example>", "X-Mailer: Novell GroupWise Internet Agent 18.4.1", "Date: Mon, 03 Mar 2025 09:40:51 +0000",
            'From: "Priya Ramsbottom" <Priya.Ramsbottom@ormskirkfells.example>', 'To: "Safeguarding leads" <safeguarding.leads@ormskirkfells.example>',
            "Subject: =?iso-8859-1?Q?Case_reviews_published_in_February_2025_=96_summaries?=",
            "Mime-Version: 1.0", 'Content-Type: text/html; charset="iso-8859-1"', "Content-Transfer-Encoding: base64", "Content-Disposition: inline", ""]
    return "\r\n".join(head) + "\r\n" + b64, "\r\n".join(H)


# E. A MultiMarkdown note (MultiMarkdown Composer / Scrivener): a metadata block of 'Key: value' lines (the digest's title ONLY
#    there), '{{TOC}}', titles as '# ' headings (Base Header Level 2) ending in an explicit '[label]' id, '**Label:**' paragraphs,
#    '- ' items, reference links whose definitions (with a quoted title) are at the end; CriticMarkup left in by the editor: a
#    substitution of the incident year '{~~2019~>2020~~}', a whole recommendation added '{++…++}', an editor's comment
#    '{>>…<<}' after a summary, a highlight '{==…==}' inside a learning item, and a learning item deleted '{--…--}' (its bullet
#    stays, empty once the change is accepted).
def critic_md(d):
    L = [f"Title:  {d['heading']}", "Author: Learning and Improvement Group, Harrowmere Safeguarding Children Partnership", "Date:   2 December 2024",
         "Base Header Level: 2", "CSS:    ../css/digest.css", "Tags:   case reviews, learning, 2024", "", "{{TOC}}", "", curly(d["intro"]), "", f"*{curly(FOOT)}*", ""]
    defs = []
    for i, e in enumerate(d["entries"], 1):
        c, lab_id = e.get("critic", {}), re.sub(r"[^a-z]", "", e["t"]["child_name"].split()[-1].lower())
        summ = curly(e["summary"])
        if "summary" in c: summ = summ.replace(c["summary"][0], c["summary"][1], 1)
        if "summary_after" in c: summ += " " + c["summary_after"]
        L += [f"# {curly(e['title'])} [{lab_id}]", "", summ, ""]
        for lab, lst in groups(e):
            if lab is None: L += [curly(lst), ""]; continue
            L += [f"**{lab}**", ""]
            for k, t in enumerate(lst, 1):
                t = curly(t)
                if lab == e["lab"][0] and k == 1 and "learn1" in c: t = curly(c["learn1"])
                if lab == e["lab"][1] and k == 3 and "rec3" in c: t = curly(c["rec3"])
                L.append(f"- {t}")
                if lab == e["lab"][0] and k == 1 and "drop_learn" in c: L.append(f"- {curly(c['drop_learn'])}")
            L.append("")
        L += [f"[{e['link']}][{lab_id}-pdf]", ""]
        defs.append(f'[{lab_id}-pdf]: {url(d, i)} "{e["t"]["child_name"]} report"')
    return "\n".join(L + ["---", ""] + defs) + "\n"


# F. An S/MIME signed e-mail (Outlook, NHS-style): multipart/signed (protocol application/pkcs7-signature, micalg sha-256) over a
#    multipart/alternative; the text part 8bit UTF-8 as Outlook converts its HTML: items '·' + spaces (Word's Symbol bullets),
#    links 'text<URL>' with no space, long unwrapped lines, a signature and a confidentiality notice; the HTML part QP; then
#    the detached signature 'smime.p7s' (base64; invented bytes). Subject and From display name as UTF-8 encoded-words.
def smime_eml(d):
    T = ["Hello everyone,", "", "Below are the case reviews published in June 2026 for your information.", "", d["heading"], "", curly(d["intro"]), ""]
    Hh = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>',
          '<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">', '<p class="MsoNormal">Hello everyone,</p>',
          '<p class="MsoNormal">Below are the case reviews published in June 2026 for your information.</p>',
          f'<p class="MsoNormal"><b><span style="font-size:14.0pt">{x(d["heading"])}</span></b></p>', f'<p class="MsoNormal">{x(d["intro"])}</p>']
    for i, e in enumerate(d["entries"], 1):
        T += [curly(e["title"]), "", curly(e["summary"]), ""]
        Hh += [f'<p class="MsoNormal"><b><span style="font-size:12.0pt">{x(e["title"])}</span></b></p>', f'<p class="MsoNormal">{x(e["summary"])}</p>']
        for lab, lst in groups(e):
            if lab is None: T += [curly(lst), ""]; Hh.append(f'<p class="MsoNormal">{x(lst)}</p>'); continue
            T += [lab, ""] + [f"\u00b7         {curly(t)}" for t in lst] + [""]
            Hh.append(f'<p class="MsoNormal"><b>{x(lab)}</b></p>')
            Hh += [f'<p class="MsoListParagraph" style="text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]><span style="font-family:Symbol">\u00b7<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>{x(t)}</p>' for t in lst]
        T += [f"{e['link']}<{url(d, i)}>", ""]
        Hh.append(f'<p class="MsoNormal"><a href="{url(d, i)}">{x(e["link"])}</a></p>')
    sig = ["Kind regards", "", "Tomasz Ellery-Wynn", "Designated Nurse, Safeguarding Children", "Fenwick Moor Integrated Care Board", "",
           curly(FOOT), "", "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please tell the sender and delete it."]
    T += sig
    Hh += [f'<p class="MsoNormal">{x(s) if s else "&nbsp;"}</p>' for s in sig] + ['</div></body></html>']
    text = "\r\n".join(T) + "\r\n"
    html = quopri.encodestring("\r\n".join(Hh).encode("utf-8")).decode("ascii").replace("\r\n", "\n").replace("\n", "\r\n")
    rnd = random.Random(52); sigb = base64.encodebytes(bytes(rnd.randrange(256) for _ in range(1620))).decode("ascii").replace("\n", "\r\n")
    b0, b1 = "----=_NextPart_000_0A1F_01DCF1B2.7C3E5D40", "----=_NextPart_001_0A20_01DCF1B2.7C3E5D40"
    enc = lambda s: "=?utf-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="
    head = ["Received: from LO4P265MB6543.GBRP265.PROD.OUTLOOK.example (2603:10a6:600:2ab::9) by CWLP265MB4321.GBRP265.PROD.OUTLOOK.example",
            " with HTTPS; Tue, 7 Jul 2026 08:03:12 +0000", f'From: {enc("Tomasz Ellery-Wynn – Designated Nurse")} <tomasz.ellery-wynn@fenwickmoor-icb.example>',
            "To: Safeguarding Children Leads <sg.leads@fenwickmoor-icb.example>", f"Subject: {enc(d['heading'] + ' – for information')}",
            "Date: Tue, 7 Jul 2026 08:03:09 +0000", "Message-ID: <LO4P265MB6543A7B2C9D1E0F3A4B5@LO4P265MB6543.GBRP265.PROD.OUTLOOK.example>",
            "Accept-Language: en-GB, en-US", "Content-Language: en-GB", "X-MS-Has-Attach: yes", "MIME-Version: 1.0",
            f'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="{b0}"', "",
            "This is a multipart message in MIME format.", "", f"--{b0}", f'Content-Type: multipart/alternative; boundary="{b1}"', "", "", f"--{b1}",
            'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 8bit", ""]
    mid = ["", f"--{b1}", 'Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", ""]
    tail = ["", f"--{b1}--", "", f"--{b0}", 'Content-Type: application/pkcs7-signature; name="smime.p7s"', "Content-Transfer-Encoding: base64",
            'Content-Disposition: attachment; filename="smime.p7s"', ""]
    return "\r\n".join(head) + "\r\n" + text + "\r\n".join(mid) + "\r\n" + html + "\r\n".join(tail) + "\r\n" + sigb + f"\r\n--{b0}--\r\n"


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst, stem = f"{out}/input/{fname}", os.path.splitext(fname)[0]
        if "lynx" in fname: open(dst, "w", encoding="utf-8").write(lynx_txt(d))
        elif "aem" in fname: open(dst, "w", encoding="utf-8").write(aem_html(d))
        elif fname.endswith(".docx"):
            parts = german_docx(d); write_docx(parts, dst, (2025, 5, 31, 12, 0, 0))
            for p in ("document", "styles", "numbering", "footer1"):
                open(f"{out}/source/{stem}.{p}.xml", "w", encoding="utf-8").write(parts[f"word/{p}.xml"])
        elif "latin1" in fname:
            eml, html = latin1_eml(d)
            open(dst, "w", encoding="ascii", newline="").write(eml)
            open(f"{out}/source/{stem}.body.html", "w", encoding="utf-8").write(html)
        elif "multimarkdown" in fname: open(dst, "w", encoding="utf-8").write(critic_md(d))
        elif "smime" in fname: open(dst, "wb").write(smime_eml(d).encode("utf-8"))
