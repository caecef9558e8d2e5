"""Batch 34 (issue 9, a fresh held-out batch written before it was first run): eight invented child safeguarding review
reports as a partnership actually ships them after post-processing: qpdf linearised + object streams + AES-128 owner
password only; a report merged with `qpdf --pages` from three producers (LibreOffice cover, Chromium body on US Letter,
pdflatex appendix); a printer's proof sheet cut to A4 by a CropBox offset from an oversize MediaBox (crop marks and a
slug outside it); landscape pages stored as portrait with /Rotate 270; black redaction boxes added by an incremental
update over text still in the text layer (beside words truly removed); a 'Draft watermark' optional content group
switched off; the executive summary attached as an embedded PDF with roman page labels on the front matter; a
Ghostscript /screen rewrite whose bullet font then lost its ToUnicode map.

Every child, family, area, partnership, agency and person here is invented for software testing.

Block kinds as batch32_content (h1, h2, p, items with style 'ol' / 'ul' / 'lp', owners rows) plus ("pagebreak",) and
("landscape", blocks) a run of blocks printed on landscape pages (Brindlecombe-style post-processing decides how they are
stored). Test-fixture tooling only.
"""
from batch25_content import method
from batch27_content import story, conclusion

INVENTED = "This review and every person, place and organisation in it are invented for software testing."
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"
LR = "learning_review"


def rep(file, post, cover, blocks, features, look="serif", body_from=2):
    return {"file": file, "producer": post, "post": post, "cover": cover, "blocks": blocks, "features": features,
            "look": look, "body_from": body_from, "template": post}


# ---------- 1. Quillbrook: Chromium -> qpdf --linearize --object-streams=generate --encrypt (AES-128, owner only, print)
Q_BG, Q_EV, Q_AN = story("Child D", "he", [
    "Child D was eleven years old when he was admitted to hospital in January 2024 weighing far less than a child of his "
    "age should. He lived with his father and his father's partner in a rented house on the edge of Quillbrook.",
    "Child D had been electively home educated since the summer of 2022. Before that he had attended the local primary "
    "school, where staff had raised concerns about his lunches and about bruising on his upper arms.",
    "The home education adviser wrote to the family twice in 2023 asking to visit. The father replied by e-mail that the "
    "family were following a structured curriculum and did not want a visit, and the letters were filed.",
    "In October 2023 Child D was seen by a practice nurse for a vaccination. She noted that he was thin and quiet and "
    "asked his father to bring him back to be weighed; the appointment was not kept."],
    ["Once Child D left school no professional saw him regularly. The review found that the decision to home educate was "
     "treated as the end of the school's safeguarding role rather than as a change that needed to be understood.",
     "The home education service had no power to insist on seeing Child D, but it did have a route to share its worries "
     "with children's social care, and that route was not used.",
     "The practice nurse's concern was recorded clearly. The missed appointment was treated as a routine did-not-attend "
     "and was not linked to what the school had reported two years earlier."])
