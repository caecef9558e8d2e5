#!/bin/bash
# One whole-job run of one hostile kind beside the three good inputs (docs/HOSTILE-INPUTS.md, session 39).
# usage: bench/hostile-s39-run.sh JAR KIND TAG [WORK]  (KIND as in hostile-s39-inputs.py; results in WORK/res-TAG-KIND:
# exit code, wall seconds, the largest heap in use before a collection; the run's own run-summary.json and CSVs)
JAR=$1; K=$2; TAG=$3; W=${4:-/tmp/hs39}; REPO=$(cd "$(dirname "$0")/.." && pwd)
R=$W/res-$TAG-$K; rm -rf "$R"; mkdir -p "$R/input"
cp "$REPO"/input/{Ashdown_CSPR_Child_Q.pdf,Brambleford_SCR_Baby_T.pdf,seed-2021-11.txt} "$R/input/"
if [ "$K" = fifo ]; then mkfifo "$R/input/Fifo_SCR_Child_F.pdf"; else /usr/bin/python3 "$REPO/bench/hostile-s39-inputs.py" "$R/input" "$K"; fi
S=$(date +%s.%N)
timeout -s KILL 600 java -Xmx256m -Xlog:gc:file="$R/gc.log" -jar "$JAR" run --input "$R/input" --output "$R/out" \
    --month 2021-11 --skip-limit 100 > "$R/log.txt" 2>&1
echo "exit $?" > "$R/exit"
E=$(date +%s.%N)
echo "wall $(echo "$E - $S" | bc)" >> "$R/exit"
grep -oE '[0-9]+M->[0-9]+M' "$R/gc.log" | cut -dM -f1 | sort -n | tail -1 | sed 's/^/heap /' >> "$R/exit"
