# Entries of the "realistic phrasings 8" set (issue 9, session 19): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: the NSPCC yearly
# lists of 2018 and 2019 ("Month YYYY – Area - Name", summary, "Learning:" / "Key issues:", Keywords:), the 2024
# "Case reviews published" list of partnerships ("2024 - Partnership - Name", "Learning includes:", "Recommendations
# include:"), a monthly repository digest ("N. Type: Name (document)", an ethnicity sentence), the four nations' review
# pages (regional safeguarding boards, child protection and public protection committees, safeguarding panels), and
# the guidance pages on care leavers' deaths, private fostering, unaccompanied children and fabricated or induced
# illness). New traps, less covered by sets 1-7: ages in weeks, months and words ("aged six weeks", "18 months old",
# "aged two and a half", "three and a half years old", "in his first year"), an age given only in the learning text,
# young adults (care leavers of 18 to 21) beside the child ages of their past, outcomes late or hedged ("died in hospital
# three days later", "life-changing injuries", "survived but with lasting brain injury"), incident years from seasons
# and spans ("in the autumn of 2019", "over the winter of 2020/21", "between 2016 and 2018"), harms in rarer words
# (fabricated or induced illness, an illness "induced" with salt, FGM, so-called honour-based abuse, radicalisation,
# modern slavery, trafficking into a brothel, online grooming, sextortion, criminal exploitation without the words
# "county lines" or "exploitation"), care words (special guardianship, private fostering, a secure children's home, a
# residential special school, an unaccompanied asylum-seeking child, placed with parents under a care order, a young
# mother's own foster placement), areas named by partnerships and by Welsh, Scottish and Northern Irish bodies, and
# other people's facts (a mother's FGM and death, a sister's exploitation, a brother's autism, a friend's suicide, a
# carer's son's conviction, another pupil, a perpetrator's age).
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -7 READMEs, unchanged, plus the few this set needed, decided from
# DATA-MODEL.md): not stated means empty; a code is about the child(ren) the entry describes, never a parent's,
# sibling's, friend's, another pupil's or perpetrator's own harm, plan, care or condition; the subject's own past
# harm or care is coded (a care leaver: `looked_after`); a young adult's own age is the age (`18_plus`) even when the
# text gives child ages of their past ("looked after from the age of 11"); an age said in the learning text ("the
# 7-week-old baby") is the child's age; "in his first year" is band `under_1` with no exact age (age_text and
# age_years not scored); "aged two and a half" is 2.50; a span ("between 2016 and 2018") accepts either end; a
# season over two years ("over the winter of 2020/21") accepts either year; fabricated or induced illness (also an
# illness "induced" by salt) is `other`; trafficking and modern slavery are `other` (criminal or sexual exploitation
# beside it when the words say what the child was made to do); sextortion is `online_harm` (sexual abuse or sexual
# exploitation accepted beside); an unaccompanied asylum-seeking child in a local authority placement is
# `looked_after`; private fostering is no local authority care (`foster_care` accepted, as unseen-entries a11);
# placed with parents under a care order is `looked_after`; a residential special school is `disabled`; a secure
# children's home is `looked_after`. `a|b` alternatives, `*` not scored.
# Truth corrected in session 38 under the lead's trafficking decision (normalise/unseen-entries.txt, 'session 38
# decision'): trafficking told with its purpose gives that purpose's code alone, no `other` beside it: ia #7 Young Person AH (made to tend cannabis plants, a victim of modern slavery); ie #4 Child BN (trafficked and forced to work in a brothel).
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
# the parts sets 8 on share: ../phrasing_entries.py
from phrasing_entries import COLS, T, A, E, L, R, HEAD, WELSH_MODEL  # noqa: E402


FILES = {}

