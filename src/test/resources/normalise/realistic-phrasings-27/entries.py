# Entries of the "realistic phrasings 27" set (issue 9, session 38): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: a partnership
# conference's slides of serious case reviews ("Gender: Female Age: 8 months Summary: In December ..., child I died"),
# a serious case review's trigger event ("received life-threatening injuries from a 17 year old ... with whom he lived"),
# a review's opening ("made the subject of Police Protection ... accommodated under Section 20"), a slide of common
# themes ("interim supervision order", "Mother's mental health diagnosis", "Needy care leaver"), the Panel's page on
# parental mental health; for the shapes of the lists, sets 1-26's sources). Only short generic phrases are shared.
# What this set leans on (kinds sets 1-26 have not pushed; each phrase grepped in sets 1-26's entries.py and
# unseen-entries.txt first, see the README):
# - A PARTNERSHIP'S OWN PAGE: "This review concerns ...", "The review was commissioned following ...", the child told
#   by a chosen name and a few words of who they were ("a funny, loving boy who liked football");
# - THE PASSIVE, WITH THE HARM ONLY IN THE LAST SENTENCE, and outcomes as "remains in a critical condition", "was
#   pronounced dead in hospital", "sustained a brain injury and now requires 24-hour care";
# - CONDITIONS BY CLINICAL WORDS ONLY: the child's ("Global Developmental Delay", "cerebral palsy", "ASD", "PDA",
#   "FASD", "Down's syndrome") and the parents' ("bipolar disorder", "personality disorder", "alcohol dependency",
#   "opiate substitution", "schizophrenia");
# - RISK FACTORS NEGATED OR HISTORIC ("there was no evidence of domestic abuse", "historic concerns about the father's
#   drinking", "a previous partner", "neither parent had any history of mental illness");
# - THE CHILD'S OWN BEHAVIOUR BESIDE HARM DONE TO THE CHILD (a boy who stabbed another boy, a girl who carried a
#   knife, a boy who assaulted his mother);
# - DATES AS "2022/23", "winter 2021", "the early hours of New Year's Day 2024", "over the Christmas period", and CARE
#   TOLD BY LEGAL ORDERS ("an interim care order", "section 20", "a placement order", "a special guardianship order",
#   "a child arrangements order", "a supervision order");
# - THE NSPCC'S "The case: ... Key issues: ..." STYLE with label words inside the summary, a slide's "Gender: ... Age:
#   ... Summary:", and THE AREA ONLY IN THE REVIEW'S TITLE ("Bramshire LSCP: Child NZQ");
# - TWO CHILDREN IN ONE REVIEW WHO ARE NOT SIBLINGS (a combined review of two unrelated children).
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -26 and the decisions at the head of unseen-entries.txt, unchanged): not stated
# means empty, and a negated or ruled-out fact is not stated; a code is about the child(ren) the entry describes, never
# a parent's, sibling's, carer's, perpetrator's or victim's own harm, plan, care, school, condition, outcome, sex or age;
# a parent's mental health, substance or alcohol misuse, learning disability, criminality or domestic abuse is the
# child's risk factor (told as a clinical word too: "bipolar disorder", "a personality disorder", "schizophrenia",
# "alcohol dependency", "opiate substitution treatment"); a risk told only as historic (closed before the child's
# birth, "a previous partner") is accepted either way; a child's disability told by a clinical word ("cerebral palsy",
# "Global Developmental Delay", "ASD", "PDA", "FASD", "Down's syndrome") is `disabled`; a perpetrator parent's (or
# partner's, or a carer's) conviction for the child's own harm is accepted as `parental_criminality` either way;
# accidents accept `neglect`, `other` or none; the incident year is the year of the harm, never a court's, an
# inquest's, a decision's or the review's; a school or financial year "2022/23" or a winter "2022-23" accepts either
# year or none; a season with a year ("winter 2021") is that year; an age in weeks, months or days is its fraction of a
# year to two decimals; a child in care by a legal order (an interim care order, section 20, a placement order) is
# `looked_after` (`foster_care` accepted beside it when foster carers are named); a special guardianship order to a
# relative is `connected_carers` (`looked_after` accepted); a child arrangements order or a supervision order is no
# context of its own; a child who harmed another person is no harm's victim for that act: the other person's injury
# or death is not the child's outcome (`other` when nothing befell the child, `unknown` accepted), and the child's own
# exploitation or abuse told beside it is the child's; a combined review of two unrelated children counts both
# (n_children 2, `mixed` when a boy and a girl), with the ages not scored when they differ; the area told only in the
# review's title ("Bramshire LSCP: Child NZQ") is that area.
# Truth corrected after the first measure, each under a written convention (inputs unchanged; see the README): ba
# (the page gives no year anywhere: publication year empty, "not stated means empty"); bb #5 (Child GYQ: the category
# of her own past child protection plan, neglect, accepted beside the incident's harm, session 31's decision); be #1
# (Child BZQ: no word gives his sex, `not_stated` as realistic-phrasings-26 codes it); bg #1, #2, #5-#7 ("Key issues:"
# is a learning label, digest-labels.yml: its items are learning items, written as their own piece, same text); be
# #1, #5, #7 (Child BZQ, FZQ, HZQ: the child's own exploitation or neglect told beside the harm the child did is harm
# that befell the child, so `serious_harm` is accepted beside `other`, as this file's convention above says: `other`
# only when nothing befell the child); ba #2 (Amira: "who was 15" is the words that gave the age, as sets 8-26 accept
# "who was 6", "who was nine"); bg #2 (Child TZQ: "an overdose of her mother's antidepressants" gives no parental
# factor, as realistic-phrasings-23 xe #7 and -25 zh #3 code the same words; "parental mental health" only among the
# key issues, a learning text); bg #3 (Child UZQ: "Age: 8 months" accepted, as bg #4's own truth accepts "Age: 13").
# `a|b` alternatives, `*` not scored.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from phrasing_entries import COLS, T, A, ANY, E, L, R, HEAD, STAB, RESTRAINT, RO  # noqa: E402,F401

