# Entries of the "realistic phrasings 5" set (issue 9, session 16): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: the NSPCC yearly
# lists of 2014 ("Month YYYY – Area - Name", Background: / Learning: / Model: / Keywords:, "NSPCC on behalf of unnamed
# LSCB") and 2017 ("YYYY – Anonymous - Name", Background: / Key issues: / Recommendations: / Keywords:), "Recently
# published case reviews" 2022-2024 ("Learning includes:" / "Recommendations include:" / "Keywords:", a DHR), the 2025
# "Case reviews update" ("Learning themes include:" / "Recommendations include:"), and the NSPCC pages on the four
# nations' reviews). New traps, less covered by sets 1-4: several children in one summary (twins of one age, siblings
# of different ages, no sex stated), an adult's age or history stated before the child's, fields not stated (sex, age,
# area "unnamed LSCB"), ages in weeks / days / months / "2 years 4 months", a baby "born at 26 weeks" or "at 31 weeks'
# gestation", "pre-birth" and "unborn" beside a born baby's age; incidents dated by ranges, school years (Year 3,
# 2020/21) and a winter across two years; outcomes said indirectly ("did not survive", "life-changing", "found
# unresponsive ... survived with a brain injury"); harms named by their effects; negations ("no evidence of", "was not
# known to", "Neither parent had any history of"); care contexts past and now, and a parent's or grandparent's own
# history (a father once looked after, a mother in care herself, a grandmother's drinking); the review type named in
# the summary's words (a concise child practice review, a rapid review, a joint domestic homicide review and child
# safeguarding practice review, an LCSPR, a serious case review started years earlier, a learning review, a case
# management review) or by a "Model:" line; areas phrased as a place, "City of X", "X and Y", "X Safeguarding Children
# Partnership", a Welsh name, or "unnamed".
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 and -4 READMEs, unchanged): not stated means empty (age not stated: age_text and
# age_years empty, age_band `unknown`; sex `not_stated`); a code is about the child(ren) the entry describes, never a
# parent's, sibling's, grandparent's or perpetrator's own harm, plan, care history or condition; a drowning, a fall or
# a fire is no harm by itself (left alone -> neglect); road and rail -> `other`; a past care context is coded; "placed
# with foster carers" is `looked_after; foster_care`; a review type stated in the summary's words is the review's type;
# a rapid review is `other` (the code list has no rapid review; review-types.yml); several children: ages `*` unless
# one age is stated for all of them (twins); a disability that is the harm's outcome ("now has cerebral palsy") is no
# care context (HeldOutPhrasingRulesTest); `a|b` alternatives, `*` not scored.
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


HEAD = "physical_abuse; non_accidental_head_injury|physical_abuse|non_accidental_head_injury"
CCE = ("child_criminal_exploitation; extra_familial_harm|child_criminal_exploitation; extra_familial_harm; physical_abuse"
       "|child_criminal_exploitation; physical_abuse|child_criminal_exploitation")

FILES = {}

# --- 2014 yearly list: "Month YYYY – Area - Name", Background: / Learning: / Recommendations: (or Model:) / Keywords:.
FILES["fa-yearly-2014-learning.txt"] = dict(pubyear="2014", preamble=[
    "Case reviews published in 2014", "",
    "A chronological list of the executive summaries or full overview reports of serious case reviews, significant case reviews or multi-agency child practice reviews published in 2014. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2014 – Pennock Vale - Twins A and B", [
    "Death of a 4-month-old twin boy and serious injury to his twin sister in August 2013. Twin A was found unresponsive in his cot by his mother and did not survive; a skeletal survey of Twin B then found healing fractures to her ribs and left leg.",
    "Background: the twins' father, aged 24, had been known to probation for violence towards a previous partner. The post-mortem found that Twin A had a bleed on the brain and older fractures.",
    [L("Learning:", ["the father's history was not known to the health visitor", "injuries to one twin were not followed by checks on the other"])],
    [R("Recommendations:", ["a skeletal survey of every sibling of an infant with an unexplained injury"])],
    "Keywords: twins, non-accidental injuries, fathers"],
   T("Twins A and B", "unknown", "overview", "death", "2013", "4-month-old", "0.33", "under_1", "mixed", HEAD, risk="domestic_abuse; parental_criminality|parental_criminality|domestic_abuse", n="2", area="Pennock Vale"), link="Read the overview report"),
 E("December 2014 – NSPCC on behalf of unnamed LSCB - Child BC", [
    "Sexual abuse of a 13-year-old girl by her mother's partner over six years, from when she was 7, until she told a teacher in 2013.",
    "Background: the partner, who was 41, had a conviction for possessing indecent images of children in 2004 which was not known to children's social care. Child BC's mother was not known to any agency.",
    [L("Learning:", ["children's social care did not check a new partner's convictions", "a girl's withdrawn behaviour at school was put down to adolescence"])],
    [R("Recommendations:", ["checks on every new adult in a household where a child is known to services"])],
    "Keywords: intrafamilial sexual abuse, step-parents, disclosure"],
   T("Child BC", "unknown", "overview", "serious_harm", "2013|2007", "13-year-old", "13.00", "11_15", "female", "sexual_abuse", risk="parental_criminality|"), link="Read the overview report"),
 E("November 2014 – Carrow and Fell - Child CD", [
    "Serious harm to a 2-year-old boy in 2013 who was admitted to hospital weighing less than he had at 9 months. Child CD was pale, had severe nappy rash and could not sit unaided.",
    "Background: Child CD and his 5-year-old brother had been on the child protection register under the category of neglect since 2012. Their mother, aged 26, had a learning disability and had herself been in foster care.",
    [L("Learning:", ["weight was not checked at the core group meetings", "the mother's learning disability was not assessed"])],
    "Model: review was undertaken using the Welsh Child Practice Review model.",
    "Keywords: neglect, parents with learning disabilities, faltering growth"],
   T("Child CD", "child_practice_review", "overview", "serious_harm", "2013", "2-year-old", "2.00", "1_5", "male", "neglect", risk="parental_learning_disability", ctx="child_protection_plan", area="Carrow and Fell"), link="Read the overview report"),
 E("October 2014 – Ashbury - Baby DE", [
    "Death of an 11-day-old baby girl in February 2014. Baby DE was found unresponsive in her parents' bed in the early morning after her father, aged 30, had fallen asleep while feeding her. Both parents had drunk alcohol the previous evening.",
    "Background: Baby DE's mother was 17 and was a looked after child living in a mother and baby foster placement until shortly before the birth. Baby DE was not subject to any plan.",
    [L("Learning:", ["safer sleep advice was not given to the father", "the mother's move out of her placement was not planned with the midwife"])],
    [R("Recommendations:", ["safer sleep advice to be given to both parents before discharge"])],
    "Keywords: co-sleeping, young parents, care leavers"],
   T("Baby DE", "unknown", "overview", "death", "2014", "11-day-old", "0.03", "under_1", "female", "sudden_unexpected_infant_death", risk="co_sleeping; parental_alcohol_misuse|co_sleeping", area="Ashbury"), link="Read the overview report"),
 E("October 2014 – Ashbury - Children EF, EG and EH", [
    "Neglect of three siblings, aged 3, 9 and 12, over several years. Concerns were first raised when the eldest was in Year 3 and continued until the children were removed in 2013. The house had no working toilet and the children were often seen scavenging for food.",
    "Background: the children's mother, aged 35, had chronic back pain and was dependent on prescribed opioids. The father was not known to agencies. The children became looked after in May 2013 and were placed with foster carers.",
    [L("Learning:", ["the school's concerns were not escalated", "dependence on prescribed medication was not seen as substance misuse"])],
    [R("Recommendations:", ["GPs to consider the children of patients dependent on prescribed opioids"])],
    "Keywords: neglect, prescription drug misuse, school absence"],
   T("Children EF, EG and EH", "unknown", "overview", "serious_harm", "2013|", "*", "*", "*", "not_stated", "neglect", risk="parental_substance_misuse", ctx="looked_after; foster_care", n="3", area="Ashbury"), link="Read the overview report"),
 E("September 2014 – Dunmere - Child FG", [
    "Child FG, aged 15, sustained life-changing injuries in 2013 when he fell from the roof of a derelict building while being chased by older men who had been using him to sell drugs. He had been going missing from home since he was 13.",
    "Background: Child FG had been permanently excluded from school in Year 9 and had no school place. His older brother, aged 19, was in prison for supplying drugs. There was no evidence that his mother misused drugs.",
    [L("Learning:", ["going missing was not seen as a sign of exploitation", "a child without a school place was not followed up"])],
    [R("Recommendations:", ["a return interview after every missing episode"])],
    "Keywords: criminal exploitation, missing children, school exclusion"],
   T("Child FG", "unknown", "overview", "serious_harm", "2013", "aged 15|15", "15.00", "11_15", "male", CCE, ctx="not_in_school", area="Dunmere"), link="Read the overview report"),
 E("August 2014 – Dunmere - Unborn Baby GH", [
    "Death of a baby at 31 weeks' gestation in 2013, after the mother, aged 19, was kicked in the abdomen by her partner. A pre-birth assessment had been planned but not started. The mother had been a child in need as a teenager because of her own mother's drinking.",
    "Background: the partner, aged 23, had been the subject of three police call-outs for domestic incidents at a previous address. The mother was not known to mental health services.",
    [L("Learning:", ["pre-birth assessments were started too late in pregnancy", "police call-outs at a previous address were not shared with the midwife"])],
    [R("Recommendations:", ["routine enquiry about domestic abuse at every antenatal appointment"])],
    "Keywords: domestic abuse, pregnancy, pre-birth assessment"],
   T("Unborn Baby GH", "unknown", "overview", "death", "2013", "unborn|unborn baby|31 weeks' gestation|at 31 weeks' gestation", "", "unborn", "not_stated", "physical_abuse", risk="domestic_abuse", area="Dunmere"), link="Read the overview report"),
 E("July 2014 – Holt Marsh - Child HJ", [
    "Neglect of a 16-year-old girl with cerebral palsy and epilepsy, who died in hospital in January 2014 from pneumonia. Child HJ had lost a third of her body weight over the previous year and had not attended school since Year 10. Her mother cared for her and had declined respite.",
    "Background: Child HJ had a child in need plan because of her disability. There was no evidence of deliberate harm.",
    [L("Learning:", ["weight loss in a disabled young person was seen as part of her condition", "the school's concerns about her absence were not shared"])],
    [R("Recommendations:", ["a lead health professional for every child with complex health needs"])],
    "Keywords: disabled children, neglect, school absence"],
   T("Child HJ", "unknown", "overview", "death", "2014", "16-year-old", "16.00", "16_17", "female", "neglect", ctx="disabled; not_in_school; child_in_need_plan", area="Holt Marsh"), link="Read the overview report"),
])

