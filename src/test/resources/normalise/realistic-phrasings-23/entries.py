# Entries of the "realistic phrasings 23" set (issue 9, session 34): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: procedures pages on
# concealed and denied pregnancy ("a concealed pregnancy is when a woman knows she is pregnant but does not tell
# anyone", "late booking"), pages on fabricated or induced illness ("a carer fabricates or induces an illness in a
# child", "previously known as Munchausen syndrome by proxy", "perplexing presentations"), thematic reviews of deaths of
# young people through probable suicide ("children and young people aged 10 to 17 who died through suicide", a
# partnership that "had also taken the opportunity to consider twelve cases where young people had taken their own
# lives"), NSPCC learning pages on suicide; for the shapes of the lists, sets 1-22's sources). Only short generic
# phrases are shared with them.
# What this set leans on (kinds sets 1-22 have not pushed; each phrase grepped in sets 1-22's entries.py and
# unseen-entries.txt first, see the README):
# - HARM TOLD IN THE PASSIVE WITH THE PERPETRATOR FIRST ("Mother's partner convicted of causing or allowing the death
#   of Child AQ", "Father jailed for the sexual abuse of", "Stepmother and father convicted of cruelty after");
# - SEVERAL INCIDENTS OVER YEARS ("between 2019 and 2023", "from 2021 to 2024") and DATES RELATIVE TO A DEATH
#   ("18 months before her death", "Two years before his death", "Three weeks before");
# - AGES AS A DATE OF BIRTH OR A STAGE ("born in March 2021", "born in 2009", "born in the summer of 2012", "a toddler",
#   "a baby", "a teenager", "a preschool girl", "a pre-schooler");
# - UNBORN BABIES, CONCEALMENT, STILLBIRTH, A FREE BIRTH; CHILDREN HARMED ABROAD OR MOVED BETWEEN AREAS;
# - THEMATIC REVIEWS of several unrelated children; HARM BY ANOTHER CHILD (peer-on-peer, harmful sexual behaviour: the
#   subject is the child harmed, or the child whose own abuse is told);
# - FABRICATED OR INDUCED ILLNESS, FGM, HONOUR-BASED ABUSE, FORCED MARRIAGE;
# - EUPHEMISMS ("was being groomed", "putting herself at risk", "going country"), "coercive control", "misuse of
#   substances", "poor home conditions", "hoarded", parents with learning disabilities;
# - HEADLINE TITLES ("Baby JQ: SCR", "Child KQ: CSPR", "Child LQ: LCSPR"), AMERICAN SPELLINGS AND ABBREVIATIONS
#   ("hospitalized", "pediatric", "neighbor", "behavior", "counseled", "CSE", "CCE", "DA", "FII", "NAI", "SUDC").
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -22 and the decisions at the head of unseen-entries.txt, unchanged): not stated
# means empty, and a negated or ruled-out fact is not stated; a code is about the child(ren) the entry describes, never
# a parent's, sibling's, carer's or perpetrator's own harm, plan, care, school, condition, outcome, sex or age; a
# parent's mental health, substance or alcohol misuse, learning disability, criminality or domestic abuse is the child's
# risk factor; a perpetrator parent's (or parent's partner's) conviction for the child's own harm is accepted as
# `parental_criminality` either way; accidents accept `neglect`, `other` or none; the incident year is the year of the
# harm, never a court's or the review's publication year, and a range of years ("between 2019 and 2023") accepts its
# first year, its last year when the harm came to light then, or none; an age in weeks, months or days is its fraction
# of a year to two decimals (either rounding accepted); an age told only by a word, a stage or a school year is no exact
# age (text not scored, years empty, the band the word fixes; a stage across bands accepts `unknown` or either band);
# a birth month and year with the incident's month and year gives no exact age (text and years not scored, the band);
# a birth year with the incident's year gives the band both possible ages fall in; a stillborn or unborn baby is band
# `unborn`; a thematic review of several unrelated children has no child name, `thematic` true, the number of children
# reviewed, ages not scored unless one age is stated for all, sex `not_stated` unless stated; fabricated or induced
# illness is `other` (physical abuse, neglect, emotional abuse accepted; a substance given to the child accepts
# `poisoning_ingestion`); FGM, honour-based abuse and forced marriage are `fgm_honour_based_abuse`; harm by another child
# is the harmed child's harm (`sexual_abuse`, `physical_abuse`, `extra_familial_harm` when outside the home); a child
# reviewed for harmful sexual behaviour who was sexually abused is `sexual_abuse` (and `other`: corrected, see below); "was being groomed" by an adult man is
# `child_sexual_exploitation`; "coercive control" of a mother is `domestic_abuse`; "misuse of substances" is
# `parental_substance_misuse`; a hoarded home or "poor home conditions" the child lived in is `neglect`; SUDC (a death in
# childhood past infancy) is no `sudden_unexpected_infant_death`; an SCR is a serious case review, a CSPR and an LCSPR a
# child safeguarding practice review; a teenager's own violent relationship is the teenager's harm (`domestic_abuse`
# accepted beside it, no parent's); a special guardianship order with a grandparent is `connected_carers`.
# Truth corrected after the first measure, under conventions already written (see the README): a thematic review or a
# review of several unrelated children accepts `other` (unseen-entries: "Thematic review of ..." is `other`, "A review
# of three teenage boys ..." `other|unknown`): xc #1, #2, #5, #7; a child excluded from school is `not_in_school`
# (unseen-entries u01, realistic-phrasings-22 wb #8): xh #5; a child's own harmful sexual behaviour is `other` beside
# the abuse done to the child (realistic-phrasings-2's Child RV, "displayed harmful sexual behaviour towards two younger
# children ... had herself been sexually abused by an uncle", truth "other; sexual_abuse"; harm-types.yml): xc #4.
# `a|b` alternatives, `*` not scored.
# Truth corrected in session 38 under the lead's trafficking decision (normalise/unseen-entries.txt, 'session 38
# decision'): trafficking told with its purpose gives that purpose's code alone, no `other` beside it: xa #4 Child DQ (sexually exploited; the men convicted of rape and trafficking).
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from phrasing_entries import COLS, T, A, ANY, E, L, R, HEAD, STAB, RESTRAINT, RO  # noqa: E402,F401

