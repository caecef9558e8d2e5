package org.casereview.etl.report;

import static org.casereview.etl.report.SampleInputWriter.INVENTED;

import java.io.IOException;

/** Invented thematic review with no child named: good-practice bullets and numbered recommendations. */
final class SampleThematicReport {

    static final String PARTNERSHIP = "Kestrel Vale Safeguarding Children Partnership";
    static final String INTRO = "1. Introduction";
    static final String SCOPE = "2. Scope and method";
    static final String CHILDREN = "3. The children in this review";
    static final String THEMES = "4. Themes from the case audits";
    static final String FINDINGS = "5. Findings and learning";
    static final String GOOD = "6. Good practice";
    static final String RECS = "7. Recommendations";
    static final String APPENDIX = "Appendix A: Audit questions";

    private SampleThematicReport() {
    }

    static PdfFixtureBuilder write(SampleInputWriter.Pages pages) throws IOException {
        PdfFixtureBuilder b = new PdfFixtureBuilder()
                .info("Thematic review: exploitation of adolescents outside the home", "Priya Raman", 2026)
                .runningHeader(PARTNERSHIP, "Invented example \u2014 not a real case")
                .footer("Page {page} of {pages}")
                .cover(PARTNERSHIP, 18, "Thematic review", 20, "Exploitation of adolescents outside the home", 24,
                        INVENTED, 12, "Author: Priya Raman", 12, "Published: October 2026", 12)
                .contents(pages.contents(INTRO, SCOPE, CHILDREN, THEMES, FINDINGS, GOOD, RECS, APPENDIX));
        pages.chapter(b, INTRO)
                .numberedParagraph("1.1", INVENTED + ". The Kestrel Vale Safeguarding Children Partnership "
                        + "commissioned this thematic review after three rapid reviews in 2025 concerned "
                        + "adolescents who were criminally or sexually exploited by adults outside their families.")
                .numberedParagraph("1.2", "Rather than review each case separately, the partnership asked for a "
                        + "review of the common themes, so that learning could be applied across the system.");
        pages.chapter(b, SCOPE)
                .numberedParagraph("2.1", "The review examined the records of six young people aged between 13 "
                        + "and 17, audited a further twenty cases open to the adolescent service, and held focus "
                        + "groups with practitioners, parents and young people.")
                .numberedParagraph("2.2", "The young people are not named in this report and no details are "
                        + "given that could identify them.");
        pages.chapter(b, CHILDREN)
                .numberedParagraph("3.1", "Four of the six young people were boys and two were girls. Three were "
                        + "Black British, two were White British and one was of mixed heritage. Four had been "
                        + "excluded from school and two had an education, health and care plan.")
                .numberedParagraph("3.2", "All six had been reported missing at least once, and five had been "
                        + "found in another county. Three had been arrested for possession of drugs with intent "
                        + "to supply before any agency recorded them as victims of exploitation.");
        pages.chapter(b, THEMES)
                .numberedParagraph("4.1", "The audits found that exclusion from school was often the point at "
                        + "which a young person's contact with trusted adults fell away, and the point at which "
                        + "exploiting adults increased their control.")
                .numberedParagraph("4.2", "Practitioners described language that placed responsibility on the "
                        + "young person, such as 'putting himself at risk' or 'choosing to associate', which "
                        + "shaped how other agencies saw the child.")
                .numberedParagraph("4.3", "Transitions were a recurring risk: between schools, between "
                        + "children's and adult services, and between local authority areas when young people "
                        + "were placed out of area.");
        pages.chapter(b, FINDINGS)
                .labelled("Learning point 1: ", "Exclusion from school removes a protective network and should "
                        + "trigger a multi-agency review of the risk of exploitation.")
                .labelled("Learning point 2: ", "Young people who are exploited into crime are victims first, "
                        + "and the language used in records should say so.")
                .labelled("Learning point 3: ", "Placements out of area need a plan agreed with the receiving "
                        + "area's police and children's services before the young person moves.")
                .labelled("Learning point 4: ", "Parents can be powerful partners in disrupting exploitation "
                        + "when they are given information and support.")
                .labelled("Learning point 5: ", "Contextual safeguarding meetings are most effective when they "
                        + "include youth workers and transport providers who see young people day to day.");
        pages.chapter(b, GOOD)
                .paragraph("The review found the following good practice:")
                .bullets("The youth offending service kept the same worker with each young person across "
                                + "changes of placement.",
                        "The police used disruption notices against adults who harboured missing children.",
                        "A local football club offered mentoring to two of the young people.");
        pages.chapter(b, RECS)
                .paragraph("The review makes the following recommendations:")
                .numbered("The partnership should require a multi-agency risk review before a child who is known to "
                                + "be at risk of exploitation is permanently excluded from school.",
                        "All agencies should adopt the partnership's guide to victim-centred language in records "
                                + "about exploitation.",
                        "Children's social care should agree a protocol with neighbouring authorities for "
                                + "out-of-area placements of young people at risk of exploitation.",
                        "The partnership should offer information sessions for parents about signs of criminal "
                                + "exploitation.",
                        "The partnership should invite youth services and transport providers to contextual "
                                + "safeguarding meetings.");
        pages.chapter(b, APPENDIX)
                .numbered("Was the risk of exploitation identified, and by whom?",
                        "Was the young person treated as a victim in records and decisions?",
                        "Were parents involved in safety planning?");
        return b;
    }
}
