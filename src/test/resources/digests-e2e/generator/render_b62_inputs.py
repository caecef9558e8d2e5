# Renders the inputs of batch b62 (see render_b62.py and entries_b62.py). Invented material, test fixtures only. Plain Python 3
# for four inputs (the bulletin preview page with an <iframe srcdoc>, the Lit SSR page with declarative shadow DOM, the MacRoman
# text, and the DOCX whose reviews are nested DOCX packages imported by w:altChunk, written as WordprocessingML with zipfile);
# the nroff text is real groff output (groff 1.22.4 `-ms -Tascii -P-c`, from the source written to source/). No bulletin tool,
# Lit, classic Mac OS editor or merge tool ran: each of those files is written in the shape the named producer gives it.
import os, subprocess
from html import escape as h
from render_b32_inputs import (x, curly, write_docx, REL, W)
from render_b50_inputs import (wr, wp, docx_parts, docx_bytes)
FOOT = "Summaries written for testing: every child, family, person and place in this digest is invented."


def url(d, i, host="learning.nspcc.org.uk"):
    return f"https://{host}/media/{d['month'].replace('-', '')}{i:02d}/case-review.pdf"


def groups(e):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    out = [(e["lab"][0], e["learning"])]
    out += [(e["lab"][1], e["recs"])] if e["recs"] else ([(None, e["norec"])] if e["norec"] else [])
    if e["good"]: out.append((e["lab"][2], e["good"]))
    return out


# A. A bulletin tool's preview page saved with 'Save Page As > Web Page, HTML only': the tool's own chrome (a toolbar with
#    'Edit' / 'Send test' buttons, the bulletin's settings in a <dl>), and the bulletin itself as the WHOLE e-mail document
#    in the srcdoc attribute of a sandboxed <iframe> (escaped: '&quot;', '&amp;', '&lt;'); inside it a 600px table layout with
#    an h1, the intro, h2 titles, summaries, bold labels, lists and the report link.
def srcdoc_html(d):
    R = []
    for i, e in enumerate(d["entries"], 1):
        R.append(f'<h2 style="font-size:18px;color:#1d1160">{x(e["title"])}</h2>\n<p>{x(e["summary"])}</p>')
        for lab, lst in groups(e):
            if lab is None: R.append(f"<p>{x(lst)}</p>"); continue
            R.append(f"<p><b>{x(lab)}</b></p>\n<ul>\n" + "\n".join(f"<li>{x(t)}</li>" for t in lst) + "\n</ul>")
        R.append(f'<p><a href="{url(d, i)}" style="color:#6b1fa8">{x(e["link"])}</a></p>\n<hr style="border:0;border-top:1px solid #ddd">')
    inner = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>' + x(d["heading"]) + '</title>\n'
             '<style>body{margin:0;font-family:Arial,sans-serif;font-size:14px;color:#222}.wrap{max-width:600px;margin:0 auto;padding:16px}</style></head>\n'
             '<body><table role="presentation" width="100%"><tr><td><div class="wrap">\n'
             f'<h1 style="font-size:24px">{x(d["heading"])}</h1>\n<p>{x(d["intro"])}</p>\n' + "\n".join(R) +
             f'\n<p style="font-size:11px"><i>{x(FOOT)}</i></p>\n'
             '<p style="font-size:11px">You are receiving this bulletin because you subscribed to Ashcombe Safeguarding Children Partnership updates. '
             '<a href="https://bulletins.ashcombe.example/unsubscribe">Unsubscribe</a></p>\n</div></td></tr></table></body></html>')
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Preview: ' + x(d["heading"]) + ' - Bulletin builder</title>\n'
            '<style>.toolbar{display:flex;gap:8px;padding:8px;background:#f3f3f3}.preview{width:100%;height:2400px;border:1px solid #ccc}</style>\n'
            '</head>\n<body>\n<div class="toolbar"><button type="button">Edit</button><button type="button">Send test</button>'
            '<button type="button">Schedule</button><span>Draft saved 09:41</span></div>\n'
            '<dl class="settings"><dt>Subject</dt><dd>' + x(d["heading"]) + '</dd><dt>From</dt><dd>Ashcombe Safeguarding Children Partnership</dd>'
            '<dt>List</dt><dd>Practitioners (1,204 subscribers)</dd></dl>\n'
            '<iframe class="preview" title="Bulletin preview" sandbox="allow-same-origin" srcdoc="' + h(inner, quote=True) + '"></iframe>\n'
            '<p class="help">This is a preview. Links in the preview open in a new tab.</p>\n</body>\n</html>\n')


