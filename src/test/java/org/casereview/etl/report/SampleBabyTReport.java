package org.casereview.etl.report;

import static org.casereview.etl.report.SampleInputWriter.INVENTED;

import java.io.IOException;

/** Invented serious case review "Baby T": a recommendation table, linked only by similarity. */
final class SampleBabyTReport {

    static final String PARTNERSHIP = "Brambleford Safeguarding Children Partnership";
    static final String INTRO = "1. Introduction";
    static final String PROCESS = "2. The review process";
    static final String BACKGROUND = "3. Background";
    static final String PRACTICE = "4. Analysis of practice";
    static final String FINDINGS = "5. Findings and learning";
    static final String GOOD = "6. Good practice";
    static final String RECS = "7. Recommendations";
    static final String APPENDIX = "Appendix 1: Glossary";

    private SampleBabyTReport() {
    }

    static PdfFixtureBuilder write(SampleInputWriter.Pages pages) throws IOException {
        PdfFixtureBuilder b = new PdfFixtureBuilder()
                .info("Serious Case Review: Baby T", "Martin Okafor", 2026)
                .runningHeader(PARTNERSHIP, "Invented example \u2014 not a real case")
                .footer("Page {page} of {pages}")
                .cover(PARTNERSHIP, 18, "Serious Case Review", 20, "Baby T", 30, "Overview report", 14,
                        INVENTED, 12, "Lead reviewer: Martin Okafor", 12, "Published: July 2026", 12)
                .contents(pages.contents(INTRO, PROCESS, BACKGROUND, PRACTICE, FINDINGS, GOOD, RECS, APPENDIX));
        pages.chapter(b, INTRO)
                .numberedParagraph("1.1", INVENTED + ". This serious case review concerns a 3-month-old baby boy, "
                        + "called Baby T, who was admitted to hospital in January 2020 with a fractured skull and "
                        + "rib fractures of different ages. Medical opinion was that the injuries were inflicted.")
                .numberedParagraph("1.2", "The review was commissioned by the former Brambleford Local Safeguarding "
                        + "Children Board in 2020 and completed under the transitional arrangements by the "
                        + "Brambleford Safeguarding Children Partnership.");
        pages.chapter(b, PROCESS)
                .numberedParagraph("2.1", "The review used a systems approach. Agencies provided individual "
                        + "management reviews and the lead reviewer held conversations with the practitioners "
                        + "and managers who worked with the family during the pregnancy and after the birth.")
                .numberedParagraph("2.2", "The criminal proceedings concluded in 2025, which delayed the "
                        + "publication of this report. The parents were invited to contribute; the mother met the "
                        + "lead reviewer once, and the father declined.");
        pages.chapter(b, BACKGROUND)
                .numberedParagraph("3.1", "Baby T's mother was 19 when he was born and had been looked after by "
                        + "the local authority as a teenager. His father was 24 and had a conviction for an assault "
                        + "on a previous partner, which was known to the police but not to the midwife.")
                .numberedParagraph("3.2", "The family lived in a one-bedroom flat and moved twice during the "
                        + "pregnancy. The mother missed several antenatal appointments and the pregnancy was booked "
                        + "late, at 24 weeks.")
                .numberedParagraph("3.3", "After the birth the health visitor saw Baby T at home four times. "
                        + "At the six-week check a small bruise on his ear was noted and explained by the mother "
                        + "as caused by a toy. No referral was made.");
        pages.chapter(b, PRACTICE)
                .numberedParagraph("4.1", "The review considered the work of each agency in turn: maternity "
                        + "services, the health visiting service, the GP practice, the police and children's social "
                        + "care. It found that each agency held part of the picture but nobody held all of it.")
                .numberedParagraph("4.2", "The late booking, the mother's care history and the father's "
                        + "history of violence were each known to one agency. None of them alone reached the "
                        + "threshold for a referral, and together they were never considered.")
                .numberedParagraph("4.3", "The bruise at six weeks was the point at which the outcome might have "
                        + "been different. National guidance says that any bruise on a non-mobile baby needs a "
                        + "referral and a medical assessment.");
        pages.chapter(b, FINDINGS)
                .paragraph("The review identified the following learning for the partnership.")
                .labelled("Learning point 1: ", "A bruise on a baby who is not yet mobile must always lead to a "
                        + "referral and a paediatric assessment, whatever explanation is given.")
                .labelled("Learning point 2: ", "Information about a father's history of violence needs to reach "
                        + "the midwife and the health visitor before the baby is born.")
                .labelled("Learning point 3: ", "Practitioners should consider how risks held by different "
                        + "agencies add up, rather than judging each against the threshold on its own.")
                .labelled("Learning point 4: ", "Young parents who were themselves looked after need support "
                        + "that is offered early and continues after the birth.");
        pages.chapter(b, GOOD)
                .paragraph("The review found the following good practice:")
                .bullets("The hospital paediatric team recognised the injuries as suspicious and made an "
                                + "immediate referral.",
                        "The police and children's social care held a strategy discussion within two hours of "
                                + "the admission.");
        pages.chapter(b, RECS)
                .paragraph("The review makes the following recommendations. Agencies will report progress to the "
                        + "partnership's learning and improvement group.")
                .table(new float[] {0.08f, 0.56f, 0.2f, 0.16f}, new String[] {"No.", "Recommendation", "Agency",
                                "Timescale"},
                        new String[] {"1", "The partnership should relaunch its bruising in non-mobile babies "
                                + "protocol and audit its use within twelve months.", "Partnership", "6 months"},
                        new String[] {"2", "Maternity services should ask every expectant mother about the father's "
                                + "history and record his details in the maternity notes.", "Maternity services",
                                "3 months"},
                        new String[] {"3", "The police should share domestic abuse history with maternity services "
                                + "when a pregnancy is known.", "Brambleford Police", "6 months"},
                        new String[] {"4", "Children's social care should offer care leavers who become parents a "
                                + "named worker throughout the pregnancy.", "Children's social care", "12 months"});
        pages.chapter(b, APPENDIX)
                .lines("GP \u2013 General practitioner", "ICPC \u2013 Initial child protection conference",
                        "IMR \u2013 Individual management review", "LSCB \u2013 Local safeguarding children board");
        return b;
    }
}
