#!/usr/bin/env bash
# Runs the built jar on the three golden inputs (input/, ../shared/corpus/digests,
# ../shared/corpus/reports) with --month 2026-11 and compares the CSVs with src/test/resources/golden/.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=$(mktemp -d /tmp/casereview-golden.XXXXXX)
status=0
for pair in input:input digests:../shared/corpus/digests reports:../shared/corpus/reports; do
    name=${pair%%:*}; dir=${pair#*:}
    java -jar target/casereview-etl.jar run --input "$dir" --output "$OUT/$name" --month 2026-11 >"$OUT/$name.log" 2>&1
    for csv in src/test/resources/golden/$name/*.csv; do
        if cmp -s "$csv" "$OUT/$name/$(basename "$csv")"; then echo "same      $name/$(basename "$csv")"
        else echo "DIFFERENT $name/$(basename "$csv")"; status=1; fi
    done
done
[ $status = 0 ] && rm -rf "$OUT" || echo "outputs kept in $OUT"
exit $status
