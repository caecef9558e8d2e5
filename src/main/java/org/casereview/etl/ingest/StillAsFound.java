package org.casereview.etl.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

import org.casereview.etl.document.RejectReason;
import org.casereview.etl.guard.DocumentOutcome;

/**
 * Whether a file is still what discovery found before a step reads it by its name: a regular file of the same size in
 * its folder. Between discovery and the step the name may have been replaced by a FIFO, a link to {@code /dev/zero} or
 * to a file outside the folder, or rewritten (session 40: a report replaced by a FIFO during the run was rejected
 * "the file is empty"; a link out of the folder made then would have been read). The step reads the file once more
 * after this look, so a swap in that instant is not caught; a changed size is, and so is every change of kind.
 */
public final class StillAsFound {

    private StillAsFound() {
    }

    /** Why the file must not be read now, or empty when it may be. */
    public static Optional<DocumentOutcome.Rejected<Void>> refusal(Path file, long bytesFound) {
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return refused(RejectReason.OTHER, "the file was removed after the run found it; not read: run the"
                        + " month again to load it");
            }
            if (!Files.isRegularFile(file)) {
                return refused(RejectReason.UNSUPPORTED_TYPE, "the file changed after the run found it: it is now "
                        + nowIs(file) + ", not a regular file; not read");
            }
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null && !file.toRealPath().startsWith(folder.toRealPath())) {
                return refused(RejectReason.UNSAFE_LINK, "the file changed after the run found it: it is now a symbolic"
                        + " link to a place outside its folder; not followed");
            }
            long now = Files.size(file);
            if (now != bytesFound) {
                return refused(RejectReason.OTHER, "the file changed after the run found it (" + bytesFound
                        + " bytes then, " + now + " now); not read: run the month again to load it");
            }
            return Optional.empty();
        } catch (IOException e) {
            return refused(RejectReason.OTHER, "the file changed after the run found it and cannot be read now ("
                    + e.getClass().getSimpleName() + "); not read: run the month again to load it");
        }
    }

    private static String nowIs(Path file) throws IOException {
        if (!Files.isSymbolicLink(file)) {
            return "a " + FolderEntry.specialKind(file);
        }
        return Files.exists(file) ? "a symbolic link to a " + FolderEntry.specialKind(file.toRealPath())
                : "a symbolic link to nothing";
    }

    private static Optional<DocumentOutcome.Rejected<Void>> refused(RejectReason reason, String message) {
        return Optional.of(new DocumentOutcome.Rejected<>(reason, message));
    }
}
