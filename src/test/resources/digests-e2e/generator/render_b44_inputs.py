# Renders the inputs of batch b44 (see render_b44.py and entries_b44.py). Invented material, test fixtures only. Plain Python:
# every input is written by this script (no external producer). DOCX helpers are shared with render_b32_inputs.
import html, os, quopri, re, textwrap
from render_b32_inputs import (CT_HEAD, REL, ROOT_RELS, SETTINGS, W, curly, groups, write_docx, x)
h = html.escape
FOOT = "Summaries written for testing: every child, family, person and place in this digest is invented."


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def qp(text):
    return quopri.encodestring(text.replace("\r\n", "\n").encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def wrap(s, w=72, ind=""):
    return textwrap.wrap(s, w, initial_indent=ind, subsequent_indent=" " * len(ind))


# ---------------------------------------------------------------- A. mailing list MIME digest (.eml)
# What a Mailman 2 list sends in MIME digest mode: a multipart/mixed message whose first part is the masthead ('Send ...
# submissions to', 'Today's Topics:' with three numbered subjects), the second a multipart/digest of message/rfc822 parts
# (the posts, each with its own headers: a training-dates notice with a bulleted date list; the round-up itself, typed as
# plain text by a partnership officer, quoted-printable, wrapped at 72, '  * ' items, 'Read ...: <URL>' links; a reply that
# quotes the first review's title and the start of its summary with '> '), the third the list footer.
SUBJ = "Safeguarding-practice Digest, Vol 14, Issue 6"
LIST = "safeguarding-practice@lists.example-partnership.org.uk"


def ml_round_up(d):
    b = ["Dear colleagues,", "", *wrap(curly(d["intro"])), ""]
    for i, e in enumerate(d["entries"], 1):
        b += [e["title"], *wrap(curly(e["summary"])), ""]
        for lab, lst in groups(e):
            if lab is None:
                b += [*wrap(curly(lst)), ""]; continue
            b += [lab] + [ln for t in lst for ln in wrap(curly(t), 72, "  * ")] + [""]
        b += [f"{e['link']}: <{url(d, i)}>", ""]
    b += ["Best wishes,", "Tomasz", "", "Tomasz Wrenfield (invented)", "Learning and Improvement Officer", "", FOOT, ""]
    return "\r\n".join(b)


def ml_post(n, date, sender, subject, msgid, body, qpenc=False, extra=()):
    enc = ["Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable"] if qpenc else \
          ["Content-Type: text/plain; charset=\"us-ascii\"", "Content-Transfer-Encoding: 7bit"]
    return ["Content-Type: message/rfc822", "MIME-Version: 1.0", "", f"Date: {date}", f"From: {sender}",
            f"To: {LIST}", f"Subject: {subject}", f"Message-ID: <{msgid}>", *extra, *enc, "",
            qp(body) if qpenc else body, ""]


def ml_eml(d):
    b1, b2 = "===============4417082351698870544==", "===============0911246688257133702=="
    e0 = d["entries"][0]
    topics = ["Multi-agency training dates for May (Joan Pettifer)", f"{d['heading']} (Tomasz Wrenfield)",
              f"Re: {d['heading']} (Aled Brangwyn)"]
    mast = ["Send Safeguarding-practice mailing list submissions to", f"\t{LIST}", "",
            "To subscribe or unsubscribe via the World Wide Web, visit",
            "\thttps://lists.example-partnership.org.uk/mailman/listinfo/safeguarding-practice",
            "or, via email, send a message with subject or body 'help' to",
            "\tsafeguarding-practice-request@lists.example-partnership.org.uk", "",
            "You can reach the person managing the list at", "\tsafeguarding-practice-owner@lists.example-partnership.org.uk", "",
            "When replying, please edit your Subject line so it is more specific", "than \"Re: Contents of Safeguarding-practice digest...\"", "",
            "Today's Topics:", ""] + [f"   {k}. {t}" for k, t in enumerate(topics, 1)] + [""]
    training = "\r\n".join(["Hello all,", "", "The dates for next month's multi-agency training are below. Places are limited",
                            "to 20 per session.", "", "  * 6 May 2025 - Neglect and the graded care profile",
                            "  * 14 May 2025 - Working with fathers and male carers", "  * 22 May 2025 - Safer sleep for babies",
                            "", "Book through the learning portal.", "", "Joan", ""])
    first = wrap(curly(e0["summary"]))[:2]
    reply = "\r\n".join(["Thanks Tomasz - we will take the first of these to the May practice forum.", "", "Aled", "",
                         "On Tue, 29 Apr 2025 at 16:02, Tomasz Wrenfield wrote:", "> Dear colleagues,", ">",
                         f"> {e0['title']}", *[f"> {s}" for s in first], "> [...]", ""])
    head = ["From safeguarding-practice-bounces@lists.example-partnership.org.uk  Wed Apr 30 12:00:03 2025",
            "Return-Path: <safeguarding-practice-bounces@lists.example-partnership.org.uk>",
            f"From: safeguarding-practice-request@lists.example-partnership.org.uk", f"Subject: {SUBJ}", f"To: {LIST}",
            f"Reply-To: {LIST}", "Date: Wed, 30 Apr 2025 12:00:02 +0100", "Message-ID: <mailman.1483.1746010802.2911.safeguarding-practice@lists.example-partnership.org.uk>",
            "MIME-Version: 1.0", f'Content-Type: multipart/mixed; boundary="{b1}"', "X-BeenThere: " + LIST,
            "X-Mailman-Version: 2.1.39", "Precedence: list",
            "List-Id: Safeguarding practice leads (invented list for testing) <safeguarding-practice.lists.example-partnership.org.uk>",
            "List-Unsubscribe: <https://lists.example-partnership.org.uk/mailman/options/safeguarding-practice>",
            "Errors-To: safeguarding-practice-bounces@lists.example-partnership.org.uk", "",
            f"--{b1}", 'Content-Type: text/plain; charset="us-ascii"', "MIME-Version: 1.0", "Content-Transfer-Encoding: 7bit",
            f"Content-Description: {SUBJ}", "", *mast, f"--{b1}", f'Content-Type: multipart/digest; boundary="{b2}"', "MIME-Version: 1.0", "",
            f"--{b2}", *ml_post(1, "Mon, 28 Apr 2025 09:14:51 +0100", "Joan Pettifer <joan.pettifer@example-partnership.org.uk>",
                                "Multi-agency training dates for May", "8f2c1a90-invented@example-partnership.org.uk", training),
            f"--{b2}", *ml_post(2, "Tue, 29 Apr 2025 16:02:37 +0100", "Tomasz Wrenfield <tomasz.wrenfield@example-partnership.org.uk>",
                                d["heading"], "b44c7d12-invented@example-partnership.org.uk", ml_round_up(d), qpenc=True),
            f"--{b2}", *ml_post(3, "Wed, 30 Apr 2025 08:41:09 +0100", "Aled Brangwyn <aled.brangwyn@example-health.nhs.uk>",
                                f"Re: {d['heading']}", "CAK3b44r-invented@example-health.nhs.uk", reply,
                                extra=["In-Reply-To: <b44c7d12-invented@example-partnership.org.uk>"]),
            f"--{b2}--", "", f"--{b1}", 'Content-Type: text/plain; charset="us-ascii"', "MIME-Version: 1.0",
            "Content-Transfer-Encoding: 7bit", "Content-Description: Digest Footer", "",
            "_______________________________________________", "Safeguarding-practice mailing list", LIST,
            "https://lists.example-partnership.org.uk/mailman/listinfo/safeguarding-practice", "", "",
            "------------------------------", "", f"End of {SUBJ}", "*" * 52, "", f"--{b1}--", ""]
    return "\r\n".join(head)


# ---------------------------------------------------------------- B. Jira / Confluence wiki markup sent as .txt
# The source of a Confluence (server, wiki markup editor) or Jira page: '{toc}' macro, 'h1.' page title, an '{info}' macro
# holding the invented-for-testing note, a small status table ('||head||' / '|cell|'), the intro; per review '----' then
# 'h2. title', the summary, '*Key learning:*' bold label lines, '* ' items, '*Recommendations:*' over '# ' numbered items,
# good practice in a '{panel:title=...}' macro whose title is the label, the link as '[text|URL]'.
def jira_txt(d):
    b = ["{toc:maxLevel=2}", "", f"h1. {d['heading']}", "", "{info:title=About this page}",
         "All of the children, families, people and places on this page are invented for testing.", "{info}", "",
         "||Published||Reviews||Owner||", f"|October 2024|{len(d['entries'])}|Learning and Improvement Team|", "",
         curly(d["intro"]), ""]
    for i, e in enumerate(d["entries"], 1):
        b += ["----", f"h2. {e['title']}", curly(e["summary"]), ""]
        for k, (lab, lst) in enumerate(groups(e)):
            if lab is None:
                b += [curly(lst), ""]; continue
            if lab == e["lab"][2]:
                b += [f"{{panel:title={lab}|borderStyle=dashed}}"] + [f"* {curly(t)}" for t in lst] + ["{panel}", ""]; continue
            mark = "#" if lab == e["lab"][1] else "*"
            b += [f"*{lab}*"] + [f"{mark} {curly(t)}" for t in lst] + [""]
        b += [f"[{e['link']}|{url(d, i)}]", ""]
    b += ["----", f"_{FOOT}_", ""]
    return "\n".join(b)


# ---------------------------------------------------------------- C. a post as Medium's account export writes it (.html)
# Medium's 'Download your information' gives one HTML file per post: article.h-entry, header h1.p-name, a subtitle section
# (the intro), the body as sections (one per review, each opened by Medium's own section divider <hr>), 'graf' elements:
# the title repeated as h3.graf--title, review titles h3.graf--h3, labels h4.graf--h4 (no colon), items li.graf--li in
# ul.postList, a pull quote (blockquote.graf--pullquote) inside the first review, links a.markup--anchor; at the end a
# mixtape embed card of another story; a footer with author, date, canonical link and 'Exported from Medium on ...'.
MED_CSS = ("* { font-family: Georgia, Cambria, \"Times New Roman\", Times, serif; } html, body { margin: 0; padding: 0; } "
           "h1 { font-size: 50px; margin-bottom: 17px; color: #333; } h3 { font-size: 30px; } h4 { font-size: 24px; } "
           "p { font-size: 18px; line-height: 30px; } .graf--pullquote { font-style: italic; } section { margin-bottom: 40px; }")


def med_id(k):
    return f"{(k * 2654435761) % 0xffff:04x}"


def medium_html(d):
    k = iter(range(1, 999))
    g = lambda tag, cls, inner, after: f'<{tag} name="{med_id(next(k))}" id="{med_id(next(k))}" class="graf graf--{cls} graf-after--{after}">{inner}</{tag}>'
    secs = []
    first = [g("h3", "h3 graf--leading graf--title", x(d["heading"]), "h3"), g("p", "p", x(d["intro"]), "h3")]
    for i, e in enumerate(d["entries"], 1):
        body = [g("h3", "h3", x(e["title"]), "p"), g("p", "p", x(e["summary"]), "h3")]
        if i == 1:
            body.append(g("blockquote", "pullquote", "Every child who lives where police are called is a child we should ask about.", "p"))
        for lab, lst in groups(e):
            if lab is None:
                body.append(g("p", "p", x(lst), "li")); continue
            body.append(g("h4", "h4", x(lab), "li"))
            body.append('<ul class="postList">' + "".join(g("li", "li", x(t), "h4") for t in lst) + "</ul>")
        u = url(d, i)
        body.append(g("p", "p", f'<a href="{u}" data-href="{u}" class="markup--anchor markup--p-anchor" rel="noopener" target="_blank">{x(e["link"])}</a>', "li"))
        if i == 1: body = first + body
        cls = "section section--body" + (" section--first" if i == 1 else "") + (" section--last" if i == len(d["entries"]) else "")
        secs.append(f'<section name="{med_id(100 + i)}" class="{cls}"><div class="section-divider"><hr class="section-divider"></div>'
                    f'<div class="section-content"><div class="section-inner sectionLayout--insetColumn">{"".join(body)}</div></div></section>')
    mix = ('<div name="d1e4" id="d1e4" class="graf graf--mixtapeEmbed graf-after--p graf--trailing"><a href="https://medium.com/@ffion.talbot-reyes/new-case-reviews-november-2025-7c1e0a9d2b3f" '
           'data-href="https://medium.com/@ffion.talbot-reyes/new-case-reviews-november-2025-7c1e0a9d2b3f" class="markup--anchor markup--mixtapeEmbed-anchor" title="https://medium.com/@ffion.talbot-reyes/new-case-reviews-november-2025-7c1e0a9d2b3f">'
           '<strong class="markup--strong markup--mixtapeEmbed-strong">New case reviews: November 2025</strong><br><em class="markup--em markup--mixtapeEmbed-em">Four case reviews were published in November 2025, including a review of a baby who died while co-sleeping\u2026</em>medium.com</a>'
           '<a href="https://medium.com/@ffion.talbot-reyes/new-case-reviews-november-2025-7c1e0a9d2b3f" class="js-mixtapeImage mixtapeImage u-ignoreBlock" data-media-id="5f0c3b2a9e7d"></a></div>')
    secs[-1] = secs[-1].replace("</div></div></section>", g("p", "p", f"<em class=\"markup--em markup--p-em\">{x(FOOT)}</em>", "p") + mix + "</div></div></section>")
    return ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"<title>{x(d['heading'])}</title><style>\n      {MED_CSS}\n    </style></head><body><article class=\"h-entry\">\n"
            f"<header><h1 class=\"p-name\">{x(d['heading'])}</h1></header>\n"
            f"<section data-field=\"subtitle\" class=\"p-summary\">\n{x(d['intro'])}\n</section>\n"
            f"<section data-field=\"body\" class=\"e-content\">\n{''.join(secs)}\n</section>\n"
            "<footer><p>By <a href=\"https://medium.com/@ffion.talbot-reyes\" class=\"p-author h-card\">Ffion Talbot-Reyes</a> on "
            "<a href=\"https://medium.com/p/3b44e6d0c1a2\"><time class=\"dt-published\" datetime=\"2025-12-18T10:12:44.123Z\">December 18, 2025</time></a>.</p>"
            "<p><a href=\"https://medium.com/@ffion.talbot-reyes/new-case-reviews-december-2025-3b44e6d0c1a2\" class=\"p-canonical\">Canonical link</a></p>"
            "<p>Exported from <a href=\"https://medium.com\">Medium</a> on January 3, 2026.</p></footer></article></body></html>\n")


