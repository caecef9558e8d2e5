"""Batch 24 (issue 9 point 6, a fresh held-out batch written before it was first run): eight invented reports from
mainstream producers (python-docx DOCX -> LibreOffice, a flat ODT -> LibreOffice, Chromium, WeasyPrint, pandoc -> pdflatex
with memoir, ReportLab) in council report templates no earlier batch uses.

Every child, family, area, partnership, agency and person here is invented for software testing. Block kinds as
batch21_content.py: ("h1", heading, type[, accept]), ("h2", text) a sub-heading (no section of the truth), ("p", text),
("items", type, [texts], style); and
("np", text) a numbered body paragraph (no item);
("bold", text) a numbered paragraph whose text is a bold learning statement (a learning item, Scottish template);
("summarybox", [short points]) a 'Summary of learning' box restating in short form the learning given in full later (no
items: the truth counts the full points once, as Thornleigh and Dowlais Fawr in batch19);
("plan", [(recommendation, action, lead, by when, RAG)]) an appendix action plan that is the only place the recommendations
are set out (recommendation items);
("theme", title, [recommendations]) a numbered theme sub-heading with its recommendations lettered '1(a)', '1(b)' ..
(recommendation items);
("agencyrecs", [(recommendation, [agencies])]) a recommendations table with rotated agency column headers (recommendation
items).
Item texts are without their printed numbers or labels.
"""
INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
CPR = "child_practice_review"
LR = "learning_review"

# ---------- W1: Harrowgate Marsh: python-docx, headings and points numbered by one Word multilevel list, tagged
W1 = {
    "file": "harrowgate-marsh-lcspr-child-n.pdf", "producer": "python-docx DOCX -> libreoffice, tagged",
    "features": ["python-docx DOCX with its own multilevel list (numbering.xml abstractNum: '%1.', '%1.%2', '%1.%2.%3'); Heading 1 "
                 "and Heading 2 carry the list's levels 0 and 1 (no number typed); LibreOffice 7.4 tagged export",
                 "findings paragraphs numbered at level 2 ('4.1.1') under level-1 sub-headings",
                 "learning points and recommendations are List Paragraph items at level 1 of the same list ('5.1', '6.1')",
                 "cover page; footer 'Harrowgate Marsh Safeguarding Children Partnership - Page N'"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child N", "child_name": "Child N", "review_type": CSPR,
              "area": "Harrowgate Marsh", "year": 2025, "partnership": "Harrowgate Marsh Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("p", "This local child safeguarding practice review was commissioned by the Harrowgate Marsh Safeguarding Children "
              "Partnership after Child N, aged four, was admitted to hospital in August 2024 with a fractured femur and older rib "
              "fractures. The injuries were assessed as non-accidental. Child N's mother's partner was later charged."),
        ("p", "The partnership is grateful to Child N's grandmother, who spoke to the reviewer, and to the practitioners who "
              "reflected openly on their work with the family."),
        ("h1", "2. Scope and methodology", "methodology"),
        ("p", "The review considered agency involvement from Child N's birth in May 2020 until his admission to hospital. It used "
              "agency chronologies, a practitioner learning event attended by nineteen people, and conversations with managers "
              "in health visiting, early years, housing, the police and children's social care."),
        ("h1", "3. Background", "background"),
        ("h2", "3.1 The family"),
        ("p", "Child N lived with his mother and, from late 2023, her new partner. His father had no contact. The family lived in "
              "temporary accommodation for most of 2023 and moved to a housing association flat in January 2024. Child N "
              "attended a private nursery three mornings a week until the move, when his place was given up."),
        ("h2", "3.2 Agency involvement"),
        ("p", "The health visiting service completed the two-year review late and by telephone. In March 2024 the police attended "
              "a report of shouting at the flat; the partner said an argument had been about money and no child was seen. In "
              "May 2024 Child N was taken to an urgent treatment centre with a bruised cheek, said to have been caused by a fall "
              "from a sofa."),
        ("h1", "4. Findings", "findings"),
        ("h2", "4.1 Knowing who lives in the household"),
        ("np", "No agency knew that the mother's partner had moved in. The housing association recorded the mother as a sole "
               "tenant, and the health visitor's last contact was before he arrived."),
        ("np", "The police officers who attended in March 2024 recorded the partner's name but did not check whether a child "
               "lived at the address, so no notification was made to children's social care."),
        ("h2", "4.2 Responding to injuries in young children"),
        ("np", "The urgent treatment centre accepted the explanation of a fall. The clinician did not consult the safeguarding "
               "guidance for injuries in children under five, and no one asked Child N how he had been hurt."),
        ("np", "The loss of the nursery place removed the only setting in which Child N was seen each week by people who knew him."),
        ("h1", "5. Learning", "learning"),
        ("items", "learning", [
            "Practitioners need to know who lives in a child's home, and a new adult in the household should prompt a fresh look at risk.",
            "A police attendance at a domestic incident is a contact with a child even when no child is seen, and should be treated as one.",
            "Bruising in a pre-school child needs to be assessed against the partnership's guidance, not against the plausibility of the account.",
            "When a young child stops attending an early years setting, the people who saw that child regularly are lost, and someone should notice."],
         "level2"),
        ("h1", "6. Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should develop a protocol for sharing information about new adults joining a household where a child is known to services.",
            "The police should check for children at the address on every domestic incident attendance and record the outcome.",
            "The integrated care board should seek assurance that urgent treatment centres apply the guidance on injuries in children under five.",
            "Early years settings should inform the health visiting service when a funded child under five leaves without a known new setting."],
         "level2"),
        ("h1", "7. Good practice", "good_practice"),
        ("items", "good_practice", [
            "The housing association officer visited promptly after the move and helped the mother apply for furniture grants.",
            "The hospital's safeguarding team recognised the older rib fractures quickly and made a referral within an hour of the skeletal survey."],
         "bullets"),
    ],
}

