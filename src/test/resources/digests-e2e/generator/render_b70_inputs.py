# Renders the inputs of batch b70 (see render_b70.py and entries_b70.py). Invented material, test fixtures only.
# Every file is written by plain Python 3: the mailbox with the standard email package's encoders (quoted-printable, base64)
# and its envelope lines and '>From ' escapes written by hand, the DOCX as WordprocessingML with zipfile, the rest as text.
# No mail client, Mailman, hyphenation filter, forum, Word or CMS ran: each file is written in the shape the named producer
# gives it.
import base64, os, quopri, re, textwrap
from render_b32_inputs import (x, curly, REL, CT_HEAD, ROOT_RELS, SETTINGS, write_docx)
from render_b50_inputs import (wr, wp, styles, BULLET_NUM)
from render_b64_inputs import (url, groups)
FOOT = "Summaries written for testing: every child, family, person and place in this digest is invented."


# A. A Thunderbird folder exported with ImportExportTools NG ('Export folder' > mbox): the four posts a partnership sent to
#    its announcement list (Mailman 2.1) in May 2025, one review a post. Each message opens with Thunderbird's envelope line
#    'From - <ctime date>' and its X-Mozilla-Status headers; Mailman's List-* headers and '[Ashvale-announce]' subject tag.
#    Post 1 (Outlook): multipart/alternative, text/plain and text/html both quoted-printable, the list footer appended to
#    both; post 2 (Thunderbird): text/plain format=flowed, 8bit, lines ending in a space where they were wrapped;
#    post 3 (Outlook, plain text): text/plain 8bit wrapped at 72, a line of the summary opening 'From the age of 14', which
#    the mailbox escaped '>From ' (mboxrd); post 4 (a web mailer, HTML only): text/html base64, so Mailman added its footer
#    as a SECOND MIME part (multipart/mixed: the HTML, then a text/plain footer part), as Mailman does to a message that is
#    not plain text. Every post: a greeting, the review, a sign-off, a '-- ' signature, the invented-material note.
LIST = "Ashvale-announce"
LIST_ADDR = "ashvale-announce@lists.ashvalescp.example"
FOOTER = ("_______________________________________________\n" + LIST + " mailing list\n" + LIST_ADDR + "\n"
          "https://lists.ashvalescp.example/mailman/listinfo/ashvale-announce\n")
DATES = [("Fri May 02 09:41:17 2025", "Fri, 02 May 2025 09:41:05 +0100"), ("Wed May 14 15:02:48 2025", "Wed, 14 May 2025 15:02:31 +0100"),
         ("Tue May 20 11:20:09 2025", "Tue, 20 May 2025 11:19:52 +0100"), ("Thu May 29 16:55:40 2025", "Thu, 29 May 2025 16:55:21 +0100")]
SENDERS = ["Priya Maddox <p.maddox@ashvalescp.example>", "Owen Tallis <o.tallis@ashvalescp.example>",
           "Priya Maddox <p.maddox@ashvalescp.example>", "Ashvale SCP Business Unit <scp@ashvalescp.example>"]
SIG = "-- \nAshvale Safeguarding Children Partnership\nBusiness Unit | 01632 960 418\n"
NOTE = "Every child, family, person and place in this message is invented for testing."


def post_lines(e, d, i, bullet="* "):
    """The review as a plain-text block (unwrapped paragraphs)."""
    P = [curly(e["title"]), curly(e["summary"])]
    for lab, lst in groups(e):
        if lab is None: P.append(curly(lst)); continue
        P.append(lab + "\n" + "\n".join(bullet + curly(t) for t in lst))
    P.append(f"{e['link']}: {url(d, i, 'www.ashvalescp.example')}")
    return P


def wrap72(p, width=72):
    out = []
    for line in p.split("\n"):
        w = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False, subsequent_indent="  " if line.startswith("* ") else "")
        out += w or [""]
    return "\n".join(out)


def plain_body(e, d, i, wrap=True):
    intro = "Dear colleagues,", "The partnership has published the case review below. Please share it with your teams."
    P = list(intro) + post_lines(e, d, i) + ["Kind regards,\nPriya Maddox\nLearning and Development Officer", NOTE]
    return "\n\n".join(wrap72(p) if wrap else p for p in P) + "\n\n" + SIG


