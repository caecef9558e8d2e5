"""Renderers of batch 20 (see batch20.py), one producer per report, none used by an earlier batch: tufte-handout (pdflatex),
a2ps -> ps2pdf, iText 8 (Java), PDFKit (node), @react-pdf/renderer (node), Typst (typst.ts node compiler), KOMA-Script
scrreprt (pdflatex) and hand-written RTF -> LibreOffice. render(rep, d) returns the PDF made in d.

Node modules come from $BATCH20_NODE_MODULES (default /tmp/m24r-node/node_modules: `npm install pdfkit@0.15
@react-pdf/renderer@4 @myriaddreamin/typst-ts-node-compiler`); iText's class path from the file named by $BATCH20_JAVA_CP
(default /tmp/m24r-itext/cp.txt: `mvn dependency:build-classpath` on a pom with com.itextpdf:kernel and layout 8.0.5 and
slf4j-nop)."""
import json, os, re, shutil, subprocess, textwrap
from batch18_render import run, tex
from batch14_content import NOTE, strip_notes
from batch20_content import INVENTED

HERE = os.path.dirname(os.path.abspath(__file__))
NODE = os.environ.get("BATCH20_NODE_MODULES", "/tmp/m24r-node/node_modules")
JAVA_CP = os.environ.get("BATCH20_JAVA_CP", "/tmp/m24r-itext/cp.txt")
NUM = re.compile(r"^(\d+\.|Section \d+:)\s+")


def bare(heading):
    return NUM.sub("", heading)


def spec(rep):
    """The report as JSON for the node and Java renderers (notes stripped)."""
    blocks = []
    for b in rep["blocks"]:
        if b[0] == "items":
            blocks.append({"k": "items", "type": b[1], "texts": [strip_notes(t) for t in b[2]], "style": b[3]})
        elif b[0] == "lpbox":
            blocks.append({"k": "lpbox", "text": strip_notes(b[1])})
        elif b[0] == "h1":
            blocks.append({"k": "h1", "text": b[1]})
        else:
            blocks.append({"k": b[0], "text": strip_notes(b[1])})
    return {"cover": rep["cover"], "invented": INVENTED, "blocks": blocks}


def write_spec(rep, d):
    p = os.path.join(d, "spec.json")
    json.dump(spec(rep), open(p, "w", encoding="utf-8"), ensure_ascii=False)
    return p


def node(script, d, *args):
    env = dict(os.environ, NODE_PATH=NODE)
    target = os.path.join(os.path.dirname(NODE), os.path.basename(script))  # ESM resolves packages from the script's folder
    shutil.copy(os.path.join(HERE, script), target)
    run(["node", target] + list(args), d, env=env)


# ---------------- V1: tufte-handout ----------------
def v1_tufte(rep, d):
    c = rep["cover"]
    out = [r"\documentclass[a4paper,justified,nofonts]{tufte-handout}", r"\usepackage[T1]{fontenc}", r"\usepackage{tgpagella}", r"\usepackage{enumitem}",
           r"\title{%s}" % tex(c["title"]), r"\author{%s}" % tex(c["author"]), r"\date{%s}" % c["date"],
           r"\hypersetup{pdftitle={%s}}" % c["title"], r"\begin{document}", r"\maketitle",
           r"\begin{abstract}\noindent %s. %s\end{abstract}" % (tex(c["partnership"]), tex(INVENTED))]
    first = True
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append(r"\section{%s}" % tex(b[1]))
            if b[2] == "background":
                out.append(r"\marginnote{The family's names are not used in this report, at their request.}")
        elif b[0] == "h2":
            out.append(r"\subsection{%s}" % tex(b[1]))
        elif b[0] == "p":
            t = tex(b[1])
            if first:
                w = t.split(" ")
                t = r"\newthought{%s} %s" % (" ".join(w[:4]), " ".join(w[4:]))
                first = False
            out.append(t + "\n")
        elif b[0] == "items":
            env = "enumerate" if b[3] == "enum" else "itemize"
            out.append(r"\begin{%s}" % env + "".join(r"\item %s" % tex(t) + "\n" for t in b[2]) + r"\end{%s}" % env)
    out.append(r"\end{document}")
    open(os.path.join(d, "r.tex"), "w").write("\n".join(out))
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "r.tex"], d)
    return os.path.join(d, "r.pdf")


