# Renders the inputs of batch b50 (see render_b50.py and entries_b50.py). Invented material, test fixtures only. Plain Python:
# every input is written by this script (no external producer): the DOCX files as WordprocessingML parts with the helpers of
# render_b32_inputs.py, the e-mails as MIME text (quoted-printable written by hand so that soft breaks fall inside words and
# inside a character's bytes, base64 for the attachment), the rest as text.
import base64, os, re
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


# A. A Sphinx 7.2 page (alabaster 0.7.16 theme) built from reST: every heading carries a '¶' headerlink; the labels are a
#    reST field list (':Learning includes: ...') rendered <dl class="field-list simple"> whose <dt> has the colon in its own
#    <span class="colon">; every <li> holds a <p>; the link a 'reference external'; the invented-material note a 'note'
#    admonition; the sidebar (logo, Navigation toctree, 'Related Topics' with Previous / Next chapters, 'Quick search' form)
#    after the body; footer '©2025 … | Powered by Sphinx … & Alabaster … | Page source'.
def sphinx_html(d):
    sid = slug(d["heading"])
    hl = lambda s: f'<a class="headerlink" href="#{s}" title="Link to this heading">\u00b6</a>'
    B = [f'<section id="{sid}">', f'<h1>{x(d["heading"])}{hl(sid)}</h1>', f'<p>{x(d["intro"])}</p>',
         f'<div class="admonition note">\n<p class="admonition-title">Note</p>\n<p>{x(FOOT)}</p>\n</div>']
    for i, e in enumerate(d["entries"], 1):
        s = slug(e["title"])
        B += [f'<section id="{s}">', f'<h2>{x(e["title"])}{hl(s)}</h2>', f'<p>{x(e["summary"])}</p>', '<dl class="field-list simple">']
        k = 0
        for lab, lst in groups(e):
            if lab is None: continue
            k += 1; cls = "field-odd" if k % 2 else "field-even"
            B.append(f'<dt class="{cls}">{x(lab)}<span class="colon">:</span></dt>')
            B.append(f'<dd class="{cls}"><ul class="simple">\n' + "\n".join(f'<li><p>{x(t)}</p></li>' for t in lst) + '\n</ul>\n</dd>')
        B.append('</dl>')
        if e["norec"]: B.append(f'<p>{x(e["norec"])}</p>')
        B += [f'<p><a class="reference external" href="{url(d, i, "www.westmoorscp.example")}">{x(e["link"])}</a></p>', '</section>']
    B.append('</section>')
    side = ['<div class="sphinxsidebar" role="navigation" aria-label="main navigation">', '<div class="sphinxsidebarwrapper">',
            '<h1 class="logo"><a href="index.html">Westmoor Safeguarding Partnership</a></h1>', '<h3>Navigation</h3>',
            '<ul class="current">', '<li class="toctree-l1"><a class="reference internal" href="learning.html">Learning from reviews</a></li>',
            '<li class="toctree-l1"><a class="reference internal" href="2025-08.html">Case reviews published in August 2025</a></li>',
            f'<li class="toctree-l1 current"><a class="current reference internal" href="#">{x(d["heading"])}</a><ul>']
    side += [f'<li class="toctree-l2"><a class="reference internal" href="#{slug(e["title"])}">{x(e["title"])}</a></li>' for e in d["entries"]]
    side += ['</ul></li>', '<li class="toctree-l1"><a class="reference internal" href="2025-10.html">Case reviews published in October 2025</a></li>', '</ul>',
             '<div class="relations">', '<h3>Related Topics</h3>', '<ul>', '  <li><a href="index.html">Documentation overview</a><ul>',
             '      <li>Previous: <a href="2025-08.html" title="previous chapter">Case reviews published in August 2025</a></li>',
             '      <li>Next: <a href="2025-10.html" title="next chapter">Case reviews published in October 2025</a></li>', '  </ul></li>', '</ul>', '</div>',
             '<search id="searchbox" style="display: none" role="search">', '  <h3 id="searchlabel">Quick search</h3>', '    <div class="searchformwrapper">',
             '    <form class="search" action="search.html" method="get">',
             '      <input type="text" name="q" aria-labelledby="searchlabel" autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false"/>',
             '      <input type="submit" value="Go" />', '    </form>', '    </div>', '</search>',
             '<script>document.getElementById(\'searchbox\').style.display = "block"</script>', '</div>', '</div>']
    head = ['<!DOCTYPE html>', '', '<html lang="en" data-content_root="./">', '  <head>', '    <meta charset="utf-8" />',
            '    <meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="viewport" content="width=device-width, initial-scale=1" />', '',
            f'    <title>{x(d["heading"])} &#8212; Westmoor Safeguarding Partnership handbook 2.3 documentation</title>',
            '    <link rel="stylesheet" type="text/css" href="_static/pygments.css?v=d1102ebc" />',
            '    <link rel="stylesheet" type="text/css" href="_static/alabaster.css?v=12dfc556" />',
            '    <script src="_static/documentation_options.js?v=7f41d439"></script>', '    <script src="_static/doctools.js?v=888ff710"></script>',
            '    <script src="_static/sphinx_highlight.js?v=dc90522c"></script>', '    <link rel="index" title="Index" href="genindex.html" />',
            '    <link rel="search" title="Search" href="search.html" />', '    <link rel="next" title="Case reviews published in October 2025" href="2025-10.html" />',
            '    <link rel="prev" title="Case reviews published in August 2025" href="2025-08.html" />', '  </head><body>', '  <div class="document">',
            '      <div class="documentwrapper">', '        <div class="bodywrapper">', '          <div class="body" role="main">', '']
    foot = ['          </div>', '        </div>', '      </div>'] + side + ['      <div class="clearer"></div>', '    </div>', '    <div class="footer">',
            '      &#169;2025, Westmoor Safeguarding Children Partnership.', '      ', '      |', '      Powered by <a href="https://www.sphinx-doc.org/">Sphinx 7.2.6</a>',
            '      &amp; <a href="https://alabaster.readthedocs.io">Alabaster 0.7.16</a>', '      ', '      |',
            '      <a href="_sources/2025-09.rst.txt"', '          rel="nofollow">Page source</a>', '    </div>', '', '  </body>', '</html>', '']
    return "\n".join(head + B + foot)


