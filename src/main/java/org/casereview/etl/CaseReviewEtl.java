package org.casereview.etl;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;

import org.casereview.etl.cli.Command;
import org.casereview.etl.cli.CommandLineParser;
import org.casereview.etl.cli.DatabaseAccess;
import org.casereview.etl.cli.DatabaseRunLock;
import org.casereview.etl.cli.ExitCodes;
import org.casereview.etl.cli.RunLock;
import org.casereview.etl.cli.RunSettings;
import org.casereview.etl.cli.Usage;
import org.casereview.etl.cli.UsageException;
import org.casereview.etl.guard.LimitSettings;
import org.casereview.etl.job.CommandRunner;
import org.casereview.etl.job.LiveStatusCommand;
import org.casereview.etl.job.StartupWarmUp;
import org.casereview.etl.store.H2Settings;
import org.casereview.etl.text.LogSafe;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.env.Environment;

/**
 * Entry point: {@code java -jar casereview-etl.jar run|restart|status|help [options]}.
 * The command line is checked before Spring starts, so a usage error costs nothing and says what is wrong.
 *
 * <p>{@code @SpringBootApplication} less its auto-configuration search: the auto-configurations are the ones that
 * search applied (its conditions report, {@code -Ddebug=true}), named here, so that a start does not evaluate the
 * conditions of the others (JMX, JTA, JNDI, XA data sources, health and metrics, message sources). Their own
 * conditions still hold. A new Spring Boot module on the class path adds nothing until it is listed here.
 */
