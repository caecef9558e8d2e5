# Renders the inputs of batch b38 (see render_b38.py and entries_b38.py). Invented material, test fixtures only. Plain Python:
# every input is written by this script. Helpers (DOCX parts, groups, curly quotes) are shared with render_b32_inputs.
import html, os, quopri, textwrap
from render_b32_inputs import (CT_HEAD, REL, ROOT_RELS, SETTINGS, W, curly, groups, write_docx, x)
h = html.escape
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."
MONTHS = "January February March April May June July August September October November December".split()


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def month_name(d):
    return f"{MONTHS[int(d['month'][5:]) - 1]} {d['month'][:4]}"


# ---------------------------------------------------------------- A. SharePoint modern page, saved from the browser
# A team site's news page as the browser saves it ('Web page, HTML only'): suite bar, site header and navigation, then the canvas:
# a full-width zone with the page title web part (h1, author byline, date) and a text web part with the intro; then ONE
# COLLAPSIBLE SECTION PER REVIEW, whose title is only a <button> holding a <span role="heading" aria-level="2"> (no h2 element);
# every section has TWO COLUMNS (CanvasSection-col-lg-6): the left text web part holds the summary and the link ('Open the … (PDF)',
# a SharePoint document library URL with '?web=1'), the right one the labels as <h3> over <ul> lists (the no-recommendations
# sentence a <p>); after the reviews a Quick links web part, the comments/likes bar and the footer.
def sp_html(d):
    b = ['<!DOCTYPE html>', '<html dir="ltr" lang="en-GB">', '<head>', '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f'<title>{x(d["heading"])}</title>',
         '<script type="text/javascript">var _spPageContextInfo={"webAbsoluteUrl":"https://wealdmoor.sharepoint.com/sites/SafeguardingLearning","webTitle":"Safeguarding Learning","currentCultureName":"en-GB","userDisplayName":"","isAnonymousGuestUser":false};</script>',
         '<style>.CanvasSection-col-lg-6{display:inline-block;width:49%;vertical-align:top}.ms-Button{background:none;border:0}</style>',
         '</head>', '<body>', '<div id="SuiteNavWrapper"><div class="ms-HubNav" role="banner"><span>SharePoint</span> <a href="#">Home</a> <input type="search" placeholder="Search this site" aria-label="Search this site"></div></div>',
         '<div data-automation-id="SiteHeader"><div class="ms-siteHeader-siteName"><a href="/sites/SafeguardingLearning">Safeguarding Learning</a></div>',
         '<nav role="navigation" aria-label="Site navigation"><ul><li><a href="#">Home</a></li><li><a href="#">Documents</a></li><li><a href="#">Pages</a></li><li><a href="#">Site contents</a></li></ul></nav></div>',
         '<div class="SPCanvas"><div class="CanvasComponent" data-automation-id="CanvasLayout">',
         '<div class="CanvasZone" data-automation-id="CanvasZone"><div class="CanvasZoneSectionContainer"><div class="CanvasSection CanvasSection-col-lg-12" data-automation-id="CanvasSection">',
         '<div class="ControlZone" data-automation-id="CanvasControl" data-sp-feature-tag="PageTitle"><div class="pageTitle">',
         f'<h1 role="heading" aria-level="1" data-automation-id="pageHeader" class="ms-pageTitle">{x(d["heading"])}</h1>',
         f'<div class="byline"><span>Safeguarding Learning team</span> <span>Published 20 {month_name(d)}</span></div></div></div>',
         '<div class="ControlZone" data-automation-id="CanvasControl"><div data-sp-feature-tag="Rich Text Editor" class="rte-webpart" data-sp-rte="">',
         f'<p>{x(d["intro"])}</p>', '</div></div>', '</div></div></div>']
    for i, e in enumerate(d["entries"], 1):
        left = [f'<p>{x(e["summary"])}</p>',
                f'<p><a href="https://wealdmoor.sharepoint.com/:b:/s/SafeguardingLearning/Shared%20Documents/Reviews/{d["month"]}-{i:02d}.pdf?web=1" data-interception="off" rel="noopener noreferrer" target="_blank">{x(e["link"])}</a></p>']
        right = []
        for lab, lst in groups(e):
            if lab is None:
                right.append(f'<p>{x(lst)}</p>')
            else:
                right += [f'<h3>{x(lab)}</h3>', '<ul>'] + [f'<li>{x(t)}</li>' for t in lst] + ['</ul>']
        col = lambda body: (['<div class="CanvasSection CanvasSection-col-lg-6" data-automation-id="CanvasSection"><div class="ControlZone" data-automation-id="CanvasControl">',
                             '<div data-sp-feature-tag="Rich Text Editor" class="rte-webpart" data-sp-rte="">'] + body + ['</div></div></div>'])
        b += [f'<div class="CanvasZone CanvasZone--collapsible" data-automation-id="CanvasZone" id="section-{i}">',
              '<div class="ms-CollapsibleSection" data-automation-id="CollapsibleSection">',
              f'<button type="button" class="ms-Button collapsibleSectionHeader" aria-expanded="{"true" if i == 1 else "false"}" aria-controls="section-{i}-content" data-automation-id="collapsibleSectionHeader">'
              f'<span class="ms-Button-label"><span role="heading" aria-level="2" class="sectionTitle">{x(e["title"])}</span></span><i data-icon-name="{"ChevronUp" if i == 1 else "ChevronDown"}" aria-hidden="true"></i></button>',
              f'<div class="CanvasZoneSectionContainer" id="section-{i}-content">'] + col(left) + col(right) + ['</div>', '</div>', '</div>']
    b += ['<div class="CanvasZone" data-automation-id="CanvasZone"><div class="CanvasSection CanvasSection-col-lg-12"><div class="ControlZone" data-sp-feature-tag="QuickLinksWebPart">',
          '<h2 class="webPartTitle">Quick links</h2><ul><li><a href="#">Working together to safeguard children</a></li><li><a href="#">Case reviews published in September 2025</a></li><li><a href="#">Book a learning briefing</a></li></ul>',
          '</div></div></div>', '</div></div>',
          '<div data-automation-id="pageFooter"><div class="socialBar"><button type="button">Like</button> <span>12 views</span> <button type="button">Save for later</button></div>',
          '<div class="comments"><h2>Comments</h2><p>Add a comment</p></div>', f'<p><em>{FOOT}</em></p>', '</div>', '</body>', '</html>']
    return "\n".join(b) + "\n"


