# Batch b19 (issue 9, session 10; invented for testing; truth written and committed before the inputs were rendered or run).
# Eight digests in producers and layouts not in b1-b18: reStructuredText through docutils rst2html5 (rubric labels),
# AsciiDoc through asciidoctor (HTML, block titles over the lists), a UTF-16LE plain-text file with a BOM and CRLF, an HTML
# newsletter of CSS grid cards with an 'In this issue' list, markdown with closed ATX headings, HTML entities and '1)'
# lists, a hand-written DOCX with the digest title in a text box and Word comments on the reviews, LaTeX beamer slides
# (each review over two frames, the second '(continued)'), and a Chromium PDF with a sidebar ('In this issue', 'About').
# All 25 entries re-use b18 entries (which meet the bar since d16) with new codes (`recode`: prefix O), so a miss here is
# a layout miss. Uses E, T, COLS from entries.py, B18 from entries_b18.py and recode from entries_b15.py.
B19 = {}
_ALL18 = [e for d in B18.values() for e in d["entries"]]
_MAP = {"IA": "OA", "AF": "OB", "AJ": "OC", "IB": "OD", "IC": "OE", "ID": "OG", "AH": "OH", "AP": "OI", "IE": "OJ", "IF": "OK",
        "AM": "OL", "AG": "OM", "AK": "OP", "AL": "OQ", "AN": "OS", "AQ": "OT", "AR": "OU", "AS": "OV", "AO": "OW", "IG": "OX",
        "AT": "OY", "AU": "OZ", "AV": "QO", "AW": "RO", "II": "SO", "AX": "TO", "AY": "UO", "AZ": "VO"}


def _re(e):
    pairs = [(k, v) for k, v in _MAP.items() if k in e["title"] + " " + e["summary"] + " " + " ".join(e["learning"] + e["recs"] + e["good"])]
    return recode(e, pairs, lab=e["lab"])


_R = [_re(e) for e in _ALL18]
# 25 entries over eight digests, mixed so that no digest repeats a b18 file's order
_ORDER = [[0, 5, 10], [3, 8, 13, 18], [1, 6, 11], [4, 9, 14], [2, 7, 12], [15, 19, 23], [16, 20, 24], [17, 21, 22]]
_FILES = [("b19-rst-docutils-2025-06.html", "2025-06", "Case reviews published in June 2025"),
          ("b19-beamer-slides-2025-09.pdf", "2025-09", "Case reviews briefing: September 2025"),
          ("b19-asciidoctor-2025-07.html", "2025-07", "Case reviews update – July 2025"),
          ("b19-utf16-text-2025-11.txt", "2025-11", "CASE REVIEWS PUBLISHED IN NOVEMBER 2025"),
          ("b19-html-gridcards-2026-03.html", "2026-03", "Case reviews newsletter – March 2026"),
          ("b19-markdown-entities-2026-01.md", "2026-01", "Case reviews digest – January 2026"),
          ("b19-docx-textbox-comments-2025-12.docx", "2025-12", "Case reviews update – December 2025"),
          ("b19-chromium-sidebar-2026-05.pdf", "2026-05", "Case reviews published in May 2026")]
for (fname, month, heading), idx in zip(_FILES, _ORDER):
    y, m = month.split("-")
    mon = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][int(m) - 1]
    B19[fname] = dict(month=month, heading=heading, intro=f"{['Three', 'Four'][len(idx) - 3]} case reviews published in {mon} {y}. All of the children, families and places below are invented for testing.", entries=[_R[i] for i in idx])
