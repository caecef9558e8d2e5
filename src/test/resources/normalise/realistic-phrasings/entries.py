# Entries of the "realistic phrasings" set: invented (names, places, events, sentences), phrased the
# way real published summaries of the years named are phrased. Truth written with each entry.
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


def G(label, items, style="semi"):
    return ("G", label, items, style)


FILES = {}

# --- 2012 yearly list: year glued to the area, unlabelled "Makes recommendations ..." sentences,
# unlabelled keyword lines, no links.
FILES["ra-yearly-2012-plain.txt"] = dict(pubyear="2012", preamble=[
    "Case reviews published in 2012", "",
    "A chronological list of the executive summaries or overview reports of serious case reviews published in 2012. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2012Brackmoor – Child J", [
    "Serious injury of a baby (age not given) in 2008. Repeated concerns from medical staff and many visits by Child J and his two older brothers to the GP and the emergency department over three years. Child J and his brothers became subject to care proceedings after the incident.",
    [R("Makes recommendations that", ["a skeletal survey is offered for the siblings of any baby with an unexplained injury"], "one")],
    "Non-accidental injuries, physical abuse, hospital attendances."],
   T("Child J", "unknown", "unknown", "serious_harm", "2008", "", "", "under_1|unknown", "male", "physical_abuse", area="Brackmoor")),
 E("2012Brackmoor – Child K", [
    "Death of a 16-year-old boy in May 2010, by hanging. K was not known to children's services or the youth justice service and had no known problems with drugs or alcohol.",
    [R("Makes recommendations for", ["guidance to help school staff respond to pupils who self-harm or talk about suicide"], "one")],
    "Suicide, self-harm, schools."],
   T("Child K", "unknown", "unknown", "death", "2010", "16-year-old", "16.00", "16_17", "male", "self_harm_suicide", area="Brackmoor")),
 E("2012 Tollbridge – Child L", [
    "Death of a 15-year-old boy in 2010 from a heroin overdose. History of offending, exclusion from school, drug and alcohol use and a difficult relationship with his father; Child L was known to local services when he died.",
    [R("Recommendations are made for", ["multi-agency guidance on working with young people who misuse drugs and refuse help"], "one")],
    "Drugs and alcohol, young offenders, risk assessment."],
   T("Child L", "unknown", "unknown", "death", "2010", "15-year-old", "15.00", "11_15", "male", "poisoning_ingestion|poisoning_ingestion; self_harm_suicide", ctx="not_in_school|", area="Tollbridge")),
 E("2012Westerby – Children M and N", [
    "Deaths of a 3-year-old girl and her 1-year-old brother in a house fire in 2010. The children had been left alone at night while their mother was out.",
    [R("Makes recommendations that", ["home fire safety checks are part of health visitor contacts with families with young children", "agencies share concerns when young children are left unsupervised"])],
    "Neglect, fire safety, supervision."],
   T("Children M and N", "unknown", "unknown", "death", "2010", "*", "*", "*", "mixed", "neglect", n="2", area="Westerby")),
 E("2012Kelmscote – Child O", [
    "Sexual abuse of a 13-year-old girl by her stepfather over several years. The stepfather was sentenced to 12 years imprisonment in 2011.",
    [R("Makes recommendations for", ["training of school staff to recognise the signs of sexual abuse and to act on a partial disclosure"], "one")],
    "Sexual abuse, stepfathers, disclosure."],
   T("Child O", "unknown", "unknown", "serious_harm", "", "13-year-old", "13.00", "11_15", "female", "sexual_abuse", area="Kelmscote")),
 E("2012Kelmscote – Child P", [
    "Serious injury of a 7-week-old boy in 2011: a fractured skull and bleeding on the brain. His father was convicted of causing grievous bodily harm. His mother, aged 19, had been placed in care as a child and had a history of self-harm.",
    [R("Makes recommendations that", ["maternity and health visiting services ask about the history of both parents, including fathers"], "one")],
    "Head injuries, young parents, care leavers."],
   T("Child P", "unknown", "unknown", "serious_harm", "2011", "7-week-old", "0.13", "under_1", "male", "physical_abuse; non_accidental_head_injury", risk="parental_mental_health|", area="Kelmscote")),
 E("2012Ardley – Child Q", [
    "Death of a 4-month-old girl in 2010 while sharing a bed with her mother, who had been drinking alcohol. The cause of death was unascertained.",
    [R("Makes recommendations for", ["safe sleeping advice to be repeated at every health visitor contact"], "one")],
    "Sudden infant death, co-sleeping, alcohol."],
   T("Child Q", "unknown", "unknown", "death", "2010", "4-month-old", "0.33", "under_1", "female", "sudden_unexpected_infant_death", risk="co_sleeping; parental_alcohol_misuse", area="Ardley")),
 E("2012Ardley – Family R", [
    "Neglect of five children aged between 2 and 12 over a number of years. Home conditions were very poor and the children often missed school. The parents did not engage with services.",
    [R("Recommendations are made for", ["a neglect assessment tool to be used by all agencies", "attendance concerns to be shared with children's social care"])],
    "Neglect, school attendance, non-engagement."],
   T("Family R", "unknown", "unknown", "serious_harm", "", "*", "*", "*", "not_stated", "neglect", ctx="not_in_school|", n="5", area="Ardley")),
 E("2012Quenby – Child S", [
    "Sexual exploitation of a 14-year-old girl by a group of men in 2011. Child S had been placed in care at the age of 12 and frequently went missing from her placement.",
    [R("Makes recommendations for", ["a joint police and social care team for child sexual exploitation"], "one")],
    "Child sexual exploitation, looked after children, missing children."],
   T("Child S", "unknown", "unknown", "serious_harm", "2011", "14-year-old", "14.00", "11_15", "female", "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm", ctx="looked_after", area="Quenby")),
 E("2012Quenby – Child T", [
    "Death of a 17-year-old young man in 2011 who was stabbed in a fight between two groups of young people in a park. Another young man was convicted of manslaughter. Child T had been permanently excluded from school at 14.",
    [R("Makes recommendations that", ["schools and the youth offending service share information about young people at risk of violence"], "one")],
    "Youth violence, knife crime, school exclusion."],
   T("Child T", "unknown", "unknown", "death", "2011", "17-year-old", "17.00", "16_17", "male", "extra_familial_harm", ctx="not_in_school", area="Quenby")),

 E("2012Quenby – Child U", [
    "Serious harm to a 10-year-old girl from years of emotional abuse and neglect by her mother and stepfather. No single incident led to the review.",
    [R("Makes recommendations for", ["a review of how long-term neglect cases are escalated"], "one")],
    "Emotional abuse, neglect, escalation."],
   T("Child U", "unknown", "unknown", "serious_harm", "", "10-year-old", "10.00", "6_10", "female", "emotional_abuse; neglect", area="Quenby")),
])

