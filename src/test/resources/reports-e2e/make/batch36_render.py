"""Batch 36 renderer: turns a batch36_content description into the command file of batch36_layout.java (stories,
threaded frames, fixed page items) and runs it with PDFBox 3.0.8 from ~/.m2. Test-fixture tooling only."""
import glob, os, re, subprocess
from batch36_content import INVENTED

LIB = "/usr/share/fonts/truetype/liberation/Liberation"
FONTS = {"serif": "Serif-Regular", "serifB": "Serif-Bold", "serifI": "Serif-Italic", "sans": "Sans-Regular",
         "sansB": "Sans-Bold", "sansI": "Sans-Italic"}
L, R, TOP, BOT = 56, 539, 70, 790


def c(*f):
    return "\t".join(str(x) for x in f)


def style(name, font, bold, size, lead, before, after, indent=0, hang=0, color="000000", align="L", flags="-"):
    return c("STYLE", name, font, bold, size, lead, before, after, indent, hang, color, align, flags)


def head_styles(body, bold, size, lead, hcolor, hsize=15, grid=0, imghead=False, outline=False):
    h1flags = ("imghead outline" if imghead else "keep" + (" outline" if outline else ""))
    h1lead = 26 if imghead else (2 * grid if grid else hsize * 1.6)
    return [style("h1", "sansB", "sansB", hsize, h1lead, 10, 4, color=hcolor if not imghead else "1f6f78/ffffff",
                  flags=h1flags),
            style("h2", "sansB", "sansB", size + 1, lead, 6, 2, color=hcolor, flags="keep"),
            style("body", body, bold, size, lead, 0, lead * 0.45, align="J"),
            style("li", body, bold, size, lead, 0, lead * 0.3, hang=16, align="L"),
            style("num", body, bold, size, lead, 0, lead * 0.45, hang=30, align="J"),
            style("sub", body, bold, size, lead, 0, lead * 0.3, indent=30, hang=24, align="J")]


def paras(blocks, story, rep, marks=True):
    out, margin = [], rep.get("margin_notes", {})
    for b in blocks:
        if b[0] in ("h1", "h2"):
            note = b[4] if len(b) > 4 else "-"
            out.append(c("PARA", story, b[0], "-", note, b[1]))
        elif b[0] == "p":
            t = b[1]
            note = next((v for k, v in margin.items() if t.startswith(k)), "-")
            m = re.match(r"^(\d+\.\d+) (.*)$", t)
            s = re.match(r"^(\([a-z]+\)) (.*)$", t)
            if m:
                out.append(c("PARA", story, "num", m.group(1), note, m.group(2)))
            elif s:
                out.append(c("PARA", story, "sub", s.group(1), note, s.group(2)))
            else:
                out.append(c("PARA", story, "body", "-", note, t))
        elif b[0] == "items":
            for i, t in enumerate(b[2]):
                st = b[3]
                mk = "\u2022" if st == "ul" else "%d." % (i + 1) if st == "ol" else "%s.%d" % (st.split(":")[1], i + 1)
                out.append(c("PARA", story, "num" if st.startswith("para") else "li", mk, "-", t))
    return out


def cover(rep, dark="1f3a5f", band=True):
    cv = rep["cover"]
    out = [c("PAGE")]
    if band:
        out.append(c("FILL", 0, 0, 595, 250, dark))
        out.append(c("TEXT", "sansB", 13, "ffffff", L, 60, cv["partnership"]))
    if cv.get("partnership_cy"):
        out.append(c("TEXT", "sansB", 13, "ffffff", L, 80, cv["partnership_cy"]))
    out.append(c("WRAP", "sansB", 26, 32, "ffffff" if band else dark, L, 140, 470, cv["title"]))
    y = 320
    if cv.get("title_cy"):
        out.append(c("WRAP", "sansB", 20, 26, "1f3a5f", L, 280, 470, cv["title_cy"]))
        y = 340
    for t in (cv["by"], cv["date"]):
        if t:
            out.append(c("TEXT", "sans", 12, "333333", L, y, t))
            y += 22
    out.append(c("WRAP", "sansI", 9, 12, "555555", L, 760, 470, INVENTED))
    return out


