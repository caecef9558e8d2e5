# Renders the inputs of batch b68 (see render_b68.py and entries_b68.py). Invented material, test fixtures only.
# Every file is written by plain Python 3 (the DOCX as WordprocessingML with zipfile). No screen reader, CMS, page builder,
# PDF converter or EPUB tool ran: each file is written in the shape the named producer gives it.
import os, textwrap
from render_b32_inputs import (x, curly, REL, W, CT_HEAD, ROOT_RELS, SETTINGS, write_docx)
from render_b50_inputs import (wr, wp, styles, BULLET_NUM)
from render_b64_inputs import (url, groups)
FOOT = "Summaries written for testing: every child, family, person and place in this digest is invented."


# A. NVDA 2024.4's Speech Viewer (Tools > Speech Viewer) during a say-all (NVDA+down arrow) of a partnership page in
#    Firefox, the log copied to a text file: one utterance a line; NVDA's browse mode splits a paragraph into lines of at
#    most 100 characters (its default 'maximum number of characters on one line'), so a summary is several lines; each
#    element announced before its text with two spaces between the parts ('heading  level 2  ...', 'list  with 2 items',
#    'bullet  ...', 'out of list', 'link  ...', 'main landmark', 'blank'). Entries 1-2 have h3 labels, entries 3-4 bold
#    paragraphs (NVDA does not announce bold by default).
def nvda_lines(text, width=100):
    return textwrap.wrap(curly(text), width, break_long_words=False, break_on_hyphens=False)


def nvda_log(d):
    L = [f"{d['heading']} | Ashcombe Safeguarding Children Partnership \u2014 Mozilla Firefox", "document", "banner landmark",
         "link    graphic  Ashcombe Safeguarding Children Partnership home",
         "navigation landmark  Main  list  with 4 items  link    Home", "link    About us", "link    Learning from reviews",
         "link    Contact us", "out of list  out of navigation landmark  out of banner landmark",
         f"main landmark  heading  level 1  {d['heading']}"]
    L += nvda_lines(d["intro"])
    for i, e in enumerate(d["entries"], 1):
        L.append(f"heading  level 2  {curly(e['title'])}")
        L += nvda_lines(e["summary"])
        for lab, lst in groups(e):
            if lab is None: L += nvda_lines(lst); continue
            L.append(f"heading  level 3  {lab}" if i <= 2 else lab)
            L.append(f"list  with {len(lst)} item{'s' if len(lst) > 1 else ''}  bullet  {nvda_lines(lst[0])[0]}")
            L += nvda_lines(lst[0])[1:]
            for t in lst[1:]:
                ls = nvda_lines(t); L.append(f"bullet  {ls[0]}"); L += ls[1:]
            L.append("out of list")
        L.append(f"link    {e['link']}")
        if i == 2: L.append("blank")
    L += nvda_lines(FOOT)
    L += ["out of main landmark  content info landmark  \u00a9 2025 Ashcombe Safeguarding Children Partnership", "link    Privacy notice",
          "link    Accessibility statement", "out of content info landmark"]
    return "\n".join(L) + "\n"


# B. A partnership page built with Next.js from a headless CMS: each review's body is ONE plain-text field, typed in the
#    CMS with line breaks, rendered as the text of a <div style="white-space: pre-line"> (React: style={{whiteSpace:
#    'pre-line'}}): the browser shows every newline as a line end; there is no <p>, <br>, <ul> or <strong> inside. The
#    title is an h2 outside the field, the report link an <a> after it. Labels are lines ending in ':', items lines opened
#    by a typed '• ' (reviews 1-2) or '- ' (reviews 3-4); blank lines between the parts.
def preline_field(e, bullet):
    P = [curly(e["summary"])]
    for lab, lst in groups(e):
        if lab is None: P.append(curly(lst)); continue
        P.append(lab + "\n" + "\n".join(f"{bullet}{curly(t)}" for t in lst))
    return "\n\n".join(P)


