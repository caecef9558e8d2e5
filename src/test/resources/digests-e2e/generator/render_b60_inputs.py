# Renders the inputs of batch b60 (see render_b60.py and entries_b60.py). Invented material, test fixtures only. Plain Python 3
# for all five inputs (the Pipermail archive page, the FrontPage-era page, the page with hidden text, the markdown list, and the
# DOCX written as WordprocessingML with zipfile); no Mailman, FrontPage, Word or document-assembly system ran: each is written
# in the shape the named producer gives it.
import os, textwrap
from html import escape as h
from render_b32_inputs import (x, curly, write_docx, REL, W)
from render_b50_inputs import (wr, wp, docx_parts)
FOOT = "Summaries written for testing: every child, family, person and place in this digest is invented."


def url(d, i, host="learning.nspcc.org.uk"):
    return f"https://{host}/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def groups(e):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    out = [(e["lab"][0], e["learning"])]
    out += [(e["lab"][1], e["recs"])] if e["recs"] else ([(None, e["norec"])] if e["norec"] else [])
    if e["good"]: out.append((e["lab"][2], e["good"]))
    return out


# A. A Mailman 2.1 list archive (Pipermail) message page: HTML 4.01 with upper-case tags, the subject as H1, the sender's
#    name in <B> and address obfuscated ('x at y') in a mailto link, the date in <I>, previous / next / 'sorted by' lists,
#    then the plain-text message as ONE <PRE> between <!--beginarticle--> and <!--endarticle-->, wrapped at 72 columns by the
#    sender's mail client (summaries over several lines, items '  * ' with 4-space continuations), the addresses auto-linked
#    by Pipermail as <A HREF="url">url</A> on the line under the link's words, '&lt;' '&gt;' escaped; the list footer.
def pipermail_html(d):
    wrap = lambda s, first="", rest="": textwrap.wrap(s, 72, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False)
    L = ["Dear colleagues,", ""] + wrap(d["intro"]) + [""]
    for i, e in enumerate(d["entries"], 1):
        L += [e["title"]] + wrap(e["summary"]) + [""]
        for lab, lst in groups(e):
            if lab is None: L += wrap(lst) + [""]; continue
            L.append(lab)
            for t in lst: L += wrap(t, "  * ", "    ")
            L.append("")
        u = url(d, i)
        L += [e["link"] + ":", f'<A HREF="{u}">{u}</A>', "", ""]
    L += ["Best wishes,", "", "-- ", "Learning and Improvement Team", "Wendlebury Safeguarding Children Partnership", FOOT, "",
          "_______________________________________________", "Safeguarding-news mailing list",
          '<A HREF="http://lists.wendlebury.example.org/mailman/listinfo/safeguarding-news">Safeguarding-news at lists.wendlebury.example.org</A>',
          '<A HREF="http://lists.wendlebury.example.org/mailman/listinfo/safeguarding-news">http://lists.wendlebury.example.org/mailman/listinfo/safeguarding-news</A>']
    body = "\n".join(l if l.startswith("<A ") else h(l, quote=False) for l in L)
    subj = f"[Safeguarding-news] {d['heading']}"
    nav = lambda: ('    <P><UL>\n        <LI>Previous message: <A HREF="000411.html">[Safeguarding-news] Training dates for the autumn\n</A></li>\n'
                   '        <LI>Next message: <A HREF="000413.html">[Safeguarding-news] Neglect strategy consultation\n</A></li>\n'
                   '         <LI> <B>Messages sorted by:</B> \n              <a href="date.html#412">[ date ]</a>\n'
                   '              <a href="thread.html#412">[ thread ]</a>\n              <a href="subject.html#412">[ subject ]</a>\n'
                   '              <a href="author.html#412">[ author ]</a>\n         </LI>\n       </UL>\n')
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML>\n <HEAD>\n'
            f'   <TITLE> {h(subj)}\n   </TITLE>\n   <LINK REL="Index" HREF="index.html" >\n'
            '   <LINK REL="made" HREF="mailto:safeguarding-news%40lists.wendlebury.example.org?Subject=Re%3A%20%5BSafeguarding-news%5D&In-Reply-To=%3C20250701081244.4471%40wendlebury.example.org%3E">\n'
            '   <META NAME="robots" CONTENT="index,nofollow">\n   <style type="text/css">\n       pre {\n           white-space: pre-wrap;       /* css-2.1, curent FF, Opera, Safari */\n           }\n   </style>\n'
            '   <META http-equiv="Content-Type" content="text/html; charset=utf-8">\n   <LINK REL="Previous"  HREF="000411.html">\n   <LINK REL="Next"  HREF="000413.html">\n'
            ' </HEAD>\n <BODY BGCOLOR="#ffffff">\n'
            f'   <H1>{h(subj)}</H1>\n    <B>Learning and Improvement Team</B> \n'
            '    <A HREF="mailto:safeguarding-news%40lists.wendlebury.example.org?Subject=Re%3A%20%5BSafeguarding-news%5D"\n'
            '       TITLE="[Safeguarding-news] Case reviews">learning.team at wendlebury.example.org\n       </A><BR>\n'
            f'    <I>Tue Jul  1 09:12:44 BST {d["month"][:4]}</I>\n' + nav() + '    <HR>  \n<!--beginarticle-->\n<PRE>' + body + '\n</PRE>\n\n<!--endarticle-->\n'
            '    <HR>\n' + nav().replace("<P><UL>", "<P><UL>\n        <!--threads-->") + '\n<hr>\n'
            '<a href="http://lists.wendlebury.example.org/mailman/listinfo/safeguarding-news">More information about the Safeguarding-news\nmailing list</a><br>\n'
            '</body></html>\n')


