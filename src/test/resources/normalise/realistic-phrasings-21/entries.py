# Entries of the "realistic phrasings 21" set (issue 9, session 32): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: a partnership's
# briefing page "Published 17.12.24 ... focuses on a one-month-old baby who sustained non-accidental injuries in August
# 2020 ... The parents were convicted of causing or allowing serious physical harm", a partnership's "Outline" of a
# review of "the abuse and neglect of a 5 month old child by his father" whose mother had "a learning disability and a
# significant hearing impairment", the NSPCC list of 2013 ("Mother and father were convicted of manslaughter and received
# custodial sentences", "a 15-year-old girl in 2012, by her teacher"), a serious case review's introduction ("concerns a
# five month old baby who, in May 2015, was taken to the local Minor Injuries Unit"), procedures pages on children
# "subject to a child protection plan" and its categories; for the shapes of the lists, sets 1-20's sources). Only
# short generic phrases are shared with them.
# What this set leans on (kinds sets 1-20 have not pushed; each phrase grepped in sets 1-20's entries.py and
# unseen-entries.txt first, see the README):
# - AGES IN MONTHS OR WEEKS WITH A WORD ("aged eight weeks", "a baby of ten months", "eight weeks old", "a baby girl of
#   five weeks", "aged three months", "an 18-month-old boy");
# - TWO CHILDREN of different sexes and ages in one entry (a boy and his sister, a girl and her baby brother, twins):
#   the sex and age are the titled child's;
# - A PSEUDONYM after the age ('A 15-year-old, referred to as "Sam" in the review'; 'known as "Kai"'): no sex word, so
#   the sex is not stated;
# - A COURT OUTCOME YEAR ("was convicted in 2025 of", "pleaded guilty in 2025"): the incident year is the incident's,
#   or empty when only the court's year is told;
# - THE PUBLICATION YEAR beside the incident year ("The review, published in 2026, concerns ... who died in 2022");
# - CARE BY LEGAL STATUS ("accommodated under section 20", "under section 76", "a special guardianship order", "in
#   kinship care", "a residence order", "the child protection register", "a compulsory supervision order");
# - HARM TO AN ADULT of the household only (a mother assaulted, an aunt assaulted, a brother stabbed in the street):
#   the child's harm is none or emotional abuse; the adult's injury is not the child's;
# - DISABILITY AND SEND WORDS (Down syndrome, deaf and British Sign Language, cerebral palsy and non-verbal, a
#   statement of special educational needs, additional support needs, epilepsy, an EHCP for social, emotional and mental
#   health needs);
# - "NOT KNOWN TO SERVICES" and NEGATIONS ("There was no evidence of domestic abuse", "No concerns about neglect had been
#   raised", "no evidence of co-sleeping"): a negated fact is not stated;
# - A YOUNG PARENT'S AGE near the child's ("her 17-year-old mother", "His 18-year-old mother and her 17-year-old
#   partner", "her mother, aged 17, and father, aged 19");
# - the ordinary case too.
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -20 and the decisions at the head of unseen-entries.txt, unchanged): not stated
# means empty, and a negated or ruled-out fact is not stated; a code is about the child(ren) the entry describes, never
# a parent's, sibling's, carer's or perpetrator's own harm, plan, care, school, condition, outcome, sex or age; a
# parent's mental health, substance or alcohol misuse, learning disability, criminality or domestic abuse is the child's
# risk factor (a mother's partner, stepfather or stepmother accepted either way, a past history accepted either way; a
# grandparent's, a sibling's or another adult's is not; a kinship carer's partner's violence to the carer accepted either
# way); a perpetrator parent's conviction for the child's own harm is accepted as `parental_criminality` either way; a
# child's own past plan or care is coded; accidents accept `neglect`, `other` or none; a child who saw an adult of the
# household harmed and was not hurt has `emotional_abuse` or no harm, outcome `other` or `serious_harm`; the incident
# year is the year of the harm, never a court's or the review's publication year (empty when only those are told); an
# age in weeks or months is its fraction of a year to two decimals (either rounding accepted); a child named only by a
# pseudonym with no sex word is `not_stated`; a Scottish compulsory supervision order and a legal status of kinship care
# (special guardianship, residence order, "in kinship care") are `connected_carers`, accommodation under section 20
# (or the Welsh section 76) is `looked_after`; a statement of special educational needs accepts `ehcp`; the number of
# children is 1 for the child the title names, the family's count accepted when the entry tells each child's harm.
# `a|b` alternatives, `*` not scored.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from phrasing_entries import COLS, T, A, ANY, E, L, R, HEAD, STAB, WELSH_MODEL, RO  # noqa: E402,F401

ACCIDENT = A("", "neglect; other")
CONVICTED = A("", "parental_criminality")
SEEN = A("", "emotional_abuse")
WITNESS = "other|serious_harm"
CCE = A("child_criminal_exploitation", "extra_familial_harm")
CSE = A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm")
OVERDOSE = ANY("poisoning_ingestion; self_harm_suicide; other")

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

