# Entries of the "realistic phrasings 25" set (issue 9, session 36): invented (names, places, events, sentences),
# phrased the way real published summaries and procedures are phrased (read with the search tool, corpus `pages`:
# procedures pages on "Deciding and Recording that a Child Should be Subject to a Child Protection Plan" and its
# "category of abuse or neglect"; clinical notes on non-accidental injury ("retinal haemorrhages + subdural haematoma",
# "metaphyseal corner fracture", "bruising in non-mobile infant"); partnerships' concealed and denied pregnancy
# guidance ("presenting at hospital in labour", "in 1 in every 654 births"); a news page on a serious case review of a
# newborn's death after a concealed pregnancy ("The serious case review was commissioned in April 2014, following the
# incident which happened in September 2013"); a serious case review overview report's contents ("The Agency Narrative
# Reports", "Independent Panel and Independent Overview Author"); for the shapes of the lists, sets 1-24's sources).
# Only short generic phrases are shared with them.
# What this set leans on (kinds sets 1-24 have not pushed; each phrase grepped in sets 1-24's entries.py and
# unseen-entries.txt first, see the README):
# - THE STATUTORY WORDS OF PLANS, CONFERENCES AND ENQUIRIES ("subject to a child protection plan under the category of
#   emotional abuse", "a child in need plan", "an initial child protection conference", "a strategy discussion",
#   "section 47 enquiries", "stepped down ... to early help");
# - CLINICAL WORDS FOR INJURIES ("subdural haematoma", "retinal haemorrhages", "abusive head trauma", "metaphyseal
#   fractures", "a torn frenulum", "an NAI", "inflicted injuries", "spiral fracture", "immersion", "non-mobile baby");
# - TRAFFICKING AND MODERN SLAVERY ("National Referral Mechanism", "the NRM", "unaccompanied asylum-seeking child",
#   "conclusive grounds decision", a car wash, a nail bar, cannabis plants) and TEENAGE RELATIONSHIP ABUSE;
# - NEWBORNS: denied or concealed pregnancies, a birth in a bathroom, neonatal abstinence, "born at 30 weeks"
#   (a gestation, no age), "a neonate", "a newborn boy";
# - CHILDREN IN HOSPITALS AND RESIDENTIAL SPECIAL SCHOOLS ("a tier 4 bed", "detained under the Mental Health Act", "a
#   weekly boarder"), KINSHIP CARE AND CONNECTED PERSON FOSTER CARERS, A YOUNG PERSON WHO TURNED 18 DURING THE REVIEW;
# - SEVERAL CHILDREN AND MIXED OUTCOMES ("One twin ... died; the other was seriously injured"), CHRONOLOGIES OVER YEARS
#   ("In 2016 ... In 2019 ... In March 2022 ..."), THE REVIEW'S OWN DATE WORDS ("The review was commissioned in 2023",
#   "Following the rapid review in 2024");
# - THE SERIOUS CASE REVIEW ERA (2012-2018 words: "the LSCB", "IMRs", "individual management reviews", "Ofsted judged
#   the review", "the rule of optimism");
# - AGES AS A SCHOOL STAGE ("a Year 10 pupil", "of secondary school age", "a sixth-former", "a pre-schooler", "a
#   neonate", "a toddler", "a primary school pupil in Year 3", "a Year 7 girl").
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -24 and the decisions at the head of unseen-entries.txt, unchanged): not stated
# means empty, and a negated or ruled-out fact is not stated; a code is about the child(ren) the entry describes, never
# a parent's, sibling's, carer's or perpetrator's own harm, plan, care, school, condition, outcome, sex or age; a
# parent's mental health, substance or alcohol misuse, learning disability, criminality or domestic abuse is the child's
# risk factor; a perpetrator parent's (or parent's partner's, or a foster carer's) conviction for the child's own harm
# is accepted as `parental_criminality` either way; accidents accept `neglect`, `other` or none; the category of the
# child's own child protection plan is accepted beside the incident's harm, and the plan (current or past) is the
# child's `child_protection_plan`, a child in need plan `child_in_need_plan`; an initial conference that never took
# place is no plan (accepted); the incident year is the year of the harm, never a court's, a decision's, the review's
# commissioning or a rapid review's year, and a range of years accepts its first year, its last when the harm came to
# light then, or none; in a chronology of years the incident is the last step that harms the child; an age in weeks,
# months or days is its fraction of a year to two decimals; a gestation ("born at 30 weeks") is no age; an age told of
# an earlier moment of a chronology ("In 2016 Child X, then aged 2") is accepted or left empty, with either band; an age
# told only by a word, a stage or a school year is no exact age (text not scored, years empty, the band the word fixes;
# a stage across bands accepts `unknown` or either band); a newborn is `under_1`; modern slavery or trafficking for work
# or crime is `child_criminal_exploitation` (`extra_familial_harm`, `other` accepted); a teenager's own abusive
# relationship is the teenager's harm (`domestic_abuse` accepted as a risk beside it, no parent's); locking a child in a
# room is `emotional_abuse` (`physical_abuse` or `other` accepted for restraint with seclusion by staff); a secure
# hospital ward under the Mental Health Act is no care; a connected person foster placement is `connected_carers` with
# `looked_after` (`foster_care` accepted), kinship care with a relative `connected_carers`; a sibling's or a friend's
# harm or death told beside the child's is not the child's; a mother's or father's death is not the child's outcome.
# Truth corrected after the first measure, under a written precedent (unseen-entries.txt f11 and the entry after it; see
# the README): zd #2 (Baby CR) "born in 2025 ... died at nine weeks" accepts no year beside 2025 (the death may fall in
# the next year).
# `a|b` alternatives, `*` not scored.
# Truth corrected in session 38 under the lead's trafficking decision (normalise/unseen-entries.txt, 'session 38
# decision'): trafficking told with its purpose gives that purpose's code alone, no `other` beside it: zc #2 Child UQ (trafficked and found tending cannabis plants).
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from phrasing_entries import COLS, T, A, ANY, E, L, R, HEAD, STAB, RO  # noqa: E402,F401

