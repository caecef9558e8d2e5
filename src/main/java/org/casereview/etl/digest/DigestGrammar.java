package org.casereview.etl.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casereview.etl.document.SectionType;

/** The vocabulary of the entry grammar, read from {@code digest/digest-grammar.properties}. */
final class DigestGrammar {

    private static final String RESOURCE = "/digest/digest-grammar.properties";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String LABEL_END = "(?=\\s*:|\\s*$|\\s*[\u2013\u2014]\\s|\\s+-\\s"
            + "|(?<=includ(?:e|es|ing)|focus(?:es)? on|recommendations (?:that|for|to|about|on|regarding)"
            + "|made (?:for|to|that|about|on|regarding))\\s+(?-i:\\p{Ll}))";
    private static final DigestGrammar DEFAULT = load();

    /** One label pattern and the section type it opens. */
    record Label(SectionType type, Pattern pattern) {
    }

    final List<Label> labels;
    final Pattern labelSuffix;
    final Pattern noRecommendations;
    final Pattern noneBody;
    final Pattern linkPrefix;
    final Pattern linkVerbs;
    final Pattern linkDocuments;
    final Set<String> linkNouns;
    final int linkMaxWords;
    final Pattern pseudonym;
    /** Last words of the name prefixes, lower case ("child", "baby", "person"). */
    final Set<String> namePrefixWords;
    final Set<String> titleWords;
    final Set<String> notNameIds;
    final Pattern adultTitles;
    final Pattern anonymousArea;
    final Pattern areaLabel;
    final Pattern areaSuffix;
    final Pattern entryDateLine;
    final int headingMaxChars;
    final int headingMaxWords;
    final Set<String> hyphenKeepPrefixes;
    final Set<String> continuationWords;
    final Pattern pageFurniture;
    final Pattern emailNoise;
    final Pattern siteNavigation;

    private DigestGrammar(Properties p) {
        labels = readLabels(p);
        labelSuffix = Pattern.compile("(?:" + p.getProperty("label.suffix") + ")", FLAGS);
        noRecommendations = Pattern.compile("(?:" + p.getProperty("no.recommendations") + ")", FLAGS);
        noneBody = Pattern.compile("(?:" + p.getProperty("none.body") + ")[.;]?", FLAGS);
        linkPrefix = Pattern.compile("(?:" + p.getProperty("link.prefix") + ")", FLAGS);
        linkVerbs = Pattern.compile("(?:" + p.getProperty("link.verbs") + ")\\b", FLAGS);
        linkDocuments = Pattern.compile("(?:" + p.getProperty("link.documents") + ")"
                + "(?:\\s*\\((?:PDF|DOCX?|Word|HTML)\\b[^)]{0,30}\\))?", FLAGS);
        linkNouns = words(p.getProperty("link.nouns"));
        linkMaxWords = Integer.parseInt(p.getProperty("link.max.words", "14").trim());
        String prefix = "(?:" + p.getProperty("name.prefixes") + ")";
        // an id is not itself a prefix word: in "Baby D and Child safeguarding ..." the name is "Baby D"
        // "V", "P1", "Kate", "Mary-Jane", "Zo\u00eb"
        String id = "(?!" + prefix + "\\b)\\p{Lu}[\\p{L}0-9'\u2019]*(?:-\\p{Lu}[\\p{L}0-9'\u2019]*)*";
        // later names may repeat the prefix: "Child N and Child O", "Child A, Child B and Child C"
        String nextId = "(?:" + prefix + "\\s+)?" + id;
        // case-sensitive: "Child V" is a name, "Child sexual exploitation" is not
        pseudonym = Pattern.compile("\\b" + prefix + "\\s+" + id
                + "(?:\\s*,\\s*" + nextId + ")*(?:,?\\s+(?:and|&)\\s+" + nextId + ")?\\b");
        namePrefixWords = words(p.getProperty("name.prefixes")).stream()
                .map(w -> w.substring(w.lastIndexOf(' ') + 1)).collect(Collectors.toUnmodifiableSet());
        titleWords = words(p.getProperty("title.words"));
        notNameIds = words(p.getProperty("name.not.ids"));
        adultTitles = Pattern.compile("(?:" + p.getProperty("name.adult.titles") + ")\\.?", FLAGS);
        areaLabel = Pattern.compile("(?:" + p.getProperty("area.label") + ")\\s*:\\s*(\\S.*)", FLAGS);
        areaSuffix = Pattern.compile("(?:" + p.getProperty("area.suffix") + ")$", FLAGS);
        entryDateLine = Pattern.compile("(?:" + p.getProperty("entry.date.line") + ")\\.?", FLAGS);
        anonymousArea = Pattern.compile("(?:" + p.getProperty("area.anonymous") + ")", FLAGS);
        headingMaxChars = Integer.parseInt(p.getProperty("heading.max.chars", "200").trim());
        headingMaxWords = Integer.parseInt(p.getProperty("heading.max.words", "30").trim());
        hyphenKeepPrefixes = words(p.getProperty("hyphen.keep.prefixes"));
        continuationWords = words(p.getProperty("continuation.words"));
        pageFurniture = Pattern.compile("(?:" + p.getProperty("page.furniture") + ")", FLAGS);
        emailNoise = Pattern.compile("(?:" + p.getProperty("email.noise") + ")", FLAGS);
        siteNavigation = Pattern.compile("(?:" + p.getProperty("site.navigation") + ")", FLAGS);
    }

    static DigestGrammar standard() {
        return DEFAULT;
    }

    private static DigestGrammar load() {
        Properties p = new Properties();
        try (InputStream in = DigestGrammar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DigestGrammar(p);
    }

    private static List<Label> readLabels(Properties p) {
        // sorted keys keep the file's order per type (label.learning.1, .2, ...)
        List<Label> result = new ArrayList<>();
        new TreeMap<>(p).forEach((k, v) -> {
            String key = k.toString();
            if (key.startsWith("label.") && key.chars().filter(c -> c == '.').count() == 2) {
                String type = key.substring(6, key.lastIndexOf('.'));
                // the lookahead lets lazy parts of a label grow up to its colon, a dash standing for
                // it, or a final "include(s)" / "focuses on" when the colon was left out
                result.add(new Label(SectionType.fromCode(type), Pattern.compile("(?:" + v + ")" + LABEL_END, FLAGS)));
            }
        });
        return List.copyOf(result);
    }

    private static Set<String> words(String pipeSeparated) {
        return Arrays.stream(pipeSeparated.split("\\|"))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
