# Entries of the "realistic phrasings 20" set (issue 9, session 31): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: the NSPCC yearly
# lists of 2013, 2014 and 2017 with their lead sentences, "Background:" and "Key issues:" lines ("Mother and father were
# convicted", a second cousin who pleaded guilty, "Maternal history of mental illness"), the NSPCC "New in the
# collection" update of 2025 (a baby's death told through the mother's fall and the father's past as a violent
# offender), the NSPCC repository month of May 2021 ("Both parents had a history of alcohol and drug misuse",
# "Ethnicity and nationality not stated"), the 2018 list ("a 12-year-old girl and her 11-year-old sister", "three
# siblings"), the UEA/NSPCC study of neglect with its composite vignette ("Three older siblings in the household") and
# research pages on Roma families and children's services; for the shapes of the lists, sets 1-19's sources). Only
# short generic phrases are shared with them.
# What this set leans on (kinds sets 1-19 have not pushed; each phrase grepped in sets 1-19's entries.py and
# unseen-entries.txt first: "second eldest", "nephew", "Ugandan", "Lithuanian", "Syrian", "Zimbabwean", "kneel",
# "withheld", "in his 40s", "told a midwife", "step-grandmother", "alongside a review of" are in none; "Romany",
# "Ghanaian", "Afghan", "Romanian", "made to stand", "killed her mother", "British Indian" are in unseen-entries.txt only;
# "middle child", "in his 30s", "great-aunt", "stepsister" in one to four sets, here in new sentences):
# - AGES IN A LIST of siblings with the entry's child named after it by order ("the middle child", "the eldest", "the
#   youngest", "the second", "the second eldest") or by name: the child's own age is the list's member at that place;
# - A CHRONOLOGY of years where the incident is the LAST step ("In 2022 ... referred; in 2023 ... moved; in March 2024
#   he was found ..."): the incident year is the last step's;
# - A DATE OF BIRTH with only a month and a year, and a later incident year without a month: the age is one of two
#   whole years (accepted either way), the band the one they share (or either when they span two);
# - THE CHILD'S OWN drug use, offending, self-harm or mental health beside a parent's: the child's are never a parental
#   risk factor;
# - RELATIVES whose sex is only in the relation word (half-brother, stepsister, nephew, great-aunt, step-grandmother,
#   stepbrother) beside a child whose sex is not stated (not_stated), or a child whose sex is only in the relation word
#   ("the 13-year-old nephew of" -> male);
# - ETHNICITY told as a nationality or a heritage ("is Ugandan", "a Romany Gypsy family", "from a Romanian family", "an
#   Afghan boy", "from a Syrian refugee family", "The family is Zimbabwean");
# - HARM TOLD ONLY BY ACTS (restrained, locked in, made to kneel, withheld meals, kept in a pushchair) without the harm
#   word;
# - DOMESTIC ABUSE TOLD BY ONE EVENT in another year ("had told a health visitor in 2022 ... that his father had pushed
#   her down the stairs", "had disclosed to her GP in 2018 that ... had raped her");
# - A PARENT KILLED BY THE OTHER PARENT (or a partner): the child's harm is what happened to the child; the killing is
#   domestic abuse, never the child's death;
# - ADULTS' AGES beside the child's ("his mother, aged 19", "her partner, in his 30s", "her father, aged 52");
# - TWO REVIEWS' FACTS in one entry (a linked review of a sibling or cousin: the sibling's death, burns, adoption or age
#   are not the child's);
# - the ordinary case too: the child's own facts first, then a sibling's (ua #8, uc #7, ud #7, ue #8, ug #8).
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -19, unchanged): not stated means empty, and a negated or ruled-out fact is not
# stated; a code is about the child(ren) the entry describes, never a parent's, sibling's, cousin's, carer's or
# perpetrator's own harm, plan, care, school, condition, outcome, sex or age; a parent's mental health, substance or
# alcohol misuse, learning disability, criminality or domestic abuse is the child's risk factor (a mother's partner,
# stepfather or stepmother accepted either way, a past history accepted either way; a grandparent's, a sibling's or
# another adult's is not); the child's own drug use, offending, self-harm or mental health is never a parental risk
# factor; a parent or partner who kills or hurts the other parent is `domestic_abuse` (the killer's criminality accepted
# either way), and the other parent's death is never the child's outcome; a child's own past plan or care is coded; a
# span over years accepts either end (or none); accidents and hazards accept `neglect`, `other` or none; a child harmed
# only by acts (restraint with seclusion, food withheld, made to kneel or stand, locked in) has at least one of
# `physical_abuse`, `emotional_abuse`, `neglect`; an age given in a list of siblings is no age text of the child (text
# not scored), the years and band the named child's place in the list gives; an age told only by a month-and-year date
# of birth is no exact age (years empty or either whole year the dates allow, the band they fix, either band when they
# span two); ethnicity told as a nationality or heritage is that word ("Ugandan", "Romany Gypsy"), the census group
# accepted; the number of children is 1 for the child the title names, the family's count accepted when the entry tells
# each child's harm. `a|b` alternatives, `*` not scored.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from phrasing_entries import COLS, T, A, ANY, E, L, R, HEAD, STAB, WELSH_MODEL, RO  # noqa: E402,F401

ACCIDENT = A("", "neglect; other")
FOSTER = "looked_after; foster_care|foster_care"
ACTS = ANY("physical_abuse; emotional_abuse; neglect")
KILLED = A("domestic_abuse", "parental_criminality")
CCE = A("child_criminal_exploitation", "extra_familial_harm")

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