# ---------- W2: Brenthurst: python-docx untagged; ALL CAPS headings at body size (w:caps); 'LP 1' and 'Rec 1' labels
W2 = {
    "file": "brenthurst-scr-child-l.pdf", "producer": "python-docx DOCX -> libreoffice, untagged",
    "features": ["python-docx DOCX, Arial 11 pt; Heading 1 restyled black, bold, 11 pt (the body size) with the caps attribute "
                 "(w:caps: the text is typed in mixed case, printed in capitals); untagged, no outline", "cover page: board, "
                 "'SERIOUS CASE REVIEW', 'Child L', 'Overview author:', 'Published: March 2019'",
                 "learning as paragraphs opening with a bold label 'LP 1' then a tab", "recommendations as paragraphs opening with "
                 "a bold label 'Rec 1' then a tab", "header 'OFFICIAL', footer page number right"],
    "cover": {"title": "Serious Case Review: Child L", "child_name": "Child L", "review_type": SCR, "area": "Brenthurst", "year": 2019,
              "partnership": "Brenthurst Local Safeguarding Children Board"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This serious case review concerns Child L, a girl who was fourteen when she was admitted to a psychiatric ward in "
              "February 2018 after a serious attempt to end her life. In the months before, she had been sexually exploited by "
              "several adult men who contacted her through social media. The Board decided that the criteria for a serious case "
              "review were met because Child L had been seriously harmed and there were concerns about how agencies worked together."),
        ("h1", "Terms of reference", "methodology"),
        ("p", "The review considered the period from September 2016, when Child L started at secondary school, to her admission. "
              "The review panel met six times. Agencies provided individual management reviews, and the overview author met "
              "Child L and her parents."),
        ("h1", "Summary of the case", "background"),
        ("p", "Child L lived with her parents and younger brother. She did well at primary school, but in year 8 her attendance "
              "fell and she began to go missing overnight. Her parents reported her missing eleven times in six months. On three "
              "occasions she was found in the company of men in their twenties, one of whom was known to the police for offences "
              "against children."),
        ("p", "A child sexual exploitation screening tool was completed twice and scored her at medium risk both times. A strategy "
              "meeting was held in November 2017, but the actions agreed were not reviewed, and the police investigation was "
              "closed when Child L declined to give a statement."),
        ("h1", "Analysis", "findings"),
        ("p", "Professionals relied heavily on the screening tool score, which did not change even though the frequency of missing "
              "episodes increased. The score became a reason not to escalate rather than a prompt to think."),
        ("p", "Child L's parents were seen as part of the problem because of arguments at home, and their attempts to protect her, "
              "including taking her phone away, were not supported. They told the review that they felt judged rather than helped."),
        ("p", "The decision to close the investigation placed the responsibility for her protection on Child L herself. Disruption "
              "of the men involved was possible without her evidence but was not considered."),
        ("h1", "Lessons learned", "learning"),
        ("items", "learning", [
            "A risk assessment tool supports professional judgement and cannot replace it; a rising pattern of missing episodes matters more than a static score.",
            "Parents of exploited children are usually the strongest protective factor and should be treated as partners.",
            "Investigation and disruption of adults who exploit children should not depend on the child's willingness to give evidence."],
         "lp"),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The school's pastoral lead kept in contact with Child L throughout her absences and was a trusted adult for her.",
            "The missing person coordinator identified the links between Child L and two other girls and shared them quickly."],
         "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The Board should revise its exploitation screening tool so that a rising number of missing episodes leads to an automatic strategy discussion.",
            "Children's social care should offer parents of exploited children a named worker and a written plan of the support available to them.",
            "The police should report to the Board on the use of disruption tactics where a child does not support a prosecution.",
            "The Board should audit the review of actions agreed at strategy meetings for children at risk of exploitation."],
         "rec"),
    ],
}

