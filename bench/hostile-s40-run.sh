#!/bin/bash
# One whole-job run of one hostile kind beside the three good inputs (docs/HOSTILE-INPUTS.md, session 40).
# usage: bench/hostile-s40-run.sh JAR KIND TAG [WORK]  (KIND as in hostile-s40-inputs.py, or fifolate, latedigest, drip,
# redirloop, fulldisk; results in WORK/res-TAG-KIND: exit code, wall seconds, the largest heap in use before a collection)
JAR=$1; K=$2; TAG=$3; W=${4:-/tmp/hs40}; REPO=$(cd "$(dirname "$0")/.." && pwd)
R=$W/res-$TAG-$K; rm -rf "$R"; mkdir -p "$R/input"
GEN="/usr/bin/python3 $REPO/bench/hostile-s40-inputs.py"
cp "$REPO"/input/{Ashdown_CSPR_Child_Q.pdf,Brambleford_SCR_Baby_T.pdf,seed-2021-11.txt} "$R/input/"
OUT="$R/out"; EXTRA=(); PORT=$((18000 + RANDOM % 1000))
case "$K" in
  fifolate|latedigest|fulldisk) $GEN "$R/input" good; [ "$K" = latedigest ] && $GEN "$R/input" latedigest ;;
  drip|redirloop) /usr/bin/python3 "$REPO/bench/hostile-s40-server.py" $PORT > "$R/server.txt" 2>&1 & SRV=$!
      sleep 1; $GEN "$R/input" fetched $PORT $([ "$K" = drip ] && echo drip.pdf || echo a)
      EXTRA=(--fetch --fetch-allowed-hosts "http://127.0.0.1:$PORT") ;;
  *) $GEN "$R/input" "$K" ;;
esac
if [ "$K" = fulldisk ]; then mkdir -p "$R/disk"; mount -t tmpfs -o size=${FULL_SIZE:-1m} tmpfs "$R/disk"; OUT="$R/disk/out"; fi
S=$(date +%s.%N)
timeout -s KILL 600 java -Xmx256m -Xlog:gc:file="$R/gc.log" -jar "$JAR" run --input "$R/input" --output "$OUT" \
    --month 2021-11 --skip-limit 100 "${EXTRA[@]}" > "$R/log.txt" 2>&1 &
JOB=$!
case "$K" in
  fifolate) until grep -q 'Digest seed' "$R/log.txt" 2>/dev/null; do sleep 0.02; done
      rm "$R/input/Elmstead_CSPR_Child_W.pdf"; mkfifo "$R/input/Elmstead_CSPR_Child_W.pdf"; echo "swapped $(date +%T.%N)" > "$R/swap" ;;
  latedigest) until grep -q 'Found digest changing' "$R/log.txt" 2>/dev/null; do sleep 0.02; done
      $GEN "$R/input" latedigest2; echo "swapped $(date +%T.%N)" > "$R/swap" ;;
esac
wait $JOB; echo "exit $?" > "$R/exit"
E=$(date +%s.%N)
echo "wall $(echo "$E - $S" | bc)" >> "$R/exit"
grep -oE '[0-9]+M->[0-9]+M' "$R/gc.log" | cut -dM -f1 | sort -n | tail -1 | sed 's/^/heap /' >> "$R/exit"
[ -n "$SRV" ] && kill $SRV
if [ "$K" = fulldisk ]; then
  df -k "$R/disk" > "$R/df"; mount -o remount,size=200m "$R/disk"
  timeout -s KILL 600 java -Xmx256m -jar "$JAR" run --input "$R/input" --output "$OUT" --month 2021-11 --skip-limit 100 \
      > "$R/log2.txt" 2>&1; echo "exit2 $?" >> "$R/exit"
  cp -r "$OUT" "$R/out-after"; umount "$R/disk"
fi
