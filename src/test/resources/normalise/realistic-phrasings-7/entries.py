# Entries of the "realistic phrasings 7" set (issue 9, session 18): invented (names, places, events, sentences),
# phrased the way real published summaries are phrased (read with the search tool, corpus `pages`: the NSPCC yearly
# lists of 2014/2015 and 2017 ("Month YYYY – Area - Name", summary, "Background:", "Learning:" / "Key issues:",
# "Model: review was undertaken using the Welsh Child Practice Review model.", Keywords:), the four nations' review
# pages (child practice reviews, significant case reviews, learning reviews, case management reviews), a monthly
# repository digest (numbered "Type: Name (document)" headings, an ethnicity sentence) and a "Recently published"
# page). New traps, less covered by sets 1-6: a child named only by place in the family ("the youngest of four
# children", "the eldest of six children", "the second of three children"), ages given only as a date of birth and
# an incident date ("born on 4 February 2020 and died on 21 April 2020"), pre-birth plans and an unborn child, twins
# with different outcomes (one died, one injured; one brain-damaged, one unharmed), several children of several ages
# ("three siblings aged 2, 5 and 9", "five brothers and sisters, aged from 4 to 15"), outcomes stated late or hedged
# ("was later pronounced dead", "remains in intensive care and is not expected to survive", "was unable to determine
# whether her death was intentional", "recorded an open conclusion"), harm stated through an agency's action ("was
# made subject of a child protection plan under the category of emotional abuse", "placed on the child protection
# register under the category of ..."), adults outside the family (a lodger, a grandmother's lodger, a mother's new
# partner who did not live with the family, a boyfriend), care words (special guardianship, kinship care, a secure
# unit, a young offender institution, "looked after under section 20", "accommodated under section 20", a residential
# special school, an education, health and care plan), places in Wales, Scotland and Northern Ireland, and the b28
# leftovers (a child not seen at school for more than a year; grooming online paid for with money for images).
# Truth written with each entry, from the words, before the first run.
#
# Conventions (realistic-phrasings-3 to -6 READMEs, unchanged, plus the few this set needed, decided from
# DATA-MODEL.md): not stated means empty; a code is about the child(ren) the entry describes, never a parent's,
# sibling's, half-sibling's or lodger's own history; a parent's (or a mother's partner's living in the home)
# criminality, mental health, drug or alcohol use, learning disability or domestic abuse is the child's risk factor,
# but a lodger's or a grandmother's lodger's convictions are no *parental* criminality (no code); the category of the
# child's own child protection plan or register entry names a harm the agencies found (coded, or accepted beside the
# harm the summary names); a past care context of the child is coded (a past special guardianship order, a past
# section 20 accommodation); a link that names no document ("Read the review") is document type `unknown`; a young offender institution or a sentence is no care context by itself; an age given
# only as a date of birth and a date of the incident is the age at the incident (age_text not scored; age_years the
# exact age within 0.02 or the whole months; band from it); "the youngest of four children" is one child; twins of one
# age: the age is scored; a death is the outcome when one of the children died; "not expected to survive" is still
# serious harm; grooming online paid for with money or vouchers for images is online harm AND sexual exploitation
# (sexual abuse or extra-familial harm accepted beside them, online harm alone is not enough); a child not seen at
# school / not on any roll / home educated for a long time is `not_in_school`. `a|b` alternatives, `*` not scored.
from itertools import combinations

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


def A(required, optional=""):
    """Every accepted code list: the required codes with any subset of the optional ones."""
    req = [c for c in required.split("; ") if c]
    opt = [c for c in optional.split("; ") if c]
    alts = []
    for k in range(len(opt) + 1):
        for extra in combinations(opt, k):
            alts.append("; ".join(req + list(extra)))
    return "|".join(alts)


def E(heading, body, truth, link=None, **kw):
    import re
    truth.setdefault("title", re.sub(r"^\d+\. ", "", heading))
    return dict(heading=heading, body=body, truth=truth, link=link, **kw)


def L(label, items, style="semi"):
    return ("L", label, items, style)


def R(label, items, style="semi"):
    return ("R", label, items, style)


HEAD = "physical_abuse; non_accidental_head_injury|physical_abuse|non_accidental_head_injury"
WELSH_MODEL = "Model: review was undertaken using the Welsh Child Practice Review model."

FILES = {}