# ---------- W3: Pendlesworth: Chromium tagged; no recommendations in the body; appendix action plan with RAG and two-row header
W3 = {
    "file": "pendlesworth-cspr-baby-r.pdf", "producer": "chromium, tagged",
    "features": ["Chromium headless print-to-PDF (tagged), council cover page with a coloured band", "headings 'Section 1 - Introduction' ..",
                 "learning as bullets with a bold first sentence restated nowhere else",
                 "'Recommendations' in the body only points to the appendix (no items there)",
                 "'Appendix 1: Action plan' on a new page: a table with a two-row header (Recommendation | Action | Lead | Target date | "
                 "'Progress' spanning 'RAG' and 'Update'), RAG cells filled red / amber / green with the word printed; the recommendations "
                 "are stated only here", "footer 'Pendlesworth Safeguarding Partnership' and page N of M"],
    "cover": {"title": "Child Safeguarding Practice Review: Baby R", "child_name": "Baby R", "review_type": CSPR,
              "area": "Pendlesworth", "year": 2024, "partnership": "Pendlesworth Safeguarding Partnership"},
    "blocks": [
        ("h1", "Section 1 - Introduction", "introduction"),
        ("p", "Baby R died in February 2024, aged eleven weeks, after being found unresponsive in an adult bed where she had been "
              "sleeping with her father, who had drunk alcohol that evening. The Pendlesworth Safeguarding Partnership agreed at "
              "the rapid review that a local child safeguarding practice review should be undertaken, because the family had "
              "been known to several services and the advice they received about safer sleep had not been consistent."),
        ("h1", "Section 2 - How the review was done", "methodology"),
        ("p", "The review was led by an independent reviewer with a panel of senior managers. It drew on agency records, a "
              "practitioner event and conversations with Baby R's mother. The period under review was from the first antenatal "
              "appointment in June 2023 to Baby R's death."),
        ("h1", "Section 3 - Baby R and her family", "background"),
        ("p", "Baby R was the second child of her parents. Her older brother, then three, had a child in need plan in 2022 "
              "because of domestic abuse between the parents, which closed when the father completed a perpetrator programme. "
              "The family lived in a two-bedroom flat and the parents told health visitors that Baby R slept in a Moses basket."),
        ("p", "The father worked night shifts and often cared for both children during the day. He was not present at any of the "
              "contacts in which safer sleep was discussed. The mother told the reviewer that the parents had brought Baby R into "
              "their bed when she would not settle, and that no one had talked to them about what to do on those nights."),
        ("h1", "Section 4 - Findings", "findings"),
        ("p", "Safer sleep advice was given to the mother at four contacts, always as a leaflet and a tick on a checklist. It did not "
              "explore what the family would actually do when the baby would not settle, or the particular risks of alcohol and "
              "tiredness."),
        ("p", "The closure of the earlier child in need plan meant that the father's history was no longer visible to the health "
              "visiting service, which treated the family as a universal family with no additional risk."),
        ("h1", "Section 5 - Learning", "learning"),
        ("items", "learning", [
            "Safer sleep conversations work best when they are about the family's own nights, including the unplanned ones, and not only about the ideal arrangement.",
            "Fathers who care for babies alone need the same advice as mothers, given directly to them.",
            "A closed plan is part of a family's history and should still inform how universal services assess risk."],
         "bullets"),
        ("h1", "Section 6 - Good practice", "good_practice"),
        ("items", "good_practice", [
            "The midwife completed a thorough booking assessment and asked about previous domestic abuse.",
            "The ambulance crew and the emergency department supported the family with great compassion after Baby R's death."],
         "bullets"),
        ("h1", "Section 7 - Recommendations", "recommendations"),
        ("p", "The reviewer's recommendations have been accepted by the partnership and are set out, with the actions agreed and "
              "their current status, in the action plan at Appendix 1."),
        ("h1", "Appendix 1: Action plan", "appendix", ["recommendations"]),
        ("plan", [
            ("The partnership should replace the safer sleep checklist with a conversation-based assessment of each family's sleeping arrangements.",
             "Adopt a safer sleep assessment tool across midwifery and health visiting", "Designated nurse", "March 2025", "Amber"),
            ("Health visitors should offer safer sleep advice directly to fathers and other male carers at the new birth visit.",
             "Add a prompt for fathers to the new birth visit record", "Health visiting service", "December 2024", "Green"),
            ("Children's social care should share a summary of a closed child in need plan with the health visitor when a new baby is born.",
             "Agree an information sharing step for births in families with a closed plan", "Children's social care", "June 2025", "Red"),
            ("The partnership should run a public campaign on the risks of alcohol and co-sleeping.",
             "Commission a campaign with the public health team", "Partnership business manager", "September 2025", "Amber")]),
    ],
}

