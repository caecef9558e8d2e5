# Entries of the "realistic phrasings 11" set (issue 9, session 22): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: the NSPCC yearly
# lists of 2014 and 2018 ("Month YYYY - Area - Name", "Background:", "Learning:", "Model: ... Welsh Child Practice
# Review model", "Keywords:"), partnership pages that retell the NSPCC's monthly additions ("Death of a 7-week-old
# infant ... His father was convicted ..."), executive summaries that open with the family's composition (names, sex,
# age, relationship) or with "three children from the same family, aged 7, 6 and 4", "a two month old baby and his one
# year old half sibling", "Child F1 ... their sibling (aged 4) was also ...", "Child C's second cousin ... pleaded
# guilty"; the guidance pages of the four nations' reviews (concise and extended child practice reviews, significant
# case reviews and learning reviews, case management reviews and safeguarding panels)). Only short generic phrases are
# shared with them.
# New traps, not covered by sets 1-10 (each phrase grepped in their entries.py first): several people each with their
# own facts in one summary (a half-sister's, a stepfather's children's, two older brothers' child protection plans; a
# brother looked after, a sister who left care, a cousin in care, a half-brother under a residence order, brothers in
# kinship care, an older brother in secure care; a mother's and a father's childhood plans, care orders, child in need
# status, supervision orders and registrations); adults' and siblings' ages and sexes written BEFORE the child's (a
# mother aged 19 and a father aged 24 before "9-month-old"; "a woman aged 58"; "a man aged 30 who posed as a 13-year-old
# boy"); other people's outcomes (a brother who died in a fire ";"-split from the cause, a sister's SIDS, a mother's
# death by overdose, a friend killed in the same attack, a twin who survived, a mother who survived a fire the children
# died in, a sister's and a brother's suicides); adults' plans and conditions in a clause after "and" ("The mother had
# anxiety and she had been a child in need when she was young"); care contexts stated for siblings only; incident years
# beside review, conviction, birth and other people's years ("born in 2019 ... found in 2020", "born in 2020 ... died in
# 2021", "convicted of murder in 2022"); facts said to be unknown or unstated ("The child's age and sex are not stated
# in the published summary", "Her exact age is not known", "The cause of death is not known", "It is not known whether
# she had been exploited", "ethnicity was not recorded") which must stay empty.
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -10 READMEs, unchanged; decided from DATA-MODEL.md): not stated means empty;
# a code is about the child(ren) the entry describes, never a parent's, sibling's, cousin's, friend's or perpetrator's
# own harm, plan, care, condition, outcome or age; a parent's mental health, substance or alcohol misuse, learning
# disability, criminality or domestic abuse is the child's risk factor (a mother's partner or stepfather accepted either
# way, sets 5 and 7); a child's own past plan or care is coded; road and rail -> `other` (set 3); "thought to be aged
# about 10" accepts 10.00 / `6_10` or none / `unknown` (set 10); a baby of no stated age is `under_1` (set 10); a child
# born prematurely at N weeks' gestation is no unborn child; a review that "focuses on" one of two siblings covers one
# child; a rapid review is `other` and "(learning briefing)" is `briefing` (sets 5 and 7); "X Safeguarding Children
# Board" / "X Safeguarding Panel" / "X Child Protection Committee" accept the name with or without those words.
# `a|b` alternatives, `*` not scored.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
# the parts sets 8 on share: ../phrasing_entries.py
from phrasing_entries import COLS, T, A, E, L, R, HEAD, STAB, WELSH_MODEL, RO  # noqa: E402


NAV = ["<header><a href=\"#main\">Skip to content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Learning from case reviews</a></li><li><a href=\"#\">Published reviews</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Accessibility</p><p>Privacy notice</p></footer>"]

FILES = {}