# B. A partnership page rendered on the server by Lit SSR: the page's h1 and intro in the light DOM, then each review a
#    <case-review-card> custom element whose whole content is its DECLARATIVE SHADOW ROOT (<template shadowrootmode="open">,
#    which the browser attaches and shows): a <style>, Lit's part markers (<!--lit-part HASH-->, <!--lit-node N-->,
#    <!--/lit-part-->), an <article> with an h3 title, the summary, h4 labels, lists and the link. A plain <template
#    id="card-skeleton"> (a loading placeholder, never shown) and the hydration <script type="module"> at the end.
def lit_html(d):
    C = []
    for i, e in enumerate(d["entries"], 1):
        P = [f'<h3><!--lit-part-->{x(e["title"])}<!--/lit-part--></h3>', f'<p class="summary"><!--lit-part-->{x(e["summary"])}<!--/lit-part--></p>']
        for lab, lst in groups(e):
            if lab is None: P.append(f'<p><!--lit-part-->{x(lst)}<!--/lit-part--></p>'); continue
            P.append(f'<h4>{x(lab)}</h4><ul><!--lit-part-->' + "".join(f'<!--lit-part--><li><!--lit-part-->{x(t)}<!--/lit-part--></li><!--/lit-part-->' for t in lst) + '<!--/lit-part--></ul>')
        P.append(f'<!--lit-node 9--><a part="report-link" href="{url(d, i)}"><!--lit-part-->{x(e["link"])}<!--/lit-part--></a>')
        C.append(f'<case-review-card review-id="r{i}" defer-hydration><template shadowrootmode="open"><style>:host{{display:block;border-left:4px solid #6b1fa8;padding:0 16px;margin:24px 0}}h4{{margin:12px 0 4px}}</style>'
                 '<!--lit-part 3kq1X0dZl8o=--><article>' + "".join(P) + '</article><!--/lit-part--></template></case-review-card>')
    return ('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{x(d["heading"])} | Fernleigh Safeguarding Children Partnership</title>\n'
            '<script type="module" src="/assets/lit-hydrate-support.js"></script>\n</head>\n<body>\n'
            '<site-header><template shadowrootmode="open"><!--lit-part ab12Cd=--><nav><a href="/">Home</a> <a href="/learning">Learning from reviews</a></nav><!--/lit-part--></template></site-header>\n'
            f'<main>\n<h1>{x(d["heading"])}</h1>\n<p>{x(d["intro"])}</p>\n' + "\n".join(C) +
            f'\n<p><em>{x(FOOT)}</em></p>\n</main>\n'
            '<template id="card-skeleton"><article class="skeleton"><h3>Loading case review\u2026</h3><p>Please wait while the summary loads.</p></article></template>\n'
            '<script type="module">import "/assets/case-review-card.js"; document.querySelectorAll("[defer-hydration]").forEach(el => el.removeAttribute("defer-hydration"));</script>\n'
            '</body>\n</html>\n')


