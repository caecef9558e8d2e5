# Entries of the "realistic phrasings 9" set (issue 9, session 20): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: the NSPCC yearly
# lists of 2013 ("Month YYYY - Area - Name", a summary, "Issues identified include:", "Recommendations include:", a bare
# keyword line), 2014 ("Learning:", "Model:"), 2016 ("2016 – Anonymous – Child X", "Background:", "Key issues:"), the
# 2025 "Case reviews update" ("Learning themes include:", "Recommendations to the partnership include:"), a monthly
# repository digest, a 2019 page of the nations' reviews (regional safeguarding boards, child protection committees, a
# safeguarding panel) and a 2022 update). New traps, not covered by sets 1-8: ages given only as a school year ("a Year
# 9 pupil", "a Year 4 pupil", "a Year 10 student"), "a 2-year-1-month-old girl", "aged 2 years and 3 months", "aged
# 3½", "a girl of four", "a boy of 13", "Child JN (15)", "who had just turned 14", "nearly three", "a toddler of 20
# months", "aged nine days", "at six weeks old", "16 days old", "a 3-day-old", "in her late teens" / "early teens", "a
# baby (age unspecified)", "Death of a 15-year-old" (no sex word); mothers' and perpetrators' ages ("then 19", "aged 16",
# "who was 15 when he was born", "a 52-year-old neighbour", "two boys aged 14 and 15"); outcomes hedged ("is believed to
# have taken", "apparently by suicide", "the cause of death remains unascertained", "a near-fatal overdose", "suffered
# a cardiac arrest ... resuscitated and survived"); several incidents in different years, "in late 2019", "towards the
# end of 2020", "in mid-2020", "on Christmas Day 2019", "during the first national lockdown"; siblings' deaths and
# other people's harms (a half-sister's death, a brother's shooting, a sister's exploitation and overdose, a father's
# suicide attempt, a mother's death); harm words in the learning text that are not about the child; councils' names
# ("X County Council's children's services") beside an anonymous review; care words (remanded to local authority
# accommodation, a secure accommodation order, interim care orders, accommodated under section 20, a semi-independent
# placement, a children's house, kinship care, adopted); harms in rarer words (breast flattening, a forced marriage
# protection order, "brought shame on the family", "possessed by an evil spirit", plugging and a drug debt, cuckooing,
# "held there to work off a drug debt", "carrying drugs for older youths", nude images, webcam abuse, Channel and
# far-right propaganda, an extremist who groomed online, a fatal dog attack, scalding found deliberate, rickets,
# invented symptoms).
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -8 READMEs, unchanged, plus the few this set needed, decided from
# DATA-MODEL.md): not stated means empty; a code is about the child(ren) the entry describes, never a parent's,
# sibling's, friend's or perpetrator's own harm, plan, care or condition; an age given only as an English school year
# gives the band that year's ages fall in (Year 4: 8-9 -> `6_10`; Year 9: 13-14 and Year 10: 14-15 -> `11_15`) with no
# exact age (age_text not scored, age_years empty); "nearly three" is band `1_5` with no exact age (not scored); an age
# word ("late teens", "early teens") is age_text with band `unknown` (set 6); a baby with no age is band `under_1`
# (age not scored); "aged 3½" is 3.50; a child's own past sexual abuse is coded (set 8); incidents in two years accept
# either year (a span "between 2015 and 2017" also accepts none, as sets 5-8); harm words in the learning themes are about practice in general unless they name the child; an
# anonymous review has no area even when a council is named in its summary; remanded to local authority accommodation,
# a secure accommodation order, an interim care order, section 20 accommodation and a Scottish "children's house" are
# `looked_after`; adoption is no care context; a semi-independent placement or supported accommodation without care
# words accepts `looked_after` either way; breast flattening and a forced marriage protection order are
# `fgm_honour_based_abuse`; beating by a carer who believed the child possessed is `physical_abuse` (`other` accepted);
# a drug debt worked off, plugging and "carrying drugs for older youths" are `child_criminal_exploitation`; a fatal
# dog attack is `other` or `neglect` or none. `a|b` alternatives, `*` not scored.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
# the parts sets 8 on share: ../phrasing_entries.py
from phrasing_entries import COLS, T, A, ANY, E, L, R, HEAD, WELSH_MODEL  # noqa: E402


FILES = {}