# --- An autumn 2026 case reviews update (HTML): "2026 – Anonymous – Name"; ages in weeks, a pseudonym, court years.
FILES["va-update-2026-autumn.html"] = dict(page_title="Case reviews update", html_preamble=NAV, html_footer=FOOT,
    h1="Case reviews update: autumn 2026", pubyear="2026",
    intro_html=["Case reviews added to the collection this autumn. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Anonymous – Child AQ", [
    "Child AQ, a baby girl aged eight weeks, was taken to hospital in January 2025 with a fractured skull and bleeding behind both eyes. Her mother, who was 17, had been in foster care herself; her father, aged 22, was convicted in 2026 of causing her grievous bodily harm.",
    [L(LI, ["young parents who have been in care", "fathers' care of young babies"])],
    [R(RP, ["a pre-birth assessment for every parent who has left care"])]],
   T("Child AQ", "unknown", "overview", "serious_harm", "2025", "aged eight weeks|eight weeks|baby girl aged eight weeks",
     "0.15", "under_1", "female", HEAD, risk=CONVICTED), link=RO),
 E("2026 – Anonymous – Child BQ", [
    "A 14-year-old boy, Child BQ, and his 6-year-old sister were found in 2024 living alone in the family home with little food. Their mother had been admitted to a psychiatric hospital three weeks earlier and had told no one that she had children.",
    [L(LI, ["children left alone when a parent is admitted to hospital"])],
    [R(RP, ["mental health wards to ask every adult admitted about children at home"])]],
   T("Child BQ", "unknown", "overview", "serious_harm|other", "2024", "14-year-old", "14.00", "11_15", "male",
     "neglect", risk="parental_mental_health", n="1|2"), link=RO),
 E("2026 – Anonymous – Sam", [
    "A 15-year-old, referred to as \"Sam\" in the review, died in 2024 after being stabbed near a bus station by a group of older teenagers. Sam had been permanently excluded from school in 2023 and had been reported missing several times.",
    [L(LI, ["exclusion as a point of risk", "missing episodes"])],
    [R(RP, ["a multi-agency meeting before every permanent exclusion"])]],
   T("Sam", "unknown", "overview", "death", "2024", "15-year-old", "15.00", "11_15", "not_stated", STAB,
     ctx="not_in_school"), link=RO),
 E("2026 – Anonymous – Child DQ", [
    "Child DQ, a 3-year-old boy, died in hospital in August 2022 from a head injury. His mother's partner was convicted in 2024 of his murder, and his mother was convicted of causing or allowing his death.",
    [L(LI, ["new partners in a household", "the voice of the child"])],
    [R(RP, ["checks on every new partner who moves into a home with a child on a plan"])]],
   T("Child DQ", "unknown", "overview", "death", "2022", "3-year-old", "3.00", "1_5", "male", HEAD, risk=CONVICTED),
   link=RO),
 E("2026 – Anonymous – Child EQ", [
    "Child EQ, a 7-year-old girl subject to a child protection plan under the category of neglect, was found in 2025 with dental abscesses, untreated head lice and clothes too small for her. Her father had a long history of alcohol misuse.",
    [L(LI, ["neglect on a plan", "dental neglect"])],
    [R(RP, ["dental checks in every child protection plan for neglect"])]],
   T("Child EQ", "unknown", "overview", "serious_harm|other", "2025", "7-year-old", "7.00", "6_10", "female",
     "neglect", risk="parental_alcohol_misuse", ctx="child_protection_plan"), link=RO),
 E("2026 – Anonymous – Child FQ", [
    "Child FQ, aged 4, was in the flat in 2024 when her mother's partner assaulted her mother, who was taken to hospital with a fractured cheekbone. Child FQ was not injured. The partner had a history of violence to previous partners.",
    [L(LI, ["the child in the room", "previous partners' accounts"])],
    [R(RP, ["a welfare visit to the children at every domestic abuse incident"])]],
   T("Child FQ", "unknown", "overview", WITNESS, "2024", "aged 4|4", "4.00", "1_5", "female", SEEN,
     risk=A("domestic_abuse", "parental_criminality")), link=RO),
 E("2026 – Anonymous – Child GQ", [
    "Child GQ, a 10-month-old boy, died unexpectedly in his cot in 2025; no cause of death was found. There was no evidence of domestic abuse or of parental drug use, and no concerns about neglect had been raised by the health visitor.",
    [L(LI, ["unexplained deaths of infants"])],
    [R(RP, ["support for bereaved parents through the child death review"])]],
   T("Child GQ", "unknown", "overview", "death", "2025", "10-month-old", "0.83", "under_1", "male",
     A("", "sudden_unexpected_infant_death")), link=RO),
 E("2026 – Anonymous – Child HQ", [
    "Child HQ, a 12-year-old boy with Down syndrome who had an education, health and care plan, was found in 2024 with bruising to his back after his father hit him with a belt. His older sister, 17, had been in foster care since 2021.",
    [L(LI, ["disabled children and physical chastisement"])],
    [R(RP, ["a body map for every bruise to a disabled child"])]],
   T("Child HQ", "unknown", "overview", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "male",
     "physical_abuse", ctx="disabled; ehcp"), link=RO),
])

