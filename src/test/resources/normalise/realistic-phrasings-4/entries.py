# Entries of the "realistic phrasings 4" set (issue 9, session 15): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: NSPCC yearly lists,
# "Recently published case reviews", "Case reviews update", a monthly repository digest, and the NSPCC pages on
# child practice reviews (Wales), significant case reviews / learning reviews (Scotland), case management reviews
# (Northern Ireland) and single unified safeguarding reviews (Wales)). New traps, not in sets 1-3: ages of adults and
# siblings stated before the child's, ages in months / weeks / days, 'unborn' beside "34 weeks' gestation", 'newborn';
# "aged 16 at the time of her death in 2022" in a list of a later year; an incident year given only as a season or
# a financial year; harms named only by their effects (fractures, bruising, malnourishment, a bleed behind the eyes);
# "no evidence of" / "was not known to have" negations; a care context past ("had previously been looked after",
# "adopted from care") and another person's (a mother who is looked after, a half-brother in kinship care, children
# "removed from her care"); adolescents in a young offender institution, a secure children's home, a juvenile justice
# centre, secure accommodation; online harms; FGM; fabricated or induced illness; drowning; suicide; the review type
# named only in the summary's first words (Welsh, Scottish, Northern Irish).
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 README, unchanged): not stated means empty; a code is about the child(ren) the
# entry describes, never a parent's or sibling's own harm, plan or condition; a drowning or a fire is no harm code by
# itself (left alone -> neglect; a fire set by a person -> physical_abuse); fabricated or induced illness is `other`
# (digests-e2e README); a past care context is coded (unseen-entries GX: "had previously been on a child protection
# plan" -> child_protection_plan); several children: ages `*`; `a|b` alternatives, `*` not scored.
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


# Truth corrected in session 38 under the lead's trafficking decision (normalise/unseen-entries.txt, 'session 38
# decision'): trafficking told with its purpose gives that purpose's code alone, no `other` beside it: fc #7 Child HX
# (brought by traffickers and found doing unpaid work at a salon: labour exploitation, criminal exploitation's code).
FILES = {}