# B. A GitLab wiki page in GitLab Flavored Markdown: '[[_TOC_]]' first, a ':warning:' shortcode line, '# ' title, a DRAFT review
#    commented out with '<!-- … -->' (not yet published: not an entry), '## ' titles, '**Learning**' / '**Recommendations**' bold
#    paragraphs without a colon, '* ' items; Child JZJ's recommendations inside a GitLab multi-line blockquote ('>>>' … '>>>');
#    links '[text](url)'; '---' between reviews; a last-edited line typed by the author.
def gitlab_md(d):
    L = ["[[_TOC_]]", "", f":warning: **{FOOT}**", "", f"# {d['heading']}", "", curly(d["intro"]), "",
         "<!-- DRAFT: not published until the family has been told. Do not share.", "",
         "## Child CYJ: Child safeguarding practice review", "",
         "Death of a 9-year-old boy in 2025 after an asthma attack at school. Child CYJ is White British.", "",
         "**Learning**", "", "* the school's asthma plan was out of date", "", "-->", ""]
    for i, e in enumerate(d["entries"], 1):
        L += [f"## {curly(e['title'])}", "", curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: L += [curly(lst), ""]; continue
            L += [f"**{lab}**", ""]
            items = [f"* {curly(t)}" for t in lst]
            L += (([">>>"] + items + [">>>"]) if (i == 4 and lab == e["lab"][1]) else items) + [""]
        L += [f"[{e['link']}]({url(d, i, 'www.ashcombescp.example')})", "", "---", ""]
    L += ["_Last edited by J. Ridley, Learning and Improvement team. Questions to the wiki owner._", ""]
    return "\n".join(L)


# C. A Gmail message that forwards the digest inline: multipart/alternative, both parts quoted-printable (lines of at most 76,
#    soft breaks '=' wherever the 76th column falls: inside words and between the bytes of one character); the text part as
#    Gmail writes it: the forwarder's note, '---------- Forwarded message ---------' with From / Date / Subject / To, then the
#    digest: bold as '*…*' (title, review titles, labels), list items as '   - ', links as 'text <URL>' on the next line;
#    the HTML part Gmail's 'gmail_quote' divs around the original HTML.
def qp(text):
    out = []
    for line in text.split("\n"):
        enc = []
        for ch in line:
            b = ch.encode("utf-8")
            if ch == "=" or len(b) > 1 or (ord(ch) < 32 and ch != "\t"): enc += [f"={c:02X}" for c in b]
            else: enc.append(ch)
        if enc and enc[-1] in (" ", "\t"): enc[-1] = f"={ord(enc[-1]):02X}"
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > 75: out.append(cur + "="); cur = ""
            cur += tok
        out.append(cur)
    return "\r\n".join(out)


def gmail_fwd(d):
    T = ["Hi all,", "", "Sharing this month\u2019s update for the DSL forum. The second review\u2019s learning is very close to home.", "", "Rosa", "", "",
         "---------- Forwarded message ---------", "From: NSPCC Learning <learning@nspcc-news.example>", "Date: Tue, 4 Nov 2025 at 10:12",
         f"Subject: {d['heading']}", "To: <rosa.delgado@gmail.example>", "", "", f"*{d['heading']}*", "", curly(d["intro"]), ""]
    H = [f'<h1 style="font-family:Arial">{x(d["heading"])}</h1><p>{x(d["intro"])}</p>']
    for i, e in enumerate(d["entries"], 1):
        T += [f"*{curly(e['title'])}*", curly(e["summary"]), ""]
        H.append(f'<h2 style="font-family:Arial;color:#2d2d82">{x(e["title"])}</h2><p>{x(e["summary"])}</p>')
        for lab, lst in groups(e):
            if lab is None: T += [curly(lst), ""]; H.append(f"<p>{x(lst)}</p>"); continue
            T += [f"*{lab}*", ""] + [f"   - {curly(t)}" for t in lst] + [""]
            H.append(f"<p><strong>{x(lab)}</strong></p><ul>" + "".join(f"<li>{x(t)}</li>" for t in lst) + "</ul>")
        T += [e["link"], f"<{url(d, i)}>", ""]
        H.append(f'<p><a href="{url(d, i)}">{x(e["link"])}</a></p>')
    T += [FOOT, "", "NSPCC Learning, Weston House, 42 Curtain Road, London EC2A 3NH", "Unsubscribe <https://nspcc-news.example/u/rd>", ""]
    H.append(f'<p style="font-size:11px">{x(FOOT)}</p><p style="font-size:11px"><a href="https://nspcc-news.example/u/rd">Unsubscribe</a></p>')
    html_ = ('<div dir="ltr">Hi all,<div><br></div><div>Sharing this month\u2019s update ahead of Thursday\u2019s practice forum. The second one is very close to home.</div>'
             '<div><br></div><div>Rosa</div><br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
             'From: <strong class="gmail_sendername" dir="auto">NSPCC Learning</strong> <span dir="auto">&lt;<a href="mailto:learning@nspcc-news.example">learning@nspcc-news.example</a>&gt;</span><br>'
             f'Date: Tue, 4 Nov 2025 at 10:12<br>Subject: {x(d["heading"])}<br>To: &lt;<a href="mailto:rosa.delgado@gmail.example">rosa.delgado@gmail.example</a>&gt;<br></div><br><br>'
             '<div><div style="max-width:640px">' + "".join(H) + '</div></div></div></div>')
    B = "000000000000f3a91c0642e1b7d5"
    head = ["MIME-Version: 1.0", "Date: Wed, 5 Nov 2025 08:47:13 +0000", "Message-ID: <CAJx9q+b50fwd3Zk1@mail.gmail.example>",
            f"Subject: Fwd: {d['heading']}", "From: Rosa Delgado <rosa.delgado@gmail.example>", "To: Practice forum <practice-forum@ashcombe.example>",
            f'Content-Type: multipart/alternative; boundary="{B}"', "", f"--{B}", 'Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "",
            qp("\n".join(T)), "", f"--{B}", 'Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: quoted-printable", "",
            qp(html_), "", f"--{B}--", ""]
    return "\r\n".join(head)


# D. An Outlook message whose body only points to the attachment ('Please see the attached …'): multipart/mixed holding a
#    multipart/alternative (text + HTML note, quoted-printable) and the digest as an attached DOCX (base64, Content-Disposition
#    attachment with a file name). The DOCX itself is plain Word: Title, intro, Heading 2 titles, bold label paragraphs, List
#    Bullet items, w:hyperlink links.
def wr(t, rpr=""):
    return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{x(t)}</w:t></w:r>'


def wp(content, style=None, ppr=""):
    s = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f'<w:p>{"<w:pPr>" + s + ppr + "</w:pPr>" if (s or ppr) else ""}{content}</w:p>'


BULLET_NUM = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}><w:abstractNum w:abstractNumId="0">'
              '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/>'
              '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
              '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def styles(extra=""):
    st = lambda sid, name, ppr="", rpr="": (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/>'
                                           f'<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/></w:rPr></w:style>'
            + st("Title", "Title", "", '<w:sz w:val="48"/>') + st("Heading2", "heading 2", '<w:keepNext/><w:outlineLvl w:val="1"/>', '<w:b/><w:color w:val="1F3864"/><w:sz w:val="28"/>')
            + st("ListBullet", "List Bullet", '<w:numPr><w:numId w:val="1"/></w:numPr>') + st("Header", "header") + st("Footer", "footer")
            + '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
            + extra + '</w:styles>')


