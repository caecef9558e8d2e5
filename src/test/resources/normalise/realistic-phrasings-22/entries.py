# Entries of the "realistic phrasings 22" set (issue 9, session 33): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: safeguarding
# procedures pages on "Section 47 Enquiries" ("a concern arises that a child may be suffering, or likely to suffer,
# significant harm", "is the subject of an Emergency Protection Order, or (ii) is in Police protection", "a privately
# fostered or looked after child"), the NSPCC and boards' pages on Welsh child practice reviews ("a concise child practice
# review", "an extended child practice review ... if the child was on the child protection register and/or was in care
# ... including a person who has turned 18 but was a looked after child"), pages on sudden unexpected death in infancy
# ("SUDI is not a cause of death", "cause of death was unascertained"); for the shapes of the lists, sets 1-21's sources).
# Only short generic phrases are shared with them.
# What this set leans on (kinds sets 1-21 have not pushed; each phrase grepped in sets 1-21's entries.py and
# unseen-entries.txt first, see the README):
# - A SIBLING GROUP where only one child is the subject ("His older sister ... is not the subject of this review",
#   "Only Child LX's case was reviewed", "only Child ZX is the subject of this review");
# - HARM TOLD THROUGH AN AGENCY'S ACTION ("was made subject to an emergency protection order", "A section 47 enquiry
#   found", "were removed under police protection", "An interim care order was made", "an initial child protection
#   conference placed him on a child protection plan");
# - THE OUTCOME TOLD LATE ("She died eleven days later.", "before she died there") or only in a first line ("Death of a
#   4-month-old boy in 2025." then "Background:");
# - CAUSES OF DEATH STATED MEDICALLY ("unascertained", "SUDI", "abusive head trauma", "a hypoxic brain injury", "died
#   from hypothermia", "a ligature");
# - ONLINE HARM AND EXPLOITATION WORDS ("sextortion", "county lines", "child criminal exploitation", "radicalised
#   online", "referred to Prevent", "extremist material", "blackmailed by someone posing as a girl online");
# - YOUNG CARERS; CARE LEAVERS AGED 18 TO 20 ("a care leaver with a pathway plan and a personal adviser", "had left care
#   four months before"); PRIVATE FOSTERING ("was privately fostered by a family friend"); YOUTH CUSTODY AND SECURE
#   UNITS ("remanded to a young offender institution", "in youth custody", "a secure children's home");
# - "THE CHILDREN" WITH A RANGE ("four siblings ... aged between four and nine", "three brothers, aged between six and
#   twelve");
# - the ordinary case too.
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -21 and the decisions at the head of unseen-entries.txt, unchanged): not stated
# means empty, and a negated or ruled-out fact is not stated; a code is about the child(ren) the entry describes, never
# a parent's, sibling's, carer's or perpetrator's own harm, plan, care, school, condition, outcome, sex or age; a
# parent's mental health, substance or alcohol misuse, learning disability, criminality or domestic abuse is the child's
# risk factor; a perpetrator parent's conviction for the child's own harm is accepted as `parental_criminality` either
# way; a child's own past plan or care is coded; accidents accept `neglect`, `other` or none; the incident year is the
# year of the harm, never a court's or the review's publication year; an age in weeks, months or days is its fraction
# of a year to two decimals (either rounding accepted); an age told only by a school year is no exact age (text not
# scored, years empty, the band the year fixes). Written out for this set: a sibling named beside the subject whose
# harm is told is not the subject's (the number of children is 1 when the entry says only the one child was reviewed,
# the family's count accepted otherwise); an emergency protection order, police protection or remand in custody
# accepts `looked_after` either way, an interim care order with a foster placement is `looked_after` (`foster_care`
# accepted); harm an agency's enquiry found ("A section 47 enquiry found that she had been beaten") is the child's
# harm; a care leaver's own past care is `looked_after`, whatever the age (18 to 20 is `18_plus`); private fostering is
# no local authority care (no `looked_after`; `foster_care` accepted, as sets 9-18 and unseen-entries a11 accept it); a young carer is no code by itself (the parent's condition is the risk
# factor); "sextortion" or being blackmailed for sexual images online is `online_harm` (sexual abuse or exploitation and
# extra-familial harm accepted beside it); radicalisation is `other` (`online_harm`, `extra_familial_harm` accepted);
# "unascertained" is a sudden unexpected infant death only for a baby under 1; a hypoxic brain injury takes the code of
# what caused it (smothering `physical_abuse`, a drowning while the carer slept `neglect`); a death "from a ligature" or
# "found hanged" with a suicide conclusion is `self_harm_suicide`; a restraint or seclusion by staff is restrictive
# practice (`other`, `physical_abuse` or none accepted).
# `a|b` alternatives, `*` not scored.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from phrasing_entries import COLS, T, A, ANY, E, L, R, HEAD, STAB, RESTRAINT, WELSH_MODEL, RO  # noqa: E402,F401

ACCIDENT = A("", "neglect; other")
CONVICTED = A("", "parental_criminality")
CCE = A("child_criminal_exploitation", "extra_familial_harm")
CSE = A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm")
OVERDOSE = ANY("poisoning_ingestion; self_harm_suicide; other")
SEXTORTION = A("online_harm", "sexual_abuse; child_sexual_exploitation; extra_familial_harm")
RADICAL = A("other", "online_harm; extra_familial_harm")
REMOVED = A("", "looked_after")

