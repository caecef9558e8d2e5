# Renders the inputs of batch b46 (see render_b46.py and entries_b46.py). Invented material, test fixtures only. Plain Python:
# every input is written by this script (no external producer); DOCX helpers from render_b32_inputs.py.
import os, quopri, textwrap
from render_b32_inputs import (h, x, curly, groups, write_docx, bullet_numbering, CT_HEAD, ROOT_RELS, SETTINGS, REL, W, wr, wp)
FOOT = "Summaries written for testing: every child, family, person and place in this digest is invented."


def url(d, i, host="learning.nspcc.org.uk"):
    return f"https://{host}/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def paras(e):
    """The summary as printed: the labelled background paragraph first when the entry has one."""
    return ([e["pre"]] if e.get("pre") else []) + [e["summary"]]


# A. Outlook 'Save as > Text Only' of an HTML newsletter: header block with tabs, '[cid:…]' placeholders for images, the
#    'In this issue' table flattened to tab-separated lines, h2 titles as bare lines, list items '  *   text', links as
#    'text<URL>', nbsp-only paragraphs as ' ' lines, CRLF, long paragraphs on one line (no hard wrap).
def outlook_text(d):
    L = ["From:\tNSPCC Learning <newsletters@learning.nspcc.example>", "Sent:\t08 October 2025 09:14",
         "To:\tSafeguarding Team (Eastmoor)", f"Subject:\t{d['heading']}", "", "[cid:image001.png@01DC3821.4E6A2F10]",
         "View this email in your browser<https://learning.nspcc.example/newsletters/2025-09>", " ", d["heading"], "", d["intro"], " ",
         "In this issue", ""]
    for e in d["entries"]:
        L.append(f"{curly(e['title'])}\t{e['t']['document_type'].replace('_', ' ').capitalize()}")
    L += [" ", "[cid:image002.png@01DC3821.4E6A2F10]", ""]
    for i, e in enumerate(d["entries"], 1):
        L += [curly(e["title"]), ""]
        for p in paras(e): L += [curly(p), ""]
        for lab, lst in groups(e):
            if lab is None: L += [curly(lst), ""]; continue
            L += [lab, ""] + [f"  *   {curly(t)}" for t in lst] + [""]
        L += [f"{e['link']}<{url(d, i)}>", " ", "[cid:image003.png@01DC3821.4E6A2F10]", ""]
    L += [FOOT, "", "You are receiving this email because you signed up to NSPCC Learning newsletters.",
          "Unsubscribe<https://learning.nspcc.example/unsubscribe?u=7f3a> | Manage your preferences<https://learning.nspcc.example/prefs?u=7f3a>",
          "[Facebook]<https://facebook.example/nspcclearning>  [LinkedIn]<https://linkedin.example/nspcclearning>", ""]
    return "\r\n".join(L)


# B. DOCX from a Word form template: Title + intro, then ONE two-column table per review, the first column shaded labels
#    without colons (Review, Summary, Learning, Recommendations, Good practice, Published as); items as bulleted paragraphs
#    in the right cell; an empty good practice cell says 'None identified.'; the link a w:hyperlink in the 'Published as' row.
def cell(content, w, shade=None):
    s = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{s}</w:tcPr>{content}</w:tc>'


def form_docx(d):
    body = [wp(wr(d["heading"]), "Title"), wp(wr(d["intro"]))]
    rels = []
    for i, e in enumerate(d["entries"], 1):
        g = {lab: lst for lab, lst in groups(e) if lab}
        rows = [("Review", wp(wr(e["title"], b=True))), ("Summary", "".join(wp(wr(p)) for p in paras(e)))]
        rows.append(("Learning", "".join(wp(wr(t), "ListBullet", num=True) for t in e["learning"])))
        rows.append(("Recommendations", "".join(wp(wr(t), "ListBullet", num=True) for t in e["recs"]) if e["recs"] else wp(wr(e["norec"]))))
        rows.append(("Good practice", "".join(wp(wr(t), "ListBullet", num=True) for t in e["good"]) if e["good"] else wp(wr("None identified."))))
        rows.append(("Published as", wp(f'<w:hyperlink r:id="rId{20 + i}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
                                        f'<w:t xml:space="preserve">{x(e["link"])}</w:t></w:r></w:hyperlink>')))
        rels.append(f'<Relationship Id="rId{20 + i}" Type="{REL}hyperlink" Target="{url(d, i)}" TargetMode="External"/>')
        trs = "".join(f'<w:tr>{cell(wp(wr(lab, b=True)), 2200, "D9E2F3")}{cell(c, 6826)}</w:tr>' for lab, c in rows)
        body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" '
                    'w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
                    f'<w:tblGrid><w:gridCol w:w="2200"/><w:gridCol w:w="6826"/></w:tblGrid>{trs}</w:tbl>')
        body.append(wp(""))
    body.append(wp(wr(FOOT, rpr="<w:i/>")))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
                'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="56"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/></w:style>'
              '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/>'
              '<w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/>'
              '<w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style></w:styles>')
    drels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}settings" Target="settings.xml"/><Relationship Id="rId2" Type="{REL}numbering" Target="numbering.xml"/>'
             f'<Relationship Id="rId3" Type="{REL}styles" Target="styles.xml"/>{"".join(rels)}</Relationships>')
    return {"[Content_Types].xml": CT_HEAD + "</Types>", "_rels/.rels": ROOT_RELS, "word/document.xml": document, "word/styles.xml": styles,
            "word/numbering.xml": bullet_numbering("\u2022o\u25aa", "Symbol"), "word/settings.xml": SETTINGS, "word/_rels/document.xml.rels": drels}


