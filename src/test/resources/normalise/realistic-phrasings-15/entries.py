# Entries of the "realistic phrasings 15" set (issue 9, session 26): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: the NSPCC yearly list
# of 2013 ("December 2013 - Area - Name", "Death of a 2-year-old boy in March 2013 ...", "Issues identified include:",
# "Recommendations include:", a bare keyword line), the NSPCC "Case reviews published in 2025" page ("2025 – Anonymous –
# Child A", "Learning themes include:", "Recommendations include:", a young person's partner "placed in care at
# 15-years-old"), a safeguarding board's "5 min briefing" that tells the child's story over several paragraphs ("Child
# R's story", his school's view of him, his parents' separation and a residence order) and the Welsh boards' pages on
# concise and extended child practice reviews and adult practice reviews ("CPR", "APR")). Only short generic phrases are
# shared with them.
# What real summaries do that invented sets tend not to, each phrase grepped in sets 1-14's entries.py,
# unseen-entries.txt and the digests-e2e README first ("nursery-age", "sixth-former", "sixth-form", "Reception",
# "in P6", "S3 pupil", "primary 2", "lower-sixth", "Easter weekend", "permanent brain injury", "Concise CPR", "carried
# out jointly", "alongside a domestic homicide", "referred to as", "uses the name", "disagreed", "2024/25" are in none;
# "Christmas period", "adult practice review", "primary school age", "later died", "2022/23", "police protection",
# "domestic servitude", "paramilitary", "button battery", "untreated burns", "less than at" are there in other
# sentences and about other people):
# - long entries of several paragraphs, the background or the family's history before the incident ("Background:"
#   first), a sibling's or a parent's harm told at length before the child's own (a brother's stabbing and plan, a
#   mother killed by her partner, a brother's suicide and a father's, a sister's online grooming, four children removed);
# - the child named late ("The review concerns the youngest of the four children", "the middle child"), only by an
#   initial ("B was 13 when ...") or a pseudonym ("referred to as Max in the report", "This review uses the name Riley",
#   "given the name Skye for the review");
# - several professionals' views: one says neglect, abuse or exploitation, another disagrees (a paediatrician and a
#   nursery, the police and a school, a diabetes team and a social worker, a health visitor and a GP, two consultants);
# - review types written unusually: a joint child practice review and adult practice review, "Concise CPR", an adult
#   practice review alone, a review carried out jointly with a safeguarding adults review, one alongside a domestic
#   homicide review, a significant case review begun before the learning review guidance, rapid reviews only;
# - ages only by a stage or school year: "a nursery-age girl", "a sixth-former", "a girl in her Reception year", "in
#   Year 6", "a primary 2 pupil", "an S3 pupil", "then in Year 10", "a girl of primary school age", "a Reception-aged
#   child", "a lower-sixth pupil", "a girl in P6 and her brother in P2", "a 17-year-old sixth-form student";
# - outcomes that are not plainly death or injury: "has been left with a permanent brain injury", "life-changing
#   injuries", "later died in hospital", "died in hospital three days later", "permanent hearing loss and the amputation
#   of two toes", "permanent scarring", a mother's death beside children who were not hurt;
# - dates in several forms: "in the summer of 2023", "Over the Christmas period of 2024", "during the winter of
#   2022/23", "the 2023/24 season", "the school years 2022/23 and 2023/24", "over the Christmas period of 2024/25",
#   "over the Easter weekend of 2025", "in the early hours of 1 January 2025", "during 2022/23", beside birth years,
#   earlier referrals, convictions, removals and moves.
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -14 READMEs, unchanged): not stated means empty, and a negated or ruled-out
# fact is not stated; a code is about the child(ren) the entry describes, never a parent's, sibling's, cousin's,
# carer's or perpetrator's own harm, plan, care, school, condition, outcome, sex or age; a parent's mental health,
# substance or alcohol misuse, learning disability, criminality or domestic abuse is the child's risk factor (a
# mother's partner or stepfather accepted either way, a past history accepted either way); a child's own past plan or
# care is coded; a span over years accepts either end (or none); several children: ages `*` unless one age is stated
# for all, sex `mixed` only when both sexes are stated; accidents and hazards accept `neglect`, `other` or none;
# restraint accepts `physical_abuse`, `other` or none; special guardianship and kinship care are `connected_carers`; an
# age given only by a word or a school stage is no exact age, but its band is known when the stage fixes it (set 9's
# "a Year 9 pupil" -> 11_15; set 14's "pre-school" -> 1_5): nursery and Reception 1_5, sixth form 16_17, an English
# Year N or Scottish P(N+1) is N+4 to N+5, S3 13 to 14, a stage across two bands accepts either band or `unknown` (set
# 9's "Year 11: 15 to 16 -> none", set 14's "a Year 11 pupil" -> `unknown|`); a rapid review is
# `other`; an adult practice review alone is `other`; a joint review accepts each of its child review types; a
# Scottish "Read the review" is document type `unknown`. `a|b` alternatives, `*` not scored.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from phrasing_entries import COLS, T, A, ANY, E, L, R, HEAD, STAB, RESTRAINT, WELSH_MODEL, RO  # noqa: E402,F401

ACCIDENT = A("", "neglect; other")

NAV = ["<header><a href=\"#main\">Skip to content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Case reviews</a></li><li><a href=\"#\">Updates</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Accessibility</p><p>Cookies</p></footer>"]

FILES = {}
LI = "Learning includes:"
RP = "Recommendations to the partnership include:"
RI = "Recommendations include:"
LT = "Learning themes include:"
RR = "Read the rapid review summary"