# --- A 2026 list (text): "Month YYYY – Anonymous – Child X", a lead sentence, "Background:", "Issues identified
# include:"; months with a word, legal statuses, court years, negations.
FILES["vb-list-2026-background.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews published in 2026", "",
    "A chronological list of case reviews published in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("September 2026 – Anonymous – Child AR", [
    "Death of an 18-month-old boy in 2025 from dehydration and malnutrition.",
    "Background: Child AR had been accommodated under section 20 as a baby and returned home to his mother in 2024. His mother had a learning disability and had been offered no advocate.",
    [L("Issues identified include:", ["returning babies home from care", "parents with a learning disability"], style="semi-noand")],
    [R("Recommendations include:", ["an advocate for every parent with a learning disability"])],
    "Keywords: neglect, learning disability"],
   T("Child AR", "unknown", "overview", "death", "2025", "18-month-old", "1.50", "1_5", "male", "neglect",
     risk="parental_learning_disability", ctx="looked_after"), link=RO),
 E("August 2026 – Anonymous – Child BR", [
    "Sexual abuse of a 12-year-old girl by her stepfather, who was convicted in 2025 and sentenced to 14 years.",
    "Background: Child BR was not known to services before she told a friend's mother. Her mother had no history of mental illness and there was no evidence of domestic abuse in the household.",
    [L("Issues identified include:", ["children who tell a friend's parent"], style="semi-noand")],
    [R("Recommendations include:", ["advice to parents on what to do when a child's friend discloses"])],
    "Keywords: sexual abuse, disclosure"],
   T("Child BR", "unknown", "overview", "serious_harm", "", "12-year-old", "12.00", "11_15", "female", "sexual_abuse",
     risk=CONVICTED), link=RO),
 E("July 2026 – Anonymous – Child CR", [
    "Serious injury of a baby of seven months in 2024 who was found to have a fractured femur and bruising to her ear.",
    "Background: her parents were both 19; her father had been cautioned for possessing cannabis. There was no evidence of domestic abuse.",
    [L("Issues identified include:", ["bruising in non-mobile babies"], style="semi-noand")],
    [R("Recommendations include:", ["a child protection medical for every bruise to a baby's ear"])],
    "Keywords: physical abuse, young parents"],
   T("Child CR", "unknown", "overview", "serious_harm", "2024", "a baby of seven months|baby of seven months|seven months",
     "0.58", "under_1", "female", "physical_abuse", risk=A("", "parental_criminality; parental_substance_misuse")),
   link=RO),
 E("June 2026 – Anonymous – Child DR", [
    "Neglect of twins, a boy and a girl aged 3, discovered in 2024 when the girl, Child DR, was admitted to hospital weighing less than she had at her first birthday.",
    "Background: the twins had lived with their grandmother under a special guardianship order since 2022; the grandmother, aged 68, had dementia.",
    [L("Issues identified include:", ["support for older special guardians"], style="semi-noand")],
    [R("Recommendations include:", ["an annual review of every special guardianship order for a child under 5"])],
    "Keywords: neglect, special guardianship"],
   T("Child DR", "unknown", "overview", "serious_harm|other", "2024", "aged 3|3", "3.00", "1_5", "female", "neglect",
     ctx="connected_carers", n="1|2"), link=RO),
 E("May 2026 – Anonymous – Child ER", [
    "Emotional harm to a 13-year-old boy who saw his older brother, aged 19, stabbed in the street outside the family home in 2024. His brother survived.",
    "Background: Child ER had stopped going to school after the attack and had been referred to the child and adolescent mental health service.",
    [L("Issues identified include:", ["the siblings of victims of violence"], style="semi-noand")],
    [R("Recommendations include:", ["trauma support for every child who sees a stabbing"])],
    "Keywords: knife crime, trauma"],
   T("Child ER", "unknown", "overview", WITNESS, "2024", "13-year-old", "13.00", "11_15", "male",
     A("", "emotional_abuse; extra_familial_harm"), ctx=A("", "not_in_school")), link=RO),
 E("April 2026 – Anonymous – Child FR", [
    "Death of a 16-year-old girl in 2023 from an overdose of her mother's prescribed medication. The review was published in 2026.",
    "Background: Child FR had autism and had lived in kinship care with her aunt since 2020. Her mother had bipolar disorder.",
    [L("Issues identified include:", ["autistic girls and suicide risk", "kinship carers' support"], style="semi-noand")],
    [R("Recommendations include:", ["a safety plan for every autistic young person who has self-harmed"])],
    "Keywords: suicide, autism"],
   T("Child FR", "unknown", "overview", "death", "2023", "16-year-old", "16.00", "16_17", "female", OVERDOSE,
     risk="parental_mental_health", ctx=A("connected_carers", "disabled")), link=RO),
 E("March 2026 – Anonymous – Child GR", [
    "Death of a 4-week-old boy in 2025 who was found unresponsive on a sofa where he had fallen asleep with his father.",
    "Background: his 16-year-old mother lived with her own mother; his father, 18, had been drinking that evening.",
    [L("Issues identified include:", ["safer sleep advice to young fathers"], style="semi-noand")],
    [R("Recommendations include:", ["safer sleep advice to every parent under 20"])],
    "Keywords: sudden unexpected death in infancy, teenage parents"],
   T("Child GR", "unknown", "overview", "death", "2025", "4-week-old", "0.08", "under_1", "male",
     A("sudden_unexpected_infant_death", "neglect"), risk=A("co_sleeping", "parental_alcohol_misuse")), link=RO),
])

