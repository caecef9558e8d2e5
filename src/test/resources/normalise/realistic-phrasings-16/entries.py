# Entries of the "realistic phrasings 16" set (issue 9, session 27): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: the NSPCC yearly
# lists of 2013, 2014, 2017 and 2018 ("Month YYYY - Area - Child X", a lead sentence "Sexual abuse of a 15-year-old
# adolescent by her older brother in 2015.", "Background:" lines that tell a relative's conviction or a parent's history
# before the child's, "Key issues:", "Keywords:", "Model: ... Welsh Child Practice Review model"), the NSPCC "Case
# reviews update" of 2025 ("2025 - Area - Name", "Learning themes include:", "Recommendations to the partnership
# include:", a baby's death told through the mother's fall and the father's offending) and a repository month of 2021
# ("Serious case review: Child D (executive summary)", the parents' histories after the child's death). Only short
# generic phrases are shared with them.
# What this set leans on (issue 9: most wrong fields are codes, ages and sexes given to the wrong person), each phrase
# grepped in sets 1-15's entries.py and unseen-entries.txt first ("The review focused on", "The subject of this review",
# "This learning review concerns", "the fourth child", "the middle brother", "The review centres", "a female youth
# leader", "nanny", "level crossing", "gaming platform", "mother and baby unit" are in none; "This review concerns",
# "The review concerns the youngest", "the middle child" are in set 15 only):
# - WHO IS IT ABOUT: another person's story told first, with no label (a half-brother's remand, a cousin's exploitation,
#   an eldest child's head injury and adoption, a mother's own care and exploitation), the child named late ("This
#   review concerns Child MV, the fourth child", "The review focused on the youngest child", "The subject of this review
#   is her brother", "This learning review concerns her youngest", "The review focused on her fourth child");
# - pronouns that switch between the child and a parent or a brother across sentences ("She stopped taking her
#   medication", "He had a history of violence", "He had been treated for depression");
# - several children in one review (whose age, whose sex: the subject is the one the review concerns or the one named
#   first in the title sentence);
# - adults' deaths beside a child's injury or survival (a father's in a car, a grandmother's in a fire, a mother killed,
#   a father's overdose, a mother and brother at a level crossing, a stepfather in a stolen car);
# - perpetrators' ages and sexes before or after the child's (a 16-year-old boy, a 17-year-old girl babysitting, four
#   older girls aged 14 to 16, a female youth leader aged 42, a 19-year-old nanny, a 14-year-old girl neighbour, a
#   31-year-old man, a 16-year-old girl with a knife);
# - siblings' care status (foster care, a secure children's home, adoption, a child protection plan, a child in need
#   plan, kinship care, exclusion from school, an EHCP) beside the child's own;
# - the ordinary case too: the child's own facts told first, then a sibling's (which must not drop the child's).
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -15, unchanged): not stated means empty, and a negated or ruled-out fact is not
# stated; a code is about the child(ren) the entry describes, never a parent's, sibling's, cousin's, carer's or
# perpetrator's own harm, plan, care, school, condition, outcome, sex or age; a parent's mental health, substance or
# alcohol misuse, learning disability, criminality or domestic abuse is the child's risk factor (a mother's partner or
# stepfather accepted either way, a past history accepted either way); a child's own past plan or care is coded; a
# span over years accepts either end (or none); several children: ages `*` unless one age is stated for all, sex
# `mixed` only when both sexes are stated; accidents and hazards accept `neglect`, `other` or none; special
# guardianship and kinship care are `connected_carers`; a Scottish "Read the review" is document type `unknown`, and a
# Scottish summary that names no review accepts `unknown` beside `learning_review`. New here: another person's death
# is never the child's outcome (a child who survives an incident in which an adult died is `serious_harm`, or `other`
# when the child was not hurt); when a review tells of several children and says which one it concerns, the age, sex
# and codes are that child's, and `n_children` accepts 1 or the number told. `a|b` alternatives, `*` not scored.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from phrasing_entries import COLS, T, A, ANY, E, L, R, HEAD, STAB, WELSH_MODEL, RO  # noqa: E402,F401

ACCIDENT = A("", "neglect; other")

NAV = ["<header><a href=\"#main\">Skip to content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Case reviews</a></li><li><a href=\"#\">Updates</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Accessibility</p><p>Cookies</p></footer>"]

FILES = {}
LI = "Learning includes:"
RP = "Recommendations to the partnership include:"
RI = "Recommendations include:"
LT = "Learning themes include:"
RREV = "Read the review"