# --- A winter 2026 case reviews update (HTML): "2026 – Area – Name"; sibling lists, chronologies, acts.
FILES["ua-update-2026-winter.html"] = dict(page_title="Case reviews update", html_preamble=NAV, html_footer=FOOT,
    h1="Case reviews update: winter 2026", pubyear="2026",
    intro_html=["Case reviews added to the collection this winter. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Anonymous – Child AV", [
    "Three brothers, aged 9, 6 and 2, were found living in a flat with no electricity in February 2025. The middle child, Child AV, had a dislocated shoulder that had not been treated and weighed less than his younger brother. Their mother, aged 26, was dependent on crack cocaine.",
    [L(LI, ["sibling groups living without heating or power", "untreated injuries"])],
    [R(RP, ["a home visit when a family's energy supply is cut off"])]],
   T("Child AV", "unknown", "overview", "serious_harm", "2025", "*", "6.00", "6_10", "male", "neglect",
     risk="parental_substance_misuse", n="1|3"), link=RO),
 E("2026 – Anonymous – Child BV", [
    "Child BV, a 13-year-old girl, moved with her father to the area in 2021. In 2022 her school referred her to children's services after she said that he hit her; in 2023 she was placed with foster carers for six months and then returned home. In April 2024 she was found with a broken wrist and bruising to her neck, and her father was charged with assault.",
    [L(LI, ["returning children home from care", "teenagers' disclosures"])],
    [R(RP, ["a review of every return home within three months"])]],
   T("Child BV", "unknown", "overview", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "female",
     "physical_abuse", risk=A("", "parental_criminality"), ctx=FOSTER), link=RO),
 E("2026 – Anonymous – Child CV", [
    "Child CV (born March 2012) was found in 2025 to have been sexually abused by her stepfather over two years. Her mother, 34, had been treated for depression, and Child CV had told a school counsellor that she was frightened to go home.",
    [L(LI, ["children who say they are frightened to go home"])],
    [R(RP, ["school counsellors to share worries with the designated safeguarding lead"])]],
   T("Child CV", "unknown", "overview", "serious_harm", "2025|2023|", "*", "|12.00|13.00", "11_15", "female",
     "sexual_abuse", risk=A("parental_mental_health", "parental_criminality")), link=RO),
 E("2026 – Anonymous – Child DV", [
    "Child DV, a 16-year-old boy, died in 2024 after taking ketamine and drinking vodka at a friend's house. He had used cannabis daily since he was 13 and had been arrested twice for possession. His mother had a long history of depression.",
    [L(LI, ["teenagers' drug use", "parents with depression"])],
    [R(RP, ["drug education that includes ketamine"])]],
   T("Child DV", "unknown", "overview", "death", "2024", "16-year-old", "16.00", "16_17", "male",
     A("", "poisoning_ingestion; other"), risk="parental_mental_health"), link=RO),
 E("2026 – Anonymous – Child EV", [
    "Child EV, aged 7, was taken to hospital in 2025 with burns to both hands. The great-aunt who looked after Child EV said they had been caused by a kettle. A half-brother, aged 15, later told police that the great-aunt had held Child EV's hands under the hot tap.",
    [L(LI, ["burns with a pattern", "listening to older siblings"])],
    [R(RP, ["a child protection medical for every burn to both hands"])]],
   T("Child EV", "unknown", "overview", "serious_harm", "2025", "aged 7|7", "7.00", "6_10", "not_stated",
     "physical_abuse", ctx=A("", "connected_carers")), link=RO),
 E("2026 – Anonymous – Child FV", [
    "Child FV, a 2-year-old boy, died in 2024 after falling into a garden pond while his father was asleep on the sofa. The family is Lithuanian and had moved to the town in 2023.",
    [L(LI, ["water in gardens", "supervision of toddlers"])],
    [R(RP, ["home safety advice in the family's own language"])]],
   T("Child FV", "unknown", "overview", "death", "2024", "2-year-old", "2.00", "1_5", "male", "neglect|",
     eth="Lithuanian|White Lithuanian|White Other"), link=RO),
 E("2026 – Anonymous – Child GV", [
    "Child GV, a 10-year-old boy, was made to stand in the hallway for hours at a time, had meals withheld as a punishment and was locked in a cupboard under the stairs by his mother and her partner. This came to light in 2025 when he told a teacher he was hungry.",
    [L(LI, ["children who say they are hungry"])],
    [R(RP, ["a strategy discussion when a child says food is withheld"])]],
   T("Child GV", "unknown", "overview", "serious_harm|other", "2025", "10-year-old", "10.00", "6_10", "male", ACTS),
   link=RO),
 E("2026 – Anonymous – Child HV", [
    "Child HV, a 5-year-old girl, was taken to hospital in March 2025 with a fractured arm and bruises to her face after her father hit her. She had been on a child in need plan since 2024. Her older brother, 12, had been excluded from school and was known to the youth justice service.",
    [L(LI, ["child in need plans and physical abuse"])],
    [R(RP, ["a review of every child in need plan after an injury"])]],
   T("Child HV", "unknown", "overview", "serious_harm", "2025", "5-year-old", "5.00", "1_5", "female",
     "physical_abuse", ctx="child_in_need_plan"), link=RO),
])

