package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casereview.etl.vocabulary.Vocabulary;

/**
 * MDX (markdown with JSX: Docusaurus, Nextra, Storybook docs) read as the markdown it renders to. Its ES module lines
 * ({@code import Tabs from '@theme/Tabs';}) and its component tags are markup, never text: a component's name starts
 * with a capital letter, which tells it from an HTML tag. On a line of its own (or spread over a few lines, as
 * formatters write long ones), a component with a link attribute ({@code href}, {@code url}, {@code link},
 * {@code to}) is a markdown link whose text is its children or its {@code label}/{@code title}/... attribute; any other
 * component with such a title attribute ({@code <TabItem value="x" label="Learning">}) is that title as a bold line,
 * as a label over a list is in markdown; every other component tag is a blank line, the text between tags kept. Lines
 * inside code fences and components inside a line of text are left alone. The words come from
 * {@code vocabulary/html-noise.yml}.
 */
final class MdxComponents {

    private static final String FILE = "html-noise";
    /** A component name: a capital, then a lower-case letter somewhere ('Tabs', 'TabItem'), unlike HTML's 'TABLE'. */
    private static final String NAME = "[A-Z][A-Z0-9_.]{0,20}[a-z][\\w.]{0,60}";
    private static final Pattern MODULE_LINE = Pattern.compile(
            "^(?:import[ \\t]+(?:[\\w*{}$, \\t]{1,300}[ \\t]+from[ \\t]+)?['\"][^'\"\\n]{1,300}['\"]"
                    + "|export[ \\t]+(?:const|let|var|function|default)[ \\t].{0,300}?);?[ \\t]*$");
    /** A component's opening, closing or self-closing tag, with the text before its closing tag on the same line. */
    private static final Pattern TAG_LINE = Pattern.compile(
            "^[ \\t]{0,12}<(/?)(" + NAME + ")((?:[ \\t]+[^<>]{0,2000}?)?)[ \\t]*(/?)>(?:([^<>]{0,500}?)</\\2[ \\t]*>)?[ \\t]*$");
    private static final Pattern TAG_START = Pattern.compile("^[ \\t]{0,12}<" + NAME + "(?:[ \\t][^<>]{0,2000})?$");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z][\\w-]{0,40})[ \\t]{0,5}=[ \\t]{0,5}"
            + "(?:\"([^\"]{0,2000})\"|'([^']{0,2000})'|\\{[ \\t]{0,5}[\"'`]([^\"'`{}]{0,2000})[\"'`][ \\t]{0,5}\\})");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(?:```|~~~)");
    /** A tag spread over lines closes within this many lines, or its lines are text. */
    private static final int MAX_TAG_LINES = 8;

    /** A link shortcode's target attributes, and React Router's and Docusaurus' {@code <Link to=...>}. */
    private static final Set<String> LINK_ATTRIBUTES = withTo(words("link_shortcode_attributes"));
    private static final Set<String> TITLE_ATTRIBUTES = words("heading_shortcode_attributes");

    private MdxComponents() {
    }

    /** Whether the markdown is MDX by its own evidence: a module line or a component tag alone on a line. */
    static boolean isMdx(String markdown) {
        if (markdown.indexOf('<') < 0 && !markdown.contains("import")) {
            return false;
        }
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            fenced ^= FENCE.matcher(line).find();
            if (!fenced && (MODULE_LINE.matcher(line).matches() || TAG_LINE.matcher(line).matches())) {
                return true;
            }
        }
        return false;
    }

    static String read(String markdown) {
        if (!isMdx(markdown)) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            fenced ^= FENCE.matcher(line).find();
            if (fenced) {
                out.add(line);
                continue;
            }
            if (MODULE_LINE.matcher(line).matches()) {
                out.add("");
                continue;
            }
            int end = i;
            String tag = line;
            if (TAG_START.matcher(line).matches()) {
                while (end + 1 < lines.length && end - i < MAX_TAG_LINES && !tag.contains(">")) {
                    tag = tag + " " + lines[++end].strip();
                }
            }
            Matcher component = TAG_LINE.matcher(tag);
            if (!component.matches()) {
                out.add(line);
                continue;
            }
            out.add(markdownOf(component));
            for (int blank = i; blank < end; blank++) {
                out.add("");
            }
            i = end;
        }
        return String.join("\n", out);
    }

    /** The tag as markdown: a link, a bold title line, or a blank line. */
    private static String markdownOf(Matcher component) {
        if (component.group(1).equals("/")) {
            return "";
        }
        String attributes = component.group(3);
        String children = component.group(5) == null ? "" : component.group(5).strip();
        Optional<String> title = attribute(attributes, TITLE_ATTRIBUTES).map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> target = attribute(attributes, LINK_ATTRIBUTES).map(String::strip).filter(s -> !s.isEmpty());
        if (target.isPresent()) {
            String text = !children.isEmpty() ? children : title.orElse("");
            return text.isEmpty() ? target.get() : "[" + text + "](" + target.get().replace(" ", "%20") + ")";
        }
        if (title.isPresent()) {
            return "**" + title.get() + "**" + (children.isEmpty() ? "" : "\n\n" + children);
        }
        return children;
    }

    private static Optional<String> attribute(String attributes, Set<String> names) {
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            if (names.contains(attribute.group(1).toLowerCase(Locale.ROOT))) {
                for (int group = 2; group <= 4; group++) {
                    if (attribute.group(group) != null) {
                        return Optional.of(attribute.group(group));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> withTo(Set<String> words) {
        return java.util.stream.Stream.concat(words.stream(), java.util.stream.Stream.of("to"))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> words(String key) {
        return Vocabulary.bundled().strings(FILE, key).stream().map(s -> s.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
