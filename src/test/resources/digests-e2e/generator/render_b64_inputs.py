# Renders the inputs of batch b64 (see render_b64.py and entries_b64.py). Invented material, test fixtures only.
# A: real `pdftotext -layout` output (poppler) of a two-column newsletter PDF printed by Chromium from source/*.html;
# C: real LaTeX2HTML 2023 output (`latex2html -split 0`) of source/*.tex; B, D and E plain Python 3 (the Jupyter export, the
# joined UTF-8 text and the mail-merge DOCX, written as WordprocessingML with zipfile). No Jupyter, Word or text editor ran:
# each of those files is written in the shape the named producer gives it.
import os, subprocess, tempfile, glob, shutil
from html import escape as h
from render_b32_inputs import (x, curly, REL, W, CT_HEAD, ROOT_RELS, SETTINGS)
from render_b50_inputs import (wr, wp, styles, BULLET_NUM)
FOOT = "Summaries written for testing: every child, family, person and place in this digest is invented."
PAGE = '<w:sectPr>{refs}{extra}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'


def url(d, i, host="learning.nspcc.org.uk"):
    return f"https://{host}/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def groups(e):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    out = [(e["lab"][0], e["learning"])]
    out += [(e["lab"][1], e["recs"])] if e["recs"] else ([(None, e["norec"])] if e["norec"] else [])
    if e["good"]: out.append((e["lab"][2], e["good"]))
    return out


# A. A council's two-column newsletter (A4, masthead across the top, the reviews in CSS columns with a rule, bold labels,
#    bulleted lists, the report link as words), printed to PDF by Chromium and turned into text by `pdftotext -layout`:
#    the two columns side by side on each line, form feeds between pages; saved as .txt.
def twocol_html(d):
    R = []
    for i, e in enumerate(d["entries"], 1):
        R.append(f'<h2>{x(e["title"])}</h2>\n<p>{x(e["summary"])}</p>')
        for lab, lst in groups(e):
            if lab is None: R.append(f"<p>{x(lst)}</p>"); continue
            R.append(f"<p class=lab><b>{x(lab)}</b></p>\n<ul>\n" + "\n".join(f"<li>{x(t)}</li>" for t in lst) + "\n</ul>")
        R.append(f'<p><a href="{url(d, i)}">{x(e["link"])}</a></p>')
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>' + x(d["heading"]) + '</title>\n<style>\n'
            '@page { size: A4; margin: 16mm 14mm 18mm 14mm; }\nbody { font-family: "Liberation Serif", serif; font-size: 10.5pt; line-height: 1.3; }\n'
            '.mast { border-bottom: 2px solid #333; margin-bottom: 8pt; font-family: "Liberation Sans", sans-serif; }\n'
            '.mast .issue { font-size: 9pt; }\nh1 { font-size: 18pt; margin: 4pt 0; }\n.cols { column-count: 2; column-gap: 9mm; column-rule: 0.5pt solid #999; }\n'
            'h2 { font-size: 11.5pt; font-family: "Liberation Sans", sans-serif; margin: 10pt 0 3pt; break-after: avoid; }\np { margin: 0 0 4pt; text-align: left; }\n'
            'p.lab { margin-top: 5pt; }\nul { margin: 0 0 4pt; padding-left: 14pt; }\na { color: #000; }\n.foot { font-size: 8.5pt; font-style: italic; margin-top: 10pt; }\n'
            '</style></head>\n<body>\n<div class="mast"><div class="issue">Wexcombe Safeguarding Children Partnership \u00b7 Practice Learning Newsletter \u00b7 Issue 31</div>\n'
            f'<h1>{x(d["heading"])}</h1></div>\n<p>{x(d["intro"])}</p>\n<div class="cols">\n' + "\n".join(R) +
            f'\n<p class="foot">{x(FOOT)}</p>\n</div>\n</body></html>\n')