# ---------------------------------------------------------------- B. OneNote page saved as a single-file web page (.mht)
# OneNote 2016's 'Save As > Single File Web Page': a MIME multipart/related message whose text/html part is quoted-printable;
# the HTML has NO heading or <h*> element: the page title is a 20pt paragraph followed by the date and time paragraphs; every
# note container is a <div> with a width and margins; titles are 14pt bold paragraphs, labels 11pt bold paragraphs, learning
# and good practice as <ul> lists, and the ACTIONS AS 'To Do' TAGGED PARAGRAPHS (a checkbox <img alt="To Do"> before the text,
# no list); the no-recommendations sentence and the link ordinary paragraphs; one container per review.
P = "<p style='margin:0in;font-family:Calibri;font-size:11.0pt'>{}</p>"


def on_html(d):
    b = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882" xmlns="http://www.w3.org/TR/REC-html40">',
         '<head>', '<meta http-equiv=Content-Type content="text/html; charset=utf-8">', '<meta name=ProgId content=OneNote.File>',
         '<meta name=Generator content="Microsoft OneNote 15">', '<link id=Main-File rel=Main-File href="b38-onenote.htm">', '</head>',
         "<body lang=en-GB style='font-family:Calibri;font-size:11.0pt'>",
         "<div style='direction:ltr;border-width:100%'>", "<div style='direction:ltr;margin-top:0in;margin-left:0in;width:6.6in'>",
         "<div style='direction:ltr;margin-top:0in;margin-left:0in;width:4.2in'>",
         f"<p style='margin:0in;font-family:\"Calibri Light\";font-size:20.0pt' lang=en-GB>{x(d['heading'])}</p>", "</div>",
         "<div style='direction:ltr;margin-top:.0423in;margin-left:0in;width:1.6in'>",
         f"<p style='margin:0in;font-size:10.0pt;color:#767676'>Monday, 20 {month_name(d)}</p>",
         "<p style='margin:0in;font-size:10.0pt;color:#767676'>10:12</p>", "</div>",
         "<div style='direction:ltr;margin-top:.3in;margin-left:0in;width:6.4in'>", P.format(x(d["intro"])), P.format(f"<i>{x(FOOT)}</i>"), "</div>"]
    for i, e in enumerate(d["entries"], 1):
        b += [f"<div style='direction:ltr;margin-top:.25in;margin-left:.0208in;width:6.4in'>",
              f"<p style='margin:0in;font-family:Calibri;font-size:14.0pt'><span style='font-weight:bold'>{x(e['title'])}</span></p>",
              P.format("&nbsp;"), P.format(x(e["summary"])), P.format("&nbsp;")]
        for lab, lst in groups(e):
            if lab is None:
                b += [P.format(x(lst)), P.format("&nbsp;")]; continue
            b.append(P.format(f"<span style='font-weight:bold'>{x(lab)}</span>"))
            if lab.startswith("Actions"):
                b += [f"<p style='margin:0in;margin-left:.0in;font-family:Calibri;font-size:11.0pt'><img width=16 height=16 src=\"b38-onenote_files/image{i}{k}.png\" alt=\"To Do\">{x(t)}</p>"
                      for k, t in enumerate(lst, 1)]
            else:
                b += ["<ul type=disc style='direction:ltr;unicode-bidi:embed;margin-top:0in;margin-bottom:0in'>"] + [
                    f"<li style='margin-top:0;margin-bottom:0;vertical-align:middle'><span style='font-family:Calibri;font-size:11.0pt'>{x(t)}</span></li>" for t in lst] + ["</ul>"]
            b.append(P.format("&nbsp;"))
        b += [P.format(f"<a href=\"{url(d, i)}\">{x(e['link'])}</a>"), "</div>"]
    b += ["</div>", "</div>", "</body>", "</html>"]
    return "\n".join(b) + "\n"


