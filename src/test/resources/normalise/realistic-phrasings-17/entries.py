# Entries of the "realistic phrasings 17" set (issue 9, session 28): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: the NSPCC learning
# pages on county lines ("going country", "cuckooing" of a vulnerable adult's home), local procedures on fabricated or
# induced illness and "perplexing presentations", honour-based abuse and forced marriage, special guardianship orders
# and serious case reviews, an NSPCC-published serious case review on fabricated or induced illness; and, for the shapes
# of the lists, sets 1-16's sources: the NSPCC yearly lists, "Case reviews update" pages, Welsh, Scottish and Northern
# Irish review lists, repository months). Only short generic phrases are shared with them.
# What this set leans on (the kinds session 27 left, rp16 README 'Left'), each phrase grepped in sets 1-16's entries.py
# and unseen-entries.txt first ("Article 21", "self-neglecting", "She was later convicted", "taken over by drug
# dealers", "looked after at home", "torn frenulum", "non-fatal strangulation" are in none; "since the age of 15",
# "He was later convicted", "honour-based", "faith or belief", "hoard" in one set each):
# - CODES ABOUT SOMEONE ELSE BY A PRONOUN OR A LATER SENTENCE (the largest kind): "She had been known to mental health
#   services since her teens" after a 5-year-old girl and her mother are both named; "He was later convicted" about a
#   father, a mother's partner, an uncle; "She had been excluded from school at 14" about the mother of an 8-year-old;
#   "She had self-harmed since the age of 15" about a 13-year-old's stepmother; a mother's own care, plan and
#   exploitation told in "She had been ..." sentences;
# - a perpetrator's own facts: a 14-year-old half-brother's child protection plan and exclusions, a 15-year-old girl's
#   looked after years, exploitation and EHCP, a 13-year-old half-brother's plan, a 17-year-old half-brother's autism and
#   care, a 19-year-old boyfriend's secure home and plan, a young father's register, children's home and exclusion;
# - another person's death beside the child's: a mother's overdose, a mother and a brother in a fire (twice), a mother
#   killed by the father or a partner, a father murdered in front of his daughter, a baby brother's death, a twin's, a
#   grandmother carer's, an eldest brother shot dead;
# - the child named late with no sentence saying whom the review concerns: "Two years later his sister, Child SG, then
#   14", "In 2025 his cousin, Child UA, a boy of 13", "One of those teenagers, Child AT, aged 15", "her friend, Child MS",
#   "The youngest boy, Child NT, aged 13", "Her daughter, Child CR, 4";
# - words of harm, care and outcome: fabricated or induced illness and "perplexing presentations", a forced marriage
#   told without the words ("told she would be married to a cousin"), honour-based abuse, a flat "taken over by drug
#   dealers", cuckooing, "exploited online", "sextortion", "self-neglecting", "medical neglect", "was not brought",
#   "accommodated under section 20" and "under Article 21", "looked after at home under a compulsory supervision order",
#   a special guardianship order, kinship care, a residence order, a private fostering arrangement, "hoarded", abuse
#   linked to faith or belief, domestic servitude, radicalised online, Clare's Law and non-fatal strangulation;
# - the ordinary case too: the child's own facts told first, then a sibling's (ra #8, rb #6, rc #8, rd #6, re #4,
#   rf #5, rg #3, rg #8, rh #7), which must not drop the child's.
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -16, unchanged): not stated means empty, and a negated or ruled-out fact is not
# stated; a code is about the child(ren) the entry describes, never a parent's, sibling's, cousin's, carer's or
# perpetrator's own harm, plan, care, school, condition, outcome, sex or age; a parent's mental health, substance or
# alcohol misuse, learning disability, criminality or domestic abuse is the child's risk factor (a mother's partner,
# stepfather or stepmother accepted either way, a past history accepted either way; an uncle's or another adult's is
# not); a child's own past plan or care is coded; a span over years accepts either end (or none); several children:
# ages `*` unless one age is stated for all, sex `mixed` only when both sexes are stated; accidents and hazards accept
# `neglect`, `other` or none; special guardianship and kinship care are `connected_carers`; a private fostering
# arrangement is not local authority care; fabricated or induced illness, trafficking, domestic servitude and
# radicalisation are `other` (earlier sets); a Scottish summary that names no review accepts `unknown` beside
# `learning_review`; another person's death is never the child's outcome; when a review tells of several children and
# says which one it concerns, the age, sex and codes are that child's. `a|b` alternatives, `*` not scored.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from phrasing_entries import COLS, T, A, ANY, E, L, R, HEAD, STAB, WELSH_MODEL, RO  # noqa: E402,F401

ACCIDENT = A("", "neglect; other")
FII = A("other", "physical_abuse; neglect; emotional_abuse")

NAV = ["<header><a href=\"#main\">Skip to content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Learning</a></li><li><a href=\"#\">Case reviews</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Privacy</p><p>Cookies</p><p>Accessibility</p></footer>"]

FILES = {}
LI = "Learning includes:"
RP = "Recommendations to the partnership include:"
RI = "Recommendations include:"
LT = "Learning themes include:"
RREV = "Read the review"