# --- 2015 yearly list: "Month 2015 – Area - Name", summary, "Background:", "Learning:", "Recommendations:",
# sometimes "Model:", "Keywords:".
FILES["ha-yearly-2015-background.txt"] = dict(pubyear="2015", preamble=[
    "Case reviews published in 2015", "",
    "A chronological list of the executive summaries or full overview reports of serious case reviews, significant case reviews or multi-agency child practice reviews published in 2015. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2015 – Penhallow Bay - Child EK", [
    "Death of the youngest of four children in the winter of 2014. Child EK, aged 23 months, was taken to hospital by ambulance after her mother found her unresponsive in the bath, and was later pronounced dead.",
    "Background: all four children had been made subject of child protection plans under the category of neglect in 2013. The mother's new partner, who did not live with the family, had convictions for supplying heroin.",
    [L("Learning:", ["supervision of young children at bath time was not discussed at core groups", "the new partner was not known to the core group"])],
    [R("Recommendations:", ["core groups to ask about every adult who visits the home"])],
    "Keywords: neglect, drowning, unknown men"],
   T("Child EK", "unknown", "overview", "death", "2014", "aged 23 months|23 months", "1.92", "1_5", "female", "neglect",
     risk="|parental_criminality", ctx="child_protection_plan", area="Penhallow Bay"), link="Read the overview report"),
 E("November 2015 – Ystrad Cennen - Child FL", [
    "Serious harm to a 15-year-old boy who was looked after under section 20 and living in a residential children's home in 2014. Child FL was stabbed in the leg during a fight at a party and was found to have been carrying drugs for an older man.",
    "Background: Child FL had not been seen in any school for more than a year before the stabbing and had been reported missing 22 times. His mother had bipolar disorder.",
    [L("Learning:", ["missing episodes were not linked to exploitation", "children out of education were not tracked"])],
    [R("Recommendations:", ["a return interview after every missing episode"])],
    WELSH_MODEL,
    "Keywords: criminal exploitation, missing children, looked after children"],
   T("Child FL", "child_practice_review", "overview", "serious_harm", "2014", "15-year-old", "15.00", "11_15", "male",
     A("child_criminal_exploitation", "extra_familial_harm; physical_abuse"),
     risk="parental_mental_health", ctx="looked_after; not_in_school", area="Ystrad Cennen"), link="Read the overview report"),
 E("October 2015 – Glenmoray - Baby GM", [
    "Death of a baby girl who was born on 9 March 2014 and died on 2 May 2014. Baby GM had been subject to a pre-birth child protection plan under the category of physical abuse because her father had injured a previous child.",
    "Background: Baby GM was found not breathing on a sofa where her father had fallen asleep with her after drinking. Her mother had left the family home two weeks earlier.",
    [L("Learning:", ["pre-birth plans did not consider a change of main carer", "safer sleep advice was not repeated to the father"])],
    [R("Recommendations:", ["plans to be reviewed when a baby's main carer changes"])],
    "Keywords: sudden infant death, pre-birth assessment, fathers"],
   T("Baby GM", "unknown", "overview", "death", "2014", "*", "0.15|0.13|0.08", "under_1", "female",
     A("sudden_unexpected_infant_death", "physical_abuse"),
     risk="co_sleeping; parental_alcohol_misuse|co_sleeping", ctx="child_protection_plan", area="Glenmoray"), link="Read the overview report"),
 E("September 2015 – Carrickmore Vale - Children HN, HO and HP", [
    "Neglect of three siblings aged 2, 5 and 9 over several years up to 2014, when they were removed from the care of their mother and a lodger. The lodger, who had been convicted of sexual offences against children in 2006, had lived in the home for eighteen months without agencies knowing.",
    "Background: the mother used cannabis every day. The children were placed with their paternal aunt as kinship carers.",
    [L("Learning:", ["professionals did not ask who else lived in the home", "daily cannabis use was seen as the mother's choice"])],
    [R("Recommendations:", ["home visits to include every room and every adult"])],
    "Keywords: neglect, unknown adults, kinship care"],
   T("Children HN, HO and HP", "unknown", "overview", "serious_harm", "2014|", "*", "*", "*", "not_stated", "neglect",
     risk="parental_substance_misuse", ctx="connected_carers|connected_carers; looked_after", n="3",
     area="Carrickmore Vale"), link="Read the overview report"),
 E("August 2015 – Anonymous - Twins JQ and JR", [
    "Serious injury to twin boys aged 7 months in June 2014. Twin JQ was found to have a fractured skull and later died in hospital; his brother, Twin JR, had fractures to three ribs and made a full recovery.",
    "Background: the twins' father, aged 19, had been released from a young offender institution shortly before the twins were born. Their mother, aged 17, had been a looked after child until she was 16.",
    [L("Learning:", ["young fathers leaving custody were not known to health visitors", "the mother's own care history was not used to plan support"])],
    [R("Recommendations:", ["youth offending services to tell midwives when a young man in custody is to become a father"])],
    "Keywords: twins, non-accidental injuries, young parents"],
   T("Twins JQ and JR", "unknown", "overview", "death", "2014", "aged 7 months|7 months", "0.58", "under_1", "male", HEAD,
     risk="parental_criminality", n="2"), link="Read the overview report"),
 E("July 2015 – Aberdour Mains - Young Person KS", [
    "A 16-year-old girl was groomed on a social media app by a man who paid her for sexual images of herself over several months in 2014. Young Person KS later took an overdose and was admitted to a psychiatric unit.",
    "Background: Young Person KS had been living with her grandmother under a kinship care order since the age of 10. Her father was serving a prison sentence for drug offences.",
    [L("Learning:", ["money paid to a child for images was not seen as exploitation", "kinship carers were not given advice on online safety"])],
    [R("Recommendations:", ["online safety support for kinship carers"])],
    "Keywords: online abuse, child sexual exploitation, kinship care"],
   T("Young Person KS", "unknown", "overview", "serious_harm", "2014", "16-year-old", "16.00", "16_17", "female",
     A("online_harm; child_sexual_exploitation; self_harm_suicide", "sexual_abuse; extra_familial_harm; poisoning_ingestion"),
     risk="parental_criminality", ctx="connected_carers", area="Aberdour Mains"), link="Read the overview report"),
 E("June 2015 – Llanwerydd - Child LT", [
    "Child LT, born in January 2011, died in hospital in October 2014 from an infection that had not been treated. Child LT had complex health needs and the family had missed 23 hospital appointments in the year before the death.",
    "Background: Child LT's older brother was a young carer for their father, who had a brain injury and used alcohol heavily.",
    [L("Learning:", ["missed appointments for a child with complex needs were not seen as neglect", "young carers were not asked about the care of their siblings"])],
    [R("Recommendations:", ["a was-not-brought policy for every hospital clinic"])],
    WELSH_MODEL,
    "Keywords: neglect, missed appointments, young carers"],
   T("Child LT", "child_practice_review", "overview", "death", "2014", "*", "3.75|3.67|3.00", "1_5", "not_stated", "neglect",
     risk="parental_alcohol_misuse", ctx="disabled|", area="Llanwerydd"), link="Read the overview report"),
 E("May 2015 – Thornbury Fields - Child MU", [
    "Death of a 14-year-old boy of Gypsy/Traveller heritage in 2014. Child MU had not attended school since Year 6 and had been electively home educated; he was found hanged at the family home.",
    "Background: Child MU had been made subject of a child in need plan in 2012 because of concerns about emotional abuse by his father. His father had been convicted of assaulting Child MU's mother in 2011.",
    [L("Learning:", ["elective home education hid a child from professionals", "the plan ended without the father being seen"])],
    [R("Recommendations:", ["a visit to every child whose parents choose home education after a plan ends"])],
    "Keywords: suicide, elective home education, domestic abuse"],
   T("Child MU", "unknown", "overview", "death", "2014", "14-year-old", "14.00", "11_15", "male",
     A("self_harm_suicide", "emotional_abuse"),
     risk="domestic_abuse; parental_criminality|domestic_abuse", ctx="child_in_need_plan; not_in_school",
     eth="Gypsy/Traveller|Gypsy/Traveller heritage", area="Thornbury Fields"), link="Read the overview report"),
])