# --- A 2025 list (text): "Month YYYY – Area – Child X", a lead sentence, "Background:", "Issues identified include:";
# domestic abuse told by one event, a parent killed, linked reviews, adults' ages.
FILES["ub-list-2025-background.txt"] = dict(pubyear="2025", preamble=[
    "Case reviews published in 2025", "",
    "A chronological list of case reviews published in 2025. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2025 – Anonymous – Child AW", [
    "Serious injury of a 6-month-old boy in 2024 who was found to have a fractured skull and rib fractures.",
    "Background: his mother, aged 20, had told a health visitor in 2022, during an earlier pregnancy, that his father had pushed her down the stairs. The father had a conviction for burglary.",
    [L("Issues identified include:", ["disclosures made in an earlier pregnancy", "fathers' histories"], style="semi-noand")],
    [R("Recommendations include:", ["health visitors to carry a disclosure forward to the next pregnancy"])],
    "Keywords: physical abuse, domestic abuse"],
   T("Child AW", "unknown", "overview", "serious_harm", "2024", "6-month-old", "0.50", "under_1", "male", HEAD,
     risk="domestic_abuse; parental_criminality"), link=RO),
 E("November 2025 – Anonymous – Child BW", [
    "Emotional harm to a 9-year-old girl whose father killed her mother at the family home in 2023 while she was upstairs.",
    "Background: her father, in his 40s, had been reported to the police by a neighbour in 2019 after a row in the street; no action was taken. Child BW now lives with her maternal grandparents.",
    [L("Issues identified include:", ["children in the home at a domestic homicide"], style="semi-noand")],
    [R("Recommendations include:", ["support for every child bereaved by a domestic homicide"])],
    "Keywords: domestic homicide, bereavement"],
   T("Child BW", "unknown", "overview", "other|serious_harm", "2023", "9-year-old", "9.00", "6_10", "female",
     "emotional_abuse|", risk=KILLED, ctx=A("", "connected_carers")), link=RO),
 E("October 2025 – Anonymous – Child CW", [
    "Death of a 3-month-old girl in 2024 from a head injury. The review was held alongside a review of her 2-year-old half-brother, who had been found in 2021 with burns to his feet and was adopted in 2022.",
    "Background: her mother's partner, aged 23, was convicted of her murder. The mother had misused cannabis since her teens.",
    [L("Issues identified include:", ["new partners after a child is adopted"], style="semi-noand")],
    [R("Recommendations include:", ["a pre-birth assessment when an older child has been adopted"])],
    "Keywords: head injury, adoption"],
   T("Child CW", "unknown", "overview", "death", "2024", "3-month-old", "0.25", "under_1", "female", HEAD,
     risk=A("parental_substance_misuse", "parental_criminality"), n="1|2"), link=RO),
 E("September 2025 – Anonymous – Child DW", [
    "Serious neglect of a 14-month-old boy in 2023, who was found in his cot with severe nappy rash and dehydration.",
    "Background: his mother, aged 19, had been a care leaver; her partner, in his 30s, had several convictions for drug supply.",
    [L("Issues identified include:", ["young mothers leaving care", "older partners"], style="semi-noand")],
    [R("Recommendations include:", ["leaving care teams to ask about a young parent's partner"])],
    "Keywords: neglect, care leavers"],
   T("Child DW", "unknown", "overview", "serious_harm|other", "2023", "14-month-old", "1.17", "1_5", "male",
     "neglect", risk=A("", "parental_criminality")), link=RO),
 E("August 2025 – Anonymous – Child EW", [
    "Death of a 15-year-old girl in 2024 by suicide.",
    "Background: Child EW had self-harmed since the age of 12, had been cautioned for shoplifting in 2023 and had been seen by the child and adolescent mental health service for an eating disorder. Her father had a history of drug misuse.",
    [L("Issues identified include:", ["eating disorders and suicide risk"], style="semi-noand")],
    [R("Recommendations include:", ["a safety plan for every young person who has self-harmed"])],
    "Keywords: suicide, eating disorders"],
   T("Child EW", "unknown", "overview", "death", "2024", "15-year-old", "15.00", "11_15", "female",
     "self_harm_suicide", risk="parental_substance_misuse"), link=RO),
 E("July 2025 – Anonymous – Child FW", [
    "Neglect of four children, aged 11, 8, 5 and 3, discovered in 2024 when the police found them alone in a house without food.",
    "Background: the second child, Child FW, a girl, had not been to school for a year and was caring for her younger siblings. Their mother was in prison for fraud.",
    [L("Issues identified include:", ["children left alone when a parent is imprisoned"], style="semi-noand")],
    [R("Recommendations include:", ["prisons to ask who is caring for a new prisoner's children"])],
    "Keywords: neglect, parental imprisonment"],
   T("Child FW", "unknown", "overview", "serious_harm|other", "2024", "*", "8.00", "6_10", "female", "neglect",
     risk="parental_criminality", ctx="not_in_school", n="1|4"), link=RO),
 E("June 2025 – Anonymous – Child GW", [
    "Criminal exploitation of Child GW (born November 2008), who was arrested in a flat in another county in 2024 with heroin and cash.",
    "Background: he had been excluded from school in 2022 and went missing 14 times in 2023. His older brother had been stabbed in 2021.",
    [L("Issues identified include:", ["missing episodes and exploitation"], style="semi-noand")],
    [R("Recommendations include:", ["a return home interview after every missing episode"])],
    "Keywords: county lines, exclusion"],
   T("Child GW", "unknown", "overview", "serious_harm|other", "2024", "*", "|15.00|16.00", "11_15|16_17|unknown",
     "male", CCE, ctx="not_in_school"), link=RO),
])