NAV = ["<header><a href=\"#main\">Skip to content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Learning</a></li><li><a href=\"#\">Case reviews</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Privacy</p><p>Cookies</p><p>Accessibility</p></footer>"]

FILES = {}
LI = "Learning includes:"
RP = "Recommendations to the partnership include:"
RI = "Recommendations include:"
LT = "Learning themes include:"
RREV = "Read the review"
ORO = "Other resources Read overview report"
ORE = "Other resources Read executive summary"

# --- A March 2026 repository month (text): numbered titles with the review's kind and document.
FILES["wa-monthly-2026-repository.txt"] = dict(pubyear="2026|", month="2026-03", preamble=[
    "NSPCC Repository – March 2026",
    "In March 2026 eight case reviews were added to the NSPCC Repository. A summary of each follows (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child safeguarding practice review: Child AW (overview report)", [
    "Child AW, a 5-week-old boy, was made subject to an emergency protection order in 2025 after a hospital found fractures to his ribs and both legs. His father, aged 23, later admitted shaking him.",
    "Ethnicity: White British.",
    [L(LI, ["fractures in non-mobile babies", "fathers' stress"])],
    [R(RI, ["a skeletal survey for every baby with a fracture"])]],
   T("Child AW", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "5-week-old", "0.10",
     "under_1", "male", HEAD, ctx=REMOVED, eth="White British"), link=ORO),
 E("2. Child safeguarding practice review: Child BW (executive summary)", [
    "A section 47 enquiry in 2024 found that Child BW, a 9-year-old girl, had been beaten with a belt by her father. Her younger brother was also part of the enquiry but is not the subject of this review.",
    "Ethnicity: Black African.",
    [L(LI, ["physical chastisement", "hearing from children about their home"])],
    [R(RI, ["guidance for schools on talking to children about physical punishment"])]],
   T("Child BW", "child_safeguarding_practice_review", "executive_summary", "serious_harm", "2024", "9-year-old", "9.00",
     "6_10", "female", "physical_abuse", eth="Black African"), link=ORE),
 E("3. Child safeguarding practice review: Child CW (overview report)", [
    "Child CW, a 16-year-old boy, was found in 2025 in a flat in another county where he had been made to sell drugs as part of a county lines operation. He was arrested and remanded to a young offender institution, where he later tried to take his own life.",
    "Ethnicity: Black Caribbean.",
    [L(LI, ["children arrested far from home", "exploited children seen as offenders"])],
    [R(RI, ["a referral to the national referral mechanism for every child found in a drug-dealing flat"])]],
   T("Child CW", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "16-year-old", "16.00",
     "16_17", "male", A("child_criminal_exploitation; self_harm_suicide", "extra_familial_harm"), ctx=REMOVED,
     eth="Black Caribbean"), link=ORO),
 E("4. Child safeguarding practice review: Child DW (overview report)", [
    "Child DW, a 14-year-old girl, took her own life in 2025, two days after a man she had met online threatened to share intimate images of her unless she paid him. The review calls this sextortion.",
    "Ethnicity: White British.",
    [L(LI, ["financially motivated sextortion", "what children tell their friends"])],
    [R(RI, ["sextortion guidance for parents and schools"])]],
   T("Child DW", "child_safeguarding_practice_review", "overview", "death", "2025", "14-year-old", "14.00", "11_15",
     "female", A("self_harm_suicide; online_harm", "sexual_abuse; child_sexual_exploitation; extra_familial_harm"),
     eth="White British"), link=ORO),
 E("5. Child safeguarding practice review: Child EW (overview report)", [
    "Death of Child EW, a 7-week-old girl, in 2024. She was found unresponsive in the morning and the post-mortem gave the cause of death as unascertained. Both her parents had been drinking and she had slept in their bed.",
    [L(LI, ["safer sleep and alcohol"])],
    [R(RI, ["safer sleep advice at every contact with a family with a baby"])]],
   T("Child EW", "child_safeguarding_practice_review", "overview", "death", "2024", "7-week-old", "0.13", "under_1",
     "female", A("sudden_unexpected_infant_death", "neglect"), risk="co_sleeping; parental_alcohol_misuse"), link=ORO),
 E("6. Child safeguarding practice review: Child FW (overview report)", [
    "The review concerns four siblings, two boys and two girls aged between four and nine, who were found in 2024 living in a house with no heating, no food and dog faeces on the floors. Child FW, the eldest girl, had missed most of a school year. Their mother was a heroin user.",
    [L(LI, ["neglect hidden behind a closed door", "school absence as a sign of neglect"])],
    [R(RI, ["a home visit after ten days of unexplained absence"])]],
   T("Child FW", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2024", "*", "", "unknown|6_10",
     "female|mixed", "neglect", risk="parental_substance_misuse", ctx=A("", "not_in_school"), n="1|4"), link=ORO),
 E("7. Child safeguarding practice review: Child HW (overview report)", [
    "Child HW, a 12-year-old boy, was a young carer for his mother, who had multiple sclerosis and depression. In 2025 he was found to have missed most of a term of school and to have lost a great deal of weight.",
    [L(LI, ["young carers who are not identified", "school absence"])],
    [R(RI, ["a young carers' assessment whenever a parent is unwell for a long time"])]],
   T("Child HW", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2025", "12-year-old", "12.00",
     "11_15", "male", A("", "neglect"), risk="parental_mental_health", ctx=A("", "not_in_school")), link=ORO),
 E("8. Child safeguarding practice review: Child JW (overview report)", [
    "Child JW, aged 19, a care leaver with a pathway plan and a personal adviser, died in 2025 from a drug overdose in supported accommodation. He had been in foster care from the age of 11.",
    [L(LI, ["care leavers who use drugs", "supported accommodation"])],
    [R(RI, ["a drug and alcohol worker for every care leaver who asks for one"])]],
   T("Child JW", "child_safeguarding_practice_review", "overview", "death", "2025", "aged 19", "19.00", "18_plus",
     "male", OVERDOSE, ctx=A("looked_after", "foster_care")), link=ORO),
])