# C. Markdown with setext headings ('===' / '---'), hard-wrapped at 72 with lazy continuation lines (list items too),
#    bold labels, '+' bullets, '1)' numbered recommendations, reference-style links whose definitions are all at the end.
def wrap(t, first="", lazy=""):
    return textwrap.fill(t, 72, initial_indent=first, subsequent_indent=lazy, break_on_hyphens=False)


def markdown_setext(d):
    L = [d["heading"], "=" * len(d["heading"]), "", wrap(d["intro"] + " Earlier round-ups are in the [case review repository][repo]."), ""]
    refs = ["[repo]: https://learning.nspcc.example/case-reviews \"NSPCC Learning case review repository\""]
    for i, e in enumerate(d["entries"], 1):
        key = e["t"]["child_name"].split()[-1].lower()
        L += [e["title"], "-" * len(e["title"]), ""]
        for p in paras(e): L += [wrap(p), ""]
        for lab, lst in groups(e):
            if lab is None: L += [wrap(lst), ""]; continue
            num = lab.startswith("Recommendations")
            L += [f"**{lab}**", ""] + [wrap(t, f"{k}) " if num else "+ ") for k, t in enumerate(lst, 1)] + [""]
        L += [f"[{e['link']}][{key}]", "", "* * *", ""]
        refs.append(f"[{key}]: {url(d, i)} \"{e['title']}\"")
    L += ["_" + FOOT + "_", ""] + refs + [""]
    return "\n".join(L)