# --- 2010 yearly list: "Month 2010 - Area - Name", a one-line summary, "Background:" with the household, "Learning:",
# "Keywords:".
FILES["la-yearly-2010-background.txt"] = dict(pubyear="2010", preamble=[
    "Case reviews published in 2010", "",
    "A chronological list of the executive summaries of serious case reviews published in 2010. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2010 - Branscombe Vale - Child LA", [
    "Death of a 9-month-old boy in 2009 from a head injury.",
    "Background: Child LA lived with his mother, aged 19, his father, aged 24, and his half-sister, aged 4, who had been subject to a child protection plan for neglect since 2008. His father had been a child in need when he was young and had a history of depression.",
    [L("Learning:", ["the baby's needs were lost behind his half-sister's plan", "fathers' histories were not asked about"])],
    "Keywords: head injuries, fathers, siblings"],
   T("Child LA", "unknown", "overview", "death", "2009", "9-month-old", "0.75", "under_1", "male", HEAD,
     risk="parental_mental_health", area="Branscombe Vale"), link=RO),
 E("November 2010 - Anonymous - Child LB", [
    "Serious injury of a 4-year-old girl in 2009, who was found to have been deliberately scalded.",
    "Background: Her brother, aged 7, had died in 2006 in a house fire; the cause of the fire was never established. Child LB's mother, aged 28, had been in care as a child, and the family moved between three local authorities in 2008.",
    [L("Learning:", ["the history of a sibling's death was not known to the nursery", "families who move often"])],
    "Keywords: physical abuse, burns, mobile families"],
   T("Child LB", "unknown", "overview", "serious_harm", "2009", "4-year-old", "4.00", "1_5", "female",
     "physical_abuse"), link=RO),
 E("October 2010 - Hatherleigh Cross - Child LC and Child LD", [
    "Neglect of two sisters, aged 6 and 8, over several years until 2009.",
    "Background: Their older brother, aged 15, was looked after by the local authority and living in a children's home; the sisters stayed at home with their mother, who misused alcohol.",
    [L("Learning:", ["the children left at home when one child is taken into care", "alcohol misuse by a lone parent"])],
    "Keywords: neglect, alcohol, siblings"],
   T("Child LC and Child LD", "unknown", "overview", "serious_harm", "2009|", "*", "*", "*", "female", "neglect",
     risk="parental_alcohol_misuse", n="2", area="Hatherleigh Cross"), link=RO),
 E("September 2010 - Anonymous - Child LE", [
    "Death of a 15-year-old boy in 2008, who was stabbed by a man aged 34.",
    "Background: Child LE had been excluded from school in 2007 and was not attending any education. His mother, aged 41, had a long history of heroin use; his father was serving a prison sentence.",
    [L("Learning:", ["young people out of education", "the children of prisoners"])],
    "Keywords: knife crime, school exclusion"],
   T("Child LE", "unknown", "overview", "death", "2008", "15-year-old", "15.00", "11_15", "male", STAB,
     risk=A("parental_substance_misuse", "parental_criminality"), ctx="not_in_school|"), link=RO),
 E("August 2010 - Pelham Marsh - Baby LF", [
    "Sudden death of a baby girl in 2009 while sharing a sofa with her father, aged 26, who had drunk alcohol.",
    "Background: Her half-brother, aged 3, was asleep in the same room. The family had been referred to children's social care in 2008 by a neighbour.",
    [L("Learning:", ["safer sleep advice for fathers", "referrals from neighbours"])],
    "Keywords: co-sleeping, alcohol"],
   T("Baby LF", "unknown", "overview", "death", "2009", "", "", "under_1", "female",
     A("", "sudden_unexpected_infant_death"), risk=A("co_sleeping", "parental_alcohol_misuse"),
     area="Pelham Marsh"), link=RO),
 E("July 2010 - Anonymous - Child LG", [
    "Sexual abuse of a girl by her mother's partner between 2006 and 2009. Age not stated.",
    "Background: The partner, aged 45, had previously been convicted of offences against children; her mother had been subject to a child protection plan herself as a teenager.",
    [L("Learning:", ["checks on new partners", "sharing information about sex offenders"])],
    "Keywords: sexual abuse, new partners"],
   T("Child LG", "unknown", "overview", "serious_harm", "2006|2009|", "", "", "unknown", "female", "sexual_abuse",
     risk="|parental_criminality"), link=RO),
 E("June 2010 - Lenham Wold - Child LH", [
    "Serious harm to a 13-year-old girl in 2009 who took an overdose after being bullied online.",
    "Background: Her twin brother was subject to a child in need plan because of his autism; the school knew about the bullying.",
    [L("Learning:", ["online bullying", "the needs of a twin when the other twin has a plan"])],
    "Keywords: self-harm, bullying"],
   T("Child LH", "unknown", "overview", "serious_harm", "2009", "13-year-old", "13.00", "11_15", "female",
     A("self_harm_suicide", "poisoning_ingestion; online_harm"), area="Lenham Wold"), link=RO),
 E("May 2010 - Anonymous - Child LI", [
    "Death of a 3-year-old boy in 2008 who drowned in a garden pond while his mother, aged 20, was asleep.",
    "Background: The mother had herself been looked after from the age of 12 and had left care in 2006.",
    [L("Learning:", ["support for young mothers who have left care", "home safety checks"])],
    "Keywords: drowning, care leavers"],
   T("Child LI", "unknown", "overview", "death", "2008", "3-year-old", "3.00", "1_5", "male", A("neglect", "other")),
   link=RO),
])

