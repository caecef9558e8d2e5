# Entries of the "realistic phrasings 24" set (issue 9, session 35): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: a partnership's page
# on a serious case review into a baby "fatally injured after being attacked in her mother's home by an illegal
# pitbull-type dog" "as she lay in her Moses basket"; a serious case review of a young man whose "death was associated
# with his type 1 diabetes" after "a long history of missed appointments"; a combined serious case review and domestic
# homicide review ("A Serious Case Review 'Child L' A Domestic Homicide Review 'Adult L'") and community safety
# partnerships' pages on domestic homicide reviews ("deaths of persons aged sixteen or over"); pages on a serious case
# review of children "sexually abused by the male carer" of a foster home; procedures pages on secure accommodation; for
# the shapes of the lists, sets 1-23's sources). Only short generic phrases are shared with them.
# What this set leans on (kinds sets 1-23 have not pushed; each phrase grepped in sets 1-23's entries.py and
# unseen-entries.txt first, see the README):
# - HARM BY A PROFESSIONAL OR IN AN INSTITUTION (a foster carer, a residential worker, a teacher, a childminder, a nursery
#   worker, officers of a secure children's home, a young offender institution, a mental health ward);
# - SUMMARIES TOLD FROM THE FAMILY'S SIDE ("Mother said ...", "Mum said", quotes of a parent, a grandmother, a father);
# - CHILDREN MISSING FROM HOME OR EDUCATION, HOME EDUCATION, DRUG DEALING TOLD BY THE DRUG WORDS ONLY ("wraps of crack
#   cocaine", "a trap house", "a drug debt"), RADICALISATION WITHOUT THE WORD ("referred to Channel", "extreme right-wing
#   material");
# - ACCIDENTS: a bath, a candle fire, a family dog, a van, a window, a quad bike, a jump into a river with friends; a
#   baby "found unresponsive in the parents' bed";
# - MEDICAL NEGLECT ("had not been brought to", prescriptions not collected, teeth removed), EATING DISORDERS, SELF-HARM
#   BEFORE A DEATH;
# - HEDGED OR FIGURATIVE OUTCOMES ("did not survive", "sadly passed away", "life-changing injuries", "remains in a
#   critical condition", "was left with a brain injury", "lost her life") and AGES IN WORDS OR COMPOUNDS
#   ("seventeen-year-old", "a 2 month old", "aged 15/16", "a 2 year old", "aged fifteen", "nine-day-old",
#   "three-and-a-half-year-old");
# - CARE TOLD BY ITS LEGAL ROUTE (section 20, a special guardianship order, a care order at home, an interim care order,
#   private fostering, an adoption that broke down, a child arrangements order, supported accommodation);
# - DOMESTIC HOMICIDES WITH A CHILD WITNESS (whose age, whose death) and AREAS told as a partnership, a city, a county and a
#   region in one summary.
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -23 and the decisions at the head of unseen-entries.txt, unchanged): not stated
# means empty, and a negated or ruled-out fact is not stated; a code is about the child(ren) the entry describes, never
# a parent's, sibling's, carer's or perpetrator's own harm, plan, care, school, condition, outcome, sex or age; a
# parent's mental health, substance or alcohol misuse, learning disability, criminality or domestic abuse is the child's
# risk factor; a perpetrator parent's (or parent's partner's) conviction for the child's own harm is accepted as
# `parental_criminality` either way, and so is a foster carer's (a carer in a parent's place); accidents accept
# `neglect`, `other` or none, and a young child drowning or hurt while the adult was elsewhere is `neglect`; a dog attack
# is `other`, `neglect` or none; the incident year is the year of the harm, never a court's or the review's publication
# year, and a range of years accepts its first year, its last when the harm came to light then, or none; an age in
# weeks, months or days is its fraction of a year to two decimals; an age told in words is that age ("seventeen-year-old"
# 17.00); an age told as two years ("aged 15/16") is no exact age (the band either year falls in, or `unknown`);
# restraint by staff is `other`, `physical_abuse` or none; radicalisation is `other` (`online_harm`,
# `extra_familial_harm` accepted); drug dealing the child was made to do (a trap house, wraps, a drug debt) is
# `child_criminal_exploitation`; a child taken off the school roll to be educated at home, missing from education, or who
# stopped going to school is `not_in_school`; medical care not given ("not brought to" clinics, prescriptions not
# collected, medication stopped) is `neglect`; an eating disorder's death accepts `other`, `self_harm_suicide`, `neglect`
# or none, self-harm is `self_harm_suicide`; section 20, a care order (at home too), an interim care order, secure
# accommodation and a return to care are `looked_after`, remand accepts it; a special guardianship or child arrangements
# order with a relative is `connected_carers`; private fostering is no `looked_after` (`foster_care` accepted); a child
# who saw a parent killed is not the one who died: outcome `other` or `serious_harm`, harm `emotional_abuse` or none,
# the killing a parent's `domestic_abuse`; a domestic homicide review beside a child's review accepts either type; a
# teenager's own violent relationship is the teenager's harm (`domestic_abuse` accepted beside it, no parent's); the area
# is the partnership of the title (or its place name), never a city, county or region of the summary.
# Truth corrected after the first measure, under a convention already written ("not stated means empty"; see the README):
# yd #5 (Baby AYN) "was found unresponsive in the parents' bed" never says the baby died: outcome accepts `serious_harm`
# beside `death`, and a sudden unexpected infant death (a death) is accepted, no longer required.
# `a|b` alternatives, `*` not scored.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from phrasing_entries import COLS, T, A, ANY, E, L, R, HEAD, STAB, RESTRAINT, RO  # noqa: E402,F401