ACCIDENT = A("", "neglect; other")
CONVICTED = A("", "parental_criminality")
CCE = A("child_criminal_exploitation", "extra_familial_harm; other")
CSE = A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm") + "|" + \
    A("sexual_abuse", "child_sexual_exploitation; extra_familial_harm")
LAC_FOSTER = A("looked_after", "foster_care")
KIN_FOSTER = A("connected_carers; looked_after", "foster_care")
SELF_OD = A("self_harm_suicide", "poisoning_ingestion")

NAV = ["<header><a href=\"#main\">Skip to main content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Case reviews</a></li><li><a href=\"#\">About us</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Privacy notice</p><p>Accessibility</p></footer>"]

FILES = {}
LI = "Learning includes:"
RI = "Recommendations include:"
RP = "Recommendations to the partnership include:"
ORO = "Other resources Read overview report"
ORE = "Other resources Read executive summary"
CSPR = "child_safeguarding_practice_review"

# --- An October 2026 repository month (text): the statutory words of plans, conferences and enquiries.
FILES["za-monthly-2026-repository.txt"] = dict(pubyear="2026|", month="2026-10", preamble=[
    "NSPCC Repository – October 2026",
    "In October 2026 eight case reviews were added to the NSPCC Repository. A summary of each follows (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child safeguarding practice review: Child AQ (overview report)", [
    "Child AQ, a 9-year-old girl, had been subject to a child protection plan under the category of emotional abuse since 2022. In 2024 she told a teacher that her stepfather had been hitting her with a belt, and section 47 enquiries began the same day.",
    [L(LI, ["children on plans who are still being hurt", "listening to disclosures at school"])],
    [R(RI, ["a core group review within five days of any new disclosure"])]],
   T("Child AQ", CSPR, "overview", "serious_harm", "2024", "9-year-old", "9.00", "6_10", "female",
     A("physical_abuse", "emotional_abuse"), ctx="child_protection_plan"), link=ORO),
 E("2. Child safeguarding practice review: Child BQ (overview report)", [
    "Child BQ, aged 4, was the subject of a child in need plan because of his mother's alcohol use when he was found in 2025 wandering alone on a dual carriageway at 2am.",
    [L(LI, ["child in need plans that drift", "night-time supervision"])],
    [R(RI, ["a review of every child in need plan open for more than a year"])]],
   T("Child BQ", CSPR, "overview", "serious_harm|other", "2025", "aged 4", "4.00", "1_5", "male",
     A("neglect", "other"), risk="parental_alcohol_misuse", ctx="child_in_need_plan"), link=ORO),
 E("3. Child safeguarding practice review: Baby CQ (overview report)", [
    "An initial child protection conference for Baby CQ was due to be held in March 2024, but the baby, aged 11 weeks, died from a head injury four days before it. His father was later convicted of manslaughter.",
    [L(LI, ["the time before a first conference", "fathers in pre-birth assessments"])],
    [R(RI, ["a safety plan agreed at every strategy discussion about a baby"])]],
   T("Baby CQ", CSPR, "overview", "death", "2024", "aged 11 weeks|11 weeks", "0.21", "under_1", "male", HEAD,
     risk=CONVICTED, ctx=A("", "child_protection_plan")), link=ORO),
 E("4. Child safeguarding practice review: Child DQ (overview report)", [
    "A strategy discussion was held in 2023 after Child DQ, a 13-year-old boy, told a youth worker that his mother's partner had burned him with a cigarette. No section 47 enquiry followed, and in 2024 he was admitted to hospital with a broken jaw.",
    [L(LI, ["strategy discussions that end without enquiries"])],
    [R(RI, ["a manager's sign-off for every strategy discussion that ends without section 47 enquiries"])]],
   T("Child DQ", CSPR, "overview", "serious_harm", "2024|2023", "13-year-old", "13.00", "11_15", "male",
     "physical_abuse"), link=ORO),
 E("5. Child safeguarding practice review: Child EQ (executive summary)", [
    "Child EQ, aged 7, was stepped down from a child protection plan to early help in 2022. In 2024 she was found to have been living in a home without beds or working heating, and her father, who has a learning disability, said he had not known how to ask for help.",
    [L(LI, ["stepping down too soon", "parents with a learning disability"])],
    [R(RI, ["a six-month check after every step-down from a plan"])]],
   T("Child EQ", CSPR, "executive_summary", "serious_harm|other", "2024", "aged 7", "7.00", "6_10", "female",
     "neglect", risk="parental_learning_disability", ctx=A("", "child_protection_plan")), link=ORE),
 E("6. Child safeguarding practice review: Child FQ (overview report)", [
    "Child FQ, a 15-year-old girl, was on a child protection plan under the category of sexual abuse when she was raped in 2025 by a man of 32 she had met online.",
    [L(LI, ["online contact with adults", "plans for teenagers at risk outside the home"])],
    [R(RI, ["online safety work in every plan for a teenager"])]],
   T("Child FQ", CSPR, "overview", "serious_harm", "2025", "15-year-old", "15.00", "11_15", "female",
     A("sexual_abuse", "online_harm; child_sexual_exploitation; extra_familial_harm"),
     ctx="child_protection_plan"), link=ORO),
 E("7. Child safeguarding practice review: Child GQ (overview report)", [
    "Section 47 enquiries were started in 2024 when Child GQ, a 2-year-old boy, was taken to an emergency department with bruising to both ears. His parents gave no explanation, and a skeletal survey found older rib fractures.",
    [L(LI, ["bruising to the ears", "unexplained injuries in toddlers"])],
    [R(RI, ["a skeletal survey for every child under two with unexplained bruising"])]],
   T("Child GQ", CSPR, "overview", "serious_harm", "2024", "2-year-old", "2.00", "1_5", "male", "physical_abuse"),
   link=ORO),
 E("8. Child safeguarding practice review: Child HQ (overview report)", [
    "Child HQ, aged 16, had been a child in need since 2021 because of her autism and her mother's depression. She took her own life in 2025.",
    [L(LI, ["autistic girls and suicide", "mothers' depression"])],
    [R(RI, ["a mental health assessment for every autistic child open to children's services"])]],
   T("Child HQ", CSPR, "overview", "death", "2025", "aged 16", "16.00", "16_17", "female", "self_harm_suicide",
     risk="parental_mental_health", ctx=A("", "disabled; child_in_need_plan")), link=ORO),
])

