#!/usr/bin/env bash
# Throughput and memory benchmark of casereview-etl (issue 11). From the project folder:
#
#   bench/run.sh [REPORTS] [PAGES] [THREADS]        defaults: 120 30 2
#
# Environment: ROUNDS (default 3) interleaved rounds of plain / job / rerun; HEAP (default 256m)
# heap cap of the job; BENCH_DIR (default a new temp folder, removed at the end unless KEEP=1);
# PLAIN_FLAGS=--no-suppress turns off duplicate-text suppression in the plain pass;
# JFR=1 records the full runs with Java Flight Recorder into BENCH_DIR/full-N.jfr (and keeps them);
# DIGEST=none runs the month without its digest (the same PDFs, copied into BENCH_DIR/input-nodigest): every report
# then matches no entry and is coded from its own sections (the assembly's costliest path per report);
# the job and rerun are started by bin/casereview-etl, as the README runs it (its extracted jar and
# class archive are made by an untimed run on input/ first); LAUNCHER=jar starts them with
# `java -jar target/casereview-etl.jar` instead. JAVA_OPTS adds JVM options to the launcher's.
#
# It builds the jar and test classes, writes a deterministic synthetic month (REPORTS invented
# report PDFs of PAGES pages and a digest linking them), then per round, each a fresh JVM:
#   plain   a plain PDFBox PDFTextStripper pass over the same PDFs with THREADS threads (the floor)
#   full    the whole job on the month, fresh output, --threads THREADS, under -XmxHEAP
#   rerun   the same month again on the same output, nothing changed
# and prints pages, seconds, pages/s, the ratio full / plain, the rerun's share of the full run,
# the start-up (process start to the first document read, from the job's log) and the peak heap
# (largest heap in use before a GC or at exit, from -Xlog:gc).
set -euo pipefail
cd "$(dirname "$0")/.."
REPORTS=${1:-120}
PAGES=${2:-30}
THREADS=${3:-2}
ROUNDS=${ROUNDS:-3}
HEAP=${HEAP:-256m}
MONTH=2026-11
PLAIN_FLAGS=${PLAIN_FLAGS:-}
LAUNCHER=${LAUNCHER:-bin/casereview-etl}
if [ "$LAUNCHER" = jar ]; then LAUNCHER=; fi

echo "== building (jar, test classes, test classpath)"
mvn -q -o -DskipTests package || mvn -q -DskipTests package
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null 2>&1 \
    || mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench-cp.txt)"

DIR=${BENCH_DIR:-$(mktemp -d /tmp/casereview-bench.XXXXXX)}
mkdir -p "$DIR"
if [ -z "${KEEP:-}" ] && [ -z "${BENCH_DIR:-}" ] && [ -z "${JFR:-}" ]; then trap 'rm -rf "$DIR"' EXIT; fi
INPUT="$DIR/input"
if [ ! -f "$INPUT/.complete-$REPORTS-$PAGES" ]; then
    rm -rf "$INPUT"
    echo "== writing $REPORTS reports x $PAGES pages and a digest into $INPUT"
    java -cp "$CP" org.casereview.etl.report.BenchCorpusWriter "$INPUT" "$REPORTS" "$PAGES"
    touch "$INPUT/.complete-$REPORTS-$PAGES"