# --- An autumn 2026 case reviews update (HTML): "2026 – Area – Name", summaries of one to three paragraphs.
FILES["qa-update-2026-autumn.html"] = dict(page_title="Case reviews update", html_preamble=NAV, html_footer=FOOT,
    h1="Case reviews update: autumn 2026", pubyear="2026",
    intro_html=["Case reviews recently added to the collection. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Anonymous – Child VA", [
    "Child VA's half-brother, aged 17, was arrested in May 2023 for carrying a knife and was remanded to a young offender institution. He had been looked after by the local authority since 2021 and had an education, health and care plan.",
    "The review focused on the youngest of the three children, Child VA, a boy of 6, who was found in October 2024 with a fractured arm and bruising to his back. His mother's partner was charged with assault. Child VA had been on a child in need plan since the spring of 2024.",
    [L(LI, ["the younger siblings of young people in custody", "new partners in the home"])],
    [R(RP, ["a review of every child in need plan when a new adult joins the household"])]],
   T("Child VA", "unknown", "overview", "serious_harm", "2024", "a boy of 6|boy of 6|of 6|6", "6.00", "6_10", "male",
     "physical_abuse", risk="|parental_criminality", ctx="child_in_need_plan"), link=RO),
 E("2026 – Anonymous – Children VB and VC", [
    "Two sisters, aged 4 and 7, were found alone in a flat in March 2025 with no food in the house. Their mother, 26, had been admitted to hospital after an overdose two days earlier.",
    "Their half-brother, 15, who had been asked to look after them, had gone to stay with friends. He had been excluded from school the month before.",
    [L(LI, ["older siblings as carers", "hospital admissions of lone parents"])],
    [R(RP, ["hospitals to ask every adult admitted who is caring for children at home"])]],
   T("Children VB and VC", "unknown", "overview", "serious_harm|other", "2025", "*", "*", "*", "female", "neglect",
     risk=A("", "parental_mental_health; parental_substance_misuse"), n="2"), link=RO),
 E("2026 – Anonymous – Child VD", [
    "A father died and his 4-month-old daughter was seriously injured when the car he was driving left the road in August 2024. He was over the drink-drive limit and the baby was not in a car seat.",
    "The family had been known to children's social care since 2022 because of the father's drinking and his violence towards the baby's mother.",
    [L(LI, ["drink-driving by parents", "fathers known for domestic abuse"])],
    [R(RP, ["car seat checks at the new birth visit"])]],
   T("Child VD", "unknown", "overview", "serious_harm", "2024", "4-month-old", "0.33", "under_1", "female", ACCIDENT,
     risk="parental_alcohol_misuse; domestic_abuse"), link=RO),
 E("2026 – Anonymous – Child VE", [
    "A 16-year-old boy was convicted in 2025 of the rape of a 12-year-old girl, Child VE, whom he had met through a social media app in 2024. He had been on a child protection plan for neglect as a younger child and was living in a children's home.",
    "Child VE had told a friend, who told a teacher. Her parents had not known she used the app.",
    [L(LI, ["harmful sexual behaviour by looked after young people", "social media apps and younger children"])],
    [R(RP, ["online safety sessions for the parents of children in Year 7"])]],
   T("Child VE", "unknown", "overview", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "female",
     A("sexual_abuse", "online_harm; extra_familial_harm; child_sexual_exploitation")), link=RO),
 E("2026 – Anonymous – Child VF", [
    "Child VF, aged 9, lived with her mother, who had bipolar disorder. She stopped taking her medication in the summer of 2024 and became unwell. She kept Child VF off school for seven weeks and told her that the neighbours were trying to poison them.",
    "She was detained under the Mental Health Act in September 2024, and Child VF went to live with her aunt.",
    [L(LI, ["children of parents with serious mental illness", "absence from school as a sign of need"])],
    [R(RP, ["adult mental health services to ask about children at every review"])]],
   T("Child VF", "unknown", "overview", "serious_harm|other", "2024", "aged 9|9", "9.00", "6_10", "female",
     ANY("emotional_abuse; neglect"), risk="parental_mental_health",
     ctx=A("", "not_in_school; connected_carers")), link=RO),
 E("2026 – Harbury Vale – Child VG", [
    "Child VG, a 14-year-old boy, was stabbed in a park in April 2025 and died at the scene. He had been excluded from school in 2024 and was being criminally exploited by an older group. He had been made subject to a child protection plan in January 2025.",
    "His younger sister, 11, was placed in foster care after his death.",
    [L(LI, ["exclusion and exploitation", "child protection plans for exploited young people"])],
    [R(RP, ["a multi-agency meeting before any exclusion of a child on a plan"])]],
   T("Child VG", "unknown", "overview", "death", "2025", "14-year-old", "14.00", "11_15", "male",
     A("child_criminal_exploitation", "extra_familial_harm; physical_abuse"),
     ctx="not_in_school; child_protection_plan", area="Harbury Vale"), link=RO),
 E("2026 – Anonymous – Baby VH", [
    "The mother was 16 when she became pregnant and was living in a residential children's home. She had been sexually exploited from the age of 13 and was subject to a child protection plan.",
    "Baby VH was born in January 2025 and died in June 2025, aged 5 months, after his mother's 19-year-old boyfriend shook him. The boyfriend was convicted of manslaughter.",
    [L(LI, ["babies of looked after teenagers", "young men who care for babies"])],
    [R(RP, ["a pre-birth assessment for every looked after young woman who is pregnant"])]],
   T("Baby VH", "unknown", "overview", "death", "2025", "aged 5 months|5 months", "0.42", "under_1", "male", HEAD,
     risk="|parental_criminality"), link=RO),
 E("2026 – Anonymous – Child VI", [
    "Three children had lived with their grandmother under a special guardianship order since 2021. The eldest, a girl of 13, had been referred to mental health services for self-harm.",
    "The subject of this review is her brother, Child VI, aged 8, who was sexually abused by a 15-year-old cousin who stayed at the house at weekends during 2023.",
    [L(LI, ["support for special guardians", "harmful sexual behaviour within families"])],
    [R(RP, ["safety planning advice for special guardians"])]],
   T("Child VI", "unknown", "overview", "serious_harm", "2023", "aged 8|8", "8.00", "6_10", "male", "sexual_abuse",
     ctx="connected_carers"), link=RO),
])

