# Renders the inputs of batch b72 (see render_b72.py and entries_b72.py). Invented material, test fixtures only.
# The .doc is written by LibreOffice Writer (soffice --convert-to 'doc:MS Word 97' from the HTML kept in source/); the
# copied PDF text by lualatex (the PDF, kept in source/ with its .tex) and MuPDF's text extraction (mutool draw -F txt: the
# engine SumatraPDF and other MuPDF viewers copy with; poppler's would have joined the cut words), no form feed; the CSV, the Slack
# export page and the Org-mode export are written by plain Python 3 in the shape Google Sheets, slack-export-viewer and
# Emacs Org 9.6 give them (none of those ran here); the Zim page by pandoc's zimwiki writer with Zim's header added.
import csv, io, os, shutil, subprocess, tempfile, textwrap
from render_b32_inputs import x, curly
from render_b64_inputs import url, groups
FOOT = "Summaries written for testing: every child, family, person and place in this digest is invented."


# A. A Word 97-2003 document from LibreOffice Writer: the digest written in Writer (title, intro, Heading 2 titles, bold
#    label paragraphs, bulleted lists, the no-recommendations sentence, the link a hyperlink) and saved as 'Word 97-2003'.
def doc_html(d):
    B = [f'<h1>{x(d["heading"])}</h1>', f'<p>{x(d["intro"])}</p>']
    for i, e in enumerate(d["entries"], 1):
        B.append(f'<h2>{x(e["title"])}</h2>\n<p>{x(e["summary"])}</p>')
        for lab, lst in groups(e):
            if lab is None: B.append(f"<p>{x(lst)}</p>"); continue
            B.append(f"<p><b>{x(lab)}</b></p>\n<ul>\n" + "\n".join(f"<li>{x(t)}</li>" for t in lst) + "\n</ul>")
        B.append(f'<p><a href="{url(d, i, "www.brackleyscp.example")}">{x(e["link"])}</a></p>')
    B.append(f"<p><i>{x(FOOT)}</i></p>")
    return ('<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>' + x(d["heading"]) + '</title></head>\n<body>\n'
            + "\n".join(B) + "\n</body></html>\n")


def soffice_doc(html, dst, src_dir):
    os.makedirs(src_dir, exist_ok=True)
    src = os.path.join(src_dir, os.path.basename(dst)[:-4] + ".html")
    open(src, "w", encoding="utf-8").write(html)
    with tempfile.TemporaryDirectory() as t:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-d72", "--headless", "--infilter=HTML (StarWriter)",
                        "--convert-to", "doc:MS Word 97", "--outdir", t, src], check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(t, os.path.basename(src)[:-5] + ".doc"), dst)


# B. A review tracker kept in Google Sheets and downloaded as 'Comma-separated values (.csv)': UTF-8 without a BOM, rows
#    ended by CRLF, a cell's line breaks as LF inside a quoted cell, every row as wide as the sheet (empty cells as
#    nothing between commas). Row 1 the sheet's title, row 2 the invented-material note, row 3 empty, row 4 the header,
#    then one review a row: the items of a cell one a line ('- ' typed in rows 1-2, nothing in rows 3-4), the
#    no-recommendations sentence in the Recommendations cell, the report's URL pasted in the last cell.
def sheets_csv(d):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow([d["heading"], "", "", "", "", ""])
    w.writerow([d["intro"], "", "", "", "", ""])
    w.writerow([""] * 6)
    w.writerow(["Review", "Summary", "Key learning", "Recommendations", "Good practice", "Report"])
    for i, e in enumerate(d["entries"], 1):
        mark = "- " if i <= 2 else ""
        cell = lambda lst: "\n".join(mark + curly(t) for t in lst)
        recs = cell(e["recs"]) if e["recs"] else curly(e["norec"] or "")
        w.writerow([curly(e["title"]), curly(e["summary"]), cell(e["learning"]), recs, cell(e["good"]), url(d, i, "www.tarnfieldscp.example")])
    return out.getvalue()


# C. A Slack channel (#case-reviews) exported and rendered by slack-export-viewer: the sidebar's channel list, then one
#    'message-container' per message (avatar, user name, time, the text as Slack's mrkdwn rendered: '*…*' as <b>, line
#    ends as <br>, '<URL|text>' as a link, typed '• ' items). The business unit posts the month's heading and then one
#    review a message; between them a join, a reply of thanks and a question with its answer.
SLACK_USERS = {"amira": "Amira Castell", "dan": "Dan Ostler", "ruth": "Ruth Penhallow"}


