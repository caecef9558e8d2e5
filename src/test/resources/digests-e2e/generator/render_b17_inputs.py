# Renders the inputs of batch b17 (see render_b17.py and entries_b17.py). Invented material, test fixtures only.
import html, json, os, shutil, subprocess, tempfile, textwrap
G = os.path.dirname(os.path.abspath(__file__))
NODE_PATH = os.environ.get("NODE_PATH", "/tmp/m17d-npm/node_modules")
h = html.escape


def url(d, i):
    return f"https://learning.nspcc.org.uk/media/{d['month'].replace('-', '')}{i:02d}/review.pdf"


def curly(s): return s.replace("'", "\u2019")


def groups(e):
    """(label, items) in print order; the no-recommendations sentence as (None, text)."""
    out = [(e["lab"][0], e["learning"])]
    if e["good"]: out.append((e["lab"][2], e["good"]))
    if e["recs"]: out.append((e["lab"][1], e["recs"]))
    elif e["norec"]: out.append((None, e["norec"]))
    return out


def node(script, spec, src_json, pdf):
    open(src_json, "w").write(json.dumps(spec, ensure_ascii=False, indent=1))
    subprocess.run(["node", f"{G}/{script}", src_json, pdf], check=True, env=dict(os.environ, NODE_PATH=NODE_PATH))


# 1. pdfmake table on A5: header row 'Review | Summary | Learning includes | Recommendations include' repeated on every
#    page (headerRows 1), rows allowed to split over pages; the Review cell holds the bold title and the link; items as
#    pdfmake lists; good practice under its own bold label in the learning cell; running head and 'Page N of M'.
def pdfmake_table(d):
    def cell_items(lst): return {"ul": [curly(x) for x in lst], "margin": [0, 0, 0, 3]}
    rows = [[{"text": t, "bold": True, "color": "white", "fillColor": "#1f4e79"} for t in ("Review", "Summary", "Learning includes", "Recommendations include")]]
    for i, e in enumerate(d["entries"], 1):
        learn = [cell_items(e["learning"])]
        if e["good"]: learn += [{"text": curly(e["lab"][2]), "bold": True}, cell_items(e["good"])]
        recs = cell_items(e["recs"]) if e["recs"] else {"text": curly(e["norec"] or "")}
        rows.append([{"stack": [{"text": curly(e["title"]), "bold": True}, {"text": e["link"], "link": url(d, i), "color": "#1f4e79", "decoration": "underline", "margin": [0, 4, 0, 0]}]},
                     curly(e["summary"]), {"stack": learn}, recs])
    return dict(pageSize="A5", pageMargins=[40, 40, 40, 36], title=d["heading"], runningHead=f"NSPCC Learning \u2013 {d['heading']}",
                defaultStyle={"fontSize": 8.5},
                content=[{"text": d["heading"], "fontSize": 15, "bold": True, "margin": [0, 0, 0, 6]}, {"text": d["intro"], "margin": [0, 0, 0, 8]},
                         {"table": {"headerRows": 1, "dontBreakRows": False, "widths": [62, "*", "*", "*"], "body": rows}, "layout": "lightHorizontalLines"}])


# 2. pdfmake three-column newsletter: masthead (digest title on a coloured band, intro), then one review per column,
#    side by side; titles bold, labels bold small capitals-like upper case, items as lists, the link last.
def pdfmake_threecol(d):
    cols = []
    for i, e in enumerate(d["entries"], 1):
        st = [{"text": curly(e["title"]), "bold": True, "fontSize": 10, "color": "#5b2c6f", "margin": [0, 0, 0, 4]}, {"text": curly(e["summary"]), "margin": [0, 0, 0, 4]}]
        for lab, lst in groups(e):
            if lab is None: st.append({"text": curly(lst), "margin": [0, 0, 0, 4]}); continue
            st += [{"text": curly(lab), "bold": True}, {"ul": [curly(x) for x in lst], "margin": [0, 0, 0, 4]}]
        st.append({"text": e["link"], "link": url(d, i), "color": "#5b2c6f", "decoration": "underline"})
        cols.append({"stack": st})
    return dict(pageSize="A4", pageMargins=[36, 40, 36, 36], title=d["heading"], runningHead=f"NSPCC Learning newsletter \u00b7 {d['heading']}",
                defaultStyle={"fontSize": 8},
                content=[{"table": {"widths": ["*"], "body": [[{"text": d["heading"], "fontSize": 20, "bold": True, "color": "white", "fillColor": "#5b2c6f", "margin": [6, 6, 6, 6]}]]}, "layout": "noBorders"},
                         {"text": d["intro"], "italics": True, "margin": [0, 6, 0, 10]},
                         {"columns": cols, "columnGap": 14}])


