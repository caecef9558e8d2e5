# Entries of the "realistic phrasings 26" set (issue 9, session 37): invented (names, places, events, sentences),
# phrased the way real published summaries and guidance are phrased (read with the search tool, corpus `pages`: the
# NSPCC page on the child protection system in Scotland ("the child protection register (CPR)", "a children's hearing
# for compulsory measures of supervision"); a Scottish consortium's procedures on the Children's Hearings system and
# "Compulsory Supervision Orders issued by a Children's Hearing"; a review of Scotland's "Significant and Initial Case
# Reviews"; pages on Northern Ireland's case management reviews ("Local Safeguarding Panels", "Health and Social Care
# Trust", "Safeguarding Board for Northern Ireland"); a solicitors' page on "causing or allowing the death of a child";
# a report's categories of fatal maltreatment ("extreme neglect / deprivational abuse"); for the shapes of the lists,
# sets 1-25's sources). Only short generic phrases are shared with them.
# What this set leans on (kinds sets 1-25 have not pushed; each phrase grepped in sets 1-25's entries.py and
# unseen-entries.txt first, see the README):
# - SCOTLAND'S WORDS: "a P5 pupil", "an S3 pupil", "Named Person", "Children's Reporter", "Children's Hearing",
#   "child protection order ... place of safety", a kinship care order made for a sibling;
# - NORTHERN IRELAND'S WORDS: "the Health and Social Care Trust", "a Looked After Child aged 14", "an Article 8
#   residence order", "the Juvenile Justice Centre", "the Safeguarding Board for Northern Ireland";
# - WALES' WORDS AND NUMBERS IN WORDS: "a care and support plan", "a seventeen year old", "aged fourteen and a half",
#   "aged eleven weeks", "both aged nineteen", "thirty per cent", "three and a half";
# - SEVERAL RELATIVES AND PROFESSIONALS WITH AGES ("her mother's partner, aged 45, and two half-brothers aged 19 and
#   21", "The 15-year-old's mother, aged 38", "the social worker, aged 26", "His personal adviser, aged 29"), SEX ONLY
#   BY A PRONOUN SEVERAL SENTENCES LATER, "the subject of this review", "The young person", "The infant";
# - HARM TOLD ONLY IN LEGAL WORDS AND INQUESTS: "convicted of causing or allowing the death of a child", "cruelty to a
#   person under 16", "manslaughter by gross negligence", "the coroner recorded a narrative conclusion", "a conclusion of
#   unlawful killing", "found guilty of murder";
# - BABIES, SIBLINGS AND ADULTS WITH DIFFERENT OUTCOMES: a father's overdose with his daughter left alone, a mother's
#   suicide with her sons at home, a baby's brain damage beside an unharmed brother, a fire that killed a baby and
#   scarred his brother, a boy who attacked his grandmother, a girl left at home when her siblings went into care;
# - NEAR MISSES AND LASTING INJURIES: "the review calls it a near miss", "life-changing injuries", "permanent brain
#   damage", and AGES BY BIRTH YEAR AND INCIDENT YEAR ONLY ("born in 2021, was found in 2024");
# - THE CHILD'S ETHNICITY OR RELIGION AS CONTEXT ("a 14-year-old Muslim girl of Somali heritage", "from an Orthodox
#   Jewish family", "a Jehovah's Witness", "at a madrassa"): a religion is no ethnicity and no code anywhere.
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -25 and the decisions at the head of unseen-entries.txt, unchanged): not stated
# means empty, and a negated or ruled-out fact is not stated; a code is about the child(ren) the entry describes, never
# a parent's, sibling's, carer's or perpetrator's own harm, plan, care, school, condition, outcome, sex or age; a
# parent's mental health, substance or alcohol misuse, learning disability, criminality or domestic abuse is the child's
# risk factor; a perpetrator parent's (or parent's partner's, or a carer's) conviction for the child's own harm is
# accepted as `parental_criminality` either way; accidents accept `neglect`, `other` or none; the incident year is the
# year of the harm, never a court's, an inquest's, a decision's or the review's; a range of years accepts its first
# year, its last when the harm came to light then, or none; an age in weeks, months or days is its fraction of a year to
# two decimals; an age told in words is that age ("aged fourteen and a half" 14.50); an age told only by a school year
# or stage ("a P5 pupil", "an S3 pupil") is no exact age (text not scored, years empty, the band the year fixes); an
# age told only by a birth year and an incident year is no exact age (text not scored, years empty, the band both
# possible ages fix, or either band and `unknown` when they straddle two); a child's past place on the child protection
# register is the child's `child_protection_plan`; a compulsory supervision order or "a Looked After Child" is
# `looked_after`; kinship care with a relative (a kinship care order, an Article 8 residence order to a grandparent) is
# `connected_carers` (`looked_after` accepted); a Welsh care and support plan is accepted as `child_in_need_plan` or
# none; a sibling's or a parent's harm, care, death or outcome told beside the child's is not the child's; a religion
# is no ethnicity (`not_stated`); a sex told by no word at all is `not_stated`.
# Truth corrected after the first measure, under a written precedent (realistic-phrasings-25 zf #1, "One twin, Baby UR,
# died; the other was seriously injured", n_children 2; see the README): af #4 (Baby XWZ) "Two brothers were found in a
# house fire ... The younger, Baby XWZ, ... died; his brother ... survived" accepts 2 children beside 1.
# `a|b` alternatives, `*` not scored.
# Truth corrected in session 38 under the lead's trafficking decision (normalise/unseen-entries.txt, 'session 38
# decision'): trafficking told with its purpose gives that purpose's code alone, no `other` beside it: ab #5 Child PVZ (trafficked and forced to work in a brothel: sexual exploitation alone, no criminal exploitation beside it).
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from phrasing_entries import COLS, T, A, ANY, E, L, R, HEAD, STAB, RESTRAINT, RO  # noqa: E402,F401

