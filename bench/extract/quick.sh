#!/usr/bin/env bash
# Fast loop for working on the extractor: compiles, extracts the dev pages (no timing, no peer),
# scores them page by page and compares with a saved baseline. Writes nothing to BENCHMARKS.md.
# Usage: bash bench/extract/quick.sh            -> scores, and changes against the baseline
#        bash bench/extract/quick.sh --baseline -> saves this run as the baseline
set -euo pipefail
cd "$(dirname "$0")/../.."
DATASET=${EXTRACT_DATASET:-/work/shared/datasets/wcxb-dev-articles}
OUT=bench/out/extract
mkdir -p "$OUT"
[ -d src/main/jte ] || mkdir -p src/main/jte
mvn -B -q -o compile
[ -s target/classpath.txt ] || mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
java -Xmx1g -cp "target/classes:$(cat target/classpath.txt)" bench/extract/ExtractBench.java \
    "$DATASET" "$OUT/quick.jsonl" "$OUT/quick-timing.json" --quality-only >&2
PER_PAGE=1 python3 bench/extract/score.py "$DATASET" "$OUT/quick.jsonl" > "$OUT/quick-scores.json"
if [ "${1:-}" = "--baseline" ]; then
    cp "$OUT/quick.jsonl" "$OUT/baseline.jsonl"; cp "$OUT/quick.jsonl.pages.json" "$OUT/baseline.jsonl.pages.json"
fi
python3 bench/extract/compare.py "$DATASET" "$OUT/baseline.jsonl" "$OUT/quick.jsonl"