# ---------------------------------------------------------------- D. HackMD note (.md)
# A team note in HackMD (CodiMD): YAML front matter (title, tags, description), the '# ' title, '[TOC]', an ':::info' box
# (the invented-for-testing note with an emoji shortcode), the intro; one ':::spoiler title' container per review (the
# review's title ONLY on the container's opening line), inside it the summary with an '==highlight==', bold label lines,
# '- ' items, the recommendations as a task list '- [ ] ', the link; '###### tags:' line at the end.
HIGHLIGHT = {"more than she was registered for": "==more than she was registered for=="}


def hackmd_md(d):
    b = ["---", f'title: "{d["heading"]}"', "tags: case-reviews, digest, safeguarding", f'description: "{d["intro"].split(".")[0]}."', "---", "",
         f"# {d['heading']}", "", "[TOC]", "", ":::info", ":bulb: Every child, family, person and place in this note is invented for testing.",
         ":::", "", curly(d["intro"]), ""]
    for i, e in enumerate(d["entries"], 1):
        s = curly(e["summary"])
        for k, v in HIGHLIGHT.items(): s = s.replace(k, v)
        b += [f":::spoiler {e['title']}", s, ""]
        for lab, lst in groups(e):
            if lab is None:
                b += [curly(lst), ""]; continue
            mark = "- [ ] " if lab == e["lab"][1] else "- "
            b += [f"**{lab}**"] + [mark + curly(t) for t in lst] + [""]
        b += [f"[{e['link']}]({url(d, i)})", ":::", ""]
    b += [f"*{FOOT}*", "", "###### tags: `case-reviews` `february-2026`", ""]
    return "\n".join(b)