# --- 2013 yearly list: "Month YYYY - Area - Name" headings, codes as names, "Issues identified include:",
# unlabelled keyword lines.
FILES["rb-yearly-2013-issues.txt"] = dict(pubyear="2013", crlf=True, preamble=[
    "Case reviews published in 2013", "",
    "A chronological list of the executive summaries or overview reports of serious case reviews published in 2013. Every entry is invented for testing.", ""],
    entries=[
 E("December 2013 - Fenmoor - KLM14", [
    "Death of a 2-year-old boy in April 2013 from cardiac arrest.",
    "KLM swallowed his father's methadone, which had been left in a cup. Toxicology found traces of other drugs in KLM's system. Mother and father were convicted of manslaughter and received custodial sentences. Father was a long-term heroin user on a methadone programme.",
    [L("Issues identified include:", ["too much reliance by universal health services on specialist services to tell them of child protection concerns", "little recognition of the threshold for referral to children's social care"])],
    [R("Recommendations include:", ["explore the use of hair strand testing for children whose parents use drugs", "prescribing services to check the safe storage of methadone at home"])],
    "Substance misuse, safe storage, unknown risks."],
   T("KLM14", "unknown", "unknown", "death", "2013", "2-year-old", "2.00", "1_5", "male", "poisoning_ingestion|poisoning_ingestion; neglect", risk="parental_substance_misuse", area="Fenmoor")),
 E("November 2013 - Castlegate - Family A", [
    "Neglect of four children aged 1 to 9 years in 2012. The family moved between three local authority areas in two years and the children were not registered with a GP.",
    [L("Issues identified include:", ["records did not follow the family when they moved", "the oldest child's poor school attendance was not linked to neglect"])],
    [R("Recommendations include:", ["a protocol for the transfer of cases between local authorities"], "one")],
    "Neglect, transient families."],
   T("Family A", "unknown", "unknown", "serious_harm", "2012", "*", "*", "*", "not_stated", "neglect", ctx="not_in_school|", n="4", area="Castlegate")),
 E("November 2013 - Eastholme - DHR", [
    "Domestic homicide review following the murder of a 34-year-old woman by her former partner in 2011. She had three children aged 4, 7 and 10, who were at home at the time. The former partner had a history of violence towards previous partners.",
    [L("Issues identified include:", ["risk assessments did not consider the children", "the MARAC referral was not followed up"])],
    [R("Recommendations include:", ["children's social care to be represented at every MARAC", "train GPs to ask about domestic abuse"])],
    "Domestic abuse, domestic homicide, MARAC."],
   T("", "domestic_homicide_review", "unknown", "other|unknown", "2011", "", "", "unknown", "not_stated", "|emotional_abuse", risk="domestic_abuse", n="*", area="Eastholme")),
 E("October 2013 - Millbrook - Child G2", [
    "Abduction of a 15-year-old girl in 2012 by her sports coach. Child G2 had been in a sexual relationship with the coach since shortly after her 15th birthday; he was convicted of abduction and sexual activity with a child.",
    [L("Issues identified include:", ["staff at the club did not act on rumours about the relationship", "the girl's parents' concerns were not taken seriously"])],
    [R("Recommendations include:", ["safer recruitment training for sports clubs", "clear routes for parents to raise concerns about adults in positions of trust"])],
    "Positions of trust, grooming, sexual abuse."],
   T("Child G2", "unknown", "unknown", "serious_harm", "2012", "15-year-old", "15.00", "11_15", "female", "sexual_abuse|sexual_abuse; child_sexual_exploitation", area="Millbrook")),
 E("September 2013 - Anonymous - Child H", [
    "Death of a baby boy, 43 days old, in January 2012 from head injuries. His father was convicted of manslaughter. The parents had been known to the police for domestic incidents.",
    [L("Issues identified include:", ["information about domestic incidents was not shared with the midwife"], "one")],
    [R("Recommendations include:", ["police to notify health visitors of domestic incidents in households with a baby"], "one")],
    "Head injuries, fathers, domestic abuse."],
   T("Child H", "unknown", "unknown", "death", "2012", "43 days old", "0.12", "under_1", "male", "physical_abuse; non_accidental_head_injury", risk="domestic_abuse")),
 E("September 2013 - Anonymous - Child J3", [
    "Harmful sexual behaviour of a 14-year-old boy towards his younger cousins in 2012. Child J3 had witnessed domestic violence between his parents for many years.",
    [L("Issues identified include:", ["early signs of harmful sexual behaviour at school were not recorded", "the impact of domestic violence on Child J3 was not assessed"])],
    [R("Recommendations include:", ["a multi-agency pathway for children who display harmful sexual behaviour"], "one")],
    "Harmful sexual behaviour, domestic violence."],
   T("Child J3", "unknown", "unknown", "other", "2012", "14-year-old", "14.00", "11_15", "male", "other", risk="domestic_abuse")),
 E("August 2013 - Whitcombe - Child K3", [
    "Serious injuries to a baby girl at 12 weeks of age in 2012. During the pregnancy there had been concerns about the risk to the unborn baby because of the mother's drug use.",
    [L("Issues identified include:", ["the pre-birth assessment was not completed before the birth", "the baby's father was not assessed"])],
    [R("Recommendations include:", ["pre-birth assessments to be completed by 28 weeks of pregnancy"], "one")],
    "Pre-birth assessment, substance misuse, non-accidental injury."],
   T("Child K3", "unknown", "unknown", "serious_harm", "2012", "12 weeks of age", "0.23", "under_1", "female", "physical_abuse", risk="parental_substance_misuse", area="Whitcombe")),
 E("July 2013 - Anonymous - Child L3", [
    "Death of a 17-year-old girl in 2012 by suicide. Her mother had a long history of depression, and violence by a former partner of the mother was known to the police.",
    [L("Issues identified include:", ["Child L3's own distress was not explored by her GP", "the college did not know about the family's history"])],
    [R("Recommendations include:", ["GPs to ask young people directly about thoughts of suicide"], "one")],
    "Suicide, young people, parental mental health."],
   T("Child L3", "unknown", "unknown", "death", "2012", "17-year-old", "17.00", "16_17", "female", "self_harm_suicide", risk="parental_mental_health; domestic_abuse")),
 E("June 2013 - Anonymous - Child M3", [
    "Serious physical injuries to a boy aged 2 years and 1 month in 2012, caused by his mother's partner. The partner had previous convictions for violence.",
    [L("Issues identified include:", ["checks were not made on the mother's new partner", "the nursery did not report a bruise"])],
    [R("Recommendations include:", ["a briefing for nurseries on recording and reporting injuries"], "one")],
    "Physical abuse, new partners."],
   T("Child M3", "unknown", "unknown", "serious_harm", "2012", "2 years and 1 month|aged 2 years and 1 month", "2.08", "1_5", "male", "physical_abuse", risk="|parental_criminality")),
 E("June 2013 - Anonymous - Child N3", [
    "Death of a girl aged 12;11 in 2012 following a severe asthma attack. Her parents had not taken her to several hospital appointments and her medication had not been collected.",
    [L("Issues identified include:", ["missed appointments were not followed up", "the school was not told about her asthma plan"])],
    [R("Recommendations include:", ["a 'was not brought' policy for children's hospital appointments"], "one")],
    "Medical neglect, missed appointments, asthma."],
   T("Child N3", "unknown", "unknown", "death", "2012", "12;11|aged 12;11", "12.92", "11_15", "female", "neglect|neglect; other")),
])

