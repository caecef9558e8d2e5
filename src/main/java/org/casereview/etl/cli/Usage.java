package org.casereview.etl.cli;

/** The text of {@code help}; the README documents the same options. */
public final class Usage {
    public static final String TEXT = """
            Usage: java -jar target/casereview-etl.jar <command> [options]

            Commands:
              run       load a month: digests and report PDFs of --input into --output and the database
              restart   continue the last failed or interrupted run (completed steps are not run again)
              status    list recent runs and their steps (--json for scripts); while a run works,
                        its live status file (the run holds the database, there is no server)
              export    the CSV files, report.html and casereviews.xlsx for any range of months the
                        database holds (--from, --to; default all) into --output
              help      this text

            Options (a job-configs/*.yml file given with --config sets the same names; the command line wins):
              --input DIR              folder of digests and report PDFs (default input)
              --output DIR             folder of the CSV files, the H2 database and the report cache (default output)
              --month YYYY-MM          month the run loads; a rerun of a month replaces its rows (default: this month)
              --config FILE            job-config file, e.g. job-configs/monthly.yml
              --db JDBC_URL            database for tables and job repository (default: the embedded H2 file
                                       <output>/casereviews, no server); any other database takes its user and
                                       password from SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD
              --vocabulary FILE        operator vocabulary file adding synonyms to the built-in vocabulary
              --fetch                  download http(s) report links into <output>/cache/reports
              --fetch-allowed-hosts H  comma-separated hosts downloads may come from
              --force                  extract every report again, even when unchanged since an earlier run
              --strict                 exit 4 when the run completed with rejects
              --skip-limit N           rejected documents tolerated before a step fails (default 20)
              --threads N              report extraction threads (default: number of cores)
              --progress-seconds N     how often long steps log progress (default 10)
              --json                   status: print JSON
              --from YYYY-MM           export: first month (default: the first loaded)
              --to YYYY-MM             export: last month (default: the last loaded)
              --no-bom                 CSV files without the UTF-8 byte order mark, for database loaders
                                       (job-config key csv-bom: false; run and export)

            Limits per document (past one, the document is rejected too_large or timeout; the run goes on):
              --max-file-mb N          size of a file (default 100)
              --max-pages N            pages of a PDF (default 1000)
              --max-expanded-mb N      bytes a .docx or a PDF page's content inflates to (default 200)
              --max-zip-entries N      parts of a .docx (default 10000)
              --max-page-chars N       characters on one PDF page (default 50000)
              --max-digest-chars N     characters of a digest's text (default 5000000)
              --document-timeout-seconds N  time to read one document (default 60)

            Exit codes:
              0  completed (rejects, if any, are listed in the summary and rejects.csv)
              1  failed: fix the cause named in the log, then 'restart' with the same --output/--db;
                 or the database file is damaged: restore it from a backup, or use a new --output folder
              2  usage or configuration error: nothing was run
              3  another run holds the lock on this database: nothing was run
              4  completed with rejects, with --strict
            """;

    private Usage() {
    }
}