def pdftotext_layout(d, src_base):
    html_path, pdf_path = f"{src_base}.html", f"{src_base}.pdf"
    open(html_path, "w", encoding="utf-8").write(twocol_html(d))
    w = "/tmp/d64-chrome"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={w}", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", html_path], check=True, capture_output=True)
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf_path, "-"], check=True, capture_output=True).stdout
    os.remove(pdf_path)
    return out


# B. A Jupyter notebook exported with `jupyter nbconvert --to html` (JupyterLab template): every cell a jp-Cell; markdown cells
#    rendered (h1 / h2 with '¶' anchor links, paragraphs, bold labels, lists, the link); code cells with 'In [n]:' prompts,
#    highlighted source in <pre>, an 'Out[n]:' pandas DataFrame table listing the four reviews (titles, outcome, age), a
#    stderr FutureWarning and a printed count; the notebook's long style sheet and MathJax / require.js scripts in the head.
def anchor(t):
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in t.replace(" ", "-").replace(":", ""))


def md_cell(cid, inner):
    return (f'<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell" id="cell-id={cid}">\n<div class="jp-Cell-inputWrapper" tabindex="0">\n'
            '<div class="jp-Collapser jp-InputCollapser jp-Cell-inputCollapser">\n</div>\n<div class="jp-InputArea jp-Cell-inputArea"><div class="jp-InputPrompt jp-InputArea-prompt">\n'
            f'</div><div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput" data-mime-type="text/markdown">\n{inner}\n</div>\n</div>\n</div>\n</div>')


def code_cell(cid, n, src, outputs):
    outs = "".join(f'<div class="jp-OutputArea-child{cls}">\n<div class="jp-OutputPrompt jp-OutputArea-prompt">{prompt}</div>\n{body}\n</div>\n' for cls, prompt, body in outputs)
    return (f'<div class="jp-Cell jp-CodeCell jp-Notebook-cell" id="cell-id={cid}">\n<div class="jp-Cell-inputWrapper" tabindex="0">\n'
            '<div class="jp-Collapser jp-InputCollapser jp-Cell-inputCollapser">\n</div>\n<div class="jp-InputArea jp-Cell-inputArea">\n'
            f'<div class="jp-InputPrompt jp-InputArea-prompt">In\u00a0[{n}]:</div>\n<div class="jp-CodeMirrorEditor jp-Editor jp-InputArea-editor" data-type="inline">\n'
            f'<div class="cm-editor cm-s-jupyter">\n<div class="highlight hl-ipython3"><pre><span></span>{src}\n</pre></div>\n</div>\n</div>\n</div>\n</div>\n'
            '<div class="jp-Cell-outputWrapper">\n<div class="jp-Collapser jp-OutputCollapser jp-Cell-outputCollapser">\n</div>\n'
            f'<div class="jp-OutputArea jp-Cell-outputArea">\n{outs}</div>\n</div>\n</div>')