# --- A January 2026 repository month (text): numbered titles, "Ethnicity:" lines.
FILES["vc-monthly-2026-repository.txt"] = dict(pubyear="2026|", month="2026-01", preamble=[
    "NSPCC Repository – January 2026",
    "In January 2026 eight case reviews were added to the NSPCC Repository. A summary of each follows (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child safeguarding practice review: Jordan (overview report)", [
    "A 14-year-old, referred to as \"Jordan\" in this review, was groomed online by an adult man and sexually abused in 2024. Jordan's mother had been a victim of domestic abuse by Jordan's father, who left the family in 2020.",
    "Ethnicity: White British.",
    [L(LI, ["online grooming", "children of parents who have separated after domestic abuse"])],
    [R(RI, ["online safety sessions for parents as well as children"])]],
   T("Jordan", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "14-year-old", "14.00",
     "11_15", "not_stated", ANY("sexual_abuse; online_harm; child_sexual_exploitation; extra_familial_harm"),
     risk=A("", "domestic_abuse"), eth="White British"), link=ORO),
 E("2. Child safeguarding practice review: Child BS (overview report)", [
    "Child BS, a 2-year-old girl, died from multiple injuries. Her mother and her mother's partner were convicted in 2025 of causing or allowing her death.",
    "Ethnicity: White and Black Caribbean.",
    [L(LI, ["injuries to toddlers", "mothers' new partners"])],
    [R(RI, ["a strategy discussion for every injury to a child under 3 on a plan"])]],
   T("Child BS", "child_safeguarding_practice_review", "overview", "death", "", "2-year-old", "2.00", "1_5", "female",
     "physical_abuse", risk=CONVICTED, eth="White and Black Caribbean|Mixed White and Black Caribbean"), link=ORO),
 E("3. Child safeguarding practice review: Child CS (executive summary)", [
    "Child CS, a 9-year-old deaf boy who used British Sign Language, told a teacher in 2024 that his uncle had sexually abused him. Professionals had spoken to him through his mother for two years.",
    "Ethnicity: Pakistani.",
    [L(LI, ["deaf children's voice", "interpreters"])],
    [R(RI, ["a qualified interpreter for every conversation with a deaf child"])]],
   T("Child CS", "child_safeguarding_practice_review", "executive_summary", "serious_harm", "2024", "9-year-old",
     "9.00", "6_10", "male", "sexual_abuse", ctx="disabled", eth="Pakistani"), link=ORE),
 E("4. Child safeguarding practice review: Child DS (overview report)", [
    "Death of a 5-month-old boy in 2025 from a head injury. The family was not known to services; his father, aged 30, was convicted of manslaughter in 2026.",
    [L(LI, ["families not known to services", "fathers' voices"])],
    [R(RI, ["information about coping with crying for every new father"])]],
   T("Child DS", "child_safeguarding_practice_review", "overview", "death", "2025", "5-month-old", "0.42", "under_1",
     "male", HEAD, risk=CONVICTED), link=ORO),
 E("5. Child safeguarding practice review: Child ES (overview report)", [
    "Child ES, a 15-year-old girl living in a children's home, was sexually exploited by a group of men in 2024 and was found in a hotel room in another city.",
    "Ethnicity: White British.",
    [L(LI, ["children's homes and exploitation", "hotels"])],
    [R(RI, ["training for hotel staff on signs of exploitation"])]],
   T("Child ES", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "15-year-old", "15.00",
     "11_15", "female", CSE, ctx="looked_after", eth="White British"), link=ORO),
 E("6. Child safeguarding practice review: Child FS (overview report)", [
    "Serious injury of Child FS, a 6-year-old girl, and her brother, aged 11 months, who were both found in 2024 to have fractures. Their father had a history of depression.",
    "Ethnicity: Black African.",
    [L(LI, ["injuries to more than one child in a family"])],
    [R(RI, ["a skeletal survey of every sibling under 2 after a child's fracture"])]],
   T("Child FS", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "6-year-old", "6.00",
     "6_10", "female", "physical_abuse", risk="parental_mental_health", eth="Black African", n="1|2"), link=ORO),
 E("7. Child safeguarding practice review: Child GS (overview report)", [
    "Child GS, aged three months, died in 2025 after being shaken by his father. His father, 24, had himself been subject to a child protection plan as a child.",
    [L(LI, ["fathers who were harmed as children"])],
    [R(RI, ["a history of the father's own childhood in every pre-birth assessment"])]],
   T("Child GS", "child_safeguarding_practice_review", "overview", "death", "2025", "aged three months|three months",
     "0.25", "under_1", "male", HEAD), link=ORO),
 E("8. Child safeguarding practice review: Child HS (overview report)", [
    "Child HS, an 8-year-old boy in kinship care with his grandparents, was found in 2025 to have been emotionally abused by his grandfather, who called him worthless and made him eat alone. No concerns about his care had been raised by his school.",
    "Ethnicity: White Irish.",
    [L(LI, ["kinship carers' own histories"])],
    [R(RI, ["support for every kinship carer at the start of a placement"])]],
   T("Child HS", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2025", "8-year-old", "8.00",
     "6_10", "male", "emotional_abuse", ctx="connected_carers", eth="White Irish|Irish"), link=ORO),
])