ACCIDENT = A("", "neglect; other")
CONVICTED = A("", "parental_criminality")
CCE = A("child_criminal_exploitation", "extra_familial_harm; other")
CSE = A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm") + "|" + \
    A("sexual_abuse", "child_sexual_exploitation; extra_familial_harm")
KIN = A("connected_carers", "looked_after")
LAC = A("looked_after", "foster_care")
NOT_HARMED = "other|unknown"

NAV = ["<header><a href=\"#main\">Skip to main content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Practice reviews</a></li><li><a href=\"#\">Contact</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Cookies</p><p>Accessibility statement</p></footer>"]

FILES = {}
LI = "Learning includes:"
RI = "Recommendations include:"
LT = "The learning:"
ORO = "Other resources Read overview report"
CSPR = "child_safeguarding_practice_review"
SCR = "serious_case_review"

# --- A partnership's own page (HTML): each child told by a chosen name and a few words of who they were.
FILES["ba-partnership-own-page-2026.html"] = dict(page_title="Our practice reviews", html_preamble=NAV,
    html_footer=FOOT, h1="Child safeguarding practice reviews", pubyear="",
    intro_html=["The partnership publishes its reviews here. Invented for testing: no real child, family or place."],
    entries=[
 E("Local child safeguarding practice review: Kai", [
    "This review concerns Kai, a funny, loving boy who liked football and making his little sister laugh. The review was commissioned following Kai's death in March 2024, when he was 9. Kai had cerebral palsy and was fed through a tube; in the months before he died he missed eleven hospital appointments and lost a fifth of his body weight.",
    [L(LI, ["children who are not brought to appointments"])],
    [R(RI, ["a welfare check after every second missed appointment for a disabled child"])]],
   T("Kai", CSPR, "overview", "death", "2024", "was 9|9", "9.00", "6_10", "male", "neglect", ctx="disabled"),
   link=RO),
 E("Local child safeguarding practice review: Amira", [
    "This review concerns Amira, who was 15 and is remembered by her friends as kind, clever and fiercely loyal. The review was commissioned following a serious incident in the summer of 2023, when Amira was assaulted by her mother's partner. She sustained a brain injury and now requires 24-hour care.",
    [L(LI, ["new partners in the household"])],
    [R(RI, ["a check on every new adult in a household known to children's services"])]],
   T("Amira", CSPR, "overview", "serious_harm", "2023", "was 15|15|who was 15", "15.00", "11_15", "female", "physical_abuse",
     risk=A("", "parental_criminality")), link=RO),
 E("Local child safeguarding practice review: Leo", [
    "This review concerns a baby the review calls Leo. The review was commissioned following Leo's admission to hospital in the early hours of New Year's Day 2023, aged 4 months, with a subdural haemorrhage and rib fractures. His mother has bipolar disorder and had stopped taking her medication; his father was receiving opiate substitution treatment.",
    [L(LI, ["parents' mental health after a birth"])],
    [R(RI, ["a shared plan between adult mental health services and health visitors for every new baby"])]],
   T("Leo", CSPR, "overview", "serious_harm", "2023", "aged 4 months|4 months", "0.33", "under_1", "male", HEAD,
     risk="parental_mental_health; parental_substance_misuse"), link=RO),
 E("Local child safeguarding practice review: Ruby", [
    "This review concerns Ruby, a bright and chatty six-year-old who loved drawing horses. There was no evidence of domestic abuse in the home, and no concerns about either parent's drinking were ever raised. The review was commissioned following Ruby's death in 2024, when she fell from an upstairs window that had no restrictor while her father was asleep.",
    [L(LI, ["window safety in rented homes"])],
    [R(RI, ["window restrictors checked at every housing inspection"])]],
   T("Ruby", CSPR, "overview", "death", "2024", "six-year-old|a six-year-old", "6.00", "6_10", "female", ACCIDENT),
   link=RO),
 E("Local child safeguarding practice review: Tyler", [
    "This review concerns Tyler, 16, described by his youth worker as a gentle young man who wanted to be a mechanic. Tyler had ASD and PDA and had been out of school since Year 8. The review was commissioned following his death in winter 2021, when he was stabbed in a dispute over a drug debt.",
    [L(LI, ["children out of school for years"])],
    [R(RI, ["a named worker for every child missing education for more than a term"])]],
   T("Tyler", CSPR, "overview", "death", "2021", "16", "16.00", "16_17", "male",
     A("extra_familial_harm", "physical_abuse; child_criminal_exploitation") + "|" +
     A("physical_abuse", "child_criminal_exploitation"),
     ctx="disabled; not_in_school"), link=RO),
 E("Local child safeguarding practice review: Poppy", [
    "This review concerns Poppy, a baby girl who was 7 weeks old. The review was commissioned following Poppy's death in 2025 while she was sleeping on a sofa with her father, who had been drinking. Historic concerns about the father's drinking had been closed in 2019, and Poppy's mother had a previous partner who had been violent towards her.",
    [L(LI, ["safer sleep when a parent has been drinking"])],
    [R(RI, ["safer sleep advice to fathers at every contact"])]],
   T("Poppy", CSPR, "overview", "death", "2025", "7 weeks old|7 weeks", "0.13", "under_1", "female",
     A("", "sudden_unexpected_infant_death; neglect"),
     risk=A("co_sleeping; parental_alcohol_misuse", "domestic_abuse")), link=RO),
 E("Local child safeguarding practice review: Mason", [
    "This review concerns Mason, aged 3, a lively little boy who loved diggers. He had Global Developmental Delay and had not yet been seen by a paediatrician. The review was commissioned following a serious incident in 2024, when Mason was found wandering alone on a dual carriageway at 2am. His mother has a personality disorder and alcohol dependency.",
    [L(LI, ["young children who wander"])],
    [R(RI, ["a paediatric appointment within six weeks for every child with global delay"])]],
   T("Mason", CSPR, "overview", "other|serious_harm", "2024", "aged 3", "3.00", "1_5", "male", "neglect",
     risk="parental_mental_health; parental_alcohol_misuse", ctx="disabled"), link=RO),
 E("Local child safeguarding practice review: Isla", [
    "This review concerns Isla, a quiet 13-year-old who loved animals and wanted to be a vet. The review was commissioned following a referral from her school in 2025, when Isla told her form tutor that an 18-year-old man she met at the stables had been sexually abusing her.",
    [L(LI, ["grooming in hobbies and clubs"])],
    [R(RI, ["safeguarding training for every riding school"])]],
   T("Isla", CSPR, "overview", "serious_harm", "2025", "13-year-old|a quiet 13-year-old", "13.00", "11_15", "female",
     CSE), link=RO),
])

