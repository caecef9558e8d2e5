# Entries of the "realistic phrasings 29" set (issue 9, session 40): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: the NSPCC's yearly
# lists and monthly updates ("Background: ... Mother was also convicted of cruelty", "Baby A's father had previously
# been managed as a category level 2 violent offender", "Family had re-located three times", "Ethnicity and
# nationality not stated"), the North Wales board's pages on concise and extended child practice reviews, Scotland's
# learning review guidance). Only short generic phrases are shared.
# What this set leans on (kinds sets 1-28 have not pushed; each phrase grepped in sets 1-28's entries.py and
# unseen-entries.txt first, see the README):
# - THE CHILD WHO KILLED OR HARMED ANOTHER: whose harm is "stabbed ... to death", "pushed ... the younger boy drowned",
#   "set fire ... she died", "punched ... died", "convicted ... of murdering"; the victim's age beside the child's;
# - AGES AS WORDS AND STAGES: "just under four", "just under 16", "nearly 16", "nearly 11", "in her mid-teens",
#   "a pre-school boy", "a P6 pupil", "an S4 pupil" (beside "in P7"), "a Year 11 pupil" (Wales), a brother "in Year 3";
# - TWO REVIEWS' WORTH OF CHILDREN IN ONE ENTRY (two unrelated babies, two families on one estate, a brother and
#   sister reviewed together);
# - AN UNBORN BABY AND THE MOTHER'S AGE ("her mother, 17", "to a 15-year-old mother", "a 19-year-old mother who had a
#   pre-birth child protection conference at 30 weeks");
# - "THE FAMILY'S PREVIOUS CHILD DIED" and a previous child removed (not this child's outcome, harm or care);
# - OUTCOMES TOLD IN THE LEARNING ONLY ("the weeks before Child TYK's death") and the learning naming other children's
#   deaths;
# - A NEW PARTNER'S PAST ("had convictions for violence against a previous partner", "a conviction for assaulting a
#   previous partner's 2-year-old son");
# - CARE TOLD AS ENDED ("had left care two years before", "had been on the child protection register from 2019 to
#   2021", "in foster care until 2021, when a special guardianship order was made");
# - THE AREA told only in the partnership's name beside a place the family moved from, and an anonymous entry naming
#   only the places the family lived;
# - YEARS as "in the autumn of the following year", "In the winter of the following year" after a dated sentence;
# - digests-e2e b71 WZK's kind: a young child's road death while the mother slept on heroin.
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -28 and the decisions at the head and end of unseen-entries.txt, unchanged),
# with these written out: a code is about the child(ren) the entry describes; a child who harmed or killed another is no
# victim of that act: the other person's death or injury is not the child's outcome (`other`, `unknown`, or
# `serious_harm` when the child's own abuse or exploitation is told beside it) and the act gives the child no harm code
# ("stabbed", "murder", "drowned", "hit his head" are the victim's); the child's own harm told beside it is the child's;
# a perpetrator's care, exclusion, exploitation or conviction is not the child's; a sibling's conviction is no parent's;
# an age word or stage gives no exact age (text and years not scored or empty): "just under N" and "nearly N" the band of
# N-1 (realistic-phrasings-25's "just under two" -> `1_5`), "in her mid-teens" no band (`unknown`, as "a teenager"),
# "pre-school" `1_5`, Year N (England, Wales) or Scottish P(N+1) N+4 to N+5, S4 14 to 15, a stage across two bands
# accepts either band or `unknown`; an unborn baby is `unborn` (text "unborn"), a baby born early after an assault on
# the mother is no unborn child, a newborn with no age `under_1`; the mother's or father's age is never the child's; a
# previous child's death, injury or removal is not the child's outcome, harm or care; an outcome told in the learning
# of the child by name ("the weeks before Child TYK's death") is the child's; other children's deaths named in the
# learning are not; a new partner's violence against a previous partner is `domestic_abuse` (`parental_criminality`
# accepted beside it when a conviction is told), his conviction for harming another child is `parental_criminality`
# (`domestic_abuse` accepted), and the other child's harm is not this child's; a child's own care that has ended is
# still `looked_after` (the convention of care leavers' own past care: realistic-phrasings-17), a plan told as ended
# (registered "from 2019 to 2021") is accepted either way; the area is the publishing partnership or area of the
# heading, never a place the family lived or moved from (an anonymous entry has none); "in the autumn of the following
# year" counts from the year written before it, "In the winter of the following year" accepts that year or the next;
# a young child harmed for want of supervision while the carer was asleep, drunk or drugged is `neglect` (session 39),
# and `other` is for a harm no other code names (session 38): a road death with the carer asleep on heroin is
# `neglect` alone (digests-e2e b71 WZK's truth).
# `a|b` alternatives, `*` not scored.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from phrasing_entries import COLS, T, A, ANY, E, L, R, HEAD, STAB, RO  # noqa: E402,F401