# --- A spring 2026 case reviews update (HTML): "2026 – Area – Name", summaries of several paragraphs.
FILES["pa-update-2026-spring.html"] = dict(page_title="Case reviews update", html_preamble=NAV, html_footer=FOOT,
    h1="Case reviews update: spring 2026", pubyear="2026",
    intro_html=["Case reviews recently added to the collection. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Harrowmere – Child PA", [
    "Background: the family moved to Harrowmere from another local authority in 2021. The mother had three older children who lived with their father. The family had been known to the health visiting service only.",
    "In the summer of 2023 the youngest child, a nursery-age girl, was taken to hospital with a burn to her hand which her mother said had been caused by a hair straightener. The nursery had noticed bruising to her ear two weeks earlier. A paediatrician thought the burn was consistent with the account; the nursery's safeguarding lead disagreed and thought it was non-accidental.",
    "Child PA later told her key worker that her mother's partner had held her hand against the straightener.",
    [L(LI, ["the weight given to a nursery's view", "burns in young children"])],
    [R(RP, ["nurseries to be invited to every strategy discussion about a child they know"])]],
   T("Child PA", "unknown", "overview", "serious_harm", "2023", "*", "", "1_5", "female", "physical_abuse",
     area="Harrowmere"), link=RO),
 E("2026 – Anonymous – Child PB", [
    "Child PB's older brother, then aged 15, was stabbed in a park in March 2022 and spent six weeks in hospital. He had been criminally exploited by a county lines group since he was 13 and had been excluded from school. He was made subject to a child protection plan after the stabbing.",
    "This review concerns Child PB, his sister, who was 12 when she was found in a flat in another city in January 2024 with two adult men. She had been going missing from home since the autumn of 2023. The police thought she was being sexually exploited; her school thought she was running away to be with her brother's friends.",
    [L(LI, ["the younger siblings of exploited children", "girls who go missing"])],
    [R(RP, ["a sibling assessment whenever a child is made subject to a plan for exploitation"])]],
   T("Child PB", "unknown", "overview", "serious_harm", "2024|2023", "who was 12|was 12|12", "12.00", "11_15", "female",
     A("child_sexual_exploitation", "extra_familial_harm; sexual_abuse")), link=RO),
 E("2026 – Anonymous – Baby PC", [
    "Baby PC was born prematurely at 32 weeks in December 2023 and spent five weeks in a neonatal unit. Her parents, both aged 19, had met at a hostel for young people.",
    "Over the Christmas period of 2024, when she was 13 months old, she was brought to hospital unresponsive. Scans showed bleeding on the brain and retinal haemorrhages, and she has been left with a permanent brain injury. Her father later admitted shaking her.",
    "The family had been offered a place on a parenting programme, which they did not take up. No concerns had been raised by the GP or the health visitor.",
    [L(LI, ["crying and young fathers", "babies who spend their first weeks in neonatal care"])],
    [R(RP, ["coping with crying advice before every discharge from a neonatal unit"])]],
   T("Baby PC", "unknown", "overview", "serious_harm", "2024", "13 months old|was 13 months old", "1.08", "1_5",
     "female", HEAD), link=RO),
 E("2026 – Wendham and Ockley – Child PD", [
    "Child PD, a sixth-former, took her own life in the spring of 2025. She had lived with her father since her parents separated in 2019.",
    "Her mother told the review that Child PD had been neglected by her father for years; the school's records show that she was well cared for and attended regularly, and the review found no evidence of neglect. Child PD had told her GP in 2024 that she felt low, and she was waiting for an assessment by child and adolescent mental health services.",
    [L(LI, ["waiting times for mental health assessments", "parents' differing accounts after separation"])],
    [R(RP, ["contact from the mental health service while a young person waits"])]],
   T("Child PD", "unknown", "overview", "death", "2025", "*", "", "16_17", "female", "self_harm_suicide",
     area="Wendham and Ockley"), link=RO),
 E("2026 – Anonymous – Child PE", [
    "This review is about a 7-year-old boy, referred to as Max in the report, who was seriously injured in 2024 when he fell from a second-floor window of the flat where he lived with his mother and her two younger children.",
    "The flat had been reported to the landlord as unsafe in 2022. The mother, who had a history of depression and had been the victim of domestic abuse from the children's father, was asleep at the time. The review found that the children had been left unsupervised for long periods and that Max had missed 40% of his school sessions.",
    "Max's younger half-sister had been the subject of a child protection plan for neglect in 2021.",
    [L(LI, ["window safety in rented flats", "supervision of young children"])],
    [R(RP, ["housing officers to report unsafe windows in homes with children"])]],
   T("Child PE", "unknown", "overview", "serious_harm", "2024", "7-year-old", "7.00", "6_10", "male",
     A("neglect", "other"), risk="parental_mental_health; domestic_abuse", ctx="|not_in_school"), link=RO),
 E("2026 – Anonymous – Children PF and PG", [
    "The children's mother was killed by her partner at the family home in the early hours of 1 January 2025. She had reported him to the police for assault four times since 2022 and a MARAC had met twice. He was convicted of her murder later that year.",
    "Her two children, a boy aged 8 and a girl aged 5, were in the house; the boy found her. Both children now live with their maternal grandparents under special guardianship orders. The review considers the children's experience of domestic abuse and the support they received afterwards.",
    [L(LI, ["children who find a parent killed", "the voice of the child at a MARAC"])],
    [R(RP, ["a named worker for every child bereaved by domestic homicide"])]],
   T("Children PF and PG", "unknown", "overview", "other|serious_harm", "2025", "*", "*", "*", "mixed",
     A("", "emotional_abuse"), risk="domestic_abuse", ctx="connected_carers|", n="2"), link=RO),
 E("2026 – Anonymous – Child PH", [
    "Child PH, aged 14, was found unconscious at a friend's house during the winter of 2022/23 after taking ketamine and alcohol. He was admitted to intensive care and died nine days later.",
    "He was autistic and had an education, health and care plan, and he had not attended school for most of the previous year. His parents had asked for help with his drug use; a referral to the young people's drug service was still waiting when he died.",
    [L(LI, ["autistic young people and drugs", "children out of school"])],
    [R(RP, ["a lead professional for every child with a plan who is not attending school"])]],
   T("Child PH", "unknown", "overview", "death", "2022|2023|", "aged 14|14", "14.00", "11_15", "male",
     A("poisoning_ingestion", "other; extra_familial_harm"), ctx="disabled; ehcp; not_in_school"), link=RO),
 E("2026 – Anonymous – Child PI", [
    "Child PI, a girl in her Reception year, had eleven hospital admissions and two operations between 2022 and 2024 for symptoms that tests could not explain.",
    "In 2024 a consultant paediatrician raised concerns that her mother was fabricating or inducing illness. A second consultant disagreed and thought Child PI had a rare bowel disorder. The local authority held a strategy discussion but did not start a child protection enquiry until the school reported that she ate normally at lunchtime.",
    "Her mother had worked as a nurse and had herself been treated for an eating disorder as a teenager.",
    [L(LI, ["fabricated or induced illness", "differences of medical opinion"])],
    [R(RP, ["a second opinion process for suspected fabricated or induced illness"])]],
   T("Child PI", "unknown", "overview", "serious_harm", "2022|2024|", "*", "", "1_5", "female",
     A("", "physical_abuse; other; emotional_abuse"), risk="|parental_mental_health"), link=RO),
])