# --- A 2025 list (text): "Month YYYY – Area – Child X", a lead sentence, "Background:", "Key issues:", "Keywords:".
FILES["qb-list-2025-background.txt"] = dict(pubyear="2025", preamble=[
    "Case reviews published in 2025", "",
    "A chronological list of case reviews published in 2025. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2025 – Anonymous – Child WA", [
    "Serious injury of a 3-year-old boy in 2024, who was found to have non-accidental burns to his feet.",
    "Background: his mother's previous partner had been convicted in 2019 of assaulting her older son, then aged 6, who was later adopted. The family had moved three times since 2020.",
    [L("Key issues:", ["the history of previous partners", "families who move often"], style="semi-noand")],
    [R("Recommendations:", ["a check of previous partners' convictions at every assessment"])],
    "Keywords: burns, physical abuse"],
   T("Child WA", "unknown", "overview", "serious_harm", "2024", "3-year-old", "3.00", "1_5", "male", "physical_abuse",
     risk="|parental_criminality"), link=RO),
 E("November 2025 – Anonymous – Child WB", [
    "Murder of a 2-year-old girl by her mother's 24-year-old boyfriend in June 2024. He had a history of violence against previous partners and had served a prison sentence.",
    "Background: the mother, 19, was a care leaver and had been on a child protection plan as a teenager. Child WB had been seen by a GP with bruises in May 2024.",
    [L("Key issues:", ["young mothers who leave care", "bruising in young children"], style="semi-noand")],
    [R("Recommendations:", ["GPs to follow the bruising protocol for children under five"])],
    "Keywords: physical abuse, care leavers"],
   T("Child WB", "unknown", "overview", "death", "2024", "2-year-old", "2.00", "1_5", "female", "physical_abuse",
     risk=A("", "parental_criminality; domestic_abuse")), link=RO),
 E("October 2025 – Anonymous – Child WC", [
    "Death of a 16-year-old boy in 2024. He was killed by his father, who then took his own life.",
    "Background: the father had separated from the boy's mother in 2023 and had been refused contact with his younger children. He had been treated for depression by his GP.",
    [L("Key issues:", ["fathers after separation", "risk assessment in primary care"], style="semi-noand")],
    [R("Recommendations:", ["GPs to ask about children when a father reports depression after separation"])],
    "Keywords: filicide, separation"],
   T("Child WC", "unknown", "overview", "death", "2024", "16-year-old", "16.00", "16_17", "male", "physical_abuse",
     risk="parental_mental_health"), link=RO),
 E("September 2025 – Anonymous – Child WD", [
    "Sexual exploitation of a 15-year-old girl between 2022 and 2024. She lived at home with her mother.",
    "Background: her older sister had been placed in a secure children's home in 2021 after repeatedly going missing and was later in foster care; her younger brother was on a child protection plan for neglect.",
    [L("Key issues:", ["siblings of exploited young people", "missing episodes"], style="semi-noand")],
    [R("Recommendations:", ["a family approach to exploitation"])],
    "Keywords: child sexual exploitation, siblings"],
   T("Child WD", "unknown", "overview", "serious_harm", "2022|2024|", "15-year-old", "15.00", "11_15", "female",
     A("child_sexual_exploitation", "extra_familial_harm; sexual_abuse")), link=RO),
 E("August 2025 – Anonymous – Child WE", [
    "A mother and her partner were convicted in 2025 of causing or allowing the death of a child. The mother's eldest daughter, aged 10, had told her teacher in 2022 that she was hit at home, and she was moved to her father's care.",
    "The review focused on the death of the youngest child, a 20-month-old boy, in October 2023, from abdominal injuries.",
    "Background: the mother misused cannabis and the partner had convictions for drug dealing.",
    [L("Key issues:", ["what an older child's disclosure means for younger children", "new partners"], style="semi-noand")],
    [R("Recommendations:", ["an assessment of every child in the household after a disclosure"])],
    "Keywords: physical abuse, substance misuse"],
   T("Child WE", "unknown", "overview", "death", "2023", "20-month-old", "1.67", "1_5", "male", "physical_abuse",
     risk=A("parental_substance_misuse", "parental_criminality")), link=RO),
 E("July 2025 – Anonymous – Child WF", [
    "Serious injury of a 7-year-old girl in a house fire in January 2024 in which her grandmother, who was her carer, died.",
    "Background: Child WF had lived with her grandmother under a special guardianship order since 2020, after her mother's death from a drug overdose. The grandmother had dementia and smoked.",
    [L("Key issues:", ["older special guardians", "fire safety"], style="semi-noand")],
    [R("Recommendations:", ["a fire safety visit for every special guardian"])],
    "Keywords: fire, special guardianship"],
   T("Child WF", "unknown", "overview", "serious_harm", "2024", "7-year-old", "7.00", "6_10", "female", ACCIDENT,
     risk="|parental_substance_misuse", ctx="connected_carers"), link=RO),
 E("June 2025 – Anonymous – Child WG", [
    "Neglect of a 12-year-old boy with cerebral palsy, who was found in 2024 to be severely underweight and to have pressure sores. He had not attended school since 2022.",
    "Background: his twin sister was a young carer for him and their mother, who had alcohol problems; she was made subject to a child in need plan in 2023.",
    [L("Key issues:", ["disabled children out of school", "young carers"], style="semi-noand")],
    [R("Recommendations:", ["a named worker for every disabled child not on a school roll"])],
    "Keywords: neglect, disabled children"],
   T("Child WG", "unknown", "overview", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "male", "neglect",
     risk="parental_alcohol_misuse", ctx="disabled; not_in_school"), link=RO),
])

