# Entries of the "realistic phrasings 28" set (issue 9, session 39): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: the NSPCC's yearly
# lists ("Death of a 17-year-old boy ... stabbed by his half-brother", "An older sibling also pleaded guilty to a
# sexual offence", "Harmful sexual behaviour and death of 17-year-old boy", "Background: ... Maternal history of mental
# illness"), the RCPCH's briefings ("Both parents had troubled childhoods ... Mother was sexually abused as a child and
# father spent time on the child protection register"), a partnership's page of national reviews ("he died in hospital
# four days later"), a press account of a review ("Her grandmother and mother had both been in care")). Only short
# generic phrases are shared.
# What this set leans on (kinds sets 1-27 have not pushed; each phrase grepped in sets 1-27's entries.py and
# unseen-entries.txt first, see the README):
# - A SIBLING'S, A PARENT'S, A FRIEND'S OR A CHILD PERPETRATOR'S HARM, PLAN, CARE, AGE AND SEX told beside the child's
#   (a brother's plan "when he was 8", a half-brother's exclusion, a sister's child in need plan, a cousin in care, a
#   friend "aged 15", a baby brother born later and placed with foster carers);
# - THE CHILD WHO HARMED ANOTHER (a 13-year-old's harmful sexual behaviour, a boy who killed his stepfather, a 17-year-old
#   convicted of causing his friend's death by dangerous driving) and PERPETRATORS WHO ARE CHILDREN (a 15-year-old who
#   stabbed, girls of 13 and 14 who pushed, a 16-year-old partner who shook a baby, a 19-year-old boyfriend);
# - PARENTS' OWN CHILDHOOD HISTORY ("had been in care as a child", "abused by his own father as a boy", "had herself been
#   a child in need") and RISKS TOLD ONLY AS RULED OUT OR PAST ("ruled out after three negative tests", "found to be
#   unfounded", "dismissed as a past worry", "had been well for several years");
# - SEVERAL CHILDREN WITH DIFFERENT AGES AND OUTCOMES IN ONE ENTRY; AGES AS SCHOOL YEARS ("a Year 10 pupil"), "just
#   under two", "a teenager", "a teenage girl";
# - OUTCOMES TOLD INDIRECTLY ("died in hospital two days later", "survived with life-changing injuries", "has not
#   regained consciousness", "did not survive") and YEARS AS "That winter", "The following summer", "Eleven months
#   later", "Later that year" after a dated sentence.
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -27 and the decisions at the head of unseen-entries.txt, unchanged): not stated
# means empty, and a negated, ruled-out or unfounded fact is not stated; a code is about the child(ren) the entry
# describes, never a parent's, sibling's, cousin's, friend's, carer's, perpetrator's or victim's own harm, plan, care,
# school, condition, outcome, sex or age; a parent's own childhood (in care, abused, exploited, a child in need) is no
# context, harm or risk of the child; a grandparent's drinking is no parent's; a risk told only as past ("had been well
# for several years", a concern in 2016 that ended with a separation) is accepted either way; a perpetrator parent's
# (or partner's) conviction or arrest for the child's own harm is accepted as `parental_criminality` either way;
# accidents accept `neglect`, `other` or none; the incident year is the year of the harm, never a court's, a
# conviction's or the review's (a harm told with no year of its own has none); "That winter" after a dated autumn
# accepts that year or the next; "The following summer", "Eleven months later", "Later that year" count from the dated
# sentence before; an age told only as a school year ("a Year 10 pupil") gives no age, the band of that year (Year 7-10
# `11_15`); "a teenager" or "a teenage girl" gives no age and no band; "just under two" gives `1_5` with the age not
# scored (realistic-phrasings-25's Child SA); an age in weeks or months is its fraction of a year to two decimals; a
# child who harmed another person is no victim of that act: the other person's injury or death is not the child's
# outcome (`other` when nothing befell the child, `unknown` accepted; `serious_harm` accepted when the child's own
# abuse or exploitation is told beside it); several children in one entry count (n_children), their sexes together
# (`mixed` for a boy and a girl), the ages not scored when they differ, the band scored when they share one; the outcome
# of several children is the gravest (`death` when one died); a child stabbed or hurt by a boyfriend or partner is
# `physical_abuse` (`extra_familial_harm` accepted beside it: digests-e2e b69 VXF's truth); a child's own learning
# disability is `disabled`; a children's home is `looked_after`; a special guardianship order to grandparents is
# `connected_carers` (`looked_after` accepted).
# Truth corrected after the first measure, each under a written convention (inputs unchanged; see the README): cc #3
# (Child UVK: "who was 4", the words that gave the age, as sets 8-27 accept "who was 6", "who was 15"); ce #8 (Child
# WWK: a teenager's overdose accepts `poisoning_ingestion` beside `self_harm_suicide`, as realistic-phrasings-27 bg #2
# and this set's cd #7 do).
# `a|b` alternatives, `*` not scored.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from phrasing_entries import COLS, T, A, ANY, E, L, R, HEAD, STAB, RESTRAINT, RO  # noqa: E402,F401

