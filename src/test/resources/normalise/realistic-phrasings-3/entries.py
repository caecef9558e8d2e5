# Entries of the "realistic phrasings 3" set (issue 9, session 14: "on real published summaries about one field in
# twelve is wrong, mostly codes given to the wrong person"): invented (names, places, events, sentences), phrased the
# way real published summaries are phrased (read with the search tool: NSPCC yearly lists 2013-2017, "Recently
# published case reviews" 2019-2022, "Case reviews update" 2025, a partnership digest of 2018). Every summary names
# other people near the child on purpose: a parent's, sibling's or perpetrator's age, harm, history or care
# context; several children in one review; "no evidence of", "was not known to", "had previously"; the year of
# a conviction or a care order beside the year of the incident; road, water and fire deaths.
# Truth written with each entry, from the words, before the first run.
#
# Conventions (README): a child hit by a vehicle or in a road traffic collision gets `other` (the vocabulary's
# collision rule; DATA-MODEL has no code of its own for it) beside any other harm the words name; a drowning or a
# house fire names no harm by itself (the harm is what the words say caused it: left alone -> neglect; nothing said
# -> empty, `other` accepted); "not stated means empty".
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

# --- 2015 yearly list: "Month YYYY – Area - Name", Background: / Key issues: / Recommendations: / Keywords:,
# "Read the overview report".
FILES["ta-yearly-2015-background.txt"] = dict(pubyear="2015", preamble=[
    "Case reviews published in 2015", "",
    "A chronological list of the executive summaries or full overview reports of serious case reviews, significant case reviews or multi-agency child practice reviews published in 2015. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2015 – Fernmoor - Child BQ", [
    "Death of a 22-month-old boy in 2014 after drowning in a garden pond. Child BQ had been left in the garden unsupervised while his mother slept.",
    "Background: Child BQ's mother, aged 19, had been in care herself and had a history of depression. Child BQ's 5-year-old sister was subject to a child in need plan.",
    [L("Key issues:", ["the mother's own care history was not considered in assessments", "water safety advice was not given to the family"])],
    [R("Recommendations:", ["health visitors to give home safety advice about garden water"])],
    "Keywords: drowning, young mothers, supervision"],
   T("Child BQ", "unknown", "overview", "death", "2014", "22-month-old", "1.83", "1_5", "male", "neglect", risk="parental_mental_health", area="Fernmoor"), link="Read the overview report"),
 E("December 2015 – Fernmoor - Child CR", [
    "Serious injuries to a 14-year-old girl who was hit by a bus in 2015 while running from a man who had been sexually exploiting her.",
    "Background: Child CR was looked after and lived in a residential children's home. She had been reported missing 20 times in the previous year.",
    [L("Key issues:", ["return home interviews did not ask about the adults she met", "the children's home did not share her missing episodes with the police"])],
    [R("Recommendations:", ["return home interviews to be offered after every missing episode"])],
    "Keywords: child sexual exploitation, missing children, looked after children"],
   T("Child CR", "unknown", "overview", "serious_harm", "2015", "14-year-old", "14.00", "11_15", "female", "child_sexual_exploitation; other|child_sexual_exploitation; other; extra_familial_harm", ctx="looked_after", area="Fernmoor"), link="Read the overview report"),
 E("November 2015 – Pellow - Baby DS", [
    "Death of a 9-week-old baby boy in March 2014 from a head injury. His father, who was 24, was convicted of manslaughter in 2015.",
    "Background: the father had previous convictions for violence against a former partner. Baby DS's mother had a learning disability. There was no evidence of drug or alcohol misuse by either parent.",
    [L("Key issues:", ["the father's convictions were not known to the health visitor", "the mother's learning disability affected how she understood advice"])],
    [R("Recommendations:", ["police to share convictions for violence when a new baby is born into a household"])],
    "Keywords: head injuries, fathers, parents with learning disabilities"],
   T("Baby DS", "unknown", "overview", "death", "2014", "9-week-old", "0.17", "under_1", "male", "physical_abuse; non_accidental_head_injury", risk="domestic_abuse; parental_criminality; parental_learning_disability|parental_criminality; parental_learning_disability", area="Pellow"), link="Read the overview report"),
 E("November 2015 – Pellow - Child EF", [
    "Child EF, a 16-year-old boy, took his own life in 2014. His older brother had died by suicide two years earlier and his father was a heavy drinker.",
    "Background: Child EF was not known to children's social care. He had been bullied at school and had stopped attending in the months before his death.",
    [L("Key issues:", ["bereavement support was not offered after his brother's death", "the school did not follow up his absence"])],
    [R("Recommendations:", ["schools to refer pupils bereaved by suicide for support"])],
    "Keywords: suicide, bereavement, bullying"],
   T("Child EF", "unknown", "overview", "death", "2014", "16-year-old", "16.00", "16_17", "male", "self_harm_suicide", risk="parental_alcohol_misuse", ctx="not_in_school|", area="Pellow"), link="Read the overview report"),
 E("October 2015 – Marlow Cross - Children K and L", [
    "Neglect of two sisters, aged 4 and 7, between 2012 and 2014. The girls were found living in a flat with no heating and dog faeces on the floor. Their mother had been a victim of domestic abuse and misused heroin.",
    "Background: the older girl had been on a child protection plan in another area, which was not transferred. The family was not known to health visiting.",
    [L("Key issues:", ["child protection plans were not transferred between areas", "no one visited the home for eight months"])],
    [R("Recommendations:", ["a protocol for transferring child protection plans between local authorities"])],
    "Keywords: neglect, substance misuse, domestic abuse"],
   T("Children K and L", "unknown", "overview", "serious_harm", "2012|", "*", "*", "*", "female", "neglect", risk="domestic_abuse; parental_substance_misuse", ctx="child_protection_plan|", n="2", area="Marlow Cross"), link="Read the overview report"),
 E("October 2015 – Marlow Cross - Child MT", [
    "Sexual abuse of a 12-year-old boy by his football coach between 2011 and 2013. The coach, aged 45, was sentenced to 11 years imprisonment in 2014.",
    "Background: Child MT had autism and attended a special school. His parents had separated and his mother had depression.",
    [L("Key issues:", ["sports clubs did not check volunteers", "the boy's changed behaviour was put down to his autism"])],
    [R("Recommendations:", ["sports clubs to have a named safeguarding lead"])],
    "Keywords: sexual abuse, sport, disabled children"],
   T("Child MT", "unknown", "overview", "serious_harm", "2011|", "12-year-old", "12.00", "11_15", "male", "sexual_abuse", risk="parental_mental_health", ctx="disabled", area="Marlow Cross"), link="Read the overview report"),
 E("September 2015 – Oldcastle - Baby NW", [
    "Serious injury to an 11-month-old girl in 2015 who swallowed a number of her mother's antidepressant tablets. Baby NW's mother had been diagnosed with postnatal depression.",
    "Background: Baby NW had three older half-siblings who had been removed from their mother's care in 2010 and adopted. There had been no previous concerns about Baby NW.",
    [L("Key issues:", ["the history of the older children was not known to the health visitor", "safe storage of medicines was not discussed"])],
    [R("Recommendations:", ["GPs to give safe storage advice when prescribing to parents of young children"])],
    "Keywords: poisoning, maternal mental health"],
   T("Baby NW", "unknown", "overview", "serious_harm", "2015", "11-month-old", "0.92", "under_1", "female", "poisoning_ingestion|poisoning_ingestion; neglect", risk="parental_mental_health", area="Oldcastle"), link="Read the overview report"),
 E("September 2015 – Oldcastle - Child PD", [
    "Death of a 3-year-old boy in a house fire in December 2014. The fire was started by a candle left burning in the children's bedroom.",
    "Background: Child PD's father was in prison and his mother, who was 23, was caring for four children alone. The family had previously been on child in need plans for neglect, which closed in 2013.",
    [L("Key issues:", ["fire safety checks were not offered", "the closure of the child in need plans was not reviewed"])],
    [R("Recommendations:", ["refer families with young children for a home fire safety check"])],
    "Keywords: house fires, neglect, single parents"],
   T("Child PD", "unknown", "overview", "death", "2014", "3-year-old", "3.00", "1_5", "male", "|neglect|other", risk="parental_criminality", ctx="child_in_need_plan|", area="Oldcastle"), link="Read the overview report"),
])