# --- Welsh reviews of 2026 (text): joint child and adult practice reviews, "Concise CPR", an adult practice review.
FILES["pb-wales-2026-practice-reviews.txt"] = dict(pubyear="2026", preamble=[
    "Practice reviews published in 2026", "",
    "Child and adult practice reviews published by the regional safeguarding boards in Wales in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("February 2026 – Cwm Tarren Safeguarding Board – Child PJ", [
    "A joint child practice review and adult practice review following the death of a mother and the serious injury of her 10-month-old son in a house fire in 2024. The mother, who misused alcohol and had chronic obstructive pulmonary disease, had been smoking in bed.",
    "Background: the adult practice review part of the review looked at the mother's care from adult services; the child practice review part considered the health visitor's visits to the baby, which had stopped when the family moved.",
    [L("Learning:", ["smoking and home oxygen", "babies of parents known to adult services"])],
    WELSH_MODEL,
    "Keywords: fire, parental alcohol misuse"],
   T("Child PJ", "child_practice_review", "overview", "serious_harm", "2024", "10-month-old", "0.83", "under_1",
     "male", ACCIDENT, risk="parental_alcohol_misuse",
     area="Cwm Tarren Safeguarding Board|Cwm Tarren"), link=RO),
 E("March 2026 – Anonymous – Child PK", [
    "Concise CPR: a 15-year-old girl was seriously injured in 2025 when she jumped from a road bridge. She had been self-harming since Year 8 and had made two previous attempts to end her life. Her parents told the review that she had been bullied at school; the school had no record of bullying.",
    "Background: she was adopted at the age of 3 with her younger brother. Her adoptive father had a long history of depression.",
    [L("Learning:", ["adopted teenagers and self-harm", "bullying that a school does not see"])],
    "Keywords: self-harm, adoption"],
   T("Child PK", "child_practice_review", "overview", "serious_harm", "2025", "15-year-old", "15.00", "11_15",
     "female", "self_harm_suicide", risk="parental_mental_health|", ctx="|looked_after"), link=RO),
 E("April 2026 – Anonymous – Child PL", [
    "An adult practice review into the death of a young woman, aged 18, who died from an overdose of her prescribed medication in October 2024, eight months after she left foster care. Her foster carers had cared for her from the age of 9 and had asked for her to stay with them under a When I am Ready arrangement; this was refused.",
    "Background: as a child she had been sexually abused by her stepfather, who was convicted in 2016.",
    [L("Learning:", ["leaving care at 18", "staying put arrangements"])],
    "Keywords: care leavers, overdose"],
   T("Child PL", "other", "overview", "death", "2024", "aged 18|18", "18.00", "18_plus", "female",
     ANY("poisoning_ingestion; self_harm_suicide; sexual_abuse"), ctx=A("looked_after", "foster_care")), link=RO),
 E("May 2026 – Anonymous – Child PM", [
    "The family of six lived in a two-bedroom flat. The eldest child, a girl of 16, was a young carer for her mother, who had multiple sclerosis, and was herself on a child in need plan. The second child had been excluded from two secondary schools.",
    "The review concerns the youngest of the four children, Child PM, who was 3 when he was found in 2025 to have severe tooth decay needing the removal of eleven teeth, untreated head lice and a weight below the second centile.",
    "An extended child practice review.",
    [L("Learning:", ["the youngest child in a large family", "dental neglect"])],
    WELSH_MODEL,
    "Keywords: neglect, young carers"],
   T("Child PM", "child_practice_review", "overview", "serious_harm", "2025", "who was 3|was 3|3", "3.00", "1_5",
     "male", "neglect"), link=RO),
 E("June 2026 – Anonymous – Child PN", [
    "A concise child practice review concerning a boy in Year 6 who was sexually abused by a football coach during the 2023/24 season. The coach, aged 27, was convicted in 2025. The boy's father had raised concerns with the club in the autumn of 2023 but these were dismissed.",
    [L("Learning:", ["safeguarding in grassroots sport", "parents' concerns about coaches"])],
    WELSH_MODEL,
    "Keywords: sexual abuse, sport"],
   T("Child PN", "child_practice_review", "overview", "serious_harm", "2023|2024|", "*", "", "6_10|11_15|unknown", "male",
     A("sexual_abuse", "extra_familial_harm")), link=RO),
 E("July 2026 – Anonymous – Children PO and PP", [
    "An extended child practice review following the deaths of two children, a boy aged 4 and his baby sister, who were found with their father at the family home over the Christmas period of 2024. The father had killed them and then himself. He had been referred to adult mental health services in November 2024 after telling his GP he had thoughts of harming himself.",
    "The children's mother had left the home in October 2024 after years of coercive control and was living in a refuge; the children stayed with their father under an informal arrangement.",
    [L("Learning:", ["fathers in crisis", "children left with a controlling parent"])],
    WELSH_MODEL,
    "Keywords: filicide, coercive control"],
   T("Children PO and PP", "child_practice_review", "overview", "death", "2024", "*", "*", "*", "mixed",
     "physical_abuse", risk="parental_mental_health; domestic_abuse", n="2"), link=RO),
 E("August 2026 – Anonymous – Child PQ", [
    "A joint domestic homicide review and child practice review. The mother, aged 41, was killed by her former husband in May 2025; her daughter, 16, was stabbed as she tried to protect her and survived with life-changing injuries. The daughter's younger brother, 12, was at school.",
    "The former husband had been released from prison in 2024 after serving a sentence for assaulting the mother.",
    [L("Learning:", ["release from prison and victims' safety", "teenagers who intervene"])],
    "Keywords: domestic homicide, young people"],
   T("Child PQ", "child_practice_review|domestic_homicide_review", "overview", "serious_harm", "2025", "*", "16.00",
     "16_17", "female", "physical_abuse", risk=A("domestic_abuse", "parental_criminality")), link=RO),
])

