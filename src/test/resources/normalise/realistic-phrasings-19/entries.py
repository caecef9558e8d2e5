# Entries of the "realistic phrasings 19" set (issue 9, session 30): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: the NSPCC yearly list
# of 2014 with its "Background:" lines and a second cousin named as the one who harmed, the NSPCC list of 2013 with a
# mother's methadone and "Mother and father were convicted", the 2012 Welsh list ("Serious injury of a baby (age
# unspecified)", "Death of a 17-year-old boy ... by hanging", "known to local services"), a partnership's retelling of
# the NSPCC monthly additions of 2018 ("Death of a 7-week-old infant", "lived with both parents"), the RCPCH briefings,
# a kinship carers' site on a special guardianship review, a board's statement on a 14-year-old's death; and, for the
# shapes of the lists, sets 1-18's sources). Only short generic phrases are shared with them.
# What this set leans on (kinds sets 1-18 have not pushed; each phrase grepped in sets 1-18's entries.py and
# unseen-entries.txt first: "kinship foster carer", "not thought to be non-accidental", "has since recovered",
# "great-aunt" are in none; "did not survive" (set 5), "paternal grandfather" (set 6), "mental health team" (set 12),
# "inquest" (sets 6, 9), "date of birth" (sets 7, 12) in one or two; "special guardian", "Year 9", "aged between",
# "no evidence of", "life-changing", "secure unit" in several, here told in new words):
# - A GRANDPARENT OR OTHER KINSHIP CARER as the child's carer, with a past or health of their own (a grandmother's
#   depression and alcohol treatment, an aunt's shoplifting and diabetes, a grandfather's dementia, a grandmother's
#   probation, a great-aunt's schizophrenia, a grandfather's arrest, a grandmother's drinking or prison sentence): none
#   of it is a parental risk factor;
# - A CHILD TOLD OF THROUGH AN OLDER SIBLING OR COUSIN who is the one harmed by someone else (a half-sister exploited,
#   a cousin exploited or in a secure unit, a brother shot or stabbed, an eldest sister raped, a brother's suicide);
# - SEVERAL CHILDREN OF ONE FAMILY in one entry (ages, sexes, one died, one injured): the entry's child is the one the
#   title names;
# - AGES in months and weeks ("18 months", "aged 11 months", "7 weeks old", "19 days old", "a boy of 14 months"), by
#   school year ("a Year 9 pupil", "a P5 pupil", "a S2 pupil"), by date of birth ("born August 2010", "(date of birth:
#   May 2012)", "born in February 2024"), or "aged between 14 and 16 during the period under review";
# - OUTCOMES told late or indirectly ("did not survive", "survived with life-changing injuries", "is now in a secure
#   unit", "has since recovered", "did not regain consciousness", "died in hospital, eight days after");
# - HARM NOT FOUND OR RULED OUT ("no evidence of sexual abuse was found", "not thought to be non-accidental", "no
#   evidence that Child AN had been exploited himself", "no disability was found", "no evidence of third-party
#   involvement", "no evidence of physical abuse");
# - AGENCY WORDS THAT LOOK LIKE RISK FACTORS ("the community mental health team" seeing a sister, "the substance misuse
#   service" where a mother works, "the young people's substance misuse service" of the child, "the adult mental health
#   team" a mother asked for advice, "the youth justice service", "the learning disability team");
# - YEARS of the review, the publication, an inquest or a trial beside the incident's, and of other people's events (a
#   special guardianship order, a grandmother's probation, a baby's birth, a brother's shooting);
# - AN AREA named only as the partnership ("Brenmoor and Tarrow Safeguarding Children Partnership") or a town in it;
# - the b50 and b51 normaliser kinds told in new words (a father who shot his daughter with an air rifle, stab wounds in
#   a flat used to sell drugs and eleven missing episodes, a baby found unresponsive whose cause of death was not
#   established, an overdose of prescribed antidepressants, domestic abuse witnessed by a boy and his sister);
# - the ordinary case too: the child's own facts first, then a sibling's (ta #8, tc #7, tf #8, tg #8, th #7), which
#   must not drop the child's.
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -18, unchanged): not stated means empty, and a negated or ruled-out fact is not
# stated; a code is about the child(ren) the entry describes, never a parent's, sibling's, cousin's, carer's or
# perpetrator's own harm, plan, care, school, condition, outcome, sex or age; a parent's mental health, substance or
# alcohol misuse, learning disability, criminality or domestic abuse is the child's risk factor (a mother's partner,
# stepfather or stepmother accepted either way, a past history accepted either way; an uncle's, a grandparent's, a
# great-aunt's, a sibling's or another adult's is not, even when that adult is the child's carer); a child's own past
# plan or care is coded; a span over years accepts either end (or none); accidents and hazards accept `neglect`, `other`
# or none; special guardianship and kinship care are `connected_carers` (a child who simply "lived with" a grandparent
# accepts it either way; a kinship foster carer is `connected_carers`, with `looked_after` and `foster_care` accepted);
# an adopted child accepts `looked_after` or none; another person's death is never the child's outcome; an age told
# only by a school year or a date of birth is no exact age (text not scored; years empty or the age the dates give; the
# band the stage or dates fix; a span across two bands accepts either or `unknown`); "aged between 14 and 16" is no
# exact age; a service named ("the mental health team", "the substance misuse service") is no parent's condition unless
# the words say the parent is its client for that condition (a referral to a perinatal mental health team accepted
# either way); the number of children is the named child's entry: 1, with the family's count accepted when the
# entry tells of each child's harm. `a|b` alternatives, `*` not scored.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from phrasing_entries import COLS, T, A, ANY, E, L, R, HEAD, STAB, WELSH_MODEL, RO  # noqa: E402,F401

ACCIDENT = A("", "neglect; other")
FOSTER = "looked_after; foster_care|foster_care"
KINSHIP_FOSTER = A("connected_carers", "looked_after; foster_care")
CSE = A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm")

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