ACCIDENT = A("", "neglect; other")
CONVICTED = A("", "parental_criminality")
CCE = A("child_criminal_exploitation", "extra_familial_harm; other")
CSE = A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm") + "|" + \
    A("sexual_abuse", "child_sexual_exploitation; extra_familial_harm")
KIN = A("connected_carers", "looked_after")
HARMED_OTHER = "other|unknown|serious_harm"
PARTNER_VIOLENCE = A("physical_abuse", "extra_familial_harm")
PEERS = A("extra_familial_harm", "physical_abuse; emotional_abuse") + "|" + A("physical_abuse", "emotional_abuse")

NAV = ["<header><a href=\"#main\">Skip to main content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Reviews and learning</a></li><li><a href=\"#\">About us</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Privacy notice</p><p>Accessibility</p></footer>"]

FILES = {}
LI = "Learning includes:"
RI = "Recommendations include:"
CSPR = "child_safeguarding_practice_review"

# --- A 2026 list (text, NSPCC style): a sibling's, a parent's, a cousin's or a friend's harm, plan, age and sex beside
# the child's.
FILES["ca-list-2026-family-beside.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews published in 2026", "",
    "A list of the summaries of case reviews published this year (invented for testing: no real child, family or place):",
    ""],
    entries=[
 E("2026 – Anonymous – Child AVK", [
    "Serious injury to a 3-year-old girl in 2024. Child AVK was found with a fractured skull after her 15-year-old brother, who had been left to care for her overnight, threw her against a wall. Her brother had himself been on a child protection plan for neglect when he was 8. Their mother worked night shifts.",
    [L(LI, ["older siblings left to care for younger ones"])],
    [R(RI, ["guidance for parents on leaving teenagers in charge of young children"])]],
   T("Child AVK", "unknown", "overview", "serious_harm", "2024", "3-year-old|a 3-year-old girl", "3.00", "1_5", "female",
     A("physical_abuse", "non_accidental_head_injury; neglect")), link=RO),
 E("2026 – Anonymous – Baby BVK", [
    "Death of a 9-week-old baby boy in March 2025. Baby BVK was found unresponsive on a sofa beside his father, who had drunk a bottle of vodka. His older sister, aged 6, had been on a child in need plan in 2022 because of her poor school attendance, and his half-brother, 17, lived with his grandmother after being excluded from school.",
    [L(LI, ["safer sleep when a parent has been drinking"])],
    [R(RI, ["safer sleep advice given to fathers as well as mothers"])]],
   T("Baby BVK", "unknown", "overview", "death", "2025", "9-week-old|a 9-week-old baby boy", "0.17", "under_1", "male",
     A("", "sudden_unexpected_infant_death; neglect"), risk="co_sleeping; parental_alcohol_misuse"), link=RO),
 E("2026 – Anonymous – Child CVK", [
    "Sexual abuse of a 7-year-old boy by his 14-year-old cousin during weekend stays at his aunt's house in 2023. The cousin had been sexually abused himself when he was 9 and had been looked after by the local authority since 2021. Child CVK's mother had depression.",
    [L(LI, ["harmful sexual behaviour within extended families"])],
    [R(RI, ["an assessment of younger relatives whenever a looked after child shows harmful sexual behaviour"])]],
   T("Child CVK", "unknown", "overview", "serious_harm", "2023", "7-year-old|a 7-year-old boy", "7.00", "6_10", "male",
     "sexual_abuse", risk="parental_mental_health"), link=RO),
 E("2026 – Anonymous – Child DVK", [
    "Death of a 16-year-old girl in 2024. Child DVK took her own life eight months after her younger brother, aged 12, was killed in a road traffic collision. She had been referred to child and adolescent mental health services and was on a waiting list. Her father had served a prison sentence for dangerous driving.",
    [L(LI, ["bereaved siblings"])],
    [R(RI, ["a bereavement offer to every sibling of a child who dies suddenly"])]],
   T("Child DVK", "unknown", "overview", "death", "2024", "16-year-old|a 16-year-old girl", "16.00", "16_17", "female",
     "self_harm_suicide", risk="parental_criminality"), link=RO),
 E("2026 – Anonymous – Baby EVK", [
    "Serious harm to a 4-month-old girl in autumn 2024. Baby EVK was admitted with rib fractures and a bleed on the brain. Her mother, 19, had been in care as a child and had a history of self-harm in her teens; her father had been excluded from school at 14 and had a conviction for robbery. A younger brother was born in 2025 and was placed with foster carers at birth.",
    [L(LI, ["parents who were in care themselves"])],
    [R(RI, ["a pre-birth assessment for every parent who was a care leaver"])]],
   T("Baby EVK", "unknown", "overview", "serious_harm", "2024", "4-month-old|a 4-month-old girl", "0.33", "under_1",
     "female", HEAD, risk=A("parental_criminality", "parental_mental_health")), link=RO),
 E("2026 – Anonymous – Child FVK", [
    "Neglect of a 5-year-old boy over several years, found in 2023 when he started school unable to speak in sentences and still in nappies. His older sister, who was 11, told her teacher that she did the cooking and put him to bed. Their mother misused cannabis and their father was in prison.",
    [L(LI, ["the voice of siblings"])],
    [R(RI, ["school nurses to see every child starting school with delayed speech"])]],
   T("Child FVK", "unknown", "overview", "serious_harm|other", "2023", "5-year-old|a 5-year-old boy", "5.00", "1_5",
     "male", "neglect", risk="parental_substance_misuse; parental_criminality"), link=RO),
 E("2026 – Anonymous – Child GVK", [
    "Child GVK, a Year 10 pupil, was sexually exploited by a group of men in 2024 after her best friend, aged 15, introduced her to them at a party. The friend had been reported missing more than 30 times and was already known to the exploitation team. Child GVK had no previous involvement with children's social care.",
    [L(LI, ["friendship networks and exploitation"])],
    [R(RI, ["a check on the friends of every child known to the exploitation team"])]],
   T("Child GVK", "unknown", "overview", "serious_harm", "2024", "*", "", "11_15", "female", CSE), link=RO),
 E("2026 – Anonymous – Child HVK", [
    "Death of a 2-year-old boy in 2025 after he drowned in a garden pond while his mother was asleep. His 8-year-old sister found him. The family had been known to children's services in 2019, before Child HVK was born, when his sister was on a child protection plan under the category of physical abuse.",
    [L(LI, ["water safety for toddlers"])],
    [R(RI, ["garden water safety advice at every health visitor contact"])]],
   T("Child HVK", "unknown", "overview", "death", "2025", "2-year-old|a 2-year-old boy", "2.00", "1_5", "male",
     "neglect"), link=RO),
 E("2026 – Anonymous – Child XWK", [
    "Serious injury to a 12-year-old girl in 2024 who was assaulted by her mother during a psychotic episode. Her mother had stopped taking her antipsychotic medication a month earlier without telling her GP. Child XWK's older brother, aged 19, was living with them.",
    [L(LI, ["parents who stop their medication"])],
    [R(RI, ["a call from the GP practice when a repeat prescription is not collected"])]],
   T("Child XWK", "unknown", "overview", "serious_harm", "2024", "12-year-old|a 12-year-old girl", "12.00", "11_15",
     "female", "physical_abuse", risk="parental_mental_health"), link=RO),
])