# --- 2019 yearly list: "Month 2019 – Area - Name", summary, "Learning:", "Recommendations:", "Keywords:".
FILES["ia-yearly-2019-learning.txt"] = dict(pubyear="2019", preamble=[
    "Case reviews published in 2019", "",
    "A list of the executive summaries and overview reports of serious case reviews, child practice reviews and learning reviews published in 2019. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("November 2019 – Harbour and Moor Safeguarding Children Partnership - Baby AA", [
    "Death of a 10-week-old baby boy in the autumn of 2018. Baby AA was found unresponsive in an adult bed after his father, who had been drinking, fell asleep beside him; he was taken to hospital and died three days later.",
    "Background: his mother, aged 17, had been a looked after child and had lived in a mother and baby foster placement until shortly before the birth.",
    [L("Learning:", ["safer sleep advice for young parents leaving care", "fathers' drinking was not asked about"])],
    [R("Recommendations:", ["safer sleep conversations to include every adult who cares for the baby"])],
    "Keywords: sudden infant death, co-sleeping, young parents"],
   T("Baby AA", "unknown", "overview", "death", "2018", "10-week-old", "0.19", "under_1", "male",
     A("sudden_unexpected_infant_death", "neglect"),
     risk="co_sleeping; parental_alcohol_misuse|co_sleeping",
     area="Harbour and Moor Safeguarding Children Partnership|Harbour and Moor"), link="Read the overview report"),
 E("October 2019 – Anonymous - Child AB", [
    "Serious harm to a girl who was 18 months old when she was admitted to hospital in January 2018 after swallowing her grandfather's methadone. Child AB was living with her paternal grandparents under a special guardianship order.",
    "Background: her mother had been convicted of supplying drugs and was in prison at the time.",
    [L("Learning:", ["safe storage of medicines in kinship households", "special guardians' own health needs"])],
    [R("Recommendations:", ["lockable boxes for opioid substitutes in every home with young children"])],
    "Keywords: ingestion, special guardianship"],
   T("Child AB", "unknown", "overview", "serious_harm", "2018", "18 months old|18 months", "1.50", "1_5", "female",
     A("poisoning_ingestion", "neglect"), risk="parental_criminality", ctx="connected_carers"),
   link="Read the overview report"),
 E("September 2019 – Afon Lwyd Regional Safeguarding Board - Young Person AC", [
    "A child practice review following the death of a 19-year-old care leaver in 2018. Young Person AC had been looked after from the age of 11 and had lived in a secure children's home for six months at 15; at 18 she moved to a flat of her own with support from a personal adviser. She died in hospital three days after she was found unconscious at the flat, having taken an overdose of prescribed medication.",
    [L("Learning:", ["the move from care to living alone", "personal advisers' contact after a crisis"])],
    [R("Recommendations:", ["a plan for every care leaver who moves to a flat of their own"])],
    WELSH_MODEL,
    "Keywords: care leavers, overdose"],
   T("Young Person AC", "child_practice_review", "overview", "death", "2018", "19-year-old", "19.00", "18_plus", "female",
     A("poisoning_ingestion", "self_harm_suicide") + "|self_harm_suicide", ctx="looked_after",
     area="Afon Lwyd Regional Safeguarding Board|Afon Lwyd"), link="Read the overview report"),
 E("August 2019 – Anonymous - Child AD", [
    "A 7-year-old girl was found in 2018 to have been the subject of fabricated or induced illness by her mother over several years. Child AD had undergone 14 investigations under general anaesthetic and had been fed through a tube she did not need.",
    "Background: her older brother, aged 12, had been diagnosed with autism and attended a special school.",
    [L("Learning:", ["doctors in different hospitals did not share their doubts", "the child's own account was not sought"])],
    [R("Recommendations:", ["a lead paediatrician for every child with many unexplained symptoms"])],
    "Keywords: fabricated or induced illness"],
   T("Child AD", "unknown", "overview", "serious_harm", "2018", "7-year-old", "7.00", "6_10", "female",
     A("other", "physical_abuse")), link="Read the overview report"),
 E("July 2019 – Eastwold and Sandling Local Safeguarding Children Board - Child AE", [
    "Child AE, aged two and a half, was found during a health check in the summer of 2018 to have undergone female genital mutilation during a visit to her father's family abroad. Her mother had herself been cut as a child and had been given advice on the law by her midwife.",
    [L("Learning:", ["advice to families before travel in the summer holidays", "health visitors' questions about FGM"])],
    [R("Recommendations:", ["FGM to be discussed at every health check of girls from affected communities"])],
    "Keywords: female genital mutilation"],
   T("Child AE", "unknown", "overview", "serious_harm", "2018", "aged two and a half|two and a half", "2.50", "1_5", "female",
     "fgm_honour_based_abuse",
     area="Eastwold and Sandling Local Safeguarding Children Board|Eastwold and Sandling"), link="Read the overview report"),
 E("June 2019 – Kelder Vale - Children AF and AG", [
    "Neglect of two brothers, aged 5 and 8, between 2016 and 2018 while they were privately fostered by a family friend after their mother returned to Ghana. The carer's adult son, who lived in the house, was later convicted of physically assaulting the younger boy.",
    [L("Learning:", ["private fostering arrangements not notified to the local authority", "schools did not ask who the children lived with"])],
    [R("Recommendations:", ["an awareness campaign on private fostering for schools and GPs"])],
    "Keywords: private fostering, neglect"],
   T("Children AF and AG", "unknown", "overview", "serious_harm", "2016|2018|", "*", "*", "*", "male",
     "neglect; physical_abuse", ctx="|foster_care", n="2", area="Kelder Vale"), link="Read the overview report"),
 E("May 2019 – Anonymous - Young Person AH", [
    "A 16-year-old Vietnamese boy who had arrived in the UK as an unaccompanied asylum-seeking child went missing from his placement in 2018 and was found three months later in a house where he had been made to tend cannabis plants. He was identified as a victim of modern slavery.",
    [L("Learning:", ["the first days after an unaccompanied child arrives", "missing unaccompanied children as a sign of trafficking"])],
    [R("Recommendations:", ["a trafficking risk assessment for every unaccompanied child on arrival"])],
    "Keywords: modern slavery, unaccompanied children"],
   T("Young Person AH", "unknown", "overview", "serious_harm", "2018", "16-year-old", "16.00", "16_17", "male",
     A("child_criminal_exploitation", "extra_familial_harm"), ctx="looked_after", eth="Vietnamese"),
   link="Read the overview report"),
 E("April 2019 – Brackley Chase - Child AI", [
    "Death of a baby girl in 2018 from a head injury. Child AI's father, aged 20, was convicted of her manslaughter. The family had moved three times in the months before her death.",
    [L("Learning:", ["the 7-week-old baby was not seen by a health visitor after the family moved", "fathers were not included in new birth visits"])],
    [R("Recommendations:", ["health records to follow a family that moves within days"])],
    "Keywords: head injuries, fathers, transfer of records"],
   T("Child AI", "unknown", "overview", "death", "2018", "7-week-old", "0.13", "under_1", "female", HEAD,
     risk="|parental_criminality", area="Brackley Chase"), link="Read the overview report"),
])