ACCIDENT = A("", "neglect; other")
CCE = A("child_criminal_exploitation", "extra_familial_harm; other")
CSE = A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm") + "|" + \
    A("sexual_abuse", "child_sexual_exploitation; extra_familial_harm")
HARMED_OTHER = "other|unknown|serious_harm"
PARTNER_PAST = A("domestic_abuse", "parental_criminality")
CROSSING_16 = "11_15|16_17|unknown"

FILES = {}
LI = "Learning includes:"
RI = "Recommendations include:"
CPR = "child_practice_review"
LR = "learning_review"
CMR = "case_management_review"

# --- A 2026 list (text, NSPCC style): children who killed or harmed another, and the ones they harmed.
FILES["da-list-2026-children-who-killed.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews published in 2026", "",
    "Summaries of case reviews published this year (invented for testing: no real child, family or place):", ""],
    entries=[
 E("2026 – Anonymous – Child AYK", [
    "Death of a 16-year-old boy in 2024. Child AYK was stabbed outside a takeaway by a 15-year-old boy who had been in care since he was 11 and had been permanently excluded from school.",
    "Background: Child AYK lived with his mother and older sister and was studying at a sixth form college.",
    [L(LI, ["knife crime between children who do not know each other"])],
    [R(RI, ["a knife crime programme in every pupil referral unit and children's home"])]],
   T("Child AYK", "unknown", "overview", "death", "2024", "16-year-old|a 16-year-old boy", "16.00", "16_17", "male",
     STAB), link=RO),
 E("2026 – Anonymous – Child BYK", [
    "Child BYK, 14, stabbed a 17-year-old boy to death in a park in March 2024 and was convicted of murder the following year.",
    "Background: Child BYK had lived with domestic abuse between his parents until they separated in 2020, and had been excluded from school in Year 8.",
    [L(LI, ["younger children who carry knives"])],
    [R(RI, ["a trauma assessment for every child excluded after violence"])]],
   T("Child BYK", "unknown", "overview", HARMED_OTHER, "2024|", "14", "14.00", "11_15", "male",
     A("", "emotional_abuse"), risk=A("", "domestic_abuse"), ctx=A("", "not_in_school")), link=RO),
 E("2026 – Anonymous – Child CYK", [
    "Child CYK, aged 12, pushed a 4-year-old neighbour into a river in the summer of 2023; the younger boy drowned.",
    "Background: Child CYK had been neglected for most of his life. His mother misused alcohol and he had been on a child protection plan for neglect since 2021.",
    [L(LI, ["neglected children who harm others"])],
    [R(RI, ["a review of every child protection plan for neglect that has lasted more than two years"])]],
   T("Child CYK", "unknown", "overview", HARMED_OTHER, "2023|", "aged 12|12", "12.00", "11_15", "male", "neglect",
     risk="parental_alcohol_misuse", ctx="child_protection_plan"), link=RO),
 E("2026 – Anonymous – Child DYK", [
    "Harmful sexual behaviour by a 16-year-old girl, Child DYK, towards her 5-year-old half-sister, found in 2025. Child DYK had herself been sexually abused by her stepfather from the age of 9, which she disclosed for the first time during the review.",
    [L(LI, ["children who harm after being harmed"])],
    [R(RI, ["a question about the child's own abuse at every assessment of harmful sexual behaviour"])]],
   T("Child DYK", "unknown", "overview", HARMED_OTHER, "2025|", "16-year-old|a 16-year-old girl", "16.00", "16_17",
     "female", "sexual_abuse"), link=RO),
 E("2026 – Anonymous – Child EYK", [
    "Child EYK, 15, set fire to the family home in 2024 while his grandmother was asleep upstairs; she died of smoke inhalation. He had been diagnosed with autism and had been out of school for a year waiting for a specialist place.",
    [L(LI, ["autistic children out of school"])],
    [R(RI, ["an interim education offer within a month for every child waiting for a specialist place"])]],
   T("Child EYK", "unknown", "overview", HARMED_OTHER, "2024|", "15", "15.00", "11_15", "male", A("", "other"),
     ctx=A("", "disabled; not_in_school")), link=RO),
 E("2026 – Anonymous – Baby FYK", [
    "Baby FYK, aged 10 weeks, died in 2024 after being shaken by her father, 17, who had left care the year before. Her father had himself been on a child protection plan for physical abuse as a young child; her mother, 16, lived with her own mother.",
    [L(LI, ["very young fathers", "care leavers who become parents"])],
    [R(RI, ["advice on crying babies for every young father leaving care"])]],
   T("Baby FYK", "unknown", "overview", "death", "2024", "aged 10 weeks|10 weeks", "0.19", "under_1", "female",
     HEAD), link=RO),
 E("2026 – Anonymous – Child GYK", [
    "Death of a 2-year-old boy in 2024, who was hit by a bus after he walked out of the flat through a door left open. His mother, who used heroin, was asleep on the sofa. Child GYK's older brother had been removed from her care in 2020.",
    [L(LI, ["parents who use heroin and young children"])],
    [R(RI, ["a home safety check at every drug service appointment of a parent of a young child"])]],
   T("Child GYK", "unknown", "overview", "death", "2024", "2-year-old|a 2-year-old boy", "2.00", "1_5", "male",
     "neglect", risk="parental_substance_misuse"), link=RO),
 E("2026 – Anonymous – Child HYK", [
    "Serious injury to a 13-year-old boy in 2023. Child HYK was attacked with a machete at home by his 17-year-old brother, who had been criminally exploited by a county lines gang. His brother was convicted of wounding with intent in 2024.",
    [L(LI, ["siblings of exploited children"])],
    [R(RI, ["a safety plan for the brothers and sisters of every exploited child"])]],
   T("Child HYK", "unknown", "overview", "serious_harm", "2023", "13-year-old|a 13-year-old boy", "13.00", "11_15",
     "male", "physical_abuse"), link=RO),
])