# --- A 2026 list (text): the passive, the harm only in the last sentence, outcomes in their own words.
FILES["bb-list-2026-passive.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews published in 2026", "",
    "Reviews published this year, most recent first (invented for testing: no real child, family or place):", ""],
    entries=[
 E("2026 – Anonymous – Child CYQ", [
    "Child CYQ, aged 13, was known to children's social care from the age of 4. Referrals were made by the school in 2019, 2021 and 2022, and each was closed after a single assessment. Concerns were raised about her attendance. In 2023 it was found that she had been sexually abused by her stepfather over several years.",
    [L(LI, ["referrals closed after one assessment"])],
    [R(RI, ["a review of every third referral for the same child"])]],
   T("Child CYQ", "unknown", "overview", "serious_harm", "2023", "aged 13", "13.00", "11_15", "female",
     "sexual_abuse"), link=RO),
 E("2026 – Anonymous – Baby DYQ", [
    "Baby DYQ was born at 32 weeks and was discharged home at 6 weeks old. In 2024 health visiting contacts were completed and the family was signposted to a parenting group. A referral from the GP was not followed up. Baby DYQ was pronounced dead in hospital in January 2025, aged 5 months, after his father found him unresponsive; a post-mortem found old and new fractures.",
    [L(LI, ["premature babies and stress"])],
    [R(RI, ["a follow-up of every GP referral within a week"])]],
   T("Baby DYQ", "unknown", "overview", "death", "2025", "aged 5 months|5 months", "0.42", "under_1", "male",
     "physical_abuse"), link=RO),
 E("2026 – Anonymous – Child EYQ", [
    "Child EYQ, 11, was known to early help. Concerns were raised by the school about his weight and his clothing, and a referral was made in 2022. No assessment was completed. In 2024 he was hit by a car while out alone after midnight; he sustained a brain injury and now requires 24-hour care.",
    [L(LI, ["children out alone at night"])],
    [R(RI, ["an assessment for every child referred twice for neglect"])]],
   T("Child EYQ", "unknown", "overview", "serious_harm", "2024", "11", "11.00", "11_15", "male",
     A("", "neglect; other")), link=RO),
 E("2026 – Anonymous – Child FYQ", [
    "It was noted that Child FYQ, aged 2, had been brought to the emergency department four times in 2023 with minor injuries. Each injury was explained as a fall and no checks were made. In November 2023 Child FYQ was admitted with a fractured femur and bruising to both ears after an assault, and remains in a critical condition.",
    [L(LI, ["repeat attendances with minor injuries"])],
    [R(RI, ["a flag on every third attendance by a child under five"])]],
   T("Child FYQ", "unknown", "overview", "serious_harm", "2023", "aged 2", "2.00", "1_5", "not_stated",
     "physical_abuse"), link=RO),
 E("2026 – Anonymous – Child GYQ", [
    "Child GYQ, 17, had been the subject of a child protection plan under the category of neglect until the age of 12. She was later supported by the leaving care team. She was found dead in her flat in 2024; an inquest found that she had taken her own life.",
    [L(LI, ["young people living alone at 17"])],
    [R(RI, ["a weekly visit for every care leaver under 18 living alone"])]],
   T("Child GYQ", "unknown", "overview", "death", "2024", "17", "17.00", "16_17", "female",
     A("self_harm_suicide", "neglect"),
     ctx=A("child_protection_plan", "looked_after")), link=RO),
 E("2026 – Anonymous – Child HYQ", [
    "Child HYQ, a 15-year-old boy, was excluded from school in 2022 and was placed on a reduced timetable at a pupil referral unit. He was arrested twice for carrying a knife. In 2023 he was stabbed by a 17-year-old boy from a rival group and died at the scene.",
    [L(LI, ["reduced timetables"])],
    [R(RI, ["a review of every reduced timetable after six weeks"])]],
   T("Child HYQ", "unknown", "overview", "death", "2023", "15-year-old|a 15-year-old boy", "15.00", "11_15",
     "male", STAB, ctx=A("", "not_in_school")), link=RO),
 E("2026 – Anonymous – Child JYQ", [
    "Child JYQ, aged 8, lived with his mother and her partner. Neighbours reported shouting on several occasions in 2024, and police attended twice. The partner was arrested in 2025 after Child JYQ told a teacher that he had been made to sleep in the garden.",
    [L(LI, ["neighbours' reports"])],
    [R(RI, ["police to share every call-out to a home with children"])]],
   T("Child JYQ", "unknown", "overview", "serious_harm|other", "2025|2024", "aged 8", "8.00", "6_10", "male",
     ANY("emotional_abuse; neglect"), risk=A("", "domestic_abuse; parental_criminality")), link=RO),
 E("2026 – Anonymous – Child KYQ", [
    "The family were known to housing services and had moved three times. A health visitor's concerns about the home were recorded in 2023. Child KYQ, a girl, was pronounced dead in hospital in 2024, aged 14 months, after she was left in the bath while her mother was on her phone downstairs.",
    [L(LI, ["families who move between temporary homes"])],
    [R(RI, ["bath safety advice at every health visitor contact"])]],
   T("Child KYQ", "unknown", "overview", "death", "2024", "aged 14 months|14 months", "1.17", "1_5", "female",
     "neglect"), link=RO),
])

