# Entries of the "realistic phrasings 12" set (issue 9, session 23): invented (names, places, events, sentences),
# phrased the way real published summaries of 2023-2026 are phrased (read with the search tool, corpus `pages`: the
# NSPCC "Case reviews update" of 2025 ("2025 - Area - Name", "Death of a 17-year-old boy in November 2022. ...",
# "Learning themes include:", "Recommendations to the partnership include:", an 8-day-old baby "whilst in the neonatal
# intensive care unit" whose mother attended hospital "at 29 weeks pregnant", a young person sentenced for offences
# committed "when he was 13-years-old"); the four nations' guidance pages (Scotland's learning reviews, which replaced
# significant and initial case reviews; Wales's single unified safeguarding reviews from October 2024, which bring child
# and adult practice reviews and domestic homicide reviews under one process; Northern Ireland's case management
# reviews and safeguarding panels); the Panel's yearly figures by financial year ("between April 2022 and March
# 2023", "2023-24"); the YJB's account of deaths of children in custody and of restraint in secure settings). Only
# short generic phrases are shared with them.
# New traps, not covered by sets 1-11 (each phrase grepped in their entries.py first): several children in one review
# whose ages differ or are one for all (unrelated girls "two unrelated 14-year-old girls", twins of 7 weeks, twins of
# 3 with different outcomes, four children "aged from 18 months to 11 years", a review that focuses on the eldest);
# non-fatal outcomes with lasting injury (paralysed, cerebral palsy after a shaking, a spinal brace, kidney damage, a
# collapsed lung, skin grafts, a hypoxic brain injury, walking with a stick); a newborn who died "on the day he was
# born", a stillbirth at 30 weeks, an unborn baby at 36 weeks' gestation, a baby "born in a car park"; teenagers
# exploited outside the home (a cuckooed flat, a trap house, drugs hidden inside the body, a drug debt, a taxi driver);
# suicide in a young offender institution and a juvenile justice centre, after online threats, after self-harm content;
# online harm (a live stream, a gaming platform, a dangerous challenge, an online group that encouraged cutting);
# restraint in a children's home, a secure children's home, a short break centre and a secure training centre; disabled
# children in residential schools and a residential college (placed by parents or by the local authority); incident
# years as financial years ("during 2023/24", "in 2022-23", "during 2020-21") and winters ("in the winter of 2022/23");
# ages as "in his second year", "in her third year", "aged between 14 and 16", "aged between 2 and 3", "aged 14 or 15",
# "a girl of 4", "in her early teens", "now 12", "Child UD, 17,"; risk factors of adults who are not the child's parents
# (a cuckooed tenant's heroin use, a family friend's drug supply conviction, a placement carer's son's conviction, an
# uncle's schizophrenia, a grandmother's drinking, a neighbour on bail, a babysitting friend who had been drinking, a
# stepmother who is a mental health nurse) and the child's own substance use, self-harm or care history beside a
# parent's; other people's care and plans (a mother looked after or on the register, half-siblings on plans in another
# country, brothers taken into foster care afterwards, siblings adopted).
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -11 READMEs, unchanged; decided from DATA-MODEL.md): not stated means empty;
# a code is about the child(ren) the entry describes, never a parent's, sibling's, cousin's, friend's or perpetrator's
# own harm, plan, care, condition, outcome or age; a parent's mental health, substance or alcohol misuse, learning
# disability, criminality or domestic abuse is the child's risk factor (a mother's partner or stepfather accepted either
# way), never another adult's (a grandmother, an uncle, a family friend, a neighbour, a tenant, a carer's son) nor the
# child's own; a child's own past plan or care is coded; road and rail -> `other`; a span, a winter or a financial year
# over two years accepts either year; an age range for one child gives the band when both ends fall in one band, else
# `unknown`, with no exact age (age_text not scored, age_years empty); "in his second year" is band `1_5` (age not
# scored, as set 8's "in his first year"); an age word ("early teens") is age_text with band `unknown`; a baby of no
# stated age is `under_1`; a stillborn or unborn baby is `unborn`; several children: ages `*` unless one age is stated
# for all (twins, "two unrelated 14-year-old girls"); a death is the outcome when one child died; a disability that is
# the harm's outcome is no care context; trafficking is `other` with criminal exploitation beside when the child was
# made to carry drugs; a young offender institution, a juvenile justice centre or a secure training centre sentence is
# no care context by itself; a secure accommodation order or a compulsory supervision order is `looked_after`; a
# residential school chosen by the parents is no care context (a residential special school is `disabled`); restraint
# by staff accepts `physical_abuse`, `other` or none (sets 4 and 5); a single unified safeguarding review that was also
# a domestic homicide review may be either; a rapid review is `other` and "(learning briefing)" is `briefing`; a
# Scottish "Read the review" is document type `unknown`. `a|b` alternatives, `*` not scored.
# Truth corrected in session 38 under the lead's trafficking decision (normalise/unseen-entries.txt, 'session 38
# decision'): trafficking told with its purpose gives that purpose's code alone, no `other` beside it: mb #8 Child UJ (drugs carried inside her body).
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
# the parts sets 8 on share: ../phrasing_entries.py
from phrasing_entries import COLS, T, A, E, L, R, HEAD, STAB, RESTRAINT, WELSH_MODEL, SUSR_MODEL, RO  # noqa: E402


NAV = ["<header><a href=\"#main\">Skip to content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Case reviews</a></li><li><a href=\"#\">New in the collection</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Accessibility</p><p>Cookies</p></footer>"]

FILES = {}
LT = "Learning themes include:"
RP = "Recommendations to the partnership include:"