# --- A winter 2026 case reviews update (HTML): "2026 – Area – Name", summaries of one or two paragraphs.
FILES["ra-update-2026-winter.html"] = dict(page_title="Case reviews update", html_preamble=NAV, html_footer=FOOT,
    h1="Case reviews update: winter 2026", pubyear="2026",
    intro_html=["Case reviews added to the collection this winter. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Anonymous – Child SA", [
    "Child SA, a 5-year-old girl, and her mother were living in a refuge after the mother left a violent partner in 2024. She had been known to mental health services since her teens and had been prescribed antidepressants.",
    "In March 2025 Child SA was admitted to hospital with a spiral fracture of her arm; the mother's new partner was charged with causing her grievous bodily harm.",
    [L(LI, ["new partners after a refuge", "mothers' mental health"])],
    [R(RP, ["refuges to share information about children when a family moves on"])]],
   T("Child SA", "unknown", "overview", "serious_harm", "2025", "5-year-old", "5.00", "1_5", "female", "physical_abuse",
     risk=A("domestic_abuse; parental_mental_health", "parental_criminality")), link=RO),
 E("2026 – Anonymous – Child SB", [
    "A 14-year-old boy was convicted in 2025 of the sexual assault of his 7-year-old half-sister, Child SB, over several months in 2024. He had been subject to a child protection plan for neglect and had been excluded from two schools.",
    "Child SB lived with her mother and the boy's father; she had told a teaching assistant that her brother hurt her.",
    [L(LI, ["harmful sexual behaviour within families", "what young children tell school staff"])],
    [R(RP, ["a safety plan for younger children when an older child has harmed"])]],
   T("Child SB", "unknown", "overview", "serious_harm", "2024", "7-year-old", "7.00", "6_10", "female", "sexual_abuse"),
   link=RO),
 E("2026 – Anonymous – Child SC", [
    "A mother and her 2-year-old son, Child SC, were found in their flat in January 2025. The mother had died some days earlier of a drug overdose; Child SC was severely dehydrated and was treated in intensive care.",
    "She had been in care as a child and had a long history of heroin use. The family were not known to children's social care.",
    [L(LI, ["young children alone with a parent who uses drugs"])],
    [R(RP, ["drug services to ask every client about the children in their care"])]],
   T("Child SC", "unknown", "overview", "serious_harm", "2025", "2-year-old", "2.00", "1_5", "male", "neglect|",
     risk="parental_substance_misuse"), link=RO),
 E("2026 – Anonymous – Child SD", [
    "Child SD, a 9-year-old girl, had been taken to hospitals in three areas more than 80 times between 2019 and 2024 for symptoms her mother reported. In 2024 a paediatrician concluded that this was fabricated or induced illness: she had been fed through a tube and pushed in a wheelchair that she did not need.",
    "Her mother had herself been treated for an eating disorder.",
    [L(LI, ["fabricated or induced illness across several hospitals"])],
    [R(RP, ["a single lead paediatrician for children seen in more than one hospital"])]],
   T("Child SD", "unknown", "overview", "serious_harm", "2024|2019|", "9-year-old", "9.00", "6_10", "female", FII,
     risk="|parental_mental_health"), link=RO),
 E("2026 – Anonymous – Child SE", [
    "Child SE, a 16-year-old girl, was taken abroad by her father in the summer of 2024 and told she would be married to a cousin. She contacted the British embassy and was brought back to the UK.",
    "On her return she was accommodated under section 20 and placed with foster carers. Her older sister had left the family in 2019.",
    [L(LI, ["forced marriage in the school holidays", "listening to young people's fears"])],
    [R(RP, ["schools to know the signs of forced marriage before the summer"])]],
   T("Child SE", "unknown", "overview", "serious_harm|other", "2024", "16-year-old", "16.00", "16_17", "female",
     A("fgm_honour_based_abuse", "emotional_abuse"), ctx="looked_after|looked_after; foster_care"), link=RO),
 E("2026 – Anonymous – Child SF", [
    "Child SF, a 15-year-old boy, was found in May 2025 in a flat in a coastal town 60 miles from home, with drugs and cash. The flat belonged to a vulnerable adult whose home had been taken over by a county lines group. He had been reported missing 14 times.",
    "He had been accommodated under section 20 in 2024 at his mother's request and lived in a children's home.",
    [L(LI, ["missing episodes of looked after children"])],
    [R(RP, ["a return home interview after every missing episode"])]],
   T("Child SF", "unknown", "overview", "serious_harm|other", "2025", "15-year-old", "15.00", "11_15", "male",
     A("child_criminal_exploitation", "extra_familial_harm"), ctx="looked_after"), link=RO),
 E("2026 – Anonymous – Child SG", [
    "In 2022 a 12-year-old boy was groomed online by a man who posed as a teenager; the man was jailed in 2023.",
    "Two years later his sister, Child SG, then 14, was contacted by the same man under another name on a gaming site and sent him images of herself.",
    [L(LI, ["siblings of children groomed online"])],
    [R(RP, ["police to warn families when an offender is released"])]],
   T("Child SG", "unknown", "overview", "serious_harm", "2024|", "then 14|14", "14.00", "11_15", "female",
     A("online_harm", "sexual_abuse; child_sexual_exploitation; extra_familial_harm")), link=RO),
 E("2026 – Anonymous – Child SH", [
    "Child SH, a 3-month-old boy, died in October 2024 after sharing a bed with his parents, who had both drunk alcohol. He had been born prematurely and was on a child in need plan.",
    "His brother, 4, had been on a child protection plan for neglect in 2022 and had been accommodated under section 20 for a short time.",
    [L(LI, ["safer sleep and alcohol"])],
    [R(RP, ["safer sleep advice at every child in need visit"])]],
   T("Child SH", "unknown", "overview", "death", "2024", "3-month-old", "0.25", "under_1", "male",
     A("sudden_unexpected_infant_death", "neglect"), risk="co_sleeping; parental_alcohol_misuse",
     ctx="child_in_need_plan"), link=RO),
])