QUILLBROOK = rep(
    "quillbrook-lcspr-child-d.pdf", "qpdf_linearised_encrypted",
    {"title": "Local Child Safeguarding Practice Review: Child D", "child_name": "Child D", "review_type": CSPR,
     "area": "Quillbrook", "year": 2025, "partnership": "Quillbrook Safeguarding Children Partnership",
     "by": "Independent reviewer: Alison Threlkeld", "date": "Published February 2025"},
    [("h1", "Introduction", "introduction"),
     ("p", "This review concerns Child D, an eleven year old boy who was found to be seriously malnourished in January 2024. "
           "He has recovered in hospital and now lives with foster carers."),
     ("h1", "Methodology", "methodology")]
    + method("Quillbrook Safeguarding Children Partnership", "Alison Threlkeld", "eight")[:2]
    + [("h1", "Background", "background")] + Q_BG + Q_EV
    + [("h1", "Analysis of practice", "findings")] + Q_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "A decision to home educate a child who has been the subject of safeguarding concerns at school should prompt a "
           "conversation between the school, the home education service and children's social care.",
           "A parent's refusal of every visit is information about the child's circumstances, not only a matter of the "
           "parent's rights.",
           "A missed appointment for a child whom a nurse has seen to be underweight needs a follow-up decision, not a "
           "standard letter.",
           "Practitioners should ask when a child was last seen by anyone outside the household."], "ul"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The partnership should agree a protocol for sharing information when a child with a history of safeguarding "
           "concerns is removed from school to be home educated.",
           "The home education service should escalate to children's social care when it has not seen a child for six "
           "months and the family decline contact.",
           "The integrated care board should seek assurance that general practices follow up missed appointments for "
           "children whose weight has caused concern.",
           "The partnership should publish a short briefing for schools on their role when a pupil leaves to be home "
           "educated."], "ol"),
       ("h1", "Conclusion", "conclusion")] + conclusion("Child D", "Quillbrook Safeguarding Children Partnership"),
    ["Chromium headless print (Liberation Serif 11 pt, --no-pdf-header-footer), tagged", "then `qpdf --linearize "
     "--object-streams=generate --encrypt '' owner 128 --use-aes=y --print=full --modify=none --extract=n`: linearised, "
     "cross-reference and objects in compressed object streams, AES-128, owner password only (opens without a password; "
     "printing allowed, copying and changes not)", "learning bullets, recommendations a numbered list"])

# ---------- 2. Haverloe: qpdf --pages merge of three producers
H_BG, H_EV, H_AN = story("Child M", "she", [
    "Child M was fifteen when she was seriously assaulted by an adult man she had met online, in June 2023. She lived "
    "with her mother and her younger brother in Haverloe.",
    "Child M had been referred to the child and adolescent mental health service in 2022 after she told her school "
    "counsellor that she was self-harming. She was on a waiting list for seven months.",
    "In March 2023 Child M's mother found messages on her phone from an adult asking to meet her. She reported them to the "
    "police, who gave advice about online safety and recorded the report as a crime.",
    "In May 2023 the school saw that Child M was arriving late and leaving at lunchtime. A referral to the exploitation "
    "screening meeting was made, and the meeting was scheduled for a date after the assault."],
    ["The police response to the messages focused on the offence and the device. The link between the messages and "
     "Child M's mental health was not made, because the police did not know she was waiting for treatment.",
     "The waiting list for the mental health service was managed by date of referral. Nothing in the process invited "
     "the school or the family to say that the risks to Child M had changed.",
     "The exploitation screening meeting met monthly. Its terms did not allow an urgent referral to be heard sooner, "
     "and the school did not know that it could ask for a strategy discussion instead."])