def on_mht(d):
    body = quopri.encodestring(on_html(d).encode("utf-8")).decode("ascii")
    png = "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAFklEQVR4nGNgGAWjYBSMglEwCqgHAAQQAAHvIHjVAAAAAElFTkSuQmCC"
    head = ["MIME-Version: 1.0", 'Content-Type: multipart/related; boundary="----=_NextPart_01DAAB2E.5C7E1F40"', "",
            "This document is a Single File Web Page, also known as a Web Archive file.", "", "------=_NextPart_01DAAB2E.5C7E1F40",
            "Content-Location: file:///C:/Temp/OneNote/b38-onenote.htm", "Content-Transfer-Encoding: quoted-printable",
            'Content-Type: text/html; charset="utf-8"', "", body.rstrip("\n").replace("\n", "\r\n"), ""]
    for i, e in enumerate(d["entries"], 1):
        for k in range(1, len(e["recs"]) + 1):
            head += ["------=_NextPart_01DAAB2E.5C7E1F40", f"Content-Location: file:///C:/Temp/OneNote/b38-onenote_files/image{i}{k}.png",
                     "Content-Transfer-Encoding: base64", "Content-Type: image/png", "", png, ""]
    head += ["------=_NextPart_01DAAB2E.5C7E1F40--", ""]
    return "\r\n".join(head)


# ---------------------------------------------------------------- C. DOCX: two-column continuous section, Heading 2 / Heading 3
# Title and intro in a one-column section (ended by a paragraph carrying a continuous w:sectPr); the reviews flow in a
# TWO-COLUMN section (w:cols num=2 with a separator line, continuous): each review a Heading 2 title, an italic 'Published …'
# line, a Heading 3 'What happened' over the summary, Heading 3 labels ('What we learned', 'What the partnership will do',
# 'Good practice', no colon) over 'List Bullet' paragraphs, the no-recommendations sentence a Normal paragraph, and the link
# a HYPERLINK FIELD (fldChar begin / instrText / separate / result / end, no w:hyperlink). A COLUMN BREAK (w:br type=column)
# opens review 3's title paragraph. The invented-material note in the footer part.
def wr(t, b=False, rpr=""):
    inner = ("<w:b/>" if b else "") + rpr
    return f'<w:r>{"<w:rPr>" + inner + "</w:rPr>" if inner else ""}<w:t xml:space="preserve">{x(t)}</w:t></w:r>'