# --- 2013 yearly list: "Month 2013 - Area - Name", summary, "Issues identified include:", "Recommendations include:",
# a bare keyword line.
FILES["ja-yearly-2013-issues.txt"] = dict(pubyear="2013", preamble=[
    "Case reviews published in 2013", "",
    "A chronological list of the executive summaries or full overview reports of serious case reviews published in 2013. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2013 - Ashcombe Vale - Child JA", [
    "Death of a 2-year-1-month-old girl in March 2012 from a head injury sustained while in the sole care of her mother's new partner, who was convicted of murder. Child JA's mother, then 19, had been a looked after child herself.",
    [L("Issues identified include:", ["the impact of a new partner on the safety of young children", "nurseries' recording of injuries"])],
    [R("Recommendations include:", ["guidance for nurseries on recording and reporting injuries"])],
    "New partners, head injuries, young mothers"],
   T("Child JA", "unknown", "overview", "death", "2012", "2-year-1-month-old", "2.08", "1_5", "female", HEAD,
     risk="|parental_criminality", area="Ashcombe Vale"), link="Read the overview report"),
 E("November 2013 - Anonymous - Child JB", [
    "Serious injury of a baby (age unspecified) in 2011. Child JB was found to have fractures of different ages after his mother had taken him to the GP five times in two months. Eastholt County Council's children's services had closed an earlier referral without a visit.",
    [L("Issues identified include:", ["referrals closed without the baby being seen", "GPs' knowledge of the signs of fractures in babies"])],
    [R("Recommendations include:", ["every referral about a baby to lead to a home visit"])],
    "Fractures, babies, referrals"],
   T("Child JB", "unknown", "overview", "serious_harm", "2011", "*", "*", "under_1", "male", "physical_abuse"),
   link="Read the overview report"),
 E("October 2013 - Marlbury - Child JC", [
    "Death of a 15-year-old in early 2012 as a result of a methadone overdose. Child JC had a history of offending and had been excluded from school, and the relationship with his mother was difficult.",
    [L("Issues identified include:", ["the response of youth offending services to drug use", "support for parents of teenagers who offend"])],
    [R("Recommendations include:", ["drug services to be part of every youth offending plan"])],
    "Drugs, young offenders, school exclusion"],
   T("Child JC", "unknown", "overview", "death", "2012", "15-year-old", "15.00", "11_15", "male", "poisoning_ingestion",
     ctx="|not_in_school", area="Marlbury"), link="Read the overview report"),
 E("September 2013 - Hollinsby - Child JD", [
    "Abduction of a 14-year-old girl in 2012 by a 41-year-old family friend who had been grooming her since she was 12. Child JD was found in a caravan four days later; the man was convicted of abduction and of sexual activity with a child.",
    [L("Issues identified include:", ["gifts and attention from adults outside the family", "parents' awareness of grooming"])],
    [R("Recommendations include:", ["information for parents about the signs of grooming"])],
    "Grooming, abduction, sexual abuse"],
   T("Child JD", "unknown", "overview", "serious_harm", "2012", "14-year-old", "14.00", "11_15", "female",
     A("sexual_abuse", "child_sexual_exploitation; extra_familial_harm"), area="Hollinsby"),
   link="Read the overview report"),
 E("August 2013 - Anonymous - Child JE", [
    "Life-threatening attempted suffocation of a 4-year-old boy by his father in 2011 and again in 2012, followed by the father's suicide attempt. Child JE became subject to a child protection plan after the second incident. The father had a long history of depression.",
    [L("Issues identified include:", ["asking parents with depression about thoughts of harming their children", "the child as a protective factor"])],
    [R("Recommendations include:", ["adult mental health services to ask about children at every assessment"])],
    "Parents with mental health problems, filicide"],
   T("Child JE", "unknown", "overview", "serious_harm", "2011|2012", "4-year-old", "4.00", "1_5", "male", "physical_abuse",
     risk="parental_mental_health", ctx="child_protection_plan"), link="Read the overview report"),
 E("July 2013 - Crowle Marsh - Child JF and Child JG", [
    "Neglect of twin boys, aged 2 years and 3 months, in 2012; both were found to have rickets and to be severely underweight. Their mother had been told by a religious leader that the boys should not be given milk or meat.",
    [L("Issues identified include:", ["health visitors' weighing of twins", "beliefs that limit a child's diet"])],
    [R("Recommendations include:", ["growth charts to be checked at every contact with children under three"])],
    "Neglect, nutrition, faith"],
   T("Child JF and Child JG", "unknown", "overview", "serious_harm", "2012", "aged 2 years and 3 months|2 years and 3 months",
     "2.25", "1_5", "male", "neglect", n="2", area="Crowle Marsh"), link="Read the overview report"),
 E("June 2013 - Tolleshunt - Child JH", [
    "Death of a 17-year-old young woman in 2012 who is believed to have taken her own life after years of bullying at school and online. Child JH had been known to the child and adolescent mental health service since she was 13.",
    [L("Issues identified include:", ["schools' response to bullying that continues online", "waiting times for mental health services"])],
    [R("Recommendations include:", ["a named adult at school for every child on a mental health waiting list"])],
    "Suicide, bullying, mental health"],
   T("Child JH", "unknown", "overview", "death", "2012", "17-year-old", "17.00", "16_17", "female",
     A("self_harm_suicide", "online_harm; emotional_abuse; extra_familial_harm"), area="Tolleshunt"),
   link="Read the overview report"),
 E("May 2013 - Anonymous - Child JI", [
    "Sexual abuse of a Year 9 pupil by a teaching assistant at her school during the summer term of 2011. Child JI told a friend, whose mother contacted the police; the teaching assistant was convicted of sexual activity with a child.",
    [L("Issues identified include:", ["staff behaviour that was noticed but not reported", "safer recruitment in schools"])],
    [R("Recommendations include:", ["training for school staff on reporting concerns about colleagues"])],
    "Sexual abuse, schools, positions of trust"],
   T("Child JI", "unknown", "overview", "serious_harm", "2011", "*", "", "11_15", "female",
     A("sexual_abuse", "extra_familial_harm")), link="Read the overview report"),
])

NAV = ["<header><a href=\"#main\">Skip to content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Safeguarding and child protection</a></li><li><a href=\"#\">Case reviews</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Cookie settings</p><p>Privacy notice</p></footer>"]