def two_columns(story, y0=TOP, y1=BOT):
    return [c("FRAME", story, L, y0, 231, y1 - y0), c("FRAME", story, 308, y0, 231, y1 - y0)]


def pull(x, y, w, text):
    return [c("RULE", x, y, x + w, y, 1.5, "8a1538"), c("WRAP", "serifI", 15, 19, "8a1538", x + 4, y + 8, w - 8, text),
            c("RULE", x, y + 70, x + w, y + 70, 1.5, "8a1538")]


def furniture(rep, head=True, foot="{n}"):
    out = [c("FURN", "sans", 8, "555555", "C", 815, foot)]
    if head:
        out.append(c("FURN", "sans", 8, "555555", "L", 40, rep["cover"]["partnership"]))
    return out


def main_blocks(rep):
    return [b for b in rep["blocks"] if b[0] in ("h1", "h2", "p", "items")]


def threaded(rep):
    cmds = head_styles("serif", "serifB", 10, 13.5, "8a1538", grid=13.5) + [c("GRID", 13.5, TOP)] + cover(rep, "8a1538")
    pulls = [b[1] for b in rep["blocks"] if b[0] == "pull"]
    cmds += [c("PAGE"), c("FRAME", "main", L, TOP, 231, BOT - TOP), c("FRAME", "main", 308, TOP, 231, 330),
             c("FRAME", "main", 308, 490, 231, BOT - 490)] + pull(308, 412, 231, pulls[0])
    cmds += [c("PAGE"), c("FRAME", "main", L, TOP, 231, 230), c("FRAME", "main", L, 390, 231, BOT - 390),
             c("FRAME", "main", 308, TOP, 231, BOT - TOP)] + pull(L, 312, 231, pulls[1])
    return cmds + furniture(rep) + paras(main_blocks(rep), "main", rep)


def sidebar(rep):
    cmds = head_styles("sans", "sansB", 9.5, 12, "2e6b30", hsize=14, grid=12) + [c("GRID", 12, TOP)] + cover(rep, "2e6b30")
    side = next(b for b in rep["blocks"] if b[0] == "side")
    pq = next(b[1] for b in rep["blocks"] if b[0] == "pull")
    cmds += [c("PAGE"), c("FRAME", "main", L, TOP, 231, BOT - TOP), c("FRAME", "main", 308, TOP, 231, 390),
             c("FILL", 300, 470, 247, 300, "e4efe4"), c("FRAME", "side", 312, 482, 223, 280)]
    cmds += [c("PAGE"), c("FRAME", "main", L, TOP, 231, 230), c("FRAME", "main", L, 390, 231, BOT - 390),
             c("FRAME", "main", 308, TOP, 231, BOT - TOP)] + pull(L, 312, 231, pq)
    cmds += furniture(rep) + paras(main_blocks(rep), "main", rep)
    cmds.append(c("PARA", "side", "h2", "-", "-", side[1]))
    cmds += [c("PARA", "side", "li", "%d." % (i + 1), "-", t) for i, t in enumerate(side[2])]
    return cmds


def bilingual(rep):
    cmds = head_styles("sans", "sansB", 9.5, 12.5, "a4161a", hsize=13) + cover(rep, "a4161a")
    for _ in range(1):
        cmds += [c("PAGE"), c("FRAME", "cy", L, TOP, 231, BOT - TOP), c("FRAME", "en", 308, TOP, 231, BOT - TOP),
                 c("RULE", 297.5, TOP, 297.5, BOT, 0.5, "999999"), c("TEXT", "sansB", 8, "a4161a", L, 58, "CYMRAEG"),
                 c("TEXT", "sansB", 8, "a4161a", 308, 58, "ENGLISH")]
    cmds += furniture(rep, foot="Tudalen / Page {n}")
    cmds += paras([b if b[0] != "items" else b[:3] + ("ul",) for b in rep["welsh"]], "cy", rep)
    return cmds + paras(main_blocks(rep), "en", rep)


