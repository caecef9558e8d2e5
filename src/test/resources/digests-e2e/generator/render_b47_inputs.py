# Renders the inputs of batch b47 (see render_b47.py and entries_b47.py). Invented material, test fixtures only.
# A: LibreOffice 7.4 Calc from a flat ODS, A4 landscape, printed WITH GRIDLINES AND COLUMN/ROW HEADERS (the 'A B C D E'
#    letters over the columns and the row numbers 1-8 down the left, as Calc prints them when 'Column and row headers' and
#    'Grid' are ticked), no cell borders: a tracker sheet, one review per row: Added (a date cell 'dd/mm/yyyy') | Review |
#    What happened | Learning and recommendations (both lists in ONE cell, an in-cell label line before each, '- ' items) | Link.
# B: the small PDF writer of render_b35_inputs imitating an InDesign export (Producer 'Adobe PDF Library 17.0'): masthead,
#    two justified columns, EVERY LINE ITS OWN TEXT OBJECT at an absolute matrix, the words of a line in one TJ array with NO
#    space glyphs, each word gap a negative TJ number (justification), long words HYPHENATED at line ends ('safe-' / 'guarding'),
#    a three-line DROP CAP opening each summary (its own text object, written before the lines), labels in SMALL CAPS (first
#    capital at 9.5 pt, the rest capitals at 7.6 pt, one TJ with a font-size change), '•' items, folio 'Case Review Digest | N'.
# C: Chromium print (tagged): a magazine page, masthead over THREE COLUMNS (column-count 3, column rules); the first thing in
#    column 1 a shaded 'In this issue' box listing the four titles as links; then per review an h3 title, the summary, bold
#    labels, '•' lists, the link.
# D: LibreOffice 7.4 Writer from HTML, untagged: per review the TITLE AS AN UNDERLINED COLOURED LINK in a plain paragraph (no
#    heading, no separate 'Read ...' line), the summary, labels in SMALL CAPS (font-variant), items as plain paragraphs opening
#    '– ' with a left indent (no list), a rule between reviews.
# E: the small PDF writer imitating a Word print (Producer 'Microsoft® Word for Microsoft 365'): one column, a RUNNING HEAD on
#    every page whose right part is the title of the review in progress at the page's top (a StyleRef field), so on page 2 it
#    repeats the title of the review that runs over the page break; titles bold 13 pt, bold labels, '•' items, the link, 'Page N'.
import html, os, subprocess, tempfile
from render_b32_inputs import groups, url, curly, x
from render_b35_inputs import Page, write_pdf, width, lit, chromium
from render_b26_inputs import soffice_pdf
from render_b18_inputs import ODF_NS, soffice
h = html.escape
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."