ACCIDENT = A("", "neglect; other")
CONVICTED = A("", "parental_criminality")
CCE = A("child_criminal_exploitation", "extra_familial_harm")
CSE = A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm")
FOSTER = A("foster_care", "looked_after")
LAC_FOSTER = A("looked_after", "foster_care")
RADICAL = A("other", "online_harm; extra_familial_harm") + "|" + A("online_harm", "extra_familial_harm")
WITNESS = A("", "emotional_abuse")
DHR = "child_safeguarding_practice_review|domestic_homicide_review"

NAV = ["<header><a href=\"#main\">Skip to main content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Case reviews</a></li><li><a href=\"#\">About us</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Privacy notice</p><p>Accessibility</p></footer>"]

FILES = {}
LI = "Learning includes:"
RI = "Recommendations include:"
RP = "Recommendations to the partnership include:"
LT = "Learning themes include:"
ORO = "Other resources Read overview report"
ORE = "Other resources Read executive summary"

# --- A May 2026 repository month (text): harm by professionals and in institutions.
FILES["ya-monthly-2026-repository.txt"] = dict(pubyear="2026|", month="2026-05", preamble=[
    "NSPCC Repository – May 2026",
    "In May 2026 eight case reviews were added to the NSPCC Repository. A summary of each follows (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child safeguarding practice review: Child CO (overview report)", [
    "Child CO, aged 15, was held in a restraint for 40 minutes by three officers at a secure children's home in 2024 and suffered a broken wrist. She had been placed there under a secure accommodation order after repeated missing episodes.",
    [L(LI, ["restraint of girls in secure settings", "recording of restraint"])],
    [R(RI, ["a review by a manager of every restraint that lasts more than ten minutes"])]],
   T("Child CO", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "aged 15", "15.00",
     "11_15", "female", RESTRAINT, ctx="looked_after"), link=ORO),
 E("2. Child safeguarding practice review: Child DO (executive summary)", [
    "Child DO, a 6-year-old girl in foster care, was sexually abused by her male foster carer between 2021 and 2023. He was convicted in 2025, and the fostering agency deregistered the couple.",
    [L(LI, ["listening to children in foster care", "unannounced visits to foster homes"])],
    [R(RI, ["an unannounced visit to every foster home each year"])]],
   T("Child DO", "child_safeguarding_practice_review", "executive_summary", "serious_harm", "2021|2023|",
     "6-year-old", "6.00", "6_10", "female", "sexual_abuse", risk=CONVICTED, ctx=FOSTER), link=ORE),
 E("3. Child safeguarding practice review: Child EO (overview report)", [
    "Child EO, a 14-year-old girl, was groomed by a teacher at her school, who sent her messages on social media for months and sexually assaulted her in 2024. The teacher, aged 34, was jailed in 2025.",
    [L(LI, ["staff who cross professional boundaries", "low-level concerns about staff"])],
    [R(RI, ["a record of low-level concerns about staff in every school"])]],
   T("Child EO", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "14-year-old", "14.00",
     "11_15", "female", A("sexual_abuse", "online_harm; child_sexual_exploitation; extra_familial_harm")), link=ORO),
 E("4. Child safeguarding practice review: Child FO (overview report)", [
    "Child FO, a 17-year-old boy, was found hanged in his cell at a young offender institution in 2025, three weeks after he was remanded there. He had self-harmed on two earlier nights and had not been put on extra observations.",
    [L(LI, ["self-harm in custody", "the first weeks of remand"])],
    [R(RI, ["observations every hour for every child who self-harms in custody"])]],
   T("Child FO", "child_safeguarding_practice_review", "overview", "death", "2025", "17-year-old", "17.00", "16_17",
     "male", "self_harm_suicide", ctx=A("", "looked_after")), link=ORO),
 E("5. Child safeguarding practice review: Child GO (overview report)", [
    "Child GO, a 10-month-old boy, suffered a fractured skull while in the care of a registered childminder in 2024. The childminder said he had rolled off a sofa; she was later convicted of causing grievous bodily harm.",
    [L(LI, ["injuries to babies in registered childcare", "explanations that do not fit an injury"])],
    [R(RI, ["a strategy discussion for every head injury to a baby in registered childcare"])]],
   T("Child GO", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "10-month-old", "0.83",
     "under_1", "male", HEAD), link=ORO),
 E("6. Child safeguarding practice review: Child HO (overview report)", [
    "Child HO, aged 13, was hit and pushed against a wall by a residential worker at her children's home in 2023; another worker filmed it on a phone and did not report it. The worker was dismissed.",
    [L(LI, ["staff culture in children's homes", "whistleblowing"])],
    [R(RI, ["whistleblowing training for all residential staff"])]],
   T("Child HO", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2023", "aged 13", "13.00",
     "11_15", "female", A("physical_abuse", "other"), ctx="looked_after"), link=ORO),
 E("7. Child safeguarding practice review: Child LO (overview report)", [
    "Child LO, a 16-year-old girl with an eating disorder, was detained on an adolescent mental health ward in 2024, where she was restrained and fed by tube more than 100 times over six months. Her parents had asked for her to be moved nearer home.",
    [L(LI, ["restrictive practice on children's wards", "placements far from home"])],
    [R(RI, ["a review of every child restrained more than ten times in a month"])]],
   T("Child LO", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2024", "16-year-old",
     "16.00", "16_17", "female", A("", "physical_abuse; other; self_harm_suicide")), link=ORO),
 E("8. Child safeguarding practice review: Child UO (executive summary)", [
    "Child UO, a 2-year-old girl, was one of 11 children sexually abused by a nursery worker between 2022 and 2024. The review considers the nursery's recruitment and the use of staff phones in the rooms.",
    [L(LI, ["safer recruitment in early years", "phones in nurseries"])],
    [R(RI, ["a ban on personal phones in every nursery room"])]],
   T("Child UO", "child_safeguarding_practice_review", "executive_summary", "serious_harm", "2022|2024|",
     "2-year-old", "2.00", "1_5", "female", A("sexual_abuse", "online_harm"), n="1|11"), link=ORE),
])