def preline_html(d):
    R = []
    for i, e in enumerate(d["entries"], 1):
        field = x(preline_field(e, "\u2022 " if i <= 2 else "- ")).replace("\u2019", "&#x27;")
        R.append(f'<article class="ReviewCard_card__k3Jd9" id="review-{i}"><h2 class="ReviewCard_title__Q1xvP">{x(e["title"])}</h2>'
                 f'<div class="ReviewCard_body__mT7aa" style="white-space:pre-line">{field}</div>'
                 f'<a class="ReviewCard_link__8bZ2c" href="{url(d, i, "www.kelbrookscp.example")}">{x(e["link"])}</a></article>')
    return ('<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>'
            f'<title>{x(d["heading"])} | Kelbrook Safeguarding Children Partnership</title><meta name="next-head-count" content="3"/>'
            '<link rel="preload" href="/_next/static/css/4f1c2a7e9b0d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4f1c2a7e9b0d.css" data-n-g=""/>'
            '<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>'
            '<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script></head>'
            '<body><div id="__next"><header class="Header_header__ZdW2e"><a href="/" class="Header_logo__Lm3qP">Kelbrook Safeguarding Children Partnership</a>'
            '<nav><a href="/">Home</a><a href="/learning">Learning from reviews</a><a href="/contact">Contact</a></nav></header>'
            f'<main class="Page_main__Xr4sT"><h1 class="Page_title__v9PqA">{x(d["heading"])}</h1>'
            f'<div class="Page_intro__a1BcD" style="white-space:pre-line">{x(d["intro"])}</div>' + "".join(R) +
            f'<p class="Page_note__p0QwE"><em>{x(FOOT)}</em></p></main>'
            '<footer class="Footer_footer__s8KxL">\u00a9 2025 Kelbrook Safeguarding Children Partnership</footer></div>'
            '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"case-reviews"}},"page":"/learning/[slug]","query":{"slug":"case-reviews"},"buildId":"dT4nq0YfZk1","isFallback":false,"gsp":true,"scriptLoader":[]}</script>'
            '</body></html>\n')


# C. A page made with a page builder (Divi 4's Text module, edited in its visual builder): each review is ONE <p> in which
#    every line is a <span style="display:block; ..."> (title 22px bold, summary, bold labels); the items are spans with
#    `display:list-item` (the browser draws a disc, no bullet typed) in reviews 1-2 and spans opened by a typed '– ' in
#    reviews 3-4; the link a span holding an <a>. No heading, list or further paragraph element in the reviews.
SP = lambda style, inner: f'<span style="{style}">{inner}</span>'


def block_spans(d, i, e):
    S = [SP("display:block;font-size:22px;font-weight:700;line-height:1.3em;margin-bottom:10px", x(e["title"])),
         SP("display:block;margin-bottom:12px", x(e["summary"]))]
    for lab, lst in groups(e):
        if lab is None: S.append(SP("display:block;margin-bottom:12px", x(lst))); continue
        S.append(SP("display:block;font-weight:700;margin-top:6px", x(lab)))
        for t in lst:
            S.append(SP("display:list-item;list-style-type:disc;margin-left:1.4em", x(t)) if i <= 2 else SP("display:block;padding-left:1em", "\u2013 " + x(t)))
    S.append(SP("display:block;margin-top:10px", f'<a href="{url(d, i, "www.ravensholmscp.example")}">{x(e["link"])}</a>'))
    return "".join(S)