ACCIDENT = A("", "neglect; other")
CONVICTED = A("", "parental_criminality")
CCE = A("child_criminal_exploitation", "extra_familial_harm")
CSE = A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm")
FII = A("other", "physical_abuse; neglect; emotional_abuse")
FOSTER = A("foster_care", "looked_after")
OVERDOSE = ANY("poisoning_ingestion; self_harm_suicide; other")
REMOVED = A("", "looked_after")
TEEN = "unknown|11_15|16_17"

NAV = ["<header><a href=\"#main\">Skip to main content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Reviews</a></li><li><a href=\"#\">Contact</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Accessibility statement</p><p>Cookies</p></footer>"]

FILES = {}
LI = "Learning includes:"
RP = "Recommendations to the partnership include:"
RI = "Recommendations include:"
LT = "Learning themes include:"
ORO = "Other resources Read overview report"
ORE = "Other resources Read executive summary"

# --- An April 2026 repository month (text): numbered titles; the perpetrator first, incidents over years.
FILES["xa-monthly-2026-repository.txt"] = dict(pubyear="2026|", month="2026-04", preamble=[
    "NSPCC Repository – April 2026",
    "In April 2026 eight case reviews were added to the NSPCC Repository. A summary of each follows (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child safeguarding practice review: Child AQ (overview report)", [
    "Mother's partner convicted of causing or allowing the death of Child AQ, a 14-month-old boy, who died in hospital in 2024 from a bleed on the brain. The partner, aged 26, had moved into the family home three months earlier.",
    "Ethnicity: White British.",
    [L(LI, ["new partners in the home", "men who are not seen by services"])],
    [R(RI, ["a check on every new adult in a home where a baby lives"])]],
   T("Child AQ", "child_safeguarding_practice_review", "overview", "death", "2024", "14-month-old", "1.17", "1_5",
     "male", HEAD, risk=CONVICTED, eth="White British"), link=ORO),
 E("2. Child safeguarding practice review: Child BQ (executive summary)", [
    "Father jailed for the sexual abuse of Child BQ, a girl now aged 12, between 2019 and 2023. The abuse came to light when she told a school counsellor in 2023.",
    "Ethnicity: Asian British.",
    [L(LI, ["abuse by fathers that goes on for years", "school counselling"])],
    [R(RI, ["training for school counsellors on disclosures of sexual abuse"])]],
   T("Child BQ", "child_safeguarding_practice_review", "executive_summary", "serious_harm", "2019|2023|",
     "aged 12|now aged 12", "12.00", "11_15", "female", "sexual_abuse", risk=CONVICTED, eth="Asian British"), link=ORE),
 E("3. Child safeguarding practice review: Child CQ (overview report)", [
    "Stepmother and father convicted of cruelty after Child CQ, a 7-year-old boy, was starved and beaten over a period of 18 months. He was found in 2025 weighing less than most 4-year-olds.",
    "Ethnicity: White Other.",
    [L(LI, ["children removed from school by their parents", "stepparents"])],
    [R(RI, ["a visit to every child taken out of school to be educated at home"])]],
   T("Child CQ", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "7-year-old", "7.00",
     "6_10", "male", A("physical_abuse; neglect", "emotional_abuse"), risk=CONVICTED, eth="White Other"), link=ORO),
 E("4. Child safeguarding practice review: Child DQ (overview report)", [
    "Child DQ, a 15-year-old girl, was reported missing from home more than 30 times from 2021 to 2024 and was sexually exploited by a group of men over that period. Two of the men were convicted in 2025 of rape and trafficking.",
    "Ethnicity: White British.",
    [L(LI, ["repeat missing episodes", "disruption of groups of abusers"])],
    [R(RI, ["a multi-agency meeting after every third missing episode"])]],
   T("Child DQ", "child_safeguarding_practice_review", "overview", "serious_harm", "2021|2024|", "15-year-old",
     "15.00", "11_15", "female", A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm"),
     eth="White British"), link=ORO),
 E("5. Child safeguarding practice review: Child EQ (overview report)", [
    "Death of Child EQ, a 3-year-old girl, in 2024. Eighteen months before her death a nursery had reported bruises to her face, and the referral was closed after one home visit. Her mother's boyfriend was later convicted of her murder.",
    [L(LI, ["bruising in young children", "closing referrals after one visit"])],
    [R(RI, ["a strategy discussion for every facial bruise in a child under five"])]],
   T("Child EQ", "child_safeguarding_practice_review", "overview", "death", "2024", "3-year-old", "3.00", "1_5",
     "female", "physical_abuse", risk=CONVICTED), link=ORO),
 E("6. Child safeguarding practice review: Child FQ (overview report)", [
    "Child FQ, an 11-year-old boy with cerebral palsy, was found in 2024 to have been left in soiled bedding for days at a time. His mother had been his only carer since 2019, and the house had been hoarded to the ceiling.",
    [L(LI, ["disabled children with one carer", "hoarding"])],
    [R(RI, ["a carer's assessment for every parent who is the only carer of a disabled child"])]],
   T("Child FQ", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "11-year-old", "11.00",
     "11_15", "male", "neglect", ctx="disabled"), link=ORO),
 E("7. Child safeguarding practice review: Child GQ (overview report)", [
    "Child GQ was 17 when she was seriously assaulted by her former boyfriend, aged 19, in 2025. She had been in a coercive and controlling relationship with him for a year, and he had been arrested twice for assaulting her.",
    [L(LI, ["abuse in teenage relationships"])],
    [R(RI, ["a risk assessment for every young person who is assaulted by a partner"])]],
   T("Child GQ", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "was 17|17", "17.00",
     "16_17", "female", A("physical_abuse", "extra_familial_harm; emotional_abuse"), risk=A("", "domestic_abuse")),
   link=ORO),
 E("8. Child safeguarding practice review: Child HQ (overview report)", [
    "Grandmother cautioned for neglect after Child HQ, aged 5, was found in 2024 with untreated tooth decay and head lice. He had lived with her under a special guardianship order since 2021.",
    [L(LI, ["support for special guardians"])],
    [R(RI, ["a yearly review of every special guardianship support plan"])]],
   T("Child HQ", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2024", "aged 5", "5.00",
     "1_5", "male", "neglect", risk=A("", "parental_criminality"), ctx="connected_carers"), link=ORO),
])