# --- A spring 2026 update (HTML): told from the family's side, quotes of relatives.
FILES["yb-update-2026-spring.html"] = dict(page_title="Case reviews update", html_preamble=NAV, html_footer=FOOT,
    h1="Case reviews update: spring 2026", pubyear="2026",
    intro_html=["Case reviews added this spring. Invented for testing: no real child, family or place."],
    entries=[
 E("Child VO: CSPR", [
    "Child VO, a 15-year-old boy, died in 2025 after he was stabbed outside a takeaway. His mother said: \"I asked for help for a year and no one came.\" She told the review that he had carried a knife since he was 13 because he was frightened.",
    [L(LI, ["listening to parents who ask for help", "children who carry knives out of fear"])],
    [R(RP, ["a named worker for every parent who reports that a child carries a knife"])]],
   T("Child VO", "child_safeguarding_practice_review", "overview", "death", "2025", "15-year-old", "15.00", "11_15",
     "male", STAB), link=RO),
 E("Baby WO: CSPR", [
    "Baby WO was eight weeks old when she was admitted to hospital in 2024 with bleeding on the brain. Father said he had \"shaken her to stop her crying\". Mother told the review that no one had ever talked to her about coping with crying.",
    [L(LI, ["coping with crying", "fathers and babies"])],
    [R(RP, ["coping with crying advice given to both parents before discharge"])]],
   T("Baby WO", "child_safeguarding_practice_review", "overview", "serious_harm", "2024",
     "eight weeks old|was eight weeks old", "0.15", "under_1", "female", HEAD), link=RO),
 E("Child XO: SCR", [
    "Child XO's parents told the review that they had raised concerns about their son's mood with his GP three times. Child XO, aged 14, took his own life in 2024. His father said: \"He was a different boy after the bullying started online.\"",
    [L(LI, ["parents' concerns about mood", "bullying online"])],
    [R(RP, ["a mental health referral when a parent raises low mood twice"])]],
   T("Child XO", "serious_case_review", "overview", "death", "2024", "aged 14", "14.00", "11_15", "male",
     A("self_harm_suicide", "online_harm")), link=RO),
 E("Child YO: CSPR", [
    "Mum said she felt judged by every professional she met. Child YO, a 3-year-old girl, was found in 2025 to have been left without food for long periods while her mother was severely depressed; the review heard that her mother had asked twice for a nursery place.",
    [L(LI, ["mothers with depression", "asking for help and being judged"])],
    [R(RP, ["an early help offer for every parent who asks for childcare"])]],
   T("Child YO", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2025", "3-year-old", "3.00",
     "1_5", "female", "neglect", risk="parental_mental_health"), link=RO),
 E("Child ZO: CSPR", [
    "Child ZO's grandmother said: \"We knew something was wrong, but nobody would listen to us.\" Child ZO, a 7-year-old boy, was physically abused by his father's girlfriend in 2024 and had a broken arm and burns to his hands.",
    [L(LI, ["hearing wider family", "new partners in the home"])],
    [R(RP, ["a call to the wider family in every child protection enquiry"])]],
   T("Child ZO", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "7-year-old", "7.00",
     "6_10", "male", "physical_abuse"), link=RO),
 E("Child UP: CSPR", [
    "Father told the review he had tried for two years to see his daughter. Child UP, a 5-year-old girl, lived with her mother, who had a heroin addiction, and was found in 2024 in a flat with no heating and no food.",
    [L(LI, ["fathers who live apart from their children"])],
    [R(RP, ["fathers seen in every assessment, wherever they live"])]],
   T("Child UP", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2024", "5-year-old", "5.00",
     "1_5", "female", "neglect", risk="parental_substance_misuse"), link=RO),
 E("Child ZP: LCSPR", [
    "The family described Child ZP as \"a bright, funny boy who loved football\". He was 16 when he was shot in a park in 2025 by a man from a rival gang, and he died the same night. His mother told the review that the police had known he was being threatened.",
    [L(LI, ["threats to children from gangs"])],
    [R(RP, ["a safety plan for every child the police know is threatened"])]],
   T("Child ZP", "child_safeguarding_practice_review", "overview", "death", "2025", "was 16|16", "16.00", "16_17",
     "male", A("extra_familial_harm", "physical_abuse") + "|physical_abuse"), link=RO),
 E("Child DI: CSPR", [
    "Her parents said they were \"never told how ill she was\". Child DI, a 13-year-old girl with complex epilepsy, died in 2024 after a seizure at home; the review found that she had not been brought to nine of her fourteen clinic appointments.",
    [L(LI, ["was not brought", "epilepsy in teenagers"])],
    [R(RP, ["a was-not-brought policy in every children's clinic"])]],
   T("Child DI", "child_safeguarding_practice_review", "overview", "death", "2024", "13-year-old", "13.00", "11_15",
     "female", A("neglect", "other"), ctx=A("", "disabled")), link=RO),
])