NAV = ["<header><a href=\"#main\">Skip to content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Safeguarding and child protection</a></li><li><a href=\"#\">Case reviews</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Cookie settings</p><p>Privacy notice</p></footer>"]

# --- 2024 list of partnerships' reviews: "2024 - Partnership - Name", summary, "Learning includes:", "Recommendations
# include:", a link.
FILES["ib-update-2024-partnerships.html"] = dict(page_title="Case reviews published in 2024", html_preamble=NAV, html_footer=FOOT,
    h1="Case reviews published in 2024", pubyear="2024",
    intro_html=["A list of the overview reports and executive summaries added to the collection in 2024. Invented for testing: no real child, family or place."],
    entries=[
 E("2024 - Wyecombe Safeguarding Children Partnership - Kacey", [
    "Kacey, a 20-year-old care leaver, was found dead in her flat in March 2023. She had been in foster care from the age of 9 until she was 18, and moved to supported lodgings when a staying put arrangement with her former foster carers ended. She had been sexually exploited as a teenager and had a long history of self-harm.",
    [L("Learning includes:", ["the end of staying put arrangements", "support for care leavers who were exploited as children"])],
    [R("Recommendations include:", ["personal advisers to keep contact weekly in the first year after staying put ends"])]],
   T("Kacey", "unknown", "overview", "death", "2023", "20-year-old", "20.00", "18_plus", "female",
     A("child_sexual_exploitation", "self_harm_suicide; extra_familial_harm; sexual_abuse"),
     ctx="looked_after; foster_care", area="Wyecombe Safeguarding Children Partnership|Wyecombe"), link="Read the overview report"),
 E("2024 - Anonymous - Child AJ", [
    "Child AJ, a 15-year-old boy, took his own life in the winter of 2022 after he was blackmailed by someone he had met on a gaming platform, who threatened to send sexual images of him to his friends unless he paid money. His school had not known about the threats.",
    [L("Learning includes:", ["financially motivated sexual extortion of boys", "telling children that help is there even after they have paid"])],
    [R("Recommendations include:", ["sextortion to be part of every secondary school's safety lessons"])]],
   T("Child AJ", "unknown", "overview", "death", "2022", "15-year-old", "15.00", "11_15", "male",
     A("online_harm; self_harm_suicide", "sexual_abuse; child_sexual_exploitation; extra_familial_harm")),
   link="Read the overview report"),
 E("2024 - Rother and Weald Safeguarding Partnership - Child AK", [
    "Child AK, a 14-year-old boy with autism, was arrested in 2023 for sharing instructions for making weapons in an extremist chat group. He had been radicalised online over more than a year by adults he had never met, and had not attended school since the pandemic. His father had a conviction for a racially aggravated assault in 2015.",
    [L("Learning includes:", ["autistic children drawn into extremist groups online", "children out of school during and after the pandemic"])],
    [R("Recommendations include:", ["Prevent training for staff who support children out of school"])]],
   T("Child AK", "unknown", "overview", "serious_harm", "2023", "14-year-old", "14.00", "11_15", "male",
     A("other; online_harm", "extra_familial_harm"), risk="parental_criminality", ctx="disabled; not_in_school",
     area="Rother and Weald Safeguarding Partnership|Rother and Weald"), link="Read the overview report"),
 E("2024 - Fenbridge Safeguarding Children Partnership - Baby AL", [
    "Baby AL, aged 4 months, survived but with lasting brain injury after he was shaken by his mother's partner in the spring of 2022. The partner, a 24-year-old man with convictions for violence against a previous partner, had moved in a few weeks earlier.",
    [L("Learning includes:", ["new partners joining a household with a baby", "checks under the domestic violence disclosure scheme"])],
    [R("Recommendations include:", ["midwives and health visitors to ask about new partners at every contact"])]],
   T("Baby AL", "unknown", "executive_summary", "serious_harm", "2022", "aged 4 months|4 months", "0.33", "under_1", "male",
     HEAD, risk="parental_criminality; domestic_abuse|parental_criminality|domestic_abuse|",
     area="Fenbridge Safeguarding Children Partnership|Fenbridge"), link="Read the executive summary"),
 E("2024 - Anonymous - Children AM and AN", [
    "Two sisters, aged 15 and 17, were subjected to so-called honour-based abuse by their father and uncles over the winter of 2021/22 after the elder was seen with a boyfriend. The elder girl was taken abroad and kept there for four months; both girls were beaten and threatened with marriage to men they had never met.",
    [L("Learning includes:", ["honour-based abuse is a form of child abuse", "professionals' fear of seeming culturally insensitive"])],
    [R("Recommendations include:", ["a single point of contact for honour-based abuse in every agency"])]],
   T("Children AM and AN", "unknown", "overview", "serious_harm", "2021|2022", "*", "*", "*", "female",
     A("fgm_honour_based_abuse; physical_abuse", "emotional_abuse"), n="2"), link="Read the overview report"),
 E("2024 - Castlemere Safeguarding Partnership - Child AO", [
    "Child AO, 3, died in hospital in August 2022 from a head injury, six months after she was placed with her parents under a care order. Both parents had used heroin and had completed a residential drug treatment programme before the placement.",
    [L("Learning includes:", ["the risks of relapse after placement at home", "social work visits to children placed with parents"])],
    [R("Recommendations include:", ["drug testing agreements to continue after a child is placed with parents"])]],
   T("Child AO", "unknown", "overview", "death", "2022", "3|Child AO, 3", "3.00", "1_5", "female", HEAD,
     risk="parental_substance_misuse", ctx="looked_after", area="Castlemere Safeguarding Partnership|Castlemere"),
   link="Read the overview report"),
 E("2024 - Anonymous - Child AP", [
    "A 15-year-old boy was found with serious stab wounds in a park in a town 60 miles from his home in October 2023. Child AP had been going missing for days at a time and was found with large amounts of cash and several mobile phones; older men had been paying him to take drugs to buyers in seaside towns.",
    [L("Learning includes:", ["going missing as a sign of harm outside the home", "the National Referral Mechanism was not used"])],
    [R("Recommendations include:", ["every child found far from home with cash and phones to be referred to the National Referral Mechanism"])]],
   T("Child AP", "unknown", "overview", "serious_harm", "2023", "15-year-old", "15.00", "11_15", "male",
     A("child_criminal_exploitation; extra_familial_harm", "physical_abuse")), link="Read the overview report"),
 E("2024 - Anonymous - Child AQ", [
    "A 13-year-old girl was sexually assaulted in 2023 by a 19-year-old man she had met through an older friend. Child AQ's best friend, aged 15, had died by suicide the previous year. Child AQ lived with her mother, who had been a victim of domestic abuse by a former partner.",
    [L("Learning includes:", ["bereavement support for children after a friend's death", "adult men who target girls through friends"])],
    [R("Recommendations include:", ["schools to tell the partnership when a pupil dies by suicide"])]],
   T("Child AQ", "unknown", "overview", "serious_harm", "2023", "13-year-old", "13.00", "11_15", "female",
     A("sexual_abuse", "extra_familial_harm"), risk="domestic_abuse"), link="Read the overview report"),
])