def pagebuilder_html(d):
    R = []
    for i, e in enumerate(d["entries"], 1):
        R.append(f'<div class="et_pb_module et_pb_text et_pb_text_{i + 1} et_pb_text_align_left et_pb_bg_layout_light">\n'
                 f'<div class="et_pb_text_inner"><p>{block_spans(d, i, e)}</p></div>\n</div>')
    return ('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="UTF-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            f'<title>{x(d["heading"])} | Ravensholm Safeguarding Children Partnership</title>\n'
            "<link rel='stylesheet' id='divi-style-css' href='https://www.ravensholmscp.example/wp-content/themes/Divi/style.min.css?ver=4.27.4' type='text/css' media='all' />\n"
            '</head>\n<body class="page-template-default page et_pb_builder et-db">\n<div id="page-container">\n'
            '<header id="main-header"><div class="container clearfix et_menu_container"><a href="https://www.ravensholmscp.example/">Ravensholm Safeguarding Children Partnership</a>\n'
            '<nav id="top-menu-nav"><ul id="top-menu" class="nav"><li><a href="/">Home</a></li><li><a href="/learning/">Learning</a></li><li><a href="/contact/">Contact</a></li></ul></nav></div></header>\n'
            '<div id="et-main-area"><div id="main-content"><article class="page type-page status-publish"><div class="entry-content">\n'
            '<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">\n<div class="et_pb_section et_pb_section_0 et_section_regular">\n'
            '<div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0">\n'
            f'<div class="et_pb_module et_pb_text et_pb_text_0"><div class="et_pb_text_inner"><h1>{x(d["heading"])}</h1>\n<p>{x(d["intro"])}</p></div></div>\n'
            + "\n".join(R) +
            f'\n<div class="et_pb_module et_pb_text et_pb_text_9"><div class="et_pb_text_inner"><p><em>{x(FOOT)}</em></p></div></div>\n'
            '</div></div>\n</div>\n</div></div>\n</div></article></div>\n<footer id="main-footer"><div id="footer-bottom"><p>\u00a9 2025 Ravensholm Safeguarding Children Partnership</p></div></footer>\n'
            "</div></div>\n<script type='text/javascript' src='https://www.ravensholmscp.example/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.4' id='divi-custom-script-js'></script>\n"
            '</body>\n</html>\n')


# D. A DOCX from a PDF-to-Word conversion of a printed digest (the 'every line a paragraph' kind of converter output):
#    every printed line is its own paragraph (no spacing, exact line height), so a summary or a long item is several
#    paragraphs broken mid-sentence; words hyphenated at the ends of printed lines stay split ('assess-' / 'ments');
#    items are lines opened by a typed '•' and a tab, their run-on lines indented paragraphs; titles bold 14 pt Arial runs
#    in Normal paragraphs (no heading style), labels bold 11 pt; the printed page's running head and 'Page N of 3' footer
#    are body paragraphs where the page broke (mid-review), followed by a page-break paragraph. The report link is a
#    line 'Read ...: https://...' (the converter made no hyperlink).
def hyph_point(w, room):
    """Where a printed word of 8+ letters was hyphenated: the last point between two consonants, a vowel after them, that fits the line."""
    if not (w.isalpha() and len(w) >= 8): return 0
    cons = lambda c: c.lower() not in "aeiouy"
    ks = [k for k in range(3, min(room, len(w) - 3) + 1) if cons(w[k - 1]) and cons(w[k]) and not cons(w[k + 1])]
    return ks[-1] if ks else 0


def hyph_wrap(text, width):
    out, line = [], ""
    for w in text.split(" "):
        cand = (line + " " + w) if line else w
        if len(cand) <= width: line = cand; continue
        room = width - len(line) - 2
        k = hyph_point(w, room)
        if k:
            out.append(line + " " + w[:k] + "-"); line = w[k:]
        else:
            out.append(line); line = w
    return out + [line] if line else out