def slack_msg(ts, user, when, html, cls="message"):
    return (f'<div class="message-container">\n  <div id="{ts}" class="{cls}">\n'
            f'    <img src="https://avatars.slack-edge.example/{user}_48.png" class="user_icon" loading="lazy" />\n'
            f'    <div class="username">{SLACK_USERS[user]}</div>\n'
            f'    <a href="#{ts}"><div class="time">{when}</div></a>\n'
            f'    <div class="msg">\n      <p>{html}</p>\n    </div>\n  </div>\n</div>')


def slack_review(d, i, e):
    P = [f"<b>{x(e['title'])}</b><br>{x(e['summary'])}"]
    for lab, lst in groups(e):
        if lab is None: P.append(x(lst)); continue
        P.append(f"<b>{x(lab)}</b><br>" + "<br>".join("\u2022 " + x(t) for t in lst))
    P.append(f'<a href="{url(d, i, "www.corrowscp.example")}">{x(e["link"])}</a>')
    return "<br><br>".join(P)


def slack_html(d):
    M = [slack_msg("1756890001.000100", "dan", "2025-09-03 09:00:01", "Dan Ostler has joined the channel"),
         slack_msg("1756894462.001200", "amira", "2025-09-03 10:14:22",
                   f"<b>{x(d['heading'])}</b><br>{x(d['intro'])} One review a message below :point_down:")]
    times = ["10:15:07", "10:16:40", "10:18:02", "10:19:31"]
    for i, e in enumerate(d["entries"], 1):
        M.append(slack_msg(f"17568945{i:02d}.00{i}300", "amira", f"2025-09-03 {times[i - 1]}", slack_review(d, i, e)))
        if i == 1:
            M.append(slack_msg("1756895210.004400", "ruth", "2025-09-03 10:26:50",
                               "Thanks Amira, shared with the health visiting leads :+1:"))
        if i == 3:
            M.append(slack_msg("1756896002.005500", "dan", "2025-09-03 10:40:02",
                               "Is there a briefing for the third one?"))
            M.append(slack_msg("1756896100.005600", "amira", "2025-09-03 10:41:40",
                               "Not yet <b>@Dan Ostler</b>, it goes to the learning group next week."))
    active = ' class="channel_active"'
    side = "\n".join(f'<li{active if c == "case-reviews" else ""}><a href="../{c}/index.html">{c}</a></li>'
                     for c in ("announcements", "case-reviews", "general", "learning-group", "random"))
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="UTF-8">\n<title>Slack Export - #case-reviews</title>\n'
            '<link rel="stylesheet" href="../../static/viewer.css">\n</head>\n<body>\n<div id="slack-archive-viewer">\n'
            '<div id="sidebar">\n<h3 id="channel-title">Public Channels</h3>\n<ul class="list" id="channel-list">\n' + side +
            '\n</ul>\n</div>\n<div class="messages">\n<h1 id="channel-name">#case-reviews</h1>\n'
            '<p class="channel-purpose">Purpose: New case reviews for practitioners in Corrow. ' + x(FOOT) + '</p>\n'
            + "\n".join(M) + '\n</div>\n</div>\n<script src="../../static/viewer.js"></script>\n</body>\n</html>\n')


# D. An Org-mode file exported by Emacs 29 (Org 9.6, C-c C-e h h): the XHTML 1.0 Strict template, the table of contents
#    (every heading again, numbered), each review an 'outline-2' with a numbered h2 ('<span class="section-number-2">1.</span>
#    Child …'); in reviews 1-2 every label a numbered sub-heading (h3 '1.1. Learning includes:') with its 'org-ul' list and
#    the link a paragraph under the summary; in reviews 3-4 the labels bold paragraphs ('*Learning includes:*') and the
#    link last; paragraphs keep the source's line ends (filled at 70); the postamble (author, date, Validate).
def fill(s):
    return "\n".join(textwrap.wrap(x(s), 70, break_long_words=False, break_on_hyphens=False))


