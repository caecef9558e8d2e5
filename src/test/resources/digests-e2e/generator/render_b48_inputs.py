# Renders the inputs of batch b48 (see render_b48.py and entries_b48.py). Invented material, test fixtures only. Plain Python:
# every input is written by this script (no external producer); DOCX helpers from render_b32_inputs.py.
import base64, os, quopri, textwrap
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


def fill(t, prefix, width=72):
    return textwrap.fill(t, width, initial_indent=prefix, subsequent_indent=prefix, break_on_hyphens=False, break_long_words=False)


# A. A plain-text reply to a reply: Dan's top-posted answer, a '-- ' signature and a disclaimer; then 'On …, Priya … wrote:' and
#    Priya's message at depth 1 ('> '), which quotes Sam's message at depth 2 ('> > '): the digest as Sam pasted it from the
#    partnership's web page (breadcrumb, 'Print this page', titles as plain lines, '  * ' items, 'text <URL>' links), every
#    line wrapped at 72 columns WITH its quote marks; Priya's own comments at depth 1 between two reviews, her signature and
#    her organisation's disclaimer at depth 1 under the quote.
def reply_nested(d):
    q2, q1 = "> > ", "> "
    L = ["Thanks Priya. I'll put Child MAV's review on the agenda for the DSL forum on the 20th and send the", "learning on the children left alone to the nursery leads.", "",
         "Dan", "", "-- ", "Dan Okafor", "Designated Safeguarding Lead | Harrowdale Primary Academy Trust", "Tel: 01632 960412", "",
         "This e-mail and any attachments are confidential and intended for the named recipient only. If you",
         "have received it in error please tell the sender and delete it. Harrowdale Primary Academy Trust",
         "is a charitable company limited by guarantee registered in England (no. 00000000).", "",
         "On Fri, 7 Nov 2025 at 16:02, Priya Raman <p.raman@eastbrookscp.example> wrote:",
         "> Hi Dan,", ">", fill("Forwarding Sam's round-up from this morning. My comments are in the text below.", q1), ">",
         "> Priya", ">", "> On 07/11/2025 09:15, Sam Whitlow wrote:"]
    Q = [fill("Morning all, the October case reviews copied from the partnership site below.", q2), q2.rstrip(), q2 + "Sam", q2.rstrip(),
         q2 + "Home > Professionals > Learning from case reviews", q2 + "Print this page", q2.rstrip(), q2 + d["heading"], q2.rstrip(),
         fill(curly(d["intro"]), q2), q2.rstrip()]
    for i, e in enumerate(d["entries"], 1):
        Q += [q2 + curly(e["title"]), q2.rstrip(), fill(curly(e["summary"]), q2), q2.rstrip()]
        for lab, lst in groups(e):
            if lab is None: Q += [fill(curly(lst), q2), q2.rstrip()]; continue
            Q.append(q2 + lab)
            for t in lst: Q.append(textwrap.fill(curly(t), 72, initial_indent=q2 + "  * ", subsequent_indent=q2 + "    ", break_on_hyphens=False))
            Q.append(q2.rstrip())
        Q += [q2 + f"{e['link']} <{url(d, i, 'www.eastbrookscp.example')}>", q2.rstrip()]
        if i == 2:
            Q += [">", fill("Dan, this one made me think of the family at Ashby Road. Worth raising at the forum?", q1), ">"]
    Q += [fill(FOOT, q2), q2.rstrip(), q2 + "(c) 2025 Eastbrook Safeguarding Children Partnership | Accessibility | Cookies"]
    L += Q + [">", "> -- ", "> Priya Raman", "> Learning and Improvement Officer, Eastbrook Safeguarding Children Partnership", ">",
              fill("The information in this e-mail may be confidential. It is intended solely for the addressee. Access to this e-mail by anyone else is unauthorised.", q1), ""]
    return "\n".join(L)


# B. DOCX as pandoc writes it from an HTML page (`pandoc page.html --toc -o out.docx`): pandoc's styles (Title, FirstParagraph,
#    BodyText, Compact, Heading2, TOCHeading, Hyperlink), a TOC field in a docPartObj sdt with NO result (pandoc leaves it for
#    Word to fill), the page's 'On this page' jump list as Compact list items with internal hyperlinks (w:anchor) to the
#    headings' bookmarks, each review a Heading2 with a bookmark, the labels as TOP-LEVEL list items ('Learning' bold) holding
#    the items as a NESTED list (ilvl 1), the no-recommendations sentence as a second paragraph inside its list item, the
#    link a w:hyperlink in a BodyText paragraph.
def pr(text, b=False, style=None):
    rpr = ("<w:b/><w:bCs/>" if b else "") + (f'<w:rStyle w:val="{style}"/>' if style else "")
    return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{x(text)}</w:t></w:r>'