# ---------------- V2: a2ps ----------------
def v2_a2ps(rep, d):
    c, W = rep["cover"], 76
    lines = [""] * 8 + [c["partnership"].upper().center(W), "", "", "", c["title"].split(" - ")[0].center(W), "",
                        "Overview Report".center(W), "", "", "", c["author"].center(W), "", c["date"].center(W)] + [""] * 14
    lines += [l.center(W) for l in textwrap.wrap(INVENTED, 60)] + ["\f"]
    sec = 0
    para = 0

    def hang(label, text, indent):
        w = textwrap.wrap(text, W - indent)
        return [(label.ljust(indent) + w[0])] + [" " * indent + x for x in w[1:]] + [""]
    for b in rep["blocks"]:
        if b[0] == "h1":
            sec, para = sec + 1, 0
            lines += ["", "%d. %s" % (sec, b[1]), ""]
        elif b[0] == "p":
            para += 1
            lines += hang("%d.%d" % (sec, para), b[1], 6)
        elif b[0] == "items" and b[3] == "letter":
            for i, t in enumerate(b[2]):
                lines += hang("      (%s)" % "abcdefgh"[i], t, 12)
        elif b[0] == "items":
            for i, t in enumerate(b[2]):
                lines += ["      Recommendation %d" % (i + 1)] + hang("", t, 6)
    open(os.path.join(d, "report.txt"), "w", encoding="latin-1").write("\n".join(lines) + "\n")
    run(["a2ps", "-1", "-R", "--medium=A4", "--chars-per-line=80", "--borders=yes", "--center-title=Hatherden LSCB - Serious Case Review - Child K",
         "--left-footer=CONFIDENTIAL UNTIL PUBLICATION", "--footer=", "--right-footer=Page %p./%p#", "--header=",
         "--left-title=", "--right-title=", "-o", "r.ps", "report.txt"], d)
    run(["ps2pdf", "-sPAPERSIZE=a4", "r.ps", "r.pdf"], d)
    return os.path.join(d, "r.pdf")