# C. A plain-text digest saved by a classic Mac OS editor (SimpleText / BBEdit 'Mac Roman'): MacRoman bytes (curly
#    apostrophes 0xD5, the en dash 0xD0, the bullet 0xA5, the ellipsis 0xC9, curly double quotes 0xD2/0xD3), CR line ends,
#    no BOM; each paragraph one line (the editor wraps on screen); items '\u2022 '.
def macroman_text(d):
    L = [d["heading"], "", curly(d["intro"]) + " The \u201cRead\u201d lines give the address of each report\u2026", ""]
    for i, e in enumerate(d["entries"], 1):
        L += [curly(e["title"]), curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: L += [curly(lst), ""]; continue
            L += [lab] + ["\u2022 " + curly(t) for t in lst] + [""]
        L += [f"{e['link']}: {url(d, i)}", "", ""]
    L += [FOOT.replace(":", " \u2013"), ""]
    return "\r".join(L).encode("mac_roman")


# D. nroff output: groff 1.22.4 with the ms macros for a terminal (`groff -ms -Tascii -P-c`: the old overstrike output, bold
#    as 'X\bX', italics underlined as '_\bX'), justified 65-column lines with doubled spaces, 66-line pages padded with blank
#    lines, the centred '- N -' running head from page 2; .TL title, .SH titles (bold), italic labels, '.IP \(bu' items (the
#    bullet an overstruck 'o' and '+'), the address with hyphenation suppressed.
def nroff_source(d):
    esc = lambda s: s.replace("\\", "\\e").replace("\n", " ")
    L = ['.\\" Invented for testing: every child, family, person and place in this digest is invented.', ".TL", esc(d["heading"]), ".LP", esc(d["intro"])]
    for i, e in enumerate(d["entries"], 1):
        L += [".SH", esc(e["title"]), ".LP", esc(e["summary"])]
        for lab, lst in groups(e):
            if lab is None: L += [".LP", esc(lst)]; continue
            L += [".LP", f'.I "{lab}"']
            for t in lst: L += [".IP \\(bu 3", esc(t)]
        L += [".LP", f"{e['link']}:", ".br", "\\%" + url(d, i)]
    L += [".LP", ".I", esc(FOOT)]
    return "\n".join(L) + "\n"


def nroff_text(d, src):
    open(src, "w", encoding="ascii").write(nroff_source(d))
    return subprocess.run(["groff", "-ms", "-Tascii", "-P-c", src], check=True, capture_output=True, env=dict(os.environ, GROFF_NO_SGR="1")).stdout


# E. A DOCX made by a merge tool (the Open XML SDK's altChunk recipe): the main document keeps its OWN Title, introduction and
#    closing note, and imports each review as a whole nested DOCX package ('alternative format import' part with the
#    WordprocessingML content type) through a <w:altChunk r:id> between them; each nested DOCX is one review as its author
#    wrote it (Heading 2 title, summary, bold label, List Bullet items, w:hyperlink).
AFCHUNK_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def review_docx(d, i, e):
    body = [wp(wr(curly(e["title"])), "Heading2"), wp(wr(curly(e["summary"])))]
    for lab, lst in groups(e):
        if lab is None: body.append(wp(wr(curly(lst)))); continue
        body.append(wp(wr(lab, "<w:b/>"))); body += [wp(wr(curly(t)), "ListBullet") for t in lst]
    body.append(wp(f'<w:hyperlink r:id="rId20" w:history="1">{wr(e["link"], "<w:rStyle w:val=" + chr(34) + "Hyperlink" + chr(34) + "/>")}</w:hyperlink>'))
    rels = [f'<Relationship Id="rId20" Type="{REL}hyperlink" Target="{url(d, i)}" TargetMode="External"/>']
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    return docx_bytes(docx_parts(document, rels), (2025, 3, 10, 14, 0, 0))


def altchunk_docx(d):
    body = [wp(wr(d["heading"]), "Title"), wp(wr(curly(d["intro"])))]
    rels, ct, extra = [], [], {}
    for i, e in enumerate(d["entries"], 1):
        body.append(f'<w:altChunk r:id="AltChunkId{i}"/>')
        rels.append(f'<Relationship Id="AltChunkId{i}" Type="{REL}aFChunk" Target="/word/afchunk{i}.docx"/>')
        ct.append(f'<Override PartName="/word/afchunk{i}.docx" ContentType="{AFCHUNK_CT}"/>')
        extra[f"word/afchunk{i}.docx"] = review_docx(d, i, e)
    body.append(wp(wr(FOOT, "<w:i/>")))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    parts = docx_parts(document, rels, "".join(ct))
    return parts, extra


def render_inputs(B, out, only):
    import zipfile
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst = f"{out}/input/{fname}"
        if "srcdoc" in fname: open(dst, "w", encoding="utf-8").write(srcdoc_html(d))
        elif "lit-ssr" in fname: open(dst, "w", encoding="utf-8").write(lit_html(d))
        elif "macroman" in fname: open(dst, "wb").write(macroman_text(d))
        elif "nroff" in fname: open(dst, "wb").write(nroff_text(d, f"{out}/source/{fname[:-4]}.ms"))
        elif fname.endswith(".docx"):
            parts, extra = altchunk_docx(d)
            stamp = (2025, 3, 10, 14, 5, 0)
            with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
                for name, text in list(parts.items()) + list(extra.items()):
                    zi = zipfile.ZipInfo(name, stamp); zi.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(zi, text if isinstance(text, bytes) else text.encode("utf-8"))
