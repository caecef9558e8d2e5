package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;

import org.casereview.etl.text.WelshWords;

/**
 * A bilingual page set in two parallel columns, Welsh beside English: the Welsh column is a translation of the
 * English one, so only the English column is read. A column is Welsh when many of its words are short Welsh words
 * that English lacks ("yr", "mae", "gyda") and the other column's words almost never are ({@link WelshWords}).
 */
final class TranslationColumn {

    private static final int MIN_WORDS = 20;

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
                WelshWords.Count count = WelshWords.count(f.text());
                words[side] += count.words();
                welsh[side] += count.welsh();
            }
        }
        WelshWords.Count left = new WelshWords.Count(words[0], welsh[0]);
        WelshWords.Count right = new WelshWords.Count(words[1], welsh[1]);
        if (left.isWelsh(MIN_WORDS) && right.isOther(MIN_WORDS)) {
            return 0;
        }
        return right.isWelsh(MIN_WORDS) && left.isOther(MIN_WORDS) ? 1 : -1;
    }
}
