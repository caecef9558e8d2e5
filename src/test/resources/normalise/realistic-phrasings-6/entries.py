# Entries of the "realistic phrasings 6" set (issue 9, session 17): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: the NSPCC yearly
# list of 2013 ("Month YYYY - Area - Name", "Issues identified include:" / "Recommendations include:"), the 2018/2019
# lists ("2019 – Anonymous – <first-name pseudonym>", Learning: / Recommendations: / "Model: uses the Significant
# Incident Learning Process (SILP) model" / Keywords:), the 2025 "Case reviews update" ("Learning themes include:" /
# "Recommendations to the partnership include:"), the 2021 monthly repository digest (numbered "Type: Name (document)"
# headings, "Ethnicity and nationality not stated."), and the Welsh, Scottish and Northern Irish review pages). New
# traps, less covered by sets 1-5: codes that belong to another person of the summary (a sibling's, half-sibling's,
# cousin's or older child's harm, plan or care; a parent's own childhood: a care leaver, abused as a child, on a plan
# or register as a child, in care as a teenager; a perpetrator who is another child and his own history), several
# children in one review (cousins, a brother and sister of two ages, "aged between 2 and 4", "aged from 18 months to
# 15 years", unrelated babies in a thematic review), ages as words ("fourteen-year-old", "aged six weeks", "twelve
# week old", "seventeen-year-old"), "in her mid-teens", "who was 2", other people's ages beside the child's ("her
# 17-year-old cousin", "a 15-year-old mother", "a man in his forties", "when he was 9"), incident years relative to the
# review or across a winter ("the winter of 2012/13", "two years before the review was commissioned"), outcomes hedged
# ("remains in hospital with life-changing injuries", "the inquest has not yet concluded", "could not establish
# whether she had been born alive"), review types in the four nations' words (significant case review, initial case
# review, learning review, extended / concise child practice review, single unified safeguarding review, case
# management review, local child safeguarding practice review, a thematic review) and areas given as a partnership,
# board, committee or panel name.
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3, -4 and -5 READMEs, unchanged): not stated means empty (age not stated:
# age_text and age_years empty, age_band `unknown`; sex `not_stated`; "Anonymous" is no area); a code is about the
# child(ren) the entry describes, never a parent's, sibling's, cousin's, grandparent's or perpetrator's own harm,
# plan, care history or condition (a parent's mental health, drug or alcohol use, learning disability, criminality or
# domestic abuse is the child's risk factor, as the code list says); a drowning, a fall or a fire is no harm by itself
# (left alone -> neglect); a past care context of the child is coded; several children: ages `*` unless one age is
# stated for all; an age word ("teenager", "mid-teens") is age_text with band `unknown` (case-facts.yml); a "(learning
# review)" document is document type `unknown`; `a|b` alternatives, `*` not scored.
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
STAB = "physical_abuse; extra_familial_harm|extra_familial_harm|physical_abuse"

FILES = {}

# --- 2013 yearly list: "Month YYYY - Area - Name", summary, "Issues identified include:" / "Recommendations
# include:", Keywords:.
FILES["ga-yearly-2013-issues.txt"] = dict(pubyear="2013", preamble=[
    "Case reviews published in 2013", "",
    "A chronological list of the executive summaries or full overview reports of serious case reviews, significant case reviews or multi-agency child practice reviews published in 2013. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2013 - Brackwater - Child AN", [
    "Death of a fourteen-year-old girl in the winter of 2012/13 from an overdose of her grandmother's prescribed medication. Child AN had been living with her maternal grandmother since her mother, a care leaver with a learning disability, was sent to prison. Child AN had been self-harming since she was eleven.",
    [L("Issues identified include:", ["self-harm was not shared between the school and the GP", "the grandmother's caring role was never assessed"])],
    [R("Recommendations include:", ["a safety plan for every young person who self-harms"])],
    "Keywords: self-harm, kinship care, parents in prison"],
   T("Child AN", "unknown", "overview", "death", "2012|2013", "fourteen-year-old", "14.00", "11_15", "female",
     "self_harm_suicide; poisoning_ingestion|self_harm_suicide|poisoning_ingestion",
     risk="parental_learning_disability; parental_criminality", ctx="|connected_carers", area="Brackwater"), link="Read the overview report"),
 E("November 2013 - Harlow Fen - Child BP", [
    "Serious injuries to a 7-week-old boy in June 2013. Child BP was admitted to hospital with a fractured skull and retinal haemorrhages after his father, aged 19, said he had dropped him. The father had himself been subject to a child protection plan for physical abuse as a child and was a care leaver. Father was convicted of grievous bodily harm and received a custodial sentence.",
    [L("Issues identified include:", ["a young father's own childhood was not considered", "the father was not seen by the health visitor"])],
    [R("Recommendations include:", ["fathers to be included in every new birth visit"])],
    "Keywords: non-accidental head injury, young fathers, care leavers"],
   T("Child BP", "unknown", "overview", "serious_harm", "2013", "7-week-old", "0.13", "under_1", "male", HEAD,
     risk="|parental_criminality", area="Harlow Fen"), link="Read the overview report"),
 E("October 2013 - Lindale and Coombe - Children CQ and CR", [
    "Neglect of two sisters, aged between 2 and 4, who were found alone in a flat in March 2013. Their mother was dependent on alcohol and had left them overnight. Their older cousin, aged 16, who lived with the family, had previously been subject to a child protection plan and had been reported missing many times.",
    [L("Issues identified include:", ["the household's membership was not known to agencies", "alcohol dependence was not assessed for its effect on young children"])],
    [R("Recommendations include:", ["assessments to record every adult and child living in the home"])],
    "Keywords: neglect, alcohol misuse, unsupervised children"],
   T("Children CQ and CR", "unknown", "overview", "serious_harm", "2013", "*", "*", "*", "female", "neglect",
     risk="parental_alcohol_misuse", n="2", area="Lindale and Coombe"), link="Read the overview report"),
 E("September 2013 - Marrow Cross - Child DS", [
    "Sexual abuse of a 9-year-old boy in 2012 by a 15-year-old boy who was living in the same foster home. Child DS had been in foster care since the age of 6 because of neglect by his parents. The older boy had himself been sexually abused as a young child.",
    [L("Issues identified include:", ["matching of foster placements did not consider the risk one child posed to another", "the older boy's history was not shared with the foster carers"])],
    [R("Recommendations include:", ["risk assessments before children are placed together in foster care"])],
    "Keywords: foster care, harmful sexual behaviour, looked after children"],
   T("Child DS", "unknown", "overview", "serious_harm", "2012", "9-year-old", "9.00", "6_10", "male", "sexual_abuse|sexual_abuse; neglect",
     ctx="looked_after; foster_care", area="Marrow Cross"), link="Read the overview report"),
 E("August 2013 - Anonymous - Baby ET", [
    "Death of a 5-week-old baby in 2012. Baby ET was found unresponsive on a sofa where the mother, aged 18, had fallen asleep with the baby after smoking cannabis. The mother had been looked after from the age of eleven following sexual abuse by her stepfather, and was living in supported accommodation for care leavers.",
    [L("Issues identified include:", ["safer sleep advice did not mention sofas", "supported accommodation staff were not told about the baby"])],
    [R("Recommendations include:", ["safer sleep training for staff of supported accommodation"])],
    "Keywords: sudden infant death, care leavers, young parents"],
   T("Baby ET", "unknown", "overview", "death", "2012", "5-week-old", "0.10", "under_1", "not_stated", "sudden_unexpected_infant_death",
     risk="co_sleeping; parental_substance_misuse|co_sleeping"), link="Read the overview report"),
 E("July 2013 - Sallowmoor - Child FV", [
    "A 16-year-old young man with autism was stabbed by another young person in a park in the summer of 2012 and remains in hospital with life-changing injuries. Child FV had been known to the youth offending team since he was 14. His older brother had been the victim of a stabbing the previous year.",
    [L("Issues identified include:", ["the needs of autistic young people in the youth justice system", "the brother's stabbing was not seen as a risk to Child FV"])],
    [R("Recommendations include:", ["youth offending teams to screen for autism"])],
    "Keywords: knife crime, autism, youth offending"],
   T("Child FV", "unknown", "overview", "serious_harm", "2012", "16-year-old", "16.00", "16_17", "male", STAB,
     ctx="disabled", area="Sallowmoor"), link="Read the overview report"),
 E("June 2013 - Tarnby Vale - Child GW", [
    "Death of a 3-year-old girl in early 2013 from a head injury inflicted by her mother's partner. Child GW's half-brother, aged 6, had been subject to a child protection plan under the category of physical abuse since 2011; Child GW was not. Mother had experienced domestic abuse in a previous relationship and had depression.",
    [L("Issues identified include:", ["plans for one child did not consider the other children in the home", "the partner was not checked"])],
    [R("Recommendations include:", ["child protection plans to name every child in the household"])],
    "Keywords: head injuries, step-parents, siblings"],
   T("Child GW", "unknown", "overview", "death", "2013", "3-year-old", "3.00", "1_5", "female", HEAD,
     risk="domestic_abuse; parental_mental_health|parental_mental_health", area="Tarnby Vale"), link="Read the overview report"),
 E("May 2013 - Wessington - Young Person H", [
    "Suicide of a young person in her mid-teens in 2012 after she had been sexually exploited by a group of adult men. Young Person H had been placed in a residential children's home out of area six months before her death. Her mother was known to have a long history of heroin use.",
    [L("Issues identified include:", ["out of area placements were made without the host area knowing", "exploitation was seen as a lifestyle choice"])],
    [R("Recommendations include:", ["notification of every out of area placement to the host authority"])],
    "Keywords: child sexual exploitation, suicide, residential care"],
   T("Young Person H", "unknown", "overview", "death", "2012", "mid-teens|in her mid-teens|", "", "unknown", "female",
     "self_harm_suicide; child_sexual_exploitation|self_harm_suicide; child_sexual_exploitation; extra_familial_harm",
     risk="parental_substance_misuse", ctx="looked_after", area="Wessington"), link="Read the overview report"),
])