def pp(content, style, lvl=None, num=1, ind=None):
    n = f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr>' if lvl is not None else ""
    i = f'<w:ind w:left="{ind}"/>' if ind else ""
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{n}{i}</w:pPr>{content}</w:p>'


PANDOC_STYLES = ("Normal:Normal", "BodyText:Body Text", "FirstParagraph:First Paragraph", "Compact:Compact", "Title:Title",
                 "Heading2:Heading 2", "TOCHeading:TOC Heading")


def pandoc_docx(d):
    anchors = [e["title"].split(":")[0].lower().replace(" ", "-").replace(",", "") for e in d["entries"]]
    body = [pp(pr(d["heading"]), "Title"),
            '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>'
            + pp(pr("Table of Contents"), "TOCHeading")
            + '<w:p><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">TOC \\o "1-3" \\h \\z \\u</w:instrText>'
              '<w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>',
            pp(pr("Home") + pr(" \u203a ") + pr("Professionals") + pr(" \u203a ") + pr("Case reviews"), "FirstParagraph"),
            pp(pr(d["intro"]), "BodyText"), pp(pr("On this page", b=True), "BodyText")]
    for a, e in zip(anchors, d["entries"]):
        body.append(pp(f'<w:hyperlink w:anchor="{a}">{pr(e["title"], style="Hyperlink")}</w:hyperlink>', "Compact", lvl=0, num=2))
    rels = []
    for i, (a, e) in enumerate(zip(anchors, d["entries"]), 1):
        body.append(pp(f'<w:bookmarkStart w:id="{i}" w:name="{a}"/>{pr(e["title"])}<w:bookmarkEnd w:id="{i}"/>', "Heading2"))
        body.append(pp(pr(e["summary"]), "FirstParagraph"))
        for lab, lst in groups(e):
            if lab is None:
                body.append(pp(pr(e["lab"][1], b=True), "Compact", lvl=0, num=10 + i))
                body.append(pp(pr(lst), "Compact", ind=720)); continue
            body.append(pp(pr(lab, b=True), "Compact", lvl=0, num=10 + i))
            body += [pp(pr(t), "Compact", lvl=1, num=10 + i) for t in lst]
        body.append(pp(f'<w:hyperlink r:id="rId{30 + i}">{pr(e["link"], style="Hyperlink")}</w:hyperlink>', "BodyText"))
        rels.append(f'<Relationship Id="rId{30 + i}" Type="{REL}hyperlink" Target="{url(d, i, "www.fernleighscp.example")}" TargetMode="External"/>')
    body.append(pp(pr(FOOT), "BodyText"))
    document = (f'<?xml version="1.0" encoding="UTF-8"?>\n<w:document {W}><w:body>{"".join(body)}'
                '<w:sectPr/></w:body></w:document>')
    dflt = ' w:default="1"'
    sty = "".join(f'<w:style w:type="paragraph"{dflt if sid == "Normal" else ""} w:styleId="{sid}"><w:name w:val="{name}"/>'
                  + ('' if sid == "Normal" else '<w:basedOn w:val="Normal"/>')
                  + ('<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr>' if sid == "Heading2" else "")
                  + '</w:style>' for sid, name in (s.split(":") for s in PANDOC_STYLES))
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<w:styles {W}>{sty}<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
              '<w:rPr><w:color w:val="4F81BD"/></w:rPr></w:style></w:styles>')
    lv = lambda n, c: (f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{c}"/><w:lvlJc w:val="left"/>'
                       f'<w:pPr><w:ind w:left="{480 * (n + 1)}" w:hanging="480"/></w:pPr></w:lvl>')
    absn = ('<w:abstractNum w:abstractNumId="990"><w:multiLevelType w:val="multilevel"/>' + lv(0, "\u2022") + lv(1, "\u2013") + lv(2, "\u2022") + '</w:abstractNum>')
    nums = "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="990"/></w:num>' for n in [1, 2] + [10 + i for i in range(1, len(d["entries"]) + 1)])
    numbering = f'<?xml version="1.0" encoding="UTF-8"?>\n<w:numbering {W}>{absn}{nums}</w:numbering>'
    drels = (f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}settings" Target="settings.xml"/><Relationship Id="rId2" Type="{REL}numbering" Target="numbering.xml"/>'
             f'<Relationship Id="rId3" Type="{REL}styles" Target="styles.xml"/>{"".join(rels)}</Relationships>')
    return {"[Content_Types].xml": CT_HEAD + "</Types>", "_rels/.rels": ROOT_RELS, "word/document.xml": document, "word/styles.xml": styles,
            "word/numbering.xml": numbering, "word/settings.xml": SETTINGS, "word/_rels/document.xml.rels": drels}