# --- A winter 2026 update (HTML): "2026 – Anonymous – Name"; radicalisation, private fostering, outcome late.
FILES["wb-update-2026-winter.html"] = dict(page_title="Case reviews update", html_preamble=NAV, html_footer=FOOT,
    h1="Case reviews update: winter 2026", pubyear="2026",
    intro_html=["Case reviews added to the collection this winter. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Anonymous – Child KW", [
    "Child KW, a 15-year-old boy, was radicalised online by an extreme right-wing group during 2024 and was arrested in 2025 for planning an attack on his school. He had been referred to Prevent twice.",
    [L(LI, ["online radicalisation", "repeat referrals to Prevent"])],
    [R(RP, ["a joint review of every second referral to Prevent"])]],
   T("Child KW", "unknown", "overview", "serious_harm|other", "2024|2025", "15-year-old", "15.00", "11_15", "male",
     RADICAL), link=RO),
 E("2026 – Anonymous – Child LW", [
    "Child LW, a 13-year-old girl, was privately fostered by a family friend who had never told the local authority. In 2024 she told a teacher that she had to clean the house every morning before school and was beaten if she refused.",
    [L(LI, ["private fostering arrangements nobody knows about"])],
    [R(RP, ["a private fostering awareness campaign in schools"])]],
   T("Child LW", "unknown", "overview", "serious_harm|other", "2024", "13-year-old", "13.00", "11_15", "female",
     A("physical_abuse", "other; emotional_abuse; neglect"), ctx="|foster_care"), link=RO),
 E("2026 – Anonymous – Child MW", [
    "Child MW, a 6-month-old girl, was admitted to hospital in March 2025 with a subdural haematoma and retinal haemorrhages. Doctors concluded that she had suffered abusive head trauma. She died eleven days later.",
    [L(LI, ["bruising in babies who cannot crawl"])],
    [R(RP, ["a referral to children's social care for every bruise on a non-mobile baby"])]],
   T("Child MW", "unknown", "overview", "death", "2025", "6-month-old", "0.50", "under_1", "female", HEAD), link=RO),
 E("2026 – Anonymous – Child NW", [
    "Child NW, a 4-year-old boy, drowned in the bath in 2024 while his mother was downstairs. His older sister, aged 7, was also at home; she is not the subject of this review.",
    [L(LI, ["bath safety", "supervision of young children"])],
    [R(RP, ["water safety advice from health visitors"])]],
   T("Child NW", "unknown", "overview", "death", "2024", "4-year-old", "4.00", "1_5", "male", "neglect"), link=RO),
 E("2026 – Anonymous – Child PW", [
    "Child PW, a 15-year-old girl placed in a secure children's home under a secure accommodation order, was restrained by staff in 2025 and suffered a broken wrist.",
    [L(LI, ["restraint in secure settings"])],
    [R(RP, ["a debrief with the child after every restraint"])]],
   T("Child PW", "unknown", "overview", "serious_harm", "2025", "15-year-old", "15.00", "11_15", "female", RESTRAINT,
     ctx="looked_after"), link=RO),
 E("2026 – Anonymous – Child QW", [
    "Child QW, a 2-year-old boy, suffered a hypoxic brain injury in 2024 after he was found face down in a garden pond. His father had been asleep on the sofa after drinking heavily.",
    [L(LI, ["parents' drinking and supervision"])],
    [R(RP, ["alcohol advice in every assessment of a family with a toddler"])]],
   T("Child QW", "unknown", "overview", "serious_harm", "2024", "2-year-old", "2.00", "1_5", "male", "neglect",
     risk="parental_alcohol_misuse"), link=RO),
 E("2026 – Anonymous – Child RW", [
    "An 11-year-old girl, Child RW, and her younger brothers, aged 8 and 5, were removed under police protection in 2024 after police found them alone in a flat with no electricity. Their mother had been arrested for shoplifting earlier that day.",
    [L(LI, ["children found alone", "arrests of parents"])],
    [R(RP, ["police to ask every arrested parent who is caring for their children"])]],
   T("Child RW", "unknown", "overview", "serious_harm|other", "2024", "11-year-old", "11.00", "11_15", "female",
     "neglect", risk=A("", "parental_criminality"), ctx=REMOVED, n="1|3"), link=RO),
 E("2026 – Anonymous – Child SW", [
    "Child SW, a 17-year-old boy, was stabbed to death in a park in 2025. He had been excluded from school in Year 10 and was known to carry a knife.",
    [L(LI, ["exclusion and knife crime"])],
    [R(RP, ["a safety plan for every child excluded for carrying a knife"])]],
   T("Child SW", "unknown", "overview", "death", "2025", "17-year-old", "17.00", "16_17", "male", STAB,
     ctx="not_in_school"), link=RO),
])

