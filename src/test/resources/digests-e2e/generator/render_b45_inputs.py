# Renders the inputs of batch b45 (see render_b45.py and entries_b45.py). Invented material, test fixtures only.
# A: Chromium print (tagged): per review an h2 title and the summary, then each list in a two-cell flex row whose left cell
#    is a coloured band holding the label SET VERTICALLY (writing-mode: vertical-rl, turned 180 degrees so it reads bottom
#    to top, as on a book spine), the items in the right cell; the link last.
# B: Chromium print (tagged), a two-page newsletter whose reviews JUMP: on page 1 the first and third reviews show only
#    their title and first sentence, then 'Continued on page 2'; page 2 has the fourth review whole, then each jumped review
#    again under '<title> (continued from page 1)' with the rest of its summary, its lists and its link.
# C: written by the small PDF writer of render_b35_inputs, imitating a macOS Quartz print: one BT per line but EVERY GLYPH
#    placed by its own Tm (no space glyphs; justified lines, so the gaps between words vary), the bullets of the learning
#    lists filled circles drawn as Bezier paths, the recommendations' tick boxes stroked squares, no bullet glyph anywhere.
# D: LibreOffice 7.4 Writer from HTML ('HTML (StarWriter)'), exported as PDF/A-2b (SelectPdfVersion 2, untagged): per
#    review an h2 title, then a right-aligned bordered 'At a glance' table (Writer floats it; the summary wraps round it)
#    holding the review type, the publication date and the report's page count; bold labels, lists, the link.
# E: Chromium print (tagged) of a repository listing: per review a linked h3 title, a row of rounded topic chips ('Physical
#    abuse', 'Under 5s', '11 to 15' ...), a grey meta line (type · published date), the summary, bold labels, lists.
import html, os, shutil, subprocess, tempfile
from render_b32_inputs import groups, url, curly, x
from render_b35_inputs import Page, write_pdf, width, lit, chromium
from render_b26_inputs import soffice_pdf
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."


def lists_html(e, item=lambda it: f"<li>{x(it)}</li>"):
    out = []
    for lab, lst in groups(e):
        if lab is None: out.append(f"<p>{x(lst)}</p>"); continue
        out.append(f'<p class="lab"><b>{x(lab)}</b></p><ul>' + "".join(item(it) for it in lst) + "</ul>")
    return "".join(out)


def page(d, css, body):
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{x(d["heading"])}</title><style>{css}</style></head>'
            f'<body>{body}<footer><p class="foot">{x(FOOT)}</p></footer></body></html>')


# ---------------------------------------------------------------- A. vertical labels
def vertical_html(d):
    css = ('@page{size:A4;margin:1.5cm 1.6cm} body{font-family:"DejaVu Sans",sans-serif;font-size:10pt;line-height:1.35}'
           ' h1{color:#1d4f73;font-size:20pt} h2{font-size:13pt;color:#1d4f73;margin:1.2em 0 .3em}'
           ' .row{display:flex;margin:.35em 0;break-inside:avoid} .band{writing-mode:vertical-rl;transform:rotate(180deg);'
           'background:#1d4f73;color:#fff;font-weight:bold;font-size:7.5pt;text-transform:uppercase;letter-spacing:.04em;'
           'padding:.4em .25em;text-align:center;min-height:2.2cm} .row ul{margin:.2em 0 .2em 1.2em;padding-left:.6em} .foot{color:#666;font-size:8pt}')
    b = [f'<h1>{x(d["heading"])}</h1><p>{x(d["intro"])}</p>']
    for i, e in enumerate(d["entries"], 1):
        b.append(f'<section><h2>{x(e["title"])}</h2><p>{x(e["summary"])}</p>')
        for lab, lst in groups(e):
            if lab is None: b.append(f"<p>{x(lst)}</p>"); continue
            b.append(f'<div class="row"><div class="band">{x(lab)}</div><ul>' + "".join(f"<li>{x(it)}</li>" for it in lst) + "</ul></div>")
        b.append(f'<p><a href="{url(d, i)}">{x(e["link"])}</a></p></section>')
    return page(d, css, "".join(b))


# ---------------------------------------------------------------- B. jumps
def first_sentence(s):
    k = s.index(". ") + 1
    return s[:k], s[k + 1:]