# --- 2016 yearly list: "2016 – Anonymous – Name", Background: / Key issues: / Recommendations: / Keywords:.
FILES["tb-yearly-2016-anonymous.txt"] = dict(pubyear="2016", preamble=[
    "Case reviews published in 2016", "",
    "A chronological list of the executive summaries or full overview reports of serious case reviews published in 2016. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2016 – Anonymous – Child QA", [
    "Death of a 17-year-old girl in 2015 from an overdose of her father's prescribed medication.",
    "Background: Child QA had a history of self-harm and an eating disorder and was under the care of child and adolescent mental health services. Her father had chronic pain and her mother had left the family home the year before.",
    [L("Key issues:", ["risk assessments did not consider medicines kept at home", "her parents were not involved in safety planning"])],
    [R("Recommendations:", ["safety plans to include the removal of medicines from the home"])],
    "Keywords: suicide, self-harm, eating disorders"],
   T("Child QA", "unknown", "overview", "death", "2015", "17-year-old", "17.00", "16_17", "female", "self_harm_suicide; poisoning_ingestion|self_harm_suicide|poisoning_ingestion"), link="Read the overview report"),
 E("2016 – Anonymous – Child RB", [
    "Physical abuse of a 5-year-old boy by his mother's partner in 2015. Child RB had bruises to his face, arms and back. The partner, a 31-year-old man, had previously been convicted of assaulting his own child.",
    "Background: Child RB's mother had been subject to a child protection plan when she was a child. Child RB was not subject to any plan.",
    [L("Key issues:", ["checks on the new partner were not made", "the school accepted the explanation for the bruises"])],
    [R("Recommendations:", ["schools to record and share every unexplained bruise"])],
    "Keywords: physical abuse, mothers' partners"],
   T("Child RB", "unknown", "overview", "serious_harm", "2015", "5-year-old", "5.00", "1_5", "male", "physical_abuse", risk="parental_criminality|"), link="Read the overview report"),
 E("2016 – Anonymous – Baby SC", [
    "Sudden unexpected death of a 4-month-old boy in 2015 while sharing a sofa with his father.",
    "Background: both parents smoked and the father had been drinking earlier that evening. Baby SC's older brother had died in similar circumstances in 2012.",
    [L("Key issues:", ["the earlier death was not known to the midwife", "safer sleep advice was given to the mother only"])],
    [R("Recommendations:", ["safer sleep advice to be given to both parents"])],
    "Keywords: sudden infant death, co-sleeping, alcohol"],
   T("Baby SC", "unknown", "overview", "death", "2015", "4-month-old", "0.33", "under_1", "male", "sudden_unexpected_infant_death", risk="co_sleeping; parental_alcohol_misuse"), link="Read the overview report"),
 E("2016 – Anonymous – Child TD", [
    "Emotional abuse and neglect of a 9-year-old girl between 2013 and 2015 by her mother, who had a diagnosis of personality disorder. Child TD was a young carer for her younger brother, who had cerebral palsy.",
    "Background: Child TD was subject to a child protection plan from 2014.",
    [L("Key issues:", ["the girl's caring role was not recognised", "adult mental health services did not attend conferences"])],
    [R("Recommendations:", ["young carers' assessments for children living with a disabled sibling"])],
    "Keywords: emotional abuse, young carers, parental mental health"],
   T("Child TD", "unknown", "overview", "serious_harm", "2013|", "9-year-old", "9.00", "6_10", "female", "emotional_abuse; neglect", risk="parental_mental_health", ctx="child_protection_plan"), link="Read the overview report"),
 E("2016 – Anonymous – Child UE and Child UF", [
    "Sexual exploitation of two 15-year-old girls by a group of men in 2014 and 2015. Both girls were looked after; Child UE lived in foster care and Child UF in a residential unit.",
    "Background: one of the men, aged 27, had previously been investigated for sexual offences against a child.",
    [L("Key issues:", ["intelligence about the men was not shared", "the girls were seen as choosing their relationships"])],
    [R("Recommendations:", ["a single exploitation panel for the area"])],
    "Keywords: child sexual exploitation, looked after children"],
   T("Child UE and Child UF", "unknown", "overview", "serious_harm", "2014|", "15-year-old|", "15.00|", "11_15|unknown", "female", "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse", ctx="looked_after; foster_care|looked_after", n="2"), link="Read the overview report"),
 E("2016 – Anonymous – Child VG", [
    "Serious injury of a 2-year-old boy in 2015 who fell from a second floor window while his parents were asleep.",
    "Background: the parents were known to misuse cannabis. There were no previous referrals to children's social care. The family had been living in temporary accommodation for 18 months.",
    [L("Key issues:", ["housing did not fit window restrictors", "drug use by both parents was not shared with the GP"])],
    [R("Recommendations:", ["window restrictors in all temporary accommodation for families"])],
    "Keywords: accidents, substance misuse, housing"],
   T("Child VG", "unknown", "overview", "serious_harm", "2015", "2-year-old", "2.00", "1_5", "male", "neglect", risk="parental_substance_misuse"), link="Read the overview report"),
 E("2016 – Anonymous – Child WH", [
    "Death of a 13-year-old boy in 2015, hit by a train while playing on a railway line with friends.",
    "Background: Child WH had attention deficit hyperactivity disorder (ADHD) and had been permanently excluded from school. His mother had been in prison for theft when he was 8.",
    [L("Key issues:", ["alternative provision had no plan for his afternoons", "the dangers of the railway were not discussed with the family"])],
    [R("Recommendations:", ["full-time education for every excluded pupil"])],
    "Keywords: school exclusion, accidents"],
   T("Child WH", "unknown", "overview", "death", "2015", "13-year-old", "13.00", "11_15", "male", "other", risk="parental_criminality", ctx="not_in_school|not_in_school; disabled"), link="Read the overview report"),
 E("2016 – Anonymous – Child XJ", [
    "Female genital mutilation of a 7-year-old girl during a family holiday abroad in 2014.",
    "Background: the girl's older sister had undergone FGM before the family came to the UK. No concerns were raised by the school. Child XJ's parents were not known to police.",
    [L("Key issues:", ["the sister's FGM was recorded by the GP but not shared", "the risk of travel abroad was not discussed"])],
    [R("Recommendations:", ["GPs to share a recorded FGM with the school of any sister"])],
    "Keywords: female genital mutilation"],
   T("Child XJ", "unknown", "overview", "serious_harm", "2014", "7-year-old", "7.00", "6_10", "female", "fgm_honour_based_abuse"), link="Read the overview report"),
])

