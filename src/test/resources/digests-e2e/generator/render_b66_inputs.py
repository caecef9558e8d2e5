# Renders the inputs of batch b66 (see render_b66.py and entries_b66.py). Invented material, test fixtures only.
# D: real html2text 2020.1.16 output (Debian python3-html2text, run as /usr/bin/python3 -m html2text) of source/*.html;
# E: real groff 1.22.4 output (`groff -ms -Tutf8`, grotty's default SGR escape sequences) of source/*.ms; A, B and C plain
# Python 3 (the SplitText page, the twin-markup page and the drop-cap DOCX, written as WordprocessingML with zipfile). No
# browser, GSAP, Bootstrap or Word ran: each of those files is written in the shape the named producer gives it.
import os, subprocess, textwrap
from render_b32_inputs import (x, curly, REL, W, CT_HEAD, ROOT_RELS, SETTINGS, write_docx)
from render_b50_inputs import (wr, wp, styles, BULLET_NUM)
from render_b64_inputs import (url, groups)
FOOT = "Summaries written for testing: every child, family, person and place in this digest is invented."


# A. A partnership page saved ('Save Page As', the DOM as it stood) after GSAP SplitText ran on it for a reveal animation:
#    every review title split with type 'words, chars' (each word an inline-block <div class="word">, each letter an
#    inline-block <div class="char">, the spaces text between the words), the intro and every summary split with type
#    'lines, words' (each laid-out line a block <div class="line">, each word an inline-block <div class="word">); SplitText's
#    aria 'auto' puts the whole text in an aria-label on the split element and aria-hidden on the pieces. The labels, lists and
#    links are not split.
SPLIT = 'style="position:relative;display:inline-block;"'


def split_chars(text):
    words = []
    for w in text.split(" "):
        chars = "".join(f'<div aria-hidden="true" {SPLIT} class="char">{x(c)}</div>' for c in w)
        words.append(f'<div aria-hidden="true" {SPLIT} class="word">{chars}</div>')
    return " ".join(words)


def split_lines(text, width):
    out = []
    for line in textwrap.wrap(curly(text), width):
        words = " ".join(f'<div aria-hidden="true" {SPLIT} class="word">{x(w)}</div>' for w in line.split(" "))
        out.append(f'<div aria-hidden="true" style="display:block;text-align:start;position:relative;" class="line">{words}</div>')
    return "".join(out)


def splittext_html(d):
    R = []
    for i, e in enumerate(d["entries"], 1):
        body = [f'<h2 class="review__title" aria-label="{x(e["title"])}">{split_chars(e["title"])}</h2>',
                f'<p class="review__summary" aria-label="{x(e["summary"])}">{split_lines(e["summary"], 64 + 3 * i)}</p>']
        for lab, lst in groups(e):
            if lab is None: body.append(f'<p class="review__note">{x(lst)}</p>'); continue
            body.append(f'<h3 class="review__label">{x(lab)}</h3>\n<ul class="review__list">\n' + "\n".join(f"<li>{x(t)}</li>" for t in lst) + "\n</ul>")
        body.append(f'<p class="review__link"><a href="{url(d, i, "www.brackenfordscp.example")}">{x(e["link"])} <span aria-hidden="true">\u2192</span></a></p>')
        R.append(f'<section class="review reveal" id="review-{i}" style="translate: none; rotate: none; scale: none; opacity: 1; transform: translate(0px, 0px);">\n' + "\n".join(body) + "\n</section>")
    return ('<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{x(d["heading"])} | Brackenford Safeguarding Children Partnership</title>\n<link rel="stylesheet" href="/assets/css/site.min.css?v=4.2.1">\n'
            '<style>.reveal{will-change:transform}.line{overflow:hidden}</style>\n</head>\n<body class="page-template-learning">\n'
            '<header class="site-header"><a class="skip-link" href="#main">Skip to content</a>\n<a class="logo" href="/">Brackenford Safeguarding Children Partnership</a>\n'
            '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/learning/">Learning from reviews</a></li><li><a href="/training/">Training</a></li>'
            '<li><a href="/contact/">Contact us</a></li></ul></nav></header>\n<main id="main">\n'
            f'<h1 class="hero__title" aria-label="{x(d["heading"])}">{split_chars(d["heading"])}</h1>\n'
            f'<p class="hero__intro" aria-label="{x(d["intro"])}">{split_lines(d["intro"], 72)}</p>\n' + "\n".join(R) +
            f'\n<p class="page-note"><em>{x(FOOT)}</em></p>\n</main>\n<footer class="site-footer"><p>\u00a9 2025 Brackenford Safeguarding Children Partnership</p>'
            '<p><a href="/privacy/">Privacy</a> | <a href="/accessibility/">Accessibility</a></p></footer>\n'
            '<script src="/assets/js/gsap.min.js?ver=3.13.0"></script>\n<script src="/assets/js/SplitText.min.js?ver=3.13.0"></script>\n'
            '<script src="/assets/js/ScrollTrigger.min.js?ver=3.13.0"></script>\n<script>\ngsap.registerPlugin(SplitText, ScrollTrigger);\n'
            'document.fonts.ready.then(() => {\n  SplitText.create(".hero__title, .review__title", { type: "words, chars", aria: "auto" });\n'
            '  SplitText.create(".hero__intro, .review__summary", { type: "lines, words", aria: "auto" });\n'
            '  gsap.utils.toArray(".reveal").forEach(s => gsap.from(s, { y: 40, opacity: 0, scrollTrigger: s }));\n});\n</script>\n</body></html>\n')