# --- 2025 case reviews update (HTML): "2025 – Area – Name", a summary that opens "Death of ..." or with the name,
# "Learning themes include:", "Recommendations to the partnership include:".
FILES["ma-update-2025-themes.html"] = dict(page_title="Case reviews update", html_preamble=NAV, html_footer=FOOT,
    h1="Case reviews update", pubyear="2025",
    intro_html=["Case reviews recently added to the collection. Invented for testing: no real child, family or place."],
    entries=[
 E("2025 – Hallowmere – Eli", [
    "Death of a 16-year-old boy in a flat in a seaside town 90 miles from his home in the winter of 2022/23. Eli had been going missing for days at a time from the age of 14 and was found with drugs packaged for sale on three occasions. The man who rented the flat, aged 47, had a long history of heroin use and had been cuckooed by the group that exploited Eli. Eli's mother worked nights and had no support from her family.",
    [L(LT, ["children who go missing repeatedly", "recognising exploitation when a child is found with drugs"])],
    [R(RP, ["a return home interview after every missing episode", "joint training for police and social workers on criminal exploitation"])]],
   T("Eli", "unknown", "overview", "death", "2022|2023", "16-year-old", "16.00", "16_17", "male",
     A("child_criminal_exploitation", "extra_familial_harm; other"), area="Hallowmere"), link=RO),
 E("2025 – Anonymous – Wren", [
    "Serious harm to a 13-year-old girl who was coerced into sending sexual images of herself to a man she met on a gaming platform in 2023, and was then blackmailed for more. Wren was left with severe anxiety and began to self-harm. Her father, with whom she lived, had been treated for depression since her mother's death.",
    [L(LT, ["the voice of the child", "online safety for children who game"])],
    [R(RP, ["guidance for parents on the risks of chat in online games"])]],
   T("Wren", "unknown", "overview", "serious_harm", "2023", "13-year-old", "13.00", "11_15", "female",
     A("online_harm", "child_sexual_exploitation; sexual_abuse; extra_familial_harm; self_harm_suicide"),
     risk="parental_mental_health"), link=RO),
 E("2025 – Sallowby – Kit and Rosa", [
    "Neglect of a brother and sister, Kit, aged 4, and Rosa, aged 20 months, who were found in 2023 in a flat with no food and dog faeces on the floor. Rosa had a heart condition and had missed five cardiology appointments. Their mother's new partner, aged 22, dealt cannabis from the flat.",
    [L(LT, ["missed health appointments for babies with medical needs", "the home conditions seen on visits"])],
    [R(RP, ["a follow-up by the health visitor after every missed hospital appointment for a child under two"])]],
   T("Kit and Rosa", "unknown", "overview", "serious_harm", "2023", "*", "*", "*", "mixed", "neglect",
     risk="|parental_criminality", ctx="|disabled", n="2", area="Sallowby"), link=RO),
 E("2025 – Anonymous – Ashton", [
    "Ashton, a 15-year-old autistic boy living in a children's home, was left with a fractured arm and a damaged shoulder that still limits his movement after being held face down by two staff members during 2023/24. He had been restrained 61 times in the six months before. The home's manager had no qualification in managing behaviour.",
    [L(LT, ["the use of restraint in children's homes", "oversight by placing authorities"])],
    [R(RP, ["placing authorities to review every restraint of a child they have placed"])]],
   T("Ashton", "unknown", "overview", "serious_harm", "2023|2024", "15-year-old", "15.00", "11_15", "male",
     RESTRAINT, ctx="looked_after; disabled"), link=RO),
 E("2025 – Cressford – Baby Ivo", [
    "Death of a baby boy on the day he was born in August 2023, after his mother, aged 19, gave birth alone in her bedroom at her parents' house. She had told no one she was pregnant. The mother had been a child in need because of neglect when she was 9.",
    [L(LT, ["concealed and denied pregnancy", "young women known to services as children"])],
    [R(RP, ["information for schools and colleges on concealed pregnancy"])]],
   T("Baby Ivo", "unknown", "overview", "death", "2023", "*", "*", "under_1", "male", A("", "neglect; other"),
     area="Cressford"), link=RO),
 E("2025 – Anonymous – Connor", [
    "Death of a 17-year-old boy who took his own life in his cell at a young offender institution in March 2024, three weeks after he was remanded there. Connor had been a child in care from the age of 12 and had made two attempts on his life in the month before. The officer who checked on him that night had worked 19 night shifts in a row.",
    [L(LT, ["children remanded to custody", "sharing information about risk of suicide"])],
    [R(RP, ["a safety plan shared with the custodial setting whenever a child in care is remanded"])]],
   T("Connor", "unknown", "overview", "death", "2024", "17-year-old", "17.00", "16_17", "male", "self_harm_suicide",
     ctx="looked_after"), link=RO),
 E("2025 – Marlhaven – Skye", [
    "Sexual exploitation of a girl by a group of men who gave her alcohol and cannabis at a house in the town centre; the abuse took place when Skye was aged between 14 and 16 and came to light in 2024. One of the men, aged 38, was a family friend who had been convicted of supplying drugs. Skye's own use of cannabis and alcohol was treated as a choice she had made.",
    [L(LT, ["language that blames children", "exploitation by family friends"])],
    [R(RP, ["training on language that places responsibility on children"])]],
   T("Skye", "unknown", "overview", "serious_harm", "2024|", "*", "", "unknown", "female",
     A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm; poisoning_ingestion"), area="Marlhaven"),
   link=RO),
 E("2025 – Anonymous – Otis", [
    "Otis died in his second year from a bleed on the brain in 2022. His mother's boyfriend, who was 20 and had been in care himself, was later convicted of manslaughter. The mother had anxiety; the family had moved house four times in the year before.",
    [L(LT, ["new partners who have been in care", "families who move often"])],
    [R(RP, ["checks on every new adult in a household with a child under five known to services"])]],
   T("Otis", "unknown", "overview", "death", "2022", "*", "*", "1_5", "male", HEAD,
     risk=A("parental_mental_health", "parental_criminality")), link=RO),
])

# --- A repository month of 2024 (text): "N. Type: Name (document)", a summary, an ethnicity sentence, "Learning
# includes:", "Recommendations include:".
FILES["mb-monthly-2024-repository.txt"] = dict(pubyear="2024|", month="2024-03", preamble=[
    "NSPCC Repository – March 2024",
    "In March 2024 eight case reviews were published to the NSPCC Repository. A summary of each can be found below (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child safeguarding practice review: Children UA, UB and UC (overview report)", [
    "Three siblings, a girl aged 11 and two boys aged 8 and 6, were sexually abused by their stepfather between 2019 and 2022. The eldest told a teacher in 2022. Their mother, aged 33, had been sexually abused by her own stepfather as a child. Ethnicity: White British.",
    [L("Learning includes:", ["disclosures made at school", "mothers who were abused as children"])],
    [R("Recommendations include:", ["support for non-abusing parents after a disclosure"])]],
   T("Children UA, UB and UC", "child_safeguarding_practice_review", "overview", "serious_harm", "2019|2022|", "*",
     "*", "*", "mixed", "sexual_abuse", n="3", eth="White British"), link="Other resources Read overview report"),
 E("2. Child safeguarding practice review: Child UD (executive summary)", [
    "Child UD, 17, was left paralysed from the waist down after being shot in a park in October 2023. He had been excluded from two schools and had been on a part-time timetable of six hours a week since Year 10. His older cousin, aged 20, who lived with the family, was a member of a street gang and had been convicted of robbery. Ethnicity: Black British.",
    [L("Learning includes:", ["part-time timetables", "young people on the edge of serious youth violence"])],
    [R("Recommendations include:", ["a review of every part-time timetable after six weeks"])]],
   T("Child UD", "child_safeguarding_practice_review", "executive_summary", "serious_harm", "2023",
     "17|UD, 17|Child UD, 17", "17.00", "16_17", "male", STAB, ctx="|not_in_school", eth="Black British"),
   link="Other resources Read executive summary"),
 E("3. Rapid review: Baby UE (learning briefing)", [
    "Baby UE was 11 days old when she was admitted to hospital in 2023 with a fractured femur and bruising to her face. Her mother, who was 15, was living with Baby UE in a mother and baby foster placement; the placement carer's adult son had a conviction for assault. Ethnicity: Mixed White and Black Caribbean.",
    [L("Learning includes:", ["babies of mothers who are children in care", "checks on adults in foster households"])],
    [R("Recommendations include:", ["checks on every adult who lives in or visits a mother and baby placement"])]],
   T("Baby UE", "other", "briefing", "serious_harm", "2023", "11 days old|was 11 days old", "0.03", "under_1",
     "female", "physical_abuse", ctx="|foster_care", eth="Mixed White and Black Caribbean"),
   link="Other resources Read learning briefing"),
 E("4. Child safeguarding practice review: Child UF (overview report)", [
    "Child UF, a 14-year-old girl, died by suicide in June 2023 after months of viewing self-harm content on social media and being encouraged by an older user to end her life. Her mother had bipolar disorder and had been sectioned in 2021; Child UF had been a young carer for her since the age of 10. Ethnicity: White Irish.",
    [L("Learning includes:", ["young carers", "harmful online content"])],
    [R("Recommendations include:", ["young carers' assessments when a parent is detained under the Mental Health Act"])]],
   T("Child UF", "child_safeguarding_practice_review", "overview", "death", "2023", "14-year-old", "14.00", "11_15",
     "female", A("self_harm_suicide; online_harm", "emotional_abuse; extra_familial_harm"),
     risk="parental_mental_health", eth="White Irish"), link="Other resources Read overview report"),
 E("5. Child safeguarding practice review: Child UG (overview report)", [
    "Child UG, a 12-year-old boy with a severe learning disability and no speech, was found in 2022 to have been hit and locked in his room by staff at the residential special school where his parents had placed him on a 52-week basis. He now has a fear of being touched that limits his care. Ethnicity: British Pakistani.",
    [L("Learning includes:", ["children who cannot tell", "oversight of residential special schools"])],
    [R("Recommendations include:", ["visits by the home authority to every child in a residential special school"])]],
   T("Child UG", "child_safeguarding_practice_review", "overview", "serious_harm", "2022", "12-year-old", "12.00",
     "11_15", "male", A("physical_abuse", "emotional_abuse; neglect"), ctx="disabled", eth="British Pakistani"),
   link="Other resources Read overview report"),
 E("6. Child safeguarding practice review: Child UH (overview report)", [
    "Child UH, aged 10, was groomed through a video-sharing app and persuaded to perform sexual acts on a live stream watched by adults overseas in 2023. The abuse was found when her older brother, aged 17, saw the messages. Her brother had a youth caution for possession of cannabis. Ethnicity: White Other.",
    [L("Learning includes:", ["live-streamed abuse", "parental controls on apps"])],
    [R("Recommendations include:", ["online safety lessons from Year 4"])]],
   T("Child UH", "child_safeguarding_practice_review", "overview", "serious_harm", "2023", "aged 10|10", "10.00",
     "6_10", "female", A("online_harm", "sexual_abuse; child_sexual_exploitation; extra_familial_harm"),
     eth="White Other"), link="Other resources Read overview report"),
 E("7. Child safeguarding practice review: Baby UI (executive summary)", [
    "Baby UI, a 4-month-old boy, suffered a brain injury in 2023 that has left him with cerebral palsy and impaired sight. His father, aged 30, admitted shaking him. His parents had both grown up in care and met at a leaving care service. Ethnicity not stated.",
    [L("Learning includes:", ["parents who are care leavers", "coping with a crying baby"])],
    [R("Recommendations include:", ["advice on coping with crying for every care leaver who becomes a parent"])]],
   T("Baby UI", "child_safeguarding_practice_review", "executive_summary", "serious_harm", "2023", "4-month-old",
     "0.33", "under_1", "male", HEAD), link="Other resources Read executive summary"),
 E("8. Child safeguarding practice review: Child UJ (overview report)", [
    "Child UJ, a 15-year-old girl, was found in a hotel room in another county in February 2024 with class A drugs hidden inside her body and a man aged 26 who was later charged with trafficking her. She had been reported missing 23 times in 2023. Her mother was a nurse who had repeatedly asked for help. Ethnicity: Black African.",
    [L("Learning includes:", ["listening to parents who ask for help", "girls who are criminally exploited"])],
    [R("Recommendations include:", ["a National Referral Mechanism referral for every child found carrying drugs out of the area"])]],
   T("Child UJ", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "15-year-old", "15.00",
     "11_15", "female", A("child_criminal_exploitation", "extra_familial_harm"), eth="Black African"),
   link="Other resources Read overview report"),
])

