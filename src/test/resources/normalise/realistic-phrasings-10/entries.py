# Entries of the "realistic phrasings 10" set (issue 9, session 21): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: the NSPCC yearly
# lists of 2012-2014 ("Month YYYY - Area - Name", "Issues identified include:", "Background:", "Learning:", "Keywords:"),
# the 2025 "Case reviews update" ("Death of an 8-day-old baby girl in ...", "Learning includes:", "Recommendations to
# the partnership include:"), partnership learning briefings on babies with head injuries and young parents "who were
# both under 18", special guardianship reviews). Only short generic phrases are shared with them.
# New traps, not covered by sets 1-9 (each phrase grepped in their entries.py first): other people's codes beside
# the child's (a father aged 17 who had been looked after, a mother of 15 or 16 in foster care, a stepbrother aged 15
# who had himself been abused, a sister's / half-brother's / brother's child protection plans, a mother's own care and
# exploitation history, passengers aged 15 and 16, a 14-year-old foster brother who harmed, a childminder "looked after"
# the child); ages in words or ranges ("seven weeks old", "aged eleven weeks", "a baby of ten weeks", "an infant of 5
# months", "at the age of four months", "aged thirteen months", "who was 30 months old", "then sixteen", "aged
# fifteen", "who was nine", "then aged 9", "a girl of about fifteen", "aged between 14 and 16", "between the ages of 7
# and 11", "aged between 13 and 15", "a girl of sixteen", "who had turned 16", "at four days old", "aged 16 days");
# several children ("aged nine and eleven", "a girl aged 6 and twin boys aged 3", "a boy of 12 and his sister of 15",
# "two sisters, aged four and seven", "aged between 5 and 12", "aged 2, 5 and 8", twins "aged fourteen months", two
# cousins); incident years beside publication, commissioning and review years and other people's years; outcomes in
# other words ("sustained life-changing injuries", "near-fatal assault", "found unresponsive ... revived", "survived
# with life-changing injuries", "has a lasting brain injury"); care words (special guardianship, kinship care, a
# residence order, a welfare order in a secure unit, a children's unit, a mother-and-baby foster placement, private
# fostering by a family friend, a residential school placed by parents, a child arrangements order with a parent,
# a pre-birth child protection plan, the child protection register); areas as "X City", "X County", "X Safeguarding
# Children Partnership", regional boards, committees and a panel.
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -9 READMEs, unchanged, plus these, decided from DATA-MODEL.md): not stated
# means empty; a code is about the child(ren) the entry describes, never a parent's, sibling's, other child's or
# perpetrator's own harm, plan, care or age; an age range for one child gives the band when both ends fall in one band
# (13-15 -> `11_15`), else `unknown`, with no exact age (age_text not scored, age_years empty); "about fifteen" accepts
# 15.00 / `11_15` or none / `unknown`; a baby with no stated age is `under_1`; an unborn baby is `unborn`; a child's
# own past care context is coded (set 8); a residence order or special guardianship with a relative is
# `connected_carers`; private fostering accepts `foster_care` or none (set 9); a child placed at a residential school
# by the parents is not looked after; a child in a mother-and-baby foster placement with the mother accepts
# `foster_care` or none; "found unresponsive" of a baby who survived is no sudden infant death; "X City" / "X County"
# in a heading accept the name with or without that word, "X Safeguarding Children Partnership" with or without its
# body's words. `a|b` alternatives, `*` not scored.
# Truth corrected in session 38 under the lead's trafficking decision (normalise/unseen-entries.txt, 'session 38
# decision'): trafficking told with its purpose gives that purpose's code alone, no `other` beside it: kc #8 Child TI (found working in a nail bar: labour exploitation, criminal exploitation's code).
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
# the parts sets 8 on share: ../phrasing_entries.py
from phrasing_entries import COLS, T, A, ANY, E, L, R, HEAD, WELSH_MODEL, RO  # noqa: E402


NAV = ["<header><a href=\"#main\">Skip to content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Safeguarding and child protection</a></li><li><a href=\"#\">Case reviews</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Cookie settings</p><p>Privacy notice</p></footer>"]

FILES = {}

