# Renders batch b12: `python3 render_b12.py truth` writes the truth files (committed before any input existed);
# `python3 render_b12.py inputs` writes the inputs (needs chromium and soffice). Invented material, test fixtures only.
import html, os, subprocess, sys, tempfile, zipfile
from xml.sax.saxutils import escape as xe
G = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(G)
OUT = os.path.join(ROOT, "b12")
E2E = os.path.join(os.path.dirname(ROOT), "digests-e2e", "generator")
exec(open(f"{E2E}/entries.py").read().split("DIGESTS = {}")[0]); exec(open(f"{G}/entries_b12.py").read())
h = html.escape


def write_truth():
    rows, items = [], []
    for fname, d in B12.items():
        for i, e in enumerate(d["entries"], 1):
            t = dict(e["t"]); t.update(file=fname, entry_no=str(i), title=e["title"], learning_count=str(len(e["learning"])), recommendation_count=str(len(e["recs"])), good_practice_count=str(len(e["good"])), no_recommendations="true" if e["norec"] else "false", publication_year=d["month"][:4], digest_month=d["month"])
            rows.append("\t".join(t[c] for c in COLS))
            for st, lst in (("learning", e["learning"]), ("recommendations", e["recs"]), ("good_practice", e["good"])):
                for k, x in enumerate(lst, 1): items.append("\t".join([fname, str(i), st, str(k), x]))
    os.makedirs(f"{OUT}/truth", exist_ok=True)
    open(f"{OUT}/truth/truth.tsv", "w").write("\t".join(COLS) + "\n" + "\n".join(rows) + "\n")
    open(f"{OUT}/truth/items.tsv", "w").write("file\tentry_no\tsection_type\titem_no\ttext\n" + "\n".join(items) + "\n")


CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--no-pdf-header-footer"]
LINK = lambda i: f"https://learning.nspcc.org.uk/media/{7100 + i}/review.pdf"


def side_by_side(d):
    # Chromium: two reviews side by side on every page (CSS grid, one review per column), masthead on page 1 only
    def col(e):
        lab = lambda l, lst: f"<p class='lab'>{h(l)}</p><ul>" + "".join(f"<li>{h(x)}</li>" for x in lst) + "</ul>"
        return (f"<div class='rev'><h2>{h(e['title'])}</h2><p>{h(e['summary'])}</p>" + lab(e['lab'][0], e['learning']) + lab(e['lab'][1], e['recs'])
                + f"<p class='more'><a href='{LINK(len(e['title']))}'>{h(e['link'])}</a></p></div>")
    es = d["entries"]
    pages = "".join(f"<div class='pg'>{col(es[i])}{col(es[i + 1]) if i + 1 < len(es) else ''}</div>" for i in range(0, len(es), 2))
    css = ("@page{size:A4 landscape;margin:14mm} body{font-family:'Liberation Sans';font-size:10pt} .pg{display:grid;grid-template-columns:1fr 1fr;"
           "column-gap:12mm;break-after:page} .rev{border-top:4px solid #6a1b9a;padding-top:2mm} h2{font-size:13pt;color:#6a1b9a;margin:0 0 2mm}"
           " .lab{font-weight:bold;margin:3mm 0 1mm} ul{margin:0;padding-left:5mm} .more{font-size:9pt} .mast{font-size:20pt;font-weight:bold}")
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{h(d['heading'])}</title><style>{css}</style></head><body>"
            f"<div class='mast'>{h(d['heading'])}</div><p>{h(d['intro'])}</p>{pages}</body></html>")