# --- 2016-2017 yearly lists: Background, Key issues in every shape (commas, "include", "include:", truncated),
# "Recommendations: include:", Keywords, a "There are no recommendations but ..." sentence.
FILES["rc-yearly-2016-2017-key-issues.txt"] = dict(pubyear="", preamble=[
    "Case reviews published in 2016 and 2017", "",
    "A chronological list of serious case reviews. Invented for testing: no real case is described.", ""],
    entries=[
 E("2016 – Anonymous – Child BZ", [
    "Death of a 3-year-old girl in 2015 from multiple injuries inflicted by her mother's new partner, who was convicted of murder and sentenced to life imprisonment.",
    "Background: family known to universal services only. A bruise to Child BZ's face was recorded by the nursery the week before her death.",
    [L("Key issues:", ["the impact of the mother's new relationship on the children's safety", "weak recording by the nursery after an injury", "reliance on the nursery's inspection rating"], "comma")],
    [R("Recommendations:", ["develop guidance for nursery providers on recording and reporting injuries", "raise public awareness of the risks to children when parents separate and start new relationships"])],
    "Keywords: partner relations, family violence, nurseries."],
   T("Child BZ", "unknown", "overview", "death", "2015", "3-year-old", "3.00", "1_5", "female", "physical_abuse", publication_year="2016"), link="Read the overview report"),
 E("2016 - Anonymous - Child CA", [
    "The harmful sexual behaviour of a 15-year-old boy, who was briefly made subject to a child in need plan after two allegations of sexual abuse of younger children.",
    "Background: disrupted education; diagnosis of attention deficit hyperactivity disorder (ADHD); going missing from home.",
    "Key issues: include",
    [R("Recommendations:", ["develop a harmful sexual behaviour pathway", "ensure that assessments consider the young person's own history"])],
    "Keywords: harmful sexual behaviour, adolescents."],
   T("Child CA", "unknown", "overview", "other", "", "15-year-old", "15.00", "11_15", "male", "other", ctx="child_in_need_plan", publication_year="2016"), link="Read the overview report"),
 E("2017 – Anonymous – Child CB", [
    "Life-threatening attempted suffocation of a 6-year-old boy by his mother in 2015, followed by the mother's suicide attempt. Child CB then became subject to a child in need plan.",
    "Background: no sign of abuse before the incident. Maternal history of depression, self-harm and attempted suicide.",
    [L("Key issues: include:", ["screening for maternal mental health was not embedded in practice", "professionals did not ask directly about thoughts of harming others", "decisions were influenced by the family's affluence"])],
    [R("Recommendations: include:", ["strengthen understanding of professional bias in safeguarding", "review procedures on the risk of filicide where a parent is mentally ill"])],
    "Keywords: parents with mental health problems, filicide."],
   T("Child CB", "unknown", "overview", "serious_harm", "2015", "6-year-old", "6.00", "6_10", "male", "physical_abuse", risk="parental_mental_health", ctx="child_in_need_plan", publication_year="2017"), link="Read the overview report"),
 E("2017 - Anonymous - Child CC and Family", [
    "Harmful sexual behaviour and death of a 17-year-old boy in 2015 as the result of stab wounds.",
    "Background: Child CC was assessed as a child in need in 2011. School attendance was erratic and he was involved with others in minor and serious offences.",
    [L("Key issues: include:", ["young people need to understand the implications of their actions even when a case is not prosecuted", "there was a lack of support for young men leaving custody"])],
    [R("Recommendations: include:", ["review how youth offending services respond to harmful sexual behaviour"], "one")],
    "Keywords: knife crime, harmful sexual behaviour, young offenders."],
   T("Child CC", "unknown", "overview", "death", "2015", "17-year-old", "17.00", "16_17", "male", "extra_familial_harm; other|extra_familial_harm", publication_year="2017"), link="Read the overview report"),
 E("2016 – Sandhurst Vale – Child CD", [
    "Death of a 16-year-old girl in 2015 who took her own life. Her father had convictions for violence and her mother misused alcohol.",
    [L("Key issues:", ["Child CD's self-harm was seen as attention seeking", "agencies did not share what they knew about the father", "the school nurse was not told of a hospital attendance"], "comma")],
    [R("Recommendations:", ["improve the pathway between emergency departments and school nursing"], "one")],
    "Keywords: suicide, self-harm, parental alcohol misuse."],
   T("Child CD", "unknown", "overview", "death", "2015", "16-year-old", "16.00", "16_17", "female", "self_harm_suicide", risk="parental_criminality; parental_alcohol_misuse", area="Sandhurst Vale", publication_year="2016"), link="Read the overview report"),
 E("2017 – Anonymous – Child CE", [
    "Near-fatal overdose of prescription medication taken by a 15-year-old girl in 2016. She had been self-harming since the age of 12 and was known to child and adolescent mental health services.",
    [L("Key issues:", ["the waiting list for CAMHS treatment", "no plan for Child CE while she waited"], "comma")],
    [R("Recommendations:", ["agree an interim safety plan for every young person on a CAMHS waiting list"], "one")],
    "Keywords: self-harm, overdose, CAMHS."],
   T("Child CE", "unknown", "executive_summary", "serious_harm", "2016", "15-year-old", "15.00", "11_15", "female", "self_harm_suicide|self_harm_suicide; poisoning_ingestion", publication_year="2017"), link="Read the executive summary"),
 E("2016 – Anonymous – Child CF", [
    "Child CF was a 14-year-old boy who suffered life-changing injuries in 2015 when he was hit by a car while running from police in another town. Child CF had been criminally exploited through county lines.",
    [L("Key issues:", ["Child CF's missing episodes were not linked to exploitation", "he was treated as an offender rather than a victim"], "comma")],
    [R("Recommendations:", ["use the national referral mechanism for children exploited through county lines"], "one")],
    "Keywords: county lines, criminal exploitation, missing children."],
   T("Child CF", "unknown", "overview", "serious_harm", "2015", "14-year-old", "14.00", "11_15", "male", "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; other", publication_year="2016"), link="Read the overview report"),
 E("2017 - Anonymous - Baby CG", [
    "Death of a 9-week-old boy in 2016 from sepsis after his parents delayed seeking medical help for two days.",
    [L("Key issues:", ["the parents' learning needs were not recognised", "advice on when to seek help for an unwell baby was not understood"], "comma")],
    ["There are no recommendations but the report identifies learning for all agencies working with young parents."],
    "Keywords: medical neglect, young parents."],
   T("Baby CG", "unknown", "overview", "death", "2016", "9-week-old", "0.17", "under_1", "male", "neglect|neglect; other", norec="true", publication_year="2017"), link="Read the overview report"),
 E("2016 - Anonymous - Child CH", [
    "Sexual exploitation of a 15-year-old girl by several adult men between 2013 and 2015. Child CH was looked after by the local authority and lived in a residential children's home.",
    [L("Key issues:", ["Child CH was seen as making choices", "information about the men was not shared between police and the home"], "comma")],
    [R("Recommendations:", ["train residential staff on child sexual exploitation", "share intelligence about perpetrators with children's homes"])],
    "Keywords: child sexual exploitation, residential care."],
   T("Child CH", "unknown", "overview", "serious_harm", "2013|2015|", "15-year-old", "15.00", "11_15", "female", "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm", ctx="looked_after", publication_year="2016"), link="Read the overview report"),
 E("2017 – Anonymous – Baby CJ", [
    "Death of a 19-day-old baby girl in 2016 while sleeping on a sofa with her father. Her mother, aged 18, had been placed in foster care as a child and was a care leaver.",
    [L("Key issues:", ["safer sleep advice was given only to the mother", "the leaving care service did not know about the pregnancy"], "comma")],
    [R("Recommendations:", ["give safer sleep advice to both parents"], "one")],
    "Keywords: sudden infant death, care leavers, co-sleeping."],
   T("Baby CJ", "unknown", "overview", "death", "2016", "19-day-old", "0.05", "under_1", "female", "sudden_unexpected_infant_death", risk="co_sleeping", publication_year="2017"), link="Read the overview report"),
])