# --- An autumn 2026 update (HTML): headline titles with abbreviated review kinds.
FILES["xb-update-2026-autumn.html"] = dict(page_title="Case reviews update", html_preamble=NAV, html_footer=FOOT,
    h1="Case reviews update: autumn 2026", pubyear="2026",
    intro_html=["Case reviews added to the collection this autumn. Invented for testing: no real child, family or place."],
    entries=[
 E("Baby JQ: SCR", [
    "Baby JQ was 10 weeks old when he died in 2017 from a fractured skull. His parents, both 19, said he had fallen from a changing table. Both parents had learning disabilities and had been given no support after his birth.",
    [L(LI, ["parents with learning disabilities", "explanations that do not fit an injury"])],
    [R(RP, ["an adult learning disability assessment in every pre-birth assessment where it is suspected"])]],
   T("Baby JQ", "serious_case_review", "overview", "death", "2017", "10 weeks old|was 10 weeks old", "0.19",
     "under_1", "male", HEAD, risk="parental_learning_disability"), link=RO),
 E("Child KQ: CSPR", [
    "Child KQ, a teenager, was seriously injured in 2025 when she jumped from a bridge. She had been groomed online by an older man who persuaded her to send him images of herself.",
    [L(LI, ["online grooming of teenage girls"])],
    [R(RP, ["online safety sessions for parents of secondary school pupils"])]],
   T("Child KQ", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "*", "", TEEN, "female",
     A("self_harm_suicide; online_harm", "child_sexual_exploitation; sexual_abuse; extra_familial_harm") + "|" +
     A("self_harm_suicide; child_sexual_exploitation", "sexual_abuse; extra_familial_harm")), link=RO),
 E("Child LQ: LCSPR", [
    "Child LQ, a 4-year-old boy, died in 2024 in a house fire. He and his two sisters had been left alone overnight while their mother went out. The family had been known to children's social care for poor home conditions since 2021.",
    [L(LI, ["neglect that goes on for years", "children left alone"])],
    [R(RP, ["a neglect assessment tool used at every re-referral"])]],
   T("Child LQ", "child_safeguarding_practice_review", "overview", "death", "2024", "4-year-old", "4.00", "1_5",
     "male", "neglect", n="1|3"), link=RO),
 E("Child MQ: CSPR", [
    "Child MQ, a 13-year-old boy, was sexually harmed by another child, a 15-year-old boy living in the same foster home, in 2024. The older boy had a history of harmful sexual behavior that had not been shared with the foster carers.",
    [L(LI, ["matching children in foster homes", "sharing information about harmful sexual behaviour"])],
    [R(RP, ["a matching meeting before every second child is placed in a foster home"])]],
   T("Child MQ", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "13-year-old", "13.00",
     "11_15", "male", "sexual_abuse", ctx=FOSTER), link=RO),
 E("Child NQ: SCR (summary)", [
    "Child NQ, aged 2, was taken to hospital in 2018 with a scald to her foot. Mother's partner later convicted of cruelty. The family had moved between three local authorities in a year.",
    [L(LI, ["families who move often", "transfer of records between areas"])],
    [R(RP, ["a transfer-in meeting for every family with a child protection history"])]],
   T("Child NQ", "serious_case_review", "overview", "serious_harm", "2018", "aged 2", "2.00", "1_5", "female",
     "physical_abuse", risk=CONVICTED), link=RO),
 E("Baby PQ: CSPR", [
    "Baby PQ was born in May 2024 and was found dead in his Moses basket in February 2025. The post-mortem could not find a cause. His mother had been using cannabis, and the flat was cluttered and dirty.",
    [L(LI, ["safer sleep", "cannabis use by parents of babies"])],
    [R(RP, ["safer sleep advice repeated at every health visitor contact"])]],
   T("Baby PQ", "child_safeguarding_practice_review", "overview", "death", "2025", "*", "*", "under_1", "male",
     A("sudden_unexpected_infant_death", "neglect"), risk="parental_substance_misuse"), link=RO),
 E("Child RQ: LCSPR", [
    "Child RQ, a pre-schooler, was found in 2025 wandering alone on a main road at two in the morning. His mother was asleep at home. Her misuse of substances had been known to services since his birth.",
    [L(LI, ["night-time supervision"])],
    [R(RP, ["a safety plan for night-time care in every child in need plan"])]],
   T("Child RQ", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2025", "*", "", "1_5",
     "male", "neglect", risk="parental_substance_misuse"), link=RO),
 E("Child SQ: CSPR", [
    "Child SQ, a Year 10 pupil, was stabbed in 2024 by a boy from a rival group. He had told a youth worker that he was afraid to walk to school.",
    [L(LI, ["children who fear for their safety"])],
    [R(RP, ["a safety plan for every child who says they are afraid on the way to school"])]],
   T("Child SQ", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "*", "", "11_15|unknown",
     "male", STAB), link=RO),
])

