# Entries of the "realistic phrasings 2" set (issue 10, second round): invented (names, places, events,
# sentences), phrased the way real published summaries of the years named are phrased (read with the search
# tool: NSPCC yearly lists 2013, 2014, 2017, "Recently published case reviews" 2019-2024, "Case reviews update"
# 2025, a partnership's repository e-mail of 2021, partnership 7-minute and learning briefing pages).
# Truth written with each entry, before the first run.
COLS = ["file", "entry_no", "title", "child_name", "review_type", "thematic", "document_type", "outcome",
        "incident_year", "age_text", "age_years", "age_band", "sex", "n_children", "ethnicity", "harm_types",
        "risk_factors", "child_context", "learning_count", "recommendation_count", "good_practice_count",
        "no_recommendations", "area", "publication_year", "digest_month"]


def T(name, rtype, dtype, outcome, year, age_text, age_years, band, sex, harm, risk="", ctx="", eth="not_stated",
      n="1", thematic="false", norec="false", area="", **extra):
    t = dict(child_name=name, review_type=rtype, document_type=dtype, outcome=outcome, incident_year=year,
             age_text=age_text, age_years=age_years, age_band=band, sex=sex, harm_types=harm, risk_factors=risk,
             child_context=ctx, ethnicity=eth, n_children=n, thematic=thematic, no_recommendations=norec, area=area)
    t.update(extra)
    return t


def E(heading, body, truth, link=None, **kw):
    import re
    truth.setdefault("title", re.sub(r"^\d+\. ", "", heading))
    return dict(heading=heading, body=body, truth=truth, link=link, **kw)


def L(label, items, style="semi"):
    return ("L", label, items, style)


def R(label, items, style="semi"):
    return ("R", label, items, style)


FILES = {}
ANY_AGE = dict(age_text="*", age_years="*", age_band="*")

# --- 2013 yearly list: "Month YYYY - Area - Name" headings with codes and families as names, "DHR" with no
# name, "Issues identified include:", an unlabelled keyword line, no links.
FILES["sa-yearly-2013-issues.txt"] = dict(pubyear="2013", preamble=[
    "Case reviews published in 2013", "",
    "A chronological list of the executive summaries or full overview reports of serious case reviews published in 2013. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2013 - Harrowfield - HFD21", [
    "Death of a 3-year-old girl in January 2013 from a head injury.",
    "HFD was found unconscious by her mother's partner, who later admitted causing her injuries. The mother had been a victim of domestic abuse in two earlier relationships and had been in care as a teenager.",
    [L("Issues identified include:", ["the partner's history was not checked when he moved in", "the child's nursery absences were not followed up"])],
    [R("Recommendations include:", ["information about new partners to be sought at every assessment", "nurseries to report unexplained absences of children with a social worker"])],
    "Head injuries, new partners, domestic abuse."],
   T("HFD21", "unknown", "unknown", "death", "2013", "3-year-old", "3.00", "1_5", "female", "physical_abuse; non_accidental_head_injury", risk="domestic_abuse|", area="Harrowfield")),
 E("December 2013 - Harrowfield - Child NQ", [
    "Serious injury of a 13-year-old boy in 2012 who was hit by a car while cycling home late at night. Child NQ had been excluded from school and spent long periods without any adult supervision.",
    [L("Issues identified include:", ["the school exclusion was not shared with children's social care"])],
    [R("Recommendations include:", ["schools to notify the local authority of every permanent exclusion"])],
    "Road traffic accidents, school exclusion, neglect."],
   T("Child NQ", "unknown", "unknown", "serious_harm", "2012", "13-year-old", "13.00", "11_15", "male", "other; neglect|other", ctx="not_in_school", area="Harrowfield")),
 E("November 2013 - Lowbridge - DHR", [
    "Domestic homicide review into the killing of a 41-year-old woman by her adult son in 2012. Her 15-year-old daughter lived with them and had witnessed the violence over several years. The son had been known to mental health services.",
    [L("Issues identified include:", ["the daughter was not seen as a child at risk", "mental health services did not share the son's threats"])],
    [R("Recommendations include:", ["adult mental health services to consider the children in the household"])],
    "Domestic homicide, adult children, mental health."],
   T("", "domestic_homicide_review", "unknown", "other|unknown", "2012", "|15-year-old", "|15.00", "unknown|11_15", "*", "|emotional_abuse", risk="domestic_abuse", n="*", area="Lowbridge")),
 E("November 2013 - Lowbridge - Child RV", [
    "Child RV, a 14-year-old girl, displayed harmful sexual behaviour towards two younger children at her school in 2012. Child RV had herself been sexually abused by an uncle when she was 8.",
    [L("Issues identified include:", ["the earlier abuse was not linked to her behaviour", "the two schools did not share information"])],
    [R("Recommendations include:", ["a harmful sexual behaviour pathway for schools"])],
    "Harmful sexual behaviour, schools."],
   T("Child RV", "unknown", "unknown", "other|serious_harm", "2012", "14-year-old", "14.00", "11_15", "female", "other; sexual_abuse", area="Lowbridge")),
 E("October 2013 - Kestrel Vale - Baby LT", [
    "Death of a baby boy in 2012. Baby LT was 43 days old when he died after his father fell asleep with him on a sofa. The father had used cannabis that evening. The cause of death was unascertained.",
    [L("Issues identified include:", ["fathers did not receive safer sleep advice"])],
    [R("Recommendations include:", ["safer sleep advice to be given to both parents before discharge", "health visitors to ask about drug use by either parent"])],
    "Sudden infant death, co-sleeping, fathers."],
   T("Baby LT", "unknown", "unknown", "death", "2012", "43 days old", "0.12", "under_1", "male", "sudden_unexpected_infant_death", risk="co_sleeping; parental_substance_misuse", area="Kestrel Vale")),
 E("October 2013 - Kestrel Vale - Child PQ", [
    "Neglect of a boy aged 2 years and 1 month who was found in 2012 in a cold flat with little food. His mother had a learning disability and his father was in prison.",
    [L("Issues identified include:", ["the mother's learning disability was not assessed", "the health visitor did not see the child for seven months"])],
    [R("Recommendations include:", ["adult learning disability services to be part of child protection planning"])],
    "Neglect, parents with learning disabilities."],
   T("Child PQ", "unknown", "unknown", "serious_harm", "2012", "aged 2 years and 1 month|2 years and 1 month", "2.08", "1_5", "male", "neglect", risk="parental_learning_disability; parental_criminality|parental_learning_disability", area="Kestrel Vale")),
 E("September 2013 - Northam - Family B", [
    "Sexual abuse of three children, two girls and a boy aged between 6 and 12, by their mother's partner over four years. He was sentenced to 16 years imprisonment in 2013.",
    [L("Issues identified include:", ["the partner's previous convictions were not checked", "the children's sexualised behaviour was not explored"])],
    [R("Recommendations include:", ["checks on new partners in families known to children's social care"])],
    "Sexual abuse, mothers' partners."],
   T("Family B", "unknown", "unknown", "serious_harm", "", "*", "*", "*", "mixed", "sexual_abuse", n="3", area="Northam")),
])