@SpringBootConfiguration
@ComponentScan(excludeFilters = {@ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
@ImportAutoConfiguration({
        org.springframework.boot.autoconfigure.aop.AopAutoConfiguration.class,
        org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration.class,
        org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration.class,
        org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration.class,
        org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration.class,
        org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration.class,
        org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration.class,
        org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration.class,
        org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration.class,
        org.springframework.boot.batch.autoconfigure.BatchJobLauncherAutoConfiguration.class,
        org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration.class,
        org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration.class,
        org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration.class,
        org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration.class,
        org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration.class,
        org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration.class,
        org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration.class,
        org.springframework.boot.persistence.autoconfigure.PersistenceExceptionTranslationAutoConfiguration.class,
        org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration.class,
        org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration.class})
public class CaseReviewEtl {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        H2Settings.applyDefaults(); // first: H2 reads some of them once, as its first class is loaded
        RunSettings settings;
        List<String> springArguments;
        boolean likelyUnchanged;
        try {
            settings = new CommandLineParser(YearMonth.now()).parse(args);
            likelyUnchanged = StartupWarmUp.likelyUnchanged(settings);
            springArguments = springArguments(settings, System.getenv(), likelyUnchanged);
        } catch (UsageException e) {
            System.err.println("casereview-etl: " + LogSafe.text(e.getMessage()));
            System.err.println("Run 'java -jar target/casereview-etl.jar help' for the options.");
            return ExitCodes.USAGE;
        }
        if (settings.command() == Command.HELP) {
            System.out.print(Usage.TEXT);
            return ExitCodes.COMPLETED;
        }
        if (settings.command() != Command.RUN && missingDefaultDatabase(settings)) {
            System.err.println("casereview-etl: no database in " + settings.output().toAbsolutePath()
                    + " (no run has written there); give the --output or --db of the run");
            return ExitCodes.USAGE;
        }
        if (DatabaseRunLock.appliesTo(settings.dbUrl())) {
            return withContext(settings, springArguments, likelyUnchanged, runner -> runner.execute(settings));
        }
        try {
            Optional<RunLock> lock = RunLock.tryAcquire(settings.dbUrl());
            if (lock.isEmpty()) {
                return settings.command() == Command.STATUS ? LiveStatusCommand.show(settings) : locked(settings);
            }
            try (RunLock held = lock.get()) {
                if (settings.command() == Command.RUN
                        && RunLock.h2DatabaseFile(settings.dbUrl()).map(f -> !Files.exists(f)).orElse(false)) {
                    // A new database: a live status file left beside it speaks of runs it never held.
                    Files.deleteIfExists(RunLock.liveStatusFileFor(settings.dbUrl()));
                }
                return withContext(settings, springArguments, likelyUnchanged, runner -> runner.execute(settings));
            }
        } catch (IOException e) {
            System.err.println("casereview-etl: cannot take the run lock: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private static int locked(RunSettings settings) {
        System.err.println("casereview-etl: another run is using the database " + settings.dbUrl()
                + " (lock " + RunLock.lockFileFor(settings.dbUrl()) + "); nothing was started. "
                + "Wait for it to finish (see 'status'), then run again.");
        return ExitCodes.LOCKED;
    }

    private interface RunnerCall {
        int call(CommandRunner runner);
    }

    private static int withContext(RunSettings settings, List<String> springArguments, boolean likelyUnchanged,
                                   RunnerCall call) {
        SpringApplication app = new SpringApplication(CaseReviewEtl.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        ConfigurableApplicationContext context = null;
        StartupWarmUp.beginFor(settings, likelyUnchanged);
        try {
            context = app.run(springArguments.toArray(String[]::new));
        } catch (SpringApplication.AbandonedRunException e) {
            throw e; // the build's ahead-of-time processing stops the start here, having read the bean definitions
        } catch (RuntimeException e) {
            Optional<String> database = DatabaseAccess.failure(settings.dbUrl(), e);
            if (database.isPresent()) {
                System.err.println("casereview-etl: " + database.get());
                return ExitCodes.FAILED;
            }
            System.err.println("casereview-etl: cannot start: " + LogSafe.text(rootMessage(e)));
            return ExitCodes.USAGE;
        } finally {
            if (context == null) {
                StartupWarmUp.end();
            }
        }
        // The warm-up lasts as long as the command: the parsers' beans are built on first use, during the job
        try (ConfigurableApplicationContext started = context) {
            CommandRunner runner = started.getBean(CommandRunner.class);
            if (settings.command() != Command.STATUS && DatabaseRunLock.appliesTo(settings.dbUrl())) {
                return underDatabaseLock(settings, started.getEnvironment(), () -> call.call(runner));
            }
            return call.call(runner);
        } finally {
            StartupWarmUp.end();
        }
    }

    /** PostgreSQL: the advisory lock, on the URL and credentials the job itself connects with. */
    private static int underDatabaseLock(RunSettings settings, Environment environment, IntSupplier run) {
        try {
            Optional<DatabaseRunLock> lock = DatabaseRunLock.tryAcquire(settings.dbUrl(),
                    environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"));
            if (lock.isEmpty()) {
                System.err.println("casereview-etl: another run is using the database " + settings.dbUrl()
                        + " (PostgreSQL advisory lock on its schema); nothing was started. "
                        + "Wait for it to finish (see 'status'), then run again.");
                return ExitCodes.LOCKED;
            }
            try (DatabaseRunLock held = lock.get()) {
                return run.getAsInt();
            }
        } catch (SQLException e) {
            System.err.println("casereview-etl: cannot take the run lock: " + LogSafe.text(e.getMessage()));
            return ExitCodes.USAGE;
        }
    }

    private static boolean missingDefaultDatabase(RunSettings settings) {
        return settings.dbUrl().equals(RunSettings.defaultDbUrl(settings.output()))
                && !Files.exists(settings.output().resolve("casereviews.mv.db"));
    }

    /** @param likelyUnchanged a run whose input files all show unchanged since the last run read them */
    static List<String> springArguments(RunSettings settings, Map<String, String> env, boolean likelyUnchanged) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--spring.datasource.url=" + dataSourceUrl(settings, likelyUnchanged));
        arguments.addAll(DatabaseAccess.credentialArguments(settings.dbUrl(), env));
        if (settings.vocabulary() != null) {
            arguments.add("--casereview.vocabulary=" + settings.vocabulary().toAbsolutePath().normalize());
        }
        arguments.addAll(LimitSettings.springArguments(settings.limits()));
        return arguments;
    }

    /**
     * H2 compacts its file as it closes: rounds of rewriting up to 16 MB of live pages and moving chunks, until 200 ms
     * have passed after a round. On a month of 120 reports that was most of an unchanged rerun's time after its one
     * step (3-6 s wall at load 8-13, against 0.7-0.9 s without). A run that most likely ends at discovery writes only
     * the job repository's few rows, so its default database skips that compaction and leaves it to the next run that
     * redoes the month. A guess only: a run that does redo the month defers the compaction by one run.
     * <p>
     * A run that creates its default database skips it too: the file then holds that run's writes only, and the
     * time-bounded rounds do not shrink it but append rewritten chunks (a fresh 120-report month: 48 MB without the
     * compaction, 59-60 MB with it, and 0.35 s more CPU on the critical path). The next run that writes compacts
     * as before. The compaction never decides what is stored:
     * every commit is on disk as it is made ({@code WRITE_DELAY=0}), whether the file is compacted or not.
     */
    private static String dataSourceUrl(RunSettings settings, boolean likelyUnchanged) {
        boolean defaultDatabase = settings.dbUrl().equals(RunSettings.defaultDbUrl(settings.output()));
        boolean noCompaction = defaultDatabase && (likelyUnchanged || missingDefaultDatabase(settings));
        return noCompaction ? settings.dbUrl() + ";MAX_COMPACT_TIME=0" : settings.dbUrl();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
