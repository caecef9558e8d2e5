package org.casereview.etl.extract;

/**
 * How deep the elements of an XML part nest, counted over its bytes as they are inflated (no parser: a parser is what
 * the depth would overflow). Session 38: a .docx of tables nested 2,000 deep overflowed POI's stack
 * ({@code XMLHelper.getDepthOfChildNodes}) and was rejected as an {@code internal_error}, with a thousand lines of
 * stack in the log. A start tag opens a level and its end tag or {@code />} closes it; declarations, comments and
 * processing instructions open none; a quoted attribute value may hold {@code >}.
 */
final class XmlNesting {

    /** Levels a part may nest: a Word document nests a few tens (body, table, row, cell, paragraph, run, text). */
    static final int MAX_DEPTH = 1_000;

    private enum State { TEXT, OPENED, START_TAG, END_TAG, OTHER, BANG, BANG_DASH, COMMENT }

    private State state = State.TEXT;
    private byte quote;
    private byte last;
    private int depth;
    private int dashes;
    private int deepest;

    /** Reads {@code length} more bytes of the part. */
    void read(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            step(bytes[i]);
        }
    }

    int deepest() {
        return deepest;
    }

    private void step(byte b) {
        switch (state) {
            case TEXT -> state = b == '<' ? State.OPENED : State.TEXT;
            case OPENED -> opened(b);
            case START_TAG -> inStartTag(b);
            case END_TAG, OTHER -> state = b == '>' ? State.TEXT : state;
            case BANG -> state = b == '-' ? State.BANG_DASH : b == '>' ? State.TEXT : State.OTHER;
            case BANG_DASH -> state = b == '-' ? State.COMMENT : b == '>' ? State.TEXT : State.OTHER;
            case COMMENT -> inComment(b);
        }
        last = b;
    }

    private void opened(byte b) {
        if (b == '/') {
            depth = Math.max(0, depth - 1);
            state = State.END_TAG;
        } else if (b == '!') {
            state = State.BANG;
            dashes = 0;
        } else if (b == '?') {
            state = State.OTHER;
        } else {
            deepest = Math.max(deepest, ++depth);
            state = State.START_TAG;
        }
    }

    /** A comment ends at {@code -->}: a tag written inside it opens nothing. */
    private void inComment(byte b) {
        if (b == '>' && dashes >= 2) {
            state = State.TEXT;
        }
        dashes = b == '-' ? dashes + 1 : 0;
    }

    private void inStartTag(byte b) {
        if (quote != 0) {
            quote = b == quote ? 0 : quote;
        } else if (b == '"' || b == '\'') {
            quote = b;
        } else if (b == '>') {
            depth -= last == '/' ? 1 : 0;
            state = State.TEXT;
        }
    }
}