# --- Welsh child practice reviews of 2026 (text), the model line.
FILES["qc-wales-2026-child-practice-reviews.txt"] = dict(pubyear="2026", preamble=[
    "Child practice reviews published in 2026", "",
    "Child practice reviews published by the regional safeguarding boards in Wales in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("January 2026 – Cwm Aran Safeguarding Board – Child XA", [
    "An extended child practice review concerning a family of five children. The two eldest, aged 14 and 12, had been placed with foster carers in 2022.",
    "The review concerns Child XA, the third child, a 9-year-old boy, who was taken to hospital in 2024 with a broken leg that his mother's partner said was caused by a fall from a trampoline; a skeletal survey found older rib fractures.",
    [L("Learning:", ["the children who stay at home after siblings are removed", "explanations of injuries"])],
    WELSH_MODEL,
    "Keywords: physical abuse, large families"],
   T("Child XA", "child_practice_review", "overview", "serious_harm", "2024", "9-year-old", "9.00", "6_10", "male",
     "physical_abuse", area="Cwm Aran Safeguarding Board|Cwm Aran"), link=RO),
 E("February 2026 – Anonymous – Child XB", [
    "A concise child practice review. In 2025 a 13-year-old girl was assaulted and filmed by a group of four older girls, aged 14 to 16, who shared the video on social media. Two of the girls were looked after children living in a residential home.",
    [L("Learning:", ["filmed assaults", "peer-on-peer abuse"])],
    WELSH_MODEL,
    "Keywords: peer abuse, social media"],
   T("Child XB", "child_practice_review", "overview", "serious_harm", "2025", "13-year-old", "13.00", "11_15", "female",
     ANY("physical_abuse; extra_familial_harm; online_harm")), link=RO),
 E("March 2026 – Anonymous – Child XC", [
    "A joint child practice review and domestic homicide review following the killing of a mother by her partner in April 2025. Her 11-month-old son, Child XC, was in the flat and was found two days later, dehydrated but alive.",
    [L("Learning:", ["babies left alone after a parent's death", "risk assessment of domestic abuse"])],
    WELSH_MODEL,
    "Keywords: domestic homicide, babies"],
   T("Child XC", "child_practice_review|domestic_homicide_review", "overview", "serious_harm|other", "2025",
     "11-month-old", "0.92", "under_1", "male", A("", "neglect; emotional_abuse"), risk="domestic_abuse"), link=RO),
 E("April 2026 – Anonymous – Child XD", [
    "An extended child practice review concerning a 15-year-old girl who became pregnant in 2024. Her mother had a learning disability and had herself been a teenage mother. She gave birth to a daughter in March 2025 and they were placed together in a mother and baby foster placement.",
    "The father of the baby, a 23-year-old man, was later convicted of sexual activity with a child.",
    [L("Learning:", ["pregnancy in young teenagers", "parents with a learning disability"])],
    WELSH_MODEL,
    "Keywords: teenage pregnancy, sexual abuse"],
   T("Child XD", "child_practice_review", "overview", "serious_harm", "2024|2025", "15-year-old", "15.00", "11_15",
     "female", A("sexual_abuse", "child_sexual_exploitation; extra_familial_harm"),
     risk="parental_learning_disability", ctx="looked_after|foster_care|looked_after; foster_care"), link=RO),
 E("May 2026 – Anonymous – Children XE and XF", [
    "A concise child practice review about two brothers, aged 6 and 8, who were found to have been living in a home with no heating, rotting food and dog faeces during 2024. Their older sister, 16, had left home to live with her boyfriend. Their father had been in prison since 2023.",
    [L("Learning:", ["home conditions", "the impact of a parent's imprisonment"])],
    WELSH_MODEL,
    "Keywords: neglect, home conditions"],
   T("Children XE and XF", "child_practice_review", "overview", "serious_harm|other", "2024", "*", "*", "*", "male",
     "neglect", risk="parental_criminality", n="2"), link=RO),
 E("June 2026 – Anonymous – Child XG", [
    "A 4-year-old boy with Down's syndrome drowned in a garden pond in July 2025 while his mother was asleep after drinking. He had been on a child protection plan for neglect since 2024.",
    "His older brother, 10, had been excluded from school and was living with his father.",
    [L("Learning:", ["supervision of disabled children", "parental alcohol misuse"])],
    WELSH_MODEL,
    "Keywords: drowning, neglect"],
   T("Child XG", "child_practice_review", "overview", "death", "2025", "4-year-old", "4.00", "1_5", "male",
     A("neglect", "other"), risk="parental_alcohol_misuse", ctx="disabled; child_protection_plan"), link=RO),
 E("July 2026 – Anonymous – Child XH", [
    "A child practice review after a 17-year-old was seriously injured in a crash in 2025. He was a passenger in a stolen car driven by his stepfather, 34, who was killed. His stepfather had a long history of car theft and drug use.",
    [L("Learning:", ["young people and adults who offend", "stepfathers"])],
    WELSH_MODEL,
    "Keywords: road traffic collision, stepfathers"],
   T("Child XH", "child_practice_review", "overview", "serious_harm", "2025", "17-year-old", "17.00", "16_17", "male",
     ACCIDENT, risk=A("", "parental_criminality; parental_substance_misuse")), link=RO),
 E("August 2026 – Anonymous – Child XI", [
    "In 2019 the eldest of three sisters, then 11, told a teacher that her grandfather had touched her; the police took no further action.",
    "The review focused on the middle sister, Child XI, who disclosed in 2025, aged 12, that the same grandfather had sexually abused her for several years.",
    [L("Learning:", ["allegations that are not pursued", "the siblings of children who disclose"])],
    WELSH_MODEL,
    "Keywords: sexual abuse, grandparents"],
   T("Child XI", "child_practice_review", "overview", "serious_harm", "2025|", "aged 12|12", "12.00", "11_15", "female",
     "sexual_abuse"), link=RO),
])