# --- 2017 yearly list: "Month YYYY – Area - Name", Background: / Key issues: / Recommendations: / Keywords:.
FILES["fa-yearly-2017-background.txt"] = dict(pubyear="2017", preamble=[
    "Case reviews published in 2017", "",
    "A chronological list of the executive summaries or full overview reports of serious case reviews published in 2017. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2017 – Harrowden - Child DA", [
    "A 17-year-old boy died by suicide in the winter of 2015 while serving a sentence in a young offender institution. Child DA had been sentenced three weeks earlier. He had previously been looked after by the local authority and had returned to live with his father at 15.",
    "Background: Child DA's father, aged 52, had served several prison sentences for burglary. There was no evidence that Child DA had been physically abused at home.",
    [L("Key issues:", ["the risk of suicide in the first weeks of custody was not assessed", "the youth offending team did not share his history of care"])],
    [R("Recommendations:", ["a suicide risk assessment for every young person on arrival in custody"])],
    "Keywords: suicide, young offenders, custody"],
   T("Child DA", "unknown", "overview", "death", "2015", "17-year-old", "17.00", "16_17", "male", "self_harm_suicide", risk="parental_criminality", ctx="looked_after", area="Harrowden"), link="Read the overview report"),
 E("December 2017 – Harrowden - Baby EB", [
    "Serious harm to a baby girl aged 7 weeks in the spring of 2016. Baby EB was found to have fractures to three ribs and both wrists, at different stages of healing, when she was taken to hospital with a swollen arm.",
    "Background: Baby EB's parents were 23 and 26. Her mother's older child, aged 4, lived with his paternal grandparents under a child arrangements order. Neither parent was known to mental health or substance misuse services.",
    [L("Key issues:", ["a swollen limb in a non-mobile baby was not treated as a possible injury", "the reasons the older child lived elsewhere were not explored"])],
    [R("Recommendations:", ["skeletal surveys for every non-mobile baby with an unexplained swelling"])],
    "Keywords: fractures, non-mobile babies"],
   T("Baby EB", "unknown", "overview", "serious_harm", "2016", "aged 7 weeks|7 weeks", "0.13", "under_1", "female", "physical_abuse", area="Harrowden"), link="Read the overview report"),
 E("November 2017 – Kestle - Children FC, FD and FE", [
    "Neglect of three siblings, a boy aged 11 and two girls aged 6 and 8, over a period of four years up to 2016. The children were malnourished, had head lice and untreated tooth decay, and the middle child had missed 40% of school. Their mother, aged 38, had long-standing depression and drank heavily.",
    "Background: the eldest child had previously been looked after for six months in 2012 under a voluntary arrangement. The children were on child protection plans from 2015.",
    [L("Key issues:", ["the cumulative effect of neglect was not seen", "school absence was not linked to the home conditions"])],
    [R("Recommendations:", ["a neglect toolkit to be used at every child protection review"])],
    "Keywords: neglect, parental mental health, alcohol misuse"],
   T("Children FC, FD and FE", "unknown", "overview", "serious_harm", "2016|2012|", "*", "*", "*", "mixed", "neglect", risk="parental_mental_health; parental_alcohol_misuse", ctx="child_protection_plan; looked_after|child_protection_plan", n="3", area="Kestle"), link="Read the overview report"),
 E("November 2017 – Kestle - Child GF", [
    "Child GF died in hospital in 2016, aged 16 months, from dehydration and malnourishment. He weighed less than he had at his 8-month review. Child GF's 19-year-old mother had been a looked after child and was living in supported lodgings until shortly before his death.",
    "Background: the health visitor had seen Child GF twice. The mother's own care history was known to children's social care but was not shared with the GP.",
    [L("Key issues:", ["weight loss was not plotted on the growth chart", "young parents leaving care were not offered extra health visiting"])],
    [R("Recommendations:", ["growth to be plotted at every contact with a child under 2"])],
    "Keywords: neglect, care leavers, young parents"],
   T("Child GF", "unknown", "overview", "death", "2016", "aged 16 months|16 months", "1.33", "1_5", "male", "neglect", area="Kestle"), link="Read the overview report"),
 E("October 2017 – Wenmoor - Child HG", [
    "Fabricated or induced illness of a 7-year-old girl between 2013 and 2016. Child HG's mother reported that she had seizures and food allergies, and Child HG underwent more than 30 hospital appointments, a feeding tube and unnecessary medication. Child HG used a wheelchair that she did not need.",
    "Background: Child HG was withdrawn from school in 2015 to be home educated. Her mother, aged 41, had previously worked as a care assistant.",
    [L("Key issues:", ["no one professional held a view of all the appointments", "the girl's own account of her health was not sought"])],
    [R("Recommendations:", ["a named paediatrician for children with many unexplained symptoms"])],
    "Keywords: fabricated or induced illness, home education"],
   T("Child HG", "unknown", "overview", "serious_harm", "2013|2016|", "7-year-old", "7.00", "6_10", "female", "other", ctx="not_in_school", area="Wenmoor"), link="Read the overview report"),
 E("October 2017 – Wenmoor - Child JH", [
    "Female genital mutilation of a 9-year-old girl, discovered by a GP in the autumn of 2016. The mutilation was thought to have happened during a visit to her grandmother abroad in the summer of 2015. Child JH's older sisters, aged 14 and 17, had not been cut.",
    "Background: Child JH's mother had been cut as a girl, and this was noted in the maternity record when Child JH was born. No FGM risk assessment was made.",
    [L("Key issues:", ["a mother's FGM recorded at birth did not lead to a risk assessment for her daughters", "travel abroad in the school holidays was not discussed"])],
    [R("Recommendations:", ["midwives to share a mother's FGM with the health visitor and the GP"])],
    "Keywords: female genital mutilation"],
   T("Child JH", "unknown", "overview", "serious_harm", "2015|2016", "9-year-old", "9.00", "6_10", "female", "fgm_honour_based_abuse", area="Wenmoor"), link="Read the overview report"),
 E("September 2017 – Tarnbridge - Child KJ", [
    "Child KJ, aged 14, was sexually abused online by a man in his 30s who posed as a teenage boy on a gaming platform in 2016. The man persuaded him to share sexual pictures of himself, then arranged to meet him and sexually assaulted him.",
    "Background: Child KJ lived with his grandmother, who had a special guardianship order, after his mother's death in 2011. His father was not known to agencies.",
    [L("Key issues:", ["special guardians were not given advice about online safety", "the boy's secrecy about his phone was not questioned"])],
    [R("Recommendations:", ["online safety sessions for special guardians and kinship carers"])],
    "Keywords: online abuse, grooming, special guardianship"],
   T("Child KJ", "unknown", "overview", "serious_harm", "2016", "aged 14|14", "14.00", "11_15", "male", "online_harm; sexual_abuse|online_harm; sexual_abuse; extra_familial_harm|online_harm; sexual_abuse; child_sexual_exploitation|online_harm; sexual_abuse; child_sexual_exploitation; extra_familial_harm", ctx="connected_carers", area="Tarnbridge"), link="Read the overview report"),
 E("September 2017 – Tarnbridge - Child LK", [
    "Death of a 4-year-old girl who drowned in a bath in August 2016 after being left with her 6-year-old brother while her mother went to the shop. Child LK's mother was 25 and had a history of cannabis use.",
    "Background: the family had been referred to children's social care twice in 2015 about home conditions, but the referrals did not progress. The children were not subject to any plan.",
    [L("Key issues:", ["repeated referrals below the threshold were not seen together", "bath safety was not discussed with the mother"])],
    [R("Recommendations:", ["a second referral within a year to lead to a multi-agency discussion"])],
    "Keywords: drowning, supervision, substance misuse"],
   T("Child LK", "unknown", "overview", "death", "2016", "4-year-old", "4.00", "1_5", "female", "neglect", risk="parental_substance_misuse", area="Tarnbridge"), link="Read the overview report"),
])