ACCIDENT = A("", "neglect; other")
CONVICTED = A("", "parental_criminality")
CCE = A("child_criminal_exploitation", "extra_familial_harm; other")
CSE = A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm") + "|" + \
    A("sexual_abuse", "child_sexual_exploitation; extra_familial_harm")
SELF_OD = A("self_harm_suicide", "poisoning_ingestion")
KIN = A("connected_carers", "looked_after")

NAV = ["<header><a href=\"#main\">Skip to main content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Case reviews</a></li><li><a href=\"#\">About us</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Privacy notice</p><p>Accessibility</p></footer>"]

FILES = {}
LI = "Learning includes:"
RI = "Recommendations include:"
RP = "Recommendations to the partnership include:"
ORO = "Other resources Read overview report"
ORE = "Other resources Read executive summary"
CSPR = "child_safeguarding_practice_review"
LR = "learning_review"
CMR = "case_management_review"
CPR = "child_practice_review"

# --- A November 2026 repository month (text): Scottish learning reviews in Scotland's words.
FILES["aa-monthly-2026-scotland.txt"] = dict(pubyear="2026|", month="2026-11", preamble=[
    "NSPCC Repository – November 2026",
    "In November 2026 eight reviews from Scotland were added to the NSPCC Repository. A summary of each follows (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Learning review: Child AVZ (overview report)", [
    "Child AVZ, a P5 pupil, had been on the child protection register since 2022 under the category of neglect. In January 2025 her Named Person at school noticed she was losing weight, and in March 2025 she was admitted to hospital with malnutrition.",
    [L(LI, ["the Named Person's view of a child", "weight as a sign of neglect"])],
    [R(RI, ["a weight check at every review of a child on the register"])]],
   T("Child AVZ", LR, "overview", "serious_harm", "2025", "*", "", "6_10", "female", "neglect",
     ctx="child_protection_plan"), link=ORO),
 E("2. Initial Case Review: Child BVZ (overview report)", [
    "An Initial Case Review was held after Child BVZ, an S3 pupil, was assaulted by three older boys in a park in 2024 and lost the sight of one eye. He had twice been referred to the Children's Reporter for missing school.",
    [L(LI, ["boys who stop going to school", "violence in parks"])],
    [R(RI, ["a plan agreed with the Children's Reporter for every child referred twice"])]],
   T("Child BVZ", "other", "overview", "serious_harm", "2024", "*", "", "11_15", "male", STAB,
     ctx=A("", "not_in_school")), link=ORO),
 E("3. Learning review: Child CVZ (overview report)", [
    "Child CVZ, aged 13, was looked after at home on a compulsory supervision order made by a Children's Hearing in 2021. In 2024 she was found in a flat in another city with two men in their thirties who had been giving her alcohol and cannabis, and she disclosed that they had sexually abused her there.",
    [L(LI, ["children looked after at home", "girls found with older men"])],
    [R(RI, ["a return interview for every child found in another city"])]],
   T("Child CVZ", LR, "overview", "serious_harm", "2024", "aged 13", "13.00", "11_15", "female", CSE,
     ctx="looked_after"), link=ORO),
 E("4. Learning review: Baby DVZ (overview report)", [
    "Baby DVZ died in 2025, aged nine weeks, after his father, aged 22, shook him. A Children's Hearing had placed his older sister, aged 3, with her grandmother on a kinship care order a year before, but no one assessed the risk to a new baby.",
    [L(LI, ["pre-birth assessment after a sibling is placed", "fathers who are not seen"])],
    [R(RI, ["a pre-birth assessment whenever an older child has been placed away from the parents"])]],
   T("Baby DVZ", LR, "overview", "death", "2025", "aged nine weeks|nine weeks", "0.17", "under_1", "male", HEAD),
   link=ORO),
 E("5. Significant case review: Child EVZ (executive summary)", [
    "Child EVZ, a fifteen year old girl, died in 2023 after jumping from a bridge. She had been on the child protection register as a younger child and was waiting for an appointment with child and adolescent mental health services when she died.",
    [L(LI, ["waiting lists for mental health services"])],
    [R(RI, ["a named worker for every child on a waiting list who has been on the register"])]],
   T("Child EVZ", "significant_case_review", "executive_summary", "death", "2023",
     "fifteen year old|a fifteen year old", "15.00", "11_15", "female", "self_harm_suicide",
     ctx="child_protection_plan"), link=ORE),
 E("6. Learning review: Child FVZ (overview report)", [
    "Child FVZ was the subject of this review. Born in 2012, he was placed with his uncle on a kinship care order in 2019. In 2025 he was taken to hospital with a broken arm after his uncle's partner hit him with a bat; the partner was later convicted of assault.",
    [L(LI, ["support for kinship carers", "new adults in kinship households"])],
    [R(RI, ["a yearly review of every kinship care order"])]],
   T("Child FVZ", LR, "overview", "serious_harm", "2025", "*", "", "11_15", "male", "physical_abuse",
     risk=CONVICTED, ctx=KIN), link=ORO),
 E("7. Learning review: Child GVZ (overview report)", [
    "Child GVZ, a girl of 16, had been known to services since she was in P1. In 2024 she was seriously injured when a car driven by her 19-year-old boyfriend crashed while police were following it. She now has a brain injury.",
    [L(LI, ["older boyfriends", "police pursuits with children in the car"])],
    [R(RI, ["a check for children in a car before a pursuit"])]],
   T("Child GVZ", LR, "overview", "serious_harm", "2024", "a girl of 16|girl of 16|16", "16.00", "16_17", "female",
     ACCIDENT + "|extra_familial_harm"), link=ORO),
 E("8. Learning review: Child HVZ (overview report)", [
    "Child HVZ, aged 11, was removed to a place of safety under a child protection order in 2024 after police found her alone with her younger brothers in a house with no food, no electricity and dog faeces on the floors. Her mother was in custody.",
    [L(LI, ["children left alone when a parent is arrested"])],
    [R(RI, ["a question about children at home at every arrest"])]],
   T("Child HVZ", LR, "overview", "serious_harm|other", "2024", "aged 11", "11.00", "11_15", "female", "neglect",
     risk=A("", "parental_criminality"), ctx=A("", "looked_after")), link=ORO),
])