# --- Welsh child practice reviews of 2025 (text), the model line.
FILES["uc-wales-2025-practice-reviews.txt"] = dict(pubyear="2025", preamble=[
    "Child practice reviews published in 2025", "",
    "Child practice reviews published by the regional safeguarding boards in Wales in 2025. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("January 2025 – Anonymous – Child AX", [
    "A concise child practice review. Two sisters and a brother, aged 14, 11 and 9, lived with their father, who drank heavily. In June 2024 the eldest, Child AX, took an overdose of paracetamol; she was treated in hospital and has recovered.",
    [L("Learning:", ["children of fathers who drink"])],
    WELSH_MODEL,
    "Keywords: overdose, alcohol"],
   T("Child AX", "child_practice_review", "overview", "serious_harm", "2024", "*", "14.00", "11_15", "female",
     A("self_harm_suicide", "poisoning_ingestion"), risk="parental_alcohol_misuse", n="1|3"), link=RO),
 E("February 2025 – Anonymous – Child BX", [
    "An extended child practice review concerning Child BX, a boy of 15. In 2021 he was permanently excluded from school; in 2022 he was placed on a child protection plan for neglect; in 2023 he was reported missing nine times. In February 2024 he was found with stab wounds in a park in another town.",
    [L("Learning:", ["exclusion and exploitation"])],
    WELSH_MODEL,
    "Keywords: serious youth violence, exclusion"],
   T("Child BX", "child_practice_review", "overview", "serious_harm", "2024", "a boy of 15|boy of 15|of 15|15",
     "15.00", "11_15", "male", STAB + "|" + A("extra_familial_harm; neglect", "physical_abuse") + "|physical_abuse; neglect",
     ctx="not_in_school; child_protection_plan"), link=RO),
 E("March 2025 – Anonymous – Child CX", [
    "A concise child practice review. Child CX, a 12-year-old boy, was stabbed in the arm in October 2024 when he tried to stop his stepfather attacking his mother; his mother died of her injuries. The stepfather, aged 45, had a conviction for assaulting a former partner.",
    [L("Learning:", ["children who try to protect a parent"])],
    WELSH_MODEL,
    "Keywords: domestic homicide, knife crime"],
   T("Child CX", "child_practice_review", "overview", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "male",
     "physical_abuse", risk=KILLED), link=RO),
 E("April 2025 – Anonymous – Child DX", [
    "A concise child practice review concerning Child DX, a 7-month-old girl from a Romanian family, who was found to have a fractured femur in 2024. Her parents spoke little English and no interpreter was used at health visits.",
    [L("Learning:", ["interpreters at health visits"])],
    WELSH_MODEL,
    "Keywords: physical abuse, interpreters"],
   T("Child DX", "child_practice_review", "overview", "serious_harm", "2024", "7-month-old", "0.58", "under_1",
     "female", "physical_abuse", eth="Romanian|White Romanian|White Other"), link=RO),
 E("May 2025 – Anonymous – Child EX", [
    "An extended child practice review. Child EX, aged 3, died in March 2025 from a head injury inflicted by her mother's boyfriend, aged 24. The mother, 21, had told a midwife in 2021, while pregnant with Child EX, that Child EX's father had choked her.",
    [L("Learning:", ["a new partner soon after a relationship ends"])],
    WELSH_MODEL,
    "Keywords: head injury, domestic abuse"],
   T("Child EX", "child_practice_review", "overview", "death", "2025", "aged 3|3", "3.00", "1_5", "female", HEAD,
     risk=A("domestic_abuse", "parental_criminality")), link=RO),
 E("June 2025 – Anonymous – Child FX", [
    "A concise child practice review concerning Child FX, an 11-year-old girl with a learning disability, whose foster carers restrained her by sitting on her, locked her in her bedroom at night and withheld meals when she wet the bed. This came to light in 2024.",
    [L("Learning:", ["restraint by carers", "disabled children in foster care"])],
    WELSH_MODEL,
    "Keywords: foster care, disability"],
   T("Child FX", "child_practice_review", "overview", "serious_harm|other", "2024", "11-year-old", "11.00", "11_15",
     "female", ACTS, ctx=A("disabled; foster_care", "looked_after")), link=RO),
 E("July 2025 – Anonymous – Child GX", [
    "A concise child practice review concerning Child GX, a 6-year-old boy, who was seriously injured in 2025 when he was hit by a car while walking alone to school. He had missed half of the school year. His older sister had been on a child protection plan for neglect in 2020.",
    [L("Learning:", ["young children walking alone", "school absence"])],
    WELSH_MODEL,
    "Keywords: road traffic collision, neglect"],
   T("Child GX", "child_practice_review", "overview", "serious_harm", "2025", "6-year-old", "6.00", "6_10", "male",
     ACCIDENT, ctx="|not_in_school"), link=RO),
])