# ---------------------------------------------------------------- A. Calc tracker, gridlines and headers printed
def calc_grid(d, src, pdf):
    font = "style:font-name=\"Liberation Sans\" fo:font-family=\"'Liberation Sans'\""
    st = f"""<office:automatic-styles>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="4.0cm"/></style:style>
 <style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="7.2cm"/></style:style>
 <style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="7.8cm"/></style:style>
 <style:style style:name="co5" style:family="table-column"><style:table-column-properties style:column-width="4.6cm"/></style:style>
 <style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>
 <style:style style:name="ro2" style:family="table-row"><style:table-row-properties style:row-height="3.6cm" style:use-optimal-row-height="false"/></style:style>
 <style:style style:name="ta1" style:family="table" style:master-page-name="PageStyle_Tracker"><style:table-properties table:display="true"/></style:style>
 <style:style style:name="ce1" style:family="table-cell"><style:text-properties fo:font-size="14pt" fo:font-weight="bold" {font}/></style:style>
 <style:style style:name="ce2" style:family="table-cell"><style:table-cell-properties fo:wrap-option="no-wrap"/><style:text-properties fo:font-size="9pt" {font}/></style:style>
 <style:style style:name="ce3" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold" {font}/></style:style>
 <style:style style:name="ce4" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/><style:text-properties fo:font-size="8.5pt" {font}/></style:style>
 <style:style style:name="ce6" style:family="table-cell" style:data-style-name="N37"><style:table-cell-properties style:vertical-align="top"/><style:text-properties fo:font-size="8.5pt" {font}/></style:style>
 <number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin="1.2cm" style:print="grid headers objects charts drawings" style:scale-to-X="1" style:scale-to-Y="0"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>"""
    ms = """<office:master-styles><style:master-page style:name="PageStyle_Tracker" style:page-layout-name="pm1">
 <style:header><text:p><text:sheet-name>???</text:sheet-name></text:p></style:header>
 <style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles>"""
    def cell(style, paras):
        return f'<table:table-cell table:style-name="{style}" office:value-type="string">' + "".join(f"<text:p>{p}</text:p>" for p in paras) + "</table:table-cell>"
    def date(s):
        dd, mm, yy = s.split("/")
        return f'<table:table-cell table:style-name="ce6" office:value-type="date" office:date-value="{yy}-{mm}-{dd}"><text:p>{s}</text:p></table:table-cell>'
    rows = [f'<table:table-row table:style-name="ro1">{cell("ce1", [h(d["heading"])])}<table:table-cell table:number-columns-repeated="4"/></table:table-row>',
            f'<table:table-row table:style-name="ro1">{cell("ce2", [h(curly(d["intro"]))])}<table:table-cell table:number-columns-repeated="4"/></table:table-row>',
            '<table:table-row table:style-name="ro1"><table:table-cell table:number-columns-repeated="5"/></table:table-row>',
            '<table:table-row table:style-name="ro1">' + "".join(cell("ce3", [c]) for c in ("Added", "Review", "What happened", "Learning and recommendations", "Link")) + "</table:table-row>"]
    for i, e in enumerate(d["entries"], 1):
        lists = []
        for lab, lst in groups(e):
            if lab is None: lists.append(h(curly(lst))); continue
            lists += [h(lab)] + [h("- " + curly(it)) for it in lst]
        link = f'<text:a xlink:type="simple" xlink:href="{url(d, i)}">{h(e["link"])}</text:a>'
        rows.append('<table:table-row table:style-name="ro2">' + date(d["added"][i - 1]) + cell("ce3", [h(curly(e["title"]))])
                    + cell("ce4", [h(curly(e["summary"]))]) + cell("ce4", lists) + cell("ce4", [link]) + "</table:table-row>")
    body = ('<office:body><office:spreadsheet><table:table table:name="Tracker" table:style-name="ta1">'
            + "".join(f'<table:table-column table:style-name="co{k}"/>' for k in range(1, 6)) + "".join(rows)
            + '</table:table></office:spreadsheet></office:body>')
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- {FOOT} -->\n<office:document {ODF_NS} '
           'office:version="1.3" '
           f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">{st}{ms}{body}</office:document>\n')
    open(src, "w").write(xml)
    soffice_pdf(src, pdf, "pdf:calc_pdf_Export", "OpenDocument Spreadsheet Flat XML")


# ---------------------------------------------------------------- B. InDesign-like justified columns
def hyph_wrap(s, font, size, w, first_indent=0.0, lines_indented=0):
    """Greedy lines; a long all-letter word that does not fit is split with a hyphen where its first part fits."""
    out, cur, words = [], [], s.split()
    def avail(): return w - (first_indent if len(out) < lines_indented else 0)
    def fits(ws): return width(" ".join(ws), font, size) <= avail()
    k = 0
    while k < len(words):
        wd = words[k]
        if fits(cur + [wd]): cur.append(wd); k += 1; continue
        if cur and wd.isalpha() and len(wd) >= 8:
            for cut in range(len(wd) - 4, 3, -1):
                if fits(cur + [wd[:cut] + "-"]):
                    out.append(cur + [wd[:cut] + "-"]); cur = []; words[k] = wd[cut:]; break
            else:
                out.append(cur); cur = []
            continue
        if cur: out.append(cur); cur = []
        else: cur = [wd]; k += 1
    if cur: out.append(cur)
    return out