NAV = ["<header><a href=\"#main\">Skip to content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Safeguarding and child protection</a></li><li><a href=\"#\">Case reviews</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Cookie settings</p><p>Privacy notice</p></footer>"]

# --- "Recently published case reviews" 2020-2023: "YYYY – Anonymous – Name", Learning: / Recommendations: /
# Keywords:, "> Read the overview report".
FILES["tc-recent-2020-2023.html"] = dict(page_title="Recently published case reviews", html_preamble=NAV, html_footer=FOOT,
    h1="Recently published case reviews",
    intro_html=["A list of the full overview reports and executive summaries added to the collection. Invented for testing: no real child, family or place."],
    entries=[
 E("2020 – Anonymous – Child AA", [
    "Death of a 15-year-old girl in 2018 from a head injury after being assaulted by her 18-year-old boyfriend. Child AA had been in a relationship with the boyfriend since she was 13. The boyfriend had a history of violence against previous partners.",
    [L("Learning:", ["abuse in teenage relationships was not recognised as domestic abuse", "the school did not know of the boyfriend's age"])],
    [R("Recommendations:", ["include teenage relationship abuse in school safeguarding training"])],
    "Keywords: teenage relationship abuse, head injuries."],
   T("Child AA", "unknown", "overview", "death", "2018", "15-year-old", "15.00", "11_15", "female", "physical_abuse; non_accidental_head_injury|physical_abuse; non_accidental_head_injury; extra_familial_harm", risk="domestic_abuse|", publication_year="2020"), link="> Read the overview report"),
 E("2021 – Anonymous – Baby AB and Baby AC", [
    "Injuries to twin baby boys aged 10 weeks in 2019, including rib fractures and bruising. Both parents were under 20 and had been care leavers. The father had a history of cannabis use.",
    [L("Learning:", ["young parents who are care leavers need support beyond 21", "bruising to a non-mobile baby was not referred"])],
    [R("Recommendations:", ["leaving care services to be part of pre-birth planning"])],
    "Keywords: twins, non-accidental injuries, care leavers."],
   T("Baby AB and Baby AC", "unknown", "overview", "serious_harm", "2019", "aged 10 weeks|10 weeks", "0.19", "under_1", "male", "physical_abuse", risk="parental_substance_misuse", n="2", publication_year="2021"), link="> Read the overview report"),
 E("2021 – Anonymous – Child AD", [
    "Child AD, a 16-year-old boy, was stabbed to death in 2020. He had been criminally exploited and was found with drugs in 2019. Child AD was of Black British Caribbean heritage. His younger brother was subject to a child in need plan.",
    [L("Learning:", ["the finding of drugs was treated as an offence, not exploitation", "the family's fear of reprisals was not understood"])],
    [R("Recommendations:", ["use the national referral mechanism for every child found carrying drugs"])],
    "Keywords: knife crime, child criminal exploitation."],
   T("Child AD", "unknown", "overview", "death", "2020", "16-year-old", "16.00", "16_17", "male", "extra_familial_harm; child_criminal_exploitation", eth="Black British Caribbean|Black British Caribbean heritage", publication_year="2021"), link="> Read the overview report"),
 E("2022 – Anonymous – Child AE", [
    "Neglect of a 6-year-old boy with Down's syndrome over several years. Child AE was found to have severe tooth decay and had not been seen by a dentist. There was no evidence of physical or sexual abuse. Child AE's mother was the sole carer and had physical health problems.",
    [L("Learning:", ["dental neglect is a sign of wider neglect", "the needs of a disabled child were not separated from the mother's needs"])],
    [R("Recommendations:", ["dental services to refer children with untreated decay"])],
    "Keywords: neglect, disabled children, dental neglect."],
   T("Child AE", "unknown", "overview", "serious_harm", "", "6-year-old", "6.00", "6_10", "male", "neglect", ctx="disabled", publication_year="2022"), link="> Read the overview report"),
 E("2022 – Anonymous – Child AF", [
    "A 10-year-old girl was seriously injured in 2021 when she was knocked down by a car on a busy road near her home. She had been sent to buy cigarettes for her father late in the evening. Child AF's parents had both been in care as children. The family had been known to children's services since 2016.",
    [L("Learning:", ["the parents' own experience of care was not explored", "earlier concerns about supervision were closed"])],
    [R("Recommendations:", ["review the closure of cases with repeated concerns about supervision"])],
    "Keywords: road traffic accidents, supervision."],
   T("Child AF", "unknown", "overview", "serious_harm", "2021", "10-year-old", "10.00", "6_10", "female", "other|neglect; other", publication_year="2022"), link="> Read the overview report"),
 E("2023 – Anonymous – Child AG", [
    "Death of a 14-year-old boy who drowned in a river in June 2022. Child AG had gone swimming with friends after school. He was not known to any agencies and there were no concerns about his care at home.",
    [L("Learning:", ["young people do not know the dangers of cold water", "water safety is not taught in all schools"])],
    [R("Recommendations:", ["water safety lessons in every secondary school"])],
    "Keywords: drowning, accidents."],
   T("Child AG", "unknown", "overview", "death", "2022", "14-year-old", "14.00", "11_15", "male", "|other", publication_year="2023"), link="> Read the overview report"),
 E("2023 – Anonymous – Child AJ", [
    "Suicide of a 12-year-old girl in 2021. Child AJ had been sent sexual images by an adult she met online and had been blackmailed. Her mother had a history of anxiety. Child AJ had been on a child in need plan until 2020.",
    [L("Learning:", ["online blackmail of children is not well understood", "the closure of the child in need plan was not explained to her"])],
    [R("Recommendations:", ["training for schools on online sexual blackmail"])],
    "Keywords: suicide, online abuse."],
   T("Child AJ", "unknown", "overview", "death", "2021", "12-year-old", "12.00", "11_15", "female", "self_harm_suicide; online_harm|self_harm_suicide; online_harm; sexual_abuse|self_harm_suicide; online_harm; child_sexual_exploitation", risk="parental_mental_health", ctx="child_in_need_plan|", publication_year="2023"), link="> Read the overview report"),
 E("2020 – Anonymous – Children of Family M", [
    "Neglect of five children aged between 2 and 13 years over ten years. The children were often dirty and hungry and the youngest two had missed developmental checks. The mother, aged 34, had a learning disability; the father was a heavy drinker. All five children were made subject to care orders in 2019.",
    [L("Learning:", ["chronic neglect was lost among many short pieces of work", "the mother's learning disability was not assessed"])],
    [R("Recommendations:", ["use a neglect assessment tool at every review"])],
    "Keywords: neglect, parents with learning disabilities, alcohol misuse."],
   T("Children of Family M|Family M", "unknown", "overview", "serious_harm", "", "*", "*", "*", "not_stated", "neglect", risk="parental_learning_disability; parental_alcohol_misuse", ctx="looked_after|", n="5", publication_year="2020"), link="> Read the overview report"),
])