def jumps_html(d):
    css = ('@page{size:A4;margin:1.4cm 1.5cm} body{font-family:"Liberation Serif",serif;font-size:10.5pt;line-height:1.35}'
           ' .mast{border-bottom:3px double #222;margin-bottom:.6em} .mast h1{font-size:24pt;margin:0} .mast p{margin:.2em 0;font-style:italic}'
           ' h2{font-family:"Liberation Sans",sans-serif;font-size:13pt;margin:1em 0 .25em} .jump{font-style:italic;text-align:right;margin:.2em 0 1em;color:#444}'
           ' .brk{break-before:page} .lab{margin:.4em 0 .1em} ul{margin:.1em 0 .4em} .foot{font-size:8pt;color:#555}')
    E = d["entries"]; jumped = (0, 2)
    b = [f'<div class="mast"><h1>{x(d["heading"])}</h1><p>{x(d["intro"])}</p></div>']
    for k in range(3):
        e = E[k]
        if k in jumped:
            head, _ = first_sentence(e["summary"])
            b.append(f'<article><h2>{x(e["title"])}</h2><p>{x(head)}</p><p class="jump">Continued on page 2 &#8594;</p></article>')
        else:
            b.append(f'<article><h2>{x(e["title"])}</h2><p>{x(e["summary"])}</p>{lists_html(e)}<p><a href="{url(d, k + 1)}">{x(e["link"])}</a></p></article>')
    b.append(f'<div class="brk"></div><article><h2>{x(E[3]["title"])}</h2><p>{x(E[3]["summary"])}</p>{lists_html(E[3])}<p><a href="{url(d, 4)}">{x(E[3]["link"])}</a></p></article>')
    for k in jumped:
        e = E[k]; _, rest = first_sentence(e["summary"])
        b.append(f'<article><h2>{x(e["title"])} (continued from page 1)</h2><p>{x(rest)}</p>{lists_html(e)}<p><a href="{url(d, k + 1)}">{x(e["link"])}</a></p></article>')
    return page(d, css, "".join(b))


# ---------------------------------------------------------------- C. Quartz-like per-glyph print
def glyph_line(p, x0, y0, s, font, size, justify_to=None, rgb=(0, 0, 0)):
    words = s.split()
    gap = width(" ", font, size)
    if justify_to and len(words) > 1:
        gap = (justify_to - sum(width(w, font, size) for w in words)) / (len(words) - 1)
    ops = [f"BT /{font} {size} Tf {'%.3f %.3f %.3f' % rgb} rg"]
    xx = x0
    for w in words:
        for c in w:
            ops.append(f"1 0 0 1 {xx:.3f} {y0:.3f} Tm {lit(c)} Tj")
            xx += width(c, font, size)
        xx += gap
    p.ops.append(" ".join(ops) + " ET")


def para(p, x0, y, s, font, size, w, lead):
    words, cur, lines = s.split(), "", []
    for word in words:
        t = (cur + " " + word).strip()
        if cur and width(t, font, size) > w: lines.append(cur); cur = word
        else: cur = t
    lines.append(cur)
    for k, ln in enumerate(lines):
        glyph_line(p, x0, y, ln, font, size, w if k < len(lines) - 1 else None)
        y -= lead
    return y


def circle(p, cx, cy, r):
    k = 0.5523 * r
    p.ops.append(f"0.2 0.2 0.2 rg {cx + r:.2f} {cy:.2f} m {cx + r:.2f} {cy + k:.2f} {cx + k:.2f} {cy + r:.2f} {cx:.2f} {cy + r:.2f} c "
                 f"{cx - k:.2f} {cy + r:.2f} {cx - r:.2f} {cy + k:.2f} {cx - r:.2f} {cy:.2f} c {cx - r:.2f} {cy - k:.2f} {cx - k:.2f} {cy - r:.2f} {cx:.2f} {cy - r:.2f} c "
                 f"{cx + k:.2f} {cy - r:.2f} {cx + r:.2f} {cy - k:.2f} {cx + r:.2f} {cy:.2f} c f")


def quartz(d):
    W, H, L, R = 595.28, 841.89, 72, 523.28
    pages = [Page(W, H)]; p = pages[0]; y = H - 80
    def need(h):
        nonlocal p, y
        if y - h < 70:
            p = Page(W, H); pages.append(p); y = H - 72
    y = para(p, L, y, d["heading"], "F2", 18, R - L, 24) - 4
    y = para(p, L, y, d["intro"], "F1", 10.5, R - L, 14) - 10
    for i, e in enumerate(d["entries"], 1):
        need(80)
        y = para(p, L, y, e["title"], "F2", 12.5, R - L, 16) - 2
        y = para(p, L, y, curly(e["summary"]), "F1", 10.5, R - L, 14) - 6
        for n, (lab, lst) in enumerate(groups(e)):
            if lab is None:
                need(30); y = para(p, L, y, curly(lst), "F1", 10.5, R - L, 14) - 6; continue
            need(40); y = para(p, L, y, lab, "F2", 10.5, R - L, 14) - 2
            for it in lst:
                need(30)
                if lab.startswith("Recommendations"):
                    p.ops.append(f"0.2 0.2 0.2 RG 0.7 w {L + 8:.2f} {y - 1:.2f} 7.5 7.5 re S")
                else:
                    circle(p, L + 11.5, y + 3.2, 2.1)
                y = para(p, L + 22, y, curly(it), "F1", 10.5, R - L - 22, 14) - 2
            y -= 4
        glyph_line(p, L, y, e["link"], "F1", 10.5, rgb=(0.05, 0.25, 0.6)); p.link(L, y - 2, width(e["link"], "F1", 10.5), 12, url(d, i))
        y -= 26
    for k, pg in enumerate(pages, 1):
        glyph_line(pg, W / 2 - 20, 40, f"Page {k} of {len(pages)}", "F1", 8.5)
    glyph_line(pages[-1], L, 56, FOOT, "F1", 8.5)
    return pages