# --- 2019 "recently published" page: "2019 – Area – Name", the household in the summary, "Learning includes:",
# "Recommendations include:".
FILES["lb-recent-2019-published.html"] = dict(page_title="Recently published case reviews", html_preamble=NAV, html_footer=FOOT,
    h1="Recently published case reviews", pubyear="2019",
    intro_html=["Case reviews published in 2019. Invented for testing: no real child, family or place."],
    entries=[
 E("2019 – Greywell – Child MA", [
    "Child MA, a 14-year-old girl, died in 2018 after falling from a bridge. Her father, aged 52, had been treated for psychosis; her older sister, aged 19, had left care in 2017 and was living in supported lodgings. Child MA herself was not known to children's social care.",
    [L("Learning includes:", ["the children of parents with psychosis", "young people who are not known to services"])],
    [R("Recommendations include:", ["adult mental health services to ask about every child in the household"])]],
   T("Child MA", "unknown", "overview", "death", "2018", "14-year-old", "14.00", "11_15", "female",
     A("", "self_harm_suicide; other"), risk="parental_mental_health", area="Greywell"), link=RO),
 E("2019 – Anonymous – Child MB", [
    "A 2-month-old baby boy was admitted to hospital in 2018 with a brain injury and fractures. His mother, 18, was a care leaver; his father, 21, had been subject to a child protection plan as a child and had convictions for assault.",
    [L("Learning includes:", ["young parents who were known to services as children", "fathers with convictions for violence"])],
    [R("Recommendations include:", ["pre-birth assessments to include both parents' histories"])]],
   T("Child MB", "unknown", "overview", "serious_harm", "2018", "2-month-old", "0.17", "under_1", "male", HEAD,
     risk="|parental_criminality"), link=RO),
 E("2019 – Kestrel Bay – Children MC and MD", [
    "Two brothers, aged 5 and 10, were found in 2017 living in a home without heating or food. Their half-sister, aged 16, had been in foster care since 2015 and had told her social worker about the conditions. The boys' mother had depression and their stepfather had a conviction for drug supply.",
    [L("Learning includes:", ["listening to siblings who are in care", "neglect in the winter months"])],
    [R("Recommendations include:", ["a visit to the family home whenever a sibling in care raises a concern"])]],
   T("Children MC and MD", "unknown", "overview", "serious_harm", "2017", "*", "*", "*", "male", "neglect",
     risk=A("parental_mental_health", "parental_criminality"), n="2", area="Kestrel Bay"), link=RO),
 E("2019 – Anonymous – Child ME", [
    "Serious harm to a 16-year-old boy who was criminally exploited and stabbed in 2018. He had been in care since 2016 and was placed in a children's home outside the area. His younger brother, aged 12, was subject to a child protection plan; his mother had died of an overdose in 2015.",
    [L("Learning includes:", ["children placed far from home", "bereaved children and exploitation"])],
    [R("Recommendations include:", ["a safety plan before any child is placed out of the area"])]],
   T("Child ME", "unknown", "overview", "serious_harm", "2018", "16-year-old", "16.00", "16_17", "male",
     A("child_criminal_exploitation", "extra_familial_harm; physical_abuse"), risk="|parental_substance_misuse",
     ctx="looked_after"), link=RO),
 E("2019 – Marrowfield – Baby MF", [
    "Baby MF died in 2017, aged 10 days, after being given a bottle containing alcohol. The mother, aged 17, was herself a looked after child living with foster carers, and the father, aged 19, was on a child in need plan when he was younger.",
    [L("Learning includes:", ["parents who are looked after children", "the transition from a child's plan to an adult's"])],
    [R("Recommendations include:", ["joint planning for looked after young people who become parents"])]],
   T("Baby MF", "unknown", "overview", "death", "2017", "aged 10 days|10 days", "0.03", "under_1", "not_stated",
     A("poisoning_ingestion", "neglect"), area="Marrowfield"), link=RO),
 E("2019 – Anonymous – Child MG", [
    "Child MG, aged 7, was sexually abused by her 16-year-old cousin in 2018 while staying with her grandmother. The cousin had been sexually abused himself when he was 10 and had been looked after since 2014.",
    [L("Learning includes:", ["children who harm other children in the wider family", "information about a looked after child's behaviour"])],
    [R("Recommendations include:", ["a safety plan for every visit where a child with harmful sexual behaviour is present"])]],
   T("Child MG", "unknown", "overview", "serious_harm", "2018", "aged 7|7", "7.00", "6_10", "female", "sexual_abuse"),
   link=RO),
 E("2019 – Chalkstone – Child MH", [
    "Death of a 6-week-old baby boy in 2018 in an unsafe sleeping environment. His parents, aged 23 and 25, had both drunk heavily that evening. His older sister had died in 2015 of sudden infant death syndrome.",
    [L("Learning includes:", ["families who have lost a baby before", "alcohol and safer sleep"])],
    [R("Recommendations include:", ["bereavement support and safer sleep advice in every later pregnancy"])]],
   T("Child MH", "unknown", "overview", "death", "2018", "6-week-old", "0.11", "under_1", "male",
     A("", "sudden_unexpected_infant_death"), risk=A("parental_alcohol_misuse", "co_sleeping"), area="Chalkstone"),
   link=RO),
 E("2019 – Anonymous – Child MI", [
    "Serious harm to a boy aged 11 in 2018, who was assaulted by his father. Child MI was not subject to any plan at the time; his two older brothers, aged 14 and 17, had been subject to child protection plans under the category of physical abuse in 2013.",
    [L("Learning includes:", ["younger children when older siblings' plans end", "fathers' violence"])],
    [R("Recommendations include:", ["a review of younger children in the household whenever a sibling's plan ends"])]],
   T("Child MI", "unknown", "overview", "serious_harm", "2018", "aged 11|11", "11.00", "11_15", "male",
     "physical_abuse"), link=RO),
])