# --- A summer 2026 case reviews update (HTML): "2026 – Area – Name"; kinship carers.
FILES["ta-update-2026-summer.html"] = dict(page_title="Case reviews update", html_preamble=NAV, html_footer=FOOT,
    h1="Case reviews update: summer 2026", pubyear="2026",
    intro_html=["Case reviews added to the collection this summer. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Anonymous – Child AM", [
    "Child AM, a 9-year-old girl, lived with her maternal grandmother under a special guardianship order made in 2020. In October 2024 she was found to have been sexually abused by a lodger the grandmother had taken in. The grandmother, 61, had a long history of depression and had been treated for alcohol dependence in her forties.",
    [L(LI, ["lodgers in the homes of special guardians", "special guardians' own health"])],
    [R(RP, ["a review of every special guardianship support plan when a new adult joins the household"])]],
   T("Child AM", "unknown", "overview", "serious_harm", "2024", "9-year-old", "9.00", "6_10", "female",
     "sexual_abuse", ctx="connected_carers"), link=RO),
 E("2026 – Anonymous – Child BM", [
    "Child BM, 3, was placed with his paternal aunt as a kinship foster carer in 2023 after his mother's arrest. In May 2025 he was admitted to hospital with a spiral fracture of the femur that the aunt could not explain. The aunt had been convicted of shoplifting as a young woman and had type 1 diabetes.",
    [L(LI, ["assessment of kinship foster carers", "injuries in kinship placements"])],
    [R(RP, ["the same checks for kinship foster carers as for other foster carers"])]],
   T("Child BM", "unknown", "overview", "serious_harm", "2025", "3", "3.00", "1_5", "male", "physical_abuse",
     risk=A("", "parental_criminality"), ctx=KINSHIP_FOSTER), link=RO),
 E("2026 – Anonymous – Child CM", [
    "Child CM, a 14-year-old boy, had lived with his grandfather since his mother died in 2019. The grandfather, 74, had dementia and heart failure, and in 2024 Child CM had stopped going to school to look after him. In January 2025 Child CM was found at a railway station after taking an overdose.",
    [L(LI, ["young carers of grandparents", "children who stop going to school"])],
    [R(RP, ["a young carer's assessment for every child caring for an older relative"])]],
   T("Child CM", "unknown", "overview", "serious_harm", "2025", "14-year-old", "14.00", "11_15", "male",
     A("self_harm_suicide", "poisoning_ingestion"), ctx=A("not_in_school", "connected_carers")), link=RO),
 E("2026 – Anonymous – Child DM", [
    "Child DM, aged 4, had been cared for by her paternal grandmother under a special guardianship order since she was a baby. Her father was in prison and her mother used heroin. In 2024 nursery staff saw bruising to her face; the grandmother said she had fallen. The grandmother had herself been on probation for assault in 2015.",
    [L(LI, ["bruising in pre-school children", "special guardians with convictions"])],
    [R(RP, ["a child protection medical for every facial bruise in a pre-school child"])]],
   T("Child DM", "unknown", "overview", "serious_harm|other", "2024", "aged 4|4", "4.00", "1_5", "female",
     A("", "physical_abuse"), risk="parental_criminality; parental_substance_misuse", ctx="connected_carers"),
   link=RO),
 E("2026 – Anonymous – Child EM", [
    "Child EM is a 6-year-old boy whose 15-year-old half-sister was sexually exploited by a man in his thirties in 2023 and 2024. The man visited the family home and was later found to have taken photographs of Child EM in the bath. Their mother had bipolar disorder.",
    [L(LI, ["the younger siblings of exploited children"])],
    [R(RP, ["a check on the other children in the home whenever a child is exploited"])]],
   T("Child EM", "unknown", "overview", "serious_harm|other", "2023|2024|", "6-year-old", "6.00", "6_10", "male",
     A("sexual_abuse", "online_harm"), risk="parental_mental_health"), link=RO),
 E("2026 – Anonymous – Child FM", [
    "Child FM, a girl of 2, and her brothers, aged 5 and 8, were removed from home in March 2025 after police found them in a flat with no heating, little food and dog faeces on the floors. Child FM was underweight and was admitted to hospital. Both parents were dependent on alcohol.",
    [L(LI, ["neglect of large sibling groups"])],
    [R(RP, ["a home visit whenever a health visitor has not seen a child for six months"])]],
   T("Child FM", "unknown", "overview", "serious_harm", "2025", "a girl of 2|girl of 2|of 2|2", "2.00", "1_5",
     "female", "neglect", risk="parental_alcohol_misuse", ctx="|looked_after", n="1|3"), link=RO),
 E("2026 – Brenmoor and Tarrow Safeguarding Children Partnership – Child GM", [
    "Child GM, a 16-year-old girl, had lived in kinship care with her great-aunt since 2018. In 2025 she was groomed by a man she met online, who took her to hotels in three cities. The great-aunt, who had schizophrenia, had reported her missing eleven times.",
    [L(LI, ["kinship carers of teenagers who go missing"])],
    [R(RP, ["exploitation training for kinship carers"])]],
   T("Child GM", "unknown", "overview", "serious_harm", "2025", "16-year-old", "16.00", "16_17", "female",
     A("child_sexual_exploitation", "online_harm; sexual_abuse; extra_familial_harm"), ctx="connected_carers",
     area="Brenmoor and Tarrow Safeguarding Children Partnership|Brenmoor and Tarrow"), link=RO),
 E("2026 – Anonymous – Child HM", [
    "Child HM, a 10-year-old boy with autism, was found in June 2025 to have been hit with a belt by his father. He had been on a child protection plan for emotional abuse in 2022. His older sister, 17, was in foster care and had self-harmed.",
    [L(LI, ["disabled children on plans", "physical chastisement"])],
    [R(RP, ["a review of every plan ended for a disabled child within a year"])]],
   T("Child HM", "unknown", "overview", "serious_harm", "2025", "10-year-old", "10.00", "6_10", "male",
     A("physical_abuse", "emotional_abuse"), ctx="disabled; child_protection_plan"), link=RO),
])