# --- A 2026 list (text): children who harmed other children, and perpetrators who are children.
FILES["cb-list-2026-children-who-harmed.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews 2026", "",
    "Summaries of the reviews published in 2026 (invented for testing: no real child, family or place):", ""],
    entries=[
 E("2026 – Anonymous – Child JVK", [
    "Death of a 14-year-old boy in 2024 who was stabbed by a 15-year-old boy he knew from school. The 15-year-old was convicted of manslaughter in 2025 and had been carrying a knife since he was groomed into selling drugs. Child JVK had been permanently excluded in Year 8 and was attending a pupil referral unit.",
    [L(LI, ["knife crime between children who know each other"])],
    [R(RI, ["a knife crime programme in every pupil referral unit"])]],
   T("Child JVK", "unknown", "overview", "death", "2024", "14-year-old|a 14-year-old boy", "14.00", "11_15", "male",
     STAB, ctx=A("", "not_in_school")), link=RO),
 E("2026 – Anonymous – Child KVK", [
    "Harmful sexual behaviour by a 13-year-old boy, Child KVK, who sexually assaulted a 6-year-old girl he was babysitting in 2023. Child KVK had himself been exposed to pornography from the age of 9 by an older stepbrother, and had witnessed domestic abuse by his father towards his mother for years.",
    [L(LI, ["children who harm other children"])],
    [R(RI, ["a trauma-informed assessment of every child who shows harmful sexual behaviour"])]],
   T("Child KVK", "unknown", "overview", HARMED_OTHER, "2023", "13-year-old|a 13-year-old boy", "13.00", "11_15", "male",
     A("", "sexual_abuse; emotional_abuse; online_harm"), risk="domestic_abuse"), link=RO),
 E("2026 – Anonymous – Child LVK", [
    "Serious injury to a 10-year-old girl in 2024, who was pushed from a bridge into a canal by two older girls, aged 13 and 14, who had been bullying her for months. She survived with life-changing injuries. The older girls were both known to youth justice services.",
    [L(LI, ["bullying outside school"])],
    [R(RI, ["a joint response by schools and youth justice to bullying in the community"])]],
   T("Child LVK", "unknown", "overview", "serious_harm", "2024", "10-year-old|a 10-year-old girl", "10.00", "6_10",
     "female", PEERS), link=RO),
 E("2026 – Anonymous – Child MVK", [
    "Child MVK, 17, was convicted in 2025 of causing the death by dangerous driving of his friend, aged 16, who was a passenger in a stolen car. Child MVK had been criminally exploited by an older man who paid him to drive cars to other towns, and had been in a residential children's home since he was 12.",
    [L(LI, ["exploited children who harm others"])],
    [R(RI, ["a referral as a possible victim for every child charged after driving for others"])]],
   T("Child MVK", "unknown", "overview", HARMED_OTHER, "", "17", "17.00", "16_17", "male", CCE,
     ctx="looked_after"), link=RO),
 E("2026 – Anonymous – Child NVK", [
    "In 2024 Child NVK, a 15-year-old girl, was stabbed in the leg by her 19-year-old boyfriend during an argument at his flat. She had been reported missing from home eleven times that year. Her mother had asked for help with her daughter's behaviour in 2023.",
    [L(LI, ["abuse in teenage relationships"])],
    [R(RI, ["a relationship abuse screen for every child reported missing"])]],
   T("Child NVK", "unknown", "overview", "serious_harm", "2024", "15-year-old|a 15-year-old girl", "15.00", "11_15",
     "female", PARTNER_VIOLENCE), link=RO),
 E("2026 – Anonymous – Child PVK", [
    "Death of an 11-month-old boy in 2023 who was shaken by his mother's 16-year-old partner while his mother was at work. The partner had himself been looked after by the local authority and had a caution for assault. Child PVK's mother was 18 and had been in care until the year before.",
    [L(LI, ["young carers of babies"])],
    [R(RI, ["advice on crying babies for every young partner in a household"])]],
   T("Child PVK", "unknown", "overview", "death", "2023", "11-month-old|an 11-month-old boy", "0.92", "under_1", "male",
     HEAD, risk=CONVICTED), link=RO),
 E("2026 – Anonymous – Child QVK", [
    "Child QVK, aged 12, was sexually assaulted in 2024 by a group of boys from her year at school, who filmed the assault and shared it on social media. One of the boys, aged 13, had previously been excluded for sharing images of another pupil.",
    [L(LI, ["peer-on-peer abuse"])],
    [R(RI, ["a whole-school response to every incident of image sharing"])]],
   T("Child QVK", "unknown", "overview", "serious_harm", "2024", "aged 12", "12.00", "11_15", "female",
     A("sexual_abuse", "online_harm; extra_familial_harm")), link=RO),
 E("2026 – Anonymous – Child RVK", [
    "Child RVK, a 16-year-old boy, killed his stepfather with a kitchen knife in 2024 while the stepfather was attacking his mother. Child RVK had been assaulted by his stepfather for years and had told a teacher in 2022 that he was frightened to go home.",
    [L(LI, ["children living with domestic abuse"])],
    [R(RI, ["a referral every time a child says they are frightened to go home"])]],
   T("Child RVK", "unknown", "overview", HARMED_OTHER, "2024", "16-year-old|a 16-year-old boy", "16.00", "16_17",
     "male", "physical_abuse", risk="domestic_abuse"), link=RO),
])