HAVERLOE = rep(
    "haverloe-cspr-child-m.pdf", "qpdf_pages_merge",
    {"title": "Child Safeguarding Practice Review: Child M", "child_name": "Child M", "review_type": CSPR,
     "area": "Haverloe", "year": 2024, "partnership": "Haverloe Children's Safeguarding Partnership",
     "by": "Lead reviewer: Gareth Pomfrey", "date": "Published July 2024"},
    [("h1", "Introduction", "introduction"),
     ("p", "This review was commissioned after Child M, a fifteen year old girl, was seriously assaulted by an adult she had "
           "met online. The man has since been convicted. Child M and her mother have both contributed to the review."),
     ("h1", "How the review was carried out", "methodology")]
    + method("Haverloe Children's Safeguarding Partnership", "Gareth Pomfrey", "six")[:2]
    + [("h1", "Child M and her family", "background")] + H_BG
    + [("h1", "What happened", "background", ["findings"])] + H_EV
    + [("h1", "Findings", "findings")] + H_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "A report of online grooming is a safeguarding concern about the child as well as a crime, and should be shared "
           "with the agencies who know her.",
           "Children waiting for mental health treatment need a way for their risk to be reviewed while they wait.",
           "Schools need to know how to ask for an urgent multi-agency response when a monthly meeting is too late."], "ol"),
       ("h1", "Recommendations", "recommendations"),
       ("owners", [
           ("Make sure that every police report of online grooming of a child leads to a notification to children's social "
            "care and the child's school.", "Haverloe Police", "Three months"),
           ("Introduce a review of risk for children on the mental health waiting list when another agency raises a new "
            "concern.", "Child and adolescent mental health service", "Six months"),
           ("Allow urgent referrals to the exploitation screening meeting to be heard within five working days.",
            "Exploitation sub-group", "Three months"),
           ("Remind designated safeguarding leads how to request a strategy discussion.",
            "Education safeguarding team", "Two months")]),
       ("h1", "Conclusion", "conclusion")] + conclusion("Child M", "Haverloe Children's Safeguarding Partnership")
    + [("h1", "Appendix A: Terms of reference", "appendix", ["methodology", "other"]),
       ("p", "The review considered the period from January 2022 to June 2023 and addressed these questions."),
       ("tor", ["How well did agencies understand the risks to Child M from adults online?",
                "How were Child M's mental health needs assessed and met while she waited for treatment?",
                "How effective were the local arrangements for responding to children at risk of exploitation?"]),
       ("h1", "Appendix B: Glossary", "appendix", ["other"]),
       ("p", "CAMHS: child and adolescent mental health service. DSL: designated safeguarding lead. Strategy discussion: a "
             "meeting of police, children's social care and health to decide whether to start child protection enquiries.")],
    ["`qpdf --empty --pages` merge of three producers: cover from LibreOffice Writer 7.4 (HTML opened in Writer, A4, "
     "Liberation Sans), body from Chromium headless print on **US Letter** (DejaVu Serif, tagged), appendices from "
     "**pdflatex** (Computer Modern, A4, `\\section*` headings, an enumerate)", "page sizes differ (A4 / Letter / A4); fonts "
     "differ by part; the merged file keeps no outline and no tags", "recommendations a table No. | Recommendation | Owner | "
     "Timescale"], look="sans")

# ---------- 3. Brindlecombe (Selworth): proof sheet cropped to A4 by a CropBox offset from the MediaBox
S_BG, S_EV, S_AN = story("Baby S", "she", [
    "Baby S was ten weeks old when she was taken to hospital with a fractured skull and rib fractures in September 2023. "
    "She lived with her mother, who was twenty, and her mother's partner in a flat in Selworth.",
    "Baby S's mother had grown up in Selworth and had been known to children's social care as a child herself. She had "
    "been supported during pregnancy by a specialist midwife for young parents.",
    "The midwife recorded that the mother's partner attended one antenatal appointment and was 'quiet and supportive'. "
    "No one asked about his history, which included a caution for assaulting a former partner.",
    "At the six week check the GP noticed a small red mark on Baby S's ear. The mother said that the baby had scratched "
    "herself. The mark was recorded but not seen as a bruise on a baby who could not move on her own."],
    ["The specialist midwifery service worked closely with the mother and she valued it. Fathers and partners were "
     "welcomed at appointments but were not routinely asked about themselves.",
     "The mark on Baby S's ear was small and the explanation was plausible to the GP. The partnership's procedure for "
     "bruising in non-mobile babies applies to any mark that might be a bruise, and it was not followed.",
     "The mother's own history with children's social care was known to the midwife but was not seen as relevant to "
     "the care of her baby."])