# ---------------- V3: iText 8 ----------------
def v3_itext(rep, d):
    """The spec as tab-separated lines for the Java program (no JSON library on its class path)."""
    sp = spec(rep)
    lines = ["cover\t%s\t%s" % kv for kv in sp["cover"].items()] + ["cover\tinvented\t" + INVENTED]
    for b in sp["blocks"]:
        if b["k"] == "items":
            lines += ["item\t%s\t%s\t%s" % (b["type"], b["style"], t) for t in b["texts"]]
        else:
            lines.append("%s\t%s" % (b["k"], b["text"]))
    open(os.path.join(d, "spec.tsv"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    cp = open(JAVA_CP).read().strip()
    shutil.copy(os.path.join(HERE, "batch20_itext.java"), os.path.join(d, "ItextReport.java"))
    run(["java", "-cp", cp, "ItextReport.java", "spec.tsv", "r.pdf"], d)
    return os.path.join(d, "r.pdf")


# ---------------- V4: PDFKit, V5: react-pdf, V6: Typst (node) ----------------
def v4_pdfkit(rep, d):
    node("batch20_pdfkit.js", d, write_spec(rep, d), os.path.join(d, "r.pdf"))
    return os.path.join(d, "r.pdf")


def v5_reactpdf(rep, d):
    node("batch20_reactpdf.mjs", d, write_spec(rep, d), os.path.join(d, "r.pdf"))
    return os.path.join(d, "r.pdf")


def typ(s):
    s = re.sub(r"([\\#$*_`<>@\[\]~=+/-])", r"\\\1", s)
    return s.replace("'", "\u2019")


def v6_typst(rep, d):
    c = rep["cover"]
    out = ['#set document(title: "%s", author: "%s")' % (c["title"], c["partnership"]),
           '#set page(paper: "a4", margin: (x: 2.5cm, y: 2.6cm), header: context { if counter(page).get().first() > 2 [ '
           '#set text(9pt, fill: rgb("#555555")); %s #h(1fr) %s ] }, footer: context { if counter(page).get().first() > 1 '
           '{ align(center, text(9pt, counter(page).display())) } })' % (typ(c["partnership"]), typ(c["title"])),
           '#set text(font: "Libertinus Serif", size: 11pt, lang: "en", region: "gb")', '#set par(justify: true)',
           '#set heading(numbering: "1.")', '#show heading.where(level: 1): set text(14pt, fill: rgb("#1d4e5f"))',
           '#set enum(numbering: "a)")',
           '#align(center)[#v(3cm) #text(15pt)[%s] #v(2cm) #text(28pt, weight: "bold")[Learning Review] #v(0.3cm) '
           '#text(24pt)[Child S] #v(1cm) #text(13pt)[%s] #v(1fr) #text(9pt)[%s]]' % (typ(c["partnership"]), c["date"], typ(INVENTED)),
           '#pagebreak()', '#outline(title: [Contents], depth: 1)', '#pagebreak()']
    n = 0
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append("= " + typ(bare(b[1])))
        elif b[0] == "p":
            out.append(typ(b[1]) + "\n")
        elif b[0] == "lpbox":
            n += 1
            out.append('#block(fill: rgb("#e4eef0"), inset: 10pt, radius: 3pt, width: 100%%)[*Key learning %d* \\ %s]' % (n, typ(b[1])))
        elif b[0] == "items":
            m = "+" if b[3].startswith("enum") else "-"
            out.append("\n".join("%s %s" % (m, typ(t)) for t in b[2]) + "\n")
    open(os.path.join(d, "r.typ"), "w").write("\n".join(out) + "\n")
    node("batch20_typst.js", d, os.path.join(d, "r.typ"), os.path.join(d, "r.pdf"))
    return os.path.join(d, "r.pdf")


# ---------------- V7: KOMA-Script scrreprt ----------------
def v7_koma(rep, d):
    c = rep["cover"]
    out = [r"\documentclass[a4paper,11pt,chapterprefix=true,headings=big,open=any,parskip=half]{scrreprt}",
           r"\usepackage[T1]{fontenc}", r"\usepackage{lmodern}", r"\usepackage[margin=2.6cm]{geometry}",
           r"\usepackage[automark,headsepline]{scrlayer-scrpage}", r"\pagestyle{scrheadings}", r"\ihead{\leftmark}",
           r"\ohead{Marwood Priors LSCB}", r"\chead{}", r"\cfoot*{\pagemark}",
           r"\renewcommand*{\chapterpagestyle}{scrheadings}",
           r"\usepackage[hidelinks,pdftitle={%s}]{hyperref}" % c["title"],
           r"\subject{%s}" % tex(c["partnership"]), r"\title{%s}" % tex(c["title"].split(" - ")[0]),
           r"\subtitle{Overview Report}", r"\author{%s}" % tex(c["author"]), r"\date{%s}" % c["date"],
           r"\publishers{\small %s}" % tex(INVENTED), r"\begin{document}", r"\maketitle", r"\tableofcontents"]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append(r"\chapter{%s}" % tex(b[1]))
        elif b[0] == "p":
            out.append(tex(b[1]) + "\n")
        elif b[0] == "items" and b[3] == "labeling":
            out.append(r"\begin{labeling}{\textbf{Lesson 4}}" + "".join(
                r"\item[\textbf{Lesson %d}] %s" % (i + 1, tex(t)) + "\n" for i, t in enumerate(b[2])) + r"\end{labeling}")
        elif b[0] == "items":
            env = "enumerate" if b[3] == "enum" else "itemize"
            out.append(r"\begin{%s}" % env + "".join(r"\item %s" % tex(t) + "\n" for t in b[2]) + r"\end{%s}" % env)
    out.append(r"\end{document}")
    open(os.path.join(d, "r.tex"), "w").write("\n".join(out))
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "r.tex"], d)
    return os.path.join(d, "r.pdf")