# --- A 2024 list (text): "Month YYYY – Area – Child X", a lead sentence, "Background:", "Issues identified include:";
# children told of through a sibling or cousin.
FILES["tb-list-2024-background.txt"] = dict(pubyear="2024", preamble=[
    "Case reviews published in 2024", "",
    "A chronological list of case reviews published in 2024. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2024 – Anonymous – Child AN", [
    "Serious injury of a 13-year-old boy in 2023 who was assaulted by a group of older boys who had been exploiting his cousin.",
    "Background: Child AN lived with his aunt and uncle, his kinship carers, after his father's imprisonment. His cousin, 16, had been carrying drugs for the group and had been excluded from school in Year 10. No evidence was found that Child AN had been exploited himself.",
    [L("Issues identified include:", ["the relatives of exploited children", "kinship carers' support"], style="semi-noand")],
    [R("Recommendations include:", ["a safety plan for every child living with an exploited young person"])],
    "Keywords: kinship care, serious youth violence"],
   T("Child AN", "unknown", "overview", "serious_harm", "2023", "13-year-old", "13.00", "11_15", "male",
     A("physical_abuse", "extra_familial_harm") + "|extra_familial_harm", risk=A("", "parental_criminality"),
     ctx="connected_carers"), link=RO),
 E("November 2024 – Anonymous – Child BN", [
    "Death of a 4-week-old boy in 2022 who was found unresponsive in his parents' bed.",
    "Background: the parents had been drinking. His older brother, 3, had been subject to a child protection plan for neglect in 2020, and his sister, 6, had been seen by the community mental health team for anxiety.",
    [L("Issues identified include:", ["safer sleep advice when parents drink", "siblings' plans"], style="semi-noand")],
    [R("Recommendations include:", ["safer sleep advice at every contact with a family whose older child was on a plan"])],
    "Keywords: co-sleeping, alcohol"],
   T("Child BN", "unknown", "overview", "death", "2022", "4-week-old", "0.08", "under_1", "male",
     A("sudden_unexpected_infant_death", "neglect"), risk="co_sleeping; parental_alcohol_misuse"), link=RO),
 E("October 2024 – Anonymous – Child CN", [
    "Sexual abuse of an 8-year-old girl by her uncle between 2019 and 2022.",
    "Background: Child CN and her two sisters, aged 11 and 14, lived with their mother, who went to the local substance misuse service for help with her cannabis use. The older sister had told a teacher in 2021 that the uncle had touched her, but no evidence of abuse was found at the time.",
    [L("Issues identified include:", ["disclosures by siblings", "abuse by relatives"], style="semi-noand")],
    [R("Recommendations include:", ["a strategy discussion about every child in the family when one child discloses"])],
    "Keywords: sexual abuse, siblings"],
   T("Child CN", "unknown", "overview", "serious_harm", "2019|2022|", "8-year-old", "8.00", "6_10", "female",
     "sexual_abuse", risk="parental_substance_misuse"), link=RO),
 E("September 2024 – Anonymous – Child DN", [
    "Death of a 17-year-old boy in 2023 who was stabbed in a park; his 15-year-old brother was also injured.",
    "Background: the brothers had been known to the youth offending service. Child DN had been living in supported accommodation after a section 20 arrangement ended; his mother had been treated by the mental health team for psychosis.",
    [L("Issues identified include:", ["brothers at risk of serious youth violence", "care leavers in supported accommodation"], style="semi-noand")],
    [R("Recommendations include:", ["a joint plan for brothers known to the youth offending service"])],
    "Keywords: knife crime, care leavers"],
   T("Child DN", "unknown", "overview", "death", "2023", "17-year-old", "17.00", "16_17", "male", STAB,
     risk="parental_mental_health", ctx="looked_after|", n="1|2"), link=RO),
 E("August 2024 – Anonymous – Child EN", [
    "Serious neglect of a 7-year-old girl and her four younger siblings, discovered in 2023.",
    "Background: Child EN was the oldest of five children; the youngest, a baby of 10 weeks, had died in 2022 and the death was unexplained. Child EN was regularly absent from school and cared for the younger children.",
    [L("Issues identified include:", ["large families and neglect", "unexplained infant deaths"], style="semi-noand")],
    [R("Recommendations include:", ["an assessment of the surviving children after every unexplained infant death"])],
    "Keywords: neglect, young carers"],
   T("Child EN", "unknown", "overview", "serious_harm|other", "2023", "7-year-old", "7.00", "6_10", "female",
     "neglect", ctx="|not_in_school", n="1|5"), link=RO),
 E("July 2024 – Anonymous – Child FN", [
    "Serious injury of Child FN (born August 2010), who was found in 2023 with burns to her arms from a hair straightener; her mother's partner was convicted of wounding.",
    "Background: no evidence of sexual abuse was found. Her mother had a learning disability and had been known to the learning disability team since 2015.",
    [L("Issues identified include:", ["mothers with a learning disability and new partners"], style="semi-noand")],
    [R("Recommendations include:", ["adult learning disability teams to ask about a client's partners"])],
    "Keywords: physical abuse, learning disability"],
   T("Child FN", "unknown", "overview", "serious_harm", "2023", "*", "|12.00|13.00", "11_15", "female",
     "physical_abuse", risk=A("parental_learning_disability", "parental_criminality")), link=RO),
 E("June 2024 – Anonymous – Child GN", [
    "Sexual exploitation of a 14-year-old girl in 2022 and 2023, after her cousin introduced her to a group of men.",
    "Background: her cousin, 17, had herself been exploited by the same men since she was 13 and was in a secure unit by the time of the review. Child GN lived with her father, who was on licence after a prison sentence for drug supply.",
    [L("Issues identified include:", ["exploitation passed between relatives"], style="semi-noand")],
    [R("Recommendations include:", ["a check on the relatives of every exploited child"])],
    "Keywords: child sexual exploitation, cousins"],
   T("Child GN", "unknown", "overview", "serious_harm", "2022|2023|", "14-year-old", "14.00", "11_15", "female", CSE,
     risk="parental_criminality"), link=RO),
])