SELWORTH = rep(
    "selworth-lcspr-baby-s.pdf", "cropbox_offset_proof",
    {"title": "Local Child Safeguarding Practice Review: Baby S", "child_name": "Baby S", "review_type": CSPR,
     "area": "Selworth", "year": 2024, "partnership": "Selworth Safeguarding Children Partnership",
     "by": "Reviewer: Nadia Kellaway", "date": "November 2024"},
    [("h1", "Introduction", "introduction"),
     ("p", "This review concerns Baby S, who suffered serious injuries at ten weeks old. Her mother's partner has been "
           "convicted of causing her injuries. Baby S has made a good recovery and lives with her maternal grandmother."),
     ("h1", "Methodology", "methodology")]
    + method("Selworth Safeguarding Children Partnership", "Nadia Kellaway", "seven")[:2]
    + [("h1", "Background", "background")] + S_BG
    + [("h1", "Key practice episodes", "background", ["findings"])] + S_EV
    + [("h1", "Analysis", "findings")] + S_AN
    + [("h1", "Learning for the partnership", "learning"),
       ("items", "learning", [
           "Professionals should find out about every adult who will care for a new baby, including partners who are not "
           "the baby's parent.",
           "Any mark on a non-mobile baby that might be a bruise should be dealt with under the bruising procedure, "
           "whatever the explanation.",
           "A young parent's own childhood experience of services is part of the picture when assessing support for her "
           "baby."], "ul"),
       ("h1", "Good practice", "good_practice"),
       ("items", "good_practice", [
           "The specialist midwife built a trusting relationship with the mother and saw her at home eleven times.",
           "Hospital staff made a referral on the day Baby S was admitted and arranged a skeletal survey at once."], "ul"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The partnership should make sure that maternity and health visiting records include the identity and history "
           "of every adult caring for a new baby.",
           "General practices should be reminded of the bruising procedure for non-mobile babies through the named GP.",
           "The specialist midwifery service should include questions about partners in its assessment of young parents."],
        "ol"),
       ("h1", "Conclusion", "conclusion")] + conclusion("Baby S", "Selworth Safeguarding Children Partnership"),
    ["Chromium headless print on an oversize **proof sheet** (A4 plus 12 mm all round; crop marks and a printer's slug "
     "line 'PROOF 3 ...' drawn outside the A4 area on every page), tagged", "then every page's **CropBox set to the A4 area "
     "offset (34, 34) from the MediaBox origin** (TrimBox the same): a viewer shows A4; the slug and crop marks stay in the "
     "content, outside the crop", "learning and good practice bullets, recommendations numbered"])

# ---------- 4. Wrenstowe: landscape pages stored portrait with /Rotate 270
W_BG, W_EV, W_AN = story("Child R", "he", [
    "Child R was three years old when he died in April 2023 after swallowing tablets belonging to an adult in his home. "
    "He lived with his mother and her two older children in Wrenstowe.",
    "Child R's mother had a long history of drug use and was prescribed a substitute medication by the community "
    "substance misuse service. She was expected to keep it in a locked box provided by the service.",
    "In 2022 the family were supported under a child in need plan because of the condition of the home. The plan ended "
    "in November 2022 after two visits found the home clean and tidy.",
    "The substance misuse service recorded in February 2023 that the mother had lost her locked box and said she kept her "
    "medication on a high shelf. This was not shared with anyone else."],
    ["Each agency knew part of the picture. Children's social care knew about the home conditions; the substance misuse "
     "service knew about the medication; the health visitor knew how mobile Child R had become.",
     "The child in need plan was closed on the evidence of two announced visits. The review found no record of what the "
     "home was like when visits were unannounced.",
     "Safe storage of medication was discussed with the mother, but the risk to a climbing toddler was not spelled out to "
     "her or checked at home."])
