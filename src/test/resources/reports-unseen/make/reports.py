"""Seven invented reports in structures the corpus does not have. Run: python3 reports.py OUTDIR"""
import sys
from content import paragraphs, RECS, LEARNING, GOOD
from render import build

MARK = "INVENTED TEST DOCUMENT: the partnership, the child and every event in this report are invented."


def fill(seed, n):
    return ("filler", paragraphs(seed, n))


def title(lines, extra):
    return ("title", lines, extra + [MARK])


TABLE_HEAD = ["No.", "Recommendation", "Lead agency", "Timescale"]
AGENCIES = ["Partnership", "Children's social care", "Health", "Police", "Education"]


def rec_table(recs):
    return [TABLE_HEAD] + [[str(i), r, AGENCIES[i % 5], "%d months" % (3 * (i % 4 + 1))] for i, r in enumerate(recs, 1)]


REPORTS = [
    {"name": "ashby-vale-cspr-child-m", "producer": "chromium",
     "features": ["'Section N:' headings", "4.2.1 sub-numbering", "Learning Point boxes in Analysis", "R1 codes",
                  "good practice as prose", "footer OFFICIAL-SENSITIVE Page N"],
     "opts": {"h1break": True, "footer": "'OFFICIAL-SENSITIVE          Page ' counter(page)", "font": "'DejaVu Sans'", "size": "10.5pt"},
     "blocks": [title(["Ashby Vale Safeguarding Children Partnership", "Child Safeguarding Practice Review", "Child M"],
                      ["Independent reviewer: Harriet Quayle-Benson", "Published: March 2024"]),
                ("pagebreak",), ("contents",), ("pagebreak",),
                ("h1", "Section 1: Introduction", "introduction"), fill(1, 4),
                ("h1", "Section 2: Methodology", "methodology"), fill(2, 5),
                ("h1", "Section 3: Background", "background"), fill(3, 9),
                ("h1", "Section 4: Analysis", "findings"), fill(4, 2),
                ("h2", "4.1 Working with the family"), fill(5, 3),
                ("box", "learning", "Learning Point 1", LEARNING[0]),
                ("h2", "4.2 Information sharing"), ("h3", "4.2.1 Between health and children's social care"), fill(6, 3),
                ("box", "learning", "Learning Point 2", LEARNING[11]),
                ("h3", "4.2.2 With schools"), fill(7, 4),
                ("box", "learning", "Learning Point 3", LEARNING[3]),
                ("h2", "4.3 Management oversight"), fill(8, 3),
                ("box", "learning", "Learning Point 4", LEARNING[10]),
                ("h1", "Section 5: Good practice", "good_practice"), fill(9, 2),
                ("h1", "Section 6: Recommendations", "recommendations"), ("p", "The review makes the following recommendations."),
                ] + [("labelled", "recommendations", "R%d" % i, RECS[i]) for i in range(1, 7)] + [
                ("h1", "Section 7: Conclusion", "conclusion"), fill(10, 2)]},

    {"name": "kelderby-scr-roman-caps", "producer": "libreoffice", "format": "fodt",
     "features": ["roman numeral ALL CAPS headings", "no contents page", "Key learning and Findings separate",
                  "recommendation table No./Recommendation/Lead agency/Timescale on a landscape page",
                  "footer OFFICIAL-SENSITIVE Page N"],
     "opts": {"odf_footer": "OFFICIAL-SENSITIVE<text:tab/>Page <text:page-number text:select-page=\"current\"/>"},
     "blocks": [title(["Kelderby Local Safeguarding Children Board", "Serious Case Review", "Baby R"],
                      ["Lead reviewer: Tomasz Okonkwo-Reid", "Date of publication: June 2019"]),
                ("pagebreak",),
                ("h1", "I. INTRODUCTION", "introduction"), fill(11, 3),
                ("h1", "II. TERMS OF REFERENCE", "methodology"), fill(12, 3),
                ("h1", "III. THE FAMILY", "background"), fill(13, 6),
                ("h1", "IV. KEY LEARNING", "learning"), ("p", "The review identified the following learning."),
                ("list", "learning", True, LEARNING[1:6]),
                ("h1", "V. FINDINGS", "findings"), ("h2", "Finding one: the pattern of referrals"), fill(14, 4),
                ("h2", "Finding two: the absent father"), fill(15, 4),
                ("h1", "VI. GOOD PRACTICE", "good_practice"), ("list", "good_practice", False, GOOD[0:4]),
                ("landscape", True),
                ("h1", "VII. RECOMMENDATIONS", "recommendations"),
                ("table", "recommendations", rec_table(RECS[7:12]), True, 1),
                ("landscape", False),
                ("h1", "VIII. CONCLUSION", "conclusion"), fill(16, 3)]},

    {"name": "marrowfield-lcspr-executive-summary", "producer": "chromium",
     "features": ["executive summary document", "unnumbered plain-language headings", "no page numbers",
                  "good practice as prose", "bulleted key learning"],
     "opts": {"font": "'Liberation Sans'", "size": "11pt", "h1size": "15pt"},
     "blocks": [title(["Marrowfield Safeguarding Children Partnership", "Local Child Safeguarding Practice Review",
                       "Executive Summary: Child J"], ["Author: Priya Lindqvist-Moore", "Published November 2022"]),
                ("pagebreak",),
                ("h1", "Executive summary", "summary"), fill(21, 2),
                ("h1", "About this review", "introduction"), fill(22, 2),
                ("h1", "What happened", "background", ["summary"]), fill(23, 4),
                ("h1", "What we found", "findings"), fill(24, 3),
                ("h1", "Key learning", "learning"), ("list", "learning", False, LEARNING[5:9]),
                ("h1", "What went well", "good_practice"), fill(25, 1),
                ("h1", "Recommendations", "recommendations"), ("list", "recommendations", True, RECS[12:16]),
                ("h1", "Conclusion", "conclusion"), fill(26, 1)]},

    {"name": "penhallow-two-column-review", "producer": "chromium",
     "features": ["two-column body", "bare number headings '1 Introduction'", "Learning point N: labels",
                  "good practice bullets", "footer Page N without of M"],
     "opts": {"columns": True, "footer": "'Page ' counter(page)", "font": "'DejaVu Serif'", "size": "10pt"},
     "blocks": [title(["Penhallow Safeguarding Children Partnership", "Child Safeguarding Practice Review: Child B"],
                      ["Independent author: Gwen Achterberg", "Published: September 2023"]),
                ("pagebreak",),
                ("h1", "1 Introduction", "introduction"), fill(31, 3),
                ("h1", "2 Background", "background"), fill(32, 6),
                ("h1", "3 Findings", "findings"), fill(33, 3),
                ("labelled", "learning", "Learning point 1:", LEARNING[6]), fill(34, 2),
                ("labelled", "learning", "Learning point 2:", LEARNING[7]), fill(35, 2),
                ("labelled", "learning", "Learning point 3:", LEARNING[8]),
                ("h1", "4 Good practice", "good_practice"), ("list", "good_practice", False, GOOD[2:6]),
                ("h1", "5 Recommendations", "recommendations"), ("list", "recommendations", True, RECS[16:21]),
                ("h1", "6 Conclusion", "conclusion"), fill(36, 2)]},

    {"name": "oxwick-cspr-html-table", "producer": "chromium",
     "features": ["unnumbered ALL CAPS headings", "contents page", "HTML recommendation table",
                  "running header with partnership name", "separate LEARNING and FINDINGS"],
     "opts": {"h1break": True, "header": "'Oxwick Safeguarding Children Partnership'", "footer": "counter(page)",
              "font": "'Liberation Serif'", "size": "11.5pt", "h1size": "14pt"},
     "blocks": [title(["Oxwick Safeguarding Children Partnership", "Child Safeguarding Practice Review", "Sibling Group K"],
                      ["Reviewer: Declan Fairweather-Osei", "Published January 2025"]),
                ("pagebreak",), ("contents",), ("pagebreak",),
                ("h1", "INTRODUCTION", "introduction"), fill(41, 3),
                ("h1", "METHODOLOGY", "methodology"), fill(42, 3),
                ("h1", "BACKGROUND", "background"), fill(43, 5),
                ("h1", "FINDINGS", "findings"), fill(44, 6),
                ("h1", "LEARNING", "learning"), ("list", "learning", True, [LEARNING[9], LEARNING[2], LEARNING[4]]),
                ("h1", "RECOMMENDATIONS", "recommendations"), ("p", "The partnership is asked to accept the recommendations below."),
                ("table", "recommendations", rec_table(RECS[0:6]), False, 1),
                ("h1", "CONCLUSION", "conclusion"), fill(45, 2)]},

    {"name": "dunmere-lcspr-docx", "producer": "pandoc-docx",
     "features": ["pandoc docx converted by LibreOffice", "LP1 codes", "recommendation table in docx",
                  "good practice bullets", "no page numbers"],
     "blocks": [title(["Dunmere Safeguarding Partnership", "Local Child Safeguarding Practice Review: Child Z"],
                      ["Lead reviewer: Ines Bramhall", "Published: April 2021"]),
                ("h1", "1. Introduction", "introduction"), fill(51, 3),
                ("h1", "2. Review process", "methodology"), fill(52, 3),
                ("h1", "3. Summary of events", "background", ["summary"]), fill(53, 6),
                ("h1", "4. Learning", "learning"), fill(54, 1),
                ("labelled", "learning", "LP1", LEARNING[0]), ("labelled", "learning", "LP2", LEARNING[5]),
                ("labelled", "learning", "LP3", LEARNING[10]),
                ("h1", "5. Good practice", "good_practice"), ("list", "good_practice", False, GOOD[0:3]),
                ("h1", "6. Recommendations", "recommendations"),
                ("table", "recommendations", rec_table(RECS[14:19]), False, 1),
                ("h1", "7. Conclusion", "conclusion"), fill(55, 2)]},
]