# --- Scottish learning reviews of 2026 (HTML): "2026 – Committee – Name", "Read the review".
FILES["qd-scotland-2026-learning-reviews.html"] = dict(page_title="Learning reviews published in 2026",
    html_preamble=NAV, html_footer=FOOT, h1="Learning reviews published in Scotland, 2026", pubyear="2026",
    intro_html=["Learning reviews published by child protection committees in 2026. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Strathallan Child Protection Committee – Child YA", [
    "A learning review was commissioned after the death of a man, aged 38, and the serious neglect of his son, aged 2, who was found in the flat with him in February 2025. The father had died of a heroin overdose several days earlier.",
    [L("Learning:", ["lone fathers who use drugs", "children unseen by services"])],
    [R("Recommendations:", ["drug services to record every child a client cares for"])]],
   T("Child YA", "learning_review", "unknown", "serious_harm", "2025", "aged 2|2", "2.00", "1_5", "male", "neglect",
     risk="parental_substance_misuse", area="Strathallan Child Protection Committee|Strathallan"), link=RREV),
 E("2026 – Anonymous – Child YB", [
    "Child YB's mother was convicted of drug offences in 2020 and spent two years in prison, during which her four children lived with their grandmother. Her eldest son is now in secure care.",
    "This learning review concerns her youngest, Child YB, a girl of 4, who was admitted to hospital in November 2024 after swallowing methadone.",
    [L("Learning:", ["methadone in the home", "children's return to a parent after prison"])],
    [R("Recommendations:", ["safe storage checks for every parent prescribed methadone"])]],
   T("Child YB", "learning_review", "unknown", "serious_harm", "2024", "a girl of 4|girl of 4|of 4|4", "4.00", "1_5",
     "female", A("poisoning_ingestion", "neglect"), risk=A("parental_criminality", "parental_substance_misuse"),
     ctx="connected_carers|"), link=RREV),
 E("2026 – Anonymous – Children YC, YD and YE", [
    "A learning review about three siblings, a boy aged 11 and two girls aged 7 and 5, who were exposed to domestic abuse and neglect over several years until they were removed in 2024. The boy had been caring for his sisters and was not attending school.",
    [L("Learning:", ["neglect over years", "children who care for siblings"])],
    [R("Recommendations:", ["a chronology for every family known for five years"])]],
   T("Children YC, YD and YE", "learning_review", "unknown", "serious_harm|other", "2024|", "*", "*", "*", "mixed",
     A("neglect", "emotional_abuse"), risk="domestic_abuse", ctx=A("not_in_school", "looked_after"), n="3"),
   link=RREV),
 E("2026 – Anonymous – Child YF", [
    "Child YF, a 3-year-old boy, died in August 2024 from a head injury inflicted by a 17-year-old girl who was babysitting him. She was convicted of culpable homicide in 2025.",
    "She had been in residential care since she was 12 and had ADHD.",
    [L("Learning:", ["young people as babysitters", "informal childcare"])],
    [R(RI, ["advice to parents on choosing a babysitter"])]],
   T("Child YF", "learning_review|unknown", "unknown", "death", "2024", "3-year-old", "3.00", "1_5", "male", HEAD),
   link=RREV),
 E("2026 – Anonymous – Child YG", [
    "A learning review into the care of a 14-year-old girl whose mother died of cancer in 2023. After her mother's death she lived with her father, who drank heavily. She stopped attending school, and in 2024 she was found to be in a relationship with a 27-year-old man who supplied her with drugs.",
    "She was made subject to a compulsory supervision order and placed in a children's unit.",
    [L("Learning:", ["bereaved teenagers", "older men and younger girls"])],
    [R(RI, ["bereavement support through schools"])]],
   T("Child YG", "learning_review", "unknown", "serious_harm|other", "2024", "14-year-old", "14.00", "11_15", "female",
     ANY("child_sexual_exploitation; sexual_abuse; extra_familial_harm"), risk="parental_alcohol_misuse",
     ctx="not_in_school; looked_after"), link=RREV),
 E("2026 – Anonymous – Child YH", [
    "Child YH, a 6-month-old girl, was found with a fractured skull in May 2025. She had been born dependent on opiates and spent three weeks in a neonatal unit.",
    "Her older brother, 3, had been on the child protection register since 2023 and lived with their grandparents.",
    [L("Learning:", ["babies born to parents who use drugs", "siblings on the register"])],
    [R(RI, ["a pre-birth case conference when a sibling is on the register"])]],
   T("Child YH", "learning_review|unknown", "unknown", "serious_harm", "2025", "6-month-old", "0.50", "under_1",
     "female", HEAD, risk="|parental_substance_misuse"), link=RREV),
 E("2026 – Anonymous – Child YI", [
    "A significant case review, begun before learning reviews were introduced, into the circumstances of a 13-year-old boy who found his mother dead at home in December 2022 and was not seen by any professional for the following three weeks. He had autism and was not attending school.",
    [L("Learning:", ["children at home when a parent dies", "autistic children out of school"])],
    [R(RI, ["welfare checks for children not in school"])]],
   T("Child YI", "significant_case_review", "unknown", "other|serious_harm", "2022", "13-year-old", "13.00", "11_15",
     "male", A("", "neglect; emotional_abuse"), ctx="disabled; not_in_school"), link=RREV),
])