# --- 2025 case reviews update: "2025 - Area - Name", summary, "Learning themes include:", "Recommendations to the
# partnership include:".
FILES["jb-update-2025-partnerships.html"] = dict(page_title="Case reviews update", html_preamble=NAV, html_footer=FOOT,
    h1="Case reviews update", pubyear="2025",
    intro_html=["New in the collection: case reviews recently added. Invented for testing: no real child, family or place."],
    entries=[
 E("2025 - Sandmere - Baby JJ", [
    "Death of a 3-day-old baby boy in January 2023 after his mother gave birth alone at home and did not seek help. Baby JJ's mother, aged 23, had concealed her pregnancy; her first child had been removed from her care in 2020.",
    [L("Learning themes include:", ["concealed and denied pregnancies", "support for parents after a child is removed"])],
    [R("Recommendations to the partnership include:", ["a pathway for women whose children have been removed to be offered contraception and support"])]],
   T("Baby JJ", "unknown", "overview", "death", "2023", "3-day-old", "0.01", "under_1", "male", "|neglect|other",
     area="Sandmere"), link="Read the overview report"),
 E("2025 - Anonymous - Child JK", [
    "Serious harm to a 16-year-old boy who was stabbed in 2023 after he had been made to carry drugs internally and had built up a drug debt to the group that was using him. He had been remanded to local authority accommodation earlier that year.",
    [L("Learning themes include:", ["plugging as a sign of exploitation", "children remanded to local authority accommodation"])],
    [R("Recommendations to the partnership include:", ["a safety plan for every child remanded to local authority accommodation"])]],
   T("Child JK", "unknown", "overview", "serious_harm", "2023", "16-year-old", "16.00", "16_17", "male",
     A("child_criminal_exploitation; extra_familial_harm", "physical_abuse"), ctx="looked_after"),
   link="Read the overview report"),
 E("2025 - Kestlewick and Ormsby - Child JL", [
    "Child JL, a young woman in her late teens, died in a road traffic collision in 2022 while travelling in a car driven by a 24-year-old man who had been sexually exploiting her. She had been living in supported accommodation since the age of 16.",
    [L("Learning themes include:", ["exploitation that continues past a young person's 18th birthday", "supported accommodation for young people at risk"])],
    [R("Recommendations to the partnership include:", ["a transition plan for young people at risk of exploitation"])]],
   T("Child JL", "unknown", "overview", "death", "2022", "late teens|in her late teens|", "", "unknown", "female",
     A("child_sexual_exploitation", "extra_familial_harm; sexual_abuse; other"), ctx="|looked_after",
     area="Kestlewick and Ormsby"), link="Read the overview report"),
 E("2025 - Fallowfield Cross - Child JM", [
    "A 13-year-old girl was subjected to breast flattening by her grandmother in 2022 and later told a school nurse she had been threatened with being sent abroad to be married. Child JM was made subject to a forced marriage protection order.",
    [L("Learning themes include:", ["harmful practices that are rarely seen", "school nurses as trusted adults"])],
    [R("Recommendations to the partnership include:", ["training on harmful practices for school nurses"])]],
   T("Child JM", "unknown", "overview", "serious_harm", "2022", "13-year-old", "13.00", "11_15", "female",
     A("fgm_honour_based_abuse", "physical_abuse; emotional_abuse; other"), area="Fallowfield Cross"),
   link="Read the overview report"),
 E("2025 - Anonymous - Child JN", [
    "Child JN (15) took an overdose of paracetamol in a secure children's home in 2023 and survived after three days in intensive care. She had been placed there under a secure accommodation order after repeatedly going missing.",
    [L("Learning themes include:", ["secure placements as a response to going missing", "access to medication in secure settings"])],
    [R("Recommendations to the partnership include:", ["a review of every secure accommodation order after three months"])]],
   T("Child JN", "unknown", "overview", "serious_harm", "2023", "15|(15)|Child JN (15)", "15.00", "11_15", "female",
     A("self_harm_suicide", "poisoning_ingestion") + "|poisoning_ingestion", ctx="looked_after"),
   link="Read the overview report"),
 E("2025 - Ravensworth - Child JO", [
    "Child JO, a boy of 13, died in 2023 after an asthma attack at home; his inhalers had not been collected from the pharmacy for several months and he had missed 11 hospital appointments.",
    [L("Learning themes include:", ["recognising medical neglect", "the links between neglect, domestic abuse and sexual abuse in families known to services"])],
    [R("Recommendations to the partnership include:", ["was not brought policies in every hospital department"])]],
   T("Child JO", "unknown", "overview", "death", "2023", "a boy of 13|boy of 13|13", "13.00", "11_15", "male", "neglect",
     area="Ravensworth"), link="Read the overview report"),
 E("2025 - Anonymous - Children JP, JQ and JR", [
    "Three siblings, aged between 2 and 7, were found in 2024 living in a home with no heating, little food and dog faeces on the floors. Their mother, aged 26, had a learning disability; the children were placed in foster care under interim care orders.",
    [L("Learning themes include:", ["parents with a learning disability", "the home conditions of children seen only at school"])],
    [R("Recommendations to the partnership include:", ["home visits to be part of every early help plan"])]],
   T("Children JP, JQ and JR", "unknown", "overview", "serious_harm", "2024", "*", "*", "*", "not_stated", "neglect",
     risk="parental_learning_disability", ctx="looked_after; foster_care", n="3"), link="Read the overview report"),
 E("2025 - Wendholme - Child JS", [
    "Child JS, aged 3½, was bitten by a dog at her childminder's home in 2023 and was left with permanent scarring to her face.",
    [L("Learning themes include:", ["dogs in registered childcare settings"])],
    [R("Recommendations to the partnership include:", ["risk assessments of pets at every childminder's registration"])]],
   T("Child JS", "unknown", "overview", "serious_harm", "2023", "aged 3½|3½", "3.50", "1_5", "female", "|other|neglect",
     area="Wendholme"), link="Read the overview report"),
])

# --- A monthly repository digest: "N. Type: Name (document)", an ethnicity sentence, "Learning includes:",
# "Recommendations include:".
FILES["jc-monthly-2021-repository.txt"] = dict(pubyear="2021|", month="2021-06", preamble=[
    "NSPCC Repository – June 2021",
    "In June 2021 eight case reviews were published to the NSPCC Repository. A summary of each can be found below (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child safeguarding practice review: Child JT (overview report)", [
    "Child JT, aged 11, was found in 2020 to have been sexually abused by his stepfather, who had filmed the abuse and shared the images online. Westbrook Borough Council's children's services had completed an assessment in 2018 after a school referral about his behaviour. Ethnicity: White British.",
    [L("Learning includes:", ["changes in a child's behaviour as a sign of abuse", "assessments that did not speak to the child alone"])],
    [R("Recommendations include:", ["every assessment to include time with the child alone"])]],
   T("Child JT", "child_safeguarding_practice_review", "overview", "serious_harm", "2020", "aged 11|11", "11.00", "11_15",
     "male", A("sexual_abuse", "online_harm"), eth="White British"), link="Other resources Read overview report"),
 E("2. Serious case review: Baby JU (executive summary)", [
    "Baby JU was admitted to hospital at six weeks old in November 2018 with a skull fracture and bruising to her ear. Her parents, both 18, gave no explanation. Ethnicity not stated.",
    [L("Learning includes:", ["bruising in babies who are not yet mobile", "young parents with little support"])],
    [R("Recommendations include:", ["a bruising protocol for every health setting"])]],
   T("Baby JU", "serious_case_review", "executive_summary", "serious_harm", "2018", "at six weeks old|six weeks old|six weeks",
     "0.11", "under_1", "female", HEAD), link="Other resources Read executive summary"),
 E("3. Child safeguarding practice review: Child JV (overview report)", [
    "Child JV, a 14-year-old boy, was referred to the Channel programme in 2020 after teachers found far-right propaganda in his school bag; he had been drawn into a group of adults online during the first national lockdown. Ethnicity: White British.",
    [L("Learning includes:", ["children drawn into extreme right-wing groups", "the online lives of children during lockdown"])],
    [R("Recommendations include:", ["Prevent awareness for every designated safeguarding lead"])]],
   T("Child JV", "child_safeguarding_practice_review", "overview", "serious_harm|other", "2020", "14-year-old", "14.00",
     "11_15", "male", A("other", "online_harm; extra_familial_harm"), eth="White British"),
   link="Other resources Read overview report"),
 E("4. Serious case review: Child JW (overview report)", [
    "Child JW, a girl of four, died in January 2019 from a head injury. She had been seen at hospital with a broken arm in March 2017 and with bruising to her face in 2018; on both occasions her mother's account of a fall was accepted. Ethnicity: Polish.",
    [L("Learning includes:", ["injuries explained as falls", "the use of interpreters with parents"])],
    [R("Recommendations include:", ["a check of earlier attendances whenever a young child attends with an injury"])]],
   T("Child JW", "serious_case_review", "overview", "death", "2019", "a girl of four|girl of four|four", "4.00", "1_5",
     "female", HEAD, eth="Polish"), link="Other resources Read overview report"),
 E("5. Child safeguarding practice review: Child JX (overview report)", [
    "Child JX, who had just turned 14, was sexually assaulted by three older pupils on a school trip in 2019. The review found that earlier allegations of child-on-child sexual abuse at the school had not been referred. Ethnicity not stated.",
    [L("Learning includes:", ["schools' response to child-on-child sexual abuse", "residential trips"])],
    [R("Recommendations include:", ["every allegation of child-on-child sexual abuse to be referred"])]],
   T("Child JX", "child_safeguarding_practice_review", "overview", "serious_harm", "2019", "who had just turned 14|just turned 14|14", "14.00",
     "11_15", "not_stated", A("sexual_abuse", "extra_familial_harm")), link="Other resources Read overview report"),
 E("6. Learning review: Child JY (overview report)", [
    "Child JY, aged 9, drowned in the bath at home in the summer of 2020 after having a seizure while her mother was out of the house. Child JY had epilepsy and an education, health and care plan. Ethnicity: Bangladeshi.",
    [L("Learning includes:", ["bathing advice for children with epilepsy", "support for parents of disabled children"])],
    [R("Recommendations include:", ["written safety advice for every child with epilepsy"])]],
   T("Child JY", "learning_review", "overview", "death", "2020", "aged 9|9", "9.00", "6_10", "female", "neglect|",
     ctx="ehcp|disabled; ehcp", eth="Bangladeshi"), link="Other resources Read overview report"),
 E("7. Child safeguarding practice review: Young Person JZ (overview report)", [
    "Young Person JZ was 17 and living in a semi-independent placement when he was found dead in a river in 2020; the cause of death remains unascertained. He had been accommodated under section 20 since he was 15, after his father's death from an overdose. Ethnicity: Mixed White and Black African.",
    [L("Learning includes:", ["semi-independent placements for 16 and 17 year olds", "bereavement support for children in care"])],
    [R("Recommendations include:", ["bereavement support in every care plan where a parent has died"])]],
   T("Young Person JZ", "child_safeguarding_practice_review", "overview", "death", "2020", "was 17|17", "17.00", "16_17",
     "male", "|other", risk="|parental_substance_misuse", ctx="looked_after", eth="Mixed White and Black African"),
   link="Other resources Read overview report"),
 E("8. Serious case review: Child KA (executive summary)", [
    "Child KA, an 8-year-old girl, was found in 2018 to have been given a diagnosis of a rare condition she did not have; her mother had exaggerated and invented symptoms over several years. Her younger brother's death in infancy in 2012 had been recorded as sudden infant death. Ethnicity not stated.",
    [L("Learning includes:", ["perplexing presentations", "the history of a sibling's death"])],
    [R("Recommendations include:", ["a lead paediatrician for every child with symptoms that cannot be explained"])]],
   T("Child KA", "serious_case_review", "executive_summary", "serious_harm", "2018", "8-year-old", "8.00", "6_10", "female",
     A("other", "physical_abuse; emotional_abuse")), link="Other resources Read executive summary"),
])

