# Entries of the "realistic phrasings 14" set (issue 9, session 25): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: the NSPCC "Case
# reviews update" of 2025 ("2025 - Area - Name", "Death of an 8-day-old baby girl in ...", "Learning includes:",
# "Recommendations to the partnership include:"), the NSPCC yearly lists of 2013-2016 ("Month YYYY - Area - Child X",
# "Death of a 2-year-old boy in March 2013 ...", "Background: family were known to universal services only", "Key
# issues:", "Keywords:", "Model: review was undertaken using the Welsh Child Practice Review model"), a partnership's
# retelling of the monthly additions ("Death of a 7-week-old infant ...", "Learning include:") and the "recently
# published" page of 2022 ("Two cases of non-accidental head injuries ... of 14-week-old infants")). Only short generic
# phrases are shared with them.
# The traps (issue 9: "about one field in twelve is wrong, mostly codes given to the wrong person"), each phrase grepped
# in sets 1-13's entries.py and unseen-entries.txt first (the few found there, "supported accommodation", "secure
# accommodation order", "near-fatal", "unregulated", "care leaver who", "used a wheelchair", come here in other
# sentences and about other people):
# - codes about someone else: a father's secure children's home, ADHD, autism, learning disability or care leaving; a
#   mother's special guardianship, private fostering, kinship care, supported accommodation, child in need plan or
#   care as a girl who is herself 15 or 16; a half-sister's secure unit; a half-brother's special school; an aunt's
#   daughters' plans; a perpetrator's exclusion, plan, children's home or looked after status; a mother's multiple
#   sclerosis and wheelchair, a father's brain injury and epilepsy, a father who is a wheelchair user; a former foster
#   carer's son's suicide; an older brother's secure care; a step-daughter's earlier allegation;
# - negation and hedging: "not thought to have known", "was not thought to pose a risk", "no evidence that the dog had
#   been bred", "No child protection plan had been considered", "there was no evidence of drug use", "was not thought
#   to have contributed", "No neglect was found", "a child protection investigation was not started", "concerns ... not
#   thought credible", "There was no evidence that his younger sister had been neglected", "The review found no
#   evidence of abuse or neglect", "was acquitted", "was not pursued", "not progressed";
# - several children: brothers aged 3 and 5, "Amira, 9, and her brother Yusuf, 12", three sisters aged 2, 6 and 11 (the
#   middle one's EHCP), a brother and sister "the girl was 11 and the boy 9", a baby and his sister aged 3, two sisters
#   in a fire, a boy aged 6 and a girl aged 3, two teenage sisters (one autistic), twin boys "aged 2 months";
# - other years: a birth year, an earlier referral, an earlier allegation, a conviction a year later, adoptions, a
#   review delayed until 2024, a second injury six months later, a child born to the girl in 2020;
# - ages: "a pre-school girl", "aged 15 at the time", "a teenager ... he said that he was 16", "aged 6 weeks", "an
#   11-month-old baby", "at 3 weeks old", "a boy of 11", "four weeks old", "at the age of 10 weeks", "a young man of 18",
#   "was 8 days old", "who was 6", "a Year 11 pupil", "at 11 weeks", "a 19-month-old girl", "aged 9 months";
# - sex only from pronouns or relationship words ("a 4-year-old who died ... his parents", "a 12-year-old ... she met",
#   "the young person ... his aunt") or not stated at all ("a 7-year-old ... the child", "Child ZE died ... aged 5 weeks");
# - outcomes: "died later in hospital", "near-fatal", "died in hospital ... eleven days after", "survived with a
#   life-changing spinal injury";
# - care: special guardianship, kinship care, private fostering, a secure children's home, a secure accommodation
#   order, supported accommodation after section 20, an unregulated placement, an interim compulsory supervision order,
#   a residential school chosen by the parents;
# - areas: "Wychford and Loddon Vale", "St Aldric's", "Ashby-de-la-Wold", committees and boards.
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -13 READMEs, unchanged): not stated means empty, and a negated or ruled-out
# fact is not stated; a code is about the child(ren) the entry describes, never a parent's, sibling's, cousin's,
# carer's or perpetrator's own harm, plan, care, school, condition, outcome, sex or age; a parent's mental health,
# substance or alcohol misuse, learning disability, criminality or domestic abuse is the child's risk factor (a
# mother's partner or stepfather accepted either way, a past history accepted either way), never another adult's nor
# the child's own; a child's own past plan or care is coded; a span over years accepts either end (or none); an age at
# the incident is the age; several children: ages `*` unless one age is stated for all, sex `mixed` only when both
# sexes are stated; a code about any of the children reviewed is the entry's; accidents and hazards accept `neglect`,
# `other` or none; restraint accepts `physical_abuse`, `other` or none; special guardianship and kinship care are
# `connected_carers`; private fostering accepts `foster_care` or none; a residential school chosen by the parents is no
# care context; an age given only by a word (pre-school, teenager, Year 11) is no exact age; a rapid review is `other`;
# a Scottish "Read the review" is document type `unknown`. `a|b` alternatives, `*` not scored.
# Truth corrected in session 38 under the lead's trafficking decision (normalise/unseen-entries.txt, 'session 38
# decision'): trafficking told with its purpose gives that purpose's code alone, no `other` beside it: oh #4 Child BC (trafficked for sexual exploitation).
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from phrasing_entries import COLS, T, A, E, L, R, HEAD, STAB, RESTRAINT, WELSH_MODEL, SUSR_MODEL, RO  # noqa: E402,F401

ACCIDENT = A("", "neglect; other")

NAV = ["<header><a href=\"#main\">Skip to content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Case reviews</a></li><li><a href=\"#\">Updates</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Accessibility</p><p>Cookies</p></footer>"]

FILES = {}
LI = "Learning includes:"
RP = "Recommendations to the partnership include:"
RI = "Recommendations include:"
LT = "Learning themes include:"