# --- Scottish learning reviews of 2026 (HTML), "Read the review".
FILES["pc-scotland-2026-learning-reviews.html"] = dict(page_title="Learning reviews published in 2026", html_preamble=NAV, html_footer=FOOT,
    h1="Learning reviews published in Scotland, 2026", pubyear="2026",
    intro_html=["Learning reviews published by child protection committees in 2026. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Lochardil Child Protection Committee – Child PR", [
    "A learning review into the significant harm of a primary 2 pupil who was found by her teacher in November 2024 with bruises in the shape of a hand on her back. Child PR told her teacher that her mother's boyfriend had hit her with a belt. She lived with her mother and two younger brothers.",
    "Background: the family had been known to social work since 2019, when the mother's previous partner was convicted of assaulting her. The children's names were placed on the child protection register in December 2024.",
    [L("Learning:", ["new partners after domestic abuse", "what young children tell teachers"])],
    [R("Recommendations:", ["a chronology that follows the family, not the partner"])],
    "Keywords: physical abuse, domestic abuse"],
   T("Child PR", "learning_review", "unknown", "serious_harm", "2024", "*", "", "1_5|6_10|unknown", "female",
     "physical_abuse", risk="domestic_abuse|", ctx="child_protection_plan|",
     area="Lochardil Child Protection Committee|Lochardil"), link="Read the review"),
 E("2026 – Anonymous – Child PS", [
    "Child PS, an S3 pupil, was found dead in woodland near his home in March 2025. He had been in a kinship placement with his grandmother since 2020, when his mother died of a drug overdose. His grandmother had asked for help with his behaviour several times.",
    "Police Scotland and the school disagreed about whether he was being criminally exploited: the police believed he was carrying drugs for older boys, while the school saw no sign of it. The review concluded that the signs had been there from the summer of 2024.",
    [L("Learning:", ["kinship carers of teenagers", "differing views of exploitation"])],
    [R("Recommendations:", ["exploitation screening shared by police and schools"])],
    "Keywords: criminal exploitation, kinship care"],
   T("Child PS", "learning_review|unknown", "unknown", "death", "2025", "*", "", "11_15", "male",
     A("child_criminal_exploitation", "extra_familial_harm; other"), risk="|parental_substance_misuse",
     ctx="connected_carers"), link="Read the review"),
 E("2026 – Anonymous – Child PT", [
    "A learning review following the hospital admission of a 5-month-old boy with a fractured skull and two fractured ribs in August 2025. His parents said his 3-year-old brother had dropped him. Medical opinion differed: the radiologist thought the rib fractures were two to three weeks older than the skull fracture, and the family's expert said they could have happened at birth. The father was later convicted of assault to severe injury.",
    "The father had a conviction for assault from 2017 and both parents used cannabis daily. The boy's brother had been on the child protection register for neglect in 2022.",
    [L("Learning:", ["explanations that blame a sibling", "the dating of fractures"])],
    [R("Recommendations:", ["a skeletal survey for the siblings of every injured baby"])],
    "Keywords: fractures, babies"],
   T("Child PT", "learning_review", "unknown", "serious_harm", "2025", "5-month-old", "0.42", "under_1", "male",
     A("physical_abuse", "non_accidental_head_injury"), risk="parental_substance_misuse; parental_criminality"),
   link="Read the review"),
 E("2026 – Anonymous – Skye", [
    "A learning review about a young person, given the name Skye for the review, who was sexually exploited from the age of 13 by men she met through social media. In the summer of 2023, aged 15, she was taken to hospital after being found intoxicated in a hotel room. She had been in residential care since 2021 and was reported missing more than 60 times.",
    "Her residential workers thought she was at risk of exploitation from 2022, but the police recorded her as a willing participant.",
    [L("Learning:", ["the language used about exploited children", "hotels and exploitation"])],
    [R("Recommendations:", ["training for police on the language of exploitation"])],
    "Keywords: sexual exploitation, residential care"],
   T("Skye", "learning_review", "unknown", "serious_harm", "2023", "aged 15|15", "15.00", "11_15", "female",
     A("child_sexual_exploitation", "online_harm; sexual_abuse; extra_familial_harm"), ctx="looked_after"),
   link="Read the review"),
 E("2026 – Anonymous – Child PV", [
    "A significant case review, begun before the learning review guidance was introduced, into the death of a boy who attended a local authority nursery. He was 3 years and 10 months old when he died in February 2021 from a head injury; his mother's partner was convicted of culpable homicide in 2023.",
    "The nursery had recorded eight injuries over four months; each had been explained by the mother as falls at soft play.",
    [L("Learning:", ["patterns of injuries recorded by nurseries"])],
    [R("Recommendations:", ["nurseries to share injury records when there are three in a term"])],
    "Keywords: head injury, nursery"],
   T("Child PV", "significant_case_review", "unknown", "death", "2021", "3 years and 10 months old|3 years and 10 months",
     "3.83", "1_5", "male", HEAD, risk="|parental_criminality"), link="Read the review"),
 E("2026 – Anonymous – Children PW, PX and PY", [
    "A learning review into the neglect of three children, two boys and a girl aged between 2 and 9, whose home was found in January 2025 to have no working toilet, rotting food and no beds. Their mother had a learning disability and their father was in prison. The eldest had missed most of the school years 2022/23 and 2023/24.",
    "Health visitors had described the home as chaotic but loving; a social worker who visited in 2023 thought the children were neglected, but the case was closed after a change of worker.",
    [L("Learning:", ["drift after a change of worker", "parents with a learning disability"])],
    [R("Recommendations:", ["a case transfer meeting whenever a worker changes"])],
    "Keywords: neglect, learning disability"],
   T("Children PW, PX and PY", "learning_review", "unknown", "serious_harm|other", "2025", "*", "*", "*", "mixed",
     "neglect", risk="parental_learning_disability; parental_criminality", ctx="not_in_school", n="3"),
   link="Read the review"),
 E("2026 – Anonymous – Child PZ", [
    "Child PZ, aged 16, was left with a permanent brain injury after he was assaulted outside a takeaway in the summer of 2024 by a group of young men. He had a learning disability and a coordinated support plan, and he had been spending time with older young men who had been charged with robbery.",
    [L("Learning:", ["young people with a learning disability in the community"])],
    [R("Recommendations:", ["transition planning that includes safety in the community"])],
    "Keywords: assault, learning disability"],
   T("Child PZ", "learning_review|unknown", "unknown", "serious_harm", "2024", "aged 16|16", "16.00", "16_17", "male",
     STAB, ctx="disabled|disabled; ehcp"), link="Read the review"),
])