# --- Thematic and several-children reviews of 2026 (text): no one child; harm by another child.
FILES["xc-thematic-reviews-2026.txt"] = dict(pubyear="2026", preamble=[
    "Thematic and multi-child reviews published in 2026", "",
    "Reviews that look at more than one child, and reviews of harm by other children. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2026 – Anonymous – Three young people who died by suicide", [
    "A thematic review of three young people, aged 14, 15 and 17, who took their own lives in the same town between 2023 and 2025. They did not know each other. Each had been waiting for a mental health assessment.",
    [L(LT, ["waiting lists for mental health services", "support for friends after a suicide"])],
    [R(RI, ["a single point of contact for every young person on a mental health waiting list"])]],
   T("", "other|unknown", "overview", "death", "2023|", "*", "*", "*", "not_stated", "self_harm_suicide", n="3",
     thematic="true"), link=RO),
 E("2026 – Anonymous – Babies injured by their fathers", [
    "This review looks at four unrelated babies, all under six months old, who suffered non-accidental injuries in 2024 while in the care of their fathers.",
    [L(LT, ["fathers' coping with crying", "fathers seen by midwives"])],
    [R(RI, ["a coping with crying session for every father before a baby goes home"])]],
   T("", "other|unknown", "overview", "serious_harm", "2024", "*", "*", "*", "not_stated", "physical_abuse", n="4",
     thematic="true"), link=RO),
 E("2026 – Anonymous – Child TQ", [
    "Child TQ, a 12-year-old girl, was raped by two boys from her school, both aged 14, in 2025. The boys filmed the assault and shared it. The review considers the school's response to harmful sexual behaviour.",
    [L(LT, ["peer on peer abuse", "schools' response to harmful sexual behaviour"])],
    [R(RI, ["a harmful sexual behaviour lead in every secondary school"])]],
   T("Child TQ", "unknown", "overview", "serious_harm", "2025", "12-year-old", "12.00", "11_15", "female",
     A("sexual_abuse", "online_harm; extra_familial_harm")), link=RO),
 E("2026 – Anonymous – Child UQ", [
    "The review concerns Child UQ, a 13-year-old boy who displayed harmful sexual behaviour towards his younger cousin in 2024. Child UQ had himself been sexually abused by an uncle when he was 8.",
    [L(LT, ["children who harm other children were often harmed first"])],
    [R(RI, ["a trauma assessment for every child referred for harmful sexual behaviour"])]],
   T("Child UQ", "unknown", "overview", "serious_harm|other", "2024|", "13-year-old", "13.00", "11_15", "male",
     "sexual_abuse; other"), link=RO),
 E("2026 – Anonymous – Two boys placed out of area", [
    "A review of two unrelated boys, both aged 15, who were placed in children's homes more than 100 miles from home and were both criminally exploited in 2024.",
    [L(LT, ["placements far from home", "exploitation of children in care"])],
    [R(RI, ["a notification to the host area for every child placed out of area"])]],
   T("", "other|unknown", "overview", "serious_harm", "2024", "aged 15|both aged 15", "15.00", "11_15", "male", CCE,
     ctx="looked_after", n="2", thematic="true"), link=RO),
 E("2026 – Anonymous – Child VQ", [
    "Child VQ, a 16-year-old girl, was assaulted by a group of girls in 2025 and the attack was filmed and posted on social media. She had moved to the area with her mother six months before and had no friends at her new college.",
    [L(LT, ["children new to an area", "violence filmed and shared"])],
    [R(RI, ["a welcome plan for every student who joins a college during the year"])]],
   T("Child VQ", "unknown", "overview", "serious_harm", "2025", "16-year-old", "16.00", "16_17", "female",
     A("extra_familial_harm", "physical_abuse; online_harm") + "|" + A("physical_abuse", "online_harm")), link=RO),
 E("2026 – Anonymous – Sudden deaths of infants", [
    "A thematic review of five sudden unexpected deaths of infants in 2024 and 2025. In four of them the baby had been sleeping with a parent who had drunk alcohol.",
    [L(LT, ["alcohol and safer sleep"])],
    [R(RI, ["safer sleep advice that names alcohol"])]],
   T("", "other|unknown", "overview", "death", "2024|", "*", "*", "*", "not_stated", "sudden_unexpected_infant_death",
     risk=A("co_sleeping", "parental_alcohol_misuse"), n="5", thematic="true"), link=RO),
 E("2026 – Anonymous – Child WQ", [
    "Child WQ, a 10-year-old girl, was sexually abused by her 16-year-old stepbrother between 2022 and 2024. The review found that the older boy's behaviour had been seen as experimenting.",
    [L(LT, ["sibling sexual abuse"])],
    [R(RI, ["guidance on sexual abuse by brothers and stepbrothers"])]],
   T("Child WQ", "unknown", "overview", "serious_harm", "2022|2024|", "10-year-old", "10.00", "6_10", "female",
     "sexual_abuse"), link=RO),
])