# --- Welsh child practice reviews of 2026 (text), the model line; several children of one family.
FILES["tc-wales-2026-practice-reviews.txt"] = dict(pubyear="2026", preamble=[
    "Child practice reviews published in 2026", "",
    "Child practice reviews published by the regional safeguarding boards in Wales in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("January 2026 – Anonymous – Child AP", [
    "A concise child practice review. Three children of one family, aged 7, 4 and 18 months, were found alone at home in January 2025 after their mother left to buy drugs. The youngest, Child AP, a boy, had swallowed methadone and was treated in intensive care; his sisters were unharmed.",
    [L("Learning:", ["safe storage of methadone", "young children left alone"])],
    WELSH_MODEL,
    "Keywords: ingestion, methadone"],
   T("Child AP", "child_practice_review", "overview", "serious_harm", "2025", "18 months", "1.50", "1_5", "male",
     A("poisoning_ingestion", "neglect"), risk="parental_substance_misuse", n="1|3"), link=RO),
 E("February 2026 – Anonymous – Child BP", [
    "An extended child practice review concerning Child BP, a girl aged 11 months, and her twin brother. In March 2024 her brother was found to have fractures to both legs; Child BP was found on a skeletal survey to have two older rib fractures. Their father was later convicted.",
    [L("Learning:", ["skeletal surveys of twins"])],
    WELSH_MODEL,
    "Keywords: physical abuse, twins"],
   T("Child BP", "child_practice_review", "overview", "serious_harm", "2024", "aged 11 months|11 months", "0.92",
     "under_1", "female", "physical_abuse", risk=A("", "parental_criminality"), n="1|2"), link=RO),
 E("March 2026 – Anonymous – Child CP", [
    "A concise child practice review. In a house fire in November 2024 a 5-year-old boy died and his sister, Child CP, 9, suffered burns to 30% of her body. Their father had set the fire after the mother ended the relationship.",
    [L("Learning:", ["risk to children when a relationship ends"])],
    WELSH_MODEL,
    "Keywords: arson, domestic abuse"],
   T("Child CP", "child_practice_review", "overview", "serious_harm", "2024", "9", "9.00", "6_10", "female",
     "physical_abuse", risk=A("", "domestic_abuse; parental_criminality"), n="1|2"), link=RO),
 E("April 2026 – Anonymous – Child DP", [
    "An extended child practice review. Child DP, a 2-year-old boy, and his brother, 4, were in a car driven by their mother's partner, who had been drinking, when it crashed in July 2024. Child DP did not survive; his brother sustained life-changing injuries.",
    [L("Learning:", ["drink-driving by carers"])],
    WELSH_MODEL,
    "Keywords: road traffic collision, alcohol"],
   T("Child DP", "child_practice_review", "overview", "death", "2024", "2-year-old", "2.00", "1_5", "male",
     ACCIDENT, risk=A("", "parental_alcohol_misuse"), n="1|2"), link=RO),
 E("May 2026 – Anonymous – Child EP", [
    "A concise child practice review concerning Child EP, who was 7 weeks old when she was admitted to hospital in September 2025 with a subdural haemorrhage. Her parents, both 19, had been care leavers; the father had a conviction for robbery at 16.",
    [L("Learning:", ["young parents who were in care"])],
    WELSH_MODEL,
    "Keywords: head injury, care leavers"],
   T("Child EP", "child_practice_review", "overview", "serious_harm", "2025", "7 weeks old|was 7 weeks old", "0.13",
     "under_1", "female", HEAD, risk=A("", "parental_criminality")), link=RO),
 E("June 2026 – Anonymous – Child FP", [
    "An extended child practice review concerning Child FP, a Year 9 pupil, who was found hanged at home in April 2025 and did not survive. His brother had died by suicide two years earlier. The school had referred him to the child and adolescent mental health service in 2024.",
    [L("Learning:", ["siblings bereaved by suicide"])],
    WELSH_MODEL,
    "Keywords: suicide, bereavement"],
   T("Child FP", "child_practice_review", "overview", "death", "2025", "*", "", "11_15", "male",
     "self_harm_suicide"), link=RO),
 E("July 2026 – Anonymous – Child GP", [
    "A concise child practice review concerning Child GP, a 15-year-old boy, who was assaulted by his father in 2025 and left with a broken jaw. He had been on a child protection plan for physical abuse and had been excluded from school. His younger sister was placed with foster carers.",
    [L("Learning:", ["teenagers on plans for physical abuse"])],
    WELSH_MODEL,
    "Keywords: physical abuse, exclusion"],
   T("Child GP", "child_practice_review", "overview", "serious_harm", "2025", "15-year-old", "15.00", "11_15", "male",
     "physical_abuse", ctx="child_protection_plan; not_in_school"), link=RO),
])