# --- A 2019 page of the nations' reviews: "2019 – Board / Committee / Panel – Name", the review type in the summary's
# first words, Learning: / Recommendations: / Keywords:, "Read the review".
FILES["jd-nations-2019-reviews.html"] = dict(page_title="Reviews from Wales, Scotland and Northern Ireland, 2019", html_preamble=NAV, html_footer=FOOT,
    h1="Reviews from Wales, Scotland and Northern Ireland, 2019", pubyear="2019",
    intro_html=["Child practice reviews, significant case reviews, learning reviews and case management reviews published in 2019. Invented for testing: no real child, family or place."],
    entries=[
 E("2019 – Glan Hafren Regional Safeguarding Children Board – Child KB", [
    "An extended child practice review following the death of a 2-year-old boy in 2017 after he swallowed his father's prescribed methadone while in kinship care with his paternal grandparents. Child KB's father was staying at the house at weekends.",
    [L("Learning:", ["safe storage of substitute medication in kinship households", "assessments of kinship carers' households"])],
    [R("Recommendations:", ["safe storage advice to be part of every kinship care assessment"])],
    "Keywords: ingestion, kinship care"],
   T("Child KB", "child_practice_review", "unknown", "death", "2017", "2-year-old", "2.00", "1_5", "male",
     A("poisoning_ingestion", "neglect"), risk="|parental_substance_misuse", ctx="connected_carers",
     area="Glan Hafren Regional Safeguarding Children Board|Glan Hafren"), link="Read the review"),
 E("2019 – Inverallan Child Protection Committee – Child KC", [
    "A significant case review into the sexual abuse of a 12-year-old girl at a residential school for children with additional support needs between 2015 and 2017 by a member of care staff. Child KC had been placed at the school by Inverallan Council's social work services and was looked after away from home.",
    [L("Learning:", ["children who cannot easily tell", "oversight of residential schools by placing authorities"])],
    [R("Recommendations:", ["independent advocacy for every child placed at a residential school"])],
    "Keywords: sexual abuse, residential schools, disabled children"],
   T("Child KC", "significant_case_review", "unknown", "serious_harm", "2015|2017|", "12-year-old", "12.00", "11_15", "female",
     A("sexual_abuse", "extra_familial_harm"), ctx="looked_after; disabled|looked_after",
     area="Inverallan Child Protection Committee|Inverallan"), link="Read the review"),
 E("2019 – Lough Erran Safeguarding Panel – Child KD", [
    "A case management review following serious harm to a boy aged 15 at the time of the incident, who was found in 2018 to have been sexually exploited by men who gave him drugs and alcohol. Child KD had been open to the family support hub since 2016.",
    [L("Learning:", ["the sexual exploitation of boys", "drugs and alcohol as a way in for exploiters"])],
    [R("Recommendations:", ["exploitation screening to include boys"])],
    "Keywords: sexual exploitation, boys"],
   T("Child KD", "case_management_review", "unknown", "serious_harm", "2018", "aged 15|15", "15.00", "11_15", "male",
     A("child_sexual_exploitation", "extra_familial_harm; sexual_abuse"),
     area="Lough Erran Safeguarding Panel|Lough Erran"), link="Read the review"),
 E("2019 – Anonymous – Child KE", [
    "A concise child practice review following the death of an infant, aged nine days, from a bleed on the brain in December 2017. Child KE's older half-sister had died in 2014 from an unexplained head injury in the care of the same father.",
    [L("Learning:", ["pre-birth assessments where a sibling has died", "information held by other areas"])],
    [R("Recommendations:", ["a pre-birth assessment for every pregnancy where a sibling died of an unexplained injury"])],
    "Keywords: head injuries, sibling deaths"],
   T("Child KE", "child_practice_review", "unknown", "death", "2017", "aged nine days|nine days", "0.02", "under_1",
     "not_stated", HEAD), link="Read the review"),
 E("2019 – Strathbrae Child Protection Committee – Child KF", [
    "A significant case review into the neglect of a boy who was nearly three when he was found in 2018 to weigh less than he had at his first birthday. Child KF's mother, who was 22 and had a learning disability, had stopped taking him to the health visitor.",
    [L("Learning:", ["the weight of young children who are not brought to appointments", "parents with a learning disability"])],
    [R("Recommendations:", ["a follow-up visit when a young child is not brought twice"])],
    "Keywords: neglect, faltering growth"],
   T("Child KF", "significant_case_review", "unknown", "serious_harm", "2018", "*", "*", "1_5", "male", "neglect",
     risk="parental_learning_disability", area="Strathbrae Child Protection Committee|Strathbrae"), link="Read the review"),
 E("2019 – Dyfnant Regional Safeguarding Board – Young Person KG", [
    "A child practice review following serious harm to a 16-year-old young woman who was beaten by two of her older brothers in 2018 because she had refused a marriage her family had arranged abroad, and who was told she had brought shame on the family.",
    [L("Learning:", ["recognising abuse in the name of family reputation", "talking to young people away from their families"])],
    [R("Recommendations:", ["a safe way for young people to ask for help with a planned marriage"])],
    WELSH_MODEL,
    "Keywords: forced marriage, physical abuse"],
   T("Young Person KG", "child_practice_review", "unknown", "serious_harm", "2018", "16-year-old", "16.00", "16_17", "female",
     A("fgm_honour_based_abuse; physical_abuse", "emotional_abuse"),
     area="Dyfnant Regional Safeguarding Board|Dyfnant"), link="Read the review"),
 E("2019 – Caerwent Fach Regional Safeguarding Board – Child KH", [
    "A child practice review following the online sexual abuse of a 10-year-old boy who was coerced into performing sexual acts on a webcam by an adult he met in an online game during 2017 and 2018.",
    [L("Learning:", ["online games as a route to abuse", "parents' knowledge of their children's online lives"])],
    [R("Recommendations:", ["online safety sessions for parents of primary school children"])],
    "Keywords: online abuse, sexual abuse"],
   T("Child KH", "child_practice_review", "unknown", "serious_harm", "2017|2018", "10-year-old", "10.00", "6_10", "male",
     A("online_harm; sexual_abuse", "child_sexual_exploitation; extra_familial_harm"),
     area="Caerwent Fach Regional Safeguarding Board|Caerwent Fach"), link="Read the review"),
 E("2019 – Anonymous – Child KI", [
    "A learning review following the near-fatal overdose of a 14-year-old girl in a children's house in 2018. Child KI had moved to the children's house after her foster placement broke down; staff had found tablets in her room the week before.",
    [L("Learning:", ["the first weeks after a placement ends", "searches and trust in children's houses"])],
    [R("Recommendations:", ["a safety plan for every young person who has hoarded medication"])],
    "Keywords: overdose, looked after children"],
   T("Child KI", "learning_review", "unknown", "serious_harm", "2018", "14-year-old", "14.00", "11_15", "female",
     A("poisoning_ingestion", "self_harm_suicide") + "|self_harm_suicide", ctx="looked_after; foster_care|looked_after"),
   link="Read the review"),
])