# --- Northern Irish case management reviews of 2026 (text).
FILES["qe-ni-2026-case-management.txt"] = dict(pubyear="2026", preamble=[
    "Case management reviews published in 2026", "",
    "Executive summaries of case management reviews published in Northern Ireland in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("March 2026 – Anonymous – Child ZA", [
    "Child ZA's older brother, aged 16, was shot in the legs in a paramilitary-style attack in 2021 and moved to England. Their father was serving a prison sentence.",
    "A case management review into the death of Child ZA, aged 14, who took his own life in October 2024 after being threatened by the same group.",
    [L("Learning:", ["the younger brothers of young people attacked"])],
    [R("Recommendations:", ["a safety plan for every sibling of a child attacked by a paramilitary group"])]],
   T("Child ZA", "case_management_review", "overview", "death", "2024", "aged 14|14", "14.00", "11_15", "male",
     A("self_harm_suicide", "extra_familial_harm"), risk="parental_criminality"), link=RO),
 E("April 2026 – Anonymous – Child ZB", [
    "A 15-year-old boy sexually assaulted his 6-year-old half-sister, Child ZB, on several occasions in 2024. He had himself been abused by his father and had been on the child protection register.",
    "A case management review was held because Child ZB had been seen by a GP with soreness and no questions were asked.",
    [L("Learning:", ["harmful sexual behaviour by older siblings", "professional curiosity"])],
    [R("Recommendations:", ["GP training on signs of sexual abuse in young children"])]],
   T("Child ZB", "case_management_review", "overview", "serious_harm", "2024", "6-year-old", "6.00", "6_10", "female",
     "sexual_abuse"), link=RO),
 E("May 2026 – Anonymous – Children ZC and ZD", [
    "A case management review following a fire at the family home in January 2025 in which the children's father and a 9-year-old girl died. Her 12-year-old brother escaped with burns. The father had started the fire.",
    [L("Learning:", ["fathers who kill their children"])],
    [R("Recommendations:", ["risk assessment when a parent threatens to harm the family"])]],
   T("Children ZC and ZD", "case_management_review", "overview", "death", "2025", "*", "*", "*", "mixed",
     "physical_abuse", n="2"), link=RO),
 E("June 2026 – Anonymous – Child ZE", [
    "A case management review concerning a 16-year-old girl who had been sexually exploited by adult men since 2022. She had been in residential care since 2021 and had an eating disorder.",
    "Her younger sister, 13, lived with their mother, who had a heroin addiction.",
    [L("Learning:", ["exploitation of girls in residential care"])],
    [R("Recommendations:", ["a trauma-informed approach in residential homes"])]],
   T("Child ZE", "case_management_review", "overview", "serious_harm", "2022|", "16-year-old", "16.00", "16_17",
     "female", A("child_sexual_exploitation", "extra_familial_harm; sexual_abuse"),
     risk="|parental_substance_misuse", ctx="looked_after"), link=RO),
 E("July 2026 – Anonymous – Child ZF", [
    "A case management review into the death of a 7-week-old baby boy in March 2025 while co-sleeping with his mother on a sofa. She had taken diazepam and had drunk alcohol. She had been known to mental health services since she was 15 and had been in care as a child.",
    [L("Learning:", ["safer sleep", "mothers who were in care"])],
    [R("Recommendations:", ["safer sleep advice at every contact"])]],
   T("Child ZF", "case_management_review", "overview", "death", "2025", "7-week-old", "0.13", "under_1", "male",
     A("sudden_unexpected_infant_death", "neglect"),
     risk=A("co_sleeping; parental_mental_health", "parental_alcohol_misuse; parental_substance_misuse")), link=RO),
 E("August 2026 – Anonymous – Child ZG", [
    "A case management review after a 12-year-old boy disclosed in 2025 that he had been sexually abused for two years by a female youth leader, aged 42. She had previously been dismissed from a school.",
    [L("Learning:", ["women who sexually abuse", "safer recruitment in voluntary groups"])],
    [R("Recommendations:", ["safer recruitment training for youth groups"])]],
   T("Child ZG", "case_management_review", "overview", "serious_harm", "2025|2023|", "12-year-old", "12.00", "11_15",
     "male", A("sexual_abuse", "extra_familial_harm")), link=RO),
 E("September 2026 – Anonymous – Child ZH", [
    "The Trust had worked with the family since the eldest child, then 2, was admitted to hospital with a head injury in 2017; he was adopted in 2019.",
    "A case management review into the serious injury of his half-sister, Child ZH, who was 5 weeks old when she was found with a fractured arm and bruises in September 2025.",
    [L("Learning:", ["pre-birth assessment after a child is adopted"])],
    [R("Recommendations:", ["a pre-birth assessment for every parent whose child has been adopted"])]],
   T("Child ZH", "case_management_review", "overview", "serious_harm", "2025",
     "who was 5 weeks old|was 5 weeks old|5 weeks old", "0.10", "under_1", "female", "physical_abuse"), link=RO),
 E("October 2026 – Anonymous – Child ZI", [
    "A case management review concerning a boy aged 10 who was living in kinship care with his aunt when he was physically assaulted by her husband in 2024. His two sisters were in foster care and his brother was in a secure unit.",
    [L("Learning:", ["assessment of kinship carers' partners"])],
    [R("Recommendations:", ["checks on every adult in a kinship household"])]],
   T("Child ZI", "case_management_review", "overview", "serious_harm", "2024", "aged 10|10", "10.00", "6_10", "male",
     "physical_abuse", ctx=A("connected_carers", "looked_after")), link=RO),
])

# --- A March 2026 repository month (text): numbered "Type: Name (document)" headings, an ethnicity line.
FILES["qf-monthly-2026-repository.txt"] = dict(pubyear="2026|", month="2026-03", preamble=[
    "NSPCC Repository – March 2026",
    "In March 2026 seven case reviews were added to the NSPCC Repository. A summary of each follows (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child safeguarding practice review: Child AV (overview report)", [
    "The review concerns the death of a 10-week-old baby boy, Child AV, in December 2024. His father, aged 23, had been a looked after child and had been diagnosed with ADHD; he was convicted of his manslaughter in 2025. His mother, 19, was pregnant again at the time of the review.",
    "Ethnicity: White British.",
    [L(LI, ["fathers who were looked after"])],
    [R(RI, ["a pre-birth assessment that includes the father's history"])]],
   T("Child AV", "child_safeguarding_practice_review", "overview", "death", "2024", "10-week-old", "0.19", "under_1",
     "male", A("physical_abuse", "non_accidental_head_injury"), risk="|parental_criminality", eth="White British"),
   link="Other resources Read overview report"),
 E("2. Local child safeguarding practice review: Child BV (overview report)", [
    "Child BV, a 15-year-old boy, took his own life at home in 2025. His older brother had died in a car crash a year earlier, and since then he had stopped going to school. He had been on a child in need plan. His brother had been drinking and was driving without a licence.",
    "Ethnicity: White British.",
    [L(LI, ["bereaved siblings", "young people who stop going to school"])],
    [R(RI, ["bereavement support for siblings through schools"])]],
   T("Child BV", "child_safeguarding_practice_review", "overview", "death", "2025", "15-year-old", "15.00", "11_15",
     "male", "self_harm_suicide", ctx="not_in_school; child_in_need_plan", eth="White British"),
   link="Other resources Read overview report"),
 E("3. Serious case review: Child CV (executive summary)", [
    "Child CV, a 7-year-old girl, and her two brothers, aged 9 and 12, were sexually abused by their stepfather between 2016 and 2019. Child CV disclosed the abuse to her teacher.",
    "Ethnicity: not stated.",
    [L(LI, ["children's disclosures to teachers"])],
    [R(RI, ["training for teachers on responding to disclosures"])]],
   T("Child CV", "serious_case_review", "executive_summary", "serious_harm", "2016|2019|", "7-year-old", "7.00", "6_10",
     "female", "sexual_abuse", risk="|parental_criminality", n="1|3"), link="Other resources Read executive summary"),
 E("4. Child safeguarding practice review: Child DV (overview report)", [
    "The review concerns a 13-year-old girl who was seriously injured in 2024 when the car her mother was driving was hit by a train at a level crossing. Her mother and younger brother died. Her mother had epilepsy and had been told not to drive.",
    "Ethnicity: Asian British Pakistani.",
    [L(LI, ["parents' medical conditions and driving"])],
    [R(RI, ["GPs to record advice not to drive"])]],
   T("Child DV", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "13-year-old", "13.00",
     "11_15", "female", ACCIDENT, eth="Asian British Pakistani"), link="Other resources Read overview report"),
 E("5. Child safeguarding practice review: Child EV (overview report)", [
    "Serious sexual abuse of a boy, aged 8, by a 14-year-old neighbour in 2024. The 14-year-old, a girl, had been excluded from school and was herself subject to a child protection plan.",
    "Ethnicity: White British.",
    [L(LI, ["harmful sexual behaviour by girls"])],
    [R(RI, ["assessment tools for harmful sexual behaviour to be used for girls"])]],
   T("Child EV", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "aged 8|8", "8.00", "6_10",
     "male", A("sexual_abuse", "extra_familial_harm"), eth="White British"),
   link="Other resources Read overview report"),
 E("6. Serious case review: Child FV (overview report)", [
    "Ms F had five children by three fathers. Her eldest two, twins aged 17, were living independently after leaving care. Her third child, a girl of 12, had a learning disability and attended a special school.",
    "The review focused on her fourth child, Child FV, an 8-year-old boy who died from an asthma attack in 2019 after his mother failed to seek medical help.",
    "Ethnicity: White British.",
    [L(LI, ["large families known to services for many years"])],
    [R(RI, ["asthma plans shared with schools and GPs"])]],
   T("Child FV", "serious_case_review", "overview", "death", "2019", "8-year-old", "8.00", "6_10", "male", "neglect",
     eth="White British"), link="Other resources Read overview report"),
 E("7. Child safeguarding practice review: Child GV (executive summary)", [
    "Child GV, a 17-year-old young woman with a learning disability, was found in 2025 to have been financially and sexually exploited by a man who had moved into her flat. She had left foster care at 16 and lived in supported accommodation.",
    "Her younger sister, who was 14, had been placed in a secure children's home in 2024.",
    "Ethnicity: Mixed White and Black Caribbean.",
    [L(LI, ["care leavers with a learning disability"])],
    [R(RI, ["a transition plan for every disabled care leaver"])]],
   T("Child GV", "child_safeguarding_practice_review", "executive_summary", "serious_harm", "2025", "17-year-old",
     "17.00", "16_17", "female", A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm"),
     ctx=A("disabled; looked_after", "foster_care"), eth="Mixed White and Black Caribbean"),
   link="Other resources Read executive summary"),
])

