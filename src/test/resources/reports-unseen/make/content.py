"""Invented text for the unseen-report fixtures. Every partnership, child and event is invented."""
import random

FILLER = [
    "This report is invented for testing and describes no real child or family.",
    "Practitioners from health, education and children's social care knew the family over several years.",
    "The health visitor recorded that the home was cluttered but warm, and that the baby appeared settled.",
    "School attendance fell during the autumn term and the pastoral lead made two home visits.",
    "The referral was screened within one working day and passed to the early help team.",
    "Mother told her midwife that she felt isolated after moving to the area from another county.",
    "A strategy discussion was held by telephone, but the school was not invited to take part.",
    "The police attended the address twice in the same month after neighbours reported shouting.",
    "Information about the father's previous convictions was held by probation but not shared.",
    "The review panel met four times and heard from practitioners at two learning events.",
    "The GP practice offered appointments that were not attended, and these were not followed up.",
    "Records show that the case was transferred between three social workers in eight months.",
    "The family support worker built a good relationship with the children and their grandmother.",
    "Housing officers knew of damp and overcrowding but did not consider the impact on the children.",
    "The child's voice is largely absent from the records of the period under review.",
    "Agencies relied on the mother's account of the father's absence without checking it.",
    "The child protection conference agreed a plan that focused on home conditions.",
    "Thresholds were applied inconsistently when the same concerns were referred again.",
    "Supervision records show that managers asked the right questions but did not follow them through.",
    "The independent reviewer spoke with the grandmother, who described the family's difficulties.",
]


def paragraph(rng, n=5):
    return " ".join(rng.choice(FILLER) for _ in range(n))


def paragraphs(seed, count, n=5):
    rng = random.Random(seed)
    return [paragraph(rng, n) for _ in range(count)]

RECS = [
    "The partnership should ask all agencies to confirm that practitioners check the identity and history of any new adult in a household where a child is subject to a plan.",
    "Children's social care should review how referrals about the same family within twelve months are screened, so that the history is read before a decision is made.",
    "The integrated care board should seek assurance that GP practices follow up missed appointments for children under five.",
    "Schools should be invited to every strategy discussion about a child on their roll, and the local authority should audit this within six months.",
    "The police should share information about domestic abuse incidents with health visitors within one working day.",
    "The partnership should develop a short guide for practitioners on hearing the voice of pre-verbal children.",
    "Housing providers should be members of the partnership's neglect working group and use the neglect toolkit.",
    "Probation should ensure that risk information about a parent is shared with children's social care when a child joins the household.",
    "The partnership should commission multi-agency training on professional curiosity and report on its reach within a year.",
    "Managers should use supervision to test whether a plan is changing the child's daily experience, not only whether tasks are done.",
    "The designated safeguarding leads network should share this review and its learning with every school in the area.",
    "The local authority should set a standard that a child's case is not transferred between workers more than twice in six months without a manager's review.",
    "Maternity services should ask every expectant mother about her support network and record the answer in the maternity notes.",
    "The partnership should seek assurance that escalation procedures are known and used by front-line staff in all agencies.",
    "Early help services should close a case only after a discussion with the agency that made the referral.",
    "The partnership should audit the quality of child protection plans against the outcomes the child needs.",
    "Health visitors should record who is present at each home visit and whether the child was seen awake.",
    "The partnership should publish a briefing for the community on safe sleeping and the risks of co-sleeping after alcohol.",
    "Adult mental health services should consider the needs of children whenever a parent is assessed.",
    "All agencies should check that the father's details are recorded and that he is invited to take part in assessments.",
    "The partnership should evaluate the impact of this review's recommendations within eighteen months.",
    "Children's social care should make sure that the views of brothers and sisters are sought in every assessment.",
]

LEARNING = [
    "Practitioners need to check what they are told by parents against what other agencies know, especially when a new adult joins the family.",
    "Repeated referrals at a level below the threshold can hide a pattern of cumulative neglect that only the history reveals.",
    "The voice of a very young child is heard through careful observation of the child's presentation, play and relationships.",
    "When a school is left out of a strategy discussion, the agency that sees the child every day cannot share what it knows.",
    "Frequent changes of social worker make it harder to build a relationship with the family and to see the whole picture.",
    "Professional optimism can lead practitioners to accept small improvements as evidence of lasting change.",
    "Men in the household are often invisible to services unless practitioners actively seek them out.",
    "Poor housing conditions affect children's health and safety and should be part of every assessment.",
    "Escalation is a normal part of good practice and should be used when a practitioner disagrees with a decision.",
    "Parental mental ill health can reduce a parent's capacity to meet a child's needs even when the parent loves the child.",
    "A plan that lists tasks without saying how the child's life should change cannot show whether it is working.",
    "Information shared late is often information that cannot be acted on in time to protect a child.",
]

GOOD = [
    "The family support worker visited weekly and kept a clear record of the children's views.",
    "The school nurse acted quickly when the child disclosed an injury and made a referral the same day.",
    "The police officer who attended took time to speak with the children on their own.",
    "The health visitor used an interpreter at every contact so that the mother could speak freely.",
    "The designated safeguarding lead escalated her concerns in writing when she disagreed with the decision.",
    "The grandmother was supported to care for the children through a family network meeting.",
]