# --- Monthly repository digest of November 2020: numbered "Type: Name (document)" headings, "Learning includes:" /
# "Recommendations include:", an ethnicity sentence.
FILES["ic-monthly-2020-repository.txt"] = dict(pubyear="2020|", month="2020-11", preamble=[
    "NSPCC Repository – November 2020",
    "In November 2020 eight case reviews were published to the NSPCC Repository. A summary of each can be found below (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child safeguarding practice review: Baby AR (overview report)", [
    "Baby AR was in his first year when he died in hospital in early 2020 from a fractured skull. He had been seen at an emergency department twice with bruising in the previous month. His mother's partner, who was 22, was charged with his murder. The family is White British.",
    [L("Learning includes:", ["bruising in a baby who is not mobile", "emergency department checks for a child protection plan"])],
    [R("Recommendations include:", ["a bruising protocol for all emergency departments"])]],
   T("Baby AR", "child_safeguarding_practice_review", "overview", "death", "2020", "*", "*", "under_1", "male", HEAD,
     eth="White British"), link="Other resources Read overview report"),
 E("2. Serious case review: Child AS (executive summary)", [
    "Child AS, a baby girl aged six weeks, was admitted to hospital in September 2019 with fractures to both legs and bleeding behind the eyes. Her parents, both aged 19, gave no explanation. Child AS is of Pakistani heritage.",
    [L("Learning includes:", ["young parents' own support needs", "interpreters for grandparents who care for babies"])],
    [R("Recommendations include:", ["a pathway for every non-mobile baby with an unexplained injury"])]],
   T("Child AS", "serious_case_review", "executive_summary", "serious_harm", "2019", "aged six weeks|six weeks", "0.11|0.12",
     "under_1", "female", HEAD, eth="Pakistani|Pakistani heritage"), link="Other resources Read executive summary"),
 E("3. Local child safeguarding practice review: Child AT (overview report)", [
    "Child AT, a 16-year-old girl, suffered life-changing injuries in 2019 when she fell from a roof while trying to run away from a secure children's home. She had been sexually exploited since she was 13 and had been moved between 14 placements. Ethnicity not stated.",
    [L("Learning includes:", ["secure care as a response to exploitation", "the number of placement moves"])],
    [R("Recommendations include:", ["a review of every child placed in secure care for their own protection"])]],
   T("Child AT", "child_safeguarding_practice_review", "overview", "serious_harm", "2019", "16-year-old", "16.00", "16_17",
     "female", A("child_sexual_exploitation", "extra_familial_harm; sexual_abuse"), ctx="looked_after"),
   link="Other resources Read overview report"),
 E("4. Child safeguarding practice review: Child AU (learning briefing)", [
    "Child AU, an unaccompanied asylum-seeking child from Eritrea who was thought to be 17, died in July 2019 after he was hit by a lorry on a motorway slip road. He had been living in a hotel used by the Home Office and had told staff he was frightened of the men who had brought him to the UK. Child AU is Eritrean.",
    [L("Learning includes:", ["children placed in hotels without a social worker", "fear of smugglers as a sign of trafficking"])],
    [R("Recommendations include:", ["every unaccompanied child in a hotel to be referred to children's services"])]],
   T("Child AU", "child_safeguarding_practice_review", "briefing", "death", "2019", "thought to be 17|17", "17.00", "16_17",
     "male", "other", ctx="|looked_after", eth="Eritrean"), link="Other resources Read learning briefing"),
 E("5. Serious case review: Child AV (overview report)", [
    "Child AV, aged 12, was groomed online by a man who posed as a 14-year-old boy on a messaging app; in the autumn of 2019 he travelled to meet her and sexually abused her. Her mother had a learning disability and was not offered an advocate. Ethnicity not stated.",
    [L("Learning includes:", ["adults who pretend to be children online", "advocacy for parents with a learning disability"])],
    [R("Recommendations include:", ["online safety advice in easy-read formats"])]],
   T("Child AV", "serious_case_review", "overview", "serious_harm", "2019", "aged 12|12", "12.00", "11_15", "female",
     A("online_harm; sexual_abuse", "child_sexual_exploitation; extra_familial_harm"),
     risk="parental_learning_disability"), link="Other resources Read overview report"),
 E("6. Child safeguarding practice review: Child AW (overview report)", [
    "Child AW, aged 14, was arrested in December 2019 in a flat in another county where he had been held for two weeks by a group of adults and made to sell heroin to local users. He had been permanently excluded from school in Year 8. His mother had been in prison for fraud. Ethnicity not stated.",
    [L("Learning includes:", ["exclusion as a moment of risk", "children arrested far from home seen as offenders"])],
    [R("Recommendations include:", ["police to treat every child found dealing away from home as a possible victim"])]],
   T("Child AW", "child_safeguarding_practice_review", "overview", "serious_harm", "2019", "aged 14|14", "14.00", "11_15",
     "male", A("child_criminal_exploitation; extra_familial_harm"), risk="parental_criminality", ctx="not_in_school"),
   link="Other resources Read overview report"),
 E("7. Serious case review: Children AX and AY (overview report)", [
    "Twin girls aged 14 months were found alone in a locked flat in the autumn of 2019 after their mother was arrested and did not tell police there were children at home. Both were severely dehydrated. The mother had a history of depression and alcohol misuse. Ethnicity not stated.",
    [L("Learning includes:", ["asking arrested parents about children at home", "the needs of very young twins"])],
    [R("Recommendations include:", ["custody staff to ask every arrested adult who cares for their children"])]],
   T("Children AX and AY", "serious_case_review", "overview", "serious_harm", "2019", "aged 14 months|14 months", "1.17",
     "1_5", "female", "neglect", risk="parental_mental_health; parental_alcohol_misuse", n="2"),
   link="Other resources Read overview report"),
 E("8. Child safeguarding practice review: Child AZ (overview report)", [
    "Child AZ, an 11-year-old boy with a severe learning disability who boarded at a residential special school, was found in early 2020 to have been sexually abused by a member of staff over 18 months. Another pupil, a 9-year-old girl, had also been abused. Ethnicity not stated.",
    [L("Learning includes:", ["disabled children who cannot tell", "oversight of residential special schools by placing authorities"])],
    [R("Recommendations include:", ["independent visitors for every child boarding at a residential special school"])]],
   T("Child AZ", "child_safeguarding_practice_review", "overview", "serious_harm", "2020", "11-year-old", "11.00", "11_15",
     "male", "sexual_abuse", ctx="disabled"), link="Other resources Read overview report"),
])