# --- 2024 case reviews update: "2024 – Area – Name", summary, "Learning includes:", "Recommendations to the
# partnership include:".
FILES["ka-update-2024-partnerships.html"] = dict(page_title="Case reviews update", html_preamble=NAV, html_footer=FOOT,
    h1="Case reviews update", pubyear="2024",
    intro_html=["New in the collection: case reviews recently added. Invented for testing: no real child, family or place."],
    entries=[
 E("2024 – Hexley City – Baby RA", [
    "Baby RA, who was seven weeks old, sustained life-changing injuries in October 2022, including bleeding on the brain and fractures to his ribs. His father, aged 17, was convicted of causing grievous bodily harm. The father had himself been subject to a child protection plan as a young child and had been looked after from the age of 13.",
    [L("Learning includes:", ["young fathers who were looked after children themselves", "pre-birth assessments that did not include the father"])],
    [R("Recommendations to the partnership include:", ["every pre-birth assessment to include the father's own history"])]],
   T("Baby RA", "unknown", "overview", "serious_harm", "2022", "seven weeks old|who was seven weeks old|seven weeks",
     "0.13", "under_1", "male", HEAD, risk="|parental_criminality", area="Hexley City|Hexley"), link=RO),
 E("2024 – Anonymous – Child RB", [
    "Child RB, thought to be aged between 14 and 16, was found dead in a river in March 2023. She had arrived in the UK alone in 2022 and was living in a hotel for unaccompanied asylum-seeking children while her age was disputed. A 19-year-old man was later charged with her murder.",
    [L("Learning includes:", ["age disputes that delay care", "hotels used for unaccompanied children"])],
    [R("Recommendations to the partnership include:", ["no unaccompanied child to be placed in a hotel"])]],
   T("Child RB", "unknown", "overview", "death", "2023", "*", "", "unknown", "female",
     A("", "physical_abuse; extra_familial_harm; other"), ctx="|looked_after"), link=RO),
 E("2024 – Marlow Fenn County – Child RC and Child RD", [
    "Neglect of two brothers, aged nine and eleven, between 2019 and 2022. Their older sister, aged 16, had been subject to a child protection plan under the category of sexual abuse in 2018. The boys were placed in kinship care with their maternal aunt in 2022.",
    [L("Learning includes:", ["the neglect of younger children when an older child's plan ends", "kinship carers' need for support"])],
    [R("Recommendations to the partnership include:", ["a review of younger siblings whenever a child protection plan ends"])]],
   T("Child RC and Child RD", "unknown", "overview", "serious_harm", "2019|2022|", "*", "*", "*", "male", "neglect",
     ctx="connected_carers|connected_carers; looked_after", n="2", area="Marlow Fenn County|Marlow Fenn"), link=RO),
 E("2024 – Anonymous – Child RE", [
    "Serious sexual assault of a 9-year-old girl in 2023 by a 14-year-old boy who was living in the same foster home. Child RE had been placed in foster care under a care order in 2021; the boy's history of harmful sexual behaviour had not been shared with the foster carers.",
    [L("Learning includes:", ["matching children in foster homes", "sharing a child's history with carers"])],
    [R("Recommendations to the partnership include:", ["a risk assessment before any child joins a foster home with other children"])]],
   T("Child RE", "unknown", "overview", "serious_harm", "2023", "9-year-old", "9.00", "6_10", "female",
     A("sexual_abuse", "other"), ctx="looked_after; foster_care"), link=RO),
 E("2024 – Drayford – Baby RF", [
    "Baby RF was born at home in February 2023 and was found unresponsive the next morning but recovered after treatment in hospital. Her mother, who was 16 and had been looked after since she was 13, had concealed the pregnancy from her foster carer.",
    [L("Learning includes:", ["concealed pregnancies in young people who are looked after", "sexual health support for looked after girls"])],
    [R("Recommendations to the partnership include:", ["foster carers to be trained to notice signs of pregnancy"])]],
   T("Baby RF", "unknown", "overview", "serious_harm", "2023", "*", "*", "under_1", "female", A("", "neglect; other"),
     area="Drayford"), link=RO),
 E("2024 – Castlebridge Safeguarding Children Partnership – Child RG", [
    "Child RG, then sixteen, was seriously injured in a stabbing near his college in 2023. He had been living with a family friend in a private fostering arrangement since his mother returned to Portugal in 2021.",
    [L("Learning includes:", ["private fostering of older teenagers", "colleges' knowledge of who a student lives with"])],
    [R("Recommendations to the partnership include:", ["private fostering awareness for further education colleges"])]],
   T("Child RG", "unknown", "overview", "serious_harm", "2023", "then sixteen|sixteen", "16.00", "16_17", "male",
     A("extra_familial_harm", "physical_abuse") + "|physical_abuse", ctx="|foster_care",
     area="Castlebridge Safeguarding Children Partnership|Castlebridge"), link=RO),
 E("2024 – Anonymous – Child RH", [
    "Child RH was 12 when she died in hospital in January 2023, ten days after an overdose of her mother's antidepressants. The review, commissioned in 2023 and completed in 2024, looked at the period from 2019, when the family moved to the area.",
    [L("Learning includes:", ["medication stored at home", "children who care for a parent"])],
    [R("Recommendations to the partnership include:", ["safe storage advice when antidepressants are prescribed to a parent"])]],
   T("Child RH", "unknown", "overview", "death", "2023", "was 12|12|Child RH was 12|was 12 when", "12.00", "11_15",
     "female", A("poisoning_ingestion", "self_harm_suicide") + "|self_harm_suicide", risk="|parental_mental_health"),
   link=RO),
 E("2024 – Northcote and Vale – Children RI, RJ and RK", [
    "Three children, a girl aged 6 and twin boys aged 3, were living in a home where their mother's partner, aged 22, was selling drugs. In May 2023 one of the twins swallowed cannabis sweets and was taken to hospital; all three children were made subject to child protection plans.",
    [L("Learning includes:", ["drug dealing in the family home", "edible cannabis products"])],
    [R("Recommendations to the partnership include:", ["information for parents about edible cannabis"])]],
   T("Children RI, RJ and RK", "unknown", "overview", "serious_harm", "2023", "*", "*", "*", "mixed",
     A("poisoning_ingestion", "neglect"), risk=A("", "parental_criminality; parental_substance_misuse"),
     ctx="child_protection_plan", n="3", area="Northcote and Vale"), link=RO),
])