# --- An autumn 2026 case reviews update (HTML): "2026 – Area – Name", a summary, sometimes "Background:", "Learning
# includes:", "Recommendations to the partnership include:".
FILES["oa-update-2026-autumn.html"] = dict(page_title="Case reviews update", html_preamble=NAV, html_footer=FOOT,
    h1="Case reviews update: autumn 2026", pubyear="2026",
    intro_html=["Case reviews recently added to the collection. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Wrexley Vale – Baby Theo", [
    "Death of a 4-month-old boy in February 2025 from a head injury inflicted by his father, aged 19, who was convicted of manslaughter in 2026. The father had spent a year in a secure children's home as a teenager and had a diagnosis of ADHD.",
    "Background: Theo's mother, 18, had moved from a special guardianship placement with her aunt into supported accommodation shortly before he was born.",
    [L(LI, ["young fathers who were in secure care", "the move to independence of young mothers"])],
    [R(RP, ["pre-birth assessments for every parent leaving care"])]],
   T("Baby Theo", "unknown", "overview", "death", "2025", "4-month-old", "0.33", "under_1", "male", HEAD,
     risk="|parental_criminality", area="Wrexley Vale"), link=RO),
 E("2026 – Anonymous – Ruby", [
    "Serious injuries to Ruby, a pre-school girl, who was bitten by the family's dog in the garden of her grandmother's house in June 2024. Ruby had lived with her grandmother under a special guardianship order since 2022, after her mother's heroin use.",
    "Background: there was no evidence that the dog had been bred or kept for fighting, and the police took no further action.",
    [L(LI, ["dogs in the homes of special guardians", "support plans for special guardians"])],
    [R(RP, ["dog safety advice in every special guardianship assessment"])]],
   T("Ruby", "unknown", "overview", "serious_harm", "2024", "*", "", "1_5", "female", ACCIDENT,
     risk="|parental_substance_misuse", ctx="connected_carers"), link=RO),
 E("2026 – Wychford and Loddon Vale – Children UA and UB", [
    "Neglect of two brothers, aged 3 and 5, who were found in 2024 living in a flat with no heating, no food and dog faeces on the floor. Their mother, 24, had a learning disability and had herself been privately fostered as a child. The boys' older half-sister, aged 15, was in a secure unit on a welfare order at the time.",
    [L(LI, ["parents with a learning disability", "the home conditions of young children"])],
    [R(RP, ["a learning disability assessment offered to every parent whose children are on a plan for neglect"])]],
   T("Children UA and UB", "unknown", "overview", "serious_harm", "2024", "*", "*", "*", "male", "neglect",
     risk="parental_learning_disability", n="2", area="Wychford and Loddon Vale"), link=RO),
 E("2026 – Anonymous – Child UC", [
    "Child UC, aged 15 at the time, was sexually exploited by a group of men between 2022 and 2023 while she was privately fostered by a family friend. Concerns were raised by her school in 2022 but were not passed to children's social care. Her mother, who lived abroad, was not thought to have known of the abuse.",
    [L(LI, ["private fostering that is not notified", "schools' referrals about older girls"])],
    [R(RP, ["private fostering awareness for secondary schools"])]],
   T("Child UC", "unknown", "overview", "serious_harm", "2022|2023|", "aged 15 at the time|aged 15|15", "15.00",
     "11_15", "female", A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm"), ctx="|foster_care"),
   link=RO),
 E("2026 – Pembury Cross – Leo", [
    "Leo, a 16-year-old boy living in supported accommodation provided by the local authority, was stabbed in March 2025 and died later in hospital. He had been accommodated under section 20 since he was 14. A 17-year-old boy was charged with his murder; he had been excluded from school and was on a child protection plan.",
    [L(LI, ["16 and 17-year-olds in supported accommodation", "knife crime between children"])],
    [R(RP, ["a review of every placement of a child in supported accommodation"])]],
   T("Leo", "unknown", "overview", "death", "2025", "16-year-old", "16.00", "16_17", "male", STAB,
     ctx="looked_after", area="Pembury Cross"), link=RO),
 E("2026 – Anonymous – Baby UD", [
    "Baby UD, aged 6 weeks, suffered a near-fatal head injury in November 2024 while in the care of his mother's new partner, who was 31. A skeletal survey found no older fractures. The partner was not thought to pose a risk because his previous convictions for violence against a former partner had not been shared.",
    [L(LI, ["new partners of mothers of babies", "sharing of police information about partners"])],
    [R(RP, ["police checks on new partners when a baby is on a plan"])]],
   T("Baby UD", "unknown", "overview", "serious_harm", "2024", "aged 6 weeks|6 weeks", "0.12", "under_1", "male",
     HEAD, risk=A("", "parental_criminality; domestic_abuse")), link=RO),
 E("2026 – Cleeve Hundred – Child UE", [
    "Serious harm to Child UE, a teenager, who was found in 2025 in a cannabis factory in a house in another county, where he had been held for two weeks. He had come to the UK as an unaccompanied child in 2024 and was living in foster care. His age was disputed; he said that he was 16.",
    [L(LI, ["trafficked children who go missing from foster care", "age disputes"])],
    [R(RP, ["a return interview within 72 hours for every trafficked child who goes missing"])]],
   T("Child UE", "unknown", "overview", "serious_harm", "2025", "*", "16.00|", "16_17|unknown", "male",
     A("child_criminal_exploitation", "extra_familial_harm; other"), ctx="looked_after; foster_care",
     area="Cleeve Hundred"), link=RO),
 E("2026 – Anonymous – Amira and Yusuf", [
    "Amira, 9, and her brother Yusuf, 12, were emotionally abused and kept from school by their father between 2021 and 2024. Their mother had multiple sclerosis and used a wheelchair, and Yusuf had been her young carer since he was 8. Neither child was known to children's social care.",
    [L(LI, ["young carers", "children kept at home by a controlling parent"])],
    [R(RP, ["a young carers' assessment whenever a parent's care needs are assessed"])]],
   T("Amira and Yusuf", "unknown", "overview", "serious_harm|other", "2021|2024|", "*", "*", "*", "mixed",
     A("emotional_abuse", "neglect"), ctx="not_in_school", n="2"), link=RO),
])