# --- A 2026 list (text): missing from home or education, home education, drugs, radicalisation. Areas in the titles.
FILES["yc-list-2026-missing.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews published in 2026", "",
    "Reviews published in 2026 by area. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2026 – Brackenfold – Child FI", [
    "Child FI, a 14-year-old boy, was reported missing 22 times in 2024 and was found each time in a town 40 miles away with cash and several phones. In 2025 he was arrested in a flat with wraps of crack cocaine and heroin hidden in his socks.",
    [L(LI, ["children found far from home", "phones and cash as warning signs"])],
    [R(RI, ["a return home interview that asks who paid for the journey"])]],
   T("Child FI", "unknown", "overview", "serious_harm|other", "2024|2025", "14-year-old", "14.00", "11_15", "male",
     CCE, area="Brackenfold"), link=RO),
 E("2026 – Ollenby – Child GI", [
    "Child GI, a 12-year-old girl, had been educated at home since her mother took her off the school roll in 2022. No professional saw her for two years; in 2024 she was found to weigh 22 kg and to have had no medical care for a hip condition.",
    [L(LI, ["children educated at home", "children no one sees"])],
    [R(RI, ["a visit to every child taken off a school roll within a month"])]],
   T("Child GI", "unknown", "overview", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "female", "neglect",
     ctx="not_in_school", area="Ollenby"), link=RO),
 E("2026 – Ollenby – Child HI", [
    "Child HI, a 15-year-old boy, was referred to Channel in 2024 after a teacher found extreme right-wing material on his laptop. He had been spending up to ten hours a day in online chat groups and had stopped going to school.",
    [L(LI, ["online extremism", "children who stop going to school"])],
    [R(RI, ["a Channel panel review of every child who is also missing education"])]],
   T("Child HI", "unknown", "overview", "serious_harm|other", "2024", "15-year-old", "15.00", "11_15", "male",
     RADICAL, ctx="not_in_school", area="Ollenby"), link=RO),
 E("2026 – Wetherden – Child NI", [
    "Child NI, a 13-year-old girl, was missing from education for 14 months after her family moved into the area in 2023. She was found in 2024 living with a 25-year-old man who had been sexually abusing her.",
    [L(LI, ["children missing education after a move"])],
    [R(RI, ["a children missing education check for every family new to the area"])]],
   T("Child NI", "unknown", "overview", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "female",
     A("sexual_abuse", "child_sexual_exploitation; extra_familial_harm") + "|" +
     A("child_sexual_exploitation", "extra_familial_harm"), ctx="not_in_school", area="Wetherden"), link=RO),
 E("2026 – Wetherden – Child TL", [
    "Child TL, aged 16, was stabbed in 2025 in a trap house where he had been made to sell crack and heroin to pay off a drug debt. He had been reported missing from home eleven times that year.",
    [L(LI, ["drug debts", "missing episodes"])],
    [R(RI, ["a referral to the national referral mechanism for every child found in a trap house"])]],
   T("Child TL", "unknown", "overview", "serious_harm", "2025", "aged 16", "16.00", "16_17", "male",
     A("child_criminal_exploitation", "extra_familial_harm; physical_abuse"), area="Wetherden"), link=RO),
 E("2026 – Cold Ashby – Child UL", [
    "Child UL, a 15-year-old girl who was looked after, went missing from her foster home 30 times in 2024. She was found in a hotel room with two men in their forties, who were charged with rape.",
    [L(LI, ["hotels and exploitation", "missing children in care"])],
    [R(RI, ["training for hotel staff on children at risk"])]],
   T("Child UL", "unknown", "overview", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "female",
     A("sexual_abuse", "child_sexual_exploitation; extra_familial_harm") + "|" + CSE, ctx=LAC_FOSTER,
     area="Cold Ashby"), link=RO),
 E("2026 – Cold Ashby – Child VL", [
    "Child VL, aged 17, was arrested in 2025 for planning an attack after months in online groups that shared Islamist propaganda. He had been known to Prevent since 2023 and lived with his father, who had served a prison sentence for fraud.",
    [L(LI, ["online propaganda", "Prevent and children's social care"])],
    [R(RI, ["a joint review by Prevent and children's social care of every child in an online extremist group"])]],
   T("Child VL", "unknown", "overview", "serious_harm|other", "2025", "aged 17", "17.00", "16_17", "male", RADICAL,
     risk="parental_criminality", area="Cold Ashby"), link=RO),
 E("2026 – Brackenfold – Child ZL", [
    "Child ZL, an 11-year-old boy, was often missing from home late at night in 2024 and was seen by police with older boys carrying bags of cannabis. In 2025 he was found with a knife wound to his leg in a stairwell used for dealing.",
    [L(LI, ["young children and drug dealing"])],
    [R(RI, ["an exploitation screen for every child under 13 found out late at night"])]],
   T("Child ZL", "unknown", "overview", "serious_harm", "2025", "11-year-old", "11.00", "11_15", "male",
     A("child_criminal_exploitation", "extra_familial_harm; physical_abuse"), area="Brackenfold"), link=RO),
])