# ---------- W4: Kilbarrow: pandoc -> pdflatex with memoir; recommendations lettered under numbered themes 1(a), 1(b)
W4 = {
    "file": "kilbarrow-lcspr-child-s.pdf", "producer": "pandoc -> pdflatex (memoir)",
    "features": ["pandoc 2.17 -> pdflatex, memoir class (article option), 11 pt, Latin Modern", "memoir title page ('Local Child "
                 "Safeguarding Practice Review', 'Child S', partnership, 'Lead reviewer:', date, invented note)",
                 "unnumbered sections; 'Findings and recommendations' in four numbered themes ('Theme 1: ...' sub-headings), each "
                 "a findings paragraph and recommendations lettered '1(a)', '1(b)', '2(a)' (enumitem labels)",
                 "'Key learning' as a bullet list", "memoir page style ruled: page number bottom centre"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Child S", "child_name": "Child S", "review_type": CSPR,
              "area": "Kilbarrow", "year": 2023, "partnership": "Kilbarrow Children's Safeguarding Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "Child S was twelve when she was admitted to hospital in November 2022 weighing less than two thirds of the expected "
              "weight for her age. She had been withdrawn from school to be educated at home eighteen months earlier. Her mother, "
              "who has a long history of anxiety, had restricted the foods Child S was allowed to eat because of a belief that she "
              "had severe allergies, which tests did not confirm."),
        ("h1", "Methodology", "methodology"),
        ("p", "The review used the partnership's learning review model: agency reports, a practitioner workshop and a reflective "
              "panel discussion. Child S's father contributed; her mother declined. The reviewer also spoke to Child S, who is now "
              "living with her father."),
        ("h1", "The child's story", "background"),
        ("p", "Child S was described by her primary school as bright and quiet. In year 6 her attendance fell sharply and her "
              "mother told the school that she was often ill after eating. The school made a referral to the school nursing "
              "service, which offered an appointment that was not attended. When Child S moved to secondary school her mother "
              "withdrew her after a month and told the local authority that she would educate her at home."),
        ("p", "The elective home education officer visited once and accepted a written description of the education being "
              "provided. The GP practice saw Child S four times for stomach pains and tiredness and referred her to a paediatric "
              "allergy clinic; she was not taken to the appointment. No agency weighed her after the age of ten."),
        ("h1", "Findings and recommendations", "findings", ["recommendations"]),
        ("p", "The reviewer identified four themes. For each the finding is set out, followed by the recommendations that arise from it."),
        ("theme", "Theme 1: Children who are electively home educated", [
            "The local authority should see every child whose parents choose elective home education within four weeks of the notification.",
            "The local authority should share the notification with the child's GP and the school nursing service."]),
        ("p", "Once Child S was withdrawn from school, she was not seen by any professional who had a duty to check on her welfare. "
              "The elective home education officer's role was understood by other agencies as a safeguarding role, which it is not."),
        ("theme", "Theme 2: Was not brought", [
            "The integrated care board should ensure that a child who is not brought to two consecutive health appointments is discussed with the practice safeguarding lead.",
            "Hospital outpatient services should notify the referring GP when a child is not brought to a first appointment."]),
        ("p", "The missed allergy appointment and the missed school nursing appointment were recorded as the family's choice. "
              "Neither was seen as a child not being brought to care she needed."),
        ("theme", "Theme 3: Parental health beliefs", [
            "The partnership should produce practice guidance on responding to parental beliefs about a child's health that are not supported by medical evidence."]),
        ("p", "The mother's beliefs about allergies were accepted without question, and no professional asked what Child S herself "
              "was eating or how she felt about it."),
        ("theme", "Theme 4: Hearing the child", [
            "Every agency in contact with a child who is educated at home should offer to speak with the child alone and record the child's views.",
            "The partnership should include the voice of children who are educated at home in its annual learning and improvement report."]),
        ("p", "Child S was never spoken to on her own by any professional in the eighteen months before her admission. She told the "
              "reviewer that she had wanted to tell someone that she was always hungry but did not know who to tell."),
        ("h1", "Key learning", "learning"),
        ("items", "learning", [
            "A child who is not in school and not brought to health appointments can become invisible to every agency at once.",
            "Children's weight and growth are objective measures that should be checked whenever there are concerns about their diet or health.",
            "Parental health beliefs can cause serious harm even when the parent's intention is to protect the child."],
         "bullets"),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The paediatric ward staff recognised the restricted diet quickly and made a referral on the day of admission.",
            "Child S's father took on her care at short notice and has been well supported by the family's social worker."],
         "bullets"),
    ],
}

