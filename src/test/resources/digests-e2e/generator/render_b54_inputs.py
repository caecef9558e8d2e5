# Renders the inputs of batch b54 (see render_b54.py and entries_b54.py). Invented material, test fixtures only. Plain Python:
# every input is written by this script (no external producer): the DOCX as WordprocessingML parts (Strict namespaces) with
# write_docx of render_b32_inputs.py, the e-mail as MIME text with quopri, the rest as text.
import base64, os, quopri, random, re
from render_b32_inputs import (h, x, curly, write_docx)
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


# A. A Microsoft Teams channel conversation copied from the browser (Ctrl+A, Ctrl+C) into Notepad and saved (UTF-8, CRLF):
#    the team and channel names and the tab bar first; then each post: author, 'dd/mm/yyyy hh:mm' timestamp, an 'Edited'
#    mark on one, the post's subject line (the review title; the first post's subject the digest heading), its body (summary,
#    labels, '•' items as Teams copies a bulleted list, the link text then its URL on the next line), the reaction emoji and
#    its count on two lines, 'N replies from ...' and 'Reply'; after Child DVR's post one reply is expanded (a colleague's
#    thanks): a message that is no review.
def teams_txt(d):
    L = ["Safeguarding Learning Network", "General", "", "Posts", "Files", "Case reviews", "+", "",
         "Morwen Astley", "06/10/2025 09:02", d["heading"],
         "Morning all \U0001F44B the case reviews published this month are below, one per post so we can talk about each in its own thread.",
         d["intro"], "\U0001F44D", "3", "Reply", ""]
    who = [("Morwen Astley", "09:04", "2 replies from Dele Farrant and Priya Osei"), ("Morwen Astley", "09:05", "1 reply from Sian Rudd"),
           ("Morwen Astley", "09:07", None), ("Morwen Astley", "09:09", "3 replies from Priya Osei, Dele Farrant and 1 other")]
    for i, e in enumerate(d["entries"], 1):
        name, time, replies = who[i - 1]
        L += [name, f"06/10/2025 {time}"] + (["Edited"] if i == 2 else []) + [curly(e["title"]), curly(e["summary"])]
        for lab, lst in groups(e):
            if lab is None: L.append(curly(lst)); continue
            L.append(lab); L += ["\u2022 " + curly(t) for t in lst]
        L += [e["link"], url(d, i), "\u2764\ufe0f", str(1 + i % 3)]
        if replies: L.append(replies)
        L.append("Reply")
        if i == 3:
            L += ["", "Dele Farrant", "06/10/2025 10:17", "Thanks Morwen. I\u2019ll add Child DVR\u2019s learning to next month\u2019s training session for schools and share the slides here.",
                  "\U0001F44D", "1", "Reply"]
        L.append("")
    L += [FOOT, "", "Start a post", ""]
    return "\r\n".join(L)


