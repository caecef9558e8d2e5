package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A bilingual page set in two parallel columns, Welsh beside English: the Welsh column is a translation of the
 * English one, so only the English column is read. A column is Welsh when many of its words are short Welsh words
 * that English lacks ("yr", "mae", "gyda") and the other column's words almost never are.
 */
final class TranslationColumn {

    private static final Pattern WELSH_WORD = Pattern.compile("(?iu)(" + Vocabulary.layout("welsh_words") + ")");
    private static final Pattern WORD_EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}'’]+$");
    private static final int MIN_WORDS = 20;
    private static final float WELSH_SHARE = 0.12f;
    private static final float OTHER_SHARE = 0.03f;

    private TranslationColumn() {
    }

    /**
     * The rows with the Welsh column's fragments left out when one column beside the gutter is Welsh and the other
     * not; rows crossing the gutter (a title block across the page) are kept whole. Otherwise the rows as they are.
     */
    static List<TextLine> withoutTranslation(int page, List<TextLine> rows, float gutter) {
        int translation = translationSide(rows, gutter);
        if (translation < 0) {
            return rows;
        }
        List<TextLine> kept = new ArrayList<>();
        for (TextLine row : rows) {
            if (ColumnGutter.crosses(row, gutter)) {
                kept.add(row);
                continue;
            }
            List<TextFragment> own = row.fragments().stream()
                    .filter(f -> (ColumnGutter.isLeft(f, gutter) ? 0 : 1) != translation).toList();
            if (own.size() == row.fragments().size()) {
                kept.add(row);
            } else if (!own.isEmpty()) {
                kept.addAll(LineAssembler.lines(page, own));
            }
        }
        return kept;
    }

    /** One column beside the gutter is Welsh and the other is not. */
    static boolean hasTranslation(List<TextLine> rows, float gutter) {
        return translationSide(rows, gutter) >= 0;
    }

    /** 0 when the left column is the Welsh one, 1 when the right is, -1 when neither or both. */
    private static int translationSide(List<TextLine> rows, float gutter) {
        int[] welsh = new int[2];
        int[] words = new int[2];
        for (TextLine row : rows) {
            if (ColumnGutter.crosses(row, gutter)) {
                continue;
            }
            for (TextFragment f : row.fragments()) {
                int side = ColumnGutter.isLeft(f, gutter) ? 0 : 1;
                for (String word : f.text().strip().split("\\s+")) {
                    String bare = WORD_EDGES.matcher(word).replaceAll("");
                    if (!bare.isEmpty()) {
                        words[side]++;
                        welsh[side] += WELSH_WORD.matcher(bare).matches() ? 1 : 0;
                    }
                }
            }
        }
        return welshSide(welsh, words);
    }

    /** 0 when the left column is Welsh and the right is not, 1 the other way round, -1 when neither or both. */
    private static int welshSide(int[] welsh, int[] words) {
        if (words[0] < MIN_WORDS || words[1] < MIN_WORDS) {
            return -1;
        }
        float left = (float) welsh[0] / words[0];
        float right = (float) welsh[1] / words[1];
        if (left >= WELSH_SHARE && right <= OTHER_SHARE) {
            return 0;
        }
        return right >= WELSH_SHARE && left <= OTHER_SHARE ? 1 : -1;
    }
}
