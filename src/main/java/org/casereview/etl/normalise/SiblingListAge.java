package org.casereview.etl.normalise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named child's age from a list of siblings' ages and the child's place in it, named after the list: "Three brothers,
 * aged 9, 6 and 2 ... The middle child, Child AV" (6), "aged 7, 4 and 18 months ... The youngest, Child AP" (18 months),
 * "four children, aged 11, 8, 5 and 3 ... the second child, Child FW" (8). The place counts from the eldest, whatever
 * order the list is written in; a place the list cannot hold ("the middle" of four, "the fourth" of three) gives none.
 */
final class SiblingListAge {
    /** A place in the family: eldest first; {@code fromYoungest} counts from the other end. */
    private record Place(int fromEldest, boolean fromYoungest, boolean middle) {
    }

    private final Pattern list;
    private final Pattern member;
    private final Pattern placeThenName;
    private final Pattern nameThenPlace;
    private final BiFunction<String, String, BigDecimal> inYears;

    /** {@code number}: one age's number (digits or words); {@code units}: the unit words; {@code inYears}: number, unit to years. */
    SiblingListAge(String number, String units, BiFunction<String, String, BigDecimal> inYears) {
        this.inYears = inYears;
        String one = "(?:" + number + ")(?:\\s+(?:" + units + ")s?)?";
        this.list = Pattern.compile("(?<![\\w-])aged\\s+(" + one + "(?:,\\s*" + one + ")*,?\\s+and\\s+" + one + ")(?![\\w-])",
                Pattern.CASE_INSENSITIVE);
        this.member = Pattern.compile("(" + number + ")(?:\\s+(" + units + ")s?)?", Pattern.CASE_INSENSITIVE);
        String order = "youngest|eldest|oldest|middle|elder|older|younger|(?:second|third|fourth|fifth)(?:[\\s-]+(?:youngest|eldest|oldest))?";
        String noun = "(?:\\s+(?:child|one|brother|sister|boy|girl|son|daughter|sibling))?";
        // the name keeps its capitals: "Child AV", "Baby D"
        String name = "(?-i:(?:Child|Baby|Infant|Young Person)\\s+\\p{Lu}[\\w-]*)";
        this.placeThenName = Pattern.compile("(?<![\\w-])the\\s+(" + order + ")" + noun + ",\\s+" + name, Pattern.CASE_INSENSITIVE);
        this.nameThenPlace = Pattern.compile(name + ",\\s+the\\s+(" + order + ")" + noun + "(?![\\w-])", Pattern.CASE_INSENSITIVE);
    }

    /** The named child's age from the first list with a place named after it: where the list starts, the words, years. */
    Optional<BirthDateAge.Found> find(String text) {
        Matcher ages = list.matcher(text);
        if (!ages.find()) {
            return Optional.empty();
        }
        Optional<Place> place = placeAfter(text, ages.end());
        if (place.isEmpty()) {
            return Optional.empty();
        }
        List<BirthDateAge.Found> members = new ArrayList<>();
        Matcher m = member.matcher(ages.group(1));
        while (m.find()) {
            members.add(new BirthDateAge.Found(ages.start(1) + m.start(), m.group(),
                    inYears.apply(m.group(1), m.group(2) == null ? "year" : m.group(2))));
        }
        members.sort(Comparator.comparing(BirthDateAge.Found::years).reversed());
        int index = indexOf(place.get(), members.size());
        return index < 0 ? Optional.empty() : Optional.of(members.get(index));
    }

    private Optional<Place> placeAfter(String text, int from) {
        Matcher first = placeThenName.matcher(text).region(from, text.length());
        Matcher second = nameThenPlace.matcher(text).region(from, text.length());
        boolean a = first.find();
        boolean b = second.find();
        if (!a && !b) {
            return Optional.empty();
        }
        String word = (a && (!b || first.start() <= second.start()) ? first.group(1) : second.group(1))
                .toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
        return Optional.of(place(word));
    }

    private static Place place(String word) {
        int nth = word.startsWith("second") ? 1 : word.startsWith("third") ? 2 : word.startsWith("fourth") ? 3
                : word.startsWith("fifth") ? 4 : 0;
        boolean fromYoungest = word.endsWith("youngest") || word.equals("younger");
        return new Place(nth, fromYoungest, word.equals("middle"));
    }

    private static int indexOf(Place place, int count) {
        if (place.middle()) {
            return count % 2 == 1 ? count / 2 : -1;
        }
        if (place.fromEldest() >= count) {
            return -1;
        }
        return place.fromYoungest() ? count - 1 - place.fromEldest() : place.fromEldest();
    }
}