def newsletter(rep):
    cv = rep["cover"]
    cmds = head_styles("serif", "serifB", 9.5, 12.5, "005a70", hsize=13)
    cmds += [c("PAGE"), c("FILL", 0, 0, 595, 70, "005a70"), c("TEXT", "sansB", 24, "ffffff", L, 46, "Learning Lens"),
             c("TEXT", "sans", 9, "ffffff", 340, 46, cv["partnership"]),
             c("TEXT", "sans", 9, "ffffff", 340, 60, cv["date"]),
             c("WRAP", "sansB", 24, 28, "005a70", L, 90, 483, cv["title"]),
             c("WRAP", "serifI", 11.5, 15, "333333", L, 130, 483, "What one review told us about children who go missing, "
               "and what every practitioner can do differently. " + INVENTED)]
    cols = [(L, 150), (222.5, 150), (389, 150)]
    cmds += [c("FRAME", "main", x, 190, w, 480) for x, w in cols]
    cmds += [c("RULE", 214.25, 190, 214.25, 670, 0.5, "999999"), c("RULE", 380.75, 190, 380.75, 670, 0.5, "999999"),
             c("FILL", L, 685, 483, 100, "e0eef2"), c("TEXT", "sansB", 11, "005a70", L + 10, 703, "Did you know?"),
             c("WRAP", "serif", 9.5, 12.5, "000000", L + 10, 712, 463, "Return home interviews must be offered within 72 "
               "hours of a child coming back. Any practitioner can ask the missing children team whether one took "
               "place.")]
    cmds += [c("TEXT", "sans", 8, "555555", 200, 815, "fenwardinescp.example.org.uk | Learning Lens | page 1")]
    return cmds + paras(main_blocks(rep), "main", rep)


def one_column(rep, body="serif", bold="serifB", size=10.5, lead=14, x=L, w=R - L, imghead=False, outline=False,
               y1=BOT, hcolor="1f3a5f"):
    cmds = head_styles(body, bold, size, lead, hcolor, imghead=imghead, outline=outline) + cover(rep, hcolor)
    return cmds + [c("PAGE"), c("FRAME", "main", x, TOP, w, y1 - TOP)]


def legal(rep):
    cmds = one_column(rep, y1=690) + [c("NOTEZONE", L, 706, R - L, "serif", 8)]
    return cmds + furniture(rep) + paras(main_blocks(rep), "main", rep)


def imghead(rep):
    cmds = one_column(rep, body="sans", bold="sansB", imghead=True, hcolor="1f6f78")
    return cmds + furniture(rep, foot="Page {n}") + paras(main_blocks(rep), "main", rep)


def margin(rep):
    cmds = one_column(rep, x=186, w=353, hcolor="4b2e83") + [c("MARGIN", L, 115, "sansI", 8, "4b2e83")]
    return cmds + furniture(rep) + paras(main_blocks(rep), "main", rep)