WRENSTOWE = rep(
    "wrenstowe-cspr-child-r.pdf", "rotate270_landscape",
    {"title": "Child Safeguarding Practice Review: Child R", "child_name": "Child R", "review_type": CSPR,
     "area": "Wrenstowe", "year": 2024, "partnership": "Wrenstowe Safeguarding Children Partnership",
     "by": "Independent reviewer: Dr Simon Ackroyd", "date": "Published May 2024"},
    [("h1", "Introduction", "introduction"),
     ("p", "This review looks at how agencies worked with Child R and his family before his death at the age of three. "
           "An inquest concluded that he died from the toxic effects of a prescribed medication."),
     ("h1", "Review process", "methodology")]
    + method("Wrenstowe Safeguarding Children Partnership", "Dr Simon Ackroyd", "nine")[:2]
    + [("h1", "Background", "background")] + W_BG + W_EV
    + [("h1", "Analysis", "findings")] + W_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "Substance misuse services should share with children's services any change in how a parent stores "
           "medication when young children live in the home.",
           "A plan should not be closed on the evidence of announced visits alone when the concern is about the home.",
           "Advice about safe storage should be given in terms of what the particular child can reach and open."], "lp"),
       ("landscape", [
           ("h1", "Recommendations and action plan", "recommendations"),
           ("owners", [
               ("Agree a standard for sharing information about the safe storage of substitute medication in homes with "
                "children under five.", "Community substance misuse service", "Three months"),
               ("Make unannounced visits part of the closure of child in need plans about home conditions.",
                "Children's social care", "Six months"),
               ("Give health visitors a prompt to ask about medicines in the home at every contact with children under "
                "five.", "Health visiting service", "Six months"),
               ("Audit the use of locked boxes by parents prescribed substitute medication.",
                "Public health commissioner", "Twelve months")])]),
       ("h1", "Conclusion", "conclusion")] + conclusion("Child R", "Wrenstowe Safeguarding Children Partnership"),
    ["Chromium headless print, portrait A4 body, tagged; the recommendations and action plan printed on a **landscape "
     "A4 page** (CSS named page)", "then post-processed: the landscape page's content wrapped in a `0 -1 1 0 0 842 cm` "
     "transform on a **portrait MediaBox with /Rotate 270** (a viewer shows it landscape and upright), as some "
     "imposition and scan-merge tools store landscape pages", "learning as bold 'Learning point N' label paragraphs; "
     "recommendations a table No. | Recommendation | Owner | Timescale on the rotated page"])

# ---------- 5. Dunmarrow: incremental-update redaction boxes over text still in the text layer
D_BG, D_EV, D_AN = story("Child K", "she", [
    "Child K was eight years old when she disclosed to a teacher in February 2024 that she had been sexually abused by a "
    "family friend. She lived with her mother and stepfather in Dunmarrow.",
    "The family friend, Mr Corbell, had been a regular visitor to the household for several years and sometimes looked "
    "after Child K and her brother when their mother worked evening shifts.",
    "In 2022 an anonymous caller told the children's services front door that a man with a conviction for sexual offences "
    "was visiting a family in the area. The call did not name the family and no checks were possible.",
    "In the autumn of 2023 Child K's class teacher noticed that she had become withdrawn and had started to wet herself "
    "at school. The school spoke to her mother, who said that Child K was anxious about a new baby."],
    ["The anonymous call was handled in line with procedures. The review found that the information it held was not "
     "recorded in a way that could be linked later, when the man's name became known.",
     "The school's response to Child K's changed behaviour was kind and practical. It did not include asking Child K "
     "herself, alone, whether anything was worrying her.",
     "Mr Corbell's conviction was known to the probation service, which had ended its supervision of him in 2019. There "
     "was no way for that knowledge to reach the family."])
DUNMARROW = rep(
    "dunmarrow-lcspr-child-k.pdf", "incremental_redaction",
    {"title": "Local Child Safeguarding Practice Review: Child K", "child_name": "Child K", "review_type": CSPR,
     "area": "Dunmarrow", "year": 2025, "partnership": "Dunmarrow Safeguarding Children Partnership",
     "by": "Reviewer: Frances Olawale", "date": "Published January 2025"},
    [("h1", "Introduction", "introduction"),
     ("p", "This review concerns Child K, who disclosed sexual abuse by a family friend when she was eight. Some names and "
           "details in this published version have been redacted to protect Child K and her family."),
     ("h1", "Terms of reference and methodology", "methodology", ["introduction"])]
    + method("Dunmarrow Safeguarding Children Partnership", "Frances Olawale", "eight")[:2]
    + [("h1", "Background", "background")] + D_BG
    + [("h1", "Summary of events", "background", ["findings"])] + D_EV
    + [("h1", "Findings", "findings")] + D_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "Anonymous information about a risky adult should be recorded so that it can be found again when a name or "
           "address becomes known.",
           "When a child's behaviour changes markedly, practitioners should make time to talk to the child alone.",
           "Wetting and withdrawal in a school-age child can be signs of sexual abuse and should be considered alongside "
           "other explanations."], "ol"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The front door service should record anonymous concerns about adults in a searchable form and review how they "
           "are linked to later referrals.",
           "The partnership should provide training for school staff on recognising and responding to signs of sexual "
           "abuse in primary-age children.",
           "The probation service and the police should review how they share information about people with sexual "
           "offence convictions after supervision ends."], "ol"),
       ("h1", "Conclusion", "conclusion")] + conclusion("Child K", "Dunmarrow Safeguarding Children Partnership"),
    ["Chromium headless print (Liberation Sans), tagged; some words **truly removed** before printing (black boxes with no "
     "text beneath them)", "then an **incremental update** (`mutool run`, saved incrementally: a second body, xref and "
     "trailer after the first %%EOF) appending a content stream per page that **fills black rectangles over names and "
     "dates still present in the text layer** (the abuser's name, a school name, the stepfather's first name)",
     "learning and recommendations numbered lists"], look="sans")