# --- 2018 yearly list: "2018 – Anonymous – Name", Background: / Key issues: / Recommendations: / Keywords:.
FILES["fb-yearly-2018-anonymous.txt"] = dict(pubyear="2018", preamble=[
    "Case reviews published in 2018", "",
    "A chronological list of the executive summaries or full overview reports of serious case reviews published in 2018. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2018 – Anonymous – Child MA", [
    "Suicide of a 15-year-old girl in 2017 while she was placed in secure accommodation. Child MA had been made subject to a secure accommodation order after repeated episodes of going missing and self-harm. She had been sexually exploited by adult men since the age of 13.",
    "Background: Child MA had been in care since 2014 and had had eleven placements. Her mother had a history of heroin use and had died in 2013.",
    [L("Key issues:", ["secure accommodation was used without a plan for her recovery", "frequent placement moves left her without a trusted adult"])],
    [R("Recommendations:", ["a trauma-informed plan for every child placed in secure accommodation"])],
    "Keywords: suicide, secure accommodation, child sexual exploitation"],
   T("Child MA", "unknown", "overview", "death", "2017", "15-year-old", "15.00", "11_15", "female", "self_harm_suicide; child_sexual_exploitation|self_harm_suicide; child_sexual_exploitation; extra_familial_harm", risk="parental_substance_misuse|", ctx="looked_after"), link="Read the overview report"),
 E("2018 – Anonymous – Unborn Baby NB", [
    "Death of an unborn baby at 34 weeks' gestation in 2017 after the mother was assaulted by her partner. The mother, aged 20, had been subject to a child protection plan as a teenager. The unborn baby was to be the subject of a pre-birth assessment which had not started.",
    "Background: the partner, aged 29, had been convicted of assaulting two previous partners. There was no evidence of drug or alcohol misuse by the mother.",
    [L("Key issues:", ["the partner's convictions were not checked when the pregnancy was booked", "pre-birth assessments started too late"])],
    [R("Recommendations:", ["pre-birth assessments to start by 20 weeks of pregnancy"])],
    "Keywords: domestic abuse, pregnancy, pre-birth assessment"],
   T("Unborn Baby NB", "unknown", "overview", "death", "2017", "unborn|unborn baby", "", "unborn", "not_stated", "physical_abuse", risk="domestic_abuse; parental_criminality|domestic_abuse"), link="Read the overview report"),
 E("2018 – Anonymous – Baby PC", [
    "Death of a newborn baby boy in January 2017. Baby PC was born at home after a concealed pregnancy and was found dead in a bin the next day. His mother was 16 at the time and was living with her parents.",
    "Background: the mother had been on a child in need plan in 2015 because of her school non-attendance. No one in the family had known about the pregnancy.",
    [L("Key issues:", ["signs of pregnancy in a young teenager were not explored", "sex and relationships education did not cover concealed pregnancy"])],
    [R("Recommendations:", ["school nurses to be trained in recognising concealed pregnancy"])],
    "Keywords: concealed pregnancy, infant death"],
   T("Baby PC", "unknown", "overview", "death", "2017", "newborn|newborn baby|newborn baby boy", "|0.00", "under_1", "male", "neglect|"), link="Read the overview report"),
 E("2018 – Anonymous – Child QD", [
    "Serious injury to a 2-year-old girl in 2016 after she was bitten on the face by the family's dog. Child QD's brother, aged 9, was subject to a child protection plan under the category of neglect; Child QD had been born after the plan started and was not included in it.",
    "Background: the dog was of a breed banned in the UK. The mother had previously reported domestic abuse by Child QD's father, who no longer lived with the family.",
    [L("Key issues:", ["a new baby was not added to her brother's plan", "the risk from the dog was not assessed on home visits"])],
    [R("Recommendations:", ["every child in a household to be considered when a sibling has a child protection plan"])],
    "Keywords: dog bites, neglect, siblings"],
   T("Child QD", "unknown", "overview", "serious_harm", "2016", "2-year-old", "2.00", "1_5", "female", "other|", risk="domestic_abuse"), link="Read the overview report"),
 E("2018 – Anonymous – Child RE", [
    "Child RE was aged 16 at the time of his death in 2016. He was stabbed by another young person in a park. Child RE had been released from a secure training centre three months earlier and was subject to a youth rehabilitation order.",
    "Background: Child RE had been criminally exploited to sell drugs in another county since he was 14 and had been permanently excluded from school in Year 9. His mother, who was 34, had asked for help on several occasions.",
    [L("Key issues:", ["the boy was seen as an offender rather than a victim of exploitation", "the mother's requests for help were not answered"])],
    [R("Recommendations:", ["a resettlement plan for every child leaving custody"])],
    "Keywords: knife crime, county lines, custody"],
   T("Child RE", "unknown", "overview", "death", "2016", "aged 16|16", "16.00", "16_17", "male", "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation; physical_abuse|child_criminal_exploitation", ctx="not_in_school"), link="Read the overview report"),
 E("2018 – Anonymous – Child SF", [
    "Physical abuse of a 6-year-old boy by his stepfather between autumn 2015 and summer 2016. Child SF had bruising to his ears and back, a burn to his hand and a fractured finger. The stepfather, aged 33, was sentenced to four years in 2017.",
    "Background: Child SF had been adopted from care at the age of 2 and his adoptive mother had later married the stepfather. There was no evidence of sexual abuse.",
    [L("Key issues:", ["post-adoption support did not ask about new partners", "injuries were explained by the boy's clumsiness"])],
    [R("Recommendations:", ["adoption support to include checks on new members of the household"])],
    "Keywords: physical abuse, adoption, step-parents"],
   T("Child SF", "unknown", "overview", "serious_harm", "2015|2016|", "6-year-old", "6.00", "6_10", "male", "physical_abuse", risk="|parental_criminality", ctx="|looked_after"), link="Read the overview report"),
 E("2018 – Anonymous – Child TG", [
    "Death of a 13-year-old girl in 2017 after she took an overdose of her mother's medication. Child TG had been bullied on social media, where images of her had been shared without her consent. She had no previous contact with mental health services.",
    "Background: Child TG's mother had bipolar disorder and had been admitted to hospital under the Mental Health Act in 2016. Child TG had been a young carer for her mother.",
    [L("Key issues:", ["the school did not act on reports of online bullying", "young carers were not identified"])],
    [R("Recommendations:", ["schools to have a procedure for images shared without consent"])],
    "Keywords: suicide, online bullying, young carers"],
   T("Child TG", "unknown", "overview", "death", "2017", "13-year-old", "13.00", "11_15", "female", "self_harm_suicide; online_harm; poisoning_ingestion|self_harm_suicide; online_harm", risk="parental_mental_health"), link="Read the overview report"),
 E("2018 – Anonymous – Baby UH", [
    "Serious injury to a 26-day-old baby girl in 2017 who was found to have a subdural haemorrhage and bleeding behind both eyes. Baby UH's father, aged 19, had left care at 18 and had been convicted of robbery at 17.",
    "Background: Baby UH's mother, aged 18, was looked after and living in a supported placement when Baby UH was born. No concerns had been raised by the midwife.",
    [L("Key issues:", ["the father was not included in the pre-birth work", "support for parents who are care leavers was not joined up"])],
    [R("Recommendations:", ["fathers to be seen in every pre-birth assessment"])],
    "Keywords: head injuries, care leavers, young parents"],
   T("Baby UH", "unknown", "overview", "serious_harm", "2017", "26-day-old", "0.07", "under_1", "female", "physical_abuse; non_accidental_head_injury|non_accidental_head_injury", risk="parental_criminality"), link="Read the overview report"),
])