# --- Scottish learning reviews of 2025 (HTML): "2025 – Anonymous – Name", "Read the review"; relation words,
# nationalities, dates of birth.
FILES["ud-scotland-2025-learning-reviews.html"] = dict(page_title="Learning reviews published in 2025",
    html_preamble=NAV, html_footer=FOOT, h1="Learning reviews published in Scotland, 2025", pubyear="2025",
    intro_html=["Learning reviews published by child protection committees in 2025. Invented for testing: no real child, family or place."],
    entries=[
 E("2025 – Anonymous – Child AY", [
    "A learning review concerning Child AY, the 13-year-old nephew of the family's landlord, who was sexually abused in 2024 by a friend of the landlord who stayed at the house.",
    [L("Learning:", ["adults who stay in a child's home"])],
    [R(RI, ["checks on every adult who stays in a home with a child on a plan"])]],
   T("Child AY", "learning_review", "unknown", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "male",
     A("sexual_abuse", "extra_familial_harm")), link=RREV),
 E("2025 – Anonymous – Child BY", [
    "A learning review concerning Child BY, aged 5, and the stepsister who looked after Child BY after school. In 2024 the stepsister, 16, was found to have hit Child BY with a belt; Child BY told a teacher.",
    [L("Learning:", ["older siblings as carers"])],
    [R(RI, ["guidance for parents on leaving children with older siblings"])]],
   T("Child BY", "learning_review", "unknown", "serious_harm", "2024", "aged 5|5", "5.00", "1_5", "not_stated",
     "physical_abuse"), link=RREV),
 E("2025 – Anonymous – Child CY", [
    "Child CY (born July 2019) was admitted to hospital in 2024 with scalds to her legs from a bath; the review found that her mother's partner had held her in the water.",
    [L("Learning:", ["scalds with a tide mark"])],
    [R(RI, ["a child protection medical for every scald to both legs"])]],
   T("Child CY", "learning_review|unknown", "unknown", "serious_harm", "2024", "*", "|4.00|5.00", "1_5", "female",
     "physical_abuse"), link=RREV),
 E("2025 – Anonymous – Child DY", [
    "A learning review concerning Child DY, a 15-year-old Afghan boy who arrived in Scotland alone in 2023 and was found working in a cannabis farm in 2024.",
    [L("Learning:", ["unaccompanied children and trafficking"])],
    [R(RI, ["a guardian for every unaccompanied child on arrival"])]],
   T("Child DY", "learning_review", "unknown", "serious_harm|other", "2024", "15-year-old", "15.00", "11_15", "male",
     CCE, ctx=A("", "looked_after"), eth="Afghan|Afghani"), link=RREV),
 E("2025 – Anonymous – Child EY", [
    "Child EY, a 14-year-old girl, was found in 2025 after being missing for three days; she had been drinking and had been sexually assaulted. She had an eating disorder, had self-harmed and had been cautioned for criminal damage. Her father was in prison for a driving offence.",
    [L("Learning:", ["girls missing from home"])],
    [R(RI, ["a return interview after every missing episode"])]],
   T("Child EY", "learning_review|unknown", "unknown", "serious_harm", "2025", "14-year-old", "14.00", "11_15",
     "female", ANY("sexual_abuse; extra_familial_harm; child_sexual_exploitation")
     + "|" + "|".join(x + "; self_harm_suicide" for x in ANY("sexual_abuse; extra_familial_harm; child_sexual_exploitation").split("|")),
     risk="parental_criminality"), link=RREV),
 E("2025 – Anonymous – Child FY", [
    "Child FY, a 9-year-old boy, moved between three primary schools between 2021 and 2023. In 2022 he was referred to social work for poor attendance; in 2023 a neighbour reported that he was often left alone. In January 2024 he was found in the family home with his mother, who had died of an overdose some days earlier.",
    [L("Learning:", ["children who move school often"])],
    [R(RI, ["a check on every child who moves school twice in two years"])]],
   T("Child FY", "learning_review|unknown", "unknown", "serious_harm|other", "2024", "9-year-old", "9.00", "6_10",
     "male", "neglect", risk=A("", "parental_substance_misuse"), ctx="|not_in_school"), link=RREV),
 E("2025 – Anonymous – Child GY", [
    "A learning review concerning Child GY, a 16-year-old girl who took her own life in 2024 while living in a residential unit. Her younger brother, 12, had autism and had been placed in foster care.",
    [L("Learning:", ["young people in residential care"])],
    [R(RI, ["a mental health assessment on admission to a residential unit"])]],
   T("Child GY", "learning_review", "unknown", "death", "2024", "16-year-old", "16.00", "16_17", "female",
     "self_harm_suicide", ctx="looked_after"), link=RREV),
])

# --- Northern Irish case management reviews of 2025 (text).
FILES["ue-ni-2025-case-management.txt"] = dict(pubyear="2025", preamble=[
    "Case management reviews published in 2025", "",
    "Executive summaries of case management reviews published in Northern Ireland in 2025. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("January 2025 – Anonymous – Child AZ", [
    "A case management review concerning Child AZ, a 4-year-old boy, who was found in May 2024 with a fractured arm and old bruising. It was carried out alongside a review of his sister, who had died in 2019 aged 7 weeks.",
    [L("Learning:", ["a child's death as a reason to watch the next child"])],
    [R("Recommendations:", ["a plan for every child born after a sibling's unexplained death"])]],
   T("Child AZ", "case_management_review", "overview", "serious_harm", "2024", "4-year-old", "4.00", "1_5", "male",
     "physical_abuse", n="1|2"), link=RO),
 E("February 2025 – Anonymous – Child BZ", [
    "A case management review concerning Child BZ, a 15-year-old girl, whose mother was killed by her father in 2023. Child BZ found her mother's body. She began to self-harm and was admitted to a psychiatric unit in 2024.",
    [L("Learning:", ["children bereaved by a domestic homicide"])],
    [R("Recommendations:", ["trauma support for every child bereaved by a homicide"])]],
   T("Child BZ", "case_management_review", "overview", "serious_harm|other", "2023|2024", "15-year-old", "15.00",
     "11_15", "female", A("", "self_harm_suicide; emotional_abuse"), risk=KILLED), link=RO),
 E("March 2025 – Anonymous – Child CZ", [
    "A case management review concerning Child CZ, aged 2, who was found in 2024 to have swallowed her father's methadone. Her father, aged 38, was on a methadone programme; her mother, aged 17, had been in care.",
    [L("Learning:", ["safe storage of methadone"])],
    [R("Recommendations:", ["lockable boxes for every methadone prescription in a home with children"])]],
   T("Child CZ", "case_management_review", "overview", "serious_harm", "2024", "aged 2|2", "2.00", "1_5", "female",
     A("poisoning_ingestion", "neglect"), risk="parental_substance_misuse"), link=RO),
 E("April 2025 – Anonymous – Child DZ", [
    "A case management review following the death of Child DZ, a 17-year-old boy, who was killed in 2024 when the car he was driving without a licence crashed. He had convictions for theft and had misused cannabis; his father had been in prison for drug dealing.",
    [L("Learning:", ["young men who offend"])],
    [R("Recommendations:", ["a youth justice plan that includes driving"])]],
   T("Child DZ", "case_management_review", "overview", "death", "2024", "17-year-old", "17.00", "16_17", "male",
     ACCIDENT, risk="parental_criminality"), link=RO),
 E("May 2025 – Anonymous – Child EZ", [
    "A case management review concerning the three children of one family, aged 12, 10 and 4. In 2024 their mother's partner was found to have sexually abused the two older girls; the second, Child EZ, was the one who told a teacher.",
    [L("Learning:", ["disclosures by one child about another"])],
    [R("Recommendations:", ["an interview with every child in the home after a disclosure"])]],
   T("Child EZ", "case_management_review", "overview", "serious_harm", "2024", "*", "10.00", "6_10", "female",
     "sexual_abuse", risk=A("", "parental_criminality"), n="1|2|3"), link=RO),
 E("June 2025 – Anonymous – Child FZ", [
    "A case management review concerning Child FZ, a 7-year-old boy, whose father made him kneel on rice, shaved his head as a punishment and kept him in the garden shed overnight in winter. A neighbour called the police in 2025.",
    [L("Learning:", ["punishments that leave no mark"])],
    [R("Recommendations:", ["training on harsh punishment for school staff"])]],
   T("Child FZ", "case_management_review", "overview", "serious_harm|other", "2025", "7-year-old", "7.00", "6_10",
     "male", ACTS), link=RO),
 E("July 2025 – Anonymous – Child GZ", [
    "A case management review concerning Child GZ, aged 14, who lived with a great-aunt after the death of both parents. In 2024 the great-aunt's partner was convicted of sexually abusing Child GZ over three years.",
    [L("Learning:", ["kinship carers' partners"])],
    [R("Recommendations:", ["checks on every partner of a kinship carer"])]],
   T("Child GZ", "case_management_review", "overview", "serious_harm", "2024|2021|", "aged 14|14", "14.00", "11_15",
     "not_stated", "sexual_abuse", ctx=A("", "connected_carers")), link=RO),
 E("August 2025 – Anonymous – Child HZ", [
    "A case management review concerning Child HZ, a 1-year-old girl, who was found in 2024 with a bite mark and burns on her back. Her mother had bipolar disorder and her father had been cautioned for possessing cannabis. Her older brother, 9, was on a child in need plan and had been excluded from school.",
    [L("Learning:", ["bite marks"])],
    [R("Recommendations:", ["a medical for every bite mark on a baby or toddler"])]],
   T("Child HZ", "case_management_review", "overview", "serious_harm", "2024", "1-year-old", "1.00", "1_5", "female",
     "physical_abuse", risk=A("parental_mental_health", "parental_criminality; parental_substance_misuse")),
   link=RO),
])