def wp(content, style=None, num=None, ppr=""):
    parts = (f'<w:pStyle w:val="{style}"/>' if style else "") + (
        f'<w:numPr><w:ilvl w:val="{num[0]}"/><w:numId w:val="{num[1]}"/></w:numPr>' if num else "") + ppr
    return f'<w:p>{"<w:pPr>" + parts + "</w:pPr>" if parts else ""}{content}</w:p>'


def field_link(u, t):
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "{h(u)}" </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">{x(t)}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def style(sid, name, ppr, rpr, based="Normal"):
    return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="{based}"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
            f'<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')


STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Aptos" w:hAnsi="Aptos" w:cs="Arial"/>'
          '<w:sz w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="100"/></w:pPr></w:style>'
          + style("Title", "Title", '<w:spacing w:after="120"/>', '<w:sz w:val="44"/><w:color w:val="0F4761"/>')
          + style("Heading2", "heading 2", '<w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="1"/>', '<w:b/><w:sz w:val="26"/><w:color w:val="0F4761"/>')
          + style("Heading3", "heading 3", '<w:keepNext/><w:spacing w:before="120" w:after="40"/><w:outlineLvl w:val="2"/>', '<w:b/><w:sz w:val="22"/><w:color w:val="595959"/>')
          + '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:contextualSpacing/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>'
          '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="467886"/><w:u w:val="single"/></w:rPr></w:style>'
          '</w:styles>')


def twocol_docx(d):
    one_col = ('<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
               '<w:cols w:space="708"/></w:sectPr>')
    body = [wp(wr(d["heading"]), "Title"), wp(wr(d["intro"]), ppr=one_col)]
    for i, e in enumerate(d["entries"], 1):
        brk = '<w:r><w:br w:type="column"/></w:r>' if i == 3 else ""
        body += [wp(brk + wr(e["title"]), "Heading2"), wp(wr(f"Published {month_name(d)}", rpr="<w:i/>")),
                 wp(wr("What happened"), "Heading3"), wp(wr(e["summary"]))]
        for lab, lst in groups(e):
            if lab is None:
                body.append(wp(wr(lst))); continue
            body.append(wp(wr(lab), "Heading3"))
            body += [wp(wr(t), "ListBullet") for t in lst]
        body.append(wp(field_link(url(d, i), e["link"])))
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rIdF1"/><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:num="2" w:sep="1" w:space="567"/></w:sectPr>')
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    footer = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>{wp(wr(FOOT, rpr="<w:i/>"), "Footer")}</w:ftr>'
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="284" w:hanging="284"/></w:pPr></w:lvl>'
                 '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}styles" Target="styles.xml"/><Relationship Id="rId2" Type="{REL}numbering" Target="numbering.xml"/>'
            f'<Relationship Id="rId3" Type="{REL}settings" Target="settings.xml"/><Relationship Id="rIdF1" Type="{REL}footer" Target="footer1.xml"/></Relationships>')
    ct = CT_HEAD + '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>'
    return {"[Content_Types].xml": ct, "_rels/.rels": ROOT_RELS, "word/document.xml": document, "word/styles.xml": STYLES,
            "word/numbering.xml": numbering, "word/settings.xml": SETTINGS, "word/footer1.xml": footer, "word/_rels/document.xml.rels": rels}