# --- "Case reviews update" 2025: "Learning themes include:", "Recommendations to the partnership include:".
FILES["td-update-2025.html"] = dict(page_title="Case reviews update", html_preamble=["<p>Skip to content.</p>"] + NAV[1:], html_footer=FOOT,
    h1="Case reviews update", month="*",
    intro_html=["New in the collection. This update highlights case reviews recently added to the collection. Invented for testing: no real child, family or place."],
    entries=[
 E("2025 – Anonymous – Child BA", [
    "Death of a 2-year-old girl in February 2023 after ingesting cocaine at her father's flat. Child BA lived with her mother and stayed with her father at weekends. The father was later convicted of child cruelty. Child BA's half-brother, aged 15, had been excluded from school and was known to the youth justice service.",
    [L("Learning themes include:", ["risks in the home of a parent who does not live with the child", "drug use by fathers"])],
    [R("Recommendations to the partnership include:", ["assess the home of every parent who has a child to stay"])]],
   T("Child BA", "unknown", "overview", "death", "2023", "2-year-old", "2.00", "1_5", "female", "poisoning_ingestion|poisoning_ingestion; neglect", risk="parental_substance_misuse", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Child BC", [
    "Serious harm to a 16-year-old boy who was criminally exploited and assaulted by older young people in 2023. Child BC had lived with his grandmother under a special guardianship order since he was 4. His mother had died of a drug overdose.",
    [L("Learning themes include:", ["support for special guardians caring for teenagers", "exploitation outside the home"])],
    [R("Recommendations to the partnership include:", ["offer special guardians support when children reach adolescence"])]],
   T("Child BC", "unknown", "overview", "serious_harm", "2023", "16-year-old", "16.00", "16_17", "male", "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse", risk="|parental_substance_misuse", ctx="connected_carers", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Baby BD", [
    "Death of a 7-week-old baby boy in 2023. Baby BD was found unresponsive in an adult bed where he had been sleeping with his mother, who had taken prescribed sleeping tablets. The mother was 17 and was herself a looked after child living in a supported placement.",
    [L("Learning themes include:", ["safer sleep for parents who are looked after children", "the effect of medication on safer sleep"])],
    [R("Recommendations to the partnership include:", ["safer sleep plans for every looked after young parent"])]],
   T("Baby BD", "unknown", "overview", "death", "2023", "7-week-old", "0.13", "under_1", "male", "sudden_unexpected_infant_death", risk="co_sleeping", publication_year="2025"), link="Read the overview report"),
 E("2025 – Hollinbrook – Child BE", [
    "Child BE, aged 13, was sexually abused by her mother's partner between 2021 and 2023. The partner was a registered sex offender who had not disclosed his convictions. Child BE's older sister had previously disclosed abuse by the same man, but this was not investigated.",
    [L("Learning themes include:", ["the management of registered sex offenders who form new relationships", "listening to disclosures from siblings"])],
    [R("Recommendations to the partnership include:", ["police to check new relationships of registered sex offenders"])]],
   T("Child BE", "unknown", "overview", "serious_harm", "2021|", "aged 13|13", "13.00", "11_15", "female", "sexual_abuse", risk="parental_criminality|", area="Hollinbrook", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Child BF", [
    "Death of a 15-year-old boy in a road traffic collision in August 2023. Child BF was a passenger in a stolen car driven by a 17-year-old. He had been reported missing from his foster placement the day before. Child BF had been in care since the age of 11.",
    [L("Learning themes include:", ["responses to children missing from care", "the influence of older peers"])],
    [R("Recommendations to the partnership include:", ["review the missing from care protocol"])]],
   T("Child BF", "unknown", "overview", "death", "2023", "15-year-old", "15.00", "11_15", "male", "other|other; extra_familial_harm", ctx="looked_after; foster_care", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Child BG", [
    "Serious injury to a 3-month-old girl in 2024. Child BG was admitted to hospital with a fractured femur. Both parents denied causing the injury. There was no history of domestic abuse, mental health problems or substance misuse in the family.",
    [L("Learning themes include:", ["injuries in non-mobile babies", "working with families where there are no known risks"])],
    [R("Recommendations to the partnership include:", ["audit the use of the non-mobile baby protocol"])]],
   T("Child BG", "unknown", "overview", "serious_harm", "2024", "3-month-old", "0.25", "under_1", "female", "physical_abuse", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Child BH", [
    "Death of a 9-year-old boy with a life-limiting condition in 2023. Child BH's parents had stopped his medication and missed hospital appointments. Child BH had an education, health and care plan. His parents said their religious beliefs guided their choices about his treatment.",
    [L("Learning themes include:", ["medical neglect of disabled children", "parental beliefs and children's rights to treatment"])],
    [R("Recommendations to the partnership include:", ["seek legal advice when parents refuse treatment for a child"])]],
   T("Child BH", "unknown", "overview", "death", "2023", "9-year-old", "9.00", "6_10", "male", "neglect", ctx="disabled; ehcp", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Young people who self-harm", [
    "Thematic review of four young people aged 13 to 16 who were admitted to hospital after serious self-harm in 2023. Three of the young people had been waiting for mental health services. Two had parents with mental health problems.",
    [L("Learning themes include:", ["waiting lists for mental health services", "the role of schools in safety planning"])],
    [R("Recommendations to the partnership include:", ["a named contact for every young person on a waiting list"])]],
   T("", "unknown", "overview", "serious_harm", "2023", "*", "*", "*", "not_stated", "self_harm_suicide", risk="parental_mental_health|", n="4", thematic="true", publication_year="2025"), link="Read the overview report"),
])