NAV = ["<header><a href=\"#main\">Skip to content</a>",
       "<nav><ul><li><a href=\"#\">Home</a></li><li><a href=\"#\">Safeguarding and child protection</a></li><li><a href=\"#\">Case reviews</a></li></ul></nav></header>"]
FOOT = ["<footer><p>Cookie settings</p><p>Privacy notice</p></footer>"]

# --- A 2023 page of the nations' reviews: "2023 – Board / Committee / Panel – Name", the review type in the summary's
# first words, Learning: / Recommendations: / Keywords:.
FILES["hb-nations-2023-reviews.html"] = dict(page_title="Case reviews from Wales, Scotland and Northern Ireland", html_preamble=NAV, html_footer=FOOT,
    h1="Case reviews from Wales, Scotland and Northern Ireland", pubyear="2023",
    intro_html=["Child practice reviews, learning reviews, significant case reviews and case management reviews published in 2023. Invented for testing: no real child, family or place."],
    entries=[
 E("2023 – Dyffryn Teifi Regional Safeguarding Board – Child NV", [
    "A concise child practice review following serious harm to a 9-week-old baby girl in 2022. Pre-birth, Child NV had been the subject of a child protection plan under the category of neglect; at 9 weeks she was admitted to hospital with a spiral fracture of the femur that her parents could not explain. Her mother's new partner, who had moved in when Child NV was four weeks old, had previous convictions for violence against a former partner and a child.",
    [L("Learning:", ["a new adult joining the household during a plan", "injuries to non-mobile babies"])],
    [R("Recommendations:", ["a check on every adult who joins the household of a child on a plan"])],
    "Keywords: physical abuse, pre-birth, new partners"],
   T("Child NV", "child_practice_review", "unknown", "serious_harm", "2022", "9-week-old", "0.17", "under_1", "female",
     "physical_abuse|physical_abuse; neglect",
     risk="parental_criminality; domestic_abuse|parental_criminality|domestic_abuse|", ctx="child_protection_plan",
     area="Dyffryn Teifi Regional Safeguarding Board|Dyffryn Teifi"), link="Read the review"),
 E("2023 – Strathallan Child Protection Committee – Child OW", [
    "A learning review into the death of a 17-year-old young man who died by suicide in a young offenders institution in 2021, three weeks after he was sentenced. Child OW had no history of care and lived with his mother until his arrest. He had been excluded from school at 14 and had not returned to education.",
    [L("Learning:", ["the first weeks in custody", "young people out of education from an early age"])],
    [R("Recommendations:", ["a wellbeing check every day for the first month in custody"])],
    "Keywords: suicide, youth justice, school exclusion"],
   T("Child OW", "learning_review", "unknown", "death", "2021", "17-year-old", "17.00", "16_17", "male", "self_harm_suicide",
     ctx="not_in_school", area="Strathallan Child Protection Committee|Strathallan"), link="Read the review"),
 E("2023 – Lough Errin Safeguarding Panel – Child PX", [
    "A case management review into the sexual exploitation of a 15-year-old girl who was living in a secure unit at the time of the review. Between 2020 and 2022 Child PX had been moved between eleven placements, having been looked after since the age of 12, and was repeatedly found with older men in the city centre.",
    [L("Learning:", ["placement moves increased the risk of exploitation", "the men were not disrupted"])],
    [R("Recommendations:", ["a plan to disrupt adults found with looked after children"])],
    "Keywords: child sexual exploitation, looked after children, secure care"],
   T("Child PX", "case_management_review", "unknown", "serious_harm", "2020|2022|", "15-year-old", "15.00", "11_15", "female",
     A("child_sexual_exploitation", "extra_familial_harm; sexual_abuse"),
     ctx="looked_after", area="Lough Errin Safeguarding Panel|Lough Errin"), link="Read the review"),
 E("2023 – Bro Tawe Regional Safeguarding Board – Children QY and QZ", [
    "An extended child practice review following the death of a 3-year-old girl and serious harm to her twin brother in 2022. The twins had lived with their maternal grandparents under a special guardianship order from 2020 and had returned to their mother six weeks before the girl was found dead. Her brother was found to be severely malnourished and had a fractured arm. The mother had a long history of heroin use and had recently begun a relationship with a man who had just been released from prison.",
    [L("Learning:", ["the return home of children under special guardianship", "the mother's new relationship was not assessed"])],
    [R("Recommendations:", ["support and review when children leave a special guardianship placement"])],
    "Keywords: neglect, special guardianship, twins"],
   T("Children QY and QZ", "child_practice_review", "unknown", "death", "2022", "3-year-old", "3.00", "1_5", "mixed",
     "neglect; physical_abuse",
     risk="parental_substance_misuse|parental_substance_misuse; parental_criminality", ctx="connected_carers", n="2",
     area="Bro Tawe Regional Safeguarding Board|Bro Tawe"), link="Read the review"),
 E("2023 – Anonymous – Young Person RA", [
    "A child practice review into the death of a 16-year-old boy who was struck by a train in 2022 and was pronounced dead at the scene. Young Person RA had been on the child protection register under the category of emotional abuse until the previous year, when his mother's partner left the home. The coroner recorded an open conclusion.",
    [L("Learning:", ["support after a child's name is removed from the register", "the voice of the young person"])],
    [R("Recommendations:", ["a support plan for every young person whose name is removed from the register"])],
    "Keywords: emotional abuse, adolescents"],
   T("Young Person RA", "child_practice_review", "unknown", "death", "2022", "16-year-old", "16.00", "16_17", "male",
     "other; emotional_abuse|other",
     ctx="child_protection_plan"), link="Read the review"),
 E("2023 – Inverleith and Calder Child Protection Committee – Child SB", [
    "A significant case review into the care of a 4-year-old boy who was found in 2021 to have been kept in a single room for most of his life. Child SB had not been registered with a GP or nursery and had not been seen by any professional since his health visitor's last visit at 10 months. His mother, who had agoraphobia and depression, was his only carer. Child SB's older half-sister, aged 14, had been placed with her father under a kinship care order in 2019.",
    [L("Learning:", ["children who are invisible to services", "a mother's agoraphobia and its effect on her child"])],
    [R("Recommendations:", ["health visitors to follow up every child who misses developmental reviews"])],
    "Keywords: neglect, invisible children, parental mental health"],
   T("Child SB", "significant_case_review", "unknown", "serious_harm", "2021", "4-year-old", "4.00", "1_5", "male",
     "neglect|neglect; emotional_abuse", risk="parental_mental_health",
     area="Inverleith and Calder Child Protection Committee|Inverleith and Calder"), link="Read the review"),
 E("2023 – Slieve Dara Safeguarding Panel – Baby TC", [
    "A case management review following the death of Baby TC, aged 11 days, in 2022. The baby was born to a 16-year-old mother who was herself looked after in a residential unit and had concealed her pregnancy. Baby TC was placed with foster carers at birth under a voluntary arrangement and was found dead in her cot.",
    [L("Learning:", ["concealed pregnancy in looked after young people", "safer sleep advice to foster carers"])],
    [R("Recommendations:", ["safer sleep training for all foster carers of babies"])],
    "Keywords: sudden infant death, concealed pregnancy, foster care"],
   T("Baby TC", "case_management_review", "unknown", "death", "2022", "aged 11 days|11 days", "0.03", "under_1", "female",
     "sudden_unexpected_infant_death|", ctx="looked_after; foster_care|foster_care",
     area="Slieve Dara Safeguarding Panel|Slieve Dara"), link="Read the review"),
 E("2023 – Caer Lliw Regional Safeguarding Board – Siblings UD", [
    "A child practice review into the neglect of five brothers and sisters, aged from 4 to 15, who were made subject of child protection plans under the category of neglect in 2019 and removed into foster care in 2022. The eldest two children were not on the roll of any school. Their father had been convicted of growing cannabis and their mother had a learning disability.",
    [L("Learning:", ["plans that went on for years without change", "children missing from education"])],
    [R("Recommendations:", ["an escalation route for plans lasting more than 18 months"])],
    "Keywords: neglect, children missing education"],
   T("Siblings UD", "child_practice_review", "unknown", "serious_harm", "2019|2022|", "*", "*", "*", "mixed", "neglect",
     risk="parental_criminality; parental_learning_disability",
     ctx="child_protection_plan; looked_after; foster_care; not_in_school", n="5",
     area="Caer Lliw Regional Safeguarding Board|Caer Lliw"), link="Read the review"),
])