# --- A partnership's page (HTML): parents' own childhood histories, and risks told only as ruled out or past.
FILES["cc-partnership-page-2026-histories.html"] = dict(page_title="Our reviews", html_preamble=NAV,
    html_footer=FOOT, h1="Local child safeguarding practice reviews", pubyear="",
    intro_html=["The reviews we have published. Invented for testing: no real child, family or place."],
    entries=[
 E("Local child safeguarding practice review: Child SVK", [
    "Child SVK was 14 months old when she was admitted to hospital in May 2024 with a spiral fracture of her arm. Her mother had been in care as a child and had been sexually exploited at 14; her father had grown up with a parent who drank heavily. Neither parent misused drugs or alcohol, and there had been no police call-outs to the home.",
    [L(LI, ["parents' own childhood trauma"])],
    [R(RI, ["trauma-informed support for parents who were in care"])]],
   T("Child SVK", CSPR, "overview", "serious_harm", "2024", "14 months old|was 14 months old|14 months", "1.17", "1_5",
     "female", "physical_abuse|"), link=RO),
 E("Local child safeguarding practice review: Child TVK", [
    "Child TVK, aged 9, died in a house fire in January 2025 that was started by a cigarette. Domestic abuse had been a concern in 2016, when his father was arrested for assaulting his mother, but the couple separated that year and no further incidents were reported. Child TVK's mother had been treated for depression after his birth and had been well for several years.",
    [L(LI, ["fire safety in homes where adults smoke"])],
    [R(RI, ["a home fire safety visit for every family with a smoker and young children"])]],
   T("Child TVK", CSPR, "overview", "death", "2025", "aged 9", "9.00", "6_10", "male", ACCIDENT,
     risk=A("", "domestic_abuse; parental_mental_health; parental_criminality")), link=RO),
 E("Local child safeguarding practice review: Child UVK", [
    "This review concerns Child UVK, who was 4 when she was found in 2023 to have been left alone for two days with no food. An earlier concern that her mother was misusing drugs was investigated in 2021 and ruled out after three negative tests. Her father, whom she did not see, had been abused by his own father as a boy.",
    [L(LI, ["concerns that are ruled out"])],
    [R(RI, ["a fresh look at closed concerns when a new referral is made"])]],
   T("Child UVK", CSPR, "overview", "serious_harm|other", "2023", "was 4|4|who was 4", "4.00", "1_5", "female", "neglect"),
   link=RO),
 E("Local child safeguarding practice review: Baby VVK", [
    "Baby VVK died in February 2024 aged 7 weeks after being shaken. His father, who was convicted of his murder, had spent his own childhood in foster care and had been diagnosed with ADHD as a teenager. Concerns about the father's temper had been raised by a midwife and then dismissed as a past worry when he completed an anger management course.",
    [L(LI, ["fathers' histories"])],
    [R(RI, ["midwives to record every concern about a father's temper"])]],
   T("Baby VVK", CSPR, "overview", "death", "2024", "aged 7 weeks|7 weeks", "0.13", "under_1", "male", HEAD,
     risk=A("", "parental_criminality; parental_mental_health")), link=RO),
 E("Local child safeguarding practice review: Child WVK", [
    "Child WVK, 15, took his own life in the autumn of 2024. Two years earlier a referral had suggested he might be at risk of criminal exploitation; it was assessed and closed when no evidence was found. His mother has multiple sclerosis and he had been her young carer since he was 10.",
    [L(LI, ["young carers"])],
    [R(RI, ["a young carer's assessment every year"])]],
   T("Child WVK", CSPR, "overview", "death", "2024", "15", "15.00", "11_15", "male", "self_harm_suicide"), link=RO),
 E("Local child safeguarding practice review: Child XVK", [
    "Child XVK was 6 when she disclosed in 2025 that her grandfather had sexually abused her. Her mother had been abused by the same man when she was a child, which she told professionals for the first time during the review. There had never been concerns about either parent's mental health.",
    [L(LI, ["abuse across generations"])],
    [R(RI, ["a question about parents' own childhoods at every assessment"])]],
   T("Child XVK", CSPR, "overview", "serious_harm", "2025", "was 6|6", "6.00", "6_10", "female", "sexual_abuse"),
   link=RO),
 E("Local child safeguarding practice review: Child YVK", [
    "In March 2023 Child YVK, a 3-year-old boy, swallowed methadone that had been left in a cup by his father, and spent a week in intensive care. A previous worry that the father was using heroin again had been raised by his probation officer in 2020 but was not shared. The mother had had her first child removed when she was 17.",
    [L(LI, ["safe storage of substitute medicines"])],
    [R(RI, ["probation officers to share every worry about a parent's drug use"])]],
   T("Child YVK", CSPR, "overview", "serious_harm", "2023", "3-year-old|a 3-year-old boy", "3.00", "1_5", "male",
     A("poisoning_ingestion", "neglect"), risk=A("parental_substance_misuse", "parental_criminality")), link=RO),
 E("Local child safeguarding practice review: Child ZVK", [
    "Child ZVK, a teenager with a learning disability, was found in 2024 living in a flat with an adult man who had been sexually abusing her. Her mother had a learning disability too and had herself been a child in need. Concerns about a possible forced marriage had been raised in 2022 and were found to be unfounded.",
    [L(LI, ["disabled teenagers and older men"])],
    [R(RI, ["a safeguarding check whenever a disabled teenager moves in with an adult"])]],
   T("Child ZVK", CSPR, "overview", "serious_harm", "2024", "*", "", "unknown", "female", CSE,
     risk="parental_learning_disability", ctx="disabled"), link=RO),
])

