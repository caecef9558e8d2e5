"""Batch 62 (issue 9, a fresh held-out batch written before it was first run): eight invented reports on PRODUCER PATHS
AND TEMPLATES new to the batches:
- Glenmora (Chromium, untagged, realistic length): a Scottish Learning Review in a GOOGLE-DOCS-LIKE export: Docs' named
  styles ('Title' 26 pt, 'Heading 1' 20 pt REGULAR weight, 'Heading 2' 16 pt, 11 pt Arial-like body at 1.15), and
  'Key findings and recommendations' as a numbered list of findings, EACH WITH A NESTED LETTERED LIST <ol type="a"> of
  its recommendations ('a.', 'b.'); a chronology appendix;
- Tollerby (Chromium pages joined and rewritten by pypdf, untagged, realistic length): MIXED PAGE SIZES (A4 portrait
  body, an A3 LANDSCAPE fold-out chronology in the middle of the appendices) and the recommendations ONLY in an appendix
  table 'Recommendations and the partnership's response' on an A4 landscape page stored portrait with /Rotate 90;
- Strathcoe (ConTeXt MkIV, untagged): TWO COLUMNS all through (\\startcolumns) with RUN-IN section heads
  (`alternative=text`: '3 Background' then the paragraph on the same line), learning and recommendations ConTeXt
  itemize n / letters;
- Wrayholme (groff -mom -> gropdf, untagged): mom's DOCHEADER (title, subtitle, 'by', author centred), mom's running
  header (partnership left, 'CHILD M' right) and '-N-' page numbers, `.HEADING 1` typed '1. Introduction', `.LIST
  DIGIT` learning, `.LIST ALPHA` recommendations ('A)' .. 'C)');
- Penrick (asciidoctor 2 -> HTML -> Chromium, untagged): `:toc:` contents block at the top, a `[qanda]` list
  ('Questions for practitioners': question then answer), recommendations as a `[horizontal]` description list whose
  terms are 'R1' ... 'R4';
- Coldwater (calibre ebook-convert EPUB -> PDF, untagged): an EPUB with a chapter per file, calibre's `--pdf-add-toc`
  (a 'Table of Contents' at the END of the PDF), a header template naming the SECTION on every page and a footer
  page number;
- Lisnaharry (ReportLab canvas-level platypus, RC4 40-bit owner-password encryption, copying not allowed, opens without
  a password): a Northern Ireland Case Management Review executive summary for the SBNI;
- Bramcote (Chromium, untagged): a WORD REVIEW LOOK whose TRACKED CHANGES are shown as balloons in a right margin pane
  ('Deleted: ...', 'Formatted: Font: Bold'), each joined to its place by a dotted line; the body's words with deletions
  taken out (the balloons hold what was deleted).

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds (batch61's): ("h1", heading, type[, accept]) a section heading (in the truth); ("h2", text) a sub-heading,
NO section; ("p", text) a paragraph (no item); ("items", type, [texts], style[, extra]) item entries: style 'ol'
numbered, 'ul' bullets, 'alpha' lettered, 'findlet' numbered findings each with a nested lettered list of its
recommendations (extra = the findings: no items; texts = per finding a list of recommendations), 'resp' an appendix
table 'No. | Recommendation | Partnership response' (extra = the responses: no items), 'qanda' a question-and-answer
list (texts = the questions, extra = the answers; type 'none'), 'dl' a description list with terms 'R1' ... (the
terms no item text); ("table", header, rows) a table (no items); ("a3", header, rows) the A3 fold-out chronology (no
items); ("break",) a page break; ("balloon", kind, text) a tracked-change balloon in the margin (no text of the body).

Truth conventions of this batch: a heading's printed number is part of its text ('3 Background'); a run-in head is the
label that starts its line (`h1r`); in 'Key findings and recommendations' the numbered findings give no items and
each lettered entry under them is a recommendation item (its letter left out); the section is `recommendations`
accepting `findings`; recommendations stated only in an appendix table are recommendation items of that appendix
section (`recommendations` accepting `appendix`), the responses no item text; the A3 chronology is `appendix`
accepting `background`; the calibre contents at the end is no section (its entries repeat headings); the asciidoctor
contents block is no section; a question-and-answer list gives no items ('Questions for practitioners' `other`);
'R1' terms are no item text; the balloons are no text and no items; footers, running heads and page numbers are no text.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch61_content import INVENTED, POOL, para, paras, chron, AGENCIES, EVENTS, rep, h, cover  # noqa: F401

SCOT_AGENCIES = ["Police Scotland", "Social work", "Primary school", "Health visiting", "GP practice",
                 "Emergency department", "Housing", "Third sector family support", "Midwifery", "Community mental health"]


def hr(text, kind, accept=None):
    return ("h1r", text, kind, accept) if accept else ("h1r", text, kind)


# ---------------------------------------------------------------- 1: Glenmora (Google-Docs-like, long)
GM_LEARNING = [
    "Practitioners need to understand what daily life is like for a child before they can judge whether the care the child receives is good enough.",
    "When a parent's engagement improves for a short time, the improvement should be tested against the child's experience over months and not weeks.",
    "Information about a new adult in the household needs to be shared with every agency involved with the child, and checked with Police Scotland.",
    "Chronologies are most useful when they are read together at a multi-agency meeting and the pattern they show is named and recorded.",
    "Children who are quiet and compliant in school can be carrying worries that nobody has asked them about.",
]
GM_FINDINGS = [
    "Agencies did not bring their information together, so the pattern of neglect over four years was not seen.",
    "The new partner's history was not known to the agencies working with the children.",
    "Child K's own views were rarely sought and were not recorded in the plans made for her.",
]
GM_RECS = [
    ["The Child Protection Committee should require that every child's plan is informed by a single multi-agency chronology reviewed at each core group.",
     "Social work services should audit the quality of chronologies in a sample of child protection plans within twelve months."],
    ["Police Scotland and social work services should agree how checks on a new adult in a child's household are requested and shared.",
     "The Committee should include the risks from new adults in households in its multi-agency training on neglect."],
    ["Every agency should record the child's views in their own words at each review of a child's plan.",
     "Education services should make sure that each primary school has a named adult whom children know they can talk to."],
]


def glenmora():
    b = [h("1. Reason for the learning review", "introduction")] + paras(300, 3)
    b += [h("2. Approach to the review", "methodology")]
    b += [("h2", "Scope and timeframe")] + paras(303, 3)
    b += [("h2", "How the review was carried out")] + paras(306, 4)
    b += [("h2", "Involvement of the family")] + paras(310, 2)
    b += [h("3. Summary of circumstances", "background")]
    for i, t in enumerate(["Child K's early years", "Starting school", "A new partner in the household",
                           "The year before the review"]):
        b += [("h2", t)] + paras(312 + i * 9, 9)
    b += [h("4. Analysis of practice", "findings")]
    for i, t in enumerate(["Seeing the pattern of neglect", "Working with the family", "Hearing Child K",
                           "Multi-agency decision making", "The impact of the pandemic on services"]):
        b += [("h2", t)] + paras(350 + i * 10, 10)
    b += [h("5. Learning", "learning")]
    b += [("p", "The review team identified the following learning for practitioners and managers in every agency.")]
    b += [("items", "learning", GM_LEARNING, "ol")]
    b += [h("6. Key findings and recommendations", "recommendations", ["findings"])]
    b += [("p", "Each key finding is followed by the recommendations the review team makes to respond to it.")]
    b += [("items", "recommendations", GM_RECS, "findlet", GM_FINDINGS)]
    b += [h("7. Conclusion", "conclusion")] + paras(390, 3)
    b += [("break",), h("Appendix 1: Chronology", "appendix", ["background"])]
    b += [("table", ["Date", "Agency", "Event"], chron(190, 2019, 7, SCOT_AGENCIES, EVENTS))]
    return b


# ---------------------------------------------------------------- 2: Tollerby (mixed sizes, A3, /Rotate 90, long)
HX_LEARNING = [
    "Practitioners should expect that a young person who goes missing repeatedly is at risk of exploitation until it is shown otherwise.",
    "A change of school in year ten removes a young person from the adults who know them best and needs a plan of its own.",
    "Parents who ask for help with a teenager's behaviour are often describing exploitation without having the words for it.",
    "Return home interviews are only useful when what the young person says is shared and acted on.",
]
HX_GOOD = [
    "The youth worker kept in contact with Liam through the whole period and was the adult he turned to after the stabbing.",
    "The school nurse recognised the signs of exploitation and made a clear and detailed referral.",
]
HX_RECS = [
    "The partnership should make sure that every young person who has gone missing three times in ninety days is discussed at the exploitation panel.",
    "Schools and the local authority should agree a plan for any young person in year ten or eleven who moves school because of concerns about exploitation.",
    "Children's social care should review the early help offer to parents of teenagers so that it includes advice on exploitation.",
    "The partnership should audit return home interviews to test whether the information given is shared with the police and the school.",
    "Police and children's social care should agree how intelligence about adults who exploit children is shared with the practitioners working with the child.",
]
HX_RESP = [
    "Accepted. The exploitation panel's terms of reference were amended in May 2025.",
    "Accepted. A protocol is being written with secondary head teachers.",
    "Accepted in part. The offer will be reviewed within existing resources.",
    "Accepted. The audit is part of the partnership's programme for 2025-26.",
    "Accepted. A joint information sharing agreement has been drafted.",
]


def tollerby():
    b = [h("Foreword", "other", ["introduction"])] + paras(400, 2)
    b += [h("1. Introduction", "introduction")] + paras(402, 3)
    b += [h("2. The review process", "methodology")] + paras(405, 5) + [("h2", "Terms of reference")] + paras(520, 4)
    b += [h("3. Liam's story", "background")]
    for i, t in enumerate(["Early childhood", "Primary school", "Moving to secondary school", "Year ten",
                           "The months before the incident"]):
        b += [("h2", t)] + paras(410 + i * 10, 10)
    b += [h("4. Analysis", "findings")]
    for i, t in enumerate(["Going missing", "Changing schools", "Parents asking for help", "Return home interviews",
                           "Police intelligence"]):
        b += [("h2", t)] + paras(460 + i * 11, 11)
    b += [h("5. Learning", "learning"), ("items", "learning", HX_LEARNING, "ul")]
    b += [h("6. Good practice", "good_practice"), ("items", "good_practice", HX_GOOD, "ul")]
    b += [h("7. Conclusion", "conclusion")] + paras(495, 3)
    b += [("p", "The review's recommendations and the partnership's response to each are set out in Appendix C.")]
    b += [("break",), h("Appendix A: Glossary", "appendix", ["other"])]
    b += [("table", ["Term", "Meaning"], [("CCE", "Child criminal exploitation"), ("RHI", "Return home interview"),
                                          ("MACE", "Multi-agency child exploitation panel"),
                                          ("NRM", "National Referral Mechanism")])]
    b += [("break",), h("Appendix B: Chronology of significant events", "appendix", ["background"])]
    b += [("a3", ["Date", "Agency", "Event", "Date", "Agency", "Event"], chron(38, 2021, 2, AGENCIES, EVENTS))]
    b += [h("Appendix C: Recommendations and the partnership's response", "recommendations", ["appendix"])]
    b += [("items", "recommendations", HX_RECS, "resp", HX_RESP)]
    return b


# ---------------------------------------------------------------- 3: Strathcoe (ConTeXt two columns, run-in heads)
SC_LEARNING = [
    "A baby's bruise is never minor and must always lead to the child protection procedure for unexplained injuries.",
    "Practitioners need to ask about every adult who looks after a baby, including those who visit only at weekends.",
    "Concerns raised by grandparents deserve the same careful response as those raised by professionals.",
]
SC_RECS = [
    "The Child Protection Committee should launch its guidance on bruising in babies who are not yet mobile again across all agencies.",
    "Health visiting and midwifery should record the names of all adults caring for a baby at each contact.",
    "Social work services should respond in writing to every concern raised by a family member within five working days.",
]


def strathcoe():
    b = [hr("1 Introduction", "introduction")] + paras(500, 2, 3)
    b += [hr("2 The review", "methodology")] + paras(502, 2, 3)
    b += [hr("3 Background", "background")] + paras(504, 3, 3)
    b += [hr("4 Key findings", "findings")] + paras(507, 3, 3)
    b += [hr("5 Learning", "learning"), ("items", "learning", SC_LEARNING, "ol")]
    b += [hr("6 Recommendations", "recommendations"), ("items", "recommendations", SC_RECS, "alpha")]
    b += [hr("7 Conclusion", "conclusion")] + paras(510, 1, 3)
    return b


# ---------------------------------------------------------------- 4: Wrayholme (groff -mom)
AW_LEARNING = [
    "Practitioners should check whether a child who is absent from school is known to other agencies before closing the enquiry.",
    "Where a parent refuses a home visit, the refusal itself is information that needs to be shared and assessed.",
    "Escalation works when practitioners know the route and feel supported by their managers to use it.",
]
AW_RECS = [
    "The partnership should publish a single procedure for children missing education that all schools and agencies follow.",
    "Children's social care should include refused home visits as a prompt in the assessment of risk.",
    "Each agency should remind staff of the escalation policy and report its use to the partnership every six months.",
]


def wrayholme():
    b = [h("1. Introduction", "introduction")] + paras(520, 2, 3)
    b += [h("2. Methodology", "methodology")] + paras(522, 2, 3)
    b += [h("3. Background", "background")] + paras(524, 3, 3)
    b += [h("4. Findings", "findings")] + paras(527, 3, 3)
    b += [h("5. Learning", "learning"), ("items", "learning", AW_LEARNING, "ol")]
    b += [h("6. Recommendations", "recommendations"), ("items", "recommendations", AW_RECS, "alpha")]
    b += [h("7. Conclusion", "conclusion")] + paras(530, 1, 3)
    return b


# ---------------------------------------------------------------- 5: Penrick (asciidoctor, qanda, horizontal dlist)
PK_LEARNING = [
    "Young carers are often hidden, and practitioners need to ask every child whether they look after someone at home.",
    "A parent's physical illness can affect the care of the children as much as a mental illness or substance misuse.",
    "School staff are well placed to notice changes in a child and need a clear route to share them.",
]
PK_RECS = [
    "Adult health services should ask every patient with a long-term condition whether children live with them and who cares for them.",
    "The partnership should make sure that young carers' assessments are offered whenever a child is identified as a carer.",
    "Schools should record concerns about young carers on the same system as other safeguarding concerns.",
    "The partnership should evaluate the impact of these recommendations in twelve months and publish the results.",
]


def penrick():
    b = [h("1. Introduction", "introduction")] + paras(540, 2, 3)
    b += [h("2. About Ellie", "background")] + paras(542, 3, 3)
    b += [h("3. What we found", "findings")] + paras(545, 3, 3)
    b += [h("4. What we learned", "learning"), ("items", "learning", PK_LEARNING, "ul")]
    b += [h("5. Questions for practitioners", "other")]
    b += [("items", "none", ["How do you find out who a child looks after at home?",
                             "What would you do if a child told you they were too tired to learn?",
                             "Who would you talk to about a parent's illness?"], "qanda",
           ["Ask the child directly and record what they tell you, in their own words.",
            "Speak to the designated safeguarding lead the same day and consider a young carer's assessment.",
            "Your safeguarding lead, and with consent the parent's GP or specialist nurse."])]
    b += [h("6. Recommendations", "recommendations"), ("items", "recommendations", PK_RECS, "dl")]
    return b


# ---------------------------------------------------------------- 6: Coldwater (calibre EPUB, toc at end)
CW_LEARNING = [
    "Practitioners need to be curious about the reasons a family gives for declining help, and to offer it again.",
    "A child with a disability may communicate distress in ways that need to be understood by someone who knows them.",
    "Respite care arrangements should include a conversation with the child about how they feel about the placement.",
]
CW_RECS = [
    "The disabled children's service should make sure that every child's plan records how the child communicates and who understands them best.",
    "The partnership should review the short breaks offer to include families who have previously declined it.",
    "All agencies should include disabled children's communication in their safeguarding training.",
]


def coldwater():
    b = [h("Introduction", "introduction")] + paras(560, 3, 3)
    b += [h("Background", "background")] + paras(563, 3, 3)
    b += [h("Findings", "findings")] + paras(566, 4, 3)
    b += [h("Learning", "learning"), ("items", "learning", CW_LEARNING, "ul")]
    b += [h("Recommendations", "recommendations"), ("items", "recommendations", CW_RECS, "ol")]
    return b


# ---------------------------------------------------------------- 7: Lisnaharry (ReportLab RC4-40 owner password)
LH_GOOD = [
    "The health visitor's detailed notes made it possible to understand how the family's circumstances changed.",
    "The school acted quickly on the child's disclosure and the strategy meeting was held the same day.",
]
LH_LESSONS = [
    "Agencies need to share concerns about domestic abuse with the health visitor as soon as they become known.",
    "Professionals should not rely on a parent's account of a child's injury without seeing the child.",
    "Language barriers must be addressed with a professional interpreter and never through a family member.",
]
LH_RECS = [
    "The Health and Social Care Trust should make sure that interpreters are booked for every home visit to a family who need one.",
    "The SBNI should review the regional guidance on sharing domestic abuse notifications with health visiting.",
    "The Police Service of Northern Ireland should report to the SBNI on the timeliness of its notifications to the Trust.",
]


def lisnaharry():
    b = [h("1. Introduction", "introduction")] + paras(580, 2, 3)
    b += [h("2. Terms of reference", "methodology", ["other"])] + paras(582, 1, 3)
    b += [h("3. Summary of the case", "background")] + paras(583, 3, 3)
    b += [h("4. What has worked well", "good_practice"), ("items", "good_practice", LH_GOOD, "ul")]
    b += [h("5. Lessons to be learned", "learning"), ("items", "learning", LH_LESSONS, "ol")]
    b += [h("6. Recommendations for future action", "recommendations"), ("items", "recommendations", LH_RECS, "ol")]
    return b


# ---------------------------------------------------------------- 8: Bramcote (tracked change balloons in a margin)
BC_LEARNING = [
    "Practitioners should treat a young child's weight loss as a safeguarding concern until another cause is found.",
    "Missed health appointments for a child under two need a conversation with the parent, not just another letter.",
    "Agencies working with a parent who is struggling need to ask how the children are being fed and cared for.",
]
BC_RECS = [
    "The partnership should include faltering growth in its neglect guidance and training.",
    "The community paediatric service should contact a family by telephone after a second missed appointment.",
    "Adult services should ask parents about the care of their children at every review of their own care plan.",
]


def bramcote():
    b = [h("1. Introduction", "introduction"), ("balloon", "Formatted", "Font: Bold")] + paras(600, 2, 3)
    b += [h("2. Background", "background"), ("balloon", "Deleted", "and the family had recently moved")]
    b += paras(602, 3, 3)
    b += [h("3. Findings", "findings"), ("balloon", "Deleted", "It is clear that")] + paras(605, 3, 3)
    b += [("balloon", "Formatted", "Indent: Left 1.27 cm")]
    b += [h("4. Learning", "learning"), ("items", "learning", BC_LEARNING, "ul")]
    b += [("balloon", "Deleted", "four")]
    b += [h("5. Recommendations", "recommendations"), ("items", "recommendations", BC_RECS, "ol")]
    b += [h("6. Next steps", "conclusion", ["recommendations", "other"])] + paras(608, 1, 3)
    return b


REPORTS = [
    rep("glenmora-learning-review-child-k.pdf", "chromium_google_docs_like_styles_lettered_recommendations_nested_under_findings",
        cover(["Glenmora Child Protection Committee", "Learning Review", "Child K", "Published September 2025"],
              "Learning Review: Child K", "Child K", "Glenmora", 2025, "Glenmora Child Protection Committee",
              "learning_review"),
        glenmora(),
        "Chromium 156, untagged; a Google-Docs-like export: Docs' Title / Heading 1 (20 pt regular) / Heading 2 / 11 pt "
        "body styles, 'Key findings and recommendations' numbered findings each with a nested lettered list of its "
        "recommendations; chronology appendix"),
    rep("tollerby-cspr-liam.pdf", "chromium_pypdf_mixed_page_sizes_a3_foldout_rotate90_appendix_recommendations",
        cover(["Tollerby Safeguarding Children Partnership", "Child Safeguarding Practice Review", "Liam",
               "July 2025"],
              "Child Safeguarding Practice Review: Liam", "Liam", "Tollerby", 2025,
              "Tollerby Safeguarding Children Partnership"),
        tollerby(),
        "Chromium 156 A4 portrait body, an A3 landscape fold-out chronology and an A4 landscape appendix page stored "
        "portrait with /Rotate 90 (pypdf); recommendations only in 'Appendix C: Recommendations and the partnership's "
        "response'"),
    rep("strathcoe-learning-review-baby-a.pdf", "context_mkiv_two_columns_run_in_section_heads",
        cover(["Strathcoe Child Protection Committee", "Learning Review", "Baby A", "March 2025"],
              "Learning Review: Baby A", "Baby A", "Strathcoe", 2025, "Strathcoe Child Protection Committee",
              "learning_review"),
        strathcoe(),
        "ConTeXt MkIV (LuaTeX), untagged; two columns all through, run-in section heads ('3 Background' then the text "
        "on the same line); learning numbered, recommendations lettered", columns=True, body_from=1),
    rep("wrayholme-lcspr-child-m.pdf", "groff_mom_gropdf_docheader_number_headings_list_alpha_endnotes",
        cover(["Wrayholme Safeguarding Children Partnership", "Local Child Safeguarding Practice Review", "Child M",
               "May 2025"],
              "Local Child Safeguarding Practice Review: Child M", "Child M", "Wrayholme", 2025,
              "Wrayholme Safeguarding Children Partnership"),
        wrayholme(),
        "groff 1.22 -mom -Tpdf (gropdf), untagged; mom DOCHEADER, running header with a rule, LIST DIGIT learning, "
        "LIST ALPHA recommendations", body_from=1),
    rep("penrick-lcspr-ellie.pdf", "asciidoctor_html_chromium_toc_qanda_horizontal_dlist",
        cover(["Penrick Safeguarding Children Partnership", "Local Child Safeguarding Practice Review: Ellie",
               "April 2025"],
              "Local Child Safeguarding Practice Review: Ellie", "Ellie", "Penrick", 2025,
              "Penrick Safeguarding Children Partnership"),
        penrick(),
        "asciidoctor 2 -> HTML (default stylesheet) -> Chromium 156, untagged; :toc: block, [qanda] list, [horizontal] "
        "description list of recommendations 'R1' ...", body_from=1, contents_block=True),
    rep("coldwater-cspr-child-j.pdf", "calibre_ebook_convert_epub_pdf_add_toc_header_template",
        cover(["Coldwater Safeguarding Children Partnership", "Child Safeguarding Practice Review", "Child J",
               "October 2025"],
              "Child Safeguarding Practice Review: Child J", "Child J", "Coldwater", 2025,
              "Coldwater Safeguarding Children Partnership"),
        coldwater(),
        "calibre 6.13 ebook-convert EPUB -> PDF, untagged; a chapter per file, --pdf-add-toc (contents at the end), "
        "header template naming the section, footer page number"),
    rep("lisnaharry-cmr-child-b-executive-summary.pdf", "reportlab_rc4_40_owner_password_ni_cmr",
        cover(["Safeguarding Board for Northern Ireland", "Case Management Review", "Child B",
               "Executive Summary", "February 2025"],
              "Case Management Review: Child B - Executive Summary|Case Management Review: Child B", "Child B",
              "Northern Ireland", 2025, "Safeguarding Board for Northern Ireland", "case_management_review"),
        lisnaharry(),
        "ReportLab 3.6 platypus with StandardEncryption: RC4 40-bit, owner password only (opens without one), copying "
        "not allowed; NI case management review executive summary"),
    rep("bramcote-lcspr-child-s.pdf", "chromium_word_review_look_tracked_change_balloons",
        cover(["Bramcote Safeguarding Children Partnership", "Local Child Safeguarding Practice Review", "Child S",
               "Draft v4 (tracked changes)", "June 2025"],
              "Local Child Safeguarding Practice Review: Child S", "Child S", "Bramcote", 2025,
              "Bramcote Safeguarding Children Partnership"),
        bramcote(),
        "Chromium 156, untagged; Word 'Simple/All markup' look: tracked-change balloons ('Deleted: ...', 'Formatted: "
        "...') in a right margin pane joined by dotted lines"),
]