# B. Emacs Org-mode SOURCE sent as .txt: '#+TITLE:' / '#+AUTHOR:' / '#+DATE:' / '#+OPTIONS:' / '#+STARTUP:' keywords (the digest
#    title only there), a '# ' comment line, each review a level-1 headline with a TODO keyword ('DONE') and right-aligned tags
#    (':cspr:neglect:'), a 'CLOSED:' planning line and a PROPERTIES drawer; labels as level-2 headlines without a colon ('**
#    Learning includes'), '-' items (recommendations '1.' numbered), links as '[[url][text]]'; between the reviews a '* COMMENT'
#    subtree (a draft Org never exports: not an entry) that has its own labels and items.
def org_txt(d):
    L = [f"#+TITLE: {d['heading']}", "#+AUTHOR: Learning and Improvement Subgroup", "#+DATE: <2025-07-31 Thu>", "#+OPTIONS: toc:nil num:nil ^:nil",
         "#+STARTUP: overview", "# Exported to the partnership website by the business unit; edit here, not on the site.", "", d["intro"], ""]
    tags = [":cspr:extrafamilial:", ":cspr:physical:", ":cspr:baby:"]
    for i, e in enumerate(d["entries"], 1):
        head = f"* DONE {curly(e['title'])}"
        L += [head + " " * max(1, 77 - len(head) - len(tags[i - 1])) + tags[i - 1],
              f"  CLOSED: [2025-07-{8 + 7 * i:02d} {['Tue', 'Tue', 'Tue'][i - 1]} 14:0{i}]", "  :PROPERTIES:", f"  :CUSTOM_ID: review-{i}",
              f"  :PUBLISHED: [2025-07-{7 + 7 * i:02d}]", "  :END:", curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: L += [curly(lst), ""]; continue
            L.append(f"** {lab}")
            numbered = lab == e["lab"][1]
            L += [(f"{k}. " if numbered else "- ") + curly(t) for k, t in enumerate(lst, 1)]
            L.append("")
        L += [f"[[{url(d, i)}][{e['link']}]]", ""]
        if i == 2:
            L += ["* COMMENT Child (draft) for August: do not publish yet                        :draft:",
                  "Notes from the panel on 22 July. Summary to follow once the family has been told.", "", "** Learning includes",
                  "- check the chronology with the hospital", "- ask the author for the final wording", "", "** Recommendations include",
                  "1. agree the action plan at the September panel", ""]
    L += [f"# {FOOT}", ""]
    return "\n".join(L)


# C. A DOCX saved by Word as 'Strict Open XML Document (*.docx)' (ISO/IEC 29500 Strict): every namespace and relationship type
#    is the Strict one (http://purl.oclc.org/ooxml/...), the document says w:conformance="strict"; otherwise plain Word: Title,
#    intro, Heading 2 titles, bold labels in Normal paragraphs, 'List Bullet' items numbered by numbering.xml (Symbol bullets),
#    links as w:hyperlink with an external relationship, an empty paragraph after each review.
WS = ('xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main" '
      'xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"')
SREL = "http://purl.oclc.org/ooxml/officeDocument/relationships/"


def s_run(t, rpr=""):
    return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{h(curly(t), quote=False)}</w:t></w:r>'


def s_p(content, style=None, num=False):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if num else "")
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{content}</w:p>'


def strict_docx(d):
    body, rels = [s_p(s_run(d["heading"]), "Title"), s_p(s_run(d["intro"]))], []
    for i, e in enumerate(d["entries"], 1):
        body += [s_p(s_run(e["title"]), "Heading2"), s_p(s_run(e["summary"]))]
        for lab, lst in groups(e):
            if lab is None: body.append(s_p(s_run(lst))); continue
            body.append(s_p(s_run(lab, "<w:b/>")))
            body += [s_p(s_run(t), "ListBullet", True) for t in lst]
        rid = f"rId{20 + i}"
        rels.append(f'<Relationship Id="{rid}" Type="{SREL}hyperlink" Target="{url(d, i)}" TargetMode="External"/>')
        link_run = s_run(e["link"], '<w:rStyle w:val="Hyperlink"/>')
        body.append(s_p(f'<w:hyperlink r:id="{rid}" w:history="1">{link_run}</w:hyperlink>'))
        body.append(s_p(""))
    body.append(s_p(s_run(FOOT, "<w:i/>")))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {WS} w:conformance="strict"><w:body>{"".join(body)}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
                '</w:sectPr></w:body></w:document>')
    pst = lambda sid, name, ppr="", rpr="": (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/>'
                                             f'<w:next w:val="Normal"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {WS}><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              + pst("Title", "Title", '<w:contextualSpacing/>', '<w:sz w:val="56"/>')
              + pst("Heading2", "heading 2", '<w:keepNext/><w:spacing w:before="40" w:after="0"/><w:outlineLvl w:val="1"/>', '<w:color w:val="2F5496"/><w:sz w:val="26"/>')
              + pst("ListBullet", "List Bullet", '<w:numPr><w:numId w:val="1"/></w:numPr><w:contextualSpacing/>')
              + '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
              + '</w:styles>')
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {WS}>'
                 '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                 '<w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="start"/><w:pPr><w:ind w:start="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    settings = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {WS}><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
    drels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{SREL}settings" Target="settings.xml"/><Relationship Id="rId2" Type="{SREL}numbering" Target="numbering.xml"/>'
             f'<Relationship Id="rId3" Type="{SREL}styles" Target="styles.xml"/>' + "".join(rels) + '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    root = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{SREL}officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{h(d["heading"])}</dc:title><dc:creator>Ifor Penhallow</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T10:14:00Z</dcterms:created></cp:coreProperties>')
    return {"[Content_Types].xml": ct, "_rels/.rels": root, "docProps/core.xml": core, "word/document.xml": document, "word/styles.xml": styles,
            "word/numbering.xml": numbering, "word/settings.xml": settings, "word/_rels/document.xml.rels": drels}


