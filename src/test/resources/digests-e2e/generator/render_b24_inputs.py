# Renders the inputs of batch b24 (see render_b24.py and entries_b24.py). Invented material, test fixtures only.
import glob, html, os, shutil, subprocess, tempfile, textwrap
G = os.path.dirname(os.path.abspath(__file__))
h = html.escape
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."
M2 = os.path.expanduser("~/.m2/repository")


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def groups(e):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    out = [(e["lab"][0], e["learning"])]
    if e["recs"]: out.append((e["lab"][1], e["recs"]))
    elif e["norec"]: out.append((None, e["norec"]))
    if e["good"]: out.append((e["lab"][2], e["good"]))
    return out


def kind(e):
    t = e["title"].split(": ", 1)[-1]
    return t[0].upper() + t[1:]


# 1. Tagged LaTeX (\DocumentMetadata with latex-lab phase-I, lualatex): a summary TABLE of the month's reviews on
#    page 1 (booktabs: Child | Type of review | Report), then one \section* per review with \markright, so the fancyhdr
#    running head names the CURRENT review (a review running onto page 2 carries its own title in the head), bold own-line
#    labels, itemize lists with en dashes, \href links; 'Page N of M' in the foot.
def tex_escape(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("'", "\u2019")


def latex_tagged(d):
    rows = "\n".join(f"{tex_escape(e['t']['child_name'] or 'Thematic')} & {tex_escape(kind(e))} & {tex_escape(e['link'].replace('Read ', '').replace(' (PDF)', ''))} \\\\" for e in d["entries"])
    body = []
    for i, e in enumerate(d["entries"], 1):
        body.append(f"\\section*{{{tex_escape(e['title'])}}}\\markright{{{tex_escape(e['title'])}}}\n{tex_escape(e['summary'])}\n")
        for lab, lst in groups(e):
            if lab is None: body.append(f"\n{tex_escape(lst)}\n"); continue
            body.append(f"\n\\noindent\\textbf{{{tex_escape(lab)}}}\n\\begin{{itemize}}\n" + "".join(f"\\item {tex_escape(it)}\n" for it in lst) + "\\end{itemize}\n")
        body.append(f"\n\\noindent\\href{{{url(d, i)}}}{{{tex_escape(e['link'])}}}\n")
    return ("\\DocumentMetadata{testphase=phase-I, lang=en-GB, pdfversion=1.7}\n\\documentclass[11pt]{article}\n"
            "\\usepackage[a4paper,top=28mm,bottom=28mm,left=27mm,right=27mm]{geometry}\n\\usepackage{booktabs}\n\\usepackage{lastpage}\n"
            "\\usepackage{fancyhdr}\\pagestyle{fancy}\\fancyhf{}\\fancyhead[L]{\\small NSPCC Learning}\\fancyhead[R]{\\small\\itshape\\rightmark}"
            "\\fancyfoot[C]{\\small Page \\thepage\\ of \\pageref{LastPage}}\\renewcommand{\\headrulewidth}{0.4pt}\n"
            "\\renewcommand{\\labelitemi}{\\textendash}\n\\usepackage{hyperref}\\hypersetup{colorlinks,urlcolor=blue}\n"
            f"\\title{{{tex_escape(d['heading'])}}}\\date{{}}\\author{{}}\n\\begin{{document}}\n\\thispagestyle{{fancy}}\\markright{{{tex_escape(d['heading'])}}}\n"
            f"\\begin{{center}}{{\\LARGE\\bfseries {tex_escape(d['heading'])}}}\\end{{center}}\n\n{tex_escape(d['intro'])}\n\n"
            "\\begin{center}\\begin{tabular}{lll}\\toprule\n\\textbf{Child} & \\textbf{Type of review} & \\textbf{Report} \\\\\\midrule\n"
            f"{rows}\n\\bottomrule\\end{{tabular}}\\end{{center}}\n\n" + "".join(body)
            + f"\n\\vspace{{6mm}}\\noindent{{\\small\\itshape {tex_escape(FOOT)}}}\n\\end{{document}}\n")


def latex_pdf(src, pdf):
    with tempfile.TemporaryDirectory() as t:
        shutil.copy(src, f"{t}/digest.tex")
        for _ in range(2):
            subprocess.run(["lualatex", "-interaction=nonstopmode", "-halt-on-error", "digest.tex"], check=True, capture_output=True, cwd=t, stdin=subprocess.DEVNULL, timeout=300)
        shutil.move(f"{t}/digest.pdf", pdf)


# 2. Texinfo (texi2pdf, pdfTeX + texinfo.tex): a title page, a CONTENTS page listing every review as a numbered section, then
#    one chapter holding the reviews as numbered sections ('1.1 Child EQ: Child practice review'), labels in @strong, items
#    as @itemize @bullet, links as @uref (texinfo prints the link text and the URL); texinfo's running heads (chapter title,
#    page numbers) on every page after the title page.
def texi_escape(s):
    return s.replace("@", "@@").replace("{", "@{").replace("}", "@}").replace("'", "\u2019")


def texinfo(d):
    out = [f"\\input texinfo\n@setfilename digest.info\n@documentencoding UTF-8\n@settitle {texi_escape(d['heading'])}\n",
           f"@titlepage\n@title {texi_escape(d['heading'])}\n@subtitle NSPCC Learning: summaries of newly published case reviews\n@author National case review repository\n"
           f"@page\n@vskip 0pt plus 1filll\n{texi_escape(FOOT)}\n@end titlepage\n\n@contents\n\n",
           f"@chapter {texi_escape(d['heading'])}\n\n{texi_escape(d['intro'])}\n\n"]
    for i, e in enumerate(d["entries"], 1):
        out.append(f"@section {texi_escape(e['title'])}\n\n{texi_escape(e['summary'])}\n\n")
        for lab, lst in groups(e):
            if lab is None: out.append(f"{texi_escape(lst)}\n\n"); continue
            out.append(f"@noindent @strong{{{texi_escape(lab)}}}\n@itemize @bullet\n" + "".join(f"@item\n{texi_escape(it)}\n" for it in lst) + "@end itemize\n\n")
        out.append(f"@noindent @uref{{{url(d, i)}, {texi_escape(e['link'])}}}\n\n")
    out.append(f"@unnumbered Note\n\n{texi_escape(FOOT)}\n\n@bye\n")
    return "".join(out)


def texinfo_pdf(src, pdf):
    with tempfile.TemporaryDirectory() as t:
        shutil.copy(src, f"{t}/digest.texi")
        subprocess.run(["texi2pdf", "--batch", "-q", "digest.texi"], check=True, cwd=t, capture_output=True)
        shutil.move(f"{t}/digest.pdf", pdf)


# 3. A man page (man(7) macros) typeset by mandoc -Tpdf: the '.TH' header and footer lines on every page ('CASEREVIEWS(7)
#    ... CASEREVIEWS(7)', 'NSPCC Learning  April 2025  1'), NAME / DESCRIPTION sections in capitals, each review a '.SS'
#    subsection, bold labels, '.IP \(bu' bullets with a hanging indent, the link as '.UR' / '.UE' (mandoc prints the text
#    and the URL in angle brackets).
def roff(s):
    s = s.replace("\\", "\\e").replace("'", "\u2019")
    return ("\\&" + s) if s[:1] in ".'" else s


def manpage(d):
    y, m = d["month"].split("-")
    out = [f'.TH CASEREVIEWS 7 "{d["heading"].replace("Case reviews update ", "")}" "NSPCC Learning" "Case reviews update"\n',
           f".SH NAME\ncasereviews \\- {roff(d['heading'])}\n.SH DESCRIPTION\n{roff(d['intro'])}\n.SH REVIEWS\n"]
    for i, e in enumerate(d["entries"], 1):
        out.append(f'.SS "{roff(e["title"])}"\n{roff(e["summary"])}\n')
        for lab, lst in groups(e):
            if lab is None: out.append(f".PP\n{roff(lst)}\n"); continue
            out.append(f'.PP\n.B "{roff(lab)}"\n' + "".join(f".IP \\(bu 2\n{roff(it)}\n" for it in lst))
        out.append(f".PP\n.UR {url(d, i)}\n{roff(e['link'])}\n.UE\n")
    out.append(f".SH NOTES\n{roff(FOOT)}\n")
    return "".join(out)


def mandoc_pdf(src, pdf):
    with open(pdf, "wb") as f:
        subprocess.run(["mandoc", "-man", "-Tpdf", "-O", "paper=a4", src], check=True, stdout=f)


# 4. A DocBook 5 article typeset by dblatex (pdflatex with dblatex's own LaTeX style): dblatex's title block and page
#    heads/feet, every review a numbered <section> ('1 Children JQ, KQ and LQ: ...'), labels as bold <emphasis> paragraphs,
#    <itemizedlist> items, links as <ulink> (dblatex shows the URL beside or under the text).
def docbook(d):
    e_ = lambda s: h(s, quote=False)
    out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE article PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">\n'
           f'<article lang="en"><articleinfo><title>{e_(d["heading"])}</title><corpauthor>NSPCC Learning</corpauthor></articleinfo>\n<para>{e_(d["intro"])}</para>\n']
    for i, e in enumerate(d["entries"], 1):
        out.append(f"<section><title>{e_(e['title'])}</title>\n<para>{e_(e['summary'])}</para>\n")
        for lab, lst in groups(e):
            if lab is None: out.append(f"<para>{e_(lst)}</para>\n"); continue
            out.append(f'<para><emphasis role="bold">{e_(lab)}</emphasis></para>\n<itemizedlist>' + "".join(f"<listitem><para>{e_(it)}</para></listitem>" for it in lst) + "</itemizedlist>\n")
        out.append(f'<para><ulink url="{url(d, i)}">{e_(e["link"])}</ulink></para>\n</section>\n')
    out.append(f"<para><emphasis>{e_(FOOT)}</emphasis></para>\n</article>\n")
    return "".join(out)


