#!/usr/bin/env bash
# The digest sniff's decision on every PDF under src/test/resources, and a hash of the digest parse of every .txt/.md
# there, from an earlier build (BASE_JAR) and from target/classes; prints the two totals and whether they are identical.
#
#   bench/sniff-decisions.sh BASE_JAR          (build first: mvn -q -o -DskipTests package)
#
# A change to the sniff, TextRepair or the digest parser must keep every line the same.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE_JAR=$(realpath "$1")
DIR=$(mktemp -d /tmp/casereview-sniff.XXXXXX)
trap 'rm -rf "$DIR"' EXIT
[ -f target/bench-cp.txt ] || mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
CP=$(cat target/bench-cp.txt)
(cd "$DIR" && unzip -q "$BASE_JAR" 'BOOT-INF/classes/*')
javac -d "$DIR/h" -cp "target/classes:$CP" bench/SniffDecisions.java
java -cp "$DIR/h:$DIR/BOOT-INF/classes:$CP" SniffDecisions src/test/resources 2>/dev/null | grep -v ' WARN ' >"$DIR/base.txt"
java -cp "$DIR/h:target/classes:$CP" SniffDecisions src/test/resources 2>/dev/null | grep -v ' WARN ' >"$DIR/new.txt"
echo "base: $(tail -n1 "$DIR/base.txt")"
echo "new:  $(tail -n1 "$DIR/new.txt")"
if cmp -s "$DIR/base.txt" "$DIR/new.txt"; then echo "IDENTICAL"; else diff "$DIR/base.txt" "$DIR/new.txt" | head -20; exit 1; fi
