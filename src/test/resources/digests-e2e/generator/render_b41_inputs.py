# Renders the inputs of batch b41 (see render_b41.py and entries_b41.py). Invented material, test fixtures only.
# A: PDFBox 3 (render_b41_pages.java rotate90): pages stored portrait with /Rotate 90, a ruled table read landscape.
# B: PDFBox 3 (xobject): three columns, each column a Form XObject frame placed out of reading order, the story threaded
#    frame to frame and page to page, a pull quote inside the second entry.
# C: PDFBox 3 (cards): bordered cards with a title band; the card that does not fit is split at the page foot and goes on
#    under a band repeating its title with ' (continued)'.
# D: Chromium --print-to-pdf WITH its header and footer (date, page title, URL, page n/m) of a webmail 'print' view served
#    from a local http server: message header block, a note, a '---------- Forwarded message ---------' block and the digest
#    as plain text, every line quoted '> ', wrapped at 72 columns.
# E: PDFBox 3 (runhead): pocket pages, one review a page, its title only in the running head of its page(s).
# Helpers (groups, url, curly, x) are shared with render_b32_inputs.
import os, shutil, subprocess, tempfile, textwrap, threading, functools, http.server
from render_b32_inputs import groups, url, curly, x
G = os.path.dirname(os.path.abspath(__file__))
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."


def spec(d, pull=None):
    lines = [f"heading\t{d['heading']}", f"intro\t{curly(d['intro'])}"]
    for i, e in enumerate(d["entries"], 1):
        lines += [f"title\t{curly(e['title'])}", f"summary\t{curly(e['summary'])}"]
        if pull and pull[0] == i - 1: lines.append(f"pull\t{pull[1]}")
        for lab, lst in groups(e):
            if lab is None: lines.append(f"norec\t{curly(lst)}"); continue
            lines.append(f"label\t{lab}"); lines += [f"item\t{curly(it)}" for it in lst]
        lines.append(f"link\t{e['link']}\t{url(d, i)}")
    lines.append(f"foot\t{FOOT}")
    return "\n".join(lines) + "\n"


def pdfbox(mode, stem):
    def render(d, src, dst, t):
        p = f"{src}/{stem}.txt"
        open(p, "w").write(spec(d, d.get("pull")))
        subprocess.run(["java", "-cp", os.environ["PDFBOX_CP"], f"{G}/render_b41_pages.java", mode, p, dst], check=True)
    return render


def quoted_digest(d):
    out = [d["heading"], "=" * len(d["heading"]), ""] + textwrap.wrap(curly(d["intro"]), 70) + [""]
    for i, e in enumerate(d["entries"], 1):
        out += [curly(e["title"]), ""] + textwrap.wrap(curly(e["summary"]), 70) + [""]
        for lab, lst in groups(e):
            if lab is None: out += textwrap.wrap(curly(lst), 70) + [""]; continue
            out.append(lab)
            for it in lst: out += textwrap.wrap(curly(it), 70, initial_indent="  * ", subsequent_indent="    ")
            out.append("")
        out += [f"{e['link']}:", f"<{url(d, i)}>", ""]
    out += textwrap.wrap(FOOT, 70)
    return "\n".join(("> " + l) if l else ">" for l in out)


def webmail(d, src, dst, t):
    subject = "Fwd: " + d["heading"]
    html = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Mail - {x(subject)}</title><style>
body {{ font: 13px Arial, "Liberation Sans", sans-serif; color: #222; margin: 0 8px; }}
.bar {{ display: flex; justify-content: space-between; border-bottom: 1px solid #ccc; padding: 6px 0; }}
.bar b {{ font-size: 20px; color: #555; }}
h2 {{ font-size: 17px; font-weight: normal; margin: 14px 0 2px; }}
.count {{ color: #777; font-size: 12px; border-bottom: 1px solid #ddd; padding-bottom: 6px; }}
table.msg {{ width: 100%; margin-top: 8px; }} td.date {{ text-align: right; color: #555; white-space: nowrap; }}
.to {{ color: #555; font-size: 12px; }}
.body {{ margin-top: 12px; }}
.plain {{ white-space: pre-wrap; font: 13px "Liberation Mono", monospace; }}
</style></head><body>
<div class="bar"><b>Mail</b><span>Jo Harding &lt;jo.harding@example.org&gt;</span></div>
<h2>{x(subject)}</h2><div class="count">1 message</div>
<table class="msg"><tr><td><b>Sam Okafor</b> &lt;sam.okafor@example.org&gt;</td><td class="date">6 October 2025 at 09:14</td></tr>
<tr><td class="to" colspan="2">To: Safeguarding team &lt;safeguarding.team@example.org&gt;</td></tr></table>
<div class="body"><div>Hi all,</div><div><br></div><div>Sharing this month's case review summaries for Thursday's team meeting (everything in it is invented for testing).</div><div><br></div><div>Sam</div><div><br></div>
<div>---------- Forwarded message ---------<br>From: <b>NSPCC Learning</b> &lt;learning@example.org&gt;<br>Date: Fri, 3 Oct 2025 at 16:02<br>Subject: {x(d['heading'])}<br>To: &lt;sam.okafor@example.org&gt;<br></div><br>
<div class="plain">{x(quoted_digest(d))}</div></div></body></html>"""
    os.makedirs(f"{t}/mail/u/0", exist_ok=True)
    open(f"{t}/mail/u/0/index.html", "w").write(html)
    open(f"{src}/b41-chromium-webmail-print.html", "w").write(html)
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(http.server.SimpleHTTPRequestHandler, directory=t))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={dst}",
                        f"http://127.0.0.1:{srv.server_address[1]}/mail/u/0/?ik=5c1e&view=pt&search=all"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        srv.shutdown()


RENDER = {"b41-pdfbox-rotate90-table-2025-02.pdf": pdfbox("rotate90", "b41-pdfbox-rotate90-table"),
          "b41-pdfbox-xobject-columns-2025-04.pdf": pdfbox("xobject", "b41-pdfbox-xobject-columns"),
          "b41-pdfbox-split-cards-2025-06.pdf": pdfbox("cards", "b41-pdfbox-split-cards"),
          "b41-chromium-webmail-print-2025-09.pdf": webmail,
          "b41-pdfbox-running-head-titles-2025-11.pdf": pdfbox("runhead", "b41-pdfbox-running-head-titles")}


def render_inputs(b41, out, names):
    os.makedirs(f"{out}/input", exist_ok=True); os.makedirs(f"{out}/source", exist_ok=True)
    for name, d in b41.items():
        if names and name not in names: continue
        with tempfile.TemporaryDirectory() as t:
            RENDER[name](d, os.path.abspath(f"{out}/source"), os.path.abspath(f"{out}/input/{name}"), t)
        print("wrote", name)