NAV = ["<header><a href=\"#main\">Skip to content</a>", "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Safeguarding and child protection</a></li><li><a href=\"#\">Case reviews</a></li><li><a href=\"#\">Training</a></li><li><a href=\"#\">Research and resources</a></li></ul></nav>",
       "<nav aria-label=\"breadcrumb\"><ol><li><a href=\"#\">Home</a></li><li><a href=\"#\">Case reviews</a></li><li>Recently published case reviews</li></ol></nav></header>"]
FOOT = ["<footer><p>Cookie settings</p><p>Accessibility</p><p>Privacy notice</p></footer>"]

# --- "Recently published case reviews" web pages 2019-2023: bare "includes:", run-in "Learning focuses on:",
# Model / Keywords lines, "> Read the overview report".
FILES["rd-recent-2019-2023.html"] = dict(page_title="Recently published case reviews", html_preamble=NAV, html_footer=FOOT,
    h1="Recently published case reviews",
    intro_html=["Case reviews published in 2019 to 2023. A list of the executive summaries or full overview reports added to the repository. Invented for testing: no real child, family or place."],
    entries=[
 E("2022 – Anonymous – Infants with bruising", [
    "Two cases of non-accidental head injury and bruising to 12-week-old infants. A bruise had been seen on Baby 1 six weeks before the injuries. Baby 2 was in the care of their father at the time.",
    [L("includes:", ["safe handling advice should be given to both parents", "professionals need to engage fathers who do not live with the child", "even a small bruise on a baby who is not mobile is a warning sign"])],
    [R("Recommendations include:", ["seek assurance that partner agencies know and use the bruising protocol", "develop work with fathers of new babies"])]],
   T("", "unknown", "overview", "serious_harm", "", "12-week-old", "0.23", "under_1", "not_stated", "physical_abuse; non_accidental_head_injury", n="2", thematic="true", publication_year="2022"), link="> Read the overview report"),
 E("2023 – Anonymous – Child D4", [
    ["Death of a 16-year-old girl. Child D4 may have died by suicide.",
     L("Learning focuses on:", ["disclosures of historical sexual abuse", "sibling sexual abuse", "responsibilities of private therapists", "the move from secondary school to sixth form"]),
     R("Recommendations include:", ["a reflective learning event on partial disclosures of sexual abuse", "guidance for private therapists on safeguarding referrals"])]],
   T("Child D4", "unknown", "overview", "death", "", "16-year-old", "16.00", "16_17", "female", "self_harm_suicide|self_harm_suicide; sexual_abuse", publication_year="2023"), link="> Read the overview report"),
 E("2021 – Anonymous – Mia", [
    "Sexual exploitation of a 14-year-old girl from March 2018 to June 2020.",
    [L("Learning:", ["practitioners' language about young people experiencing exploitation still suggests choice", "the impact of neglect on adolescents is underestimated", "links between sexual and criminal exploitation need to be made"])],
    [R("Recommendations:", ["apply a contextual safeguarding approach to adolescents", "check that practitioners pursue concerns when the system is not working for the child"])],
    "Model: uses the Significant Incident Learning Process (SILP) model.",
    "Keywords: grooming, going missing, rape, emotional abuse."],
   T("Mia", "unknown", "overview", "serious_harm", "2018|", "14-year-old", "14.00", "11_15", "female", "child_sexual_exploitation|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; extra_familial_harm", publication_year="2021"), link="> Read the overview report"),
 E("2019 – Anonymous – Jack", [
    "Multiple unexplained injuries to a disabled 2-year-6-month-old boy between October and December 2017. Jack suffered leg fractures more than once.",
    [L("Learning:", ["fractures in a disabled child were too readily explained by his condition", "the views of the family's support worker were not sought"])],
    [R("Recommendations:", ["develop guidance on injuries in disabled children"], "one")],
    "Keywords: disabled children, fractures."],
   T("Jack", "unknown", "overview", "serious_harm", "2017", "2-year-6-month-old", "2.50", "1_5", "male", "physical_abuse", ctx="disabled", publication_year="2019"), link="> Read the overview report"),
 E("2023 – Eastmarsh – Baby E5", [
    "Death of a 5-week-old boy in 2021 after sleeping on a sofa with his mother. His mother had been placed in care as a child.",
    [L("Learning includes:", ["safer sleep messages did not reach the mother", "the mother's own care history was not considered"])],
    [R("Recommendations include:", ["include sofa sleeping in all safer sleep material"], "one")]],
   T("Baby E5", "unknown", "overview", "death", "2021", "5-week-old", "0.10", "under_1", "male", "sudden_unexpected_infant_death", risk="co_sleeping", area="Eastmarsh", publication_year="2023"), link="> Read the overview report"),
 E("2022 - Anonymous - Child F6", [
    "Combined child safeguarding practice review and domestic homicide review. Murder of a 31-year-old woman by her partner in 2020. Her 11-year-old son, Child F6, was at home and found her.",
    [L("Learning includes:", ["Child F6's voice was not heard by the agencies working with his mother", "the risk from the partner was not shared with the school"])],
    [R("Recommendations include:", ["ensure children are seen and heard in domestic abuse risk assessments"], "one")]],
   T("Child F6", "child_safeguarding_practice_review|domestic_homicide_review", "overview", "other|unknown", "2020", "11-year-old", "11.00", "11_15", "male", "|emotional_abuse", risk="domestic_abuse", publication_year="2022"), link="> Read the overview report"),
 E("2020 – Anonymous – Child G7", [
    "Death of a 15-year-old boy in 2019 who was stabbed in a fight between two groups of young people. A 16-year-old was later convicted of manslaughter.",
    [L("Learning includes:", ["Child G7's school exclusion increased his risk", "youth violence was not treated as a safeguarding issue"])],
    [R("Recommendations include:", ["treat serious youth violence as a safeguarding concern"], "one")]],
   T("Child G7", "unknown", "overview", "death", "2019", "15-year-old", "15.00", "11_15", "male", "extra_familial_harm", ctx="not_in_school|", publication_year="2020"), link="> Read the overview report"),
 E("2021 – Anonymous – Child H8", [
    "Child H8, a 13-year-old girl, displayed harmful sexual behaviour towards a younger child in her foster placement in 2020.",
    [L("Learning includes:", ["foster carers were not told about Child H8's earlier behaviour", "matching of placements did not consider other children in the home"])],
    [R("Recommendations include:", ["share full information about harmful sexual behaviour before any placement"], "one")]],
   T("Child H8", "unknown", "overview", "other", "2020", "13-year-old", "13.00", "11_15", "female", "other", ctx="foster_care; looked_after|foster_care", publication_year="2021"), link="> Read the overview report"),
 E("2022 – Anonymous – Child J9", [
    "Serious injuries to a 12-year-old boy in 2021 who was hit by a car after leaving his home at night. Child J9 had often been left without supervision and home conditions were poor.",
    [L("Learning includes:", ["neglect of older children was not recognised", "the family's social worker changed four times"])],
    [R("Recommendations include:", ["use the graded care profile with families of older children"], "one")]],
   T("Child J9", "unknown", "overview", "serious_harm", "2021", "12-year-old", "12.00", "11_15", "male", "neglect; other|neglect", publication_year="2022"), link="> Read the overview report"),
 E("2023 – Anonymous – Child K10", [
    "Neglect and emotional abuse of a 10-year-old boy over many years. Child K10's mother had a learning disability and his father misused cannabis. Child K10 was on a child protection plan for two years.",
    [L("Learning themes include:", ["drift in child protection planning", "the impact of parental learning disability on parenting"])],
    [R("Recommendations include:", ["review long child protection plans at a senior level"], "one")]],
   T("Child K10", "unknown", "overview", "serious_harm", "", "10-year-old", "10.00", "6_10", "male", "neglect; emotional_abuse", risk="parental_learning_disability; parental_substance_misuse", ctx="child_protection_plan", publication_year="2023"), link="> Read the overview report"),
])