# ---------- 6. Castlemere: a 'Draft watermark' optional content group switched off
C_BG, C_EV, C_AN = story("Child J", "he", [
    "Child J was sixteen when he was stabbed in a street in Castlemere in August 2023. He survived his injuries. He lived "
    "with his aunt under a special guardianship order made when he was nine.",
    "Child J was permanently excluded from his secondary school in Year 10 and moved to a pupil referral unit, where he "
    "attended for two hours a day.",
    "In the spring of 2023 police stopped Child J three times in a part of the town associated with drug dealing. On the "
    "second occasion he was carrying a large amount of cash and two mobile phones.",
    "His aunt asked children's social care for help in May 2023, saying that she could no longer keep him safe. She was "
    "signposted to a parenting course."],
    ["The exclusion removed Child J from the one setting where adults saw him every day. The reduced timetable at the "
     "pupil referral unit left him unsupervised for most of every weekday.",
     "The police stops were recorded as separate events. Each was shared with children's social care, but they were not "
     "brought together into a referral for exploitation.",
     "Special guardians can ask for support, and Child J's aunt did. The response treated her request as a parenting "
     "problem rather than as a warning that the risks had grown."])
CASTLEMERE = rep(
    "castlemere-learning-review-child-j.pdf", "ocg_draft_watermark_off",
    {"title": "Safeguarding Learning Review: Child J", "child_name": "Child J", "review_type": LR,
     "area": "Castlemere", "year": 2024, "partnership": "Castlemere Safeguarding Children Partnership",
     "by": "Reviewer: Owen Marsh-Tilley", "date": "Published October 2024"},
    [("h1", "Summary", "summary", ["introduction"]),
     ("p", "This learning review was carried out after Child J, then sixteen, was seriously injured in a knife attack. It "
           "looks at the help he and his special guardian received in the eighteen months before."),
     ("h1", "Approach", "methodology")]
    + method("Castlemere Safeguarding Children Partnership", "Owen Marsh-Tilley", "five")[:2]
    + [("h1", "Background", "background")] + C_BG + C_EV
    + [("h1", "Key findings", "findings")] + C_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "A permanent exclusion of a child known to be at risk outside the home should trigger a multi-agency plan for "
           "the hours he is no longer in school.",
           "Repeated police stops of a child in places linked with drug dealing should be treated together as a possible "
           "sign of criminal exploitation.",
           "A special guardian who says she can no longer keep a child safe is describing risk, and her request should be "
           "assessed as such."], "ol"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "Schools and the local authority should agree a protocol for multi-agency planning before a child at risk of "
           "exploitation is permanently excluded.",
           "The police should review how repeated stops of the same child are brought to the attention of the "
           "exploitation team.",
           "Children's social care should review its response to requests for help from special guardians."], "ol"),
       ("h1", "Conclusion", "conclusion")] + conclusion("Child J", "Castlemere Safeguarding Children Partnership"),
    ["Chromium headless print (Liberation Serif), tagged", "then (`mutool run`) an **optional content group 'Draft "
     "watermark'** listed in /OCProperties with /D /OFF [it]: on every page a marked-content block `/OC /oc1 BDC` drawing "
     "'DRAFT - NOT FOR PUBLICATION' diagonally in 54 pt grey Helvetica across the body, and 'Draft v0.7 - comments to the "
     "business unit' at the page foot; hidden in a viewer, present in the content stream", "learning and "
     "recommendations numbered lists"])