NAV = ["<header><a href=\"#main\">Skip to content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Safeguarding and child protection</a></li><li><a href=\"#\">Case reviews</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Cookie settings</p><p>Privacy notice</p></footer>"]

# --- "Recently published case reviews" 2019-2024: "YYYY – Anonymous – Name", Learning: / Recommendations: /
# Keywords:, "> Read the overview report".
FILES["fc-recent-2019-2024.html"] = dict(page_title="Recently published case reviews", html_preamble=NAV, html_footer=FOOT,
    h1="Recently published case reviews",
    intro_html=["A list of the full overview reports and executive summaries added to the collection. Invented for testing: no real child, family or place."],
    entries=[
 E("2019 – Anonymous – Child VA", [
    "Child VA, a 3-year-old boy, drowned in an inflatable pool in the garden in summer 2018 while in the care of his 13-year-old sister. His mother, aged 27, was at work. The sister was herself a young carer and was known to the school's pastoral team.",
    [L("Learning:", ["older siblings were relied on for childcare", "the family's need for childcare was not assessed"])],
    [R("Recommendations:", ["early help assessments to ask who looks after young children"])],
    "Keywords: drowning, supervision, young carers."],
   T("Child VA", "unknown", "overview", "death", "2018", "3-year-old", "3.00", "1_5", "male", "neglect|", publication_year="2019"), link="> Read the overview report"),
 E("2020 – Anonymous – Child WB", [
    "Child WB, a 17-year-old girl with a learning disability, had been sexually exploited during the financial year 2018/19. She was being cared for by her aunt under a kinship arrangement. Her mother, who also had a learning disability, had been on a child protection plan as a teenager.",
    [L("Learning:", ["exploitation of young people with learning disabilities was not recognised", "kinship carers were not given information about exploitation"])],
    [R("Recommendations:", ["exploitation screening tools adapted for young people with learning disabilities"])],
    "Keywords: child sexual exploitation, learning disabilities, kinship care."],
   T("Child WB", "unknown", "overview", "serious_harm", "2018|2019", "17-year-old", "17.00", "16_17", "female", "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm", risk="parental_learning_disability", ctx="disabled; connected_carers", publication_year="2020"), link="> Read the overview report"),
 E("2021 – Anonymous – Children of Family P", [
    "Sexual abuse of four children, three girls and a boy aged between 5 and 14, by their maternal grandfather between 2015 and 2019. The grandfather, aged 71, had a conviction for indecent assault in 1987. The children's father was in prison for drug offences.",
    [L("Learning:", ["old convictions of grandparents were not considered", "the children's behaviour at school was not linked to abuse"])],
    [R("Recommendations:", ["checks on grandparents who provide regular care"])],
    "Keywords: intrafamilial sexual abuse, grandparents."],
   T("Children of Family P|Family P", "unknown", "overview", "serious_harm", "2015|2019|", "*", "*", "*", "mixed", "sexual_abuse", risk="parental_criminality", n="4", publication_year="2021"), link="> Read the overview report"),
 E("2021 – Anonymous – Child XC", [
    "Child XC, aged 15, took his own life in 2020 by jumping from the top floor of a car park. He had been talking to an adult online who encouraged him to harm himself. He was autistic and had not attended school since the first national lockdown.",
    [L("Learning:", ["the online contact was not known to his parents or school", "children out of school during lockdown were not checked on"])],
    [R("Recommendations:", ["contact with every child not attending school for more than four weeks"])],
    "Keywords: suicide, online harm, autism."],
   T("Child XC", "unknown", "overview", "death", "2020", "aged 15|15", "15.00", "11_15", "male", "self_harm_suicide; online_harm", ctx="disabled; not_in_school", publication_year="2021"), link="> Read the overview report"),
 E("2022 – Anonymous – Baby YD", [
    "A baby boy, aged 3 months, was admitted to hospital in November 2021 with a skull fracture and bleeding behind both eyes. His parents, both 22, gave no explanation. Baby YD's half-sister, aged 5, had been on a child protection plan for physical abuse in 2019.",
    [L("Learning:", ["the half-sister's history was not considered when Baby YD was born", "unexplained injuries need a prompt strategy discussion"])],
    [R("Recommendations:", ["birth notifications to be checked against siblings' plans"])],
    "Keywords: head injuries, non-accidental injuries."],
   T("Baby YD", "unknown", "overview", "serious_harm", "2021", "aged 3 months|3 months", "0.25", "under_1", "male", "physical_abuse; non_accidental_head_injury", publication_year="2022"), link="> Read the overview report"),
 E("2022 – Anonymous – Child ZE", [
    "Child ZE, who was 12, was seriously injured in a house fire started by her father in March 2021. Her father had been diagnosed with psychosis and had not been taking his prescribed antipsychotics. Child ZE's two younger brothers were not at home.",
    [L("Learning:", ["adult mental health services did not consider the children in the home", "missed medication was not shared with the GP"])],
    [R("Recommendations:", ["a think family question in every adult mental health assessment"])],
    "Keywords: house fires, parental mental health."],
   T("Child ZE", "unknown", "overview", "serious_harm", "2021", "who was 12|12|was 12", "12.00", "11_15", "female", "physical_abuse", risk="parental_mental_health", publication_year="2022"), link="> Read the overview report"),
 E("2023 – Anonymous – Child HX", [
    "A 14-year-old girl brought to the UK from Vietnam by traffickers was discovered in 2022 doing unpaid work at a beauty salon. Child HX went into foster care but disappeared within two days and is still missing. She had no family in the UK.",
    [L("Learning:", ["trafficked children go missing in the first days of care", "the national referral mechanism was not used"])],
    [R("Recommendations:", ["a safety plan before a trafficked child is placed"])],
    "Keywords: trafficking, missing children, modern slavery."],
   T("Child HX", "unknown", "overview", "other|serious_harm|unknown", "2022", "14-year-old", "14.00", "11_15", "female", "child_criminal_exploitation|child_criminal_exploitation; extra_familial_harm", ctx="looked_after; foster_care", eth="not_stated|Vietnam|Vietnamese", publication_year="2023"), link="> Read the overview report"),
 E("2024 – Anonymous – Child JY", [
    "Child JY, aged 16 at the time of her death in 2022, died from a drugs overdose at a party. She had previously been on a child protection plan under the category of neglect, which ended when she was 12. Her mother was alcohol dependent.",
    [L("Learning:", ["the effects of long-term neglect in adolescence", "young people's drug use was not discussed with them"])],
    [R("Recommendations:", ["drug education in every secondary school"])],
    "Keywords: drugs, neglect, adolescents."],
   T("Child JY", "unknown", "overview", "death", "2022", "aged 16|16", "16.00", "16_17", "female", "poisoning_ingestion|poisoning_ingestion; neglect", risk="parental_alcohol_misuse", ctx="child_protection_plan", publication_year="2024"), link="> Read the overview report"),
])