# --- "Case reviews update" 2025: nav, "Skip to content.", several-person summaries.
FILES["re-update-2025.html"] = dict(page_title="Case reviews update", html_preamble=["<p>Skip to content.</p>"] + NAV[1:], html_footer=FOOT,
    h1="Case reviews update", month="*",
    intro_html=["New in the collection. This update highlights case reviews recently added to the collection. Invented for testing: no real child, family or place."],
    entries=[
 E("2025 - Northvale - Callum", [
    "Death of a 17-year-old boy in October 2023. Callum died during a fight with two other young people, one of whom later pleaded guilty to manslaughter. Callum had been sentenced in 2022 for offences committed when he was 14-years-old.",
    [L("Learning themes include:", ["the voice of the child", "identifying young people at risk", "support for parents of adolescents"])],
    [R("Recommendations include:", ["ensure case summaries move with a child who transfers between local authorities", "review how risk gradings for serious youth violence are applied", "support professionals to understand young people's experience of school"])]],
   T("Callum", "unknown", "overview", "death", "2023", "17-year-old", "17.00", "16_17", "male", "extra_familial_harm", area="Northvale", publication_year="2025"), link="Read the overview report"),
 E("2025 - Anonymous - Baby E2", [
    "Death of an 8-day-old baby boy in September 2022 in a neonatal unit. Baby E2 was born early after his mother, 30 weeks pregnant, was injured at home; she said she had fallen. Baby E2's father had previously been managed as a violent offender.",
    [L("Learning includes:", ["the links between MAPPA and MARAC", "barriers to responding to domestic abuse when the victim does not disclose"])],
    [R("Recommendations to the partnership include:", ["share the findings with MARAC governance", "audit children's files involving domestic abuse"])]],
   T("Baby E2", "unknown", "overview", "death", "2022", "8-day-old", "0.02", "under_1", "male", "physical_abuse|", risk="domestic_abuse|domestic_abuse; parental_criminality", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Child E3", [
    "Death of a 14-year-old girl in 2023 by suicide. Her mother had self-harmed and had made attempts on her own life, and her father had been violent towards the mother.",
    [L("Learning includes:", ["the impact on children of a parent's suicide attempts", "young carers were not identified"])],
    [R("Recommendations include:", ["adult mental health services to ask about children at every assessment"], "one")]],
   T("Child E3", "unknown", "overview", "death", "2023", "14-year-old", "14.00", "11_15", "female", "self_harm_suicide", risk="parental_mental_health; domestic_abuse", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Child E4", [
    "Serious harm to a 4-year-old girl in 2023 who suffered burns while left alone at home. Her mother was a heavy drinker.",
    [L("Learning includes:", ["the effect of alcohol misuse on supervision", "home visits were always announced"])],
    [R("Recommendations include:", ["carry out unannounced home visits where neglect is suspected"], "one")]],
   T("Child E4", "unknown", "overview", "serious_harm", "2023", "4-year-old", "4.00", "1_5", "female", "neglect|neglect; physical_abuse", risk="parental_alcohol_misuse", publication_year="2025"), link="Read the overview report"),
 E("2025 - Westhaven - Domestic homicide review: Ms Q", [
    "The killing of Ms Q, a 38-year-old mother of two, by her husband in 2022. The couple's children, aged 6 and 9, were in the house.",
    [L("Learning includes:", ["coercive control was not recognised by professionals", "the children's experiences were not recorded"])],
    [R("Recommendations include:", ["train staff to recognise coercive control"], "one")]],
   T("", "domestic_homicide_review", "overview", "other|unknown", "2022", "", "", "unknown", "not_stated", "|emotional_abuse", risk="domestic_abuse", n="*", area="Westhaven", publication_year="2025", title="2025 - Westhaven - Domestic homicide review: Ms Q"), link="Read the overview report"),
 E("2025 - Anonymous - Child E6", [
    "Child E6, a 16-year-old boy, suffered life-changing injuries in 2023 when he was stabbed by an older teenager. He had been criminally exploited and was carrying drugs for a local gang.",
    [L("Learning includes:", ["exploitation was recognised late", "the national referral mechanism was not used"])],
    [R("Recommendations include:", ["train staff on the national referral mechanism"], "one")]],
   T("Child E6", "unknown", "overview", "serious_harm", "2023", "16-year-old", "16.00", "16_17", "male", "child_criminal_exploitation; extra_familial_harm", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Baby E7", [
    "Serious injury to a 10-week-old baby boy in 2023. A pre-birth assessment had found the unborn baby to be at risk because of the father's history of violence.",
    [L("Learning includes:", ["the pre-birth plan was not updated after the birth"], "one")],
    [R("Recommendations include:", ["review pre-birth plans within two weeks of the birth"], "one")]],
   T("Baby E7", "unknown", "overview", "serious_harm", "2023", "10-week-old", "0.19", "under_1", "male", "physical_abuse", risk="|parental_criminality|domestic_abuse", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Child E8", [
    "Death of a 13-year-old boy with a life-limiting medical condition in 2023. Child E8 had an education, health and care plan and had not attended school for a year.",
    [L("Learning includes:", ["the child's voice was lost among many professionals", "missed health appointments were not followed up"])],
    ["Makes no recommendations."]],
   T("Child E8", "unknown", "overview", "death", "2023", "13-year-old", "13.00", "11_15", "male", "other|neglect; other|neglect", ctx="ehcp; not_in_school|ehcp; not_in_school; disabled", norec="true", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Child E9", [
    "Death of a 15-year-old boy in 2024 who was hit by a bus while riding an e-scooter. Child E9 had been missing from home for two days and was thought to be at risk of criminal exploitation.",
    [L("Learning includes:", ["return home interviews were not completed", "exploitation screening was not repeated"])],
    [R("Recommendations include:", ["complete a return home interview after every missing episode"], "one")]],
   T("Child E9", "unknown", "overview", "death", "2024", "15-year-old", "15.00", "11_15", "male", "other|other; child_criminal_exploitation; extra_familial_harm", publication_year="2025"), link="Read the overview report"),
])