# --- 2012 yearly list: "Month 2012 - Area - Name", summary, "Issues identified include:", "Recommendations include:",
# a bare keyword line.
FILES["kb-yearly-2012-issues.txt"] = dict(pubyear="2012", preamble=[
    "Case reviews published in 2012", "",
    "A chronological list of the executive summaries or full overview reports of serious case reviews published in 2012. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2012 - Pellingford - Child SA", [
    "Death of a baby girl aged eleven weeks in 2011 from a skull fracture. Her father, then 17, was convicted of manslaughter. Child SA's mother had been in care as a child and had two older children who were adopted in 2009.",
    [L("Issues identified include:", ["young fathers who are not seen by health visitors", "mothers whose earlier children were adopted"])],
    [R("Recommendations include:", ["a pre-birth assessment whenever a mother has had a child adopted"])],
    "Head injuries, young fathers"],
   T("Child SA", "unknown", "overview", "death", "2011", "aged eleven weeks|eleven weeks", "0.21", "under_1", "female",
     HEAD, risk="|parental_criminality", area="Pellingford"), link=RO),
 E("November 2012 - Anonymous - Child SB", [
    "Near-fatal assault of a boy aged seven months in 2010, who was shaken by his mother's partner and sustained a brain injury. Child SB had an older half-brother who had been subject to a child protection plan for neglect since 2009.",
    [L("Issues identified include:", ["new partners who were not known to services", "the baby's needs when a sibling has a plan"])],
    [R("Recommendations include:", ["checks on any new adult in a household where a child has a plan"])],
    "Shaking, new partners"],
   T("Child SB", "unknown", "overview", "serious_harm", "2010", "aged seven months|seven months", "0.58", "under_1",
     "male", HEAD), link=RO),
 E("October 2012 - Holmbrook County - Child SC", [
    "Suicide of a young person aged 17 in 2011 while in a young offender institution. Child SC had been in the care of the local authority from the age of eight and had a history of self-harm. His mother had died of an overdose when he was six.",
    [L("Issues identified include:", ["looked after children in custody", "the sharing of self-harm history with custodial staff"])],
    [R("Recommendations include:", ["every young person's care and self-harm history to go with them into custody"])],
    "Suicide, custody, looked after children"],
   T("Child SC", "unknown", "overview", "death", "2011", "aged 17|17", "17.00", "16_17", "male", "self_harm_suicide",
     risk="|parental_substance_misuse", ctx="looked_after", area="Holmbrook County|Holmbrook"), link=RO),
 E("September 2012 - Anonymous - Child SD", [
    "Serious injury of a 3-month-old baby in 2008, who was found to have a fractured thigh and bite marks on his arm. The review was delayed until the end of criminal proceedings in 2011.",
    [L("Issues identified include:", ["bite marks on babies", "delays caused by parallel proceedings"])],
    [R("Recommendations include:", ["reviews to start without waiting for criminal proceedings"])],
    "Physical abuse, babies"],
   T("Child SD", "unknown", "overview", "serious_harm", "2008", "3-month-old", "0.25", "under_1", "male",
     "physical_abuse"), link=RO),
 E("August 2012 - Ferrisham City - Child SE", [
    "Sexual abuse of a 5-year-old girl by her 15-year-old stepbrother in 2011. The stepbrother had himself been sexually abused by a relative when he was nine and had been subject to a child protection plan.",
    [L("Issues identified include:", ["children who harm other children in the same family", "blended families"])],
    [R("Recommendations include:", ["a safety plan for every household where a child has harmed another child"])],
    "Sexual abuse, harmful sexual behaviour"],
   T("Child SE", "unknown", "overview", "serious_harm", "2011", "5-year-old", "5.00", "1_5", "female", "sexual_abuse",
     area="Ferrisham City|Ferrisham"), link=RO),
 E("July 2012 - Anonymous - Child SF and Child SG", [
    "Death of a 4-year-old girl and serious injury of her 18-month-old brother in a house fire in 2010 that was set by their mother, who then took her own life.",
    [L("Issues identified include:", ["maternal mental health after separation", "the risk of filicide"])],
    [R("Recommendations include:", ["adult mental health services to ask about children at every review"])],
    "Filicide, parental mental health"],
   T("Child SF and Child SG", "unknown", "overview", "death", "2010", "*", "*", "*", "mixed",
     ANY("physical_abuse; other"), risk="|parental_mental_health", n="2"), link=RO),
 E("June 2012 - Wendlebury - Child SH", [
    "Child SH, aged 2, was admitted to hospital in 2011 with a fractured skull after falling from a first-floor window while his mother was asleep after drinking.",
    [L("Issues identified include:", ["parental alcohol use and supervision", "window safety"])],
    [R("Recommendations include:", ["home safety checks for families where a parent misuses alcohol"])],
    "Neglect, alcohol"],
   T("Child SH", "unknown", "overview", "serious_harm", "2011", "aged 2|2", "2.00", "1_5", "male", A("neglect", "other"),
     risk="parental_alcohol_misuse", area="Wendlebury"), link=RO),
 E("May 2012 - Anonymous - Child SI", [
    "Sexual exploitation of a girl aged between 13 and 15 by a group of men between 2008 and 2010. Child SI was privately fostered by a family friend from 2009.",
    [L("Issues identified include:", ["private fostering arrangements not known to the local authority", "taxi drivers and exploitation"])],
    [R("Recommendations include:", ["private fostering to be part of every school's safeguarding training"])],
    "Child sexual exploitation, private fostering"],
   T("Child SI", "unknown", "overview", "serious_harm", "2008|2010|", "*", "", "11_15", "female",
     A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm"), ctx="|foster_care"), link=RO),
])

# --- A monthly repository digest: "N. Type: Name (document)", an ethnicity sentence, "Learning includes:",
# "Recommendations include:".
FILES["kc-monthly-2024-repository.txt"] = dict(pubyear="2024|", month="2024-03", preamble=[
    "NSPCC Repository – March 2024",
    "In March 2024 eight case reviews were published to the NSPCC Repository. A summary of each can be found below (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child safeguarding practice review: Child TA (overview report)", [
    "Child TA, a girl aged fourteen, was seriously injured in 2022 when she fell from the window of a flat where she was being sexually exploited. She was a weekly boarder at a residential school for autistic children, placed there by her parents. Ethnicity: White British.",
    [L("Learning includes:", ["exploitation of autistic children", "residential schools' response to missing episodes"])],
    [R("Recommendations include:", ["missing protocols for every residential school in the area"])]],
   T("Child TA", "child_safeguarding_practice_review", "overview", "serious_harm", "2022", "aged fourteen|fourteen",
     "14.00", "11_15", "female", A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm"), ctx="|disabled",
     eth="White British"), link="Other resources Read overview report"),
 E("2. Child safeguarding practice review: Baby TB (executive summary)", [
    "Baby TB died at four days old in 2021 after her mother, aged 15, gave birth alone in a bathroom at her foster carer's home. Ethnicity not stated.",
    [L("Learning includes:", ["concealed pregnancy in looked after girls", "foster carers' training"])],
    [R("Recommendations include:", ["sexual health reviews for every looked after girl"])]],
   T("Baby TB", "child_safeguarding_practice_review", "executive_summary", "death", "2021",
     "at four days old|four days old|four days", "0.01", "under_1", "female", A("", "neglect; other")),
   link="Other resources Read executive summary"),
 E("3. Serious case review: Child TC (overview report)", [
    "Child TC, who was 30 months old, was admitted to hospital in 2018 with burns to both hands that were found to be non-accidental. Her older brother, aged 8, told a teacher that their father had held her hands under the hot tap. Ethnicity: Mixed White and Black Caribbean.",
    [L("Learning includes:", ["burns in young children", "listening to siblings"])],
    [R("Recommendations include:", ["a child protection medical for every burn to a child under three"])]],
   T("Child TC", "serious_case_review", "overview", "serious_harm", "2018", "who was 30 months old|30 months old|30 months",
     "2.50", "1_5", "female", "physical_abuse", eth="Mixed White and Black Caribbean"),
   link="Other resources Read overview report"),
 E("4. Child safeguarding practice review: Children TD and TE (overview report)", [
    "Two children, a boy of 12 and his sister of 15, were criminally exploited between 2020 and 2022 by a group selling drugs in the town. Both children were subject to child protection plans, and their father was in prison. Ethnicity: Black British.",
    [L("Learning includes:", ["siblings exploited by the same group", "contextual safeguarding"])],
    [R("Recommendations include:", ["joint planning for siblings at risk of exploitation"])]],
   T("Children TD and TE", "child_safeguarding_practice_review", "overview", "serious_harm", "2020|2022|", "*", "*", "*",
     "mixed", A("child_criminal_exploitation", "extra_familial_harm"), risk="parental_criminality",
     ctx="child_protection_plan", n="2", eth="Black British"), link="Other resources Read overview report"),
 E("5. Child safeguarding practice review: Child TF (overview report)", [
    "Child TF died in 2022, aged 16, after being stabbed by a 15-year-old boy. He had spent six months in a secure unit on a welfare order in 2021 before returning home to his mother. Ethnicity: Black African.",
    [L("Learning includes:", ["the return home after secure care", "serious youth violence"])],
    [R("Recommendations include:", ["a plan for every child leaving secure care"])]],
   T("Child TF", "child_safeguarding_practice_review", "overview", "death", "2022", "aged 16|16", "16.00", "16_17", "male",
     A("extra_familial_harm", "physical_abuse") + "|physical_abuse", ctx="looked_after|", eth="Black African"),
   link="Other resources Read overview report"),
 E("6. Child safeguarding practice review: Child TG (overview report)", [
    "Child TG, a baby of ten weeks, was found unresponsive in a Moses basket in 2023 and was revived by paramedics; tests found her mother's prescribed sedative in her blood. She had been subject to a child protection plan since before her birth. Ethnicity: White British.",
    [L("Learning includes:", ["medication given to babies", "pre-birth child protection plans"])],
    [R("Recommendations include:", ["safe storage of medication to be part of every pre-birth plan"])]],
   T("Child TG", "child_safeguarding_practice_review", "overview", "serious_harm", "2023",
     "a baby of ten weeks|baby of ten weeks|ten weeks", "0.19", "under_1", "female",
     A("poisoning_ingestion", "physical_abuse; neglect"), risk="|parental_mental_health", ctx="child_protection_plan",
     eth="White British"), link="Other resources Read overview report"),
 E("7. Child safeguarding practice review: Child TH (overview report)", [
    "Child TH sustained life-changing injuries at the age of 13 when he was hit by a train in 2023 while running from police with older youths who had been using him to sell drugs. His mother had been sexually exploited as a teenager. Ethnicity not stated.",
    [L("Learning includes:", ["younger children drawn into drug dealing", "police pursuits of children"])],
    [R("Recommendations include:", ["a referral to the National Referral Mechanism for every child found dealing drugs"])]],
   T("Child TH", "child_safeguarding_practice_review", "overview", "serious_harm", "2023",
     "at the age of 13|age of 13|13", "13.00", "11_15", "male",
     A("child_criminal_exploitation", "extra_familial_harm; other")),
   link="Other resources Read overview report"),
 E("8. Learning review: Child TI (executive summary)", [
    "Child TI, a girl of about fifteen, was found working in a nail bar in 2022 after being trafficked into the UK. She was placed in foster care and went missing after two days. Ethnicity: Vietnamese.",
    [L("Learning includes:", ["trafficked children who go missing from care", "the first 72 hours of a placement"])],
    [R("Recommendations include:", ["a safety plan before a trafficked child is placed"])]],
   T("Child TI", "learning_review", "executive_summary", "serious_harm", "2022", "*", "15.00|", "11_15|unknown",
     "female", A("child_criminal_exploitation", "extra_familial_harm"), ctx="looked_after; foster_care|foster_care",
     eth="Vietnamese"), link="Other resources Read executive summary"),
])

