package org.casereview.etl.report;

import static org.casereview.etl.report.SampleInputWriter.INVENTED;

import java.io.IOException;

/** Invented child safeguarding practice review "Child Q": numbered recommendations, linked by file name. */
final class SampleChildQReport {

    static final String PARTNERSHIP = "Ashdown Safeguarding Children Partnership";
    static final String INTRO = "1. Introduction";
    static final String METHOD = "2. Methodology and scope";
    static final String FAMILY = "3. The family and Child Q";
    static final String EVENTS = "4. Summary of key events";
    static final String FINDINGS = "5. Findings and learning";
    static final String GOOD = "6. Good practice";
    static final String RECS = "7. Recommendations";
    static final String APPENDIX = "Appendix A: Terms of reference";

    private SampleChildQReport() {
    }

    static PdfFixtureBuilder write(SampleInputWriter.Pages pages) throws IOException {
        PdfFixtureBuilder b = new PdfFixtureBuilder()
                .info("Child Safeguarding Practice Review: Child Q", "Dr Helen Marsh", 2026)
                .runningHeader(PARTNERSHIP, "Invented example \u2014 not a real case")
                .footer("Page {page} of {pages}")
                .cover(PARTNERSHIP, 18, "Child Safeguarding Practice Review", 20, "Child Q", 30,
                        INVENTED, 12, "Independent reviewer: Dr Helen Marsh", 12, "Published: September 2026", 12)
                .contents(pages.contents(INTRO, METHOD, FAMILY, EVENTS, FINDINGS, GOOD, RECS, APPENDIX));
        pages.chapter(b, INTRO)
                .numberedParagraph("1.1", INVENTED + ". This practice review concerns a 14-year-old girl, called "
                        + "Child Q in this report, who was seriously injured in March 2025 after she went missing from "
                        + "home for three days and was found in a flat in a neighbouring town.")
                .numberedParagraph("1.2", "The Ashdown Safeguarding Children Partnership decided after its rapid "
                        + "review that the case met the criteria for a local child safeguarding practice review, "
                        + "because it might highlight improvements needed in how agencies respond to children who "
                        + "go missing and are at risk of exploitation outside the home.")
                .numberedParagraph("1.3", "The purpose of the review is not to apportion blame but to understand "
                        + "what happened, why it happened, and what the partnership can do to make it less likely "
                        + "that another child will be harmed in the same way.");
        pages.chapter(b, METHOD)
                .numberedParagraph("2.1", "The review covered the period from September 2023, when Child Q moved "
                        + "to secondary school, until her discharge from hospital in April 2025. Agencies provided "
                        + "chronologies and reflective reports, and the reviewer met the practitioners involved in "
                        + "two learning events held in June 2025.")
                .numberedParagraph("2.2", "Child Q and her mother were invited to contribute. Child Q met the "
                        + "reviewer with her social worker and her views are reflected throughout this report.")
                .paragraph("The agencies that contributed to the review were:")
                .bullets("Ashdown Council children's social care, including the early help service;",
                        "Ashdown Police missing persons and exploitation team;",
                        "Ashdown Academy and the school nursing service;",
                        "the child and adolescent mental health service;",
                        "the emergency department of Ashdown General Hospital.");
        pages.chapter(b, FAMILY)
                .numberedParagraph("3.1", "Child Q is White British and lived with her mother and two younger "
                        + "brothers. Her father left the family home when she was eight and contact with him "
                        + "stopped after a period of domestic abuse that was known to the police.")
                .numberedParagraph("3.2", "Child Q was described by her teachers as bright and funny. She told the "
                        + "reviewer that she felt nobody at home had time for her after her brothers were born, and "
                        + "that the older friends she met online made her feel grown up and listened to.")
                .numberedParagraph("3.3", "Her mother worked long shifts in a care home and relied on Child Q to "
                        + "look after her brothers in the evenings. She told the reviewer she had asked for help "
                        + "more than once but did not know who to call when her daughter did not come home.");
        pages.chapter(b, EVENTS)
                .numberedParagraph("4.1", "Between November 2023 and February 2025 Child Q was reported missing "
                        + "eleven times. After each episode a return home interview was offered, and four took "
                        + "place; each was completed by a different worker.")
                .numberedParagraph("4.2", "In June 2024 the school recorded that Child Q had a new phone and "
                        + "expensive clothes, and that she was seen getting into cars with older young men after "
                        + "school. A referral was made to children's social care and an assessment began.")
                .numberedParagraph("4.3", "The assessment concluded in August 2024 that Child Q should be supported "
                        + "by early help. A strategy meeting was not held, and the exploitation screening tool was "
                        + "completed by the school but not shared with the police.")
                .numberedParagraph("4.4", "In March 2025 Child Q was missing for three days. She was found by the "
                        + "police in a flat in a neighbouring town with injuries that needed surgery. Two adults were "
                        + "later charged with offences relating to her exploitation.");
        pages.chapter(b, FINDINGS)
                .paragraph("The review identified four areas of learning. Each is set out below with the evidence "
                        + "from the case and a learning point for the partnership.")
                .heading2("5.1 Going missing was treated as a series of separate events")
                .numberedParagraph("5.1.1", "Each missing episode was recorded and responded to, but nobody looked "
                        + "at the pattern across all eleven. The frequency and length of the episodes rose steadily "
                        + "over the year, which was a clear sign that the risk was increasing.")
                .labelled("Learning point 1: ", "Repeated missing episodes should be seen together as a pattern "
                        + "of rising risk, not handled one by one.")
                .heading2("5.2 Return home interviews did not build a relationship")
                .numberedParagraph("5.2.1", "Child Q told the reviewer she did not want to talk to a new person "
                        + "every time. The interviews that took place were short and she gave little information.")
                .labelled("Learning point 2: ", "A trusted, consistent worker is more likely to learn what is "
                        + "happening to a child who goes missing than a series of different interviewers.")
                .heading2("5.3 Screening for exploitation was not shared")
                .numberedParagraph("5.3.1", "The school completed the exploitation screening tool and rated the "
                        + "risk as high, but the result stayed within the school's records and did not reach the "
                        + "police or the social worker completing the assessment.")
                .labelled("Learning point 3: ", "Screening for exploitation only protects a child when its "
                        + "results reach every agency that needs to act on them.")
                .heading2("5.4 The mother's requests for help were not heard")
                .numberedParagraph("5.4.1", "Child Q's mother asked for help with her daughter's behaviour on at "
                        + "least three occasions. Her requests were recorded as information rather than as a "
                        + "parent seeking support.")
                .labelled("Learning point 4: ", "Parents of children at risk of exploitation are often the first "
                        + "to see the warning signs and should be treated as partners in safety planning.");
        pages.chapter(b, GOOD)
                .paragraph("The review found examples of good practice, including:")
                .bullets("The designated safeguarding lead at the school noticed the change in Child Q's "
                                + "possessions and acted on it the same day.",
                        "The police officers who found Child Q stayed with her in hospital until her mother arrived.",
                        "The school nurse kept in touch with Child Q throughout her recovery.");
        pages.chapter(b, RECS)
                .paragraph("The review makes the following recommendations to the Ashdown Safeguarding Children "
                        + "Partnership:")
                .numbered("The partnership should make sure that a child reported missing three times in ninety "
                                + "days is discussed at a multi-agency meeting that looks at the whole pattern.",
                        "Children's social care should assign one named worker to carry out all return home "
                                + "interviews for the same child wherever possible.",
                        "The partnership should agree how the results of the exploitation screening tool are "
                                + "shared between schools, the police and children's social care.",
                        "All agencies should train practitioners to treat a parent's request for help with a "
                                + "child's behaviour as a possible sign of exploitation.");
        pages.chapter(b, APPENDIX)
                .paragraph("The review was asked to consider the following questions:")
                .bullets("How well did agencies recognise and respond to the risk of exploitation?",
                        "How effective were the responses to Child Q going missing?",
                        "How well were the views of Child Q and her mother sought and acted on?");
        return b;
    }
}
