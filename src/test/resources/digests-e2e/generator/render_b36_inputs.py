# Renders the inputs of batch b36 (see render_b36.py and entries_b36.py). Invented material, test fixtures only. Plain Python:
# every input is written by this script. Helpers (DOCX parts, groups, curly quotes) are shared with render_b32_inputs.
import html, os, re
from render_b32_inputs import (CT_HEAD, REL, ROOT_RELS, SETTINGS, W, curly, groups, write_docx, x)
h = html.escape
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def rtype(e):
    return e["title"].split(": ", 1)[1] if ": " in e["title"] else e["title"]


MONTHS = "January February March April May June July August September October November December".split()


def month_name(d):
    return f"{MONTHS[int(d['month'][5:]) - 1]} {d['month'][:4]}"


# ---------------------------------------------------------------- A. GOV.UK Design System page
# A page built with GOV.UK Frontend 5 (as a government service's 'publications' page renders it): cookie banner, header, phase
# banner, breadcrumbs, caption + h1, lead paragraph; one govuk-accordion whose sections are the reviews (h2 > span
# govuk-accordion__section-button, a section summary line under it); in each section a govuk-summary-list <dl> (Review type,
# Published, Report link), the summary, 'Learning includes:' as an h3 over a govuk-list--bullet; the recommendations of
# reviews 1 and 3 inside a govuk-details (<details>/<summary> holding the label), of review 2 under an h3; good practice in a
# govuk-inset-text; the no-recommendations sentence a govuk-body paragraph; 'Related content' aside and OGL footer.
def govuk_ul(items):
    return ['<ul class="govuk-list govuk-list--bullet">'] + [f"  <li>{x(t)}</li>" for t in items] + ["</ul>"]