# --- A November 2025 repository month (text): numbered titles, "Ethnicity:" lines or the ethnicity in the summary.
FILES["uf-monthly-2025-repository.txt"] = dict(pubyear="2025|", month="2025-11", preamble=[
    "NSPCC Repository – November 2025",
    "In November 2025 eight case reviews were added to the NSPCC Repository. A summary of each follows (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child safeguarding practice review: Child AT (overview report)", [
    "Death of a 6-week-old girl in 2024 who was found unresponsive in her parents' bed after her father had drunk heavily. Her mother had told a midwife in 2022 that he had slapped her during an argument. The family is Ghanaian.",
    [L(LI, ["safer sleep after drinking"])],
    [R(RI, ["safer sleep advice to fathers as well as mothers"])]],
   T("Child AT", "child_safeguarding_practice_review", "overview", "death", "2024", "6-week-old", "0.11|0.12",
     "under_1", "female", A("sudden_unexpected_infant_death", "neglect"),
     risk=A("co_sleeping; domestic_abuse", "parental_alcohol_misuse"), eth="Ghanaian|Black African|Black Ghanaian"),
   link=ORO),
 E("2. Child safeguarding practice review: Child BT (overview report)", [
    "Neglect of a 3-year-old boy who lived with his parents, a Romany Gypsy family, on a private site. He was found in 2025 to have tooth decay so severe that twelve teeth had to be removed, and he had not seen a dentist or a health visitor since birth.",
    [L(LI, ["health services for Gypsy and Traveller families"])],
    [R(RI, ["outreach health visiting to private sites"])]],
   T("Child BT", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2025", "3-year-old", "3.00",
     "1_5", "male", "neglect",
     eth="Romany Gypsy|Romany|Gypsy|White Gypsy or Irish Traveller|Gypsy/Traveller|Gypsy or Irish Traveller"),
   link=ORO),
 E("3. Child safeguarding practice review: Child CT (executive summary)", [
    "Child CT, a 10-year-old girl, was sexually abused by her mother's new partner in 2024. Her mother had disclosed to her GP in 2018 that Child CT's father had raped her; he was never charged.",
    "Ethnicity: British Indian.",
    [L(LI, ["a mother's disclosure as a warning for her children"])],
    [R(RI, ["GPs to consider the children when a patient discloses rape by a partner"])]],
   T("Child CT", "child_safeguarding_practice_review", "executive_summary", "serious_harm", "2024", "10-year-old",
     "10.00", "6_10", "female", "sexual_abuse", risk="domestic_abuse", eth="British Indian|Indian"), link=ORE),
 E("4. Child safeguarding practice review: Child DT (overview report)", [
    "Death of a 16-year-old boy in 2025 who was found hanged at his home. He had been arrested for robbery weeks earlier, had been using cocaine and had been referred to the child and adolescent mental health service for anxiety. His mother had schizophrenia.",
    "Ethnicity: Black British.",
    [L(LI, ["arrest as a point of suicide risk"])],
    [R(RI, ["a mental health screen for every child in police custody"])]],
   T("Child DT", "child_safeguarding_practice_review", "overview", "death", "2025", "16-year-old", "16.00", "16_17",
     "male", "self_harm_suicide", risk="parental_mental_health", eth="Black British"), link=ORO),
 E("5. Child safeguarding practice review: Child ET (overview report)", [
    "Child ET, a 5-year-old boy, was found in 2024 at home with his mother, who had been strangled by his father. Child ET was not physically hurt but had been alone with her body for a day. The family is Zimbabwean.",
    [L(LI, ["children present at a domestic homicide"])],
    [R(RI, ["a welfare check on the children whenever a parent cannot be contacted"])]],
   T("Child ET", "child_safeguarding_practice_review", "overview", "other|serious_harm", "2024", "5-year-old", "5.00",
     "1_5", "male", A("", "emotional_abuse; neglect"), risk=KILLED,
     eth="Zimbabwean|Black African|Black Zimbabwean"), link=ORO),
 E("6. Child safeguarding practice review: Child FT (overview report)", [
    "Serious injury of a 9-month-old girl in 2024 who suffered a skull fracture when her father, aged 52, dropped her while drunk. Her mother, 18, had been in foster care until shortly before the birth.",
    "Ethnicity: White British.",
    [L(LI, ["older fathers who drink", "young mothers leaving care"])],
    [R(RI, ["alcohol advice in every new parent's plan"])]],
   T("Child FT", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "9-month-old", "0.75",
     "under_1", "female", A("", "neglect; other; physical_abuse; non_accidental_head_injury"),
     risk="parental_alcohol_misuse", eth="White British"), link=ORO),
 E("7. Child safeguarding practice review: Child GT (overview report)", [
    "Child GT, an 8-year-old boy, was beaten with a stick in 2025 by his father, who said it was discipline. Child GT is Ugandan and had arrived in England a year earlier.",
    [L(LI, ["physical chastisement and culture"])],
    [R(RI, ["information for newly arrived parents on the law on physical punishment"])]],
   T("Child GT", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "8-year-old", "8.00",
     "6_10", "male", "physical_abuse", eth="Ugandan|Black African|Black Ugandan"), link=ORO),
 E("8. Child safeguarding practice review: Child HT (overview report)", [
    "Serious injury of a 2-year-old boy in 2024 who was found to have fractures to his ribs, reviewed together with the death of his cousin, a 6-month-old girl, in the same house in 2023. Both children lived with their grandmother.",
    "Ethnicity: Pakistani.",
    [L(LI, ["a second injury in the same household"])],
    [R(RI, ["a safeguarding plan for every child in a household where a child has died"])]],
   T("Child HT", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "2-year-old", "2.00", "1_5",
     "male", "physical_abuse", ctx=A("", "connected_carers"), n="1|2", eth="Pakistani"), link=ORO),
])