def tj_line(p, x0, y0, ws, font, size, w, justify, rgb=(0, 0, 0)):
    gap = width(" ", font, size)
    if justify and len(ws) > 1: gap = (w - sum(width(t, font, size) for t in ws)) / (len(ws) - 1)
    parts = []
    for n, t in enumerate(ws):
        parts.append(lit(t))
        if n < len(ws) - 1: parts.append("%d" % round(-gap * 1000 / size))
    p.ops.append(f"BT /{font} {size} Tf {'%.3f %.3f %.3f' % rgb} rg 1 0 0 1 {x0:.3f} {y0:.3f} Tm [{' '.join(parts)}] TJ ET")


class Flow:
    def __init__(self, pages, cols, top, bottom, first_top):
        self.pages, self.cols, self.top, self.bottom = pages, cols, top, bottom
        self.c, self.y, self.first_top = 0, first_top, first_top

    @property
    def p(self): return self.pages[-1]

    def need(self, hgt):
        if self.y - hgt >= self.bottom: return
        if self.c + 1 < len(self.cols): self.c += 1
        else: self.pages.append(Page(595.28, 841.89)); self.c = 0
        self.y = self.top if len(self.pages) > 1 else self.first_top

    @property
    def x(self): return self.cols[self.c]


def indesign(d):
    CW, LEAD, SZ = 238.0, 12.2, 9.5
    pages = [Page(595.28, 841.89)]
    f = Flow(pages, [50.0, 307.28], 790.0, 60.0, 700.0)
    p = pages[0]
    p.text(50, 790, d["heading"], "F2", 30, (0.55, 0.07, 0.18))
    p.rect(50, 778, 495.28, 1.5, fill=(0.55, 0.07, 0.18))
    for k, ln in enumerate(hyph_wrap(curly(d["intro"]), "F1", 10.5, 495.28)):
        tj_line(p, 50, 760 - 13 * k, ln, "F1", 10.5, 495.28, False)
    for i, e in enumerate(d["entries"], 1):
        f.need(5 * LEAD)
        for ln in hyph_wrap(curly(e["title"]), "F2", 12, CW):
            f.need(LEAD); tj_line(f.p, f.x, f.y, ln, "F2", 12, CW, False, (0.55, 0.07, 0.18)); f.y -= 14.5
        f.y -= 2
        s = curly(e["summary"]); cap, rest = s[0], s[1:]
        ind = width(cap, "F2", 30) + 3
        f.need(3 * LEAD)
        f.p.ops.append(f"BT /F2 30 Tf 0.55 0.07 0.18 rg 1 0 0 1 {f.x:.3f} {f.y - 2 * LEAD + 1:.3f} Tm {lit(cap)} Tj ET")
        lines = hyph_wrap(rest, "F1", SZ, CW, ind, 3)
        for k, ln in enumerate(lines):
            f.need(LEAD)
            dx = ind if k < 3 else 0
            tj_line(f.p, f.x + dx, f.y, ln, "F1", SZ, CW - dx, k < len(lines) - 1); f.y -= LEAD
        f.y -= 3
        for lab, lst in groups(e):
            if lab is None:
                for k, ln in enumerate(ls := hyph_wrap(curly(lst), "F1", SZ, CW)):
                    f.need(LEAD); tj_line(f.p, f.x, f.y, ln, "F1", SZ, CW, k < len(ls) - 1); f.y -= LEAD
                f.y -= 3; continue
            f.need(3 * LEAD)
            up = lab.upper()
            f.p.ops.append(f"BT /F2 9.5 Tf 0.55 0.07 0.18 rg 1 0 0 1 {f.x:.3f} {f.y:.3f} Tm [{lit(up[0])}] TJ /F2 7.6 Tf [{lit(up[1:])}] TJ ET")
            f.y -= LEAD + 1
            for it in lst:
                ls = hyph_wrap(curly(it), "F1", SZ, CW - 10)
                for k, ln in enumerate(ls):
                    f.need(LEAD)
                    if k == 0: f.p.ops.append(f"BT /F1 {SZ} Tf 0 0 0 rg 1 0 0 1 {f.x + 1:.3f} {f.y:.3f} Tm {lit(chr(0x2022))} Tj ET")
                    tj_line(f.p, f.x + 10, f.y, ln, "F1", SZ, CW - 10, k < len(ls) - 1); f.y -= LEAD
            f.y -= 3
        f.need(LEAD)
        f.p.text(f.x, f.y, e["link"], "F2", 8.5, (0.55, 0.07, 0.18)); f.p.link(f.x, f.y - 2, width(e["link"], "F2", 8.5), 11, url(d, i))
        f.y -= 2.2 * LEAD
    for k, pg in enumerate(pages, 1):
        pg.rect(50, 48, 495.28, 0.5, fill=(0.3, 0.3, 0.3))
        pg.text(50, 36, f"{d['heading']} | June 2025", "F1", 7.5)
        pg.text(540, 36, str(k), "F2", 7.5)
    pages[-1].text(50, 24, FOOT, "F1", 7)
    return pages