# --- An autumn 2026 update (HTML): clinical words for injuries.
FILES["zb-update-2026-autumn.html"] = dict(page_title="Case reviews update", html_preamble=NAV, html_footer=FOOT,
    h1="Case reviews update: autumn 2026", pubyear="2026",
    intro_html=["Case reviews added this autumn. Invented for testing: no real child, family or place."],
    entries=[
 E("Baby JQ: CSPR", [
    "Baby JQ, a 7-week-old boy, was admitted to hospital in 2025 with a subdural haematoma and retinal haemorrhages. Doctors diagnosed abusive head trauma, and his father, aged 24, admitted shaking him.",
    [L(LI, ["crying babies", "fathers under strain"])],
    [R(RP, ["coping with crying advice at every contact in the first twelve weeks"])]],
   T("Baby JQ", CSPR, "overview", "serious_harm", "2025", "7-week-old", "0.13", "under_1", "male", HEAD), link=RO),
 E("Baby KQ: CSPR", [
    "Baby KQ, aged 4 months, was found in 2024 to have metaphyseal fractures of both her legs and a torn frenulum. The injuries were judged to be non-accidental.",
    [L(LI, ["a torn frenulum in a baby", "injuries seen by several professionals"])],
    [R(RP, ["a child protection medical for every torn frenulum in a baby"])]],
   T("Baby KQ", CSPR, "overview", "serious_harm", "2024", "aged 4 months|4 months", "0.33", "under_1", "female",
     "physical_abuse"), link=RO),
 E("Baby LQ: CSPR", [
    "A 10-month-old girl, Baby LQ, was seen by a GP in 2024 with a bruise to her cheek that was not referred. Three weeks later she was admitted with an NAI: a fractured skull and bleeding on the brain.",
    [L(LI, ["bruises on babies", "referral thresholds in primary care"])],
    [R(RP, ["a bruising protocol in every GP practice"])]],
   T("Baby LQ", CSPR, "overview", "serious_harm", "2024", "10-month-old", "0.83", "under_1", "female", HEAD),
   link=RO),
 E("Baby MQ: CSPR", [
    "Baby MQ, a 3-month-old boy, died in 2023 from inflicted injuries. A post-mortem found 14 fractures of different ages. His mother's partner was convicted of murder in 2025.",
    [L(LI, ["new partners", "injuries of different ages"])],
    [R(RP, ["checks on every new adult in a household with a baby on a plan"])]],
   T("Baby MQ", CSPR, "overview", "death", "2023", "3-month-old", "0.25", "under_1", "male", "physical_abuse",
     risk=CONVICTED), link=RO),
 E("Child NQ: CSPR", [
    "Child NQ, aged 20 months, had a spiral fracture of the femur in 2024 that his mother said happened when he fell from a sofa. The child protection medical concluded that the explanation was not consistent with the injury.",
    [L(LI, ["explanations that do not fit an injury"])],
    [R(RP, ["a second opinion on every spiral fracture in a child under two"])]],
   T("Child NQ", CSPR, "overview", "serious_harm", "2024", "aged 20 months|20 months", "1.67", "1_5", "male",
     "physical_abuse"), link=RO),
 E("Baby PQ: CSPR", [
    "Baby PQ was six weeks old when a health visitor saw bruising on her chest in 2025. Bruising to a non-mobile baby was not referred, and she was later found to have a subdural haemorrhage.",
    [L(LI, ["bruising in non-mobile babies"])],
    [R(RP, ["a referral for every bruise on a baby who is not yet mobile"])]],
   T("Baby PQ", CSPR, "overview", "serious_harm", "2025", "six weeks old|was six weeks old", "0.12", "under_1",
     "female", HEAD), link=RO),
 E("Child RQ: CSPR", [
    "Child RQ, a 2-year-old girl, died in 2024 of an abdominal injury caused by a blow to the stomach. Her mother's boyfriend, aged 27, had moved in two weeks before.",
    [L(LI, ["new partners in the home"])],
    [R(RP, ["questions about new partners at every health contact"])]],
   T("Child RQ", CSPR, "overview", "death", "2024", "2-year-old", "2.00", "1_5", "female", "physical_abuse"), link=RO),
 E("Baby SQ: CSPR", [
    "Baby SQ, a 5-month-old boy, was found in 2025 to have burns to the soles of both feet that doctors said were consistent with immersion in hot water. The burns had not been treated for several days.",
    [L(LI, ["immersion burns", "delays in seeking treatment"])],
    [R(RP, ["a strategy discussion for every burn to a baby's feet"])]],
   T("Baby SQ", CSPR, "overview", "serious_harm", "2025", "5-month-old", "0.42", "under_1", "male",
     ANY("physical_abuse; neglect")), link=RO),
])