fi
if [ "${DIGEST:-}" = none ]; then
    if [ ! -f "$DIR/input-nodigest/.complete-$REPORTS-$PAGES" ]; then
        rm -rf "$DIR/input-nodigest"
        mkdir -p "$DIR/input-nodigest"
        cp "$INPUT"/*.pdf "$DIR/input-nodigest/"
        touch "$DIR/input-nodigest/.complete-$REPORTS-$PAGES"
    fi
    INPUT="$DIR/input-nodigest"
    echo "== DIGEST=none: the month's PDFs without their digest, in $INPUT"
fi

now_ms() { date +%s%3N; }
# milliseconds from a process start to its job's start (run-summary.json "start": the job
# repository is ready and the first step begins listing and reading the input documents)
startup_ms() {
    local start
    start=$(grep -m1 -oE '"start": "[^"]+"' "$2" | cut -d'"' -f4 | cut -c1-23)
    if [ -z "$start" ]; then echo 0; return; fi
    echo $(( $(date -d "$start" +%s%3N) - $1 ))
}
# CPU seconds (user + system) of a process measured by /usr/bin/time -f "%U %S"
cpu_s() { tail -1 "$1" | awk '{ printf "%.1f", $1 + $2 }'; }
# largest heap in use (MB) before any GC or at exit, from -Xlog:gc*,gc+heap+exit
peak_heap_mb() {
    local gc exit
    gc=$(grep -oE '[0-9]+M->[0-9]+M' "$1" | cut -dM -f1 | sort -n | tail -1)
    # at exit, each generation (or G1's one heap) prints "total NK, used NK"; metaspace has no "total"
    exit=$(grep -oE 'total [0-9]+K, used [0-9]+K' "$1" | grep -oE 'used [0-9]+' | awk '{ s += $2 } END { print int(s / 1024) }')
    echo $(( ${gc:-0} > exit ? ${gc:-0} : exit ))
}
job() { # output, log, gc log, extra JVM flags...
    local out=$1 log=$2 gclog=$3; shift 3
    if [ -n "$LAUNCHER" ]; then
        JAVA_OPTS="${JAVA_OPTS:-} -Xmx$HEAP -Xlog:gc,gc+heap+exit:file=$gclog $*" /usr/bin/time -f "%U %S" -o "$gclog.cpu" "$LAUNCHER" run \
            --input "$INPUT" --output "$out" --month $MONTH --threads "$THREADS" >"$log" 2>&1
        return
    fi
    /usr/bin/time -f "%U %S" -o "$gclog.cpu" java -Xmx$HEAP "-Xlog:gc,gc+heap+exit:file=$gclog" "$@" -jar target/casereview-etl.jar run \
        --input "$INPUT" --output "$out" --month $MONTH --threads "$THREADS" >"$log" 2>&1
}
if [ -n "$LAUNCHER" ]; then
    echo "== $LAUNCHER: one untimed run on input/ first (extracts the jar, records the class archive)"
    JAVA_OPTS="${JAVA_OPTS:-} -Xmx$HEAP" "$LAUNCHER" run --input input --output "$DIR/launcher-warm-up" --month $MONTH >"$DIR/launcher-warm-up.log" 2>&1
fi

RESULTS="$DIR/results.txt"
: >"$RESULTS"
echo "== $ROUNDS interleaved rounds; job started by ${LAUNCHER:-java -jar target/casereview-etl.jar}${JAVA_OPTS:+ (JAVA_OPTS=$JAVA_OPTS)}; machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
for round in $(seq 1 "$ROUNDS"); do
    t0=$(now_ms)
    plain=$(/usr/bin/time -f "%U %S" -o "$DIR/plain-$round.cpu" \
        java -cp "$CP" org.casereview.etl.bench.PlainExtraction "$INPUT" "$THREADS" $PLAIN_FLAGS | grep '^PLAIN')
    t_plain=$(( $(now_ms) - t0 ))
    pages=$(echo "$plain" | sed -E 's/.*pages=([0-9]+).*/\1/')

    out="$DIR/out-$round"
    rm -rf "$out"
    jfr=()
    if [ -n "${JFR:-}" ]; then jfr=("-XX:StartFlightRecording=filename=$DIR/full-$round.jfr,settings=profile"); fi
    t0=$(now_ms)
    if ! job "$out" "$DIR/full-$round.log" "$DIR/full-$round.gc" "${jfr[@]}"; then
        echo "the full run FAILED under -Xmx$HEAP (log $DIR/full-$round.log):"; tail -20 "$DIR/full-$round.log"; exit 1
    fi
    t_full=$(( $(now_ms) - t0 ))
    s_full=$(startup_ms "$t0" "$out/run-summary.json")
    heap=$(peak_heap_mb "$DIR/full-$round.gc")

    t0=$(now_ms)
    if ! job "$out" "$DIR/rerun-$round.log" "$DIR/rerun-$round.gc"; then
        echo "the rerun FAILED (log $DIR/rerun-$round.log):"; tail -20 "$DIR/rerun-$round.log"; exit 1
    fi
    t_rerun=$(( $(now_ms) - t0 ))
    s_rerun=$(startup_ms "$t0" "$out/run-summary.json")
    heap_rerun=$(peak_heap_mb "$DIR/rerun-$round.gc")
    counts=$(grep -oE '"(reviews|items|rejects)": [0-9]+' "$out/run-summary.json" | tr -d '"' | tr '\n' ' ')
    c_plain=$(cpu_s "$DIR/plain-$round.cpu"); c_full=$(cpu_s "$DIR/full-$round.gc.cpu"); c_rerun=$(cpu_s "$DIR/rerun-$round.gc.cpu")

    echo "$round $pages $t_plain $t_full $t_rerun $s_full $s_rerun $heap $heap_rerun $c_plain $c_full $c_rerun" >>"$RESULTS"
    awk -v r="$round" -v p="$pages" -v tp="$t_plain" -v tf="$t_full" -v tr="$t_rerun" -v sf="$s_full" \
        -v sr="$s_rerun" -v h="$heap" -v hr="$heap_rerun" -v x="$HEAP" -v cp="$c_plain" -v cf="$c_full" -v cr="$c_rerun" 'BEGIN {
        printf "round %d: plain %d pages %.1f s (%.0f pages/s, cpu %.1f s) | job %.1f s (%.0f pages/s, cpu %.1f s) ratio %.2f, start-up %.2f s, peak heap %d MB under -Xmx%s | rerun %.1f s (cpu %.1f s) = %.0f%% of job, start-up %.2f s, heap %d MB\n",
            r, p, tp/1000, p/(tp/1000), cp, tf/1000, p/(tf/1000), cf, tf/tp, sf/1000, h, x, tr/1000, cr, 100*tr/tf, sr/1000, hr }'
    echo "         job wrote: $counts(exit 0)"