# --- A 2024 list (text): "Month YYYY – Area – Child X", a lead sentence, "Background:", "Key issues:", "Keywords:".
FILES["rb-list-2024-background.txt"] = dict(pubyear="2024", preamble=[
    "Case reviews published in 2024", "",
    "A chronological list of case reviews published in 2024. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2024 – Anonymous – Child TA", [
    "Serious injury of a 10-month-old girl in 2023, who was found to have a bleed on the brain and older fractures. Her father told doctors she had fallen from a sofa.",
    "Background: the parents had separated and reunited several times. He was later convicted of grievous bodily harm and had previous convictions for violence against a former partner.",
    [L("Key issues:", ["explanations that do not fit the injury", "fathers' histories"], style="semi-noand")],
    [R("Recommendations:", ["a check of both parents' histories at every injury to a baby"])],
    "Keywords: head injury, fathers"],
   T("Child TA", "unknown", "overview", "serious_harm", "2023", "10-month-old", "0.83", "under_1", "female", HEAD,
     risk=A("", "parental_criminality; domestic_abuse")), link=RO),
 E("November 2024 – Anonymous – Child TB", [
    "Sexual abuse of an 8-year-old boy in 2022 by a 15-year-old girl who was living with his family under a private fostering arrangement.",
    "Background: the girl had been looked after by another local authority, had been sexually exploited at 13 and had an education, health and care plan. The boy's mother worked night shifts.",
    [L("Key issues:", ["private fostering", "harmful sexual behaviour by girls"], style="semi-noand")],
    [R("Recommendations:", ["a private fostering assessment that includes the other children in the home"])],
    "Keywords: sexual abuse, private fostering"],
   T("Child TB", "unknown", "overview", "serious_harm", "2022", "8-year-old", "8.00", "6_10", "male",
     A("sexual_abuse", "extra_familial_harm")), link=RO),
 E("October 2024 – Anonymous – Child TC", [
    "Emotional harm to a 6-year-old boy who was in the house when his father killed his mother in 2023. The father then killed himself.",
    "Background: the police had been called to the house eleven times since 2019 for domestic abuse, and the mother had been referred to a MARAC twice.",
    [L("Key issues:", ["children who witness a parent's killing", "repeat domestic abuse call-outs"], style="semi-noand")],
    [R("Recommendations:", ["children's social care to be told of every domestic abuse call-out where a child lives"])],
    "Keywords: domestic homicide, children"],
   T("Child TC", "unknown", "overview", "other|serious_harm", "2023", "6-year-old", "6.00", "6_10", "male",
     "emotional_abuse", risk="domestic_abuse"), link=RO),
 E("September 2024 – Anonymous – Child TD", [
    "Neglect of a 13-year-old girl with type 1 diabetes who lived with her grandparents under a special guardianship order. She was admitted to intensive care in 2023 with diabetic ketoacidosis after months in which her insulin had not been collected from the pharmacy.",
    "Background: her mother had died in 2018 and her father was in prison.",
    [L("Key issues:", ["older special guardians and children's health conditions"], style="semi-noand")],
    [R("Recommendations:", ["pharmacies to alert the GP when a child's insulin is not collected"])],
    "Keywords: neglect, diabetes, special guardianship"],
   T("Child TD", "unknown", "overview", "serious_harm", "2023", "13-year-old", "13.00", "11_15", "female", "neglect",
     risk="|parental_criminality", ctx=A("connected_carers", "disabled")), link=RO),
 E("August 2024 – Anonymous – Child TE", [
    "Death of a 4-year-old girl in 2022 who drowned in the bath while her mother was in another room.",
    "Background: her mother was 20. She had been in foster care from the age of 9, had self-harmed as a teenager and had been on a child protection plan before she was taken into care. Her own mother had been a heroin user.",
    [L("Key issues:", ["young mothers who were in care", "bath safety"], style="semi-noand")],
    [R("Recommendations:", ["bath safety advice for every parent of a child under five"])],
    "Keywords: drowning, care leavers"],
   T("Child TE", "unknown", "overview", "death", "2022", "4-year-old", "4.00", "1_5", "female", ACCIDENT,
     risk="|parental_mental_health"), link=RO),
 E("July 2024 – Anonymous – Child TF", [
    "Neglect of a 2-year-old boy who was not brought to 11 health appointments in 2022 and 2023 and was found to have severe tooth decay needing the removal of eight teeth.",
    "Background: his older sister, 8, had been home educated since 2021 and had not been seen by any professional.",
    [L("Key issues:", ["children who are not brought to appointments", "dental neglect"], style="semi-noand")],
    [R("Recommendations:", ["a was-not-brought policy in every health service"])],
    "Keywords: neglect, dental health"],
   T("Child TF", "unknown", "overview", "serious_harm", "2022|2023|", "2-year-old", "2.00", "1_5", "male", "neglect"),
   link=RO),
 E("June 2024 – Anonymous – Child TG", [
    "Criminal exploitation of a 16-year-old boy who was arrested in 2023 in a house that had been cuckooed by a county lines gang.",
    "Background: his younger brother, 12, was excluded from school in 2022 and was later found to be carrying drugs for the same group. Their mother had been a victim of coercive control by their father.",
    [L("Key issues:", ["brothers exploited by the same group", "exclusion"], style="semi-noand")],
    [R("Recommendations:", ["a sibling assessment whenever a child is found to be exploited"])],
    "Keywords: criminal exploitation, county lines"],
   T("Child TG", "unknown", "overview", "serious_harm|other", "2023", "16-year-old", "16.00", "16_17", "male",
     A("child_criminal_exploitation", "extra_familial_harm"), risk="domestic_abuse"), link=RO),
])