# --- Scottish learning reviews of 2026 (HTML): "2026 – Committee – Name", "Read the review"; ages in months, weeks,
# school stages and dates of birth.
FILES["td-scotland-2026-learning-reviews.html"] = dict(page_title="Learning reviews published in 2026",
    html_preamble=NAV, html_footer=FOOT, h1="Learning reviews published in Scotland, 2026", pubyear="2026",
    intro_html=["Learning reviews published by child protection committees in 2026. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Anonymous – Child AQ", [
    "A learning review concerning Child AQ, who was aged between 14 and 16 during the period under review (2022 to 2024) and was sexually exploited by adult men in the city. She was looked after and accommodated in a children's house.",
    [L("Learning:", ["exploitation of looked after girls"])],
    [R(RI, ["a single plan for every looked after child who is exploited"])]],
   T("Child AQ", "learning_review", "unknown", "serious_harm", "2022|2024|", "*", "", "11_15|unknown|16_17", "female",
     CSE, ctx="looked_after"), link=RREV),
 E("2026 – Anonymous – Child BQ", [
    "Child BQ, a P5 pupil, was found in 2024 to have been kept off school for most of the year by her mother, who had agoraphobia. The review found no evidence of physical abuse.",
    [L("Learning:", ["children kept at home by a parent's illness"])],
    [R(RI, ["a home visit by the school after ten days of absence"])]],
   T("Child BQ", "learning_review|unknown", "unknown", "serious_harm|other", "2024", "*", "", "6_10", "female",
     A("", "neglect; emotional_abuse"), risk="parental_mental_health", ctx="not_in_school"), link=RREV),
 E("2026 – Anonymous – Child CQ", [
    "A learning review into the death of Child CQ at 19 days old in March 2025. She was found not breathing on a sofa where she had been sleeping with her mother. Her mother, 17, had been looked after by the local authority and had been supported by the throughcare team. The father was not known.",
    [L("Learning:", ["young mothers leaving care", "safer sleep"])],
    [R(RI, ["safer sleep advice from throughcare workers"])]],
   T("Child CQ", "learning_review", "unknown", "death", "2025", "19 days old|at 19 days old", "0.05", "under_1",
     "female", A("sudden_unexpected_infant_death", "neglect") + "|", risk="co_sleeping"), link=RREV),
 E("2026 – Anonymous – Child DQ", [
    "Child DQ (date of birth: May 2012) was a S2 pupil when he was found in October 2024 with a head wound after an assault by an older boy at a bus station. He lived with his grandparents under a kinship care order.",
    [L("Learning:", ["kinship carers of teenage boys"])],
    [R(RI, ["information for kinship carers on violence between young people"])]],
   T("Child DQ", "learning_review|unknown", "unknown", "serious_harm", "2024", "*", "|12.00|12.42", "11_15", "male",
     A("extra_familial_harm", "physical_abuse") + "|physical_abuse", ctx="connected_carers"), link=RREV),
 E("2026 – Anonymous – Child EQ", [
    "A learning review after Child EQ, a boy of 14 months, was found with a bleed on the brain in August 2024. His sister, 6, told her teacher that their father had shaken him. The father had served a prison sentence in 2019 for assaulting a former partner.",
    [L("Learning:", ["listening to siblings"])],
    [R(RI, ["a check of every new father's history of violence"])]],
   T("Child EQ", "learning_review", "unknown", "serious_harm", "2024",
     "a boy of 14 months|boy of 14 months|of 14 months|14 months", "1.17", "1_5", "male", HEAD,
     risk=A("parental_criminality", "domestic_abuse")), link=RREV),
 E("2026 – Anonymous – Child FQ", [
    "Child FQ, aged 3, was admitted to hospital in 2025 with a fractured skull after a fall from a first-floor window. Medical opinion was that the injury was not thought to be non-accidental. The family had been known to the substance misuse service because of the father's cannabis use.",
    [L("Learning:", ["window safety"])],
    [R(RI, ["home safety advice for families known to substance misuse services"])]],
   T("Child FQ", "learning_review|unknown", "unknown", "serious_harm", "2025", "aged 3|3", "3.00", "1_5", "not_stated",
     ACCIDENT, risk="parental_substance_misuse"), link=RREV),
 E("2026 – Anonymous – Child GQ", [
    "A learning review about Child GQ, a 15-year-old boy, who was found injured at the foot of a railway embankment in 2024 after running from police. He had been reported missing from his foster placement 23 times and is now in a secure unit.",
    [L("Learning:", ["looked after children who go missing"])],
    [R(RI, ["a return interview after every missing episode"])]],
   T("Child GQ", "learning_review", "unknown", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "male",
     A("", "other; extra_familial_harm"), ctx=FOSTER), link=RREV),
])

# --- Northern Irish case management reviews of 2026 (text): outcomes told late or indirectly.
FILES["te-ni-2026-case-management.txt"] = dict(pubyear="2026", preamble=[
    "Case management reviews published in 2026", "",
    "Executive summaries of case management reviews published in Northern Ireland in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("January 2026 – Anonymous – Child AR", [
    "A case management review concerning Child AR, a 3-month-old boy, who was taken to hospital in February 2025 with fractured ribs and a torn frenulum. He has since recovered and lives with foster carers.",
    [L("Learning:", ["torn frenulum as a sentinel injury"])],
    [R("Recommendations:", ["a child protection medical for every torn frenulum in a baby"])]],
   T("Child AR", "case_management_review", "overview", "serious_harm", "2025", "3-month-old", "0.25", "under_1",
     "male", "physical_abuse", ctx="|" + FOSTER), link=RO),
 E("February 2026 – Anonymous – Child BR", [
    "A case management review following the death of Child BR, a 16-year-old girl, in 2024. She had been found unconscious at a party after taking ecstasy and did not regain consciousness. Her father had a heroin addiction and was in prison at the time.",
    [L("Learning:", ["teenagers and drugs at parties"])],
    [R("Recommendations:", ["drug awareness sessions for older pupils"])]],
   T("Child BR", "case_management_review", "overview", "death", "2024", "16-year-old", "16.00", "16_17", "female",
     A("", "poisoning_ingestion; other; extra_familial_harm"),
     risk="parental_criminality; parental_substance_misuse"), link=RO),
 E("March 2026 – Anonymous – Child CR", [
    "A case management review. In 2023 Child CR, then aged 2, was found in a house where her mother's partner had a cannabis farm. She was taken into care and later adopted; she is now thriving. The mother was convicted of cultivating cannabis in 2024.",
    [L("Learning:", ["children in homes used to grow drugs"])],
    [R("Recommendations:", ["police to refer every child found at a drugs address"])]],
   T("Child CR", "case_management_review", "overview", "other|serious_harm", "2023", "then aged 2|aged 2|2", "2.00",
     "1_5", "female", A("", "neglect"), risk=A("parental_criminality", "parental_substance_misuse"),
     ctx="looked_after"), link=RO),
 E("April 2026 – Anonymous – Child DR", [
    "A case management review concerning Child DR, a 12-year-old boy, who was struck by a car in 2024 while running away from his stepfather. He suffered life-changing injuries and now uses a wheelchair. His stepfather had been reported to police for domestic abuse against his mother.",
    [L("Learning:", ["children who run from violence at home"])],
    [R("Recommendations:", ["a safety plan for children in homes with domestic abuse"])]],
   T("Child DR", "case_management_review", "overview", "serious_harm", "2024", "12-year-old", "12.00", "11_15",
     "male", A("", "physical_abuse; other; neglect; emotional_abuse"), risk="domestic_abuse", ctx="|disabled"),
   link=RO),
 E("May 2026 – Anonymous – Child ER", [
    "A case management review concerning Child ER, aged 17, who died in hospital in January 2025, eight days after an overdose of her prescribed antidepressants. An inquest in 2026 recorded a conclusion of suicide.",
    [L("Learning:", ["prescribing to young people at risk of suicide"])],
    [R("Recommendations:", ["weekly prescriptions for young people who have self-harmed"])]],
   T("Child ER", "case_management_review", "overview", "death", "2025", "aged 17|17", "17.00", "16_17", "female",
     A("self_harm_suicide", "poisoning_ingestion")), link=RO),
 E("June 2026 – Anonymous – Child FR", [
    "A case management review concerning the four children of one family. The eldest, a 15-year-old girl, was raped by a family friend in 2023. Her brother, Child FR, 11, disclosed in 2024 that the same man had sexually abused him.",
    [L("Learning:", ["abuse of more than one child in a family"])],
    [R("Recommendations:", ["an interview with every child in a family when one child is abused"])]],
   T("Child FR", "case_management_review", "overview", "serious_harm", "2024|", "11", "11.00", "11_15", "male",
     "sexual_abuse", n="1|4"), link=RO),
 E("July 2026 – Anonymous – Child GR", [
    "A case management review concerning Child GR, a 5-year-old girl from a town in the Ballymoran area, who was found in 2024 with untreated head lice, rotting teeth and a weight below the second centile. She had missed 60 school days. Her older brother had been cautioned for theft.",
    [L("Learning:", ["dental neglect", "school absence in young children"])],
    [R("Recommendations:", ["school nurses to see every child who misses 20 days"])]],
   T("Child GR", "case_management_review", "overview", "serious_harm|other", "2024", "5-year-old", "5.00", "1_5",
     "female", "neglect", ctx="|not_in_school", area="|Ballymoran"), link=RO),
 E("August 2026 – Anonymous – Child HR", [
    "A case management review concerning Child HR, a 9-year-old boy, who was physically abused by his mother's partner over several months in 2022. The partner's trial took place in 2024 and the review was completed in 2025.",
    [L("Learning:", ["new partners in the home"])],
    [R("Recommendations:", ["checks on every new partner"])]],
   T("Child HR", "case_management_review", "overview", "serious_harm", "2022", "9-year-old", "9.00", "6_10", "male",
     "physical_abuse", risk=A("", "parental_criminality")), link=RO),
])