# --- 2016 yearly list: "2016 – Area – Name", summary, "Background:", "Key issues:", "Recommendations:", "Keywords:".
FILES["je-yearly-2016-key-issues.txt"] = dict(pubyear="2016", preamble=[
    "Case reviews published in 2016", "",
    "A chronological list of the executive summaries or full overview reports of serious case reviews published in 2016. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2016 – Hartsfield – Child KJ", [
    "Death of a 15-year-old boy in 2015 who was stabbed by a 17-year-old in a dispute between two groups of young people.",
    "Background: Child KJ had been permanently excluded from school in Year 8 and attended a pupil referral unit. His older brother had been shot in 2013.",
    [L("Key issues:", ["serious youth violence", "the move to a pupil referral unit as a moment of risk"])],
    [R("Recommendations:", ["a transition plan for every child moving to a pupil referral unit"])],
    "Keywords: knife crime, school exclusion"],
   T("Child KJ", "unknown", "overview", "death", "2015", "15-year-old", "15.00", "11_15", "male",
     A("extra_familial_harm", "physical_abuse"), ctx="|not_in_school", area="Hartsfield"), link="Read the overview report"),
 E("2016 - Anonymous – Child KK", [
    "Harmful sexual behaviour of a 13-year-old boy towards his 6-year-old cousin in 2014 and 2015.",
    "Background: Child KK had himself been sexually abused by an uncle when he was 8; the abuse was not reported until 2015.",
    [L("Key issues:", ["children who harm as children who have been harmed", "the response to a younger child's disclosure"])],
    [R("Recommendations:", ["assessment of every child who displays harmful sexual behaviour for their own abuse"])],
    "Keywords: harmful sexual behaviour"],
   T("Child KK", "unknown", "overview", "other|serious_harm|unknown", "2014|2015", "13-year-old", "13.00", "11_15", "male",
     "other; sexual_abuse"), link="Read the overview report"),
 E("2016 – Brindlecombe – Baby KL", [
    "Serious injury to a 6-month-old girl in 2015 with fractured ribs and a torn frenulum.",
    "Background: Baby KL's mother, aged 16, was herself subject to a child protection plan; the father was 24.",
    [L("Key issues:", ["babies of mothers who are themselves children", "fathers who are not known to services"])],
    [R("Recommendations:", ["a separate assessment of every baby born to a mother on a child protection plan"])],
    "Keywords: physical abuse, young parents"],
   T("Baby KL", "unknown", "overview", "serious_harm", "2015", "6-month-old", "0.50", "under_1", "female", "physical_abuse",
     area="Brindlecombe"), link="Read the overview report"),
 E("2016 – Anonymous – Child KM", [
    "Death of a 7-year-old girl in 2014 after she was beaten by her aunt, who believed she was possessed by an evil spirit.",
    "Background: Child KM had been sent from Nigeria to live with her aunt in a private fostering arrangement that was never notified to the local authority.",
    [L("Key issues:", ["abuse linked to faith or belief", "private fostering arrangements that are not notified"])],
    [R("Recommendations:", ["awareness of private fostering in faith communities"])],
    "Keywords: faith-based abuse, private fostering"],
   T("Child KM", "unknown", "overview", "death", "2014", "7-year-old", "7.00", "6_10", "female",
     A("physical_abuse", "other; emotional_abuse"), ctx="|foster_care", eth="not_stated|Nigerian"),
   link="Read the overview report"),
 E("2016 – Moorhaven – Child KN", [
    "Serious harm to a 16-year-old girl who was sexually exploited by a group of men between 2013 and 2015 while she lived in a privately run children's home 60 miles from her family.",
    "Background: Child KN had been moved six times in two years.",
    [L("Key issues:", ["placements far from home", "information shared with the host area"])],
    [R("Recommendations:", ["notification of every out of area placement to the host area's police"])],
    "Keywords: child sexual exploitation, residential care"],
   T("Child KN", "unknown", "overview", "serious_harm", "2013|2015|", "16-year-old", "16.00", "16_17", "female",
     A("child_sexual_exploitation", "extra_familial_harm; sexual_abuse"), ctx="looked_after", area="Moorhaven"),
   link="Read the overview report"),
 E("2016 – Anonymous – Children KO and KP", [
    "Neglect of two sisters, aged 16 and 17, who were cared for by their father after their mother's death from cancer in 2013. The girls stopped attending school in 2014.",
    "Background: the father had depression and drank heavily after his wife's death.",
    [L("Key issues:", ["neglect of older children", "bereaved families"])],
    [R("Recommendations:", ["attendance officers to visit the home of every pupil who stops attending"])],
    "Keywords: neglect, adolescents, bereavement"],
   T("Children KO and KP", "unknown", "overview", "serious_harm", "2014|", "*", "*", "*", "female", "neglect",
     risk="parental_mental_health; parental_alcohol_misuse", ctx="|not_in_school", n="2"), link="Read the overview report"),
 E("2016 – Lower Fenning – Child KQ", [
    "Death of a 17-month-old boy in 2015 from a fatal dog attack at his grandmother's home. The dog, a banned breed, belonged to his uncle.",
    [L("Key issues:", ["dogs in homes with young children", "asking about pets at home visits"])],
    [R("Recommendations:", ["questions about dogs to be part of every health visitor's home visit"])],
    "Keywords: dog attacks"],
   T("Child KQ", "unknown", "overview", "death", "2015", "17-month-old", "1.42", "1_5", "male", "|other|neglect",
     area="Lower Fenning"), link="Read the overview report"),
 E("2016 – Anonymous – Child KR", [
    "Serious sexual assault of a 12-year-old girl in 2015 by a 52-year-old neighbour who had previous convictions for sexual offences against children.",
    "Background: the neighbour had been released from prison two months earlier.",
    [L("Key issues:", ["sharing information about offenders released into a community", "families' right to ask about offenders"])],
    [R("Recommendations:", ["probation to tell children's services of every release near a family with children"])],
    "Keywords: sexual abuse, sex offenders"],
   T("Child KR", "unknown", "overview", "serious_harm", "2015", "12-year-old", "12.00", "11_15", "female",
     A("sexual_abuse", "extra_familial_harm")), link="Read the overview report"),
])