# --- 2014 yearly list: "Month YYYY – Area - Name" (a separator missing: "December 2014Quayside"),
# Background: / Learning: / Model: / Keywords: lines, "Read the overview report".
FILES["sb-yearly-2014-background.txt"] = dict(pubyear="2014", preamble=[
    "Case reviews published in 2014", "",
    "A chronological list of the executive summaries or full overview reports of serious case reviews, significant case reviews or multi-agency child practice reviews published in 2014. (Invented for testing.)", ""],
    entries=[
 E("December 2014 – Saltmarsh - Child BW", [
    "Death of a 16-year-old in 2013, from complications of type 1 diabetes.",
    "Background: Child BW missed many diabetes clinic appointments and her insulin was often not collected from the pharmacy. Child BW's mother had depression and her father worked away. Child BW was subject to a child in need plan.",
    [L("Learning:", ["clinics should treat repeated missed appointments by a teenager as a safeguarding concern", "the views of young people about their own condition should be sought"])],
    "Model: review was undertaken using the Significant Incident Learning Process (SILP).",
    "Keywords: children with diabetes, health services"],
   T("Child BW", "unknown", "overview", "death", "2013", "16-year-old", "16.00", "16_17", "female", "neglect|other; neglect", risk="parental_mental_health", ctx="child_in_need_plan", area="Saltmarsh"), link="Read the overview report"),
 E("December 2014Quayside - Child HL", [
    "Serious sexual abuse of a 6-year-old girl.",
    "Background: Child HL's uncle pleaded guilty to the rape of a child under 13 and was sentenced in 2014. Child HL's family had been known to children's social care because of domestic abuse between her parents.",
    [L("Learning:", ["risks from relatives who are known sex offenders must be shared with the family", "the child was not spoken to alone"])],
    "Keywords: intrafamilial sexual abuse, domestic abuse"],
   T("Child HL", "unknown", "overview", "serious_harm", "", "6-year-old", "6.00", "6_10", "female", "sexual_abuse", risk="domestic_abuse", area="Quayside"), link="Read the overview report"),
 E("November 2014 – Brindle - Child MJ", [
    "Death of a 9-year-old boy in a road traffic collision in 2013. Child MJ was a passenger in a car driven by his father, who had been drinking.",
    "Background: Child MJ lived with his father after his parents separated. His father had convictions for drink driving and there had been reports of violence between the parents.",
    [L("Learning:", ["previous convictions for drink driving were not considered in contact arrangements"])],
    "Keywords: road traffic accidents, alcohol misuse, fathers"],
   T("Child MJ", "unknown", "overview", "death", "2013", "9-year-old", "9.00", "6_10", "male", "other; neglect|other", risk="parental_alcohol_misuse; domestic_abuse|parental_alcohol_misuse; domestic_abuse; parental_criminality", area="Brindle"), link="Read the overview report"),
 E("November 2014 – Brindle - Child KO", [
    "Child KO, a 15-year-old boy, died in 2013 from a stab wound received in a fight between groups of young people in the town centre. A 17-year-old was convicted of manslaughter.",
    "Background: Child KO had been looked after by the local authority from the age of 12 and lived in a children's home. He had been excluded from two schools.",
    [L("Learning:", ["young people in children's homes need a trusted adult", "information about tension between groups was not shared with care staff"])],
    "Model: uses the Significant Incident Learning Process (SILP) model.",
    "Keywords: knife crime, looked after children, youth violence"],
   T("Child KO", "unknown", "overview", "death", "2013", "15-year-old", "15.00", "11_15", "male", "extra_familial_harm", ctx="looked_after; not_in_school", area="Brindle"), link="Read the overview report"),
 E("October 2014 – Westcombe - Baby AZ", [
    "Non-accidental injuries to a baby girl in 2013, when she was 12 weeks of age. A pre-birth assessment had identified risks to the unborn baby from her father's violence.",
    "Background: Baby AZ's father had convictions for assault against a former partner. Baby AZ's mother was 17 and had been a looked after child.",
    [L("Learning:", ["pre-birth assessments must be reviewed after the birth", "information about fathers from other areas was not obtained"])],
    "Keywords: non-accidental injuries, young mothers, pre-birth assessment"],
   T("Baby AZ", "unknown", "overview", "serious_harm", "2013", "12 weeks of age", "0.23", "under_1", "female", "physical_abuse", risk="domestic_abuse|domestic_abuse; parental_criminality|parental_criminality", area="Westcombe"), link="Read the overview report"),
 E("October 2014 – Westcombe - Young Person T", [
    "Suicide of a 17-year-old young man in 2013. Young Person T had a history of self-harm and had been bullied online. His mother had made a suicide attempt the year before.",
    "Background: Young Person T had autism and an education, health and care plan. He had stopped attending college.",
    [L("Learning:", ["mental health services for young people with autism need specialist skills", "online bullying was not reported to the college"])],
    "Keywords: suicide, autism, cyberbullying"],
   T("Young Person T", "unknown", "overview", "death", "2013", "17-year-old", "17.00", "16_17", "male", "self_harm_suicide; online_harm|self_harm_suicide", risk="parental_mental_health|", ctx="ehcp; disabled|ehcp; disabled; not_in_school|ehcp|ehcp; not_in_school", area="Westcombe"), link="Read the overview report"),
 E("September 2014 – Ashgrove - Child GE", [
    "Physical abuse of a 7-year-old boy by his stepfather in 2014. Child GE told a teacher that his stepfather had hit him with a belt; he had bruises on his back.",
    "Background: the family had moved from Poland in 2012. Child GE's mother did not speak English and an interpreter was rarely used.",
    [L("Learning:", ["interpreters must be used for every assessment", "the child's account should be recorded in his own words"])],
    "Keywords: physical abuse, interpreters, Eastern European families"],
   T("Child GE", "unknown", "overview", "serious_harm", "2014", "7-year-old", "7.00", "6_10", "male", "physical_abuse", eth="*", area="Ashgrove"), link="Read the overview report"),
 E("September 2014 – Ashgrove - Children R, S and T", [
    "Emotional abuse and neglect of three siblings aged 3, 5 and 8 over several years. Both parents misused alcohol and there was domestic abuse in the home.",
    [L("Learning:", ["the cumulative effect of neglect was lost in a focus on single incidents"])],
    "Keywords: neglect, parental alcohol misuse, domestic abuse"],
   T("Children R, S and T", "unknown", "overview", "serious_harm", "", "*", "*", "*", "not_stated", "emotional_abuse; neglect", risk="parental_alcohol_misuse; domestic_abuse", n="3", area="Ashgrove"), link="Read the overview report"),
])