# D. An Umbraco 13 page whose body is one rich-text (TinyMCE) block: no heading or list element for the reviews; each review is
#    paragraphs of <br>-separated lines: '<p><strong>title</strong><br>summary</p>', '<p><strong>Learning includes:</strong><br>item
#    <br>item</p>' (items with NO marker; Child PVR's with '•&nbsp;' typed in), the link in a paragraph of its own, a
#    '<p>&nbsp;</p>' spacer and an <hr> between reviews; site header with navigation, breadcrumb, a 'Was this page helpful?' form
#    and a footer.
def umbraco_html(d):
    site = "https://www.harrowmerescp.example"
    H = ['<!DOCTYPE html>', '<html lang="en-GB">', '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
         f'<title>{x(d["heading"])} | Harrowmere Safeguarding Children Partnership</title>', '<link rel="stylesheet" href="/css/site.min.css?v=13.4.1">',
         '<meta name="generator" content="Umbraco CMS 13">', '</head>', '<body class="page-content-page">',
         '<header class="site-header"><a class="skip-link" href="#main">Skip to content</a>',
         f'<a class="site-header__logo" href="{site}/"><img src="/media/qb2lwd3f/hscp-logo.svg" alt="Harrowmere Safeguarding Children Partnership"></a>',
         '<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/professionals/">Professionals</a></li>'
         '<li><a href="/learning/">Learning from reviews</a></li><li><a href="/training/">Training</a></li><li><a href="/contact/">Contact us</a></li></ul></nav></header>',
         '<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/learning/">Learning from reviews</a></li>'
         f'<li aria-current="page">{x(d["heading"])}</li></ol></nav>',
         '<main id="main"><div class="umb-block-grid" data-grid-columns="12"><div class="umb-block-grid__layout-container">',
         '<div class="umb-block-grid__layout-item" data-content-element-type-alias="richTextBlock"><div class="rte">',
         f'<p><strong><span style="font-size: 24px;">{x(d["heading"])}</span></strong></p>', f'<p>{x(d["intro"])}</p>', '<p>&nbsp;</p>']
    for i, e in enumerate(d["entries"], 1):
        mark = "\u2022&nbsp;" if i == 2 else ""
        H.append(f'<p><strong>{x(e["title"])}</strong><br>{x(e["summary"])}</p>')
        for lab, lst in groups(e):
            if lab is None: H.append(f'<p>{x(lst)}</p>'); continue
            H.append(f'<p><strong>{x(lab)}</strong><br>' + "<br>".join(mark + x(t) for t in lst) + '</p>')
        H += [f'<p><a href="{url(d, i)}" target="_blank" rel="noopener">{x(e["link"])}</a></p>', '<p>&nbsp;</p>']
        if i < len(d["entries"]): H.append('<hr>')
    H += [f'<p><em>{x(FOOT)}</em></p>', '</div></div></div></div>',
          '<div class="page-feedback"><form action="/umbraco/surface/feedback/submit" method="post"><p>Was this page helpful?</p>'
          '<button name="helpful" value="yes">Yes</button> <button name="helpful" value="no">No</button></form></div>', '</main>',
          '<footer class="site-footer"><ul><li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy/">Privacy</a></li>'
          '<li><a href="/cookies/">Cookies</a></li></ul><p>&copy; 2025 Harrowmere Safeguarding Children Partnership</p></footer>', '</body>', '</html>']
    return "\n".join(H)