# B. A FrontPage 2003 page of an old partnership site: windows-1252 meta, upper-case FONT tags, a layout table with the menu,
#    every typographic character written as a Windows-1252 NUMERIC CHARACTER REFERENCE (what FrontPage and many CMSs of the
#    time did): '&#146;' apostrophes, '&#147;' '&#148;' quotes, '&#150;' dashes; the title bold in its own <P>, the summary
#    after a <BR>; the label italic, then each item a line '&#149;&nbsp;text<BR>' (no list element); the link last.
def frontpage_html(d):
    ncr = lambda s: h(s, quote=False).replace("'", "&#146;").replace("\u2019", "&#146;")
    B = ['<table border="0" cellpadding="4" width="100%">\n  <tr>\n    <td bgcolor="#003366"><font face="Arial" size="2" color="#FFFFFF">'
         '<a href="../index.htm"><font color="#FFFFFF">Home</font></a> &#150; <a href="../parents.htm"><font color="#FFFFFF">Parents &amp; carers</font></a> &#150; '
         '<a href="index.htm"><font color="#FFFFFF">Case reviews</font></a></font></td>\n  </tr>\n</table>',
         f'<h2><font face="Arial" color="#003366">{ncr(d["heading"])}</font></h2>',
         f'<p><font face="Arial" size="2">{ncr(d["intro"])} Summaries are listed in the order the reviews were published &#150; the &#147;Read&#148; link opens the report.</font></p>',
         '<hr color="#003366" size="1">']
    for i, e in enumerate(d["entries"], 1):
        B.append(f'<p><b><font face="Arial" size="3" color="#003366">{ncr(e["title"])}</font></b><br>\n<font face="Arial" size="2">{ncr(e["summary"])}</font></p>')
        for lab, lst in groups(e):
            if lab is None: B.append(f'<p><font face="Arial" size="2">{ncr(lst)}</font></p>'); continue
            items = "<br>\n".join(f"&#149;&nbsp;{ncr(t)}" for t in lst)
            B.append(f'<p><font face="Arial" size="2"><i>{ncr(lab)}</i><br>\n{items}</font></p>')
        B.append(f'<p><font face="Arial" size="2"><a href="{url(d, i)}">{ncr(e["link"])}</a></font></p>')
        B.append('<hr color="#C0C0C0" size="1">')
    B.append(f'<p><font face="Arial" size="1">{ncr(FOOT)} Page last updated: 28/03/{d["month"][:4]}</font></p>')
    return ('<html>\n\n<head>\n<meta http-equiv="Content-Language" content="en-gb">\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n'
            '<meta name="GENERATOR" content="Microsoft FrontPage 6.0">\n<meta name="ProgId" content="FrontPage.Editor.Document">\n'
            f'<title>{ncr(d["heading"])}</title>\n</head>\n\n<body>\n\n' + "\n\n".join(B) + "\n\n</body>\n\n</html>\n")