# --- A 2026 list (text): the child's and the parents' conditions told by clinical words only.
FILES["bc-list-2026-conditions.txt"] = dict(pubyear="2026", preamble=[
    "Published case reviews 2026", "",
    "The reviews the partnership published in 2026 (invented for testing: no real child, family or place):", ""],
    entries=[
 E("Child safeguarding practice review – Child LYQ", [
    "Child LYQ, aged 12, had FASD and ADHD. His mother, who has alcohol dependency, lost the care of his older brothers in 2016. In 2024 Child LYQ was found to have been sexually exploited by a group of older boys who gave him vapes and cannabis.",
    [L(LI, ["exploitation of children with FASD"])],
    [R(RI, ["FASD awareness training for every youth worker"])]],
   T("Child LYQ", CSPR, "overview", "serious_harm", "2024", "aged 12", "12.00", "11_15", "male", CSE,
     risk="parental_alcohol_misuse", ctx="disabled"), link=RO),
 E("Child safeguarding practice review – Child MYQ", [
    "Child MYQ, 4, had Global Developmental Delay and was non-verbal. Her father has schizophrenia and had stopped taking his medication. In 2025 Child MYQ was found with scalds to both feet in a sock pattern, which doctors said could not have been an accident.",
    [L(LI, ["children who cannot tell"])],
    [R(RI, ["a child protection medical for every scald in a non-verbal child"])]],
   T("Child MYQ", CSPR, "overview", "serious_harm", "2025", "4", "4.00", "1_5", "female", "physical_abuse",
     risk="parental_mental_health", ctx="disabled"), link=RO),
 E("Child safeguarding practice review – Child NYQ", [
    "Child NYQ, aged 15, had an EHCP for ASD and attended a special school. His mother has emotionally unstable personality disorder. In 2023 he was found hanged in his bedroom and died two days later.",
    [L(LI, ["suicide risk in autistic children"])],
    [R(RI, ["a suicide risk screen at every EHCP review"])]],
   T("Child NYQ", CSPR, "overview", "death", "2023", "aged 15", "15.00", "11_15", "male", "self_harm_suicide",
     risk="parental_mental_health", ctx=A("disabled; ehcp")), link=RO),
 E("Child safeguarding practice review – Baby PYQ", [
    "Baby PYQ, aged 10 weeks, lived with her parents, who were both on opiate substitution treatment. In 2024 she was found unresponsive in her parents' bed; the cause of her death was unascertained.",
    [L(LI, ["safer sleep for parents on substitute medicines"])],
    [R(RI, ["safer sleep advice at every pharmacy supervising a substitute medicine"])]],
   T("Baby PYQ", CSPR, "overview", "death", "2024", "aged 10 weeks|10 weeks", "0.19", "under_1", "female",
     A("sudden_unexpected_infant_death", "neglect"),
     risk="parental_substance_misuse; co_sleeping"), link=RO),
 E("Child safeguarding practice review – Child QYQ", [
    "Child QYQ, 9, had cerebral palsy and epilepsy and used a wheelchair. Her mother has bipolar disorder. In 2024 Child QYQ died after a prolonged seizure; her anti-epileptic medication had not been collected from the pharmacy for seven weeks.",
    [L(LI, ["medicines for disabled children at home"])],
    [R(RI, ["a pharmacy alert when a child's medicine is not collected"])]],
   T("Child QYQ", CSPR, "overview", "death", "2024", "9", "9.00", "6_10", "female", "neglect",
     risk="parental_mental_health", ctx="disabled"), link=RO),
 E("Child safeguarding practice review – Child RYQ", [
    "Child RYQ, aged 13, had a diagnosis of PDA and had been electively home educated since 2022. His father has a personality disorder. In 2024 it was found that Child RYQ had been locked in his bedroom for days at a time.",
    [L(LI, ["children educated at home"])],
    [R(RI, ["a yearly visit to every child educated at home"])]],
   T("Child RYQ", CSPR, "overview", "serious_harm|other", "2024", "aged 13", "13.00", "11_15", "male",
     ANY("emotional_abuse; neglect; physical_abuse"), risk="parental_mental_health",
     ctx="disabled; not_in_school"), link=RO),
 E("Child safeguarding practice review – Baby SYQ", [
    "Baby SYQ, 6 months, lived with his mother, who has a learning disability, and his father, who has depression. In 2023 he was admitted to hospital with faltering growth and a nappy rash that had become infected.",
    [L(LI, ["parents with a learning disability"])],
    [R(RI, ["adapted parenting support for every parent with a learning disability"])]],
   T("Baby SYQ", CSPR, "overview", "serious_harm", "2023", "6 months", "0.50", "under_1", "male", "neglect",
     risk="parental_learning_disability; parental_mental_health"), link=RO),
 E("Child safeguarding practice review – Child TYQ", [
    "Child TYQ, aged 16, had Down's syndrome. In 2024 she was sexually abused by the driver of the taxi that took her to her day centre.",
    [L(LI, ["transport for disabled children"])],
    [R(RI, ["an enhanced check for every driver who carries disabled children"])]],
   T("Child TYQ", CSPR, "overview", "serious_harm", "2024", "aged 16", "16.00", "16_17", "female",
     A("sexual_abuse", "extra_familial_harm"), ctx="disabled"), link=RO),
])