def long_report():
    blocks = [title(["Threlkeld Safeguarding Children Partnership", "Local Child Safeguarding Practice Review",
                     "Overview Report: Child H and Child L"], ["Independent lead reviewer: Morag Pettigrew-Adeyemi",
                                                              "Published: October 2024"]),
              ("pagebreak",), ("contents",), ("pagebreak",),
              ("h1", "1. Introduction", "introduction"), fill(61, 6),
              ("h1", "2. Scope and methodology", "methodology"), fill(62, 8),
              ("h1", "3. Background", "background"), fill(63, 10),
              ("h1", "4. Chronology", "background")]
    for i in range(1, 50):
        blocks += [("h2", "4.%d Period %d" % (i, i)), fill(100 + i, 10)]
    blocks += [("h1", "5. Analysis", "findings")]
    for i in range(1, 7):
        blocks += [("h2", "5.%d Theme %d" % (i, i)), ("h3", "5.%d.1 What happened" % i), fill(200 + i, 5),
                   ("h3", "5.%d.2 Why it happened" % i), fill(300 + i, 5),
                   ("labelled", "learning", "Learning point %d:" % i, LEARNING[i])]
    blocks += [("h1", "6. Good practice", "good_practice"), ("list", "good_practice", False, GOOD),
               ("h1", "7. Conclusion", "conclusion"), fill(64, 4),
               ("h1", "Appendix 1: Terms of reference", "appendix"), fill(65, 3),
               ("landscape", True),
               ("h1", "Appendix 2: Recommendations", "appendix", ["recommendations"]),
               ("table", "recommendations", rec_table(RECS[8:22]), True, 1)]
    return {"name": "threlkeld-lcspr-long-overview", "producer": "libreoffice", "format": "fodt",
            "features": ["60+ pages", "contents page", "4.2.1 numbering", "recommendations in an appendix table",
                         "landscape appendix", "footer OFFICIAL-SENSITIVE Page N"],
            "opts": {"odf_footer": "OFFICIAL-SENSITIVE<text:tab/><text:tab/>Page <text:page-number text:select-page=\"current\"/>",
                     "size": "11pt"},
            "blocks": blocks}