# --- Monthly repository digest of September 2022: numbered "Type: Name (document)" headings, "Learning includes:" /
# "Recommendations include:", an ethnicity sentence, "Other resources Read ...".
FILES["hc-monthly-2022-repository.txt"] = dict(pubyear="2022|", month="2022-09", preamble=[
    "NSPCC Repository – September 2022",
    "In September 2022 eight case reviews were published to the NSPCC Repository. A summary of each of these cases can be found below (invented for testing: no real child, family or place):", ""],
    entries=[
 E("1. Child safeguarding practice review: Child VE (overview report)", [
    "Child VE, born in May 2019, the second of three children, was admitted to hospital in August 2021 with a bleed on the brain and was later found to have older rib fractures. His mother's partner was charged with causing grievous bodily harm. The family were of Roma heritage and had moved to England in 2019.",
    [L("Learning includes:", ["interpreters for families whose first language is not English", "older injuries found after a head injury"])],
    [R("Recommendations include:", ["skeletal surveys for every child under two with a head injury"])]],
   T("Child VE", "child_safeguarding_practice_review", "overview", "serious_harm", "2021", "*", "2.25|2.00", "1_5", "male", HEAD,
     risk="|parental_criminality", eth="Roma|Roma heritage"), link="Other resources Read overview report"),
 E("2. Serious case review: Child WF (executive summary)", [
    "Child WF, a 15-year-old girl, died in 2018 after taking an overdose of paracetamol while she was looked after under section 20 and living with foster carers. She had been subject to a child protection plan under the category of sexual abuse before she became looked after. White British.",
    [L("Learning includes:", ["access to medicines in foster homes", "the effect of sexual abuse on teenagers in care"])],
    [R("Recommendations include:", ["foster carers to lock away medicines when a child has self-harmed"])]],
   T("Child WF", "serious_case_review", "executive_summary", "death", "2018", "15-year-old", "15.00", "11_15", "female",
     A("self_harm_suicide", "poisoning_ingestion; sexual_abuse"),
     ctx="looked_after; foster_care; child_protection_plan", eth="White British"), link="Other resources Read executive summary"),
 E("3. Local child safeguarding practice review: Unborn Baby XG (overview report)", [
    "Unborn Baby XG died at 29 weeks' gestation in 2021 after the mother was stabbed by her former partner, who had been released from prison two weeks earlier. A pre-birth assessment had started but the mother's new address was not shared with probation. Ethnicity and nationality not stated.",
    [L("Learning includes:", ["information sharing between probation and children's services", "pre-birth assessment of risk from a former partner"])],
    [R("Recommendations include:", ["probation to check for a pregnancy before a violent offender is released"])]],
   T("Unborn Baby XG", "child_safeguarding_practice_review", "overview", "death", "2021",
     "unborn|unborn baby|29 weeks' gestation|at 29 weeks' gestation", "", "unborn", "not_stated", "physical_abuse",
     risk="domestic_abuse; parental_criminality|domestic_abuse"), link="Other resources Read overview report"),
 E("4. Serious case review: Child YH (overview report)", [
    "Sexual abuse of an 8-year-old girl by a lodger in the family home between 2016 and 2018. The lodger, aged 63, had a conviction for indecent assault on a child in 1998 which the mother said she did not know about. Child YH's mother worked nights and left the children in his care. Ethnicity and nationality not stated.",
    [L("Learning includes:", ["lodgers and other adults in the home", "checks on adults caring for children"])],
    [R("Recommendations include:", ["guidance for parents on checking adults who care for their children"])]],
   T("Child YH", "serious_case_review", "overview", "serious_harm", "2016|2018|", "8-year-old", "8.00", "6_10", "female",
     "sexual_abuse|sexual_abuse; neglect"), link="Other resources Read overview report"),
 E("5. Learning review: Child ZJ (learning briefing)", [
    "A 13-year-old boy who had not been seen at school for fourteen months was found in 2021 in a flat used by drug dealers, more than 100 miles from his home. Child ZJ had been electively home educated since Year 7 after a series of fixed-term exclusions. Ethnicity and nationality not stated.",
    [L("Learning includes:", ["elective home education after exclusion", "county lines exploitation of younger children"])],
    [R("Recommendations include:", ["a visit within a month to every child taken off a school roll after exclusion"])]],
   T("Child ZJ", "learning_review", "briefing", "serious_harm", "2021", "13-year-old", "13.00", "11_15", "male",
     A("child_criminal_exploitation", "extra_familial_harm"), ctx="not_in_school"), link="Other resources Read learning briefing"),
 E("6. Child safeguarding practice review: Baby AK and Baby AL (overview report)", [
    "Twin baby girls, born prematurely on 2 January 2021, were admitted to hospital on 3 April 2021. Baby AK had a subdural haemorrhage and was left with permanent brain damage; Baby AL had no injuries, but both girls were found to be underweight. Their father had been diagnosed with paranoid schizophrenia and had stopped taking his medication. Ethnicity and nationality not stated.",
    [L("Learning includes:", ["premature twins and the strain on parents", "fathers' mental health"])],
    [R("Recommendations include:", ["adult mental health services to ask about babies at home"])]],
   T("Baby AK and Baby AL", "child_safeguarding_practice_review", "overview", "serious_harm", "2021", "*", "0.25", "under_1", "female",
     "physical_abuse; non_accidental_head_injury; neglect|physical_abuse; neglect|non_accidental_head_injury; neglect",
     risk="parental_mental_health", n="2"), link="Other resources Read overview report"),
 E("7. Serious case review: Child BM (overview report)", [
    "Child BM was 11 when she told a teacher in 2019 that her stepfather had been sexually abusing her since she was 7. Child BM was made subject of a child protection plan under the category of sexual abuse and placed with her father. Her younger half-brother, aged 4, remained with the mother under a child in need plan. Ethnicity and nationality not stated.",
    [L("Learning includes:", ["disclosures made at school", "planning for siblings who stay at home"])],
    [R("Recommendations include:", ["plans to consider every child in the household"])]],
   T("Child BM", "serious_case_review", "overview", "serious_harm", "2019", "11|was 11", "11.00", "11_15", "female", "sexual_abuse",
     ctx="child_protection_plan"), link="Other resources Read overview report"),
 E("8. Case management review: Child CN (overview report)", [
    "Child CN, aged 14, was remanded to a secure unit in 2020 after she was arrested for carrying a knife for an older boy. She had been criminally exploited since she began going missing from her kinship placement with her aunt. Ethnicity and nationality not stated.",
    [L("Learning includes:", ["girls who are criminally exploited", "support for kinship carers of teenagers"])],
    [R("Recommendations include:", ["training on criminal exploitation of girls"])]],
   T("Child CN", "case_management_review", "overview", "serious_harm", "2020", "aged 14|14", "14.00", "11_15", "female",
     A("child_criminal_exploitation", "extra_familial_harm"), ctx="connected_carers|connected_carers; looked_after"),
   link="Other resources Read overview report"),
])