NAV = ["<header><a href=\"#main\">Skip to content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Safeguarding and child protection</a></li><li><a href=\"#\">Case reviews</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Cookie settings</p><p>Privacy notice</p></footer>"]

# --- "Recently published case reviews" 2019: "2019 – Anonymous – <pseudonym>", Learning: / Recommendations: /
# Model: / Keywords:, "> Read the overview report".
FILES["gb-recent-2019-pseudonyms.html"] = dict(page_title="Recently published case reviews", html_preamble=NAV, html_footer=FOOT,
    h1="Recently published case reviews", pubyear="2019",
    intro_html=["Case reviews published in 2019. A list of the executive summaries or full overview reports of serious case reviews, significant case reviews or multi-agency child practice reviews published in 2019. Invented for testing: no real child, family or place."],
    entries=[
 E("2019 – Anonymous – Isla and Reuben", [
    "Neglect and emotional abuse of a 12-year-old girl and her 8-year-old brother between 2015 and 2018. Both children were young carers for their mother, who had multiple sclerosis and misused alcohol. Isla had not attended school regularly since Year 5.",
    [L("Learning:", ["young carers were not identified by the school", "the mother's illness masked her drinking"])],
    [R("Recommendations:", ["schools to keep a register of young carers"])],
    "Keywords: young carers, neglect, alcohol misuse"],
   T("Isla and Reuben", "unknown", "overview", "serious_harm", "2015|2018|", "*", "*", "*", "mixed", "neglect; emotional_abuse",
     risk="parental_alcohol_misuse", ctx="|not_in_school", n="2"), link="> Read the overview report"),
 E("2019 – Anonymous – Mason", [
    "Multiple unexplained injuries to a 3-month-old boy between January and March 2017, including a fractured arm and bruising to his cheek. Mason's father, aged 22, had been a looked after child and had previously been convicted of assaulting a former partner. Mason's mother, aged 17, was herself subject to a child in need plan at the time of Mason's birth.",
    [L("Learning:", ["bruising in a non-mobile baby was not referred", "the mother's own plan did not consider the baby"])],
    [R("Recommendations:", ["pre-birth assessments for every child in need who becomes pregnant"])],
    "Keywords: non-accidental injuries, teenage parents, fathers"],
   T("Mason", "unknown", "overview", "serious_harm", "2017", "3-month-old", "0.25", "under_1", "male", "physical_abuse",
     risk="domestic_abuse; parental_criminality|parental_criminality|domestic_abuse"), link="> Read the overview report"),
 E("2019 – Anonymous – Leo", [
    "Death of a 17-year-old young man in August 2018, who was stabbed by a 15-year-old boy known to him. Leo had been excluded from school in Year 10 and was attending a pupil referral unit. He had been identified as at risk of criminal exploitation and had been arrested in possession of Class A drugs when he was sixteen.",
    [L("Learning:", ["exclusion from school increased Leo's risk", "a reachable moment after his arrest was missed"])],
    [R("Recommendations:", ["a contextual safeguarding approach to young people at risk of exploitation"])],
    "Keywords: knife crime, criminal exploitation, school exclusion"],
   T("Leo", "unknown", "overview", "death", "2018", "17-year-old", "17.00", "16_17", "male",
     "physical_abuse; extra_familial_harm; child_criminal_exploitation|extra_familial_harm; child_criminal_exploitation|physical_abuse; child_criminal_exploitation",
     ctx="|not_in_school"), link="> Read the overview report"),
 E("2019 – Anonymous – Amira", [
    "Concerns about female genital mutilation of a 6-year-old girl, identified in 2018 during a school medical. Amira's older sisters, aged 14 and 16, were also examined and no injuries were found.",
    [L("Learning:", ["female genital mutilation can be found in young children", "mandatory reporting duties were not understood"])],
    [R("Recommendations:", ["female genital mutilation training for school nurses"])],
    "Keywords: female genital mutilation, school nurses"],
   T("Amira", "unknown", "overview", "serious_harm|other", "2018", "6-year-old", "6.00", "6_10", "female", "fgm_honour_based_abuse"), link="> Read the overview report"),
 E("2019 – Anonymous – Oliver", [
    "Death of a 20-month-old boy in 2017 who drowned in the bath while his mother, who had a learning disability, was in another room. Oliver's mother had herself been sexually abused as a child and had lived in a children's home from the age of twelve.",
    [L("Learning:", ["parents with a learning disability need advice they can understand", "the mother's own history was not used to plan support"])],
    [R("Recommendations:", ["adult learning disability services to share information about parents"])],
    "Model: uses the Significant Incident Learning Process (SILP) model which focuses on why those involved acted as they did at the time.",
    "Keywords: drowning, parents with learning disabilities"],
   T("Oliver", "unknown", "overview", "death", "2017", "20-month-old", "1.67", "1_5", "male", "neglect|",
     risk="parental_learning_disability"), link="> Read the overview report"),
 E("2019 – Anonymous – Children in Family P", [
    "Sexual abuse of five children, aged between 4 and 13, by their paternal grandfather and an uncle over a period of years up to 2017. The children's father had been sexually abused by the grandfather when he was a child. The children were placed with their maternal aunt under a special guardianship order in 2018.",
    [L("Learning:", ["intergenerational sexual abuse was not recognised", "the father's disclosure as a child was not followed up"])],
    [R("Recommendations:", ["assessments to consider abuse across generations of a family"])],
    "Keywords: intrafamilial sexual abuse, grandparents, special guardianship"],
   T("Children in Family P|Family P", "unknown", "overview", "serious_harm", "2017", "*", "*", "*", "not_stated", "sexual_abuse",
     ctx="connected_carers", n="5"), link="> Read the overview report"),
 E("2019 – Anonymous – Ellie", [
    "Ellie, aged 13, was groomed online by a man in his forties who persuaded her to send indecent images and later met and sexually assaulted her in 2017. Ellie's mother had been a victim of domestic abuse from Ellie's father, who left when Ellie was four.",
    [L("Learning:", ["online grooming was not seen as abuse", "parents needed advice on online safety"])],
    [R("Recommendations:", ["online safety advice for parents in every school"])],
    "Keywords: online grooming, sexual abuse, domestic abuse"],
   T("Ellie", "unknown", "overview", "serious_harm", "2017", "aged 13|13", "13.00", "11_15", "female",
     "online_harm; sexual_abuse|online_harm; child_sexual_exploitation|online_harm; sexual_abuse; child_sexual_exploitation|online_harm; sexual_abuse; extra_familial_harm|online_harm; child_sexual_exploitation; extra_familial_harm|online_harm; sexual_abuse; child_sexual_exploitation; extra_familial_harm",
     risk="domestic_abuse"), link="> Read the overview report"),
 E("2019 – Anonymous – Baby Tomas", [
    "Serious injury to a twelve week old baby boy in the spring of 2018. Baby Tomas was found to have a subdural haematoma and fractured ribs; his father was later convicted of causing grievous bodily harm. Both parents were under 21 and the father had been known to the youth offending service as a teenager.",
    [L("Learning:", ["young fathers were invisible to services", "the father's youth offending history was not shared"])],
    [R("Recommendations:", ["youth offending services to share information about young people who become parents"])],
    "Keywords: non-accidental head injury, young fathers"],
   T("Baby Tomas", "unknown", "overview", "serious_harm", "2018", "twelve week old|twelve-week-old", "0.23", "under_1", "male", HEAD,
     risk="parental_criminality|"), link="> Read the overview report"),
])