# --- Welsh reviews, 2025 list: "Month 2025 – Board – Name", a summary that names the kind of review, "Learning:",
# "Model:", "Keywords:".
FILES["mc-wales-2025-reviews.txt"] = dict(pubyear="2025", preamble=[
    "Child practice reviews and single unified safeguarding reviews published in 2025", "",
    "Reviews published by the regional safeguarding boards in Wales in 2025. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2025 – Cwm Eithin Regional Safeguarding Board – Child VA", [
    "A single unified safeguarding review into the death of a 17-year-old young woman in the autumn of 2024, who was killed by her partner, aged 23. The review was also a domestic homicide review. Child VA had left foster care at 16 to live with him. Her partner had been the subject of two MARAC referrals about a previous girlfriend.",
    [L("Learning:", ["young people who leave care early", "abuse in teenage relationships"])],
    SUSR_MODEL,
    "Keywords: domestic homicide, care leavers"],
   T("Child VA", "single_unified_safeguarding_review|domestic_homicide_review", "overview", "death", "2024",
     "17-year-old", "17.00", "16_17", "female", A("physical_abuse", "extra_familial_harm; emotional_abuse"),
     risk="|domestic_abuse", ctx="looked_after; foster_care|looked_after",
     area="Cwm Eithin Regional Safeguarding Board|Cwm Eithin"), link=RO),
 E("November 2025 – Anonymous – Child VB", [
    "A concise child practice review following serious injuries to a baby girl in 2023: rib fractures and a torn frenulum were found when she was five weeks old. Her father, aged 34, had a conviction for violence against his ex-wife, who had two children by him; those children lived with their mother in England and were subject to child protection plans there.",
    [L("Learning:", ["information held by another country's services", "fathers' histories at the booking appointment"])],
    WELSH_MODEL,
    "Keywords: physical abuse, cross-border"],
   T("Child VB", "child_practice_review", "overview", "serious_harm", "2023",
     "five weeks old|was five weeks old|when she was five weeks old", "0.10", "under_1", "female", "physical_abuse",
     risk=A("parental_criminality", "domestic_abuse")), link=RO),
 E("October 2025 – Bro Llynwen Safeguarding Board – Child VC", [
    "An extended child practice review concerning a 9-year-old boy with Down's syndrome who was found in 2024 to weigh less than he had at 6. He had been withdrawn from school to be educated at home in 2022-23 and was not seen by any professional for 14 months. His father had been treated for alcohol dependency.",
    [L("Learning:", ["elective home education of disabled children", "children not seen by professionals"])],
    WELSH_MODEL,
    "Keywords: neglect, home education"],
   T("Child VC", "child_practice_review", "overview", "serious_harm", "2024|2022|2023", "9-year-old", "9.00", "6_10",
     "male", "neglect", risk="parental_alcohol_misuse", ctx="disabled; not_in_school",
     area="Bro Llynwen Safeguarding Board|Bro Llynwen"), link=RO),
 E("September 2025 – Anonymous – Children VD and VE", [
    "A concise child practice review into the deaths of twin girls, aged 7 weeks, who died together in their parents' bed in January 2024. Their father had taken prescribed sedatives and their mother had drunk alcohol. The twins' older half-brother, aged 6, had been the subject of a care and support plan since 2022.",
    [L("Learning:", ["safer sleep for twins", "prescribed medicines and sleep"])],
    WELSH_MODEL,
    "Keywords: sudden infant death, co-sleeping"],
   T("Children VD and VE", "child_practice_review", "overview", "death", "2024", "aged 7 weeks|7 weeks", "0.13",
     "under_1", "female", A("", "sudden_unexpected_infant_death; neglect"),
     risk=A("co_sleeping; parental_alcohol_misuse", "parental_substance_misuse"), n="2"), link=RO),
 E("August 2025 – Glyn Mererid Safeguarding Board – Child VF", [
    "A concise child practice review following a serious suicide attempt by a 15-year-old boy in July 2024, which left him with a brain injury from lack of oxygen. Child VF had been bullied about his sexuality at school and online. His stepmother, aged 41, worked as a mental health nurse; his father was serving in the army overseas.",
    [L("Learning:", ["bullying about sexuality", "asking children directly about suicide"])],
    WELSH_MODEL,
    "Keywords: suicide attempt, bullying"],
   T("Child VF", "child_practice_review", "overview", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "male",
     A("self_harm_suicide", "online_harm; emotional_abuse"),
     area="Glyn Mererid Safeguarding Board|Glyn Mererid"), link=RO),
 E("July 2025 – Anonymous – Child VG", [
    "A single unified safeguarding review after a 14-year-old girl was injured during a restraint at a secure children's home in the winter of 2023/24; she lost two teeth and needed surgery to her jaw. Child VG had been placed there under a secure accommodation order after repeated episodes of going missing and being sexually exploited. Her mother's partner was in prison.",
    [L("Learning:", ["restraint in secure settings", "children placed far from home"])],
    SUSR_MODEL,
    "Keywords: restraint, secure accommodation"],
   T("Child VG", "single_unified_safeguarding_review", "overview", "serious_harm", "2023|2024", "14-year-old", "14.00",
     "11_15", "female", A("child_sexual_exploitation", "physical_abuse; other; sexual_abuse; extra_familial_harm"),
     risk="|parental_criminality", ctx="looked_after"), link=RO),
 E("June 2025 – Cwm Eithin Regional Safeguarding Board – Baby VH", [
    "A concise child practice review following the stillbirth of a baby boy at 30 weeks in 2024, after his mother, aged 24, was kicked in the abdomen by her partner. The mother's two older children had been placed for adoption in 2021 and 2022.",
    [L("Learning:", ["domestic abuse in pregnancy", "mothers who have lost children to adoption"])],
    WELSH_MODEL,
    "Keywords: domestic abuse, pregnancy"],
   T("Baby VH", "child_practice_review", "overview", "death", "2024", "*", "", "unborn", "male",
     A("physical_abuse", "other"), risk=A("domestic_abuse", "parental_criminality"),
     area="Cwm Eithin Regional Safeguarding Board|Cwm Eithin"), link=RO),
])