def lines_docx(d):
    ARIAL = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
    P0 = '<w:spacing w:before="0" w:after="0" w:line="276" w:lineRule="exact"/>'
    lines = []  # (kind, text)
    lines.append(("title", d["heading"])); lines.append(("blank", ""))
    lines += [("body", t) for t in hyph_wrap(curly(d["intro"]), 76)]
    for i, e in enumerate(d["entries"], 1):
        lines += [("blank", ""), ("head", curly(e["title"]))]
        lines += [("body", t) for t in hyph_wrap(curly(e["summary"]), 76)]
        for lab, lst in groups(e):
            if lab is None: lines += [("body", t) for t in hyph_wrap(curly(lst), 76)]; continue
            lines.append(("label", lab))
            for t in lst:
                ws = hyph_wrap(curly(t), 58)
                lines.append(("bullet", ws[0])); lines += [("cont", w) for w in ws[1:]]
        lines.append(("body", f"{e['link']}: {url(d, i, 'www.northamscp.example')}"))
    lines += [("blank", ""), ("body", FOOT)]
    per_page = 30
    pages = (len(lines) + per_page - 1) // per_page
    body = []
    for k, (kind, t) in enumerate(lines):
        if k and k % per_page == 0:
            pg = k // per_page
            body.append(wp(wr(f"Page {pg} of {pages}", ARIAL + '<w:sz w:val="16"/>'), None, P0 + '<w:jc w:val="center"/>'))
            body.append(wp('<w:r><w:br w:type="page"/></w:r>'))
            body.append(wp(wr(f"Northam Safeguarding Children Partnership | {d['heading']}", ARIAL + '<w:color w:val="7F7F7F"/><w:sz w:val="16"/>'), None, P0))
        if kind == "title": body.append(wp(wr(t, ARIAL + '<w:b/><w:sz w:val="36"/>'), None, P0))
        elif kind == "head": body.append(wp(wr(t, ARIAL + '<w:b/><w:color w:val="1F3864"/><w:sz w:val="28"/>'), None, P0))
        elif kind == "label": body.append(wp(wr(t, ARIAL + '<w:b/><w:sz w:val="22"/>'), None, P0))
        elif kind == "bullet": body.append(wp(wr("\u2022", ARIAL + '<w:sz w:val="22"/>') + '<w:r><w:tab/></w:r>' + wr(t, ARIAL + '<w:sz w:val="22"/>'), None,
                                              '<w:tabs><w:tab w:val="left" w:pos="360"/></w:tabs>' + P0 + '<w:ind w:left="0"/>'))
        elif kind == "cont": body.append(wp(wr(t, ARIAL + '<w:sz w:val="22"/>'), None, P0 + '<w:ind w:left="360"/>'))
        elif kind == "blank": body.append(wp("", None, P0))
        else: body.append(wp(wr(t, ARIAL + '<w:sz w:val="22"/>'), None, P0))
    body.append(wp(wr(f"Page {pages} of {pages}", ARIAL + '<w:sz w:val="16"/>'), None, P0 + '<w:jc w:val="center"/>'))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="850" w:right="850" w:bottom="850" w:left="850" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr></w:body></w:document>')
    drels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}settings" Target="settings.xml"/><Relationship Id="rId2" Type="{REL}numbering" Target="numbering.xml"/>'
             f'<Relationship Id="rId3" Type="{REL}styles" Target="styles.xml"/></Relationships>')
    return {"[Content_Types].xml": CT_HEAD + "</Types>", "_rels/.rels": ROOT_RELS, "word/document.xml": document, "word/styles.xml": styles(),
            "word/numbering.xml": BULLET_NUM, "word/settings.xml": SETTINGS, "word/_rels/document.xml.rels": drels}


# E. One chapter of an EPUB 3 'learning from reviews' book (the XHTML content document as it sits in OEBPS/Text/): XML
#    declaration, XHTML namespace with epub:, the style sheet linked (not present); a chapter <section epub:type="chapter">
#    with the chapter number in a span of the h1; each review a <section> with an h2, the summary <p>, labels as
#    <p class="lbl"> (their bold is in the missing style sheet), items in <ul>; NOTE REFERENCES (`<a epub:type="noteref"
#    role="doc-noteref"><sup>n</sup></a>`) after the incident year of reviews 1 and 3 and after an item of review 2, the
#    footnotes as <aside epub:type="footnote" role="doc-footnote"> after each review's link (a reading system shows them as
#    pop-ups); print PAGE-BREAK markers: empty <span epub:type="pagebreak" role="doc-pagebreak"> inside a summary and an
#    item, and one <div epub:type="pagebreak"> holding its page number '38' between reviews 2 and 3.
NOTES = {1: "The father was convicted of manslaughter in 2025; the review was published after the trial.",
         2: "The partnership's harmful sexual behaviour pathway was published in 2023.",
         3: "The review was paused from 2016 to 2024 while an inquest took place."}