NAV = ["<header><a href=\"#main\">Skip to content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Safeguarding and child protection</a></li><li><a href=\"#\">Case reviews</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Cookie settings</p><p>Privacy notice</p></footer>"]

# --- "Recently published case reviews" 2022-2024: "YYYY – Area – Name", Learning includes: / Recommendations
# include: / Keywords:, "> Read the overview report".
FILES["fb-recent-2022-2024.html"] = dict(page_title="Recently published case reviews", html_preamble=NAV, html_footer=FOOT,
    h1="Recently published case reviews",
    intro_html=["A list of the full overview reports and executive summaries added to the National Case Review Collection. Invented for testing: no real child, family or place."],
    entries=[
 E("2022 – Anonymous – Family R", [
    "Emotional abuse and neglect of four siblings, two boys and two girls aged between 18 months and 11 years, between 2017 and 2020. The children's parents were both dependent on alcohol and there were frequent incidents of domestic abuse witnessed by the children.",
    [L("Learning includes:", ["the children's experience of daily life at home was not recorded", "parental alcohol dependence was treated as an adult issue"])],
    [R("Recommendations include:", ["alcohol services to ask about children in every assessment"])],
    "Keywords: neglect, emotional abuse, alcohol misuse, domestic abuse."],
   T("Family R", "unknown", "overview", "serious_harm", "2017|2020|", "*", "*", "*", "mixed", "emotional_abuse; neglect", risk="parental_alcohol_misuse; domestic_abuse", n="4", publication_year="2022"), link="> Read the overview report"),
 E("2022 – Anonymous – Child JK", [
    "Child JK, aged 9 weeks, was admitted to hospital in March 2021 with a fractured femur and bruising to his face. The father, 20, gave an account that did not explain the injuries. Child JK's 3-year-old half-sister lived with her own father and was not harmed.",
    [L("Learning includes:", ["bruising to a baby's face was not referred on", "fathers were not included in health visiting contacts"])],
    [R("Recommendations include:", ["training for all staff on bruising in non-mobile babies"])],
    "Keywords: non-accidental injuries, fractures, fathers."],
   T("Child JK", "unknown", "overview", "serious_harm", "2021", "aged 9 weeks|9 weeks", "0.17", "under_1", "male", "physical_abuse", publication_year="2022"), link="> Read the overview report"),
 E("2023 – Anonymous – Child KL", [
    "A 14-year-old boy, Child KL, was found unresponsive in his bedroom in October 2022 and did not survive; the coroner recorded that he had taken his own life. He had been subjected to racist bullying at school and online for over a year. Child KL was of Pakistani heritage and lived with his parents and three younger sisters. He was not known to children's social care.",
    [L("Learning includes:", ["racist bullying was not recorded as such by the school", "online bullying continued outside school hours"])],
    [R("Recommendations include:", ["schools to record and report racist incidents"])],
    "Keywords: suicide, bullying, racism, online harm."],
   T("Child KL", "unknown", "overview", "death", "2022", "14-year-old", "14.00", "11_15", "male", "self_harm_suicide; online_harm", eth="Pakistani|Pakistani heritage", publication_year="2023"), link="> Read the overview report"),
 E("2023 – Kelverton Safeguarding Children Partnership – Baby LM", [
    "Baby LM, a 7-month-old boy, suffered a life-changing brain injury in 2022 while in the care of his mother's partner. He now has cerebral palsy and is fed through a tube. Baby LM had been on a child protection plan since birth because of his mother's drug use; the plan was under the category of neglect.",
    [L("Learning includes:", ["the mother's partner was not seen by the social worker", "the plan did not say who cared for the baby"])],
    [R("Recommendations include:", ["every adult who cares for a child on a plan to be assessed"])],
    "Keywords: head injuries, substance misuse, unknown men."],
   T("Baby LM", "unknown", "overview", "serious_harm", "2022", "7-month-old", "0.58", "under_1", "male",
     "physical_abuse; non_accidental_head_injury|physical_abuse; non_accidental_head_injury; neglect|physical_abuse|physical_abuse; neglect",
     risk="parental_substance_misuse", ctx="child_protection_plan", area="Kelverton|Kelverton Safeguarding Children Partnership", publication_year="2023"), link="> Read the overview report"),
 E("2023 – Anonymous – Child MN and Child NP", [
    "Sexual exploitation of two sisters, aged 13 and 15, by a group of adult men between the summer of 2019 and early 2021. The girls had been living with their grandmother under a special guardianship order since their mother's death in 2016. The older sister was also criminally exploited to carry drugs.",
    [L("Learning includes:", ["special guardians were not told about the risks of exploitation", "the sisters' accounts were not linked"])],
    [R("Recommendations include:", ["support for special guardians caring for adolescents"])],
    "Keywords: child sexual exploitation, special guardianship, siblings."],
   T("Child MN and Child NP", "unknown", "overview", "serious_harm", "2019|2021|", "*", "*", "*", "female",
     "child_sexual_exploitation; child_criminal_exploitation|child_sexual_exploitation; child_criminal_exploitation; extra_familial_harm",
     ctx="connected_carers", n="2", publication_year="2023"), link="> Read the overview report"),
 E("2024 – Anonymous – Child PQ", [
    "Death of a 19-month-old girl in 2023 from injuries consistent with a fall from height. Child PQ had been left alone in a third-floor flat while her mother, aged 22, visited a neighbour. The window had no restrictor. The mother had been in care herself until the age of 18 and was not known to drug or alcohol services.",
    [L("Learning includes:", ["window safety in social housing", "young mothers who were in care were not offered extra support"])],
    [R("Recommendations include:", ["window restrictors to be checked at every tenancy"])],
    "Keywords: accidents, supervision, care leavers."],
   T("Child PQ", "unknown", "overview", "death", "2023", "19-month-old", "1.58", "1_5", "female", "neglect", publication_year="2024"), link="> Read the overview report"),
 E("2024 – Anonymous – Child QR", [
    "Child QR, who had Down's syndrome and was aged 6, was physically and emotionally abused by staff at a residential special school over the school years 2020/21 and 2021/22. Child QR's parents raised concerns, which the school did not pass on to the local authority designated officer.",
    [L("Learning includes:", ["children who cannot speak for themselves need others to notice", "parents' concerns about a school were not escalated"])],
    [R("Recommendations include:", ["residential special schools to report every allegation to the designated officer"])],
    "Keywords: disabled children, residential schools, institutional abuse."],
   T("Child QR", "unknown", "overview", "serious_harm", "2020|2021|2022|", "aged 6|6|was aged 6", "6.00", "6_10", "not_stated",
     "physical_abuse; emotional_abuse|physical_abuse; emotional_abuse; extra_familial_harm", ctx="disabled", publication_year="2024"), link="> Read the overview report"),
 E("2024 – Bro Morlais – Child RS", [
    "A concise child practice review following the death of a 3-year-old boy in the winter of 2022/23. Child RS swallowed a button battery at the home of his childminder and died four days later. Child RS was not known to children's services and there were no concerns about his care at home.",
    [L("Learning includes:", ["the dangers of button batteries were not known to childminders", "the first hospital attendance did not consider ingestion"])],
    [R("Recommendations include:", ["button battery safety in childminder registration"])],
    "Keywords: accidents, childminders, ingestion."],
   T("Child RS", "child_practice_review", "overview", "death", "2022|2023", "3-year-old", "3.00", "1_5", "male", "poisoning_ingestion|other", area="Bro Morlais", publication_year="2024"), link="> Read the overview report"),
])