# --- Welsh, Scottish and Northern Irish reviews (text): ages as school stages and words; the area of the heading and
# the places the family moved from.
FILES["db-list-2026-nations.txt"] = dict(pubyear="2026", preamble=[
    "Reviews published in Wales, Scotland and Northern Ireland in 2026", "",
    "Child practice reviews, learning reviews and case management reviews (invented for testing: no real child, family or place):", ""],
    entries=[
 E("2026 – Bro Tawel – Child JYK", [
    "A concise child practice review into the neglect of Child JYK, a Year 11 pupil, who had not been in school since Year 9. The family had moved to Bro Tawel from Caerwen in 2021; in 2024 police found him living alone after his mother moved in with a new partner in another town.",
    [L(LI, ["children missing from education", "families who move between areas"])],
    [R(RI, ["a home visit for every child off roll for more than a term"])]],
   T("Child JYK", CPR, "overview", "serious_harm|other", "2024", "*", "", CROSSING_16, "male", "neglect",
     ctx=A("", "not_in_school"), area="Bro Tawel"), link=RO),
 E("2026 – Bro Tawel – Child KYK", [
    "An extended child practice review following the admission of Child KYK, just under four, to hospital in 2023 after she drank methadone kept in a fridge by her mother's partner. Her mother, 22, had moved from Llanfor to a refuge in Bro Tawel in 2022 to escape a previous partner.",
    [L(LI, ["safe storage of substitute medicines", "women who move to refuges"])],
    [R(RI, ["lockable boxes for every adult prescribed methadone in a home with children"])]],
   T("Child KYK", CPR, "overview", "serious_harm", "2023", "*", "*", "1_5", "female",
     A("poisoning_ingestion", "neglect"), risk=A("parental_substance_misuse", "domestic_abuse"), area="Bro Tawel"),
   link=RO),
 E("2026 – Cwm Derw – Child LYK", [
    "A concise child practice review after Child LYK, nearly 16, took his own life in 2024. He had lived with foster carers from the age of 6 until 2022, when he returned to his father's care; he had left care two years before his death.",
    [L(LI, ["children returning home from care"])],
    [R(RI, ["support for a year after every child returns home from care"])]],
   T("Child LYK", CPR, "overview", "death", "2024", "*", "*", "11_15", "male", "self_harm_suicide",
     ctx=A("looked_after", "foster_care"), area="Cwm Derw"), link=RO),
 E("2026 – Cwm Derw – Baby MYK", [
    "A concise child practice review concerning an unborn baby, Baby MYK, who died in 2024 at 30 weeks' gestation after her mother, 17, was assaulted by her partner. The mother had been looked after by the local authority since she was 13 and had a pathway plan.",
    [L(LI, ["pregnant care leavers and domestic abuse"])],
    [R(RI, ["a domestic abuse question at every antenatal contact with a looked after young woman"])]],
   T("Baby MYK", CPR, "overview", "death", "2024", "unborn|unborn baby|an unborn baby", "", "unborn", "female",
     "physical_abuse", risk="domestic_abuse", area="Cwm Derw"), link=RO),
 E("2026 – Glenmorven Child Protection Committee – Child NYK", [
    "A learning review into the physical abuse of Child NYK, a P6 pupil, who was hit and locked in his bedroom by his father's new partner in 2024. The partner had convictions for violence against a previous partner and had moved to Glenmorven from Aberlinn a year earlier.",
    [L(LI, ["new partners joining a household"])],
    [R(RI, ["a disclosure check whenever a new partner joins a household known to social work"])]],
   T("Child NYK", LR, "overview", "serious_harm", "2024", "*", "", "6_10", "male", A("physical_abuse", "emotional_abuse"),
     risk=PARTNER_PAST, area="Glenmorven Child Protection Committee|Glenmorven"), link=RO),
 E("2026 – Glenmorven Child Protection Committee – Child PYK", [
    "A learning review was carried out after Child PYK, an S4 pupil, was sexually exploited by a group of men in 2023. Her family had moved from Aberlinn to Glenmorven when she was in P7, and her name had been on the child protection register from 2019 to 2021.",
    [L(LI, ["exploitation of girls new to an area"])],
    [R(RI, ["a transfer of records for every child who was on the register in another area"])]],
   T("Child PYK", LR, "overview", "serious_harm", "2023", "*", "", "11_15", "female", CSE,
     ctx=A("", "child_protection_plan"), area="Glenmorven Child Protection Committee|Glenmorven"), link=RO),
 E("2026 – Lough Carran Safeguarding Panel – Child QYK", [
    "A case management review into the neglect of Child QYK, in her mid-teens, who was found in 2025 living in a caravan with her father without heating or running water. She had not attended school since Year 10.",
    [L(LI, ["teenagers who are neglected"])],
    [R(RI, ["an education welfare visit for every pupil missing for more than four weeks"])]],
   T("Child QYK", CMR, "overview", "serious_harm|other", "2025", "*", "", "unknown", "female", "neglect",
     ctx=A("", "not_in_school"), area="Lough Carran Safeguarding Panel|Lough Carran"), link=RO),
 E("2026 – Lough Carran Safeguarding Panel – Child RYK", [
    "A case management review after Child RYK, a pre-school boy, was found in 2024 with bruising to his back and arms. His mother's new partner, who had moved in from Drumlisk six weeks before, had convictions for violence against two previous partners.",
    [L(LI, ["bruising in young children"])],
    [R(RI, ["a check with police whenever a new adult joins the household of a child known to social services"])]],
   T("Child RYK", CMR, "overview", "serious_harm", "2024", "*", "", "1_5", "male", "physical_abuse",
     risk=PARTNER_PAST, area="Lough Carran Safeguarding Panel|Lough Carran"), link=RO),
])