# --- Welsh child practice reviews of 2026 (text): concise and extended reviews, the model line, keywords.
FILES["wc-wales-2026-practice-reviews.txt"] = dict(pubyear="2026", preamble=[
    "Child practice reviews published in 2026", "",
    "Concise and extended child practice reviews published by the regional safeguarding boards in Wales in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("January 2026 – Anonymous – Child TW", [
    "An extended child practice review concerning Child TW, a 10-year-old boy who was a young carer for his father, who had a brain injury and drank heavily. In 2024 Child TW was found to have untreated head lice, severe tooth decay and no bed.",
    [L("Learning:", ["young carers' own needs", "neglect of older children"])],
    WELSH_MODEL,
    "Keywords: neglect, young carers"],
   T("Child TW", "child_practice_review", "overview", "serious_harm|other", "2024", "10-year-old", "10.00", "6_10",
     "male", "neglect", risk="parental_alcohol_misuse"), link=RO),
 E("February 2026 – Anonymous – Child UW", [
    "A concise child practice review concerning Child UW, a 3-month-old girl who died in 2025. The cause of death was given as SUDI; she had been put to sleep on a sofa with her father, who had taken cannabis.",
    [L("Learning:", ["sofa sleeping", "fathers and safer sleep"])],
    WELSH_MODEL,
    "Keywords: sudden unexpected death in infancy, safer sleep"],
   T("Child UW", "child_practice_review", "overview", "death", "2025", "3-month-old", "0.25", "under_1", "female",
     A("sudden_unexpected_infant_death", "neglect"), risk="co_sleeping; parental_substance_misuse"), link=RO),
 E("March 2026 – Anonymous – Child VW", [
    "An extended child practice review concerning Child VW, aged 17, who was looked after and living in a residential unit when she was trafficked to a city in England in 2024 and sexually exploited.",
    [L("Learning:", ["trafficking of looked after children across borders"])],
    WELSH_MODEL,
    "Keywords: child sexual exploitation, trafficking"],
   T("Child VW", "child_practice_review", "overview", "serious_harm", "2024", "aged 17", "17.00", "16_17", "female",
     CSE, ctx="looked_after"), link=RO),
 E("April 2026 – Anonymous – Child XW", [
    "A concise child practice review concerning Child XW, a Year 8 pupil, who was found in 2025 to have sent indecent images of himself after being blackmailed by someone posing as a girl online.",
    [L("Learning:", ["online blackmail of boys"])],
    WELSH_MODEL,
    "Keywords: online abuse"],
   T("Child XW", "child_practice_review", "overview", "serious_harm|other", "2025", "*", "", "11_15", "male",
     SEXTORTION), link=RO),
 E("May 2026 – Anonymous – Child YW", [
    "A concise child practice review concerning Child YW, a 20-month-old boy, who was made subject to an emergency protection order in 2024 after he was found to have swallowed his mother's methadone.",
    [L("Learning:", ["safe storage of substitute medication"])],
    WELSH_MODEL,
    "Keywords: poisoning, substance misuse"],
   T("Child YW", "child_practice_review", "overview", "serious_harm", "2024", "20-month-old", "1.67", "1_5", "male",
     A("poisoning_ingestion", "neglect"), risk="parental_substance_misuse", ctx=REMOVED), link=RO),
 E("June 2026 – Anonymous – Child ZW", [
    "An extended child practice review concerning Child ZW, a 13-year-old boy on the child protection register, who died in 2025 after being hit by a car while running away from police. He had been criminally exploited by older men for two years.",
    [L("Learning:", ["exploited children and the police"])],
    WELSH_MODEL,
    "Keywords: child criminal exploitation"],
   T("Child ZW", "child_practice_review", "overview", "death", "2025", "13-year-old", "13.00", "11_15", "male",
     A("child_criminal_exploitation", "extra_familial_harm; other"), ctx="child_protection_plan"), link=RO),
 E("July 2026 – Anonymous – Child AX", [
    "A concise child practice review concerning Child AX, a 14-year-old girl who had been privately fostered by a family friend since 2022, and who was found in 2024 to have been sexually abused by the friend's adult son.",
    [L("Learning:", ["private fostering notifications"])],
    WELSH_MODEL,
    "Keywords: private fostering, sexual abuse"],
   T("Child AX", "child_practice_review", "overview", "serious_harm", "2024", "14-year-old", "14.00", "11_15",
     "female", "sexual_abuse", ctx="|foster_care"), link=RO),
])

