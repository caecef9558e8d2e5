# Renders the inputs of batch b58 (see render_b58.py and entries_b58.py). Invented material, test fixtures only. Plain Python 3
# for all five inputs (the TextEdit page, the UTF-16BE text, the WordPress block markup, the GitHub README, and the DOCX written
# as WordprocessingML with zipfile); no TextEdit, Notepad, WordPress, Word or GitHub ran: each is written in the shape the
# named producer gives it.
import os
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


def slug(t):
    return "".join(c if c.isalnum() else "-" for c in t.lower().replace(":", "")).strip("-")


# A. Apple TextEdit 'File > Save As > Web Page (.html)' of a rich-text document: Cocoa HTML Writer's HTML 4.01 page, every
#    paragraph a <p class="pN"> whose look is in the head's style sheet, empty paragraphs as <p class="p2"><br></p>, bold as
#    <b>, the two spaces typed after each full stop kept as <span class="Apple-converted-space">&nbsp; </span>, TextEdit's
#    own lists as <ul class="ul1"><li class="li3">, the link words as an <a> around a <span class="s1">, an empty <title>.
def textedit_html(d):
    sp = lambda s: x(s).replace(". ", '.<span class="Apple-converted-space">&nbsp; </span>')
    B = [f'<p class="p1"><b>{x(d["heading"])}</b></p>', '<p class="p2"><br></p>', f'<p class="p3">{sp(d["intro"])}</p>', '<p class="p2"><br></p>']
    for i, e in enumerate(d["entries"], 1):
        B += [f'<p class="p4"><b>{x(e["title"])}</b></p>', f'<p class="p3">{sp(e["summary"])}</p>', '<p class="p2"><br></p>']
        for lab, lst in groups(e):
            if lab is None: B += [f'<p class="p3">{sp(lst)}</p>', '<p class="p2"><br></p>']; continue
            B.append(f'<p class="p3"><b>{x(lab)}</b></p>')
            B.append('<ul class="ul1">\n' + "\n".join(f'<li class="li3">{x(t)}</li>' for t in lst) + '\n</ul>')
            B.append('<p class="p2"><br></p>')
        B += [f'<p class="p3"><a href="{url(d, i)}"><span class="s1">{x(e["link"])}</span></a></p>', '<p class="p2"><br></p>', '<p class="p2"><br></p>']
    B.append(f'<p class="p5"><i>{x(FOOT)}</i></p>')
    style = ("p.p1 {margin: 0.0px 0.0px 0.0px 0.0px; font: 18.0px Helvetica}\n"
             "p.p2 {margin: 0.0px 0.0px 0.0px 0.0px; font: 12.0px Helvetica; min-height: 14.0px}\n"
             "p.p3 {margin: 0.0px 0.0px 0.0px 0.0px; font: 12.0px Helvetica}\n"
             "p.p4 {margin: 0.0px 0.0px 0.0px 0.0px; font: 14.0px Helvetica}\n"
             "p.p5 {margin: 0.0px 0.0px 0.0px 0.0px; font: 10.0px Helvetica; color: #6e6e6e}\n"
             "li.li3 {margin: 0.0px 0.0px 0.0px 0.0px; font: 12.0px Helvetica}\n"
             "span.s1 {text-decoration: underline ; color: #0000ee}\n"
             "span.Apple-converted-space {white-space:pre}\n"
             "ul.ul1 {list-style-type: disc}")
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">\n<html>\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n<meta http-equiv="Content-Style-Type" content="text/css">\n'
            '<title></title>\n<meta name="Generator" content="Cocoa HTML Writer">\n<meta name="CocoaVersion" content="2487.7">\n'
            f'<style type="text/css">\n{style}\n</style>\n</head>\n<body>\n' + "\n".join(B) + '\n</body>\n</html>\n')