# --- A 2026 list (text, NSPCC style with "Background:"): a previous child's death, outcomes told in the learning, a new
# partner's past, care told as ended, the mother's age, a year told as "the autumn of the following year".
FILES["dc-list-2026-backgrounds.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews 2026", "",
    "Reviews published by partnerships in 2026 (invented for testing: no real child, family or place):", ""],
    entries=[
 E("2026 – Anonymous – Baby SYK", [
    "Serious injury to a 3-month-old girl in 2024. Baby SYK was found to have a fractured skull and rib fractures.",
    "Background: the family's previous child, a boy, died in 2020 at 5 weeks old; the cause of his death was never established. The parents were not known to services after that.",
    [L(LI, ["the history of a previous child's death"])],
    [R(RI, ["a health visitor flag on every family where a baby has died unexpectedly"])]],
   T("Baby SYK", "unknown", "overview", "serious_harm", "2024", "3-month-old|a 3-month-old girl", "0.25", "under_1",
     "female", HEAD), link=RO),
 E("2026 – Anonymous – Child TYK", [
    "Child TYK, 9, had type 1 diabetes and lived with her father. In 2023 she was admitted to hospital with diabetic ketoacidosis after several days without insulin.",
    [L(LI, ["the weeks before Child TYK's death, when three clinic appointments were missed", "children whose medicine depends on a parent"])],
    [R(RI, ["a call to social care after every second missed diabetes appointment"])]],
   T("Child TYK", "unknown", "overview", "death", "2023", "9", "9.00", "6_10", "female", "neglect",
     ctx=A("", "disabled")), link=RO),
 E("2026 – Anonymous – Child UYK", [
    "Child UYK, a 4-month-old boy, was admitted to hospital in 2024 after he stopped breathing while sleeping on a sofa with his mother, who had been drinking. He recovered.",
    [L(LI, ["the deaths of other babies in similar circumstances in the area", "safer sleep after drinking"])],
    [R(RI, ["safer sleep advice at every contact with a parent who drinks"])]],
   T("Child UYK", "unknown", "overview", "serious_harm|other", "2024", "4-month-old|a 4-month-old boy", "0.33",
     "under_1", "male", A("", "neglect"), risk="co_sleeping; parental_alcohol_misuse"), link=RO),
 E("2026 – Anonymous – Child VYK", [
    "Neglect of a 3-year-old girl in 2025. Child VYK was found underweight and with untreated head lice.",
    "Background: her mother's new partner, who moved in during 2024, had a conviction for assaulting a previous partner's 2-year-old son and had been barred from contact with children.",
    [L(LI, ["men who have harmed other children"])],
    [R(RI, ["a check with police before a child protection plan ends when a new partner has joined the household"])]],
   T("Child VYK", "unknown", "overview", "serious_harm|other", "2025", "3-year-old|a 3-year-old girl", "3.00", "1_5",
     "female", "neglect", risk=A("parental_criminality", "domestic_abuse")), link=RO),
 E("2026 – Anonymous – Child WYK", [
    "Death of a 17-year-old girl in 2024 from an overdose. Child WYK had been looked after from the age of 11 and had left care two years before, when she returned to live with her mother at 15. Her mother had bipolar disorder.",
    [L(LI, ["young people who return home from care"])],
    [R(RI, ["a leaving care worker for every child who returns home after the age of 14"])]],
   T("Child WYK", "unknown", "overview", "death", "2024", "17-year-old|a 17-year-old girl", "17.00", "16_17", "female",
     "self_harm_suicide|poisoning_ingestion|self_harm_suicide; poisoning_ingestion", risk="parental_mental_health",
     ctx="looked_after"), link=RO),
 E("2026 – Anonymous – Baby XYK", [
    "Death of a newborn baby girl in 2024. Baby XYK was born at home to a 15-year-old mother who had concealed her pregnancy, and was found dead in a bedroom some hours later. The mother had been on a child in need plan since 2022.",
    [L(LI, ["concealed pregnancies in young teenagers"])],
    [R(RI, ["pregnancy awareness in every school's relationships education"])]],
   T("Baby XYK", "unknown", "overview", "death", "2024", "*", "", "under_1", "female", A("", "neglect; other")),
   link=RO),
 E("2026 – Anonymous – Child YYK", [
    "Child YYK was placed on a child protection plan for neglect in 2022, when he was 4. The plan ended in the spring of 2023. In the autumn of the following year, aged 6, he was found with a broken arm that his mother's partner had caused.",
    [L(LI, ["families after a plan ends"])],
    [R(RI, ["a review visit six months after every child protection plan ends"])]],
   T("Child YYK", "unknown", "overview", "serious_harm", "2024", "aged 6|6", "6.00", "6_10", "male",
     A("physical_abuse", "neglect"), ctx=A("", "child_protection_plan")), link=RO),
 E("2026 – Anonymous – Children ZYK and ZZK", [
    "Two reviews in one: Child ZYK, aged 14, was stabbed in the street in 2023, and his sister Child ZZK, aged 12, was sexually abused by a family friend in 2024. The partnership reviewed both together because the same agencies knew the family.",
    [L(LI, ["one family, two reviews"])],
    [R(RI, ["a single lead professional for every family with more than one child at risk"])]],
   T("Children ZYK and ZZK", "unknown", "overview", "serious_harm", "2023|2024|", "*", "*", "11_15", "mixed",
     A("sexual_abuse; extra_familial_harm", "physical_abuse") + "|sexual_abuse; physical_abuse", n="2"), link=RO),
])