# --- A 2026 list (text): trafficking, modern slavery, teenage relationship abuse. Areas in the titles.
FILES["zc-list-2026-exploitation.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews published in 2026", "",
    "Reviews published in 2026 by area. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2026 – Harrowmere – Child TQ", [
    "Child TQ, a 16-year-old unaccompanied asylum-seeking child, was referred to the National Referral Mechanism in 2024 after he was found working in a car wash for no pay. He went missing from his foster placement two weeks later.",
    [L(LI, ["unaccompanied children who go missing", "labour exploitation"])],
    [R(RI, ["a safety plan on the day an unaccompanied child is placed"])]],
   T("Child TQ", "unknown", "overview", "serious_harm|other", "2024", "16-year-old", "16.00", "16_17", "male",
     CCE + "|other", ctx=LAC_FOSTER, area="Harrowmere"), link=RO),
 E("2026 – Harrowmere – Child UQ", [
    "Child UQ, aged 15, was trafficked to this country and found in 2025 tending cannabis plants in a locked house where he had been kept for months; the NRM made a positive conclusive grounds decision in 2026.",
    [L(LI, ["children found in cannabis farms", "treating exploited children as victims"])],
    [R(RI, ["a welfare assessment before any police interview of a child found in a cannabis farm"])]],
   T("Child UQ", "unknown", "overview", "serious_harm|other", "2025", "aged 15", "15.00", "11_15", "male",
     A("child_criminal_exploitation", "extra_familial_harm"), area="Harrowmere"), link=RO),
 E("2026 – Sallowby – Child VQ", [
    "Child VQ, a 17-year-old girl, had been in a controlling relationship with her boyfriend, aged 19, since she was 15. In 2024 he strangled her until she lost consciousness; she had told her school that he checked her phone every hour.",
    [L(LI, ["teenage relationship abuse", "non-fatal strangulation"])],
    [R(RI, ["training for schools on controlling relationships"])]],
   T("Child VQ", "unknown", "overview", "serious_harm", "2024", "17-year-old", "17.00", "16_17", "female",
     A("physical_abuse", "emotional_abuse; extra_familial_harm"), risk=A("", "domestic_abuse"), area="Sallowby"),
   link=RO),
 E("2026 – Sallowby – Child WQ", [
    "Child WQ, aged 14, was coerced by her 16-year-old boyfriend into sending intimate images, which he shared in 2025 with boys at her school.",
    [L(LI, ["image-based abuse between teenagers"])],
    [R(RI, ["a school response plan for shared images"])]],
   T("Child WQ", "unknown", "overview", "serious_harm|other", "2025", "aged 14", "14.00", "11_15", "female",
     A("online_harm", "sexual_abuse; extra_familial_harm; child_sexual_exploitation") + "|" +
     A("sexual_abuse", "extra_familial_harm; child_sexual_exploitation"), area="Sallowby"), link=RO),
 E("2026 – Pellbrook – Child XQ", [
    "Child XQ, a 14-year-old boy, was moved between three cities by a gang in 2024 to sell drugs and was identified as a potential victim of modern slavery. His mother had reported him missing nine times.",
    [L(LI, ["children moved between cities"])],
    [R(RI, ["a national referral for every child found selling drugs away from home"])]],
   T("Child XQ", "unknown", "overview", "serious_harm|other", "2024", "14-year-old", "14.00", "11_15", "male", CCE,
     area="Pellbrook"), link=RO),
 E("2026 – Pellbrook – Child YQ", [
    "Child YQ, an unaccompanied asylum-seeking girl whose age was disputed, was placed in a hotel for adults in 2023, where she was sexually exploited by a man who worked there. She said she was 16.",
    [L(LI, ["age disputes", "children placed in adult hotels"])],
    [R(RI, ["no child placed in adult accommodation while an age is disputed"])]],
   T("Child YQ", "unknown", "overview", "serious_harm", "2023", "*", "16.00|", "16_17|unknown", "female", CSE,
     ctx=A("", "looked_after"), area="Pellbrook"), link=RO),
 E("2026 – Ravensholt – Child ZQ", [
    "Child ZQ, aged 13, was recruited through a gaming platform and sent to a coastal town in 2025, where police found him in a flat with a woman whose home had been cuckooed. After a National Referral Mechanism referral he was placed in foster care.",
    [L(LI, ["recruitment through games"])],
    [R(RI, ["online safety advice for parents of younger boys"])]],
   T("Child ZQ", "unknown", "overview", "serious_harm|other", "2025", "aged 13", "13.00", "11_15", "male",
     A("child_criminal_exploitation", "extra_familial_harm; online_harm"), ctx=LAC_FOSTER, area="Ravensholt"),
   link=RO),
 E("2026 – Ravensholt – Child AR", [
    "Child AR, a 15-year-old girl, was found in 2024 working in a nail bar run by her aunt's partner, who kept her passport. She had come to the UK on a visitor visa and was not registered with a school.",
    [L(LI, ["private arrangements that hide exploitation"])],
    [R(RI, ["checks on every child of school age who arrives on a visitor visa"])]],
   T("Child AR", "unknown", "overview", "serious_harm|other", "2024", "15-year-old", "15.00", "11_15", "female",
     A("", "child_criminal_exploitation; extra_familial_harm; other; neglect"), ctx="not_in_school",
     area="Ravensholt"), link=RO),
])