# --- Welsh child practice reviews of 2026 (text), the model line.
FILES["vd-wales-2026-practice-reviews.txt"] = dict(pubyear="2026", preamble=[
    "Child practice reviews published in 2026", "",
    "Child practice reviews published by the regional safeguarding boards in Wales in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("January 2026 – Anonymous – Child AP", [
    "An extended child practice review concerning Child AP, a baby of ten months, who was found in 2024 to have burns to both hands from being held against a radiator by his mother's partner.",
    [L("Learning:", ["burns with a pattern", "men in the household"])],
    WELSH_MODEL,
    "Keywords: burns, physical abuse"],
   T("Child AP", "child_practice_review", "overview", "serious_harm", "2024", "a baby of ten months|baby of ten months|ten months",
     "0.83", "under_1", "male", "physical_abuse"), link=RO),
 E("February 2026 – Anonymous – Child BP", [
    "A concise child practice review concerning Child BP, a 13-year-old boy, and his sister, aged 8, who were both neglected by their mother, who misused alcohol. In 2024 Child BP was found to have been missing school to look after his sister.",
    [L("Learning:", ["young carers", "alcohol and neglect"])],
    WELSH_MODEL,
    "Keywords: neglect, young carers"],
   T("Child BP", "child_practice_review", "overview", "serious_harm|other", "2024", "13-year-old", "13.00", "11_15",
     "male", "neglect", risk="parental_alcohol_misuse", ctx=A("", "not_in_school"), n="1|2"), link=RO),
 E("March 2026 – Anonymous – Child DP", [
    "A concise child practice review concerning Child DP, aged 15, who had been accommodated under section 76 since 2023. In 2024 she went missing from her placement and was found to have been sexually exploited by adult men.",
    [L("Learning:", ["missing from care"])],
    WELSH_MODEL,
    "Keywords: child sexual exploitation, looked after children"],
   T("Child DP", "child_practice_review", "overview", "serious_harm", "2024", "aged 15|15", "15.00", "11_15", "female",
     CSE, ctx="looked_after"), link=RO),
 E("April 2026 – Anonymous – Child EP", [
    "An extended child practice review concerning Child EP, a 10-year-old boy with cerebral palsy who was non-verbal, who was found in 2025 to have pressure sores and to have lost a fifth of his weight. His parents had stopped taking him to hospital appointments.",
    [L("Learning:", ["disabled children's health appointments"])],
    WELSH_MODEL,
    "Keywords: neglect, disability"],
   T("Child EP", "child_practice_review", "overview", "serious_harm", "2025", "10-year-old", "10.00", "6_10", "male",
     "neglect", ctx="disabled"), link=RO),
 E("May 2026 – Anonymous – Child FP", [
    "A concise child practice review. Child FP, a 16-year-old referred to in the review as \"Ellie\", took her own life in 2024. Ellie's father had used heroin for many years and her mother worked nights.",
    [L("Learning:", ["young people's suicide", "parental drug use"])],
    WELSH_MODEL,
    "Keywords: suicide, substance misuse"],
   T("Child FP", "child_practice_review", "overview", "death", "2024", "16-year-old", "16.00", "16_17", "female",
     "self_harm_suicide", risk="parental_substance_misuse"), link=RO),
 E("June 2026 – Anonymous – Child GP", [
    "A concise child practice review concerning Child GP, a 6-year-old girl who died in 2025 from sepsis after a chest infection. The review found no evidence of neglect, and no concerns had been raised about her care; her mother, aged 25, had sought medical help the day before.",
    [L("Learning:", ["out-of-hours advice to parents"])],
    WELSH_MODEL,
    "Keywords: sepsis, health"],
   T("Child GP", "child_practice_review", "overview", "death", "2025", "6-year-old", "6.00", "6_10", "female",
     "|other"), link=RO),
 E("July 2026 – Anonymous – Child HP", [
    "A concise child practice review concerning Child HP, aged 2, who was found in 2024 with cigarette burns to his arms. His 18-year-old mother and her 17-year-old partner lived with his maternal grandmother.",
    [L("Learning:", ["young parents in a grandparent's home"])],
    WELSH_MODEL,
    "Keywords: burns, young parents"],
   T("Child HP", "child_practice_review", "overview", "serious_harm", "2024", "aged 2|2", "2.00", "1_5", "male",
     "physical_abuse", ctx=A("", "connected_carers")), link=RO),
])