# --- A 2022 page of the nations' reviews: "2022 – Board / Committee / Panel – Name", the review type in the summary's
# first words, Learning: / Recommendations: / Keywords:, "Read the review".
FILES["id-nations-2022-boards.html"] = dict(page_title="Reviews from Wales, Scotland and Northern Ireland, 2022", html_preamble=NAV, html_footer=FOOT,
    h1="Reviews from Wales, Scotland and Northern Ireland, 2022", pubyear="2022",
    intro_html=["Child practice reviews, learning reviews and case management reviews published in 2022. Invented for testing: no real child, family or place."],
    entries=[
 E("2022 – Cantref Regional Safeguarding Board – Child BA", [
    "A concise child practice review following serious harm to a baby boy who was 11 weeks old when he was admitted to hospital in February 2021 with a bleed on the brain and healing rib fractures. Child BA had been placed with his parents under a care order at four weeks old, after an assessment in a residential family centre.",
    [L("Learning:", ["the move home from a residential family centre", "visits to babies placed with parents"])],
    [R("Recommendations:", ["weekly visits for the first three months after a baby is placed with parents"])],
    "Keywords: head injuries, placement with parents"],
   T("Child BA", "child_practice_review", "unknown", "serious_harm", "2021", "11 weeks old|11 weeks", "0.21", "under_1", "male",
     HEAD, ctx="looked_after", area="Cantref Regional Safeguarding Board|Cantref"), link="Read the review"),
 E("2022 – Strathculloch Child Protection Committee – Child BB", [
    "A learning review into the death of a 17-year-old girl who died in hospital three days after she was found unconscious in the flat of a 34-year-old man in the summer of 2020. Child BB had been reported missing from her kinship placement with her aunt on 20 occasions and had told a youth worker that men gave her alcohol and drugs in return for sex.",
    [L("Learning:", ["missing episodes from kinship placements", "disclosures to youth workers"])],
    [R("Recommendations:", ["youth workers to be invited to every planning meeting about exploitation"])],
    "Keywords: sexual exploitation, missing young people"],
   T("Child BB", "learning_review", "unknown", "death", "2020", "17-year-old", "17.00", "16_17", "female",
     A("child_sexual_exploitation", "extra_familial_harm; sexual_abuse; poisoning_ingestion"), ctx="connected_carers",
     area="Strathculloch Child Protection Committee|Strathculloch"), link="Read the review"),
 E("2022 – Coedwig Regional Safeguarding Board – Children BC, BD and BE", [
    "A child practice review following the death of the children's mother, who was stabbed by her former partner in front of her three children, aged 4, 6 and 9, in November 2020. The children were unhurt and now live with their maternal grandmother under a special guardianship order. The former partner had been known to the police for domestic abuse.",
    [L("Learning:", ["children who witness a parent's killing", "risk assessment after separation"])],
    [R("Recommendations:", ["therapeutic support for children bereaved by domestic homicide"])],
    "Keywords: domestic homicide, bereavement"],
   T("Children BC, BD and BE", "child_practice_review", "unknown", "other|serious_harm|unknown", "2020", "*", "*", "*",
     "not_stated", "|emotional_abuse|other", risk="domestic_abuse", ctx="connected_carers", n="3",
     area="Coedwig Regional Safeguarding Board|Coedwig"), link="Read the review"),
 E("2022 – Loch Carran Public Protection Committee – Young Person BF", [
    "A learning review following the death of a 21-year-old young man who had left residential care in 2019 and was found dead at his flat over the winter of 2020/21. Young Person BF had been looked after away from home from the age of 8 and had a diagnosis of foetal alcohol spectrum disorder. He died of a drug overdose.",
    [L("Learning:", ["continuing care for young people with a disability", "the transition to adult services"])],
    [R("Recommendations:", ["continuing care to be offered to every young person leaving residential care"])],
    "Keywords: care leavers, drugs"],
   T("Young Person BF", "learning_review", "unknown", "death", "2020|2021", "21-year-old", "21.00", "18_plus", "male",
     "poisoning_ingestion|poisoning_ingestion; self_harm_suicide", ctx="looked_after; disabled|looked_after",
     area="Loch Carran Public Protection Committee|Loch Carran"), link="Read the review"),
 E("2022 – Lough Fane Safeguarding Panel – Child BG", [
    "A case management review into the neglect of a 9-year-old boy with cerebral palsy who was found in 2021 to weigh less than he had at the age of 6. Child BG's mother, who was his only carer, had multiple sclerosis and had stopped taking him to hospital appointments. His older sister, aged 16, had been referred to a sexual exploitation service.",
    [L("Learning:", ["the weight of disabled children", "young carers and their siblings"])],
    [R("Recommendations:", ["a weight record for every disabled child seen by community paediatrics"])],
    "Keywords: neglect, disabled children"],
   T("Child BG", "case_management_review", "unknown", "serious_harm", "2021", "9-year-old", "9.00", "6_10", "male", "neglect",
     ctx="disabled", area="Lough Fane Safeguarding Panel|Lough Fane"), link="Read the review"),
 E("2022 – Anonymous – Child BH", [
    "A child practice review following the sudden unexpected death of a baby girl in 2021. Child BH was sleeping on a sofa with her mother, who had smoked cannabis that evening.",
    [L("Learning:", ["safer sleep messages for parents of babies under six months", "the 5-week-old baby's family was not known to the substance misuse service"])],
    [R("Recommendations:", ["safer sleep advice at every contact with a family with a new baby"])],
    "Keywords: sudden infant death, co-sleeping"],
   T("Child BH", "child_practice_review", "unknown", "death", "2021", "5-week-old", "0.10", "under_1", "female",
     A("sudden_unexpected_infant_death", "neglect"), risk="co_sleeping; parental_substance_misuse"), link="Read the review"),
 E("2022 – Bannock Falls Child Protection Committee – Child BI", [
    "A learning review following serious harm to a 6-year-old boy who was on the child protection register under the category of physical abuse when he was found in 2021 with burns to his hands and feet consistent with being held in hot water. His father, aged 28, had served a prison sentence for assaulting a child from a previous relationship.",
    [L("Learning:", ["registration that did not change what happened at home", "fathers' histories of violence to children"])],
    [R("Recommendations:", ["the history of every adult in the home to be part of a registration"])],
    "Keywords: physical abuse, burns"],
   T("Child BI", "learning_review", "unknown", "serious_harm", "2021", "6-year-old", "6.00", "6_10", "male", "physical_abuse",
     risk="parental_criminality", ctx="child_protection_plan",
     area="Bannock Falls Child Protection Committee|Bannock Falls"), link="Read the review"),
 E("2022 – Tir Mawr Regional Safeguarding Board – Young Person BJ", [
    "A child practice review into the radicalisation of a 16-year-old girl who was stopped at an airport in the autumn of 2019 while trying to travel to join an extremist group. Young Person BJ had been a child in need since 2017 because of her father's violence towards her mother.",
    [L("Learning:", ["girls drawn into extremism", "domestic abuse and a child's search for belonging"])],
    [R("Recommendations:", ["Prevent referrals to be considered in every child in need review where extremist views are raised"])],
    "Keywords: radicalisation, domestic abuse"],
   T("Young Person BJ", "child_practice_review", "unknown", "serious_harm", "2019", "16-year-old", "16.00", "16_17", "female",
     A("other", "emotional_abuse; extra_familial_harm"), risk="domestic_abuse", ctx="child_in_need_plan",
     area="Tir Mawr Regional Safeguarding Board|Tir Mawr"), link="Read the review"),
])