def epub_note(n):
    return f'<a epub:type="noteref" role="doc-noteref" href="#fn{n}" id="fnref{n}"><sup>{n}</sup></a>'


def epub_summary(e, i, n):
    s = x(e["summary"])
    if i in (1, 3):
        yr = e["t"]["incident_year"].split("|")[0]
        s = s.replace(f"in {yr}", f"in {yr}{epub_note(n)}", 1)
    if i == 2:
        k = s.index(". ") + 2
        s = s[:k] + '<span epub:type="pagebreak" role="doc-pagebreak" id="page37" aria-label="37"/>' + s[k:]
    return s


def epub_xhtml(d):
    R, n = [], 0
    for i, e in enumerate(d["entries"], 1):
        note = None
        if i in (1, 3): n += 1; note = n
        B = [f'<section id="review-{i}" aria-labelledby="review-{i}-title">', f'<h2 id="review-{i}-title">{x(e["title"])}</h2>',
             f'<p class="summary">{epub_summary(e, i, n)}</p>']
        for lab, lst in groups(e):
            if lab is None: B.append(f'<p>{x(lst)}</p>'); continue
            B.append(f'<p class="lbl">{x(lab)}</p>')
            items = []
            for k, t in enumerate(lst):
                t2 = x(t)
                if i == 2 and lab == e["lab"][0] and k == 0: n += 1; note = n; t2 += epub_note(n)
                if i == 4 and k == 1: w = t2.split(" "); t2 = " ".join(w[:3]) + '<span epub:type="pagebreak" role="doc-pagebreak" id="page39" title="39"></span> ' + " ".join(w[3:])
                items.append(f"<li>{t2}</li>")
            B.append('<ul class="items">\n' + "\n".join(items) + "\n</ul>")
        B.append(f'<p class="link"><a href="{url(d, i, "www.fenhallowscp.example")}">{x(e["link"])}</a></p>')
        if note and i in (1, 2, 3):
            B.append(f'<aside epub:type="footnote" role="doc-footnote" id="fn{note}"><p><a href="#fnref{note}" role="doc-backlink">{note}.</a> {x(NOTES[i])}</p></aside>')
        B.append("</section>")
        R.append("\n".join(B))
        if i == 2: R.append('<div epub:type="pagebreak" role="doc-pagebreak" id="page38" class="pagenum">38</div>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
            'lang="en-GB" xml:lang="en-GB">\n<head>\n<meta charset="UTF-8"/>\n<title>' + x(d["heading"]) + '</title>\n'
            '<link rel="stylesheet" type="text/css" href="../Styles/book.css"/>\n</head>\n<body epub:type="bodymatter">\n'
            '<section epub:type="chapter" role="doc-chapter" id="ch04" aria-labelledby="ch04-title">\n'
            f'<h1 id="ch04-title"><span class="chapnum">4</span> {x(d["heading"])}</h1>\n<p class="intro">{x(d["intro"])}</p>\n'
            + "\n".join(R) + f'\n<p class="note"><em>{x(FOOT)}</em></p>\n</section>\n</body>\n</html>\n')


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst = f"{out}/input/{fname}"
        if "nvda" in fname: open(dst, "w", encoding="utf-8").write(nvda_log(d))
        elif "preline" in fname: open(dst, "w", encoding="utf-8").write(preline_html(d))
        elif "pagebuilder" in fname: open(dst, "w", encoding="utf-8").write(pagebuilder_html(d))
        elif "epub" in fname: open(dst, "w", encoding="utf-8").write(epub_xhtml(d))
        elif fname.endswith(".docx"): write_docx(lines_docx(d), dst, (2025, 11, 20, 10, 12, 0))