# --- An August 2026 repository month (text): numbered titles, "Ethnicity:" lines; harm found or ruled out.
FILES["tf-monthly-2026-repository.txt"] = dict(pubyear="2026|", month="2026-08", preamble=[
    "NSPCC Repository – August 2026",
    "In August 2026 eight case reviews were added to the NSPCC Repository. A summary of each follows (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child safeguarding practice review: Child AS (overview report)", [
    "Serious injury of a 5-month-old girl in 2024 who was found to have a fractured femur. No other injuries were found and a skeletal survey was clear. Her parents' account of a fall from a changing table was accepted and the injury was not thought to be non-accidental.",
    "Ethnicity: White British.",
    [L(LI, ["explaining injuries in non-mobile babies"])],
    [R(RI, ["a written record of the reasoning when an injury is accepted as accidental"])]],
   T("Child AS", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "5-month-old", "0.42",
     "under_1", "female", ACCIDENT, eth="White British"), link=ORO),
 E("2. Child safeguarding practice review: Child BS (executive summary)", [
    "Death of a 13-year-old boy in 2025 who drowned in a quarry lake while swimming with friends. The police found no evidence of third-party involvement. He had been known to the youth justice service and his father had a history of alcohol misuse.",
    "Ethnicity and nationality not stated.",
    [L(LI, ["open water safety"])],
    [R(RI, ["water safety sessions in every secondary school"])]],
   T("Child BS", "child_safeguarding_practice_review", "executive_summary", "death", "2025", "13-year-old", "13.00",
     "11_15", "male", ACCIDENT, risk=A("", "parental_alcohol_misuse")), link=ORE),
 E("3. Child safeguarding practice review: Child CS (overview report)", [
    "Child CS, a 6-year-old girl, told a teaching assistant in 2024 that her stepfather had hurt her. A medical found no evidence of sexual abuse, but she had bruises to her upper arms and thighs. Her mother had been seen by the perinatal mental health team after the birth of a baby in 2023.",
    "Ethnicity: Mixed White and Black Caribbean.",
    [L(LI, ["disclosures to school staff"])],
    [R(RI, ["a strategy discussion after every disclosure about a step-parent"])]],
   T("Child CS", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "6-year-old", "6.00",
     "6_10", "female", "physical_abuse", risk=A("", "parental_mental_health"),
     eth="Mixed White and Black Caribbean"), link=ORO),
 E("4. Child safeguarding practice review: Child DS (overview report)", [
    "Child DS, 15, was arrested in 2025 with a knife and drugs in a flat in another county. He had been missing from home eleven times and had been stabbed in the leg in the same flat a month earlier. The flat was used by a group to sell crack cocaine.",
    "Ethnicity: Black British.",
    [L(LI, ["children found in drug houses"])],
    [R(RI, ["a referral under the national referral mechanism for every child found in a drug house"])]],
   T("Child DS", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "15", "15.00", "11_15",
     "male", A("child_criminal_exploitation", "extra_familial_harm; physical_abuse"), eth="Black British"),
   link=ORO),
 E("5. Child safeguarding practice review: Child ES (overview report)", [
    "Death of a 7-week-old boy in 2024 who was found unresponsive in his pram after being put down to sleep on his front. The post-mortem examination found no injuries and the cause of death was not established. His mother smoked and the family lived in a one-bedroom flat.",
    "Ethnicity: White Irish.",
    [L(LI, ["safer sleep in prams"])],
    [R(RI, ["safer sleep advice at every health visitor contact"])]],
   T("Child ES", "child_safeguarding_practice_review", "overview", "death", "2024", "7-week-old", "0.13", "under_1",
     "male", A("sudden_unexpected_infant_death", "neglect"), eth="White Irish"), link=ORO),
 E("6. Child safeguarding practice review: Child FS (overview report)", [
    "Serious injury of a 14-year-old girl who was shot with an air rifle by her father in 2024 during an argument. Her father held a firearms certificate and had been treated for depression.",
    "Ethnicity: White British.",
    [L(LI, ["firearms in homes with mental illness"])],
    [R(RI, ["GPs to tell the police of a firearms holder's depression"])]],
   T("Child FS", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "14-year-old", "14.00",
     "11_15", "female", "physical_abuse", risk="parental_mental_health", eth="White British"), link=ORO),
 E("7. Child safeguarding practice review: Child GS (executive summary)", [
    "Child GS, a 10-year-old girl, was sexually abused by a neighbour in 2023. She had been referred to the community paediatrician for bedwetting; no disability was found. Her mother worked for the local substance misuse service and her father was a police officer.",
    "Ethnicity: Asian British.",
    [L(LI, ["abuse by neighbours"])],
    [R(RI, ["information for parents on grooming by adults they know"])]],
   T("Child GS", "child_safeguarding_practice_review", "executive_summary", "serious_harm", "2023", "10-year-old",
     "10.00", "6_10", "female", "sexual_abuse", eth="Asian British"), link=ORE),
 E("8. Child safeguarding practice review: Child HS (overview report)", [
    "Child HS, aged 11, lived with his mother and stepfather. In 2024 he was found with a burn from a cigarette lighter on his hand and bruises on his back. His stepfather had a conviction for assault and had served a prison sentence in 2018. Child HS and his sister, aged 4, had witnessed domestic abuse against their mother for years.",
    "Ethnicity: White British.",
    [L(LI, ["step-parents with convictions"])],
    [R(RI, ["checks on every step-parent with a conviction for violence"])]],
   T("Child HS", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "aged 11|11", "11.00",
     "11_15", "male", "physical_abuse", risk=A("domestic_abuse", "parental_criminality"), eth="White British"),
   link=ORO),
])