# --- 2014 yearly list: "Month 2014 – Area - Name", summary, "Background:", "Learning:", "Model:", "Keywords:".
FILES["jf-yearly-2014-learning.txt"] = dict(pubyear="2014", preamble=[
    "Case reviews published in 2014", "",
    "A chronological list of the executive summaries or full overview reports of serious case reviews and child practice reviews published in 2014. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2014 – Trefaldwyn - Child KS", [
    "Death of a 16-year-old girl in 2013 from complications of type 1 diabetes.",
    "Background: Child KS had stopped taking her insulin and is believed to have been using drugs; she had been the subject of a child in need plan since 2011.",
    [L("Learning:", ["young people who refuse treatment for a chronic condition", "the role of the GP as the holder of health information"])],
    WELSH_MODEL,
    "Keywords: chronic illness, health services"],
   T("Child KS", "child_practice_review", "overview", "death", "2013", "16-year-old", "16.00", "16_17", "female", "|neglect",
     ctx="child_in_need_plan", area="Trefaldwyn"), link="Read the overview report"),
 E("November 2014 – Anonymous - Child KT", [
    "Serious harm to a Year 4 pupil who was found in 2013 to have tooth decay so severe that eleven of his teeth were removed under general anaesthetic; he had never seen a dentist.",
    "Background: the family had moved between four areas in three years.",
    [L("Learning:", ["dental health as a sign of neglect", "children who move often between areas"])],
    [R("Recommendations:", ["schools to ask about dental care when a child arrives from another area"])],
    "Keywords: neglect, dental health"],
   T("Child KT", "unknown", "overview", "serious_harm", "2013", "*", "", "6_10", "male", "neglect"),
   link="Read the overview report"),
 E("October 2014 – Kingsmoor - Child KU", [
    "Death of an infant in 2013 from sudden infant death syndrome while sharing a sofa with her father, who had taken cocaine.",
    "Background: the family had been known to Kingsmoor City Council's children's services since the birth of the first child in 2008.",
    [L("Learning:", ["sofa sharing after drug use", "families known to services for many years"])],
    [R("Recommendations:", ["safer sleep advice to be given to fathers as well as mothers"])],
    "Keywords: sudden infant death, drugs"],
   T("Child KU", "unknown", "overview", "death", "2013", "*", "*", "under_1", "female",
     A("sudden_unexpected_infant_death", "neglect"), risk="co_sleeping; parental_substance_misuse", area="Kingsmoor"),
   link="Read the overview report"),
 E("September 2014 – Anonymous - Child KV", [
    "Child KV, a 14-year-old girl with a learning disability, was taken out of school by her parents in 2012 and was found a year later to have been kept in her bedroom for most of each day and beaten with a belt.",
    [L("Learning:", ["children withdrawn from school to be educated at home", "disabled children who are not seen"])],
    [R("Recommendations:", ["a visit to every disabled child withdrawn from school"])],
    "Keywords: physical abuse, home education, disabled children"],
   T("Child KV", "unknown", "overview", "serious_harm", "2012|2013", "14-year-old", "14.00", "11_15", "female",
     A("physical_abuse", "neglect; emotional_abuse"), ctx="disabled; not_in_school|disabled"),
   link="Read the overview report"),
 E("August 2014 – Penhallow - Child KW", [
    "Death of a 17-year-old boy in a young offender institution in 2013; he died, apparently by suicide, three weeks after he was sentenced.",
    "Background: Child KW had been in care since he was 10.",
    [L("Learning:", ["the first weeks in custody", "sharing care histories with custody staff"])],
    [R("Recommendations:", ["every child in custody with a care history to have a named social worker visit in the first week"])],
    "Keywords: suicide, custody, looked after children"],
   T("Child KW", "unknown", "overview", "death", "2013", "17-year-old", "17.00", "16_17", "male", "self_harm_suicide",
     ctx="looked_after", area="Penhallow"), link="Read the overview report"),
 E("July 2014 – Anonymous - Child KX", [
    "Serious injury to a 15-month-old boy in 2012, who was scalded in the bath; the burns were later found to be deliberate.",
    [L("Learning:", ["the pattern of scalds that are not accidental"])],
    [R("Recommendations:", ["a child protection medical for every scald in a child under two"])],
    "Keywords: burns and scalds, physical abuse"],
   T("Child KX", "unknown", "overview", "serious_harm", "2012", "15-month-old", "1.25", "1_5", "male", "physical_abuse"),
   link="Read the overview report"),
 E("June 2014 – Ashwell Chase - Child KY", [
    "Death of a 9-month-old girl in 2012 at the hands of her mother's 31-year-old boyfriend. Her mother, 17, was in care at the time of the birth, and the baby was subject to a child protection plan.",
    [L("Learning:", ["babies of young mothers in care", "new partners who are not assessed"])],
    [R("Recommendations:", ["every adult living with a baby on a child protection plan to be assessed"])],
    "Keywords: young mothers, looked after children, physical abuse"],
   T("Child KY", "unknown", "overview", "death", "2012", "9-month-old", "0.75", "under_1", "female", "physical_abuse",
     ctx="child_protection_plan", area="Ashwell Chase"), link="Read the overview report"),
 E("May 2014 – Anonymous - Child KZ", [
    "Death of a 14-year-old boy in 2013 who was hit by a train; the inquest recorded a narrative verdict. He had been going missing regularly and was thought to be carrying drugs for older youths.",
    [L("Learning:", ["going missing as a sign of exploitation", "return home interviews"])],
    [R("Recommendations:", ["a return home interview after every missing episode"])],
    "Keywords: missing children, drugs"],
   T("Child KZ", "unknown", "overview", "death", "2013", "14-year-old", "14.00", "11_15", "male",
     A("child_criminal_exploitation", "extra_familial_harm; other")), link="Read the overview report"),
])