# ---------- 7. Okeham Cross: executive summary as an attached PDF; roman page labels on the front matter
O_BG, O_EV, O_AN = story("Child L", "she", [
    "Child L was six years old when she was found to have been living in severely neglectful conditions in November "
    "2023. She lived with her father, who had a serious alcohol problem, in a village outside Okeham Cross.",
    "Child L's mother died when Child L was three. Her father cared for her alone and was described by the nursery as "
    "devoted to her and struggling with his grief.",
    "In 2022 the school recorded that Child L often came to school hungry and in the same clothes for several days. The "
    "school provided breakfast and clean uniform and spoke to her father, who was embarrassed and grateful.",
    "In September 2023 the father was arrested for drink driving with Child L in the car. The police made a referral, "
    "and a social worker visited and agreed a plan of support with him."],
    ["The school's practical help was generous and was what Child L needed day to day. The review found that it also "
     "masked how serious the neglect had become, because Child L arrived in school clean and fed.",
     "The referral after the arrest led to a visit by appointment. The home was not seen beyond the front room, and the "
     "assessment relied on what the father said about his drinking.",
     "Grief and alcohol dependence in a lone parent were each recognised, but no one asked what the two together meant "
     "for a young child at home in the evenings."])
OKEHAM = rep(
    "okeham-cross-lcspr-child-l.pdf", "attachment_page_labels",
    {"title": "Local Child Safeguarding Practice Review: Child L", "child_name": "Child L", "review_type": CSPR,
     "area": "Okeham Cross", "year": 2024, "partnership": "Okeham Cross Safeguarding Children Partnership",
     "by": "Independent author: Bridget Haldane", "date": "Published December 2024"},
    [("h1", "Foreword", "other", ["introduction", "summary"]),
     ("p", "The partnership thanks Child L's family for their help with this review. An executive summary is attached to "
           "this document as a separate file for readers who want a shorter account."),
     ("pagebreak",),
     ("h1", "Introduction", "introduction"),
     ("p", "This review looks at the support given to Child L and her father between her mother's death in 2020 and "
           "November 2023, when Child L was found to be living in severe neglect."),
     ("h1", "Methodology", "methodology")]
    + method("Okeham Cross Safeguarding Children Partnership", "Bridget Haldane", "six")[:2]
    + [("h1", "Background", "background")] + O_BG + O_EV
    + [("h1", "Analysis", "findings")] + O_AN
    + [("h1", "Findings and learning", "learning", ["findings"]),
       ("items", "learning", [
           "Practical help in school can hide the extent of neglect at home; schools should share what they are providing "
           "as well as what they see.",
           "An assessment of a parent's drinking should include seeing the whole home, unannounced if needed.",
           "Bereavement in a lone parent is a risk factor for the child as well as a need of the parent."], "ul"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The partnership should issue guidance to schools on recording and sharing the practical help they give to "
           "children who arrive hungry or unwashed.",
           "Children's social care should make sure that assessments following an alcohol-related arrest include a visit "
           "to the whole home.",
           "Adult substance misuse and bereavement services should ask about children in the household at their first "
           "contact."], "ol"),
       ("h1", "Conclusion", "conclusion")] + conclusion("Child L", "Okeham Cross Safeguarding Children Partnership"),
    ["Chromium headless print (Liberation Serif), tagged: cover, a contents page and a foreword (page numbers 'ii', 'iii' "
     "in the footer), then the report (page numbers from '1')", "then (`mutool run`) **/PageLabels** r for the three front "
     "pages and D from 1 after them, and (`qpdf --add-attachment`) **the executive summary attached as an embedded PDF** "
     "(a one-page Chromium PDF with its own 'Summary' and three 'Key learning' bullets), /PageMode /UseAttachments",
     "learning bullets, recommendations numbered"], body_from=3)