# --- A 2025 list (text): "Month YYYY – Area – Child X", a summary, "Background:", "Key issues:", "Keywords:".
FILES["ob-list-2025-key-issues.txt"] = dict(pubyear="2025", preamble=[
    "Case reviews published in 2025", "",
    "A chronological list of case reviews published in 2025. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("November 2025 – Anonymous – Child VA", [
    "Death of a 2-year-old boy in 2023 from a methadone overdose. Child VA was living with his father under a child arrangements order; his mother had lost the care of three older children, who were adopted between 2015 and 2019.",
    "Background: the father was on a methadone programme and had told his drugs worker that the medicine was kept in a locked box. No child protection plan had been considered.",
    [L("Key issues:", ["storage of substitute medicines", "fathers who care alone"], style="semi-noand")],
    [R("Recommendations:", ["safe storage checks by drug services at every home visit"])],
    "Keywords: methadone, poisoning, fathers"],
   T("Child VA", "unknown", "overview", "death", "2023", "2-year-old", "2.00", "1_5", "male",
     A("poisoning_ingestion", "neglect"), risk="parental_substance_misuse"), link=RO),
 E("October 2025 – Merrowcombe – Child VB", [
    "Serious self-harm by a 14-year-old girl in a mental health unit in 2024. She had been looked after since 2019 and had lived in nine placements. Her younger brother, who remained at home, had been subject to a child protection plan for neglect since 2023.",
    [L("Key issues:", ["placement moves", "mental health beds for children"], style="semi-noand")],
    [R("Recommendations:", ["a placement stability meeting after a child's third move"])],
    "Keywords: self-harm, looked after children"],
   T("Child VB", "unknown", "overview", "serious_harm", "2024", "14-year-old", "14.00", "11_15", "female",
     "self_harm_suicide", ctx="looked_after", area="Merrowcombe"), link=RO),
 E("September 2025 – Anonymous – Child VC", [
    "Sexual abuse of a girl aged 10 by her mother's partner between 2020 and 2022.",
    "Background: allegations made in 2019 by the partner's stepdaughter from an earlier relationship were not pursued. Child VC's mother had been sexually abused as a child and had depression.",
    [L("Key issues:", ["earlier allegations that were not pursued", "mothers who were abused as children"], style="semi-noand")],
    [R("Recommendations:", ["police to share earlier allegations when a new partner joins a household"])],
    "Keywords: sexual abuse, partners"],
   T("Child VC", "unknown", "overview", "serious_harm", "2020|2022|", "a girl aged 10|aged 10|10", "10.00", "6_10",
     "female", "sexual_abuse", risk="parental_mental_health"), link=RO),
 E("August 2025 – Anonymous – Baby VD", [
    "Death of a 10-week-old girl in 2022 while co-sleeping with her parents on a sofa.",
    "Background: the baby's father had been drinking; there was no evidence of drug use. The family had been referred for early help in 2021 when the baby's older sister was born, but the referral was closed.",
    [L("Key issues:", ["sofa sleeping after alcohol", "early help referrals closed without contact"], style="semi-noand")],
    [R("Recommendations:", ["safer sleep advice repeated at every health visitor contact"])],
    "Keywords: sudden infant death, co-sleeping, alcohol"],
   T("Baby VD", "unknown", "overview", "death", "2022", "10-week-old", "0.19", "under_1", "female",
     A("", "sudden_unexpected_infant_death; neglect"), risk="co_sleeping; parental_alcohol_misuse"), link=RO),
 E("July 2025 – Thornleigh – Child VE", [
    "Death of a 17-year-old young man by suicide in 2023, three weeks after he moved from his foster placement into a semi-independent flat.",
    "Background: his former foster carer's own son, 19, had also died by suicide two years earlier.",
    [L("Key issues:", ["moves to semi-independence", "suicide clusters"], style="semi-noand")],
    [R("Recommendations:", ["a mental health check before any move to semi-independent living"])],
    "Keywords: suicide, leaving care"],
   T("Child VE", "unknown", "overview", "death", "2023", "17-year-old", "17.00", "16_17", "male", "self_harm_suicide",
     ctx="looked_after; foster_care|looked_after", area="Thornleigh"), link=RO),
 E("June 2025 – Anonymous – Child VF", [
    "Physical abuse of a 7-year-old with cerebral palsy by a support worker who was employed through a direct payment. The abuse came to light in 2024 when another parent saw the worker hit the child in a park.",
    "Background: Child VF's mother, a single parent, had been treated for anxiety.",
    [L("Key issues:", ["workers employed through direct payments", "disabled children who cannot tell"], style="semi-noand")],
    [R("Recommendations:", ["safer recruitment guidance for families who employ their own workers"])],
    "Keywords: disabled children, physical abuse"],
   T("Child VF", "unknown", "overview", "serious_harm", "2024", "7-year-old", "7.00", "6_10", "not_stated",
     "physical_abuse", risk="parental_mental_health", ctx="disabled"), link=RO),
 E("May 2025 – St Aldric's – Children VG, VH and VI", [
    "Neglect of three sisters, aged 2, 6 and 11, between 2018 and 2023. The eldest was a young carer for their father, who had a brain injury and epilepsy, and was regularly absent from school. The middle child had an education, health and care plan.",
    [L("Key issues:", ["young carers", "neglect when a parent is disabled"], style="semi-noand")],
    [R("Recommendations:", ["an assessment of the children whenever adult social care assesses a parent"])],
    "Keywords: neglect, young carers"],
   T("Children VG, VH and VI", "unknown", "overview", "serious_harm|other", "2018|2023|", "*", "*", "*", "female",
     "neglect", ctx="ehcp|ehcp; not_in_school", n="3", area="St Aldric's"), link=RO),
 E("April 2025 – Calderwick – Child VJ", [
    "Serious injury to an 11-month-old baby who was shaken by her mother's boyfriend, 17, in 2024. The boyfriend was himself a looked after child living in supported lodgings and had been excluded from school at 14.",
    [L("Key issues:", ["boyfriends who are themselves children", "information about who lives in the home"], style="semi-noand")],
    [R("Recommendations:", ["checks on every adult and older child in a baby's home"])],
    "Keywords: head injury, young men"],
   T("Child VJ", "unknown", "overview", "serious_harm", "2024", "11-month-old", "0.92", "under_1", "female", HEAD,
     area="Calderwick"), link=RO),
])

