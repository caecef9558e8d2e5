package org.casereview.etl.job;

import javax.sql.DataSource;

import org.apache.tika.config.TikaConfig;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.LimitSettings;
import org.casereview.etl.ingest.EarlySniffs;
import org.casereview.etl.ingest.FetchSettings;
import org.casereview.etl.ingest.InputDiscovery;
import org.casereview.etl.ingest.LinkedReports;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.casereview.etl.link.ReportLinker;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.output.CsvExporter;
import org.casereview.etl.output.DatasetExport;
import org.casereview.etl.output.WorkbookExporter;
import org.casereview.etl.report.ReportExtractor;
import org.casereview.etl.review.DigestLoad;
import org.casereview.etl.review.DigestLoader;
import org.casereview.etl.review.ReviewAssembler;
import org.casereview.etl.store.DocumentStore;
import org.casereview.etl.store.ReportStore;
import org.casereview.etl.store.ReviewStore;
import org.casereview.etl.store.SqlDialect;
import org.casereview.etl.vocabulary.Vocabulary;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly job: discover inputs, parse digests, extract reports (one partition per PDF),
 * assemble reviews, export. State between steps lives in the database, so each step restarts alone.
 */
@Configuration
public class CaseReviewJobConfiguration {

    @Bean
    Job caseReviewJob(JobRepository repository, Step discoverInputsStep, Step parseDigestsStep, Step fetchReportsStep,
                      Step extractReportsStep, Step assembleReviewsStep, Step exportOutputsStep, RunningJob running) {
        return new JobBuilder(JobRun.JOB_NAME, repository)
                .listener(running)
                .start(discoverInputsStep).on(UnchangedRun.NOTHING_CHANGED).end()
                .from(discoverInputsStep).on("FAILED").fail()
                .from(discoverInputsStep).on("STOPPED").stopAndRestart(discoverInputsStep)
                .from(discoverInputsStep).on("*").to(parseDigestsStep)
                .next(fetchReportsStep)
                .next(extractReportsStep)
                .next(assembleReviewsStep)
                .next(exportOutputsStep)
                .end()
                .build();
    }