REPORTS.append(long_report())

REPORTS.append(
    {"name": "quarrington-lcspr-libreoffice-html", "producer": "libreoffice",
     "features": ["HTML converted by LibreOffice Writer/Web", "'Part N -' headings", "learning as bold sentences in findings",
                  "REC1 codes", "GP1 codes", "recommendations restated as bullets in the summary"],
     "blocks": [title(["Quarrington Safeguarding Children Partnership", "Learning Review: Child F"],
                      ["Written by: Oluwaseun Hartigan", "Date of publication: February 2022"]),
                ("h1", "Summary", "summary"), fill(71, 1), ("p", "The review makes three recommendations:"),
                ("list", None, False, [RECS[3], RECS[4], RECS[5]]),
                ("pagebreak",),
                ("h1", "Part 1 – Introduction", "introduction"), fill(72, 3),
                ("h1", "Part 2 – The family and agency involvement", "background"), fill(73, 5),
                ("h1", "Part 3 – Findings and learning", "findings", ["learning"]), fill(74, 2),
                ("bold", "learning", LEARNING[1]), fill(75, 2),
                ("bold", "learning", LEARNING[2]), fill(76, 2),
                ("bold", "learning", LEARNING[9]), fill(77, 1),
                ("h1", "Part 4 – Good practice", "good_practice"),
                ("labelled", "good_practice", "GP1", GOOD[1]), ("labelled", "good_practice", "GP2", GOOD[4]),
                ("h1", "Part 5 – Recommendations", "recommendations"),
                ("labelled", "recommendations", "REC1", RECS[3]), ("labelled", "recommendations", "REC2", RECS[4]),
                ("labelled", "recommendations", "REC3", RECS[5]),
                ("h1", "Part 6 – Concluding remarks", "conclusion"), fill(78, 2)]})