# --- Welsh child practice reviews and a single unified safeguarding review of 2026 (text).
FILES["oc-wales-2026-reviews.txt"] = dict(pubyear="2026", preamble=[
    "Child practice reviews published in 2026", "",
    "Reviews published by the regional safeguarding boards in Wales in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("March 2026 – Anonymous – Child WA", [
    "A concise child practice review concerning a 5-year-old boy who was found to have a fractured arm and bruising in 2024. His stepfather was not prosecuted. The review found that the boy's sister, aged 13, had been the subject of a child protection plan for physical abuse in 2021, and that the stepfather had a history of violence towards the mother.",
    [L("Learning:", ["a sibling's history when a new injury is seen", "violent stepfathers"])],
    WELSH_MODEL,
    "Keywords: physical abuse, stepfathers"],
   T("Child WA", "child_practice_review", "overview", "serious_harm", "2024", "5-year-old", "5.00", "1_5", "male",
     "physical_abuse", risk="domestic_abuse"), link=RO),
 E("April 2026 – Mor Hafren Safeguarding Board – Child WB", [
    "An extended child practice review following the death of a girl aged 16 in 2024. She was found hanged at the home of her special guardian, her maternal grandmother, with whom she had lived since the age of 6. Her mother had died of an overdose when she was five.",
    [L("Learning:", ["support for special guardians of teenagers", "bereaved children"])],
    WELSH_MODEL,
    "Keywords: suicide, special guardianship"],
   T("Child WB", "child_practice_review", "overview", "death", "2024", "a girl aged 16|aged 16|16", "16.00", "16_17",
     "female", "self_harm_suicide", risk="|parental_substance_misuse", ctx="connected_carers",
     area="Mor Hafren Safeguarding Board|Mor Hafren"), link=RO),
 E("May 2026 – Anonymous – Child WC", [
    "A single unified safeguarding review following the death of a 3-month-old baby boy, who was stabbed by his father in 2025, and the serious injury of his mother. The father, 23, had autism and a learning disability; he had been known to adult services since he left care at 18.",
    [L("Learning:", ["fathers known to adult services", "risk to babies from a parent in crisis"])],
    SUSR_MODEL,
    "Keywords: domestic homicide, fathers"],
   T("Child WC", "single_unified_safeguarding_review|domestic_homicide_review", "overview", "death", "2025",
     "3-month-old", "0.25", "under_1", "male", "physical_abuse",
     risk=A("domestic_abuse; parental_learning_disability", "parental_criminality")), link=RO),
 E("June 2026 – Anonymous – Child WD", [
    "A concise child practice review concerning a 12-year-old who was groomed online and sexually abused by a man she met on a gaming site in 2024. She lived with her father and his partner; her mother had been sectioned in 2023. Concerns about a previous online contact had been raised by the school in 2023 but were not followed up.",
    [L("Learning:", ["gaming sites and grooming", "concerns raised by schools"])],
    WELSH_MODEL,
    "Keywords: online abuse, grooming"],
   T("Child WD", "child_practice_review", "overview", "serious_harm", "2024", "12-year-old", "12.00", "11_15",
     "female", A("online_harm; sexual_abuse", "child_sexual_exploitation; extra_familial_harm"),
     risk="parental_mental_health"), link=RO),
 E("July 2026 – Anonymous – Child WE", [
    "A child practice review following serious injuries to a boy aged 8, who was hit by a car in 2025 after running from his foster home. He had been placed in foster care with his two sisters in 2023. The driver, aged 72, was not charged.",
    [L("Learning:", ["children who run from placements", "placing brothers and sisters together"])],
    WELSH_MODEL,
    "Keywords: looked after children, road traffic collision"],
   T("Child WE", "child_practice_review", "overview", "serious_harm", "2025", "a boy aged 8|aged 8|8", "8.00", "6_10",
     "male", ACCIDENT, ctx="looked_after; foster_care"), link=RO),
 E("August 2026 – Anonymous – Children WF and WG", [
    "An extended child practice review into the sexual abuse of a brother and sister by their uncle, a registered sex offender, between 2019 and 2023. The children were living with their aunt and uncle under a kinship care arrangement after their father's imprisonment in 2018. The girl was 11 and the boy 9 when the abuse came to light.",
    [L("Learning:", ["assessment of kinship carers' households", "registered sex offenders in family networks"])],
    WELSH_MODEL,
    "Keywords: sexual abuse, kinship care"],
   T("Children WF and WG", "child_practice_review", "overview", "serious_harm", "2019|2023|", "*", "*", "*", "mixed",
     "sexual_abuse", risk="parental_criminality", ctx="connected_carers", n="2"), link=RO),
 E("September 2026 – Anonymous – Child WH", [
    "A concise child practice review following the death of a baby girl at 3 weeks old in 2025. The cause of death was not ascertained. There was no evidence of domestic abuse, and the parents' cannabis use was not thought to have contributed to the death. The baby's 4-year-old brother was later placed with his grandparents.",
    [L("Learning:", ["unexplained deaths of babies", "cannabis and safer sleep"])],
    WELSH_MODEL,
    "Keywords: sudden infant death, cannabis"],
   T("Child WH", "child_practice_review", "overview", "death", "2025", "at 3 weeks old|3 weeks old|3 weeks", "0.06",
     "under_1", "female", A("", "sudden_unexpected_infant_death"), risk="|parental_substance_misuse"), link=RO),
])