# --- A 2026 page of Northern Ireland case management reviews (HTML).
FILES["ab-update-2026-northern-ireland.html"] = dict(page_title="Case management reviews", html_preamble=NAV,
    html_footer=FOOT, h1="Case management reviews published in 2026", pubyear="2026",
    intro_html=["Summaries of the case management reviews published this year. Invented for testing: no real child, family or place."],
    entries=[
 E("Child KVZ: CMR", [
    "Child KVZ, a Looked After Child aged 14, was placed by the Health and Social Care Trust in a children's home 60 miles from her family. In 2024 she was found to have been sexually exploited by a man who collected her from the home in a taxi.",
    [L(LI, ["placements far from home", "taxis and exploitation"])],
    [R(RP, ["a check on every taxi firm that carries children from residential homes"])]],
   T("Child KVZ", CMR, "overview", "serious_harm", "2024", "aged 14|Looked After Child aged 14", "14.00", "11_15",
     "female", CSE, ctx="looked_after"), link=RO),
 E("Baby LVZ: CMR", [
    "Baby LVZ, 6 weeks, was taken to hospital in 2025 with a fractured skull and bleeding behind both eyes. The Trust had closed the family's case a month before the birth. His father, aged 20, was charged with grievous bodily harm.",
    [L(LI, ["closing cases before a birth"])],
    [R(RP, ["a pre-birth review before any case with an expected baby is closed"])]],
   T("Baby LVZ", CMR, "overview", "serious_harm", "2025", "6 weeks", "0.12", "under_1", "male", HEAD,
     risk=CONVICTED), link=RO),
 E("Child MVZ: CMR", [
    "The Trust applied for a care order for Child MVZ, then aged 2, in 2021; instead the court made an Article 8 residence order in favour of her grandmother. In 2024 the child, now 5, was found with untreated burns to her hands.",
    [L(LI, ["support after a residence order", "burns in young children"])],
    [R(RP, ["a support plan for every grandparent given a residence order"])]],
   T("Child MVZ", CMR, "overview", "serious_harm", "2024", "now 5|5", "5.00", "1_5", "female",
     A("neglect", "physical_abuse"), ctx=KIN), link=RO),
 E("Child NVZ: CMR", [
    "Child NVZ, a 17-year-old young man, took his own life in 2025 while on remand at the Juvenile Justice Centre. He had been a Looked After Child since the age of nine.",
    [L(LI, ["children on remand", "the first nights in custody"])],
    [R(RP, ["a mental health screen on the first night of every remand"])]],
   T("Child NVZ", CMR, "overview", "death", "2025", "17-year-old", "17.00", "16_17", "male", "self_harm_suicide",
     ctx="looked_after"), link=RO),
 E("Child PVZ: CMR", [
    "The young person at the centre of this review, Child PVZ, was 15 when she was found in 2024 to have been trafficked from Belfast to Dublin and forced to work in a brothel. The Safeguarding Board for Northern Ireland commissioned the review in 2025.",
    [L(LI, ["trafficking across the border"])],
    [R(RP, ["a shared alert with the police on both sides of the border for every missing child"])]],
   T("Child PVZ", CMR, "overview", "serious_harm", "2024", "was 15|15", "15.00", "11_15", "female",
     CSE),
   link=RO),
 E("Child RVZ: CMR", [
    "Child RVZ was three and a half when she died in 2023 of dehydration and starvation in a house where her mother had lain dead for several days. The Trust had not visited since the family moved.",
    [L(LI, ["families who move", "young children alone with one parent"])],
    [R(RP, ["a visit within ten days of every move by a family open to the Trust"])]],
   T("Child RVZ", CMR, "overview", "death", "2023", "three and a half|was three and a half", "3.50", "1_5", "female",
     A("neglect", "other")), link=RO),
 E("Child SVZ: CMR", [
    "Child SVZ, aged 8, was killed in 2024 by his father, who then took his own life. His mother had obtained a non-molestation order against the father in 2023.",
    [L(LI, ["contact after a non-molestation order"])],
    [R(RP, ["a risk assessment before any contact ordered after a non-molestation order"])]],
   T("Child SVZ", CMR, "overview", "death", "2024", "aged 8", "8.00", "6_10", "male", "physical_abuse",
     risk=A("", "domestic_abuse")), link=RO),
 E("Child TVZ: CMR", [
    "Child TVZ, born in 2008, had been in the care of the Trust since 2015. In 2024 he was stabbed at a party and is now paralysed.",
    [L(LI, ["knife crime and children in care"])],
    [R(RP, ["a safety plan for every child in care who goes to parties with older young people"])]],
   T("Child TVZ", CMR, "overview", "serious_harm", "2024", "*", "", "11_15|16_17|unknown", "male", STAB,
     ctx="looked_after"), link=RO),
])