# --- A 2026 list (text): partnerships named in the heading beside the places families moved from; anonymous entries
# naming only places; two families in one review; years told after a dated sentence.
FILES["dd-list-2026-places.txt"] = dict(pubyear="2026", preamble=[
    "Published case reviews 2026", "",
    "Local and national reviews published in 2026 (invented for testing: no real child, family or place):", ""],
    entries=[
 E("2026 – Ashwell Safeguarding Children Partnership – Child BZK", [
    "Serious injury to a 7-month-old boy in 2024, who was found to have a fractured femur. The family had moved to Ashwell from Kelbury three months earlier, and Kelbury children's services had closed a child in need plan for his older sister when they left.",
    [L(LI, ["families who move between partnerships"])],
    [R(RI, ["a transfer conversation whenever a family with an open plan moves away"])]],
   T("Child BZK", "unknown", "overview", "serious_harm", "2024", "7-month-old|a 7-month-old boy", "0.58", "under_1",
     "male", "physical_abuse", area="Ashwell Safeguarding Children Partnership|Ashwell"), link=RO),
 E("2026 – Anonymous – Child CZK", [
    "Death of a 2-year-old girl in 2023 in Marlow Heath, where the family had moved from Tarrin two weeks before. Child CZK was found in a garden pond while her mother was asleep after drinking.",
    [L(LI, ["water safety in rented homes"])],
    [R(RI, ["a garden safety check at every health visitor contact after a move"])]],
   T("Child CZK", "unknown", "overview", "death", "2023", "2-year-old|a 2-year-old girl", "2.00", "1_5", "female",
     "neglect", risk="parental_alcohol_misuse", area=""), link=RO),
 E("2026 – Pellham and Dunmore Safeguarding Partnership – Child DZK", [
    "Child DZK, 11, was criminally exploited in 2024 after the family moved from Eastleigh Vale to escape her father's violence. She was found carrying drugs on a train to another county.",
    [L(LI, ["exploitation of children new to an area"])],
    [R(RI, ["an exploitation screen for every child arriving from a refuge"])]],
   T("Child DZK", "unknown", "overview", "serious_harm", "2024", "11", "11.00", "11_15", "female", CCE,
     risk=A("", "domestic_abuse"), area="Pellham and Dunmore Safeguarding Partnership|Pellham and Dunmore"), link=RO),
 E("2026 – Anonymous – Children EZK, FZK and GZK", [
    "Two families in one review: Child EZK, a 6-month-old boy, was shaken by his father in 2023; Children FZK and GZK, sisters aged 8 and 10 from another family on the same estate, were neglected by their mother, who misused cocaine, in 2024.",
    [L(LI, ["estates where several families are known to services"])],
    [R(RI, ["a neighbourhood team for every estate with more than five open child protection plans"])]],
   T("Children EZK, FZK and GZK", "unknown", "overview", "serious_harm", "2023|2024|", "*", "*", "*", "mixed",
     A("neglect; physical_abuse", "non_accidental_head_injury") + "|" + A("neglect; non_accidental_head_injury"),
     risk="parental_substance_misuse", n="3"), link=RO),
 E("2026 – Anonymous – Child HZK", [
    "Child HZK's family was first referred to children's services in 2021, when she was 3. In the autumn of the following year she was admitted to hospital with a spiral fracture of her arm.",
    [L(LI, ["early referrals that are closed"])],
    [R(RI, ["a second look at every closed referral for a pre-school child"])]],
   T("Child HZK", "unknown", "overview", "serious_harm", "2022", "was 3|3|when she was 3", "3.00", "1_5", "female",
     "physical_abuse"), link=RO),
 E("2026 – Harrowfield Safeguarding Children Partnership – Baby JZK", [
    "Baby JZK was born in 2024 at 28 weeks' gestation after her mother, aged 16, was kicked in the stomach by her 22-year-old partner. Baby JZK has a brain injury. The mother had been a looked after child since she was 12.",
    [L(LI, ["domestic abuse in pregnancy"])],
    [R(RI, ["a domestic abuse question at every antenatal contact"])]],
   T("Baby JZK", "unknown", "overview", "serious_harm", "2024", "*", "", "under_1", "female",
     A("", "physical_abuse; non_accidental_head_injury"), risk="domestic_abuse",
     area="Harrowfield Safeguarding Children Partnership|Harrowfield"), link=RO),
 E("2026 – Anonymous – Child KZK", [
    "Death of a 15-year-old boy in 2025 who drowned in a quarry lake while swimming with friends. Child KZK had been in foster care until 2021, when a special guardianship order was made to his aunt. His parents' first child had died as a baby in 2008.",
    [L(LI, ["open water safety"])],
    [R(RI, ["open water safety lessons in every secondary school"])]],
   T("Child KZK", "unknown", "overview", "death", "2025", "15-year-old|a 15-year-old boy", "15.00", "11_15", "male",
     ACCIDENT, ctx=A("connected_carers", "looked_after; foster_care")), link=RO),
 E("2026 – Anonymous – Child LZK", [
    "Child LZK, aged 13, was found in a river in January 2024, two days after he was reported missing. He had been missing eleven times in 2023 and was thought to be criminally exploited.",
    [L(LI, ["the response to repeated missing episodes", "the help given to his family after his death"])],
    [R(RI, ["a return interview within three days of every missing episode"])]],
   T("Child LZK", "unknown", "overview", "death", "2024", "aged 13|13", "13.00", "11_15", "male",
     A("", "child_criminal_exploitation; extra_familial_harm; other")), link=RO),
])