# --- Welsh child practice reviews of 2026 (text), the model line.
FILES["rc-wales-2026-practice-reviews.txt"] = dict(pubyear="2026", preamble=[
    "Child practice reviews published in 2026", "",
    "Child practice reviews published by the regional safeguarding boards in Wales in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("January 2026 – Bro Teifion Safeguarding Board – Child UA", [
    "A concise child practice review. In 2023 a 15-year-old boy was stabbed in a park and spent two weeks in hospital; he had been excluded from school and was on a child protection plan.",
    "In 2025 his cousin, Child UA, a boy of 13, who lived with the same grandmother under a special guardianship order, was found carrying drugs for an older group in a town 40 miles from home.",
    [L("Learning:", ["the relatives of young people who are stabbed"])],
    WELSH_MODEL,
    "Keywords: criminal exploitation, special guardianship"],
   T("Child UA", "child_practice_review", "overview", "serious_harm|other", "2025", "a boy of 13|boy of 13|of 13|13",
     "13.00", "11_15", "male", A("child_criminal_exploitation", "extra_familial_harm"), ctx="connected_carers",
     area="Bro Teifion Safeguarding Board|Bro Teifion"), link=RO),
 E("February 2026 – Anonymous – Child UB", [
    "An extended child practice review after a house fire in February 2025 in which a mother and her 3-year-old son died. Her daughter, Child UB, aged 7, was rescued by a neighbour and treated for smoke inhalation.",
    "The mother had been drinking and had fallen asleep while smoking.",
    [L("Learning:", ["fire safety where a parent drinks"])],
    WELSH_MODEL,
    "Keywords: house fire, alcohol"],
   T("Child UB", "child_practice_review", "overview", "serious_harm", "2025", "aged 7|7", "7.00", "6_10", "female",
     ACCIDENT, risk="parental_alcohol_misuse"), link=RO),
 E("March 2026 – Anonymous – Child UC", [
    "A concise child practice review concerning a 10-year-old boy whose mother's flat was taken over by drug dealers in 2025. She had a learning disability and misused crack cocaine. The dealers used the boy to answer the door and hold packages.",
    [L("Learning:", ["children in homes taken over by dealers", "parents with a learning disability"])],
    WELSH_MODEL,
    "Keywords: exploitation, learning disability"],
   T("Child UC", "child_practice_review", "overview", "serious_harm|other", "2025", "10-year-old", "10.00", "6_10",
     "male", A("child_criminal_exploitation", "extra_familial_harm; neglect"),
     risk="parental_learning_disability; parental_substance_misuse"), link=RO),
 E("April 2026 – Anonymous – Child UD", [
    "An extended child practice review concerning Child UD, a 6-week-old girl, who suffered a skull fracture and rib fractures in September 2025. Her father, 22, said he had dropped her. He had been diagnosed with a personality disorder and had been in a young offender institution.",
    "The mother, 19, had left care at 18 and was supported by a personal adviser.",
    [L("Learning:", ["young fathers with a history of offending"])],
    WELSH_MODEL,
    "Keywords: head injury, young parents"],
   T("Child UD", "child_practice_review", "overview", "serious_harm", "2025", "6-week-old", "0.12", "under_1",
     "female", HEAD, risk="parental_mental_health; parental_criminality"), link=RO),
 E("May 2026 – Anonymous – Children UE and UF", [
    "A concise child practice review concerning two sisters, aged 9 and 11, whose father took them abroad in 2024, where they were subjected to female genital mutilation. The younger girl told a school nurse in 2025.",
    "Their older brother, 17, had been excluded from school and lived with an uncle.",
    [L("Learning:", ["female genital mutilation and travel in the holidays"])],
    WELSH_MODEL,
    "Keywords: female genital mutilation"],
   T("Children UE and UF", "child_practice_review", "overview", "serious_harm", "2024", "*", "*", "*", "female",
     "fgm_honour_based_abuse", n="2"), link=RO),
 E("June 2026 – Anonymous – Child UG", [
    "A concise child practice review. Child UG, aged 5, was sexually abused in 2024 by her 13-year-old half-brother, who was living with the family under a child arrangements order. He had been on a child protection plan for physical abuse and attended a pupil referral unit.",
    [L("Learning:", ["older children who join a household"])],
    WELSH_MODEL,
    "Keywords: sexual abuse, harmful sexual behaviour"],
   T("Child UG", "child_practice_review", "overview", "serious_harm", "2024", "aged 5|5", "5.00", "1_5", "female",
     "sexual_abuse"), link=RO),
 E("July 2026 – Anonymous – Child UH", [
    "An extended child practice review concerning Child UH, a 14-year-old girl, who was exploited online in 2024 by a man who persuaded her to livestream sexual acts. She had an autism diagnosis and had been on a child in need plan since 2023.",
    "Her younger brother, 9, was on a child protection plan for neglect.",
    [L("Learning:", ["autistic girls and online exploitation"])],
    WELSH_MODEL,
    "Keywords: online exploitation, autism"],
   T("Child UH", "child_practice_review", "overview", "serious_harm", "2024", "14-year-old", "14.00", "11_15", "female",
     A("online_harm", "sexual_abuse; child_sexual_exploitation; extra_familial_harm"),
     ctx="disabled; child_in_need_plan"), link=RO),
 E("August 2026 – Anonymous – Child UI", [
    "A concise child practice review concerning Child UI, aged 3, who was taken to hospital with a burn to her hand in March 2025. She lived with her mother and her mother's boyfriend. He had been released from prison in 2024 and was misusing cocaine. He was later convicted of assaulting her.",
    [L("Learning:", ["new partners released from prison"])],
    WELSH_MODEL,
    "Keywords: burns, new partners"],
   T("Child UI", "child_practice_review", "overview", "serious_harm", "2025", "aged 3|3", "3.00", "1_5", "female",
     "physical_abuse", risk=A("", "parental_criminality; parental_substance_misuse")), link=RO),
])

