# Renders the inputs of batch b40 (see render_b40.py and entries_b40.py). Invented material, test fixtures only. Plain Python:
# every input is written by this script (no external producer). DOCX helpers are shared with render_b32_inputs.
import base64, html, os, quopri, textwrap
from render_b32_inputs import (CT_HEAD, REL, ROOT_RELS, SETTINGS, W, curly, groups, write_docx, x)
h = html.escape
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."
MONTHS = "January February March April May June July August September October November December".split()
PNG = "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAFklEQVR4nGNgGAWjYBSMglEwCqgHAAQQAAHvIHjVAAAAAElFTkSuQmCC"


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def month_name(d):
    return f"{MONTHS[int(d['month'][5:]) - 1]} {d['month'][:4]}"


def qp(text):
    """Quoted-printable of UTF-8 text with CRLF line ends (soft breaks at 76, as mail tools write it)."""
    return quopri.encodestring(text.replace("\r\n", "\n").encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def mail_date(d):
    return f"Tue, 18 {MONTHS[int(d['month'][5:]) - 1][:3]} {d['month'][:4]} 09:30:00 +0000"


# ---------------------------------------------------------------- A. mail-marketing newsletter as a real .eml
# multipart/alternative as a Mailchimp-like tool sends a campaign: FIRST the tool's OWN PLAIN-TEXT ALTERNATIVE (generated from
# the HTML: 'View this email in your browser (URL)', every heading as '** Heading' over a 60-dash rule, paragraphs, the labels
# as plain lines, items as '* ' lines, links as 'text (URL)', a '====' rule, the footer with '** ' before the footer links),
# quoted-printable; THEN the HTML alternative (table layout, inline styles, MSO conditional, quoted-printable). Headers as the
# tool writes them (List-Unsubscribe, X-Campaign-Id, Precedence: bulk).
def mc_text(d):
    dash = "-" * 60
    b = ["View this email in your browser (https://news.example-partnership.org.uk/v/b40nov)", "", f"** {d['heading']}", dash, "",
         d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        b += [f"** {e['title']}", dash, "", curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None:
                b += [curly(lst), ""]; continue
            b += [lab, ""] + [f"* {curly(t)}" for t in lst] + [""]
        b += [f"{e['link']} ({url(d, i)})", ""]
    b += ["=" * 60, "", FOOT, "",
          "** Twitter (https://twitter.example.org/partnership)", "** Website (https://news.example-partnership.org.uk)", "",
          "Copyright \u00a9 2025 Example Safeguarding Partnership (invented), All rights reserved.", "You are receiving this email because you subscribed to case review updates.", "",
          "Want to change how you receive these emails?",
          "You can ** update your preferences (https://news.example-partnership.org.uk/p/b40)",
          "or ** unsubscribe from this list (https://news.example-partnership.org.uk/u/b40)", ""]
    return "\r\n".join(b)


def mc_html(d):
    td = 'style="padding:9px 18px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:150%;color:#202020"'
    b = ['<!doctype html>', '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
         f'<title>{x(d["heading"])}</title>', '<!--[if mso]><style>table{border-collapse:collapse}</style><![endif]-->', '</head>',
         '<body style="margin:0;padding:0;background:#fafafa"><center><table align="center" border="0" cellpadding="0" cellspacing="0" width="100%" id="bodyTable">',
         '<tr><td align="center" valign="top"><table border="0" cellpadding="0" cellspacing="0" width="600" class="templateContainer">',
         '<tr><td style="padding:9px;font-size:11px"><a href="https://news.example-partnership.org.uk/v/b40nov">View this email in your browser</a></td></tr>',
         f'<tr><td {td}><h1 style="font-size:24px">{x(d["heading"])}</h1><p>{x(d["intro"])}</p></td></tr>']
    for i, e in enumerate(d["entries"], 1):
        cell = [f'<h2 style="font-size:19px;color:#6b2c91">{x(e["title"])}</h2>', f'<p>{x(e["summary"])}</p>']
        for lab, lst in groups(e):
            if lab is None:
                cell.append(f'<p>{x(lst)}</p>'); continue
            cell += [f'<p><strong>{x(lab)}</strong></p>', '<ul>'] + [f'<li>{x(t)}</li>' for t in lst] + ['</ul>']
        cell.append(f'<p><a href="{url(d, i)}" style="color:#6b2c91">{x(e["link"])}</a></p>')
        b += [f'<tr><td {td}>' + "".join(cell) + '</td></tr>', '<tr><td style="padding:18px"><hr style="border:0;border-top:2px solid #eaeaea"></td></tr>']
    b += [f'<tr><td {td}><p><em>{x(FOOT)}</em></p><p style="font-size:12px">Copyright &copy; 2025 Example Safeguarding Partnership (invented), All rights reserved.<br>'
          '<a href="https://news.example-partnership.org.uk/p/b40">update your preferences</a> or <a href="https://news.example-partnership.org.uk/u/b40">unsubscribe from this list</a></p></td></tr>',
          '</table></td></tr></table></center></body></html>']
    return "\n".join(b)


def mc_eml(d):
    bd = "_----------=_MCPart_4821937705"
    head = ['Return-Path: <bounce-b40@mail.example-partnership.org.uk>', 'Received: from mail.example-partnership.org.uk (mail.example-partnership.org.uk [192.0.2.25])',
            '\tby mx.example.org with ESMTPS id b40nov; ' + mail_date(d),
            'From: "Example Safeguarding Partnership" <news@example-partnership.org.uk>', 'Reply-To: news@example-partnership.org.uk',
            'To: <subscriber@example.org>', f'Subject: =?utf-8?Q?{quopri.encodestring(d["heading"].encode("utf-8"), header=True).decode("ascii")}?=',
            f'Date: {mail_date(d)}', 'Message-ID: <b40nov.4821937705@mail.example-partnership.org.uk>',
            'List-Unsubscribe: <https://news.example-partnership.org.uk/u/b40>, <mailto:unsubscribe-b40@mail.example-partnership.org.uk>',
            'X-Campaign-Id: b40nov', 'Precedence: bulk', 'MIME-Version: 1.0', f'Content-Type: multipart/alternative; boundary="{bd}"', '',
            'This is a multi-part message in MIME format', '',
            f'--{bd}', 'Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable', '', qp(mc_text(d)), '',
            f'--{bd}', 'Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable', '', qp(mc_html(d)), '',
            f'--{bd}--', '']
    return "\r\n".join(head)


# ---------------------------------------------------------------- B. internal-comms bulletin as a real .eml, text part a stub
# multipart/alternative whose text/plain alternative holds ONLY a 'view it in your browser' stub (the bulletin tool writes no
# real text version); the second alternative is multipart/related: the text/html part (quoted-printable, windows-1252 declared
# in the MIME header and in a meta) and an inline logo (cid:). The HTML is a table layout: per review a bordered table, the
# title a bold 20px cell, the summary a cell, every label a COLOURED BAR CELL with one word or two ('Learning',
# 'Recommendations', 'Good practice'; no colon) over a cell holding the <ul>; the link a button table.
def nw_html(d):
    b = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>' + x(d["heading"]) + '</title></head>',
         '<body style="margin:0;background:#f3f2f1"><table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation"><tr><td align="center">',
         '<table width="640" cellpadding="0" cellspacing="0" border="0" role="presentation" style="background:#ffffff">',
         '<tr><td style="padding:16px"><img src="cid:logo-b40@bulletin" alt="Example Safeguarding Partnership" width="180" height="40"></td></tr>',
         f'<tr><td style="padding:0 16px;font:bold 26px Arial,sans-serif;color:#1d70b8">{x(d["heading"])}</td></tr>',
         f'<tr><td style="padding:8px 16px 16px;font:15px Arial,sans-serif">{x(d["intro"])}</td></tr>']
    for i, e in enumerate(d["entries"], 1):
        rows = [f'<tr><td style="padding:12px;font:bold 20px Arial,sans-serif;color:#0b0c0c;border-bottom:1px solid #b1b4b6">{x(e["title"])}</td></tr>',
                f'<tr><td style="padding:12px;font:15px Arial,sans-serif">{x(e["summary"])}</td></tr>']
        for lab, lst in groups(e):
            if lab is None:
                rows.append(f'<tr><td style="padding:12px;font:15px Arial,sans-serif">{x(lst)}</td></tr>'); continue
            rows += [f'<tr><td bgcolor="#00703c" style="padding:6px 12px;font:bold 14px Arial,sans-serif;color:#ffffff;text-transform:uppercase">{x(lab)}</td></tr>',
                     '<tr><td style="padding:6px 12px;font:15px Arial,sans-serif"><ul style="margin:0;padding-left:20px">' + "".join(f'<li>{x(t)}</li>' for t in lst) + '</ul></td></tr>']
        rows.append(f'<tr><td style="padding:12px"><table cellpadding="0" cellspacing="0" border="0" role="presentation"><tr><td bgcolor="#1d70b8" style="padding:10px 16px">'
                    f'<a href="{url(d, i)}" style="font:bold 15px Arial,sans-serif;color:#ffffff;text-decoration:none">{x(e["link"])}</a></td></tr></table></td></tr>')
        b += ['<tr><td style="padding:12px 16px"><table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation" style="border:1px solid #b1b4b6">'
              + "".join(rows) + '</table></td></tr>']
    b += [f'<tr><td style="padding:16px;font:italic 13px Arial,sans-serif;color:#505a5f">{x(FOOT)}</td></tr>',
          '<tr><td style="padding:16px;font:12px Arial,sans-serif;color:#505a5f">You are receiving this bulletin as a member of staff. '
          '<a href="https://bulletin.example-partnership.org.uk/manage">Manage your subscriptions</a></td></tr>',
          '</table></td></tr></table></body></html>']
    return "\n".join(b)


def nw_eml(d):
    outer, rel = "----=_Part_40_1122334455.1739871000000", "----=_Part_41_5544332211.1739871000000"
    stub = (f"{d['heading'].replace(chr(0x2013), '-')}\r\n\r\nThis bulletin is best viewed in an e-mail program that shows HTML. To read it in your web browser go to:\r\n"
            "https://bulletin.example-partnership.org.uk/view/b40feb\r\n")
    html_bytes = nw_html(d).encode("cp1252")
    body = quopri.encodestring(html_bytes).decode("ascii").replace("\n", "\r\n")
    head = ['From: Safeguarding Partnership Bulletin <bulletin@example-partnership.org.uk>', 'To: All staff <allstaff@example-partnership.org.uk>',
            f'Subject: {d["heading"].replace(chr(0x2013), "-")}', f'Date: {mail_date(d)}', 'Message-ID: <b40feb.0001@bulletin.example-partnership.org.uk>',
            'X-Mailer: Bulletin Studio 7.2 (invented)', 'MIME-Version: 1.0', f'Content-Type: multipart/alternative; boundary="{outer}"', '',
            f'--{outer}', 'Content-Type: text/plain; charset=us-ascii', 'Content-Transfer-Encoding: 7bit', '', stub, '',
            f'--{outer}', f'Content-Type: multipart/related; boundary="{rel}"; type="text/html"', '',
            f'--{rel}', 'Content-Type: text/html; charset=windows-1252', 'Content-Transfer-Encoding: quoted-printable', '', body, '',
            f'--{rel}', 'Content-Type: image/png; name="logo.png"', 'Content-Transfer-Encoding: base64', 'Content-ID: <logo-b40@bulletin>',
            'Content-Disposition: inline; filename="logo.png"', '', PNG, '',
            f'--{rel}--', '', f'--{outer}--', '']
    return "\r\n".join(head)


# ---------------------------------------------------------------- C. Docusaurus (MDX) page
# A docs site built with Docusaurus: YAML front matter (id, title — the only place the digest title is —, sidebar_label, tags),
# MDX import lines, an ':::info Invented material' admonition, the intro; per review a '## title {#id}' heading (explicit
# heading id), the summary, then the LISTS IN A <Tabs> COMPONENT: one <TabItem value=… label="Learning"> / label="Recommendations"
# per list, the label only in the JSX attribute, items '- ' in the tab body (blank lines around, as MDX needs); good practice in a
# ':::tip[Good practice]' admonition (title in brackets, Docusaurus 3 syntax); the link a markdown link in reviews 1-2 and a JSX
# component <ReviewLink href=… label=… /> in reviews 3-4; '---' between reviews.
def docusaurus_md(d):
    b = ["---", f"id: case-reviews-{d['month']}", f"title: {d['heading']}", f"sidebar_label: {month_name(d)}", "sidebar_position: 6",
         "tags: [case-reviews, digest]", f"description: {d['intro'].split('.')[0]}.", "---", "",
         "import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", "import ReviewLink from '@site/src/components/ReviewLink';", "",
         ":::info Invented material", "", FOOT, "", ":::", "", d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        slug = e["title"].split(":")[0].lower().replace(" ", "-")
        b += [f"## {e['title']} {{#{slug}}}", "", e["summary"], "", '<Tabs groupId="review-lists">']
        for k, (lab, lst) in enumerate(groups(e)):
            if lab is None or lab == e["lab"][2]: continue
            val = "learning" if lab == e["lab"][0] else "recommendations"
            b += [f'  <TabItem value="{val}" label="{lab}"{" default" if k == 0 else ""}>', ""] + [f"- {t}" for t in lst] + ["", "  </TabItem>"]
        b += ["</Tabs>", ""]
        for lab, lst in groups(e):
            if lab is None: b += [lst, ""]
        if e["good"]:
            b += [f":::tip[{e['lab'][2]}]", ""] + [f"- {t}" for t in e["good"]] + ["", ":::", ""]
        b += ([f"[{e['link']}]({url(d, i)})"] if i <= 2 else [f'<ReviewLink href="{url(d, i)}" label="{e["link"]}" />']) + [""]
        if i < len(d["entries"]): b += ["---", ""]
    return "\n".join(b)


# ---------------------------------------------------------------- D. Notion 'Export > HTML'
# One page exported by Notion as HTML: Notion's long inline style sheet, <article class="page sans">, a header with the page
# title (h1.page-title) and the PROPERTIES TABLE (Created, Tags); the page body: intro paragraph, a gray CALLOUT figure (icon
# span + text div); every review a TOGGLE: <ul class="toggle"><li><details open=""><summary>title</summary> … </details></li></ul>
# whose body holds the summary, bold label paragraphs and — as Notion writes bullets — EVERY BULLET ITEM ITS OWN
# <ul class="bulleted-list"> with one <li>; the link a BOOKMARK block (figure > a.bookmark: a title div with the link words, a
# description div, and an href div with a favicon <img> and the URL as text); empty paragraphs between toggles. Ids are uuids.
def notion_html(d):
    n = [0]
    def uid():
        n[0] += 1
        return f"1b{n[0]:06x}-40aa-80c2-9d1e-e4b40{n[0]:07x}"
    css = ("html{-webkit-print-color-adjust:exact}*{box-sizing:border-box}.page-title{font-size:2.5rem;font-weight:700}"
           ".toggle{padding-inline-start:0;list-style:none}.toggle>li>details>summary{font-weight:600}.bulleted-list{margin:0}"
           ".callout{border-radius:4px;padding:1rem}.bookmark{text-decoration:none;display:flex;border:1px solid rgba(55,53,47,.16)}"
           ".bookmark-title{font-size:14px}.bookmark-description{font-size:12px;color:rgba(55,53,47,.65)}.bookmark-href{font-size:12px}"
           ".select-value-color-blue{background-color:rgba(35,131,226,.07)}")
    b = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>', f'<title>{x(d["heading"])}</title>',
         f'<style>{css}</style></head><body><article id="{uid()}" class="page sans"><header><h1 class="page-title">{x(d["heading"])}</h1>',
         '<p class="page-description"></p><table class="properties"><tbody>',
         f'<tr class="property-row property-row-created_time"><th><span class="icon property-icon"></span>Created</th><td><time>@{month_name(d).split()[0]} 29, {d["month"][:4]} 4:12 PM</time></td></tr>',
         '<tr class="property-row property-row-multi_select"><th><span class="icon property-icon"></span>Tags</th><td>'
         '<span class="selected-value select-value-color-blue">Case reviews</span><span class="selected-value select-value-color-green">Digest</span></td></tr>',
         '</tbody></table></header><div class="page-body">',
         f'<p id="{uid()}" class="">{x(d["intro"])}</p>',
         f'<figure class="block-color-gray_background callout" style="white-space:pre-wrap;display:flex" id="{uid()}"><div style="font-size:1.5em">'
         f'<span class="icon">\U0001F4A1</span></div><div style="width:100%">{x(FOOT)}</div></figure>']
    for i, e in enumerate(d["entries"], 1):
        body = [f'<p id="{uid()}" class="">{x(e["summary"])}</p>']
        for lab, lst in groups(e):
            if lab is None:
                body.append(f'<p id="{uid()}" class="">{x(lst)}</p>'); continue
            body.append(f'<p id="{uid()}" class=""><strong>{x(lab)}</strong></p>')
            body += [f'<ul id="{uid()}" class="bulleted-list"><li style="list-style-type:disc">{x(t)}</li></ul>' for t in lst]
        body.append(f'<figure id="{uid()}"><a href="{url(d, i)}" class="bookmark source"><div class="bookmark-info"><div class="bookmark-text">'
                    f'<div class="bookmark-title">{x(e["link"])}</div><div class="bookmark-description">NSPCC Learning: national case review repository</div></div>'
                    f'<div class="bookmark-href"><img src="https://learning.nspcc.org.uk/favicon.ico" class="icon bookmark-icon"/>{url(d, i)}</div></div></a></figure>')
        b += [f'<ul id="{uid()}" class="toggle"><li><details open=""><summary>{x(e["title"])}</summary>' + "".join(body) + '</details></li></ul>',
              f'<p id="{uid()}" class="">\n</p>']
    b += ['</div></article><span class="sans" style="font-size:14px;padding-top:2em"></span></body></html>']
    return "\n".join(b)


# ---------------------------------------------------------------- E. reStructuredText source sent as .txt
# The rst source of a Sphinx page, attached as a .txt: a '..' comment, a '.. _label:' target, the title OVER- AND UNDERLINED with
# '#', a field list (':Published:', ':Audience:'), a '.. note::' directive holding the invented-material note, the intro,
# '.. contents::' with options; per review a '.. _child-xx:' target, the title UNDERLINED with '=' (wrapped text, 79), the summary
# wrapped at 79, LABELS AS '.. rubric:: Learning includes' DIRECTIVES (no colon) over '- ' lists (continuation lines indented two),
# good practice in a '.. admonition:: Identifies good practice including' directive with the list indented three spaces, the
# no-recommendations sentence a paragraph, the link an ANONYMOUS HYPERLINK '`Read … (PDF) <URL>`__'; '----' transitions.
def rst_text(d):
    wrap = lambda s, ind="": textwrap.wrap(s, 79, initial_indent=ind, subsequent_indent=ind)
    items = lambda lst, ind="": sum((textwrap.wrap(t, 79, initial_indent=ind + "- ", subsequent_indent=ind + "  ") for t in lst), [])
    b = [".. Source of the digest page (reStructuredText, Sphinx). " + FOOT, "", f".. _digest-{d['month']}:", "",
         "#" * len(d["heading"]), d["heading"], "#" * len(d["heading"]), "", f":Published: {d['month']}-30", ":Audience: Safeguarding practitioners", "",
         ".. note::", ""] + wrap(FOOT, "   ") + [""] + wrap(d["intro"]) + ["", ".. contents:: Reviews in this issue", "   :local:", "   :depth: 1", ""]
    for i, e in enumerate(d["entries"], 1):
        slug = e["title"].split(":")[0].lower().replace(" ", "-")
        b += [f".. _{slug}:", "", e["title"], "=" * len(e["title"]), ""] + wrap(e["summary"]) + [""]
        for lab, lst in groups(e):
            if lab is None:
                b += wrap(lst) + [""]
            elif lab == e["lab"][2]:
                b += [f".. admonition:: {lab}", ""] + items(lst, "   ") + [""]
            else:
                b += [f".. rubric:: {lab}", ""] + items(lst) + [""]
        b += [f"`{e['link']} <{url(d, i)}>`__", ""]
        if i < len(d["entries"]): b += ["----", ""]
    return "\n".join(b)


# ---------------------------------------------------------------- F. DOCX: reviews as cards, one per cell of a 2 x 2 table
# Title + intro paragraphs, then ONE TABLE of two columns and two rows, fixed layout, bordered, each cell shaded: EVERY CELL HOLDS
# ONE WHOLE REVIEW: a Heading 2 title, the summary, bold label paragraphs ('Key learning:', 'Recommendations:', 'Good practice:'),
# 'List Bullet' items, the link a w:hyperlink (external relationship); reading order row by row (1 | 2, 3 | 4); the closing note
# after the table.
def wr(t, b=False, rpr=""):
    inner = ("<w:b/>" if b else "") + rpr
    return f'<w:r>{"<w:rPr>" + inner + "</w:rPr>" if inner else ""}<w:t xml:space="preserve">{x(t)}</w:t></w:r>'


def wp(content, style=None):
    return f'<w:p>{"<w:pPr><w:pStyle w:val=" + chr(34) + style + chr(34) + "/></w:pPr>" if style else ""}{content}</w:p>'


STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Arial"/>'
          '<w:sz w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="80"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="40"/><w:color w:val="1F3864"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/><w:color w:val="1F3864"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:contextualSpacing/></w:pPr></w:style>'
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
          '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
          '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style></w:styles>')


def card_docx(d):
    links = []
    def card(i, e):
        ps = [wp(wr(e["title"]), "Heading2"), wp(wr(e["summary"]))]
        for lab, lst in groups(e):
            if lab is None:
                ps.append(wp(wr(lst))); continue
            ps.append(wp(wr(lab, b=True)))
            ps += [wp(wr(t), "ListBullet") for t in lst]
        rid = f"rIdL{i}"; links.append((rid, url(d, i)))
        ps.append(wp(f'<w:hyperlink r:id="{rid}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">{x(e["link"])}</w:t></w:r></w:hyperlink>'))
        return (f'<w:tc><w:tcPr><w:tcW w:w="4819" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="{"EAF1FB" if i % 2 else "F2F2F2"}"/>'
                '<w:tcMar><w:top w:w="113" w:type="dxa"/><w:left w:w="142" w:type="dxa"/><w:bottom w:w="113" w:type="dxa"/><w:right w:w="142" w:type="dxa"/></w:tcMar></w:tcPr>'
                + "".join(ps) + '</w:tc>')
    es = d["entries"]
    rows = "".join('<w:tr><w:trPr><w:cantSplit/></w:trPr>' + card(k + 1, es[k]) + card(k + 2, es[k + 1]) + '</w:tr>' for k in range(0, len(es), 2))
    tbl = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9638" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="4819"/><w:gridCol w:w="4819"/></w:tblGrid>' + rows + '</w:tbl>')
    body = [wp(wr(d["heading"]), "Title"), wp(wr(d["intro"])), tbl, wp(wr(FOOT, rpr="<w:i/>"))]
    sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="284" w:hanging="284"/></w:pPr></w:lvl>'
                 '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}styles" Target="styles.xml"/><Relationship Id="rId2" Type="{REL}numbering" Target="numbering.xml"/>'
            f'<Relationship Id="rId3" Type="{REL}settings" Target="settings.xml"/>'
            + "".join(f'<Relationship Id="{r}" Type="{REL}hyperlink" Target="{h(u)}" TargetMode="External"/>' for r, u in links) + '</Relationships>')
    return {"[Content_Types].xml": CT_HEAD + "</Types>", "_rels/.rels": ROOT_RELS, "word/document.xml": document, "word/styles.xml": STYLES,
            "word/numbering.xml": numbering, "word/settings.xml": SETTINGS, "word/_rels/document.xml.rels": rels}


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    want = lambda f: not only or f in only
    stamp = lambda d: (int(d["month"][:4]), int(d["month"][5:]), 20, 10, 0, 0)
    for fname, d in B.items():
        if not want(fname): continue
        dst, stem = f"{out}/input/{fname}", os.path.splitext(fname)[0]
        if "plaintext-alternative" in fname:
            open(dst, "wb").write(mc_eml(d).encode("ascii"))
            open(f"{out}/source/{stem}.text.txt", "w", encoding="utf-8").write(mc_text(d))
            open(f"{out}/source/{stem}.html", "w", encoding="utf-8").write(mc_html(d))
        elif "html-stub" in fname:
            open(dst, "wb").write(nw_eml(d).encode("ascii"))
            open(f"{out}/source/{stem}.html", "w", encoding="utf-8").write(nw_html(d))
        elif "docusaurus" in fname:
            open(dst, "w", encoding="utf-8").write(docusaurus_md(d))
        elif "notion" in fname:
            open(dst, "w", encoding="utf-8").write(notion_html(d))
        elif "rst-source" in fname:
            open(dst, "w", encoding="utf-8").write(rst_text(d))
        elif fname.endswith(".docx"):
            parts = card_docx(d)
            write_docx(parts, dst, stamp(d))
            open(f"{out}/source/{stem}.document.xml", "w", encoding="utf-8").write(parts["word/document.xml"])