# --- 2023 recently published: "2023 – Area – Name", summary, "Learning includes:", "Recommendations include:".
FILES["jg-recent-2023-published.html"] = dict(page_title="Recently published case reviews", html_preamble=NAV, html_footer=FOOT,
    h1="Recently published case reviews", pubyear="2023",
    intro_html=["Case reviews published in 2023. Invented for testing: no real child, family or place."],
    entries=[
 E("2023 – Bellhaven – Child LA", [
    "Child LA, a toddler of 20 months, suffered a cardiac arrest in March 2022 after swallowing ecstasy tablets left on a table at home; she was resuscitated and survived.",
    [L("Learning includes:", ["drugs within a young child's reach", "parents' recreational drug use"])],
    [R("Recommendations include:", ["safe storage advice for parents who use drugs"])]],
   T("Child LA", "unknown", "overview", "serious_harm", "2022", "toddler of 20 months|20 months", "1.67", "1_5", "female",
     A("poisoning_ingestion", "neglect"), risk="parental_substance_misuse|", area="Bellhaven"),
   link="Read the overview report"),
 E("2023 – Anonymous – Child LB", [
    "Child LB, a 15-year-old boy, was found in a flat in another town in 2021 after he had been missing for 10 days; he had been held there to work off a drug debt, and the flat's tenant, a vulnerable adult, had been cuckooed.",
    [L("Learning includes:", ["debt as a means of control", "missing children found far from home"])],
    [R("Recommendations include:", ["a shared response with the other area when a child is found there"])]],
   T("Child LB", "unknown", "overview", "serious_harm", "2021", "15-year-old", "15.00", "11_15", "male",
     A("child_criminal_exploitation", "extra_familial_harm")), link="Read the overview report"),
 E("2023 – Eldergrove – Children LC and LD", [
    "Death of two brothers, aged 6 and 9, in a house fire in 2021 that was set by their father, aged 42, after their mother ended the relationship and obtained a non-molestation order.",
    [L("Learning includes:", ["the risk of filicide after separation", "non-molestation orders and children's contact"])],
    [R("Recommendations include:", ["risk assessments of contact after every non-molestation order"])]],
   T("Children LC and LD", "unknown", "overview", "death", "2021", "*", "*", "*", "male", A("physical_abuse", "other"),
     risk="domestic_abuse", n="2", area="Eldergrove"), link="Read the overview report"),
 E("2023 – Anonymous – Child LE", [
    "Child LE, a Year 10 student, is believed to have taken his own life in January 2022, a week after he was told he was to move from his foster placement. His social worker had left in December 2021.",
    [L("Learning includes:", ["telling children about placement moves", "changes of social worker"])],
    [R("Recommendations include:", ["children to be part of every decision about a placement move"])]],
   T("Child LE", "unknown", "overview", "death", "2022", "*", "", "11_15", "male", "self_harm_suicide",
     ctx="looked_after; foster_care"), link="Read the overview report"),
 E("2023 – Rookwood – Child LF", [
    "Child LF, a 5-year-old boy with cerebral palsy, was found in 2022 to have lost a third of his body weight while in the care of his mother, who had stopped taking him to his feeding clinic.",
    [L("Learning includes:", ["the voice of disabled children", "disguised compliance in families where there has been domestic abuse"])],
    [R("Recommendations include:", ["a weight check at every contact with a child who is tube fed"])]],
   T("Child LF", "unknown", "overview", "serious_harm", "2022", "5-year-old", "5.00", "1_5", "male", "neglect",
     ctx="disabled", area="Rookwood"), link="Read the overview report"),
 E("2023 – Anonymous – Child LG", [
    "Child LG, aged 12, had been adopted at the age of 3 and was seriously injured in 2022 when her adoptive mother hit her with a rolling pin during an argument.",
    [L("Learning includes:", ["support for adoptive families with teenagers", "child to parent violence"])],
    [R("Recommendations include:", ["post-adoption support to be offered again at secondary school transfer"])]],
   T("Child LG", "unknown", "overview", "serious_harm", "2022", "aged 12|12", "12.00", "11_15", "female", "physical_abuse"),
   link="Read the overview report"),
 E("2023 – Thistlebury – Baby LH", [
    "Baby LH was born in February 2021 and died aged 11 weeks after she was found unresponsive in a car seat in which she had been left to sleep overnight.",
    [L("Learning includes:", ["car seats used for sleep", "safer sleep advice to all carers"])],
    [R("Recommendations include:", ["safer sleep advice to include car seats"])]],
   T("Baby LH", "unknown", "overview", "death", "2021", "aged 11 weeks|11 weeks", "0.21", "under_1", "female",
     A("", "sudden_unexpected_infant_death; neglect"), area="Thistlebury"), link="Read the overview report"),
 E("2023 – Anonymous – Child LI", [
    "Child LI, a 16-year-old girl who was living with her grandparents under a special guardianship order, was found in 2022 to have been sending nude images to a man in his forties who had persuaded her they were in a relationship.",
    [L("Learning includes:", ["special guardians' knowledge of online risks", "older men who present as boyfriends"])],
    [R("Recommendations include:", ["online safety in every special guardianship support plan"])]],
   T("Child LI", "unknown", "overview", "serious_harm", "2022", "16-year-old", "16.00", "16_17", "female",
     ANY("online_harm; child_sexual_exploitation; sexual_abuse; extra_familial_harm"), ctx="connected_carers"),
   link="Read the overview report"),
])