# --- A 2026 list (text) of Welsh child practice reviews: ages and numbers in words. Areas in the titles.
FILES["ac-list-2026-wales.txt"] = dict(pubyear="2026", preamble=[
    "Child practice reviews published in Wales in 2026", "",
    "Reviews published in 2026 by safeguarding board area. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2026 – Glan Morfa – Child UVZ", [
    "An extended child practice review into the death of a seventeen year old, Child UVZ, who was killed in a moped crash in 2025 while carrying drugs for a county lines group. He had a care and support plan because of his ADHD.",
    [L(LI, ["care and support plans for teenagers", "exploitation and road deaths"])],
    [R(RI, ["exploitation screening in every care and support plan for a teenager"])]],
   T("Child UVZ", CPR, "overview", "death", "2025", "seventeen year old|a seventeen year old", "17.00", "16_17",
     "male", A("child_criminal_exploitation", "extra_familial_harm; other; neglect"),
     ctx=A("", "child_in_need_plan; disabled"), area="Glan Morfa"), link=RO),
 E("2026 – Glan Morfa – Baby WVZ", [
    "A concise child practice review following serious injuries to a baby aged eleven weeks in 2024. Baby WVZ had a fractured femur and bruising to her face. Her parents, both aged nineteen, said she had rolled off a changing mat.",
    [L(LI, ["young parents", "explanations for injuries to babies"])],
    [R(RI, ["a child protection medical for every fracture in a baby who cannot roll"])]],
   T("Baby WVZ", CPR, "overview", "serious_harm", "2024", "aged eleven weeks|eleven weeks", "0.21", "under_1",
     "female", "physical_abuse", area="Glan Morfa"), link=RO),
 E("2026 – Dyffryn Aled – Child XVZ", [
    "A concise child practice review into the sexual abuse of Child XVZ, aged fourteen and a half, by a 34-year-old youth football coach between 2022 and 2024. The abuse came to light in 2024 when she told a teammate.",
    [L(LI, ["safeguarding in sports clubs"])],
    [R(RI, ["safeguarding training for every volunteer coach"])]],
   T("Child XVZ", CPR, "overview", "serious_harm", "2022|2024|", "aged fourteen and a half|fourteen and a half",
     "14.50", "11_15", "female", A("sexual_abuse", "child_sexual_exploitation; extra_familial_harm"),
     area="Dyffryn Aled"), link=RO),
 E("2026 – Dyffryn Aled – Child YVZ", [
    "An extended child practice review. Child YVZ was eleven when the family's house burned down in 2023; her mother had fallen asleep while smoking after drinking heavily. Child YVZ suffered burns to thirty per cent of her body.",
    [L(LI, ["fire safety in homes where parents drink"])],
    [R(RI, ["a fire service home visit for every family where a parent misuses alcohol"])]],
   T("Child YVZ", CPR, "overview", "serious_harm", "2023", "eleven|was eleven", "11.00", "11_15", "female", ACCIDENT,
     risk="parental_alcohol_misuse", area="Dyffryn Aled"), link=RO),
 E("2026 – Bro Hafren – Child ZVZ", [
    "A child practice review into the neglect of Child ZVZ, aged twelve, who lived with his father in a caravan with no running water. He had been subject to a care and support plan from 2021 until the family moved in 2023; in 2024 police found him sleeping in a barn.",
    [L(LI, ["families who move between areas", "caravans and neglect"])],
    [R(RI, ["a transfer meeting whenever a family with a care and support plan moves area"])]],
   T("Child ZVZ", CPR, "overview", "serious_harm|other", "2024", "aged twelve", "12.00", "11_15", "male", "neglect",
     ctx=A("", "child_in_need_plan"), area="Bro Hafren"), link=RO),
 E("2026 – Bro Hafren – Child AWZ", [
    "A concise child practice review after the young person, Child AWZ, then sixteen, was held in a police cell overnight in 2024 under the Mental Health Act because no hospital bed was free. She had taken an overdose earlier that day.",
    [L(LI, ["police cells as places of safety"])],
    [R(RI, ["no child held in a police cell under the Mental Health Act"])]],
   T("Child AWZ", CPR, "overview", "serious_harm|other", "2024", "then sixteen|sixteen", "16.00", "16_17", "female",
     SELF_OD, area="Bro Hafren"), link=RO),
 E("2026 – Bro Hafren – Child BWZ", [
    "An extended child practice review into the death in 2024 of a baby boy aged four months, Child BWZ, who was given methadone by his father to stop him crying. The father, aged twenty-six, was convicted of manslaughter by gross negligence in 2025.",
    [L(LI, ["substitute medicines in the home", "crying babies"])],
    [R(RI, ["lockable boxes for every parent prescribed methadone"])]],
   T("Child BWZ", CPR, "overview", "death", "2024", "aged four months|four months", "0.33", "under_1", "male",
     A("poisoning_ingestion", "physical_abuse; neglect"),
     risk=A("", "parental_substance_misuse; parental_criminality"), area="Bro Hafren"), link=RO),
])

