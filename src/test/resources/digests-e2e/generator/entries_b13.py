# Batch b13 (issue 9 point 6; invented for testing; truth written and committed before the inputs were rendered or run).
# Four digests in layouts not in b1-b12: an HTML page laid out as a feed (Atom/RSS-like entries with published dates and
# 'entry-content'), a plain-text digest whose headings are underlined with === and ---, a PDF printed from a spreadsheet
# (one row per review, landscape, untagged), and a DOCX where each review is a two-column table (label | text).
# The entries re-use b12's summaries with new child codes (their coding is settled), so a miss here is a layout miss.
# Uses E, T, COLS from entries.py and B12 from entries_b12.py (both in this folder).
def recode(e, old, new):
    import copy
    e = copy.deepcopy(e)
    sub = lambda s: s.replace(old, new)
    e["title"], e["summary"] = sub(e["title"]), sub(e["summary"])
    e["learning"], e["recs"] = [sub(x) for x in e["learning"]], [sub(x) for x in e["recs"]]
    e["t"]["child_name"] = sub(e["t"]["child_name"])
    return e
_b = lambda f, i: B12[f]["entries"][i]
B13 = {}
B13["b13-feed-html-2025-08.html"] = dict(month="2025-08", heading="Case review feed – August 2025", intro="The latest case reviews, newest first. All of the children, families and places below are invented for testing.", entries=[
    recode(_b("b12-chromium-sidebyside-2025-07.pdf", 0), "DA", "JA"), recode(_b("b12-chromium-sidebyside-2025-07.pdf", 1), "DB", "JB"),
    recode(_b("b12-email-newsletter-2024-10.html", 2), "EC", "JC")])
B13["b13-plaintext-underlined-2024-06.txt"] = dict(month="2024-06", heading="Case reviews published in June 2024", intro="Summaries of case reviews added this month. All of the children, families and places below are invented for testing.", entries=[
    recode(_b("b12-email-newsletter-2024-10.html", 0), "EA", "KA"), recode(_b("b12-email-newsletter-2024-10.html", 1), "EB", "KB"),
    recode(_b("b12-docx-boldsize-2026-04.docx", 2), "FC", "KC")])
B13["b13-spreadsheet-landscape-2025-02.pdf"] = dict(month="2025-02", heading="Case reviews – February 2025", intro="One row per review. All of the children, families and places below are invented for testing.", entries=[
    recode(_b("b12-docx-boldsize-2026-04.docx", 0), "FA", "LA"), recode(_b("b12-markdown-reflinks-2025-12.md", 1), "GB", "LB"),
    recode(_b("b12-latex-threecol-2025-05.pdf", 0), "HA", "LC")])
B13["b13-docx-labeltable-2026-01.docx"] = dict(month="2026-01", heading="Case reviews: January 2026", intro="Each review is set out in a table. All of the children, families and places below are invented for testing.", entries=[
    recode(_b("b12-markdown-reflinks-2025-12.md", 0), "GA", "WA"), recode(_b("b12-latex-threecol-2025-05.pdf", 1), "HB", "WB"),
    recode(_b("b12-markdown-reflinks-2025-12.md", 2), "GC", "WC")])
