package org.casereview.etl.job;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.LimitSettings;
import org.casereview.etl.ingest.FetchSettings;
import org.casereview.etl.ingest.InputDiscovery;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.casereview.etl.link.ReportLinker;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.output.CsvExporter;
import org.casereview.etl.output.DocumentRow;
import org.casereview.etl.output.ReportStore;
import org.casereview.etl.output.ReviewStore;
import org.casereview.etl.report.ReportExtractor;
import org.casereview.etl.review.DigestLoad;
import org.casereview.etl.review.DigestLoader;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
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
                      Step extractReportsStep, Step assembleReviewsStep, Step exportOutputsStep) {
        return new JobBuilder(JobRun.JOB_NAME, repository)
                .start(discoverInputsStep)
                .next(parseDigestsStep)
                .next(fetchReportsStep)
                .next(extractReportsStep)
                .next(assembleReviewsStep)
                .next(exportOutputsStep)
                .build();
    }

    @Bean
    Step discoverInputsStep(JobRepository repository, PlatformTransactionManager tm, ReviewStore store,
                            ReportStore reports, RejectBudget budget, DigestParser parser, DocumentGuard guard) {
        PdfDigestSniffer sniffer = new PdfDigestSniffer(parser);
        // A PDF extracted as a report before is not opened again to ask whether it is a digest.
        InputDiscovery discovery = new InputDiscovery((pdf, sha) -> reports.find(sha).isEmpty() && sniffer.test(pdf), guard);
        return new StepBuilder("discoverInputsStep", repository)
                .tasklet(new DiscoverInputsTasklet(discovery, store, budget), tm)
                .build();
    }

    @Bean
    Step parseDigestsStep(JobRepository repository, PlatformTransactionManager tm,
                          DigestDocumentReader digestDocumentReader, DigestProcessor digestProcessor,
                          DigestLoadWriter digestLoadWriter) {
        return new StepBuilder("parseDigestsStep", repository)
                .<DocumentRow, DigestLoad>chunk(1)
                .transactionManager(tm)
                .reader(digestDocumentReader)
                .processor(digestProcessor)
                .writer(digestLoadWriter)
                .build();
    }

    @Bean
    @StepScope
    DigestDocumentReader digestDocumentReader(ReviewStore store, @Value("#{jobParameters['month']}") String month) {
        return new DigestDocumentReader(store, month);
    }

    @Bean
    @StepScope
    DigestProcessor digestProcessor(DigestLoader loader, ReviewStore store, DocumentGuard guard,
                                    @Value("#{stepExecution.jobExecution}") JobExecution execution) {
        return new DigestProcessor(loader, store, JobRun.of(execution), guard);
    }

    @Bean
    @StepScope
    DigestLoadWriter digestLoadWriter(ReviewStore store, RejectBudget budget,
                                      @Value("#{stepExecution.jobExecution}") JobExecution execution) {
        return new DigestLoadWriter(store, JobRun.of(execution), budget);
    }

    @Bean
    Step fetchReportsStep(JobRepository repository, PlatformTransactionManager tm, ReviewStore store) {
        return new StepBuilder("fetchReportsStep", repository)
                .tasklet(new FetchReportsTasklet(store, FetchSettings.defaults()), tm)
                .build();
    }

    @Bean
    @JobScope
    Step extractReportsStep(JobRepository repository, Step extractReportWorkerStep, ReviewStore store,
                            ExtractionProgress progress, @Value("#{jobParameters['month']}") String month,
                            @Value("#{jobParameters['threads']}") Long threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("extract-");
        executor.setConcurrencyLimit(threads.intValue());
        return new StepBuilder("extractReportsStep", repository)
                .partitioner("extractReportWorkerStep", new ReportPartitioner(store, month))
                .step(extractReportWorkerStep)
                .gridSize(threads.intValue())
                .taskExecutor(executor)
                .listener(progress)
                .build();
    }

    @Bean
    Step extractReportWorkerStep(JobRepository repository, PlatformTransactionManager tm, ReportExtractor extractor,
                                 ReviewStore reviews, ReportStore reports, RejectBudget budget, ExtractionProgress progress,
                                 DocumentGuard guard) {
        return new StepBuilder("extractReportWorkerStep", repository)
                .tasklet(new ExtractReportTasklet(extractor, reviews, reports, budget, progress, guard), tm)
                .build();
    }

    @Bean
    Step assembleReviewsStep(JobRepository repository, PlatformTransactionManager tm, ReviewAssembler assembler) {
        return new StepBuilder("assembleReviewsStep", repository)
                .tasklet(new AssembleReviewsTasklet(assembler), tm)
                .build();
    }

    @Bean
    Step exportOutputsStep(JobRepository repository, PlatformTransactionManager tm, CsvExporter exporter) {
        return new StepBuilder("exportOutputsStep", repository)
                .tasklet(new ExportOutputsTasklet(exporter), tm)
                .build();
    }

    // Plain-Java collaborators

    /** One fault boundary for every document, with the limits of the command line (casereview.limits.*). */
    @Bean
    DocumentGuard documentGuard(org.springframework.core.env.Environment environment) {
        return new DocumentGuard(LimitSettings.from(key -> environment.getProperty(LimitSettings.PROPERTY_PREFIX + key)));
    }

    @Bean
    DocumentTextExtractor documentTextExtractor() {
        return new DocumentTextExtractor();
    }

    @Bean
    DigestParser digestParser() {
        return new DigestParser();
    }

    @Bean
    ReviewNormaliser reviewNormaliser() {
        return ReviewNormaliser.withDefaultVocabulary();
    }

    @Bean
    DigestLoader digestLoader(DocumentTextExtractor extractor, DigestParser parser, ReviewNormaliser normaliser) {
        return new DigestLoader(extractor, parser, normaliser);
    }

    @Bean
    ReportExtractor reportExtractor() {
        return ReportExtractor.withDefaultSynonyms();
    }

    @Bean
    ReviewAssembler reviewAssembler(ReviewStore reviews, ReportStore reports, ReviewNormaliser normaliser) {
        return new ReviewAssembler(reviews, reports, new ReportLinker(), normaliser);
    }

    @Bean
    ReviewStore reviewStore(JdbcTemplate jdbc) {
        return new ReviewStore(jdbc);
    }

    @Bean
    ReportStore reportStore(JdbcTemplate jdbc) {
        return new ReportStore(jdbc);
    }

    @Bean
    CsvExporter csvExporter(JdbcClient jdbc) {
        return new CsvExporter(jdbc);
    }

    @Bean
    RejectBudget rejectBudget(JdbcClient jdbc) {
        return new RejectBudget(jdbc);
    }

    @Bean
    ExtractionProgress extractionProgress(ReviewStore store) {
        return new ExtractionProgress(month -> (int) store.documents(month, "report").stream()
                .filter(d -> "pending".equals(d.status())).count());
    }

    @Bean
    RunSummaries runSummaries(JdbcClient jdbc, ExtractionProgress progress) {
        return new RunSummaries(jdbc, progress);
    }

    @Bean
    StatusReport statusReport(JobRepository repository) {
        return new StatusReport(repository);
    }

    @Bean
    CommandRunner commandRunner(JobOperator operator, Job caseReviewJob, StatusReport status, RunSummaries summaries) {
        return new CommandRunner(operator, caseReviewJob, status, summaries);
    }
}