# --- A 2022 page of the nations' reviews: "2022 – Board or committee – Name", a review-type sentence, "Learning:",
# "Recommendations:", "Keywords:".
FILES["kd-nations-2022-reviews.html"] = dict(page_title="Reviews from Wales, Scotland and Northern Ireland, 2022", html_preamble=NAV, html_footer=FOOT,
    h1="Reviews from Wales, Scotland and Northern Ireland, 2022", pubyear="2022",
    intro_html=["Child practice reviews, significant case reviews, learning reviews and case management reviews published in 2022. Invented for testing: no real child, family or place."],
    entries=[
 E("2022 – Cwm Arian Regional Safeguarding Children Board – Child UA", [
    "A concise child practice review following serious harm to a baby aged three months in 2020, who was found to have a fractured skull and healing rib fractures. The baby's father, who was 17, had spent his childhood in foster care.",
    [L("Learning:", ["young fathers who grew up in care", "babies' injuries of different ages"])],
    [R("Recommendations:", ["support for young fathers who were looked after"])],
    "Keywords: head injuries, young fathers"],
   T("Child UA", "child_practice_review", "unknown", "serious_harm", "2020", "aged three months|three months", "0.25",
     "under_1", "not_stated", HEAD, area="Cwm Arian Regional Safeguarding Children Board|Cwm Arian"), link="Read the review"),
 E("2022 – Dunmorrow Child Protection Committee – Child UB", [
    "A learning review following the death in 2021 of a young person who had turned 16 two weeks before. He had been living in a children's unit since 2019 and had been drinking with adults he met online on the night he died.",
    [L("Learning:", ["young people in residential care who meet adults online", "alcohol and young people in care"])],
    [R("Recommendations:", ["online safety plans for every young person in a children's unit"])],
    "Keywords: alcohol, residential care, online harm"],
   T("Child UB", "learning_review", "unknown", "death", "2021", "who had turned 16|turned 16|16", "16.00", "16_17", "male",
     A("", "poisoning_ingestion; extra_familial_harm; online_harm; other"), ctx="looked_after",
     area="Dunmorrow Child Protection Committee|Dunmorrow"), link="Read the review"),
 E("2022 – Lough Carran Safeguarding Panel – Child UC", [
    "A case management review into the sexual abuse of a girl, then aged 9, by her mother's partner between 2017 and 2019. The partner, aged 46, had convictions for sexual offences against children in 2004.",
    [L("Learning:", ["new partners with convictions for sexual offences", "disclosure schemes"])],
    [R("Recommendations:", ["greater use of the child sex offender disclosure scheme"])],
    "Keywords: sexual abuse, new partners"],
   T("Child UC", "case_management_review", "unknown", "serious_harm", "2017|2019|", "then aged 9|aged 9|9", "9.00", "6_10",
     "female", "sexual_abuse", risk="|parental_criminality", area="Lough Carran Safeguarding Panel|Lough Carran"),
   link="Read the review"),
 E("2022 – Anonymous – Child UD", [
    "An extended child practice review into the neglect of a 6-year-old girl who was living with her aunt under a special guardianship order made in 2017. In 2020 she was found to weigh less than when she started school; her two cousins in the same house were well cared for.",
    [L("Learning:", ["support for special guardians after the order", "a child singled out within a household"])],
    [R("Recommendations:", ["an annual review of every special guardianship support plan"])],
    "Keywords: neglect, special guardianship"],
   T("Child UD", "child_practice_review", "unknown", "serious_harm", "2020", "6-year-old", "6.00", "6_10", "female",
     A("neglect", "emotional_abuse"), ctx="connected_carers"), link="Read the review"),
 E("2022 – Strathglen Child Protection Committee – Children UE and UF", [
    "A significant case review following the deaths of two sisters, aged four and seven, in a fire at their home in 2019 while they were alone in the house overnight. The girls' names had been on the child protection register for neglect in 2017.",
    [L("Learning:", ["children left alone at night", "de-registration without a plan"])],
    [R("Recommendations:", ["a review six months after every child's name is removed from the register"])],
    "Keywords: neglect, fire, child protection register"],
   T("Children UE and UF", "significant_case_review", "unknown", "death", "2019", "*", "*", "*", "female", "neglect",
     ctx="child_protection_plan|", n="2", area="Strathglen Child Protection Committee|Strathglen"), link="Read the review"),
 E("2022 – Anonymous – Child UG", [
    "A case management review into the circumstances of a 17-year-old boy who was seriously injured in a paramilitary-style shooting in 2021. He had been a looked after child until his 16th birthday and had been living in a hostel since.",
    [L("Learning:", ["paramilitary-style attacks on young people", "young people who leave care at 16"])],
    [R("Recommendations:", ["leaving care support for every young person who leaves care at 16"])],
    "Keywords: paramilitary-style attacks, care leavers"],
   T("Child UG", "case_management_review", "unknown", "serious_harm", "2021", "17-year-old", "17.00", "16_17", "male",
     A("extra_familial_harm", "physical_abuse") + "|physical_abuse", ctx="looked_after|"), link="Read the review"),
 E("2022 – Bryn Teg Regional Safeguarding Board – Baby UH", [
    "A child practice review following the death of a baby boy at 2 days old in 2021 after his mother fell asleep with him on a sofa. The review looked at the period from 2019, when the unborn baby's older half-sister was removed from the mother's care.",
    [L("Learning:", ["safer sleep advice in the first days after birth", "pre-birth assessments after a child is removed"])],
    [R("Recommendations:", ["safer sleep advice before every discharge from the maternity ward"])],
    "Keywords: sudden unexpected death in infancy, safer sleep"],
   T("Baby UH", "child_practice_review", "unknown", "death", "2021", "at 2 days old|2 days old|2 days", "0.01", "under_1",
     "male", A("", "sudden_unexpected_infant_death"), risk="co_sleeping",
     area="Bryn Teg Regional Safeguarding Board|Bryn Teg"), link="Read the review"),
])