# ---------------------------------------------------------------- C. three-column magazine page
def lists_html(e):
    out = []
    for lab, lst in groups(e):
        if lab is None: out.append(f"<p>{x(lst)}</p>"); continue
        out.append(f'<p class="lab"><b>{x(lab)}</b></p><ul>' + "".join(f"<li>{x(it)}</li>" for it in lst) + "</ul>")
    return "".join(out)


def magazine_html(d):
    css = ('@page{size:A4;margin:1.2cm 1.3cm} body{font-family:"Liberation Serif",serif;font-size:8.6pt;line-height:1.3;margin:0}'
           ' .mast{border-top:6px solid #23395d;border-bottom:1px solid #23395d;margin-bottom:.6em} .mast h1{font-family:"Liberation Sans",sans-serif;'
           'font-size:26pt;margin:.1em 0;color:#23395d} .mast p{margin:.2em 0 .4em;font-style:italic}'
           ' .cols{column-count:3;column-gap:1.1em;column-rule:1px solid #bbb} .toc{background:#e8edf4;padding:.4em .6em;margin:0 0 .8em;break-inside:avoid}'
           ' .toc h2{font-family:"Liberation Sans",sans-serif;font-size:10pt;margin:0 0 .2em;text-transform:uppercase;color:#23395d}'
           ' .toc ol{margin:0;padding-left:1.3em} .toc a{color:#23395d;text-decoration:none}'
           ' h3{font-family:"Liberation Sans",sans-serif;font-size:11pt;margin:.8em 0 .2em;color:#23395d;break-after:avoid}'
           ' p{margin:.2em 0;text-align:justify} ul{margin:.1em 0 .3em;padding-left:1.1em} .foot{font-size:7pt;color:#555;column-span:all;margin-top:1em}')
    toc = "".join(f'<li><a href="#r{i}">{x(e["title"])}</a></li>' for i, e in enumerate(d["entries"], 1))
    b = [f'<div class="mast"><h1>{x(d["heading"])}</h1><p>{x(d["intro"])}</p></div><div class="cols">'
         f'<div class="toc"><h2>In this issue</h2><ol>{toc}</ol></div>']
    for i, e in enumerate(d["entries"], 1):
        b.append(f'<article id="r{i}"><h3>{x(e["title"])}</h3><p>{x(e["summary"])}</p>{lists_html(e)}<p><a href="{url(d, i)}">{x(e["link"])}</a></p></article>')
    b.append(f'<p class="foot">{x(FOOT)}</p></div>')
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{x(d["heading"])}</title><style>{css}</style></head>'
            f'<body>{"".join(b)}</body></html>')


# ---------------------------------------------------------------- D. Writer: linked titles, small-caps labels, dash paragraphs
def linktitles_html(d):
    b = [f'<html><head><meta charset="utf-8"><title>{x(d["heading"])}</title></head><body style="font-family:Liberation Serif;font-size:11pt">'
         f'<p style="font-size:18pt"><b>{x(d["heading"])}</b></p><p>{x(d["intro"])}</p>']
    for i, e in enumerate(d["entries"], 1):
        b.append(f'<hr><p style="font-size:13pt"><a href="{url(d, i)}"><font color="#0b5c8a"><u>{x(e["title"])}</u></font></a></p><p>{x(e["summary"])}</p>')
        for lab, lst in groups(e):
            if lab is None: b.append(f"<p>{x(lst)}</p>"); continue
            b.append(f'<p><b><span style="font-variant:small-caps">{x(lab)}</span></b></p>')
            b += [f'<p style="margin-left:0.6cm">&#8211; {x(it)}</p>' for it in lst]
    b.append(f'<hr><p><small>{x(FOOT)}</small></p></body></html>')
    return "".join(b)


