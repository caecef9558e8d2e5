package org.casereview.etl.vocabulary;

/** A vocabulary file that cannot be used: the message names the file, the line and what is wrong. */
public final class VocabularyException extends IllegalArgumentException {

    public VocabularyException(String message) {
        super(message);
    }
}