# D. Chrome 'Save page as > Webpage, Complete': 'saved from url' comment, assets in './<title>_files/', inline styles, a
#    fixed cookie banner, skip link, site nav, breadcrumbs, one bordered div per review (h2 title, bold <p> labels with no
#    colon, the link followed by '(PDF, 412 KB)'), a 'Related pages' aside, footer, inline scripts.
def chrome_complete(d):
    F = "./Case reviews published in July 2025 \u2013 Westmere Safeguarding Children Partnership_files"
    P = 'style="font-size:17px;line-height:1.5;margin:0 0 12px"'
    out = ['<!DOCTYPE html>', '<!-- saved from url=(0062)https://www.westmerescp.example/professionals/case-reviews/2025-07 -->',
           '<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f'<title>{h(d["heading"])} \u2013 Westmere Safeguarding Children Partnership</title>',
           f'<link rel="stylesheet" href="{F}/main.min.css"><script async="" src="{F}/gtm.js"></script>',
           '<style>.visually-hidden{position:absolute;left:-9999px}</style></head>',
           '<body style="margin:0;font-family:Arial,Helvetica,sans-serif;color:#1d1d1b">',
           '<div id="cookie-banner" role="region" aria-label="Cookies on this site" style="position:fixed;bottom:0;left:0;right:0;background:#00205b;color:#fff;padding:16px;z-index:999">'
           '<p style="margin:0 0 8px">We use some essential cookies to make this website work. We\u2019d also like to set analytics cookies to understand how you use the website.</p>'
           '<button type="button" style="margin-right:8px">Accept all cookies</button><button type="button">Reject analytics cookies</button> '
           '<a href="https://www.westmerescp.example/cookies" style="color:#fff">View cookie settings</a></div>',
           '<a class="visually-hidden" href="#main-content">Skip to main content</a>',
           f'<header style="background:#fff;border-bottom:4px solid #00205b;padding:12px 24px"><a href="https://www.westmerescp.example/"><img src="{F}/logo.svg" alt="Westmere Safeguarding Children Partnership" width="220"></a>',
           '<nav aria-label="Main" style="display:inline-block;margin-left:32px"><ul style="list-style:none;display:flex;gap:20px;margin:0;padding:0">'
           + "".join(f'<li><a href="https://www.westmerescp.example/{s.lower().replace(" ", "-")}" style="color:#00205b">{s}</a></li>'
                     for s in ("Home", "Children and families", "Professionals", "Training", "About us", "Contact us")) + '</ul></nav></header>',
           '<nav aria-label="Breadcrumb" style="padding:8px 24px;font-size:14px"><ol style="list-style:none;display:flex;gap:8px;margin:0;padding:0">'
           '<li><a href="https://www.westmerescp.example/">Home</a> \u203a</li><li><a href="https://www.westmerescp.example/professionals">Professionals</a> \u203a</li>'
           '<li>Case reviews</li></ol></nav>',
           '<div style="display:flex;gap:32px;padding:0 24px"><main id="main-content" style="flex:3;max-width:760px">',
           f'<h1 style="font-size:36px;color:#00205b;margin:16px 0">{h(d["heading"])}</h1>', f'<p {P}>{x(d["intro"])}</p>']
    for i, e in enumerate(d["entries"], 1):
        out.append(f'<div class="review-summary" style="border:1px solid #b1b4b6;border-left:6px solid #00205b;padding:16px 20px;margin:0 0 24px">')
        out.append(f'<h2 style="font-size:24px;color:#00205b;margin:0 0 12px">{x(e["title"])}</h2>')
        out += [f'<p {P}>{x(p)}</p>' for p in paras(e)]
        for lab, lst in groups(e):
            if lab is None: out.append(f'<p {P}>{x(lst)}</p>'); continue
            out.append(f'<p style="font-size:17px;font-weight:700;margin:16px 0 4px">{lab}</p>')
            out.append('<ul style="margin:0 0 12px;padding-left:24px">' + "".join(f'<li style="margin-bottom:4px">{x(t)}</li>' for t in lst) + '</ul>')
        out.append(f'<p {P}><a href="{url(d, i, "www.westmerescp.example")}" style="color:#1d70b8;font-weight:700">{x(e["link"])}</a> '
                   '<span style="color:#505a5f;font-size:14px">(PDF, 412 KB)</span></p></div>')
    out += [f'<p style="font-style:italic">{x(FOOT)}</p>', '</main>',
            '<aside style="flex:1;border-top:4px solid #00205b;padding-top:8px"><h2 style="font-size:19px">Related pages</h2><ul style="list-style:none;padding:0">'
            '<li><a href="https://www.westmerescp.example/professionals/case-reviews/2025-06">Case reviews published in June 2025</a></li>'
            '<li><a href="https://www.westmerescp.example/professionals/learning-briefings">Learning briefings</a></li>'
            '<li><a href="https://www.westmerescp.example/professionals/escalation">Escalation policy</a></li></ul></aside></div>',
            '<footer style="background:#00205b;color:#fff;padding:24px;margin-top:40px"><p>\u00a9 2025 Westmere Safeguarding Children Partnership</p>'
            '<p><a href="https://www.westmerescp.example/accessibility" style="color:#fff">Accessibility</a> | <a href="https://www.westmerescp.example/privacy" style="color:#fff">Privacy notice</a></p></footer>',
            '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());gtag("config","G-WSCP0001");</script>',
            f'<script src="{F}/cookie-banner.js"></script>', '</body></html>', '']
    return "\n".join(out)