# --- Scottish learning reviews, 2024 page: "2024 – Committee – Name", "A learning review ...", "Learning:",
# "Recommendations:", "Keywords:".
FILES["md-scotland-2024-learning-reviews.html"] = dict(page_title="Learning reviews published in 2024", html_preamble=NAV, html_footer=FOOT,
    h1="Learning reviews published in Scotland, 2024", pubyear="2024",
    intro_html=["Learning reviews published by child protection committees in 2024. Invented for testing: no real child, family or place."],
    entries=[
 E("2024 – Invercraig Child Protection Committee – Child WA", [
    "A learning review into the death of a 15-year-old boy in 2023 from a combination of street benzodiazepines and alcohol, taken at a party in a flat. Child WA was looked after at home under a compulsory supervision order. His mother had been prescribed methadone for many years; his older sister, aged 19, was in a psychiatric unit.",
    [L("Learning:", ["children looked after at home", "street benzodiazepines"])],
    [R("Recommendations:", ["a drug harm reduction session in every secondary school"])],
    "Keywords: drugs, looked after at home"],
   T("Child WA", "learning_review", "unknown", "death", "2023", "15-year-old", "15.00", "11_15", "male",
     A("poisoning_ingestion", "extra_familial_harm; neglect"), risk="parental_substance_misuse", ctx="looked_after",
     area="Invercraig Child Protection Committee|Invercraig"), link="Read the review"),
 E("2024 – Anonymous – Child WB", [
    "A learning review into the neglect of Child WB and her two younger brothers between 2019 and 2023. The review focuses on Child WB, now 12, who had been caring for her brothers and missed much of her schooling. Their father had a brain injury from a car crash in 2018 and could no longer work; their mother had left the family.",
    [L("Learning:", ["children who care for their siblings", "fathers with acquired brain injuries"])],
    [R("Recommendations:", ["a young carer's statement for every child caring for siblings"])],
    "Keywords: neglect, young carers"],
   T("Child WB", "learning_review", "unknown", "serious_harm", "2019|2023|", "now 12|12|", "12.00|", "11_15|unknown",
     "female", "neglect", ctx="|not_in_school"), link="Read the review"),
 E("2024 – Glenbrechin and Strathcairn Child Protection Committee – Child WC", [
    "A learning review following the death by suicide of a 16-year-old boy in March 2023, days after he was threatened by someone who had tricked him into sending intimate images on social media. Child WC had autism and attended a specialist unit in a mainstream school. His parents were separated and shared his care.",
    [L("Learning:", ["financially motivated sexual extortion", "autistic young people online"])],
    [R("Recommendations:", ["information for parents on what to do when a child is threatened online"])],
    "Keywords: suicide, online harm"],
   T("Child WC", "learning_review", "unknown", "death", "2023", "16-year-old", "16.00", "16_17", "male",
     A("self_harm_suicide; online_harm", "child_sexual_exploitation; sexual_abuse; extra_familial_harm"),
     ctx="disabled", area="Glenbrechin and Strathcairn Child Protection Committee|Glenbrechin and Strathcairn"),
   link="Read the review"),
 E("2024 – Anonymous – Baby WD", [
    "A learning review into the care of a baby girl who was born in a car park in 2023 after her mother, aged 17, ran away from hospital during labour, and who was found to have hypothermia. The mother was herself on the child protection register and living in a children's unit. Baby WD recovered fully.",
    [L("Learning:", ["pregnant young people in care", "planning for the birth"])],
    [R("Recommendations:", ["a birth plan agreed with every pregnant young person who is looked after"])],
    "Keywords: pre-birth, young parents"],
   T("Baby WD", "learning_review", "unknown", "serious_harm|other", "2023", "*", "*", "under_1", "female",
     A("", "neglect; other")), link="Read the review"),
 E("2024 – Lochmorven Child Protection Committee – Child WE", [
    "A learning review following serious injuries to a 13-year-old girl with cerebral palsy who fell from a hoist at the residential school where she lived during the week in 2023. Two care workers had moved her alone against her care plan. She now needs a spinal brace. Her mother, who had multiple sclerosis, had asked the school about the hoist twice.",
    [L("Learning:", ["moving and handling of disabled children", "listening to parents of disabled children"])],
    [R("Recommendations:", ["an audit of moving and handling plans in every residential school"])],
    "Keywords: disabled children, residential schools"],
   T("Child WE", "learning_review", "unknown", "serious_harm", "2023", "13-year-old", "13.00", "11_15", "female",
     A("", "neglect; other"), ctx=A("disabled", "looked_after"),
     area="Lochmorven Child Protection Committee|Lochmorven"), link="Read the review"),
 E("2024 – Anonymous – Child WF", [
    "A learning review into the serious harm of a 14-year-old boy who was stabbed in the leg in August 2023 while collecting a drug debt for older youths. Child WF had been on the child protection register from 2020 to 2022 because of his mother's drinking, and was living with his grandmother under a kinship care order at the time.",
    [L("Learning:", ["kinship carers of teenagers", "criminal exploitation after registration ends"])],
    [R("Recommendations:", ["support for kinship carers when a child is at risk outside the home"])],
    "Keywords: exploitation, kinship care"],
   T("Child WF", "learning_review", "unknown", "serious_harm", "2023", "14-year-old", "14.00", "11_15", "male",
     A("child_criminal_exploitation", "extra_familial_harm; physical_abuse"), risk="parental_alcohol_misuse",
     ctx="child_protection_plan; connected_carers"), link="Read the review"),
 E("2024 – Dunmallow Child Protection Committee – Children WG and WH", [
    "A learning review following the death of a 3-year-old girl and serious injuries to her 5-year-old brother in a house fire in December 2022. The children had been left alone for four hours at night. Their mother, aged 25, had a learning disability and had been assessed as needing support that was never provided.",
    [L("Learning:", ["parents with a learning disability", "support that is assessed but not provided"])],
    [R("Recommendations:", ["a named worker for every parent with a learning disability"])],
    "Keywords: neglect, fire"],
   T("Children WG and WH", "learning_review", "unknown", "death", "2022", "*", "*", "*", "mixed", "neglect",
     risk="parental_learning_disability", n="2", area="Dunmallow Child Protection Committee|Dunmallow"),
   link="Read the review"),
])