def org_html(d):
    toc, body = [], []
    for i, e in enumerate(d["entries"], 1):
        oid = f"org{0x3f1a2b0 + i * 977:07x}"
        sub = []
        if i <= 2:
            parts = [f'<div class="outline-text-2" id="text-{i}">\n<p>\n{fill(e["summary"])}\n</p>\n\n'
                     f'<p>\n<a href="{url(d, i, "www.hollingscp.example")}">{x(e["link"])}</a>\n</p>\n</div>']
            for k, (lab, lst) in enumerate(groups(e), 1):
                sid = f"org{0x5b20c00 + i * 131 + k * 17:07x}"
                num = f"{i}.{k}."
                if lab is None:
                    parts[0] = parts[0][:-len("</div>")] + f"<p>\n{fill(lst)}\n</p>\n</div>"; continue
                sub.append(f'<li><a href="#{sid}">{num} {x(lab)}</a></li>')
                parts.append(f'<div id="outline-container-{sid}" class="outline-3">\n<h3 id="{sid}"><span class="section-number-3">{num}</span> {x(lab)}</h3>\n'
                             f'<div class="outline-text-3" id="text-{i}-{k}">\n<ul class="org-ul">\n'
                             + "\n".join(f"<li>{x(t)}</li>" for t in lst) + "\n</ul>\n</div>\n</div>")
        else:
            inner = [f"<p>\n{fill(e['summary'])}\n</p>"]
            for lab, lst in groups(e):
                if lab is None: inner.append(f"<p>\n{fill(lst)}\n</p>"); continue
                inner.append(f"<p>\n<b>{x(lab)}</b>\n</p>\n<ul class=\"org-ul\">\n" + "\n".join(f"<li>{x(t)}</li>" for t in lst) + "\n</ul>")
            inner.append(f'<p>\n<a href="{url(d, i, "www.hollingscp.example")}">{x(e["link"])}</a>\n</p>')
            parts = [f'<div class="outline-text-2" id="text-{i}">\n' + "\n\n".join(inner) + "\n</div>"]
        toc.append(f'<li><a href="#{oid}">{i}. {x(e["title"])}</a>' + (f"\n<ul>\n" + "\n".join(sub) + "\n</ul>\n" if sub else "") + "</li>")
        body.append(f'<div id="outline-container-{oid}" class="outline-2">\n<h2 id="{oid}"><span class="section-number-2">{i}.</span> {x(e["title"])}</h2>\n'
                    + "\n".join(parts) + "\n</div>")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"\n'
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">\n<head>\n'
            '<!-- 2026-02-26 Thu 16:40 -->\n<meta http-equiv="Content-Type" content="text/html;charset=utf-8" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1" />\n<title>' + x(d["heading"]) + '</title>\n'
            '<meta name="author" content="Hollis Venn" />\n<meta name="generator" content="Org Mode" />\n<style>\n'
            '  #content { max-width: 60em; margin: auto; }\n  .title  { text-align: center; margin-bottom: .2em; }\n'
            '  .todo   { font-family: monospace; color: red; }\n  #postamble p, #preamble p { font-size: 90%; margin: .2em; }\n'
            '  p.verse { margin-left: 3%; }\n  .org-svg { }\n</style>\n</head>\n<body>\n<div id="content" class="content">\n'
            '<h1 class="title">' + x(d["heading"]) + '</h1>\n<div id="table-of-contents" role="doc-toc">\n<h2>Table of Contents</h2>\n'
            '<div id="text-table-of-contents" role="doc-toc">\n<ul>\n' + "\n".join(toc) + '\n</ul>\n</div>\n</div>\n'
            f'<p>\n{fill(d["intro"])}\n</p>\n' + "\n\n".join(body) + '\n</div>\n<div id="postamble" class="status">\n'
            '<p class="author">Author: Hollis Venn</p>\n<p class="date">Created: 2026-02-26 Thu 16:40</p>\n'
            '<p class="validation"><a href="https://validator.w3.org/check?uri=referer">Validate</a></p>\n</div>\n</body>\n</html>\n')


# E. A digest typeset by LaTeX (justified, hyphenated, text 11 cm wide, hyphenation made cheap: about 65-70 characters a line; running head on
#    page 2 on, page number at the foot), the report's URL printed after the link words; the text copied out of it with
#    MuPDF (mutool draw -F txt: every printed line a line, blocks apart by a blank line, words cut at line ends left with
#    their hyphen, the page's foot and head between two lines of a sentence), without the form feed a paste has not.
def tex(s):
    return curly(s).replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_")