def html_body(e, d, i, footer=True):
    B = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>',
         '<div style="font-family:Calibri,sans-serif;font-size:11pt">', '<p>Dear colleagues,</p>',
         '<p>The partnership has published the case review below. Please share it with your teams.</p>',
         f'<p><b><span style="font-size:13pt;color:#1F3864">{x(e["title"])}</span></b></p>', f'<p>{x(e["summary"])}</p>']
    for lab, lst in groups(e):
        if lab is None: B.append(f"<p>{x(lst)}</p>"); continue
        B.append(f"<p><b>{x(lab)}</b></p>\n<ul>\n" + "\n".join(f"<li>{x(t)}</li>" for t in lst) + "\n</ul>")
    B += [f'<p><a href="{url(d, i, "www.ashvalescp.example")}">{x(e["link"])}</a></p>', '<p>Kind regards,<br>Ashvale SCP Business Unit</p>',
          f'<p><i>{x(NOTE)}</i></p>', '<p>-- <br>Ashvale Safeguarding Children Partnership<br>Business Unit | 01632 960 418</p>', '</div>']
    if footer:
        B.append('<pre>' + x(FOOTER) + '</pre>')
    return "\n".join(B + ["</body></html>"]) + "\n"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return "\n".join(textwrap.wrap(base64.b64encode(text.encode("utf-8")).decode("ascii"), 76)) + "\n"


def flowed(text, width=72):
    """RFC 3676 format=flowed: a wrapped line ends in a space; a line that opens with 'From ', '>' or a space is space-stuffed."""
    out = []
    for para in text.split("\n"):
        if para.startswith("-- "): out.append(para); continue
        w = textwrap.wrap(para, width - 1, break_long_words=False, break_on_hyphens=False) or [""]
        out += [ln + " " for ln in w[:-1]] + [w[-1]]
    return "\n".join(" " + ln if ln.startswith(("From ", ">", " ")) else ln for ln in out)


def headers(k, subject, extra):
    env, date = DATES[k]
    return [f"From - {env}", "X-Mozilla-Status: 0001", "X-Mozilla-Status2: 00000000", "X-Mozilla-Keys:                                                                                 ",
            f"Return-Path: <{LIST.lower()}-bounces@lists.ashvalescp.example>", f"From: {SENDERS[k]}", f"To: {LIST_ADDR}",
            f"Subject: [{LIST}] {subject}", f"Date: {date}", f"Message-ID: <2025050{k + 1}.{k * 7919 + 1013}@ashvalescp.example>",
            "MIME-Version: 1.0", "X-BeenThere: " + LIST_ADDR, "X-Mailman-Version: 2.1.39", "Precedence: list",
            f"List-Id: Ashvale SCP announcements <{LIST_ADDR.replace('@', '.')}>",
            f"List-Unsubscribe: <https://lists.ashvalescp.example/mailman/options/ashvale-announce>, <mailto:{LIST.lower()}-request@lists.ashvalescp.example?subject=unsubscribe>",
            f"List-Archive: <https://lists.ashvalescp.example/pipermail/ashvale-announce/>", f"Sender: \"{LIST}\" <{LIST.lower()}-bounces@lists.ashvalescp.example>"] + extra