# B. A Bootstrap 5 partnership page with EVERY review written twice, as responsive templates do: first a mobile accordion
#    (`accordion d-md-none`: the title a <button> in an h2.accordion-header, the rest in a collapsed accordion-body), then
#    the desktop list (`d-none d-md-block`: each review an <article class="card"> with an h2 title). Bootstrap's CSS, which
#    hides one of the two at any width, is an external style sheet; the page holds only the classes.
def review_body(d, e, i, lab_tag):
    B = [f'<p>{x(e["summary"])}</p>']
    for lab, lst in groups(e):
        if lab is None: B.append(f"<p>{x(lst)}</p>"); continue
        B.append(f'<{lab_tag} class="fw-bold mt-3">{x(lab)}</{lab_tag}>\n<ul>\n' + "\n".join(f"<li>{x(t)}</li>" for t in lst) + "\n</ul>")
    B.append(f'<p class="mb-0"><a class="link-primary" href="{url(d, i, "www.tarnworthscp.example")}">{x(e["link"])}</a></p>')
    return "\n".join(B)


def twin_html(d):
    M, D = [], []
    for i, e in enumerate(d["entries"], 1):
        M.append(f'<div class="accordion-item">\n<h2 class="accordion-header" id="m-head-{i}"><button class="accordion-button collapsed" type="button" '
                 f'data-bs-toggle="collapse" data-bs-target="#m-body-{i}" aria-expanded="false" aria-controls="m-body-{i}">{x(e["title"])}</button></h2>\n'
                 f'<div id="m-body-{i}" class="accordion-collapse collapse" aria-labelledby="m-head-{i}" data-bs-parent="#reviews-mobile">\n'
                 f'<div class="accordion-body">\n{review_body(d, e, i, "p")}\n</div>\n</div>\n</div>')
        D.append(f'<article class="card mb-4 shadow-sm" id="review-{i}">\n<div class="card-body">\n<h2 class="card-title h4">{x(e["title"])}</h2>\n'
                 f'{review_body(d, e, i, "h3")}\n</div>\n</article>')
    return ('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{x(d["heading"])} - Tarnworth Safeguarding Children Partnership</title>\n'
            '<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet" integrity="sha384-QWTKZyjpPEjISv5WaRU9OFeRpok6YctnYmDr5pNlyT2bRjXh0JMhjY6hW+ALEwIH" crossorigin="anonymous">\n'
            '</head>\n<body>\n<nav class="navbar navbar-expand-md bg-body-tertiary"><div class="container"><a class="navbar-brand" href="/">Tarnworth SCP</a>\n'
            '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav" aria-controls="nav" aria-expanded="false" aria-label="Toggle navigation">'
            '<span class="navbar-toggler-icon"></span></button>\n<div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav">'
            '<li class="nav-item"><a class="nav-link" href="/">Home</a></li><li class="nav-item"><a class="nav-link active" aria-current="page" href="/reviews/">Case reviews</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/training/">Training</a></li></ul></div></div></nav>\n<main class="container my-4">\n'
            f'<h1 class="display-6">{x(d["heading"])}</h1>\n<p class="lead">{x(d["intro"])}</p>\n'
            '<!-- small screens: accordion -->\n<div class="accordion d-md-none" id="reviews-mobile">\n' + "\n".join(M) + '\n</div>\n'
            '<!-- medium and up: cards -->\n<div class="d-none d-md-block">\n' + "\n".join(D) + '\n</div>\n'
            f'<p class="small text-body-secondary mt-4"><em>{x(FOOT)}</em></p>\n</main>\n'
            '<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-YvpcrYf0tY3lHB60NNkmXc5s9fDVZLESaAA55NDzOxhy9GkcIdslK1eN7N6jIeHz" crossorigin="anonymous"></script>\n'
            '</body>\n</html>\n')