# --- 2017 yearly list: "2017 – Anonymous - Name", "Key issues: include:", "Recommendations: include:",
# summaries about several people (a mother's suicide attempt, a child who harmed others, a perpetrator's verdict).
FILES["sc-yearly-2017-key-issues.txt"] = dict(pubyear="2017", preamble=[
    "Case reviews published in 2017", "",
    "A chronological list of the executive summaries or full overview reports published in 2017. (Invented for testing.)", ""],
    entries=[
 E("2017 – Anonymous - Child DF", [
    "Life-threatening overdose of prescribed medication given to a 4-year-old boy by his mother in 2015, followed by the mother's own suicide attempt. Child DF became subject to a child protection plan.",
    "Background: maternal history of depression, self-harm and an eating disorder. No earlier concerns about the care of the child.",
    [L("Key issues: include:", ["mental health assessments of the mother did not ask about thoughts of harming her child", "the GP and health visitor did not share information"])],
    [R("Recommendations: include:", ["adult mental health services to ask every parent about thoughts of harming their children"])],
    "Keywords: parents with mental health problems, poisoning"],
   T("Child DF", "unknown", "overview", "serious_harm", "2015", "4-year-old", "4.00", "1_5", "male", "poisoning_ingestion", risk="parental_mental_health", ctx="child_protection_plan"), link="Read the overview report"),
 E("2017 - Anonymous - Child JK and Family", [
    "Harmful sexual behaviour and death of a 16-year-old boy in 2015 from stab wounds.",
    "Background: Child JK was assessed as a child in need in 2012. He had been involved in offences with older young people, including the sexual assault of a 13-year-old girl.",
    [L("Key issues: include:", ["young people who harm others sexually need help to understand the effects of their actions", "agencies did not work with the boy's father"])],
    [R("Recommendations: include:", ["a harmful sexual behaviour service for adolescents"])],
    "Keywords: harmful sexual behaviour, knife crime"],
   T("Child JK", "unknown", "overview", "death", "2015", "16-year-old", "16.00", "16_17", "male", "other; extra_familial_harm", ctx="child_in_need_plan|"), link="Read the overview report"),
 E("2017 – Sandford - Child LW", [
    "Death of a 15-month-old girl in 2016 after ingesting her father's methadone. Her father was later convicted of manslaughter.",
    [L("Key issues: include:", ["the safe storage of methadone was not checked", "the father's drug use was not shared with the health visitor"])],
    [R("Recommendations: include:", ["substance misuse services to check safe storage on home visits"])],
    "Keywords: methadone, poisoning, substance misuse"],
   T("Child LW", "unknown", "overview", "death", "2016", "15-month-old", "1.25", "1_5", "female", "poisoning_ingestion|poisoning_ingestion; neglect", risk="parental_substance_misuse", area="Sandford"), link="Read the overview report"),
 E("2017 – Anonymous - Child PM", [
    "Suicide of a 14-year-old girl in 2016. Child PM's older brother had been violent towards her mother, and her mother had made several attempts on her own life.",
    [L("Key issues: include:", ["professionals did not ask Child PM about life at home", "the school did not know about the violence at home"])],
    [R("Recommendations: include:", ["schools to be told of domestic abuse incidents the next morning"])],
    "Keywords: suicide, domestic abuse, young carers"],
   T("Child PM", "unknown", "overview", "death", "2016", "14-year-old", "14.00", "11_15", "female", "self_harm_suicide", risk="domestic_abuse; parental_mental_health|parental_mental_health|domestic_abuse"), link="Read the overview report"),
 E("2017 – Anonymous - Baby OM", [
    "Death of a 5-month-old boy in 2015 from a skull fracture and bleeding on the brain. His mother's partner was convicted of murder.",
    "Background: Baby OM's mother had been placed in care as a child. She had two older children who lived with their grandmother.",
    [L("Key issues: include:", ["the mother's partner was not assessed", "early bruising was explained by the mother and accepted"])],
    [R("Recommendations: include:", ["assess every adult who lives in a household with a new baby"])],
    "Keywords: head injuries, mothers' partners"],
   T("Baby OM", "unknown", "overview", "death", "2015", "5-month-old", "0.42", "under_1", "male", "physical_abuse; non_accidental_head_injury"), link="Read the overview report"),
 E("2017 – Anonymous - Child RX", [
    "Serious harm to a 13-year-old girl who was sexually exploited by a group of adult men between 2014 and 2016. Child RX went missing from home many times and was excluded from school.",
    [L("Key issues: include:", ["missing episodes were not seen as a sign of exploitation", "the girl was described as making choices"])],
    [R("Recommendations: include:", ["a multi-agency exploitation panel to review all children who go missing often"])],
    "Keywords: child sexual exploitation, missing children"],
   T("Child RX", "unknown", "overview", "serious_harm", "2014|", "13-year-old", "13.00", "11_15", "female", "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse", ctx="not_in_school"), link="Read the overview report"),
 E("2017 – Anonymous - Child ST", [
    "Death of a 17-year-old boy in 2016 who was hit by a train. Child ST had been missing from a residential placement for three days. The coroner recorded an open verdict.",
    [L("Key issues: include:", ["placements far from home increased the risk of going missing"])],
    [R("Recommendations: include:", ["review the use of out-of-area placements"])],
    "Keywords: looked after children, missing children"],
   T("Child ST", "unknown", "overview", "death", "2016", "17-year-old", "17.00", "16_17", "male", "other|", ctx="looked_after"), link="Read the overview report"),
])