# --- Scottish learning reviews of 2026 (HTML), "Read the review".
FILES["od-scotland-2026-learning-reviews.html"] = dict(page_title="Learning reviews published in 2026", html_preamble=NAV, html_footer=FOOT,
    h1="Learning reviews published in Scotland, 2026", pubyear="2026",
    intro_html=["Learning reviews published by child protection committees in 2026. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Anonymous – Child XA", [
    "A learning review into the death of Child XA, a boy aged 14, who died in 2024 after taking street valium with friends. He had been on a compulsory supervision order at home since 2022 and was not attending school. His older brother had been in secure care.",
    [L("Learning:", ["street benzodiazepines", "supervision orders at home"])],
    [R("Recommendations:", ["a drugs education session for every child on a supervision order"])],
    "Keywords: drugs, adolescents"],
   T("Child XA", "learning_review", "unknown", "death", "2024", "a boy aged 14|aged 14|14", "14.00", "11_15", "male",
     A("poisoning_ingestion", "other; extra_familial_harm"), ctx="looked_after; not_in_school"),
   link="Read the review"),
 E("2026 – Glenmorrow Child Protection Committee – Child XB", [
    "A learning review following the serious injury of a 19-month-old girl in 2023, who was found to have a fractured femur. Her parents said she had fallen from a sofa; this was accepted by the hospital. Six months later, in 2024, she was admitted with a brain injury and her father was charged. Her mother, aged 20, had been in kinship care with her own grandmother.",
    [L("Learning:", ["explanations of injuries in toddlers", "second injuries"])],
    [R("Recommendations:", ["a skeletal survey for every unexplained fracture in a child under two"])],
    "Keywords: physical abuse, fractures"],
   T("Child XB", "learning_review", "unknown", "serious_harm", "2023|2024", "19-month-old", "1.58", "1_5", "female",
     A("physical_abuse", "non_accidental_head_injury"),
     area="Glenmorrow Child Protection Committee|Glenmorrow"), link="Read the review"),
 E("2026 – Anonymous – Child XC", [
    "A learning review concerning a girl of 15 who was at a residential school chosen by her parents in 2024 when staff found she had been sexually exploited by men she met online. Her parents, who lived on a remote island, were not thought to have been aware. A referral made by the school in 2023 was not progressed.",
    [L("Learning:", ["residential schools and online exploitation", "referrals that are not progressed"])],
    [R("Recommendations:", ["a named social worker contact for every residential school"])],
    "Keywords: sexual exploitation, online"],
   T("Child XC", "learning_review", "unknown", "serious_harm", "2024", "a girl of 15|girl of 15|15", "15.00", "11_15",
     "female", A("child_sexual_exploitation", "online_harm; sexual_abuse; extra_familial_harm")),
   link="Read the review"),
 E("2026 – Anonymous – Children XD and XE", [
    "A learning review into the neglect of a baby boy and his sister, aged 3, who were found in 2025 in a caravan with their father, who had a severe alcohol problem. The baby, aged 7 months, had not been registered with a GP. Their mother was in prison.",
    [L("Learning:", ["families living in caravans", "children of imprisoned mothers"])],
    [R("Recommendations:", ["prisons to ask every mother where her children are living"])],
    "Keywords: neglect, alcohol"],
   T("Children XD and XE", "learning_review", "unknown", "serious_harm|other", "2025", "*", "*", "*", "mixed",
     "neglect", risk="parental_alcohol_misuse; parental_criminality", n="2"), link="Read the review"),
 E("2026 – Anonymous – Child XF", [
    "A learning review following the near-fatal assault of a 16-year-old by his father's partner in 2024. The young person had moved into a supported flat at 16 after his kinship placement with his aunt broke down. There was no record that his wishes had been asked about the move.",
    [L("Learning:", ["the voice of the young person", "kinship placements that break down"])],
    [R("Recommendations:", ["a young person's views recorded before every move"])],
    "Keywords: physical abuse, kinship care"],
   T("Child XF", "learning_review", "unknown", "serious_harm", "2024", "16-year-old", "16.00", "16_17", "male",
     "physical_abuse", ctx="connected_carers|connected_carers; looked_after"), link="Read the review"),
 E("2026 – Inverbrae Child Protection Committee – Child XG", [
    "A learning review into the death of a 2-year-old girl in 2025 who drowned in a bath while her mother, who had epilepsy, had a seizure. No neglect was found. Child XG's half-brother, aged 12, had a learning disability and attended a special school.",
    [L("Learning:", ["bath safety when a parent has epilepsy"])],
    [R("Recommendations:", ["epilepsy nurses to give bath safety advice to parents of young children"])],
    "Keywords: drowning, parental health"],
   T("Child XG", "learning_review", "unknown", "death", "2025", "2-year-old", "2.00", "1_5", "female",
     A("", "other"), area="Inverbrae Child Protection Committee|Inverbrae"), link="Read the review"),
 E("2026 – Anonymous – Child XH", [
    "A learning review about a boy aged 13 who was criminally exploited by a county lines gang between 2023 and 2025 and was found with a knife in his bag. He was subject to an interim compulsory supervision order and lived with his grandparents. His mother had a history of heroin use but had been abstinent for five years.",
    [L("Learning:", ["county lines and younger children", "grandparents caring for exploited children"])],
    [R("Recommendations:", ["exploitation training for kinship carers"])],
    "Keywords: criminal exploitation, county lines"],
   T("Child XH", "learning_review", "unknown", "serious_harm", "2023|2025|", "a boy aged 13|aged 13|13", "13.00",
     "11_15", "male", A("child_criminal_exploitation", "extra_familial_harm"), risk="|parental_substance_misuse",
     ctx="looked_after|looked_after; connected_carers"), link="Read the review"),
])