def dblatex_pdf(src, pdf):
    with tempfile.TemporaryDirectory() as t:
        shutil.copy(src, f"{t}/digest.xml")
        subprocess.run(["dblatex", "-q", "-o", f"{t}/digest.pdf", f"{t}/digest.xml"], check=True, capture_output=True, cwd=t, stdin=subprocess.DEVNULL, timeout=300)
        shutil.move(f"{t}/digest.pdf", pdf)


# 5. DOCX built by Apache POI 5 (PoiDigest.java) from a plain spec: NO styles at all (every paragraph Normal, direct bold /
#    size runs), a summary table on page 1 (Review | Type | Published as), a page break, then per review a bold 13pt title
#    run, the summary, a bold label paragraph, items typed as '–' + tab, the link as an XWPFHyperlinkRun.
def poi_spec(d):
    lines = [f"H\t{d['heading']}", f"P\t{d['intro']}", "T\tReview\tType of review\tPublished as"]
    for e in d["entries"]:
        lines.append(f"R\t{e['t']['child_name'] or e['title'].split(':')[0]}\t{kind(e)}\t{e['link'].replace('Read ', '').replace(' (PDF)', '')}")
    lines.append("B\t")
    for i, e in enumerate(d["entries"], 1):
        lines += [f"E\t{e['title']}", f"P\t{e['summary']}"]
        for lab, lst in groups(e):
            if lab is None: lines.append(f"P\t{lst}"); continue
            lines.append(f"L\t{lab}"); lines += [f"I\t{it}" for it in lst]
        lines.append(f"A\t{url(d, i)}\t{e['link']}")
    lines.append(f"F\t{FOOT}")
    return "\n".join(lines) + "\n"