# --- A 2026 list (text): age words, the child who killed told with her own abuse, a mother's age and pregnancy, a
# previous child's injury; years told after a dated sentence.
FILES["de-list-2026-ages-and-years.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews: summaries 2026", "",
    "Each review in a few sentences (invented for testing: no real child, family or place):", ""],
    entries=[
 E("2026 – Anonymous – Child MZK", [
    "Child MZK, just under 16, was groomed online by a man posing as a teenager and sexually abused by him in 2024. Her parents did not know she had a second phone.",
    [L(LI, ["online grooming"])],
    [R(RI, ["online safety sessions for parents in every secondary school"])]],
   T("Child MZK", "unknown", "overview", "serious_harm", "2024", "*", "*", "11_15", "female",
     A("sexual_abuse", "online_harm; child_sexual_exploitation; extra_familial_harm")), link=RO),
 E("2026 – Anonymous – Child NZK", [
    "Child NZK, nearly 11, was found in 2023 to have been emotionally abused by his father, who called him worthless and made him sleep in the garden shed as a punishment.",
    [L(LI, ["emotional abuse that is hard to see"])],
    [R(RI, ["training on emotional abuse for every school safeguarding lead"])]],
   T("Child NZK", "unknown", "overview", "serious_harm|other", "2023", "*", "*", "6_10", "male",
     A("emotional_abuse", "neglect")), link=RO),
 E("2026 – Anonymous – Child PZK", [
    "Child PZK, a pre-school girl, was found with burns to her legs in 2024. Her brother, in Year 3, told his teacher that their mother's boyfriend had poured hot water on her.",
    [L(LI, ["listening to brothers and sisters"])],
    [R(RI, ["a referral the same day whenever a child tells of harm to a sibling"])]],
   T("Child PZK", "unknown", "overview", "serious_harm", "2024", "*", "", "1_5", "female", "physical_abuse"),
   link=RO),
 E("2026 – Anonymous – Child QZK", [
    "Child QZK, 17, was convicted in 2025 of murdering a 30-year-old man who had sexually exploited her since she was 14.",
    [L(LI, ["exploited girls who harm their abusers"])],
    [R(RI, ["a referral as a possible victim for every child charged after violence towards an adult who exploited them"])]],
   T("Child QZK", "unknown", "overview", HARMED_OTHER, "", "17", "17.00", "16_17", "female", CSE), link=RO),
 E("2026 – Anonymous – Child RZK", [
    "Child RZK was born in Ireland in 2019 and moved to England with her mother in 2021. In the winter of the following year, aged 3, she was found with bruising to both ears and a torn frenulum.",
    [L(LI, ["families new to the country"])],
    [R(RI, ["a health visitor check for every young child arriving from abroad"])]],
   T("Child RZK", "unknown", "overview", "serious_harm", "2022|2023", "aged 3|3", "3.00", "1_5", "female",
     "physical_abuse"), link=RO),
 E("2026 – Anonymous – Child SZK", [
    "Child SZK, 14, punched a 14-year-old boy outside school in 2024; the other boy fell, hit his head and died. Child SZK had been excluded from two schools and had an education, health and care plan for ADHD.",
    [L(LI, ["children with ADHD excluded from school"])],
    [R(RI, ["a multi-agency meeting before any child with an EHCP is excluded"])]],
   T("Child SZK", "unknown", "overview", HARMED_OTHER, "2024|", "14", "14.00", "11_15", "male", A("", "other"),
     ctx=A("ehcp", "not_in_school; disabled")), link=RO),
 E("2026 – Anonymous – Child TZK", [
    "Child TZK was born in 2023 to a 19-year-old mother who had a pre-birth child protection conference at 30 weeks of pregnancy. At 4 months old he was found with a fractured femur.",
    [L(LI, ["babies after a pre-birth conference"])],
    [R(RI, ["a health visitor contact every fortnight for a baby after a pre-birth conference"])]],
   T("Child TZK", "unknown", "overview", "serious_harm", "2023|2024", "4 months old|4 months|at 4 months old", "0.33",
     "under_1", "male", "physical_abuse", ctx=A("", "child_protection_plan")), link=RO),
 E("2026 – Anonymous – Baby UZK", [
    "Death of a 10-week-old baby girl in 2024 who was found unresponsive in her parents' bed. The parents' previous child had been removed from their care in 2021 after suffering a fractured skull.",
    [L(LI, ["parents whose previous child was harmed"])],
    [R(RI, ["a pre-birth assessment for every parent whose previous child was removed"])]],
   T("Baby UZK", "unknown", "overview", "death", "2024", "10-week-old|a 10-week-old baby girl", "0.19", "under_1",
     "female", A("", "sudden_unexpected_infant_death; neglect"), risk="co_sleeping"), link=RO),
])