def jupyter_html(d):
    import re
    E = d["entries"]
    age = lambda e: re.search(r"aged? [^,]+|\d+-(year|month|week)-old", e["summary"]).group(0).replace("-old", "")
    rows = "".join(f'<tr>\n<th>{k}</th>\n<td>{x(e["title"])}</td>\n<td>{e["t"]["outcome"].split("|")[0] or "serious_harm"}</td>\n<td>{x(age(e))}</td>\n</tr>\n' for k, e in enumerate(E))
    frame = ('<div class="jp-RenderedHTMLCommon jp-RenderedHTML jp-OutputArea-output jp-OutputArea-executeResult" data-mime-type="text/html" tabindex="0">\n<div>\n'
             '<style scoped="">\n    .dataframe tbody tr th:only-of-type {\n        vertical-align: middle;\n    }\n\n    .dataframe tbody tr th {\n        vertical-align: top;\n    }\n\n'
             '    .dataframe thead th {\n        text-align: right;\n    }\n</style>\n<table border="1" class="dataframe">\n<thead>\n<tr style="text-align: right;">\n'
             f'<th></th>\n<th>title</th>\n<th>outcome</th>\n<th>age</th>\n</tr>\n</thead>\n<tbody>\n{rows}</tbody>\n</table>\n</div>\n</div>')
    warn = ('<div class="jp-RenderedText jp-OutputArea-output" data-mime-type="application/vnd.jupyter.stderr" tabindex="0">\n<pre>/tmp/ipykernel_48213/2710943163.py:3: '
            'FutureWarning: The default of observed=False is deprecated and will be changed to True in a future version of pandas.\n'
            '  counts = reviews.groupby(&quot;outcome&quot;).size()\n</pre>\n</div>')
    printed = ('<div class="jp-RenderedText jp-OutputArea-output" data-mime-type="text/plain" tabindex="0">\n<pre>outcome\ndeath           1\nserious_harm    3\n'
               'dtype: int64\nReviews this month: 4\n</pre>\n</div>')
    src1 = ('<span class="kn">import</span> <span class="nn">pandas</span> <span class="k">as</span> <span class="nn">pd</span>\n'
            f'<span class="n">reviews</span> <span class="o">=</span> <span class="n">pd</span><span class="o">.</span><span class="n">read_csv</span><span class="p">(</span><span class="s2">&quot;published-{d["month"]}.csv&quot;</span><span class="p">)</span>\n'
            '<span class="n">reviews</span><span class="p">[[</span><span class="s2">&quot;title&quot;</span><span class="p">,</span> <span class="s2">&quot;outcome&quot;</span><span class="p">,</span> <span class="s2">&quot;age&quot;</span><span class="p">]]</span>')
    src2 = ('<span class="n">reviews</span><span class="p">[</span><span class="s2">&quot;outcome&quot;</span><span class="p">]</span> <span class="o">=</span> <span class="n">reviews</span><span class="p">[</span><span class="s2">&quot;outcome&quot;</span><span class="p">]</span><span class="o">.</span><span class="n">astype</span><span class="p">(</span><span class="s2">&quot;category&quot;</span><span class="p">)</span>\n'
            '<span class="n">counts</span> <span class="o">=</span> <span class="n">reviews</span><span class="o">.</span><span class="n">groupby</span><span class="p">(</span><span class="s2">&quot;outcome&quot;</span><span class="p">)</span><span class="o">.</span><span class="n">size</span><span class="p">()</span>\n'
            '<span class="nb">print</span><span class="p">(</span><span class="n">counts</span><span class="p">)</span>\n<span class="nb">print</span><span class="p">(</span><span class="s2">&quot;Reviews this month:&quot;</span><span class="p">,</span> <span class="nb">len</span><span class="p">(</span><span class="n">reviews</span><span class="p">))</span>')
    hd = d["heading"]
    cells = [md_cell("7d1c2a9e-0f4b-4c55-9a3e-1b2f0c6d8e01", f'<h1 id="{anchor(hd)}">{x(hd)}<a class="anchor-link" href="#{anchor(hd)}">\u00b6</a></h1><p>{x(d["intro"])}</p>\n'
                     '<p>The table below is read from the partnership\u2019s list of published reviews; the summaries follow it.</p>'),
             code_cell("c0a4b7e2-55d1-4e0a-8f62-3d9e4b1a7c02", 1, src1, [(" jp-OutputArea-executeResult", "Out[1]:", frame)])]
    for i, e in enumerate(E, 1):
        inner = [f'<h2 id="{anchor(e["title"])}">{x(e["title"])}<a class="anchor-link" href="#{anchor(e["title"])}">\u00b6</a></h2><p>{x(e["summary"])}</p>']
        for lab, lst in groups(e):
            if lab is None: inner.append(f"<p>{x(lst)}</p>"); continue
            inner.append(f"<p><strong>{x(lab)}</strong></p>\n<ul>\n" + "\n".join(f"<li>{x(t)}</li>" for t in lst) + "\n</ul>")
        inner.append(f'<p><a href="{url(d, i)}">{x(e["link"])}</a></p>')
        cells.append(md_cell(f"a{i}e3f9b1-2c4d-4e8f-9a0b-5c6d7e8f9a{i:02d}", "\n".join(inner)))
    cells.append(code_cell("e9f8d7c6-b5a4-4321-8765-4a3b2c1d0e0f", 2, src2, [("", "", warn), ("", "", printed)]))
    cells.append(md_cell("f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b", f"<p><em>{x(FOOT)}</em></p>"))
    css = ("/*-----------------------------------------------------------------------------\n| Copyright (c) Jupyter Development Team.\n"
           "| Distributed under the terms of the Modified BSD License.\n|----------------------------------------------------------------------------*/\n"
           ":root {\n  --jp-border-width: 1px;\n  --jp-border-color1: var(--md-grey-400);\n  --jp-cell-prompt-width: 64px;\n  --jp-code-font-size: 13px;\n}\n"
           ".jp-InputPrompt, .jp-OutputPrompt { color: var(--jp-cell-inputprompt-font-color); font-family: var(--jp-cell-prompt-font-family); flex: 0 0 var(--jp-cell-prompt-width); }\n"
           ".jp-RenderedHTMLCommon h1, .jp-RenderedHTMLCommon h2 { margin-top: 1.2em; }\n.jp-RenderedHTMLCommon .anchor-link { visibility: hidden; margin-left: 8px; }\n"
           ".jp-RenderedHTMLCommon h1:hover .anchor-link, .jp-RenderedHTMLCommon h2:hover .anchor-link { visibility: visible; }\n"
           ".highlight .kn { color: #008000; font-weight: bold } .highlight .s2 { color: #BA2121 }\n"
           "@media print { .jp-Cell-inputWrapper, .jp-Cell-outputWrapper { display: block; } }\n")
    return ('<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"/>\n<meta content="width=device-width, initial-scale=1.0" name="viewport"/>\n'
            f'<title>case-reviews-{d["month"]}</title><script src="https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js"></script>\n'
            f'<style type="text/css">\n{css}</style>\n<!-- Load mathjax -->\n<script src="https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.7/latest.js?config=TeX-AMS_CHTML-full,Safe"> </script>\n'
            '<!-- MathJax configuration -->\n<script type="text/x-mathjax-config">\n    init_mathjax = function() {\n        if (window.MathJax) {\n'
            '        // MathJax loaded\n            MathJax.Hub.Config({\n                TeX: {\n                    equationNumbers: {\n                    autoNumber: "AMS",\n'
            '                    useLabelIds: true\n                    }\n                },\n                tex2jax: {\n                    inlineMath: [ [\'$\',\'$\'], ["\\\\(","\\\\)"] ],\n'
            '                    processEscapes: true,\n                    processEnvironments: true\n                },\n                displayAlign: \'center\',\n'
            '            });\n            MathJax.Hub.Queue(["Typeset",MathJax.Hub]);\n        }\n    }\n    init_mathjax();\n    </script>\n<!-- End of mathjax configuration -->\n'
            '</head>\n<body class="jp-Notebook" data-jp-theme-light="true" data-jp-theme-name="JupyterLab Light">\n<main>\n' + "\n".join(cells) + "\n</main>\n</body>\n</html>\n")