# B. Notepad 'Save As' with the encoding 'UTF-16 BE' (Windows 11 Notepad; 'Unicode big endian' in older ones): a BOM FE FF,
#    big-endian code units, CRLF; a hand-typed digest: the title, a line of '*', each review's title on its own line, the
#    summary one line, labels on their own lines, items typed '* ', the link's words then ' - ' and the address.
def notepad_text(d):
    L = [d["heading"], "*" * len(d["heading"]), "", d["intro"], ""]
    for i, e in enumerate(d["entries"], 1):
        L += [curly(e["title"]), curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: L += [curly(lst), ""]; continue
            L.append(lab); L += ["* " + curly(t) for t in lst]; L.append("")
        L += [f"{e['link']} - {url(d, i)}", "", ""]
    L += [FOOT, ""]
    return "\r\n".join(L)


# C. A WordPress post's content as the block editor's 'Code editor' shows it, copied into a .html file: no html / head / body,
#    every block between its <!-- wp:... --> comments (attributes as JSON in the comment), the digest title a wp:heading h2,
#    each review a wp:group holding an h3 heading, paragraphs, a bold label paragraph over a wp:list whose items are wp:list-item
#    blocks, the report link a wp:buttons / wp:button block ('wp-block-button__link'), a wp:separator between reviews and a
#    wp:spacer after the intro.
def wordpress_blocks(d):
    blk = lambda name, inner, attrs="": f'<!-- wp:{name}{" " + attrs if attrs else ""} -->\n{inner}\n<!-- /wp:{name} -->'
    para = lambda s: blk("paragraph", f"<p>{s}</p>")
    B = [blk("heading", f'<h2 class="wp-block-heading">{x(d["heading"])}</h2>'), para(x(d["intro"])),
         blk("spacer", '<div style="height:32px" aria-hidden="true" class="wp-block-spacer"></div>', '{"height":"32px"}')]
    for i, e in enumerate(d["entries"], 1):
        R = [blk("heading", f'<h3 class="wp-block-heading">{x(e["title"])}</h3>', '{"level":3}'), para(x(e["summary"]))]
        for lab, lst in groups(e):
            if lab is None: R.append(para(x(lst))); continue
            R.append(para(f"<strong>{x(lab)}</strong>"))
            items = "\n\n".join(blk("list-item", f"<li>{x(t)}</li>") for t in lst)
            R.append(blk("list", f'<ul class="wp-block-list">{items}</ul>'))
        button = blk("button", f'<div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button" href="{url(d, i)}">{x(e["link"])}</a></div>',
                     '{"className":"is-style-outline"}')
        R.append(blk("buttons", f'<div class="wp-block-buttons">{button}</div>'))
        B.append(blk("group", '<div class="wp-block-group">' + "\n\n".join(R) + "</div>", '{"layout":{"type":"constrained"}}'))
        if i < len(d["entries"]): B.append(blk("separator", '<hr class="wp-block-separator has-alpha-channel-opacity"/>'))
    B.append(para(f"<em>{x(FOOT)}</em>"))
    return "\n\n".join(B) + "\n"


# D. A Word document where each review is a heading over a two-column table: the left cells hold the labels (bold, shaded, no
#    colon: 'Summary', 'Learning includes', 'Recommendations include', 'Identifies good practice including', 'Report'), the
#    right cells the summary, the items as List Bullet paragraphs, the w:hyperlink; each review ends with a NEXT-PAGE section
#    break (a w:sectPr in the last paragraph's w:pPr), so every review is a section of its own.
def label_tables_docx(d):
    sect = ('<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    cell = lambda w, paras, shade="": (f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{shade}</w:tcPr>{"".join(paras)}</w:tc>')
    lab_cell = lambda t: cell(2600, [wp(wr(t, "<w:b/>"))], '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>')
    row = lambda lab, paras: f"<w:tr>{lab_cell(lab)}{cell(6426, paras)}</w:tr>"
    body, rels = [wp(wr(d["heading"]), "Title"), wp(wr(curly(d["intro"])) + "", None, ""), wp(wr(FOOT, "<w:i/>"), None, f"{sect}")], []
    for i, e in enumerate(d["entries"], 1):
        rows = [row("Summary", [wp(wr(curly(e["summary"])))])]
        for lab, lst in groups(e):
            if lab is None: rows.append(row("Recommendations", [wp(wr(curly(lst)))])); continue
            rows.append(row(lab.rstrip(":"), [wp(wr(curly(t)), "ListBullet") for t in lst]))
        link = wp(f'<w:hyperlink r:id="rId{20 + i}" w:history="1">{wr(e["link"], chr(60) + "w:rStyle w:val=" + chr(34) + "Hyperlink" + chr(34) + "/>")}</w:hyperlink>')
        rows.append(row("Report", [link]))
        rels.append(f'<Relationship Id="rId{20 + i}" Type="{REL}hyperlink" Target="{url(d, i, "www.harrowdenscp.example")}" TargetMode="External"/>')
        tbl = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="0" w:lastRow="0" '
               'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="2600"/><w:gridCol w:w="6426"/></w:tblGrid>'
               + "".join(rows) + "</w:tbl>")
        last = i == len(d["entries"])
        body += [wp(wr(curly(e["title"])), "Heading2"), tbl, wp("", None, "" if last else sect)]
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" '
                'w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    return docx_parts(document, rels)


# E. A GitHub-flavoured markdown README: an anchor for 'back to top', the '# ' title, shields.io badges, a GitHub alert
#    ('> [!IMPORTANT]') holding the intro, a 'Contents' list of links to the reviews, then each review in an HTML <details>
#    block whose <summary> holds the title in <strong> (no markdown heading), markdown inside (blank lines round it), labels
#    in '**...**', '- ' items, the report link reference-style ('[words][r1]', the definitions at the end), a right-aligned
#    'back to top' paragraph after each block.
def github_readme(d):
    L = ['<a id="readme-top"></a>', "", f"# {d['heading']}", "",
         "![Status](https://img.shields.io/badge/status-published-2ea44f) ![Reviews](https://img.shields.io/badge/reviews-4-blue)", "",
         "> [!IMPORTANT]", f"> {curly(d['intro'])}", "", "## Contents", ""]
    L += [f"- [{e['title']}](#{slug(e['title'])})" for e in d["entries"]] + [""]
    for i, e in enumerate(d["entries"], 1):
        L += [f'<a id="{slug(e["title"])}"></a>', "<details open>", f"<summary><strong>{x(e['title'])}</strong></summary>", "", curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: L += [curly(lst), ""]; continue
            L += [f"**{lab}**", ""] + ["- " + curly(t) for t in lst] + [""]
        L += [f"[{e['link']}][r{i}]", "", "</details>", "", '<p align="right">(<a href="#readme-top">back to top</a>)</p>', ""]
    L += ["---", "", f"_{FOOT}_", ""]
    L += [f'[r{i}]: {url(d, i)} "{e["title"].split(":")[0]}"' for i, e in enumerate(d["entries"], 1)] + [""]
    return "\n".join(L)


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst = f"{out}/input/{fname}"
        if "textedit" in fname: open(dst, "w", encoding="utf-8").write(textedit_html(d))
        elif "utf16be" in fname: open(dst, "wb").write(b"\xfe\xff" + notepad_text(d).encode("utf-16-be"))
        elif "wordpress" in fname: open(dst, "w", encoding="utf-8").write(wordpress_blocks(d))
        elif fname.endswith(".docx"): write_docx(label_tables_docx(d), dst, (2026, 1, 20, 10, 0, 0))
        elif "github" in fname: open(dst, "w", encoding="utf-8").write(github_readme(d))
