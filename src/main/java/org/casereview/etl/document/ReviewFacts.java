package org.casereview.etl.document;

import java.math.BigDecimal;
import java.util.List;

/**
 * The normalised metadata of one review (the coded columns of reviews.csv).
 * Null means "not stated" for the nullable fields.
 *
 * @param evidence every code set above, with its triggering words (harm_types, risk_factors,
 *                 child_context one row per code; scalar fields such as outcome and age_band too)
 */
public record ReviewFacts(String reviewType, boolean thematic, String documentType, String outcome,
                          Integer incidentYear, String ageText, BigDecimal ageYears, String ageBand,
                          String sex, int nChildren, String ethnicity, List<String> harmTypes,
                          List<String> riskFactors, List<String> childContext,
                          List<CodeEvidence> evidence) {
    public ReviewFacts {
        harmTypes = List.copyOf(harmTypes);
        riskFactors = List.copyOf(riskFactors);
        childContext = List.copyOf(childContext);
        evidence = List.copyOf(evidence);
    }
}