def govuk_html(d):
    pub = month_name(d)
    b = ['<!DOCTYPE html>', '<html lang="en" class="govuk-template">', '<head>', '<meta charset="utf-8">',
         f'<title>{x(d["heading"])} - Safeguarding case review library - GOV.UK</title>',
         '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">',
         '<link rel="stylesheet" href="/assets/govuk-frontend.min.css">', '</head>', '<body class="govuk-template__body">',
         "<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>",
         '<div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on Safeguarding case review library">',
         '  <div class="govuk-cookie-banner__message govuk-width-container"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on Safeguarding case review library</h2>',
         '  <div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this service work.</p><p class="govuk-body">We\u2019d also like to use analytics cookies so we can understand how you use the service and make improvements.</p></div>',
         '  <div class="govuk-button-group"><button type="button" class="govuk-button">Accept analytics cookies</button><button type="button" class="govuk-button">Reject analytics cookies</button><a class="govuk-link" href="/cookies">View cookies</a></div></div>',
         '</div>', '<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>',
         '<header class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container">',
         '  <div class="govuk-header__logo"><a href="/" class="govuk-header__link govuk-header__link--homepage"><svg focusable="false" role="img" class="govuk-header__logotype" aria-label="GOV.UK"><title>GOV.UK</title></svg></a></div>',
         '  <div class="govuk-header__content"><a href="/" class="govuk-header__link govuk-header__service-name">Safeguarding case review library</a></div>',
         '</div></header>', '<div class="govuk-width-container">',
         '<div class="govuk-phase-banner"><p class="govuk-phase-banner__content"><strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong>'
         '<span class="govuk-phase-banner__text">This is a new service. Help us improve it and <a class="govuk-link" href="/feedback">give your feedback (opens in new tab)</a>.</span></p></div>',
         '<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">',
         '  <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>',
         '  <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/childrens-social-care">Children\u2019s social care</a></li>',
         '  <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/case-reviews">Case reviews</a></li>', '</ol></nav>',
         '<main class="govuk-main-wrapper" id="main-content"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">',
         '<span class="govuk-caption-l">Monthly update</span>', f'<h1 class="govuk-heading-xl">{x(d["heading"])}</h1>',
         f'<p class="govuk-body-l">{x(d["intro"])}</p>',
         '<div class="govuk-accordion" data-module="govuk-accordion" id="accordion-reviews">']
    for i, e in enumerate(d["entries"], 1):
        b += ['<div class="govuk-accordion__section">', '  <div class="govuk-accordion__section-header">',
              f'    <h2 class="govuk-accordion__section-heading"><span class="govuk-accordion__section-button" id="accordion-reviews-heading-{i}">{x(e["title"])}</span></h2>',
              f'    <div class="govuk-accordion__section-summary govuk-body" id="accordion-reviews-summary-{i}">Published {pub}</div>',
              '  </div>', f'  <div id="accordion-reviews-content-{i}" class="govuk-accordion__section-content">',
              '<dl class="govuk-summary-list govuk-summary-list--no-border">',
              f'  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Review type</dt><dd class="govuk-summary-list__value">{x(rtype(e)[0].upper() + rtype(e)[1:])}</dd></div>',
              f'  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Published</dt><dd class="govuk-summary-list__value">{pub}</dd></div>',
              f'  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Report</dt><dd class="govuk-summary-list__value"><a class="govuk-link" href="{url(d, i)}">{x(e["link"])}</a></dd></div>',
              '</dl>', f'<p class="govuk-body">{x(e["summary"])}</p>']
        for lab, lst in groups(e):
            if lab is None:
                b.append(f'<p class="govuk-body">{x(lst)}</p>')
            elif lab.startswith("Recommendations") and i in (1, 3):
                b += ['<details class="govuk-details">', f'  <summary class="govuk-details__summary"><span class="govuk-details__summary-text">{x(lab)}</span></summary>',
                      '  <div class="govuk-details__text">'] + govuk_ul(lst) + ['  </div>', '</details>']
            elif lab.startswith("Identifies"):
                b += ['<div class="govuk-inset-text">', f'<p class="govuk-body"><strong>{x(lab)}</strong></p>'] + govuk_ul(lst) + ['</div>']
            else:
                b += [f'<h3 class="govuk-heading-s">{x(lab)}</h3>'] + govuk_ul(lst)
        b += ['  </div>', '</div>']
    b += ['</div>', '</div>', '<div class="govuk-grid-column-one-third"><aside class="app-related-items" role="complementary">',
          '<h2 class="govuk-heading-s" id="related">Related content</h2><nav role="navigation" aria-labelledby="related"><ul class="govuk-list govuk-!-font-size-16">',
          '<li><a class="govuk-link" href="/case-reviews/2025-05">Case reviews published in May 2025</a></li>',
          '<li><a class="govuk-link" href="/guidance/working-together">Working together to safeguard children</a></li></ul></nav></aside></div>',
          '</div></main></div>', '<footer class="govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow">',
          f'<p class="govuk-body-s">{FOOT}</p>',
          '<span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</span>',
          '</div><div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">\u00a9 Crown copyright</a></div></div></div></footer>',
          '<script type="module" src="/assets/govuk-frontend.min.js"></script>', '<script type="module">import { initAll } from "/assets/govuk-frontend.min.js"; initAll()</script>',
          '</body>', '</html>']
    return "\n".join(b) + "\n"


# ---------------------------------------------------------------- DOCX helpers (this batch)
def wr(t, b=False, rpr=""):
    inner = ("<w:b/>" if b else "") + rpr
    return f'<w:r>{"<w:rPr>" + inner + "</w:rPr>" if inner else ""}<w:t xml:space="preserve">{x(t)}</w:t></w:r>'


def wp(content, style=None, num=None, ppr=""):
    parts = (f'<w:pStyle w:val="{style}"/>' if style else "") + (
        f'<w:numPr><w:ilvl w:val="{num[0]}"/><w:numId w:val="{num[1]}"/></w:numPr>' if num else "") + ppr
    return f'<w:p>{"<w:pPr>" + parts + "</w:pPr>" if parts else ""}{content}</w:p>'


def link(rid, t):
    return f'<w:hyperlink r:id="{rid}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">{x(t)}</w:t></w:r></w:hyperlink>'


STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
          '<w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="48"/><w:color w:val="1F3864"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
          '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/><w:color w:val="2F5496"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>'
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
          '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
          '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
          '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
          '</w:styles>')