# --- 2021 "recently published" page: "2021 – Area – Name", summary, "Learning includes:", "Recommendations include:".
FILES["ke-recent-2021-published.html"] = dict(page_title="Recently published case reviews", html_preamble=NAV, html_footer=FOOT,
    h1="Recently published case reviews", pubyear="2021",
    intro_html=["Case reviews published in 2021. Invented for testing: no real child, family or place."],
    entries=[
 E("2021 – Sandleigh – Child VA", [
    "Death of a boy aged thirteen months in August 2019, who drowned in the bath while his mother was in another room. Child VA's mother, aged 19, had left care at 18 and was living in supported accommodation for young parents.",
    [L("Learning includes:", ["water safety advice for young parents", "support for parents who have left care"])],
    [R("Recommendations include:", ["bath safety to be covered at every health visitor contact"])]],
   T("Child VA", "unknown", "overview", "death", "2019", "aged thirteen months|thirteen months", "1.08", "1_5", "male",
     A("neglect", "other") + "|other|", area="Sandleigh"), link=RO),
 E("2021 – Anonymous – Child VB", [
    "Serious harm to a 13-year-old girl who was sexually abused by her 17-year-old boyfriend in 2020. Child VB had been subject to a child in need plan since 2019 because of her own school refusal; her older brother was known to the youth offending service.",
    [L("Learning includes:", ["relationship abuse between teenagers", "the age gap in teenage relationships"])],
    [R("Recommendations include:", ["healthy relationships education from Year 7"])]],
   T("Child VB", "unknown", "overview", "serious_harm", "2020", "13-year-old", "13.00", "11_15", "female",
     A("sexual_abuse", "extra_familial_harm"), ctx="child_in_need_plan|child_in_need_plan; not_in_school"), link=RO),
 E("2021 – Tollbridge City – Children VC, VD and VE", [
    "Three siblings aged between 5 and 12 were sexually abused by their father over several years until 2020. The children's mother had herself been sexually abused as a child and had been in care from the age of ten.",
    [L("Learning includes:", ["intrafamilial sexual abuse", "hearing from children who do not tell"])],
    [R("Recommendations include:", ["training on the signs of sexual abuse within families"])]],
   T("Children VC, VD and VE", "unknown", "overview", "serious_harm", "2020|", "*", "*", "*", "not_stated",
     "sexual_abuse", n="3", area="Tollbridge City|Tollbridge"), link=RO),
 E("2021 – Anonymous – Child VF", [
    "Child VF, a baby boy, died in March 2020, a few days after his birth. He was born prematurely to a mother who had used cocaine throughout the pregnancy and had not attended antenatal care.",
    [L("Learning includes:", ["substance use in pregnancy", "women who do not attend antenatal appointments"])],
    [R("Recommendations include:", ["a follow-up visit after every missed antenatal appointment"])]],
   T("Child VF", "unknown", "overview", "death", "2020", "*", "*", "under_1", "male",
     A("", "neglect; poisoning_ingestion; other"), risk="parental_substance_misuse"), link=RO),
 E("2021 – Ashenby – Child VG", [
    "Child VG was aged fifteen when she was found unresponsive in her bedroom in 2020 after taking an overdose; she survived but has a lasting brain injury. She had been on a waiting list for the child and adolescent mental health service for nine months. Her father had died by suicide in 2017.",
    [L("Learning includes:", ["waiting lists for mental health services", "bereavement by suicide"])],
    [R("Recommendations include:", ["support for children bereaved by suicide"])]],
   T("Child VG", "unknown", "overview", "serious_harm", "2020", "aged fifteen|fifteen", "15.00", "11_15", "female",
     A("self_harm_suicide", "poisoning_ingestion") + "|poisoning_ingestion", area="Ashenby"), link=RO),
 E("2021 – Anonymous – Child VH", [
    "Child VH, who was nine, was seriously injured in 2020 when she was hit by a car after running from her home during an argument between her mother and her mother's partner. Police had been called to the home 14 times because of domestic abuse.",
    [L("Learning includes:", ["children's experience of domestic abuse", "repeat police call-outs"])],
    [R("Recommendations include:", ["a referral to children's services after the third call-out to a home"])]],
   T("Child VH", "unknown", "overview", "serious_harm", "2020", "who was nine|nine", "9.00", "6_10", "female",
     A("", "other; neglect; emotional_abuse"), risk="domestic_abuse"), link=RO),
 E("2021 – Kilnworth – Child VI and Child VJ", [
    "Twin girls aged fourteen months were found in 2020 to have multiple fractures. Their father, aged 17, and their mother, aged 16, were both looked after children and the family was living in a mother-and-baby foster placement.",
    [L("Learning includes:", ["parents who are looked after children", "mother-and-baby placements that include the father"])],
    [R("Recommendations include:", ["a parenting assessment of both parents in every mother-and-baby placement"])]],
   T("Child VI and Child VJ", "unknown", "overview", "serious_harm", "2020", "aged fourteen months|fourteen months",
     "1.17", "1_5", "female", "physical_abuse", ctx="|foster_care", n="2", area="Kilnworth"), link=RO),
 E("2021 – Anonymous – Child VK", [
    "Child VK, aged 11, was found in 2020 to have been kept at home for over a year by her parents, who had told the school she had moved abroad; she had not been seen by any professional since 2018.",
    [L("Learning includes:", ["children missing education", "checks when a family says a child has moved abroad"])],
    [R("Recommendations include:", ["a check with the receiving country for every child said to have moved abroad"])]],
   T("Child VK", "unknown", "overview", "serious_harm|other", "2020", "aged 11|11", "11.00", "11_15", "female",
     A("neglect", "emotional_abuse") + "|", ctx="not_in_school|"), link=RO),
])