# --- "Case reviews update" 2025: reviews of the four nations named in the summary's first words, "Learning themes
# include:", "Recommendations include:".
FILES["fc-update-2025-nations.html"] = dict(page_title="Case reviews update", html_preamble=["<p>Skip to content.</p>"] + NAV[1:], html_footer=FOOT,
    h1="Case reviews update", month="*",
    intro_html=["New in the collection. This update highlights case reviews recently added to the collection. Invented for testing: no real child, family or place."],
    entries=[
 E("2025 - Inverdorran - Child ST", [
    "A learning review following the death of a 15-year-old boy from a drug overdose in 2024. Child ST had been on the child protection register in Year 7 and had been looked after at home under a compulsory supervision order since the age of 13. His mother had been in prison for most of his early childhood.",
    [L("Learning themes include:", ["drug use by young people looked after at home", "the effect of a parent's imprisonment on a child"])],
    [R("Recommendations include:", ["drug and alcohol services for young people to see every child on a supervision order who uses drugs"])]],
   T("Child ST", "learning_review", "overview", "death", "2024", "15-year-old", "15.00", "11_15", "male", "poisoning_ingestion", risk="parental_criminality", ctx="looked_after; child_protection_plan", area="Inverdorran", publication_year="2025"), link="Read the overview report"),
 E("2025 - Anonymous - Children TU and TV", [
    "A case management review into the neglect of twin girls, aged 2, who were found in 2023 in a house with no heating or food; both were underweight and had untreated ear infections. Their father, aged 44, had a long history of depression and their mother had a brain injury from a car crash in 2019.",
    [L("Learning themes include:", ["the effect of a parent's brain injury on care", "health visiting contacts that were missed"])],
    [R("Recommendations include:", ["a follow-up for every child who misses two health reviews"])]],
   T("Children TU and TV", "case_management_review", "overview", "serious_harm", "2023", "aged 2|2", "2.00", "1_5", "female", "neglect", risk="parental_mental_health", n="2", publication_year="2025"), link="Read the overview report"),
 E("2025 - Anonymous - Baby UW", [
    "A rapid review into the death of a 5-week-old baby in 2024. The baby was found unresponsive on an adult bed between both parents, who had been smoking cannabis. The family had been assessed as not needing a service after a health visitor's referral in 2023.",
    [L("Learning themes include:", ["safer sleep advice when parents use cannabis", "decisions that a family needs no service"])],
    [R("Recommendations include:", ["safer sleep to be part of every early help assessment for a family with a baby"])]],
   T("Baby UW", "other", "overview", "death", "2024", "5-week-old", "0.10", "under_1", "not_stated", "sudden_unexpected_infant_death", risk="co_sleeping; parental_substance_misuse", publication_year="2025"), link="Read the overview report"),
 E("2025 - Harlow Cross - Child VX", [
    "A joint domestic homicide review and child safeguarding practice review after a 12-year-old girl and her mother were killed by the mother's former partner in 2023. Child VX had told a school nurse she was frightened of him. He had been released from prison in 2022 after a sentence for assaulting another partner.",
    [L("Learning themes include:", ["a child's fear of an adult was not shared", "the release of a violent offender was not shared with children's services"])],
    [R("Recommendations include:", ["probation to tell children's services when an offender with a history of domestic abuse is released"])]],
   T("Child VX", "domestic_homicide_review|child_safeguarding_practice_review", "overview", "death", "2023", "12-year-old", "12.00", "11_15", "female", "physical_abuse", risk="domestic_abuse; parental_criminality|domestic_abuse", area="Harlow Cross", publication_year="2025"), link="Read the overview report"),
 E("2025 - Anonymous - Child WY", [
    "An LCSPR into serious harm to a 17-year-old care leaver in 2024. Child WY, who had lived in a children's home from the age of 12, was stabbed after being moved to semi-independent accommodation in another county. There was no evidence that she had been criminally exploited.",
    [L("Learning themes include:", ["moves out of area at 17", "semi-independent accommodation for young people leaving care"])],
    [R("Recommendations include:", ["no move out of area for a care leaver without a safety plan"])]],
   T("Child WY", "child_safeguarding_practice_review", "overview", "serious_harm", "2024", "17-year-old", "17.00", "16_17", "female",
     "physical_abuse|extra_familial_harm|physical_abuse; extra_familial_harm|other|", ctx="looked_after", publication_year="2025"), link="Read the overview report"),
 E("2025 - Anonymous - Child XZ", [
    "A serious case review, started in 2018 and completed in 2024, into the sexual abuse of a boy by his football coach between 2015 and 2016. The coach, aged 47, had been dismissed by a previous club after a complaint in 2010. Child XZ was 11 when the abuse began and told his mother in 2016.",
    [L("Learning themes include:", ["safeguarding in sports clubs", "a complaint at one club was not known to the next"])],
    [R("Recommendations include:", ["sports clubs to share concerns about coaches with the designated officer"])]],
   T("Child XZ", "serious_case_review", "overview", "serious_harm", "2015|2016|", "was 11|11", "11.00", "11_15", "male", "sexual_abuse|sexual_abuse; extra_familial_harm", publication_year="2025"), link="Read the overview report"),
 E("2025 - Cwm Ardal - Child YA", [
    "A child practice review into the care of a baby boy who died aged 5 days in 2023. Pre-birth, the unborn baby had been placed on the child protection register because of his father's violence. The baby was born at 35 weeks and died after being shaken by his father on the day he came home from hospital.",
    [L("Learning themes include:", ["discharge planning for babies on the register", "the father's violence was known but not planned for"])],
    [R("Recommendations include:", ["a discharge meeting before any baby on the register goes home"])]],
   T("Child YA", "child_practice_review", "overview", "death", "2023", "aged 5 days|5 days", "0.01", "under_1", "male", HEAD, risk="domestic_abuse", ctx="child_protection_plan", area="Cwm Ardal", publication_year="2025"), link="Read the overview report"),
 E("2025 - Anonymous - Two young people", [
    "A learning review about the deaths of two unrelated young people, a 16-year-old girl and a 17-year-old boy, who took their own lives within a month of each other in 2024 after contact with the same online group that encouraged self-harm. Neither young person was known to social work services.",
    [L("Learning themes include:", ["online groups that encourage self-harm", "parents' awareness of their children's online lives"])],
    [R("Recommendations include:", ["guidance for schools on online self-harm groups"])]],
   T("", "learning_review", "overview", "death", "2024", "*", "*", "*", "mixed", "self_harm_suicide; online_harm", n="2", thematic="true", publication_year="2025"), link="Read the overview report"),
])