def email(d):
    # an e-mail newsletter: layout tables inside layout tables, inline styles, preheader, learning and recommendations in
    # two cells side by side of an inner table, items as typed bullets separated by <br>, unsubscribe footer
    def entry(i, e):
        cell = lambda l, lst: (f"<td width='50%' valign='top' style='padding:8px;background:#f4f1f8'><strong style='color:#4a148c'>{h(l)}</strong><br>"
                               + "<br>".join(f"&bull;&nbsp;{h(x)}" for x in lst) + "</td>")
        return (f"<tr><td style='padding:16px 24px'><table role='presentation' width='100%' cellpadding='0' cellspacing='0' border='0'>"
                f"<tr><td style='font-family:Arial;font-size:18px;font-weight:bold'><a href='{LINK(i)}' style='color:#4a148c;text-decoration:none'>{h(e['title'])}</a></td></tr>"
                f"<tr><td style='font-family:Arial;font-size:14px;padding:6px 0'>{h(e['summary'])}</td></tr>"
                f"<tr><td><table role='presentation' width='100%' cellspacing='4'><tr>{cell(e['lab'][0], e['learning'])}{cell(e['lab'][1], e['recs'])}</tr></table></td></tr>"
                f"<tr><td style='padding-top:6px'><a href='{LINK(i)}' style='font-family:Arial;font-size:13px'>{h(e['link'])} &rsaquo;</a></td></tr>"
                "</table></td></tr>")
    rows = "".join(entry(i, e) for i, e in enumerate(d["entries"], 1))
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"
            f"<html xmlns='http://www.w3.org/1999/xhtml'><head><meta http-equiv='Content-Type' content='text/html; charset=UTF-8'/><title>{h(d['heading'])}</title></head>"
            "<body style='margin:0;background:#e9e6ee'><span style='display:none;max-height:0;overflow:hidden'>New case reviews this month, with learning and recommendations</span>"
            "<table role='presentation' width='100%' bgcolor='#e9e6ee' cellpadding='0' cellspacing='0'><tr><td align='center'>"
            "<table role='presentation' width='600' bgcolor='#ffffff' cellpadding='0' cellspacing='0'>"
            "<tr><td style='padding:8px 24px;font-size:11px;font-family:Arial'><a href='https://example.invalid/view'>View this email in your browser</a></td></tr>"
            f"<tr><td bgcolor='#4a148c' style='padding:20px 24px;color:#ffffff;font-family:Arial;font-size:24px'>{h(d['heading'])}</td></tr>"
            f"<tr><td style='padding:16px 24px;font-family:Arial;font-size:14px'>{h(d['intro'])}</td></tr>{rows}"
            "<tr><td style='padding:16px 24px;font-size:11px;color:#777;font-family:Arial'>You are receiving this email because you signed up to case review updates. "
            "<a href='https://example.invalid/unsubscribe'>Unsubscribe</a> | <a href='https://example.invalid/prefs'>Update your preferences</a></td></tr>"
            "</table></td></tr></table></body></html>")


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def docx_boldsize(d, path):
    # hand-written WordprocessingML: no heading styles at all; the digest title and each review title are Normal paragraphs
    # with bold, larger runs; labels bold at body size; items in a bulleted Word list
    def p(text, sz=None, bold=False, num=False, after=None):
        rpr = ("<w:b/>" if bold else "") + (f"<w:sz w:val='{sz}'/>" if sz else "")
        ppr = ("<w:numPr><w:ilvl w:val='0'/><w:numId w:val='1'/></w:numPr><w:ind w:left='720' w:hanging='360'/>" if num else "") + \
              (f"<w:spacing w:before='{after}'/>" if after else "")
        return f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space='preserve'>{xe(text)}</w:t></w:r></w:p>"
    body = [p(d["heading"], 40, True), p(d["intro"])]
    for e in d["entries"]:
        body += [p(e["title"], 28, True, after=360), p(e["summary"])]
        for lab, lst in ((e["lab"][0], e["learning"]), (e["lab"][1], e["recs"])):
            body += [p(lab, bold=True)] + [p(x, num=True) for x in lst]
        body.append(p(e["link"]))
    doc = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:document {W}><w:body>{''.join(body)}"
           "<w:sectPr><w:pgSz w:w='11906' w:h='16838'/><w:pgMar w:top='1134' w:right='1134' w:bottom='1134' w:left='1134' w:header='567' w:footer='567' w:gutter='0'/></w:sectPr></w:body></w:document>")
    styles = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii='Calibri' w:hAnsi='Calibri'/>"
              "<w:sz w:val='22'/><w:lang w:val='en-GB'/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after='120'/></w:pPr></w:pPrDefault></w:docDefaults>"
              "<w:style w:type='paragraph' w:default='1' w:styleId='Normal'><w:name w:val='Normal'/></w:style></w:styles>")
    numbering = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?><w:numbering {W}><w:abstractNum w:abstractNumId='0'><w:lvl w:ilvl='0'><w:start w:val='1'/>"
                 "<w:numFmt w:val='bullet'/><w:lvlText w:val='\u2022'/><w:lvlJc w:val='left'/><w:pPr><w:ind w:left='720' w:hanging='360'/></w:pPr></w:lvl></w:abstractNum>"
                 "<w:num w:numId='1'><w:abstractNumId w:val='0'/></w:num></w:numbering>")
    ct = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
          "<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/><Default Extension='xml' ContentType='application/xml'/>"
          "<Override PartName='/word/document.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/>"
          "<Override PartName='/word/styles.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'/>"
          "<Override PartName='/word/numbering.xml' ContentType='application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml'/></Types>")
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    rels = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
            f"<Relationship Id='rId1' Type='{R}officeDocument' Target='word/document.xml'/></Relationships>")
    drels = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?><Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
             f"<Relationship Id='rIdS' Type='{R}styles' Target='styles.xml'/><Relationship Id='rIdN' Type='{R}numbering' Target='numbering.xml'/></Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc), ("word/styles.xml", styles),
                           ("word/numbering.xml", numbering), ("word/_rels/document.xml.rels", drels)):
            z.writestr(name, data)
    return doc