# --- A partnership's reviews of newborns (text): denied or concealed pregnancy, neonatal abstinence.
FILES["zd-partnership-newborns-2026.txt"] = dict(pubyear="2026", preamble=[
    "Local child safeguarding practice reviews: babies and newborns 2026", "",
    "Summaries of the partnership's reviews about newborn babies. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("Local child safeguarding practice review: Baby BR", [
    "Baby BR was born at home in 2024 to a 17-year-old mother who had denied the pregnancy to her family and her GP. The newborn girl was found dead in a bin bag in the garden the next morning.",
    [L(LI, ["denied pregnancy in teenagers"])],
    [R(RI, ["pregnancy questions in every GP consultation with a teenage girl who reports stomach pain"])]],
   T("Baby BR", CSPR, "overview", "death", "2024", "*", "", "under_1", "female",
     A("", "physical_abuse; neglect; other")), link=RO),
 E("Local child safeguarding practice review: Baby CR", [
    "Baby CR, a neonate, was born in 2025 with neonatal abstinence syndrome after her mother used heroin and methadone throughout the pregnancy. She was discharged home at three weeks and died at nine weeks while asleep on a sofa with her father.",
    [L(LI, ["discharge of babies with withdrawal", "sofas and safer sleep"])],
    [R(RI, ["a safer sleep visit before every baby with withdrawal goes home"])]],
   T("Baby CR", CSPR, "overview", "death", "2025|", "*", "0.17|", "under_1", "female",
     A("", "sudden_unexpected_infant_death; neglect"), risk="co_sleeping; parental_substance_misuse"), link=RO),
 E("Local child safeguarding practice review: Baby DR", [
    "Baby DR was delivered in a bathroom in 2023 by his mother, aged 15, who had not told anyone she was pregnant. He was taken to hospital with hypothermia and survived.",
    [L(LI, ["hidden pregnancies in young girls"])],
    [R(RI, ["relationships education that talks about pregnancy signs"])]],
   T("Baby DR", CSPR, "overview", "serious_harm", "2023", "", "", "under_1|unknown", "male", ACCIDENT), link=RO),
 E("Local child safeguarding practice review: Baby ER", [
    "Baby ER, a 4-day-old girl, died of hypothermia in 2025 after her mother, who had denied the pregnancy until she went into labour, left her in an unheated caravan.",
    [L(LI, ["denial of pregnancy until labour"])],
    [R(RI, ["a pre-discharge assessment for every mother who presents in labour unbooked"])]],
   T("Baby ER", CSPR, "overview", "death", "2025", "4-day-old", "0.01", "under_1", "female", "neglect"), link=RO),
 E("Local child safeguarding practice review: Baby FR", [
    "Baby FR was born at 30 weeks in 2024, withdrawing from opiates, and spent seven weeks on a neonatal unit. Neither parent visited for the last four weeks, and he was placed with foster carers on discharge under an interim care order.",
    [L(LI, ["parents who stop visiting the neonatal unit"])],
    [R(RI, ["a social work visit after a week without parental contact on the neonatal unit"])]],
   T("Baby FR", CSPR, "overview", "serious_harm|other", "2024", "", "", "under_1|unknown", "male",
     A("", "neglect; poisoning_ingestion"), risk=A("", "parental_substance_misuse"), ctx=LAC_FOSTER), link=RO),
 E("Local child safeguarding practice review: Baby GR", [
    "Baby GR, aged 5 weeks, was admitted in 2025 weighing less than at birth. His mother, aged 19, has a learning disability and had been discharged from hospital without a pre-birth assessment.",
    [L(LI, ["mothers with a learning disability", "pre-birth assessments"])],
    [R(RI, ["a pre-birth assessment for every parent with a learning disability"])]],
   T("Baby GR", CSPR, "overview", "serious_harm", "2025", "aged 5 weeks|5 weeks", "0.10", "under_1", "male",
     "neglect", risk="parental_learning_disability"), link=RO),
 E("Local child safeguarding practice review: Baby HR", [
    "Baby HR, a newborn boy, was found by a dog walker in woodland in January 2024 and was not expected to survive the cold, but he recovered in hospital. His mother has never been identified.",
    [L(LI, ["abandoned babies"])],
    [R(RI, ["information on safe places to leave a baby"])]],
   T("Baby HR", CSPR, "overview", "serious_harm", "2024", "*", "", "under_1", "male", A("neglect", "other")),
   link=RO),
])