# C. A modern partnership page whose markup holds text that is never shown: each review an <article> (h2 title, summary,
#    <strong> labels, <ul> items, the link); a whole WITHDRAWN review in an <article hidden>; in Child JXJ's article a
#    'Summary awaiting approval' paragraph with style="display: none" before the summary; a learning item the editor took out
#    as <li style="display:none">; an editor's note <p hidden> after a recommendations list; a print-only line with
#    visibility:hidden; a closed <dialog> (share box) and a cookie banner <div hidden>; decorative aria-hidden arrows in the
#    links (shown, no words).
def hidden_html(d):
    ents = d["entries"]
    A = []
    for i, e in enumerate(ents, 1):
        R = [f'<h2 id="review-{i}">{x(e["title"])}</h2>']
        if i == 1: R.append('<p class="summary-draft" style="display: none">Summary awaiting approval: Sexual abuse of a 9-year-old girl in 2022 by a family friend.</p>')
        R.append(f'<p>{x(e["summary"])}</p>')
        for lab, lst in groups(e):
            if lab is None: R.append(f"<p>{x(lst)}</p>"); continue
            lis = [f"<li>{x(t)}</li>" for t in lst]
            if i == 2 and lab.startswith("Learning"): lis.insert(1, '<li style="display:none">the family were not offered an interpreter</li>')
            R.append(f"<p><strong>{x(lab)}</strong></p>\n<ul>\n" + "\n".join(lis) + "\n</ul>")
            if i == 3 and lab.startswith("Recommendations"): R.append('<p hidden class="editor-note">Editor&#8217;s note: the third recommendation was removed at the partnership&#8217;s request; check the link before this goes live.</p>')
        R.append(f'<p class="report-link"><a href="{url(d, i)}">{x(e["link"])} <span aria-hidden="true">&rarr;</span></a></p>')
        A.append('<article class="review">\n' + "\n".join(R) + "\n</article>")
    withdrawn = ('<article class="review" hidden>\n<h2>Child OXJ: Child safeguarding practice review</h2>\n'
                 '<p>Death of a 12-year-old boy in 2024 who was hit by a car while running away from an older teenager. Child OXJ is White British.</p>\n'
                 '<p><strong>Learning includes:</strong></p>\n<ul>\n<li>the threats made to him at school were not shared with the police</li>\n</ul>\n'
                 '<p class="report-link"><a href="https://learning.nspcc.org.uk/media/withdrawn/case-review.pdf">Read practice review (PDF)</a></p>\n</article>')
    A.insert(2, withdrawn)
    return ('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{x(d["heading"])} | Thornbury Vale Safeguarding Children Partnership</title>\n'
            '<style>.print-only{visibility:hidden}@media print{.print-only{visibility:visible}}</style>\n</head>\n<body>\n'
            '<div id="cookie-banner" hidden><p>We use cookies to make this site work. <button>Accept cookies</button></p></div>\n'
            '<header><p><a href="/">Thornbury Vale Safeguarding Children Partnership</a></p></header>\n<main>\n'
            f'<h1>{x(d["heading"])}</h1>\n<p class="print-only" style="visibility: hidden">Printed from the Thornbury Vale partnership website. Printed copies are not kept up to date.</p>\n'
            f'<p>{x(d["intro"])}</p>\n' + "\n".join(A) +
            f'\n<p><em>{x(FOOT)}</em></p>\n'
            '<dialog id="share"><h2>Share this page</h2><p>Copy the address of this page to send it to a colleague.</p><button>Close</button></dialog>\n'
            '</main>\n<footer><p>&copy; Thornbury Vale Safeguarding Children Partnership</p></footer>\n</body>\n</html>\n')


