package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an entry heading: its title as published (without number and markup), the child's
 * pseudonym, and for date/area/name headings ("2025 - Marlow Heath - Baby AR") the area and year.
 */
final class HeadingReader {

    /** What a heading says. Null fields are not stated. */
    record Heading(String title, String childName, String area, Integer year) {
    }

    // a dash with a space on at least one side separates parts; "Stockton-on-Tees" stays whole
    private static final Pattern DASH_SEPARATOR = Pattern.compile("\\s*[\u2013\u2014]\\s*|\\s+-\\s*|\\s*-\\s+");
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*[:;]\\s+|\\s*[:;]$");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}'\u2019-]+");

    private final DigestGrammar grammar;

    HeadingReader(DigestGrammar grammar) {
        this.grammar = grammar;
    }

    Heading read(String headingText) {
        String title = UnitShapes.stripHeadingMarkup(headingText);
        Matcher date = UnitShapes.DATE_HEADING.matcher(title);
        if (date.find()) {
            return readDateAreaName(title, Integer.parseInt(date.group(1)), title.substring(date.end()));
        }
        return new Heading(title, childName(title), null, null);
    }

    private Heading readDateAreaName(String title, int year, String rest) {
        List<String> parts = new ArrayList<>(Arrays.asList(DASH_SEPARATOR.split(rest.strip())));
        parts.removeIf(String::isBlank);
        String area = null;
        String name = null;
        if (parts.size() >= 2) {
            name = childName(parts.get(parts.size() - 1));
            if (name == null) {
                name = plainName(parts.get(parts.size() - 1));
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
        return new Heading(title, name, area, year);
    }

    /**
     * The pseudonym in a title: a prefixed name anywhere ("Child V", "Children AU and AV"), else a
     * title part that is only a capitalised name ("Lauren", "Alex (assigned pseudonym)"). Null for
     * thematic titles.
     */
    String childName(String title) {
        String withoutParentheses = PARENTHESES.matcher(title).replaceAll("");
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
        if (words.length > 5) {
            return null;
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
