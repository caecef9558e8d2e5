package org.casereview.etl.job;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentOutcome;
import org.casereview.etl.ingest.StillAsFound;
import org.casereview.etl.review.DigestLoad;
import org.casereview.etl.review.DigestLoader;
import org.casereview.etl.store.DocumentStore;
import org.casereview.etl.text.LibraryMessages;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Loads each digest still pending; those rejected at discovery (empty, unsupported, duplicate) are
 * passed over. A digest that cannot be loaded is thrown as {@link RejectedDocumentException}: the
 * step's skip policy spends the reject budget on it and {@link DigestRejectListener} records it.
 */
public class DigestProcessor implements ItemProcessor<DocumentRow, DigestLoad> {

    private final DigestLoader loader;
    private final DocumentStore documents;
    private final JobRun run;
    private final DocumentGuard guard;
    private final DigestLinkedReports readAhead;

    public DigestProcessor(DigestLoader loader, DocumentStore documents, JobRun run, DocumentGuard guard) {
        this(loader, documents, run, guard, null);
    }

    /** @param readAhead the digests read before this step (for their links), taken instead of reading them again */
    public DigestProcessor(DigestLoader loader, DocumentStore documents, JobRun run, DocumentGuard guard,
                           DigestLinkedReports readAhead) {
        this.readAhead = readAhead;
        this.loader = loader;
        this.documents = documents;
        this.guard = guard;
        this.run = run;
    }

    @Override
    public DigestLoad process(DocumentRow document) {
        if (!document.hasStatus(DocumentStatus.PENDING)) {
            return null;
        }
        DigestLoad load = loadDigest(document);
        if (load.document().hasStatus(DocumentStatus.REJECTED)) {
            throw new RejectedDocumentException(load.document(), load.rejects());
        }
        return load;
    }

    private Optional<DigestLoader.Reading> readAhead(DocumentRow document, YearMonth month) {
        return readAhead == null || document.sha256() == null ? Optional.empty()
                : readAhead.rows(document.sourceFile(), document.sha256(), month);
    }

    /** The work on one digest file (text, entries, rows), inside the fault boundary. */
    private DigestLoad loadDigest(DocumentRow document) {
        Path file = documents.pathOf(run.month(), document.sourceFile());
        YearMonth month = YearMonth.parse(run.month());
        try (LibraryMessages messages = LibraryMessages.reading(document.sourceFile())) {
            Optional<DocumentOutcome.Rejected<?>> rejectedAhead = readAhead == null || document.sha256() == null
                    ? Optional.empty() : readAhead.rejected(document.sourceFile(), document.sha256());
            DocumentOutcome<DigestLoad> outcome = rejectedAhead.isPresent()
                    ? new DocumentOutcome.Rejected<>(rejectedAhead.get().reason(), rejectedAhead.get().message())
                    : guard.run(document.sourceFile(), () -> readAhead(document, month)
                    .map(reading -> DigestLoader.loaded(reading, document))
                    .orElseGet(() -> StillAsFound.refusal(file, document.bytes())
                            .map(changed -> DigestLoader.rejected(document, changed.reason(), changed.message()))
                            .orElseGet(() -> loader.load(file, document, month))));
            DigestLoad load = outcome instanceof DocumentOutcome.Rejected<DigestLoad> rejected
                    ? DigestLoader.rejected(document, rejected.reason(), rejected.message())
                    : ((DocumentOutcome.Done<DigestLoad>) outcome).value();
            if (load.document().hasStatus(DocumentStatus.REJECTED)) {
                messages.warnedElsewhere();
            }
            return load;
        }
    }
}