# --- A partnership's rapid review summaries (text), 2026: "Rapid review: Child X".
FILES["pd-partnership-rapid-reviews-2026.txt"] = dict(pubyear="2026", preamble=[
    "Rapid review learning summaries 2026", "",
    "Summaries of the partnership's rapid reviews published in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("Rapid review: Child QA", [
    "A rapid review was held after a 9-week-old girl was brought to the emergency department with a swollen thigh in April 2025; an X-ray showed a fractured femur and a skeletal survey found healing fractures of three ribs. Her parents, aged 22 and 24, could not explain the injuries.",
    "The review found that the health visitor had seen a bruise on her cheek at the new birth visit and had accepted the mother's explanation that a sibling had grabbed her. Child QA's 2-year-old brother was placed with his grandmother.",
    [L("Learning:", ["bruising in babies who are not mobile"])],
    [R("Recommendations:", ["the bruising protocol to be used at every new birth visit"])]],
   T("Child QA", "other", "briefing|unknown|overview", "serious_harm", "2025", "9-week-old", "0.17", "under_1",
     "female", "physical_abuse"), link=RR),
 E("Rapid review: Child QB", [
    "B was 13 when she told a youth worker in the autumn of 2024 that her stepfather had been sexually abusing her since she was in Year 7. B's mother did not believe her, and B was placed in foster care under section 20.",
    "Professionals disagreed about the risk to B's younger half-brothers, aged 4 and 6: children's social care decided they could stay at home with their mother, while the police thought they should be protected from the stepfather.",
    [L("Learning:", ["mothers who do not believe a child", "the risk to younger children in the home"])],
    [R("Recommendations:", ["a joint decision by police and social care about siblings"])]],
   T("Child QB", "other", "briefing|unknown|overview", "serious_harm", "2024|", "was 13|13", "13.00", "11_15",
     "female", "sexual_abuse", ctx="looked_after; foster_care|looked_after"), link=RR),
 E("Rapid review: Child QC", [
    "A rapid review was held after the death of a 6-month-old boy who was found unresponsive in a car seat in the early hours of a morning in 2025, after the family had driven back from a party. Both parents had been drinking and his mother had used cocaine.",
    "The family had been assessed in 2024 because of domestic abuse, and the case had been closed with an offer of early help that the family declined.",
    [L("Learning:", ["babies sleeping in car seats", "early help that is declined"])],
    [R("Recommendations:", ["safer sleep advice to include car seats"])]],
   T("Child QC", "other", "briefing|unknown|overview", "death", "2025", "6-month-old", "0.50", "under_1", "male",
     A("", "sudden_unexpected_infant_death; neglect"),
     risk="parental_alcohol_misuse; parental_substance_misuse; domestic_abuse"), link=RR),
 E("Rapid review: Child QD", [
    "Child QD's older sister had been groomed online by a man in his twenties in 2021, when she was 14; he was jailed in 2022. The family moved to the area in 2023 to make a fresh start.",
    "In 2025 Child QD, then in Year 10, was found to have been sending sexual images to an adult she had met on a gaming platform. She was supported by the school and the police; no one was charged.",
    [L("Learning:", ["younger sisters of groomed children", "gaming platforms"])],
    [R("Recommendations:", ["online safety support for the siblings of children who were groomed"])]],
   T("Child QD", "other", "briefing|unknown|overview", "serious_harm|other", "2025", "*", "", "11_15", "female",
     A("online_harm", "sexual_abuse; child_sexual_exploitation; extra_familial_harm")), link=RR),
 E("Rapid review: Child QE", [
    "On a Sunday evening in June 2025 an ambulance was called to a house where a 2-year-old had been found in a garden pond. Paramedics restarted his heart and he was taken to hospital, where he later died. His mother had been looking after four children under five, including two of a neighbour's.",
    "The review found no evidence of neglect; the pond had been fenced, and the gate had been left open by a visiting meter reader.",
    [L("Learning:", ["water safety in gardens"])],
    [R("Recommendations:", ["water safety advice at the two-year health review"])]],
   T("Child QE", "other", "briefing|unknown|overview", "death", "2025", "2-year-old", "2.00", "1_5", "male",
     A("", "other")), link=RR),
 E("Rapid review: Child QF", [
    "The rapid review was held after a girl of primary school age was found wandering alone at night in December 2024, a mile from her home. Her father had left her alone to work night shifts for several months. The police considered this neglect; children's social care assessed it as a lack of childcare and offered family support.",
    [L("Learning:", ["single fathers who work nights", "when neglect is called a lack of childcare"])],
    [R("Recommendations:", ["childcare support for lone parents who work nights"])]],
   T("Child QF", "other", "briefing|unknown|overview", "serious_harm|other", "2024", "*", "", "unknown|", "female",
     "neglect"), link=RR),
 E("Rapid review: Children QG and QH", [
    "A rapid review after twin girls, aged 13 months, were admitted to hospital in 2025 with scalds to their legs after being left in a bath with the hot tap running. One of the twins has permanent scarring. Their mother, 17, had been in foster care until she was 16 and was living in supported lodgings.",
    [L("Learning:", ["young mothers of twins", "bath safety"])],
    [R("Recommendations:", ["bath thermostat checks for every young parent in supported lodgings"])]],
   T("Children QG and QH", "other", "briefing|unknown|overview", "serious_harm", "2025", "aged 13 months|13 months",
     "1.08", "1_5", "female", A("", "neglect; other; physical_abuse"), n="2"), link=RR),
])

# --- A 2025 list (text): "Month YYYY – Area – Child X", a summary, "Background:", "Key issues:", "Keywords:".
FILES["pe-list-2025-background.txt"] = dict(pubyear="2025", preamble=[
    "Case reviews published in 2025", "",
    "A chronological list of case reviews published in 2025. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2025 – Anonymous – Child RA", [
    "Life-changing injuries to a 4-year-old girl who was hit by a reversing van outside her home in 2024. She lived with her grandparents under a child arrangements order.",
    "Background: Child RA's mother died when she was one. Her father, who had a history of heroin use, had been granted supervised contact. The grandfather was reversing the van; the police took no action.",
    [L("Key issues:", ["vehicles and young children at home", "support for grandparent carers"], style="semi-noand")],
    [R("Recommendations:", ["road safety advice for kinship carers"])],
    "Keywords: accidents, kinship care"],
   T("Child RA", "unknown", "overview", "serious_harm", "2024", "4-year-old", "4.00", "1_5", "female", ACCIDENT,
     risk="|parental_substance_misuse", ctx="connected_carers|"), link=RO),
 E("November 2025 – Brackenfold – Child RB", [
    "Death of a 12-year-old boy in 2024 from complications of type 1 diabetes. He had been admitted to hospital with diabetic ketoacidosis six times in two years.",
    "Background: the diabetes team thought his mother was not giving him his insulin and referred the family to children's social care in 2023; the social worker who assessed the family concluded that the mother was doing her best and that the boy was refusing his injections. The mother had depression and the family lived in temporary accommodation.",
    [L("Key issues:", ["medical neglect and chronic illness", "differences between health and social care"], style="semi-noand")],
    [R("Recommendations:", ["a multi-agency meeting after a child's third admission"])],
    "Keywords: diabetes, medical neglect"],
   T("Child RB", "unknown", "overview", "death", "2024", "12-year-old", "12.00", "11_15", "male",
     A("", "neglect; other"), risk="parental_mental_health", area="Brackenfold"), link=RO),
 E("October 2025 – Anonymous – Child RC", [
    "Background: the mother had four children removed from her care between 2010 and 2018; two were adopted and two lived with their father. She had been in care herself from the age of 12 and had a long history of self-harm.",
    "Death of her fifth child, a 7-week-old girl, in May 2024. Child RC was found dead in her Moses basket; the post-mortem found a fractured skull. The mother's partner was convicted of manslaughter in 2025.",
    [L("Key issues:", ["pre-birth assessment after earlier removals", "new partners"], style="semi-noand")],
    [R("Recommendations:", ["a pre-birth assessment for every mother who has had children removed"])],
    "Keywords: head injury, recurrent care proceedings"],
   T("Child RC", "unknown", "overview", "death", "2024", "7-week-old", "0.13", "under_1", "female", HEAD,
     risk="|parental_mental_health"), link=RO),
 E("September 2025 – Anonymous – Child RD", [
    "A 22-month-old boy was admitted to hospital in the autumn of 2023 after swallowing a button battery from a remote control, and later died in hospital.",
    "Background: the family had no involvement with children's social care. The review found no evidence of neglect.",
    [L("Key issues:", ["button batteries", "accident prevention advice"], style="semi-noand")],
    [R("Recommendations:", ["button battery warnings in the two-year health review"])],
    "Keywords: accidents, button batteries"],
   T("Child RD", "unknown", "overview", "death", "2023", "22-month-old", "1.83", "1_5", "male",
     A("", "poisoning_ingestion; other")), link=RO),
 E("August 2025 – Anonymous – Child RE", [
    "Background: in 2019 Child RE's older brother, then 14, died by suicide after being bullied at school. The family received bereavement support for a year. Her mother developed severe depression and her father began drinking heavily.",
    "Self-harm by Child RE, a girl aged 13, who was admitted to hospital in 2024 after taking an overdose of paracetamol. She had been on a child in need plan since 2022 because of her parents' difficulties.",
    [L("Key issues:", ["bereaved siblings", "parents' grief and children's needs"], style="semi-noand")],
    [R("Recommendations:", ["bereavement support for siblings to last beyond a year"])],
    "Keywords: self-harm, bereavement"],
   T("Child RE", "unknown", "overview", "serious_harm", "2024", "a girl aged 13|aged 13|13", "13.00", "11_15", "female",
     A("self_harm_suicide", "poisoning_ingestion"), risk="parental_mental_health; parental_alcohol_misuse",
     ctx="child_in_need_plan"), link=RO),
 E("July 2025 – Tollesby – Child RG", [
    "A local child safeguarding practice review, carried out jointly with a safeguarding adults review of his mother, following the death of a 15-year-old boy in 2024. He and his mother were found dead at their flat; she had died of an overdose and he had died of starvation and untreated pneumonia some days later. He had severe learning disabilities and could not leave the flat alone.",
    "Background: the boy had been withdrawn from his special school in 2022 to be educated at home.",
    [L("Key issues:", ["disabled children educated at home", "parents known to adult services"], style="semi-noand")],
    [R("Recommendations:", ["a welfare visit to every disabled child withdrawn from school"])],
    "Keywords: neglect, disabled children"],
   T("Child RG", "child_safeguarding_practice_review", "overview", "death", "2024", "15-year-old", "15.00", "11_15",
     "male", A("neglect", "other"), risk="|parental_substance_misuse", ctx="disabled|disabled; not_in_school",
     area="Tollesby"), link=RO),
 E("June 2025 – Anonymous – Child RH", [
    "Death of a 17-year-old sixth-form student in February 2024, who took his own life hours after being blackmailed by someone who had persuaded him to send intimate images online. The blackmailer was thought to be overseas.",
    "Background: he had no previous contact with services; his parents said he was happy and doing well at college.",
    [L("Key issues:", ["financially motivated sexual extortion", "boys and online blackmail"], style="semi-noand")],
    [R("Recommendations:", ["sextortion awareness in every secondary school"])],
    "Keywords: suicide, online harm"],
   T("Child RH", "unknown", "overview", "death", "2024", "17-year-old", "17.00", "16_17", "male",
     A("self_harm_suicide; online_harm", "sexual_abuse; extra_familial_harm; child_sexual_exploitation")), link=RO),
 E("May 2025 – Anonymous – Child RI", [
    "Neglect of a baby girl over the winter of 2022/23 while she lived with her mother in a hostel for homeless families. She was admitted to hospital in February 2023 with hypothermia.",
    "Background: the mother, aged 20, had been a looked after child and had a mild learning disability. Staff at the hostel had raised concerns on four occasions.",
    [L("Key issues:", ["babies in temporary accommodation", "concerns raised by hostel staff"], style="semi-noand")],
    [R("Recommendations:", ["a health visitor contact for every baby placed in a hostel"])],
    "Keywords: neglect, homelessness"],
   T("Child RI", "unknown", "overview", "serious_harm", "2023|2022|", "*", "*", "under_1", "female", "neglect",
     risk="parental_learning_disability"), link=RO),
])

