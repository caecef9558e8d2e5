package org.casereview.etl.pdf;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.guard.LimitExceededException;

/**
 * How deep a PDF's page tree nests, walked without recursion before any reader lists the pages: PDFBox's page iterator
 * recurses once a level, and one page under 100,000 /Pages nodes each holding the next ran the stack out (session 39:
 * {@code internal_error}, a StackOverflowError). A node met again (a cycle) is not walked twice; the walk stops at
 * {@link #MAX_NODES} nodes, past any page limit.
 */
final class PageTreeDepth {

    /** Levels a page tree may have: a writer's balanced tree of a million pages is a dozen deep. */
    static final int MAX_DEPTH = 256;
    private static final int MAX_NODES = 200_000;

    private PageTreeDepth() {
    }

    private record Node(COSDictionary dictionary, int depth) {
    }

    /** Throws {@code too_large} when the page tree nests more than {@link #MAX_DEPTH} levels. */
    static void check(PDDocument document) {
        COSBase root = resolve(document.getDocumentCatalog().getCOSObject().getItem(COSName.PAGES));
        if (!(root instanceof COSDictionary pages)) {
            return;
        }
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(new Node(pages, 1));
        while (!todo.isEmpty() && seen.size() < MAX_NODES) {
            Node node = todo.pop();
            if (!seen.add(node.dictionary())) {
                continue;
            }
            if (node.depth() > MAX_DEPTH) {
                throw new LimitExceededException(RejectReason.TOO_LARGE,
                        "its page tree nests more than " + MAX_DEPTH + " levels deep");
            }
            if (resolve(node.dictionary().getItem(COSName.KIDS)) instanceof COSArray kids) {
                for (COSBase kid : kids) {
                    if (resolve(kid) instanceof COSDictionary child && child.containsKey(COSName.KIDS)) {
                        todo.push(new Node(child, node.depth() + 1));
                    }
                }
            }
        }
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }
}