# C. LaTeX2HTML 2023 (`latex2html -split 0 -info 0`) of a LaTeX article: the title block, a table of contents (the child
#    links list naming every review), \section titles numbered ('-show_section_numbers'), \textbf labels, itemize lists and \htmladdnormallink links.
def tex_esc(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("_", "\\_").replace("'", "'")


def latex_source(d):
    L = ["% Invented for testing: every child, family, person and place in this digest is invented.", "\\documentclass[11pt]{article}",
         "\\usepackage[T1]{fontenc}", "\\usepackage{html}", f"\\title{{{tex_esc(d['heading'])}}}", "\\author{Thornbury Safeguarding Children Partnership}",
         "\\date{}", "\\begin{document}", "\\maketitle", "", tex_esc(d["intro"]), "", "\\tableofcontents", ""]
    for i, e in enumerate(d["entries"], 1):
        L += [f"\\section{{{tex_esc(e['title'])}}}", "", tex_esc(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: L += [tex_esc(lst), ""]; continue
            L += [f"\\noindent\\textbf{{{tex_esc(lab)}}}", "\\begin{itemize}"] + [f"\\item {tex_esc(t)}" for t in lst] + ["\\end{itemize}", ""]
        L += [f"\\htmladdnormallink{{{tex_esc(e['link'])}}}{{{url(d, i)}}}", ""]
    L += [f"\\emph{{{tex_esc(FOOT)}}}", "", "\\end{document}"]
    return "\n".join(L) + "\n"


def latex2html_page(d, src_base):
    tex = f"{src_base}.tex"
    open(tex, "w", encoding="utf-8").write(latex_source(d))
    with tempfile.TemporaryDirectory(prefix="d64-l2h-") as w:
        shutil.copy(tex, f"{w}/digest.tex"); os.makedirs(f"{w}/out")
        subprocess.run(["latex2html", "-split", "0", "-info", "0", "-no_images", "-show_section_numbers", "-html_version", "4.0,unicode", "-dir", f"{w}/out", "digest.tex"],
                       cwd=w, check=True, capture_output=True)
        return open(f"{w}/out/digest.html", "rb").read()


# D. A UTF-8 text saved by Notepad (a BOM, CRLF) that is TWO such files joined ('copy /b part1.txt + part2.txt'), so a second
#    BOM stands at the start of the line that opens review 3; the text was pasted from a web editor: no-break spaces after
#    'aged', in 'Child\u00a0QYB' and before a colon, zero-width spaces inside words and names and after every '/' of the
#    addresses, a word joiner and a zero-width non-joiner inside words; items '- ' lines.
ZW = "\u200b"


def zwsp(s, k):
    """Zero-width spaces where a web editor put them: after '/' in addresses, and inside every k-th long word."""
    out = []
    for n, wd in enumerate(s.split(" ")):
        if "://" in wd: wd = wd.replace("/", "/" + ZW)
        elif len(wd) > 8 and n % k == 0: wd = wd[:4] + ZW + wd[4:]
        out.append(wd)
    return " ".join(out).replace("aged ", "aged\u00a0")


def joined_text(d):
    parts = [[d["heading"], "", d["intro"], ""], []]
    for i, e in enumerate(d["entries"], 1):
        P = parts[0] if i <= 2 else parts[1]
        title = e["title"].replace(" ", "\u00a0", 1) if i % 2 else e["title"][:7] + ZW + e["title"][7:]
        P += [curly(title), zwsp(curly(e["summary"]), 3 + i), ""]
        for lab, lst in groups(e):
            if lab is None: P += [zwsp(curly(lst), 4), ""]; continue
            P += [lab.replace(" includ", "\u00a0includ") if i == 3 else lab] + ["- " + zwsp(curly(t), 2 + i) for t in lst] + [""]
        P += [f"{e['link']}: {zwsp(url(d, i), 1)}", ""]
    parts[1][1] = parts[1][1].replace("care", "ca\u2060re", 1).replace("were", "we\u200cre", 1)
    parts[1] += [FOOT, ""]
    return b"".join(("\ufeff" + "\r\n".join(p) + "\r\n").encode("utf-8") for p in parts)


# E. A DOCX from a Word mail merge ('Finish & Merge > Edit Individual Documents'), a cover section added by hand: the Title
#    and introduction in section 1; then ONE next-page section per merged record (a review), each with its OWN header and
#    footer parts (Word copies them per section): the header 'Hartwell Safeguarding Children Partnership | <digest title>',
#    the footer 'Case review summary N of 4' with a PAGE field (w:fldSimple); the merged body in Normal paragraphs with
#    direct formatting (the title bold 14 pt, no heading style), the labels bold, the items List Paragraph bullets, the link.
def hdr_part(kind, body):
    tag = "w:hdr" if kind == "header" else "w:ftr"
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{tag} {W}>{body}</{tag}>'


def mailmerge_docx(d):
    parts, rels, ct = {}, [], []
    E = d["entries"]
    body = [wp(wr(d["heading"]), "Title"), wp(wr(curly(d["intro"]))),
            wp(wr("The summaries were merged from the partnership\u2019s review log; each starts on a new page."))]
    rid = 30
    for s in range(len(E) + 1):
        refs = ""
        if s > 0:
            head = wp(wr(f"Hartwell Safeguarding Children Partnership | {d['heading']}", '<w:sz w:val="18"/>'), "Header")
            foot = wp(wr(f"Case review summary {s} of {len(E)}    Page ") + '<w:fldSimple w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:t>' + str(s + 1) + '</w:t></w:r></w:fldSimple>', "Footer")
            for kind, xml in (("header", head), ("footer", foot)):
                rid += 1
                parts[f"word/{kind}{s}.xml"] = hdr_part(kind, xml)
                rels.append(f'<Relationship Id="rId{rid}" Type="{REL}{kind}" Target="{kind}{s}.xml"/>')
                ct.append(f'<Override PartName="/word/{kind}{s}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/>')
                refs += f'<w:{kind}Reference w:type="default" r:id="rId{rid}"/>'
        sect = PAGE.format(refs=refs, extra='<w:type w:val="nextPage"/>' if s > 0 else "")
        if s == len(E):
            body.append(wp(wr(FOOT, "<w:i/>")))
            body.append(sect)
            break
        e, i = E[s], s + 1
        body[-1] = body[-1].replace("<w:p>", f"<w:p><w:pPr>{sect}</w:pPr>", 1) if body[-1].startswith("<w:p>") else body[-1].replace("<w:pPr>", f"<w:pPr>{sect}", 1)
        body.append(wp(wr(curly(e["title"]), '<w:b/><w:sz w:val="28"/>'), None, '<w:spacing w:after="120"/>'))
        body.append(wp(wr(curly(e["summary"]))))
        for lab, lst in groups(e):
            if lab is None: body.append(wp(wr(curly(lst)))); continue
            body.append(wp(wr(lab, "<w:b/>")))
            body += [wp(wr(curly(t)), "ListParagraph", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>') for t in lst]
        rid += 1
        rels.append(f'<Relationship Id="rId{rid}" Type="{REL}hyperlink" Target="{url(d, i, "www.hartwellscp.example")}" TargetMode="External"/>')
        body.append(wp(f'<w:hyperlink r:id="rId{rid}" w:history="1">{wr(e["link"], "<w:rStyle w:val=" + chr(34) + "Hyperlink" + chr(34) + "/>")}</w:hyperlink>'))
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}</w:body></w:document>'
    drels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}settings" Target="settings.xml"/><Relationship Id="rId2" Type="{REL}numbering" Target="numbering.xml"/>'
             f'<Relationship Id="rId3" Type="{REL}styles" Target="styles.xml"/>{"".join(rels)}</Relationships>')
    lp = ('<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>')
    parts.update({"[Content_Types].xml": CT_HEAD + "".join(ct) + "</Types>", "_rels/.rels": ROOT_RELS, "word/document.xml": document,
                  "word/styles.xml": styles(lp), "word/numbering.xml": BULLET_NUM, "word/settings.xml": SETTINGS, "word/_rels/document.xml.rels": drels})
    return parts


def render_inputs(B, out, only):
    import zipfile
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst, base = f"{out}/input/{fname}", f"{out}/source/{fname.rsplit('.', 1)[0]}"
        if "pdftotext" in fname: open(dst, "wb").write(pdftotext_layout(d, base))
        elif "jupyter" in fname: open(dst, "w", encoding="utf-8").write(jupyter_html(d))
        elif "latex2html" in fname: open(dst, "wb").write(latex2html_page(d, base))
        elif "bom-zwsp" in fname: open(dst, "wb").write(joined_text(d))
        elif fname.endswith(".docx"):
            stamp = (2025, 6, 12, 10, 30, 0)
            with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
                for name, text in mailmerge_docx(d).items():
                    zi = zipfile.ZipInfo(name, stamp); zi.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(zi, text.encode("utf-8"))