REPORTS.append(
    {"name": "wyvern-scr-two-column-odt", "producer": "libreoffice", "format": "fodt",
     "features": ["LibreOffice two-column sections", "numbered ALL CAPS headings", "R1 numbers in a table's first column",
                  "lessons learned as a numbered list", "footer Page N"],
     "blocks": [title(["Wyvern Local Safeguarding Children Board", "Serious Case Review", "Overview report: Baby D"],
                      ["Overview author: Fenella Marchbank", "Published: 2018"]),
                ("pagebreak",), ("cols", True),
                ("h1", "1. INTRODUCTION", "introduction"), fill(81, 3),
                ("h1", "2. SCOPE OF THE REVIEW", "methodology"), fill(82, 3),
                ("h1", "3. CASE HISTORY", "background"), fill(83, 8),
                ("h1", "4. ANALYSIS", "findings"), fill(84, 6),
                ("h1", "5. LESSONS LEARNED", "learning"), ("list", "learning", True, [LEARNING[11], LEARNING[7], LEARNING[8], LEARNING[4]]),
                ("cols", False),
                ("h1", "6. RECOMMENDATIONS", "recommendations"),
                ("table", "recommendations", [TABLE_HEAD] + [["R%d" % i, r, AGENCIES[i % 5], "Within %d months" % (i + 2)]
                                                             for i, r in enumerate(RECS[17:21], 1)], False, 1),
                ("h1", "7. CONCLUSION", "conclusion"), fill(85, 2)]})


REPORTS.append(
    {"name": "yarrowby-cspr-quiet-headings", "producer": "chromium",
     "features": ["headings bold and coloured at body size", "two-page contents with sub-entries, no leaders",
                  "running header with the title", "learning points as their own sub-headings",
                  "recommendation table without a number column", "good practice as prose"],
     "opts": {"h1size": "11pt", "h1colour": "#1f3a93", "toc_h2": True, "font": "'Liberation Sans'", "size": "11pt",
              "header": "'Child Safeguarding Practice Review: Child W'", "footer": "'Page ' counter(page)"},
     "blocks": [title(["Yarrowby Safeguarding Children Partnership", "Child Safeguarding Practice Review: Child W"],
                      ["Independent reviewer: Saoirse Blackwood-Ames", "Published: July 2025"]),
                ("pagebreak",), ("contents",), ("pagebreak",),
                ("h1", "1. Introduction", "introduction"), fill(91, 2),
                ("h2", "1.1 Why this review"), fill(92, 1), ("h2", "1.2 Terms of reference"), fill(93, 1),
                ("h1", "2. Methodology", "methodology"), fill(94, 2)]
               + [b for i in range(1, 23) for b in (("h2", "2.%d Practitioner event %d" % (i, i)), fill(400 + i, 1))]
               + [("h1", "3. Background", "background"), fill(95, 4)]
               + [b for i in range(1, 23) for b in (("h2", "3.%d Episode %d" % (i, i)), fill(500 + i, 1))]
               + [("h1", "4. Findings", "findings"), fill(96, 2),
                  ("headed", "learning", "Learning point 1", LEARNING[3]), fill(97, 2),
                  ("headed", "learning", "Learning point 2", LEARNING[6]), fill(98, 2),
                  ("headed", "learning", "Learning point 3", LEARNING[10]),
                  ("h1", "5. Good practice", "good_practice"), fill(99, 1),
                  ("h1", "6. Recommendations", "recommendations"),
                  ("table", "recommendations", [["Recommendation", "Lead agency", "Timescale"]]
                   + [[r, AGENCIES[i % 5], "%d months" % (6 + i)] for i, r in enumerate(RECS[9:13])], False, 0),
                  ("h1", "7. Conclusion", "conclusion"), fill(100, 2)]})