# ---------------------------------------------------------------- E. DOCX from an older Word template
# What Word 2007-2010 writes for a document built from an old .dot template and edited by hand: Heading 1 / Heading 2 with
# outline levels; every run split where Word's proofing or rsid edits split it (proofErr around the invented names); years
# and nationalities wrapped in w:smartTag elements; the ages typed with NON-BREAKING HYPHENS (w:noBreakHyphen) and a soft
# hyphen (w:softHyphen) in one long word; labels bold runs in Normal paragraphs; items typed as a Symbol-font bullet
# (w:sym F0B7) + tab in indented paragraphs (numbering converted to text); links as COMPLEX FIELDS (fldChar begin,
# instrText ' HYPERLINK "URL" ', separate, result, end; no w:hyperlink); a header part 'OFFICIAL' and a footer PAGE field.
def wr(t, b=False, style=None):
    rpr = ("<w:b/>" if b else "") + (f'<w:rStyle w:val="{style}"/>' if style else "")
    return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{x(t)}</w:t></w:r>'


AGE = re.compile(r"\b(\d+)-(year|month|week|day)-old\b")
TAG = re.compile(r"\b(20\d\d|Chinese|Albanian)\b")


def word_runs(t):
    """Runs for a summary: ages with no-break hyphens, years / nationalities in smart tags, names between proofErr marks."""
    out, pos = [], 0
    marks = sorted([(m.start(), m.end(), "age", m) for m in AGE.finditer(t)] + [(m.start(), m.end(), "tag", m) for m in TAG.finditer(t)]
                   + [(m.start(), m.end(), "name", m) for m in re.finditer(r"\b[A-Z]{3}Y\b", t)], key=lambda z: z[0])
    for s, e, kind, m in marks:
        if s < pos: continue
        if s > pos: out.append(wr(t[pos:s]))
        if kind == "age":
            out.append(f'<w:r><w:t>{m.group(1)}</w:t><w:noBreakHyphen/><w:t>{m.group(2)}</w:t><w:noBreakHyphen/><w:t>old</w:t></w:r>')
        elif kind == "tag":
            el = "date" if m.group(1).isdigit() else "country-region"
            out.append(f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="{el}">{wr(m.group(1))}</w:smartTag>')
        else:
            out.append(f'<w:proofErr w:type="spellStart"/>{wr(m.group(0))}<w:proofErr w:type="spellEnd"/>')
        pos = e
    if pos < len(t): out.append(wr(t[pos:]))
    return "".join(out).replace("counsellor", 'coun</w:t></w:r><w:r><w:softHyphen/><w:t xml:space="preserve">sellor')


def wpara(content, style=None, ind=False):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + ('<w:ind w:left="720" w:hanging="360"/>' if ind else "")
    return f'<w:p w:rsidR="00B44A1C" w:rsidRDefault="00B44A1C">{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{content}</w:p>'


W_STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'
            '<w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:kern w:val="32"/><w:sz w:val="32"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:i/><w:sz w:val="28"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>'
            '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>'
            '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0000FF"/><w:u w:val="single"/></w:rPr></w:style></w:styles>')