# --- Northern Irish case management reviews of 2026 (text), "Read the executive summary".
FILES["oe-ni-2026-case-management.txt"] = dict(pubyear="2026", preamble=[
    "Case management reviews published in 2026", "",
    "Executive summaries of case management reviews published in Northern Ireland in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("January 2026 – Anonymous – Child YA", [
    "A case management review concerning a 4-year-old who died in 2023 of sepsis after his parents failed to seek medical help. His father had been diagnosed with paranoid schizophrenia; his mother had a mild learning disability and had herself been on the child protection register as a child.",
    [L("Learning:", ["parents who do not seek medical help", "parents who were on the register as children"])],
    [R("Recommendations:", ["adult mental health services to ask about children at every review"])],
    "Keywords: neglect, parental mental health"],
   T("Child YA", "case_management_review", "executive_summary", "death", "2023", "4-year-old", "4.00", "1_5", "male",
     "neglect", risk="parental_mental_health; parental_learning_disability"), link="Read the executive summary"),
 E("February 2026 – Anonymous – Child YB", [
    "A case management review following the serious injury of a 15-year-old girl who was hit by a train in 2024 while she was missing from her residential children's home. She had been a looked after child since the age of 11. The two older boys she was with had both been subject to child protection plans.",
    [L("Learning:", ["girls missing from residential care", "older peers"])],
    [R("Recommendations:", ["a missing person plan for every child in residential care"])],
    "Keywords: missing children, looked after children"],
   T("Child YB", "case_management_review", "executive_summary", "serious_harm", "2024", "15-year-old", "15.00",
     "11_15", "female", A("", "other; extra_familial_harm; neglect"), ctx="looked_after"),
   link="Read the executive summary"),
 E("March 2026 – Anonymous – Baby YC", [
    "A case management review into non-accidental injuries to a baby boy, born in 2022, who was found at the age of 10 weeks to have a torn frenulum and bruising to his ear in 2023. His mother, aged 16, had been a looked after child until the month before his birth and was living in supported lodgings.",
    [L("Learning:", ["torn frenulum as a warning injury", "mothers who have just left care"])],
    [R("Recommendations:", ["a child protection medical for every torn frenulum in a baby"])],
    "Keywords: physical abuse, young mothers"],
   T("Baby YC", "case_management_review", "executive_summary", "serious_harm", "2023",
     "at the age of 10 weeks|age of 10 weeks|10 weeks", "0.19", "under_1", "male", "physical_abuse"),
   link="Read the executive summary"),
 E("April 2026 – Anonymous – Child YD", [
    "A case management review concerning a 13-year-old boy with autism who was physically restrained in a secure care centre in 2024 and suffered a broken wrist. He had been placed there under a secure accommodation order after repeated missing episodes. A staff member was later dismissed.",
    [L("Learning:", ["restraint of autistic children", "secure accommodation orders"])],
    [R("Recommendations:", ["an independent review of every restraint that causes an injury"])],
    "Keywords: restraint, secure care"],
   T("Child YD", "case_management_review", "executive_summary", "serious_harm", "2024", "13-year-old", "13.00",
     "11_15", "male", RESTRAINT, ctx="looked_after; disabled"), link="Read the executive summary"),
 E("May 2026 – Anonymous – Children YE and YF", [
    "A case management review into the deaths of two sisters, aged 4 and 7, in a house fire in 2023. Their father, who had been drinking, survived. The girls' older brother, aged 17, had been excluded from school and was thought to have started the fire accidentally; no charges were brought.",
    [L("Learning:", ["fire safety in homes where adults drink", "older siblings left in charge"])],
    [R("Recommendations:", ["home fire safety visits for families known to services"])],
    "Keywords: house fire, alcohol"],
   T("Children YE and YF", "case_management_review", "executive_summary", "death", "2023", "*", "*", "*", "female",
     ACCIDENT, risk="parental_alcohol_misuse", n="2"), link="Read the executive summary"),
 E("June 2026 – Anonymous – Child YG", [
    "A case management review following the death of a young man of 18 in 2024, who had been in foster care from the age of 12 until his eighteenth birthday, three months before he died. He died of an overdose in a hostel. His younger sister, 14, remains in foster care.",
    [L("Learning:", ["leaving care at 18", "hostels for care leavers"])],
    [R("Recommendations:", ["no care leaver to be placed in a hostel"])],
    "Keywords: care leavers, overdose"],
   T("Child YG", "case_management_review", "executive_summary", "death", "2024",
     "a young man of 18|young man of 18|18", "18.00", "18_plus", "male",
     A("poisoning_ingestion", "self_harm_suicide"), ctx="looked_after; foster_care"),
   link="Read the executive summary"),
 E("July 2026 – Anonymous – Child YH", [
    "A case management review concerning a girl who was 6 when her mother's partner was convicted in 2025 of sexually abusing her. The partner had been assessed as posing no risk in 2022, although he had a caution for exposure. Her mother had been a victim of domestic abuse in a previous relationship.",
    [L("Learning:", ["assessments of new partners", "cautions for sexual offences"])],
    [R("Recommendations:", ["a review of risk assessments of partners with cautions"])],
    "Keywords: sexual abuse, partners"],
   T("Child YH", "case_management_review", "executive_summary", "serious_harm", "2025|", "was 6|who was 6|6",
     "6.00", "6_10", "female", "sexual_abuse", risk=A("", "parental_criminality; domestic_abuse")),
   link="Read the executive summary"),
])

# --- A February 2026 repository month (text): numbered "Type: Name (document)" headings, an ethnicity sentence.
FILES["of-monthly-2026-repository.txt"] = dict(pubyear="2026|", month="2026-02", preamble=[
    "NSPCC Repository – February 2026",
    "In February 2026 eight case reviews were added to the NSPCC Repository. A summary of each follows (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child safeguarding practice review: Child ZA (overview report)", [
    "Child ZA, a 3-week-old baby, died in 2024 after his father fell asleep with him on a sofa after drinking. His father, aged 22, was a care leaver who had been supported by a personal adviser. Ethnicity: White British.",
    [L(LI, ["young fathers who are care leavers"])],
    [R(RI, ["safer sleep advice from personal advisers"])]],
   T("Child ZA", "child_safeguarding_practice_review", "overview", "death", "2024", "3-week-old", "0.06", "under_1",
     "male", A("", "sudden_unexpected_infant_death; neglect"), risk="co_sleeping; parental_alcohol_misuse",
     eth="White British"), link="Other resources Read overview report"),
 E("2. Serious case review: Child ZB (executive summary)", [
    "Child ZB, a 14-year-old, was sexually exploited in 2018 and 2019 and was made subject to a child protection plan in 2019. She gave birth to a son in 2020. The review considered whether her pregnancy should have been identified earlier. Ethnicity: Pakistani heritage.",
    [L(LI, ["pregnancy in exploited girls"])],
    [R(RI, ["pregnancy testing offered to every girl on a plan for exploitation"])]],
   T("Child ZB", "serious_case_review", "executive_summary", "serious_harm", "2018|2019|", "14-year-old", "14.00",
     "11_15", "female", A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm"),
     ctx="child_protection_plan", eth="Pakistani heritage|Pakistani"), link="Other resources Read executive summary"),
 E("3. Child safeguarding practice review: Child ZC (overview report)", [
    "Child ZC, aged 9 months, was found in 2025 to have a fractured skull. Her twin brother had no injuries. Both babies had been on child protection plans since birth because of their mother's alcohol misuse. Ethnicity: Mixed White and Black Caribbean.",
    [L(LI, ["twins on plans", "fractures in babies on plans"])],
    [R(RI, ["unannounced visits to babies on plans for parental alcohol misuse"])]],
   T("Child ZC", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "aged 9 months|9 months",
     "0.75", "under_1", "female", HEAD, risk="parental_alcohol_misuse", ctx="child_protection_plan",
     eth="Mixed White and Black Caribbean"), link="Other resources Read overview report"),
 E("4. Child safeguarding practice review: Child ZD (overview report)", [
    "Child ZD, aged 17, was shot in 2024 and survived with a life-changing spinal injury. He had been remanded to youth detention accommodation in 2023 and was released on bail. His father was serving a life sentence. Ethnicity: Black Caribbean.",
    [L(LI, ["children on bail after remand"])],
    [R(RI, ["a support plan for every child released on bail after remand"])]],
   T("Child ZD", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "aged 17|17", "17.00",
     "16_17", "male", STAB, risk="parental_criminality", ctx="looked_after", eth="Black Caribbean"),
   link="Other resources Read overview report"),
 E("5. Serious case review: Child ZE (overview report)", [
    "Child ZE died in 2017, aged 5 weeks, from a bleed on the brain. A further child was born to the family in 2019 and was placed for adoption. The review was delayed by criminal proceedings until 2024. Ethnicity: not recorded.",
    [L(LI, ["delays to reviews"])],
    [R(RI, ["reviews to go ahead beside criminal proceedings"])]],
   T("Child ZE", "serious_case_review", "overview", "death", "2017", "aged 5 weeks|5 weeks", "0.10", "under_1",
     "not_stated", HEAD, eth="not_stated"), link="Other resources Read overview report"),
 E("6. Child safeguarding practice review: Children ZF and ZG (overview report)", [
    "A review of the deaths of a mother and her 2 children, a boy aged 6 and a girl aged 3, who were killed by the children's father in 2024. The father had been assessed as high risk by a MARAC in 2023 after he strangled the mother. Ethnicity: Polish.",
    [L(LI, ["risk after a MARAC", "non-fatal strangulation"])],
    [R(RI, ["children's services at every MARAC about a family with children"])]],
   T("Children ZF and ZG", "child_safeguarding_practice_review", "overview", "death", "2024", "*", "*", "*", "mixed",
     "physical_abuse", risk=A("domestic_abuse", "parental_criminality"), n="2", eth="Polish"),
   link="Other resources Read overview report"),
 E("7. Child safeguarding practice review: Child ZH (overview report)", [
    "Child ZH, a boy of 11 in special guardianship with his uncle, ran away in 2025 after disclosing that his uncle had hit him. He was found two days later and was then placed in foster care. Ethnicity: Roma.",
    [L(LI, ["special guardians who harm"])],
    [R(RI, ["annual reviews of special guardianship support plans"])]],
   T("Child ZH", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2025",
     "a boy of 11|boy of 11|11", "11.00", "11_15", "male", "physical_abuse",
     ctx=A("connected_carers", "looked_after; foster_care"), eth="Roma"), link="Other resources Read overview report"),
 E("8. Child safeguarding practice review: Child ZI (overview report)", [
    "Child ZI, a girl aged 12, died in 2024 of an asthma attack. She had not been seen by a doctor for two years, and her inhalers had not been collected. Her mother had agoraphobia, and Child ZI had been kept home from school to care for her. Ethnicity: White Irish.",
    [L(LI, ["children who care for a parent", "missed medical care"])],
    [R(RI, ["schools to ask why a young carer is absent"])]],
   T("Child ZI", "child_safeguarding_practice_review", "overview", "death", "2024", "a girl aged 12|aged 12|12",
     "12.00", "11_15", "female", "neglect", risk="parental_mental_health", ctx="not_in_school", eth="White Irish"),
   link="Other resources Read overview report"),
])