# --- A 2026 page (HTML): risk factors negated or historic.
FILES["bd-reviews-page-2026-negated.html"] = dict(page_title="Learning from reviews", html_preamble=NAV,
    html_footer=FOOT, h1="Reviews published in 2026", pubyear="2026",
    intro_html=["A short summary of each review. Invented for testing: no real child, family or place."],
    entries=[
 E("Child UYQ: rapid review and local child safeguarding practice review", [
    "There was no evidence of domestic abuse or of parental substance misuse. Child UYQ, aged 6 weeks, died in 2024 from a head injury; his father was convicted of manslaughter.",
    [L(LI, ["risk when no risk factors are known"])],
    [R(RI, ["the ICON programme for every new parent"])]],
   T("Child UYQ", CSPR, "overview", "death", "2024", "aged 6 weeks|6 weeks", "0.12", "under_1", "male", HEAD,
     risk=CONVICTED), link=RO),
 E("Child VYQ: local child safeguarding practice review", [
    "Historic concerns about the father's drinking had been raised in 2016, before Child VYQ was born. In 2024 Child VYQ, 7, was found living in a flat with no heating, no food and no bed of her own.",
    [L(LI, ["old concerns and new children"])],
    [R(RI, ["a look at the history of every adult in the household"])]],
   T("Child VYQ", CSPR, "overview", "serious_harm|other", "2024", "7", "7.00", "6_10", "female", "neglect",
     risk=A("", "parental_alcohol_misuse")), link=RO),
 E("Child WYQ: local child safeguarding practice review", [
    "Her mother's previous partner had been violent; her current partner had no history of violence. Child WYQ, aged 3, was taken to hospital in 2025 with a broken arm after the current partner threw her against a wall.",
    [L(LI, ["new partners without a history"])],
    [R(RI, ["checks on every new partner regardless of history"])]],
   T("Child WYQ", CSPR, "overview", "serious_harm", "2025", "aged 3", "3.00", "1_5", "female", "physical_abuse",
     risk=A("", "domestic_abuse")), link=RO),
 E("Child XYQ: local child safeguarding practice review", [
    "Neither parent had any history of mental illness or of drug or alcohol use. Child XYQ, a 10-year-old boy, disclosed in 2024 that his uncle had been sexually abusing him at family gatherings.",
    [L(LI, ["abuse by relatives outside the household"])],
    [R(RI, ["guidance for parents on abuse by relatives"])]],
   T("Child XYQ", CSPR, "overview", "serious_harm", "2024", "10-year-old|a 10-year-old boy", "10.00", "6_10", "male",
     "sexual_abuse"), link=RO),
 E("Child YYQ: local child safeguarding practice review", [
    "The review found no evidence that drugs or alcohol played any part. Child YYQ, 14, was found in 2025 to have been sent to sell cannabis in a town forty miles from home by a man he met at a gym.",
    [L(LI, ["exploitation where parents are not a risk"])],
    [R(RI, ["a national referral for every child found selling drugs away from home"])]],
   T("Child YYQ", CSPR, "overview", "serious_harm|other", "2025", "14", "14.00", "11_15", "male", CCE), link=RO),
 E("Child ZYQ: local child safeguarding practice review", [
    "Child ZYQ, aged 11, lived with her father, who denied drinking; a hair strand test in 2024 later showed chronic excessive alcohol use. In 2024 she was found caring for herself, with head lice and untreated tooth decay.",
    [L(LI, ["denial and testing"])],
    [R(RI, ["hair strand testing whenever a parent's denial is doubted"])]],
   T("Child ZYQ", CSPR, "overview", "serious_harm|other", "2024", "aged 11", "11.00", "11_15", "female", "neglect",
     risk="parental_alcohol_misuse"), link=RO),
 E("Child AZQ: local child safeguarding practice review", [
    "Domestic abuse was not a feature of this family; however, Child AZQ's mother had severe depression after the birth. Child AZQ, aged 8 months, died in 2025 after his mother smothered him.",
    [L(LI, ["postnatal depression"])],
    [R(RI, ["perinatal mental health referral for every mother with severe depression"])]],
   T("Child AZQ", CSPR, "overview", "death", "2025", "aged 8 months|8 months", "0.67", "under_1", "male",
     "physical_abuse", risk="parental_mental_health"), link=RO),
])