# C. An HTML newsletter as a Brevo-like sender builds it: three nested layout tables (wrapper, 600px body, one row per block),
#    MSO conditional comments, a hidden preheader, '{{ mirror }}' view-online link, each review a two-column row (a 150px image
#    cell, then the text cell), the title in a styled <span><strong> (no heading), labels as <div><strong>, lists, then a
#    button 'Download the … (PDF)' and a 'Read more on our website ›' link to the review's web page; a Brevo footer.
def brevo_html(d):
    F = "font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.6;color:#3b3f44"
    out = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
           '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">',
           '<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
           f'<title>{x(d["heading"])}</title><!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->',
           '<style type="text/css">#outlook a{padding:0}.r3-o{table-layout:fixed}@media only screen and (max-width:480px){.rc-o{width:100%!important;display:block!important}}</style></head>',
           '<body style="margin:0;padding:0;background:#eff2f7">',
           '<div style="display:none;font-size:1px;max-height:0;overflow:hidden;mso-hide:all">Three new case reviews: water safety, a belt and a mother\u2019s killing</div>',
           '<table role="presentation" width="100%" border="0" cellspacing="0" cellpadding="0" class="r1-o" style="background:#eff2f7"><tr><td align="center">',
           '<!--[if mso]><table role="presentation" width="600" cellspacing="0" cellpadding="0"><tr><td><![endif]-->',
           '<table role="presentation" width="600" border="0" cellspacing="0" cellpadding="0" class="r3-o" style="max-width:600px;background:#ffffff">',
           f'<tr><td align="right" style="padding:8px 24px;font-size:12px;{F}"><a href="{{{{ mirror }}}}" style="color:#3b3f44">View in browser</a></td></tr>',
           '<tr><td align="center" style="padding:16px"><img src="https://img-cache.brevo.example/v1/wscp-logo.png" width="200" alt="Wyndham Safeguarding Children Partnership" style="display:block"></td></tr>',
           f'<tr><td style="padding:8px 24px;{F}"><div style="font-size:26px;line-height:1.3"><span style="color:#1c3f6e"><strong>{x(d["heading"])}</strong></span></div>'
           f'<div style="margin-top:8px">{x(d["intro"])}</div></td></tr>']
    for i, e in enumerate(d["entries"], 1):
        t = [f'<div style="font-size:20px;line-height:1.3;margin-bottom:8px"><span style="color:#1c3f6e"><strong>{x(e["title"])}</strong></span></div>',
             f'<div>{x(e["summary"])}</div>']
        for lab, lst in groups(e):
            if lab is None: t.append(f'<div style="margin-top:8px">{x(lst)}</div>'); continue
            t.append(f'<div style="margin-top:12px"><strong>{lab}</strong></div><ul style="margin:4px 0 0;padding-left:20px">'
                     + "".join(f'<li style="margin-bottom:4px">{x(s)}</li>' for s in lst) + '</ul>')
        slug = e["title"].split(":")[0].lower().replace(" ", "-")
        t.append('<table role="presentation" border="0" cellspacing="0" cellpadding="0" style="margin-top:14px"><tr><td align="center" bgcolor="#1c3f6e" style="border-radius:4px;padding:10px 18px">'
                 f'<a href="{url(d, i, "www.wyndhamscp.example")}" style="color:#ffffff;text-decoration:none;{F};font-weight:bold">{x(e["link"])}</a></td></tr></table>')
        t.append(f'<div style="margin-top:10px"><a href="https://www.wyndhamscp.example/case-reviews/{slug}" style="color:#1c3f6e">Read more on our website \u203a</a></div>')
        out.append('<tr><td style="padding:16px 24px;border-top:1px solid #dde3ea"><table role="presentation" width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
                   f'<td class="rc-o" width="150" valign="top" style="padding-right:16px"><img src="https://img-cache.brevo.example/v1/review-{i}.jpg" width="150" alt="" style="display:block;border-radius:4px"></td>'
                   f'<td class="rc-o" valign="top" style="{F}">{"".join(t)}</td></tr></table></td></tr>')
    out += [f'<tr><td style="padding:16px 24px;{F};font-size:13px"><em>{x(FOOT)}</em></td></tr>',
            f'<tr><td align="center" style="padding:24px;background:#f4f6f8;{F};font-size:12px">'
            '<div>Wyndham Safeguarding Children Partnership, Civic Centre, Wyndham WY1 2AB</div>'
            '<div>This email was sent to {{ contact.EMAIL }}</div><div>You\u2019ve received it because you\u2019ve subscribed to our newsletter.</div>'
            '<div><a href="{{ unsubscribe }}" style="color:#3b3f44">Unsubscribe</a></div>'
            '<div style="margin-top:12px"><img src="https://img-cache.brevo.example/v1/brevo-logo.png" width="60" alt="Brevo"></div></td></tr>',
            '</table><!--[if mso]></td></tr></table><![endif]--></td></tr></table></body></html>', '']
    return "\n".join(out)