# --- "Case reviews update" 2025, the reviews of Wales, Scotland and Northern Ireland named in the summary's first
# words: "Learning themes include:", "Recommendations to the partnership include:".
FILES["fd-update-2025-nations.html"] = dict(page_title="Case reviews update", html_preamble=["<p>Skip to content.</p>"] + NAV[1:], html_footer=FOOT,
    h1="Case reviews update", month="*",
    intro_html=["New in the collection. This update highlights case reviews recently added to the collection from across the UK. Invented for testing: no real child, family or place."],
    entries=[
 E("2025 – Bro Teifi – Child KZ", [
    "An extended child practice review into the death of a 10-month-old boy in the winter of 2022. Child KZ died from a head injury; his mother's partner, aged 30, was convicted of murder. Child KZ had been on the child protection register for two months before his death.",
    [L("Learning themes include:", ["new partners were not assessed when they moved in", "core groups did not meet during the holidays"])],
    [R("Recommendations to the partnership include:", ["assess every new adult who joins the household of a child on the register"])]],
   T("Child KZ", "child_practice_review", "overview", "death", "2022", "10-month-old", "0.83", "under_1", "male", "physical_abuse; non_accidental_head_injury", risk="|parental_criminality", ctx="child_protection_plan", area="Bro Teifi", publication_year="2025"), link="Read the overview report"),
 E("2025 – Inverallan – Child LM", [
    "A learning review about a 14-year-old girl who was sexually exploited by a group of older males in 2023, some of whom she met through social media. Child LM was accommodated in a residential house and was subject to a compulsory supervision order. Her younger sister lived with their father.",
    [L("Learning themes include:", ["the girl's relationships were seen as her choice", "residential staff did not know how to report online contact"])],
    [R("Recommendations to the partnership include:", ["exploitation training for residential staff"])]],
   T("Child LM", "learning_review", "overview", "serious_harm", "2023", "14-year-old", "14.00", "11_15", "female", "child_sexual_exploitation; online_harm|child_sexual_exploitation; online_harm; extra_familial_harm|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation", ctx="looked_after", area="Inverallan", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Child MN", [
    "A case management review following the death of a 17-year-old boy by suicide in 2023. Child MN had been in a juvenile justice centre on remand for three weeks earlier that year. He had a history of alcohol misuse from the age of 13, and his father had been killed in 2010.",
    [L("Learning themes include:", ["the move from custody back to the community", "bereavement in early childhood"])],
    [R("Recommendations to the partnership include:", ["a transition worker for every young person leaving the juvenile justice centre"])]],
   T("Child MN", "case_management_review", "overview", "death", "2023", "17-year-old", "17.00", "16_17", "male", "self_harm_suicide", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Child NP", [
    "A single unified safeguarding review into serious harm to a 9-month-old girl in 2024. Child NP had bruising to her cheek, an ear and her abdomen, noticed by a nursery worker. Her father, aged 31, was on probation and had a history of domestic abuse towards a previous partner.",
    [L("Learning themes include:", ["bruising in babies who are not yet walking", "probation and children's services working together"])],
    [R("Recommendations to the partnership include:", ["probation to check for children in the household of every person on licence"])]],
   T("Child NP", "single_unified_safeguarding_review", "overview", "serious_harm", "2024", "9-month-old", "0.75", "under_1", "female", "physical_abuse", risk="domestic_abuse; parental_criminality|parental_criminality", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Child PQ", [
    "A significant case review into the neglect of a 5-year-old boy who weighed 13kg when he started school in August 2022. Child PQ was not registered with a GP or dentist. His parents had moved between four local authority areas in Scotland and England in three years. The mother, who was 24, had previously had two children removed from her care.",
    [L("Learning themes include:", ["families who move often lose their history", "children not registered with a GP"])],
    [R("Recommendations to the partnership include:", ["share records when a family with a history of concern moves across the border"])]],
   T("Child PQ", "significant_case_review", "overview", "serious_harm", "2022", "5-year-old", "5.00", "1_5", "male", "neglect", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Baby QR", [
    "Death of a 6-week-old baby girl in 2024 after she was found unresponsive on a sofa beside her mother, who had drunk alcohol. Baby QR's older brother, aged 2, had been subject to a child in need plan because of concerns about home conditions.",
    [L("Learning themes include:", ["safer sleep when plans change", "home conditions and the risk to a new baby"])],
    [R("Recommendations to the partnership include:", ["safer sleep assessments for every family with a child in need"])]],
   T("Baby QR", "unknown", "overview", "death", "2024", "6-week-old", "0.11", "under_1", "female", "sudden_unexpected_infant_death", risk="co_sleeping; parental_alcohol_misuse|co_sleeping", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Child RS", [
    "Child RS, a 12-year-old boy, was admitted to hospital in 2024 with a fractured skull after he was pushed down stairs by his mother's partner. Child RS had been educated at home since Year 4 and was not known to children's social care. His mother, aged 35, was not known to have any mental health problems.",
    [L("Learning themes include:", ["children educated at home are not seen by professionals", "the new partner's history was not known"])],
    [R("Recommendations to the partnership include:", ["a visit to every child newly registered as educated at home"])]],
   T("Child RS", "unknown", "overview", "serious_harm", "2024", "12-year-old", "12.00", "11_15", "male", "physical_abuse|physical_abuse; non_accidental_head_injury", ctx="not_in_school", publication_year="2025"), link="Read the overview report"),
 E("2025 – Anonymous – Young people in custody", [
    "Thematic review of three boys aged 15 to 17 who were seriously injured while being restrained in a young offender institution between April 2023 and March 2024. Two of the boys had previously been looked after and all three had special educational needs.",
    [L("Learning themes include:", ["the use of restraint on children in custody", "the needs of children with special educational needs in custody"])],
    [R("Recommendations to the partnership include:", ["a review of every restraint that causes injury"])]],
   T("", "unknown", "overview", "serious_harm", "2023|2024|", "*", "*", "*", "male", "physical_abuse|other|", ctx="looked_after|looked_after; ehcp|looked_after; disabled", n="3", thematic="true", publication_year="2025"), link="Read the overview report"),
])