# --- A partnership's page of its local reviews published in 2026 (text).
FILES["qg-partnership-local-reviews-2026.txt"] = dict(pubyear="2026", preamble=[
    "Local child safeguarding practice reviews published in 2026", "",
    "Summaries of the partnership's local reviews published in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("Local child safeguarding practice review: Child HV", [
    "Child HV was 11 when his father was released from prison in 2023 and moved back into the family home. He had a history of violence and alcohol misuse.",
    "He began to miss school and was seen with bruising on his arms in March 2024. He told a teacher that his father had hit him with a belt.",
    [L("Learning:", ["a parent's release from prison", "bruising in older children"])],
    [R("Recommendations:", ["probation to share release dates with children's services"])]],
   T("Child HV", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "was 11|11", "11.00|12.00",
     "11_15", "male", "physical_abuse", risk=A("parental_criminality; parental_alcohol_misuse", "domestic_abuse"),
     ctx="|not_in_school"), link=RO),
 E("Local child safeguarding practice review: Child IV", [
    "Child IV, a 9-year-old girl, was at home when her mother was killed by her former partner in February 2025. She called the police and was unhurt. She now lives with her father.",
    [L("Learning:", ["children who witness a homicide"])],
    [R("Recommendations:", ["therapeutic support for every child bereaved by domestic homicide"])]],
   T("Child IV", "child_safeguarding_practice_review", "overview", "other|serious_harm", "2025", "9-year-old", "9.00",
     "6_10", "female", A("", "emotional_abuse"), risk="domestic_abuse"), link=RO),
 E("Local child safeguarding practice review: Child JV", [
    "Three brothers, aged 12, 10 and 7, were left in the care of their 15-year-old sister for long periods during 2024 while their mother worked abroad.",
    "The review concerns the middle brother, Child JV, who was admitted to hospital with a burst appendix after being unwell for five days.",
    [L("Learning:", ["parents who work abroad", "older siblings as carers"])],
    [R("Recommendations:", ["private fostering awareness for schools"])]],
   T("Child JV", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "*", "10.00|", "6_10|unknown",
     "male", "neglect", n="1|3"), link=RO),
 E("Local child safeguarding practice review: Child KV", [
    "A 19-year-old woman who had been Child KV's nanny was convicted in 2025 of assaulting him. Child KV, who was 10 months old, had been taken to hospital with a bleed on the brain in November 2024.",
    [L("Learning:", ["informal childcare by young adults"])],
    [R("Recommendations:", ["advice to parents on employing a nanny"])]],
   T("Child KV", "child_safeguarding_practice_review", "overview", "serious_harm", "2024",
     "who was 10 months old|was 10 months old|10 months old", "0.83", "under_1", "male", HEAD), link=RO),
 E("Local child safeguarding practice review: Child LV", [
    "Child LV, a 5-year-old boy, was found in 2024 to have been kept in his bedroom for most of the day and fed separately from his siblings. He was small for his age and had speech delay, and he had never attended nursery or school.",
    "His two older sisters were well cared for and doing well at school.",
    [L("Learning:", ["one child singled out in a family"])],
    [R("Recommendations:", ["a check on every child of school age not on a school roll"])]],
   T("Child LV", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "5-year-old", "5.00", "1_5",
     "male", ANY("neglect; emotional_abuse"), ctx="not_in_school"), link=RO),
 E("Local child safeguarding practice review: Child MV", [
    "The family came to the partnership's attention in 2020 when the eldest child, a boy then aged 13, was arrested for arson and placed in a secure children's home. A younger sister was later adopted.",
    "This review concerns Child MV, the fourth child, who was 15 months old when she was found unresponsive in the bath in June 2024 and died the next day.",
    [L("Learning:", ["bath safety", "families known for many years"])],
    [R("Recommendations:", ["bath safety advice at the one-year review"])]],
   T("Child MV", "child_safeguarding_practice_review", "overview", "death", "2024",
     "who was 15 months old|was 15 months old|15 months old", "1.25", "1_5", "female", ACCIDENT), link=RO),
 E("Local child safeguarding practice review: Child NV", [
    "The mother was 17 and living in foster care when Child NV was born in 2023. She had been sexually exploited and had self-harmed.",
    "Child NV was 8 months old when he was found with a fractured femur in April 2024; the mother's 20-year-old partner was convicted of causing him grievous bodily harm.",
    [L("Learning:", ["babies of looked after young people"])],
    [R("Recommendations:", ["support for young parents in foster care"])]],
   T("Child NV", "child_safeguarding_practice_review", "overview", "serious_harm", "2024",
     "was 8 months old|8 months old", "0.67", "under_1", "male", "physical_abuse",
     risk=A("", "parental_mental_health; parental_criminality")), link=RO),
 E("Local child safeguarding practice review: Child OV", [
    "A 31-year-old man was convicted in 2025 of inciting a 12-year-old girl, Child OV, to send him indecent images through a gaming platform during 2024. He had previously received a caution for possessing indecent images of children.",
    [L("Learning:", ["gaming platforms and grooming"])],
    [R("Recommendations:", ["online safety advice for parents of gamers"])]],
   T("Child OV", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "12-year-old", "12.00",
     "11_15", "female", A("online_harm", "sexual_abuse; child_sexual_exploitation; extra_familial_harm")), link=RO),
])

