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
 * @param linkRefused the link was refused as unsafe (it leaves the input folder, or names a host,
 *                    scheme or address that is not allowed): the entry is then linked only by the
 *                    operator's links.csv, never by the link's file name or by similarity
 */
public record LinkCandidateEntry(String reviewId, String title, String childName, String reviewType,
                                 String linkTarget, boolean linkRefused) {

    public LinkCandidateEntry(String reviewId, String title, String childName, String reviewType, String linkTarget) {
        this(reviewId, title, childName, reviewType, linkTarget, false);
    }

    /** From a parsed digest entry, its review id and its review type code (null or "unknown" when not known). */
    public static LinkCandidateEntry of(String reviewId, DigestEntry entry, String reviewTypeCode) {
        return new LinkCandidateEntry(reviewId, entry.title(), entry.childName(), reviewTypeCode, entry.linkTarget());
    }
}