def field_link(text, u):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "{h(u)}" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + wr(text, style="Hyperlink") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def word_docx(d):
    body = [wpara(wr(d["heading"]), "Heading1"), wpara(wr(d["intro"]))]
    for i, e in enumerate(d["entries"], 1):
        body += [wpara(word_runs(e["title"]), "Heading2"), wpara(word_runs(e["summary"]))]
        for lab, lst in groups(e):
            if lab is None:
                body.append(wpara(wr(lst))); continue
            body.append(wpara(wr(lab, b=True)))
            body += [wpara('<w:r><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr><w:sym w:font="Symbol" w:char="F0B7"/></w:r><w:r><w:tab/></w:r>'
                           + word_runs(curly(t)), ind=True) for t in lst]
        body.append(wpara(field_link(e["link"], url(d, i))))
    body.append(wpara(wr(FOOT)))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    header = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>{wpara(wr("OFFICIAL"), "Header")}</w:hdr>'
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>' + wpara(wr("Page ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
              '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
              '<w:r><w:fldChar w:fldCharType="end"/></w:r>', "Footer") + "</w:ftr>")
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}styles" Target="styles.xml"/><Relationship Id="rId3" Type="{REL}settings" Target="settings.xml"/>'
            f'<Relationship Id="rIdH1" Type="{REL}header" Target="header1.xml"/><Relationship Id="rIdF1" Type="{REL}footer" Target="footer1.xml"/></Relationships>')
    ct = CT_HEAD.replace('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>', "")
    ct += ('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
           '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    root = ROOT_RELS.replace("</Relationships>", '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Template>Briefing.dot</Template><Application>Microsoft Office Word</Application><AppVersion>12.0000</AppVersion></Properties>')
    return {"[Content_Types].xml": ct, "_rels/.rels": root, "word/document.xml": document, "word/styles.xml": W_STYLES,
            "word/settings.xml": SETTINGS, "word/_rels/document.xml.rels": rels, "word/header1.xml": header, "word/footer1.xml": footer,
            "docProps/app.xml": app}


# ---------------------------------------------------------------- F. Google Docs, File > Download > Plain text (.txt)
# What Google Docs writes: a UTF-8 BOM, CRLF, one line per paragraph and NO blank lines (paragraph spacing is a style),
# headings as bare lines, bulleted list items as '* ' (numbered as '1. '), a horizontal line as '________________', links
# only as their text, a date smart chip as its text.
def gdocs_txt(d):
    b = [d["heading"], "Last updated: 30 Jun 2025", curly(d["intro"])]
    for e in d["entries"]:
        b += ["________________", e["title"], curly(e["summary"])]
        for lab, lst in groups(e):
            if lab is None:
                b.append(curly(lst)); continue
            b += [lab] + [f"* {curly(t)}" for t in lst]
        b.append(e["link"])
    b += ["________________", FOOT]
    return "\ufeff" + "\r\n".join(b)


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    want = lambda f: not only or f in only
    stamp = lambda d: (int(d["month"][:4]), int(d["month"][5:]), 20, 10, 0, 0)
    for fname, d in B.items():
        if not want(fname): continue
        dst, stem = f"{out}/input/{fname}", os.path.splitext(fname)[0]
        if "mailman" in fname:
            open(dst, "wb").write(ml_eml(d).encode("ascii"))
            open(f"{out}/source/{stem}.round-up.txt", "w", encoding="utf-8").write(ml_round_up(d))
        elif "jira" in fname:
            open(dst, "w", encoding="utf-8").write(jira_txt(d))
        elif "medium" in fname:
            open(dst, "w", encoding="utf-8").write(medium_html(d))
        elif "hackmd" in fname:
            open(dst, "w", encoding="utf-8").write(hackmd_md(d))
        elif "gdocs" in fname:
            open(dst, "wb").write(gdocs_txt(d).encode("utf-8"))
        elif fname.endswith(".docx"):
            parts = word_docx(d)
            write_docx(parts, dst, stamp(d))
            open(f"{out}/source/{stem}.document.xml", "w", encoding="utf-8").write(parts["word/document.xml"])