# ---------- 8. Ashenfold: Ghostscript /screen rewrite, then the bullet font loses its ToUnicode map
A_BG, A_EV, A_AN = story("Child T", "he", [
    "Child T was thirteen when he took his own life in March 2024. He lived with his mother, his stepfather and two "
    "younger half-brothers in Ashenfold.",
    "Child T had a diagnosis of attention deficit hyperactivity disorder and had been on a waiting list for an autism "
    "assessment for two years. He was often in trouble at school and had been excluded for short periods four times.",
    "In the autumn of 2023 Child T told his head of year that he was being bullied online and that he 'might as well not "
    "be here'. The school made a referral to the mental health support team in schools.",
    "The mental health support team offered six sessions of guided self-help, which Child T attended twice. The case was "
    "closed in January 2024 after two missed sessions."],
    ["Child T's behaviour at school was understood mainly as a result of his ADHD. His statements about not wanting to "
     "be here were recorded but not treated as a risk to his life.",
     "The mental health support team's offer was designed for mild to moderate anxiety and low mood. Child T's needs "
     "were more complex, and there was no step up to specialist services when he stopped attending.",
     "Child T's mother told the review that she did not know about the bullying or about what he had said at school."])
ASHENFOLD = rep(
    "ashenfold-cspr-child-t.pdf", "gs_screen_bullets_no_tounicode",
    {"title": "Child Safeguarding Practice Review: Child T", "child_name": "Child T", "review_type": CSPR,
     "area": "Ashenfold", "year": 2025, "partnership": "Ashenfold Safeguarding Children Partnership",
     "by": "Independent reviewer: Leonie Farrant", "date": "Published March 2025"},
    [("h1", "Introduction", "introduction"),
     ("p", "This review concerns Child T, a thirteen year old boy who died in March 2024. The partnership extends its "
           "sympathy to his family, who have helped the review."),
     ("h1", "Scope and methodology", "methodology", ["introduction"])]
    + method("Ashenfold Safeguarding Children Partnership", "Leonie Farrant", "seven")[:2]
    + [("h1", "Background", "background")] + A_BG
    + [("h1", "Key practice episodes", "background", ["findings"])] + A_EV
    + [("h1", "Analysis", "findings")] + A_AN
    + [("h1", "Learning", "learning"),
       ("items", "learning", [
           "When a child says that he might as well not be here, practitioners should ask directly about thoughts of "
           "suicide, whatever else is known about his behaviour.",
           "A child who stops attending a low-intensity mental health service may need more help, not less, and the "
           "decision to close should consider a step up.",
           "Parents should be told when their child has expressed thoughts of not wanting to live, unless doing so would "
           "put the child at risk.",
           "Online bullying reported by a child should be shared with parents and addressed as a safeguarding matter."],
        "ul"),
       ("h1", "Recommendations", "recommendations"),
       ("items", "recommendations", [
           "The partnership should publish guidance for schools on responding to statements about not wanting to live.",
           "The mental health support teams should agree criteria for stepping children up to specialist services when "
           "they disengage.",
           "Schools should review how they inform parents of disclosures of self-harm or suicidal thoughts.",
           "The integrated care board should report to the partnership on waiting times for neurodevelopmental "
           "assessments."], "ul"),
       ("h1", "Conclusion", "conclusion")] + conclusion("Child T", "Ashenfold Safeguarding Children Partnership"),
    ["Chromium headless print (Liberation Sans, a small raster logo on the cover), bullets typed as '\u25aa' in DejaVu "
     "Sans (li::before), tagged", "then **Ghostscript 10 pdfwrite -dPDFSETTINGS=/screen** (images downsampled to 72 dpi, "
     "fonts re-subset, tags and outline dropped)", "then (`mutool run`) the **ToUnicode map removed from the bullet font "
     "only** (DejaVu Sans, Type 0 Identity-H): the bullets have no Unicode; every other glyph keeps its map",
     "learning and recommendations both bullet lists"], look="sans")

REPORTS = [QUILLBROOK, HAVERLOE, SELWORTH, WRENSTOWE, DUNMARROW, CASTLEMERE, OKEHAM, ASHENFOLD]