def docx_parts(document, rels, extra_ct="", extra_parts=None):
    drels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}settings" Target="settings.xml"/><Relationship Id="rId2" Type="{REL}numbering" Target="numbering.xml"/>'
             f'<Relationship Id="rId3" Type="{REL}styles" Target="styles.xml"/>{"".join(rels)}</Relationships>')
    parts = {"[Content_Types].xml": CT_HEAD + extra_ct + "</Types>", "_rels/.rels": ROOT_RELS, "word/document.xml": document, "word/styles.xml": styles(),
             "word/numbering.xml": BULLET_NUM, "word/settings.xml": SETTINGS, "word/_rels/document.xml.rels": drels}
    parts.update(extra_parts or {})
    return parts


def plain_word_docx(d):
    body, rels = [wp(wr(d["heading"]), "Title"), wp(wr(curly(d["intro"])))], []
    for i, e in enumerate(d["entries"], 1):
        body += [wp(wr(curly(e["title"])), "Heading2"), wp(wr(curly(e["summary"])))]
        for lab, lst in groups(e):
            if lab is None: body.append(wp(wr(curly(lst)))); continue
            body.append(wp(wr(lab, "<w:b/>"))); body += [wp(wr(curly(t)), "ListBullet") for t in lst]
        body.append(wp(f'<w:hyperlink r:id="rId{20 + i}" w:history="1">{wr(e["link"], chr(60) + "w:rStyle w:val=" + chr(34) + "Hyperlink" + chr(34) + "/>")}</w:hyperlink>'))
        rels.append(f'<Relationship Id="rId{20 + i}" Type="{REL}hyperlink" Target="{url(d, i, "www.kestonscp.example")}" TargetMode="External"/>')
    body.append(wp(wr(FOOT, "<w:i/>")))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    return docx_parts(document, rels)


