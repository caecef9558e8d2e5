package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.casereview.etl.cli.Command;
import org.casereview.etl.cli.RunSettings;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.ingest.EarlySniffs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: the start-up sniff can be switched off by a system property, for a benchmark to weigh it. */
class StartupSniffSwitchTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(StartupWarmUp.SNIFF_PROPERTY);
        StartupWarmUp.end();
    }

    private RunSettings run() {
        return new RunSettings(Command.RUN, dir, dir.resolve("out"), YearMonth.of(2026, 11), null,
                RunSettings.defaultDbUrl(dir.resolve("out")), false, false, false, 0, 2, false, 0, List.of(), null,
                DocumentLimits.DEFAULTS, false, null, null);
    }

    @Test
    void aRunSniffsItsInputAtStartUpUnlessSwitchedOff() {
        StartupWarmUp.beginFor(run(), false);
        assertThat(StartupWarmUp.earlySniffs()).isNotSameAs(EarlySniffs.NONE);
        assertThat(StartupWarmUp.startupLinks()).isNotNull();
        StartupWarmUp.end();
        System.setProperty(StartupWarmUp.SNIFF_PROPERTY, "FALSE ");
        StartupWarmUp.beginFor(run(), false);
        assertThat(StartupWarmUp.earlySniffs()).isSameAs(EarlySniffs.NONE);
        assertThat(StartupWarmUp.startupLinks()).isNull();
    }
}