# --- A monthly repository digest (March 2023): numbered "Type: Name (document)" headings, "Learning includes:",
# "Recommendations include:", "Other resources Read ..." links.
FILES["fd-monthly-2023-nations.txt"] = dict(pubyear="2023|", month="2023-03", preamble=[
    "NSPCC Repository – March 2023",
    "In March 2023 eight case reviews were published to the NSPCC Repository. A summary of each of these cases can be found below (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Local child safeguarding practice review: Child ZB (overview report)", [
    "Physical abuse of a boy aged 4 months by his father in 2021. Child ZB was found to have a torn frenulum, bruising to his ear and 14 fractures of different ages. Child ZB's father, aged 21, had himself been on a child protection plan as a child and had been a looked after child from the age of 14.",
    [L("Learning includes:", ["a torn frenulum in a baby was not seen as a sentinel injury", "the father's own history was not used in assessments"])],
    [R("Recommendations include:", ["a parent's childhood history to be part of every pre-birth assessment"])]],
   T("Child ZB", "child_safeguarding_practice_review", "overview", "serious_harm", "2021", "aged 4 months|4 months", "0.33", "under_1", "male", "physical_abuse"), link="Other resources Read overview report"),
 E("2. Rapid review: Children AC, AD and AE (executive summary)", [
    "Three brothers aged 6, 8 and 13 were found living in a caravan with no running water in 2022. The eldest had not been in school since Year 7 and the younger two had never been registered with a school or a GP. Their mother, 39, had paranoid beliefs about professionals.",
    [L("Learning includes:", ["children missing from education", "children who are not registered with a GP"])],
    [R("Recommendations include:", ["a register of children not in school shared with health"])]],
   T("Children AC, AD and AE", "other", "executive_summary", "serious_harm", "2022", "*", "*", "*", "male", "neglect", risk="parental_mental_health|", ctx="not_in_school", n="3"), link="Other resources Read executive summary"),
 E("3. Serious case review: Child BF (overview report)", [
    "Child BF was 16 when she was found unresponsive in a hotel room in 2019 after being sexually exploited and given drugs by an adult man; she survived with a brain injury. She had been going missing from her foster placement for several weeks. Child BF's mother was not known to services.",
    [L("Learning includes:", ["hotels as places of exploitation", "missing episodes from foster placements were not reported"])],
    [R("Recommendations include:", ["hotel staff training on the signs of exploitation"])]],
   T("Child BF", "serious_case_review", "overview", "serious_harm", "2019", "was 16|16", "16.00", "16_17", "female",
     "child_sexual_exploitation; poisoning_ingestion|child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; poisoning_ingestion; extra_familial_harm",
     ctx="looked_after; foster_care"), link="Other resources Read overview report"),
 E("4. Child practice review: Child CG (overview report)", [
    "Death of a 14-year-old boy who was hit by a train in 2021. Child CG had been missing from school for much of Year 9 and was thought to be carrying drugs for a local gang. His mother, aged 33, had been the victim of domestic abuse from his stepfather, who had left the family in 2019.",
    [L("Learning includes:", ["school absence as a sign of exploitation", "the effect of domestic abuse on adolescents"])],
    [R("Recommendations include:", ["exploitation screening for every child missing from school"])]],
   T("Child CG", "child_practice_review", "overview", "death", "2021", "14-year-old", "14.00", "11_15", "male",
     "other; child_criminal_exploitation|other; child_criminal_exploitation; extra_familial_harm", risk="domestic_abuse", ctx="not_in_school|"), link="Other resources Read overview report"),
 E("5. Case management review: Baby DH (overview report)", [
    "Baby DH, a girl born at 26 weeks, died aged 10 weeks in 2022 after being found unresponsive in a car seat where she had been left to sleep overnight. Her parents, both 19, had been given safer sleep advice on the neonatal unit. Neither parent had any history of drug or alcohol use.",
    [L("Learning includes:", ["safer sleep advice for parents of premature babies", "car seats used for sleep at home"])],
    [R("Recommendations include:", ["safer sleep advice repeated at the first home visit after neonatal care"])]],
   T("Baby DH", "case_management_review", "overview", "death", "2022", "aged 10 weeks|10 weeks", "0.19", "under_1", "female", "sudden_unexpected_infant_death|sudden_unexpected_infant_death; neglect"), link="Other resources Read overview report"),
 E("6. Learning review: Child EJ (learning review)", [
    "Child EJ, a 12-year-old boy with autism, was physically restrained by staff at his residential school in 2022, causing a fractured wrist. He had been placed at the school by the local authority under a compulsory supervision order. His parents both had learning disabilities.",
    [L("Learning includes:", ["restraint of autistic children", "oversight of children placed in residential schools"])],
    [R("Recommendations include:", ["every restraint of a looked after child to be reported to the placing authority"])]],
   T("Child EJ", "learning_review", "unknown", "serious_harm", "2022", "12-year-old", "12.00", "11_15", "male", "other|physical_abuse|other; extra_familial_harm|physical_abuse; extra_familial_harm",
     risk="parental_learning_disability", ctx="disabled; looked_after"), link="Other resources Read learning review"),
 E("7. Domestic homicide review: Ms F and Child FK (overview report)", [
    "The killing of a woman, aged 28, and her 3-year-old son by her husband in 2021, who then took his own life. The couple had separated three weeks earlier. The husband had been prescribed antidepressants and had no previous convictions.",
    [L("Learning includes:", ["the risk at the point of separation", "children's needs in domestic abuse risk assessments"])],
    [R("Recommendations include:", ["separation to be treated as a time of high risk in every assessment"])]],
   T("Child FK|Ms F and Child FK", "domestic_homicide_review", "overview", "death", "2021", "3-year-old", "3.00", "1_5", "male", "physical_abuse", risk="domestic_abuse|domestic_abuse; parental_mental_health"), link="Other resources Read overview report"),
 E("8. Child safeguarding practice review: Children GL and GM (executive summary)", [
    "Serious harm to twin babies, a boy and a girl, who were aged 6 weeks when both were found to have bleeding on the brain and rib fractures in 2022. The parents, aged 32 and 34, were professionals with no previous involvement with services. The review found no evidence of domestic abuse.",
    [L("Learning includes:", ["professional families can also harm their children", "injuries to twins"])],
    [R("Recommendations include:", ["awareness that abuse happens in every kind of family"])]],
   T("Children GL and GM", "child_safeguarding_practice_review", "executive_summary", "serious_harm", "2022", "aged 6 weeks|6 weeks", "0.11", "under_1", "mixed", HEAD, n="2"), link="Other resources Read executive summary"),
])