# --- 2025 "Case reviews update": "2025 - Partnership - Name", "Learning themes include:" / "Recommendations to the
# partnership include:"; areas given as a partnership name.
FILES["gc-update-2025-partnerships.html"] = dict(page_title="Case reviews update", html_preamble=["<p>Skip to content.</p>"] + NAV[1:], html_footer=FOOT,
    h1="Case reviews update", month="*", pubyear="2025",
    intro_html=["New in the collection. This update highlights case reviews recently added to the collection. Invented for testing: no real child, family or place."],
    entries=[
 E("2025 - Hollinsfield Safeguarding Children Partnership - Child A", [
    "Death of a 15-year-old in early 2023. Child A was found hanged in woodland near the family home; the coroner's inquest has not yet concluded. Child A had been subject to a child in need plan since 2021 because of concerns about the impact of parental conflict. Child A's older sibling had been criminally exploited.",
    [L("Learning themes include:", ["the voice of the child", "the impact of parental conflict on adolescents"])],
    [R("Recommendations to the partnership include:", ["a review of support for children in need who self-harm"])]],
   T("Child A", "unknown", "overview", "death", "2023", "15-year-old", "15.00", "11_15", "not_stated", "self_harm_suicide",
     risk="|domestic_abuse", ctx="child_in_need_plan", area="Hollinsfield Safeguarding Children Partnership|Hollinsfield"), link="Read the overview report"),
 E("2025 - Corvey and Lestow Safeguarding Partnership - Baby B", [
    "Death of a 10-day-old baby boy in the winter of 2021/22. Baby B was found not breathing in an adult bed shared with both parents, who had both drunk alcohol. The mother, aged 20, was a care leaver who had experienced neglect and physical abuse as a child; she was supported by a personal adviser.",
    [L("Learning themes include:", ["safer sleep", "support for care leavers who become parents"])],
    [R("Recommendations to the partnership include:", ["personal advisers to give safer sleep advice"])]],
   T("Baby B", "unknown", "overview", "death", "2021|2022", "10-day-old", "0.03", "under_1", "male", "sudden_unexpected_infant_death",
     risk="co_sleeping; parental_alcohol_misuse|co_sleeping", area="Corvey and Lestow Safeguarding Partnership|Corvey and Lestow"), link="Read the overview report"),
 E("2025 - Kestermoor Children's Safeguarding Partnership - Child C and Child D", [
    "Serious harm to two cousins, a 4-year-old boy and a 6-year-old girl, who were both living with their maternal grandmother when they were physically abused by her partner in 2022. The children had been placed with the grandmother under a kinship arrangement after their mothers' drug use led to care proceedings. The boy sustained a fractured femur and the girl had bruising to her back and arms.",
    [L("Learning themes include:", ["assessment of kinship carers' partners", "support for kinship carers"])],
    [R("Recommendations to the partnership include:", ["checks on every adult in a kinship household"])]],
   T("Child C and Child D", "unknown", "overview", "serious_harm", "2022", "*", "*", "*", "mixed", "physical_abuse",
     risk="parental_substance_misuse", ctx="connected_carers|connected_carers; looked_after", n="2",
     area="Kestermoor Children's Safeguarding Partnership|Kestermoor"), link="Read the overview report"),
 E("2025 - Oldwick and Penhallow - Child E", [
    "Child E, a young person aged 17 with a learning disability, died in a house fire in 2023 in the flat where he lived alone after leaving care. Child E had been in foster care from the age of 8 and his personal adviser had raised concerns about his ability to manage on his own.",
    [L("Learning themes include:", ["leaving care for young people with a learning disability", "fire safety in supported housing"])],
    [R("Recommendations to the partnership include:", ["a needs assessment before a disabled young person leaves care"])]],
   T("Child E", "unknown", "overview", "death", "2023", "aged 17|17", "17.00", "16_17", "male", "|other",
     ctx="looked_after; foster_care; disabled", area="Oldwick and Penhallow"), link="Read the overview report"),
 E("2025 - Anonymous - Siblings F", [
    "Neglect of six children aged from 18 months to 15 years over a period of at least five years, up to their removal in 2023. The home was infested with vermin and the children were frequently absent from school. Their father had a learning disability and their mother had been diagnosed with post-traumatic stress disorder after abuse in her own childhood.",
    [L("Learning themes include:", ["recognising chronic neglect", "parents' own trauma"])],
    [R("Recommendations to the partnership include:", ["a neglect toolkit used by every agency"])]],
   T("Siblings F", "unknown", "overview", "serious_harm", "2023|", "*", "*", "*", "not_stated", "neglect",
     risk="parental_learning_disability; parental_mental_health", ctx="|looked_after|not_in_school|not_in_school; looked_after", n="6"), link="Read the overview report"),
 E("2025 - Marrowick Water Safeguarding Children Partnership - Child G", [
    "Child sexual exploitation of a 14-year-old girl between the autumn of 2020 and the summer of 2022, two years before the review was commissioned. Child G was introduced to the men by an older girl, aged 16, who was herself being exploited. Child G was subject to a child protection plan under the category of sexual abuse from 2021 and became looked after in 2022.",
    [L("Learning themes include:", ["peer recruitment into exploitation", "plans that did not reduce risk"])],
    [R("Recommendations to the partnership include:", ["disruption of places where exploitation happens"])]],
   T("Child G", "unknown", "overview", "serious_harm", "2020|2022|", "14-year-old", "14.00", "11_15", "female",
     "child_sexual_exploitation|child_sexual_exploitation; extra_familial_harm|child_sexual_exploitation; sexual_abuse|child_sexual_exploitation; sexual_abuse; extra_familial_harm",
     ctx="child_protection_plan; looked_after", area="Marrowick Water Safeguarding Children Partnership|Marrowick Water"), link="Read the overview report"),
 E("2025 - Brennock Valley - Child H", [
    "A single unified safeguarding review into the death of a 17-year-old girl in 2024 from an overdose of heroin supplied by her 23-year-old boyfriend. Child H had left her foster placement at 16 to live with him. She had been subject to a care order since she was nine.",
    [L("Learning themes include:", ["older boyfriends of looked after girls", "young people leaving placements early"])],
    [R("Recommendations to the partnership include:", ["a response to every looked after child who leaves a placement to live with an adult"])]],
   T("Child H", "single_unified_safeguarding_review", "overview", "death", "2024", "17-year-old", "17.00", "16_17", "female",
     "poisoning_ingestion|poisoning_ingestion; extra_familial_harm",
     ctx="looked_after; foster_care", area="Brennock Valley"), link="Read the overview report"),
 E("2025 - Anonymous - Child J", [
    "Sexual abuse of a 7-year-old boy by his 13-year-old brother in 2022 and 2023. Child J's brother had himself been sexually abused by an adult neighbour when he was 9, which was not known to agencies. Both boys were subject to child protection plans from 2023.",
    [L("Learning themes include:", ["sibling sexual abuse", "support for both the harmed and the harming child"])],
    [R("Recommendations to the partnership include:", ["guidance on harmful sexual behaviour within families"])]],
   T("Child J", "unknown", "overview", "serious_harm", "2022|2023", "7-year-old", "7.00", "6_10", "male", "sexual_abuse",
     ctx="child_protection_plan"), link="Read the overview report"),
])

