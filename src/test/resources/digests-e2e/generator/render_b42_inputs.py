# Renders the inputs of batch b42 (see render_b42.py and entries_b42.py). Invented material, test fixtures only. Plain Python:
# every input is written by this script (no external producer). DOCX helpers are shared with render_b32_inputs.
import base64, html, os, quopri, re, textwrap
from render_b32_inputs import (CT_HEAD, REL, ROOT_RELS, SETTINGS, W, curly, groups, write_docx, x)
h = html.escape
MONTHS = "January February March April May June July August September October November December".split()


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def month_name(d):
    return f"{MONTHS[int(d['month'][5:]) - 1]} {d['month'][:4]}"


def qp(text):
    return quopri.encodestring(text.replace("\r\n", "\n").encode("utf-8")).decode("ascii").replace("\n", "\r\n")


# ---------------------------------------------------------------- A. text copied from a PDF viewer, pasted into a .txt
# What a reader gets when they select all in a PDF viewer and paste into a text editor: CRLF, every line of the PDF a line
# of text (wrapped at the page's measure, about 90 characters), NO blank lines anywhere (paragraph spacing is lost), bullets
# as the Symbol-font private-use character U+F0B7 and a tab, continuation lines of an item flush left, fi / fl ligature
# characters (U+FB01, U+FB02) where the PDF's font used them, the link shown only as its text (the URL was an annotation),
# and page 1's footer ('learning.nspcc.org.uk    1') and page 2's running head between two lines of a review.
LIG = lambda s: re.sub(r"(?<![A-Z])fi", "\ufb01", re.sub(r"(?<![A-Z])fl", "\ufb02", s))


def pdf_paste(d):
    wrap = lambda s, w=90: textwrap.wrap(LIG(curly(s)), w)
    b = [LIG(d["heading"])] + wrap(d["intro"])
    for e in d["entries"]:
        b.append(e["title"])
        b += wrap(e["summary"])
        for lab, lst in groups(e):
            if lab is None:
                b += wrap(lst); continue
            b.append(lab)
            for t in lst:
                w = wrap(t, 84)
                b += ["\uf0b7\t" + w[0]] + w[1:]
        b.append(e["link"])
    b.append(LIG("Summaries written for testing: every child, family, person and place in this document is invented."))
    cut = next(k for k, s in enumerate(b) if "Their father" in s) + 1
    b[cut:cut] = ["learning.nspcc.org.uk                                                                1",
                  "Case reviews published in March 2025"]
    b.append("learning.nspcc.org.uk                                                                2")
    return "\r\n".join(b) + "\r\n"


# ---------------------------------------------------------------- B. Logseq page (markdown, every block an outline bullet)
# Page properties ('title::', 'tags::') as the first lines; then every block a '- ' bullet, children indented with TABS:
# the intro block (with a #tag), one block per review whose text is '## title' with a 'collapsed:: false' property (and an
# 'id::' block-ref property on one), its children: the summary block, a bold label block ('**Key learning:**') whose
# children are the items, the no-recommendations sentence as a block, the link block '[Read ... (PDF)](URL)'.
def logseq_md(d):
    b = [f"title:: {d['heading']}", "tags:: case-reviews, digest", "source:: NSPCC Learning", "",
         f"- {curly(d['intro'])} #invented"]
    for i, e in enumerate(d["entries"], 1):
        b += [f"- ## {e['title']}", "  collapsed:: false"]
        if i == 2: b.append("  id:: 6650f3a2-4c1d-4b7e-9a0e-2b42c0ffee02")
        b.append(f"\t- {curly(e['summary'])}")
        for lab, lst in groups(e):
            if lab is None:
                b.append(f"\t- {curly(lst)}"); continue
            b.append(f"\t- **{lab}**")
            b += [f"\t\t- {curly(t)}" for t in lst]
        b.append(f"\t- [{e['link']}]({url(d, i)})")
    b.append("- *Summaries written for testing: every child, family, person and place on this page is invented.*")
    return "\n".join(b) + "\n"


# ---------------------------------------------------------------- C. e-mail composed in Gmail, saved as .eml
# multipart/alternative as Gmail sends it: FIRST Gmail's own plain-text rendering of the composed HTML (bold as '*text*',
# so titles and labels are '*...*' lines; list items '   - item'; links 'text <URL>'; a greeting and a sign-off; the
# signature after '-- '), quoted-printable UTF-8; THEN the HTML (div per line, '<div><br></div>' for blank lines, <ul> with
# li margin-left, gmail_signature), base64 wrapped at 76.
SENDER = "Priya Marlowe (invented)"