# --- Scottish learning reviews of 2026 (HTML): "2026 – Anonymous – Name", "Read the review".
FILES["ve-scotland-2026-learning-reviews.html"] = dict(page_title="Learning reviews published in 2026",
    html_preamble=NAV, html_footer=FOOT, h1="Learning reviews published in Scotland, 2026", pubyear="2026",
    intro_html=["Learning reviews published by child protection committees in 2026. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Anonymous – Child AN", [
    "A learning review concerning Child AN, aged seven weeks, who was found in 2025 with a fractured arm and rib fractures. Her mother, aged 17, and father, aged 19, lived with the paternal grandparents.",
    [L("Learning:", ["young parents in a grandparents' home"])],
    [R(RI, ["a pre-birth plan that includes the grandparents"])]],
   T("Child AN", "learning_review", "unknown", "serious_harm", "2025", "aged seven weeks|seven weeks", "0.13|0.14",
     "under_1", "female", "physical_abuse"), link=RREV),
 E("2026 – Anonymous – Child BN", [
    "A learning review concerning Child BN, a 17-year-old boy on a compulsory supervision order at home, who died in 2024 from a drug overdose in a friend's flat. His mother had been in prison for most of his childhood.",
    [L("Learning:", ["young people on supervision orders at home"])],
    [R(RI, ["a drug and alcohol worker for every young person on a supervision order who uses drugs"])]],
   T("Child BN", "learning_review", "unknown", "death", "2024", "17-year-old", "17.00", "16_17", "male", OVERDOSE,
     risk="parental_criminality", ctx=A("", "looked_after")), link=RREV),
 E("2026 – Anonymous – Child CN", [
    "Child CN, an 18-month-old girl whose name was on the child protection register, was found in 2024 to have swallowed cannabis sweets left within her reach by her mother.",
    [L("Learning:", ["cannabis edibles in the home"])],
    [R(RI, ["advice on storing cannabis products for every parent on a plan"])]],
   T("Child CN", "learning_review|unknown", "unknown", "serious_harm", "2024", "18-month-old", "1.50", "1_5", "female",
     A("poisoning_ingestion", "neglect"), risk="parental_substance_misuse", ctx="child_protection_plan"), link=RREV),
 E("2026 – Anonymous – Child DN", [
    "A learning review concerning Child DN, a 12-year-old boy with autism and additional support needs, who was restrained face down by staff at his school in 2024 and suffered a broken collarbone.",
    [L("Learning:", ["restraint in schools"])],
    [R(RI, ["a record of every restraint in a school"])]],
   T("Child DN", "learning_review", "unknown", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "male",
     A("", "physical_abuse; other"), ctx="disabled"), link=RREV),
 E("2026 – Anonymous – Child EN", [
    "Child EN, a 15-year-old girl, died in 2025 by suicide. She had not been known to services and there were no concerns about her family; the review looked at her use of social media.",
    [L("Learning:", ["young people not known to services"])],
    [R(RI, ["suicide prevention in every secondary school"])]],
   T("Child EN", "learning_review|unknown", "unknown", "death", "2025", "15-year-old", "15.00", "11_15", "female",
     A("self_harm_suicide", "online_harm")), link=RREV),
 E("2026 – Anonymous – Child FN", [
    "Child FN, a 9-year-old girl, and her 4-year-old brother were removed from their mother's care in 2023 after police found them in a house with no heating, no beds and dog faeces on the floors. The review, published in 2025, looked at the years from 2019.",
    [L("Learning:", ["chronic neglect", "drift"])],
    [R(RI, ["a chronology in every case of neglect lasting more than a year"])]],
   T("Child FN", "learning_review|unknown", "unknown", "serious_harm|other", "2023", "9-year-old", "9.00", "6_10",
     "female", "neglect", ctx=A("", "looked_after"), n="1|2"), link=RREV),
 E("2026 – Anonymous – Child GN", [
    "A learning review concerning Child GN, aged 10, who lived in kinship care with his aunt. In 2024 his aunt's husband assaulted her in front of him; Child GN was not injured and ran to a neighbour.",
    [L("Learning:", ["domestic abuse in kinship households"])],
    [R(RI, ["checks on every adult in a kinship household"])]],
   T("Child GN", "learning_review", "unknown", WITNESS, "2024", "aged 10|10", "10.00", "6_10", "male", SEEN,
     risk=A("", "domestic_abuse"), ctx="connected_carers"), link=RREV),
])

# --- Northern Irish case management reviews of 2026 (text).
FILES["vf-ni-2026-case-management.txt"] = dict(pubyear="2026", preamble=[
    "Case management reviews published in 2026", "",
    "Executive summaries of case management reviews published in Northern Ireland in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("January 2026 – Anonymous – Child AM", [
    "A case management review concerning Child AM, a baby boy who was 11 weeks old when he was found in 2024 to have a bleed on the brain and fractured ribs.",
    [L("Learning:", ["injuries to babies who cannot move"])],
    [R("Recommendations:", ["a medical for every injury to a baby under six months"])]],
   T("Child AM", "case_management_review", "overview", "serious_harm", "2024",
     "who was 11 weeks old|was 11 weeks old|11 weeks old", "0.21", "under_1", "male", HEAD), link=RO),
 E("February 2026 – Anonymous – Child BM", [
    "A case management review concerning Child BM, a 5-year-old boy whose name had been on the child protection register since 2022 under the category of physical abuse, who was admitted to hospital in 2024 with a fractured jaw.",
    [L("Learning:", ["injuries to children on the register"])],
    [R("Recommendations:", ["a strategy discussion for every injury to a child on the register"])]],
   T("Child BM", "case_management_review", "overview", "serious_harm", "2024", "5-year-old", "5.00", "1_5", "male",
     "physical_abuse", ctx="child_protection_plan"), link=RO),
 E("March 2026 – Anonymous – Child CM", [
    "A case management review concerning Child CM, a 13-year-old girl, who was raped in March 2023 by a 19-year-old man she had met online; he was convicted in 2025.",
    [L("Learning:", ["online contact with adults"])],
    [R("Recommendations:", ["online safety education from the first year of post-primary school"])]],
   T("Child CM", "case_management_review", "overview", "serious_harm", "2023", "13-year-old", "13.00", "11_15",
     "female", A("sexual_abuse", "online_harm; extra_familial_harm; child_sexual_exploitation")), link=RO),
 E("April 2026 – Anonymous – Child DM", [
    "A case management review concerning Child DM, a 2-year-old girl, who was in the house in 2024 when her father stabbed her mother, who survived. Child DM was found unhurt in her cot.",
    [L("Learning:", ["very young children at a domestic abuse incident"])],
    [R("Recommendations:", ["a referral for every child present at a serious assault"])]],
   T("Child DM", "case_management_review", "overview", WITNESS, "2024", "2-year-old", "2.00", "1_5", "female", SEEN,
     risk=A("domestic_abuse", "parental_criminality")), link=RO),
 E("May 2026 – Anonymous – Child EM", [
    "A case management review concerning Child EM, a 16-year-old boy with a statement of special educational needs and a learning disability, who was assaulted by a group of older youths in 2025 and filmed; the film was shared online.",
    [L("Learning:", ["disabled young people and peer violence"])],
    [R("Recommendations:", ["safety planning for disabled young people in the community"])]],
   T("Child EM", "case_management_review", "overview", "serious_harm", "2025", "16-year-old", "16.00", "16_17", "male",
     ANY("extra_familial_harm; physical_abuse; online_harm"), ctx=A("disabled", "ehcp")), link=RO),
 E("June 2026 – Anonymous – Child FM", [
    "A case management review concerning Child FM, aged 6 months, who died in her sleep in 2024. There was no evidence of co-sleeping, and no concerns about drug or alcohol use had been raised.",
    [L("Learning:", ["unexplained infant deaths"])],
    [R("Recommendations:", ["support for every family after an infant death"])]],
   T("Child FM", "case_management_review", "overview", "death", "2024", "aged 6 months|6 months", "0.50", "under_1",
     "female", A("", "sudden_unexpected_infant_death")), link=RO),
 E("July 2026 – Anonymous – Child GM", [
    "A case management review concerning Child GM, a 7-year-old boy who had lived with his grandparents under a residence order since 2021 because of his mother's drug use. In 2024 he was found to have been sexually abused by a lodger.",
    [L("Learning:", ["lodgers in kinship households"])],
    [R("Recommendations:", ["a check on every adult who lodges with a kinship carer"])]],
   T("Child GM", "case_management_review", "overview", "serious_harm", "2024", "7-year-old", "7.00", "6_10", "male",
     A("sexual_abuse", "extra_familial_harm"), risk=A("", "parental_substance_misuse"), ctx="connected_carers"),
   link=RO),
])