# 3. jsPDF: see render_b17_jspdf.js.
def jspdf_spec(d):
    return dict(heading=d["heading"], intro=d["intro"], entries=[dict(title=curly(e["title"]), summary=curly(e["summary"]), link=e["link"], url=url(d, i),
                groups=[[lab, curly(x) if lab is None else [curly(y) for y in x]] for lab, x in groups(e)]) for i, e in enumerate(d["entries"], 1)])


# 4. wkhtmltopdf: an old e-mail newsletter of nested tables (600px wide), every review a table of two columns whose
#    left margin column holds the labels ('Summary', 'Learning includes:', ...) and the right one the text and items.
def email_margin(d):
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{h(d['heading'])}</title></head><body bgcolor='#e8e8e8' style='font-family:Arial,sans-serif;font-size:12px'>",
           "<!-- Invented for testing: every child, family and place below is made up. -->",
           "<table width='100%' cellpadding='0' cellspacing='0' border='0'><tr><td align='center'>",
           "<table width='600' cellpadding='0' cellspacing='0' border='0' bgcolor='#ffffff'>",
           "<tr><td style='font-size:10px;color:#888;padding:6px'>Having trouble reading this email? <a href='https://example.org/view'>View it in your browser</a></td></tr>",
           f"<tr><td bgcolor='#00594f' style='padding:14px;color:#fff;font-size:22px;font-weight:bold'>{h(d['heading'])}</td></tr>",
           f"<tr><td style='padding:10px'>{h(d['intro'])}</td></tr>"]
    for i, e in enumerate(d["entries"], 1):
        rows = [f"<tr><td colspan='2' style='padding:6px 0;font-size:15px;font-weight:bold;color:#00594f;border-top:2px solid #00594f'>{h(curly(e['title']))}</td></tr>",
                f"<tr><td width='130' valign='top' style='color:#00594f;font-weight:bold;padding:4px 8px 4px 0'>Summary</td><td valign='top' style='padding:4px 0'>{h(curly(e['summary']))}</td></tr>"]
        for lab, lst in groups(e):
            right = h(curly(lst)) if lab is None else "<ul style='margin:0;padding-left:16px'>" + "".join(f"<li>{h(curly(x))}</li>" for x in lst) + "</ul>"
            rows.append(f"<tr><td width='130' valign='top' style='color:#00594f;font-weight:bold;padding:4px 8px 4px 0'>{h(curly(lab)) if lab else '&nbsp;'}</td><td valign='top' style='padding:4px 0'>{right}</td></tr>")
        rows.append(f"<tr><td>&nbsp;</td><td style='padding:4px 0 12px'><a href='{url(d, i)}' style='color:#00594f'>{h(e['link'])}</a></td></tr>")
        out.append(f"<tr><td style='padding:0 10px'><table width='100%' cellpadding='0' cellspacing='0' border='0'>{''.join(rows)}</table></td></tr>")
    out.append("<tr><td bgcolor='#00594f' style='padding:8px;color:#fff;font-size:10px'>NSPCC Learning \u00b7 Unsubscribe \u00b7 Privacy</td></tr></table></td></tr></table></body></html>")
    return "\n".join(out)