# ---------------- V8: RTF -> LibreOffice ----------------
def rtf(s):
    s = s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
    return "".join(ch if ord(ch) < 128 else "\\u%d?" % ord(ch) for ch in s)


def v8_rtf(rep, d):
    c = rep["cover"]
    body = r"\f1\fs22\sa160\sl276\slmult1"
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fswiss\fcharset0 Arial;}}",
           r"{\colortbl;\red31\green56\blue100;\red217\green226\blue243;\red0\green0\blue0;}",
           r"{\info{\title %s}{\author %s}}" % (rtf(c["title"]), rtf(c["partnership"])),
           r"\paperw11906\paperh16838\margl1440\margr1440\margt1440\margb1440\titlepg",
           r"{\header\pard\qr\f1\fs18 OFFICIAL\par}",
           r"{\footer\pard\qc\f1\fs18 Page {\field{\*\fldinst PAGE}{\fldrslt 2}}\par}",
           r"\pard\qc\sb2400\f1\fs28\b\cf1 %s\b0\cf0\par" % rtf(c["partnership"]),
           r"\pard\qc\sb1200\f1\fs44\b %s\b0\par" % rtf(c["title"]),
           r"\pard\qc\sb600\f1\fs24 %s\par" % rtf(c["author"]),
           r"\pard\qc\sb200\f1\fs24 %s\par" % rtf(c["date"]),
           r"\pard\qc\sb2400\f1\fs18\i %s\i0\par" % rtf(INVENTED),
           r"\pard\page"]
    for b in rep["blocks"]:
        if b[0] == "h1":
            out.append(r"\pard\keepn\sb360\sa160\brdrb\brdrs\brdrw10\brsp40\f1\fs28\b\cf1 %s\b0\cf0\par" % rtf(b[1]))
        elif b[0] == "p":
            out.append(r"\pard\qj%s %s\par" % (body, rtf(b[1])))
        elif b[0] == "items" and b[3] == "runin":
            for i, t in enumerate(b[2]):
                out.append(r"\pard\qj%s {\b Key Learning %d:} %s\par" % (body, i + 1, rtf(t)))
        elif b[0] == "items":
            cells = [(850, "No."), (7000, "Recommendation"), (9026, "Agency")]
            agencies = ["Partnership", "Integrated care board", "CAMHS", "Schools"]
            brd = r"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10"

            def row(vals, head):
                r = [r"\trowd\trgaph108\trleft0" + (r"\trhdr" if head else "")]
                r += [(r"\clcbpat2" if head else "") + brd + r"\cellx%d" % x for x, _ in cells]
                r.append(r"\pard\intbl\f1\fs20 " + "".join((r"{\b %s}" if head else "%s") % rtf(v) + r"\cell " for v in vals) + r"\row")
                return "".join(r)
            out.append(row([n for _, n in cells], True))
            for i, t in enumerate(b[2]):
                out.append(row([str(i + 1), t, agencies[i]], False))
            out.append(r"\pard\sa120\par")
    out.append("}")
    open(os.path.join(d, "r.rtf"), "w", encoding="ascii").write("\n".join(out))
    run(["soffice", "-env:UserInstallation=file:///tmp/m24r-lo", "--headless", "--convert-to", "pdf", "r.rtf"], d)
    return os.path.join(d, "r.pdf")


RENDER = {"brackenfold": v1_tufte, "hatherden": v2_a2ps, "bro-morlais": v3_itext, "ashcott": v4_pdfkit,
          "tremayne": v5_reactpdf, "kinloch": v6_typst, "marwood": v7_koma, "pennock": v8_rtf}


def render(rep, d):
    for k, f in RENDER.items():
        if rep["file"].startswith(k):
            return f(rep, d)
    raise SystemExit("no renderer for " + rep["file"])