def _briefing_page(f):
    e = f["entries"][0]
    ol = lambda xs: "<ol>" + "".join("<li>" + x + "</li>" for x in xs) + "</ol>"
    return "\n".join([
        "<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>7 minute briefing: Child R | Safeguarding Partnership</title></head><body>",
        "<a href=\"#content\">Skip to content</a>",
        "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">About the partnership</a></li><li><a href=\"#\">Professionals</a></li><li><a href=\"#\">Learning from reviews</a></li><li><a href=\"#\">Contact us</a></li></ul></nav>",
        "<nav class=\"breadcrumbs\"><a href=\"#\">Home</a> &gt; <a href=\"#\">Learning from reviews</a> &gt; <a href=\"#\">7 minute briefings</a> &gt; Child R</nav>",
        "<main id=\"content\">",
        "<h1>" + e["heading"] + "</h1>",
        "<p>Published: March 2024. This briefing is invented for testing: no real child, family or place.</p>",
        "<h2>1. Background</h2>", "<p>" + e["summary"] + "</p>",
        "<h2>2. Why it matters</h2>", "<p>Babies who are not yet mobile should never have bruises. Most serious injuries to babies follow an earlier, smaller injury that was seen by someone.</p>",
        "<h2>3. Key learning</h2>", ol(e["lessons"]),
        "<h2>4. What the review found worked well</h2>", "<p>The hospital paediatrician made a referral on the same day.</p>",
        "<h2>5. Recommendations</h2>", ol(e["numbered_recs"]),
        "<h2>6. Further reading</h2>", "<p>The partnership's bruising protocol and the ICON programme.</p>",
        "<h2>7. Questions to consider</h2>", ol(["How do you record a bruise on a baby?", "When did you last speak to a father on his own?"]),
        "</main>", "<footer><p>Cookie settings</p><p>&copy; Safeguarding Partnership</p></footer>", "</body></html>", ""])