# --- A partnership's local reviews of 2026 (text): services named, years of the review, trial, inquest, publication.
FILES["tg-partnership-local-reviews-2026.txt"] = dict(pubyear="2026", preamble=[
    "Local child safeguarding practice reviews 2026", "",
    "Summaries of the local reviews the partnership published in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("Local child safeguarding practice review: Child AK", [
    "Child AK, a 15-year-old girl, died in March 2024 after she was hit by a train. An inquest in 2025 concluded that she had taken her own life. She had been waiting for an appointment with the child and adolescent mental health service since 2023, and her mother had asked the adult mental health team for advice on supporting her.",
    [L("Learning:", ["waiting times for mental health support"])],
    [R("Recommendations:", ["contact with every young person on a waiting list"])]],
   T("Child AK", "child_safeguarding_practice_review", "overview", "death", "2024", "15-year-old", "15.00", "11_15",
     "female", "self_harm_suicide"), link=RO),
 E("Local child safeguarding practice review: Child BK", [
    "Child BK, a 1-year-old boy, was found in 2025 to have cannabis in his system after he became drowsy at nursery. His parents had been discharged by the substance misuse service in 2024 after saying they had stopped using drugs.",
    [L("Learning:", ["discharge from substance misuse services"])],
    [R("Recommendations:", ["drug testing before a parent with young children is discharged"])]],
   T("Child BK", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "1-year-old", "1.00", "1_5",
     "male", A("poisoning_ingestion", "neglect"), risk="parental_substance_misuse"), link=RO),
 E("Local child safeguarding practice review: Child CK", [
    "Child CK, a 16-year-old boy, was stabbed outside a takeaway in 2024 and survived with life-changing injuries. He had been referred to the young people's substance misuse service for his cannabis use and had been supported by the youth offending team. The review was commissioned in 2024 and published in 2026.",
    [L("Learning:", ["serious youth violence"])],
    [R("Recommendations:", ["a plan for every young person known to both services"])]],
   T("Child CK", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "16-year-old", "16.00",
     "16_17", "male", STAB), link=RO),
 E("Local child safeguarding practice review: Child DK", [
    "Child DK, aged 8 months, was brought to hospital in May 2024 with a fractured skull and bruising. The review was completed in 2025 and the criminal trial, at which the father was acquitted, ended in 2026. The mother had been referred to the perinatal mental health team during the pregnancy.",
    [L("Learning:", ["bruising in babies"])],
    [R("Recommendations:", ["the bruising protocol for every non-mobile baby"])]],
   T("Child DK", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "aged 8 months|8 months",
     "0.67", "under_1", "not_stated", HEAD, risk=A("", "parental_mental_health")), link=RO),
 E("Local child safeguarding practice review: Child EK", [
    "Child EK, a 13-year-old girl, was found in 2025 to have been groomed by a 19-year-old man who worked at the leisure centre. The man was convicted in 2026. Her parents had separated and her father had attended the domestic abuse perpetrator programme after an incident in 2022.",
    [L("Learning:", ["safeguarding in leisure centres"])],
    [R("Recommendations:", ["safer recruitment checks for leisure centre staff"])]],
   T("Child EK", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "13-year-old", "13.00",
     "11_15", "female", A("sexual_abuse", "child_sexual_exploitation; extra_familial_harm; online_harm") + "|"
     + A("child_sexual_exploitation", "extra_familial_harm; online_harm"), risk=A("", "domestic_abuse")), link=RO),
 E("Local child safeguarding practice review: Child FK", [
    "Child FK, a 6-year-old boy, lived with his maternal grandparents under a special guardianship order. In 2024 his grandfather was arrested for downloading indecent images of children, and Child FK was found to have been photographed. His mother, who had a history of self-harm, had contact once a month.",
    [L("Learning:", ["assessment of grandfathers as special guardians"])],
    [R("Recommendations:", ["checks on every adult in a special guardian's household"])]],
   T("Child FK", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2024", "6-year-old", "6.00",
     "6_10", "male", A("", "sexual_abuse; online_harm"), risk=A("", "parental_mental_health"),
     ctx="connected_carers"), link=RO),
 E("Local child safeguarding practice review: Child GK", [
    "Child GK, a 4-year-old girl, died in hospital in December 2023 from sepsis after a burn on her leg was left untreated for a week. Her mother was convicted of neglect in 2025. The partnership published this review in 2026.",
    [L("Learning:", ["untreated injuries"])],
    [R("Recommendations:", ["first aid advice for parents of young children"])]],
   T("Child GK", "child_safeguarding_practice_review", "overview", "death", "2023", "4-year-old", "4.00", "1_5",
     "female", "neglect", risk=A("", "parental_criminality")), link=RO),
 E("Local child safeguarding practice review: Child HK", [
    "Child HK, a 12-year-old boy with a learning disability, was found in 2025 locked in his bedroom without food for two days. He had an education, health and care plan and had been home educated since 2023. His younger brother, 6, was on a child in need plan.",
    [L("Learning:", ["home education of disabled children"])],
    [R("Recommendations:", ["a visit to every disabled child taken out of school"])]],
   T("Child HK", "child_safeguarding_practice_review", "overview", "serious_harm", "2025", "12-year-old", "12.00",
     "11_15", "male", A("neglect", "physical_abuse; emotional_abuse"), ctx=A("disabled; ehcp", "not_in_school")),
   link=RO),
])