NAV = ["<header><a href=\"#main\">Skip to content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Safeguarding and child protection</a></li><li><a href=\"#\">Case reviews</a></li><li><a href=\"#\">Training</a></li></ul></nav>",
       "<nav aria-label=\"breadcrumb\"><ol><li><a href=\"#\">Home</a></li><li><a href=\"#\">Case reviews</a></li><li>Recently published case reviews</li></ol></nav></header>"]
FOOT = ["<footer><p>Cookie settings</p><p>Privacy notice</p></footer>"]

# --- "Recently published case reviews" 2019-2024: an adult's "DHR" and a "SAR" (review types, no names),
# bare "includes:", Model / Keywords lines, "> Read the overview report".
FILES["sd-recent-2019-2024.html"] = dict(page_title="Recently published case reviews", html_preamble=NAV, html_footer=FOOT,
    h1="Recently published case reviews",
    intro_html=["A list of the full overview reports and executive summaries added to the collection. Invented for testing: no real child, family or place."],
    entries=[
 E("2024 - Anonymous - DHR", [
    "Murder of a female adult victim by her husband in 2021. Their two children, aged 9 and 12, were staying with their grandparents at the time. The husband had previously been reported to police for controlling behaviour.",
    [L("Learning includes:", ["the children were not considered when police attended earlier incidents", "coercive control was not recognised by the GP"])],
    [R("Recommendations include:", ["train primary care staff on coercive control"])],
    "Keywords: domestic homicide, coercive control, children in violent families"],
   T("", "domestic_homicide_review", "overview", "other|unknown", "2021", "*", "*", "*", "*", "|emotional_abuse", risk="domestic_abuse", n="*", publication_year="2024"), link="> Read the overview report"),
 E("2023 – Eastport – SAR", [
    "Combined safeguarding adults review and child safeguarding practice review. Death of an 18-year-old woman in 2021 from an overdose of prescribed medication. She had been a looked after child from the age of 11 and left care at 18.",
    [L("Learning includes:", ["transition from children's to adult services began too late", "the young woman's own views were not recorded"])],
    [R("Recommendations include:", ["start planning for adult services at 16 for young people in care"])]],
   T("", "other|child_safeguarding_practice_review", "overview", "death", "2021", "18-year-old", "18.00", "18_plus", "female", "self_harm_suicide|poisoning_ingestion|self_harm_suicide; poisoning_ingestion", ctx="looked_after|", area="Eastport", publication_year="2023"), link="> Read the overview report"),
 E("2022 – Anonymous – Babies with fractures", [
    "Three cases of rib and limb fractures in babies aged 8 to 14 weeks. In each case the baby was in the care of the father when the injury happened.",
    [L("includes:", ["fathers should be included in all antenatal and postnatal contacts", "a fracture in a non-mobile baby must always be referred", "practitioners need support to challenge explanations from parents"])],
    [R("Recommendations include:", ["audit the use of the non-mobile baby protocol", "develop a programme for new fathers about coping with crying"])]],
   T("", "unknown", "overview", "serious_harm", "", "*", "*", "*", "not_stated", "physical_abuse", n="3", thematic="true", publication_year="2022"), link="> Read the overview report"),
 E("2021 – Anonymous – Leo", [
    "Serious injuries to a 6-year-old boy who was pushed down the stairs by his mother's boyfriend in 2019. Leo had been on a child protection plan for neglect which had ended six months earlier.",
    [L("Learning:", ["plans were closed before change was sustained", "the boyfriend was not known to agencies"])],
    [R("Recommendations:", ["review step-down arrangements from child protection plans"])],
    "Model: uses a systems approach.",
    "Keywords: physical abuse, step-down, mothers' partners."],
   T("Leo", "unknown", "overview", "serious_harm", "2019", "6-year-old", "6.00", "6_10", "male", "physical_abuse|physical_abuse; neglect", ctx="child_protection_plan|", publication_year="2021"), link="> Read the overview report"),
 E("2020 – Anonymous – Child CK", [
    "Serious injury to Child CK, a boy aged 12;11 at the time, who was assaulted by a group of older teenagers in a park in 2019. Child CK had been reported missing several times and was suspected of carrying drugs for older boys.",
    [L("Learning:", ["contextual safeguarding was not used", "the boy's mother asked for help and was not given it"])],
    [R("Recommendations:", ["introduce a contextual safeguarding approach to risks outside the home"])],
    "Keywords: child criminal exploitation, missing children."],
   T("Child CK", "unknown", "overview", "serious_harm", "2019", "12;11|aged 12;11", "12.92", "11_15", "male", "extra_familial_harm; child_criminal_exploitation|extra_familial_harm; child_criminal_exploitation; physical_abuse|extra_familial_harm|extra_familial_harm; physical_abuse", publication_year="2020"), link="> Read the overview report"),
 E("2023 – Anonymous – Child EL", [
    "Death of a 10-year-old girl with cerebral palsy in 2021 from pneumonia. Child EL had missed many health appointments and was often absent from school. Child EL was not known to children's social care.",
    [L("Learning includes:", ["disabled children's missed appointments must be followed up", "the voice of children who do not use speech needs to be sought"])],
    [R("Recommendations include:", ["a was-not-brought policy for disabled children"])]],
   T("Child EL", "unknown", "overview", "death", "2021", "10-year-old", "10.00", "6_10", "female", "neglect|neglect; other|other", ctx="disabled; not_in_school|disabled", publication_year="2023"), link="> Read the overview report"),
 E("2019 – Anonymous – Olivia", [
    "Sexual abuse of a 15-year-old girl by her foster carer's adult son between 2016 and 2018. Olivia was a looked after child and had been in the foster placement for four years.",
    [L("Learning:", ["checks on adult household members of foster carers were not renewed", "Olivia's change in behaviour was put down to adolescence"])],
    [R("Recommendations:", ["renew checks on all adults in foster households every year"])],
    "Keywords: foster care, sexual abuse, looked after children."],
   T("Olivia", "unknown", "overview", "serious_harm", "2016|", "15-year-old", "15.00", "11_15", "female", "sexual_abuse", ctx="looked_after; foster_care", publication_year="2019"), link="> Read the overview report"),
 E("2022 – Anonymous – Child MN", [
    "Non-fatal strangulation of a 16-year-old girl by her 19-year-old boyfriend in 2021. Child MN was pregnant at the time.",
    [L("Learning includes:", ["teenage relationship abuse is not always seen as domestic abuse", "midwives did not ask about the boyfriend"])],
    [R("Recommendations include:", ["include teenage relationship abuse in domestic abuse training"])]],
   T("Child MN", "unknown", "overview", "serious_harm", "2021", "16-year-old", "16.00", "16_17", "female", "physical_abuse|physical_abuse; extra_familial_harm", risk="|domestic_abuse", publication_year="2022"), link="> Read the overview report"),
])