# ---------- W5: Thornwick Dale: flat ODT by hand, tagged; headings are numbered list items; 'Summary of learning' box on page 2
W5 = {
    "file": "thornwick-dale-cspr-child-e.pdf", "producer": "flat ODT -> libreoffice, tagged",
    "features": ["flat ODT written by hand, LibreOffice 7.4 tagged export", "headings are not heading paragraphs: each is a bold "
                 "13 pt paragraph in a numbered list ('1.' .. '8.', text:list / text:list-item, tagged L / LI / Lbl / LBody), no outline level",
                 "cover page; page 2 opens with a 'Summary' whose 'Summary of learning' box (bordered, shaded) restates the learning "
                 "in short form (not in the truth)", "learning given in full later as bullets; recommendations a lettered list '(a)' ..",
                 "footer 'Thornwick Dale SCP' and 'Page N'"],
    "cover": {"title": "Child Safeguarding Practice Review: Child E", "child_name": "Child E", "review_type": CSPR,
              "area": "Thornwick Dale", "year": 2025, "partnership": "Thornwick Dale Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "1. Summary", "summary"),
        ("p", "Child E, a boy of fifteen, was stabbed in a town centre street in June 2024 and survived after emergency surgery. He had "
              "been excluded from school, was known to be carrying a knife, and had been the victim of a robbery a month earlier. "
              "This review looks at how agencies understood and responded to the danger he was in."),
        ("summarybox", [
            "Exclusion can increase risk outside the home.",
            "A child who carries a knife is often a frightened child.",
            "Victims of crime can be at risk of further harm.",
            "Transitions between services need a named person."]),
        ("h1", "2. Introduction", "introduction"),
        ("p", "The Thornwick Dale Safeguarding Children Partnership commissioned this review in August 2024. It was carried out by "
              "an independent reviewer with the support of a panel drawn from the police, education, health, youth justice and "
              "children's social care, and it covers the period from September 2022 to the stabbing."),
        ("h1", "3. Methodology", "methodology"),
        ("p", "Agencies provided chronologies and reflective reports. The reviewer held two practitioner sessions and met Child E and "
              "his mother at home. Child E's views are included throughout in his own words where he agreed."),
        ("h1", "4. Background", "background"),
        ("p", "Child E lives with his mother and two younger sisters. He had no contact with services until year 9, when his behaviour "
              "in school deteriorated after the death of his grandfather. He received three fixed-term exclusions and was "
              "permanently excluded in March 2024 after bringing a knife into school. He then attended a pupil referral unit for "
              "two hours a day."),
        ("p", "In May 2024 Child E was robbed of his phone and trainers by older boys. He reported the robbery to the police with his "
              "mother and told the officer that he was scared to go out. The crime report was filed, and no referral was made to "
              "children's social care or to the youth justice service, which was already working with him."),
        ("h1", "5. Findings", "findings"),
        ("p", "The permanent exclusion was managed as an education matter. No multi-agency meeting took place to consider the risks "
              "to Child E of spending most of each day out of education, and the reduced hours at the pupil referral unit were not "
              "shared with the youth justice worker."),
        ("p", "Child E's knife carrying was understood by most agencies as a sign that he was dangerous. He told the reviewer that he "
              "carried it because he was afraid, and this was recorded once, by the school nurse, but never acted on."),
        ("p", "The robbery was treated as a crime against property. His fear, and the possibility that the robbery was linked to "
              "older young people who were targeting him, were not explored."),
        ("h1", "6. Learning", "learning"),
        ("items", "learning", [
            "Permanent exclusion can increase a child's exposure to harm outside the home and should trigger a multi-agency discussion of risk.",
            "Children who carry knives often do so because they are frightened, and their fear needs to be understood as well as their behaviour.",
            "A child who is the victim of a crime may be at risk of further harm, and reports of crime against children should be considered for safeguarding.",
            "When a child moves between services, a named person should hold the whole picture and make sure nothing is lost in the move."],
         "bullets"),
        ("h1", "7. What went well", "good_practice"),
        ("items", "good_practice", [
            "The school nurse listened to Child E and recorded his own explanation of why he carried a knife.",
            "The trauma team and the hospital youth worker engaged Child E during his recovery and supported his return home."],
         "bullets"),
        ("h1", "8. Recommendations", "recommendations"),
        ("items", "recommendations", [
            "The partnership should require a multi-agency risk discussion before or immediately after the permanent exclusion of any child known to the youth justice service.",
            "Pupil referral units should share a child's timetable with every professional working with the child.",
            "The police should refer children who report being the victim of robbery or assault to children's social care for a consideration of safeguarding.",
            "The partnership should provide training on understanding knife carrying as a response to fear."],
         "lettered"),
    ],
}