# --- A partnership's 2026 list (text): several relatives and professionals with ages, sex only by a later pronoun.
FILES["ad-partnership-people-2026.txt"] = dict(pubyear="2026", preamble=[
    "Local child safeguarding practice reviews published in 2026", "",
    "Summaries of the partnership's reviews this year (invented for testing: no real child, family or place):", ""],
    entries=[
 E("Local child safeguarding practice review: Child CWZ", [
    "The subject of this review, Child CWZ, lived with her mother, aged 32, her mother's partner, aged 45, and two half-brothers aged 19 and 21. In 2024 Child CWZ, then 13, told a school nurse that the 21-year-old had been sexually abusing her for two years.",
    [L(LI, ["adult siblings in the household", "disclosures to school nurses"])],
    [R(RI, ["questions about every adult in the household at each assessment"])]],
   T("Child CWZ", CSPR, "overview", "serious_harm", "2024|2022", "then 13|13", "13.00", "11_15", "female",
     "sexual_abuse"), link=RO),
 E("Local child safeguarding practice review: Child DWZ", [
    "Child DWZ was found dead at the foot of a block of flats in 2025. The 15-year-old's mother, aged 38, had reported her missing the night before; the police officer who took the call, the social worker, aged 26, and the school's designated safeguarding lead all gave evidence to the review. She had been talking online to a man who encouraged her to harm herself.",
    [L(LI, ["adults who encourage self-harm online", "missing reports at night"])],
    [R(RI, ["a same-night search for every missing child known to self-harm"])]],
   T("Child DWZ", CSPR, "overview", "death", "2025", "15-year-old|The 15-year-old", "15.00", "11_15", "female",
     A("self_harm_suicide", "online_harm; extra_familial_harm") + "|" +
     A("online_harm", "extra_familial_harm")), link=RO),
 E("Local child safeguarding practice review: Child EWZ", [
    "Child EWZ was 7. The family had moved four times in two years, and the children's father, aged 40, had served a prison sentence for robbery. In 2024 a teacher noticed marks on the child's back. At a child protection medical the child said that his father had used a cable.",
    [L(LI, ["families who move often", "marks seen at school"])],
    [R(RI, ["a child protection medical for every loop-shaped mark"])]],
   T("Child EWZ", CSPR, "overview", "serious_harm", "2024", "was 7|7", "7.00", "6_10", "male", "physical_abuse",
     risk="parental_criminality"), link=RO),
 E("Local child safeguarding practice review: Child FWZ", [
    "The young person, Child FWZ, aged 16, was living in supported accommodation for care leavers when he was assaulted in 2025 by a 24-year-old man who had moved into the flat next door. His personal adviser, aged 29, had raised concerns about the man twice.",
    [L(LI, ["supported accommodation for sixteen-year-olds"])],
    [R(RI, ["a check on every adult who moves into supported accommodation"])]],
   T("Child FWZ", CSPR, "overview", "serious_harm", "2025", "aged 16", "16.00", "16_17", "male", STAB,
     ctx=A("", "looked_after")), link=RO),
 E("Local child safeguarding practice review: Baby GWZ", [
    "The infant, Baby GWZ, was 19 days old when she was admitted to hospital in 2024 weighing less than at birth. Her mother, aged 17, was herself a child in care, and the baby's father, 18, had left. The midwife, the health visitor and the mother's own social worker each thought another was leading.",
    [L(LI, ["babies of mothers in care", "who leads when several services are involved"])],
    [R(RI, ["a lead professional named for every baby of a mother in care"])]],
   T("Baby GWZ", CSPR, "overview", "serious_harm", "2024", "19 days old|was 19 days old", "0.05", "under_1",
     "female", "neglect"), link=RO),
 E("Local child safeguarding practice review: Child HWZ", [
    "Child HWZ's grandmother, aged 71, was her main carer after her mother, 27, went to prison in 2022. In 2025 Child HWZ, aged 10, was taken to hospital with a fractured wrist; her grandmother's 50-year-old son, who also lived there, admitted pushing her down the stairs.",
    [L(LI, ["grandparents caring for children", "other adults in kinship homes"])],
    [R(RI, ["an assessment of every adult living in a kinship household"])]],
   T("Child HWZ", CSPR, "overview", "serious_harm", "2025", "aged 10", "10.00", "6_10", "female", "physical_abuse",
     risk="parental_criminality", ctx=KIN), link=RO),
 E("Local child safeguarding practice review: Child JWZ", [
    "Child JWZ, 14, was killed in 2024 by a car driven by his mother's 34-year-old boyfriend, who had been drinking. The boyfriend was convicted of causing death by careless driving when under the influence of drink.",
    [L(LI, ["drink-driving by adults in the household"])],
    [R(RI, ["questions about drink-driving in every assessment of a household"])]],
   T("Child JWZ", CSPR, "overview", "death", "2024", "14", "14.00", "11_15", "male", ACCIDENT,
     risk=A("", "parental_alcohol_misuse; parental_criminality")), link=RO),
 E("Local child safeguarding practice review: Baby KWZ", [
    "Baby KWZ, aged 5 months, died in 2025 of a head injury. His sister, aged 3, had bruises to her arms and was placed in foster care.",
    [L(LI, ["bruising in older siblings"])],
    [R(RI, ["a check of every sibling when a baby is admitted with a head injury"])]],
   T("Baby KWZ", CSPR, "overview", "death", "2025", "aged 5 months|5 months", "0.42", "under_1", "male", HEAD,
     n="1|2"), link=RO),
])