# --- A page of children in hospitals, residential special schools and kinship care (HTML).
FILES["ze-reviews-page-2026.html"] = dict(page_title="Published reviews", html_preamble=NAV, html_footer=FOOT,
    h1="Reviews we published in 2026", pubyear="2026",
    intro_html=["Short summaries of this year's reviews. Invented for testing: no real child, family or place."],
    entries=[
 E("2026 – Anonymous – Child KR", [
    "Child KR, aged 15, spent eleven months in a tier 4 bed on an adolescent unit 200 miles from home, detained under the Mental Health Act. In 2024 she was found hanging in her room on the ward and died a week later.",
    [L(LI, ["placements far from home", "ligature risks on wards"])],
    [R(RP, ["a ligature check of every room on a children's ward each shift"])]],
   T("Child KR", "unknown", "overview", "death", "2024", "aged 15", "15.00", "11_15", "female", "self_harm_suicide"),
   link=RO),
 E("2026 – Anonymous – Child LR", [
    "Child LR, a 12-year-old autistic boy, was a weekly boarder at a residential special school where staff locked him in a padded room for up to three hours at a time in 2023.",
    [L(LI, ["seclusion in special schools"])],
    [R(RP, ["a record of every use of seclusion sent to the placing authority"])]],
   T("Child LR", "unknown", "overview", "serious_harm|other", "2023", "12-year-old", "12.00", "11_15", "male",
     ANY("emotional_abuse; physical_abuse; other"), ctx=A("disabled", "ehcp")), link=RO),
 E("2026 – Anonymous – Child MR", [
    "Child MR, aged 6, lived with her grandparents under a kinship care arrangement after her mother's death. In 2024 her grandfather, who had been approved as a connected person foster carer, was arrested for sexually abusing her.",
    [L(LI, ["assessing connected persons", "children's voices in kinship care"])],
    [R(RP, ["a visit alone with every child in a connected person placement"])]],
   T("Child MR", "unknown", "overview", "serious_harm", "2024", "aged 6", "6.00", "6_10", "female", "sexual_abuse",
     risk=A("", "parental_criminality"), ctx=KIN_FOSTER + "|connected_carers"), link=RO),
 E("2026 – Anonymous – Child NR", [
    "Child NR turned 18 during the review. She had been sexually exploited from the age of 13 by men who gave her alcohol and drugs, and in 2023, aged 17, she was raped in a flat above a shop.",
    [L(LI, ["exploitation that continues past 18", "transition to adult services"])],
    [R(RP, ["a transition plan for every exploited young person at 17"])]],
   T("Child NR", "unknown", "overview", "serious_harm", "2023", "aged 17", "17.00", "16_17", "female", CSE),
   link=RO),
 E("2026 – Anonymous – Child PR", [
    "Child PR, aged 9, had lived with her aunt in a connected person foster placement since 2021. She was admitted to hospital in 2025 with a burn to her hand from an iron, and the aunt's explanation changed three times.",
    [L(LI, ["injuries in family placements"])],
    [R(RP, ["the same standard of visits for connected person placements as for other foster homes"])]],
   T("Child PR", "unknown", "overview", "serious_harm", "2025", "aged 9", "9.00", "6_10", "female",
     "physical_abuse", ctx=KIN_FOSTER), link=RO),
 E("2026 – Anonymous – Child RR", [
    "Child RR, a 16-year-old boy with a learning disability, had been in hospital for 14 months because no placement could meet his needs. In 2024 he was assaulted by another patient and lost the sight of one eye.",
    [L(LI, ["children stuck in hospital"])],
    [R(RP, ["a weekly placement search for every child fit to leave hospital"])]],
   T("Child RR", "unknown", "overview", "serious_harm", "2024", "16-year-old", "16.00", "16_17", "male",
     A("physical_abuse", "other; extra_familial_harm") + "|other", ctx="disabled"), link=RO),
 E("2026 – Anonymous – Child SR", [
    "Child SR, 17 when the review began and 18 when it ended, was found in 2025 in a tent by a canal with an infected wound to his leg. He had left his kinship placement with an uncle at 16 and had not been seen by his social worker for five months.",
    [L(LI, ["older teenagers who leave placements"])],
    [R(RP, ["a visit every month to every child who leaves a placement before 18"])]],
   T("Child SR", "unknown", "overview", "serious_harm|other", "2025", "*", "17.00|", "16_17|18_plus|unknown", "male",
     A("", "neglect; other"), ctx=A("", "connected_carers; looked_after")), link=RO),
 E("2026 – Anonymous – Child TR", [
    "Child TR, aged 11, attended a residential special school for children with epilepsy. She died in 2024 after a seizure in the bath, on a night when the school was two staff short.",
    [L(LI, ["bathing and epilepsy", "night staffing"])],
    [R(RP, ["an epilepsy bathing plan for every child who boards"])]],
   T("Child TR", "unknown", "overview", "death", "2024", "aged 11", "11.00", "11_15", "female", ACCIDENT,
     ctx=A("disabled", "ehcp")), link=RO),
])