def poi_docx(d, path):
    jars = []
    for pat in ["org/apache/poi/poi/5.5.1/*.jar", "org/apache/poi/poi-ooxml/5.5.1/*.jar", "org/apache/poi/poi-ooxml-full/5.5.1/*.jar",
                "org/apache/xmlbeans/xmlbeans/5.3.0/*.jar", "commons-io/commons-io/2.20.0/*.jar", "org/apache/commons/commons-compress/1.28.0/*.jar",
                "org/apache/commons/commons-collections4/4.5.0/*.jar", "org/apache/logging/log4j/log4j-api/2.25.4/*.jar", "commons-codec/commons-codec/*/*.jar",
                "org/apache/commons/commons-lang3/3.18.0/*.jar", "com/zaxxer/SparseBitSet/*/*.jar", "org/apache/commons/commons-math3/*/*.jar"]:
        jars += [j for j in sorted(glob.glob(f"{M2}/{pat}")) if not j.endswith(("-sources.jar", "-javadoc.jar"))][-1:]
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
        f.write(poi_spec(d))
    subprocess.run(["java", "-cp", ":".join(jars), f"{G}/PoiDigest.java", f.name, path], check=True)
    os.unlink(f.name)


# 6. HTML as an e-mail builder writes it (MJML-like): a hidden preheader, Outlook conditional comments, everything in
#    NESTED presentation tables (role="presentation"), no heading or list elements: titles are bold <td>s, labels bold
#    <td>s, every item a two-cell row (a '&#8226;' cell and the text cell), the link a button table; a footer with an
#    unsubscribe line.
def html_email(d):
    td = 'style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;color:#222222;padding:0 0 10px 0"'
    cards = []
    for i, e in enumerate(d["entries"], 1):
        rows = [f'<tr><td style="font-family:Arial,Helvetica,sans-serif;font-size:18px;font-weight:bold;color:#1b4d6b;padding:0 0 8px 0">{h(e["title"])}</td></tr>',
                f'<tr><td {td}>{h(e["summary"])}</td></tr>']
        for lab, lst in groups(e):
            if lab is None: rows.append(f'<tr><td {td}>{h(lst)}</td></tr>'); continue
            items = "".join(f'<tr><td width="18" valign="top" style="font-family:Arial;font-size:14px;color:#1b4d6b">&#8226;</td><td {td}>{h(it)}</td></tr>' for it in lst)
            rows.append(f'<tr><td style="font-family:Arial,Helvetica,sans-serif;font-size:14px;font-weight:bold;color:#222222;padding:6px 0 4px 0">{h(lab)}</td></tr>'
                        f'<tr><td><table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%"><tbody>{items}</tbody></table></td></tr>')
        rows.append(f'<tr><td align="left" style="padding:6px 0 0 0"><table role="presentation" border="0" cellpadding="0" cellspacing="0"><tr><td bgcolor="#1b4d6b" style="border-radius:4px;padding:10px 18px">'
                    f'<a href="{url(d, i)}" target="_blank" style="color:#ffffff;font-family:Arial;font-size:14px;font-weight:bold;text-decoration:none">{h(e["link"])}</a></td></tr></table></td></tr>')
        cards.append('<!--[if mso | IE]><table role="presentation" border="0" cellpadding="0" cellspacing="0" width="600"><tr><td><![endif]-->'
                     '<div style="margin:0 auto;max-width:600px;background:#ffffff"><table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" style="background:#ffffff">'
                     f'<tbody><tr><td style="padding:20px 24px;border-top:4px solid #1b4d6b"><table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%"><tbody>{"".join(rows)}</tbody></table></td></tr></tbody></table></div>'
                     '<!--[if mso | IE]></td></tr></table><![endif]-->')
    return ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            f'<title>{h(d["heading"])}</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<!--[if mso]><noscript><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml></noscript><![endif]-->'
            '<style type="text/css">#outlook a{padding:0}body{margin:0;padding:0;-webkit-text-size-adjust:100%}table,td{border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt}</style></head>'
            '<body style="word-spacing:normal;background-color:#eef2f5">'
            f'<div style="display:none;font-size:1px;color:#eef2f5;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden">Three new case reviews this month, with learning and recommendations.</div>'
            '<div style="background-color:#eef2f5">'
            '<div style="margin:0 auto;max-width:600px"><table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%"><tbody><tr><td style="padding:16px 24px;font-family:Arial;font-size:12px;color:#555555" align="right">View this e-mail in your browser</td></tr>'
            f'<tr><td style="padding:18px 24px;background:#1b4d6b;font-family:Arial,Helvetica,sans-serif;font-size:26px;font-weight:bold;color:#ffffff">{h(d["heading"])}</td></tr>'
            f'<tr><td style="padding:16px 24px;background:#ffffff;font-family:Arial;font-size:14px;color:#222222">{h(d["intro"])}</td></tr></tbody></table></div>'
            + "".join(cards)
            + '<div style="margin:0 auto;max-width:600px"><table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%"><tbody>'
            f'<tr><td style="padding:20px 24px;font-family:Arial;font-size:12px;color:#555555">{h(FOOT)}<br>You are receiving this e-mail because you signed up to case review updates. <a href="https://example.org/unsubscribe" style="color:#555555">Unsubscribe</a></td></tr>'
            '</tbody></table></div></div></body></html>')


