package org.casereview.etl.normalise;

/**
 * The texts of one review that the normaliser reads. Any of them may be null.
 *
 * @param reviewTypeText words naming the review type (report title pages); null for digest entries
 */
public record ReviewText(String title, String childName, String summary, String learningText,
                         String recommendationsText, String goodPracticeText, String backgroundText,
                         String keywordsText, String linkText, String reviewTypeText) {

    /** The non-blank texts joined by blank lines, so that sentences never run into each other. */
    static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!joined.isEmpty()) {
                    joined.append(".\n\n");
                }
                joined.append(part.strip());
            }
        }
        return joined.toString();
    }

    /** Summary, else the background: the texts that describe the incident. */
    String incidentText() {
        return summary != null && !summary.isBlank() ? summary : (backgroundText == null ? "" : backgroundText);
    }
}