# ---------- W6: Cwm Aeron: WeasyPrint, Welsh concise Child Practice Review; 'Learning for the Regional Safeguarding Board'
W6 = {
    "file": "cwm-aeron-cpr-child-m.pdf", "producer": "weasyprint",
    "features": ["WeasyPrint 57.2, Liberation Sans", "Welsh concise Child Practice Review: bilingual cover (Adolygiad Ymarfer Plant / "
                 "Child Practice Review), regional board, 'Reference: CARSB/CPR/2022/05', 'Date of publication:'",
                 "headings in full-width shaded bars (the Welsh template's table-like look): 'Brief outline of circumstances resulting "
                 "in the Review', 'Practice and organisational learning', 'Effective practice', 'Improving Systems and Practice', "
                 "'Learning for the Regional Safeguarding Board', 'Statement by Reviewer(s)'",
                 "improving systems and practice as a lead-in and 'Action 1:' .. bold run-ins", "learning for the board as bullets",
                 "footer 'CARSB/CPR/2022/05' left and 'Tudalen / Page N' right"],
    "cover": {"title": "Concise Child Practice Review: Child M", "child_name": "Child M", "review_type": CPR,
              "area": "Cwm Aeron", "year": 2023, "partnership": "Cwm Aeron Regional Safeguarding Board"},
    "blocks": [
        ("h1", "Brief outline of circumstances resulting in the Review", "background", ["introduction"]),
        ("p", "A Concise Child Practice Review was commissioned by the Cwm Aeron Regional Safeguarding Board on the recommendation "
              "of the Child Practice Review Sub Group, in accordance with the Guidance for Multi-Agency Child Practice Reviews. "
              "The criteria for this review were met because Child M, aged two, was found to have suffered significant harm from "
              "neglect and was not on the child protection register at the time."),
        ("p", "Child M was admitted to hospital in April 2022 with severe nappy rash, a chest infection and faltering growth. She "
              "lived with her mother, aged twenty, in a rural village. The family had been supported by the Flying Start "
              "programme and by an early help worker through a Team Around the Family plan."),
        ("h1", "Practice and organisational learning", "learning", ["findings"]),
        ("p", "The reviewer and panel identified that the family's rural isolation, the mother's reliance on a partner who did not "
              "want professionals in the home, and the ending of the Team Around the Family plan all affected how well Child M's "
              "needs were understood."),
        ("p", "Home visits were frequently cancelled by text message and rearranged for the following week. Over six months Child M "
              "was seen at home twice. Professionals recorded each cancellation but did not count them, and the pattern was not "
              "recognised until the hospital admission."),
        ("p", "The Team Around the Family plan was closed in January 2022 because the mother said she no longer needed support. No "
              "step-up discussion with children's services took place, although the health visitor had concerns about Child M's "
              "weight which had not been shared with the early help worker."),
        ("h1", "Effective practice", "good_practice"),
        ("items", "good_practice", [
            "The Flying Start health visitor persisted in offering visits and eventually saw Child M at a clinic.",
            "The ward staff involved the mother in Child M's care and built a relationship that continued after discharge."],
         "bullets"),
        ("h1", "Improving Systems and Practice", "recommendations"),
        ("p", "In order to promote the learning from this case the review identified the following actions for the Regional "
              "Safeguarding Board and its member agencies and anticipated improvement outcomes:"),
        ("items", "recommendations", [
            "The Regional Safeguarding Board should issue guidance that three or more cancelled home visits in a three month period for a child under five must be discussed with a supervisor.",
            "Early help services should hold a closing discussion with the health visitor before a Team Around the Family plan for a child under five is closed.",
            "The Regional Safeguarding Board should seek assurance that practitioners in rural areas can access transport to see children at home."],
         "actions"),
        ("h1", "Learning for the Regional Safeguarding Board", "learning"),
        ("items", "learning", [
            "Cancelled visits are information about a child's circumstances, and a pattern of cancellations is a risk indicator in its own right.",
            "Families in rural areas can be isolated from the services that would notice neglect, and agencies need to plan for this.",
            "Closing a plan at a parent's request should always involve the professionals who still see the child."],
         "bullets"),
        ("h1", "Statement by Reviewer(s)", "other", ["conclusion"]),
        ("p", "Reviewer: Rhiannon Bevan-Tudor. I make the following statement prior to my involvement with this learning review: I "
              "have not been directly concerned with the child or family, or have given professional advice on the case; I have "
              "had no immediate line management of the practitioners involved; I have appropriate recognised qualifications, "
              "knowledge and experience and training to undertake the review."),
    ],
}