# D. Joplin 'Export > MD - Markdown + Front Matter': YAML front matter (title, updated, created, source, author, latitude /
#    longitude / altitude, tags), the note's '# ' title, an image from '../_resources/', a link to another note ':/<id>',
#    '## ' titles, every sentence of a summary on its own line (Joplin shows a single newline as a line break), bold labels
#    with the list straight under them (no blank line), '- ' learning, recommendations numbered '1.' every time, report links
#    to the attached PDF resource '[Read … (PDF)](:/<32 hex>)'.
def joplin_md(d):
    L = ["---", f"title: {d['heading']}", "updated: 2026-02-03 09:41:27Z", "created: 2026-02-02 16:05:10Z",
         "source: https://learning.nspcc.example/case-reviews/2026-01", "author: Practice Learning Team",
         "latitude: 52.48623000", "longitude: -1.89040000", "altitude: 0.0000", "tags:", "  - case reviews", "  - digest", "---", "",
         f"# {d['heading']}", "", "![nspcc-banner.png](../_resources/nspcc-banner.png)", "",
         curly(d["intro"]), "Earlier: [Case reviews published in December 2025](:/9a8b7c6d5e4f40312a1b2c3d4e5f6a7b)", ""]
    for i, e in enumerate(d["entries"], 1):
        L += [f"## {curly(e['title'])}", ""]
        L += [s.strip() + ("" if s.strip().endswith(".") else ".") for s in curly(e["summary"]).split(". ") if s.strip()]
        L.append("")
        for lab, lst in groups(e):
            if lab is None: L += [curly(lst), ""]; continue
            num = lab.startswith("Recommendations")
            L += [f"**{lab}**"] + [("1. " if num else "- ") + curly(t) for t in lst] + [""]
        rid = (i * 0x1f3a5c7e9b2d4f610d2c4b6a89e7f531 + 0x4c1e9b7a0d2f4e6b8a3c5d7e9f1a2b3c) % (1 << 128)
        L += [f"[{e['link']}](:/{rid:032x})", ""]
    L += [f"*{FOOT}*", ""]
    return "\n".join(L)