# --- A page in American spelling and abbreviations (HTML).
FILES["xd-reviews-page-2026.html"] = dict(page_title="Reviews we published", html_preamble=NAV, html_footer=FOOT,
    h1="Reviews published in 2026", pubyear="2026",
    intro_html=["Short summaries of the reviews the partnership published this year. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Anonymous – Child XQ", [
    "Child XQ, a 14-year-old girl, was identified as a victim of CSE in 2024. She had been hospitalized twice after older men gave her drugs at parties.",
    [L(LI, ["CSE and drugs"])],
    [R(RP, ["a CSE risk assessment after every hospital attendance for intoxication"])]],
   T("Child XQ", "unknown", "overview", "serious_harm", "2024", "14-year-old", "14.00", "11_15", "female",
     A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm; poisoning_ingestion")), link=RO),
 E("2026 – Anonymous – Child YQ", [
    "Child YQ, a 15-year-old boy, was stabbed in a neighbor's yard in 2025. Police had identified him as at risk of CCE six months earlier.",
    [L(LI, ["CCE screening"])],
    [R(RP, ["a plan for every child the police identify as at risk of CCE"])]],
   T("Child YQ", "unknown", "overview", "serious_harm", "2025", "15-year-old", "15.00", "11_15", "male",
     A("extra_familial_harm", "physical_abuse; child_criminal_exploitation") + "|" +
     A("physical_abuse", "child_criminal_exploitation")), link=RO),
 E("2026 – Anonymous – Baby ZQ", [
    "Baby ZQ, a 3-month-old boy, was seen at a pediatric emergency center in 2023 with a torn frenulum; six weeks later he was admitted with NAI. His parents' relationship involved DA.",
    [L(LI, ["sentinel injuries", "DA and babies"])],
    [R(RP, ["a referral to social care for every torn frenulum in a baby"])]],
   T("Baby ZQ", "unknown", "overview", "serious_harm", "2023", "3-month-old", "0.25", "under_1", "male",
     "physical_abuse|physical_abuse; non_accidental_head_injury", risk="domestic_abuse"), link=RO),
 E("2026 – Anonymous – Child AR", [
    "Child AR, an 8-year-old girl, had more than 60 hospital visits between 2020 and 2024 for symptoms that were later found to be FII by her mother. She had been fed through a tube she did not need.",
    [L(LI, ["FII", "many doctors, no one picture"])],
    [R(RP, ["a lead pediatrician for every child seen by more than three specialists"])]],
   T("Child AR", "unknown", "overview", "serious_harm", "2020|2024|", "8-year-old", "8.00", "6_10", "female", FII),
   link=RO),
 E("2026 – Anonymous – Child BR", [
    "Child BR, a 20-month-old girl, died in her sleep in 2024; the cause was recorded as SUDC (sudden unexplained death in childhood). The home was cold and moldy, and her parents' misuse of alcohol was known to the health visitor.",
    [L(LI, ["SUDC", "home conditions"])],
    [R(RP, ["home conditions checked at every health visitor contact"])]],
   T("Child BR", "unknown", "overview", "death", "2024", "20-month-old", "1.67", "1_5", "female", A("", "neglect"),
     risk="parental_alcohol_misuse"), link=RO),
 E("2026 – Anonymous – Child CR", [
    "Child CR, a 6-year-old boy, was found to have been physically abused by his mother's boyfriend in 2025. His mother had a learning disability and was herself a victim of DA.",
    [L(LI, ["mothers with a learning disability", "DA and children"])],
    [R(RP, ["an advocate for every parent with a learning disability in child protection"])]],
   T("Child CR", "unknown", "overview", "serious_harm", "2025", "6-year-old", "6.00", "6_10", "male",
     "physical_abuse", risk="parental_learning_disability; domestic_abuse"), link=RO),
 E("2026 – Anonymous – Child DR", [
    "Child DR, age 16, was counseled by a school nurse in 2024 after she said her family planned to take her abroad to be married. She was placed in foster care under police protection.",
    [L(LI, ["forced marriage", "school nurses"])],
    [R(RP, ["forced marriage training for school nurses"])]],
   T("Child DR", "unknown", "overview", "serious_harm|other", "2024", "age 16", "16.00", "16_17", "female",
     "fgm_honour_based_abuse", ctx=FOSTER), link=RO),
 E("2026 – Anonymous – Child ER", [
    "Child ER, a 17-year-old boy who was autistic, took his own life in 2025 after months of isolation. He had been out of school since 2022 and was on the waitlist for an EHCP assessment.",
    [L(LI, ["autistic young people out of school"])],
    [R(RP, ["an education plan within six weeks for every child out of school"])]],
   T("Child ER", "unknown", "overview", "death", "2025", "17-year-old", "17.00", "16_17", "male",
     "self_harm_suicide", ctx="not_in_school; disabled"), link=RO),
])

# --- A 2026 list whose ages are dates of birth or stages (text).
FILES["xe-list-2026-born.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews published in 2026", "",
    "A list of case reviews published in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("October 2026 – Anonymous – Child FR", [
    "Child FR was born in March 2021. In October 2024 she was admitted to hospital with a broken thigh bone that her mother's partner could not explain.",
    [L(LI, ["fractures in young children"])],
    [R(RI, ["a skeletal survey for every fracture in a child under three"])]],
   T("Child FR", "unknown", "overview", "serious_harm", "2024", "*", "*", "1_5", "female", "physical_abuse"),
   link=RO),
 E("September 2026 – Anonymous – Child GR", [
    "Child GR, a toddler, drowned in a garden paddling pool in 2025 while his father was on his phone indoors.",
    [L(LI, ["water safety"])],
    [R(RI, ["water safety advice for families with toddlers"])]],
   T("Child GR", "unknown", "overview", "death", "2025", "*", "", "1_5", "male", "neglect"), link=RO),
 E("August 2026 – Anonymous – Child HR", [
    "Child HR, who was born in 2009, was sexually exploited in 2023 by men she met at a takeaway near her home.",
    [L(LI, ["exploitation in takeaways"])],
    [R(RI, ["training for takeaway staff"])]],
   T("Child HR", "unknown", "overview", "serious_harm", "2023", "*", "", "11_15", "female", CSE), link=RO),
 E("July 2026 – Anonymous – Child JR", [
    "Child JR, a baby, was left in the care of a 12-year-old sibling in 2024 and suffered severe burns from a kettle of boiling water.",
    [L(LI, ["children caring for babies"])],
    [R(RI, ["advice for parents on leaving babies with older children"])]],
   T("Child JR", "unknown", "overview", "serious_harm", "2024", "*", "", "under_1", "not_stated",
     A("", "neglect; other")), link=RO),
 E("June 2026 – Anonymous – Child KR", [
    "Child KR, a teenager in foster care, was found dead in a park in 2025 after taking drugs that older men had supplied. His foster carers had reported him missing the night before.",
    [L(LI, ["missing teenagers in foster care"])],
    [R(RI, ["a return plan agreed with every foster carer"])]],
   T("Child KR", "unknown", "overview", "death", "2025", "*", "", TEEN, "male",
     ANY("poisoning_ingestion; self_harm_suicide; other; extra_familial_harm; child_criminal_exploitation"),
     ctx=FOSTER), link=RO),
 E("May 2026 – Anonymous – Child LR", [
    "Child LR, a preschool girl with Down syndrome, was found in 2024 to be severely malnourished. Her parents, who both had learning disabilities, had not understood her feeding plan.",
    [L(LI, ["parents with learning disabilities and disabled children"])],
    [R(RI, ["easy-read feeding plans"])]],
   T("Child LR", "unknown", "overview", "serious_harm", "2024", "*", "", "1_5", "female", "neglect",
     risk="parental_learning_disability", ctx="disabled"), link=RO),
 E("April 2026 – Anonymous – Child MR", [
    "Child MR, born in the summer of 2012, took an overdose of her mother's antidepressants in January 2025 after being bullied online.",
    [L(LI, ["online bullying", "medicines at home"])],
    [R(RI, ["safe storage of medicines advice for families of teenagers"])]],
   T("Child MR", "unknown", "overview", "serious_harm", "2025", "*", "", "11_15", "female",
     A("self_harm_suicide", "poisoning_ingestion; online_harm")), link=RO),
])