# --- A 2026 list (text): several children, mixed outcomes, chronologies over years, the review's own dates.
FILES["zf-list-2026-families.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews published in 2026", "",
    "A list of case reviews published in 2026. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2026 – Anonymous – Baby UR", [
    "Twins, a boy and a girl aged 7 months, were taken to hospital in 2024 with fractures. One twin, Baby UR, died; the other was seriously injured. Their father was convicted in 2026.",
    [L(LI, ["twins and stress"])],
    [R(RI, ["extra health visiting for every family with twins"])]],
   T("Baby UR", "unknown", "overview", "death", "2024", "aged 7 months|7 months", "0.58", "under_1", "mixed",
     "physical_abuse", risk=CONVICTED, n="2"), link=RO),
 E("November 2026 – Anonymous – Child VR", [
    "Child VR, aged 8, and his sister, aged 5, were left alone for three days in 2025 while their mother was in police custody. Child VR was found unharmed; his sister had eaten tablets from a kitchen cupboard and was admitted to intensive care.",
    [L(LI, ["children left when a parent is arrested"])],
    [R(RI, ["a question about children at every arrest"])]],
   T("Child VR", "unknown", "overview", "serious_harm|other", "2025", "aged 8", "8.00", "6_10", "male|mixed",
     A("neglect", "poisoning_ingestion"), risk=A("", "parental_criminality"), n="1|2"), link=RO),
 E("October 2026 – Anonymous – Child WR", [
    "In 2016 Child WR, then aged 2, was placed on a child protection plan for neglect. In 2019 the plan ended. In March 2022 she was found at home with a fractured arm, and her mother's partner was arrested.",
    [L(LI, ["ending plans", "long histories of neglect"])],
    [R(RI, ["a chronology in every case open more than twice"])]],
   T("Child WR", "unknown", "overview", "serious_harm", "2022", "*", "2.00|", "1_5|6_10|unknown", "female",
     A("physical_abuse", "neglect"), ctx="child_protection_plan"), link=RO),
 E("September 2026 – Anonymous – Child XR", [
    "Child XR's family had been known to children's services since 2015. In 2018 his older brother was taken into care; in 2020 Child XR, aged 10, began missing school; in 2023 he was found with stab wounds after he was attacked by older boys.",
    [L(LI, ["younger siblings of children in care"])],
    [R(RI, ["a review of every sibling when a child is taken into care"])]],
   T("Child XR", "unknown", "overview", "serious_harm", "2023", "*", "10.00|", "6_10|11_15|unknown", "male", STAB,
     ctx=A("", "not_in_school")), link=RO),
 E("August 2026 – Anonymous – Child YR", [
    "The review was commissioned in 2023 after Child YR, a 10-year-old girl, was admitted to hospital in December 2022 with a bleed on the brain. Her mother said she had fallen from a bunk bed, but the medical evidence showed that she had been shaken.",
    [L(LI, ["head injuries in older children"])],
    [R(RI, ["a child protection medical for every unexplained head injury, whatever the child's age"])]],
   T("Child YR", "unknown", "overview", "serious_harm", "2022", "10-year-old", "10.00", "6_10", "female", HEAD),
   link=RO),
 E("July 2026 – Anonymous – Child ZR", [
    "Following the rapid review in 2024, the partnership decided that a local review was needed. Child ZR, aged 14, had been shot with an air rifle by his stepfather in 2021 and again in 2023.",
    [L(LI, ["weapons in the home"])],
    [R(RI, ["questions about weapons in every assessment"])]],
   T("Child ZR", "unknown", "overview", "serious_harm", "2021|2023|", "aged 14", "14.00", "11_15", "male",
     "physical_abuse"), link=RO),
 E("June 2026 – Anonymous – Child CS", [
    "Child CS, aged 3, died in 2025 after a fall down the stairs at home while her father was drunk. Her brothers, Child AS, aged 12, and Child BS, aged 9, were taken into care.",
    [L(LI, ["fathers who drink", "stair gates"])],
    [R(RI, ["alcohol screening for fathers at every contact"])]],
   T("Child CS", "unknown", "overview", "death", "2025", "aged 3", "3.00", "1_5", "female|mixed", ACCIDENT,
     risk="parental_alcohol_misuse", n="1|3"), link=RO),
 E("May 2026 – Anonymous – Child DS", [
    "Child DS, 17, was found unconscious in 2025 after taking ketamine at a party where his friend, aged 16, died. Child DS recovered.",
    [L(LI, ["drugs at parties"])],
    [R(RI, ["drug education that names ketamine"])]],
   T("Child DS", "unknown", "overview", "serious_harm", "2025", "*", "17.00", "16_17", "male",
     A("", "poisoning_ingestion; other")), link=RO),
])

# --- A 2015 list of serious case reviews (text): the words of the serious case review era.
FILES["zg-yearly-list-2015.txt"] = dict(pubyear="2015", preamble=[
    "Serious case reviews published in 2015", "",
    "Serious case reviews published by Local Safeguarding Children Boards in 2015. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("1. Serious case review: Child ES (overview report)", [
    "Child ES, a 4-year-old boy, died in 2013 from a head injury inflicted by his mother's partner. The LSCB commissioned a serious case review; IMRs were provided by eight agencies, and Ofsted judged the review good.",
    [L(LI, ["men new to the household", "agencies working alone"])],
    [R(RI, ["the LSCB to audit assessments of new partners"])]],
   T("Child ES", "serious_case_review", "overview", "death", "2013", "4-year-old", "4.00", "1_5", "male", HEAD),
   link=ORO),
 E("2. Serious case review: Child FS (executive summary)", [
    "Child FS, aged 14, was sexually exploited by a group of men in 2012 and 2013. The individual management reviews found that agencies saw her as making her own choices.",
    [L(LI, ["language that blames children", "exploitation by groups"])],
    [R(RI, ["the LSCB to issue guidance on the language used about exploited children"])]],
   T("Child FS", "serious_case_review", "executive_summary", "serious_harm", "2012|2013|", "aged 14", "14.00",
     "11_15", "female", CSE), link=ORE),
 E("3. Serious case review: Child GS (overview report)", [
    "Child GS, aged 7, and her brother Child HS, aged 5, were found in 2014 living in a house with no food, filthy bedding and dog excrement on the floors. The Local Safeguarding Children Board found that both had been on child protection plans for three years.",
    [L(LI, ["plans that drift", "the home conditions seen on visits"])],
    [R(RI, ["unannounced visits for every child on a plan for neglect"])]],
   T("Child GS", "serious_case_review", "overview", "serious_harm|other", "2014", "aged 7", "7.00", "6_10", "mixed",
     "neglect", ctx="child_protection_plan", n="2"), link=ORO),
 E("4. Serious case review: Baby JS (overview report)", [
    "Baby JS, a 9-week-old girl, died in 2014 from a skull fracture. Her father, aged 20, was convicted of manslaughter in 2015. The LSCB's overview report found missed chances in the antenatal period.",
    [L(LI, ["young fathers", "antenatal assessments"])],
    [R(RI, ["fathers seen in every antenatal assessment"])]],
   T("Baby JS", "serious_case_review", "overview", "death", "2014", "9-week-old", "0.17", "under_1", "female", HEAD,
     risk=CONVICTED), link=ORO),
 E("5. Serious case review: Child KS (overview report)", [
    "Child KS, a 16-year-old boy, hanged himself in a secure training centre in 2012. The SCR looked at the youth offending service, the centre and children's social care.",
    [L(LI, ["suicide in custody"])],
    [R(RI, ["the LSCB to seek assurance on observations in custody"])]],
   T("Child KS", "serious_case_review", "overview", "death", "2012", "16-year-old", "16.00", "16_17", "male",
     "self_harm_suicide", ctx=A("", "looked_after")), link=ORO),
 E("6. Serious case review: Child LS (overview report)", [
    "Child LS, aged 2, died of dehydration in 2013 in a flat where her mother had died of natural causes some days before. Health visitors had not seen her for a year.",
    [L(LI, ["children of isolated parents"])],
    [R(RI, ["a follow-up for every child not seen by a health visitor for six months"])]],
   T("Child LS", "serious_case_review", "overview", "death", "2013", "aged 2", "2.00", "1_5", "female",
     A("", "neglect; other")), link=ORO),
 E("7. Serious case review: Child MS (overview report)", [
    "Child MS, a 13-year-old girl, was subject to a child protection plan under the category of neglect when she was seriously assaulted by her father in 2016. Her father had been drinking all day.",
    [L(LI, ["fathers' drinking", "older children on plans"])],
    [R(RI, ["alcohol assessments for fathers of children on plans"])]],
   T("Child MS", "serious_case_review", "overview", "serious_harm", "2016", "13-year-old", "13.00", "11_15", "female",
     A("physical_abuse", "neglect"), risk="parental_alcohol_misuse", ctx="child_protection_plan"), link=ORO),
 E("8. Serious case review: Child NS (overview report)", [
    "Child NS, a 6-month-old boy, suffered a fractured skull in 2017. The LSCB's review panel found that the rule of optimism had led workers to accept his parents' account.",
    [L(LI, ["the rule of optimism"])],
    [R(RI, ["supervision that challenges optimism"])]],
   T("Child NS", "serious_case_review", "overview", "serious_harm", "2017", "6-month-old", "0.50", "under_1", "male",
     HEAD), link=ORO),
])

