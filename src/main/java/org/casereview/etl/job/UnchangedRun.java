package org.casereview.etl.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.casereview.etl.ingest.FileHashes;
import org.casereview.etl.ingest.InputDiscovery;
import org.casereview.etl.ingest.InputDiscovery.Discovered;
import org.casereview.etl.ingest.Sha256;
import org.casereview.etl.output.RunReportWriter;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Tells a rerun whose inputs, options and outputs equal those of the month's last run, which completed:
 * such a run keeps the month's rows and files instead of clearing and redoing them.
 */
public class UnchangedRun {

    /** The exit status of the discovery step that found nothing changed; the job ends after it. */
    public static final String NOTHING_CHANGED = "NOTHING_CHANGED";
    static final String INPUTS = "casereview.inputs.sha256";
    static final String OUTPUTS = "casereview.outputs.sha256";
    static final String OUTPUTS_RUN = "casereview.outputs.run";
    static final String NOTE = "casereview.note";

    private static final int INSTANCES_PER_PAGE = 20;

    private final JobRepository repository;
    private final String vocabularyFile;
    private final String limits;

    /**
     * @param vocabularyFile the operator's vocabulary file, or blank
     * @param limits         the document limits in force (a raised limit may load a file rejected before)
     */
    public UnchangedRun(JobRepository repository, String vocabularyFile, String limits) {
        this.repository = repository;
        this.vocabularyFile = vocabularyFile;
        this.limits = limits;
    }

    /**
     * Records this run's inputs in its context and, when the month's last run completed on the same
     * inputs and its files are still in place, carries its outputs over and returns the note to log.
     */
    public Optional<String> keep(JobExecution current, JobRun run, List<Discovered> found) throws IOException {
        return keep(current, run, found, FileHashes.none());
    }

    /** As above; output files {@code hashes} shows unchanged since they were last hashed are not read again. */
    public Optional<String> keep(JobExecution current, JobRun run, List<Discovered> found, FileHashes hashes)
            throws IOException {
        String inputs = inputs(run, found);
        ExecutionContext context = current.getExecutionContext();
        context.putString(INPUTS, inputs);
        if (run.force() || run.fetch()) {
            return Optional.empty();
        }
        Optional<JobExecution> last = lastOfMonth(current, run.month());
        if (last.isEmpty() || last.get().getStatus() != BatchStatus.COMPLETED) {
            return Optional.empty();
        }
        ExecutionContext before = last.get().getExecutionContext();
        if (!inputs.equals(before.getString(INPUTS, null)) || !before.containsKey(OUTPUTS)
                || !before.getString(OUTPUTS).equals(outputs(run.output(), hashes))) {
            return Optional.empty();
        }
        String producer = before.getString(OUTPUTS_RUN, "");
        context.putString(OUTPUTS, before.getString(OUTPUTS));
        context.putString(OUTPUTS_RUN, producer);
        String note = "nothing changed since run " + producer + "; outputs kept";
        context.putString(NOTE, note);
        return Optional.of(note);
    }

    /** Called once the outputs are written: what a later rerun compares with. */
    static void recordOutputs(JobExecution execution, JobRun run) throws IOException {
        FileHashes hashes = FileHashes.load(run.output(), build());
        execution.getExecutionContext().putString(OUTPUTS, outputs(run.output(), hashes));
        hashes.save();
        execution.getExecutionContext().putString(OUTPUTS_RUN, run.runId());
    }

    /** The CSV files and the run report in the output folder, by name and SHA-256. */
    static String outputs(Path folder, FileHashes hashes) throws IOException {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        MessageDigest digest = Sha256.newDigest();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(UnchangedRun::isOutput).sorted().toList()) {
                add(digest, file.getFileName() + "=" + hashed(file, hashes));
            }
        }
        return Sha256.hex(digest);
    }

    private static String hashed(Path file, FileHashes hashes) throws IOException {
        FileHashes.Reading reading = hashes.start(file);
        Optional<FileHashes.Known> known = hashes.known(reading);
        if (known.isPresent()) {
            return known.get().sha256();
        }
        String sha = Sha256.ofFile(file);
        hashes.remember(reading, sha, null);
        return sha;
    }

    private static boolean isOutput(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".csv") || name.equals(RunReportWriter.FILE_NAME));
    }

    /** What decides the outputs: the files found, the operator's links and vocabulary, the options, the build. */
    private String inputs(JobRun run, List<Discovered> found) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        add(digest, "input=" + run.input().toAbsolutePath().normalize() + " skipLimit=" + run.skipLimit());
        for (Discovered d : found) {
            add(digest, d.document() + " " + d.reject());
        }
        add(digest, "links=" + hashIfFile(run.input().resolve(InputDiscovery.LINKS_FILE)));
        add(digest, "vocabulary=" + (vocabularyFile == null || vocabularyFile.isBlank() ? "" : hashIfFile(Path.of(vocabularyFile))));
        add(digest, "limits=" + limits);
        add(digest, "build=" + build());
        return Sha256.hex(digest);
    }

    private static String hashIfFile(Path file) throws IOException {
        return Files.isRegularFile(file) ? Sha256.ofFile(file) : "none";
    }

    /** A rebuilt jar may read the same files differently, so its size and time are part of the inputs. */
    static String build() throws IOException {
        CodeSource source = UnchangedRun.class.getProtectionDomain().getCodeSource();
        if (source == null || !"file".equals(source.getLocation().getProtocol())) {
            return String.valueOf(source == null ? null : source.getLocation());
        }
        Path path = Path.of(source.getLocation().getPath());
        return Files.isRegularFile(path) ? path + " " + Files.size(path) + " " + Files.getLastModifiedTime(path) : path.toString();
    }

    private static void add(MessageDigest digest, String line) {
        digest.update((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The latest execution of the month's latest other run: a run clears its month, so it holds the rows. */
    private Optional<JobExecution> lastOfMonth(JobExecution current, String month) {
        long currentInstance = current.getJobInstance().getInstanceId();
        for (int start = 0; ; start += INSTANCES_PER_PAGE) {
            List<JobInstance> page = repository.getJobInstances(JobRun.JOB_NAME, start, INSTANCES_PER_PAGE);
            for (JobInstance instance : page) {
                if (instance.getInstanceId() == currentInstance) {
                    continue;
                }
                Optional<JobExecution> last = repository.getJobExecutions(instance).stream()
                        .max(Comparator.comparing(JobExecution::getId));
                if (last.isPresent() && month.equals(last.get().getJobParameters().getString("month"))) {
                    return last;
                }
            }
            if (page.size() < INSTANCES_PER_PAGE) {
                return Optional.empty();
            }
        }
    }
}