# --- "Case reviews update" 2025: "Skip to content.", several-person summaries, "Recommendations to the
# partnership include:", a SAR with a young adult's name.
FILES["se-update-2025.html"] = dict(page_title="Case reviews update", html_preamble=["<p>Skip to content.</p>"] + NAV[1:], html_footer=FOOT,
    h1="Case reviews update", month="*",
    intro_html=["New in the collection. This update highlights case reviews recently added to the collection. Invented for testing: no real child, family or place."],
    entries=[
 E("2025 – Anonymous – Baby FJ", [
    "Death of a baby girl in October 2023. Baby FJ, aged 6 weeks, was found unresponsive in her parents' bed after her father had been drinking. The family had been supported by early help before the birth.",
    [L("Learning includes:", ["safer sleep conversations need to include alcohol use", "early help closure did not consider the new baby"])],
    [R("Recommendations to the partnership include:", ["review safer sleep guidance with substance misuse services", "ensure early help plans are reviewed when a baby is born"])]],
   T("Baby FJ", "unknown", "overview", "death", "2023", "aged 6 weeks|6 weeks", "0.12", "under_1", "female", "sudden_unexpected_infant_death", risk="co_sleeping; parental_alcohol_misuse", publication_year="2025"), link="Read the overview report"),
 E("2025 – Ridgeway – SAR: Jordan", [
    "Death of Jordan, a 19-year-old man, in 2023 from a drug overdose. Jordan had been criminally exploited from the age of 14 and had an education, health and care plan for a learning disability.",
    [L("Learning includes:", ["exploitation risks did not end at 18", "adult services did not receive the history"])],
    [R("Recommendations include:", ["extend exploitation panels to young adults up to 25"])]],
   T("Jordan", "other", "overview", "death", "2023", "19-year-old", "19.00", "18_plus", "male", "poisoning_ingestion; child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; self_harm_suicide|child_criminal_exploitation; extra_familial_harm; poisoning_ingestion; self_harm_suicide", ctx="ehcp; disabled|ehcp", area="Ridgeway", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Child GH", [
    "Child GH, aged 15, was seriously injured in 2024 when the car he was travelling in, driven by an older friend, crashed during a police pursuit. Child GH had been excluded from school and was on a child in need plan.",
    [L("Learning includes:", ["alternative provision did not share attendance concerns", "the family's request for help was not acted upon"])],
    [R("Recommendations include:", ["share attendance information daily between alternative provision and schools"])]],
   T("Child GH", "unknown", "overview", "serious_harm", "2024", "aged 15", "15.00", "11_15", "male", "other", ctx="not_in_school; child_in_need_plan", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Baby KT", [
    "Serious injury to a 3-month-old baby boy in 2024. Professionals had raised concerns during pregnancy that the unborn baby was at risk from his father. Baby KT had bruising to his face and a fractured arm.",
    [L("Learning includes:", ["pre-birth concerns were not passed to the health visitor", "bruising was explained as accidental"])],
    [R("Recommendations include:", ["pre-birth concerns to be shared at the first health visitor contact"])]],
   T("Baby KT", "unknown", "overview", "serious_harm", "2024", "3-month-old", "0.25", "under_1", "male", "physical_abuse", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Child LU", [
    "Child LU, a 12-year-old boy, sexually assaulted a younger child at a holiday club in 2023. Child LU had witnessed domestic abuse at home and had been known to children's social care since he was 5.",
    [L("Learning includes:", ["the impact of domestic abuse on the boy was not assessed", "the holiday club had no safeguarding training"])],
    [R("Recommendations include:", ["safeguarding training for holiday and activity clubs"])]],
   T("Child LU", "unknown", "overview", "other", "2023", "12-year-old", "12.00", "11_15", "male", "other|", risk="domestic_abuse", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Child MO", [
    "Death of a 17-year-old girl in 2024 from an eating disorder. Child MO had been admitted to hospital four times. Her parents had not always allowed professionals to see her.",
    [L("Learning includes:", ["eating disorders in teenagers can be life threatening", "parental refusal of access was not escalated"])],
    [R("Recommendations include:", ["escalate when parents refuse access to a child with a serious illness"])]],
   T("Child MO", "unknown", "overview", "death", "2024", "17-year-old", "17.00", "16_17", "female", "other|neglect|other; neglect|", publication_year="2025"), link="Read the overview report"),
 E("2025 - Kingsmere - Jayden", [
    "Death of a 16-year-old boy in March 2024. Jayden was stabbed by another young person near his school. Jayden had been known to the youth justice service since he was 13-years-old.",
    [L("Learning themes include:", ["the impact of racism on young black boys", "the voice of the child", "transition between schools"])],
    [R("Recommendations include:", ["train staff in anti-racist practice", "share youth justice information with schools"])]],
   T("Jayden", "unknown", "overview", "death", "2024", "16-year-old", "16.00", "16_17", "male", "extra_familial_harm", area="Kingsmere", publication_year="2025"), link="Read the overview report"),
])

