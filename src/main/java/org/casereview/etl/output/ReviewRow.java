package org.casereview.etl.output;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** One row of reviews.csv / table review, in the column order of DATA-MODEL.md. */
public record ReviewRow(String reviewId, String digestMonth, String sourceFile, Integer entryNo, String title,
                        String childName, String reviewType, boolean thematic, String documentType,
                        String summary, String outcome, Integer incidentYear, String ageText,
                        BigDecimal ageYears, String ageBand, String sex, int nChildren, String ethnicity,
                        String harmTypes, String riskFactors, String childContext, int learningCount,
                        int recommendationCount, int goodPracticeCount, boolean noRecommendations,
                        String reportLink, String reportFile, String reportSha256, Integer reportPages,
                        String reportStatus, String area, Integer publicationYear) {

    public static final List<String> COLUMNS = List.of("review_id", "digest_month", "source_file", "entry_no",
            "title", "child_name", "review_type", "thematic", "document_type", "summary", "outcome",
            "incident_year", "age_text", "age_years", "age_band", "sex", "n_children", "ethnicity",
            "harm_types", "risk_factors", "child_context", "learning_count", "recommendation_count",
            "good_practice_count", "no_recommendations", "report_link", "report_file", "report_sha256",
            "report_pages", "report_status", "area", "publication_year");

    public ReviewRow withReviewId(String id) {
        return new ReviewRow(id, digestMonth, sourceFile, entryNo, title, childName, reviewType, thematic, documentType,
                summary, outcome, incidentYear, ageText, ageYears, ageBand, sex, nChildren, ethnicity, harmTypes,
                riskFactors, childContext, learningCount, recommendationCount, goodPracticeCount, noRecommendations,
                reportLink, reportFile, reportSha256, reportPages, reportStatus, area, publicationYear);
    }

    public List<Object> values() {
        return Arrays.asList(reviewId, digestMonth, sourceFile, entryNo, title, childName, reviewType, thematic,
                documentType, summary, outcome, incidentYear, ageText, ageYears, ageBand, sex, nChildren,
                ethnicity, harmTypes, riskFactors, childContext, learningCount, recommendationCount,
                goodPracticeCount, noRecommendations, reportLink, reportFile, reportSha256, reportPages,
                reportStatus, area, publicationYear);
    }
}