# --- A 2026 page (HTML): harm told only in legal words and inquests.
FILES["ae-reviews-page-2026.html"] = dict(page_title="Published reviews", html_preamble=NAV, html_footer=FOOT,
    h1="Reviews we published in 2026", pubyear="2026",
    intro_html=["Short summaries of this year's reviews. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Anonymous – Child LWZ", [
    "Child LWZ, aged 2, died in 2024 from abdominal injuries. Her mother and her mother's partner were both convicted of causing or allowing the death of a child; neither would say which of them had caused the injuries.",
    [L(LI, ["silence between adults after a death"])],
    [R(RI, ["training on the offence of causing or allowing the death of a child"])]],
   T("Child LWZ", "unknown", "overview", "death", "2024", "aged 2", "2.00", "1_5", "female", "physical_abuse",
     risk=CONVICTED), link=RO),
 E("2026 – Anonymous – Child MWZ", [
    "Child MWZ, a boy of 6, was found in 2025 to have been kept in a cellar for long periods and fed once a day. His father was convicted of cruelty to a person under 16.",
    [L(LI, ["children who are never seen"])],
    [R(RI, ["a home visit that sees every room for every child on a plan"])]],
   T("Child MWZ", "unknown", "overview", "serious_harm", "2025", "a boy of 6|boy of 6|6", "6.00", "6_10", "male",
     ANY("neglect; emotional_abuse"), risk=CONVICTED), link=RO),
 E("2026 – Anonymous – Baby NWZ", [
    "Baby NWZ, aged 10 months, died of sepsis in 2023 after her parents, who belonged to a church that rejected medicine, did not seek treatment for an infected wound. Both were convicted of manslaughter by gross negligence.",
    [L(LI, ["faith and medical care"])],
    [R(RI, ["guidance on faith and refused treatment for every health visitor"])]],
   T("Baby NWZ", "unknown", "overview", "death", "2023", "aged 10 months|10 months", "0.83", "under_1", "female",
     "neglect", risk=CONVICTED), link=RO),
 E("2026 – Anonymous – Child PWZ", [
    "At the inquest in 2025 into the death of Child PWZ, aged 15, in 2024, the coroner recorded a narrative conclusion: he had hanged himself at home while his mother was at work, and the family had been waiting eight months for a mental health assessment.",
    [L(LI, ["waiting times for assessments"])],
    [R(RI, ["a safety plan for every child waiting for an assessment"])]],
   T("Child PWZ", "unknown", "overview", "death", "2024", "aged 15", "15.00", "11_15", "male", "self_harm_suicide"),
   link=RO),
 E("2026 – Anonymous – Child RWZ", [
    "An inquest jury in 2024 returned a conclusion of unlawful killing in the case of Child RWZ, a 4-year-old girl who died in 2022 from a head injury. No one has been charged.",
    [L(LI, ["deaths where no one is charged"])],
    [R(RI, ["a review of every sibling after an unlawful killing conclusion"])]],
   T("Child RWZ", "unknown", "overview", "death", "2022", "4-year-old", "4.00", "1_5", "female", HEAD), link=RO),
 E("2026 – Anonymous – Child SWZ", [
    "Child SWZ, 16, survived being stabbed in 2024 by a 17-year-old who was later convicted of attempted murder; the review also looked at his own arrest for possession of a knife in 2023.",
    [L(LI, ["children who carry knives and are stabbed"])],
    [R(RI, ["a safety plan after every arrest of a child for a knife"])]],
   T("Child SWZ", "unknown", "overview", "serious_harm", "2024", "16", "16.00", "16_17", "male", STAB), link=RO),
 E("2026 – Anonymous – Baby TWZ", [
    "Baby TWZ was born in 2024 and died in 2025 from a skull fracture. His father was found guilty of murder and his mother of causing or allowing the death.",
    [L(LI, ["mothers who know of the danger"])],
    [R(RI, ["questions to mothers alone at every health contact"])]],
   T("Baby TWZ", "unknown", "overview", "death", "2025", "*", "", "under_1|1_5|unknown", "male", HEAD,
     risk=CONVICTED), link=RO),
])

# --- A 2026 list (text): babies, siblings and adults with different outcomes.
FILES["af-list-2026-siblings-adults.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews published in 2026", "",
    "A list of case reviews published in 2026 (invented for testing: no real child, family or place):", ""],
    entries=[
 E("December 2026 – Anonymous – Child UWZ", [
    "A review after the death of a father, aged 35, from a drug overdose in 2025. His daughter, Child UWZ, aged 9, was alone with his body for two days before she went to a neighbour. She had been known to early help since 2023.",
    [L(LI, ["children of parents who use drugs alone"])],
    [R(RI, ["a plan for the children in every drug treatment plan"])]],
   T("Child UWZ", "unknown", "overview", "serious_harm|other", "2025", "aged 9", "9.00", "6_10", "female",
     A("", "neglect; emotional_abuse; other"), risk="parental_substance_misuse"), link=RO),
 E("November 2026 – Anonymous – Child VWZ", [
    "Child VWZ, aged 12, and his brothers, aged 8 and 4, were at home when their mother, aged 41, took her own life in 2024. The review looked at how the children were cared for in the months after; Child VWZ was later admitted to hospital after self-harming.",
    [L(LI, ["children bereaved by suicide"])],
    [R(RI, ["bereavement support for every child whose parent dies by suicide"])]],
   T("Child VWZ", "unknown", "overview", "serious_harm|other", "2024|", "aged 12", "12.00", "11_15", "male",
     A("self_harm_suicide", "emotional_abuse") + "|", risk=A("", "parental_mental_health")), link=RO),
 E("October 2026 – Anonymous – Baby WWZ", [
    "Baby WWZ, aged 3 months, suffered a head injury in 2025 that has left her with permanent brain damage. Her brother, aged 2, who had been in the room, was unharmed; both children are now living with their paternal aunt.",
    [L(LI, ["babies and toddlers together"])],
    [R(RI, ["a plan for every sibling of a baby with a head injury"])]],
   T("Baby WWZ", "unknown", "overview", "serious_harm", "2025", "aged 3 months|3 months", "0.25", "under_1", "female",
     HEAD, ctx=KIN), link=RO),
 E("September 2026 – Anonymous – Baby XWZ", [
    "Two brothers were found in a house fire in 2024. The younger, Baby XWZ, a boy aged 8 months, died; his brother, aged 5, survived with life-changing injuries. Their mother had left them alone while she went to buy alcohol.",
    [L(LI, ["children left alone", "fire and young children"])],
    [R(RI, ["advice on leaving children alone at every health visitor contact"])]],
   T("Baby XWZ", "unknown", "overview", "death", "2024", "aged 8 months|a boy aged 8 months|8 months", "0.67",
     "under_1", "male", A("neglect", "other"), risk=A("", "parental_alcohol_misuse"), n="1|2"), link=RO),
 E("August 2026 – Anonymous – Child ZWZ", [
    "The review concerns Child ZWZ, aged 16, who in 2024 attacked his grandmother, aged 80, with a hammer; she survived. He had been excluded from school and had been criminally exploited since 2022.",
    [L(LI, ["exploited children who harm their families"])],
    [R(RI, ["a family safety plan for every exploited child at home"])]],
   T("Child ZWZ", "unknown", "overview", "serious_harm|other", "2024|2022|", "aged 16", "16.00", "16_17", "male",
     CCE, ctx="not_in_school"), link=RO),
 E("July 2026 – Anonymous – Child AXZ", [
    "Child AXZ, aged 6, died in 2025 of an asthma attack. His mother had not collected his inhalers for a year; his sister, aged 11, who tried to help him, has been offered counselling.",
    [L(LI, ["asthma and neglect"])],
    [R(RI, ["a GP review for every child whose inhalers are not collected"])]],
   T("Child AXZ", "unknown", "overview", "death", "2025", "aged 6", "6.00", "6_10", "male", "neglect"), link=RO),
 E("June 2026 – Anonymous – Child BXZ", [
    "Child BXZ, a 14-year-old girl, was the only one of five siblings not removed into care in 2023; she stayed with her father. In 2025 she was sexually assaulted by a lodger, aged 52.",
    [L(LI, ["children left at home when siblings are removed"])],
    [R(RI, ["an assessment of every adult lodger in a home with children"])]],
   T("Child BXZ", "unknown", "overview", "serious_harm", "2025", "14-year-old", "14.00", "11_15", "female",
     A("sexual_abuse", "extra_familial_harm; child_sexual_exploitation")), link=RO),
])