# ---------------------------------------------------------------- D. plain text, every review an ASCII grid table
# A digest sent as plain text by a system that renders each review as a grid table (pandoc's 'grid_tables' / psql-like): the
# digest title underlined with '=', the intro wrapped at 78; per review one table of two columns (18 and 64 characters): a header
# row 'Review' | title closed by a '+====+' rule, then 'Summary', 'Learning', 'Recommendations', 'Good practice' and 'Full report'
# rows, EVERY CELL'S TEXT WRAPPED INSIDE THE CELL over several '|'-framed lines; items as '- ' points whose continuation lines
# are indented two spaces; the no-recommendations sentence in the 'Recommendations' row; the URL in '<…>' on the line below
# the link text; a blank line between tables.
def grid(rows, w1=18, w2=64):
    rule = lambda c: "+" + c * (w1 + 2) + "+" + c * (w2 + 2) + "+"
    out = [rule("-")]
    for k, (lab, lines) in enumerate(rows):
        for j, ln in enumerate(lines):
            out.append(f"| {(lab if j == 0 else ''):<{w1}} | {ln:<{w2}} |")
        out.append(rule("=" if k == 0 else "-"))
    return out


def cell(text, w=64):
    return textwrap.wrap(text, w)


def points(lst, w=64):
    out = []
    for t in lst:
        out += textwrap.wrap(t, w, initial_indent="- ", subsequent_indent="  ")
    return out