# ---------- W7: Glenmorrow: ReportLab Scottish Learning Review; numbered paragraphs; only the bold ones are learning points
W7 = {
    "file": "glenmorrow-learning-review-child-b.pdf", "producer": "reportlab",
    "features": ["ReportLab 3.6.12 Platypus, Liberation Serif TTF, untagged, no outline", "Scottish Learning Review (Child Protection "
                 "Committee, Chief Officers, National Guidance for Child Protection Committees Undertaking Learning Reviews 2021)",
                 "cover page with a purple band; headings '1. Introduction' 13 pt bold purple; every body paragraph numbered '1.1' .. "
                 "in a hanging margin", "'4. Findings' holds numbered paragraphs 4.1 .. 4.16 (narrative and analysis, no items)",
                 "'5. Key learning': numbered paragraphs 5.1 .. 5.7 where only the bold paragraphs are learning points, the others "
                 "explain them", "'6. Areas of strength' bullets; '7. Recommendations' numbered paragraphs 7.1 ..; footer page N"],
    "cover": {"title": "Learning Review: Child B", "child_name": "Child B", "review_type": LR, "area": "Glenmorrow", "year": 2024,
              "partnership": "Glenmorrow Child Protection Committee"},
    "blocks": [
        ("h1", "1. Introduction", "introduction"),
        ("np", "This Learning Review was commissioned by the Glenmorrow Child Protection Committee on behalf of the Chief Officers "
               "following the death of Child B, aged seven weeks, in October 2023. It was carried out in line with the National "
               "Guidance for Child Protection Committees Undertaking Learning Reviews (2021)."),
        ("np", "The purpose of a Learning Review is not to apportion blame but to understand how systems worked and to identify "
               "learning that will improve the protection of children in Glenmorrow."),
        ("h1", "2. The review process", "methodology"),
        ("np", "A review team of senior managers from social work, health, police and education oversaw the review. Two lead "
               "reviewers examined agency records and held individual conversations with fourteen practitioners. Child B's "
               "mother took part; his father did not respond to the invitation."),
        ("h1", "3. Background", "background"),
        ("np", "Child B was the first child of young parents who had been in a relationship for eighteen months. His mother had been "
               "looked after as a child and had a named person through the health visiting service. His father had convictions for "
               "violence and was subject to a community payback order."),
        ("np", "Child B was born at thirty-five weeks and spent nine days in the neonatal unit. He went home to a flat where his "
               "parents had lived for three weeks, with a child's plan in place under Getting it right for every child."),
        ("h1", "4. Findings", "findings"),
        ("np", "The review team considered the information held by each agency in the months before Child B's birth."),
        ("np", "The midwife knew of the father's convictions but recorded them under the mother's notes only."),
        ("np", "Justice social work supervising the father did not know that his partner was pregnant until after the birth."),
        ("np", "The pre-birth interagency referral discussion concluded that a child protection case conference was not needed."),
        ("np", "This decision was made on the basis of the mother's positive engagement and her stated plan to leave the father "
               "if he was violent."),
        ("np", "The neonatal unit noted that the father handled Child B roughly on one occasion and spoke to him about it."),
        ("np", "This observation was recorded in the ward notes but not shared with the health visitor or the social worker."),
        ("np", "After discharge the health visitor visited weekly and found the home clean and Child B feeding well."),
        ("np", "The father was present at two of these visits and was described as quiet."),
        ("np", "In September 2023 the police attended the flat after a neighbour reported a disturbance."),
        ("np", "Officers spoke to both parents separately, saw Child B asleep, and submitted a concern report."),
        ("np", "The concern report was screened and shared with the health visitor three days later."),
        ("np", "No interagency discussion followed, because the incident was assessed as verbal only."),
        ("np", "The review team found that each agency acted reasonably on the information it held, but that no agency held all of it."),
        ("np", "The review team also found that the father's own history was considered only as context for the mother's choices."),
        ("np", "Child B died from head injuries nine days after the police attendance."),
        ("h1", "5. Key learning", "learning"),
        ("np", "The review team identified four areas of learning for Glenmorrow. Each is stated below, followed by the reasons for it."),
        ("bold", "Risk from a parent with a history of violence needs to be assessed in its own right, not only through the other parent's capacity to protect."),
        ("np", "The plan for Child B relied on his mother leaving if there was violence, which placed the responsibility for his "
               "safety on a young woman who was herself at risk."),
        ("bold", "Justice social work should know when a person they supervise is expecting a child or living with one."),
        ("np", "The community payback order supervision was a contact with the father every week, but it did not consider his role as a parent."),
        ("bold", "Observations of how a parent handles a baby are important safeguarding information and should travel with the baby on discharge."),
        ("bold", "A concern report about a household with a baby under one should prompt a discussion, whatever the level of the incident."),
        ("h1", "6. Areas of strength", "good_practice"),
        ("items", "good_practice", [
            "The health visitor's frequent visits gave Child B's mother a trusted professional to talk to.",
            "The police officers who attended in September spoke to each parent separately and checked on Child B."],
         "bullets"),
        ("h1", "7. Recommendations", "recommendations"),
        ("items", "recommendations", [
            "NHS Glenmorrow should ensure that a father's relevant history is recorded in the baby's own health record from birth.",
            "Justice social work should ask every person under supervision whether they live with, or are expecting, a child, and share the answer with the named person service.",
            "The Child Protection Committee should review the threshold for an interagency referral discussion for concern reports involving babies under one.",
            "Neonatal units should include observations of parental handling in the discharge summary sent to the health visitor."],
         "numpara"),
    ],
}