# --- A partnership's local reviews of accidents (text).
FILES["yd-partnership-accidents-2026.txt"] = dict(pubyear="2026", preamble=[
    "Local child safeguarding practice reviews: accidents and unexpected deaths 2026", "",
    "Summaries of the partnership's reviews of accidental injuries and unexpected deaths. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("Local child safeguarding practice review: Child UM", [
    "Child UM, a 22-month-old boy, was found face down in the bath in 2024 after his mother left him and his 3-year-old brother alone to answer the door. He was resuscitated but died two days later.",
    [L("Learning:", ["bath seats and supervision"])],
    [R("Recommendations:", ["bath safety advice at every health visitor contact"])]],
   T("Child UM", "child_safeguarding_practice_review", "overview", "death", "2024", "22-month-old", "1.83", "1_5",
     "male", A("neglect", "other")), link=RO),
 E("Local child safeguarding practice review: Child TN", [
    "Child TN, aged 6, and her two brothers died in a fire at their flat in 2025. The fire started from a candle in the children's bedroom while their mother was at a neighbour's flat.",
    [L("Learning:", ["fire safety in rented flats", "children left alone"])],
    [R("Recommendations:", ["a home fire safety visit for every family with a child in need plan"])]],
   T("Child TN", "child_safeguarding_practice_review", "overview", "death", "2025", "aged 6", "6.00", "6_10",
     "female|mixed", ACCIDENT, n="1|3"), link=RO),
 E("Local child safeguarding practice review: Baby YN", [
    "Baby YN, a 5-month-old girl, was killed in 2024 by the family's dog, a large crossbreed, while she lay on a play mat in the living room. Her father was asleep upstairs.",
    [L("Learning:", ["dogs and babies", "asking about pets"])],
    [R("Recommendations:", ["questions about dogs in every antenatal assessment"])]],
   T("Baby YN", "child_safeguarding_practice_review", "overview", "death", "2024", "5-month-old", "0.42", "under_1",
     "female", ACCIDENT), link=RO),
 E("Local child safeguarding practice review: Child ZN", [
    "Child ZN, a 4-year-old boy, was hit by a van and killed in 2025 after he walked out of an unlocked front door onto a main road. His mother, aged 23, had been using cannabis that afternoon.",
    [L("Learning:", ["substance use and supervision"])],
    [R("Recommendations:", ["door safety advice in every child in need plan"])]],
   T("Child ZN", "child_safeguarding_practice_review", "overview", "death", "2025", "4-year-old", "4.00", "1_5",
     "male", ACCIDENT, risk="parental_substance_misuse"), link=RO),
 E("Local child safeguarding practice review: Baby AYN", [
    "Baby AYN was found unresponsive in the parents' bed in 2025 at the age of 7 weeks. Both parents had smoked cannabis that evening.",
    [L("Learning:", ["safer sleep and cannabis"])],
    [R("Recommendations:", ["safer sleep advice that names cannabis"])]],
   T("Baby AYN", "child_safeguarding_practice_review", "overview", "death|serious_harm", "2025",
     "7 weeks|the age of 7 weeks", "0.13", "under_1", "not_stated", A("", "sudden_unexpected_infant_death; neglect"),
     risk="co_sleeping; parental_substance_misuse"), link=RO),
 E("Local child safeguarding practice review: Child BYN", [
    "Child BYN, a 3-year-old girl, fell from a second-floor window of the family's flat in 2024 and suffered a fractured skull. The window restrictor had been broken for months and had been reported to the landlord.",
    [L("Learning:", ["window safety", "housing repairs"])],
    [R("Recommendations:", ["window restrictors checked in every temporary flat"])]],
   T("Child BYN", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "3-year-old", "3.00",
     "1_5", "female", ACCIDENT), link=RO),
 E("Local child safeguarding practice review: Child CYN", [
    "Child CYN, a 12-year-old boy, died in 2025 when the quad bike he was riding on his uncle's farm overturned. He had been allowed to ride it without a helmet.",
    [L("Learning:", ["farm safety"])],
    [R("Recommendations:", ["farm safety advice through rural schools"])]],
   T("Child CYN", "child_safeguarding_practice_review", "overview", "death", "2025", "12-year-old", "12.00", "11_15",
     "male", ACCIDENT), link=RO),
 E("Local child safeguarding practice review: Child DYN", [
    "Child DYN, aged 15, drowned in a river in 2024 after jumping in from a bridge with friends on a hot day. He could not swim, and his friends did not know.",
    [L("Learning:", ["open water safety"])],
    [R("Recommendations:", ["open water safety lessons in every secondary school"])]],
   T("Child DYN", "child_safeguarding_practice_review", "overview", "death", "2024", "aged 15", "15.00", "11_15",
     "male", ACCIDENT), link=RO),
])