# --- Northern Irish case management reviews, 2023 list: "Month 2023 – Panel – Name", "A case management review ...",
# "Learning:", "Recommendations:", "Keywords:".
FILES["me-ni-2023-case-management.txt"] = dict(pubyear="2023", preamble=[
    "Case management reviews published in 2023", "",
    "Executive summaries of case management reviews published in Northern Ireland in 2023. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2023 – Anonymous – Child XA", [
    "A case management review concerning a 16-year-old girl who was sexually exploited by adult men she met through a friend in a residential unit between 2020 and 2022; she became pregnant at 15 and miscarried. Child XA was a looked after child subject to a full care order. Her father was known to the PSNI for dealing drugs and had threatened staff at the unit.",
    [L("Learning:", ["exploitation of young people in residential units", "pregnancy in looked after girls"])],
    [R("Recommendations:", ["a joint protocol between the trust and the PSNI on exploitation"])],
    "Keywords: child sexual exploitation, residential care"],
   T("Child XA", "case_management_review", "executive_summary", "serious_harm", "2020|2022|", "16-year-old", "16.00",
     "16_17", "female", A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm"),
     risk="parental_criminality", ctx="looked_after"), link="Read the executive summary"),
 E("November 2023 – Lisnabeg Safeguarding Panel – Child XB", [
    "A case management review into the death of a 10-week-old baby boy in 2021 who was found face down on a sofa beside his father, who had been drinking. The baby's mother, aged 17, was in the care of the trust and lived in a supported flat with him. A neighbour who visited that evening was on bail for a drugs offence.",
    [L("Learning:", ["safer sleep advice for young fathers", "support for parents who are in care"])],
    [R("Recommendations:", ["safer sleep advice given to both parents before discharge"])],
    "Keywords: sudden infant death, young parents"],
   T("Child XB", "case_management_review", "executive_summary", "death", "2021", "10-week-old", "0.19", "under_1",
     "male", A("", "sudden_unexpected_infant_death; neglect"), risk="co_sleeping; parental_alcohol_misuse",
     area="Lisnabeg Safeguarding Panel|Lisnabeg"), link="Read the executive summary"),
 E("October 2023 – Anonymous – Child XC", [
    "A case management review following the death of a 15-year-old boy in 2022 who was beaten by a group of men in a so-called punishment attack and died of his injuries five days later. He had been warned to leave Northern Ireland. His older brother, aged 18, had also been attacked in 2020 and had since moved to Scotland.",
    [L("Learning:", ["threats against young people", "families under threat"])],
    [R("Recommendations:", ["a safety plan for every young person who is threatened"])],
    "Keywords: paramilitary-style attacks"],
   T("Child XC", "case_management_review", "executive_summary", "death", "2022", "15-year-old", "15.00", "11_15",
     "male", STAB), link="Read the executive summary"),
 E("September 2023 – Drumcarrow Safeguarding Panel – Child XD", [
    "A case management review concerning a 12-year-old boy with a learning disability and epilepsy who was held on the floor by staff at a short break centre in 2022 and had a seizure. He was not injured but has refused to return. He lived at home with his parents and four siblings; his oldest sister, aged 21, was his main carer at weekends.",
    [L("Learning:", ["restrictive practice with disabled children", "families who rely on short breaks"])],
    [R("Recommendations:", ["training in positive behaviour support for short break staff"])],
    "Keywords: restraint, disabled children"],
   T("Child XD", "case_management_review", "executive_summary", "serious_harm|other|unknown", "2022", "12-year-old",
     "12.00", "11_15", "male", RESTRAINT, ctx=A("disabled", "looked_after"),
     area="Drumcarrow Safeguarding Panel|Drumcarrow"), link="Read the executive summary"),
 E("August 2023 – Anonymous – Children XE, XF and XG", [
    "A case management review of three brothers, aged 2, 5 and 9, who were found in 2022 living in a caravan with no heating, with head lice and untreated tooth decay. The eldest had been on a child protection plan in a different trust area. Their mother had a severe eating disorder; their father was in prison.",
    [L("Learning:", ["families who move between trust areas", "dental neglect"])],
    [R("Recommendations:", ["a transfer conference whenever a family with a child on a plan moves area"])],
    "Keywords: neglect, mobile families"],
   T("Children XE, XF and XG", "case_management_review", "executive_summary", "serious_harm", "2022", "*", "*", "*",
     "male", "neglect", risk="parental_mental_health; parental_criminality", ctx="child_protection_plan|", n="3"),
   link="Read the executive summary"),
 E("July 2023 – Anonymous – Child XH", [
    "A case management review following the death of a 17-year-old young man who took his own life at the juvenile justice centre in 2021, four days after his 17th birthday. He had been remanded there for a robbery. He had been in and out of care since he was 8, and his mother had died of an overdose when he was 13.",
    [L("Learning:", ["children remanded in custody", "bereaved children in care"])],
    [R("Recommendations:", ["a mental health assessment within 24 hours of every remand"])],
    "Keywords: suicide, custody"],
   T("Child XH", "case_management_review", "executive_summary", "death", "2021", "17-year-old", "17.00", "16_17",
     "male", "self_harm_suicide", risk="|parental_substance_misuse", ctx="looked_after"),
   link="Read the executive summary"),
 E("June 2023 – Carnmoyle Safeguarding Panel – Child XI", [
    "A case management review into the sexual abuse of a 7-year-old girl by her mother's brother, aged 29, who was living with the family during 2020-21. The uncle had himself been abused as a child and had a diagnosis of schizophrenia. The child's mother worked long hours and relied on him for childcare.",
    [L("Learning:", ["relatives who provide childcare", "abuse by family members"])],
    [R("Recommendations:", ["guidance on assessing relatives who live in the household"])],
    "Keywords: sexual abuse, family members"],
   T("Child XI", "case_management_review", "executive_summary", "serious_harm", "2020|2021", "7-year-old", "7.00",
     "6_10", "female", "sexual_abuse", area="Carnmoyle Safeguarding Panel|Carnmoyle"), link="Read the executive summary"),
])