# --- 2023 update by months: "Month 2023 – Area – Name", summary, "Learning includes:", "Recommendations include:",
# "Keywords:".
FILES["kf-update-2023-months.txt"] = dict(pubyear="2023", preamble=[
    "Case reviews update 2023", "",
    "Case reviews added to the collection in 2023. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("June 2023 – Orrisdale – Child WA", [
    "Child WA, an infant of 5 months, died in 2021 after being shaken by his mother's boyfriend, aged 20. Child WA's two older siblings had been removed from their mother's care in 2018 after one of them was injured.",
    [L("Learning includes:", ["mothers whose earlier children were removed", "men who join a household"])],
    [R("Recommendations include:", ["checks on new partners when a mother has had children removed"])],
    "Keywords: head injuries, new partners"],
   T("Child WA", "unknown", "overview", "death", "2021", "an infant of 5 months|infant of 5 months|5 months", "0.42",
     "under_1", "male", HEAD, area="Orrisdale"), link=RO),
 E("June 2023 – Anonymous – Child WB", [
    "The review was commissioned in 2021 following an incident in late 2020, when Child WB, a 12-year-old boy with cerebral palsy, was found with pressure sores and severe weight loss. He lived with his father, who was his only carer.",
    [L("Learning includes:", ["the neglect of disabled children", "single carers under strain"])],
    [R("Recommendations include:", ["a carer's assessment for every parent caring alone for a disabled child"])],
    "Keywords: neglect, disabled children"],
   T("Child WB", "unknown", "overview", "serious_harm", "2020", "12-year-old", "12.00", "11_15", "male", "neglect",
     ctx="disabled"), link=RO),
 E("May 2023 – Vardley – Child WC", [
    "Child WC was found unresponsive in her cot in 2022 at the age of four months and was revived by paramedics; she now has a brain injury. Tests found a high level of her mother's prescribed sedative in her blood.",
    [L("Learning includes:", ["medication given to babies", "safe storage of prescribed drugs"])],
    [R("Recommendations include:", ["safe storage advice for every parent prescribed sedatives"])],
    "Keywords: poisoning, babies"],
   T("Child WC", "unknown", "overview", "serious_harm", "2022", "at the age of four months|age of four months|four months",
     "0.33", "under_1", "female", A("poisoning_ingestion", "physical_abuse; neglect"), risk="|parental_mental_health",
     area="Vardley"), link=RO),
 E("April 2023 – Anonymous – Child WD and Child WE", [
    "Two cousins, a girl aged 12 and a boy aged 14, were sexually exploited in 2021 while living with their grandparents under kinship care arrangements.",
    [L("Learning includes:", ["kinship carers and exploitation", "boys as victims of sexual exploitation"])],
    [R("Recommendations include:", ["exploitation training for kinship carers"])],
    "Keywords: child sexual exploitation, kinship care"],
   T("Child WD and Child WE", "unknown", "overview", "serious_harm", "2021", "*", "*", "*", "mixed",
     A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm"),
     ctx="connected_carers|connected_carers; looked_after", n="2"), link=RO),
 E("March 2023 – Greyhaven – Child WF", [
    "Child WF, aged 17, died in 2022 in a road traffic collision while driving a stolen car. Two passengers, aged 15 and 16, were seriously injured. Child WF was subject to a child protection plan at the time.",
    [L("Learning includes:", ["risk-taking by older teenagers", "child protection plans for adolescents"])],
    [R("Recommendations include:", ["a review of child protection plans for young people aged 16 and over"])],
    "Keywords: adolescents, road traffic collisions"],
   T("Child WF", "unknown", "overview", "death", "2022", "aged 17|17", "17.00", "16_17", "not_stated",
     A("", "other; child_criminal_exploitation; extra_familial_harm"), ctx="child_protection_plan",
     area="Greyhaven"), link=RO),
 E("March 2023 – Anonymous – Child WG", [
    "Child WG, aged 3, was found in 2022 to have been given methadone by her father to keep her quiet. She had lived with her father under a child arrangements order since her mother's death.",
    [L("Learning includes:", ["parents on substitute prescribing", "children living with a parent after the other parent's death"])],
    [R("Recommendations include:", ["drug services to ask about every child a client cares for"])],
    "Keywords: methadone, poisoning"],
   T("Child WG", "unknown", "overview", "serious_harm", "2022", "aged 3|3", "3.00", "1_5", "female",
     A("poisoning_ingestion", "physical_abuse; neglect"), risk="parental_substance_misuse"), link=RO),
 E("February 2023 – Lynchmere – Child WH", [
    "Death of a 16-year-old girl in 2022 from an eating disorder while on a mental health ward. The review noted that her younger brother had been subject to a child protection plan for physical abuse in 2015.",
    [L("Learning includes:", ["eating disorders in adolescents", "the transition between children's and adult wards"])],
    [R("Recommendations include:", ["joint care plans for young people with eating disorders"])],
    "Keywords: eating disorders, mental health"],
   T("Child WH", "unknown", "overview", "death", "2022", "16-year-old", "16.00", "16_17", "female",
     A("", "other; self_harm_suicide; neglect"), area="Lynchmere"), link=RO),
 E("January 2023 – Anonymous – Baby WI", [
    "Serious harm to Baby WI, aged 3 weeks, who was admitted to hospital in 2022 with a fractured thigh. Baby WI had been made subject to a child protection plan before birth because of domestic abuse by the father, who was 17 and subject to a youth rehabilitation order.",
    [L("Learning includes:", ["pre-birth plans where the father is a child", "young fathers and domestic abuse"])],
    [R("Recommendations include:", ["joint work between youth justice and children's social care for young fathers"])],
    "Keywords: babies, domestic abuse, young fathers"],
   T("Baby WI", "unknown", "overview", "serious_harm", "2022", "aged 3 weeks|3 weeks", "0.06", "under_1", "not_stated",
     "physical_abuse", risk=A("domestic_abuse", "parental_criminality"), ctx="child_protection_plan"), link=RO),
])