# --- Monthly repository digest of May 2021: numbered "Type: Name (document)" headings, "Learning includes:" /
# "Recommendations include:", "Ethnicity and nationality not stated.", "Other resources Read ...".
FILES["gd-monthly-2021-repository.txt"] = dict(pubyear="2021|", month="2021-05", preamble=[
    "NSPCC Repository – May 2021",
    "In May 2021 eight case reviews were published to the NSPCC Repository. A summary of each of these cases can be found below (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Serious case review: Child K (executive summary)", [
    "Death of a 22-month-old child in January 2020. Child K was found unresponsive in a cot with a bottle of methadone within reach; toxicology found methadone in Child K's blood. Both parents were on a methadone programme and had a history of homelessness. Parents were arrested on suspicion of manslaughter but no charges were brought. Ethnicity and nationality not stated.",
    [L("Learning includes:", ["safe storage of methadone in homes with young children", "homeless families moving between areas"])],
    [R("Recommendations include:", ["safe storage advice at every methadone collection"])]],
   T("Child K", "serious_case_review", "executive_summary", "death", "2020", "22-month-old", "1.83", "1_5", "not_stated",
     "poisoning_ingestion|poisoning_ingestion; neglect", risk="parental_substance_misuse"), link="Other resources Read executive summary"),
 E("2. Serious case review: Child L (overview report)", [
    "Sexual abuse of a 15-year-old adolescent by her older brother, aged 19, between 2016 and 2018. Child L disclosed the abuse to a school nurse. The brother had been on a child protection plan as a child because of physical abuse by their father, who had since left the family. Child L's mother had long-standing depression.",
    [L("Learning includes:", ["sibling sexual abuse", "responses to a disclosure made in school"])],
    [R("Recommendations include:", ["guidance for school nurses on disclosures of abuse by a sibling"])]],
   T("Child L", "serious_case_review", "overview", "serious_harm", "2016|2018|", "15-year-old", "15.00", "11_15", "female",
     "sexual_abuse|sexual_abuse; physical_abuse", risk="parental_mental_health"), link="Other resources Read overview report"),
 E("3. Local child safeguarding practice review: Baby M (overview report)", [
    "Baby M, aged six weeks, sustained a skull fracture and bleeding on the brain in October 2019 while in the care of her father. Baby M's two older half-siblings had been removed from their mother's care in 2016 because of neglect. Mother had experienced adverse childhood trauma and had been in care as a teenager. Ethnicity and nationality not stated.",
    [L("Learning includes:", ["pre-birth assessment where older children have been removed", "the hidden male"])],
    [R("Recommendations include:", ["pre-birth assessments to include the father"])]],
   T("Baby M", "child_safeguarding_practice_review", "overview", "serious_harm", "2019", "aged six weeks|six weeks", "0.12", "under_1", "female", HEAD),
   link="Other resources Read overview report"),
 E("4. Learning review: Child N (learning review)", [
    "A learning review into the sexual exploitation of a 14-year-old girl by a group of older boys from her school between 2019 and 2020. Images of Child N were shared on social media by one of the boys, aged 16. Child N's father had a conviction for drug supply and had been in prison for most of her childhood.",
    [L("Learning includes:", ["peer-on-peer exploitation", "the sharing of images by young people"])],
    [R("Recommendations include:", ["schools to have a plan for harmful sexual behaviour between pupils"])]],
   T("Child N", "learning_review", "unknown", "serious_harm", "2019|2020|", "14-year-old", "14.00", "11_15", "female",
     "child_sexual_exploitation; online_harm|child_sexual_exploitation; online_harm; extra_familial_harm|child_sexual_exploitation; online_harm; sexual_abuse|child_sexual_exploitation; online_harm; sexual_abuse; extra_familial_harm",
     risk="parental_criminality"), link="Other resources Read learning review"),
 E("5. Serious case review: Child P (executive summary)", [
    "Child P, who was 2, died in hospital in 2019 after ingesting his mother's prescribed antidepressants. Child P and his 4-year-old sister had been on child protection plans under the category of neglect, but the plans had ended six months before his death. The mother had a history of self-harm and had been a child in care.",
    [L("Learning includes:", ["ending plans without evidence of change", "safe storage of medicines"])],
    [R("Recommendations include:", ["a review of every plan ended within six months"])]],
   T("Child P", "serious_case_review", "executive_summary", "death", "2019", "who was 2|was 2|2", "2.00", "1_5", "male",
     "poisoning_ingestion|poisoning_ingestion; neglect", risk="parental_mental_health", ctx="child_protection_plan"),
   link="Other resources Read executive summary"),
 E("6. Case management review: Child Q (overview report)", [
    "Child Q, a 13-year-old girl, was seriously assaulted by a group of girls of a similar age in 2020 and the assault was filmed and shared online. She sustained a fractured eye socket. Child Q had been bullied at school since Year 7 and had a diagnosed anxiety disorder. Her mother had multiple sclerosis and Child Q was a young carer.",
    [L("Learning includes:", ["bullying that moves online", "young carers' needs"])],
    [R("Recommendations include:", ["a response to videos of assaults shared between pupils"])]],
   T("Child Q", "case_management_review", "overview", "serious_harm", "2020", "13-year-old", "13.00", "11_15", "female",
     "physical_abuse; online_harm; extra_familial_harm|physical_abuse; extra_familial_harm|physical_abuse; online_harm|extra_familial_harm; online_harm|physical_abuse",
     ctx="|disabled"), link="Other resources Read overview report"),
 E("7. Serious case review: Children R and S (overview report)", [
    "Neglect of a brother and sister, aged 8 and 11, who were living in a home with no heating and little food until they were taken into police protection in December 2019. The children's mother, who had an alcohol dependency, had herself been a looked after child; their father was serving a prison sentence for a violent offence against her.",
    [L("Learning includes:", ["neglect of older children", "a parent's own experience of care"])],
    [R("Recommendations include:", ["neglect training for school staff"])]],
   T("Children R and S", "serious_case_review", "overview", "serious_harm", "2019", "*", "*", "*", "mixed", "neglect",
     risk="parental_alcohol_misuse; parental_criminality; domestic_abuse|parental_alcohol_misuse; parental_criminality",
     ctx="|looked_after", n="2"), link="Other resources Read overview report"),
 E("8. Child safeguarding practice review: Baby T (executive summary)", [
    "Death of a baby born at home in 2020 to a 15-year-old mother who had concealed her pregnancy. Baby T was found dead shortly after the birth and the post-mortem could not establish whether she had been born alive. The mother was herself subject to a child protection plan because of neglect, and had been sexually abused by an older male relative.",
    [L("Learning includes:", ["concealed pregnancy in young people", "sexual abuse behind a teenage pregnancy"])],
    [R("Recommendations include:", ["guidance on concealed and denied pregnancy"])]],
   T("Baby T", "child_safeguarding_practice_review", "executive_summary", "death", "2020", "", "", "under_1|unknown", "female", "|neglect|other"),
   link="Other resources Read executive summary"),
])