# --- A partnership page of 2026 reviews (text): "Child X: local child safeguarding practice review" and a rapid
# review learning summary, "Learning:", "Recommendations:".
FILES["og-partnership-reviews-2026.txt"] = dict(pubyear="2026", preamble=[
    "Published reviews 2026", "",
    "Local child safeguarding practice reviews and rapid review learning summaries published by the partnership in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("Child AA: local child safeguarding practice review", [
    "Child AA was four weeks old when she was admitted to hospital in 2025 with a fractured arm. Her parents gave no explanation. Her father, who was 20, had been cautioned as a youth for assaulting his own mother. Her mother had been supported by a family nurse since her pregnancy; she was not thought to have known about the injury.",
    [L("Learning:", ["fractures in babies who cannot move", "young fathers' histories"])],
    [R("Recommendations:", ["police youth cautions shared at pre-birth assessments"])]],
   T("Child AA", "child_safeguarding_practice_review", "overview", "serious_harm", "2025",
     "four weeks old|was four weeks old", "0.08", "under_1", "female", "physical_abuse",
     risk=A("", "parental_criminality; domestic_abuse")), link=RO),
 E("Children AB and AC: local child safeguarding practice review", [
    "Two teenage sisters, AB and AC, were sexually abused by their stepfather over several years until AB, then 16, told a teacher in 2024. AC, the younger, had autism and attended a special school. The stepfather had been acquitted of a sexual offence against another child in 2015.",
    [L("Learning:", ["disclosures by older sisters", "autistic girls and sexual abuse"])],
    [R("Recommendations:", ["relationships education adapted for special schools"])]],
   T("Children AB and AC", "child_safeguarding_practice_review", "overview", "serious_harm", "2024|", "*", "*", "*",
     "female", "sexual_abuse", ctx="disabled", n="2"), link=RO),
 E("Child AD: rapid review learning summary", [
    "A 5-month-old boy was brought to hospital in 2025 with bruising to his face. The strategy discussion concluded that the bruising was caused by his 2-year-old sister, and a child protection investigation was not started. His mother had postnatal depression.",
    [L("Learning:", ["bruising in babies caused by other children"])],
    [R("Recommendations:", ["a child protection medical before any explanation of bruising in a baby is accepted"])]],
   T("Child AD", "other", "briefing|unknown|overview", "serious_harm|other", "2025", "5-month-old", "0.42", "under_1",
     "male", A("", "other"), risk="parental_mental_health"), link="Read the learning summary"),
 E("Child AE: local child safeguarding practice review", [
    "Child AE, a 13-year-old girl who was privately fostered by an aunt after arriving from Nigeria in 2022, was found in 2024 to have been subjected to female genital mutilation before she came to the UK. The aunt's own daughters were on child in need plans.",
    [L("Learning:", ["private fostering of children from abroad", "female genital mutilation"])],
    [R("Recommendations:", ["private fostering checks at school admission"])]],
   T("Child AE", "child_safeguarding_practice_review", "overview", "serious_harm", "2024|2022|", "13-year-old",
     "13.00", "11_15", "female", "fgm_honour_based_abuse", ctx="|foster_care"), link=RO),
 E("Child AF: local child safeguarding practice review", [
    "Child AF died in 2023, aged 17, after he was hit by a car while fleeing from a police stop. He had been criminally exploited since he was 14 and had been in a secure children's home in 2022. His mother had reported him missing 40 times.",
    [L("Learning:", ["police pursuits of exploited children", "return from secure care"])],
    [R("Recommendations:", ["a transition plan for every child leaving a secure children's home"])]],
   T("Child AF", "child_safeguarding_practice_review", "overview", "death", "2023", "aged 17|17", "17.00", "16_17",
     "male", A("child_criminal_exploitation", "extra_familial_harm; other"), ctx="looked_after"), link=RO),
 E("Child AG: local child safeguarding practice review", [
    "Child AG, a baby boy, was born in January 2024 with neonatal abstinence syndrome and was discharged home with his mother under a child protection plan. He died at 11 weeks from an overdose of his mother's methadone. The post-mortem also found old rib fractures, which were not explained.",
    [L("Learning:", ["babies born with withdrawal", "discharge planning"])],
    [R("Recommendations:", ["a discharge planning meeting for every baby born with withdrawal symptoms"])]],
   T("Child AG", "child_safeguarding_practice_review", "overview", "death", "2024", "at 11 weeks|11 weeks", "0.21",
     "under_1", "male", A("poisoning_ingestion", "physical_abuse; neglect"), risk="parental_substance_misuse",
     ctx="child_protection_plan"), link=RO),
 E("Child AH: local child safeguarding practice review", [
    "Child AH, aged 10, was seriously injured in 2025 when he fell through a roof while playing on derelict farm buildings. There was no evidence of neglect, and he had been allowed to play out as other children of his age were. His stepfather, who had served a prison sentence for burglary in 2015, was at home.",
    [L("Learning:", ["derelict buildings in rural areas"])],
    [R("Recommendations:", ["landowners to secure derelict buildings"])]],
   T("Child AH", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "aged 10|10", "10.00",
     "6_10", "male", A("", "other"), risk="|parental_criminality"), link=RO),
])