# C. A DOCX with Word's drop caps (Insert > Drop Cap > Dropped, one 'In margin'): Word moves the first letter of the
#    paragraph into a paragraph of its own, framed (`w:framePr w:dropCap="drop" w:lines="3"`), the letter 55 pt lowered by
#    `w:position`, exact line spacing; the paragraph that follows holds the rest of the word and the text. Every summary and
#    the introduction open so. Heading 2 titles, bold labels, List Bullet items, w:hyperlink links.
def dropcap(letter, kind="drop"):
    return (f'<w:p><w:pPr><w:keepNext/><w:framePr w:dropCap="{kind}" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>'
            '<w:spacing w:after="0" w:line="827" w:lineRule="exact"/><w:textAlignment w:val="baseline"/></w:pPr>'
            f'<w:r><w:rPr><w:rFonts w:ascii="Cambria" w:hAnsi="Cambria"/><w:position w:val="-9"/><w:sz w:val="110"/></w:rPr><w:t>{x(letter)}</w:t></w:r></w:p>')


def dropcap_docx(d):
    intro = curly(d["intro"])
    body, rels = [wp(wr(d["heading"]), "Title"), dropcap(intro[0]), wp(wr(intro[1:]))], []
    for i, e in enumerate(d["entries"], 1):
        s = curly(e["summary"])
        body += [wp(wr(curly(e["title"])), "Heading2"), dropcap(s[0], "margin" if i == 3 else "drop"), wp(wr(s[1:]))]
        for lab, lst in groups(e):
            if lab is None: body.append(wp(wr(curly(lst)))); continue
            body.append(wp(wr(lab, "<w:b/>"))); body += [wp(wr(curly(t)), "ListBullet") for t in lst]
        body.append(wp(f'<w:hyperlink r:id="rId{20 + i}" w:history="1">{wr(e["link"], chr(60) + "w:rStyle w:val=" + chr(34) + "Hyperlink" + chr(34) + "/>")}</w:hyperlink>'))
        rels.append(f'<Relationship Id="rId{20 + i}" Type="{REL}hyperlink" Target="{url(d, i, "www.sellowayscp.example")}" TargetMode="External"/>')
    body.append(wp(wr(FOOT, "<w:i/>")))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    drels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}settings" Target="settings.xml"/><Relationship Id="rId2" Type="{REL}numbering" Target="numbering.xml"/>'
             f'<Relationship Id="rId3" Type="{REL}styles" Target="styles.xml"/>{"".join(rels)}</Relationships>')
    return {"[Content_Types].xml": CT_HEAD + "</Types>", "_rels/.rels": ROOT_RELS, "word/document.xml": document, "word/styles.xml": styles(),
            "word/numbering.xml": BULLET_NUM, "word/settings.xml": SETTINGS, "word/_rels/document.xml.rels": drels}