FILES["rf-briefing-child-r.html"] = dict(template=_briefing_page, pubyear="2024", entries=[
 E("7 minute briefing: Child R – local child safeguarding practice review", [],
   T("Child R", "child_safeguarding_practice_review", "briefing", "serious_harm", "2022", "9-month-old", "0.75", "under_1", "male", "physical_abuse|physical_abuse; non_accidental_head_injury", risk="parental_mental_health", good_practice_count="*"),
   summary="Child R was a 9-month-old boy who was seriously injured by his father in 2022. He had fractures to his ribs and arm. A small bruise had been seen on his ear by a health visitor two months earlier. His mother had postnatal depression and his father worked nights.",
   lessons=["a bruise on a non-mobile baby must always lead to a referral", "fathers were not included in health visitor contacts", "the mother's depression was assessed without thinking about the baby's care at night"],
   numbered_recs=["audit the use of the bruising protocol by health visitors", "include fathers in every new birth visit"]),
])


def _learning_briefing_text(f):
    e = f["entries"][0]
    return "\n".join([
        "Skip to content", "Home | About us | Reviews | Training | Contact", "Home > Reviews > Learning briefings > Baby S", "",
        e["heading"], "",
        e["summary"], "",
        "What we learned", ""] + ["%d. %s" % (i, x) for i, x in enumerate(e["lessons"], 1)] + ["",
        "What will change", ""] + ["• " + x for x in e["numbered_recs"]] + ["",
        "Questions for your team", "", "• What safer sleep advice do you give, and to whom?", "",
        "This briefing is invented for testing: no real child, family or place.", ""])