# E. An .eml whose only body is HTML, quoted-printable (no multipart, no plain-text alternative): a newsletter table layout,
#    hidden preheader, h2 titles, '<strong>Label:</strong>' paragraphs, lists, 'Read …' links; curly quotes and dashes.
def eml_qp_html(d):
    td = 'style=3D"padding:0 24px"'
    rows = [f'<h1 style="font-family:Arial;font-size:28px;color:#2b1a4f">{x(d["heading"])}</h1><p>{x(d["intro"])}</p>']
    for i, e in enumerate(d["entries"], 1):
        b = [f'<h2 style="font-family:Arial;font-size:21px;color:#2b1a4f;margin:24px 0 8px">{x(e["title"])}</h2>'] + [f'<p>{x(p)}</p>' for p in paras(e)]
        for lab, lst in groups(e):
            if lab is None: b.append(f'<p>{x(lst)}</p>'); continue
            b.append(f'<p style="margin-bottom:4px"><strong>{lab}</strong></p><ul>' + "".join(f'<li>{x(t)}</li>' for t in lst) + '</ul>')
        b.append(f'<p><a href="{url(d, i)}" style="color:#6b2c91">{x(e["link"])}</a></p><hr style="border:0;border-top:1px solid #ddd">')
        rows.append("".join(b))
    html_ = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>' + x(d["heading"]) + '</title></head>'
             '<body style="margin:0;background:#f4f4f4"><span style="display:none;max-height:0;overflow:hidden">Three new reviews \u2013 safer sleep, online harm and physical abuse</span>'
             '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
             '<table role="presentation" width="640" style="background:#ffffff;font-family:Arial,sans-serif;font-size:16px;line-height:1.5">'
             + "".join(f'<tr><td style="padding:0 24px">{r}</td></tr>' for r in rows)
             + f'<tr><td style="padding:16px 24px;font-size:12px;color:#666"><p>{x(FOOT)}</p><p>Northbridge Safeguarding Children Partnership, 1 Civic Way, Northbridge NB1 1AA</p>'
             '<p><a href="https://www.northbridgescp.example/newsletter/unsubscribe">Unsubscribe</a></p></td></tr></table></td></tr></table></body></html>')
    body = quopri.encodestring(html_.encode("utf-8")).decode("ascii")
    head = ["Return-Path: <bulletin@northbridgescp.example>", "Received: from mail.northbridgescp.example (mail.northbridgescp.example [192.0.2.25])",
            "\tby mx.eastmoor.example with ESMTPS id 4Hk2b9; Mon, 09 Feb 2026 08:30:12 +0000",
            "From: =?utf-8?Q?Northbridge_Safeguarding_Children_Partnership?= <bulletin@northbridgescp.example>",
            "To: practice-learning@eastmoor.example", "Subject: =?utf-8?Q?Case_review_round-up:_January_2026?=",
            "Date: Mon, 09 Feb 2026 08:30:00 +0000", "Message-ID: <20260209083000.5521@northbridgescp.example>", "MIME-Version: 1.0",
            'Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "X-Mailer: Northbridge Bulletin 3.2", ""]
    return "\r\n".join(head) + "\r\n" + body.replace("\n", "\r\n") + "\r\n"


# F. Word 'Save as > Plain Text' (Windows default encoding: Windows-1252), CRLF, one line per paragraph, no blank lines
#    except Word's empty paragraphs; Symbol bullets as '·' + tab, numbered recommendations '1.' + tab; the report links
#    were footnotes: '[1]' marks in the text and the footnotes after a '________________' line at the end.
def word_plaintext(d):
    L = [d["heading"], d["intro"], ""]
    notes = []
    for i, e in enumerate(d["entries"], 1):
        L.append(curly(e["title"]))
        L += [curly(p) for p in paras(e)]
        for lab, lst in groups(e):
            if lab is None: L.append(curly(lst)); continue
            num = lab.startswith("Recommendations")
            L.append(lab); L += [(f"{k}.\t" if num else "\u00b7\t") + curly(t) for k, t in enumerate(lst, 1)]
        notes.append(f"[{i}] {e['link']}: {url(d, i)}")
        L += [f"{e['link']}[{i}]", ""]
    L += [FOOT, "", "________________", ""] + notes + [""]
    return "\r\n".join(L).encode("cp1252")


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst, stem = f"{out}/input/{fname}", os.path.splitext(fname)[0]
        if "outlook" in fname: open(dst, "w", encoding="utf-8", newline="").write(outlook_text(d))
        elif "formtable" in fname:
            parts = form_docx(d); write_docx(parts, dst, (2025, 6, 3, 9, 0, 0))
            open(f"{out}/source/{stem}.document.xml", "w", encoding="utf-8").write(parts["word/document.xml"])
        elif fname.endswith(".md"): open(dst, "w", encoding="utf-8").write(markdown_setext(d))
        elif "chrome" in fname: open(dst, "w", encoding="utf-8").write(chrome_complete(d))
        elif fname.endswith(".eml"): open(dst, "w", encoding="ascii", newline="").write(eml_qp_html(d))
        elif "word-plaintext" in fname: open(dst, "wb").write(word_plaintext(d))