done

sort -n -k3 "$RESULTS" | awk -v n="$ROUNDS" -v x="$HEAP" -v reports="$REPORTS" -v pages="$PAGES" -v threads="$THREADS" '
    { p=$2; tp[NR]=$3; tf[NR]=$4; tr[NR]=$5; sf[NR]=$6; sr[NR]=$7; if ($8>h) h=$8; if ($9>hr) hr=$9
      cp[NR]=$10; cf[NR]=$11; cr[NR]=$12 }
    function median(a,   i, j, t, c) { c=0; for (i in a) c++;
        for (i=1;i<=c;i++) for (j=i+1;j<=c;j++) if (a[j]<a[i]) { t=a[i]; a[i]=a[j]; a[j]=t }
        return c%2 ? a[(c+1)/2] : (a[c/2]+a[c/2+1])/2 }
    END {
        mp=median(tp); mf=median(tf); mr=median(tr); ms=median(sf); msr=median(sr); mcp=median(cp); mcf=median(cf); mcr=median(cr)
        printf "\nMEDIAN of %d rounds, %d reports x %d pages, %d threads:\n", n, reports, pages, threads
        printf "  plain PDFTextStripper  %6d pages %6.1f s %5.0f pages/s   cpu %5.1f s\n", p, mp/1000, p/(mp/1000), mcp
        printf "  whole job              %6d pages %6.1f s %5.0f pages/s   cpu %5.1f s   ratio job/plain %.2f (cpu %.2f)   start-up %.2f s   peak heap %d MB under -Xmx%s\n", p, mf/1000, p/(mf/1000), mcf, mf/mp, mcf/mcp, ms/1000, h, x
        printf "  rerun, nothing changed        %6.1f s                 cpu %5.1f s   share of the job %.0f%%   start-up %.2f s   target start-up + 5%% of job = %.1f s   peak heap %d MB\n", mr/1000, mcr, 100*mr/mf, msr/1000, (msr+0.05*mf)/1000, hr
    }'
if [ -n "${KEEP:-}" ] || [ -n "${BENCH_DIR:-}" ] || [ -n "${JFR:-}" ]; then echo "(files in $DIR)"; fi