# --- A summer 2026 update (text): "2026 – Area – Name", "Learning themes include:", "Recommendations include:".
FILES["qh-update-2026-summer.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews update: summer 2026", "",
    "Case reviews added to the collection in June, July and August 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2026 – Anonymous – Child PV", [
    "Death of a 16-year-old girl in 2025 from an overdose of her mother's prescribed medication. Her mother had chronic pain and depression; her father had left the family when she was 10. She had been referred to child and adolescent mental health services twice.",
    [L(LT, ["young people's access to a parent's medication"])],
    [R(RI, ["safe storage advice for parents prescribed strong medication"])]],
   T("Child PV", "unknown", "overview", "death", "2025", "16-year-old", "16.00", "16_17", "female",
     ANY("poisoning_ingestion; self_harm_suicide"), risk="parental_mental_health"), link=RO),
 E("2026 – Anonymous – Child QV", [
    "Serious injury of a 2-year-old boy in 2024. His mother, who was 16, had herself been on a child protection plan since she was 12 and lived with him in a mother and baby unit. He was found with burns from a radiator.",
    [L(LT, ["teenage parents in supported settings"])],
    [R(RI, ["radiator covers in every mother and baby unit"])]],
   T("Child QV", "unknown", "overview", "serious_harm", "2024", "2-year-old", "2.00", "1_5", "male",
     A("", "neglect; other; physical_abuse")), link=RO),
 E("2026 – Anonymous – Child RV", [
    "In 2021 a 15-year-old girl was sexually exploited by a group of men who used a takeaway as a base; three men were convicted in 2023.",
    "Her younger cousin, Child RV, who was 13, was targeted by the same group in 2024 after she moved in with her aunt.",
    [L(LT, ["the relatives of exploited young people"])],
    [R(RI, ["a safety plan for the relatives of every exploited young person"])]],
   T("Child RV", "unknown", "overview", "serious_harm", "2024", "who was 13|was 13|13", "13.00", "11_15", "female",
     A("child_sexual_exploitation", "extra_familial_harm; sexual_abuse"), ctx="connected_carers|"), link=RO),
 E("2026 – Anonymous – Child SV", [
    "Child SV, aged 14, was stabbed by a 16-year-old girl outside his school in 2025 and survived. He had been excluded from his previous school.",
    [L(LT, ["knife crime by girls", "managed moves"])],
    [R(RI, ["a safety plan after every exclusion"])]],
   T("Child SV", "unknown", "overview", "serious_harm", "2025", "aged 14|14", "14.00", "11_15", "male", STAB,
     ctx="|not_in_school"), link=RO),
 E("2026 – Anonymous – Child TV", [
    "Child TV, a 13-year-old boy with cerebral palsy who used a wheelchair, died in 2024 of a chest infection that was not treated. His parents were caring for his older sister, who had a terminal illness, and missed his hospital appointments.",
    [L(LT, ["disabled children in families under strain"])],
    [R(RI, ["a follow-up of every missed appointment for a disabled child"])]],
   T("Child TV", "unknown", "overview", "death", "2024", "13-year-old", "13.00", "11_15", "male", "neglect",
     ctx="disabled"), link=RO),
 E("2026 – Anonymous – Children UV and VV", [
    "Two half-brothers, aged 3 and 11 months, were found in 2025 in a car in a supermarket car park on a hot day while their mother's boyfriend was shoplifting. Their mother, 20, was in prison.",
    [L(LT, ["children of mothers in prison"])],
    [R(RI, ["a check on carers when a mother goes to prison"])]],
   T("Children UV and VV", "unknown", "overview", "serious_harm|other", "2025", "*", "*", "*", "male", "neglect",
     risk="parental_criminality", n="2"), link=RO),
 E("2026 – Anonymous – Child WV", [
    "Child WV, a 7-year-old girl, was found in 2024 to have been sexually abused by her father, who had filmed the abuse and shared it online.",
    "Her older brother, 12, had been excluded from school for violent behaviour and had an education, health and care plan.",
    [L(LT, ["fathers who share images of abuse"])],
    [R(RI, ["police to tell children's services of every parent arrested for sharing images"])]],
   T("Child WV", "unknown", "overview", "serious_harm", "2024", "7-year-old", "7.00", "6_10", "female",
     A("sexual_abuse", "online_harm"), risk="|parental_criminality"), link=RO),
])