# --- A January 2026 repository month (text): numbered "Type: Name (document)" headings, an ethnicity line.
FILES["pf-monthly-2026-repository.txt"] = dict(pubyear="2026|", month="2026-01", preamble=[
    "NSPCC Repository – January 2026",
    "In January 2026 eight case reviews were added to the NSPCC Repository. A summary of each follows (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child safeguarding practice review: Child SA (overview report)", [
    "Child SA, a 16-year-old girl, was found in 2025 to have been held in domestic servitude by a couple who brought her to the UK in 2022, claiming to be her aunt and uncle. She cooked, cleaned and cared for their three children and did not attend school. A neighbour reported concerns in 2023, but a home visit found nothing of concern.",
    "Ethnicity: Black African.",
    [L(LI, ["modern slavery in private homes"])],
    [R(RI, ["private fostering checks when a child is not on a school roll"])]],
   T("Child SA", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "16-year-old", "16.00",
     "16_17", "female", ANY("other; neglect; emotional_abuse; extra_familial_harm"),
     ctx="not_in_school|not_in_school; foster_care", eth="Black African"),
   link="Other resources Read overview report"),
 E("2. Child safeguarding practice review: Child SB (overview report)", [
    "The review concerns a 10-year-old boy with autism who was restrained face down by two staff at his residential special school in January 2025 and stopped breathing. He was resuscitated and has been left with a permanent brain injury. The school was a 52-week placement commissioned by the local authority, and he was looked after under section 20.",
    "Ethnicity: White British.",
    [L(LI, ["prone restraint of disabled children"])],
    [R(RI, ["no prone restraint in any school the partnership commissions"])]],
   T("Child SB", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "10-year-old", "10.00",
     "6_10", "male", RESTRAINT, ctx="disabled; looked_after", eth="White British"),
   link="Other resources Read overview report"),
 E("3. Serious case review: Child SC (executive summary)", [
    "Child SC died in 2018 at the age of 15 months from injuries inflicted by his mother's boyfriend, who was 18. The boyfriend had himself been subject to a child protection plan and had been permanently excluded from school. The review was delayed until 2025 by criminal proceedings and two appeals.",
    "Ethnicity: Mixed White and Asian.",
    [L(LI, ["young men in the homes of babies"])],
    [R(RI, ["reviews to go ahead beside criminal proceedings"])]],
   T("Child SC", "serious_case_review", "executive_summary", "death", "2018", "at the age of 15 months|15 months",
     "1.25", "1_5", "male", A("physical_abuse", "non_accidental_head_injury"), eth="Mixed White and Asian"),
   link="Other resources Read executive summary"),
 E("4. Child safeguarding practice review: Child SD (overview report)", [
    "A nursery worker noticed sexualised behaviour in a 4-year-old in the spring of 2024 and made a referral. A paediatric examination was inconclusive. Her mother's new partner was arrested but released without charge.",
    "The police and the nursery thought the child had been sexually abused; children's social care closed the case after a single assessment. In October 2024 Child SD told her childminder that the partner had touched her, and he was later convicted.",
    "Ethnicity: White Gypsy or Irish Traveller.",
    [L(LI, ["closing a case when others are worried"])],
    [R(RI, ["a multi-agency discussion before any case with a police concern is closed"])]],
   T("Child SD", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "4-year-old", "4.00", "1_5",
     "female", "sexual_abuse", eth="White Gypsy or Irish Traveller"), link="Other resources Read overview report"),
 E("5. Child safeguarding practice review: Child SE (overview report)", [
    "Child SE's father took his own life in 2022 after losing his job. The review describes the family's grief, the mother's increasing use of alcohol and her isolation after moving to a rural village in 2023.",
    "In March 2024 Child SE, then 8, was found by a teacher to have untreated burns on his hands and to be arriving at school hungry. He told the teacher he had been cooking for himself and his younger sister.",
    "Ethnicity: White British.",
    [L(LI, ["bereaved families in rural areas", "children who care for siblings"])],
    [R(RI, ["bereavement support offered to every family after a parent's suicide"])]],
   T("Child SE", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "then 8|8", "8.00", "6_10",
     "male", "neglect", risk="parental_alcohol_misuse|parental_alcohol_misuse; social_isolation",
     eth="White British"), link="Other resources Read overview report"),
 E("6. Local child safeguarding practice review: Children SF and SG (overview report)", [
    "Two brothers, aged 15 and 16, were criminally exploited by a drugs gang from the summer of 2023. In January 2024 the younger was stabbed in the leg in a park; the elder was arrested for possession with intent to supply and remanded in custody.",
    "Ethnicity: Black British Caribbean.",
    [L(LI, ["brothers exploited together"])],
    [R(RI, ["a joint plan for siblings who are exploited"])]],
   T("Children SF and SG", "child_safeguarding_practice_review", "overview", "serious_harm", "2024|2023", "*", "*", "*",
     "male", A("child_criminal_exploitation", "extra_familial_harm; physical_abuse"), ctx="looked_after", n="2",
     eth="Black British Caribbean"), link="Other resources Read overview report"),
 E("7. Child safeguarding practice review: Child SH (overview report)", [
    "A Reception-aged child was taken into police protection in 2025 after being found locked in a bedroom with no light bulb, a mattress on the floor and a bucket for a toilet. The child's parents said this was to stop night-time wandering. The child had a diagnosis of global developmental delay.",
    "Ethnicity: not stated.",
    [L(LI, ["restrictive practices by parents of disabled children"])],
    [R(RI, ["sleep support for parents of disabled children"])]],
   T("Child SH", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "*", "", "1_5",
     "not_stated", ANY("neglect; emotional_abuse; physical_abuse"), ctx=A("", "disabled; looked_after"),
     eth="not_stated"), link="Other resources Read overview report"),
 E("8. Child safeguarding practice review: Child SI (overview report)", [
    "Child SI, a 7-month-old boy, was admitted to hospital in 2025 weighing less than at his last check two months earlier. His mother, 23, had been in care as a child and had a learning disability. A health visitor thought he was being neglected; the GP thought he had a feeding disorder. The review found that he had been neglected.",
    "Ethnicity: White and Black African.",
    [L(LI, ["faltering growth in babies"])],
    [R(RI, ["a growth review by a paediatrician for every baby whose weight falls"])]],
   T("Child SI", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "7-month-old", "0.58",
     "under_1", "male", "neglect", risk="parental_learning_disability", eth="White and Black African"),
   link="Other resources Read overview report"),
])