# --- 2015 yearly list: "Month 2015 – Area - Name", summary, "Background:", "Learning:", "Keywords:".
FILES["kg-yearly-2015-background.txt"] = dict(pubyear="2015", preamble=[
    "Case reviews published in 2015", "",
    "A chronological list of the executive summaries or full overview reports of serious case reviews published in 2015. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2015 – Pendlecombe - Child XA", [
    "Death of a 10-month-old boy in 2013 from a head injury.",
    "Background: Child XA's mother was 17 and had been a looked after child until shortly before his birth; his father, 20, had convictions for violence.",
    [L("Learning:", ["young parents leaving care", "fathers with histories of violence"])],
    "Keywords: head injuries, young parents"],
   T("Child XA", "unknown", "overview", "death", "2013", "10-month-old", "0.83", "under_1", "male", HEAD,
     risk=A("", "parental_criminality; domestic_abuse"), area="Pendlecombe"), link=RO),
 E("November 2015 – Anonymous - Child XB", [
    "Serious injury of a 6-week-old girl in 2014, who was found to have fractured ribs.",
    "Background: Child XB's older brother had died in 2012 aged 3 months; the cause of his death was unascertained.",
    [L("Learning:", ["the history of earlier infant deaths in a family", "information sharing between coroners and health visitors"])],
    "Keywords: physical abuse, previous infant death"],
   T("Child XB", "unknown", "overview", "serious_harm", "2014", "6-week-old", "0.11", "under_1", "female",
     "physical_abuse"), link=RO),
 E("October 2015 – Hallowmere - Child XC", [
    "Death of a young person aged 16 in 2014 from a drug overdose.",
    "Background: Child XC was looked after and living in a residential unit 80 miles from her family.",
    [L("Learning:", ["out of area placements", "drug use by young people in residential care"])],
    "Keywords: looked after children, drugs"],
   T("Child XC", "unknown", "overview", "death", "2014", "aged 16|16", "16.00", "16_17", "female",
     A("poisoning_ingestion", "self_harm_suicide"), ctx="looked_after", area="Hallowmere"), link=RO),
 E("September 2015 – Anonymous - Child XD", [
    "Sexual abuse of a girl between the ages of 7 and 11 by her stepfather, which came to light in 2014.",
    "Background: the stepfather had been investigated for the abuse of another child in 2006.",
    [L("Learning:", ["information about earlier investigations", "new partners in a family"])],
    "Keywords: sexual abuse, stepfathers"],
   T("Child XD", "unknown", "overview", "serious_harm", "2014|", "*", "", "unknown", "female", "sexual_abuse"), link=RO),
 E("August 2015 – Treverran - Child XE", [
    "Death of a baby aged 16 days in 2013 from injuries inflicted by her father, who was aged 17 at the time.",
    "Background: the father had been known to the youth offending service for violent offences.",
    [L("Learning:", ["young fathers known to youth justice", "midwives' knowledge of the father"])],
    "Keywords: young fathers, physical abuse"],
   T("Child XE", "unknown", "overview", "death", "2013", "aged 16 days|16 days", "0.04", "under_1", "female",
     A("physical_abuse", "non_accidental_head_injury"), risk="|parental_criminality", area="Treverran"), link=RO),
 E("July 2015 – Anonymous - Child XF", [
    "Serious injury of an 8-year-old boy in 2014 in an attack by the family's dog.",
    "Background: Child XF was living with his uncle under a residence order; the dog had been reported to police for biting a neighbour's child in 2013.",
    [L("Learning:", ["dangerous dogs in homes with children", "assessments of relatives caring under a residence order"])],
    "Keywords: dog attacks, kinship care"],
   T("Child XF", "unknown", "overview", "serious_harm", "2014", "8-year-old", "8.00", "6_10", "male",
     A("", "other; neglect"), ctx="connected_carers"), link=RO),
 E("June 2015 – Coldmarsh - Child XG", [
    "Neglect of a 13-year-old boy with Down's syndrome, who was found in 2014 weighing less than 25kg.",
    "Background: his mother had been subject to a child protection plan herself as a child.",
    [L("Learning:", ["disabled children's weight and growth", "parents' own childhood experiences"])],
    "Keywords: neglect, disabled children"],
   T("Child XG", "unknown", "overview", "serious_harm", "2014", "13-year-old", "13.00", "11_15", "male", "neglect",
     ctx="disabled", area="Coldmarsh"), link=RO),
 E("May 2015 – Anonymous - Child XH", [
    "Sexual abuse of a 4-year-old girl by a 12-year-old boy in 2014 while she was looked after by his mother, a registered childminder.",
    "Background: the boy had been referred to children's services for sexualised behaviour at school in 2013.",
    [L("Learning:", ["registered childminders' own children", "harmful sexual behaviour by younger children"])],
    "Keywords: sexual abuse, childminders"],
   T("Child XH", "unknown", "overview", "serious_harm", "2014", "4-year-old", "4.00", "1_5", "female",
     A("sexual_abuse", "other")), link=RO),
])

