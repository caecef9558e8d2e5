package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A description list set with each term on a line of its own: a short bold line (a term or topic, no sentence) over its
 * text, every line of which is indented right of the term, in the regular face; the next term starts again at the
 * term's edge. A glossary sets its words so, and so do reports that give their learning points or recommendations
 * under topic names ('Professional curiosity', 'Hidden men'). Only a section made of such entries (a lead-in closed by
 * a colon aside), two or more, is read so: each entry is one item, the term then its text ('Term: text'). A bold
 * sub-heading over prose at the same edge (a finding's title over its paragraphs) is no entry: the text does not hang.
 */
final class TermsOverText {

    /** One entry: its words and the page its term is printed on. */
    record Entry(String text, int page) {
    }

    /** A term is a name, not a sentence: this many words at most, no closing stop. */
    private static final int MAX_TERM_WORDS = 6;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]$");
    /** The text hangs this far right of its term at least, in points. */
    private static final float INDENT = 5f;

    private TermsOverText() {
    }

    /** The entries of a section made of terms over their hanging text; empty when it is not one. */
    static List<Entry> items(List<Block> blocks) {
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.table() || i == 0 && block.text().strip().endsWith(":") && !block.first().bold()) {
                if (block.table()) {
                    return List.of();
                }
                continue; // the lead-in
            }
            lines.addAll(block.lines());
        }
        List<Entry> entries = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            TextLine term = lines.get(i);
            if (!isTerm(term) || i + 1 >= lines.size() || !hangs(lines.get(i + 1), term)) {
                return List.of();
            }
            List<String> text = new ArrayList<>();
            int j = i + 1;
            while (j < lines.size() && hangs(lines.get(j), term)) {
                text.add(lines.get(j).text());
                j++;
            }
            String name = term.text().strip();
            entries.add(new Entry((name.endsWith(":") ? name + " " : name + ": ") + TextRepair.join(text), term.page()));
            i = j;
        }
        return entries.size() >= 2 ? entries : List.of();
    }

    private static boolean isTerm(TextLine line) {
        String text = line.text().strip();
        return line.bold() && !text.isEmpty() && SPACES.split(text).length <= MAX_TERM_WORDS
                && !SENTENCE_END.matcher(text).find();
    }

    /** A line of the term's text: regular, indented right of the term (on its page; at any edge on the next). */
    private static boolean hangs(TextLine line, TextLine term) {
        return !line.bold() && (line.page() != term.page() || line.x() > term.x() + INDENT);
    }
}
