package org.casereview.etl.job;

import java.util.List;

import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.RejectRow;

/** A document that cannot be loaded: the item is skipped and its row and rejects are recorded instead. */
public class RejectedDocumentException extends RuntimeException {

    private final transient DocumentRow document;
    private final transient List<RejectRow> rejects;

    public RejectedDocumentException(DocumentRow document, List<RejectRow> rejects) {
        super(document.sourceFile() + " rejected (" + document.reasonCode() + ")");
        this.document = document;
        this.rejects = List.copyOf(rejects);
    }

    /** The document row with status rejected and its reason. */
    public DocumentRow document() {
        return document;
    }

    public List<RejectRow> rejects() {
        return rejects;
    }
}
