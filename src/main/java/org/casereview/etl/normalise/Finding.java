package org.casereview.etl.normalise;

/** A value found in the text and the words that gave it. */
record Finding<T>(T value, String evidence) {
}