FILES["rg-learning-briefing-baby-s.txt"] = dict(template=_learning_briefing_text, pubyear="", entries=[
 E("Learning briefing: Baby S (rapid review and local child safeguarding practice review)", [],
   T("Baby S", "child_safeguarding_practice_review", "briefing", "death", "2023", "6-week-old", "0.12", "under_1", "female", "sudden_unexpected_infant_death", risk="co_sleeping; parental_substance_misuse|co_sleeping; parental_alcohol_misuse|co_sleeping; parental_substance_misuse; parental_alcohol_misuse"),
   summary="Baby S was a 6-week-old girl who died in 2023 after sleeping in her parents' bed. Both parents had used cannabis and drunk alcohol that evening. The family were known to early help services.",
   lessons=["safer sleep advice must be repeated when circumstances change", "practitioners should ask about alcohol and drug use at every contact", "early help plans should include a safer sleep assessment", "fathers should receive the same advice as mothers"],
   numbered_recs=["add safer sleep to the early help assessment", "run a safer sleep campaign aimed at fathers"]),
])

# --- A monthly list that names no month or year anywhere: publication_year stays empty.
FILES["rh-monthly-no-year.txt"] = dict(pubyear="", preamble=[
    "NSPCC Repository", "", "Case reviews added to the repository this month. Invented for testing: no real child, family or place.", ""],
    entries=[
 E("1. Child T4: Child safeguarding practice review", [
    "Serious harm to a 15-year-old girl who was groomed online by an adult man and sexually abused when they met. Child T4 had an education, health and care plan for autism.",
    [L("Learning includes:", ["parents were not given advice on online safety", "the school did not share concerns about a change in behaviour"])],
    [R("Recommendations include:", ["online safety sessions for parents of children with autism"], "one")]],
   T("Child T4", "child_safeguarding_practice_review", "practice_review", "serious_harm", "", "15-year-old", "15.00", "11_15", "female", "sexual_abuse; online_harm|sexual_abuse; online_harm; child_sexual_exploitation", ctx="ehcp|ehcp; disabled"), link="Read practice review (PDF)"),
 E("2. Baby U5: Serious case review", [
    "Death of a 3-month-old boy from a head injury. His father was convicted of murder. His mother was a care leaver who had been looked after as a teenager.",
    ["Makes recommendations for improved information sharing between leaving care services and maternity services."]],
   T("Baby U5", "serious_case_review", "unknown", "death", "", "3-month-old", "0.25", "under_1", "male", "physical_abuse; non_accidental_head_injury", recommendation_count="1", learning_count="0")),
 E("3. Child V6: Learning review", [
    "Neglect of a 7-year-old boy over a long period. Child V6 was often absent from school and had untreated tooth decay. His mother had depression.",
    [L("Learning:", ["dental neglect is a sign of wider neglect", "absence from school should trigger a home visit"])],
    "There are no recommendations but the partnership has agreed an action plan.",
    "Keywords: neglect, dental neglect, school absence."],
   T("Child V6", "learning_review", "unknown", "serious_harm", "", "7-year-old", "7.00", "6_10", "male", "neglect", risk="parental_mental_health", ctx="not_in_school|", norec="true")),
 E("4. Child W7: Child safeguarding practice review", [
    "Death of a 16-year-old boy who drowned in a river after drinking alcohol with friends. He was looked after and lived in supported accommodation.",
    [L("Learning includes:", ["supported accommodation for 16-year-olds lacked oversight", "his drinking was not seen as a risk"])],
    [R("Recommendations include:", ["review the oversight of supported accommodation"], "one")]],
   T("Child W7", "child_safeguarding_practice_review", "practice_review", "death", "", "16-year-old", "16.00", "16_17", "male", "other|", ctx="looked_after"), link="Read practice review (PDF)"),
 E("5. Family X: Serious case review", [
    "Sexual abuse of three sisters aged 8, 11 and 13 by their grandfather over several years. The abuse was disclosed in 2019.",
    [L("Learning includes:", ["the girls' behaviour was not explored as a sign of abuse", "the grandfather's earlier caution was not known"])],
    [R("Recommendations include:", ["share information about people who pose a risk to children with schools"], "one")]],
   T("Family X", "serious_case_review", "unknown", "serious_harm", "", "*", "*", "*", "female", "sexual_abuse", n="3")),
 E("6. Child Y8: Child safeguarding practice review", [
    "Near-fatal injuries to a 2-year-old boy who fell from a second-floor window that had no restrictor. The family lived in temporary accommodation and his mother misused alcohol.",
    [L("Learning includes:", ["temporary accommodation was not checked for safety", "the mother's drinking was known only to her GP"])],
    [R("Recommendations include:", ["window safety checks in all temporary accommodation", "GPs to share concerns about parental alcohol use with health visitors"])]],
   T("Child Y8", "child_safeguarding_practice_review", "practice_review", "serious_harm", "", "2-year-old", "2.00", "1_5", "male", "neglect|neglect; other|other", risk="parental_alcohol_misuse"), link="Read practice review (PDF)"),
 E("7. Children Z1 and Z2: Serious case review", [
    "Emotional abuse and neglect of two brothers aged 5 and 8 whose father was in prison. Their mother had a personality disorder.",
    ["Recommendations are made for support to children whose parents are in prison."]],
   T("Children Z1 and Z2", "serious_case_review", "unknown", "serious_harm", "", "*", "*", "*", "male", "emotional_abuse; neglect", risk="parental_mental_health; parental_criminality", n="2", recommendation_count="1", learning_count="0")),
 E("8. Baby A9: Child safeguarding practice review", [
    "Injuries to an unborn baby in 2021 when the mother was assaulted by her partner at 32 weeks pregnant. Baby A9 was born prematurely.",
    [L("Learning includes:", ["domestic abuse in pregnancy was not asked about at antenatal appointments"], "one")],
    [R("Recommendations include:", ["routine enquiry about domestic abuse at every antenatal appointment"], "one")]],
   T("Baby A9", "child_safeguarding_practice_review", "practice_review", "serious_harm", "2021", "unborn|unborn baby", "", "unborn", "not_stated", "physical_abuse", risk="domestic_abuse"), link="Read practice review (PDF)"),
])