# --- An autumn 2026 update (text): "2026 – Area – Name"; areas named as a partnership or a town in it.
FILES["th-update-2026-autumn.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews update: autumn 2026", "",
    "Case reviews added to the collection in September, October and November 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2026 – Cresswater Safeguarding Children Partnership – Child AJ", [
    "Child AJ, a 14-year-old girl, was found in 2025 to have been sexually abused by her mother's boyfriend for two years. She lived in a village in the north of Cresswater with her mother, who had depression.",
    [L(LT, ["abuse by a parent's new partner"])],
    [R(RI, ["checks on new partners in homes with teenage girls"])]],
   T("Child AJ", "unknown", "overview", "serious_harm", "2025|2023|", "14-year-old", "14.00", "11_15", "female",
     "sexual_abuse", risk="parental_mental_health",
     area="Cresswater Safeguarding Children Partnership|Cresswater"), link=RO),
 E("2026 – Harrowby Safeguarding Partnership – Child BJ", [
    "Child BJ, a 9-year-old boy from Moorcross, a town in Harrowby, was taken to hospital in 2024 with a broken arm and bruising. His father had been drinking. The review found that he was also being emotionally abused.",
    [L(LT, ["fathers who drink"])],
    [R(RI, ["alcohol services to ask about children at home"])]],
   T("Child BJ", "unknown", "overview", "serious_harm", "2024", "9-year-old", "9.00", "6_10", "male",
     "physical_abuse; emotional_abuse", risk="parental_alcohol_misuse",
     area="Harrowby Safeguarding Partnership|Harrowby"), link=RO),
 E("2026 – Anonymous – Child CJ", [
    "Child CJ, born in February 2024, was found dead in her cot in January 2025 at the home of her grandmother, who was caring for her that night while her mother worked. The grandmother had drunk a bottle of wine.",
    [L(LT, ["safer sleep with relatives"])],
    [R(RI, ["safer sleep advice for grandparents who care for babies"])]],
   T("Child CJ", "unknown", "overview", "death", "2025", "*", "|0.92|0.83", "under_1", "female",
     A("", "sudden_unexpected_infant_death; neglect")), link=RO),
 E("2026 – Anonymous – Child DJ", [
    "Child DJ, a 12-year-old boy, lived with his mother and his 16-year-old brother, who was shot in the leg by a rival gang in 2024. After the shooting the family were threatened and Child DJ was moved to another school. In 2025 he was found carrying cannabis for the same gang.",
    [L(LT, ["the younger brothers of young people harmed by gangs"])],
    [R(RI, ["a plan for the siblings of every young person harmed by a gang"])]],
   T("Child DJ", "unknown", "overview", "serious_harm|other", "2025", "12-year-old", "12.00", "11_15", "male",
     A("child_criminal_exploitation", "extra_familial_harm")), link=RO),
 E("2026 – Anonymous – Child EJ", [
    "Child EJ, a 3-year-old boy, was found wandering near a canal in 2025. His mother was asleep after taking heroin. The mother's own mother, who lived next door and helped with his care, had been in prison for drug supply.",
    [L(LT, ["grandparents who share care"])],
    [R(RI, ["an assessment of every relative who shares the care of a child"])]],
   T("Child EJ", "unknown", "overview", "serious_harm|other", "2025", "3-year-old", "3.00", "1_5", "male", "neglect",
     risk="parental_substance_misuse"), link=RO),
 E("2026 – Anonymous – Child FJ", [
    "Child FJ, a 15-year-old girl, began self-harming in 2024 after her 18-year-old brother was killed in a road collision. She took an overdose in 2025 and was treated in hospital.",
    [L(LT, ["bereaved teenagers"])],
    [R(RI, ["bereavement support in schools"])]],
   T("Child FJ", "unknown", "overview", "serious_harm", "2025|2024", "15-year-old", "15.00", "11_15", "female",
     A("self_harm_suicide", "poisoning_ingestion")), link=RO),
 E("2026 – Anonymous – Child GJ", [
    "Child GJ, a 7-year-old girl, was found in 2025 with a burn on her hand from an iron; her mother's partner was charged. She was on a child protection plan for neglect. Her older sister, 14, was looked after and had been excluded from school.",
    [L(LT, ["children on plans for neglect who are then hurt"])],
    [R(RI, ["a review of every plan after an injury"])]],
   T("Child GJ", "unknown", "overview", "serious_harm", "2025", "7-year-old", "7.00", "6_10", "female",
     A("physical_abuse", "neglect"), ctx="child_protection_plan"), link=RO),
])