# --- A 2026 list (text): several children with different ages and outcomes; ages as school years and words.
FILES["cd-list-2026-several-children.txt"] = dict(pubyear="2026", preamble=[
    "Published case reviews 2026", "",
    "Reviews published by partnerships in 2026 (invented for testing: no real child, family or place):", ""],
    entries=[
 E("2026 – Anonymous – Children AWK and BWK", [
    "Two brothers, aged 4 and 7, were found in 2024 living in a house with no heating and rotting food. The younger boy, Child AWK, had a dislocated shoulder that had not been treated; the older boy, Child BWK, had missed most of Year 2.",
    [L(LI, ["neglect of brothers and sisters together"])],
    [R(RI, ["a home visit after every untreated injury"])]],
   T("Children AWK and BWK", "unknown", "overview", "serious_harm|other", "2024", "*", "*", "*", "male", "neglect",
     ctx=A("", "not_in_school"), n="2"), link=RO),
 E("2026 – Anonymous – Child CWK", [
    "Twin girls, just under two, were admitted to hospital in June 2023 after being found in a locked car on a hot day. Child CWK died in hospital two days later; her sister recovered. Their mother had left them while she gambled in a betting shop.",
    [L(LI, ["children left in cars"])],
    [R(RI, ["a public campaign on the danger of hot cars"])]],
   T("Child CWK", "unknown", "overview", "death", "2023", "*", "*", "1_5", "female", "neglect", n="2"), link=RO),
 E("2026 – Anonymous – Child DWK", [
    "Child DWK, a Year 9 pupil, was found to have been sexually abused by her mother's partner from 2021 until she told a friend in the summer of 2024. Her younger half-brothers, aged 3 and 5, were placed with their father. The partner had two previous convictions for offences against children.",
    [L(LI, ["adults with convictions joining a household"])],
    [R(RI, ["a disclosure check whenever a partner with convictions joins a household"])]],
   T("Child DWK", "unknown", "overview", "serious_harm", "2021|2024|", "*", "", "11_15", "female", "sexual_abuse",
     risk=CONVICTED), link=RO),
 E("2026 – Anonymous – Children EWK, FWK and GWK", [
    "Neglect of three siblings, a teenager and two younger sisters aged 6 and 9, who were removed from their mother's care in 2025. The eldest, Child EWK, had been caring for his sisters and had stopped going to school. Their mother had alcohol dependency.",
    [L(LI, ["older siblings who become carers"])],
    [R(RI, ["an attendance check on the older children in every neglect case"])]],
   T("Children EWK, FWK and GWK", "unknown", "overview", "serious_harm|other", "2025", "*", "*", "*", "mixed", "neglect",
     risk="parental_alcohol_misuse", ctx=A("", "not_in_school; looked_after"), n="3"), link=RO),
 E("2026 – Anonymous – Baby HWK", [
    "Baby HWK, aged 5 weeks, was found dead in 2024 in the bed she shared with her parents, who had both taken cocaine that evening. Her brother, who was 3, was asleep in the same room and was unharmed. A baby sister was born in 2025 and is subject to a child protection plan.",
    [L(LI, ["safer sleep and drug use"])],
    [R(RI, ["safer sleep advice repeated at every contact with parents who use drugs"])]],
   T("Baby HWK", "unknown", "overview", "death", "2024", "aged 5 weeks|5 weeks", "0.10", "under_1", "female",
     A("", "sudden_unexpected_infant_death; neglect"), risk="co_sleeping; parental_substance_misuse"), link=RO),
 E("2026 – Anonymous – Children JWK and KWK", [
    "Child JWK, 16, and his cousin Child KWK, 14, were criminally exploited by the same county lines network in 2023. Child JWK was stabbed in a drug house that winter and survived; Child KWK was found in a trap house in another county and returned home unharmed.",
    [L(LI, ["exploitation within families"])],
    [R(RI, ["a joint plan for every child in a family known to be exploited"])]],
   T("Children JWK and KWK", "unknown", "overview", "serious_harm", "2023", "*", "*", "*", "male",
     A("child_criminal_exploitation", "extra_familial_harm; physical_abuse; other"), n="2"), link=RO),
 E("2026 – Anonymous – Child LWK", [
    "Child LWK, a teenage girl, died in 2024 from an overdose of her own prescribed medication. Her older brother had died by suicide two years earlier, when he was 19, and she had been on a waiting list for bereavement counselling since then.",
    [L(LI, ["siblings bereaved by suicide"])],
    [R(RI, ["bereavement support within a month for every child bereaved by suicide"])]],
   T("Child LWK", "unknown", "overview", "death", "2024", "*", "", "unknown", "female",
     A("self_harm_suicide", "poisoning_ingestion")), link=RO),
 E("2026 – Anonymous – Children MWK and NWK", [
    "Physical abuse of a brother and sister, aged 8 and 10, by their stepmother in 2022. The girl, Child NWK, was hospitalised with a broken wrist; her brother had bruising to his back. The stepmother had been in care as a child.",
    [L(LI, ["step-parents"])],
    [R(RI, ["an assessment of every new step-parent when a child is known to services"])]],
   T("Children MWK and NWK", "unknown", "overview", "serious_harm", "2022", "*", "*", "6_10", "mixed",
     "physical_abuse", n="2"), link=RO),
])