# --- 2018 yearly list: "Month 2018 – Area - Name", summary, "Key issues:", "Recommendations:", "Keywords:".
FILES["ie-yearly-2018-key-issues.txt"] = dict(pubyear="2018", preamble=[
    "Case reviews published in 2018", "",
    "A list of the executive summaries and overview reports of serious case reviews published in 2018. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2018 – North Lindale Safeguarding Children Board - Child BK", [
    "Death of a baby boy in the spring of 2017 after he was found face down on a pillow in his parents' bed. Child BK had been born at 32 weeks and had spent the first three weeks of his life in a neonatal unit.",
    [L("Key issues:", ["safer sleep advice for babies born early", "the 9-week-old baby's parents had not been given advice in a language they understood"])],
    [R("Recommendations:", ["safer sleep leaflets in the ten most spoken languages of the area"])],
    "Keywords: sudden infant death, premature babies"],
   T("Child BK", "unknown", "overview", "death", "2017", "9-week-old", "0.17", "under_1", "male",
     A("sudden_unexpected_infant_death", "neglect"), risk="co_sleeping",
     area="North Lindale Safeguarding Children Board|North Lindale"), link="Read the overview report"),
 E("November 2018 – Anonymous - Young Person BL", [
    "Young Person BL, aged 18, died of a heroin overdose in 2017, a year after she left care. She had been sexually exploited by a group of men from the age of 14 and had been looked after under a care order since she was 15.",
    [L("Key issues:", ["leaving care at 17", "exploitation that went on after a young person turned 18"])],
    [R("Recommendations:", ["adult services to be told of every care leaver who was exploited as a child"])],
    "Keywords: child sexual exploitation, care leavers"],
   T("Young Person BL", "unknown", "overview", "death", "2017", "aged 18|18", "18.00", "18_plus", "female",
     A("child_sexual_exploitation; poisoning_ingestion", "extra_familial_harm; sexual_abuse; self_harm_suicide"),
     ctx="looked_after"), link="Read the overview report"),
 E("October 2018 – Penwithick Safeguarding Children Board - Child BM", [
    "A 4-year-old boy was admitted to hospital in 2017 with seizures after his mother had been adding salt to his feeds; the review found that his illness had been induced over at least a year. Child BM's older sister had previously been seen by a paediatrician for unexplained symptoms.",
    [L("Key issues:", ["repeated admissions with no medical explanation", "the history of a sibling's unexplained symptoms"])],
    [R("Recommendations:", ["paediatricians to look at siblings' records when an illness may be induced"])],
    "Keywords: perplexing presentations, siblings"],
   T("Child BM", "unknown", "overview", "serious_harm", "2017", "4-year-old", "4.00", "1_5", "male",
     A("other", "poisoning_ingestion; physical_abuse"),
     area="Penwithick Safeguarding Children Board|Penwithick"), link="Read the overview report"),
 E("September 2018 – Anonymous - Child BN", [
    "A 15-year-old Albanian girl was trafficked to the UK in 2016 and forced to work in a brothel before she escaped and asked a shop worker for help. Child BN was placed in foster care and went missing twice in the first month; she was found both times with the men who had brought her to the country.",
    [L("Key issues:", ["trafficked children going missing from care", "the first weeks of a foster placement"])],
    [R("Recommendations:", ["a safety plan agreed with police before every trafficked child is placed"])],
    "Keywords: trafficking, missing from care"],
   T("Child BN", "unknown", "overview", "serious_harm", "2016", "15-year-old", "15.00", "11_15", "female",
     A("child_sexual_exploitation", "extra_familial_harm; sexual_abuse"), ctx="looked_after; foster_care",
     eth="Albanian"), link="Read the overview report"),
 E("August 2018 – Keswold Safeguarding Children Board - Child BO", [
    "Child BO, aged 18 months, drowned in a garden pond in June 2017 while she was being looked after by a childminder who was caring for six other children. An older child at the setting had been injured falling from a climbing frame the week before.",
    [L("Key issues:", ["childminders' ratios", "garden safety in registered settings"])],
    [R("Recommendations:", ["inspections to include outdoor spaces"])],
    "Keywords: drowning, childminding"],
   T("Child BO", "unknown", "overview", "death", "2017", "aged 18 months|18 months", "1.50", "1_5", "female",
     "|neglect|other", area="Keswold Safeguarding Children Board|Keswold"), link="Read the overview report"),
 E("July 2018 – Anonymous - Child BP", [
    "Child BP, a 12-year-old boy living with his grandparents under a special guardianship order, was seriously injured in 2017 when he was hit by a car while running from a shop security guard. His mother, who had schizophrenia, visited him every week.",
    [L("Key issues:", ["support for special guardians of teenagers", "shoplifting as a sign of unmet need"])],
    [R("Recommendations:", ["special guardianship support plans to be reviewed when the child reaches secondary school"])],
    "Keywords: special guardianship, road traffic collision"],
   T("Child BP", "unknown", "overview", "serious_harm", "2017", "12-year-old", "12.00", "11_15", "male", "other",
     risk="parental_mental_health|", ctx="connected_carers"), link="Read the overview report"),
 E("June 2018 – Ashby Marsh Safeguarding Children Board - Child BQ", [
    "Child BQ was three and a half years old when she died in March 2017 from peritonitis after her mother's partner punched her in the stomach. She had been subject to a child protection plan for neglect which ended four months earlier.",
    [L("Key issues:", ["the end of a plan when a new partner joins the household", "the child's lived experience"])],
    [R("Recommendations:", ["a new assessment whenever a new adult joins a household within a year of a plan ending"])],
    "Keywords: physical abuse, new partners"],
   T("Child BQ", "unknown", "overview", "death", "2017", "three and a half years old|three and a half", "3.50", "1_5",
     "female", A("physical_abuse", "neglect"), ctx="child_protection_plan",
     area="Ashby Marsh Safeguarding Children Board|Ashby Marsh"), link="Read the overview report"),
 E("May 2018 – Anonymous - Children BR and BS", [
    "A girl aged 13 and her brother aged 11 were found in 2017 to have been made to perform sexual acts on a live stream by their mother's boyfriend, who sold the videos online. The boyfriend had been on the sex offenders register since 2009.",
    [L("Key issues:", ["abuse streamed for money", "checks on new partners of mothers"])],
    [R("Recommendations:", ["police to tell children's services when a registered sex offender starts a relationship with a parent"])],
    "Keywords: online abuse, sexual abuse"],
   T("Children BR and BS", "unknown", "overview", "serious_harm", "2017", "*", "*", "*", "mixed",
     A("sexual_abuse; online_harm", "child_sexual_exploitation"), risk="|parental_criminality", n="2"),
   link="Read the overview report"),
])