# ---------- W8: Ashcott Rise: Chromium, 'LP1' label column, recommendation table with rotated agency headers
W8 = {
    "file": "ashcott-rise-lcspr-twins-j-and-k.pdf", "producer": "chromium, tagged",
    "features": ["Chromium headless print-to-PDF (tagged); cover page with the review type, the names 'Twins J and K', 'Lead reviewer:', 'Published:'",
                 "headings 15 pt navy with a left bar", "learning as a two-column grid (CSS grid, no table): a navy label 'LP1' .. 'LP4' and the point",
                 "recommendations in a table No. | Recommendation | Police | Health | Education | Children's social care whose agency "
                 "headers are rotated 90 degrees (writing-mode vertical-rl, rotate 180), a dot in the agencies' cells; numbers 'R1' ..",
                 "good practice bullets; header 'Ashcott Rise LCSPR - Twins J and K'"],
    "cover": {"title": "Local Child Safeguarding Practice Review: Twins J and K", "child_name": "Twins J and K", "review_type": CSPR,
              "area": "Ashcott Rise", "year": 2025, "partnership": "Ashcott Rise Safeguarding Children Partnership"},
    "blocks": [
        ("h1", "Introduction", "introduction"),
        ("p", "This review concerns twin girls, J and K, who were aged three when they were found alone in their flat in December "
              "2024 after their mother was taken ill. They had been left for at least a day and were hungry and distressed. Both "
              "children had missed most of their developmental checks and neither was registered with an early years setting."),
        ("h1", "Why this review was carried out", "introduction"),
        ("p", "The rapid review concluded that a local child safeguarding practice review would help the partnership understand why "
              "two young children could become so isolated from universal services. The review used a hybrid methodology of agency "
              "reports, practitioner conversations and a multi-agency learning event."),
        ("h1", "Family context", "background"),
        ("p", "The twins' mother moved to Ashcott Rise from another local authority area in 2022 to escape domestic abuse. She was "
              "housed in temporary accommodation and then in a flat on the edge of the borough. She has type 1 diabetes and "
              "became unwell when she was unable to collect her prescription. The twins' records followed them slowly, and the "
              "health visiting service received their files five months after the move."),
        ("h1", "Analysis of practice", "findings"),
        ("p", "The transfer of the family between areas was handled as an administrative process. The receiving health visiting team "
              "did not know that the family were fleeing domestic abuse, and the invitation letters for the twins' reviews went "
              "to the temporary address after the family had moved."),
        ("p", "The mother's health needs were known to her GP and to the diabetes clinic, but no one asked who cared for the twins if "
              "she became unwell. She told the reviewer that she had no one to call."),
        ("h1", "Learning", "learning"),
        ("items", "learning", [
            "Families who move to escape domestic abuse are at risk of losing contact with every service at once, and transfers need to be active, not administrative.",
            "Where a lone parent has a health condition that could leave them incapacitated, professionals should ask who would care for the children.",
            "Missed developmental reviews for pre-school children are an early sign that a child is not visible to services.",
            "Letters are not contact: when a family does not respond to written invitations, someone needs to find out why."],
         "lp"),
        ("h1", "Good practice", "good_practice"),
        ("items", "good_practice", [
            "The neighbour who heard the twins crying called the police, and officers forced entry within minutes of arriving.",
            "The foster carers and the social worker kept the twins together and arranged contact with their mother in hospital."],
         "bullets"),
        ("h1", "Recommendations", "recommendations"),
        ("agencyrecs", [
            ("The partnership should agree a protocol for the active transfer of families fleeing domestic abuse between areas, including a professional-to-professional conversation.",
             ["Police", "Health", "Children's social care"]),
            ("Health services should ask lone parents with long-term health conditions about their plans for the care of their children if they become unwell.",
             ["Health"]),
            ("The health visiting service should follow up every missed developmental review with a home visit within four weeks.",
             ["Health"]),
            ("The local authority should contact families of eligible two-year-olds who have not taken up a funded early years place.",
             ["Education", "Children's social care"])]),
        ("h1", "Conclusion", "conclusion"),
        ("p", "The twins are now doing well and live with their mother, who is supported by a family support worker. The partnership "
              "has accepted the recommendations and will report on their progress in its annual report."),
    ],
}

REPORTS = [W1, W2, W3, W4, W5, W6, W7, W8]