# --- A partnership's local reviews of 2026 (text): unborn babies, abroad, FGM, honour, forced marriage.
FILES["xf-partnership-local-reviews-2026.txt"] = dict(pubyear="2026", preamble=[
    "Local child safeguarding practice reviews 2026", "",
    "Summaries of the local reviews the partnership published in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("Local child safeguarding practice review: Baby NR", [
    "Baby NR was stillborn at 34 weeks in 2024 after her mother was punched in the stomach by her partner. The pregnancy had been hidden from midwives until 28 weeks.",
    [L("Learning:", ["late booking", "domestic abuse in pregnancy"])],
    [R("Recommendations:", ["routine enquiry about domestic abuse at every antenatal contact"])]],
   T("Baby NR", "child_safeguarding_practice_review", "overview", "death", "2024", "*", "", "unborn", "female",
     A("physical_abuse", "other"), risk=A("domestic_abuse", "parental_criminality")), link=RO),
 E("Local child safeguarding practice review: Baby PR", [
    "The review concerns Baby PR, whose mother, aged 17 and in care, concealed her pregnancy and gave birth alone in a hostel in 2025. The baby was found cold but survived and was placed with foster carers.",
    [L("Learning:", ["concealment of pregnancy by young women in care"])],
    [R("Recommendations:", ["pregnancy advice for every young woman in supported accommodation"])]],
   T("Baby PR", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2025", "*", "", "under_1",
     "not_stated", A("", "neglect; other"), ctx=FOSTER), link=RO),
 E("Local child safeguarding practice review: Child QR", [
    "Child QR, a 9-year-old girl, was taken abroad during the summer holiday of 2023 and was subjected to female genital mutilation. Her school raised concerns when she returned in September.",
    [L("Learning:", ["FGM and school holidays"])],
    [R("Recommendations:", ["FGM awareness for every primary school before the summer holiday"])]],
   T("Child QR", "child_safeguarding_practice_review", "overview", "serious_harm", "2023", "9-year-old", "9.00",
     "6_10", "female", "fgm_honour_based_abuse"), link=RO),
 E("Local child safeguarding practice review: Child RR", [
    "Child RR, a 16-year-old girl, was assaulted by her brother and her uncle in 2024 after she was seen with a boyfriend. The review calls this honour-based abuse.",
    [L("Learning:", ["honour-based abuse"])],
    [R("Recommendations:", ["honour-based abuse guidance for the police and schools"])]],
   T("Child RR", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "16-year-old", "16.00",
     "16_17", "female", A("fgm_honour_based_abuse", "physical_abuse")), link=RO),
 E("Local child safeguarding practice review: Child SR", [
    "Child SR, a 2-year-old boy, moved with his mother from Harrowby to Kestlewick in 2023 and again to Ollerford in 2024; his child protection plan was not transferred, and in 2024 he was found with severe bruising to his back.",
    [L("Learning:", ["transfer of child protection plans"])],
    [R("Recommendations:", ["a transfer-in conference within 15 days of every move"])]],
   T("Child SR", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "2-year-old", "2.00",
     "1_5", "male", "physical_abuse", ctx="child_protection_plan"), link=RO),
 E("Local child safeguarding practice review: Child TR", [
    "Child TR, a 13-year-old boy, was sent to live with relatives in another country in 2023 and was beaten there. When he returned in 2024 he told a teacher.",
    [L("Learning:", ["children sent abroad"])],
    [R("Recommendations:", ["a welfare check before a child is taken off a school roll to live abroad"])]],
   T("Child TR", "child_safeguarding_practice_review", "overview", "serious_harm", "2023|2024", "13-year-old",
     "13.00", "11_15", "male", "physical_abuse", ctx=A("", "connected_carers")), link=RO),
 E("Local child safeguarding practice review: Baby UR", [
    "Baby UR died aged four days in 2025 after he was born at home in a free birth that his mother had planned without telling midwives. His mother had a history of misuse of substances.",
    [L("Learning:", ["freebirth", "substance use in pregnancy"])],
    [R("Recommendations:", ["a plan for every mother who declines maternity care"])]],
   T("Baby UR", "child_safeguarding_practice_review", "overview", "death", "2025", "aged four days|four days",
     "0.01", "under_1", "male", A("", "neglect; other"), risk="parental_substance_misuse"), link=RO),
 E("Local child safeguarding practice review: Child VR", [
    "Child VR, a 15-year-old girl, was taken to a wedding ceremony abroad in 2025 at which she was to be married to a 30-year-old cousin. A Forced Marriage Protection Order was made when she returned.",
    [L("Learning:", ["forced marriage protection orders"])],
    [R("Recommendations:", ["forced marriage training for GPs"])]],
   T("Child VR", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2025", "15-year-old",
     "15.00", "11_15", "female", A("fgm_honour_based_abuse", "other")), link=RO),
])