# --- A partnership's local reviews of 2026 (text).
FILES["vg-partnership-local-reviews-2026.txt"] = dict(pubyear="2026", preamble=[
    "Local child safeguarding practice reviews 2026", "",
    "Summaries of the local reviews the partnership published in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("Local child safeguarding practice review: Child AL", [
    "Child AL was born in May 2024 and was eight weeks old when she was admitted to hospital with a fractured skull and rib fractures. Her mother, 20, had been known to children's services as a teenager.",
    [L("Learning:", ["young mothers known to services"])],
    [R("Recommendations:", ["a pre-birth assessment for every mother known to services as a child"])]],
   T("Child AL", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "eight weeks old", "0.15",
     "under_1", "female", HEAD), link=RO),
 E("Local child safeguarding practice review: Kai", [
    "A 16-year-old, known as \"Kai\", died in 2024 after being stabbed in a park. Kai had an education, health and care plan for autism and had been out of school since 2022.",
    [L("Learning:", ["autistic young people and exploitation"])],
    [R("Recommendations:", ["an exploitation screen for every child with a plan who is out of school"])]],
   T("Kai", "child_safeguarding_practice_review", "overview", "death", "2024", "16-year-old", "16.00", "16_17",
     "not_stated", STAB, ctx=A("ehcp; not_in_school", "disabled")), link=RO),
 E("Local child safeguarding practice review: Child CL", [
    "Child CL, a 9-year-old girl with Down syndrome, was found in 2025 to be severely underweight. Her mother, who had a learning disability, had not taken her to medical appointments for two years.",
    [L("Learning:", ["disabled children's health", "parents with a learning disability"])],
    [R("Recommendations:", ["a named nurse for every disabled child who misses appointments"])]],
   T("Child CL", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "9-year-old", "9.00",
     "6_10", "female", "neglect", risk="parental_learning_disability", ctx="disabled"), link=RO),
 E("Local child safeguarding practice review: Child DL", [
    "Child DL, aged 3, lived with her maternal aunt under a special guardianship order. In 2024 the aunt's partner hit Child DL with a shoe, leaving bruises to her face.",
    [L("Learning:", ["special guardians' partners"])],
    [R("Recommendations:", ["checks on every new partner of a special guardian"])]],
   T("Child DL", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "aged 3|3", "3.00", "1_5",
     "female", "physical_abuse", ctx="connected_carers"), link=RO),
 E("Local child safeguarding practice review: Child EL", [
    "Child EL, a 6-week-old boy, died from a head injury. His father pleaded guilty in 2025 to manslaughter and was sentenced to eight years.",
    [L("Learning:", ["fathers of newborn babies"])],
    [R("Recommendations:", ["a coping with crying programme in every maternity unit"])]],
   T("Child EL", "child_safeguarding_practice_review", "overview", "death", "", "6-week-old", "0.11|0.12", "under_1",
     "male", HEAD, risk=CONVICTED), link=RO),
 E("Local child safeguarding practice review: Child FL", [
    "The review concerns two children: Child FL, a 15-year-old girl, and her half-brother, aged 4. In 2024 Child FL told her school that her stepfather had been touching her; her half-brother was then found to have bruises to his back.",
    [L("Learning:", ["older children's disclosures", "all the children in a household"])],
    [R("Recommendations:", ["a medical for every younger child after a sibling discloses abuse"])]],
   T("Child FL", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "15-year-old", "15.00",
     "11_15", "female|mixed", A("sexual_abuse", "physical_abuse"), n="1|2"), link=RO),
 E("Local child safeguarding practice review: Child GL", [
    "Child GL, a 13-year-old boy, took an overdose in 2025 and survived. There was no evidence that he had been bullied. His mother had been treated for depression and his father had been in prison.",
    [L("Learning:", ["boys who self-harm"])],
    [R("Recommendations:", ["a mental health assessment after every overdose"])]],
   T("Child GL", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "13-year-old", "13.00",
     "11_15", "male", A("self_harm_suicide", "poisoning_ingestion"),
     risk="parental_mental_health; parental_criminality"), link=RO),
 E("Local child safeguarding practice review: Child HL", [
    "Child HL, a 1-year-old boy subject to a child in need plan, drowned in a paddling pool in the garden in 2025 while his mother was inside the house.",
    [L("Learning:", ["water safety in gardens"])],
    [R("Recommendations:", ["water safety advice at every child in need visit in the summer"])]],
   T("Child HL", "child_safeguarding_practice_review", "overview", "death", "2025", "1-year-old", "1.00", "1_5", "male",
     ACCIDENT, ctx="child_in_need_plan"), link=RO),
])