def zennor():
    notes = ["Working Together to Safeguard Children (invented edition), chapter 4, paragraph 12.",
             "The panel's terms of reference are set out in full in the appendix to this invented report.",
             "An invented local protocol on escalation, revised after the events described here."]
    findings = []
    for i in range(1, 5):
        findings += [("h2", "4.%d Theme %d" % (i, i)), fill(600 + i, 3),
                     ("noted", paragraphs(700 + i, 1)[0], notes[i % 3], i),
                     ("headed", "learning", "Learning Point %d" % i, LEARNING[i + 1]), fill(800 + i, 2)]
    return {"name": "zennor-cspr-footnotes-subpoints", "producer": "libreoffice", "format": "fodt",
            "features": ["footnotes at page bottoms", "running header OFFICIAL", "footer bare page number",
                         "learning points as sub-headings", "recommendations with (a)(b) sub-points"],
            "opts": {"odf_footer": "<text:page-number text:select-page=\"current\"/>", "odf_header": "OFFICIAL"},
            "blocks": [title(["Zennor Safeguarding Children Partnership", "Child Safeguarding Practice Review", "Child P"],
                             ["Lead reviewer: Bartholomew Nwachukwu-Hale", "Published: May 2023"]),
                       ("pagebreak",),
                       ("h1", "1. Introduction", "introduction"), fill(601, 2),
                       ("noted", paragraphs(602, 1)[0], notes[1], 9),
                       ("h1", "2. Methodology", "methodology"), fill(603, 3),
                       ("h1", "3. Background", "background"), fill(604, 6),
                       ("h1", "4. Findings", "findings")] + findings + [
                       ("h1", "5. Recommendations", "recommendations"), fill(605, 1),
                       ("subs", "recommendations", [
                           (RECS[13], []),
                           (RECS[19] + " This should include:", ["an assessment of the parent's capacity to care for the child;",
                                                              "a plan for contact with the child's school."]),
                           (RECS[20], []),
                           (RECS[8] + " It should cover:", ["the history of the family;", "the views of the child;",
                                                         "the role of fathers and other men in the household."]),
                           (RECS[1], [])]),
                       ("h1", "6. Conclusion", "conclusion"), fill(606, 2)]}


REPORTS.append(zennor())


REPORTS.append(
    {"name": "brightwater-lcspr-landscape-thead", "producer": "chromium",
     "features": ["summary restating the learning as bullets", "lettered lessons a. b. c.", "long recommendation table with a "
                  "repeated thead on a landscape page", "square list markers", "footer 'Page N'"],
     "opts": {"footer": "'Page ' counter(page)", "font": "'DejaVu Serif'", "size": "10.5pt", "h1size": "16pt"},
     "blocks": [title(["Brightwater Safeguarding Children Partnership", "Local Child Safeguarding Practice Review",
                       "Children A, B and C"], ["Authors: Rosalind Teague and Amir Castellano", "Published: 2020"]),
                ("pagebreak",),
                ("h1", "Executive Summary", "summary"), fill(901, 2), ("p", "The main lessons are:"),
                ("list", None, False, [LEARNING[0], LEARNING[4], LEARNING[9]]),
                ("h1", "Introduction", "introduction"), fill(902, 3),
                ("h1", "Background", "background"), fill(903, 5),
                ("h1", "Lessons learnt", "learning"), ("p", "The review identified three lessons."),
                ("list", "learning", True, [LEARNING[0], LEARNING[4], LEARNING[9]], "a"),
                ("h1", "Good practice", "good_practice"), ("list", "good_practice", False, GOOD[3:6], "square"),
                ("pagebreak",),
                ("h1", "Recommendations", "recommendations"),
                ("table", "recommendations", rec_table(RECS[0:14]), True, 1),
                ("pagebreak",),
                ("h1", "Conclusion", "conclusion"), fill(904, 2)]})



def outline_variant(name, new_name):
    import copy
    rep = copy.deepcopy(next(r for r in REPORTS if r["name"] == name))
    rep["name"] = new_name
    rep["opts"] = dict(rep.get("opts", {}), outline=True)
    rep["features"] = rep["features"] + ["PDF outline (bookmarks) from LibreOffice heading levels"]
    return rep


REPORTS.append(outline_variant("kelderby-scr-roman-caps", "kelderby-scr-roman-caps-outline"))
REPORTS.append(outline_variant("zennor-cspr-footnotes-subpoints", "zennor-cspr-footnotes-subpoints-outline"))