def docx_parts(body, links, numbering):
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}styles" Target="styles.xml"/><Relationship Id="rId2" Type="{REL}numbering" Target="numbering.xml"/>'
            f'<Relationship Id="rId3" Type="{REL}settings" Target="settings.xml"/>'
            + "".join(f'<Relationship Id="{rid}" Type="{REL}hyperlink" Target="{h(u)}" TargetMode="External"/>' for rid, u in links)
            + '</Relationships>')
    return {"[Content_Types].xml": CT_HEAD + "</Types>", "_rels/.rels": ROOT_RELS, "word/document.xml": document, "word/styles.xml": STYLES,
            "word/numbering.xml": numbering, "word/settings.xml": SETTINGS, "word/_rels/document.xml.rels": rels}


# ---------------------------------------------------------------- B. DOCX: one table per review, merged cells
# Each review is one bordered two-column table (as a team's Word template has it): row 1 the title in a shaded cell spanning
# both columns (gridSpan 2, bold); row 2 'Summary' | the summary; then for each list ONE ROW PER ITEM, the left cell holding the
# label on the first row and merged down over the others (w:vMerge restart / continue), the right cell one bulleted item; the
# no-recommendations sentence a spanning row; the last row 'Report' | the hyperlink. An empty paragraph between tables.
def tc(content, w, span=0, vmerge=None, shade=None):
    pr = f'<w:tcW w:w="{w}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span else "") + (
        '<w:vMerge w:val="restart"/>' if vmerge == "restart" else '<w:vMerge/>' if vmerge == "cont" else "") + (
        f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else "")
    return f'<w:tc><w:tcPr>{pr}</w:tcPr>{content}</w:tc>'


def merged_docx(d):
    body = [wp(wr(d["heading"]), "Title"), wp(wr(d["intro"]))]
    links = []
    for i, e in enumerate(d["entries"], 1):
        rows = [tc(wp(wr(e["title"], b=True, rpr='<w:sz w:val="26"/>')), 9000, span=2, shade="D9E2F3"),
                tc(wp(wr("Summary", b=True)), 2400) + tc(wp(wr(e["summary"])), 6600)]
        for lab, lst in groups(e):
            if lab is None:
                rows.append(tc(wp(wr(lst)), 9000, span=2)); continue
            for k, t in enumerate(lst):
                left = tc(wp(wr(lab, b=True)), 2400, vmerge="restart") if k == 0 else tc(wp(""), 2400, vmerge="cont")
                rows.append(left + tc(wp(wr(t), "ListParagraph", num=(0, 1)), 6600))
        links.append((f"rIdL{i}", url(d, i)))
        rows.append(tc(wp(wr("Report", b=True)), 2400) + tc(wp(link(f"rIdL{i}", e["link"])), 6600))
        body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
                    '<w:tblGrid><w:gridCol w:w="2400"/><w:gridCol w:w="6600"/></w:tblGrid>' + "".join(f"<w:tr>{r}</w:tr>" for r in rows) + '</w:tbl>')
        body.append(wp(""))
    body.append(wp(wr(FOOT, rpr="<w:i/>")))
    lvl = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>'
           '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>')
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>{lvl}</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    return docx_parts(body, links, numbering)