# --- Welsh child practice reviews, 2016 list: "Month 2016 – Board – Name", summary, "Background:", "Learning:",
# "Model:", "Keywords:".
FILES["lc-wales-2016-practice-reviews.txt"] = dict(pubyear="2016", preamble=[
    "Child practice reviews published in 2016", "",
    "Concise and extended child practice reviews published by the regional safeguarding children boards in 2016. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2016 – Bro Celyn Safeguarding Children Board – Child NA", [
    "Serious harm to a 3-month-old baby girl in 2015, who was found to have a fractured skull.",
    "Background: Child NA lived with her mother, aged 20, her mother's partner, aged 31, and the partner's two children, aged 6 and 9, who were subject to care and support plans. The mother had anxiety and she had been a child in need when she was young.",
    [L("Learning:", ["new partners with children of their own", "the mother's own history"])],
    WELSH_MODEL,
    "Keywords: head injuries, blended families"],
   T("Child NA", "child_practice_review", "overview", "serious_harm", "2015", "3-month-old", "0.25", "under_1", "female",
     HEAD, risk="parental_mental_health", area="Bro Celyn Safeguarding Children Board|Bro Celyn"), link=RO),
 E("November 2016 – Anonymous – Child NB", [
    "Death of a 17-year-old young man in 2015 by suicide. His mother, aged 44, had died in 2012; his sister, aged 20, had been his carer since.",
    "Background: Child NB had been on the child protection register between 2009 and 2011 under the category of emotional abuse.",
    [L("Learning:", ["bereaved young people", "siblings who become carers"])],
    WELSH_MODEL,
    "Keywords: suicide, bereavement"],
   T("Child NB", "child_practice_review", "overview", "death", "2015", "17-year-old", "17.00", "16_17", "male",
     A("self_harm_suicide", "emotional_abuse"), ctx="child_protection_plan"), link=RO),
 E("October 2016 – Tywi and Teifi Safeguarding Children Board – Child NC", [
    "Neglect of a 5-year-old boy, which came to light in 2015 when he started school unable to speak in sentences.",
    "Background: Child NC was the youngest of five children; his eldest sister, aged 18, had a learning disability.",
    [L("Learning:", ["the youngest child in a large family", "speech delay as a sign of neglect"])],
    WELSH_MODEL,
    "Keywords: neglect, speech and language"],
   T("Child NC", "child_practice_review", "overview", "serious_harm", "2015|", "5-year-old", "5.00", "1_5", "male",
     "neglect", area="Tywi and Teifi Safeguarding Children Board|Tywi and Teifi"), link=RO),
 E("September 2016 – Anonymous – Child ND and Child NE", [
    "Physical abuse of twin boys aged 2 by their father in 2014.",
    "Background: Their mother, who was 16 at the time of their birth, had been subject to a care order and lived in a foster placement until 2013.",
    [L("Learning:", ["young mothers leaving foster care", "fathers who are not assessed"])],
    WELSH_MODEL,
    "Keywords: physical abuse, young parents"],
   T("Child ND and Child NE", "child_practice_review", "overview", "serious_harm", "2014", "aged 2|2", "2.00", "1_5",
     "male", "physical_abuse", n="2"), link=RO),
 E("August 2016 – Cwm Derw Regional Safeguarding Children Board – Child NF", [
    "Death of a 10-year-old girl in 2015 following the neglect of her asthma.",
    "Background: Child NF had missed most of her hospital appointments; her father, who was her main carer, was disabled after a stroke and her brother, aged 13, was registered as a young carer.",
    [L("Learning:", ["missed health appointments", "young carers"])],
    WELSH_MODEL,
    "Keywords: medical neglect, young carers"],
   T("Child NF", "child_practice_review", "overview", "death", "2015", "10-year-old", "10.00", "6_10", "female",
     "neglect", area="Cwm Derw Regional Safeguarding Children Board|Cwm Derw"), link=RO),
 E("July 2016 – Anonymous – Child NG", [
    "Sexual exploitation of a 14-year-old girl between 2013 and 2015.",
    "Background: Child NG was looked after and living in a residential home; her younger sister remained at home with their mother under a child protection plan.",
    [L("Learning:", ["exploitation of children in residential care", "contact between siblings"])],
    WELSH_MODEL,
    "Keywords: child sexual exploitation, residential care"],
   T("Child NG", "child_practice_review", "overview", "serious_harm", "2013|2015|", "14-year-old", "14.00", "11_15",
     "female", A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm"), ctx="looked_after"), link=RO),
 E("June 2016 – Anonymous – Baby NH", [
    "Death of a baby boy aged 5 weeks in 2015. The cause of death is not known.",
    "Background: Baby NH's father, aged 37, had been investigated in 2010 following the death of another child in his care.",
    [L("Learning:", ["information about earlier child deaths", "unexplained infant deaths"])],
    WELSH_MODEL,
    "Keywords: infant deaths"],
   T("Baby NH", "child_practice_review", "overview", "death", "2015", "aged 5 weeks|5 weeks", "0.10", "under_1", "male",
     A("", "sudden_unexpected_infant_death")), link=RO),
])

# --- Scottish reviews, 2021 page: "2021 – Committee – Name", "A significant case review / A learning review ...",
# "Learning:", "Recommendations:", "Keywords:".
FILES["ld-scotland-2021-reviews.html"] = dict(page_title="Significant case reviews and learning reviews, 2021", html_preamble=NAV, html_footer=FOOT,
    h1="Significant case reviews and learning reviews published in Scotland, 2021", pubyear="2021",
    intro_html=["Reviews published by child protection committees in 2021. Invented for testing: no real child, family or place."],
    entries=[
 E("2021 – Glenmorie Child Protection Committee – Child PA", [
    "A significant case review following the death in 2018 of a 2-year-old boy who swallowed his father's methadone. His father, aged 33, was on a methadone programme; his mother, aged 29, had been known to services as a child and was herself on the child protection register in 2001.",
    [L("Learning:", ["storage of substitute medication", "parents' own childhood histories"])],
    [R("Recommendations:", ["lockable boxes for every parent on a methadone programme"])],
    "Keywords: methadone, poisoning"],
   T("Child PA", "significant_case_review", "unknown", "death", "2018", "2-year-old", "2.00", "1_5", "male",
     A("poisoning_ingestion", "neglect"), risk="parental_substance_misuse",
     area="Glenmorie Child Protection Committee|Glenmorie"), link="Read the review"),
 E("2021 – Anonymous – Child PB", [
    "A learning review into the serious harm of a 12-year-old girl in 2020, who was assaulted by her mother's partner. Her brothers, aged 8 and 15, were placed with their grandparents under a kinship care order after the incident; the girl stayed in hospital for three weeks.",
    [L("Learning:", ["new partners' violence", "hearing from older children"])],
    [R("Recommendations:", ["a check on every new adult joining a household known to services"])],
    "Keywords: physical abuse, kinship care"],
   T("Child PB", "learning_review", "unknown", "serious_harm", "2020", "12-year-old", "12.00", "11_15", "female",
     "physical_abuse"), link="Read the review"),
 E("2021 – Strathallan Child Protection Committee – Children PC, PD and PE", [
    "A significant case review into the neglect of three children aged 3, 7 and 9 in 2019. The eldest child's father, aged 40, had a conviction for assault; the youngest child's father was not known.",
    [L("Learning:", ["families where children have different fathers", "neglect that builds slowly"])],
    [R("Recommendations:", ["chronologies for every child in a family, not only the youngest"])],
    "Keywords: neglect, fathers"],
   T("Children PC, PD and PE", "significant_case_review", "unknown", "serious_harm", "2019", "*", "*", "*",
     "not_stated", "neglect", risk="parental_criminality", n="3",
     area="Strathallan Child Protection Committee|Strathallan"), link="Read the review"),
 E("2021 – Anonymous – Child PF", [
    "A learning review following the death of a 16-year-old boy in 2020 from a drug overdose in a flat where he was staying with older men. His mother, aged 38, had died in 2017; since then he had lived with his aunt under a kinship care arrangement.",
    [L("Learning:", ["bereaved young people", "support for kinship carers of teenagers"])],
    [R("Recommendations:", ["a support plan for every kinship carer of a teenager"])],
    "Keywords: drugs, kinship care, bereavement"],
   T("Child PF", "learning_review", "unknown", "death", "2020", "16-year-old", "16.00", "16_17", "male",
     A("poisoning_ingestion", "extra_familial_harm; child_criminal_exploitation; child_sexual_exploitation"),
     ctx="connected_carers|connected_carers; looked_after"), link="Read the review"),
 E("2021 – Lochaven Child Protection Committee – Child PG", [
    "A significant case review into the sexual abuse of a 9-year-old boy by his 14-year-old brother between 2017 and 2019. The brother had himself been on the child protection register as a baby and was later accommodated in a residential school.",
    [L("Learning:", ["sibling sexual abuse", "information shared by residential schools"])],
    [R("Recommendations:", ["a safety plan for every home visit by a child with harmful sexual behaviour"])],
    "Keywords: sibling sexual abuse"],
   T("Child PG", "significant_case_review", "unknown", "serious_harm", "2017|2019|", "9-year-old", "9.00", "6_10",
     "male", "sexual_abuse", area="Lochaven Child Protection Committee|Lochaven"), link="Read the review"),
 E("2021 – Anonymous – Child PH", [
    "A learning review into the circumstances of a baby girl born in 2019, who was found in 2020 at the age of seven months to have multiple fractures. Her parents were both 19; her father had been looked after as a child and had been on a compulsory supervision order until he was 17.",
    [L("Learning:", ["young parents who were looked after", "fractures in babies who are not yet mobile"])],
    [R("Recommendations:", ["a skeletal survey for every baby under one with a fracture"])],
    "Keywords: physical abuse, young parents"],
   T("Child PH", "learning_review", "unknown", "serious_harm", "2020",
     "at the age of seven months|age of seven months|seven months", "0.58", "under_1", "female", "physical_abuse"),
   link="Read the review"),
 E("2021 – Kinmouth Child Protection Committee – Child PI", [
    "A significant case review into the death of a 13-year-old girl in 2019 who was hit by a train. Her older brother, aged 17, had been criminally exploited and had spent time in secure care in 2018. It is not known whether she had been exploited.",
    [L("Learning:", ["the younger siblings of exploited children", "railway safety"])],
    [R("Recommendations:", ["an assessment of every sibling of a child who is exploited"])],
    "Keywords: railways, siblings"],
   T("Child PI", "significant_case_review", "unknown", "death", "2019", "13-year-old", "13.00", "11_15", "female",
     "other", area="Kinmouth Child Protection Committee|Kinmouth"), link="Read the review"),
])

# --- Northern Irish case management reviews, 2018 list: "Month 2018 – Panel – Name", "A case management review ...",
# "Learning:", "Recommendations:", "Keywords:".
FILES["le-ni-2018-case-management.txt"] = dict(pubyear="2018", preamble=[
    "Case management reviews published in 2018", "",
    "Executive summaries of case management reviews published in Northern Ireland in 2018. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2018 – Ballycarrow Safeguarding Panel – Child QA", [
    "A case management review into the death of a 15-year-old boy in 2016 who was shot by a masked man. His father, aged 47, had been the victim of a paramilitary-style attack in 2011, and his older brother, aged 19, had been threatened with exile in 2015.",
    [L("Learning:", ["paramilitary threats against families", "young people under threat"])],
    [R("Recommendations:", ["a safety plan for every child in a family under paramilitary threat"])],
    "Keywords: paramilitary-style attacks"],
   T("Child QA", "case_management_review", "executive_summary", "death", "2016", "15-year-old", "15.00", "11_15", "male", STAB,
     area="Ballycarrow Safeguarding Panel|Ballycarrow"), link="Read the executive summary"),
 E("November 2018 – Anonymous – Child QB", [
    "A case management review into the neglect of a 4-year-old girl in 2017. She lived with her mother, aged 23, who had a learning disability, and her maternal grandmother, aged 61, who had dementia. Her half-brother, aged 8, lived with his father under a residence order.",
    [L("Learning:", ["parents with a learning disability", "grandparents who cannot care"])],
    [R("Recommendations:", ["adult learning disability services to be part of every plan for these families"])],
    "Keywords: neglect, learning disability"],
   T("Child QB", "case_management_review", "executive_summary", "serious_harm", "2017", "4-year-old", "4.00", "1_5", "female",
     "neglect", risk="parental_learning_disability"), link="Read the executive summary"),
 E("October 2018 – Carnlea Safeguarding Panel – Baby QC", [
    "A case management review following serious injuries to a baby boy aged 4 months in 2017. The baby's father, aged 28, had served a prison sentence for violence against a previous partner; the father's two older children had been adopted in 2013.",
    [L("Learning:", ["fathers with a history of domestic abuse", "information about children adopted from a parent"])],
    [R("Recommendations:", ["checks on both parents at every pre-birth assessment"])],
    "Keywords: physical abuse, domestic abuse"],
   T("Baby QC", "case_management_review", "executive_summary", "serious_harm", "2017", "aged 4 months|4 months", "0.33",
     "under_1", "male", A("physical_abuse", "non_accidental_head_injury"),
     risk=A("parental_criminality", "domestic_abuse"), area="Carnlea Safeguarding Panel|Carnlea"),
   link="Read the executive summary"),
 E("September 2018 – Anonymous – Child QD", [
    "A case management review into the circumstances of a 17-year-old girl who was sexually exploited between 2014 and 2016. She had been in residential care since she was 13. Her mother, aged 36, had also been sexually exploited as a teenager and had been on the child protection register in 1995.",
    [L("Learning:", ["exploitation across generations", "residential care and missing episodes"])],
    [R("Recommendations:", ["a missing protocol for every children's home"])],
    "Keywords: child sexual exploitation, residential care"],
   T("Child QD", "case_management_review", "executive_summary", "serious_harm", "2014|2016|", "17-year-old", "17.00", "16_17",
     "female", A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm"), ctx="looked_after"),
   link="Read the executive summary"),
 E("August 2018 – Carnlea Safeguarding Panel – Children QE and QF", [
    "A case management review into the deaths of a brother and sister, aged 5 and 8, in a fire set by their father in 2016. Their mother, aged 32, survived with serious burns. The father had been treated for depression.",
    [L("Learning:", ["fathers' mental health after separation", "the risk of filicide"])],
    [R("Recommendations:", ["adult mental health services to ask about access to children"])],
    "Keywords: filicide, parental mental health"],
   T("Children QE and QF", "case_management_review", "executive_summary", "death", "2016", "*", "*", "*", "mixed",
     A("physical_abuse", "other"), risk="parental_mental_health", n="2",
     area="Carnlea Safeguarding Panel|Carnlea"), link="Read the executive summary"),
 E("July 2018 – Anonymous – Child QG", [
    "A case management review following the suicide of a 14-year-old boy in 2017. His older sister had died by suicide in 2015, aged 16. Child QG had been referred to the child and adolescent mental health service after her death but was not seen.",
    [L("Learning:", ["bereavement by a sibling's suicide", "waiting times for mental health services"])],
    [R("Recommendations:", ["a priority appointment for every child bereaved by suicide"])],
    "Keywords: suicide, bereavement"],
   T("Child QG", "case_management_review", "executive_summary", "death", "2017", "14-year-old", "14.00", "11_15", "male",
     "self_harm_suicide"), link="Read the executive summary"),
 E("June 2018 – Anonymous – Child QH", [
    "A case management review into the physical abuse of a child by a foster carer in 2017. The child's age and sex are not stated in the published summary. The foster carer, a woman aged 58, had fostered for the trust for twenty years.",
    [L("Learning:", ["long-standing foster carers", "children's complaints"])],
    [R("Recommendations:", ["an annual unannounced visit to every foster home"])],
    "Keywords: foster care, physical abuse"],
   T("Child QH", "case_management_review", "executive_summary", "serious_harm", "2017", "", "", "unknown", "not_stated",
     "physical_abuse", ctx="looked_after; foster_care"), link="Read the executive summary"),
])

# --- A monthly repository digest of 2025: "N. Type: Name (document)", summary, an ethnicity sentence, "Learning
# includes:", "Recommendations include:".
FILES["lf-monthly-2025-repository.txt"] = dict(pubyear="2025|", month="2025-06", preamble=[
    "NSPCC Repository – June 2025",
    "In June 2025 eight case reviews were published to the NSPCC Repository. A summary of each can be found below (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child safeguarding practice review: Child RA (overview report)", [
    "Child RA, a 15-year-old boy, was seriously injured in 2023 when he was struck by a car while fleeing from a group who had been exploiting him to carry drugs. His older brother, aged 18, had been convicted of possession of a knife in 2022. Ethnicity: Black Caribbean.",
    [L("Learning includes:", ["younger brothers of young men known to police", "county lines"])],
    [R("Recommendations include:", ["a referral to the National Referral Mechanism for every child found carrying drugs"])]],
   T("Child RA", "child_safeguarding_practice_review", "overview", "serious_harm", "2023", "15-year-old", "15.00",
     "11_15", "male", A("child_criminal_exploitation", "extra_familial_harm; other"), eth="Black Caribbean"),
   link="Other resources Read overview report"),
 E("2. Child safeguarding practice review: Baby RB (executive summary)", [
    "Baby RB, a girl aged 8 weeks, was admitted to hospital in 2024 with a subdural haemorrhage. Her mother, aged 17, was subject to a child in need plan because of her own mental health, and her father, aged 24, had been in custody in 2022. Ethnicity not stated.",
    [L("Learning includes:", ["mothers who are children themselves", "fathers released from custody"])],
    [R("Recommendations include:", ["a pre-birth assessment for every mother who has a child in need plan"])]],
   T("Baby RB", "child_safeguarding_practice_review", "executive_summary", "serious_harm", "2024",
     "aged 8 weeks|8 weeks", "0.15", "under_1", "female", HEAD,
     risk=A("", "parental_mental_health; parental_criminality")), link="Other resources Read executive summary"),
 E("3. Serious case review: Child RC (overview report)", [
    "Child RC, aged 9, and his sister, aged 12, were neglected by their mother between 2017 and 2019. The review focuses on Child RC, who had cerebral palsy and had an education, health and care plan; his sister had no additional needs. Ethnicity: White British.",
    [L("Learning includes:", ["neglect of disabled children", "school staff's knowledge of a child's home life"])],
    [R("Recommendations include:", ["annual reviews of education, health and care plans to ask about home life"])]],
   T("Child RC", "serious_case_review", "overview", "serious_harm", "2017|2019|", "aged 9|9", "9.00", "6_10", "male",
     "neglect", ctx="disabled; ehcp", eth="White British"), link="Other resources Read overview report"),
 E("4. Child safeguarding practice review: Child RD (overview report)", [
    "Child RD, a 6-year-old girl, died in 2023 from injuries inflicted by her stepmother. Her father, aged 35, had been a child in need when he was a boy, and her stepmother, aged 29, had three children of her own who had been subject to child protection plans. Ethnicity: White Polish.",
    [L("Learning includes:", ["step-parents' histories", "children who move between households"])],
    [R("Recommendations include:", ["checks on every step-parent's children's history"])]],
   T("Child RD", "child_safeguarding_practice_review", "overview", "death", "2023", "6-year-old", "6.00", "6_10",
     "female", "physical_abuse", eth="White Polish"), link="Other resources Read overview report"),
 E("5. Child safeguarding practice review: Child RE (overview report)", [
    "Child RE, aged 13, was found in 2024 to have been kept from school for two years. She had been subject to a child protection plan in 2016 under the category of neglect; her brothers, aged 15 and 17, were home educated. Ethnicity: White Irish.",
    [L("Learning includes:", ["children missing education", "families who withdraw from services"])],
    [R("Recommendations include:", ["a home visit for every child withdrawn from school"])]],
   T("Child RE", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2024", "aged 13|13", "13.00",
     "11_15", "female", A("", "neglect; emotional_abuse"),
     ctx="not_in_school; child_protection_plan", eth="White Irish"), link="Other resources Read overview report"),
 E("6. Child safeguarding practice review: Children RF and RG (overview report)", [
    "Two brothers, aged 3 and 5, were found alone in a flat in 2023 after their mother, aged 26, had been admitted to hospital. Their older half-sister, aged 10, lived with her father and was not part of the review. Ethnicity: Mixed White and Asian.",
    [L("Learning includes:", ["contingency plans for lone parents", "hospital staff asking about children at home"])],
    [R("Recommendations include:", ["hospitals to ask every adult admitted who is caring for children at home"])]],
   T("Children RF and RG", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2023", "*", "*",
     "*", "male", "neglect", n="2", eth="Mixed White and Asian"), link="Other resources Read overview report"),
 E("7. Child safeguarding practice review: Child RH (overview report)", [
    "Child RH, a 17-year-old girl, was seriously assaulted by her 24-year-old boyfriend in 2024. Her mother, aged 40, had herself experienced domestic abuse from Child RH's father, who died in 2021. Child RH had been in foster care since the age of 11. Ethnicity: Black African.",
    [L("Learning includes:", ["abuse in young people's relationships with adults", "care leavers' relationships"])],
    [R("Recommendations include:", ["relationship safety plans for every young person in care aged 16 or over"])]],
   T("Child RH", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "17-year-old", "17.00",
     "16_17", "female", A("physical_abuse", "extra_familial_harm; sexual_abuse"), risk="|domestic_abuse",
     ctx="looked_after; foster_care", eth="Black African"), link="Other resources Read overview report"),
 E("8. Rapid review: Child RI (learning briefing)", [
    "Child RI, a baby boy, was born in 2022 and died in 2024 at 19 months old from a head injury. His 4-year-old brother was subject to a child protection plan at the time; Child RI had not yet been added to it. Ethnicity: White British.",
    [L("Learning includes:", ["babies born into families with a sibling on a plan", "pre-birth assessments"])],
    [R("Recommendations include:", ["a pre-birth assessment for every baby born into a family with a child on a plan"])]],
   T("Child RI", "other", "briefing", "death", "2024", "19 months old|at 19 months old|19 months", "1.58", "1_5",
     "male", HEAD, eth="White British"), link="Other resources Read learning briefing"),
])