# --- 2024 list of the four nations' reviews: "2024 – Committee / Board / Panel / Partnership – Name", the review
# type in the summary's first words, Learning: / Recommendations: / Keywords:.
FILES["ge-nations-2024-boards.txt"] = dict(pubyear="2024", preamble=[
    "Case reviews published in 2024: Scotland, Wales, Northern Ireland and England", "",
    "Summaries of learning reviews, child practice reviews, case management reviews and local child safeguarding practice reviews published in 2024. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("2024 – North Glenarden Child Protection Committee – Child U", [
    "A significant case review into the death of an 11-month-old girl in 2019 from dehydration and malnutrition. Child U's siblings, aged 3 and 5, were found to be underweight and were accommodated by the local authority. Child U's parents had both been diagnosed with a learning disability.",
    [L("Learning:", ["growth of babies not weighed after the first months", "parents with a learning disability need practical help"])],
    [R("Recommendations:", ["babies of parents with a learning disability to be weighed every month"])],
    "Keywords: neglect, malnutrition, parents with learning disabilities"],
   T("Child U", "significant_case_review", "overview", "death", "2019", "11-month-old", "0.92", "under_1", "female", "neglect",
     risk="parental_learning_disability", area="North Glenarden Child Protection Committee|North Glenarden"), link="Read the overview report"),
 E("2024 – Calderlaw Child Protection Committee – Young Person V", [
    "A learning review following the death of a 16-year-old boy who took his own life in a young offenders institution in 2022. Young Person V had been subject to a compulsory supervision order from the age of 12 and had been placed in secure care twice. His mother had died when he was 7.",
    [L("Learning:", ["transitions from secure care to custody", "bereavement in childhood"])],
    [R("Recommendations:", ["a suicide risk assessment for every young person entering custody"])],
    "Keywords: suicide, secure care, youth justice"],
   T("Young Person V", "learning_review", "overview", "death", "2022", "16-year-old", "16.00", "16_17", "male", "self_harm_suicide",
     ctx="looked_after", area="Calderlaw Child Protection Committee|Calderlaw"), link="Read the overview report"),
 E("2024 – Bro Morlan Regional Safeguarding Board – Child W", [
    "An extended child practice review into serious harm to a 14-month-old boy who was admitted to hospital in 2021 with a spiral fracture of the arm and burns to his hands. Child W had been on the child protection register since birth under the category of neglect. Child W's mother, aged 23, had herself been on the register as a child.",
    [L("Learning:", ["injuries to children on the register", "a parent's own childhood on the register"])],
    [R("Recommendations:", ["core groups to consider injuries as well as neglect"])],
    "Keywords: physical abuse, child protection register, burns"],
   T("Child W", "child_practice_review", "overview", "serious_harm", "2021", "14-month-old", "1.17", "1_5", "male", "physical_abuse|physical_abuse; neglect",
     ctx="child_protection_plan", area="Bro Morlan Regional Safeguarding Board|Bro Morlan"), link="Read the overview report"),
 E("2024 – Cwm Teilo and Glanrhyd Safeguarding Board – Children X and Y", [
    "A concise child practice review following the deaths of two brothers, aged 4 and 6, in a house fire in the winter of 2020/21. The boys had been left alone in the house while their mother went to a neighbour's. Their older half-sister, aged 15, had a child in need plan because of self-harm.",
    [L("Learning:", ["young children left alone", "fire safety advice to families"])],
    [R("Recommendations:", ["fire safety checks for families known to children's services"])],
    "Keywords: house fires, unsupervised children, neglect"],
   T("Children X and Y", "child_practice_review", "overview", "death", "2020|2021", "*", "*", "*", "male", "neglect", n="2",
     area="Cwm Teilo and Glanrhyd Safeguarding Board|Cwm Teilo and Glanrhyd"), link="Read the overview report"),
 E("2024 – Slieve Carra Safeguarding Panel – Child Z", [
    "A case management review into the sexual abuse of a 12-year-old girl by her 17-year-old cousin, who was staying with the family, in 2021. Child Z's parents both misused alcohol and there had been 14 police call-outs to domestic incidents at the family home since 2016. The cousin was a looked after child placed with Child Z's family by the Trust.",
    [L("Learning:", ["placing a looked after young person with relatives who have younger children", "domestic incidents as a sign of risk to children"])],
    [R("Recommendations:", ["risk assessment before a young person is placed in a home with other children"])],
    "Keywords: sexual abuse, kinship placements, domestic abuse"],
   T("Child Z", "case_management_review", "overview", "serious_harm", "2021", "12-year-old", "12.00", "11_15", "female", "sexual_abuse",
     risk="parental_alcohol_misuse; domestic_abuse", area="Slieve Carra Safeguarding Panel|Slieve Carra"), link="Read the overview report"),
 E("2024 – Anonymous – Child AA", [
    "An initial case review about a 9-year-old boy with cerebral palsy and a gastrostomy, who was admitted to hospital in the summer of 2022 severely malnourished. Child AA was known to a children's disability team and had a child's plan. His parents, aged 41 and 44, were his only carers.",
    [L("Learning:", ["neglect of disabled children", "the child's plan did not record his weight"])],
    [R("Recommendations:", ["weight to be recorded at every review of a disabled child's plan"])],
    "Keywords: disabled children, neglect"],
   T("Child AA", "other|learning_review", "overview", "serious_harm", "2022", "9-year-old", "9.00", "6_10", "male", "neglect",
     ctx="disabled|disabled; child_in_need_plan"), link="Read the overview report"),
 E("2024 – Whitlow and Dene Safeguarding Children Partnership – Child AB", [
    "A local child safeguarding practice review into the death of a seventeen-year-old boy who was stabbed by two other teenagers in 2022. Child AB had been a looked after child since the age of 15 and was living in semi-independent accommodation. Earlier that year his 14-year-old brother had been arrested for carrying a knife.",
    [L("Learning:", ["semi-independent accommodation for looked after children", "risks shared by brothers"])],
    [R("Recommendations:", ["a review of the use of semi-independent accommodation for children under 18"])],
    "Keywords: knife crime, looked after children"],
   T("Child AB", "child_safeguarding_practice_review", "overview", "death", "2022", "seventeen-year-old", "17.00", "16_17", "male", STAB,
     ctx="looked_after", area="Whitlow and Dene Safeguarding Children Partnership|Whitlow and Dene"), link="Read the overview report"),
 E("2024 – Anonymous – Babies D, E and F", [
    "A thematic local child safeguarding practice review of three unrelated babies, each aged under 6 months, who were seriously injured by their fathers between 2021 and 2023. Two of the fathers were care leavers and one had a conviction for violence against a previous partner.",
    [L("Learning:", ["the invisibility of fathers", "care leavers who become fathers"])],
    [R("Recommendations:", ["a partnership strategy for working with fathers"])],
    "Keywords: non-accidental injuries, fathers, thematic review"],
   T("Babies D, E and F", "child_safeguarding_practice_review", "overview", "serious_harm", "2021|2023|", "*", "*", "*", "not_stated", HEAD,
     risk="domestic_abuse; parental_criminality|parental_criminality|domestic_abuse|", n="3", thematic="true"), link="Read the overview report"),
])