# --- 2022 update: "Month 2022 – Area – Name", summary, "Learning includes:", "Recommendations include:", "Keywords:".
FILES["jh-update-2022-months.txt"] = dict(pubyear="2022", preamble=[
    "Case reviews update 2022", "",
    "Case reviews added to the collection in the first months of 2022. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("March 2022 – Calderwick – Child LJ", [
    "Child LJ, a girl in her early teens, was found in 2020 to have been sexually exploited online by a man who had persuaded her to send him images and then shared them on a website.",
    [L("Learning includes:", ["images shared without consent", "reporting to have images removed"])],
    [R("Recommendations include:", ["advice to parents on getting images taken down"])],
    "Keywords: online abuse, sexual exploitation"],
   T("Child LJ", "unknown", "overview", "serious_harm", "2020", "early teens|in her early teens|", "", "unknown", "female",
     A("online_harm; child_sexual_exploitation", "sexual_abuse; extra_familial_harm"), area="Calderwick"),
   link="Read the overview report"),
 E("March 2022 – Anonymous – Child LK", [
    "Child LK, aged 13, was admitted to hospital on Christmas Day 2019 with alcohol poisoning after drinking vodka given to her by adults at a party. She had been reported missing 30 times from her residential children's home.",
    [L("Learning includes:", ["adults who give alcohol to children", "repeated missing episodes from residential care"])],
    [R("Recommendations include:", ["a strategy meeting after every fifth missing episode"])],
    "Keywords: alcohol, missing children"],
   T("Child LK", "unknown", "overview", "serious_harm", "2019", "aged 13|13", "13.00", "11_15", "female",
     A("poisoning_ingestion", "child_sexual_exploitation; extra_familial_harm; neglect"), ctx="looked_after"),
   link="Read the overview report"),
 E("February 2022 – Westmarch – Child LL", [
    "Child LL, a 4-month-old boy, was admitted to hospital in late 2019 with a subdural haemorrhage. His mother, who was 15 when he was born, lived with her own mother, Child LL's grandmother, aged 34.",
    [L("Learning includes:", ["babies of teenage mothers", "grandparents as carers"])],
    [R("Recommendations include:", ["every adult in the household to be part of a pre-birth assessment"])],
    "Keywords: head injuries, teenage parents"],
   T("Child LL", "unknown", "overview", "serious_harm", "2019", "4-month-old", "0.33", "under_1", "male", HEAD,
     area="Westmarch"), link="Read the overview report"),
 E("February 2022 – Anonymous – Children LM, LN and LO", [
    "Neglect and physical abuse of three children, aged between 2 and 5, who were found towards the end of 2020 locked in a bedroom. Their mother had separated from a violent partner and was drinking heavily.",
    [L("Learning includes:", ["children not seen during lockdown", "mothers drinking after domestic abuse"])],
    [R("Recommendations include:", ["visits to children under five whose families are known to services"])],
    "Keywords: neglect, domestic abuse, alcohol"],
   T("Children LM, LN and LO", "unknown", "overview", "serious_harm", "2020", "*", "*", "*", "not_stated",
     A("neglect; physical_abuse", "emotional_abuse"), risk="domestic_abuse; parental_alcohol_misuse", n="3"), link="Read the overview report"),
 E("January 2022 – Harnley Moor – Child LP", [
    "Death of a 16-year-old boy in mid-2020 who was stabbed near his home by two boys aged 14 and 15.",
    [L("Learning includes:", ["serious youth violence", "the safety of children near their homes"])],
    [R("Recommendations include:", ["a contextual safeguarding approach for the area where the boy died"])],
    "Keywords: knife crime, serious youth violence"],
   T("Child LP", "unknown", "overview", "death", "2020", "16-year-old", "16.00", "16_17", "male",
     A("extra_familial_harm", "physical_abuse"), area="Harnley Moor"), link="Read the overview report"),
 E("January 2022 – Anonymous – Child LQ", [
    "Child LQ, a 15-year-old girl, was arrested in 2021 for planning an attack after she had been groomed online by an Islamist extremist. She had been open to early help in 2019.",
    [L("Learning includes:", ["girls drawn into terrorism", "early help that closed without a plan"])],
    [R("Recommendations include:", ["Prevent referrals to be considered whenever extremist views are heard"])],
    "Keywords: radicalisation, online grooming"],
   T("Child LQ", "unknown", "overview", "serious_harm|other", "2021", "15-year-old", "15.00", "11_15", "female",
     A("other; online_harm", "extra_familial_harm")), link="Read the overview report"),
 E("January 2022 – Ferncastle – Child LR", [
    "Child LR, aged 10, was admitted to hospital in 2021 with a fractured skull after a fall from a first-floor window; he said his mother's partner had pushed him. His 14-year-old sister had been referred to the child sexual exploitation team the year before and had taken an overdose in 2020.",
    [L("Learning includes:", ["children's own accounts of how they were injured", "siblings of exploited children"])],
    [R("Recommendations include:", ["an assessment of every sibling when a child is referred for exploitation"])],
    "Keywords: physical abuse, siblings"],
   T("Child LR", "unknown", "overview", "serious_harm", "2021", "aged 10|10", "10.00", "6_10", "male", HEAD,
     area="Ferncastle"), link="Read the overview report"),
 E("January 2022 – Anonymous – Baby LS", [
    "Baby LS died at 16 days old in 2020 from dehydration after her parents, who had been told by their religious community not to seek medical help, did not take her to a doctor.",
    [L("Learning includes:", ["beliefs that stop parents seeking medical help", "midwives' visits after birth"])],
    [R("Recommendations include:", ["midwives to weigh every baby at day 5 and day 10"])],
    "Keywords: neglect, faith"],
   T("Baby LS", "unknown", "overview", "death", "2020", "16 days old|16 days", "0.04", "under_1", "female", "neglect"),
   link="Read the overview report"),
])