# --- A partnership's monthly repository e-mail (2021): numbered "Type: Name (document)" headings,
# "Ethnicity and nationality not stated.", "Other resources Read ..." links.
FILES["sf-monthly-2021.txt"] = dict(pubyear="2021|", month="2021-05", preamble=[
    "NSPCC Repository – May 2021",
    "In May 2021 five case reviews were published to the NSPCC Repository. A summary of each of these cases can be found below (invented for testing):", ""],
    entries=[
 E("1. Serious case review: Child QZ (executive summary)", [
    "Death of a 13-month-old child in March 2019. Child QZ was found face down in a cot full of clothes and toys. Parents were arrested but no charges were brought. Both parents had a history of drug misuse and depression. Ethnicity and nationality not stated.",
    [L("Learning includes:", ["safer sleep advice should continue after the first year", "families who move often may need early help"])],
    [R("Recommendations include:", ["keep safer sleep for toddlers a focus of multi-agency work", "assess young fathers who care for children"])]],
   T("Child QZ", "serious_case_review", "executive_summary", "death", "2019", "13-month-old", "1.08", "1_5", "not_stated", "*", risk="parental_substance_misuse; parental_mental_health"), link="Other resources Read executive summary"),
 E("2. Child safeguarding practice review: Baby RA", [
    "Serious injuries to a 4-month-old baby girl in 2020, including a fractured skull. Baby RA's father was a care leaver who had been looked after from the age of 9. Baby RA's mother was 19 and lived with her own mother.",
    [L("Learning includes:", ["young fathers who were in care need support as parents", "grandparents' views were not sought"])],
    [R("Recommendations include:", ["leaving care services to offer parenting support to care leavers who become fathers"])]],
   T("Baby RA", "child_safeguarding_practice_review", "practice_review", "serious_harm", "2020", "4-month-old", "0.33", "under_1", "female", "physical_abuse; non_accidental_head_injury"), link="Other resources Read practice review"),
 E("3. Learning review: Children SB and SC", [
    "Neglect of two brothers, aged 6 and 9, between 2017 and 2020. The boys were often hungry at school and the home had no heating. Their father was a heavy drinker.",
    [L("Learning includes:", ["hunger at school was not shared with children's social care", "the father's drinking was not assessed"])],
    "The review makes no recommendations."],
   T("Children SB and SC", "learning_review", "unknown", "serious_harm", "2017|", "*", "*", "*", "male", "neglect", risk="parental_alcohol_misuse", n="2", norec="true"), link="Other resources Read learning review"),
 E("4. Serious case review: Sophie (overview report)", [
    "Child sexual exploitation of a 15-year-old girl in 2018. Sophie was groomed through social media and sexually exploited by several men. She was placed in secure accommodation in 2019.",
    [L("Learning includes:", ["online grooming was not recognised by her school", "secure accommodation was used without a plan for her return home"])],
    [R("Recommendations include:", ["online safety training for parents of teenagers"])]],
   T("Sophie", "serious_case_review", "overview", "serious_harm", "2018", "15-year-old", "15.00", "11_15", "female", "child_sexual_exploitation; online_harm|child_sexual_exploitation; online_harm; extra_familial_harm|child_sexual_exploitation; online_harm; sexual_abuse", ctx="looked_after|"), link="Other resources Read overview report"),
 E("5. DHR: Mrs E (executive summary)", [
    "Death of a 52-year-old woman, Mrs E, who was killed by her 23-year-old son in 2019. Mrs E's 14-year-old grandson lived with them and had been exposed to years of violence.",
    [L("Learning includes:", ["the grandson was not seen as a child living with domestic abuse"])],
    [R("Recommendations include:", ["include grandchildren in domestic abuse risk assessments"])]],
   T("", "domestic_homicide_review", "executive_summary", "other|unknown", "2019", "*", "*", "*", "*", "|emotional_abuse", risk="domestic_abuse", n="*"), link="Other resources Read executive summary"),
])