# --- A 2022 update by months (HTML): "Month 2022 – Area – Name", summary, "Learning includes:", "Recommendations
# include:".
FILES["lg-update-2022-months.html"] = dict(page_title="Case reviews update 2022", html_preamble=NAV, html_footer=FOOT,
    h1="Case reviews update 2022", pubyear="2022",
    intro_html=["Case reviews added to the collection in 2022. Invented for testing: no real child, family or place."],
    entries=[
 E("November 2022 – Oxley Heath – Child SA", [
    "Child SA, a 7-year-old boy, died in 2021 after being left in a hot car by his father, aged 42. His mother, who had been a care leaver, was in hospital at the time; his older sister, aged 12, had raised the alarm.",
    [L("Learning includes:", ["fathers as main carers", "children left in vehicles"])],
    [R("Recommendations include:", ["information for parents about children left in cars"])]],
   T("Child SA", "unknown", "overview", "death", "2021", "7-year-old", "7.00", "6_10", "male", A("neglect", "other"),
     area="Oxley Heath"), link=RO),
 E("October 2022 – Anonymous – Child SB", [
    "Serious harm to an 11-year-old girl who was sexually abused online in 2021 by a man aged 30 who posed as a 13-year-old boy. Her stepfather had depression and he had been a child in need when he was a teenager.",
    [L("Learning includes:", ["online grooming of younger children", "parents' knowledge of apps"])],
    [R("Recommendations include:", ["online safety sessions for parents of Year 6 children"])]],
   T("Child SB", "unknown", "overview", "serious_harm", "2021", "11-year-old", "11.00", "11_15", "female",
     A("online_harm", "sexual_abuse; extra_familial_harm; child_sexual_exploitation"),
     risk="|parental_mental_health"), link=RO),
 E("September 2022 – Brindlecombe – Children SC, SD and SE", [
    "Three children aged 1, 4 and 6 were exposed to domestic abuse between 2018 and 2021. Their mother's partner, aged 39, had a history of violence against previous partners; the eldest child's father had died in prison in 2016.",
    [L("Learning includes:", ["the impact of domestic abuse on young children", "checks on new partners"])],
    [R("Recommendations include:", ["a Clare's Law check whenever a new partner joins a family known to services"])]],
   T("Children SC, SD and SE", "unknown", "overview", "serious_harm|other|unknown", "2018|2021|", "*", "*", "*",
     "not_stated", A("", "emotional_abuse; physical_abuse"), risk=A("domestic_abuse", "parental_criminality"), n="3",
     area="Brindlecombe"), link=RO),
 E("August 2022 – Anonymous – Baby SF", [
    "Baby SF was born in 2020 at 27 weeks' gestation and died in 2021 aged 5 months from pneumonia after not being taken to hospital. Baby SF's mother, aged 21, had a diagnosed personality disorder; her own mother had been on the child protection register.",
    [L("Learning includes:", ["premature babies at home", "parents who do not seek medical help"])],
    [R("Recommendations include:", ["a named nurse for every baby discharged from neonatal care"])]],
   T("Baby SF", "unknown", "overview", "death", "2021", "aged 5 months|5 months", "0.42", "under_1", "not_stated",
     "neglect", risk="parental_mental_health"), link=RO),
 E("July 2022 – Parrish Down – Child SG", [
    "Child SG, aged 15, was stabbed in 2021 and survived. His friend, also 15, died in the same attack. Child SG was subject to a child in need plan at the time.",
    [L("Learning includes:", ["serious youth violence", "child in need plans for adolescents"])],
    [R("Recommendations include:", ["contextual safeguarding plans for groups of friends"])]],
   T("Child SG", "unknown", "overview", "serious_harm", "2021", "aged 15|15", "15.00", "11_15", "male", STAB,
     ctx="child_in_need_plan", area="Parrish Down"), link=RO),
 E("June 2022 – Anonymous – Child SH", [
    "Death of a 9-month-old girl in 2020. Her brother, aged 2, was also found with injuries and survived. The children's father, aged 25, was convicted of murder in 2022.",
    [L("Learning includes:", ["injuries to siblings", "fathers' involvement with health visitors"])],
    [R("Recommendations include:", ["a medical for every sibling of a child with an unexplained injury"])]],
   T("Child SH", "unknown", "overview", "death", "2020", "9-month-old", "0.75", "under_1", "female",
     A("physical_abuse", "non_accidental_head_injury"), risk="|parental_criminality"), link=RO),
 E("May 2022 – Holloway Fen – Child SI", [
    "Child SI was 16 when she disclosed in 2021 that she had been sexually abused by her uncle from the age of 8. Her uncle, aged 55, lived with the family. Child SI's ethnicity was not recorded.",
    [L("Learning includes:", ["long-term intrafamilial abuse", "disclosures by older teenagers"])],
    [R("Recommendations include:", ["training on intrafamilial sexual abuse for secondary schools"])]],
   T("Child SI", "unknown", "overview", "serious_harm", "2021|", "was 16|16|Child SI was 16|was 16 when", "16.00",
     "16_17", "female", "sexual_abuse", area="Holloway Fen"), link=RO),
 E("April 2022 – Anonymous – Child SJ", [
    "Neglect of a 12-year-old boy with autism who was found in 2021 living in a single room with his mother. Child SJ had not attended school since 2019. His older brother, aged 19, had been in a secure hospital since 2020.",
    [L("Learning includes:", ["disabled children missing education", "home visits by schools"])],
    [R("Recommendations include:", ["a home visit after ten days' unexplained absence"])]],
   T("Child SJ", "unknown", "overview", "serious_harm", "2021", "12-year-old", "12.00", "11_15", "male", "neglect",
     ctx="disabled; not_in_school"), link=RO),
])