# --- Scottish learning reviews of 2026 (HTML): "2026 – Committee – Name", "Read the review".
FILES["rd-scotland-2026-learning-reviews.html"] = dict(page_title="Learning reviews published in 2026",
    html_preamble=NAV, html_footer=FOOT, h1="Learning reviews published in Scotland, 2026", pubyear="2026",
    intro_html=["Learning reviews published by child protection committees in 2026. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Glenmorran Child Protection Committee – Child AS", [
    "A learning review into the care of Child AS, a 2-year-old boy, who was admitted to hospital in June 2025 after swallowing his mother's methadone. His mother, 24, had been looked after as a child. She had been known to mental health services and had been sexually exploited as a teenager.",
    [L("Learning:", ["methadone in homes with young children"])],
    [R(RI, ["lockable boxes for every parent prescribed methadone"])]],
   T("Child AS", "learning_review", "unknown", "serious_harm", "2025", "2-year-old", "2.00", "1_5", "male",
     A("poisoning_ingestion", "neglect"), risk=A("parental_substance_misuse", "parental_mental_health"),
     area="Glenmorran Child Protection Committee|Glenmorran"), link=RREV),
 E("2026 – Anonymous – Child BS", [
    "Child BS, a girl aged 11, had lived in kinship care with her aunt since 2021 and was looked after at home under a compulsory supervision order. In 2024 she was found to have been sexually abused by her aunt's partner.",
    [L("Learning:", ["assessment of kinship carers' partners"])],
    [R(RI, ["checks on every adult who joins a kinship household"])]],
   T("Child BS", "learning_review|unknown", "unknown", "serious_harm", "2024", "a girl aged 11|girl aged 11|aged 11|11",
     "11.00", "11_15", "female", "sexual_abuse", ctx="connected_carers; looked_after"), link=RREV),
 E("2026 – Anonymous – Child CS", [
    "A learning review following the death of a 4-month-old baby in a house in which his 2-year-old sister, Child CS, was also found unwell in March 2025. Both children had been given an adult's prescribed medication. Their mother was charged with culpable homicide.",
    [L("Learning:", ["prescribed medication and young children"])],
    [R(RI, ["a medicines check at every health visitor contact"])]],
   T("Child CS", "learning_review", "unknown", "serious_harm", "2025", "2-year-old", "2.00", "1_5", "female",
     A("poisoning_ingestion", "physical_abuse; neglect"), risk="|parental_criminality"), link=RREV),
 E("2026 – Anonymous – Child DS", [
    "A learning review into the care of a 17-year-old boy with cystic fibrosis who died in 2024. His mother had stopped giving him his medication and he had missed clinic appointments for a year; the review describes this as medical neglect. He had left school at 15.",
    [L("Learning:", ["older teenagers with long-term conditions"])],
    [R(RI, ["a transition plan for every young person with a long-term condition"])]],
   T("Child DS", "learning_review", "unknown", "death", "2024", "17-year-old", "17.00", "16_17", "male", "neglect",
     ctx=A("", "disabled; not_in_school")), link=RREV),
 E("2026 – Anonymous – Child ES", [
    "A 16-year-old girl living in a residential children's unit, who had herself been sexually exploited, introduced younger girls to adult men in 2024. One of them, Child ES, aged 13, was raped at a party in October 2024.",
    [L("Learning:", ["exploitation through peers"])],
    [R(RI, ["disruption plans that include the young people used to recruit others"])]],
   T("Child ES", "learning_review|unknown", "unknown", "serious_harm", "2024", "aged 13|13", "13.00", "11_15",
     "female", A("sexual_abuse", "child_sexual_exploitation; extra_familial_harm")), link=RREV),
 E("2026 – Anonymous – Child FS", [
    "Child FS, a 15-year-old girl, took her own life in January 2025. She had been a young carer for her mother, who had multiple sclerosis and depression, and had stopped attending school in 2024.",
    "Her brother, 12, was placed with foster carers after her death.",
    [L("Learning:", ["young carers who stop going to school"])],
    [R(RI, ["a young carers' assessment in every school"])]],
   T("Child FS", "learning_review|unknown", "unknown", "death", "2025", "15-year-old", "15.00", "11_15", "female",
     "self_harm_suicide", risk="parental_mental_health", ctx="not_in_school"), link=RREV),
 E("2026 – Anonymous – Child GS", [
    "A learning review concerning a 17-year-old young woman who was assaulted and held at home by her brothers and uncle in 2025 after she refused an arranged marriage. Police treated it as honour-based abuse. She was accommodated by the local authority and now lives in supported accommodation.",
    [L("Learning:", ["honour-based abuse of older teenagers"])],
    [R(RI, ["training on honour-based abuse for school staff"])]],
   T("Child GS", "learning_review", "unknown", "serious_harm", "2025", "17-year-old", "17.00", "16_17", "female",
     A("fgm_honour_based_abuse", "physical_abuse; emotional_abuse"), ctx="looked_after"), link=RREV),
])

# --- Northern Irish case management reviews of 2026 (text).
FILES["re-ni-2026-case-management.txt"] = dict(pubyear="2026", preamble=[
    "Case management reviews published in 2026", "",
    "Executive summaries of case management reviews published in Northern Ireland in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("February 2026 – Anonymous – Child HS", [
    "A case management review concerning Child HS, a 9-year-old boy, whose mother was arrested in 2024 for supplying drugs from the family home. She was later convicted and imprisoned. He went to live with his grandmother under a kinship care arrangement and was referred to CAMHS after he began to self-harm.",
    [L("Learning:", ["children of mothers in prison"])],
    [R("Recommendations:", ["a named worker for every child whose parent is imprisoned"])]],
   T("Child HS", "case_management_review", "overview", "serious_harm|other", "2024", "9-year-old", "9.00", "6_10",
     "male", A("self_harm_suicide", "neglect; emotional_abuse"),
     risk=A("parental_criminality", "parental_substance_misuse"), ctx="connected_carers"), link=RO),
 E("March 2026 – Anonymous – Child IS", [
    "A case management review following the murder of a man in front of his 12-year-old daughter, Child IS, at their home in November 2024. The attackers were members of a paramilitary group. She was not physically hurt and was later diagnosed with post-traumatic stress disorder.",
    [L("Learning:", ["children who witness a parent's murder"])],
    [R("Recommendations:", ["trauma support for every child present at a killing"])]],
   T("Child IS", "case_management_review", "overview", "other|serious_harm", "2024", "12-year-old", "12.00", "11_15",
     "female", A("", "emotional_abuse; extra_familial_harm")), link=RO),
 E("April 2026 – Anonymous – Child JS", [
    "A case management review into the death of Child JS, a 5-week-old boy, in February 2025 from a head injury. His father, 20, had himself been on the child protection register as a child, had spent three years in a children's home and had been excluded from school at 14. He was charged with murder.",
    [L("Learning:", ["fathers who were in care"])],
    [R("Recommendations:", ["a pre-birth assessment that includes the father's own childhood"])]],
   T("Child JS", "case_management_review", "overview", "death", "2025", "5-week-old", "0.10", "under_1", "male", HEAD,
     risk="|parental_criminality"), link=RO),
 E("May 2026 – Anonymous – Child KS", [
    "A case management review concerning a 14-year-old girl who was accommodated under Article 21 in 2023 after her mother's partner assaulted her. In 2024 she went missing from her placement and was sexually exploited by older men. Her younger brother, 8, remained at home on a child protection plan.",
    [L("Learning:", ["missing from care"])],
    [R("Recommendations:", ["a trusted adult for every young person who goes missing from care"])]],
   T("Child KS", "case_management_review", "overview", "serious_harm", "2024|2023", "14-year-old", "14.00", "11_15",
     "female", A("child_sexual_exploitation; physical_abuse", "extra_familial_harm; sexual_abuse"),
     ctx="looked_after"), link=RO),
 E("June 2026 – Anonymous – Child LS", [
    "A case management review concerning Child LS, a 6-year-old boy, whose mother reported that he had seizures and severe allergies; he was given medication he did not need and was kept off school for most of 2024. A paediatrician raised concerns about perplexing presentations in 2023, but it was 2025 before the illness was found to have been fabricated.",
    [L("Learning:", ["perplexing presentations"])],
    [R("Recommendations:", ["a multi-agency meeting whenever a paediatrician raises a perplexing presentation"])]],
   T("Child LS", "case_management_review", "overview", "serious_harm", "2024|2023|2025|", "6-year-old", "6.00", "6_10",
     "male", FII, ctx="not_in_school"), link=RO),
 E("July 2026 – Anonymous – Child MS", [
    "In 2022 a 14-year-old girl living in the same children's home was trafficked to Dublin and sexually exploited. A case management review was opened in 2025 when her friend, Child MS, aged 15, was found in a flat in Belfast with two adult men who had been sexually exploiting her.",
    [L("Learning:", ["friends of exploited young people"])],
    [R("Recommendations:", ["a safety plan for every young person in a home where another is exploited"])]],
   T("Child MS", "case_management_review", "overview", "serious_harm", "2025", "aged 15|15", "15.00", "11_15", "female",
     A("child_sexual_exploitation", "extra_familial_harm; sexual_abuse"), ctx="|looked_after"), link=RO),
 E("August 2026 – Anonymous – Child NS", [
    "A case management review after a mother was killed by her partner in June 2025 and her 7-year-old son, Child NS, was stabbed while trying to protect her. He survived. There had been 14 domestic abuse incidents since 2021 and a non-molestation order.",
    [L("Learning:", ["children who try to protect a parent"])],
    [R("Recommendations:", ["risk assessment of children in every high-risk domestic abuse case"])]],
   T("Child NS", "case_management_review", "overview", "serious_harm", "2025", "7-year-old", "7.00", "6_10", "male",
     A("physical_abuse", "emotional_abuse"), risk="domestic_abuse"), link=RO),
 E("September 2026 – Anonymous – Children OS and PS", [
    "A case management review concerning two brothers, aged 10 and 13, who lived with their grandfather under a residence order in a house so full of hoarded belongings that they slept in his car. Their mother had died in 2019 and their father was not known. They were removed in 2024.",
    [L("Learning:", ["hoarding and children"])],
    [R("Recommendations:", ["home visits to every family with a residence order"])]],
   T("Children OS and PS", "case_management_review", "overview", "serious_harm|other", "2024", "*", "*", "*", "male",
     "neglect", ctx=A("", "connected_carers; looked_after"), n="2"), link=RO),
])