def mbox(d):
    E = d["entries"]; M = []
    # post 1: multipart/alternative, both parts quoted-printable, the footer appended to both
    b = "----=_NextPart_000_0013_01DBBB2A.5C7D3E10"
    t1 = plain_body(E[0], d, 1, wrap=False) + "\n" + FOOTER
    M.append(headers(0, "New case review published: " + E[0]["title"].split(":")[0], [f'Content-Type: multipart/alternative; boundary="{b}"', "X-Mailer: Microsoft Outlook 16.0"])
             + ["", "This is a multi-part message in MIME format.", "", f"--{b}", 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "",
                qp(t1), f"--{b}", 'Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "", qp(html_body(E[0], d, 1)), f"--{b}--", ""])
    # post 2: format=flowed text, 8bit
    t2 = flowed(plain_body(E[1], d, 2, wrap=False)) + "\n" + FOOTER
    M.append(headers(1, "New case review published: " + E[1]["title"].split(":")[0],
                     ["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit", "User-Agent: Mozilla Thunderbird", "Content-Language: en-GB"])
             + ["", t2])
    # post 3: plain text wrapped at 72, a summary line opening 'From ' (escaped by the mailbox below)
    s = curly(E[2]["summary"]); k = s.index("From the age")
    body = plain_body(E[2], d, 3)
    wrapped_summary = wrap72(s)
    body = body.replace(wrapped_summary, wrap72(s[:k].rstrip()) + "\n" + wrap72(s[k:]))
    assert "\nFrom the age" in body
    M.append(headers(2, "New case review published: " + E[2]["title"].split(":")[0],
                     ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 8bit", "X-Mailer: Microsoft Outlook 16.0"])
             + ["", body + FOOTER])
    # post 4: HTML only, base64; Mailman's footer a separate text/plain part
    ob, ib = "===============4471028356193371284==", "----=_Part_88213_1520398712.1748534121087"
    M.append(headers(3, "New case review published: " + E[3]["title"].split(":")[0], [f'Content-Type: multipart/mixed; boundary="{ob}"'])
             + ["", f"--{ob}", 'Content-Type: text/html; charset="utf-8"', "MIME-Version: 1.0", "Content-Transfer-Encoding: base64", "",
                b64(html_body(E[3], d, 4, footer=False)), f"--{ob}", 'Content-Type: text/plain; charset="us-ascii"', "MIME-Version: 1.0",
                "Content-Transfer-Encoding: 7bit", "Content-Disposition: inline", "", FOOTER, f"--{ob}--", ""])
    out = []
    for m in M:
        lines = "\n".join(m).split("\n")
        out.append(lines[0] + "\n" + "\n".join(re.sub(r"^(>*From )", r">\1", ln) for ln in lines[1:]))
    return "\n".join(o.rstrip("\n") + "\n" for o in out)


# B. A partnership page run through a server-side hyphenation filter (as Hyphenator / pyphen-based filters of static site
#    generators and CMS plug-ins do): a SOFT HYPHEN (U+00AD) at every break point of every word of seven or more letters in
#    the titles, summaries, labels and items, so that the browser can break long words on narrow screens (CSS `hyphens:
#    manual`); the titles and labels written with the `&shy;` entity, the rest as the raw character; navigation and footer
#    not hyphenated.
VOW = "aeiouyAEIOUY"


def hyph_word(w):
    if len(w) < 7: return w
    pts = []
    for k in range(3, len(w) - 3):
        a, b, c = w[k - 1], w[k], w[k + 1]
        if a in VOW and b not in VOW and c in VOW: pts.append(k)  # V-CV
        elif a not in VOW and b not in VOW and c in VOW and w[k - 2] in VOW and a != b or (a == b and a not in VOW): pts.append(k)  # VC-CV
    out, last = [], 0
    for p in sorted(set(pts)):
        if p - last >= 2: out.append(w[last:p]); last = p
    out.append(w[last:])
    return "\u00ad".join(out)


def hyph(s, entity=False):
    t = re.sub(r"[A-Za-z]{7,}", lambda m: hyph_word(m.group(0)), s)
    t = x(t)
    return t.replace("\u00ad", "&shy;") if entity else t


def shy_html(d):
    B = []
    for i, e in enumerate(d["entries"], 1):
        B += ['<div class="review">', f'<h2 class="review__title">{hyph(e["title"], True)}</h2>', f'<p>{hyph(e["summary"])}</p>']
        for lab, lst in groups(e):
            if lab is None: B.append(f"<p>{hyph(lst)}</p>"); continue
            B.append(f'<p class="review__label"><strong>{hyph(lab, True)}</strong></p>\n<ul>\n' + "\n".join(f"<li>{hyph(t)}</li>" for t in lst) + "\n</ul>")
        B += [f'<p class="review__link"><a href="{url(d, i, "www.brackenfordscp.example")}">{x(e["link"])}</a></p>', "</div>"]
    return ('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>' + x(d["heading"]) + ' | Brackenford Safeguarding Children Partnership</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<style>\nbody{font-family:Georgia,serif;max-width:38em;margin:auto}\n'
            '.content p,.content li,.content h2{hyphens:manual;-webkit-hyphens:manual;text-align:justify}\n.review{border-top:1px solid #ccc;margin-top:1.5em}\n</style>\n</head>\n<body>\n'
            '<header><a href="/" class="logo">Brackenford Safeguarding Children Partnership</a>\n<nav><ul><li><a href="/">Home</a></li><li><a href="/learning/">Learning from reviews</a></li>'
            '<li><a href="/contact/">Contact</a></li></ul></nav></header>\n<main class="content">\n'
            f'<h1>{hyph(d["heading"], True)}</h1>\n<p class="intro">{hyph(d["intro"])}</p>\n' + "\n".join(B)
            + f'\n<p class="note"><em>{hyph(FOOT)}</em></p>\n</main>\n<footer><p>&copy; 2025 Brackenford Safeguarding Children Partnership</p></footer>\n</body>\n</html>\n')


# C. A post on a practitioners' forum (phpBB 3.3) as its BBCode SOURCE, copied from the post editor and saved as text: the
#    digest title [size=150][b]...[/b][/size], the intro in a [quote] from the partnership, each review title
#    [size=125][b][color=#1F3864]...[/color][/b][/size], labels [b]...[/b] lines, items [list][*]...[/list] (one item a line
#    in reviews 1-2, the whole list on one line in 3-4), the link [url=...]...[/url], the invented-material note in [i]; CRLF.
def bbcode(d):
    L = [f"[size=150][b]{curly(d['heading'])}[/b][/size]", "", f"[quote=\"Brookmere SCP\"]{curly(d['intro'])}[/quote]", ""]
    for i, e in enumerate(d["entries"], 1):
        L += [f"[size=125][b][color=#1F3864]{curly(e['title'])}[/color][/b][/size]", curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: L += [curly(lst), ""]; continue
            L.append(f"[b]{lab}[/b]")
            if i <= 2: L += ["[list]"] + [f"[*]{curly(t)}" for t in lst] + ["[/list]", ""]
            else: L += ["[list]" + "".join(f"[*]{curly(t)}" for t in lst) + "[/list]", ""]
        L += [f"[url={url(d, i, 'www.brookmerescp.example')}]{e['link']}[/url]", ""]
    L += [f"[i]{FOOT}[/i]"]
    return "\r\n".join(L) + "\r\n"


# D. A Word 2019 DOCX made from an 'action checklist' template: review titles Heading 2, the summary Normal, labels bold
#    Normal paragraphs, learning items List Bullet; every RECOMMENDATION (and every good practice point) a paragraph that
#    opens with a CHECK BOX CONTENT CONTROL (w:sdt with w14:checkbox, unchecked U+2610 in MS Gothic; good practice checked
#    U+2612), a tab, then the text, in a hanging indent; links w:hyperlink.
W14 = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')


def checkbox(n, checked):
    box = "\u2612" if checked else "\u2610"
    return (f'<w:sdt><w:sdtPr><w:id w:val="{-1730000000 + n * 7919}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            '<w:sdtEndPr/><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
            f'<w:t>{box}</w:t></w:r></w:sdtContent></w:sdt>')


def checkbox_docx(d):
    body, rels, n = [wp(wr(d["heading"]), "Title"), wp(wr(curly(d["intro"])))], [], 0
    HANG = '<w:tabs><w:tab w:val="left" w:pos="426"/></w:tabs><w:ind w:left="426" w:hanging="426"/>'
    for i, e in enumerate(d["entries"], 1):
        body += [wp(wr(curly(e["title"])), "Heading2"), wp(wr(curly(e["summary"])))]
        for lab, lst in groups(e):
            if lab is None: body.append(wp(wr(curly(lst)))); continue
            body.append(wp(wr(lab, "<w:b/>")))
            for t in lst:
                if lab == e["lab"][0]: body.append(wp(wr(curly(t)), "ListBullet"))
                else:
                    n += 1
                    body.append(wp(checkbox(n, lab == e["lab"][2]) + '<w:r><w:tab/></w:r>' + wr(curly(t)), None, HANG))
        rid = f"rId{10 + i}"
        rels.append(f'<Relationship Id="{rid}" Type="{REL}hyperlink" Target="{url(d, i, "www.carnbyscp.example")}" TargetMode="External"/>')
        body.append(wp(f'<w:hyperlink r:id="{rid}" w:history="1">' + wr(e["link"], '<w:rStyle w:val="Hyperlink"/>') + '</w:hyperlink>'))
    body.append(wp(wr(FOOT, "<w:i/>")))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W14}><w:body>{"".join(body)}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    drels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}settings" Target="settings.xml"/><Relationship Id="rId2" Type="{REL}numbering" Target="numbering.xml"/>'
             f'<Relationship Id="rId3" Type="{REL}styles" Target="styles.xml"/>{"".join(rels)}</Relationships>')
    return {"[Content_Types].xml": CT_HEAD + "</Types>", "_rels/.rels": ROOT_RELS, "word/document.xml": document, "word/styles.xml": styles(),
            "word/numbering.xml": BULLET_NUM, "word/settings.xml": SETTINGS, "word/_rels/document.xml.rels": drels}


# E. A district council page whose editors chose headings by their look in the CMS's heading menu: the site name h1, the
#    digest's title h2, the intro h6 (small grey text), every review's title h5 (the size the editor liked), every label h3,
#    items <ul>, the link a <p>; a sidebar 'Related pages' h4 with links after the reviews; no <section> or <article>.
def by_look_html(d):
    B = [f'<h2>{x(d["heading"])}</h2>', f'<h6 class="intro">{x(d["intro"])}</h6>']
    for i, e in enumerate(d["entries"], 1):
        B += [f'<h5>{x(e["title"])}</h5>', f'<p>{x(e["summary"])}</p>']
        for lab, lst in groups(e):
            if lab is None: B.append(f"<p>{x(lst)}</p>"); continue
            B.append(f"<h3>{x(lab)}</h3>\n<ul>\n" + "\n".join(f"<li>{x(t)}</li>" for t in lst) + "\n</ul>")
        B.append(f'<p><a href="{url(d, i, "www.farrowdale.gov.example")}">{x(e["link"])}</a></p>')
    B.append(f'<p><em>{x(FOOT)}</em></p>')
    side = ['<aside class="sidebar">', '<h4>Related pages</h4>', '<ul>', '<li><a href="/scp/learning">Learning from case reviews</a></li>',
            '<li><a href="/scp/training">Multi-agency training</a></li>', '<li><a href="/scp/report">Report a concern about a child</a></li>', '</ul>', '</aside>']
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>' + x(d["heading"]) + ' - Farrowdale District Council</title>\n'
            '<link rel="stylesheet" href="/assets/site.css">\n</head>\n<body>\n<header class="site-header"><h1 class="site-name">Farrowdale District Council</h1>\n'
            '<p class="breadcrumb"><a href="/">Home</a> &gt; <a href="/scp">Safeguarding children partnership</a> &gt; Case reviews</p></header>\n'
            '<div class="page">\n<div class="main-content">\n' + "\n".join(B) + '\n</div>\n' + "\n".join(side)
            + '\n</div>\n<footer><p>Farrowdale District Council, Market Street, Farrowdale</p></footer>\n</body>\n</html>\n')


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst = f"{out}/input/{fname}"
        if fname.endswith(".mbox"): open(dst, "w", encoding="utf-8", newline="\n").write(mbox(d))
        elif "soft-hyphen" in fname: open(dst, "w", encoding="utf-8").write(shy_html(d))
        elif "bbcode" in fname: open(dst, "w", encoding="utf-8", newline="").write(bbcode(d))
        elif fname.endswith(".docx"): write_docx(checkbox_docx(d), dst, (2025, 10, 16, 14, 5, 0))
        elif "by-look" in fname: open(dst, "w", encoding="utf-8").write(by_look_html(d))