# --- A page of medical neglect, eating disorders and self-harm (HTML).
FILES["ye-reviews-page-2026.html"] = dict(page_title="Published reviews", html_preamble=NAV, html_footer=FOOT,
    h1="Reviews we published in 2026", pubyear="2026",
    intro_html=["Short summaries of this year's reviews. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Anonymous – Child EYN", [
    "Child EYN, a 14-year-old girl with type 1 diabetes, died of diabetic ketoacidosis in 2025. She had not been brought to her diabetes clinic for a year, and her insulin prescriptions had not been collected.",
    [L(LI, ["children with long-term conditions", "prescriptions not collected"])],
    [R(RP, ["a check with the pharmacy after every missed clinic"])]],
   T("Child EYN", "unknown", "overview", "death", "2025", "14-year-old", "14.00", "11_15", "female",
     A("neglect", "other")), link=RO),
 E("2026 – Anonymous – Child FYN", [
    "Child FYN, a 4-year-old boy, had 17 decayed teeth removed under general anaesthetic in 2024. He had never been brought to a dentist, and his mother had missed five appointments for his speech.",
    [L(LI, ["dental neglect"])],
    [R(RP, ["a referral to the health visitor after every dental extraction under anaesthetic in a young child"])]],
   T("Child FYN", "unknown", "overview", "serious_harm|other", "2024", "4-year-old", "4.00", "1_5", "male",
     "neglect"), link=RO),
 E("2026 – Anonymous – Child GYN", [
    "Child GYN, aged 16, died in hospital in 2024 weighing 31 kg. She had anorexia nervosa and had been on a waiting list for specialist treatment for eight months; she had also been cutting herself for two years.",
    [L(LI, ["eating disorders", "waiting lists"])],
    [R(RP, ["a named clinician for every young person on an eating disorder waiting list"])]],
   T("Child GYN", "unknown", "overview", "death", "2024", "aged 16", "16.00", "16_17", "female",
     A("", "other; self_harm_suicide; neglect")), link=RO),
 E("2026 – Anonymous – Child HYN", [
    "Child HYN, a 15-year-old boy, died in 2025 after taking an overdose of paracetamol. For a year before his death he had been self-harming, and he had told a school counsellor that he wanted to die.",
    [L(LI, ["self-harm in boys"])],
    [R(RP, ["a safety plan shared with parents after every disclosure of suicidal thoughts"])]],
   T("Child HYN", "unknown", "overview", "death", "2025", "15-year-old", "15.00", "11_15", "male",
     A("self_harm_suicide", "poisoning_ingestion")), link=RO),
 E("2026 – Anonymous – Baby JYN", [
    "Baby JYN, a 9-month-old girl, was admitted to hospital in 2024 with rickets and a fracture of her forearm. She had been fed only on rice milk and had not been brought to any of her health reviews since birth.",
    [L(LI, ["restrictive diets in babies", "missed health reviews"])],
    [R(RP, ["a home visit after every missed health review"])]],
   T("Baby JYN", "unknown", "overview", "serious_harm", "2024", "9-month-old", "0.75", "under_1", "female",
     "neglect"), link=RO),
 E("2026 – Anonymous – Child KYN", [
    "Child KYN, aged 10, who has cystic fibrosis, became seriously ill in 2023 after his parents stopped his medication because they believed a special diet would cure him.",
    [L(LI, ["parents' beliefs about treatment"])],
    [R(RP, ["a safeguarding referral when parents stop a child's essential medication"])]],
   T("Child KYN", "unknown", "overview", "serious_harm", "2023", "aged 10", "10.00", "6_10", "male", "neglect",
     ctx=A("", "disabled")), link=RO),
 E("2026 – Anonymous – Child LYN", [
    "Child LYN, a 13-year-old girl, had self-harmed for two years and was admitted to hospital in 2024 after cutting her arm so badly that she needed surgery. Her mother, who had bipolar disorder, had not been able to keep medicines and knives locked away.",
    [L(LI, ["self-harm at home", "parents with bipolar disorder"])],
    [R(RP, ["a home safety plan for every child who self-harms"])]],
   T("Child LYN", "unknown", "overview", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "female",
     "self_harm_suicide", risk="parental_mental_health"), link=RO),
 E("2026 – Anonymous – Child MYN", [
    "Child MYN, a 6-year-old boy with asthma, died in 2025 after a severe asthma attack at home. He had been taken to A&E with asthma 11 times in the year before, and his family had not collected his preventer inhaler for months.",
    [L(LI, ["asthma deaths", "repeat emergency attendances"])],
    [R(RP, ["an asthma review after every second emergency attendance"])]],
   T("Child MYN", "unknown", "overview", "death", "2025", "6-year-old", "6.00", "6_10", "male", A("neglect", "other")),
   link=RO),
])

# --- A 2026 list (text): hedged or figurative outcomes, ages in words or compounds.
FILES["yf-list-2026-words.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews published in 2026", "",
    "A list of case reviews published in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("November 2026 – Anonymous – Child NYN", [
    "Child NYN, a seventeen-year-old boy, did not survive a stabbing in a park in 2025. He had been excluded from two schools.",
    [L(LI, ["exclusion and serious youth violence"])],
    [R(RI, ["a plan for every child excluded twice"])]],
   T("Child NYN", "unknown", "overview", "death", "2025", "seventeen-year-old", "17.00", "16_17", "male", STAB,
     ctx="not_in_school"), link=RO),
 E("October 2026 – Anonymous – Baby PYN", [
    "Baby PYN, a 2 month old boy, sadly passed away in 2024 after his father threw him onto a bed and he hit his head on the wall.",
    [L(LI, ["fathers' anger"])],
    [R(RI, ["work with fathers on anger before a baby goes home"])]],
   T("Baby PYN", "unknown", "overview", "death", "2024", "2 month old", "0.17", "under_1", "male", HEAD), link=RO),
 E("September 2026 – Anonymous – Child RYN", [
    "Child RYN, aged 15/16 during the period reviewed, was sexually exploited by a network of men in 2023 and 2024. She had been placed in a children's home 50 miles from her family.",
    [L(LI, ["networks of men who exploit girls"])],
    [R(RI, ["disruption plans for every network the police identify"])]],
   T("Child RYN", "unknown", "overview", "serious_harm", "2023|2024|", "*", "", "11_15|16_17|unknown", "female", CSE,
     ctx="looked_after"), link=RO),
 E("August 2026 – Anonymous – Child SYN", [
    "Child SYN, a 2 year old girl, was left with life-changing injuries after she was hit by a car in 2024 while in the care of her mother's friend, who was drunk.",
    [L(LI, ["informal childcare"])],
    [R(RI, ["advice to parents on choosing who looks after their children"])]],
   T("Child SYN", "unknown", "overview", "serious_harm", "2024", "2 year old", "2.00", "1_5", "female", ACCIDENT),
   link=RO),
 E("July 2026 – Anonymous – Child TYN", [
    "Child TYN, a 14-month-old boy, remains in a critical condition after he was found in 2025 with a head injury that his parents could not explain.",
    [L(LI, ["unexplained injuries in babies"])],
    [R(RI, ["a strategy discussion for every unexplained head injury"])]],
   T("Child TYN", "unknown", "overview", "serious_harm", "2025", "14-month-old", "1.17", "1_5", "male", HEAD),
   link=RO),
 E("June 2026 – Anonymous – Child UYN", [
    "Child UYN, aged fifteen, was left with a brain injury after he was assaulted by a group of young men in 2024. He had been bullied at his college for a year.",
    [L(LI, ["violence between young people"])],
    [R(RI, ["an anti-bullying lead in every college"])]],
   T("Child UYN", "unknown", "overview", "serious_harm", "2024", "aged fifteen|fifteen", "15.00", "11_15", "male",
     STAB), link=RO),
 E("May 2026 – Anonymous – Baby VYN", [
    "Baby VYN, a nine-day-old girl, lost her life in 2025 when her mother fell asleep with her on a sofa after drinking.",
    [L(LI, ["safer sleep and alcohol"])],
    [R(RI, ["safer sleep advice that names sofas"])]],
   T("Baby VYN", "unknown", "overview", "death", "2025", "nine-day-old", "0.02", "under_1", "female",
     A("sudden_unexpected_infant_death", "neglect"), risk=A("co_sleeping; parental_alcohol_misuse")), link=RO),
 E("April 2026 – Anonymous – Child WYN", [
    "Child WYN, then a three-and-a-half-year-old, suffered catastrophic injuries at the hands of her mother's partner in 2023 and will need care for the rest of her life.",
    [L(LI, ["new partners", "injuries to young children"])],
    [R(RI, ["a check on every new partner in a family with a child in need plan"])]],
   T("Child WYN", "unknown", "overview", "serious_harm", "2023", "three-and-a-half-year-old", "3.50", "1_5",
     "female", "physical_abuse"), link=RO),
])

