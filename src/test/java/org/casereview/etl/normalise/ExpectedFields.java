package org.casereview.etl.normalise;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casereview.etl.document.ReviewFacts;

/**
 * The scored fields of reviews.csv and how an expected cell is compared with the normaliser's value:
 * "a|b" lists accepted alternatives, code lists compare as sets, ages in years within 0.02.
 */
final class ExpectedFields {
    static final String NOT_SCORED = "*";
    private static final Set<String> LIST_FIELDS = Set.of("harm_types", "risk_factors", "child_context");
    private static final Map<String, Function<ReviewFacts, String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("review_type", ReviewFacts::reviewType);
        FIELDS.put("thematic", f -> String.valueOf(f.thematic()));
        FIELDS.put("document_type", ReviewFacts::documentType);
        FIELDS.put("outcome", ReviewFacts::outcome);
        FIELDS.put("incident_year", f -> f.incidentYear() == null ? "" : f.incidentYear().toString());
        FIELDS.put("age_text", f -> f.ageText() == null ? "" : f.ageText());
        FIELDS.put("age_years", f -> f.ageYears() == null ? "" : f.ageYears().toPlainString());
        FIELDS.put("age_band", ReviewFacts::ageBand);
        FIELDS.put("sex", ReviewFacts::sex);
        FIELDS.put("n_children", f -> String.valueOf(f.nChildren()));
        FIELDS.put("ethnicity", ReviewFacts::ethnicity);
        FIELDS.put("harm_types", f -> String.join("; ", f.harmTypes()));
        FIELDS.put("risk_factors", f -> String.join("; ", f.riskFactors()));
        FIELDS.put("child_context", f -> String.join("; ", f.childContext()));
    }

    private ExpectedFields() {
    }

    /** Field name to the value the normaliser gave, in reviews.csv order. */
    static Map<String, Function<ReviewFacts, String>> fields() {
        return Collections.unmodifiableMap(FIELDS);
    }

    static boolean matches(String field, String want, String got) {
        for (String alternative : want.split("\\|", -1)) {
            if (LIST_FIELDS.contains(field) ? codes(alternative).equals(codes(got)) : same(field, alternative, got)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(String field, String want, String got) {
        if (field.equals("age_years") && !want.isEmpty() && !got.isEmpty()) {
            return new BigDecimal(want).subtract(new BigDecimal(got)).abs().compareTo(new BigDecimal("0.02")) <= 0;
        }
        return normalised(want).equals(normalised(got));
    }

    private static String normalised(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]+", " ").strip();
    }

    private static Set<String> codes(String value) {
        return Arrays.stream(value.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