def gm_text(d):
    b = ["Hi all,", "", "Please see below this month's round-up of new case reviews.", "", f"*{d['heading']}*", "", curly(d["intro"]), ""]
    for i, e in enumerate(d["entries"], 1):
        b += [f"*{e['title']}*", curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None:
                b += [curly(lst), ""]; continue
            b += [f"*{lab}*"] + [f"   - {curly(t)}" for t in lst] + [""]
        b += [f"{e['link']} <{url(d, i)}>", ""]
    b += ["Thanks,", "Priya", "", "-- ", SENDER, "Learning and Development Officer, Example Safeguarding Partnership", ""]
    return "\r\n".join(b)


def gm_html(d):
    div = lambda s: f"<div>{s}</div>"
    br = "<div><br></div>"
    b = [div("Hi all,"), br, div("Please see below this month&#39;s round-up of new case reviews."), br, div(f"<b>{x(d['heading'])}</b>"), br,
         div(x(d["intro"])), br]
    for i, e in enumerate(d["entries"], 1):
        b += [div(f"<b>{x(e['title'])}</b>"), div(x(e["summary"])), br]
        for lab, lst in groups(e):
            if lab is None:
                b += [div(x(lst)), br]; continue
            b += [div(f"<b>{x(lab)}</b>"), "<ul>" + "".join(f'<li style="margin-left:15px">{x(t)}</li>' for t in lst) + "</ul>"]
        b += [div(f'<a href="{url(d, i)}">{x(e["link"])}</a>'), br]
    b += [div("Thanks,"), div("Priya"), br, '<span class="gmail_signature_prefix">-- </span><br>',
          f'<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">{x(SENDER)}<div>Learning and Development Officer, Example Safeguarding Partnership</div></div></div>']
    return '<div dir="ltr">' + "".join(b) + "</div>\r\n"


def gm_eml(d):
    bd = "000000000000b42f6a0628d1c3e4"
    b64 = base64.encodebytes(gm_html(d).encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    subj = base64.b64encode(d["heading"].encode("utf-8")).decode("ascii")
    head = ["MIME-Version: 1.0", "Date: Thu, 23 Oct 2025 11:42:07 +0100",
            "Message-ID: <CAH7b42xQk9fP3nR2wVt0sZ8yLm4uE1aJd6oGh5cNpB@mail.gmail.com>",
            f"Subject: =?UTF-8?B?{subj}?=", f"From: {SENDER} <priya.marlowe.invented@gmail.com>",
            "To: Safeguarding leads <safeguarding-leads@example-partnership.org.uk>",
            f'Content-Type: multipart/alternative; boundary="{bd}"', "",
            f"--{bd}", 'Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "", qp(gm_text(d)), "",
            f"--{bd}", 'Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: base64", "", b64,
            f"--{bd}--", ""]
    return "\r\n".join(head)


# ---------------------------------------------------------------- D. Ghost blog post page (Casper theme, Koenig cards)
# A post page as a Ghost 5 site serves it: site header and navigation, article header (tag, h1 title, excerpt = intro,
# byline with author and date and reading time), the content in section.gh-content: a callout card (emoji + text), per
# review a TOGGLE CARD (h4.kg-toggle-heading-text title with an SVG icon button; the content div with the summary, bold
# label paragraphs, <ul> with <li value>, spans with white-space: pre-wrap) followed by a BUTTON CARD holding the link; a
# bookmark card to another page at the end; then a signup CTA, a 'Read more' aside with three other posts' cards (title and
# excerpt), and the site footer.
SVG = ('<svg id="Regular" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path class="cls-1" '
       'd="M23.25,7.311,12.53,18.03a.749.749,0,0,1-1.06,0L.75,7.311"></path></svg>')


def ghost_html(d):
    sp = lambda s: f'<span style="white-space: pre-wrap;">{x(s)}</span>'
    cards = [f'<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">\u2139\ufe0f</div><div class="kg-callout-text">{x(d["intro"])}</div></div>']
    for i, e in enumerate(d["entries"], 1):
        body = [f"<p>{sp(e['summary'])}</p>"]
        for lab, lst in groups(e):
            if lab is None:
                body.append(f"<p>{sp(lst)}</p>"); continue
            body.append(f'<p><strong style="white-space: pre-wrap;">{x(lab)}</strong></p>')
            body.append("<ul>" + "".join(f'<li value="{k}">{sp(t)}</li>' for k, t in enumerate(lst, 1)) + "</ul>")
        cards.append(f'<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text">{sp(e["title"])}</h4>'
                     f'<button class="kg-toggle-card-icon" aria-label="Expand toggle to read content">{SVG}</button></div>'
                     f'<div class="kg-toggle-content">{"".join(body)}</div></div>')
        cards.append(f'<div class="kg-card kg-button-card kg-align-left"><a href="{url(d, i)}" class="kg-btn kg-btn-accent">{x(e["link"])}</a></div>')
    cards.append('<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://learning.nspcc.org.uk/case-reviews/recently-published-case-reviews">'
                 '<div class="kg-bookmark-content"><div class="kg-bookmark-title">Recently published case reviews</div><div class="kg-bookmark-description">Search the national case review repository.</div>'
                 '<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://learning.nspcc.org.uk/favicon.ico" alt=""><span class="kg-bookmark-author">NSPCC Learning</span></div></div></a></figure>')
    cards.append("<p><em>Summaries written for testing: every child, family, person and place in this post is invented.</em></p>")
    more = "".join(f'<article class="post-card post"><a class="post-card-image-link" href="/case-reviews-{m.lower()}-2025/"></a><div class="post-card-content"><a class="post-card-content-link" href="/case-reviews-{m.lower()}-2025/">'
                   f'<header class="post-card-header"><div class="post-card-primary-tag">Case reviews</div><h2 class="post-card-title">New case reviews: {m} 2025</h2></header>'
                   f'<div class="post-card-excerpt">{n} case reviews were published in {m} 2025.</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2025-{k:02d}-28">28 {m[:3]} 2025</time>'
                   f'<span class="post-card-meta-length">3 min read</span></footer></div></article>' for m, n, k in (("April", "Three", 4), ("March", "Five", 3), ("February", "Two", 2)))
    return f'''<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>{x(d["heading"])}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4f0c1e8b2a">
    <meta name="description" content="{x(d["intro"])}">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{x(d["heading"])}">
    <script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Article", "headline": "{x(d["heading"])}", "datePublished": "2025-05-28T09:00:00.000Z"}}</script>
    <meta name="generator" content="Ghost 5.82">
    <style>.kg-toggle-card[data-kg-toggle-state=close] .kg-toggle-content{{height:0;overflow:hidden}}</style>
</head>
<body class="post-template tag-case-reviews is-head-left-logo has-cover">
<div class="viewport">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand"><a class="gh-head-logo" href="https://learning.example-partnership.org.uk">Example Safeguarding Partnership</a></div>
            <nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://learning.example-partnership.org.uk/">Home</a></li><li class="nav-case-reviews nav-current-parent"><a href="https://learning.example-partnership.org.uk/tag/case-reviews/">Case reviews</a></li><li class="nav-training"><a href="https://learning.example-partnership.org.uk/training/">Training</a></li><li class="nav-about"><a href="https://learning.example-partnership.org.uk/about/">About</a></li></ul></nav>
            <div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div>
        </div>
    </header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-case-reviews ">
    <header class="article-header gh-canvas">
        <div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/case-reviews/">Case reviews</a></span></div>
        <h1 class="article-title">{x(d["heading"])}</h1>
        <p class="article-excerpt">{x(d["intro"])}</p>
        <div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/library/" class="author-avatar author-profile-image"></a></li></ul>
        <div class="article-byline-meta"><h4 class="author-name"><a href="/author/library/">Library team</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-05-28">28 May 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span></div></div></section></div>
    </header>
    <section class="gh-content gh-canvas">
        {"".join(cards)}
    </section>
</article>
</main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed">{more}</div></div></aside>
    </div>
    <footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://learning.example-partnership.org.uk">Example Safeguarding Partnership</a> &copy; 2025</section><nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li><li><a href="#/portal/">Sign up</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<script src="/assets/built/casper.js?v=4f0c1e8b2a"></script>
</body>
</html>
'''


# ---------------------------------------------------------------- E. DOCX as Apple Pages exports it
# Styles named as Pages names them ('Title', 'Heading', 'Body'; 'Heading' a custom style with no outline level, bold 14pt),
# fonts Helvetica Neue; the review titles in 'Heading'; the summary a 'Body' paragraph; EVERY LABEL AND ITS ITEMS ONE
# PARAGRAPH: the bold label run, then for each item a soft line break <w:br/> and the typed '•' + <w:tab/> + item text (no
# Word numbering); the no-recommendations sentence a Body paragraph; the link a w:hyperlink paragraph. docProps/app.xml names
# the application.
def pr(t, b=False):
    rpr = '<w:rFonts w:ascii="Helvetica Neue" w:hAnsi="Helvetica Neue"/>' + ("<w:b/><w:bCs/>" if b else "")
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{x(t)}</w:t></w:r>'


def pp(content, style="Body"):
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{content}</w:p>'


P_STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Helvetica Neue" w:hAnsi="Helvetica Neue"/>'
            '<w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
            '<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body"/><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr><w:rPr><w:color w:val="000000"/><w:sz w:val="22"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:next w:val="Body"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="48"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/><w:next w:val="Body"/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/></w:rPr></w:style>'
            '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style></w:styles>')


def pages_docx(d):
    links, body = [], [pp(pr(d["heading"]), "Title"), pp(pr(d["intro"]))]
    for i, e in enumerate(d["entries"], 1):
        body += [pp(pr(e["title"]), "Heading"), pp(pr(e["summary"]))]
        for lab, lst in groups(e):
            if lab is None:
                body.append(pp(pr(lst))); continue
            runs = pr(lab, b=True) + "".join('<w:r><w:br/></w:r><w:r><w:t xml:space="preserve">\u2022</w:t></w:r><w:r><w:tab/></w:r>' + pr(t) for t in lst)
            body.append(pp(runs))
        rid = f"rIdL{i}"; links.append((rid, url(d, i)))
        body.append(pp(f'<w:hyperlink r:id="{rid}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">{x(e["link"])}</w:t></w:r></w:hyperlink>'))
    body.append(pp(pr("Summaries written for testing: every child, family, person and place in this document is invented.")))
    sect = '<w:sectPr><w:pgSz w:w="11900" w:h="16840"/><w:pgMar w:top="1440" w:right="1134" w:bottom="1440" w:left="1134" w:header="709" w:footer="850" w:gutter="0"/></w:sectPr>'
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}styles" Target="styles.xml"/><Relationship Id="rId3" Type="{REL}settings" Target="settings.xml"/>'
            + "".join(f'<Relationship Id="{r}" Type="{REL}hyperlink" Target="{h(u)}" TargetMode="External"/>' for r, u in links) + '</Relationships>')
    ct = CT_HEAD.replace('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>', "")
    ct += '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'
    root = ROOT_RELS.replace("</Relationships>", '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Pages</Application><AppVersion>14.1</AppVersion></Properties>')
    return {"[Content_Types].xml": ct, "_rels/.rels": root, "word/document.xml": document, "word/styles.xml": P_STYLES,
            "word/settings.xml": SETTINGS, "word/_rels/document.xml.rels": rels, "docProps/app.xml": app}


