package org.casereview.etl.link;

import org.casereview.etl.document.DigestEntry;

/**
 * A digest entry as the linker sees it.
 *
 * @param reviewId   stable review id ("2021-11-child-v")
 * @param title      entry title as published
 * @param childName  pseudonym, null for thematic entries
 * @param reviewType review type code or words, null when unknown
 * @param linkTarget target of the entry's report link ("#", a URL, a file name), null if none
 */
public record LinkCandidateEntry(String reviewId, String title, String childName, String reviewType,
                                 String linkTarget) {

    /** From a parsed digest entry, its review id and its review type code (null or "unknown" when not known). */
    public static LinkCandidateEntry of(String reviewId, DigestEntry entry, String reviewTypeCode) {
        return new LinkCandidateEntry(reviewId, entry.title(), entry.childName(), reviewTypeCode, entry.linkTarget());
    }
}