# --- A June 2026 repository month (text): care told by its legal route.
FILES["yg-monthly-2026-care.txt"] = dict(pubyear="2026|", month="2026-06", preamble=[
    "NSPCC Repository – June 2026",
    "In June 2026 eight case reviews were added to the NSPCC Repository. A summary of each follows (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child safeguarding practice review: Child XYN (overview report)", [
    "Child XYN, a 14-year-old boy, had been accommodated under section 20 since 2023 after his mother asked for help. He was criminally exploited in 2024 while living in an unregistered placement.",
    [L(LI, ["unregistered placements"])],
    [R(RI, ["no child placed in an unregistered setting without a director's approval"])]],
   T("Child XYN", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "14-year-old", "14.00",
     "11_15", "male", CCE, ctx="looked_after"), link=ORO),
 E("2. Child safeguarding practice review: Child AZN (overview report)", [
    "Child AZN, aged 8, lived with her paternal aunt under a special guardianship order. In 2025 the aunt's husband was found to have sexually abused her for a year.",
    [L(LI, ["assessment of special guardians' partners"])],
    [R(RI, ["checks on every adult in a special guardianship household"])]],
   T("Child AZN", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "aged 8", "8.00", "6_10",
     "female", "sexual_abuse", ctx="connected_carers"), link=ORO),
 E("3. Child safeguarding practice review: Child BZN (overview report)", [
    "Child BZN, a 3-year-old girl, was placed with her mother under a care order in 2023. In 2024 she was found with burns to her legs after her mother's new partner held her in a bath of hot water.",
    [L(LI, ["placement with parents", "new partners"])],
    [R(RI, ["a review of every placement with parents when a new adult joins the household"])]],
   T("Child BZN", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "3-year-old", "3.00",
     "1_5", "female", "physical_abuse", ctx="looked_after"), link=ORO),
 E("4. Child safeguarding practice review: Baby CZN (executive summary)", [
    "Baby CZN, a 10-week-old boy, was in foster care under an interim care order when he was found in 2024 with a fractured arm that his foster carer could not explain.",
    [L(LI, ["injuries to babies in foster care"])],
    [R(RI, ["a skeletal survey for every unexplained fracture in a baby in care"])]],
   T("Baby CZN", "child_safeguarding_practice_review", "executive_summary", "serious_harm", "2024", "10-week-old",
     "0.19", "under_1", "male", "physical_abuse", ctx=LAC_FOSTER), link=ORE),
 E("5. Child safeguarding practice review: Child DZN (overview report)", [
    "Child DZN, a 13-year-old girl who had come from abroad, was privately fostered by a family friend from 2022. In 2024 she told a teacher that she was made to do all the housework and was beaten with a belt.",
    [L(LI, ["private fostering", "children brought from abroad"])],
    [R(RI, ["private fostering awareness for every school"])]],
   T("Child DZN", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "13-year-old", "13.00",
     "11_15", "female", A("physical_abuse", "emotional_abuse; neglect"), ctx=A("", "foster_care")), link=ORO),
 E("6. Child safeguarding practice review: Child EZN (overview report)", [
    "Child EZN, a 12-year-old boy, returned to care in 2024 when his adoption broke down; within six months he had moved between four children's homes, and in 2025 he was found with stab wounds.",
    [L(LI, ["adoption breakdown", "placement moves"])],
    [R(RI, ["a stability meeting after every second placement move"])]],
   T("Child EZN", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "12-year-old", "12.00",
     "11_15", "male", STAB, ctx="looked_after"), link=ORO),
 E("7. Child safeguarding practice review: Child FZN (overview report)", [
    "Child FZN, a 5-year-old girl, lived with her grandparents under a child arrangements order. Her grandfather, aged 70, left her in his car on a hot day in 2024 while he was in a betting shop, and she was taken to hospital with heatstroke.",
    [L(LI, ["support for grandparent carers"])],
    [R(RI, ["a support plan for every child arrangements order with a relative"])]],
   T("Child FZN", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "5-year-old", "5.00",
     "1_5", "female", "neglect", ctx="connected_carers"), link=ORO),
 E("8. Child safeguarding practice review: Child GZN (executive summary)", [
    "Child GZN, aged 17, was living in supported accommodation under section 20 when she was found in 2025 to have been sexually exploited by her landlord.",
    [L(LI, ["supported accommodation for girls"])],
    [R(RI, ["checks on every landlord of supported accommodation"])]],
   T("Child GZN", "child_safeguarding_practice_review", "executive_summary", "serious_harm", "2025", "aged 17",
     "17.00", "16_17", "female", CSE, ctx="looked_after"), link=ORE),
])