# --- Scottish learning reviews of 2026 (HTML): "A learning review concerning ...".
FILES["wd-scotland-2026-learning-reviews.html"] = dict(page_title="Learning reviews published in 2026",
    html_preamble=NAV, html_footer=FOOT, h1="Learning reviews published in Scotland, 2026", pubyear="2026",
    intro_html=["Learning reviews published by child protection committees in 2026. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Anonymous – Child BX", [
    "A learning review concerning Child BX, a 16-year-old boy who died in 2025 from a ligature in a young offenders institution, where he had been held on remand for six weeks.",
    [L("Learning:", ["children on remand", "suicide risk in custody"])],
    [R(RI, ["a mental health assessment on the first day of every remand"])]],
   T("Child BX", "learning_review", "unknown", "death", "2025", "16-year-old", "16.00", "16_17", "male",
     "self_harm_suicide", ctx=REMOVED), link=RREV),
 E("2026 – Anonymous – Child CX", [
    "A learning review concerning Child CX, aged 9 months, who sustained a hypoxic brain injury in 2024 after being smothered by her mother, who had a diagnosis of postnatal psychosis.",
    [L("Learning:", ["perinatal mental illness"])],
    [R(RI, ["a perinatal mental health plan that names who cares for the baby"])]],
   T("Child CX", "learning_review", "unknown", "serious_harm", "2024", "aged 9 months|9 months", "0.75", "under_1",
     "female", "physical_abuse", risk="parental_mental_health"), link=RREV),
 E("2026 – Anonymous – Child DX", [
    "A learning review concerning three brothers, aged between six and twelve, who were neglected for several years. Child DX, the eldest, was found in 2024 to weigh less than his youngest brother.",
    [L("Learning:", ["growth of neglected children"])],
    [R(RI, ["a growth check at every child protection medical"])]],
   T("Child DX", "learning_review", "unknown", "serious_harm|other", "2024", "*", "12.00|", "11_15|unknown", "male",
     "neglect", n="1|3"), link=RREV),
 E("2026 – Anonymous – Child EX", [
    "A learning review concerning Child EX, a 15-year-old girl and a young carer for her mother, who had bipolar disorder. Child EX died in 2025 from an overdose of her mother's medication.",
    [L("Learning:", ["young carers of parents with mental illness"])],
    [R(RI, ["a young carers' assessment for every child of a parent under a mental health team"])]],
   T("Child EX", "learning_review", "unknown", "death", "2025", "15-year-old", "15.00", "11_15", "female", OVERDOSE,
     risk="parental_mental_health"), link=RREV),
 E("2026 – Anonymous – Child FX", [
    "A learning review concerning Child FX, a 19-year-old care leaver who had been looked after from the age of 8. She was found dead in her flat in 2024; the cause of death was unascertained.",
    [L("Learning:", ["continuing care for young people leaving care"])],
    [R(RI, ["continuing care until 21 for every care leaver who wants it"])]],
   T("Child FX", "learning_review", "unknown", "death", "2024", "19-year-old", "19.00", "18_plus", "female", "",
     ctx="looked_after"), link=RREV),
 E("2026 – Anonymous – Child GX", [
    "A learning review concerning Child GX, a 13-year-old boy who was assaulted by a group of boys in 2024 after a video of him was shared online. He had been placed in secure accommodation the year before.",
    [L("Learning:", ["violence filmed and shared"])],
    [R(RI, ["a plan for children's safety after they leave secure care"])]],
   T("Child GX", "learning_review", "unknown", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "male",
     A("extra_familial_harm", "physical_abuse; online_harm") + "|physical_abuse|physical_abuse; online_harm",
     ctx="looked_after"), link=RREV),
 E("2026 – Anonymous – Child HX", [
    "A learning review concerning Child HX, a 2-year-old girl whose younger brother died in 2024 from abusive head trauma inflicted by their father. Child HX was not injured but had been living in the same home.",
    [L("Learning:", ["surviving siblings"])],
    [R(RI, ["a plan for every surviving sibling within a week of a child's death"])]],
   T("Child HX", "learning_review", "unknown", "other|serious_harm|unknown", "2024|", "2-year-old", "2.00", "1_5",
     "female", A("", "emotional_abuse"), risk=A("", "parental_criminality")), link=RREV),
])

