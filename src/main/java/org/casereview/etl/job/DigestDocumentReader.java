package org.casereview.etl.job;

import java.util.List;

import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.store.DocumentStore;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The month's digest documents in file-name order. The list is read once per step execution; the
 * count of items read is saved at each commit, so a restart carries on after the last committed digest.
 */
public class DigestDocumentReader extends AbstractItemCountingItemStreamItemReader<DocumentRow> {

    private final DocumentStore store;
    private final String month;
    private List<DocumentRow> documents;

    public DigestDocumentReader(DocumentStore store, String month) {
        this.store = store;
        this.month = month;
        setName("digestDocuments");
    }

    @Override
    protected void doOpen() {
        documents = store.documents(month, "digest");
    }

    @Override
    protected DocumentRow doRead() {
        int index = getCurrentItemCount() - 1;
        return index < documents.size() ? documents.get(index) : null;
    }

    @Override
    protected void doClose() {
        documents = null;
    }
}