# ---------------------------------------------------------------- C. DOCX: labels as numbered list paragraphs
# Reviews as Heading 2 and the summary as Normal; then the review's lists as ONE Word multilevel list (numbering.xml: level 0
# decimal '%1.', level 1 '%1.%2.'), restarted for every review (a w:num per review with a startOverride): the labels are the
# level-0 list paragraphs ('1. Learning includes:', '2. Recommendations include:'), the points the level-1 paragraphs ('1.1.',
# '1.2.'); the no-recommendations sentence is a level-0 paragraph of its own ('2. Makes no recommendations as …'). The
# numbers exist only in numbering.xml, not in the text. The link a hyperlink paragraph after the list.
def numbered_docx(d):
    body = [wp(wr(d["heading"]), "Title"), wp(wr(d["intro"]))]
    links = []
    for i, e in enumerate(d["entries"], 1):
        body += [wp(wr(e["title"]), "Heading2"), wp(wr(e["summary"]))]
        for lab, lst in groups(e):
            if lab is None:
                body.append(wp(wr(lst), "ListParagraph", num=(0, i + 1))); continue
            body.append(wp(wr(lab, b=True), "ListParagraph", num=(0, i + 1)))
            body += [wp(wr(t), "ListParagraph", num=(1, i + 1)) for t in lst]
        links.append((f"rIdL{i}", url(d, i)))
        body.append(wp(link(f"rIdL{i}", e["link"])))
    body.append(wp(wr(FOOT, rpr="<w:i/>")))
    lv = lambda n, txt, ind: (f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>'
                              f'<w:pPr><w:ind w:left="{ind}" w:hanging="{360 + 72 * n}"/></w:pPr></w:lvl>')
    nums = "".join(f'<w:num w:numId="{k}"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
                   for k in range(2, len(d["entries"]) + 2))
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
                 f'{lv(0, "%1.", 360)}{lv(1, "%1.%2.", 792)}{lv(2, "%1.%2.%3.", 1224)}</w:abstractNum>{nums}</w:numbering>')
    return docx_parts(body, links, numbering)


# ---------------------------------------------------------------- D. Windows-1252 text, CR-only, form feeds
# A digest saved as text by an old Mac editor in the 'Western (Windows Latin 1)' encoding: Windows-1252 bytes (curly quotes
# 0x91-0x94, en dash 0x96), every line ended by a lone CR, paragraphs separated by an empty line; numbered titles; labels run in
# at the start of the paragraph with the items '; '-separated and '; and' before the last ('Learning includes: a; b; and c.');
# the link with its URL in angle brackets; a page footer ('Page 1 of 2') then a FORM FEED and a running head on the next page,
# falling inside review 2 (between its summary and its learning).
def semis(lab, lst):
    return f"{lab} " + ("; ".join(lst[:-1]) + "; and " + lst[-1] if len(lst) > 1 else lst[0]) + "."


def smart(s):
    return re.sub(r'"([^"]*)"', "\u201c\\1\u201d", curly(s))