def docx_bytes(parts, stamp):
    import io, zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            zi = zipfile.ZipInfo(name, stamp); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def eml_attached(d, parts):
    data = docx_bytes(parts, (2026, 4, 9, 9, 0, 0))
    b64 = base64.encodebytes(data).decode("ascii").replace("\n", "\r\n").rstrip("\r\n")
    note = ("Hi all,\n\nPlease see the attached summary of the case reviews published in April 2026, for discussion at the May DSL network "
            "meeting. The second review is one we asked for a copy of in March.\n\nKind regards\n\nMark\n\nMark Ellison\nSafeguarding Adviser (Schools)\n"
            "Keston Council | Children's Services\n\nThis email and any files transmitted with it are confidential and intended solely for the use of the "
            "individual or entity to whom they are addressed.\n")
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
             '</head><body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
             + "".join(f'<p class="MsoNormal">{x(p) if p else "&nbsp;"}<o:p></o:p></p>' for p in note.split("\n")) + '</div></body></html>')
    A, M = "_000_LO2P265MB0712A1B9C3D4E5F6A7B8LO2P265MB0712GBRP_", "_004_LO2P265MB0712A1B9C3D4E5F6A7B8LO2P265MB0712GBRP_"
    fn = "Case reviews April 2026.docx"
    head = ["From: Mark Ellison <Mark.Ellison@keston.example>", "To: DSL network <dsl-network@keston.example>",
            f"Subject: FW: {d['heading']}", "Thread-Topic: Case reviews published in April 2026", "Date: Thu, 9 Apr 2026 09:14:22 +0000",
            "Message-ID: <LO2P265MB0712A1B9C3D4E5F6A7B8@LO2P265MB0712.GBRP265.PROD.OUTLOOK.example>", "Accept-Language: en-GB, en-US", "Content-Language: en-GB",
            "X-MS-Has-Attach: yes", "X-MS-TNEF-Correlator:", f'Content-Type: multipart/mixed; boundary="{M}"', "MIME-Version: 1.0", "",
            f"--{M}", f'Content-Type: multipart/alternative; boundary="{A}"', "", f"--{A}", 'Content-Type: text/plain; charset="utf-8"',
            "Content-Transfer-Encoding: quoted-printable", "", qp(curly(note)), "", f"--{A}", 'Content-Type: text/html; charset="utf-8"',
            "Content-Transfer-Encoding: quoted-printable", "", qp(html_), "", f"--{A}--", "", f"--{M}",
            f'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="{fn}"', f'Content-Description: {fn}',
            f'Content-Disposition: attachment; filename="{fn}"; size={len(data)}; creation-date="Thu, 09 Apr 2026 09:13:40 GMT"; modification-date="Thu, 09 Apr 2026 09:14:22 GMT"',
            "Content-Transfer-Encoding: base64", "", b64, "", f"--{M}--", ""]
    return "\r\n".join(head)