# ---------------------------------------------------------------- E. Word-like print, running head = review in progress
def word_runhead(d):
    L, R, TOP, BOT, SZ, LEAD = 72.0, 523.28, 760.0, 118.0, 11, 14.5
    W = R - L
    pages, starts = [Page(595.28, 841.89)], [[]]
    y = TOP
    cur = [None]
    def newpage():
        nonlocal y
        pages.append(Page(595.28, 841.89)); starts.append([cur[0]]); y = TOP
    def line(s, font="F1", size=SZ, dx=0.0, rgb=(0, 0, 0)):
        nonlocal y
        if y < BOT: newpage()
        if not starts[-1]: starts[-1].append(cur[0])
        pages[-1].text(L + dx, y, s, font, size, rgb); y -= LEAD if size <= SZ else size + 5
    def para(s, font="F1", dx=0.0, size=SZ):
        from render_b35_inputs import wrap
        for ln in wrap(s, font, size, W - dx): line(ln, font, size, dx)
    para(d["heading"], "F2", 0, 18); y -= 4
    para(curly(d["intro"])); y -= 10
    for i, e in enumerate(d["entries"], 1):
        cur[0] = e["title"]
        if y < BOT + 4 * LEAD: newpage()
        if not starts[-1] or starts[-1][0] is None: starts[-1][:] = [e["title"]]
        para(curly(e["title"]), "F2", 0, 13); y -= 2
        para(curly(e["summary"])); y -= 5
        for lab, lst in groups(e):
            if lab is None: para(curly(lst)); y -= 5; continue
            para(lab, "F2")
            for it in lst:
                from render_b35_inputs import wrap
                for k, ln in enumerate(wrap(curly(it), "F1", SZ, W - 18)):
                    if k == 0:
                        if y < BOT: newpage()
                        if not starts[-1]: starts[-1].append(cur[0])
                        pages[-1].text(L + 4, y, "\u2022", "F1", SZ)
                    line(ln, dx=18)
            y -= 5
        if y < BOT: newpage()
        pages[-1].text(L, y, e["link"], "F1", SZ, (0.02, 0.27, 0.55)); pages[-1].link(L, y - 2, width(e["link"], "F1", SZ), 12, url(d, i))
        y -= 2.2 * LEAD
    for k, pg in enumerate(pages, 1):
        pg.text(L, 800, d["heading"], "F1", 8.5, (0.4, 0.4, 0.4))
        t = curly(starts[k - 1][0] if starts[k - 1] and starts[k - 1][0] else d["entries"][0]["title"])
        pg.text(R - width(t, "F1", 8.5), 800, t, "F1", 8.5, (0.4, 0.4, 0.4))
        pg.rect(L, 794, W, 0.4, fill=(0.5, 0.5, 0.5))
        pg.text(595.28 / 2 - 14, 48, f"Page {k}", "F1", 9)
    pages[-1].text(L, 62, FOOT, "F1", 8)
    return pages


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst, stem = os.path.abspath(f"{out}/input/{fname}"), os.path.splitext(fname)[0]
        src = os.path.abspath(f"{out}/source")
        if "calc" in fname:
            calc_grid(d, f"{src}/{stem}.fods", dst)
        elif "indesign" in fname:
            write_pdf(indesign(d), dst, d["heading"], "Adobe PDF Library 17.0")
        elif "magazine" in fname:
            open(f"{src}/{stem}.html", "w", encoding="utf-8").write(magazine_html(d))
            with tempfile.TemporaryDirectory() as t:
                chromium(["--no-pdf-header-footer", f"--print-to-pdf={dst}", f"file://{src}/{stem}.html"], t)
        elif "linktitles" in fname:
            open(f"{src}/{stem}.html", "w", encoding="utf-8").write(linktitles_html(d))
            soffice_pdf(f"{src}/{stem}.html", dst, "pdf:writer_pdf_Export", "HTML (StarWriter)")
        elif "runhead" in fname:
            write_pdf(word_runhead(d), dst, d["heading"], "Microsoft\u00ae Word for Microsoft 365")
        print("wrote", fname)