# --- 2017 yearly list: "2017 – Area – Name", summary, "Background:", "Key issues:", "Recommendations:", "Keywords:".
FILES["kh-yearly-2017-key-issues.txt"] = dict(pubyear="2017", preamble=[
    "Case reviews published in 2017", "",
    "A chronological list of the executive summaries or full overview reports of serious case reviews published in 2017. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2017 – Anonymous – Child YA", [
    "Death of an unborn baby at 30 weeks' gestation in 2016 after the mother was assaulted by her partner.",
    "Background: the mother had told her midwife about earlier assaults but the information was not shared.",
    [L("Key issues:", ["routine enquiry about domestic abuse in pregnancy", "sharing midwives' information"])],
    [R("Recommendations:", ["a referral to the domestic abuse service after every disclosure in pregnancy"])],
    "Keywords: domestic abuse, pregnancy"],
   T("Child YA", "unknown", "overview", "death", "2016", "*", "*", "unborn", "not_stated",
     A("", "physical_abuse; other"), risk="domestic_abuse"), link=RO),
 E("2017 – Fenwood – Child YB", [
    "Serious harm to a 15-year-old boy in 2016 who was groomed and sexually abused by his 22-year-old football coach.",
    "Background: his younger sister was subject to a child in need plan because of her disability.",
    [L("Key issues:", ["grooming in sports clubs", "boys' reluctance to tell"])],
    [R("Recommendations:", ["safeguarding training for every volunteer coach"])],
    "Keywords: sexual abuse, sport"],
   T("Child YB", "unknown", "overview", "serious_harm", "2016", "15-year-old", "15.00", "11_15", "male",
     A("sexual_abuse", "extra_familial_harm"), area="Fenwood"), link=RO),
 E("2017 – Anonymous – Child YC", [
    "Death of a 4-month-old girl in 2016 while sleeping in her parents' bed after both parents had drunk alcohol.",
    "Background: the family had received early help in 2015 after the older child's nursery raised concerns.",
    [L("Key issues:", ["safer sleep and alcohol", "early help plans that close"])],
    [R("Recommendations:", ["safer sleep advice at every early help review"])],
    "Keywords: co-sleeping, alcohol"],
   T("Child YC", "unknown", "overview", "death", "2016", "4-month-old", "0.33", "under_1", "female",
     "sudden_unexpected_infant_death", risk="co_sleeping; parental_alcohol_misuse"), link=RO),
 E("2017 – Rushby – Child YD", [
    "Child YD, a girl of sixteen, was found hanged in her room at a secure children's home in 2016 and survived with life-changing injuries.",
    "Background: she had been placed there under a secure accommodation order after repeated self-harm.",
    [L("Key issues:", ["ligature risks in secure settings", "observation levels"])],
    [R("Recommendations:", ["a ligature audit of every secure children's home"])],
    "Keywords: self-harm, secure accommodation"],
   T("Child YD", "unknown", "overview", "serious_harm", "2016", "a girl of sixteen|girl of sixteen|sixteen", "16.00",
     "16_17", "female", "self_harm_suicide", ctx="looked_after", area="Rushby"), link=RO),
 E("2017 – Anonymous – Children YE, YF and YG", [
    "Neglect of three siblings aged 2, 5 and 8 between 2014 and 2016.",
    "Background: their mother had a learning disability and their father worked away for months at a time.",
    [L("Key issues:", ["parents with a learning disability", "fathers who are absent"])],
    [R("Recommendations:", ["adult learning disability services to be part of every plan for these families"])],
    "Keywords: neglect, parental learning disability"],
   T("Children YE, YF and YG", "unknown", "overview", "serious_harm", "2014|2016|", "*", "*", "*", "not_stated",
     "neglect", risk="parental_learning_disability", n="3"), link=RO),
 E("2017 – Medlow – Child YH", [
    "Physical abuse of a 7-year-old boy by his foster carer in 2016.",
    "Background: Child YH had been in foster care since the age of 2 under a care order; his birth mother, aged 30, had six other children, all in care.",
    [L("Key issues:", ["unannounced visits to foster homes", "children's complaints about carers"])],
    [R("Recommendations:", ["an unannounced visit to every foster home each year"])],
    "Keywords: foster care, physical abuse"],
   T("Child YH", "unknown", "overview", "serious_harm", "2016", "7-year-old", "7.00", "6_10", "male", "physical_abuse",
     ctx="looked_after; foster_care", area="Medlow"), link=RO),
])