# D. A DOCX from a document-assembly system that tags its content with Word custom XML markup (Word 2007's XML mapping): the
#    whole body inside a block-level <w:customXml w:element="digest">, each review a <w:customXml w:element="review"> (with a
#    w:customXmlPr attribute) holding block-level customXml elements 'title' (a Heading 2 paragraph whose child name is a
#    run-level customXml 'childName'), 'summary', 'learning' / 'recommendations' / 'goodPractice' (List Bullet paragraphs) and
#    'report' (the w:hyperlink); the labels plain bold paragraphs between them.
def customxml_docx(d):
    cx = lambda el, inner, attr="": (f'<w:customXml w:uri="urn:thornbury-vale:casereviews" w:element="{el}">'
                                     + (f'<w:customXmlPr><w:attr w:name="id" w:val="{attr}"/></w:customXmlPr>' if attr else "") + inner + "</w:customXml>")
    names = {0: "learning", 1: "recommendations", 2: "goodPractice"}
    body, rels = [wp(wr(d["heading"]), "Title"), wp(wr(curly(d["intro"])))], []
    for i, e in enumerate(d["entries"], 1):
        name, rest = e["title"].split(":", 1)
        title = wp(cx("childName", wr(name)) + wr(":" + rest), "Heading2")
        R = [cx("title", title), cx("summary", wp(wr(curly(e["summary"]))))]
        for k, (lab, lst) in enumerate(groups(e)):
            if lab is None: R.append(cx("noRecommendations", wp(wr(curly(lst))))); continue
            R.append(wp(wr(lab, "<w:b/>")))
            R.append(cx(names[k if lab != e["lab"][2] else 2], "".join(wp(wr(curly(t)), "ListBullet") for t in lst)))
        link = wp(f'<w:hyperlink r:id="rId{20 + i}" w:history="1">{wr(e["link"], "<w:rStyle w:val=" + chr(34) + "Hyperlink" + chr(34) + "/>")}</w:hyperlink>')
        rels.append(f'<Relationship Id="rId{20 + i}" Type="{REL}hyperlink" Target="{url(d, i)}" TargetMode="External"/>')
        R.append(cx("report", link))
        body.append(cx("review", "".join(R), f"r{i}"))
    body.append(wp(wr(FOOT, "<w:i/>")))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + cx("digest", "".join(body)) +
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
                'w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    return docx_parts(document, rels)


# E. Markdown where the whole digest is ONE ordered list: each review a list item opened '1. ' (every number typed 1, as
#    markdown renumbers), the bold title on the item's line, the rest of the review indented three spaces under it as the
#    item's own paragraphs: the summary, italic labels ('*Learning includes:*'), nested '- ' lists indented five spaces, the
#    link as the words then an autolink '<https://...>'.
def one_list_md(d):
    L = [f"# {d['heading']}", "", curly(d["intro"]), ""]
    for i, e in enumerate(d["entries"], 1):
        L += [f"1. **{curly(e['title'])}**", "", "   " + curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: L += ["   " + curly(lst), ""]; continue
            L += [f"   *{lab}*", ""] + ["   - " + curly(t) for t in lst] + [""]
        L += [f"   {e['link']}: <{url(d, i)}>", ""]
    L += ["---", "", f"_{FOOT}_", ""]
    return "\n".join(L)


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst = f"{out}/input/{fname}"
        if "pipermail" in fname: open(dst, "w", encoding="utf-8").write(pipermail_html(d))
        elif "frontpage" in fname: open(dst, "w", encoding="ascii").write(frontpage_html(d))
        elif "hidden" in fname: open(dst, "w", encoding="utf-8").write(hidden_html(d))
        elif fname.endswith(".docx"): write_docx(customxml_docx(d), dst, (2025, 2, 18, 9, 30, 0))
        elif fname.endswith(".md"): open(dst, "w", encoding="utf-8").write(one_list_md(d))