# --- A partnership's page (HTML): domestic homicides with a child witness; a city, a county and a region.
FILES["yh-partnership-page-2026.html"] = dict(page_title="Learning from reviews", html_preamble=NAV,
    html_footer=FOOT, h1="Learning from reviews published in 2026", pubyear="2026",
    intro_html=["Reviews published by partnerships in the region this year. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Ravensmoor Safeguarding Children Partnership – Child HZN", [
    "A joint domestic homicide review and child safeguarding practice review after a woman, aged 34, was killed by her husband at their home in the city of Dunmere in 2025. Their son, Child HZN, aged 7, saw the attack and called the police.",
    [L(LI, ["children who witness domestic homicide", "support after a parent's death"])],
    [R(RP, ["a therapeutic offer for every child bereaved by domestic homicide"])]],
   T("Child HZN", DHR, "overview", "other|serious_harm", "2025", "aged 7", "7.00", "6_10", "male", WITNESS,
     risk=A("domestic_abuse", "parental_criminality"),
     area="Ravensmoor Safeguarding Children Partnership|Ravensmoor"), link=RO),
 E("2026 – Hallowshire Safeguarding Children Partnership – Child JZN", [
    "Child JZN, a 16-year-old girl, was killed by her 19-year-old boyfriend in a market town in Hallowshire in 2024. The review was carried out as a domestic homicide review by the community safety partnership together with the safeguarding children partnership.",
    [L(LI, ["abuse in teenage relationships"])],
    [R(RP, ["healthy relationships teaching in every secondary school"])]],
   T("Child JZN", DHR, "overview", "death", "2024", "16-year-old", "16.00", "16_17", "female",
     A("physical_abuse", "extra_familial_harm; emotional_abuse"), risk=A("", "domestic_abuse"),
     area="Hallowshire Safeguarding Children Partnership|Hallowshire"), link=RO),
 E("2026 – Carrow and Eastmarsh Safeguarding Partnership – Child KZN", [
    "Child KZN, a 2-year-old boy from the Northfleet area of Carrow, a city in the county of Eastmarsh in the East Midlands, was admitted to hospital in 2024 with bleeding on the brain. His mother's partner was charged with assault.",
    [L(LI, ["partners who are not known to services"])],
    [R(RP, ["an enquiry about every new adult in a home with a young child"])]],
   T("Child KZN", "unknown", "overview", "serious_harm", "2024", "2-year-old", "2.00", "1_5", "male", HEAD, risk=CONVICTED,
     area="Carrow and Eastmarsh Safeguarding Partnership|Carrow and Eastmarsh"), link=RO),
 E("2026 – Wessington Safeguarding Children Partnership – Child LZN", [
    "Child LZN, a 13-year-old girl, moved with her mother from a seaside town in Wessington to a city in the North East in 2023 and was sexually exploited there in 2024. Records from Wessington did not follow her.",
    [L(LI, ["records that do not follow a child"])],
    [R(RP, ["a transfer of records within ten days of every move"])]],
   T("Child LZN", "unknown", "overview", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "female", CSE,
     area="Wessington Safeguarding Children Partnership|Wessington"), link=RO),
 E("2026 – Ravensmoor Safeguarding Children Partnership – Baby MZN", [
    "Baby MZN, aged 4 months, was found beside the body of her mother, aged 29, who had been strangled by her former partner in 2025. The baby was dehydrated but recovered in hospital.",
    [L(LI, ["separation and risk", "babies in homes where domestic abuse is known"])],
    [R(RP, ["a risk assessment at every separation where there is a baby"])]],
   T("Baby MZN", "unknown", "overview", "serious_harm|other", "2025", "aged 4 months|4 months", "0.33",
     "under_1", "female", A("", "neglect; other; emotional_abuse"), risk=A("domestic_abuse", "parental_criminality"),
     area="Ravensmoor Safeguarding Children Partnership|Ravensmoor"), link=RO),
 E("2026 – Kestershire Safeguarding Children Partnership – Child NZN", [
    "Child NZN, aged 11, and his mother were both injured in 2024 when his father set fire to the family home in Marlwick, a town in Kestershire. His father, aged 45, had been released from prison a month earlier.",
    [L(LI, ["release from prison and risk to families"])],
    [R(RP, ["a notification to children's social care before every release of a violent parent"])]],
   T("Child NZN", "unknown", "overview", "serious_harm", "2024", "aged 11", "11.00", "11_15", "male",
     A("physical_abuse", "other"), risk=A("parental_criminality", "domestic_abuse"),
     area="Kestershire Safeguarding Children Partnership|Kestershire"), link=RO),
 E("2026 – Marlden Safeguarding Children Partnership – Child PZN", [
    "Child PZN, a 15-year-old boy from the West Midlands, was found dead in 2025 in a river in a Welsh border county, 80 miles from home, a week after he went missing. He had been carrying drugs for a county lines gang.",
    [L(LI, ["children moved across borders by gangs"])],
    [R(RP, ["a joint missing protocol with partnerships across the border"])]],
   T("Child PZN", "unknown", "overview", "death", "2025", "15-year-old", "15.00", "11_15", "male", CCE,
     area="Marlden Safeguarding Children Partnership|Marlden"), link=RO),
 E("2026 – Marlden Safeguarding Children Partnership – Child RZN", [
    "Child RZN, a 10-year-old girl, told her teacher in 2024 that her father had hit her mother with a hammer. The review was held alongside a domestic homicide review after the mother died of her injuries three days later; Child RZN and her brother, aged 13, now live with their grandmother.",
    [L(LI, ["children's disclosures of violence at home"])],
    [R(RP, ["an immediate police referral for every disclosure of a weapon used at home"])]],
   T("Child RZN", DHR + "|unknown", "overview", "other|serious_harm|unknown", "2024", "10-year-old", "10.00", "6_10",
     "female|mixed", WITNESS, risk=A("domestic_abuse", "parental_criminality"), ctx=A("", "connected_carers"), n="1|2",
     area="Marlden Safeguarding Children Partnership|Marlden"), link=RO),
])