# --- 2011 yearly list: "Month 2011 - Area - Name", summary, "Key issues:", "Keywords:".
FILES["lh-yearly-2011-key-issues.txt"] = dict(pubyear="2011", preamble=[
    "Case reviews published in 2011", "",
    "A chronological list of the executive summaries of serious case reviews published in 2011. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2011 - Anonymous - Child TA", [
    "Death of a 2-year-old girl in 2010 from injuries inflicted by her mother's boyfriend, aged 23. The boyfriend had been a looked after child and had been on a child protection plan from 1995 to 1999; her mother, aged 20, was pregnant at the time.",
    [L("Key issues:", ["new partners who were looked after children", "pregnancy and a new partner"])],
    "Keywords: physical abuse, new partners"],
   T("Child TA", "unknown", "overview", "death", "2010", "2-year-old", "2.00", "1_5", "female", "physical_abuse"),
   link=RO),
 E("November 2011 - Farrowdale - Child TB", [
    "Serious injury to a boy aged 14 months in 2010. His mother, aged 31, had a history of depression and had attempted suicide in 2009; his father was not known to services.",
    [L("Key issues:", ["maternal depression", "fathers who are not known"])],
    "Keywords: physical abuse, maternal mental health"],
   T("Child TB", "unknown", "overview", "serious_harm", "2010", "aged 14 months|14 months", "1.17", "1_5", "male",
     A("physical_abuse", "non_accidental_head_injury"), risk="parental_mental_health", area="Farrowdale"), link=RO),
 E("October 2011 - Anonymous - Child TC and Child TD", [
    "Sexual abuse of two sisters, aged 10 and 13, by their grandfather between 2007 and 2010. Their mother had been abused by the same man when she was a child, and she had been subject to a care order.",
    [L("Key issues:", ["abuse across generations", "grandparents as carers"])],
    "Keywords: sexual abuse, grandparents"],
   T("Child TC and Child TD", "unknown", "overview", "serious_harm", "2007|2010|", "*", "*", "*", "female",
     "sexual_abuse", n="2"), link=RO),
 E("September 2011 - Wexcombe - Child TE", [
    "Death of a 5-week-old baby boy in 2010 who was found unresponsive in a car seat. His twin sister survived. The parents, aged 18 and 19, had both used cannabis.",
    [L("Key issues:", ["babies sleeping in car seats", "young parents' drug use"])],
    "Keywords: sudden infant death, twins"],
   T("Child TE", "unknown", "overview", "death", "2010", "5-week-old", "0.10", "under_1", "male",
     A("", "sudden_unexpected_infant_death; neglect"), risk="parental_substance_misuse", area="Wexcombe"), link=RO),
 E("August 2011 - Anonymous - Child TF", [
    "Neglect of a girl, thought to be aged about 10, who was found in 2010 living in a house with no heating. Her exact age is not known. Her three half-brothers were living with their father and were well cared for.",
    [L("Key issues:", ["children with no records", "one child singled out in a family"])],
    "Keywords: neglect"],
   T("Child TF", "unknown", "overview", "serious_harm|other", "2010", "*", "10.00|", "6_10|unknown", "female",
     "neglect"), link=RO),
 E("July 2011 - Ravensholm - Child TG", [
    "Suicide of a 16-year-old girl in 2010. Child TG's older brother had taken his own life in 2008, aged 17, and their father had been treated for alcohol dependency.",
    [L("Key issues:", ["bereavement by a sibling's suicide", "parental alcohol dependency"])],
    "Keywords: suicide, bereavement, alcohol"],
   T("Child TG", "unknown", "overview", "death", "2010", "16-year-old", "16.00", "16_17", "female", "self_harm_suicide",
     risk="parental_alcohol_misuse", area="Ravensholm"), link=RO),
 E("June 2011 - Anonymous - Child TH", [
    "Physical abuse of a 4-year-old boy by his mother in 2010. Child TH had been subject to a child protection plan from birth until 2009; his older sister, aged 9, was in foster care.",
    [L("Key issues:", ["plans that end too soon", "children who stay at home when a sibling is in care"])],
    "Keywords: physical abuse, siblings"],
   T("Child TH", "unknown", "overview", "serious_harm", "2010", "4-year-old", "4.00", "1_5", "male", "physical_abuse",
     ctx="child_protection_plan"), link=RO),
])