# --- A 2026 list (text): the child's own behaviour beside the harm done to the child.
FILES["be-list-2026-own-behaviour.txt"] = dict(pubyear="2026", preamble=[
    "Reviews published in 2026", "",
    "Summaries of the reviews we published in 2026 (invented for testing: no real child, family or place):", ""],
    entries=[
 E("December 2026 – Anonymous – Child BZQ", [
    "Child BZQ, 15, was convicted in 2024 of stabbing another boy, aged 14, who survived. Child BZQ had been groomed by a county lines network from the age of 13 and had been made to carry drugs and a knife.",
    [L(LI, ["children who harm as well as being harmed"])],
    [R(RI, ["a national referral before any charge of a child known to be exploited"])]],
   T("Child BZQ", "unknown", "overview", "serious_harm|" + NOT_HARMED, "2024|", "15", "15.00", "11_15", "not_stated", CCE), link=RO),
 E("December 2026 – Anonymous – Child CZQ", [
    "Child CZQ, 13, sexually harmed his 7-year-old cousin in 2023. The review found that he had himself been sexually abused by an older relative from the age of 9, which he had never told anyone.",
    [L(LI, ["harmful sexual behaviour and a child's own abuse"])],
    [R(RI, ["a trauma assessment for every child who sexually harms"])]],
   T("Child CZQ", "unknown", "overview", NOT_HARMED + "|serious_harm", "2023|", "13", "13.00", "11_15", "male",
     "sexual_abuse"), link=RO),
 E("December 2026 – Anonymous – Child DZQ", [
    "Child DZQ, 16, carried a knife to school after she was robbed twice on her way home. In 2024 she was stabbed with her own knife during a fight outside a takeaway.",
    [L(LI, ["girls who carry knives"])],
    [R(RI, ["a safety plan for every child robbed twice"])]],
   T("Child DZQ", "unknown", "overview", "serious_harm", "2024", "16", "16.00", "16_17", "female", STAB), link=RO),
 E("December 2026 – Anonymous – Child EZQ", [
    "Child EZQ, aged 14, was arrested in 2024 for assaulting his mother, who needed stitches to her head. He had been violent towards her since he was 11 and she had asked for help from the school and the GP.",
    [L(LI, ["child to parent violence"])],
    [R(RI, ["a pathway for parents who are harmed by their children"])]],
   T("Child EZQ", "unknown", "overview", NOT_HARMED, "2024|", "aged 14", "14.00", "11_15", "male", ""), link=RO),
 E("December 2026 – Anonymous – Child FZQ", [
    "Child FZQ, 17, killed a young man, aged 18, in a fight in 2023 and was convicted of manslaughter. He had been excluded from school at 14 and had been exploited to sell drugs.",
    [L(LI, ["exclusion and exploitation"])],
    [R(RI, ["a multi-agency plan before every permanent exclusion"])]],
   T("Child FZQ", "unknown", "overview", "serious_harm|" + NOT_HARMED, "2023|", "17", "17.00", "16_17", "male", CCE,
     ctx=A("", "not_in_school")), link=RO),
 E("December 2026 – Anonymous – Child GZQ", [
    "Child GZQ, 12, took her own life in 2024, three weeks after a boy in her class shared a sexual image of her on social media.",
    [L(LI, ["image sharing between pupils"])],
    [R(RI, ["a safety plan for every child whose image is shared"])]],
   T("Child GZQ", "unknown", "overview", "death", "2024", "12", "12.00", "11_15", "female",
     A("self_harm_suicide; online_harm", "sexual_abuse; extra_familial_harm")), link=RO),
 E("December 2026 – Anonymous – Child HZQ", [
    "Child HZQ, aged 14, was arrested in 2025 after a younger boy, aged 9, was seriously hurt when Child HZQ pushed him from a footbridge. Child HZQ had been neglected at home for many years.",
    [L(LI, ["neglect and later violence"])],
    [R(RI, ["a trauma-informed assessment for every child arrested for serious violence"])]],
   T("Child HZQ", "unknown", "overview", "serious_harm|" + NOT_HARMED, "2025|", "aged 14", "14.00", "11_15", "male", "neglect"),
   link=RO),
])

# --- A 2026 list (text): dates as school years and seasons; care told by legal orders.
FILES["bf-list-2026-orders-dates.txt"] = dict(pubyear="2026", preamble=[
    "Child safeguarding practice reviews – 2026", "",
    "Reviews published in 2026 (invented for testing: no real child, family or place):", ""],
    entries=[
 E("Child JZQ – overview report", [
    "Child JZQ, aged 5, was made subject to an interim care order in 2022/23 and placed with foster carers. Over the Christmas period 2023 she had unsupervised contact with her mother's new partner and came back with cigarette burns to her arms.",
    [L(LI, ["contact under an interim care order"])],
    [R(RI, ["a risk assessment of every adult at contact"])]],
   T("Child JZQ", CSPR + "|unknown", "overview", "serious_harm", "2023", "aged 5", "5.00", "1_5", "female",
     "physical_abuse", ctx=LAC), link=RO),
 E("Child KZQ – overview report", [
    "Child KZQ, aged 9, was accommodated under section 20 in winter 2021. He was returned home in the spring, and in summer 2022 he was found living alone with his younger sister while their mother stayed with a boyfriend.",
    [L(LI, ["returns home from section 20"])],
    [R(RI, ["a plan for every return home from section 20"])]],
   T("Child KZQ", CSPR + "|unknown", "overview", "serious_harm|other", "2022", "aged 9", "9.00", "6_10", "male", "neglect",
     ctx=A("", "looked_after"), n="1|2"), link=RO),
 E("Baby LZQ – overview report", [
    "Baby LZQ, 11 months, was the subject of a placement order. In the early hours of New Year's Day 2024 he died at the home of his prospective adopters after being shaken.",
    [L(LI, ["support for adopters in the first months"])],
    [R(RI, ["a visit within a week of every placement for adoption"])]],
   T("Baby LZQ", CSPR + "|unknown", "overview", "death", "2024", "11 months", "0.92", "under_1", "male", HEAD,
     ctx="looked_after"), link=RO),
 E("Child MZQ – overview report", [
    "Child MZQ, aged 7, had lived with her maternal grandparents under a special guardianship order since 2020. In 2023/24 she was sexually abused by a lodger the grandparents had taken in.",
    [L(LI, ["support for special guardians"])],
    [R(RI, ["a review of every special guardianship household when an adult moves in"])]],
   T("Child MZQ", CSPR + "|unknown", "overview", "serious_harm", "2023|2024|", "aged 7", "7.00", "6_10", "female",
     "sexual_abuse", ctx=KIN), link=RO),
 E("Child NZQ – overview report", [
    "Child NZQ, aged 10, lived with his father under a child arrangements order made in 2021. In the autumn of 2024 he told a teacher that his father beat him with a belt when he wet the bed.",
    [L(LI, ["child arrangements orders and later concerns"])],
    [R(RI, ["a check with the school before every child arrangements order"])]],
   T("Child NZQ", CSPR + "|unknown", "overview", "serious_harm", "2024", "aged 10", "10.00", "6_10", "male",
     "physical_abuse"), link=RO),
 E("Child PZQ – overview report", [
    "Child PZQ, 15, was subject to a supervision order. His attendance fell sharply during the 2022/23 school year, and he took his own life in the summer of 2023.",
    [L(LI, ["falling attendance as a warning"])],
    [R(RI, ["a welfare meeting whenever the attendance of a child on a supervision order falls"])]],
   T("Child PZQ", CSPR + "|unknown", "overview", "death", "2023", "15", "15.00", "11_15", "male", "self_harm_suicide"),
   link=RO),
 E("Child QZQ – overview report", [
    "Child QZQ, aged 3, was in a kinship placement with her aunt while care proceedings were under way. During the winter of 2022-23 the aunt's partner broke her leg.",
    [L(LI, ["assessment of kinship carers' partners"])],
    [R(RI, ["a full assessment of every adult in a kinship placement"])]],
   T("Child QZQ", CSPR + "|unknown", "overview", "serious_harm", "2022|2023|", "aged 3", "3.00", "1_5", "female",
     "physical_abuse", ctx=KIN), link=RO),
 E("Child RZQ – overview report", [
    "Child RZQ, 16, was accommodated under section 20 in 2024/25 after his father was sent to prison. In March 2025 he was found with serious injuries after being assaulted by two men who had been using his flat to deal drugs.",
    [L(LI, ["cuckooing of young people's flats"])],
    [R(RI, ["a safety check of every flat of a looked after young person living alone"])]],
   T("Child RZQ", CSPR + "|unknown", "overview", "serious_harm", "2025", "16", "16.00", "16_17", "male",
     A("child_criminal_exploitation", "extra_familial_harm; physical_abuse") + "|" +
     A("extra_familial_harm", "physical_abuse"),
     risk="parental_criminality", ctx="looked_after"), link=RO),
])

