package org.casereview.etl.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.casereview.etl.cli.ExitCodes;
import org.casereview.etl.cli.RunLock;
import org.casereview.etl.cli.RunSettings;

/**
 * {@code status} while a run holds the database: the run's live status file instead of the database,
 * which the run keeps open (there is no server to share it).
 */
public final class LiveStatusCommand {

    private LiveStatusCommand() {
    }

    public static int show(RunSettings settings) {
        Path file = RunLock.liveStatusFileFor(settings.dbUrl());
        Optional<LiveStatus> live;
        try {
            live = LiveStatus.read(file);
        } catch (IOException e) {
            live = Optional.empty();
        }
        if (settings.json()) {
            System.out.print(live.map(LiveStatus::toJson).orElse("{}\n"));
            return ExitCodes.COMPLETED;
        }
        System.out.println("A run is working on this database (lock " + RunLock.lockFileFor(settings.dbUrl())
                + "); it holds the database, so this is the live status it writes to " + file + ":");
        System.out.print(live.map(LiveStatus::toText).orElse("    (the run has not written its status yet)\n"));
        return ExitCodes.COMPLETED;
    }
}