# --- A May 2026 repository month (text): numbered "Type: Name (document)" headings, an ethnicity line.
FILES["rf-monthly-2026-repository.txt"] = dict(pubyear="2026|", month="2026-05", preamble=[
    "NSPCC Repository – May 2026",
    "In May 2026 seven case reviews were added to the NSPCC Repository. A summary of each follows (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child safeguarding practice review: Child AR (overview report)", [
    "The review concerns Child AR, a 3-year-old girl who died in August 2025 from injuries to her abdomen. Her mother's partner was arrested the same day. He was later convicted of her murder; he had a history of domestic abuse against previous partners and had been in care as a child.",
    "Ethnicity: White British.",
    [L(LI, ["new partners with a history of domestic abuse"])],
    [R(RI, ["checks on every new partner who moves into a home with young children"])]],
   T("Child AR", "child_safeguarding_practice_review", "overview", "death", "2025", "3-year-old", "3.00", "1_5",
     "female", "physical_abuse", risk=A("", "parental_criminality; domestic_abuse"), eth="White British"),
   link="Other resources Read overview report"),
 E("2. Child safeguarding practice review: Child BR (overview report)", [
    "Child BR, a 16-year-old boy, took his own life in 2025 hours after he was blackmailed by a man overseas who had persuaded him to send a sexual image of himself on a social media app. The review calls this financially motivated sexual extortion, or sextortion.",
    "Ethnicity: Black British.",
    [L(LI, ["sextortion of teenage boys"])],
    [R(RI, ["schools to tell pupils what to do if they are blackmailed online"])]],
   T("Child BR", "child_safeguarding_practice_review", "overview", "death", "2025", "16-year-old", "16.00", "16_17",
     "male", A("self_harm_suicide; online_harm", "sexual_abuse; extra_familial_harm; child_sexual_exploitation"),
     eth="Black British"), link="Other resources Read overview report"),
 E("3. Child safeguarding practice review: Child CR (overview report)", [
    "In March 2025 a mother and her 9-year-old son died in a house fire started by her former partner. Her daughter, Child CR, 4, was rescued by firefighters with serious burns.",
    "Ethnicity: White British.",
    [L(LI, ["former partners who threaten arson"])],
    [R(RI, ["fire service home visits for every family at high risk of domestic abuse"])]],
   T("Child CR", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "4", "4.00", "1_5", "female",
     "physical_abuse", risk=A("", "domestic_abuse; parental_criminality"), eth="White British"),
   link="Other resources Read overview report"),
 E("4. Child safeguarding practice review: Child DR (overview report)", [
    "Child DR, a 14-year-old girl who had come to the UK from Nigeria in 2023, was living with a family friend under a private fostering arrangement that had not been notified to the local authority. She was made to do all the housework, which the review describes as domestic servitude, and was not enrolled in school. In 2025 she told a neighbour that she was beaten.",
    "Ethnicity: Black African.",
    [L(LI, ["private fostering that is not notified"])],
    [R(RI, ["a campaign on private fostering in faith and community groups"])]],
   T("Child DR", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "14-year-old", "14.00",
     "11_15", "female", A("physical_abuse", "other; neglect; emotional_abuse"), ctx="not_in_school",
     eth="Black African"), link="Other resources Read overview report"),
 E("5. Child safeguarding practice review: Child ER (overview report)", [
    "Child ER, a 15-year-old boy, was accommodated under section 20 in 2024 after repeated violence between him and his father. In January 2025 he was stabbed in a street fight and was treated in hospital. His younger sister, 11, had an education, health and care plan and lived with their mother.",
    "Ethnicity: Mixed White and Black Caribbean.",
    [L(LI, ["teenagers who come into care late"])],
    [R(RI, ["a safety plan for every teenager who comes into care after violence at home"])]],
   T("Child ER", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "15-year-old", "15.00",
     "11_15", "male", STAB, risk="|domestic_abuse", ctx="looked_after", eth="Mixed White and Black Caribbean"),
   link="Other resources Read overview report"),
 E("6. Child safeguarding practice review: Child FR (overview report)", [
    "The review concerns the death of Child FR, a 5-month-old girl, in October 2024. She was found in a cot with a pillow and blankets. Her mother, 31, had been treated for postnatal depression. She had also been the victim of coercive control by the baby's father, who had been convicted of stalking.",
    "Ethnicity: White Other.",
    [L(LI, ["safer sleep", "perinatal mental health"])],
    [R(RI, ["safer sleep advice at every perinatal mental health contact"])]],
   T("Child FR", "child_safeguarding_practice_review", "overview", "death", "2024", "5-month-old", "0.42", "under_1",
     "female", A("", "sudden_unexpected_infant_death; neglect"),
     risk=A("parental_mental_health; domestic_abuse", "parental_criminality"), eth="White Other"),
   link="Other resources Read overview report"),
 E("7. Child safeguarding practice review: Child GR (executive summary)", [
    "A 17-year-old boy who had been looked after since 2020 and had autism sexually assaulted his 10-year-old half-sister, Child GR, during a contact visit in 2024. He was later convicted and given a youth rehabilitation order.",
    "Ethnicity: White British.",
    [L(LI, ["contact visits between half-siblings"])],
    [R(RI, ["a risk assessment before contact when a looked after young person has harmed"])]],
   T("Child GR", "child_safeguarding_practice_review", "executive_summary", "serious_harm", "2024", "10-year-old",
     "10.00", "6_10", "female", "sexual_abuse", eth="White British"), link="Other resources Read executive summary"),
])