# --- A partnership's 7-minute briefing page about one review: skip link, menus, breadcrumbs, numbered
# sections; the lessons are learning items, not entries.
def _seven_minute_page(f):
    e = f["entries"][0]
    ol = lambda xs: "<ol>" + "".join("<li>" + x + "</li>" for x in xs) + "</ol>"
    return "\n".join([
        "<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Child W | 7 Minute Briefings | Children's Safeguarding Partnership</title></head><body>",
        "<p><a href=\"#main\">Skip to content</a></p>",
        "<ul class=\"menu\"><li><a href=\"#\">Home</a></li><li><a href=\"#\">Children</a></li><li><a href=\"#\">Adults</a></li><li><a href=\"#\">Training and learning</a></li><li><a href=\"#\">Reviews</a></li></ul>",
        "<p class=\"breadcrumbs\"><a href=\"#\">Home</a> / <a href=\"#\">Training and learning</a> / <a href=\"#\">7 Minute Briefings</a> / Child W</p>",
        "<main id=\"main\">",
        "<h1>" + e["heading"] + "</h1>",
        "<p>Published: January 2024. Invented for testing: no real child, family or place.</p>",
        "<h2>1. Background</h2>", "<p>" + e["summary"] + "</p>",
        "<h2>2. Why it matters</h2>", "<p>Suicide is one of the leading causes of death of young people. Many young people who take their own life were known to services.</p>",
        "<h2>3. Learning</h2>", ol(e["lessons"]),
        "<h2>4. What needs to change</h2>", ol(e["numbered_recs"]),
        "<h2>5. Questions for reflection</h2>", ol(["Do you ask young people directly about suicidal thoughts?", "Who do you tell when a young person is waiting for help?"]),
        "<h2>6. Resources</h2>", "<p>The partnership's self-harm pathway and local support services.</p>",
        "<h2>7. Contact</h2>", "<p>Please send feedback to the partnership team.</p>",
        "</main>", "<footer><p>Accessibility</p><p>Cookies</p></footer>", "</body></html>", ""])


