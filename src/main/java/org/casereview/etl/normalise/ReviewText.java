package org.casereview.etl.normalise;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;

/**
 * The texts of one review that the normaliser reads. Any of them may be null.
 *
 * @param reviewTypeText words naming the review type (report title pages); null for digest entries
 * @param statedSex      the sex a row of the entry's facts gives ("Sex: Female"), as printed; null when none does
 * @param statedEthnicity the ethnicity a row of the entry's facts gives ("Ethnicity: Black British"); null when none does
 */
public record ReviewText(String title, String childName, String summary, String learningText,
                         String recommendationsText, String goodPracticeText, String backgroundText,
                         String keywordsText, String linkText, String reviewTypeText, String statedSex,
                         String statedEthnicity) {

    /** Texts without rows of facts (a report's, or an entry that prints none). */
    public ReviewText(String title, String childName, String summary, String learningText, String recommendationsText,
                      String goodPracticeText, String backgroundText, String keywordsText, String linkText,
                      String reviewTypeText) {
        this(title, childName, summary, learningText, recommendationsText, goodPracticeText, backgroundText,
                keywordsText, linkText, reviewTypeText, null, null);
    }

    /**
     * The texts of a digest entry: its sections by type; keywords and review type from the sections
     * headed "Keywords" / "Key words" and "Review type" (or "Model"), when the entry has them.
     */
    public static ReviewText of(DigestEntry entry) {
        String summary = entry.summary();
        String background = sectionText(entry, SectionType.BACKGROUND);
        return new ReviewText(entry.title(), entry.childName(), summary, sectionText(entry, SectionType.LEARNING),
                sectionText(entry, SectionType.RECOMMENDATIONS), sectionText(entry, SectionType.GOOD_PRACTICE),
                background, keywords(entry), entry.linkText(), reviewTypeLine(entry), fact(entry, "sex", "gender"),
                fact(entry, "ethnicity", "ethnicorigin", "ethnicbackground", "ethnicgroup"));
    }

    /** The text of the entry's unlisted section headed by one of the names (without spaces), else null. */
    private static String fact(DigestEntry entry, String... names) {
        List<String> fields = List.of(names);
        return entry.sections().stream().filter(s -> s.type() == SectionType.OTHER && s.heading() != null
                        && fields.contains(s.heading().toLowerCase(Locale.ROOT).replaceAll("\\s+", "")))
                .map(Section::text).findFirst().orElse(null);
    }

    private static String sectionText(DigestEntry entry, SectionType type) {
        String text = entry.sections().stream().filter(s -> s.type() == type).map(Section::text)
                .collect(Collectors.joining("\n\n"));
        return text.isEmpty() ? null : text;
    }

    /** The section headed "Review type", else one headed "Review model" or "Model" (a Welsh review's model is its type). */
    private static String reviewTypeLine(DigestEntry entry) {
        String type = headed(entry, "reviewtype");
        if (type != null) {
            return type;
        }
        String model = headed(entry, "reviewmodel");
        return model != null ? model : headed(entry, "model");
    }

    /** The section headed "Keywords", else an unlabelled keyword line (a section with no heading). */
    private static String keywords(DigestEntry entry) {
        String headed = headed(entry, "keyword");
        return headed != null ? headed : entry.sections().stream()
                .filter(s -> s.type() == SectionType.OTHER && s.heading() == null).map(Section::text).findFirst().orElse(null);
    }

    /** The first section whose heading, without spaces, starts with {@code headingStart}. */
    private static String headed(DigestEntry entry, String headingStart) {
        return entry.sections().stream()
                .filter(s -> s.heading() != null
                        && s.heading().toLowerCase(Locale.ROOT).replaceAll("\\s+", "").startsWith(headingStart))
                .map(Section::text).findFirst().orElse(null);
    }

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

    /** Summary and background: the texts that describe the child and family. */
    String descriptionText() {
        return join(summary, backgroundText);
    }

    /** Summary, else the background: the texts that describe the incident. */
    String incidentText() {
        return summary != null && !summary.isBlank() ? summary : (backgroundText == null ? "" : backgroundText);
    }
}