    @Bean
    Step discoverInputsStep(JobRepository repository, PlatformTransactionManager tm, ReviewStore reviews,
                            DocumentStore documents, ReportStore reports, RejectBudget budget,
                            ObjectProvider<DigestParser> parser, DocumentGuard guard, ObjectProvider<TikaConfig> tika,
                            ObjectProvider<DigestLinkedReports> readAhead,
                            @Value("${" + Vocabulary.PROPERTY + ":}") String vocabularyFile) {
        // The parser and Tika are built when a file needs them: a rerun of unchanged files builds neither.
        PdfDigestSniffer sniffer = new PdfDigestSniffer(parser::getObject);
        // A PDF extracted as a report before is not opened again to ask whether it is a digest; nor is one that an
        // entry of another digest links to (the digests read for their links during the start-up are not read again);
        // one sniffed during the start-up is not sniffed again.
        EarlySniffs early = StartupWarmUp.earlySniffs();
        LinkedReports links = (digests, pdfs) -> readAhead.getObject().linked(digests, pdfs);
        InputDiscovery discovery = new InputDiscovery((pdf, sha, linked) -> reports.find(sha).isEmpty()
                && !linked.getAsBoolean()
                && early.digest(pdf, sha, parser.getObject(), guard.limits()).orElseGet(() -> sniffer.test(pdf)),
                links, guard, tika::getObject);
        return new StepBuilder("discoverInputsStep", repository)
                .tasklet(new DiscoverInputsTasklet(discovery, reviews, documents, budget,
                        new UnchangedRun(repository, vocabularyFile, guard.limits().toString())), tm)
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution step) {
                        early.stop(); // a discovery that sniffed nothing: nothing more is sniffed early either
                        return null;
                    }
                })
                .build();
    }

    @Bean
    Step parseDigestsStep(JobRepository repository, PlatformTransactionManager tm,
                          DigestDocumentReader digestDocumentReader, DigestProcessor digestProcessor,
                          DigestLoadWriter digestLoadWriter, RejectedDocumentSkipPolicy digestSkipPolicy,
                          DigestRejectListener digestRejectListener, ObjectProvider<DigestLinkedReports> readAhead) {
        return new StepBuilder("parseDigestsStep", repository)
                .<DocumentRow, DigestLoad>chunk(1)
                .transactionManager(tm)
                .reader(digestDocumentReader)
                .processor(digestProcessor)
                .writer(digestLoadWriter)
                .faultTolerant()
                .skipPolicy(digestSkipPolicy)
                .skipListener(digestRejectListener)
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution step) {
                        readAhead.ifAvailable(DigestLinkedReports::forget); // what was read ahead is taken now
                        return null;
                    }
                })
                .build();
    }

    @Bean
    @StepScope
    DigestDocumentReader digestDocumentReader(DocumentStore store, @Value("#{jobParameters['month']}") String month) {
        return new DigestDocumentReader(store, month);
    }

    @Bean
    @StepScope
    DigestProcessor digestProcessor(DigestLoader loader, DocumentStore documents, DocumentGuard guard,
                                    DigestLinkedReports readAhead,
                                    @Value("#{stepExecution.jobExecution}") JobExecution execution) {
        return new DigestProcessor(loader, documents, JobRun.of(execution), guard, readAhead);
    }

    /**
     * The digests read for their links and kept for the digest step: those read during the start-up when they were
     * read with this loader and these limits, else read by discovery when a PDF first asks.
     */
    @Bean
    @Lazy
    DigestLinkedReports digestReadAhead(DigestLoader loader, DocumentGuard guard) {
        DigestLinkedReports startup = StartupWarmUp.startupLinks();
        return startup != null && startup.readsAs(loader, guard.limits()) ? startup
                : new DigestLinkedReports(() -> loader, guard, null);
    }

    @Bean
    @StepScope
    DigestLoadWriter digestLoadWriter(ReviewStore reviews, DocumentStore documents,
                                      @Value("#{stepExecution.jobExecution}") JobExecution execution) {
        return new DigestLoadWriter(reviews, documents, JobRun.of(execution));
    }

    @Bean
    @StepScope
    RejectedDocumentSkipPolicy digestSkipPolicy(RejectBudget budget,
                                                @Value("#{stepExecution.jobExecution}") JobExecution execution) {
        return new RejectedDocumentSkipPolicy(budget, JobRun.of(execution), "parseDigestsStep");
    }

    @Bean
    @StepScope
    DigestRejectListener digestRejectListener(DocumentStore documents,
                                              @Value("#{stepExecution.jobExecution}") JobExecution execution) {
        return new DigestRejectListener(documents, JobRun.of(execution));
    }

    @Bean
    Step fetchReportsStep(JobRepository repository, PlatformTransactionManager tm, ReviewStore reviews,
                          DocumentStore documents) {
        return new StepBuilder("fetchReportsStep", repository)
                .tasklet(new FetchReportsTasklet(reviews, documents, FetchSettings.defaults()), tm)
                .build();
    }

    @Bean
    @JobScope
    Step extractReportsStep(JobRepository repository, Step extractReportWorkerStep, DocumentStore documents,
                            ExtractionProgress progress, @Value("#{jobParameters['month']}") String month,
                            @Value("#{jobParameters['threads']}") Long threads) {
        ReportPartitioner partitioner = new ReportPartitioner(documents, month);
        return new StepBuilder("extractReportsStep", repository)
                .partitioner(extractReportWorkerStep.getName(), partitioner)
                .partitionHandler(new ReportPartitionHandler(extractReportWorkerStep, partitioner, repository,
                        threads.intValue()))
                .listener(progress)
                .build();
    }

    /** One transaction per report: its rows, its status and the partition's end commit together. */
    @Bean
    Step extractReportWorkerStep(JobRepository repository, PlatformTransactionManager tm,
                                 ObjectProvider<ReportExtractor> extractor, DocumentStore documents,
                                 ReportStore reports, RejectBudget budget, ExtractionProgress progress,
                                 DocumentGuard guard, ItemThemes themes) {
        return new OneTransactionStep("extractReportWorkerStep", repository, tm,
                new ExtractReportTasklet(extractor::getObject, documents, reports, budget, progress, guard, themes));
    }

    @Bean
    Step assembleReviewsStep(JobRepository repository, PlatformTransactionManager tm,
                             ObjectProvider<ReviewAssembler> assembler, ReviewStore reviews, DocumentStore documents,
                             ReportStore reports, ItemThemes themes) {
        return new StepBuilder("assembleReviewsStep", repository)
                .tasklet(new AssembleReviewsTasklet(assembler::getObject, reviews, documents, reports, themes,
                        tm), tm)
                .build();
    }

    /**
     * The items' themes matched in the extract workers and kept with the content cache, under a key of the vocabulary
     * (bundled and operator files) and the build: the normaliser is built on first use, as before.
     */
    @Bean
    ItemThemes itemThemes(ObjectProvider<ReviewNormaliser> normaliser,
                          @Value("${" + Vocabulary.PROPERTY + ":}") String operatorFile) {
        return new ItemThemes(normaliser::getObject, operatorFile);
    }

    @Bean
    Step exportOutputsStep(JobRepository repository, PlatformTransactionManager tm, CsvExporter exporter) {
        return new StepBuilder("exportOutputsStep", repository)
                .tasklet(new ExportOutputsTasklet(exporter), tm)
                .build();
    }

    // Plain-Java collaborators. The parsers and what uses them are built on first use (@Lazy, and an ObjectProvider
    // in the steps built at start-up): a rerun that finds nothing changed never builds them.

    /** One fault boundary for every document, with the limits of the command line (casereview.limits.*). */
    @Bean
    DocumentGuard documentGuard(org.springframework.core.env.Environment environment) {
        return new DocumentGuard(LimitSettings.from(key -> environment.getProperty(LimitSettings.PROPERTY_PREFIX + key)));
    }

    /**
     * One Tika configuration for discovery and extraction: each one built service-loads every parser. This and the
     * vocabulary's parsers below are built while the database opens ({@link StartupWarmUp}).
     */
    @Bean
    @Lazy
    TikaConfig tikaConfig() {
        return StartupWarmUp.tikaConfig();
    }

    @Bean
    @Lazy
    DocumentTextExtractor documentTextExtractor(TikaConfig tika) {
        return StartupWarmUp.textExtractor(tika);
    }

    /** The bundled word lists, with the operator's file ({@code --vocabulary FILE}) merged on top. */
    @Bean
    @Lazy
    Vocabulary vocabulary(@Value("${" + Vocabulary.PROPERTY + ":}") String operatorFile) {
        return Vocabulary.forSetting(operatorFile);
    }

    /**
     * An operator's vocabulary file is read as the context starts, so that a mistake in it stops the command before
     * it does anything, as before the vocabulary was built on first use; the bundled one waits for its first use.
     */
    @Bean
    SmartInitializingSingleton operatorVocabularyRead(@Value("${" + Vocabulary.PROPERTY + ":}") String operatorFile,
                                                      ObjectProvider<Vocabulary> vocabulary) {
        return () -> {
            if (operatorFile != null && !operatorFile.isBlank()) {
                vocabulary.getObject();
            }
        };
    }

    @Bean
    @Lazy
    DigestParser digestParser(Vocabulary vocabulary) {
        return StartupWarmUp.digestParser(vocabulary);
    }

    @Bean
    @Lazy
    ReviewNormaliser reviewNormaliser(Vocabulary vocabulary) {
        return StartupWarmUp.reviewNormaliser(vocabulary);
    }

    @Bean
    @Lazy
    DigestLoader digestLoader(DocumentTextExtractor extractor, DigestParser parser, ReviewNormaliser normaliser) {
        return StartupWarmUp.digestLoader(extractor, parser, normaliser);
    }

    @Bean
    @Lazy
    ReportExtractor reportExtractor(Vocabulary vocabulary) {
        return StartupWarmUp.reportExtractor(vocabulary);
    }

    @Bean
    @Lazy
    ReportLinker reportLinker(Vocabulary vocabulary) {
        return StartupWarmUp.reportLinker(vocabulary);
    }

    @Bean
    @Lazy
    ReviewAssembler reviewAssembler(ReportLinker linker, ReviewNormaliser normaliser) {
        return new ReviewAssembler(linker, normaliser);
    }

    @Bean
    SqlDialect sqlDialect(DataSource dataSource) {
        return SqlDialect.of(dataSource);
    }

    @Bean
    ReviewStore reviewStore(NamedParameterJdbcTemplate jdbc, SqlDialect dialect) {
        return new ReviewStore(jdbc, dialect);
    }

    @Bean
    DocumentStore documentStore(NamedParameterJdbcTemplate jdbc, SqlDialect dialect) {
        return new DocumentStore(jdbc, dialect);
    }

    @Bean
    ReportStore reportStore(NamedParameterJdbcTemplate jdbc) {
        return new ReportStore(jdbc);
    }

    @Bean
    CsvExporter csvExporter(JdbcClient jdbc) {
        return new CsvExporter(jdbc);
    }

    @Bean
    RejectBudget rejectBudget(DocumentStore documents) {
        return new RejectBudget(documents);
    }

    @Bean
    ExtractionProgress extractionProgress(DocumentStore documents) {
        return new ExtractionProgress(month -> documents.count(month, "report", DocumentStatus.PENDING));
    }

    @Bean
    RunSummaries runSummaries(JdbcClient jdbc, ExtractionProgress progress) {
        return new RunSummaries(jdbc, progress);
    }

    @Bean
    RunningJob runningJob() {
        return new RunningJob();
    }

    @Bean
    StatusReport statusReport(JobRepository repository, JdbcClient jdbc, RunningJob running) {
        return new StatusReport(repository, month -> RunSummaries.doubtful(jdbc, month),
                month -> RunSummaries.timedOut(jdbc, month), running);
    }

    @Bean
    CommandRunner commandRunner(JobOperator operator, Job caseReviewJob, StatusReport status, RunSummaries summaries,
                                CsvExporter csvExporter, JdbcClient jdbc) {
        return new CommandRunner(operator, caseReviewJob, status, summaries,
                new DatasetExport(csvExporter, new WorkbookExporter(jdbc)));
    }
}