def est_lines(text, width, size):
    return max(1, -(-int(len(text) * size * 0.53) // int(width)))


def table(rep):
    blocks = rep["blocks"]
    at = next(i for i, b in enumerate(blocks) if b[0] == "h1" and b[2] == "recommendations")
    tab = next(b for b in blocks if b[0] == "rectable")
    end = next(i for i, b in enumerate(blocks) if b[0] == "h1" and b[2] == "conclusion")
    cmds = one_column(rep, body="sans", bold="sansB", size=10, lead=13.5, hcolor="6b3fa0")
    cmds += [c("PAGE"), c("FRAME", "tail", L, TOP, R - L, 90)]
    xs, size, lead = [L, L + 34, L + 284, L + 419, R], 9, 11.5
    y = TOP + 96
    cmds += [c("FILL", L, y, R - L, 34, "6b3fa0"), c("TEXT", "sansB", size, "ffffff", L + 4, y + 13, "No."),
             c("TEXT", "sansB", size, "ffffff", xs[1] + 4, y + 13, "Recommendation"),
             c("TEXT", "sansB", size, "ffffff", xs[2] + 4, y + 13, "Responsibility"),
             c("TEXT", "sansB", size, "ffffff", xs[2] + 4, y + 29, "Lead agency"),
             c("TEXT", "sansB", size, "ffffff", xs[3] + 4, y + 29, "Timescale"),
             c("RULE", xs[2], y + 17, R, y + 17, 0.6, "ffffff"), c("RULE", xs[3], y + 17, xs[3], y + 34, 0.6, "ffffff")]
    y += 34
    lines = []
    no = 0
    for theme, recs in tab[1]:
        cmds += [c("FILL", L, y, R - L, 18, "e6dcf2"), c("TEXT", "sansB", size, "6b3fa0", L + 4, y + 13, theme)]
        lines.append(y)
        y += 18
        for text, owners in recs:
            no += 1
            hs = [max(est_lines(a, 130, size), est_lines(t, 115, size)) * lead + 8 for a, t in owners]
            need = est_lines(text, 245, size) * lead + 8
            if sum(hs) < need:
                hs[-1] += need - sum(hs)
            top = y
            cmds += [c("TEXT", "sans", size, "000000", L + 4, y + 13, str(no)),
                     c("WRAP", "sans", size, lead, "000000", xs[1] + 4, y + 4, 242, text)]
            for (a, t), h in zip(owners, hs):
                cmds += [c("WRAP", "sans", size, lead, "000000", xs[2] + 4, y + 4, 128, a),
                         c("WRAP", "sans", size, lead, "000000", xs[3] + 4, y + 4, 112, t)]
                y += h
                if (a, t) != owners[-1]:
                    cmds.append(c("RULE", xs[2], y, R, y, 0.5, "6b3fa0"))
            for x in xs[1:-1]:
                cmds.append(c("RULE", x, top, x, y, 0.5, "6b3fa0"))
            lines.append(y)
    for yy in lines:
        cmds.append(c("RULE", L, yy, R, yy, 0.5, "6b3fa0"))
    cmds += [c("RULE", L, TOP + 96, L, y, 0.5, "6b3fa0"), c("RULE", R, TOP + 96, R, y, 0.5, "6b3fa0"),
             c("FRAME", "tail2", L, y + 24, R - L, BOT - y - 24)]
    cmds += furniture(rep)
    cmds += paras([b for b in blocks[:at] if b[0] in ("h1", "p", "items")], "main", rep)
    cmds += paras([b for b in blocks[at:end] if b[0] in ("h1", "p")], "tail", rep)
    return cmds + paras(blocks[end:], "tail2", rep)


LAYOUTS = {"threaded": threaded, "sidebar": sidebar, "bilingual": bilingual, "newsletter": newsletter, "legal": legal,
           "imghead": imghead, "margin": margin, "table": table}


def render(rep, d):
    fonts = [c("FONT", k, LIB + v + ".ttf") for k, v in FONTS.items()]
    src = os.path.join(d, "commands.tsv")
    open(src, "w", encoding="utf-8").write("\n".join(fonts + LAYOUTS[rep["layout"]](rep)) + "\n")
    m2 = os.path.expanduser("~/.m2/repository")
    cp = ":".join(glob.glob(m2 + "/org/apache/pdfbox/pdfbox/3.0.8/*.jar") + glob.glob(m2 + "/org/apache/pdfbox/fontbox/3.0.8/*.jar")
                  + glob.glob(m2 + "/org/apache/pdfbox/pdfbox-io/3.0.8/*.jar") + glob.glob(m2 + "/commons-logging/commons-logging/1.3.*/*.jar")[:1])
    made = os.path.join(d, "r.pdf")
    here = os.path.dirname(os.path.abspath(__file__))
    r = subprocess.run(["java", "-Djava.awt.headless=true", "-cp", cp, os.path.join(here, "batch36_layout.java"), src, made],
                       capture_output=True, text=True)
    if r.returncode:
        raise SystemExit(r.stderr[-3000:])
    if r.stderr.strip():
        print("  " + rep["file"] + ": " + " | ".join(l for l in r.stderr.splitlines() if "story" in l))
    return made