def grid_text(d):
    L = [d["heading"], "=" * len(d["heading"]), ""] + textwrap.wrap(d["intro"], 78) + [""]
    for i, e in enumerate(d["entries"], 1):
        rows = [("Review", cell(e["title"])), ("Summary", cell(e["summary"]))]
        for lab, lst in groups(e):
            if lab is None:
                rows.append((e["lab"][1], cell(lst)))
            else:
                rows.append((lab, points(lst)))
        rows.append(("Full report", [e["link"], f"<{url(d, i)}>"]))
        L += grid(rows) + [""]
    L += textwrap.wrap(FOOT, 78)
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- E. MkDocs Material page
# A page of an MkDocs Material site: YAML front matter ('title', 'hide: navigation'), an '# ' heading, a '!!! warning' admonition
# holding the invented-material note, the intro, then EVERY REVIEW A COLLAPSIBLE ADMONITION: '???+ note "title"' (the first open)
# or '??? note "title"', the whole body INDENTED FOUR SPACES (summary, bold labels with a colon, '- ' points, the link with an
# attribute list '{ .md-button }'); an HTML comment between reviews; '--8<--' snippet line for the page footer at the end.
def mkdocs_md(d):
    L = ["---", f"title: {d['heading']}", "hide:", "  - navigation", "tags:", "  - case reviews", "---", "", f"# {d['heading']}", "",
         '!!! warning "Invented material"', f"    {FOOT}", "", d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        body = [e["summary"], ""]
        for lab, lst in groups(e):
            if lab is None:
                body += [lst, ""]; continue
            body += [f"**{lab}**", ""] + [f"- {t}" for t in lst] + [""]
        body += [f"[{e['link']}]({url(d, i)}){{ .md-button }}"]
        L += [f'<!-- review {i} -->', f'???{"+" if i == 1 else ""} note "{e["title"]}"', ""] + [("    " + s) if s else "" for s in body] + [""]
    L += ['--8<-- "includes/footer.md"']
    return curly("\n".join(L)) + "\n"


# ---------------------------------------------------------------- F. Bootstrap 5 page, one review per tab
# A partnership page built with Bootstrap 5: navbar, breadcrumb, h1 + lead, then a NAV-TABS list whose <button role="tab">
# elements hold THE REVIEW TITLES (the only place the titles are printed), and a tab-content <div> with one tab-pane per review
# (aria-labelledby the tab button): the summary a p.lead, the learning and the actions in two cards side by side (card-header
# label, list-group items), good practice in an alert with an h4 label, the link a btn; the no-recommendations sentence a
# p.text-muted; footer with the invented-material note.
def bs_html(d):
    b = ['<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f'<title>{x(d["heading"])} | Fernhallow Safeguarding Children Partnership</title>',
         '<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">', '</head>', '<body>',
         '<nav class="navbar navbar-expand-lg bg-body-tertiary"><div class="container"><a class="navbar-brand" href="/">Fernhallow Safeguarding Children Partnership</a>',
         '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>',
         '<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/">Home</a></li><li class="nav-item"><a class="nav-link" href="/training">Training</a></li><li class="nav-item"><a class="nav-link active" aria-current="page" href="/reviews">Case reviews</a></li><li class="nav-item"><a class="nav-link" href="/contact">Contact</a></li></ul></div></div></nav>',
         '<main class="container my-4">', '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/reviews">Case reviews</a></li><li class="breadcrumb-item active" aria-current="page">Updates</li></ol></nav>',
         f'<h1 class="display-6">{x(d["heading"])}</h1>', f'<p class="lead">{x(d["intro"])}</p>',
         '<ul class="nav nav-tabs" id="reviewTabs" role="tablist">']
    for i, e in enumerate(d["entries"], 1):
        act = i == 1
        b.append(f'  <li class="nav-item" role="presentation"><button class="nav-link{" active" if act else ""}" id="review-{i}-tab" data-bs-toggle="tab" data-bs-target="#review-{i}" type="button" role="tab" aria-controls="review-{i}" aria-selected="{"true" if act else "false"}">{x(e["title"])}</button></li>')
    b += ['</ul>', '<div class="tab-content border border-top-0 p-3" id="reviewTabsContent">']
    for i, e in enumerate(d["entries"], 1):
        b += [f'<div class="tab-pane fade{" show active" if i == 1 else ""}" id="review-{i}" role="tabpanel" aria-labelledby="review-{i}-tab" tabindex="0">',
              f'<p class="lead fs-6">{x(e["summary"])}</p>', '<div class="row g-3">']
        tail = []
        for lab, lst in groups(e):
            if lab is None:
                tail.append(f'<p class="text-muted">{x(lst)}</p>')
            elif lab == e["lab"][2]:
                tail += ['<div class="alert alert-success" role="alert">', f'<h4 class="alert-heading h6">{x(lab)}</h4>', '<ul class="mb-0">'] + [f'<li>{x(t)}</li>' for t in lst] + ['</ul>', '</div>']
            else:
                b += ['<div class="col-md-6"><div class="card h-100">', f'<div class="card-header fw-bold">{x(lab)}</div>', '<ul class="list-group list-group-flush">'] + [
                    f'<li class="list-group-item">{x(t)}</li>' for t in lst] + ['</ul>', '</div></div>']
        b += ['</div>'] + tail + [f'<p class="mt-3"><a class="btn btn-primary" href="{url(d, i)}" role="button">{x(e["link"])}</a></p>', '</div>']
    b += ['</div>', '</main>', '<footer class="py-3 mt-4 border-top"><div class="container"><p class="text-body-secondary small">',
          f'{FOOT} &copy; Fernhallow Safeguarding Children Partnership (an invented partnership).</p></div></footer>',
          '<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>', '</body>', '</html>']
    return "\n".join(b) + "\n"


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    want = lambda f: not only or f in only
    stamp = lambda d: (int(d["month"][:4]), int(d["month"][5:]), 20, 10, 0, 0)
    for fname, d in B.items():
        if not want(fname): continue
        dst, stem = f"{out}/input/{fname}", os.path.splitext(fname)[0]
        if "sharepoint" in fname:
            open(dst, "w", encoding="utf-8").write(sp_html(d))
        elif "onenote" in fname:
            open(dst, "wb").write(on_mht(d).encode("ascii"))
            open(f"{out}/source/{stem}.html", "w", encoding="utf-8").write(on_html(d))
        elif fname.endswith(".docx"):
            parts = twocol_docx(d)
            write_docx(parts, dst, stamp(d))
            open(f"{out}/source/{stem}.document.xml", "w", encoding="utf-8").write(parts["word/document.xml"])
        elif "gridtables" in fname:
            open(dst, "w", encoding="utf-8").write(grid_text(d))
        elif "mkdocs" in fname:
            open(dst, "w", encoding="utf-8").write(mkdocs_md(d))
        elif "bootstrap" in fname:
            open(dst, "w", encoding="utf-8").write(bs_html(d))