# --- A partnership page (HTML): ages told as a school stage.
FILES["zh-partnership-page-2026.html"] = dict(page_title="Child safeguarding practice reviews", html_preamble=NAV,
    html_footer=FOOT, h1="Child safeguarding practice reviews", pubyear="2026",
    intro_html=["Reviews the partnership published in 2026. Invented for testing: no real child, family or place."],
    entries=[
 E("Child PS: CSPR", [
    "Child PS, a Year 10 pupil, took her own life in 2025 after months of bullying in a group chat.",
    [L(LI, ["bullying in group chats"])],
    [R(RP, ["a pastoral check for every pupil named in a bullying report"])]],
   T("Child PS", CSPR, "overview", "death", "2025", "*", "", "11_15|unknown", "female",
     A("self_harm_suicide", "online_harm")), link=RO),
 E("Child RS: CSPR", [
    "Child RS, a boy of secondary school age, was stabbed outside a shopping centre in 2024 and survived.",
    [L(LI, ["knife crime near shopping centres"])],
    [R(RP, ["youth workers in town centres after school"])]],
   T("Child RS", CSPR, "overview", "serious_harm", "2024", "*", "", "11_15|16_17|unknown", "male", STAB), link=RO),
 E("Child SS: CSPR", [
    "Child SS, a sixth-former, was found dead in 2025 after taking an overdose of her mother's antidepressants. She had told her tutor she was struggling at home.",
    [L(LI, ["sixth-form pastoral care"])],
    [R(RP, ["a safety plan for every sixth-former who says home is hard"])]],
   T("Child SS", CSPR, "overview", "death", "2025", "*", "", "16_17|18_plus|unknown", "female", SELF_OD), link=RO),
 E("Child TS: CSPR", [
    "Child TS, a pre-schooler, was found by police in 2024 alone in a flat with his mother, who had died of an overdose some days before.",
    [L(LI, ["children of parents who use drugs alone"])],
    [R(RP, ["a welfare check for every child of a parent known to use drugs alone"])]],
   T("Child TS", CSPR, "overview", "serious_harm|other", "2024", "*", "", "1_5|unknown", "male",
     A("", "neglect; other"), risk=A("", "parental_substance_misuse")), link=RO),
 E("Child US: CSPR", [
    "Child US, a neonate, was admitted in 2025 with a fractured femur that her parents said had happened during a nappy change.",
    [L(LI, ["fractures in newborns"])],
    [R(RP, ["a skeletal survey for every fracture in a baby under a month old"])]],
   T("Child US", CSPR, "overview", "serious_harm", "2025", "*", "", "under_1", "female", "physical_abuse"), link=RO),
 E("Child VS: CSPR", [
    "Child VS, a primary school pupil in Year 3, had more than 40 injuries recorded by school staff between 2022 and 2024, each explained by his mother as rough play.",
    [L(LI, ["patterns of minor injuries"])],
    [R(RP, ["a chronology of injuries kept by every school"])]],
   T("Child VS", CSPR, "overview", "serious_harm|other", "2022|2024|", "*", "", "6_10|unknown", "male",
     "physical_abuse"), link=RO),
 E("Child WS: CSPR", [
    "Child WS, a toddler, drank methadone from a baby bottle at home in 2024 and was found unresponsive by his father. He survived after three days in intensive care.",
    [L(LI, ["methadone in the home"])],
    [R(RP, ["a lockable box for every parent prescribed methadone"])]],
   T("Child WS", CSPR, "overview", "serious_harm", "2024", "*", "", "1_5|unknown", "male",
     A("poisoning_ingestion", "neglect"), risk="parental_substance_misuse"), link=RO),
 E("Child XS: CSPR", [
    "Child XS, a Year 7 girl who had just started secondary school, was groomed online by a man of 40 and met him in 2025 at a railway station, where he sexually assaulted her.",
    [L(LI, ["grooming of younger girls online"])],
    [R(RP, ["online safety lessons in the first term of Year 7"])]],
   T("Child XS", CSPR, "overview", "serious_harm", "2025", "*", "", "11_15|unknown", "female",
     A("sexual_abuse", "online_harm; child_sexual_exploitation; extra_familial_harm") + "|" +
     A("child_sexual_exploitation", "online_harm; sexual_abuse; extra_familial_harm")), link=RO),
])