# --- A partnership's local reviews of 2025 (text).
FILES["ug-partnership-local-reviews-2025.txt"] = dict(pubyear="2025", preamble=[
    "Local child safeguarding practice reviews 2025", "",
    "Summaries of the local reviews the partnership published in 2025. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("Local child safeguarding practice review: Child AU", [
    "The four children, aged 15, 12, 7 and 3, had been on child protection plans for neglect since 2022, in a family known to children's services since 2017. In November 2024 the youngest, Child AU, was taken to hospital with a head injury; his mother said he had fallen from a bunk bed, but he had a bleed on the brain and fractured ribs.",
    [L("Learning:", ["injuries in children on plans for neglect"])],
    [R("Recommendations:", ["a medical for every injury to a child on a plan"])]],
   T("Child AU", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "*", "3.00", "1_5", "male",
     HEAD + "|" + "|".join(x + "; neglect" for x in HEAD.split("|")), ctx="child_protection_plan", n="1|4"), link=RO),
 E("Local child safeguarding practice review: Child BU", [
    "Child BU, a 17-year-old girl, had been known to services since 2019. In 2020 she was excluded from school; in 2022 she moved into supported accommodation after leaving foster care. In August 2024 she was found dead in her flat after an overdose of heroin.",
    [L("Learning:", ["young people leaving care early"])],
    [R("Recommendations:", ["a personal adviser for every young person in supported accommodation"])]],
   T("Child BU", "child_safeguarding_practice_review", "overview", "death", "2024", "17-year-old", "17.00", "16_17",
     "female", ANY("poisoning_ingestion; self_harm_suicide; other"),
     ctx=A("foster_care", "looked_after; not_in_school")), link=RO),
 E("Local child safeguarding practice review: Child CU", [
    "Child CU (date of birth: December 2020) died in hospital in 2024 after drowning in the bath while her mother was on the phone downstairs.",
    [L("Learning:", ["bath safety"])],
    [R("Recommendations:", ["bath safety advice at every health visitor contact until age 4"])]],
   T("Child CU", "child_safeguarding_practice_review", "overview", "death", "2024", "*", "|3.00|4.00", "1_5", "female",
     "neglect|"), link=RO),
 E("Local child safeguarding practice review: Child DU", [
    "Child DU, a 13-year-old boy with a diagnosis of ADHD, was excluded from school in 2024 after assaulting a teacher and was later found to have been made to carry drugs for an older man. He had been smoking cannabis since he was 11. His father drank heavily and his mother had been treated for anxiety.",
    [L("Learning:", ["exclusion and exploitation"])],
    [R("Recommendations:", ["an exploitation screen before every permanent exclusion"])]],
   T("Child DU", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2024", "13-year-old",
     "13.00", "11_15", "male", CCE, risk="parental_alcohol_misuse; parental_mental_health",
     ctx=A("not_in_school", "disabled")), link=RO),
 E("Local child safeguarding practice review: Child EU", [
    "Child EU, a 4-year-old girl, was kept in a pushchair for most of the day, was fed only bread and milk, and was shouted at and slapped when she cried. Her nursery raised concerns in 2024.",
    [L("Learning:", ["the lived experience of young children"])],
    [R("Recommendations:", ["nursery staff to record what a child eats"])]],
   T("Child EU", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2024", "4-year-old", "4.00",
     "1_5", "female", ACTS), link=RO),
 E("Local child safeguarding practice review: Child FU", [
    "Child FU, a 2-year-old boy, was admitted to hospital in 2025 with a fractured skull. His father had been arrested in 2020 for assaulting a previous girlfriend, and his mother had once told a GP that he had pushed her while she was pregnant.",
    [L("Learning:", ["fathers with a history of violence to partners"])],
    [R("Recommendations:", ["GPs to record a disclosure of violence in pregnancy on the baby's record"])]],
   T("Child FU", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "2-year-old", "2.00", "1_5",
     "male", HEAD, risk=A("domestic_abuse", "parental_criminality")), link=RO),
 E("Local child safeguarding practice review: Child GU", [
    "Child GU, aged 11, was at home in 2024 when her mother, aged 33, was stabbed to death by her former partner, a man in his 50s who was not Child GU's father. Child GU ran to a neighbour for help.",
    [L("Learning:", ["risk from former partners"])],
    [R("Recommendations:", ["a safety plan for the children of every high-risk victim"])]],
   T("Child GU", "child_safeguarding_practice_review", "overview", "other|serious_harm", "2024", "aged 11|11",
     "11.00", "11_15", "female", A("", "emotional_abuse"), risk=KILLED), link=RO),
 E("Local child safeguarding practice review: Child HU", [
    "Child HU, a 15-year-old boy, was stabbed in 2025 by a boy from a neighbouring estate and survived. He had an education, health and care plan and had been excluded from school. His younger sister, 11, was a young carer for their mother, who had multiple sclerosis.",
    [L("Learning:", ["serious youth violence"])],
    [R("Recommendations:", ["a plan for every excluded child with an education, health and care plan"])]],
   T("Child HU", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "15-year-old", "15.00",
     "11_15", "male", STAB, ctx="ehcp; not_in_school"), link=RO),
])