# ---------------------------------------------------------------- D. LibreOffice PDF/A-2b, 'At a glance' boxes
def glance_html(d):
    b = [f'<html><head><meta charset="utf-8"><title>{x(d["heading"])}</title></head><body style="font-family:Liberation Sans">'
         f'<h1>{x(d["heading"])}</h1><p>{x(d["intro"])}</p>']
    for i, e in enumerate(d["entries"]):
        rtype = e["title"].split(": ", 1)[1]
        box = (f'<table align="right" width="34%" border="1" cellpadding="4" cellspacing="0" bgcolor="#eef3f7">'
               f'<tr><td><b>At a glance</b><br>Type: {x(rtype)}<br>Published: {x(d["pub"][i])}<br>Report length: {d["pages"][i]} pages</td></tr></table>')
        b.append(f'<h2>{x(e["title"])}</h2>{box}<p>{x(e["summary"])}</p>{lists_html(e)}<p><a href="{url(d, i + 1)}">{x(e["link"])}</a></p>'
                 '<br clear="all">')
    b.append(f'<p><small>{x(FOOT)}</small></p></body></html>')
    return "".join(b)


# ---------------------------------------------------------------- E. repository listing with topic chips
def chips_html(d):
    css = ('@page{size:A4;margin:1.5cm} body{font-family:"DejaVu Sans",sans-serif;font-size:10pt;line-height:1.4;color:#222}'
           ' h1{font-size:19pt} h3{font-size:12.5pt;margin:1.3em 0 .3em} h3 a{color:#00607a;text-decoration:none}'
           ' .chips{margin:.2em 0 .35em} .chip{display:inline-block;border:1px solid #00607a;color:#00607a;border-radius:10px;'
           'padding:0 .55em;margin:0 .3em .2em 0;font-size:8pt} .meta{color:#666;font-size:8.5pt;margin:.1em 0 .4em}'
           ' .lab{margin:.4em 0 .1em} ul{margin:.1em 0} article{border-bottom:1px solid #ccc;padding-bottom:.6em} .foot{font-size:8pt;color:#666}')
    b = [f'<h1>{x(d["heading"])}</h1><p>{x(d["intro"])}</p>']
    for i, e in enumerate(d["entries"], 1):
        rtype = e["title"].split(": ", 1)[1]
        chips = "".join(f'<span class="chip">{x(c)}</span>' for c in d["chips"][i - 1])
        b.append(f'<article><h3><a href="{url(d, i)}">{x(e["title"])}</a></h3><div class="chips">{chips}</div>'
                 f'<p class="meta">{x(rtype)} · Added {6 * i + 2} January 2026</p><p>{x(e["summary"])}</p>{lists_html(e)}'
                 f'<p><a href="{url(d, i)}">{x(e["link"])}</a></p></article>')
    return page(d, css, "".join(b))


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    web = {"vertical-labels": vertical_html, "jumps": jumps_html, "chips": chips_html}
    for fname, d in B.items():
        if only and fname not in only: continue
        dst, stem = os.path.abspath(f"{out}/input/{fname}"), os.path.splitext(fname)[0]
        src = os.path.abspath(f"{out}/source")
        kind = next((k for k in web if k in fname), None)
        if kind:
            open(f"{src}/{stem}.html", "w", encoding="utf-8").write(web[kind](d))
            with tempfile.TemporaryDirectory() as t:
                chromium(["--no-pdf-header-footer", f"--print-to-pdf={dst}", f"file://{src}/{stem}.html"], t)
        elif "quartz" in fname:
            write_pdf(quartz(d), dst, d["heading"], "macOS Version 14.5 (Build 23F79) Quartz PDFContext")
        elif "pdfa" in fname:
            open(f"{src}/{stem}.html", "w", encoding="utf-8").write(glance_html(d))
            soffice_pdf(f"{src}/{stem}.html", dst, 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}', "HTML (StarWriter)")
        print("wrote", fname)