# --- 2023 "recently published" page (HTML): "2023 – Area – Name", a summary, "Learning includes:", "Recommendations
# include:".
FILES["mf-recent-2023-published.html"] = dict(page_title="Recently published case reviews", html_preamble=NAV, html_footer=FOOT,
    h1="Recently published case reviews", pubyear="2023",
    intro_html=["Case reviews published in 2023. Invented for testing: no real child, family or place."],
    entries=[
 E("2023 – Pennock Vale – Child YA", [
    "A 17-year-old boy was found with serious burns in a flat in a coastal town in 2022, where he had been held for two weeks by the men he was dealing drugs for. Child YA had been moved to a children's home 140 miles from his family in 2021. His mother asked for him to be brought back closer to home.",
    [L("Learning includes:", ["placements far from home", "children held by those who exploit them"])],
    [R("Recommendations include:", ["a risk assessment before any child is placed more than 20 miles from home"])]],
   T("Child YA", "unknown", "overview", "serious_harm", "2022", "17-year-old", "17.00", "16_17", "male",
     A("child_criminal_exploitation", "physical_abuse; extra_familial_harm; other"), ctx="looked_after",
     area="Pennock Vale"), link=RO),
 E("2023 – Anonymous – Baby YB", [
    "Baby YB, a girl, was 8 months old when she was found in 2021 to have a bleed on the brain and old fractures of different ages. Her parents, both 22, gave no explanation. Her mother had been the subject of a care order from the age of 3 to 18 and her father had ADHD.",
    [L("Learning includes:", ["unexplained injuries in babies", "parents who grew up in care"])],
    [R("Recommendations include:", ["a strategy discussion for every baby with more than one fracture"])]],
   T("Baby YB", "unknown", "overview", "serious_harm", "2021", "8 months old|was 8 months old", "0.67", "under_1",
     "female", HEAD, risk="|parental_mental_health"), link=RO),
 E("2023 – Tallowmere – Child YC", [
    "Child YC, a girl in her early teens, was seriously harmed in 2022 when she was pushed from a first-floor window by her mother during a psychotic episode. She now walks with a stick. Her mother had been discharged from a psychiatric ward two days earlier without any check on who was at home.",
    [L("Learning includes:", ["discharge planning for parents", "children of parents with psychosis"])],
    [R("Recommendations include:", ["a check on children at home before every discharge from a psychiatric ward"])]],
   T("Child YC", "unknown", "overview", "serious_harm", "2022", "in her early teens|early teens", "", "unknown",
     "female", "physical_abuse", risk="parental_mental_health", area="Tallowmere"), link=RO),
 E("2023 – Anonymous – Child YD", [
    "Child YD, aged 11, was groomed on an online game by a man who sent him gift cards and later arranged to meet him in 2022. A neighbour called the police. The man, aged 44, had previously been convicted of child sexual offences and was on the sex offenders register.",
    [L("Learning includes:", ["grooming of boys online", "gifts as a sign of grooming"])],
    [R("Recommendations include:", ["awareness sessions for parents of primary school children"])]],
   T("Child YD", "unknown", "overview", "serious_harm|other", "2022", "aged 11|11", "11.00", "11_15", "male",
     A("online_harm", "child_sexual_exploitation; sexual_abuse; extra_familial_harm")), link=RO),
 E("2023 – Hollinsgarth – Children YE and YF", [
    "Twin boys aged 3 were admitted to hospital in 2022 after swallowing their mother's prescribed antidepressants. One twin recovered; the other has lasting kidney damage. Their mother, aged 30, had postnatal depression that had not been treated.",
    [L("Learning includes:", ["perinatal mental health", "safe storage of medicines"])],
    [R("Recommendations include:", ["safe storage advice whenever medicines are prescribed to a parent of young children"])]],
   T("Children YE and YF", "unknown", "overview", "serious_harm", "2022", "aged 3|3", "3.00", "1_5", "male",
     A("poisoning_ingestion", "neglect"), risk="parental_mental_health", n="2", area="Hollinsgarth"), link=RO),
 E("2023 – Anonymous – Child YG", [
    "Child YG, a 13-year-old girl, died by suicide in the financial year 2021-22 after a year of being bullied at school about her weight. She had told the school nurse twice that she wanted to die. Her mother had been treated for an eating disorder when she was a teenager.",
    [L("Learning includes:", ["bullying about appearance", "responding when a child says she wants to die"])],
    [R("Recommendations include:", ["a referral pathway from school nursing to mental health services"])]],
   T("Child YG", "unknown", "overview", "death", "2021|2022|", "13-year-old", "13.00", "11_15", "female",
     A("self_harm_suicide", "emotional_abuse"), risk="|parental_mental_health"), link=RO),
 E("2023 – Stanhollow – Child YH", [
    "A 16-year-old boy died in 2022 after collapsing during a restraint at a secure training centre, where he had been sentenced to a detention and training order. Child YH had ADHD and a speech and language disorder. His father had been in prison for most of his childhood.",
    [L("Learning includes:", ["restraint in custody", "children with communication needs in custody"])],
    [R("Recommendations include:", ["a communication passport for every child who enters custody"])]],
   T("Child YH", "unknown", "overview", "death", "2022", "16-year-old", "16.00", "16_17", "male", RESTRAINT,
     risk="parental_criminality", ctx="|disabled", area="Stanhollow"), link=RO),
 E("2023 – Anonymous – Child YI", [
    "Child YI, aged between 2 and 3, was brought to hospital in 2022 with burns to both feet consistent with being held in hot water. Her exact date of birth was not known because she had arrived in the UK with her aunt without documents. The aunt, aged 31, was later convicted of cruelty.",
    [L("Learning includes:", ["children who arrive without documents", "private arrangements with relatives"])],
    [R("Recommendations include:", ["a private fostering check for every child living with a relative who is not a parent"])]],
   T("Child YI", "unknown", "overview", "serious_harm", "2022", "*", "", "1_5", "female", "physical_abuse",
     risk="|parental_criminality", ctx="|connected_carers"), link=RO),
])