# --- A spring 2025 update (text): "2025 – Area – Name".
FILES["uh-update-2025-spring.txt"] = dict(pubyear="2025", preamble=[
    "Case reviews update: spring 2025", "",
    "Case reviews added to the collection in March, April and May 2025. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2025 – Anonymous – Child AL", [
    "Child AL, a 14-year-old girl, was sexually exploited in 2024 by men she met through her older brother's friends. A separate review in 2022 looked at the death of her brother, who died aged 17 after being stabbed.",
    [L(LT, ["the sisters of young people harmed by violence"])],
    [R(RI, ["a plan for the siblings of every young person killed"])]],
   T("Child AL", "unknown", "overview", "serious_harm", "2024", "14-year-old", "14.00", "11_15", "female",
     A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm")), link=RO),
 E("2025 – Anonymous – Child BL", [
    "Child BL, a 6-year-old boy, was on a child in need plan from 2021 to 2022 because of his mother's drinking. In 2023 the family moved to another area and the plan ended. In September 2024 he was found at home with a broken leg that had not been treated for several days.",
    [L(LT, ["plans that end when a family moves"])],
    [R(RI, ["a transfer meeting whenever a family on a plan moves"])]],
   T("Child BL", "unknown", "overview", "serious_harm", "2024", "6-year-old", "6.00", "6_10", "male", "neglect",
     risk="parental_alcohol_misuse", ctx="child_in_need_plan"), link=RO),
 E("2025 – Anonymous – Child CL", [
    "Four siblings, aged 16, 13, 9 and 6, were living in a house with rats and no working toilet when they were removed in 2024. The second eldest, Child CL, a girl, had been caring for the others and had not been to school for a term.",
    [L(LT, ["young carers in neglectful homes"])],
    [R(RI, ["a young carer's assessment for every child caring for siblings"])]],
   T("Child CL", "unknown", "overview", "serious_harm|other", "2024", "*", "13.00", "11_15", "female", "neglect",
     ctx=A("not_in_school", "looked_after"), n="1|4"), link=RO),
 E("2025 – Anonymous – Child DL", [
    "Child DL (born April 2007) had lived in a children's home since 2021. In 2023 he was reported missing 30 times; in 2024 he was found in a house used by drug dealers and was stabbed.",
    [L(LT, ["children's homes and exploitation"])],
    [R(RI, ["a joint plan between the home and the police for every child missing ten times"])]],
   T("Child DL", "unknown", "overview", "serious_harm", "2024", "*", "|16.00|17.00", "16_17", "male",
     A("child_criminal_exploitation", "extra_familial_harm; physical_abuse"), ctx="looked_after"), link=RO),
 E("2025 – Anonymous – Child EL", [
    "Child EL, aged 9, lived with a grandfather and a step-grandmother. In 2024 a stepbrother, aged 17, was charged with the sexual abuse of Child EL.",
    [L(LT, ["older children in kinship households"])],
    [R(RI, ["an assessment of every older child in a kinship household"])]],
   T("Child EL", "unknown", "overview", "serious_harm", "2024", "aged 9|9", "9.00", "6_10", "not_stated",
     "sexual_abuse", ctx=A("", "connected_carers")), link=RO),
 E("2025 – Anonymous – Child FL", [
    "Child FL, a 12-year-old girl from a Syrian refugee family, was taken abroad by her father in 2024 to be married. Her school had raised concerns when she said she was going on a long holiday.",
    [L(LT, ["forced marriage of younger children"])],
    [R(RI, ["forced marriage training for primary and secondary school staff"])]],
   T("Child FL", "unknown", "overview", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "female",
     "fgm_honour_based_abuse", eth="Syrian|Syrian refugee"), link=RO),
 E("2025 – Anonymous – Child GL", [
    "Child GL, a 17-year-old boy, died of hypothermia in 2025 in a tent where he had been sleeping after his mother, 40, told him to leave home. He had been selling cannabis and had been convicted of assault; he had told his GP he felt suicidal. His mother misused alcohol.",
    [L(LT, ["homeless 16 and 17-year-olds"])],
    [R(RI, ["a homelessness assessment for every 16 or 17-year-old asked to leave home"])]],
   T("Child GL", "unknown", "overview", "death", "2025", "17-year-old", "17.00", "16_17", "male",
     A("", "neglect; other"), risk="parental_alcohol_misuse"), link=RO),
])