def markdown_reflinks(d):
    # a markdown export: review titles are reference-style links inside level-2 headings, labels in italics,
    # '*' bullets, a thematic break between reviews and every link defined at the end
    out, defs = [f"# {d['heading']}", "", d["intro"], ""], []
    for i, e in enumerate(d["entries"], 1):
        out += [f"## [{e['title']}][r{i}]", "", e["summary"], ""]
        for lab, lst in ((e["lab"][0], e["learning"]), (e["lab"][1], e["recs"])):
            out += [f"_{lab}_", ""] + [f"* {x}" for x in lst] + [""]
        out += [f"[{e['link']}][r{i}-pdf]", "", "* * *", ""]
        defs += [f"[r{i}]: https://learning.nspcc.org.uk/case-reviews/{7200 + i} \"{e['title']}\"", f"[r{i}-pdf]: {LINK(i)}"]
    return "\n".join(out + defs) + "\n"


def tex(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_")


def latex_threecol(d):
    # untagged pdflatex, A4 landscape in three columns (multicol): titles bold sans paragraphs, labels small caps, items in
    # compact itemize lists, entries running from one column into the next; running foot 'Case reviews: May 2025 -- page N'
    it = lambda lst: "\\begin{itemize}\\setlength{\\itemsep}{0pt}\\setlength{\\parskip}{0pt}" + "".join(f"\\item {tex(x)}" for x in lst) + "\\end{itemize}"
    body = "".join(f"{{\\sffamily\\bfseries\\large {tex(e['title'])}\\par}}\\smallskip {tex(e['summary'])}\\par"
                   + "".join(f"\\smallskip{{\\scshape {tex(lab)}}}\\par{it(lst)}" for lab, lst in ((e['lab'][0], e['learning']), (e['lab'][1], e['recs'])))
                   + f"{{\\small\\itshape {tex(e['link'])}}}\\par\\bigskip\n" for e in d["entries"])
    return ("\\documentclass[10pt,a4paper,landscape]{article}\\usepackage[T1]{fontenc}\\usepackage{lmodern}\\usepackage[margin=1.5cm,landscape]{geometry}"
            "\\usepackage{multicol}\\usepackage{fancyhdr}\\pagestyle{fancy}\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}"
            f"\\fancyfoot[C]{{\\footnotesize {tex(d['heading'])} -- page \\thepage}}\\setlength{{\\parindent}}{{0pt}}\\setlength{{\\columnseprule}}{{0.4pt}}\n"
            f"\\begin{{document}}{{\\Huge\\sffamily\\bfseries {tex(d['heading'])}\\par}}\\medskip {tex(d['intro'])}\\par\\bigskip\n"
            f"\\begin{{multicols}}{{3}}\n{body}\\end{{multicols}}\\end{{document}}\n")


def render_inputs():
    src, inp = f"{OUT}/source", f"{OUT}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in B12.items():
        base = fname.rsplit(".", 1)[0]
        if "sidebyside" in fname:
            open(f"{src}/{base}.html", "w").write(side_by_side(d))
            subprocess.run(CHROMIUM + [f"--print-to-pdf={inp}/{fname}", f"file://{src}/{base}.html"], check=True, capture_output=True)
        elif "email" in fname:
            open(f"{inp}/{fname}", "w").write(email(d))
        elif "docx" in fname:
            open(f"{src}/{base}.document.xml", "w").write(docx_boldsize(d, f"{inp}/{fname}"))
        elif "latex" in fname:
            t = latex_threecol(d)
            open(f"{src}/{base}.tex", "w").write(t)
            with tempfile.TemporaryDirectory() as w:
                open(f"{w}/d.tex", "w").write(t)
                for _ in range(2):
                    subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "d.tex"], cwd=w, check=True, capture_output=True)
                os.replace(f"{w}/d.pdf", f"{inp}/{fname}")
        else:
            open(f"{inp}/{fname}", "w").write(markdown_reflinks(d))
        print(fname)


if __name__ == "__main__":
    write_truth() if sys.argv[1:] == ["truth"] else render_inputs()