def latex_doc(d):
    B = []
    for i, e in enumerate(d["entries"], 1):
        B.append(f"\\subsection*{{{tex(e['title'])}}}\n{tex(e['summary'])}\n")
        for lab, lst in groups(e):
            if lab is None: B.append(f"\\par\\smallskip\n{tex(lst)}\n"); continue
            B.append(f"\\par\\smallskip\\noindent\\textbf{{{tex(lab)}}}\n\\begin{{itemize}}\n" + "\n".join(f"\\item {tex(t)}" for t in lst) + "\n\\end{itemize}\n")
        B.append(f"\\noindent\\href{{{url(d, i)}}}{{{tex(e['link'])}}}: \\url{{{url(d, i)}}}\n")
    return ("\\documentclass[11pt]{article}\n\\usepackage[a4paper,textwidth=10.5cm,top=25mm,bottom=30mm]{geometry}\n"
            "\\usepackage[british]{babel}\n\\usepackage{fontspec}\n\\setmainfont{TeX Gyre Pagella}\n\\usepackage{enumitem}\n"
            "\\usepackage{fancyhdr}\n\\usepackage[hidelinks]{hyperref}\n\\pagestyle{fancy}\\fancyhf{}\n"
            f"\\fancyhead[R]{{\\small\\itshape Arden Vale Safeguarding Children Partnership | {tex(d['heading'])}}}\n"
            "\\fancyfoot[C]{\\thepage}\n\\renewcommand{\\headrulewidth}{0pt}\n\\fancypagestyle{first}{\\fancyhf{}\\fancyfoot[C]{\\thepage}}\n"
            "\\hyphenpenalty=0 \\exhyphenpenalty=0\n\\setlength{\\parindent}{0pt}\\setlength{\\parskip}{3pt}\n\\setlist{nosep,leftmargin=1.2em}\n"
            "\\begin{document}\n\\thispagestyle{first}\n"
            f"\\section*{{{tex(d['heading'])}}}\n{tex(d['intro'])}\n\n" + "\n".join(B) +
            f"\n\\bigskip\n\\noindent\\textit{{{tex(FOOT)}}}\n\\end{{document}}\n")


def pdf_copy(d, dst, src_dir):
    os.makedirs(src_dir, exist_ok=True)
    base = os.path.join(src_dir, os.path.basename(dst)[:-4])
    open(base + ".tex", "w", encoding="utf-8").write(latex_doc(d))
    with tempfile.TemporaryDirectory() as t:
        subprocess.run(["lualatex", "-interaction=nonstopmode", "-output-directory", t, base + ".tex"], check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(t, os.path.basename(base) + ".pdf"), base + ".pdf")
    text = subprocess.run(["mutool", "draw", "-F", "txt", "-o", "-", base + ".pdf"], check=True, capture_output=True).stdout
    open(dst, "wb").write(text.replace(b"\f", b""))


# F. A page of a Zim Desktop Wiki notebook, the .txt file Zim keeps it in: Zim's header lines ('Content-Type:
#    text/x-zim-wiki', 'Wiki-Format: zim 0.6', 'Creation-Date: …'), the page title as a level-1 heading
#    ('====== … ======') with Zim's 'Created <weekday> <date>' line under it, each review a level-2 heading
#    ('===== … ====='), bold labels ('**…**'), '* ' items, links '[[URL|text]]'; in reviews 3-4 the recommendations are
#    Zim check boxes ('[ ] …' open, '[*] …' ticked), as a learning lead ticks off what the partnership has done. The
#    wiki markup is pandoc's zimwiki writer's, from the HTML kept in source/; the header and check boxes are Zim's.
def zim_page(d, src_dir):
    html = doc_html(d).replace("www.brackleyscp.example", "www.merrowcp.example")
    os.makedirs(src_dir, exist_ok=True)
    open(os.path.join(src_dir, "b72-zim-wiki-page-2025-11.html"), "w", encoding="utf-8").write(html)
    wiki = subprocess.run(["pandoc", "-f", "html", "-t", "zimwiki", "--wrap=none"], input=html, capture_output=True, text=True, check=True).stdout
    out, review, in_recs = [], 0, False
    for line in wiki.split("\n"):
        if line.startswith("===== "): review += 1
        if line.startswith("**"): in_recs = line.startswith("**Recommendations")
        if review >= 3 and in_recs and line.startswith("* "):
            line = ("[*] " if review == 3 and not any(o.startswith("[*]") for o in out) else "[ ] ") + line[2:]
        out.append(line)
        if line.startswith("====== "): out.append("Created Tuesday 04 November 2025")
    return ("Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\nCreation-Date: 2025-11-04T10:12:33+00:00\n\n"
            + "\n".join(out).rstrip("\n") + "\n")


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst = f"{out}/input/{fname}"
        if fname.endswith(".doc"): soffice_doc(doc_html(d), dst, f"{out}/source")
        elif fname.endswith(".csv"): open(dst, "w", encoding="utf-8", newline="").write(sheets_csv(d))
        elif "slack" in fname: open(dst, "w", encoding="utf-8").write(slack_html(d))
        elif "org-html" in fname: open(dst, "w", encoding="utf-8").write(org_html(d))
        elif "zim-wiki" in fname: open(dst, "w", encoding="utf-8").write(zim_page(d, f"{out}/source"))
        elif fname.endswith(".txt"): pdf_copy(d, dst, f"{out}/source")