# --- Northern Irish case management reviews of 2026 (text).
FILES["pg-ni-2026-case-management.txt"] = dict(pubyear="2026", preamble=[
    "Case management reviews published in 2026", "",
    "Executive summaries of case management reviews published in Northern Ireland in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("March 2026 – Anonymous – Child TA", [
    "A case management review concerning a 14-year-old boy who was shot in both legs in a so-called paramilitary-style attack in the spring of 2024. He had been threatened after being accused of selling drugs. His family were told to leave the area.",
    "His mother had reported him missing on eleven occasions; social services had assessed him as a child in need in 2023.",
    [L("Learning:", ["paramilitary-style attacks on children"])],
    [R("Recommendations:", ["a safety plan for every child threatened by a paramilitary group"])],
    "Keywords: paramilitary attacks, adolescents"],
   T("Child TA", "case_management_review", "overview", "serious_harm", "2024", "14-year-old", "14.00", "11_15",
     "male", STAB, ctx="|child_in_need_plan"), link=RO),
 E("April 2026 – Anonymous – Child TB", [
    "Background: Child TB's parents both had long histories of alcohol misuse and there had been 23 police call-outs to the home for domestic incidents since 2016. Her two older sisters had been placed in foster care in 2019.",
    "A case management review into the death of Child TB, a 9-month-old girl, who was found dead in her cot in December 2023. The cause of death was unascertained. Her father was asleep on the sofa after drinking.",
    [L("Learning:", ["babies born after older children are removed"])],
    [R("Recommendations:", ["a pre-birth assessment when older siblings are in care"])],
    "Keywords: sudden infant death, parental alcohol misuse"],
   T("Child TB", "case_management_review", "overview", "death", "2023", "9-month-old", "0.75", "under_1", "female",
     A("", "sudden_unexpected_infant_death; neglect"), risk="parental_alcohol_misuse; domestic_abuse"), link=RO),
 E("May 2026 – Anonymous – Child TC", [
    "A case management review into the death of a lower-sixth pupil who died by suicide in September 2024. She had told a school counsellor in 2023 that she had been raped by a boy at a party when she was 15; the boy, also 15, was not charged.",
    "She had an eating disorder and had been under the care of CAMHS since 2022.",
    [L("Learning:", ["disclosures of rape between young people", "school counselling and referrals"])],
    [R("Recommendations:", ["school counsellors to refer every disclosure of rape"])],
    "Keywords: suicide, sexual abuse"],
   T("Child TC", "case_management_review", "overview", "death", "2024", "*", "", "16_17", "female",
     A("self_harm_suicide", "sexual_abuse; extra_familial_harm")), link=RO),
 E("June 2026 – Anonymous – Child TD", [
    "A case management review following the serious injury of a 3-year-old boy who was found in 2025 to have a torn frenulum, bruising to both ears and a fractured wrist. His mother's partner, 26, was convicted of grievous bodily harm. The mother told the review that she had been too frightened of the partner to seek help.",
    "Social services had received an anonymous referral in 2024 about a man living in the home; a home visit was made, but the partner was not seen.",
    [L("Learning:", ["men who are not seen", "anonymous referrals"])],
    [R("Recommendations:", ["every adult in the home to be seen after a referral"])],
    "Keywords: physical abuse, hidden men"],
   T("Child TD", "case_management_review", "overview", "serious_harm", "2025", "3-year-old", "3.00", "1_5", "male",
     "physical_abuse", risk="|domestic_abuse"), link=RO),
 E("July 2026 – Anonymous – Children TE and TF", [
    "A case management review into the emotional abuse of a girl in P6 and her brother in P2 by their mother, who believed the children were being poisoned at school and kept them at home from October 2023 to June 2024.",
    "The education welfare officer and the GP disagreed about whether the mother's beliefs put the children at risk. The mother was later diagnosed with a delusional disorder.",
    [L("Learning:", ["parents' beliefs and children's schooling"])],
    [R("Recommendations:", ["education welfare officers to seek a mental health view"])],
    "Keywords: emotional abuse, parental mental health"],
   T("Children TE and TF", "case_management_review", "overview", "serious_harm|other", "2023|2024|", "*", "*", "*",
     "mixed", A("emotional_abuse", "neglect"), risk="parental_mental_health", ctx="not_in_school", n="2"), link=RO),
 E("August 2026 – Anonymous – Child TG", [
    "A case management review into the death of Child TG, 15, who was admitted to hospital over the Easter weekend of 2025 after taking an overdose of his father's prescribed medication, and died in hospital three days later. He had been bullied online. His father had a history of chronic pain and depression.",
    [L("Learning:", ["medicines at home", "online bullying"])],
    [R("Recommendations:", ["safe storage advice for every parent prescribed strong painkillers"])],
    "Keywords: overdose, online bullying"],
   T("Child TG", "case_management_review", "overview", "death", "2025", "*", "15.00", "11_15", "male",
     A("self_harm_suicide", "poisoning_ingestion; online_harm"), risk="parental_mental_health"), link=RO),
 E("September 2026 – Anonymous – Child TH", [
    "A case management review carried out alongside a domestic homicide review, following the deaths of a 12-week-old boy and his mother in a fire started by the mother's former partner in 2024. The former partner, the baby's father, had breached a non-molestation order six times.",
    [L("Learning:", ["breaches of non-molestation orders"])],
    [R("Recommendations:", ["every breach of an order to be shared with children's services"])],
    "Keywords: domestic homicide, arson"],
   T("Child TH", "case_management_review|domestic_homicide_review", "overview", "death", "2024", "12-week-old",
     "0.23", "under_1", "male", A("physical_abuse", "other"), risk=A("domestic_abuse", "parental_criminality")),
   link=RO),
])