# --- A 2026 list (text): outcomes told indirectly; the incident's year as "That winter", "The following summer".
FILES["ce-list-2026-indirect-outcomes.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews: summaries 2026", "",
    "Each review in a few sentences (invented for testing: no real child, family or place):", ""],
    entries=[
 E("2026 – Anonymous – Child PWK", [
    "Child PWK, aged 6, moved to a new school in September 2022. That winter she was taken to hospital with burns to her hands, which her mother said were caused by a radiator; doctors found they had been held against it. She survived with scarring.",
    [L(LI, ["children who move schools"])],
    [R(RI, ["a transfer meeting for every child moving school with a social worker"])]],
   T("Child PWK", "unknown", "overview", "serious_harm", "2022|2023", "aged 6", "6.00", "6_10", "female",
     "physical_abuse"), link=RO),
 E("2026 – Anonymous – Child QWK", [
    "Child QWK was 13 when his family moved into temporary accommodation in spring 2023. Later that year he was stabbed near the hostel by a boy he owed money to, and died in hospital two days later.",
    [L(LI, ["children in temporary accommodation"])],
    [R(RI, ["a named worker for every child in a hostel"])]],
   T("Child QWK", "unknown", "overview", "death", "2023", "was 13|13", "13.00", "11_15", "male", STAB), link=RO),
 E("2026 – Anonymous – Baby RWK", [
    "Baby RWK was born prematurely in 2021 and spent six weeks in neonatal care. The following summer, aged 10 months, she was found with a bite mark and bruising to her face, and her father was arrested. She was placed with her maternal grandparents under a special guardianship order.",
    [L(LI, ["premature babies and parental stress"])],
    [R(RI, ["extra health visiting after every neonatal stay"])]],
   T("Baby RWK", "unknown", "overview", "serious_harm", "2022", "aged 10 months|10 months", "0.83", "under_1", "female",
     "physical_abuse", risk=CONVICTED, ctx=KIN), link=RO),
 E("2026 – Anonymous – Child SWK", [
    "Child SWK, 15, was reported missing from his children's home in October 2024. He was found that night at the bottom of a multi-storey car park and has not regained consciousness.",
    [L(LI, ["children missing from care"])],
    [R(RI, ["a return interview after every missing episode"])]],
   T("Child SWK", "unknown", "overview", "serious_harm", "2024", "15", "15.00", "11_15", "male",
     A("", "self_harm_suicide; other"), ctx="looked_after"), link=RO),
 E("2026 – Anonymous – Child TWK", [
    "In January 2023 a neighbour reported that Child TWK, aged 2, was often left in a pushchair outside the flat. No action was taken. Eleven months later she was pulled from the bath unconscious and did not survive.",
    [L(LI, ["neighbours' concerns"])],
    [R(RI, ["a home visit after every neighbour's report about a young child"])]],
   T("Child TWK", "unknown", "overview", "death", "2023", "aged 2", "2.00", "1_5", "female", "neglect"), link=RO),
 E("2026 – Anonymous – Child UWK", [
    "Child UWK, aged 11, was a young carer for her mother, who had a brain injury. In the summer of 2024 she was sexually abused by a lodger. The lodger was convicted the following year, and Child UWK now lives with her aunt.",
    [L(LI, ["lodgers in homes with children"])],
    [R(RI, ["a question about lodgers at every young carer's assessment"])]],
   T("Child UWK", "unknown", "overview", "serious_harm", "2024", "aged 11", "11.00", "11_15", "female", "sexual_abuse",
     ctx=A("", "connected_carers")), link=RO),
 E("2026 – Anonymous – Child VWK", [
    "Child VWK, 8, was hit by a van while crossing a road alone to buy food in 2025. He survived with life-changing injuries. His mother, who has agoraphobia, had not left the house for a year and relied on him to do the shopping.",
    [L(LI, ["children who care for a parent"])],
    [R(RI, ["an assessment for every child doing a parent's shopping alone"])]],
   T("Child VWK", "unknown", "overview", "serious_harm", "2025", "8", "8.00", "6_10", "male", ACCIDENT,
     risk="parental_mental_health"), link=RO),
 E("2026 – Anonymous – Child WWK", [
    "Child WWK, a 17-year-old girl, was admitted to a mental health unit in March 2024 after an overdose. That spring she told staff that she had been raped by a man she met online the previous year; she recovered physically but has been unable to return to college.",
    [L(LI, ["disclosures in mental health units"])],
    [R(RI, ["a safeguarding referral after every disclosure on a ward"])]],
   T("Child WWK", "unknown", "overview", "serious_harm", "2024|2023", "17-year-old|a 17-year-old girl", "17.00", "16_17",
     "female", A("self_harm_suicide; sexual_abuse", "online_harm; extra_familial_harm; child_sexual_exploitation; poisoning_ingestion"),
     ctx=A("", "not_in_school")), link=RO),
])