# --- A 2026 list (text): near misses and lasting injuries, ages by birth year and incident year.
FILES["ag-yearly-list-2026-severity.txt"] = dict(pubyear="2026", preamble=[
    "Reviews published in 2026", "",
    "Local child safeguarding practice reviews published in 2026 (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Local child safeguarding practice review: Child CXZ (overview report)", [
    "Child CXZ, born in 2021, was found in 2024 in a garden pond by a neighbour and resuscitated; the review calls it a near miss. His mother had been asleep after taking prescribed sedatives.",
    [L(LI, ["water in gardens", "sedatives and supervision"])],
    [R(RI, ["advice on sedatives and supervision for every parent of a young child"])]],
   T("Child CXZ", CSPR, "overview", "serious_harm|other", "2024", "*", "", "1_5", "male", A("neglect", "other"),
     risk=A("", "parental_substance_misuse; parental_mental_health")), link=ORO),
 E("2. Local child safeguarding practice review: Child DXZ (overview report)", [
    "Child DXZ suffered life-changing injuries in 2025 when she was thrown from a car driven by her 15-year-old brother. She was 12.",
    [L(LI, ["teenagers driving"])],
    [R(RI, ["car key safety advice for families with teenagers"])]],
   T("Child DXZ", CSPR, "overview", "serious_harm", "2025", "12|She was 12|was 12", "12.00", "11_15", "female",
     ACCIDENT), link=ORO),
 E("3. Local child safeguarding practice review: Baby EXZ (overview report)", [
    "A near miss: Baby EXZ, aged six weeks, stopped breathing at home in 2025 after his father, aged 30, squeezed his chest to stop him crying. Paramedics revived him.",
    [L(LI, ["crying and fathers"])],
    [R(RI, ["coping with crying advice for every father"])]],
   T("Baby EXZ", CSPR, "overview", "serious_harm", "2025", "aged six weeks|six weeks", "0.12", "under_1", "male",
     "physical_abuse"), link=ORO),
 E("4. Local child safeguarding practice review: Child FXZ (overview report)", [
    "Child FXZ was left with permanent brain damage after a cardiac arrest in 2024. Born in 2010, she had been restrained face down by two staff at her residential school for more than 20 minutes.",
    [L(LI, ["prone restraint"])],
    [R(RI, ["no prone restraint of a child in any school"])]],
   T("Child FXZ", CSPR, "overview", "serious_harm", "2024", "*", "", "11_15", "female", RESTRAINT), link=ORO),
 E("5. Local child safeguarding practice review: Child GXZ (overview report)", [
    "Child GXZ (born 2007) was 17 at the time of the incident in 2024, when he was shot in the leg by members of a rival gang; he survived with life-changing injuries.",
    [L(LI, ["gang violence"])],
    [R(RI, ["a relocation plan for every child shot"])]],
   T("Child GXZ", CSPR, "overview", "serious_harm", "2024", "17|was 17", "17.00", "16_17", "male", STAB), link=ORO),
 E("6. Local child safeguarding practice review: Child HXZ (overview report)", [
    "Child HXZ was born in 2019 and was starved over many months before she was admitted to hospital in 2023 weighing 9 kilograms. Doctors said she had been close to death.",
    [L(LI, ["children not seen by health services"])],
    [R(RI, ["a follow-up for every missed health review of a young child"])]],
   T("Child HXZ", CSPR, "overview", "serious_harm", "2023", "*", "", "1_5", "female", "neglect"), link=ORO),
 E("7. Local child safeguarding practice review: Child JXZ (overview report)", [
    "The review considers a near miss in 2024, when Child JXZ, a seventeen-year-old care leaver, was found unconscious in a bedsit after taking a mix of ketamine and alcohol.",
    [L(LI, ["care leavers living alone"])],
    [R(RI, ["a daily contact for every care leaver under 18 living alone"])]],
   T("Child JXZ", CSPR, "overview", "serious_harm|other", "2024",
     "seventeen-year-old|a seventeen-year-old", "17.00", "16_17", "not_stated",
     A("poisoning_ingestion", "other; extra_familial_harm; self_harm_suicide"), ctx=A("", "looked_after")),
   link=ORO),
 E("8. Local child safeguarding practice review: Child KXZ (overview report)", [
    "Child KXZ, aged 3, swallowed a button battery in 2025 and has permanent damage to her oesophagus.",
    [L(LI, ["button batteries"])],
    [R(RI, ["button battery advice at every two-year check"])]],
   T("Child KXZ", CSPR, "overview", "serious_harm", "2025", "aged 3", "3.00", "1_5", "female",
     A("", "neglect; other; poisoning_ingestion")), link=ORO),
])