# --- Northern Irish case management reviews of 2026 (text).
FILES["we-ni-2026-case-management.txt"] = dict(pubyear="2026", preamble=[
    "Case management reviews published in 2026", "",
    "Executive summaries of case management reviews published in Northern Ireland in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("January 2026 – Anonymous – Child JX", [
    "A case management review concerning Child JX, a 7-month-old boy, who was taken to hospital in 2024 with a spiral fracture of the femur. An interim care order was made and he was placed with foster carers.",
    [L("Learning:", ["explanations that do not fit the injury"])],
    [R("Recommendations:", ["a second opinion on every fracture in a baby"])]],
   T("Child JX", "case_management_review", "overview", "serious_harm", "2024", "7-month-old", "0.58", "under_1",
     "male", "physical_abuse", ctx=A("looked_after", "foster_care")), link=RO),
 E("February 2026 – Anonymous – Child KX", [
    "A case management review concerning Child KX, aged 18, who had left care four months before he died in 2025 in a fire at a flat he shared with two older men. He had been living with little support.",
    [L("Learning:", ["leaving care at 18"])],
    [R("Recommendations:", ["a personal adviser visit every month in the first year after care"])]],
   T("Child KX", "case_management_review", "overview", "death", "2025", "aged 18", "18.00", "18_plus", "male",
     ACCIDENT, ctx="looked_after"), link=RO),
 E("March 2026 – Anonymous – Child LX", [
    "A case management review concerning Child LX, a 14-year-old girl, and her sister, aged 16, who were both sexually exploited in 2024 by men who gave them alcohol and cannabis. Only Child LX's case was reviewed.",
    [L("Learning:", ["sisters exploited together"])],
    [R("Recommendations:", ["a joint plan for siblings who are exploited"])]],
   T("Child LX", "case_management_review", "overview", "serious_harm", "2024", "14-year-old", "14.00", "11_15",
     "female", CSE), link=RO),
 E("April 2026 – Anonymous – Child MX", [
    "A case management review concerning Child MX, a 4-year-old boy whose name was on the child protection register under the category of neglect. A section 47 enquiry in 2025 found that he had been hit with a slipper by his mother's partner.",
    [L("Learning:", ["new adults in the household of a child on the register"])],
    [R("Recommendations:", ["checks on every new partner of a parent of a child on the register"])]],
   T("Child MX", "case_management_review", "overview", "serious_harm|other", "2025", "4-year-old", "4.00", "1_5",
     "male", A("physical_abuse", "neglect"), ctx="child_protection_plan"), link=RO),
 E("May 2026 – Anonymous – Child NX", [
    "A case management review concerning Child NX, a 15-year-old boy in youth custody at the time of his death in 2025. He was found hanged in his cell, and the coroner recorded a conclusion of suicide.",
    [L("Learning:", ["deaths in custody"])],
    [R("Recommendations:", ["observation of every child in custody who has self-harmed"])]],
   T("Child NX", "case_management_review", "overview", "death", "2025", "15-year-old", "15.00", "11_15", "male",
     "self_harm_suicide", ctx=REMOVED), link=RO),
 E("June 2026 – Anonymous – Child PX", [
    "A case management review concerning Child PX, a baby girl aged 12 days, who died in 2024 from hypothermia after her mother, who had a learning disability, left her in an unheated caravan overnight.",
    [L("Learning:", ["parents with a learning disability and newborn care"])],
    [R("Recommendations:", ["a pre-birth assessment for every parent with a learning disability"])]],
   T("Child PX", "case_management_review", "overview", "death", "2024", "aged 12 days|12 days", "0.03", "under_1",
     "female", "neglect", risk="parental_learning_disability"), link=RO),
 E("July 2026 – Anonymous – Child QX", [
    "A case management review concerning Child QX, a 12-year-old girl who was groomed online and persuaded to send sexual images of herself. She was later raped in 2024 by a man she had met through a gaming site.",
    [L("Learning:", ["gaming sites and grooming"])],
    [R("Recommendations:", ["online safety sessions in every primary school"])]],
   T("Child QX", "case_management_review", "overview", "serious_harm", "2024", "12-year-old", "12.00", "11_15",
     "female", A("sexual_abuse; online_harm", "child_sexual_exploitation; extra_familial_harm")), link=RO),
])

# --- A 2026 list with "Background:" (text): the outcome in a first line, the story after it.
FILES["wf-list-2026-background.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews published in 2026", "",
    "A chronological list of case reviews published in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("October 2026 – Anonymous – Child RX", [
    "Death of a 4-month-old boy in 2025.",
    "Background: Child RX was found unresponsive in a cot at his grandmother's home. The post-mortem examination found a skull fracture and older rib fractures; his father was convicted of murder in 2026.",
    [L("Issues identified include:", ["babies cared for in more than one home"], style="semi-noand")],
    [R(RI, ["a plan that names every carer of a baby on a plan"])],
    "Keywords: physical abuse, head injuries"],
   T("Child RX", "unknown", "overview", "death", "2025", "4-month-old", "0.33", "under_1", "male", HEAD,
     risk=CONVICTED), link=RO),
 E("September 2026 – Anonymous – Child SX", [
    "Serious injury of a 13-year-old boy in 2024.",
    "Background: Child SX was stabbed by another boy outside a youth club. He had been recruited into county lines drug dealing and had been reported missing eleven times.",
    [L("Issues identified include:", ["missing children and county lines"], style="semi-noand")],
    [R(RI, ["a return home interview after every missing episode"])],
    "Keywords: child criminal exploitation, knife crime"],
   T("Child SX", "unknown", "overview", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "male",
     A("extra_familial_harm; child_criminal_exploitation", "physical_abuse")), link=RO),
 E("August 2026 – Anonymous – Child TX", [
    "Death of a 17-year-old girl in 2025.",
    "Background: Child TX was a young carer for her younger siblings while her mother was in hospital. She took her own life after months of low mood; her GP had referred her to child and adolescent mental health services.",
    [L("Issues identified include:", ["young carers' mental health"], style="semi-noand")],
    [R(RI, ["a young carers' lead in every secondary school"])],
    "Keywords: suicide, young carers"],
   T("Child TX", "unknown", "overview", "death", "2025", "17-year-old", "17.00", "16_17", "female",
     "self_harm_suicide"), link=RO),
 E("July 2026 – Anonymous – Child UX", [
    "Neglect of a 3-year-old girl and her two brothers, aged 1 and 5, in 2024.",
    "Background: the children were found in a flat with no food, and Child UX was admitted to hospital with rickets. Only Child UX was the subject of the review.",
    [L("Issues identified include:", ["children not seen by health services"], style="semi-noand")],
    [R(RI, ["a health visitor review for every child who misses two checks"])],
    "Keywords: neglect"],
   T("Child UX", "unknown", "overview", "serious_harm", "2024", "3-year-old", "3.00", "1_5", "female", "neglect"),
   link=RO),
 E("June 2026 – Anonymous – Child VX", [
    "Death of a 20-year-old man in 2024 who had been in care as a child.",
    "Background: Child VX had left a children's home at 18 and had no settled address. He died from an overdose of heroin in a hostel.",
    [L("Issues identified include:", ["homeless care leavers"], style="semi-noand")],
    [R(RI, ["a housing plan for every young person leaving care"])],
    "Keywords: care leavers, substance misuse"],
   T("Child VX", "unknown", "overview", "death", "2024", "20-year-old", "20.00", "18_plus", "male", OVERDOSE,
     ctx="looked_after"), link=RO),
 E("May 2026 – Anonymous – Child WX", [
    "Serious harm of a 9-year-old boy in 2025.",
    "Background: Child WX was made subject to an emergency protection order after his stepmother was found to have locked him in a bedroom for days at a time and withheld food from him.",
    [L("Issues identified include:", ["children hidden at home"], style="semi-noand")],
    [R(RI, ["a visit to every child whose school place ends in the middle of a year"])],
    "Keywords: emotional abuse, neglect"],
   T("Child WX", "unknown", "overview", "serious_harm", "2025", "9-year-old", "9.00", "6_10", "male",
     A("neglect; emotional_abuse", "physical_abuse"), ctx=REMOVED), link=RO),
 E("April 2026 – Anonymous – Child XX", [
    "Death of a 15-year-old girl in 2025.",
    "Background: Child XX had been privately fostered by a family friend since the age of 11. She died from a head injury after being pushed down the stairs by the friend.",
    [L("Issues identified include:", ["private fostering"], style="semi-noand")],
    [R(RI, ["a check of every private fostering arrangement each year"])],
    "Keywords: physical abuse, private fostering"],
   T("Child XX", "unknown", "overview", "death", "2025", "15-year-old", "15.00", "11_15", "female", HEAD,
     ctx="|foster_care"), link=RO),
 E("March 2026 – Anonymous – Child YX", [
    "Death of a 6-week-old girl in 2024.",
    "Background: Child YX died from a hypoxic brain injury after her mother's partner put his hand over her mouth to stop her crying. He was convicted of manslaughter in 2025.",
    [L("Issues identified include:", ["crying babies and new partners"], style="semi-noand")],
    [R(RI, ["coping with crying advice for every adult in a baby's home"])],
    "Keywords: physical abuse"],
   T("Child YX", "unknown", "overview", "death", "2024", "6-week-old", "0.11|0.12", "under_1", "female",
     "physical_abuse", risk=CONVICTED), link=RO),
])