# --- A spring 2026 update (text): "2026 – Anonymous – Name".
FILES["vh-update-2026-spring.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews update: spring 2026", "",
    "Case reviews added to the collection in March, April and May 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2026 – Anonymous – Child AK", [
    "Child AK, an 11-month-old girl, and her brother, a 4-year-old boy, were removed from home in 2025 after Child AK was found with a fractured leg and her brother with bruising to his ears.",
    [L(LT, ["injuries to siblings"])],
    [R(RI, ["a medical for every sibling of an injured baby"])]],
   T("Child AK", "unknown", "overview", "serious_harm", "2025", "11-month-old", "0.92", "under_1", "female",
     "physical_abuse", ctx=A("", "looked_after"), n="1|2"), link=RO),
 E("2026 – Anonymous – Ruby", [
    "\"Ruby\", as the review calls her, was 13 when she was sexually exploited by a group of men in 2024. Ruby's mother had been asking for help since Ruby began going missing.",
    [L(LT, ["parents as partners in tackling exploitation"])],
    [R(RI, ["a named contact for every parent of a child at risk of exploitation"])]],
   T("Ruby", "unknown", "overview", "serious_harm", "2024", "was 13|13", "13.00", "11_15", "female", CSE), link=RO),
 E("2026 – Anonymous – Child CK", [
    "The review, published in 2026, concerns Child CK, a 7-year-old boy who died in 2022 from starvation. His mother was convicted in 2024 of his manslaughter.",
    [L(LT, ["children removed from school to be educated at home"])],
    [R(RI, ["a visit to every child withdrawn from school"])]],
   T("Child CK", "unknown", "overview", "death", "2022", "7-year-old", "7.00", "6_10", "male", "neglect",
     risk=CONVICTED), link=RO),
 E("2026 – Anonymous – Child DK", [
    "Child DK, aged 16 and accommodated under section 20 at the request of her mother, went missing from supported lodgings in 2025 and was found in a flat with older men.",
    [L(LT, ["supported lodgings for 16 and 17-year-olds"])],
    [R(RI, ["a missing-from-care protocol for every supported lodging"])]],
   T("Child DK", "unknown", "overview", "serious_harm|other", "2025", "aged 16|16", "16.00", "16_17", "female",
     ANY("child_sexual_exploitation; sexual_abuse; extra_familial_harm") + "|", ctx="looked_after"), link=RO),
 E("2026 – Anonymous – Child EK", [
    "Child EK, a 10-year-old boy with epilepsy and a learning disability, lived with his mother, who was repeatedly assaulted by her partner; in 2024 the partner broke the mother's jaw while Child EK was in the room.",
    [L(LT, ["disabled children and domestic abuse"])],
    [R(RI, ["a domestic abuse plan that includes a disabled child's needs"])]],
   T("Child EK", "unknown", "overview", WITNESS, "2024", "10-year-old", "10.00", "6_10", "male", SEEN,
     risk=A("domestic_abuse", "parental_criminality"), ctx="disabled"), link=RO),
 E("2026 – Anonymous – Child FK", [
    "Child FK, a 3-year-old boy, drowned in a neighbour's pond in 2025. No concerns about neglect had been raised by his nursery, and there was no evidence of parental drug or alcohol use.",
    [L(LT, ["water in neighbours' gardens"])],
    [R(RI, ["water safety advice to every family with a child under 5"])]],
   T("Child FK", "unknown", "overview", "death", "2025", "3-year-old", "3.00", "1_5", "male", ACCIDENT), link=RO),
 E("2026 – Anonymous – Child GK", [
    "Child GK, a baby girl of five weeks, died in 2024 after her 17-year-old mother fell asleep with her on a sofa. Her mother had left foster care a year earlier.",
    [L(LT, ["safer sleep and care leavers"])],
    [R(RI, ["safer sleep advice from every leaving care worker"])]],
   T("Child GK", "unknown", "overview", "death", "2024",
     "a baby girl of five weeks|baby girl of five weeks|of five weeks|five weeks", "0.10", "under_1", "female",
     A("sudden_unexpected_infant_death", "neglect"), risk="co_sleeping"), link=RO),
 E("2026 – Anonymous – Child HK", [
    "Child HK, a 14-year-old boy with an education, health and care plan for social, emotional and mental health needs, was criminally exploited in 2025 and was arrested in another county with cocaine. His older sister, 19, had been in care.",
    [L(LT, ["exploitation of children with plans"])],
    [R(RI, ["an exploitation screen at every annual review of a plan"])]],
   T("Child HK", "unknown", "overview", "serious_harm|other", "2025", "14-year-old", "14.00", "11_15", "male", CCE,
     ctx=A("ehcp", "disabled")), link=RO),
])