# E. A text typed in Notepad: CRLF; upper-case digest title and labels; each review's title flush left, its summary on ONE
#    line indented by a TAB, the labels indented by a TAB, items TWO TABs deep with no bullet or number; a form feed inside
#    Child EBV's review (after her learning) followed by a running head line; Child DBV's recommendations come BEFORE his
#    learning; the link 'Read … (PDF): URL' one TAB deep.
def notepad_tabs(d):
    L = [d["heading"], "", d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        L += [curly(e["title"]), "\t" + curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: L += ["\t" + curly(lst), ""]; continue
            L += ["\t" + lab] + ["\t\t" + curly(t) for t in lst] + [""]
            if i == 2 and lab == e["lab"][0]:
                L += ["\t\t\t\t\t\t\t\t- 1 -", "\f" + "Case reviews published in August 2025 (continued)", ""]
        L += [f"\t{e['link']}: {url(d, i)}", "", ""]
    L += [FOOT, "", "\t\t\t\t\t\t\t\t- 2 -", ""]
    return "\r\n".join(L)


# F. An .eml from a marketing platform: multipart/alternative whose text/plain part (first, quoted-printable) is SHORTER than
#    its text/html part (second, base64): the text part has the titles, summaries and one 'Learning and recommendations:
#    URL' line per review but no lists; the HTML part has everything (h2 titles, <p><b> labels, lists, links).
def eml_alt(d):
    T = [d["heading"], "", d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        T += [e["title"], "", e["summary"], "", f"Learning and recommendations: https://www.coldharbourscp.example/reviews/{i}", ""]
    T += [FOOT, "", "Coldharbour Safeguarding Children Partnership, 3 Mill Lane, Coldharbour CH4 9ZZ",
          "Manage preferences: https://www.coldharbourscp.example/prefs | Unsubscribe: https://www.coldharbourscp.example/unsub", ""]
    text = quopri.encodestring(curly("\n".join(T)).encode("utf-8")).decode("ascii")
    rows = [f'<h1 style="font-size:26px">{x(d["heading"])}</h1><p>{x(d["intro"])}</p>']
    for i, e in enumerate(d["entries"], 1):
        b = [f'<h2 style="font-size:20px;color:#005a70">{x(e["title"])}</h2><p>{x(e["summary"])}</p>']
        for lab, lst in groups(e):
            if lab is None: b.append(f'<p>{x(lst)}</p>'); continue
            b.append(f'<p><b>{lab}</b></p><ul>' + "".join(f'<li>{x(t)}</li>' for t in lst) + '</ul>')
        b.append(f'<p><a href="{url(d, i)}">{x(e["link"])}</a></p>')
        rows.append("".join(b))
    html_ = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + x(d["heading"]) + '</title></head><body style="font-family:Segoe UI,Arial,sans-serif">'
             '<table role="presentation" width="100%"><tr><td align="center"><table role="presentation" width="640"><tr><td>' + "".join(rows)
             + f'<p style="font-size:12px;color:#666">{x(FOOT)}</p><p style="font-size:12px;color:#666">Coldharbour Safeguarding Children Partnership, 3 Mill Lane, Coldharbour CH4 9ZZ</p>'
             '<p style="font-size:12px"><a href="https://www.coldharbourscp.example/prefs">Manage preferences</a> | <a href="https://www.coldharbourscp.example/unsub">Unsubscribe</a></p>'
             '</td></tr></table></td></tr></table></body></html>')
    b64 = base64.encodebytes(html_.encode("utf-8")).decode("ascii")
    B = "----=_Part_48213_1290346571.1773221400000"
    head = ["Received: from mta-07.eu.insights.example (mta-07.eu.insights.example [192.0.2.77])", "\tby mx.harrowdale.example; Wed, 11 Mar 2026 09:30:04 +0000",
            "From: Coldharbour Safeguarding Children Partnership <news@coldharbourscp.example>", "To: safeguarding@harrowdale.example",
            f"Subject: {d['heading']}", "Date: Wed, 11 Mar 2026 09:30:00 +0000", "Message-ID: <b48.0311.7731@insights.example>", "MIME-Version: 1.0",
            "X-Mailer: Dynamics 365 Customer Insights - Journeys", f'Content-Type: multipart/alternative; boundary="{B}"', "",
            "This is a multi-part message in MIME format.", "", f"--{B}", 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "",
            text.rstrip("\n"), "", f"--{B}", 'Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: base64", "", b64.rstrip("\n"), "", f"--{B}--", ""]
    return "\n".join(head).replace("\r\n", "\n").replace("\n", "\r\n")


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst, stem = f"{out}/input/{fname}", os.path.splitext(fname)[0]
        if "reply-nested" in fname: open(dst, "w", encoding="utf-8", newline="\n").write(reply_nested(d))
        elif fname.endswith(".docx"):
            parts = pandoc_docx(d); write_docx(parts, dst, (2026, 2, 4, 10, 0, 0))
            open(f"{out}/source/{stem}.document.xml", "w", encoding="utf-8").write(parts["word/document.xml"])
        elif fname.endswith(".html"): open(dst, "w", encoding="utf-8").write(brevo_html(d))
        elif fname.endswith(".md"): open(dst, "w", encoding="utf-8").write(joplin_md(d))
        elif "notepad" in fname: open(dst, "w", encoding="utf-8", newline="").write(notepad_tabs(d))
        elif fname.endswith(".eml"): open(dst, "w", encoding="ascii", newline="").write(eml_alt(d))