# --- "Recently published case reviews" 2021: "2021 – Area – Name", Learning: / Recommendations: / Keywords:.
FILES["hd-recent-2021-published.html"] = dict(page_title="Recently published case reviews", html_preamble=NAV, html_footer=FOOT,
    h1="Recently published case reviews", pubyear="2021",
    intro_html=["Case reviews published in 2021. A list of the executive summaries or full overview reports of child safeguarding practice reviews and serious case reviews. Invented for testing: no real child, family or place."],
    entries=[
 E("2021 – Brackenholt – Child DP", [
    "Child DP, a 12-year-old girl, was groomed online in 2020 by an adult posing as a teenager, who sent her money and gift vouchers in exchange for indecent images. When she refused to send more, he shared the images with her classmates. Child DP self-harmed and stopped going to school.",
    [L("Learning:", ["payment for images as a sign of exploitation", "schools' response when images are shared"])],
    [R("Recommendations:", ["online exploitation to be part of relationships education from Year 6"])],
    "Keywords: online abuse, sexual exploitation, self-harm"],
   T("Child DP", "unknown", "overview", "serious_harm", "2020", "12-year-old", "12.00", "11_15", "female",
     A("online_harm; child_sexual_exploitation; self_harm_suicide", "sexual_abuse; extra_familial_harm"),
     ctx="not_in_school|", area="Brackenholt"), link="> Read the overview report"),
 E("2021 – Harrowgate Cross – Child EQ", [
    "The death of a 6-month-old baby boy in 2020 who was taken to hospital by his parents, where he was later pronounced dead. A post-mortem found 14 fractures of different ages. The father, aged 26, had rented a room in the house as a lodger before the mother's pregnancy; the mother, aged 19, had a diagnosis of emotionally unstable personality disorder.",
    [L("Learning:", ["fractures of different ages in a baby", "the history of the father's relationship with the mother"])],
    [R("Recommendations:", ["a chronology for every baby with more than one injury"])],
    "Keywords: physical abuse, fractures, young mothers"],
   T("Child EQ", "unknown", "overview", "death", "2020", "6-month-old", "0.50", "under_1", "male", "physical_abuse",
     risk="parental_mental_health", area="Harrowgate Cross"), link="> Read the overview report"),
 E("2021 – Anonymous – Children FR, FS, FT and FU", [
    "Four children, the youngest aged 18 months and the eldest 10, were found living in a house without electricity in 2020 after their mother's new partner moved in and began controlling her. The partner, who had been convicted of coercive and controlling behaviour towards a previous partner, was arrested.",
    [L("Learning:", ["coercive control and its effect on children", "new partners with a history of abuse"])],
    [R("Recommendations:", ["use of the domestic violence disclosure scheme when a new partner is known"])],
    "Keywords: coercive control, neglect"],
   T("Children FR, FS, FT and FU", "unknown", "overview", "serious_harm", "2020", "*", "*", "*", "not_stated", "neglect",
     risk="domestic_abuse|domestic_abuse; parental_criminality", n="4"), link="> Read the overview report"),
 E("2021 – Pentre Isaf – Child GV", [
    "Child GV, a 17-year-old young woman with a learning disability, was living in supported accommodation after leaving a special guardianship placement with her grandmother at 16. She was sexually exploited by a group of men who rented rooms in the same building, and was found dead in 2020 after taking drugs they had given her.",
    [L("Learning:", ["supported accommodation for young people with a learning disability", "the end of special guardianship placements"])],
    [R("Recommendations:", ["checks on who else lives in supported accommodation"])],
    "Keywords: child sexual exploitation, learning disabilities, special guardianship"],
   T("Child GV", "unknown", "overview", "death", "2020", "17-year-old", "17.00", "16_17", "female",
     A("child_sexual_exploitation; poisoning_ingestion", "extra_familial_harm; sexual_abuse"),
     ctx="disabled; connected_carers", area="Pentre Isaf"), link="> Read the overview report"),
 E("2021 – Milnthorpe Edge – Baby HW", [
    "Baby HW was born on 4 February 2020 and died on 21 April 2020 after he was found face down on a pillow in his parents' bed. Both parents had taken cocaine that evening. Baby HW had been subject to a child protection plan from birth under the category of neglect, following a pre-birth conference.",
    [L("Learning:", ["safer sleep when parents use drugs", "pre-birth plans that do not change after the birth"])],
    [R("Recommendations:", ["safer sleep plans for every baby on a child protection plan"])],
    "Keywords: sudden infant death, co-sleeping, substance misuse"],
   T("Baby HW", "unknown", "overview", "death", "2020", "*", "0.21|0.17", "under_1", "male",
     A("sudden_unexpected_infant_death", "neglect"),
     risk="co_sleeping; parental_substance_misuse", ctx="child_protection_plan", area="Milnthorpe Edge"), link="> Read the overview report"),
 E("2021 – Castlewick – Child IX", [
    "Child IX, the eldest of six children, was 14 when he was fatally stabbed near his home in 2019. He had been permanently excluded from school and had been accommodated under section 20 for four months in 2018 before returning home. He had been a victim of criminal exploitation.",
    [L("Learning:", ["permanent exclusion as a trigger for exploitation", "the return home from accommodation"])],
    [R("Recommendations:", ["a plan for every child who returns home after accommodation"])],
    "Keywords: knife crime, criminal exploitation, school exclusion"],
   T("Child IX", "unknown", "overview", "death", "2019", "14|was 14", "14.00", "11_15", "male",
     A("child_criminal_exploitation; extra_familial_harm", "physical_abuse") + "|" + A("child_criminal_exploitation; physical_abuse"),
     ctx="looked_after; not_in_school", area="Castlewick"), link="> Read the overview report"),
 E("2021 – Sefton Moss – Child JY", [
    "Child JY, aged 9 months, was admitted to hospital in 2020 with a head injury and remains in intensive care; she is not expected to survive. Her mother's boyfriend, who was not known to agencies and did not live with the family, had been looking after her.",
    [L("Learning:", ["unknown men caring for babies", "asking mothers who looks after their child"])],
    [R("Recommendations:", ["health visitors to ask who else cares for the baby"])],
    "Keywords: head injuries, unknown men"],
   T("Child JY", "unknown", "overview", "serious_harm", "2020", "aged 9 months|9 months", "0.75", "under_1", "female", HEAD,
     area="Sefton Moss"), link="> Read the overview report"),
 E("2021 – Anonymous – Young Person KZ", [
    "A 16-year-old boy serving a detention and training order in a young offender institution was seriously assaulted by two other young people in 2020. Young Person KZ had been brought up by his grandparents under a kinship arrangement and had an education, health and care plan for social, emotional and mental health needs.",
    [L("Learning:", ["violence between young people in custody", "education, health and care plans in custody"])],
    [R("Recommendations:", ["the plan of every young person to follow them into custody"])],
    "Keywords: youth custody, physical assault"],
   T("Young Person KZ", "unknown", "overview", "serious_harm", "2020", "16-year-old", "16.00", "16_17", "male",
     "physical_abuse|physical_abuse; extra_familial_harm|extra_familial_harm",
     ctx="connected_carers; ehcp|connected_carers; ehcp; disabled"), link="> Read the overview report"),
])

