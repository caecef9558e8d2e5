package org.casereview.etl.normalise;

import java.math.BigDecimal;

/**
 * The child's age at the incident.
 *
 * @param text  the words that gave it ("4-month-old", "adolescent")
 * @param years decimal years, scale 2; null when the words give no number ("adolescent", "under 18-years-old")
 * @param band  age band code
 */
record AgeFact(String text, BigDecimal years, String band) {
    static final AgeFact UNKNOWN = new AgeFact(null, null, "unknown");
}