# --- A winter 2026 update (text): "2026 – Area – Name", "Learning themes include:", "Recommendations include:".
FILES["ph-update-2026-winter.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews update: winter 2026", "",
    "Case reviews added to the collection in November and December 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2026 – Anonymous – Child UA", [
    "Sexual abuse of a girl aged 11 by her older stepbrother, aged 17, during 2022/23. The abuse came to light when she told a school nurse.",
    "Background: the stepbrother had himself been sexually abused by a relative when he was 9 and had been looked after for a year. He had an education, health and care plan for social, emotional and mental health needs.",
    [L(LT, ["harmful sexual behaviour at home", "children who were abused and go on to abuse"])],
    [R(RI, ["a safety plan at home whenever a child who has harmed lives with younger children"])]],
   T("Child UA", "unknown", "overview", "serious_harm", "2022|2023|", "a girl aged 11|aged 11|11", "11.00", "11_15",
     "female", "sexual_abuse"), link=RO),
 E("2026 – Anonymous – Child UB", [
    "Child UB, a 5-week-old baby, was brought to hospital over the Christmas period of 2024/25 with a skull fracture. Her father said he had tripped while carrying her. The hospital social worker accepted the father's account, while the child protection paediatrician considered the injury non-accidental.",
    "She recovered and lives with her mother.",
    [L(LT, ["differences of view about injuries", "fathers' accounts"])],
    [R(RI, ["a strategy discussion for every skull fracture in a baby"])]],
   T("Child UB", "unknown", "overview", "serious_harm", "2024|2025|", "5-week-old", "0.10", "under_1", "female",
     A("", "physical_abuse; non_accidental_head_injury; other")), link=RO),
 E("2026 – Rowanford – Child UC", [
    "Background: the family had moved between five local authorities since 2015. The mother had been sexually exploited as a teenager and had three children by different fathers. The eldest child, a girl of 14, had been missing from education since 2021.",
    "The review concerns the middle child, Child UC, a boy who was 9 when he was found in March 2025 to have been beaten by his mother's partner with a cable. He had more than 30 marks on his body.",
    [L(LT, ["families who move between areas", "children missing from education"])],
    [R(RI, ["records that follow a family from area to area"])]],
   T("Child UC", "unknown", "overview", "serious_harm", "2025", "who was 9|was 9|9", "9.00", "6_10", "male",
     "physical_abuse", area="Rowanford"), link=RO),
 E("2026 – Anonymous – Child UD", [
    "A 3-year-old girl suffered life-changing injuries in May 2025 when she was attacked by an XL bully dog at the home of her childminder. The childminder had registered the dog under the exemption scheme. Ofsted had inspected the setting in 2023 and rated it good.",
    [L(LT, ["dogs in childminding settings"])],
    [R(RI, ["dog risk assessments in every childminder inspection"])]],
   T("Child UD", "unknown", "overview", "serious_harm", "2025", "3-year-old", "3.00", "1_5", "female", ACCIDENT),
   link=RO),
 E("2026 – Anonymous – Riley", [
    "This review uses the name Riley, chosen by his mother. Riley was 16 when he died in hospital in August 2025, a week after he was found with stab wounds in a stairwell of a block of flats. He had been excluded from school in Year 10 and had been referred to the national referral mechanism in 2024 as a possible victim of trafficking.",
    [L(LT, ["exclusion and exploitation", "the national referral mechanism"])],
    [R(RI, ["a review of every exclusion of a child referred to the national referral mechanism"])]],
   T("Riley", "unknown", "overview", "death", "2025", "was 16|16", "16.00", "16_17", "male",
     A("extra_familial_harm", "physical_abuse; child_criminal_exploitation; other"), ctx="not_in_school"), link=RO),
 E("2026 – Anonymous – Child UE", [
    "Child UE, aged 13, was admitted to a mental health unit in 2024 after months of not eating. Her school had referred the family twice, believing that her father's strict control of her food and exercise was emotional abuse; children's social care assessed the family and found that the father was trying to manage her anorexia on the advice of a private clinic.",
    "The review found that both views were held in good faith and that no one spoke to Child UE alone.",
    [L(LT, ["eating disorders", "speaking to the child alone"])],
    [R(RI, ["every assessment to include time alone with the child"])]],
   T("Child UE", "unknown", "overview", "serious_harm", "2024", "aged 13|13", "13.00", "11_15", "female",
     A("", "emotional_abuse; other; self_harm_suicide")), link=RO),
 E("2026 – Anonymous – Child UF", [
    "Death of an 18-month-old boy who drowned in a paddling pool in the garden of his home in the summer of 2024 while his mother was in the house. His mother had been prescribed diazepam and had fallen asleep.",
    "Background: his two older half-siblings had been subject to child protection plans for neglect in 2020 and were living with their father.",
    [L(LT, ["water safety", "medication and supervision"])],
    [R(RI, ["water safety advice to every family with a child under five"])]],
   T("Child UF", "unknown", "overview", "death", "2024", "18-month-old", "1.50", "1_5", "male", ACCIDENT,
     risk="|parental_substance_misuse"), link=RO),
 E("2026 – Anonymous – Child UG", [
    "Child UG, a 6-year-old girl, was left with permanent hearing loss and the amputation of two toes after meningitis in January 2025. Her parents delayed seeking medical help for two days because they wanted to treat her with herbal remedies. The hospital considered this medical neglect; the police decided not to prosecute.",
    [L(LT, ["medical neglect and parents' beliefs"])],
    [R(RI, ["guidance on parents who delay medical care"])]],
   T("Child UG", "unknown", "overview", "serious_harm", "2025", "6-year-old", "6.00", "6_10", "female", "neglect",
     ctx="|disabled"), link=RO),
])