# --- A winter 2026 update in euphemisms (text).
FILES["xg-update-2026-winter.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews update: winter 2026", "",
    "Case reviews added to the collection in December 2026 and January 2027. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2026 – Anonymous – Child WR", [
    "Child WR, aged 14, was being groomed by a 23-year-old man she met at a bus station in 2024; he gave her alcohol and lifts in his car.",
    [L(LT, ["grooming in public places"])],
    [R(RI, ["bus station staff trained to spot grooming"])]],
   T("Child WR", "unknown", "overview", "serious_harm|other", "2024", "aged 14", "14.00", "11_15", "female", CSE),
   link=RO),
 E("2026 – Anonymous – Child XR", [
    "Child XR, a 4-year-old boy, lived with his mother and her partner, whose coercive control of the mother had been reported to the police three times. In 2025 Child XR was admitted to hospital with a broken arm and bruising to his back.",
    [L(LT, ["coercive control and children"])],
    [R(RI, ["a child's voice in every domestic abuse risk assessment"])]],
   T("Child XR", "unknown", "overview", "serious_harm", "2025", "4-year-old", "4.00", "1_5", "male",
     "physical_abuse", risk="domestic_abuse"), link=RO),
 E("2026 – Anonymous – Child YR", [
    "Child YR, a 7-month-old girl, died in 2024 after being put to sleep on a sofa beside her father, who had been drinking. Both parents' misuse of substances had been assessed as low risk.",
    [L(LT, ["safer sleep", "assessing risk from parents' substance use"])],
    [R(RI, ["safer sleep advice for fathers"])]],
   T("Child YR", "unknown", "overview", "death", "2024", "7-month-old", "0.58", "under_1", "female",
     A("sudden_unexpected_infant_death", "neglect") + "|neglect",
     risk=A("co_sleeping; parental_substance_misuse", "parental_alcohol_misuse")), link=RO),
 E("2026 – Anonymous – Child ZR", [
    "Child ZR, a 6-year-old boy, and his younger sister lived in poor home conditions for several years; in 2024 a health visitor found the home hoarded, with no working toilet and rotting food.",
    [L(LT, ["hoarding and neglect"])],
    [R(RI, ["a hoarding protocol shared with children's services"])]],
   T("Child ZR", "unknown", "overview", "serious_harm|other", "2024", "6-year-old", "6.00", "6_10", "male",
     "neglect", n="1|2"), link=RO),
 E("2026 – Anonymous – Child AS", [
    "Child AS, aged 11, lived with parents who both had learning disabilities. She was sexually abused in 2023 by a family friend who visited the home.",
    [L(LT, ["adults who befriend families"])],
    [R(RI, ["support for parents with learning disabilities to keep their children safe"])]],
   T("Child AS", "unknown", "overview", "serious_harm", "2023", "aged 11", "11.00", "11_15", "female",
     "sexual_abuse", risk="parental_learning_disability"), link=RO),
 E("2026 – Anonymous – Child BS", [
    "Child BS, a 16-year-old boy, was used by a gang to carry drugs between two towns, which the review calls going country, and was arrested in 2025 with drugs hidden in his clothing.",
    [L(LT, ["going country"])],
    [R(RI, ["a national referral mechanism referral for every child arrested away from home"])]],
   T("Child BS", "unknown", "overview", "serious_harm|other", "2025", "16-year-old", "16.00", "16_17", "male", CCE),
   link=RO),
 E("2026 – Anonymous – Child CS", [
    "Child CS, 3 months old, was found in 2024 to have a broken leg. Her mother told police that her partner had been controlling for a year and would not let her take the baby to the GP.",
    [L(LT, ["controlling partners and babies' health"])],
    [R(RI, ["health visitors to see mothers alone"])]],
   T("Child CS", "unknown", "overview", "serious_harm", "2024", "3 months old", "0.25", "under_1", "female",
     "physical_abuse", risk="domestic_abuse"), link=RO),
 E("2026 – Anonymous – Child DS", [
    "Child DS, a 13-year-old girl, was reported missing 14 times in 2024. The police described her as putting herself at risk with older men; the review found that she was being sexually exploited.",
    [L(LT, ["language that blames children"])],
    [R(RI, ["police guidance on the words used about exploited children"])]],
   T("Child DS", "unknown", "overview", "serious_harm", "2024", "13-year-old", "13.00", "11_15", "female", CSE),
   link=RO),
])