# --- 2016 yearly list: "2016 – Area – Name" (an area, "City of X", "X and Y" or Anonymous), Background: / Key issues:
# / Recommendations: / Keywords:.
FILES["fe-yearly-2016-areas.txt"] = dict(pubyear="2016", preamble=[
    "Case reviews published in 2016", "",
    "A chronological list of the executive summaries or full overview reports of serious case reviews published in 2016. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2016 – City of Ashgrove – Child HN", [
    "Child HN, a boy aged 2 years 4 months, died in hospital in 2015 from a head injury. His mother's boyfriend, aged 26, was convicted of manslaughter. Child HN had been a child in need because of concerns about his mother's mental health, but the case had been closed a month before his death.",
    "Background: the boyfriend had moved into the home two months before Child HN's death and was not known to children's social care. The mother had a diagnosis of borderline personality disorder.",
    [L("Key issues:", ["cases were closed without knowing who lived in the home", "the mother's mental health was assessed without the child in mind"])],
    [R("Recommendations:", ["case closure to record every adult living in the household"])],
    "Keywords: head injuries, new partners, parental mental health"],
   T("Child HN", "unknown", "overview", "death", "2015", "aged 2 years 4 months|2 years 4 months", "2.33", "1_5", "male", HEAD,
     risk="parental_mental_health|parental_mental_health; parental_criminality", ctx="child_in_need_plan|", area="City of Ashgrove|Ashgrove"), link="Read the overview report"),
 E("2016 – Anonymous – Child JP", [
    "Neglect of a girl, aged 13, over many years, which came to light in 2015 when she was admitted to hospital with severe tooth decay and an infection caused by head lice. Child JP was a young carer for her father, who had multiple sclerosis. She had been removed from the school roll in 2014 to be home educated.",
    "Background: Child JP's older brother, aged 17, was known to the youth offending team. There was no evidence of physical abuse.",
    [L("Key issues:", ["young carers were not identified by the school", "home education was not followed up"])],
    [R("Recommendations:", ["a visit to every child removed from the school roll"])],
    "Keywords: neglect, young carers, home education"],
   T("Child JP", "unknown", "overview", "serious_harm", "2015", "aged 13|13", "13.00", "11_15", "female", "neglect", ctx="not_in_school"), link="Read the overview report"),
 E("2016 – Tollmarsh and Wey – Baby KQ", [
    "Baby KQ, aged 3 months, was admitted to hospital in 2015 with a skull fracture after his mother said he had rolled off a sofa. The mother, 17, was living with her own mother, who had a long history of alcohol misuse. Baby KQ's father was not named.",
    "Background: the mother had missed most of her antenatal appointments. Baby KQ had been seen by the GP with a bruise to his cheek at 6 weeks.",
    [L("Key issues:", ["a bruise on a baby of 6 weeks was accepted as accidental", "the grandmother's drinking was not considered"])],
    [R("Recommendations:", ["every bruise on a non-mobile baby to be referred for a paediatric assessment"])],
    "Keywords: head injuries, young parents, bruising"],
   T("Baby KQ", "unknown", "overview", "serious_harm", "2015", "aged 3 months|3 months", "0.25", "under_1", "male", HEAD, area="Tollmarsh and Wey"), link="Read the overview report"),
 E("2016 – Anonymous – Children LR and LS", [
    "Sexual abuse of a brother and sister, aged 7 and 10, by their father between 2011 and 2014. The father, aged 45, had been a registered sex offender since 2002 but had not told the probation service that he was living with children. The children were placed in foster care in 2014.",
    "Background: the children's mother was not aware of the father's conviction. The school had noted the girl's sexualised behaviour in 2013.",
    [L("Key issues:", ["sex offenders' addresses were not checked against school records", "sexualised behaviour was not referred"])],
    [R("Recommendations:", ["police to check the households of registered sex offenders every six months"])],
    "Keywords: sexual abuse, registered sex offenders"],
   T("Children LR and LS", "unknown", "overview", "serious_harm", "2011|2014|", "*", "*", "*", "mixed", "sexual_abuse", risk="parental_criminality", ctx="looked_after; foster_care", n="2"), link="Read the overview report"),
 E("2016 – Anonymous – Child MT", [
    "Death of a 15-year-old girl in 2015 who took an overdose of paracetamol. Child MT had self-harmed since Year 8 and had been referred to CAMHS twice without being seen. Her mother, who was 40, had bipolar disorder. Child MT was not known to children's social care.",
    "Background: Child MT had told a school counsellor that she felt responsible for her mother. Her father lived abroad.",
    [L("Key issues:", ["referrals to CAMHS that were not accepted were not followed up", "young carers of parents with mental illness"])],
    [R("Recommendations:", ["a response to every CAMHS referral that is not accepted"])],
    "Keywords: suicide, self-harm, parental mental health"],
   T("Child MT", "unknown", "overview", "death", "2015", "15-year-old", "15.00", "11_15", "female", "self_harm_suicide; poisoning_ingestion|self_harm_suicide", risk="parental_mental_health"), link="Read the overview report"),
 E("2016 – Anonymous – Baby NV", [
    "Baby NV's father, aged 27, was the sole carer when his 8-week-old daughter died in March 2015 from a bleed on the brain caused by shaking. Baby NV's older brother, aged 4, had previously been subject to a child protection plan under the category of physical abuse.",
    "Background: the mother had returned to work a week before Baby NV's death. The father had no previous convictions.",
    [L("Key issues:", ["the brother's history was not known to the midwife", "fathers as sole carers of babies"])],
    [R("Recommendations:", ["programmes on coping with crying to include fathers"])],
    "Keywords: head injuries, shaking, fathers"],
   T("Baby NV", "unknown", "overview", "death", "2015", "8-week-old", "0.15", "under_1", "female", "physical_abuse; non_accidental_head_injury|non_accidental_head_injury"), link="Read the overview report"),
 E("2016 – Anonymous – Child PW", [
    "Child PW, a 17-year-old young man with a learning disability, was sexually exploited and drowned in a canal in 2015 after drinking alcohol with adults who had been exploiting him. He had been in the care of the local authority since he was 10, latterly in a residential placement out of the area.",
    "Background: Child PW's mother had died in 2009. His placement had reported him missing eleven times in the year before his death.",
    [L("Key issues:", ["exploitation of young men with learning disabilities", "out-of-area placements and missing episodes"])],
    [R("Recommendations:", ["the placing authority to be told of every missing episode"])],
    "Keywords: child sexual exploitation, learning disabilities, looked after children"],
   T("Child PW", "unknown", "overview", "death", "2015", "17-year-old", "17.00", "16_17", "male", "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm", ctx="disabled; looked_after"), link="Read the overview report"),
 E("2016 – Anonymous – Family S", [
    "Neglect of five children, aged from 10 months to 12 years, identified in 2014 when the youngest was admitted to hospital with pneumonia. The children's mother, aged 30, was pregnant with her sixth child and had been known to children's services since she was a child. The father was not known to any agency. There was no evidence of drug or alcohol misuse.",
    "Background: the family had moved home six times in four years.",
    [L("Key issues:", ["frequent moves hid the family's history", "the cumulative effect of neglect was not seen"])],
    [R("Recommendations:", ["records to follow families who move between areas"])],
    "Keywords: neglect, large families, transient families"],
   T("Family S", "unknown", "overview", "serious_harm", "2014", "*", "*", "*", "not_stated", "neglect", n="5"), link="Read the overview report"),
])