REPORTS.append(
    {"name": "fenwick-cspr-body-size-headings", "producer": "chromium",
     "features": ["unnumbered headings bold at body size", "bold lead-in phrases in paragraphs", "no contents",
                  "'Recommendation N' on its own line, text below", "learning bullets", "good practice as prose"],
     "opts": {"h1size": "10.5pt", "font": "'Liberation Serif'", "size": "10.5pt", "footer": "counter(page) ' | Fenwick SCP'"},
     "blocks": [title(["Fenwick Safeguarding Children Partnership", "Child Safeguarding Practice Review: Child Y"],
                      ["Independent reviewer: Cordelia Umeh-Lindgren", "Published: August 2024"]),
                ("pagebreak",),
                ("h1", "Introduction", "introduction"), fill(951, 2),
                ("h1", "Methodology", "methodology"), fill(952, 2),
                ("h1", "Background", "background"), fill(953, 3),
                ("labelled", None, "Practice episode 1:", paragraphs(954, 1)[0]),
                ("labelled", None, "Practice episode 2:", paragraphs(955, 1)[0]),
                ("h1", "Analysis", "findings"), fill(956, 4),
                ("h1", "Learning", "learning"), ("list", "learning", False, [LEARNING[2], LEARNING[6], LEARNING[11]]),
                ("h1", "Good practice", "good_practice"), fill(957, 1),
                ("h1", "Recommendations", "recommendations")]
               + [b for i, r in enumerate([RECS[2], RECS[7], RECS[18]], 1)
                  for b in (("p_bold", "Recommendation %d" % i), ("rec_para", "recommendations", r))]
               + [("h1", "Conclusion", "conclusion"), fill(958, 2)]})


REPORTS.append(
    {"name": "gorran-cspr-chromium-outline-long-list", "producer": "chromium",
     "features": ["Chromium document outline", "twelve numbered recommendations over a page break",
                  "findings and learning with numbered learning under sub-headings", "no footer"],
     "opts": {"outline": True, "font": "'DejaVu Sans'", "size": "10pt", "h1size": "15pt"},
     "blocks": [title(["Gorran Safeguarding Children Partnership", "Child Safeguarding Practice Review", "Child N"],
                      ["Lead reviewer: Imogen Stravinsky-Hale", "Published: December 2023"]),
                ("pagebreak",),
                ("h1", "1. Introduction", "introduction"), fill(971, 2),
                ("h1", "2. Background", "background"), fill(972, 6),
                ("h1", "3. Findings and learning", "findings", ["learning"]),
                ("h2", "3.1 Seeing the child"), fill(973, 2), ("list", "learning", True, [LEARNING[2], LEARNING[3]]),
                ("h2", "3.2 Working with fathers"), fill(974, 2), ("list", "learning", True, [LEARNING[6]]),
                ("h2", "3.3 Home conditions"), fill(975, 3), ("list", "learning", True, [LEARNING[7], LEARNING[10]]),
                ("h1", "4. Recommendations", "recommendations"), fill(976, 3),
                ("list", "recommendations", True, RECS[0:12]),
                ("h1", "5. Conclusion", "conclusion"), fill(977, 2)]})



def justified_variant(name, new_name):
    import copy
    rep = copy.deepcopy(next(r for r in REPORTS if r["name"] == name))
    rep["name"] = new_name
    rep["opts"] = dict(rep.get("opts", {}), justify=True)
    rep["features"] = rep["features"] + ["justified text with automatic hyphenation"]
    return rep


REPORTS.append(justified_variant("penhallow-two-column-review", "penhallow-two-column-review-justified"))
REPORTS.append(justified_variant("oxwick-cspr-html-table", "oxwick-cspr-html-table-justified"))



def producer_variant(name, new_name, producer):
    import copy
    rep = copy.deepcopy(next(r for r in REPORTS if r["name"] == name))
    rep["name"] = new_name
    rep["producer"] = producer
    rep["features"] = rep["features"] + ["same source through " + producer]
    return rep


REPORTS.append(producer_variant("marrowfield-lcspr-executive-summary", "marrowfield-lcspr-executive-summary-docx", "pandoc-docx"))
REPORTS.append(producer_variant("brightwater-lcspr-landscape-thead", "brightwater-lcspr-docx", "pandoc-docx"))


if __name__ == "__main__":
    out = sys.argv[1]
    only = sys.argv[2:] or None
    for rep in REPORTS:
        if only and rep["name"] not in only:
            continue
        t = build(rep, out)
        print(rep["name"], t["pages"], "pages", len(t["sections"]), "sections", len(t["items"]), "items")