# ---------------------------------------------------------------- F. MediaWiki wikitext sent as .txt
# The source of an intranet wiki page (the page's own name is not in its text): a notice template and an infobox template
# (the digest title as its 'title =' parameter), __NOTOC__, the intro in ''italics'' with a [[wiki link]]; per review a
# '== title ==' section, the summary (one or two [[internal|piped]] links inside it), "'''label'''" bold lines, '* ' items,
# the no-recommendations sentence, the link as an external link '[URL text]'; a {{Reflist}}-free end with categories.
WIKI = {"foster care": "[[Foster care|foster care]]", "head injury": "[[Abusive head trauma|head injury]]", "looked after": "[[looked after]]"}


def mediawiki_txt(d):
    b = ["{{Notice|All of the children, families, people and places on this page are invented for testing.}}",
         "{{Infobox digest", f"| title     = {d['heading']}", "| published = 19 December 2024", "| team      = Library and Information Service", "}}",
         "__NOTOC__", f"''{d['intro'].replace('case reviews', '[[case review]]s', 1)}''", ""]
    for i, e in enumerate(d["entries"], 1):
        s = curly(e["summary"])
        for k, v in WIKI.items(): s = s.replace(k, v, 1)
        b += [f"== {e['title']} ==", s, ""]
        for lab, lst in groups(e):
            if lab is None:
                b += [curly(lst), ""]; continue
            b += [f"'''{lab}'''"] + [f"* {curly(t)}" for t in lst] + [""]
        b += [f"[{url(d, i)} {e['link']}]", ""]
    b += ["----", "''Summaries written for testing: every child, family, person and place on this page is invented.''", "",
          "[[Category:Case reviews]]", "[[Category:Case reviews published in 2024]]"]
    return "\n".join(b) + "\n"


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    want = lambda f: not only or f in only
    stamp = lambda d: (int(d["month"][:4]), int(d["month"][5:]), 20, 10, 0, 0)
    for fname, d in B.items():
        if not want(fname): continue
        dst, stem = f"{out}/input/{fname}", os.path.splitext(fname)[0]
        if "pdf-viewer" in fname:
            open(dst, "wb").write(pdf_paste(d).encode("utf-8"))
        elif "logseq" in fname:
            open(dst, "w", encoding="utf-8").write(logseq_md(d))
        elif "gmail" in fname:
            open(dst, "wb").write(gm_eml(d).encode("ascii"))
            open(f"{out}/source/{stem}.text.txt", "w", encoding="utf-8").write(gm_text(d))
            open(f"{out}/source/{stem}.html", "w", encoding="utf-8").write(gm_html(d))
        elif "ghost" in fname:
            open(dst, "w", encoding="utf-8").write(ghost_html(d))
        elif "mediawiki" in fname:
            open(dst, "w", encoding="utf-8").write(mediawiki_txt(d))
        elif fname.endswith(".docx"):
            parts = pages_docx(d)
            write_docx(parts, dst, stamp(d))
            open(f"{out}/source/{stem}.document.xml", "w", encoding="utf-8").write(parts["word/document.xml"])
