package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an entry heading: its title as published (without number and markup), the child's
 * pseudonym, for date/area/name headings ("2025 - Marlow Heath - Baby AR") the area and year, and a publication year
 * that ends a title ("Child A: Serious case review: published 2019").
 */
final class HeadingReader {

    /** What a heading says. Null fields are not stated. */
    record Heading(String title, String childName, String area, Integer year) {
    }

    // a dash with a space on at least one side separates parts; "Stockton-on-Tees" stays whole
    private static final Pattern DASH_SEPARATOR = Pattern.compile("\\s*[\u2013\u2014]\\s*|\\s+-\\s*|\\s*-\\s+");
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*[:;]\\s+|\\s*[:;]$");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Set<String> SMALL_WORDS = Set.copyOf(DigestGrammar.bundledWords("heading_small_words"));
    private static final Pattern CODE_NAME = Pattern.compile("\\p{Lu}{1,4}\\d{1,3}");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}(?!\\d)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}'\u2019-]+");

    private final DigestGrammar grammar;

    HeadingReader(DigestGrammar grammar) {
        this.grammar = grammar;
    }

    Heading read(String headingText) {
        // a title has no full stop of its own: "1. Child A: Serious case review." is the title without it
        // and no address a print style wrote after it: "Child A: Serious case review (https://...)"
        String bare = PrintedLinkTargets.withoutTrailingAddress(
                UnitShapes.stripHeadingMarkup(headingText).replaceFirst("(?<![.])\\.$", ""));
        // the title keeps a formula sigil as published ("=Child B; ..."); names and dates are read without it
        String title = UnitShapes.formulaSigil(headingText) + bare;
        // names are read from a title-cased copy of a heading printed in capitals ("CHILD CE: SERIOUS CASE REVIEW")
        String words = bare.codePoints().anyMatch(Character::isLowerCase) ? bare : titleCase(bare);
        Matcher date = UnitShapes.DATE_HEADING.matcher(words);
        if (date.find()) {
            String separator = words.substring(date.end(1), date.end()).strip();
            Heading h = readDateAreaName(words, Integer.parseInt(date.group(1)), words.substring(date.end()), separator);
            return new Heading(title, h.childName(), h.area(), h.year());
        }
        return new Heading(title, childName(words), null, publicationYear(bare));
    }

    /** The year a title ends with after its last colon or dash or in brackets ("...: published 2019"), else null. */
    private Integer publicationYear(String title) {
        Matcher end = grammar.titlePublicationYear.matcher(title);
        if (!end.find()) {
            return null;
        }
        Matcher year = YEAR.matcher(end.group());
        return year.find() ? Integer.valueOf(year.group()) : null;
    }

    /** "CHILD CE: SERIOUS CASE REVIEW" -> "Child CE: Serious Case Review", "BABY KATE" -> "Baby Kate". */
    private String titleCase(String text) {
        StringBuilder out = new StringBuilder();
        boolean afterPrefix = false;
        for (String token : text.split("(?<=\\s)|(?=\\s)")) {
            String word = token.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
            if (token.isBlank() || word.isEmpty()) {
                out.append(token);
                continue;
            }
            // ids ("CE", "P1") stay; names ("KATE") and words ("SERIOUS") are title-cased
            if (word.length() < 3 && !SMALL_WORDS.contains(word) || afterPrefix && token.matches(".*\\d.*")) {
                out.append(token);
            } else if (SMALL_WORDS.contains(word)) {
                out.append(token.toLowerCase(Locale.ROOT));
            } else {
                int first = token.indexOf(token.replaceAll("^[^\\p{L}]+", "").charAt(0));
                out.append(token, 0, first + 1).append(token.substring(first + 1).toLowerCase(Locale.ROOT));
            }
            afterPrefix = grammar.namePrefixWords.contains(word);
        }
        return out.toString();
    }

    private Heading readDateAreaName(String title, int year, String rest, String separator) {
        // the separator after the year is the one between the other parts: "2024 | Westcombe | Child CA"
        Pattern split = separator.equals("|") || separator.equals(":")
                ? Pattern.compile("\\s*" + Pattern.quote(separator) + "\\s*") : DASH_SEPARATOR;
        List<String> parts = new ArrayList<>(Arrays.asList(split.split(rest.strip())));
        parts.removeIf(String::isBlank);
        String area = null;
        String name = null;
        if (parts.size() >= 2) {
            name = childName(parts.get(parts.size() - 1));
            if (name == null) {
                name = plainName(parts.get(parts.size() - 1));
            }
            if (name == null && CODE_NAME.matcher(parts.get(parts.size() - 1).strip()).matches()) {
                // "December 2013 - Fenmoor - KLM14": a case code in the name's place
                name = parts.get(parts.size() - 1).strip();
            }
            if (name == null) {
                // "2024: Anonymous: Child CB: serious case review": the name is not the last part
                name = pseudonym(rest);
            }
            area = String.join(" - ", parts.subList(0, parts.size() - 1));
        } else if (parts.size() == 1) {
            // separator missing: "2016 Anonymous Child BT", "2025 Westcombe Child AW"
            String only = parts.get(0);
            name = pseudonym(only);
            if (name == null) {
                // "Cambridgeshire and Peterborough Gabriel": a capitalised last word after the area
                String[] words = only.split("\\s+");
                String last = words[words.length - 1];
                name = words.length > 1 ? plainName(last) : null;
            }
            area = name == null ? only : only.substring(0, only.lastIndexOf(name)).strip();
        }
        if (area != null && (area.isBlank() || grammar.anonymousArea.matcher(area.strip()).matches())) {
            area = null;
        }
        if (name != null && grammar.anonymousArea.matcher(name.strip()).matches()) {
            // "2014 - Hollinford - Anonymous": the word that hides an area hides the child's name too
            name = null;
        }
        return new Heading(title, name, area, year);
    }

    /**
     * The pseudonym in a title: a prefixed name anywhere ("Child V", "Children AU and AV"), else a
     * title part that is only a capitalised name ("Lauren", "Alex (assigned pseudonym)"). Null for
     * thematic titles.
     */
    String childName(String title) {
        String withoutParentheses = PARENTHESES.matcher(title).replaceAll("");
        if (grammar.sectionHeadings.contains(withoutParentheses.strip().toLowerCase(Locale.ROOT))) {
            // "Conclusion", "Family Background": a chapter of a report read as an entry heading names nobody
            return null;
        }
        String pseudonym = pseudonym(withoutParentheses);
        if (pseudonym != null) {
            return pseudonym;
        }
        for (String part : PART_SEPARATOR.split(withoutParentheses)) {
            String name = plainName(part);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** The first "Child V" / "Baby Kate" / "Children F, G and H" whose name is not a common word. */
    String pseudonym(String text) {
        Matcher m = grammar.pseudonym.matcher(text);
        while (m.find()) {
            String[] words = m.group().split("\\s+");
            String firstId = words.length > 1 ? words[1].replaceAll("[,]", "") : "";
            if (!grammar.notNameIds.contains(firstId.toLowerCase(Locale.ROOT))
                    && !grammar.notNameIds.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
                return m.group();
            }
        }
        return null;
    }

    /** A part made only of a few capitalised names ("Lauren", "Ellie and Jack", "Sam, Ella and Grace") that are not review vocabulary. */
    private String plainName(String part) {
        String p = PARENTHESES.matcher(part).replaceAll("").strip();
        if (p.isEmpty() || p.matches(".*\\d.*")) {
            return null;
        }
        // "Sam, Ella and Grace": commas separate names like "and" does
        String[] words = p.split("\\s*,\\s*|\\s+");
        if (words.length > 5 || grammar.adultTitles.matcher(words[0]).matches()) {
            // "Ms Q", "Mr K": an adult (the victim of a domestic homicide), not a child's pseudonym
            return null;
        }
        if (grammar.sectionHeadings.contains(p.toLowerCase(Locale.ROOT))) {
            return null; // a chapter heading ("Chronology") in a name's place
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean joiner = (w.equals("and") || w.equals("&")) && i > 0 && i < words.length - 1;
            if (joiner) {
                continue;
            }
            if (!WORD.matcher(w).matches() || !Character.isUpperCase(w.codePointAt(0))
                    || grammar.titleWords.contains(w.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return p;
    }
}