# 7. Markdown for pandoc: a pandoc TITLE BLOCK ('% title', '% author', '% date'), '### 1) Title' headings, labels as pandoc
#    DEFINITION LISTS (the label a term without a colon, every item a ':   ' definition), reference-style links whose
#    definitions are collected at the end of the file.
def markdown_deflist(d):
    y, m = d["month"].split("-")
    out = [f"% {d['heading']}\n% NSPCC Learning (invented for testing)\n% {['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][int(m) - 1]} {y}\n\n{d['intro']}\n"]
    refs = []
    for i, e in enumerate(d["entries"], 1):
        out.append(f"\n### {i}) {e['title']}\n\n{e['summary']}\n")
        for lab, lst in groups(e):
            if lab is None: out.append(f"\n{lst}\n"); continue
            out.append(f"\n{lab.rstrip(':')}\n" + "".join(f":   {it}\n" for it in lst))
        out.append(f"\n[{e['link']}][review-{i}]\n")
        refs.append(f"[review-{i}]: {url(d, i)}")
    out.append(f"\n---\n\n*{FOOT}*\n\n" + "\n".join(refs) + "\n")
    return "".join(out)


# 8. A plain-text e-mail: RFC 822-style headers, the body wrapped at 72 columns, titles underlined with '~', '* ' items with
#    two-space continuation lines, every link a numbered reference '[n]' whose URL is listed under 'Links:' at the end, a
#    '-- ' signature.
def plaintext_email(d):
    w = lambda s, first="", rest="": textwrap.fill(s, 72, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False)
    out = [f"From: NSPCC Learning <learning@example.org>\nTo: case-review-updates@example.org\nSubject: {d['heading']}\nDate: Wed, 29 Jan 2025 09:00:00 +0000\n"
           "Content-Type: text/plain; charset=utf-8; format=fixed\n\n", w(d["intro"]) + "\n"]
    links = []
    for i, e in enumerate(d["entries"], 1):
        out.append(f"\n{e['title']}\n{'~' * len(e['title'])}\n\n{w(e['summary'])}\n")
        for lab, lst in groups(e):
            if lab is None: out.append(f"\n{w(lst)}\n"); continue
            out.append(f"\n{lab}\n" + "".join(w(it, "* ", "  ") + "\n" for it in lst))
        out.append(f"\n{e['link']} [{i}]\n")
        links.append(f"[{i}] {url(d, i)}")
    out.append("\nLinks:\n" + "\n".join(links) + f"\n\n-- \n{w(FOOT)}\nNSPCC Learning, case reviews team\n")
    return "".join(out)


def render_inputs(batch, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for fname, d in batch.items():
        if only and fname not in only: continue
        stem, target = os.path.splitext(fname)[0], f"{out}/input/{fname}"
        if "lualatex" in fname:
            src = f"{out}/source/{stem}.tex"; open(src, "w").write(latex_tagged(d)); latex_pdf(src, target)
        elif "texinfo" in fname:
            src = f"{out}/source/{stem}.texi"; open(src, "w").write(texinfo(d)); texinfo_pdf(src, target)
        elif "mandoc" in fname:
            src = f"{out}/source/{stem}.7"; open(src, "w").write(manpage(d)); mandoc_pdf(src, target)
        elif "dblatex" in fname:
            src = f"{out}/source/{stem}.xml"; open(src, "w").write(docbook(d)); dblatex_pdf(src, target)
        elif "poi" in fname:
            open(f"{out}/source/{stem}.tsv", "w").write(poi_spec(d)); poi_docx(d, target)
        elif fname.endswith(".html"):
            open(target, "w").write(html_email(d))
        elif fname.endswith(".md"):
            open(target, "w").write(markdown_deflist(d))
        else:
            open(target, "w").write(plaintext_email(d))
        print("wrote", target)