# --- A 2024 list (text): "Month 2024 - Area - Name", a summary, "Learning:", "Keywords:".
FILES["mg-yearly-2024-list.txt"] = dict(pubyear="2024", preamble=[
    "Case reviews published in 2024", "",
    "A chronological list of case reviews published in 2024. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2024 - Anonymous - Child ZA", [
    "Death of a 6-year-old girl in April 2023 from sepsis after her parents, who belonged to a church that rejected medical treatment, prayed over her for three days instead of calling a doctor. Her four brothers, aged 2 to 12, were taken into foster care afterwards.",
    [L("Learning:", ["faith and medical neglect", "children not registered with a GP"])],
    "Keywords: medical neglect, faith"],
   T("Child ZA", "unknown", "overview", "death", "2023", "6-year-old", "6.00", "6_10", "female", "neglect"), link=RO),
 E("November 2024 - Wyndham Cross - Child ZB", [
    "Serious harm to a 17-year-old care leaver who was stabbed by her ex-boyfriend, aged 19, in the summer of 2023 and now has nerve damage to her hand. She had been placed in unregulated supported accommodation at 16. The ex-boyfriend's mother had been the subject of a MARAC referral in 2019.",
    [L("Learning:", ["unregulated accommodation for 16 and 17 year olds", "abuse in young people's relationships"])],
    "Keywords: care leavers, relationship abuse"],
   T("Child ZB", "unknown", "overview", "serious_harm", "2023", "17-year-old", "17.00", "16_17", "female",
     STAB, risk="|domestic_abuse", ctx="looked_after", area="Wyndham Cross"), link=RO),
 E("October 2024 - Anonymous - Baby ZC", [
    "Baby ZC, a boy born at 24 weeks' gestation in 2022, was 7 weeks old when his mother's partner threw him onto a bed; he was left with epilepsy and a visual impairment. The partner, aged 35, had three convictions for domestic violence against previous partners.",
    [L("Learning:", ["premature babies at home", "partners with histories of violence"])],
    "Keywords: physical abuse, premature babies"],
   T("Baby ZC", "unknown", "overview", "serious_harm", "2022", "7 weeks old|was 7 weeks old", "0.13", "under_1",
     "male", A("physical_abuse", "non_accidental_head_injury"), risk=A("", "parental_criminality; domestic_abuse")),
   link=RO),
 E("September 2024 - Rushmereton - Child ZD", [
    "Child ZD, a 15-year-old boy, took part in a dangerous challenge he had seen on a video app and was found unconscious in his bedroom in January 2024; he survived with a hypoxic brain injury. His stepfather had recently been released from prison and his mother was pregnant.",
    [L("Learning:", ["online challenges", "families under strain"])],
    "Keywords: online harm"],
   T("Child ZD", "unknown", "overview", "serious_harm", "2024", "15-year-old", "15.00", "11_15", "male",
     A("online_harm", "other; self_harm_suicide"), risk="|parental_criminality", area="Rushmereton"), link=RO),
 E("August 2024 - Anonymous - Child ZE", [
    "Child ZE, who was aged 14 or 15 at the time, was sexually exploited by a taxi driver who took her to parties in 2021 and 2022. Her exact date of birth is recorded differently by two agencies. She was living with her grandparents under a special guardianship order.",
    [L("Learning:", ["taxi licensing and safeguarding", "special guardians of teenagers"])],
    "Keywords: child sexual exploitation, special guardianship"],
   T("Child ZE", "unknown", "overview", "serious_harm", "2021|2022|", "*", "", "11_15", "female",
     A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm"), ctx="connected_carers"), link=RO),
 E("July 2024 - Thornwick Heath - Children ZF and ZG", [
    "A review of two unrelated 14-year-old girls, ZF and ZG, who went missing together from their school in March 2023 and were found two days later in a flat with adult men. ZF had been in foster care since 2019; ZG lived with her father, who had a history of depression.",
    [L("Learning:", ["children who go missing together", "friendship groups and exploitation"])],
    "Keywords: missing children, exploitation"],
   T("Children ZF and ZG", "unknown", "overview", "serious_harm|other|unknown", "2023", "14-year-old", "14.00",
     "11_15", "female", A("", "child_sexual_exploitation; sexual_abuse; extra_familial_harm"),
     risk="|parental_mental_health", ctx=A("", "looked_after; foster_care"), n="2", area="Thornwick Heath"), link=RO),
 E("June 2024 - Anonymous - Child ZH", [
    "Death of a baby girl at 3 days old in 2023 after her mother, who used crack cocaine throughout pregnancy, fell asleep while feeding her on a chair. The baby had been born with withdrawal symptoms. The maternal grandmother, with whom they lived, was a heavy drinker.",
    [L("Learning:", ["babies born with withdrawal", "safer sleep when feeding"])],
    "Keywords: substance misuse, safer sleep"],
   T("Child ZH", "unknown", "overview", "death", "2023", "3 days old|at 3 days old", "0.01", "under_1", "female",
     A("", "sudden_unexpected_infant_death; neglect; poisoning_ingestion"),
     risk=A("parental_substance_misuse", "co_sleeping")), link=RO),
 E("May 2024 - Calderwood Fold - Child ZI", [
    "Serious harm to a girl in her third year, who was admitted to hospital in 2023 with a skull fracture her parents said was caused by a fall from a sofa. Child ZI's older sister, aged 5, had a child protection plan under the category of physical abuse, which had ended three months earlier.",
    [L("Learning:", ["injuries explained by falls", "younger siblings when a plan ends"])],
    "Keywords: head injuries, siblings"],
   T("Child ZI", "unknown", "overview", "serious_harm", "2023", "*", "*", "1_5", "female", HEAD,
     area="Calderwood Fold"), link=RO),
])

# --- A 2026 update by months (text): "Month YYYY – Area – Name", a summary, "Learning themes include:",
# "Recommendations include:".
FILES["mh-update-2026-months.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews update 2026", "",
    "Case reviews added to the collection between August 2025 and February 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("February 2026 – Ashmantle – Child EA", [
    "Child EA, a 16-year-old boy in care, was found dead in the river near his supported accommodation in November 2024. He had been reported missing 40 times since his placement moved in 2023 and had told his personal adviser he owed money to a dealer. The coroner recorded an open conclusion.",
    [L(LT, ["supported accommodation for 16 year olds in care", "debts to dealers"])],
    [R("Recommendations include:", ["a review of the placement after every third missing episode"])]],
   T("Child EA", "unknown", "overview", "death", "2024", "16-year-old", "16.00", "16_17", "male",
     A("", "child_criminal_exploitation; extra_familial_harm; other; self_harm_suicide"), ctx="looked_after",
     area="Ashmantle"), link=RO),
 E("January 2026 – Anonymous – Child EB", [
    "Child EB, a girl of 4, suffered a scald to 30% of her body in a bath in 2024 and will need skin grafts until she is an adult. Her mother's friend, aged 26, who was looking after her that night, had been drinking. Her mother was at work.",
    [L(LT, ["informal childcare arrangements", "bath safety"])],
    [R("Recommendations include:", ["safety advice on informal childcare for working parents"])]],
   T("Child EB", "unknown", "overview", "serious_harm", "2024", "a girl of 4|of 4|4", "4.00", "1_5", "female",
     A("", "neglect; physical_abuse")), link=RO),
 E("December 2025 – Kelsey Moor – Children EC, ED, EE and EF", [
    "Four children aged from 18 months to 11 years were exposed to their father's violence and their mother's drinking until 2024, when the youngest was found alone in the street in a nappy. The two eldest were young carers for their mother.",
    [L(LT, ["young carers of parents who drink", "domestic abuse and neglect together"])],
    [R("Recommendations include:", ["a whole-family assessment when a parent drinks and another is violent"])]],
   T("Children EC, ED, EE and EF", "unknown", "overview", "serious_harm|other", "2024", "*", "*", "*", "not_stated",
     A("neglect", "emotional_abuse"), risk="domestic_abuse; parental_alcohol_misuse", n="4", area="Kelsey Moor", publication_year="2025"),
   link=RO),
 E("November 2025 – Anonymous – Child EG", [
    "Child EG was 14 when he was first arrested in a trap house in another county in 2022-23, where older men had him selling drugs, and was released without a referral to children's services. In 2024, aged 15, he was stabbed and left with a collapsed lung. His father had been deported in 2020.",
    [L(LT, ["referrals after an arrest", "children found in other counties"])],
    [R("Recommendations include:", ["a referral to children's services after every arrest of a child away from home"])]],
   T("Child EG", "unknown", "overview", "serious_harm", "2024", "*", "15.00|14.00", "11_15", "male",
     A("child_criminal_exploitation", "physical_abuse; extra_familial_harm"), publication_year="2025"), link=RO),
 E("October 2025 – Fenwick Lowe – Baby EH", [
    "An unborn baby at 36 weeks' gestation died in 2024 when her mother, aged 32, took an overdose of paracetamol and insulin. The mother had a long history of self-harm and had stopped seeing her community psychiatric nurse.",
    [L(LT, ["self-harm in pregnancy", "disengagement from mental health services"])],
    [R("Recommendations include:", ["a follow-up by maternity services whenever a pregnant woman stops seeing her mental health team"])]],
   T("Baby EH", "unknown", "overview", "death", "2024", "*", "", "unborn", "female", A("", "poisoning_ingestion; other"),
     risk="parental_mental_health", area="Fenwick Lowe", publication_year="2025"), link=RO),
 E("September 2025 – Anonymous – Child EI", [
    "Child EI, a 17-year-old young woman with a severe learning disability, was sexually assaulted by a member of night staff at her residential college in 2024. She had been placed there by the local authority under a care order since she was 11. Her parents, who both had mild learning disabilities, visited monthly.",
    [L(LT, ["night staffing in residential settings", "disabled young people who cannot tell"])],
    [R("Recommendations include:", ["unannounced night visits to every residential college with children placed"])]],
   T("Child EI", "unknown", "overview", "serious_harm", "2024", "17-year-old", "17.00", "16_17", "female",
     "sexual_abuse", risk="parental_learning_disability", ctx="looked_after; disabled", publication_year="2025"), link=RO),
 E("August 2025 – Tarnwell – Child EJ", [
    "Child EJ, aged between 12 and 13 during the period reviewed, was encouraged by adults in an online group to cut herself and film it in 2023 and 2024. She was admitted to hospital twice with deep wounds. Her father had served in the police and her mother was a social worker.",
    [L(LT, ["online groups that promote self-harm", "children of professionals"])],
    [R("Recommendations include:", ["reporting of harmful online groups by schools"])]],
   T("Child EJ", "unknown", "overview", "serious_harm", "2023|2024|", "*", "", "11_15", "female",
     A("online_harm; self_harm_suicide", "emotional_abuse; extra_familial_harm; sexual_abuse"), area="Tarnwell", publication_year="2025"),
   link=RO),
])