# --- A partnership's local reviews of 2026 (text): "Local child safeguarding practice review: Child X".
FILES["rg-partnership-local-reviews-2026.txt"] = dict(pubyear="2026", preamble=[
    "Local child safeguarding practice reviews 2026", "",
    "Summaries of the local reviews the partnership published in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("Local child safeguarding practice review: Child AT", [
    "Two adult brothers with learning disabilities lived in a flat that was cuckooed by a drugs gang in 2024. The gang used the flat to store drugs and brought teenagers from the city to sell them.",
    "One of those teenagers, Child AT, aged 15, was assaulted there by gang members in March 2025 and left with a broken jaw. He had been reported missing from home eleven times.",
    [L("Learning:", ["cuckooing and the children brought to the address"])],
    [R("Recommendations:", ["adult services to share cuckooing concerns with children's services"])]],
   T("Child AT", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "aged 15|15", "15.00",
     "11_15", "male", A("child_criminal_exploitation; physical_abuse", "extra_familial_harm")), link=RO),
 E("Local child safeguarding practice review: Child BT", [
    "Child BT, a girl aged 8, lived with her mother, 23, who had been in care from the age of 12. She had been excluded from school at 14 and had been on a child protection plan as a teenager. In 2024 Child BT was found to have been left alone overnight on several occasions.",
    [L("Learning:", ["mothers who were in care"])],
    [R("Recommendations:", ["support for care leavers who become parents"])]],
   T("Child BT", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2024",
     "a girl aged 8|girl aged 8|aged 8|8", "8.00", "6_10", "female", "neglect"), link=RO),
 E("Local child safeguarding practice review: Child CT", [
    "Child CT, a 4-year-old boy, had lived with his paternal grandparents under a special guardianship order since 2022. In 2025 he was found to have a fractured wrist and bruising to his face; his grandfather was charged with assault. His older sister, 9, had been placed in foster care in 2021 and was later adopted.",
    [L("Learning:", ["support for special guardians"])],
    [R("Recommendations:", ["an annual review of every special guardianship support plan"])]],
   T("Child CT", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "4-year-old", "4.00", "1_5",
     "male", "physical_abuse", ctx="connected_carers"), link=RO),
 E("Local child safeguarding practice review: Child DT", [
    "Child DT and his twin brother were born at 30 weeks in 2024. His brother died at six weeks while co-sleeping with their father on a sofa. Child DT, who was in the same room, was found to have a fractured femur when he was taken to hospital the next day.",
    [L("Learning:", ["the surviving twin"])],
    [R("Recommendations:", ["a medical examination of every sibling after an unexpected infant death"])]],
   T("Child DT", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "", "", "unknown", "male",
     "physical_abuse", risk="|co_sleeping"), link=RO),
 E("Local child safeguarding practice review: Child ET", [
    "Child ET, a 12-year-old boy, was groomed by his uncle, who gave him cannabis and alcohol and sexually abused him between 2022 and 2024. He was later convicted of 15 offences. He had been a registered sex offender since 2015.",
    [L("Learning:", ["abuse by extended family members"])],
    [R("Recommendations:", ["checks on relatives who care for children informally"])]],
   T("Child ET", "child_safeguarding_practice_review", "overview", "serious_harm", "2022|2024|", "12-year-old", "12.00",
     "11_15", "male", A("sexual_abuse", "child_sexual_exploitation")), link=RO),
 E("Local child safeguarding practice review: Child FT", [
    "Child FT, a 17-year-old care leaver who lived alone in supported accommodation, died in 2025 from a drug overdose. Workers had described her as self-neglecting: she was not eating, her room was full of rubbish and she had stopped going to college.",
    [L("Learning:", ["self-neglect in young people leaving care"])],
    [R("Recommendations:", ["a self-neglect pathway for care leavers"])]],
   T("Child FT", "child_safeguarding_practice_review", "overview", "death", "2025", "17-year-old", "17.00", "16_17",
     "female", ANY("poisoning_ingestion; self_harm_suicide; neglect"), ctx="looked_after"), link=RO),
 E("Local child safeguarding practice review: Child GT", [
    "Child GT, a 16-year-old girl, was assaulted and controlled by her 19-year-old boyfriend throughout 2024. He had been in a secure children's home, had been on a child protection plan until he was 16 and had convictions for violence. She became pregnant in 2025.",
    [L("Learning:", ["abuse in teenage relationships"])],
    [R("Recommendations:", ["teenage relationship abuse in every school's curriculum"])]],
   T("Child GT", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "16-year-old", "16.00",
     "16_17", "female", A("physical_abuse", "extra_familial_harm; emotional_abuse"), risk="|domestic_abuse"), link=RO),
 E("Local child safeguarding practice review: Child HT", [
    "Child HT, a 7-year-old boy with epilepsy, died in 2024 after a prolonged seizure. He had not been brought to his neurology appointments for 18 months and his medication had not been collected; the review found medical neglect. His brother, 12, had been excluded from school and was in a pupil referral unit.",
    [L("Learning:", ["children with epilepsy who are not brought to appointments"])],
    [R("Recommendations:", ["a was-not-brought follow-up in every children's clinic"])]],
   T("Child HT", "child_safeguarding_practice_review", "overview", "death", "2024", "7-year-old", "7.00", "6_10", "male",
     "neglect", ctx="|disabled"), link=RO),
])