# --- A partnership's local reviews of 2026 (text).
FILES["wg-partnership-local-reviews-2026.txt"] = dict(pubyear="2026", preamble=[
    "Local child safeguarding practice reviews 2026", "",
    "Summaries of the local reviews the partnership published in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("Local child safeguarding practice review: Child ZX", [
    "Child ZX was 8 months old when he was taken to hospital in 2024 with a broken arm. His older brother, aged 3, was also examined and had bruising to his face, but only Child ZX is the subject of this review.",
    [L("Learning:", ["siblings of injured babies"])],
    [R("Recommendations:", ["a medical for every sibling of an injured baby"])]],
   T("Child ZX", "child_safeguarding_practice_review", "overview", "serious_harm", "2024",
     "8 months old|was 8 months old", "0.67", "under_1", "male", "physical_abuse"), link=RO),
 E("Local child safeguarding practice review: Child AY", [
    "In 2025 Child AY, a 16-year-old girl, was found with a man of 34 in a hotel room. A section 47 enquiry found that she had been sexually exploited for a year, and she was placed in a secure children's home for her own safety.",
    [L("Learning:", ["hotels and exploitation"])],
    [R("Recommendations:", ["training for hotel staff"])]],
   T("Child AY", "child_safeguarding_practice_review", "overview", "serious_harm", "2025|2024", "16-year-old", "16.00",
     "16_17", "female", CSE, ctx="looked_after"), link=RO),
 E("Local child safeguarding practice review: Child BY", [
    "Child BY, a 14-year-old boy, was detained in youth custody in 2024 for robbery. He told staff there that older boys had forced him to carry drugs and knives since he was 12, and he was later assessed as a victim of child criminal exploitation.",
    [L("Learning:", ["exploited children in custody"])],
    [R("Recommendations:", ["an exploitation screen for every child entering custody"])]],
   T("Child BY", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2024", "14-year-old",
     "14.00", "11_15", "male", CCE, ctx=REMOVED), link=RO),
 E("Local child safeguarding practice review: Child CY", [
    "Child CY, a 5-year-old girl, was a young carer for her mother, who used heroin. In 2024 a teacher noticed that Child CY was hungry, dirty and often late, and a section 47 enquiry found that there was no food in the home.",
    [L("Learning:", ["very young carers"])],
    [R("Recommendations:", ["a young carers' assessment for every child of a parent in drug treatment"])]],
   T("Child CY", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2024", "5-year-old", "5.00",
     "1_5", "female", "neglect", risk="parental_substance_misuse"), link=RO),
 E("Local child safeguarding practice review: Child DY", [
    "Child DY, an 18-year-old woman with a learning disability, had been looked after until her 18th birthday. She was sexually assaulted in 2025 by a man who moved into her flat.",
    [L("Learning:", ["care leavers with a learning disability"])],
    [R("Recommendations:", ["a transition plan that starts at 16"])]],
   T("Child DY", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "18-year-old", "18.00",
     "18_plus", "female", "sexual_abuse", ctx="looked_after; disabled"), link=RO),
 E("Local child safeguarding practice review: Child EY", [
    "The review concerns the children of one family, aged between four and nine, and focuses on Child EY, the youngest, a girl aged 4, who was found in 2024 with a burn to her hand that her father had caused with an iron.",
    [L("Learning:", ["burns with a pattern"])],
    [R("Recommendations:", ["a strategy discussion for every patterned burn"])]],
   T("Child EY", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "aged 4", "4.00", "1_5",
     "female", "physical_abuse"), link=RO),
 E("Local child safeguarding practice review: Child FY", [
    "Child FY, a 12-year-old boy, received threats through an online game in 2025 from someone who said they would hurt his family unless he sent images of himself. He sent the images and later self-harmed.",
    [L("Learning:", ["online gaming and threats"])],
    [R("Recommendations:", ["online safety advice for parents of primary school children"])]],
   T("Child FY", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "12-year-old", "12.00",
     "11_15", "male", A("online_harm; self_harm_suicide", "sexual_abuse; child_sexual_exploitation; extra_familial_harm")),
   link=RO),
 E("Local child safeguarding practice review: Child GY", [
    "Child GY, a 2-year-old boy, was found in 2025 to have swallowed an ecstasy tablet at his father's flat. His father was a known drug dealer and had a history of violence towards Child GY's mother.",
    [L("Learning:", ["contact with fathers who deal drugs"])],
    [R("Recommendations:", ["police checks before every unsupervised contact arrangement"])]],
   T("Child GY", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "2-year-old", "2.00",
     "1_5", "male", A("poisoning_ingestion", "neglect"),
     risk=A("parental_criminality; domestic_abuse", "parental_substance_misuse")), link=RO),
])