# D. A partnership page turned into markdown by Python's html2text (2020.1.16, its defaults: 78-column wrapping, links
#    inline, '  * ' list items): the site's navigation and breadcrumb lists kept, h2 titles, bold labels, the report link
#    in a paragraph with the publication line.
def html2text_source(d):
    R = []
    for i, e in enumerate(d["entries"], 1):
        R.append(f'<h2>{x(e["title"])}</h2>\n<p>{x(e["summary"])}</p>')
        for lab, lst in groups(e):
            if lab is None: R.append(f"<p>{x(lst)}</p>"); continue
            R.append(f"<p><strong>{x(lab)}</strong></p>\n<ul>\n" + "\n".join(f"<li>{x(t)}</li>" for t in lst) + "\n</ul>")
        R.append(f'<p><a href="{url(d, i, "www.wrexleyscp.example")}">{x(e["link"])}</a></p>')
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>' + x(d["heading"]) + '</title></head>\n<body>\n'
            '<nav><ul><li><a href="/">Home</a></li><li><a href="/about-us/">About us</a></li><li><a href="/learning/">Learning from case reviews</a></li>'
            '<li><a href="/contact/">Contact</a></li></ul></nav>\n<p><a href="/">Home</a> &gt; <a href="/learning/">Learning from case reviews</a> &gt; '
            f'{x(d["heading"])}</p>\n<h1>{x(d["heading"])}</h1>\n<p>{x(d["intro"])}</p>\n' + "\n".join(R) +
            f'\n<p><em>{x(FOOT)}</em></p>\n<footer><p>Wrexley Safeguarding Children Partnership, Civic Centre, Wrexley</p></footer>\n</body></html>\n')


def html2text_md(d, src_base):
    src = html2text_source(d)
    open(f"{src_base}.html", "w", encoding="utf-8").write(src)
    return subprocess.run(["/usr/bin/python3", "-m", "html2text", f"{src_base}.html", "utf-8"], check=True, capture_output=True).stdout


# E. A digest typeset with groff's ms macros for the terminal (`groff -ms -Tutf8`) and saved as text: grotty's default
#    output marks bold with the ANSI SGR sequences ESC[1m ... ESC[0m and italics with ESC[4m ... ESC[24m; -Tutf8 gives
#    U+2010 for every '-' typed in the text and U+2022 for \(bu; lines justified to 65 columns and hyphenated, 66-line pages.
def ms_esc(s):
    s = s.replace("\\", "\\e")
    return ("\\&" + s) if s[:1] in ".'" else s


def ms_source(d):
    L = ['.\\" Invented for testing: every child, family, person and place in this digest is invented.', ".TL", ms_esc(d["heading"]),
         ".AU", "Hollinsford Safeguarding Children Partnership", ".LP", ms_esc(d["intro"])]
    for i, e in enumerate(d["entries"], 1):
        L += [".SH", ms_esc(e["title"]), ".LP", ms_esc(e["summary"])]
        for lab, lst in groups(e):
            if lab is None: L += [".LP", ms_esc(lst)]; continue
            L += [".LP", f'.I "{lab}"']
            for t in lst: L += [".IP \\(bu 3", ms_esc(t)]
        L += [".LP", f"{e['link']}:", ".br", url(d, i, "www.hollinsfordscp.example").replace("-", "\\-")]
    L += [".LP", f".I \"{FOOT}\""]
    return "\n".join(L) + "\n"


def groff_text(d, src_base):
    ms = ms_source(d)
    open(f"{src_base}.ms", "w", encoding="utf-8").write(ms)
    return subprocess.run(["groff", "-ms", "-Tutf8", f"{src_base}.ms"], check=True, capture_output=True).stdout


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst, base = f"{out}/input/{fname}", f"{out}/source/{fname.rsplit('.', 1)[0]}"
        if "splittext" in fname: open(dst, "w", encoding="utf-8").write(splittext_html(d))
        elif "twin-markup" in fname: open(dst, "w", encoding="utf-8").write(twin_html(d))
        elif "html2text" in fname: open(dst, "wb").write(html2text_md(d, base))
        elif "groff" in fname: open(dst, "wb").write(groff_text(d, base))
        elif fname.endswith(".docx"): write_docx(dropcap_docx(d), dst, (2025, 7, 9, 14, 5, 0))