# --- A monthly repository digest (June 2024): numbered "Type: Name (document)" headings with the review types of
# the four nations, "Learning includes:", "Recommendations include:", "Other resources Read ..." links.
FILES["fe-monthly-2024-nations.txt"] = dict(pubyear="2024|", month="2024-06", preamble=[
    "NSPCC Repository – June 2024",
    "In June 2024 eight case reviews were published to the NSPCC Repository from England, Wales, Scotland and Northern Ireland. A summary of each of these cases can be found below (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child practice review: Child SA (overview report)", [
    "Death of a 2-year-old boy in 2022 who swallowed methadone while visiting a friend of his father. Child SA's father, aged 36, was prescribed methadone and had a conviction for supplying heroin. Child SA's mother had left the family after a period of domestic abuse.",
    [L("Learning includes:", ["safe storage of opiate substitutes in homes children visit", "the father's care of the boy was not assessed after the mother left"])],
    [R("Recommendations include:", ["lockable boxes for every parent prescribed methadone"])]],
   T("Child SA", "child_practice_review", "overview", "death", "2022", "2-year-old", "2.00", "1_5", "male", "poisoning_ingestion|poisoning_ingestion; neglect", risk="parental_substance_misuse; parental_criminality; domestic_abuse"), link="Other resources Read overview report"),
 E("2. Case management review: Child TB (executive summary)", [
    "Child TB, a 16-year-old girl, took her own life in 2022 by jumping from a bridge into a river. She had been living in a mother and baby foster placement with her 4-month-old son and was a looked after child. There was no evidence of abuse by the baby's father, aged 19.",
    [L("Learning includes:", ["the mental health of young mothers in care", "postnatal depression in teenage mothers"])],
    [R("Recommendations include:", ["perinatal mental health screening for every looked after young mother"])]],
   T("Child TB", "case_management_review", "executive_summary", "death", "2022", "16-year-old", "16.00", "16_17", "female", "self_harm_suicide", ctx="looked_after; foster_care"), link="Other resources Read executive summary"),
 E("3. Learning review: Child UC", [
    "Serious harm to a 13-year-old boy who was radicalised online by an adult extremist and was found with instructions for making weapons in 2023. Child UC had a diagnosis of autism and a co-ordinated support plan at school. His parents were not known to any service.",
    [L("Learning includes:", ["online radicalisation of autistic children", "schools did not refer concerns about his internet use"])],
    [R("Recommendations include:", ["awareness of online radicalisation in additional support for learning services"])]],
   T("Child UC", "learning_review", "unknown", "serious_harm", "2023", "13-year-old", "13.00", "11_15", "male", "online_harm|online_harm; extra_familial_harm|online_harm; other|online_harm; extra_familial_harm; other", ctx="disabled|disabled; ehcp"), link="Other resources Read learning review"),
 E("4. Significant case review: Children VD and VE (overview report)", [
    "A brother and sister, aged 18 months and 3 years, were neglected and were discovered on their own in a flat in Glenmuir in December 2019; their mother had been gone for two days. The mother, aged 22, had a heroin addiction. The children's 7-year-old half-brother lived with his paternal grandmother under a kinship care order.",
    [L("Learning includes:", ["the mother's relapse was not shared with children's services", "the older half-brother's history was not used in assessments"])],
    [R("Recommendations include:", ["addiction services to ask about children at every appointment"])]],
   T("Children VD and VE", "significant_case_review", "overview", "serious_harm", "2019", "*", "*", "*", "mixed", "neglect", risk="parental_substance_misuse", n="2"), link="Other resources Read overview report"),
 E("5. Child safeguarding practice review: Child WF (overview report)", [
    "Serious injury to a 15-year-old boy who was stabbed in 2023 while carrying drugs for an older male. Child WF had been released from a secure children's home two weeks earlier, where he had been placed on welfare grounds. His older brother, aged 19, was serving a prison sentence for robbery.",
    [L("Learning includes:", ["the move from secure care back home", "exploitation of younger brothers by older relatives' associates"])],
    [R("Recommendations include:", ["a return plan agreed before a child leaves a secure children's home"])]],
   T("Child WF", "child_safeguarding_practice_review", "overview", "serious_harm", "2023", "15-year-old", "15.00", "11_15", "male", "child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse|child_criminal_exploitation; physical_abuse|child_criminal_exploitation", ctx="looked_after|"), link="Other resources Read overview report"),
 E("6. Serious case review: Baby XG (overview report)", [
    "Baby XG, at 11 weeks old, was taken into hospital in 2017 with a spiral fracture of her upper arm and bruising to her chest. Her 15-year-old mother lived with Baby XG's maternal grandparents. The father, aged 20, had been in a young offender institution.",
    [L("Learning includes:", ["the father's history was not known to the health visitor", "the needs of a teenage mother and her baby were assessed separately"])],
    [R("Recommendations include:", ["one assessment for a teenage parent and her baby"])]],
   T("Baby XG", "serious_case_review", "overview", "serious_harm", "2017", "11 weeks old|11 weeks", "0.21", "under_1", "female", "physical_abuse", risk="parental_criminality"), link="Other resources Read overview report"),
 E("7. Child practice review: Child YH (executive summary)", [
    "Child YH, aged 11, died in hospital in the summer of 2021 of diabetic ketoacidosis. His mother had not collected his insulin prescriptions for several months and had cancelled clinic appointments. Child YH had a brother, aged 13, with cerebral palsy, who attended a residential special school.",
    [L("Learning includes:", ["medical neglect of children with long-term conditions", "missed prescriptions were not noticed by the pharmacy or GP"])],
    [R("Recommendations include:", ["GPs to follow up uncollected prescriptions for children"])]],
   T("Child YH", "child_practice_review", "executive_summary", "death", "2021", "aged 11|11", "11.00", "11_15", "male", "neglect", ctx="|disabled"), link="Other resources Read executive summary"),
 E("8. Case management review: Child ZJ (overview report)", [
    "Death of a 14-year-old girl in March 2023 from a drugs overdose in a children's home. Child ZJ had been placed there in the autumn of 2022 after her adoptive placement broke down. She had previously been looked after from birth to the age of 3, when she was adopted. The review found no evidence of sexual exploitation.",
    [L("Learning includes:", ["support for adoptive families when placements are at risk", "drug use in children's homes"])],
    [R("Recommendations include:", ["post-adoption support before an adoptive placement breaks down"])]],
   T("Child ZJ", "case_management_review", "overview", "death", "2023", "14-year-old", "14.00", "11_15", "female", "poisoning_ingestion|poisoning_ingestion; self_harm_suicide|", ctx="looked_after"), link="Other resources Read overview report"),
])