# 5. AbiWord from hand-written RTF: a bold 16pt digest title, 13pt bold review titles, bold labels, items as paragraphs
#    opening with \bullet and a tab (hanging indent), the link a HYPERLINK field.
def rtf_esc(s):
    s = curly(s).replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
    return "".join(c if ord(c) < 128 else f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?" for c in s)


def rtf(d):
    p = ["{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fswiss Liberation Sans;}}{\\colortbl;\\red0\\green0\\blue160;}",
         "{\\info{\\title " + rtf_esc(d["heading"]) + "}{\\comment Invented for testing: every child, family and place is made up.}}",
         "\\paperw11906\\paperh16838\\margl1134\\margr1134\\margt1134\\margb1134\\fs20",
         "\\pard\\sa200\\b\\fs32 " + rtf_esc(d["heading"]) + "\\b0\\fs20\\par",
         "\\pard\\sa200 " + rtf_esc(d["intro"]) + "\\par"]
    for i, e in enumerate(d["entries"], 1):
        p.append("\\pard\\sb240\\sa120\\keepn\\b\\fs26 " + rtf_esc(e["title"]) + "\\b0\\fs20\\par")
        p.append("\\pard\\sa120 " + rtf_esc(e["summary"]) + "\\par")
        for lab, lst in groups(e):
            if lab is None: p.append("\\pard\\sa120 " + rtf_esc(lst) + "\\par"); continue
            p.append("\\pard\\sa60\\keepn\\b " + rtf_esc(lab) + "\\b0\\par")
            for x in lst: p.append("\\pard\\fi-284\\li568\\sa40 \\bullet\\tab " + rtf_esc(x) + "\\par")
        p.append("\\pard\\sa200 {\\field{\\*\\fldinst HYPERLINK \"" + url(d, i) + "\"}{\\fldrslt \\cf1\\ul " + rtf_esc(e["link"]) + "\\ul0\\cf0}}\\par")
    return "\n".join(p) + "\n}\n"


# 6. GNU enscript (Courier 10pt, header line "NSPCC Learning | title | Page N", -X latin1) and Ghostscript ps2pdf: a plain
#    text digest with titles underlined by '-', 'Key learning:' labels, '  - ' items wrapped with a hanging indent.
def plaintext(d, width=76):
    curly = lambda s: s  # typed in a text editor: straight quotes, Latin-1 for enscript
    out = [d["heading"], "=" * len(d["heading"]), ""] + textwrap.wrap(d["intro"], width) + [""]
    for i, e in enumerate(d["entries"], 1):
        t = curly(e["title"]); out += [t, "-" * min(len(t), width), ""] + textwrap.wrap(curly(e["summary"]), width) + [""]
        for lab, lst in groups(e):
            if lab is None: out += textwrap.wrap(curly(lst), width) + [""]; continue
            out.append(lab)
            for x in lst: out += textwrap.wrap(curly(x), width, initial_indent="  - ", subsequent_indent="    ")
            out.append("")
        out += [f"{e['link']}: {url(d, i)}", "", ""]
    return "\n".join(out)


# 7. HTML newsletter of nested tables (old e-mail): font tags, bgcolor, a table per review inside the outer table, the
#    title a <font size=4><b>, labels <b> in a cell of their own, items as '&bull;&nbsp;' lines separated by <br>.
def html_nested(d):
    out = ["<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'><title>" + h(d["heading"]) + "</title></head>",
           "<body bgcolor='#f0f0f0'><!-- Invented for testing: every child, family and place below is made up. -->",
           "<table width='100%' bgcolor='#f0f0f0' border='0' cellpadding='0' cellspacing='0'><tr><td align='center'>",
           "<table width='620' bgcolor='#ffffff' border='0' cellpadding='8' cellspacing='0'>",
           f"<tr><td bgcolor='#2b5797'><font face='Verdana' size='5' color='#ffffff'><b>{h(d['heading'])}</b></font></td></tr>",
           f"<tr><td><font face='Verdana' size='2'>{h(d['intro'])}</font></td></tr>"]
    for i, e in enumerate(d["entries"], 1):
        inner = [f"<tr><td><font face='Verdana' size='4' color='#2b5797'><b>{h(curly(e['title']))}</b></font></td></tr>",
                 f"<tr><td><font face='Verdana' size='2'>{h(curly(e['summary']))}</font></td></tr>"]
        for lab, lst in groups(e):
            if lab is None: inner.append(f"<tr><td><font face='Verdana' size='2'>{h(curly(lst))}</font></td></tr>"); continue
            inner.append(f"<tr><td><font face='Verdana' size='2'><b>{h(curly(lab))}</b></font></td></tr>")
            inner.append("<tr><td><font face='Verdana' size='2'>" + "<br>\n".join(f"&bull;&nbsp;{h(curly(x))}" for x in lst) + "</font></td></tr>")
        inner.append(f"<tr><td><font face='Verdana' size='2'><a href='{url(d, i)}'>{h(e['link'])}</a></font></td></tr>")
        out.append("<tr><td><table width='100%' border='0' cellpadding='4' cellspacing='0' style='border-top:1px solid #2b5797'>" + "\n".join(inner) + "</table></td></tr>")
    out.append("<tr><td><font face='Verdana' size='1' color='#888888'>You are receiving this e-mail because you subscribed. Unsubscribe</font></td></tr></table></td></tr></table></body></html>")
    return "\n".join(out)


# 8. Markdown with reference-style links ('[text][ref]', a collapsed '[text][]', the definitions at the end of the file)
#    and HTML comments (one on a line of its own between items, one spanning lines between reviews); '### ' titles,
#    '**Learning includes:**' labels, '* ' items.
def markdown_reflinks(d):
    out = [f"# {d['heading']}", "", "<!-- Invented for testing: every child, family and place below is made up. -->", "", d["intro"], ""]
    defs = []
    for i, e in enumerate(d["entries"], 1):
        out += [f"### {curly(e['title'])}", "", curly(e["summary"]), ""]
        for lab, lst in groups(e):
            if lab is None: out += [curly(lst), ""]; continue
            out += [f"**{lab}**", ""]
            for k, x in enumerate(lst):
                out.append(f"* {curly(x)}")
                if i == 1 and k == 0: out.append("<!-- check wording with the review author -->")
            out.append("")
        if i == 2:
            out += [f"[{e['link']}][]", ""]; defs.append(f"[{e['link']}]: {url(d, i)}")
        else:
            out += [f"[{e['link']}][r{i}]", ""]; defs.append(f"[r{i}]: {url(d, i)} \"Full report\"")
        if i < len(d["entries"]): out += ["<!--", f"  Review {i + 1} of {len(d['entries'])}: added by the editor.", "-->", ""]
    return "\n".join(out + defs) + "\n"


def render_inputs(B17, OUT, only=None):
    src, inp = f"{OUT}/source", f"{OUT}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in B17.items():
        if only and fname not in only:
            continue
        base = fname.rsplit(".", 1)[0]
        if "pdfmake-table" in fname:
            node("render_b17_pdfmake.js", pdfmake_table(d), f"{src}/{base}.json", f"{inp}/{fname}")
        elif "pdfmake-threecol" in fname:
            node("render_b17_pdfmake.js", pdfmake_threecol(d), f"{src}/{base}.json", f"{inp}/{fname}")
        elif "jspdf" in fname:
            node("render_b17_jspdf.js", jspdf_spec(d), f"{src}/{base}.json", f"{inp}/{fname}")
        elif "wkhtmltopdf" in fname:
            open(f"{src}/{base}.html", "w").write(email_margin(d))
            subprocess.run(["wkhtmltopdf", "--quiet", "-s", "A4", f"{src}/{base}.html", f"{inp}/{fname}"], check=True)
        elif "abiword" in fname:
            open(f"{src}/{base}.rtf", "w").write(rtf(d))
            with tempfile.TemporaryDirectory() as w:
                subprocess.run(["abiword", "--to=pdf", f"--to-name={w}/out.pdf", f"{src}/{base}.rtf"], check=True, capture_output=True)
                shutil.move(f"{w}/out.pdf", f"{inp}/{fname}")
            # the RTF itself as an input too (no truth rows: not a supported digest format)
            shutil.copy(f"{src}/{base}.rtf", f"{inp}/b17-rtf-2025-01.rtf")
        elif "enscript" in fname:
            open(f"{src}/{base}.txt", "w", encoding="latin-1").write(plaintext(d))
            with tempfile.TemporaryDirectory() as w:
                subprocess.run(["enscript", "-q", "-X", "latin1", "-M", "A4", "-b", "NSPCC Learning|" + d["heading"].title() + "|Page $%", "-o", f"{w}/out.ps", f"{src}/{base}.txt"], check=True)
                subprocess.run(["ps2pdf", f"{w}/out.ps", f"{inp}/{fname}"], check=True)
        elif fname.endswith(".html"):
            open(f"{inp}/{fname}", "w").write(html_nested(d))
        elif fname.endswith(".md"):
            open(f"{inp}/{fname}", "w").write(markdown_reflinks(d))
        print(fname)
