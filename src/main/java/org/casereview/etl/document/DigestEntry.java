package org.casereview.etl.document;

import java.util.List;
import java.util.Optional;

/**
 * One review entry of a digest, as the entry grammar found it (no normalised codes yet).
 *
 * @param entryNo           1-based position in the digest
 * @param line              1-based line of the entry heading in the extracted text
 * @param title             entry title as published, clean of markup and of any numbering
 * @param childName         pseudonym as published ("Child V", "Baby D", "Children F, G and H"), null if none
 * @param area              publishing area from date/area/name headings, null if none or "Anonymous"
 * @param headingYear       year printed in a date/area/name heading (publication year), null if none
 * @param sections          summary first, then learning, recommendations, good practice, background, ...
 * @param noRecommendations true when the entry states it makes no recommendations
 * @param noRecommendationsText the sentence that says so, null otherwise
 * @param linkText          text of the report link ("Read full overview (PDF)"), null if none
 * @param linkTarget        target of the report link as published ("#", a URL, a file name), null if none
 */
public record DigestEntry(int entryNo, int line, String title, String childName, String area,
                          Integer headingYear, List<Section> sections, boolean noRecommendations,
                          String noRecommendationsText, String linkText, String linkTarget) {
    public DigestEntry {
        sections = List.copyOf(sections);
    }

    public Optional<Section> section(SectionType type) {
        return sections.stream().filter(s -> s.type() == type).findFirst();
    }

    public String summary() {
        return section(SectionType.SUMMARY).map(Section::text).orElse("");
    }
}