# --- A partnership's monthly repository digest (March 2018): numbered "Type: Name (document)" headings,
# "Learning includes:", "Recommendations include:", "Other resources Read ..." links.
FILES["te-monthly-2018.txt"] = dict(pubyear="2018|", month="2018-03", preamble=[
    "NSPCC Repository – March 2018",
    "In March 2018 eight case reviews were published to the NSPCC Repository. A summary of each of these cases can be found below (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Serious case review: Child CA (overview report)", [
    "Death of a 6-month-old boy in 2016 from a bleed on the brain. Child CA's father, aged 21, admitted shaking him. Child CA's mother had been a victim of domestic abuse from a previous partner and had a history of depression. Ethnicity and nationality not stated.",
    [L("Learning includes:", ["fathers were not included in conversations about crying babies", "the mother's history was not shared with the health visitor"])],
    [R("Recommendations include:", ["a crying baby programme for both parents"])]],
   T("Child CA", "serious_case_review", "overview", "death", "2016", "6-month-old", "0.50", "under_1", "male", "physical_abuse; non_accidental_head_injury", risk="domestic_abuse; parental_mental_health|parental_mental_health"), link="Other resources Read overview report"),
 E("2. Serious case review: Child CB (executive summary)", [
    "Child CB, a 17-year-old young woman, was found dead in her flat in 2016. She was pregnant and had been a care leaver since the age of 16. Her boyfriend, aged 24, had been violent towards her. The cause of death was not established.",
    [L("Learning includes:", ["care leavers living alone need more support", "violence from an older boyfriend was not seen as abuse"])],
    [R("Recommendations include:", ["personal advisers to ask care leavers about their relationships"])]],
   T("Child CB", "serious_case_review", "executive_summary", "death", "2016", "17-year-old", "17.00", "16_17", "female", "|physical_abuse|extra_familial_harm", risk="domestic_abuse|", ctx="looked_after|"), link="Other resources Read executive summary"),
 E("3. Learning review: Child CC", [
    "Serious neglect of a 4-year-old boy who was found in 2017 weighing 12kg and unable to walk. Child CC had not been seen by a health professional since he was 1. His parents had withdrawn from all services and home educated his older siblings.",
    [L("Learning includes:", ["children who are not seen by any service are at risk", "home education of older siblings can hide younger children"])],
    [R("Recommendations include:", ["follow up every child who misses health reviews"])]],
   T("Child CC", "learning_review", "unknown", "serious_harm", "2017", "4-year-old", "4.00", "1_5", "male", "neglect"), link="Other resources Read learning review"),
 E("4. Serious case review: Child CD (overview report)", [
    "Child CD, a 14-year-old boy, took his own life in 2016. Child CD had experienced racist bullying at school. He was of Bangladeshi heritage. His father had been diagnosed with cancer the year before.",
    [L("Learning includes:", ["racist bullying was not recorded as such", "the impact of a parent's illness on a child"])],
    [R("Recommendations include:", ["schools to record and report racist incidents"])]],
   T("Child CD", "serious_case_review", "overview", "death", "2016", "14-year-old", "14.00", "11_15", "male", "self_harm_suicide", eth="Bangladeshi|Bangladeshi heritage"), link="Other resources Read overview report"),
 E("5. Serious case review: Children CE, CF and CG (overview report)", [
    "Physical and emotional abuse of three brothers aged 8, 10 and 12 by their father between 2013 and 2016. The father had a criminal record for violence. The boys' mother had died in 2012. The eldest boy had been diagnosed with autism.",
    [L("Learning includes:", ["the boys' accounts were not heard", "bereavement hid signs of abuse"])],
    [R("Recommendations include:", ["speak to each child alone during assessments"])]],
   T("Children CE, CF and CG", "serious_case_review", "overview", "serious_harm", "2013|", "*", "*", "*", "male", "physical_abuse; emotional_abuse", risk="parental_criminality", ctx="disabled|", n="3"), link="Other resources Read overview report"),
 E("6. Serious case review: Child CH (executive summary)", [
    "Child CH, a 15-year-old girl, was admitted to hospital in 2017 after taking an overdose of paracetamol. She had been sexually assaulted by a 16-year-old boy at a party several months earlier. She was on a child in need plan at the time.",
    [L("Learning includes:", ["the sexual assault was not followed by an assessment of her mental health", "the school was not told of the assault"])],
    [R("Recommendations include:", ["a pathway for young people after sexual assault"])]],
   T("Child CH", "serious_case_review", "executive_summary", "serious_harm", "2017", "15-year-old", "15.00", "11_15", "female", "self_harm_suicide; poisoning_ingestion; sexual_abuse|self_harm_suicide; sexual_abuse|self_harm_suicide; poisoning_ingestion; sexual_abuse; extra_familial_harm|self_harm_suicide; sexual_abuse; extra_familial_harm", ctx="child_in_need_plan"), link="Other resources Read executive summary"),
 E("7. Domestic homicide review: Ms D (executive summary)", [
    "Death of Ms D, a 38-year-old woman, killed by her former partner in 2016. Her three children, aged 6, 9 and 14, were at school at the time. The former partner had been subject to a non-molestation order.",
    [L("Learning includes:", ["the children's views were not sought when the order was breached"])],
    [R("Recommendations include:", ["police to tell schools when a non-molestation order is breached"])]],
   T("", "domestic_homicide_review", "executive_summary", "other|unknown", "2016", "*", "*", "*", "*", "|emotional_abuse", risk="domestic_abuse", n="*"), link="Other resources Read executive summary"),
 E("8. Serious case review: Baby CJ (overview report)", [
    "Serious injury to a baby girl aged 5 weeks in 2017. Baby CJ's 3-year-old brother had previously been placed on a child protection plan because of neglect. Baby CJ was found to have a skull fracture. The parents' explanation was not consistent with the injury.",
    [L("Learning includes:", ["the history of the older child was not used in pre-birth planning", "explanations for injuries must fit the baby's development"])],
    [R("Recommendations include:", ["pre-birth assessments for every baby whose sibling has had a child protection plan"])]],
   T("Baby CJ", "serious_case_review", "overview", "serious_harm", "2017", "aged 5 weeks|5 weeks", "0.10", "under_1", "female", "physical_abuse; non_accidental_head_injury"), link="Other resources Read overview report"),
])