# --- A 2026 list of relative dates (text): "Background:" after the first line.
FILES["xh-list-2026-background.txt"] = dict(pubyear="2026", preamble=[
    "Reviews published in 2026", "",
    "Case reviews published in 2026, newest first. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2026 – Anonymous – Child ES", [
    "Death of a 5-year-old girl in 2025.",
    "Background: Child ES died after her mother gave her large amounts of salt. The review found that her mother had induced illness in her since she was a baby.",
    [L("Issues identified include:", ["induced illness"], style="semi-noand")],
    [R(RI, ["a single medical record for every child seen in more than one hospital"])]],
   T("Child ES", "unknown", "overview", "death", "2025", "5-year-old", "5.00", "1_5", "female",
     A("other", "physical_abuse; neglect; emotional_abuse; poisoning_ingestion") + "|" +
     A("poisoning_ingestion", "physical_abuse")), link=RO),
 E("November 2026 – Anonymous – Child FS", [
    "Death of a 10-year-old boy in 2024.",
    "Background: Child FS died from a head injury inflicted by his father. Two years before his death, his school had reported that he often came to school hungry.",
    [L("Issues identified include:", ["hunger as a sign of neglect"], style="semi-noand")],
    [R(RI, ["a referral after a child is seen hungry three times"])]],
   T("Child FS", "unknown", "overview", "death", "2024", "10-year-old", "10.00", "6_10", "male",
     A("physical_abuse", "non_accidental_head_injury; neglect") + "|" + A("non_accidental_head_injury", "neglect")),
   link=RO),
 E("October 2026 – Anonymous – Child GS", [
    "Death of a 14-year-old girl in 2025.",
    "Background: Child GS took her own life. In the 18 months before her death she had been seen by CAMHS four times and had told a teacher that her mother's partner hit her.",
    [L("Issues identified include:", ["disclosures of abuse by children with low mood"], style="semi-noand")],
    [R(RI, ["a referral to social care for every disclosure of being hit"])]],
   T("Child GS", "unknown", "overview", "death", "2025", "14-year-old", "14.00", "11_15", "female",
     A("self_harm_suicide", "physical_abuse")), link=RO),
 E("September 2026 – Anonymous – Child HS", [
    "Serious injury of a 5-month-old boy in 2024.",
    "Background: Child HS was admitted to hospital with a fractured skull. Three weeks before, a GP had noted a bruise on his ear.",
    [L("Issues identified include:", ["bruising in babies"], style="semi-noand")],
    [R(RI, ["a referral for every bruise on a non-mobile baby"])]],
   T("Child HS", "unknown", "overview", "serious_harm", "2024", "5-month-old", "0.42", "under_1", "male", HEAD),
   link=RO),
 E("August 2026 – Anonymous – Child JS", [
    "Serious injury of a 14-year-old boy in 2024.",
    "Background: Child JS was excluded from school in 2022, started carrying drugs for older boys in 2023 and was stabbed in 2024.",
    [L("Issues identified include:", ["exclusion and exploitation"], style="semi-noand")],
    [R(RI, ["an exploitation screen before every permanent exclusion"])]],
   T("Child JS", "unknown", "overview", "serious_harm", "2024", "14-year-old", "14.00", "11_15", "male",
     A("extra_familial_harm; child_criminal_exploitation", "physical_abuse") + "|" +
     A("physical_abuse; child_criminal_exploitation"), ctx="not_in_school"), link=RO),
 E("July 2026 – Anonymous – Child KS", [
    "Death of a 2-year-old girl in 2023.",
    "Background: Child KS was found dead at the home of her father, who had died of a heart attack some days earlier. She had died of dehydration.",
    [L("Issues identified include:", ["children of lone parents"], style="semi-noand")],
    [R(RI, ["a check on a child whenever a lone parent misses an appointment"])]],
   T("Child KS", "unknown", "overview", "death", "2023", "2-year-old", "2.00", "1_5", "female", ACCIDENT), link=RO),
 E("June 2026 – Anonymous – Child LS", [
    "Serious harm of a girl aged between 3 and 6 during the period under review.",
    "Background: Child LS was seen in hospital for unexplained symptoms more than 40 times from 2021 to 2024; her mother was later found to have given her laxatives. The review uses the term perplexing presentations.",
    [L("Issues identified include:", ["perplexing presentations"], style="semi-noand")],
    [R(RI, ["a perplexing presentations pathway for every hospital"])]],
   T("Child LS", "unknown", "overview", "serious_harm", "2021|2024|", "*", "", "unknown|1_5|6_10", "female",
     A("poisoning_ingestion", "other; physical_abuse; emotional_abuse") + "|" +
     A("other", "physical_abuse; emotional_abuse")), link=RO),
 E("May 2026 – Anonymous – Child MS", [
    "Death of a 16-year-old boy in 2025.",
    "Background: Child MS had lived with his aunt since his mother was deported in 2022. He was shot in a street near his aunt's flat by a man who was later jailed for life.",
    [L("Issues identified include:", ["children whose parents leave the country"], style="semi-noand")],
    [R(RI, ["a support plan for every child whose parent is deported"])]],
   T("Child MS", "unknown", "overview", "death", "2025", "16-year-old", "16.00", "16_17", "male",
     A("extra_familial_harm", "physical_abuse") + "|physical_abuse", ctx=A("", "connected_carers")), link=RO),
])