FILES["sg-7mb-child-w.html"] = dict(template=_seven_minute_page, pubyear="2024", entries=[
 E("7 Minute Briefing: Child W (Local Child Safeguarding Practice Review)", [],
   T("Child W", "child_safeguarding_practice_review", "briefing", "death", "2022", "14 year old", "14.00", "11_15", "female", "self_harm_suicide", risk="|parental_mental_health", good_practice_count="*"),
   summary="In June 2022 Child W, a 14 year old girl, took her own life. She had been self-harming for a year and was waiting for an assessment by the child and adolescent mental health service. Her father had died by suicide when she was 9.",
   lessons=["young people on waiting lists need a named worker", "bereavement by suicide raises the risk for young people", "school staff did not know about the self-harm"],
   numbered_recs=["every young person waiting for mental health support to have a safety plan", "schools to be told when a pupil is referred for self-harm"]),
])


def _learning_briefing_text(f):
    e = f["entries"][0]
    return "\n".join([
        "Skip to content", "Home   Children   Adults   Learning   Contact us", "You are here: Home > Learning > Case reviews > Family C", "",
        e["heading"], "",
        "What happened", "",
        e["summary"], "",
        "Key learning points", ""] + ["%d. %s" % (i, x) for i, x in enumerate(e["lessons"], 1)] + ["",
        "What we will do", ""] + ["- " + x for x in e["numbered_recs"]] + ["",
        "This briefing is invented for testing: no real child, family or place.", ""])


FILES["sh-learning-briefing-family-c.txt"] = dict(template=_learning_briefing_text, pubyear="", entries=[
 E("Learning briefing: Family C – Child safeguarding practice review", [],
   T("Family C", "child_safeguarding_practice_review", "briefing", "serious_harm", "2022", "*", "*", "*", "*", "neglect", n="4"),
   summary="Family C were four children aged between 18 months and 11 years who lived with their mother and her partner. In 2022 the youngest child was admitted to hospital weighing far less than expected for her age, and all four children were found to be severely neglected. The older children had often been absent from school.",
   lessons=["weight checks of young children must be followed up when they are missed", "school absence of siblings should be looked at together", "the mother's partner was not included in assessments", "professionals were too optimistic about small improvements"],
   numbered_recs=["share school attendance of all siblings at child in need meetings", "include every adult in the household in assessments"]),
])
