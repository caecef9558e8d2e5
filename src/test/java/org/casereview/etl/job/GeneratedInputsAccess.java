package org.casereview.etl.job;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests of other packages build the job tests' generated inputs. */
public final class GeneratedInputsAccess {

    private GeneratedInputsAccess() {
    }

    public static Path withReports(Path dir, int reports, int pagesEach) throws IOException {
        return GeneratedInputs.withReports(dir, reports, pagesEach);
    }
}
