package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A block between entries that is a chat's own furniture, in a channel or chat copied whole (Teams, Slack and the like,
 * a review to a post): a post's tail (its reactions and counts, its reply counter '2 replies from Dele Farrant and Priya
 * Osei', 'Reply': {@link UnitShapes#isPostFurniture}), the next post's header (its author's name over its time stamp,
 * perhaps 'Edited'), or a reply posted in the thread (such a header over a message with no label). None of it is a
 * review that failed to read: a post that is a review has its title first, so its block starts with no header, count
 * or reaction, and a block with a label is never furniture.
 */
final class ChatFurniture {
    /** An author's name alone on its line: one to four capitalised words, perhaps '(Guest)' or '(External)'. */
    private static final Pattern AUTHOR = Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019.-]{0,30}(?: \\p{Lu}[\\p{L}'\u2019.-]{0,30}){0,3}(?: \\((?:Guest|External)\\))?");

    private final DigestGrammar grammar;
    private final UnitShapes shapes;

    ChatFurniture(DigestGrammar grammar, UnitShapes shapes) {
        this.grammar = grammar;
        this.shapes = shapes;
    }

    /**
     * Whether the block (its heading, null for none, and body) is a chat's furniture: each unit a post's tail or a time
     * stamp, up to a post header, after which the rest is that post's message; no label anywhere; one header or reply
     * counter at least.
     */
    boolean isFurniture(Unit heading, List<Unit> body) {
        List<String> texts = new ArrayList<>(body.size() + 1);
        if (heading != null) {
            texts.add(heading.text().strip());
        }
        body.forEach(u -> texts.add(u.text().strip()));
        if (texts.stream().anyMatch(t -> !shapes.labelsIn(t).isEmpty())) {
            return false;
        }
        boolean chat = false;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (i + 1 < texts.size() && isPostHeader(text, texts.get(i + 1))) {
                return true; // a post: what follows is its message and its tail
            }
            if (grammar.chatPostStamps.matcher(text).matches()) {
                chat = true;
            } else if (shapes.isPostFurniture(text)) {
                chat |= Character.isDigit(text.codePointAt(0)) && text.indexOf(' ') > 0; // a counter with words
            } else {
                return false;
            }
        }
        return chat;
    }

    private boolean isPostHeader(String author, String stamp) {
        return author.length() <= 60 && AUTHOR.matcher(author).matches() && grammar.chatPostStamps.matcher(stamp).matches();
    }
}