# --- A 2026 list (text): the NSPCC's later style ("The case: ... Key issues: ..."), a slide's labels, areas in titles.
FILES["bg-list-2026-case-keyissues.txt"] = dict(pubyear="2026", preamble=[
    "Case reviews: summaries 2026", "",
    "Each review's case and key issues (invented for testing: no real child, family or place):", ""],
    entries=[
 E("Bramshire LSCP: Child SZQ", [
    ["The case: Child SZQ, aged 6 months, was taken to hospital in 2024 with bruising to his face and a torn frenulum. His mother had reported domestic abuse by his father twice. The learning from an earlier review of a sibling had not been shared.", L("Key issues:", ["domestic abuse", "bruising in non-mobile babies", "information sharing"], "semi-noand")],
    [L(LI, ["bruising in babies who are not yet mobile"])],
    [R(RI, ["the bruising protocol applied at every contact"])]],
   T("Child SZQ", CSPR + "|unknown", "overview", "serious_harm", "2024", "aged 6 months|6 months", "0.50", "under_1", "male",
     "physical_abuse", risk="domestic_abuse", area="Bramshire"), link=RO),
 E("Bramshire LSCP: Child TZQ", [
    ["The case: Child TZQ, 14, died in 2025 after taking an overdose of her mother's antidepressants. The recommendations of a review in 2020 had not been acted on.", L("Key issues:", ["self-harm", "parental mental health", "access to medicines"], "semi-noand")],
    [L(LI, ["medicines at home when a child self-harms"])],
    [R(RI, ["lockable medicine boxes for families with a child who self-harms"])]],
   T("Child TZQ", CSPR + "|unknown", "overview", "death", "2025", "14", "14.00", "11_15", "female",
     A("self_harm_suicide", "poisoning_ingestion"), area="Bramshire"), link=RO),
 E("Wexmoor SCP: Child UZQ", [
    "Gender: Female Age: 8 months Summary: In December 2023 Child UZQ died while in her mother's care. Her mother had recently turned 18 and was herself a care leaver. A post-mortem found a skull fracture.",
    [L(LI, ["young mothers who were in care"])],
    [R(RI, ["a named worker for every care leaver who becomes a parent"])]],
   T("Child UZQ", "unknown|" + CSPR, "overview", "death", "2023", "8 months|Age: 8 months", "0.67", "under_1", "female", HEAD,
     area="Wexmoor"), link=RO),
 E("Wexmoor SCP: Child VZQ", [
    "Gender: Male Age: 13 Summary: In 2024 Child VZQ was found to have been physically abused by his stepfather over two years. Ethnicity: White British.",
    [L(LI, ["hearing from teenage boys"])],
    [R(RI, ["time alone with every child at each visit"])]],
   T("Child VZQ", "unknown|" + CSPR, "overview", "serious_harm", "2024", "13|Age: 13", "13.00", "11_15", "male",
     "physical_abuse", eth="White British|White", area="Wexmoor"), link=RO),
 E("Harrowby Safeguarding Children Partnership: Child WZQ", [
    ["The case: Child WZQ, a 12-year-old girl, went missing from her foster placement eleven times in 2024 and was found to be sexually exploited by adult men.", L("Key issues:", ["missing episodes", "exploitation", "the voice of the child"], "semi-noand")],
    [L(LI, ["return home interviews"])],
    [R(RI, ["an exploitation screen after every second missing episode"])]],
   T("Child WZQ", "unknown|" + CSPR, "overview", "serious_harm", "2024", "12-year-old|a 12-year-old girl", "12.00", "11_15",
     "female", CSE, ctx=LAC, area="Harrowby"), link=RO),
 E("Harrowby Safeguarding Children Partnership: Child XZQ", [
    ["The case: Child XZQ, aged 2, died in 2025 after swallowing his father's methadone, which was kept in a kitchen cupboard. The recommendations of the rapid review were agreed by all partners.", L("Key issues:", ["safe storage", "parental substance misuse"], "semi-noand")],
    [L(LI, ["storage of substitute medicines"])],
    [R(RI, ["a home check of storage for every parent on methadone"])]],
   T("Child XZQ", "unknown|" + CSPR, "overview", "death", "2025", "aged 2", "2.00", "1_5", "male",
     A("poisoning_ingestion", "neglect"), risk="parental_substance_misuse", area="Harrowby"), link=RO),
 E("Bramshire LSCP: Child YZQ", [
    ["The case: Child YZQ, 16, was seriously injured in 2024 when she was hit by a train; she had left a note. Good practice was noted in the school's response.", L("Key issues:", ["suicidal ideation", "online searches"], "semi-noand")],
    [L(LI, ["suicide notes and online searches"])],
    [R(RI, ["a safety plan for every child who searches for methods online"])]],
   T("Child YZQ", CSPR + "|unknown", "overview", "serious_harm", "2024", "16", "16.00", "16_17", "female",
     A("self_harm_suicide", "online_harm"), area="Bramshire"), link=RO),
])