# E. A MailerLite-style newsletter e-mail: multipart/alternative, both parts quoted-printable (soft breaks at 76 columns, inside
#    words). The text/plain part (first) is a SHORTER, different version written by the sender: per review the title, only the
#    summary's FIRST sentence, the learning list and 'Read the recommendations and the full review: <URL>'; the text/html part
#    (what the reader sees) holds the whole summaries, the recommendations and the good practice. The HTML is the digest.
def first_sentence(s):
    m = re.match(r"(.+?\.)\s", s)
    return m.group(1) if m else s


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def shorter_eml(d):
    site = "https://www.kestonbridgescp.example"
    T = [d["heading"], f"View this e-mail in your browser: {site}/newsletter/december-2025", "", d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        T += [curly(e["title"]), curly(first_sentence(e["summary"])), "", e["lab"][0]]
        T += ["- " + curly(t) for t in e["learning"]]
        T += ["", f"Read the recommendations and the full review: {url(d, i)}", "", "------------------------------", ""]
    T += [FOOT, "", "Keston Bridge Safeguarding Children Partnership, Civic Offices, Keston Bridge",
          f"Unsubscribe: {site}/newsletter/unsubscribe?u=8c1f0e", ""]
    td = 'style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 24px; color: #333333; padding: 0 40px;"'
    H = ['<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>' + x(d["heading"]) + '</title></head>',
         '<body style="margin:0; padding:0; background-color:#f4f4f4;">',
         '<table class="mlBodyBackground" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">',
         '<table class="mlContentTable" width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">',
         f'<tr><td align="right" style="font-size:11px; padding:10px 40px;"><a href="{site}/newsletter/december-2025">View in browser</a></td></tr>',
         f'<tr><td {td}><h1 style="font-size:26px; line-height:32px;">{x(d["heading"])}</h1><p>{x(d["intro"])}</p></td></tr>']
    for i, e in enumerate(d["entries"], 1):
        cell = [f'<h2 style="font-size:20px; line-height:28px; color:#1d4f91;">{x(e["title"])}</h2>', f'<p>{x(e["summary"])}</p>']
        for lab, lst in groups(e):
            if lab is None: cell.append(f'<p>{x(lst)}</p>'); continue
            cell += [f'<p><strong>{x(lab)}</strong></p>', '<ul>' + "".join(f'<li>{x(t)}</li>' for t in lst) + '</ul>']
        cell.append(f'<p><a class="mlContentButton" href="{url(d, i)}" style="background:#1d4f91; color:#ffffff; padding:10px 18px; text-decoration:none;">{x(e["link"])}</a></p>')
        H += [f'<tr><td {td}>' + "".join(cell) + '</td></tr>', '<tr><td style="padding:0 40px;"><hr style="border:0; border-top:1px solid #dddddd;"></td></tr>']
    H += [f'<tr><td {td}><p><em>{x(FOOT)}</em></p></td></tr>',
          f'<tr><td style="font-size:11px; color:#888888; padding:20px 40px;">Keston Bridge Safeguarding Children Partnership, Civic Offices, Keston Bridge<br>'
          f'<a href="{site}/newsletter/unsubscribe?u=8c1f0e">Unsubscribe</a></td></tr>', '</table></td></tr></table></body></html>']
    text, html = "\n".join(T), "\n".join(H)
    b = "_=_swift_1764921512_6f2c0d1e9a8b7c6d5e4f3a2b1c0d9e8f_=_"
    head = ["Return-Path: <bounce-7731@mlsend.example>", "Received: from mlsend.example (mlsend.example [198.51.100.23])",
            "\tby mx.kestonbridge.example; Thu, 4 Dec 2025 08:58:40 +0000", "Date: Thu, 04 Dec 2025 08:58:32 +0000",
            'From: "Keston Bridge Safeguarding Children Partnership" <news@kestonbridgescp.example>',
            "To: <safeguarding.team@kestonbridge.example>", f"Subject: {d['heading']}",
            "Message-ID: <8c1f0e2a7b@mlsend.example>", "List-Unsubscribe: <https://www.kestonbridgescp.example/newsletter/unsubscribe?u=8c1f0e>",
            "X-Mailer: MailerLite", "MIME-Version: 1.0", f'Content-Type: multipart/alternative; boundary="{b}"', "", f"--{b}",
            'Content-Type: text/plain; charset=utf-8', "Content-Transfer-Encoding: quoted-printable", ""]
    mid = ["", f"--{b}", 'Content-Type: text/html; charset=utf-8', "Content-Transfer-Encoding: quoted-printable", ""]
    return "\r\n".join(head) + "\r\n" + qp(text) + "\r\n" + "\r\n".join(mid) + "\r\n" + qp(html) + f"\r\n\r\n--{b}--\r\n", text, html


# F. Google Docs 'File > Download > Markdown (.md)': headings written '# **text**' (the Docs heading text is bold), ASCII
#    punctuation escaped with backslashes ('6\-week\-old', '2025\.', '\(PDF\)' inside link text, '\+', '\!'), curly quotes
#    kept, lists '* ' with no blank line, a line broken by Shift+Enter written with two trailing spaces, the partnership logo
#    as '![][image1]' under the title and its base64 PNG as a reference definition '[image1]: <data:image/png;base64,...>' at
#    the very end.
def gd_esc(s):
    return re.sub(r"([\\`*_{}\[\]()#+\-.!<>=~|])", r"\\\1", curly(s))


def gdocs_md(d):
    rnd = random.Random(54)
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(rnd.randrange(256) for _ in range(900))).decode("ascii")
    L = [f"# **{gd_esc(d['heading'])}**", "", "![][image1]", "",
         gd_esc("Prepared by the Brackenhurst Safeguarding Children Partnership business unit.") + "  ", gd_esc(d["intro"]), ""]
    for i, e in enumerate(d["entries"], 1):
        L += [f"## **{gd_esc(e['title'])}**", "", gd_esc(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: L += [gd_esc(lst), ""]; continue
            L += [f"**{gd_esc(lab)}**", ""] + [f"* {gd_esc(t)}" for t in lst] + [""]
        L += [f"[{gd_esc(e['link'])}]({url(d, i)})", ""]
    L += [f"*{gd_esc(FOOT)}*", "", f"[image1]: <data:image/png;base64,{png}>", ""]
    return "\n".join(L)


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst, stem = f"{out}/input/{fname}", os.path.splitext(fname)[0]
        if "teams" in fname: open(dst, "w", encoding="utf-8", newline="").write(teams_txt(d))
        elif "org-source" in fname: open(dst, "w", encoding="utf-8").write(org_txt(d))
        elif fname.endswith(".docx"):
            parts = strict_docx(d); write_docx(parts, dst, (2026, 3, 2, 10, 14, 0))
            for p in ("document", "styles", "numbering"):
                open(f"{out}/source/{stem}.{p}.xml", "w", encoding="utf-8").write(parts[f"word/{p}.xml"])
        elif "umbraco" in fname: open(dst, "w", encoding="utf-8").write(umbraco_html(d))
        elif "plain-shorter" in fname:
            eml, text, html = shorter_eml(d)
            open(dst, "w", encoding="ascii", newline="").write(eml)
            open(f"{out}/source/{stem}.text.txt", "w", encoding="utf-8").write(text)
            open(f"{out}/source/{stem}.body.html", "w", encoding="utf-8").write(html)
        elif "gdocs-markdown" in fname: open(dst, "w", encoding="utf-8").write(gdocs_md(d))