# --- A summer 2026 update (text): agencies' actions, secure units, custody.
FILES["wh-update-2026-summer.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews update: summer 2026", "",
    "Case reviews added to the collection in June, July and August 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2026 – Anonymous – Child HY", [
    "Child HY, an 8-week-old boy, was found in 2024 to have 14 fractures of different ages. After a strategy discussion, an initial child protection conference placed him on a child protection plan; he was later adopted.",
    [L(LT, ["multiple fractures in babies"])],
    [R(RI, ["a skeletal survey repeated after two weeks"])]],
   T("Child HY", "unknown", "overview", "serious_harm", "2024", "8-week-old", "0.15", "under_1", "male",
     "physical_abuse", ctx=A("child_protection_plan", "looked_after")), link=RO),
 E("2026 – Anonymous – Child JY", [
    "Child JY, a 15-year-old girl, ran away from home repeatedly in 2024 and was found in a house used by men who supplied her with drugs. She had been reported to the police as missing 23 times before she died there from an overdose in 2025.",
    [L(LT, ["repeat missing episodes"])],
    [R(RI, ["a strategy discussion after the third missing episode"])]],
   T("Child JY", "unknown", "overview", "death", "2025|2024", "15-year-old", "15.00", "11_15", "female",
     ANY("poisoning_ingestion; self_harm_suicide; other; extra_familial_harm; child_sexual_exploitation")), link=RO),
 E("2026 – Anonymous – Child KY", [
    "Child KY, a 13-year-old boy with autism, was detained in a secure unit under the Mental Health Act in 2025 and was held in seclusion for most of eleven weeks.",
    [L(LT, ["autistic children in hospital"])],
    [R(RI, ["a community alternative to every long stay in a secure unit"])]],
   T("Child KY", "unknown", "overview", "serious_harm|other", "2025", "13-year-old", "13.00", "11_15", "male",
     A("", "other; physical_abuse; emotional_abuse"), ctx="disabled"), link=RO),
 E("2026 – Anonymous – Child LY", [
    "Child LY, aged 17, was convicted in 2024 of terrorism offences after sharing extremist material online. The review found that he had been groomed online by an adult in another country.",
    [L(LT, ["online radicalisation of teenagers"])],
    [R(RI, ["a Prevent referral pathway for schools"])]],
   T("Child LY", "unknown", "overview", "serious_harm|other", "", "aged 17", "17.00", "16_17", "male",
     A("other", "online_harm; extra_familial_harm; child_sexual_exploitation")), link=RO),
 E("2026 – Anonymous – Child MY", [
    "Child MY, a 10-year-old girl, and her brother, a 12-year-old boy, were taken into police protection in 2025 after their mother's partner assaulted her brother. Child MY was not injured.",
    [L(LT, ["siblings who see violence"])],
    [R(RI, ["a separate assessment of each child in a household"])]],
   T("Child MY", "unknown", "overview", "other|serious_harm", "2025", "10-year-old", "10.00", "6_10", "female",
     A("", "emotional_abuse"), ctx=REMOVED, n="1|2"), link=RO),
 E("2026 – Anonymous – Child NY", [
    "Child NY, a 6-year-old boy, was admitted to hospital in 2024 with a head injury that his mother said was caused by a fall from a bunk bed. Doctors later found it consistent with abusive head trauma.",
    [L(LT, ["explanations of injuries"])],
    [R(RI, ["a child protection medical for every head injury without a witness"])]],
   T("Child NY", "unknown", "overview", "serious_harm", "2024", "6-year-old", "6.00", "6_10", "male", HEAD), link=RO),
 E("2026 – Anonymous – Child PY", [
    "Child PY, a 16-year-old girl who was a young carer for her disabled father, was sexually abused by her father's friend in 2024; she told a school nurse.",
    [L(LT, ["young carers and adults who visit the home"])],
    [R(RI, ["a named adult in school for every young carer"])]],
   T("Child PY", "unknown", "overview", "serious_harm", "2024", "16-year-old", "16.00", "16_17", "female",
     "sexual_abuse"), link=RO),
])