# --- A partnership's 2026 page (HTML): the child's ethnicity or religion as context.
FILES["ah-partnership-page-2026.html"] = dict(page_title="Child safeguarding practice reviews", html_preamble=NAV,
    html_footer=FOOT, h1="Child safeguarding practice reviews", pubyear="2026",
    intro_html=["Reviews the partnership published in 2026. Invented for testing: no real child, family or place."],
    entries=[
 E("Child LXZ: CSPR", [
    "Child LXZ, a 14-year-old Muslim girl of Somali heritage, was taken to a hospital emergency department in 2025 after she was beaten by her older brother, aged 19, for having a boyfriend.",
    [L(LI, ["harm by older siblings", "honour and control"])],
    [R(RP, ["a safety plan for every girl hurt for having a relationship"])]],
   T("Child LXZ", CSPR, "overview", "serious_harm", "2025", "14-year-old", "14.00", "11_15", "female",
     A("physical_abuse", "fgm_honour_based_abuse"),
     eth="Somali|Somali heritage|Black African|Black Somali"), link=RO),
 E("Child MXZ: CSPR", [
    "Child MXZ, a 9-year-old boy from an Orthodox Jewish family, was hit by a van in 2024 while crossing a road alone to get to school. His parents had not been told that his school transport had been cancelled.",
    [L(LI, ["school transport changes"])],
    [R(RP, ["notice to parents of every change to school transport"])]],
   T("Child MXZ", CSPR, "overview", "serious_harm", "2024", "9-year-old", "9.00", "6_10", "male", ACCIDENT),
   link=RO),
 E("Baby NXZ: CSPR", [
    "Baby NXZ, a 2-month-old girl of Black Caribbean heritage, died in 2025 from bleeding on the brain. Her father, aged 23, admitted that he had shaken her.",
    [L(LI, ["fathers and crying babies"])],
    [R(RP, ["coping with crying advice for every father before discharge"])]],
   T("Baby NXZ", CSPR, "overview", "death", "2025", "2-month-old", "0.17", "under_1", "female", HEAD,
     eth="Black Caribbean|Black Caribbean heritage"), link=RO),
 E("Child PXZ: CSPR", [
    "Child PXZ, a White Gypsy/Traveller boy aged 12, was not on any school roll when he was found in 2024 working on a building site with a head wound from a fall.",
    [L(LI, ["children missing from education"])],
    [R(RP, ["a visit to every child removed from a school roll"])]],
   T("Child PXZ", CSPR, "overview", "serious_harm", "2024", "aged 12|boy aged 12", "12.00", "11_15", "male",
     ANY("neglect; other; child_criminal_exploitation"), ctx="not_in_school",
     eth="White Gypsy or Irish Traveller|Gypsy/Traveller|White Gypsy/Traveller|White Gypsy/Traveller heritage"),
   link=RO),
 E("Child RXZ: CSPR", [
    "Child RXZ, a 15-year-old Jehovah's Witness, died in 2023 after an overdose. Her family's faith was discussed by the review only because she had been estranged from her congregation.",
    [L(LI, ["faith and isolation"])],
    [R(RP, ["a trusted adult outside the family for every isolated teenager"])]],
   T("Child RXZ", CSPR, "overview", "death", "2023", "15-year-old", "15.00", "11_15", "female",
     ANY("self_harm_suicide; poisoning_ingestion")), link=RO),
 E("Child SXZ: CSPR", [
    "Child SXZ, aged 7, a British Pakistani boy, was found in 2024 to have been hit with a slipper at a madrassa; a teacher there was later cautioned.",
    [L(LI, ["safeguarding in out-of-school settings"])],
    [R(RP, ["safeguarding training for every supplementary school"])]],
   T("Child SXZ", CSPR, "overview", "serious_harm|other", "2024", "aged 7", "7.00", "6_10", "male",
     "physical_abuse", eth="British Pakistani|Pakistani"), link=RO),
 E("Child TXZ: CSPR", [
    "Child TXZ is a 16-year-old Eritrean young man who came to the UK alone in 2023. In 2025 he was found living in a house run by a man who had taken all his wages from a warehouse.",
    [L(LI, ["unaccompanied children and work"])],
    [R(RP, ["a check on the work of every unaccompanied child"])]],
   T("Child TXZ", CSPR, "overview", "serious_harm|other", "2025", "16-year-old", "16.00", "16_17", "male",
     CCE, eth="Eritrean|Black African|Eritrean heritage"), link=RO),
])