# --- A winter 2026 update (text): "2026 – Area – Name", "Learning themes include:", "Recommendations include:".
FILES["oh-update-2026-winter.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews update: winter 2026", "",
    "Case reviews added to the collection in October, November and December 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2026 – Anonymous – Jake", [
    "Jake, a 15-year-old boy, died in hospital in May 2025, eleven days after he was assaulted by two older boys. He had been living in a children's home for eight months. Both boys were convicted of manslaughter; one had been in the same children's home.",
    [L(LT, ["violence between children in the same home", "placement matching"])],
    [R(RI, ["matching assessments that consider risks between children"])]],
   T("Jake", "unknown", "overview", "death", "2025", "15-year-old", "15.00", "11_15", "male", STAB,
     ctx="looked_after"), link=RO),
 E("2026 – Fenwick Marsh – Baby BA", [
    "Baby BA was 8 days old when she died in 2025 after her mother gave birth alone at home without medical help. The mother, 15, had concealed the pregnancy. She had been on a child in need plan herself and was living with her grandmother under a special guardianship order.",
    [L(LT, ["concealed pregnancies", "teenage mothers in special guardianship"])],
    [R(RI, ["pregnancy advice for every girl in special guardianship"])]],
   T("Baby BA", "unknown", "overview", "death", "2025", "8 days old|was 8 days old", "0.02", "under_1", "female",
     A("", "neglect; other; sudden_unexpected_infant_death"), area="Fenwick Marsh"), link=RO),
 E("2026 – Anonymous – Child BB", [
    "Child BB, who was 6, was found in 2024 to have lost 20% of her body weight while living with her father. She had been placed with him by a court in 2023 after her mother's partner was violent. Child BB's mother had raised concerns but these were not thought credible.",
    [L(LT, ["concerns raised by the other parent", "private law and safeguarding"])],
    [R(RI, ["a safeguarding check before any child arrangements order"])]],
   T("Child BB", "unknown", "overview", "serious_harm", "2024", "was 6|who was 6|6", "6.00", "6_10", "female",
     "neglect", risk="|domestic_abuse"), link=RO),
 E("2026 – Anonymous – Child BC", [
    "A 16-year-old girl who had been living in an unregulated placement was found in 2025 to have been trafficked for sexual exploitation. She had been in care since the age of 12. Her older brother, 19, was serving a sentence for drug supply.",
    [L(LT, ["unregulated placements", "trafficking within the UK"])],
    [R(RI, ["no child in care to be placed in unregulated accommodation"])]],
   T("Child BC", "unknown", "overview", "serious_harm", "2025", "16-year-old", "16.00", "16_17", "female",
     A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm"), ctx="looked_after"), link=RO),
 E("2026 – Anonymous – Children BD and BE", [
    "Twin boys, aged 2 months, were admitted in 2025 with unexplained injuries: BD had a skull fracture and BE bruises to his chest. Their father was arrested; their mother, aged 19, had been a child in care until 2024.",
    [L(LT, ["twins and the stress of caring", "young parents leaving care"])],
    [R(RI, ["extra health visitor contacts for parents of twins"])]],
   T("Children BD and BE", "unknown", "overview", "serious_harm", "2025", "aged 2 months|2 months", "0.17",
     "under_1", "male", A("physical_abuse", "non_accidental_head_injury"), n="2"), link=RO),
 E("2026 – Anonymous – Child BF", [
    "Child BF, a Year 11 pupil, died by suicide in 2024 after months of bullying online. An allegation that she had been sexually assaulted at a party was reported to the police in 2023 but was not pursued. She was not known to children's social care.",
    [L(LT, ["online bullying", "allegations that are not pursued"])],
    [R(RI, ["support for every child whose allegation is not pursued"])]],
   T("Child BF", "unknown", "overview", "death", "2024", "*", "", "unknown|", "female",
     A("self_harm_suicide", "online_harm; sexual_abuse")), link=RO),
 E("2026 – Ashby-de-la-Wold – Child BG", [
    "Child BG, a 9-year-old boy who used a wheelchair, was found in 2025 to have been left in soiled clothing for days by his mother, who was his only carer. His mother had a long history of depression. There was no evidence that his younger sister had been neglected.",
    [L(LT, ["disabled children with a single carer", "parental depression"])],
    [R(RI, ["short breaks offered to every single carer of a disabled child"])]],
   T("Child BG", "unknown", "overview", "serious_harm", "2025", "9-year-old", "9.00", "6_10", "male", "neglect",
     risk="parental_mental_health", ctx="disabled", area="Ashby-de-la-Wold"), link=RO),
 E("2026 – Anonymous – Child BH", [
    "Death of a 13-year-old girl in 2024 from an asthma attack at a friend's house. The review found no evidence of abuse or neglect. Her father was a wheelchair user and she was his main carer; she had missed a third of the school year.",
    [L(LT, ["young carers and their own health"])],
    [R(RI, ["asthma plans shared with schools for young carers"])]],
   T("Child BH", "unknown", "overview", "death", "2024", "13-year-old", "13.00", "11_15", "female", A("", "other"),
     ctx="|not_in_school"), link=RO),
])