# --- A spring 2026 update (text): "2026 – Area – Name", "Learning themes include:", "Recommendations include:".
FILES["rh-update-2026-spring.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews update: spring 2026", "",
    "Case reviews added to the collection in March, April and May 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2026 – Anonymous – Child IT", [
    "Child IT, a 13-year-old girl, lived with her father and her stepmother. She had self-harmed since the age of 15 and had been detained under the Mental Health Act in 2022. In 2024 Child IT disclosed that her stepmother had burned her with an iron.",
    [L(LT, ["step-parents' mental health"])],
    [R(RI, ["adult mental health services to ask about step-children"])]],
   T("Child IT", "unknown", "overview", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "female",
     "physical_abuse", risk="|parental_mental_health"), link=RO),
 E("2026 – Anonymous – Child JT", [
    "Child JT, a 15-year-old boy, was radicalised online during 2024 by an extreme right-wing group and was arrested for planning an attack on his school. He had been referred to Prevent in 2023 and had been home educated since Year 8.",
    [L(LT, ["online radicalisation of home educated children"])],
    [R(RI, ["a check on the welfare of every child who leaves school for home education"])]],
   T("Child JT", "unknown", "overview", "serious_harm|other", "2024", "15-year-old", "15.00", "11_15", "male",
     A("online_harm; other", "extra_familial_harm"), ctx="not_in_school"), link=RO),
 E("2026 – Anonymous – Child KT", [
    "Child KT, a 6-year-old girl who lived with her grandmother in kinship care, was found in December 2024 alone in the house with her grandmother, who had died of a heart attack three days before. Child KT had been eating dry cereal and had not been at school.",
    [L(LT, ["children alone with a carer who dies"])],
    [R(RI, ["schools to visit on the second day of an unexplained absence"])]],
   T("Child KT", "unknown", "overview", "other|serious_harm", "2024", "6-year-old", "6.00", "6_10", "female",
     A("", "neglect"), ctx=A("connected_carers", "not_in_school")), link=RO),
 E("2026 – Anonymous – Child LT", [
    "Child LT, a 9-year-old boy in foster care, was sexually assaulted in 2025 by a 15-year-old boy placed in the same foster home. The older boy had an education, health and care plan, had been excluded from school and was subject to a child protection plan before he was taken into care.",
    [L(LT, ["matching in foster placements"])],
    [R(RI, ["a risk assessment of every child already in a foster home before a new placement"])]],
   T("Child LT", "unknown", "overview", "serious_harm", "2025", "9-year-old", "9.00", "6_10", "male", "sexual_abuse",
     ctx="looked_after|looked_after; foster_care"), link=RO),
 E("2026 – Anonymous – Child MT", [
    "Child MT, a 10-year-old boy, was beaten and starved by his aunt and her husband in 2024 because they believed he was possessed by evil spirits. The review calls this abuse linked to faith or belief. He had come from abroad to live with them in 2023 under a private fostering arrangement.",
    [L(LT, ["abuse linked to faith or belief", "private fostering"])],
    [R(RI, ["faith leaders to be trained in safeguarding"])]],
   T("Child MT", "unknown", "overview", "serious_harm", "2024", "10-year-old", "10.00", "6_10", "male",
     A("physical_abuse", "neglect; emotional_abuse; other; fgm_honour_based_abuse"), ctx="|connected_carers"),
   link=RO),
 E("2026 – Anonymous – Child NT", [
    "Their eldest son was shot dead in 2023, aged 19, in a gang dispute. The family moved to another area, where the second son, 16, was arrested for robbery in 2024.",
    "The youngest boy, Child NT, aged 13, was found in 2025 to be carrying drugs for the same gang and was stabbed in the leg in June 2025.",
    [L(LT, ["younger brothers of young men killed in gang violence"])],
    [R(RI, ["a sibling plan after every gang-related death"])]],
   T("Child NT", "unknown", "overview", "serious_harm", "2025", "aged 13|13", "13.00", "11_15", "male",
     A("child_criminal_exploitation", "extra_familial_harm; physical_abuse")), link=RO),
 E("2026 – Anonymous – Child OT", [
    "Child OT, a 2-year-old girl, was found with bruising to her ears and a torn frenulum in April 2025. Her mother had received a disclosure under Clare's Law about her partner's history of non-fatal strangulation of former partners. Her older brother, 6, had been on a child in need plan.",
    [L(LT, ["Clare's Law disclosures and children"])],
    [R(RI, ["children's social care to be told of every Clare's Law disclosure to a parent"])]],
   T("Child OT", "unknown", "overview", "serious_harm", "2025", "2-year-old", "2.00", "1_5", "female", "physical_abuse",
     risk=A("", "domestic_abuse; parental_criminality")), link=RO),
])