# --- A 2026 list (text): combined reviews of two unrelated children, and two reviews told in one paragraph.
FILES["bh-list-2026-combined.txt"] = dict(pubyear="2026", preamble=[
    "Combined and thematic reviews 2026", "",
    "Reviews published in 2026 (invented for testing: no real child, family or place):", ""],
    entries=[
 E("Combined review: Child ZZQ and Child ABQ", [
    "A combined review of two unrelated children, Child ZZQ, a 4-year-old girl, and Child ABQ, a 2-year-old boy, who both died in 2024 in separate house fires in the same district. In each home a smoke alarm had been removed.",
    [L(LI, ["fire safety in privately rented homes"])],
    [R(RI, ["a smoke alarm check at every home visit"])]],
   T("Child ZZQ and Child ABQ", "unknown", "overview", "death", "2024", "*", "*", "*", "mixed", ACCIDENT, n="2"),
   link=RO),
 E("Combined review: Baby BBQ and Baby CBQ", [
    "The partnership combined the reviews of two babies from different families. Baby BBQ, a girl aged 3 months, was shaken by her father in 2024; Baby CBQ, a boy aged 5 months, was shaken by his mother's partner in 2025. Both survived with brain injuries.",
    [L(LI, ["men and crying babies"])],
    [R(RI, ["crying advice for fathers and partners before discharge"])]],
   T("Baby BBQ and Baby CBQ", "unknown", "overview", "serious_harm", "2024|2025|", "*", "*", "under_1", "mixed",
     HEAD, n="2"), link=RO),
 E("Combined review: Child DBQ and Child EBQ", [
    "Two reviews are summarised together. Child DBQ, 15, was exploited to carry drugs between cities in 2023. Child EBQ, 16, who lived in another area and did not know him, was exploited by the same network in 2024. Both boys were arrested and neither was referred as a victim.",
    [L(LI, ["children arrested instead of protected"])],
    [R(RI, ["a referral as a victim for every child arrested carrying drugs for others"])]],
   T("Child DBQ and Child EBQ", "unknown", "overview", "serious_harm|other", "2023|2024|", "*", "*", "*", "male",
     CCE, n="2"), link=RO),
 E("Combined review: Child FBQ and Child GBQ", [
    "This review looked at two unrelated girls, Child FBQ, 14, and Child GBQ, 15, who were sexually abused by the same teacher at a secondary school between 2021 and 2023.",
    [L(LI, ["abuse of trust in schools"])],
    [R(RI, ["a review of every allegation against the same member of staff"])]],
   T("Child FBQ and Child GBQ", "unknown", "overview", "serious_harm", "2021|2023|", "*", "*", "11_15", "female",
     A("sexual_abuse", "extra_familial_harm"), n="2"), link=RO),
 E("Combined review: Child HBQ and Child JBQ", [
    "Child HBQ, aged 17, died in 2024 after taking an overdose in his supported accommodation. Child JBQ, aged 16, a girl in the same accommodation who was not related to him, was found unconscious the same night and survived.",
    [L(LI, ["supported accommodation for under-18s"])],
    [R(RI, ["waking night staff in every supported accommodation for under-18s"])]],
   T("Child HBQ and Child JBQ", "unknown", "overview", "death|serious_harm", "2024", "*", "*", "16_17", "mixed",
     A("self_harm_suicide", "poisoning_ingestion") + "|poisoning_ingestion", n="2",
     ctx=A("", "looked_after")), link=RO),
 E("Combined review: Child KBQ and Child LBQ", [
    "Two children from different families in the same village, Child KBQ, 8, and Child LBQ, 6, were found in 2025 to have been neglected for years. There were no concerns about domestic abuse in either family.",
    [L(LI, ["rural neglect"])],
    [R(RI, ["outreach to families in villages without a school"])]],
   T("Child KBQ and Child LBQ", "unknown", "overview", "serious_harm|other", "2025", "*", "*", "6_10", "not_stated",
     "neglect", n="2"), link=RO),
 E("Combined review: Child MBQ and Child NBQ", [
    "Child MBQ, a 13-year-old boy, and Child NBQ, a 14-year-old girl, were groomed online by the same man in 2024. They lived in different towns and never met.",
    [L(LI, ["one offender, several children"])],
    [R(RI, ["sharing of offender information between police forces"])]],
   T("Child MBQ and Child NBQ", "unknown", "overview", "serious_harm|other", "2024", "*", "*", "11_15", "mixed",
     A("online_harm", "child_sexual_exploitation; sexual_abuse; extra_familial_harm") + "|" +
     A("child_sexual_exploitation", "sexual_abuse; extra_familial_harm"), n="2"), link=RO),
])