# E. A DOCX laid out as a two-column newsletter: the section has w:cols num=2; the digest's title is ONLY in the header part
#    ('Westmoor SCP | <title>'), the footer 'Page N of M' from PAGE / NUMPAGES fields; the body opens with the intro; titles
#    Heading 2; labels typed in lower case and shown in capitals (w:caps) in bold; items List Bullet; a column break before
#    review 2's labels and a page break before review 3; HIDDEN text (w:vanish): a whole learning item of Child UZJ (run and
#    paragraph mark hidden) and an editor's note inside Child VZJ's summary. Hidden text is neither shown nor printed by Word.
def twocol_docx(d):
    caps = "<w:b/><w:caps/><w:color w:val=\"B4145A\"/>"
    body, rels = [wp(wr(curly(d["intro"]))), wp(wr(FOOT, "<w:i/>"))], []
    for i, e in enumerate(d["entries"], 1):
        if i == 3: body.append(wp('<w:r><w:br w:type="page"/></w:r>'))
        body.append(wp(wr(curly(e["title"])), "Heading2"))
        summ = curly(e["summary"])
        if e.get("note"):
            k = summ.index(" Child VZJ is White British.")
            body.append(wp(wr(summ[:k]) + wr(" " + e["note"], "<w:vanish/>") + wr(summ[k:])))
        else: body.append(wp(wr(summ)))
        if i == 2: body.append(wp('<w:r><w:br w:type="column"/></w:r>'))
        for lab, lst in groups(e):
            if lab is None: body.append(wp(wr(curly(lst)))); continue
            body.append(wp(wr(lab, caps)))
            for k, t in enumerate(lst):
                body.append(wp(wr(curly(t)), "ListBullet"))
                if k == 0 and lab == e["lab"][0] and e.get("hidden"):
                    body.append(wp(wr(curly(e["hidden"]), "<w:vanish/>"), "ListBullet", "<w:rPr><w:vanish/></w:rPr>"))
        body.append(wp(f'<w:hyperlink r:id="rId{20 + i}" w:history="1">{wr(e["link"], chr(60) + "w:rStyle w:val=" + chr(34) + "Hyperlink" + chr(34) + "/>")}</w:hyperlink>'))
        rels.append(f'<Relationship Id="rId{20 + i}" Type="{REL}hyperlink" Target="{url(d, i, "www.westmoorscp.example")}" TargetMode="External"/>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}'
                '<w:sectPr><w:headerReference w:type="default" r:id="rId10"/><w:footerReference w:type="default" r:id="rId11"/>'
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1080" w:bottom="1440" w:left="1080" w:header="708" w:footer="708" w:gutter="0"/>'
                '<w:cols w:num="2" w:space="567"/></w:sectPr></w:body></w:document>')
    fld = lambda code: (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
                        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>'
              + wp(wr("Westmoor Safeguarding Children Partnership | ") + wr(d["heading"], "<w:b/>"), "Header") + '</w:hdr>')
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>'
              + wp(wr("Page ") + fld("PAGE \\* MERGEFORMAT") + wr(" of ") + fld("NUMPAGES \\* MERGEFORMAT"), "Footer", '<w:jc w:val="center"/>') + '</w:ftr>')
    rels += [f'<Relationship Id="rId10" Type="{REL}header" Target="header1.xml"/>', f'<Relationship Id="rId11" Type="{REL}footer" Target="footer1.xml"/>']
    ct = ('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
    return docx_parts(document, rels, ct, {"word/header1.xml": header, "word/footer1.xml": footer})


# F. A LinkedIn post copied from the browser into a .txt: the author block ('• 2nd', headline, '2d • Edited • 🌐'), titles and
#    labels in Unicode MATHEMATICAL SANS-SERIF BOLD letters (LinkedIn has no bold; people paste them from a text converter),
#    each review opened by a keycap emoji ('1️⃣'), items after emoji bullets ('🔹', '✅', '🌟'), '👉 Read … (PDF): https://lnkd.in/…'
#    short links, a call to action, hashtags, '…see more', the reaction count and the 'Like / Comment / Repost / Send' bar.
def bold(s):
    o = []
    for c in s:
        if "A" <= c <= "Z": o.append(chr(0x1D5D4 + ord(c) - 65))
        elif "a" <= c <= "z": o.append(chr(0x1D5EE + ord(c) - 97))
        elif "0" <= c <= "9": o.append(chr(0x1D7EC + ord(c) - 48))
        else: o.append(c)
    return "".join(o)


def linkedin_txt(d):
    keys = ["1\ufe0f\u20e3", "2\ufe0f\u20e3", "3\ufe0f\u20e3"]
    bullets = {0: "\U0001F539", 1: "\u2705", 2: "\U0001F31F"}
    short = ["eQx7Lm2P", "eTz4Rb9K", "eWc2Hn5D"]
    L = ["Dr Helen Marsh \u2022 2nd", "Safeguarding lead | Trainer | Views my own", "2d \u2022 Edited \u2022 \U0001F310", "",
         "\U0001F4E2 " + bold(d["heading"]), "", curly(d["intro"]) + " Here\u2019s my quick summary \U0001F447", ""]
    for i, e in enumerate(d["entries"]):
        L += [f"{keys[i]} {bold(curly(e['title']))}", curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: L += [curly(lst), ""]; continue
            b = bullets[list(e["lab"]).index(lab)]
            L += [bold(lab)] + [f"{b} {curly(t)}" for t in lst] + [""]
        L += [f"\U0001F449 {e['link']}: https://lnkd.in/{short[i]}", ""]
    L += ["What stood out for you? \u267B\ufe0f Repost to share with your network.", "", FOOT, "",
          "#safeguarding #childprotection #casereviews #NSPCC #learningfromreviews", "\u2026see more", "",
          "\U0001F44D\u2764\ufe0f\U0001F4A1 47", "12 comments \u2022 5 reposts", "", "Like", "Comment", "Repost", "Send", ""]
    return "\n".join(L)


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst, stem = f"{out}/input/{fname}", os.path.splitext(fname)[0]
        if "sphinx" in fname: open(dst, "w", encoding="utf-8").write(sphinx_html(d))
        elif "gitlab" in fname: open(dst, "w", encoding="utf-8").write(gitlab_md(d))
        elif "gmail" in fname: open(dst, "w", encoding="ascii", newline="").write(gmail_fwd(d))
        elif "attached" in fname:
            parts = plain_word_docx(d)
            open(dst, "w", encoding="ascii", newline="").write(eml_attached(d, parts))
            open(f"{out}/source/{stem}.attachment.document.xml", "w", encoding="utf-8").write(parts["word/document.xml"])
        elif fname.endswith(".docx"):
            parts = twocol_docx(d); write_docx(parts, dst, (2025, 6, 30, 12, 0, 0))
            for p in ("document", "header1", "footer1"):
                open(f"{out}/source/{stem}.{p}.xml", "w", encoding="utf-8").write(parts[f"word/{p}.xml"])
        elif "linkedin" in fname: open(dst, "w", encoding="utf-8").write(linkedin_txt(d))
