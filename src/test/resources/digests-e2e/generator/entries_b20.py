# Batch b20 (issue 9, session 11; invented for testing; truth written and committed before the inputs were rendered or run).
# Eight digests in producers and layouts not in b1-b19: a LibreOffice Writer tagged PDF opening with a table of contents
# (dot leaders, page numbers) before the reviews, a Chromium print of an NSPCC-style web page whose reviews are accordion
# panels (all expanded, with breadcrumbs, 'On this page' and 'Related resources'), a pdflatex A5 digest imposed two pages
# to a landscape A4 sheet (pdfpages nup), a pdflatex digest whose labels sit in the left margin (marginnote), an HTML table
# whose title cell spans the review's rows (rowspan), markdown where every review is an item of one numbered list with
# the labels as nested list items, a forwarded plain-text e-mail (format=flowed, the digest quoted with '> ' and wrapped
# at 72 columns), and a hand-written DOCX with a Word table-of-contents field and the report links as endnotes.
# All 25 entries re-use b19 entries (which meet the bar since session 10) with new codes (O -> Y: OA -> YA, QO -> QY, ...),
# redistributed, so a miss here is a layout miss. Uses E, T, COLS from entries.py, B19 from entries_b19.py and recode from
# entries_b15.py.
import re as _re20
B20 = {}
_ALL19 = [e for d in B19.values() for e in d["entries"]]
_CODE = _re20.compile(r"\b(O[A-Z]|[QRSTUV]O)\b")


def _y(code): return "Y" + code[1] if code[0] == "O" else code[0] + "Y"


def _re_b20(e):
    text = e["title"] + " " + e["summary"] + " " + " ".join(e["learning"] + e["recs"] + e["good"] + [e["t"]["child_name"]])
    pairs = sorted({(c, _y(c)) for c in _CODE.findall(text)})
    out = recode(e, [], lab=e["lab"])
    sub = lambda s: _CODE.sub(lambda m: _y(m.group(1)), s)
    out["title"], out["summary"] = sub(out["title"]), sub(out["summary"])
    out["learning"], out["recs"], out["good"] = [sub(x) for x in out["learning"]], [sub(x) for x in out["recs"]], [sub(x) for x in out["good"]]
    out["t"]["child_name"] = sub(out["t"]["child_name"])
    if out["norec"]: out["norec"] = sub(out["norec"])
    return out


_R20 = [_re_b20(e) for e in _ALL19]
_ORDER20 = [[2, 9, 16], [0, 7, 14, 21], [4, 11, 18], [6, 13, 20], [1, 8, 15], [3, 10, 17], [5, 12, 19], [22, 23, 24]]
_FILES20 = [("b20-writer-toc-2025-08.pdf", "2025-08", "Case reviews published in August 2025"),
            ("b20-chromium-accordion-2026-02.pdf", "2026-02", "Case reviews update – February 2026"),
            ("b20-latex-2up-2024-10.pdf", "2024-10", "Case reviews digest – October 2024"),
            ("b20-latex-marginlabels-2025-03.pdf", "2025-03", "Case reviews published in March 2025"),
            ("b20-html-rowspan-2025-01.html", "2025-01", "Case reviews published in January 2025"),
            ("b20-markdown-nested-2024-12.md", "2024-12", "Case reviews update: December 2024"),
            ("b20-email-forwarded-2025-10.txt", "2025-10", "Case reviews published in October 2025"),
            ("b20-docx-toc-endnotes-2026-01.docx", "2026-01", "Case reviews digest – January 2026")]
_MON20 = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
for (fname, month, heading), idx in zip(_FILES20, _ORDER20):
    y, m = month.split("-")
    B20[fname] = dict(month=month, heading=heading, intro=f"{['Three', 'Four'][len(idx) - 3]} case reviews were published in {_MON20[int(m) - 1]} {y}. All of the children, families and places below are invented for testing.", entries=[_R20[i] for i in idx])