def cp1252_text(d):
    L = [d["heading"], "", d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        L += [f"{i}. {e['title']}", "", e["summary"], ""]
        if i == 2:
            L += ["", f"{d['heading']}\t\tPage 1 of 2", "\f" + d["heading"] + " (continued)", ""]
        for lab, lst in groups(e):
            L += [lst if lab is None else semis(lab, lst), ""]
        L += [f"{e['link']} <{url(d, i)}>", ""]
    L += [FOOT, "", f"{d['heading']}\t\tPage 2 of 2"]
    return "\r".join(smart(s) for s in L).encode("cp1252")


# ---------------------------------------------------------------- E. AsciiDoc source saved as .txt
# The AsciiDoc source a team keeps in a repository, attached as a .txt: '= title' with an author line and attribute entries
# (':toc: macro', ':icons: font'), a '//' comment, a '[.lead]' intro, 'toc::[]', an admonition paragraph ('NOTE: …'), per
# review an anchor '[[id]]' and a '== ' section title; labels as BLOCK TITLES ('.Learning includes', no colon) over '* ' lists;
# review 2's recommendations in a sidebar block ('****'); good practice in a TIP admonition block with its own title
# ('[TIP]' / '.Identifies good practice including' / '===='); links as 'link:URL[Read … (PDF)]'; "'''" thematic breaks.
def adoc_text(d):
    L = [f"= {d['heading']}", "Library and Information Service", ":doctype: article", ":toc: macro", ":toclevels: 1", ":icons: font",
         ":sectanchors:", "", "// Written for testing: every child, family and place in this file is invented.", "", "[.lead]", d["intro"], "",
         "toc::[]", "", f"NOTE: {FOOT}", ""]
    for i, e in enumerate(d["entries"], 1):
        L += [f"[[review-{i}]]", f"== {e['title']}", "", e["summary"], ""]
        for lab, lst in groups(e):
            if lab is None:
                L += [lst, ""]; continue
            t = lab.rstrip(":")
            if lab.startswith("Identifies"):
                L += ["[TIP]", f".{t}", "===="] + [f"* {s}" for s in lst] + ["====", ""]
            elif lab.startswith("Recommendations") and i == 2:
                L += [f".{t}", "****"] + [f"* {s}" for s in lst] + ["****", ""]
            else:
                L += [f".{t}"] + [f"* {s}" for s in lst] + [""]
        L += [f"link:{url(d, i)}[{e['link']}]", "", "'''", ""]
    return "\n".join(s if s == "'''" else curly(s) for s in L) + "\n"


# ---------------------------------------------------------------- F. bilingual English / Welsh markdown
# A Welsh partnership's update written in markdown for a static site: an Obsidian-style callout at the top ('> [!note]'), the
# bilingual digest title as a SETEXT '=' heading, the English intro and the Welsh intro in an embedded <p lang="cy">; every review
# in English (setext '-' title, bold labels, '- ' points, the link text followed by a FOOTNOTE-STYLE reference '[^N]'), then the
# same review in Welsh inside an embedded HTML block <div lang="cy"> (blank lines around its markdown: '### ' Welsh title,
# Welsh summary, Welsh labels and points, the Welsh link text with the same footnote); '* * *' between reviews; the footnote
# definitions '[^N]: URL' at the end.
def welsh_md(d, welsh, wl):
    L = ["> [!note] Invented material", f"> {FOOT}", "", d["heading"], "=" * len(d["heading"]), "", d["intro"], "",
         f'<p lang="cy"><em>{h(curly(d["intro_cy"]), quote=False)}</em></p>', ""]
    for i, (e, k) in enumerate(zip(d["entries"], sorted(welsh)), 1):
        L += [e["title"], "-" * len(e["title"]), "", e["summary"], ""]
        for lab, lst in groups(e):
            if lab is None:
                L += [lst, ""]; continue
            L += [f"**{lab}**", ""] + [f"- {s}" for s in lst] + [""]
        L += [f"{e['link']}[^{i}]", ""]
        c = welsh[k]
        L += ['<div lang="cy">', "", f"### {c['title']}", "", c["summary"], "", f"**{wl[0]}**", ""] + [f"- {s}" for s in c["learning"]] + [""]
        if c.get("recs"): L += [f"**{wl[1]}**", ""] + [f"- {s}" for s in c["recs"]] + [""]
        if c.get("norec"): L += [c["norec"], ""]
        if c.get("good"): L += [f"**{wl[2]}**", ""] + [f"- {s}" for s in c["good"]] + [""]
        L += [f"{c['link']}[^{i}]", "", "</div>", "", "* * *", ""]
    L += [f"[^{i}]: {url(d, i)}" for i in range(1, len(d["entries"]) + 1)]
    return curly("\n".join(L)) + "\n"


def render_inputs(B, out, only, welsh=None, wl=None):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    want = lambda f: not only or f in only
    stamp = lambda d: (int(d["month"][:4]), int(d["month"][5:]), 20, 10, 0, 0)
    for fname, d in B.items():
        if not want(fname): continue
        dst, stem = f"{out}/input/{fname}", os.path.splitext(fname)[0]
        if "govuk" in fname:
            open(dst, "w", encoding="utf-8").write(govuk_html(d))
        elif "merged-cells" in fname or "numbered-labels" in fname:
            parts = merged_docx(d) if "merged" in fname else numbered_docx(d)
            write_docx(parts, dst, stamp(d))
            for p in ("document", "numbering"):
                open(f"{out}/source/{stem}.{p}.xml", "w", encoding="utf-8").write(parts[f"word/{p}.xml"])
        elif "cp1252" in fname:
            open(dst, "wb").write(cp1252_text(d))
        elif "asciidoc" in fname:
            open(dst, "w", encoding="utf-8").write(adoc_text(d))
        elif fname.endswith(".md"):
            open(dst, "w", encoding="utf-8").write(welsh_md(d, welsh, wl))