# --- 2017 yearly list: "Month 2017 – Area - Name", summary, "Background:", "Key issues:", "Recommendations:",
# sometimes "Model:", "Keywords:".
FILES["he-yearly-2017-key-issues.txt"] = dict(pubyear="2017", preamble=[
    "Case reviews published in 2017", "",
    "A chronological list of the executive summaries or full overview reports of serious case reviews, significant case reviews, case management reviews and child practice reviews published in 2017. (Invented for testing: no real child, family or place.)", ""],
    entries=[
 E("December 2017 – Glanmorfa - Child LA", [
    "Child LA, aged 13, was made subject of a child protection plan under the category of emotional abuse in 2016 after repeated police call-outs to domestic incidents between her mother and her mother's new partner. In the spring of 2017 she took her own life at home.",
    "Background: Child LA had told her school counsellor that she felt unsafe at home.",
    [L("Key issues:", ["the child's voice was not heard at conferences", "the partner was not engaged in the plan"])],
    [R("Recommendations:", ["children to be offered an advocate for every conference"])],
    WELSH_MODEL,
    "Keywords: suicide, domestic abuse, emotional abuse"],
   T("Child LA", "child_practice_review", "overview", "death", "2017", "aged 13|13", "13.00", "11_15", "female",
     A("self_harm_suicide", "emotional_abuse"), risk="domestic_abuse", ctx="child_protection_plan", area="Glanmorfa"), link="Read the overview report"),
 E("November 2017 – Anonymous - Child MB", [
    "Serious neglect of a boy, the youngest of five children, who was found in 2016 at the age of 3 to be unable to walk or speak. His four older siblings had been subject to child protection plans under the category of neglect; Child MB was born after the plans ended and was not known to children's social care.",
    "Background: the father, who worked away from home, had convictions for drink driving; the mother had depression.",
    [L("Key issues:", ["a new baby born after plans end", "fathers who work away"])],
    [R("Recommendations:", ["a new assessment when a baby is born to a family whose plans ended"])],
    "Keywords: neglect, developmental delay"],
   T("Child MB", "unknown", "overview", "serious_harm", "2016", "at the age of 3|age of 3|3", "3.00", "1_5", "male", "neglect",
     risk="parental_mental_health; parental_criminality|parental_mental_health; parental_criminality; parental_alcohol_misuse|parental_mental_health"),
   link="Read the overview report"),
 E("October 2017 – Kilbride Moss - Child NC", [
    "A significant case review into the death of a 2-year-old girl in 2016. Child NC had been placed with her paternal grandmother under a kinship care arrangement in 2015; the grandmother's lodger, who had convictions for violence, was later convicted of her murder.",
    "Background: the grandmother's household was not assessed before the placement.",
    [L("Key issues:", ["assessment of kinship households", "adults living in a kinship carer's home"])],
    [R("Recommendations:", ["checks on every adult in a kinship carer's household"])],
    "Keywords: kinship care, homicide"],
   T("Child NC", "significant_case_review", "overview", "death", "2016", "2-year-old", "2.00", "1_5", "female", "physical_abuse",
     ctx="connected_carers|connected_carers; looked_after", area="Kilbride Moss"), link="Read the overview report"),
 E("September 2017 – Tollerton Heath - Children OD and OE", [
    "Physical abuse of two sisters, aged 4 and 7, by their mother's new partner in 2016. Both girls had been looked after by foster carers under section 20 for a year and had returned home three months before the abuse began.",
    "Background: the mother had met the partner online and he moved in within weeks; agencies did not check his history.",
    [L("Key issues:", ["the return home of children from section 20 accommodation", "new partners after a return home"])],
    [R("Recommendations:", ["support for six months after every return home"])],
    "Keywords: physical abuse, reunification"],
   T("Children OD and OE", "unknown", "overview", "serious_harm", "2016", "*", "*", "*", "female", "physical_abuse",
     ctx="looked_after; foster_care", n="2", area="Tollerton Heath"), link="Read the overview report"),
 E("August 2017 – Anonymous - Young Person PF", [
    "A 17-year-old young woman was found dead in a flat in 2016, six months after she moved from a secure unit to semi-independent accommodation. She had been in care since the age of 11 and had a history of self-harm and alcohol misuse. The coroner was unable to determine whether her death was intentional.",
    "Background: the move was made at short notice when the secure order ended.",
    [L("Key issues:", ["moves from secure care to living alone", "young people's own alcohol misuse"])],
    [R("Recommendations:", ["a step-down plan for every young person leaving secure care"])],
    "Keywords: leaving care, self-harm, secure accommodation"],
   T("Young Person PF", "unknown", "overview", "death", "2016", "17-year-old", "17.00", "16_17", "female",
     "self_harm_suicide|self_harm_suicide; other|other|",
     ctx="looked_after"), link="Read the overview report"),
 E("July 2017 – Carnmoney Water - Baby QG", [
    "Baby QG, born on 12 October 2016, was admitted to hospital on 30 December 2016 with a fractured skull and bruising to her face. Her father, a 21-year-old serving soldier, was convicted of causing grievous bodily harm.",
    "Background: the family had moved between three military bases since the birth.",
    [L("Key issues:", ["families of service personnel moving between areas", "information sharing with military welfare services"])],
    [R("Recommendations:", ["military welfare services to be invited to strategy meetings"])],
    "Keywords: non-accidental head injury, armed forces families"],
   T("Baby QG", "unknown", "overview", "serious_harm", "2016", "*", "0.22|0.21|0.17", "under_1", "female", HEAD,
     risk="parental_criminality|", area="Carnmoney Water"), link="Read the overview report"),
 E("June 2017 – Anonymous - Child RH", [
    "Child RH, a 10-year-old boy with autism and epilepsy who attended a residential special school, was found to have been restrained face down by staff on more than 40 occasions during 2016. He had an education, health and care plan and was accommodated by the local authority under section 20 during term time.",
    "Background: his parents had asked for the restraints to be reviewed.",
    [L("Key issues:", ["restraint of disabled children", "oversight of residential special schools"])],
    [R("Recommendations:", ["a record of every restraint to be sent to the placing authority"])],
    "Keywords: disabled children, restraint, residential schools"],
   T("Child RH", "unknown", "overview", "serious_harm|other", "2016", "10-year-old", "10.00", "6_10", "male", "physical_abuse|other|physical_abuse; other",
     ctx="disabled; ehcp; looked_after"), link="Read the overview report"),
 E("May 2017 – Bryn Celyn - Children SJ, SK and SL", [
    "A child practice review of three siblings aged 2, 5 and 9 who lived with domestic abuse and chronic neglect over several years until they were removed in 2016. The youngest child had a global developmental delay. The children's mother had been a victim of domestic abuse by their father since she was 17, and the father drank heavily.",
    "Background: the family had been known to children's services since the eldest child's birth.",
    [L("Key issues:", ["the cumulative harm of neglect", "the impact of domestic abuse on young children"])],
    [R("Recommendations:", ["a neglect screening tool for all agencies"])],
    "Keywords: neglect, domestic abuse, alcohol"],
   T("Children SJ, SK and SL", "child_practice_review", "overview", "serious_harm", "2016|", "*", "*", "*", "not_stated",
     "neglect|neglect; emotional_abuse", risk="domestic_abuse; parental_alcohol_misuse", ctx="disabled|", n="3",
     area="Bryn Celyn"), link="Read the overview report"),
])
