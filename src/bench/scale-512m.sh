#!/usr/bin/env bash
# Analyses 100,000 articles (src/bench/corpus.sh: real news text when ../shared/data is there, else synthetic)
# with the Java heap limited to 512 MB, streaming the results to
# disk, and checks that every article was written. Prints wall time and peak resident memory.
# Usage: src/bench/scale-512m.sh [ARTICLES]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-100000}"
./slant --version >/dev/null              # builds the jar on first use
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
src/bench/corpus.sh "$n" "$work/corpus.jsonl"
start=$(date +%s.%N)
/usr/bin/time -f "peak RSS %M KB" java -Xmx512m -XX:+UseSerialGC -jar target/slant.jar \
  analyze --quiet --out "$work/out" "$work/corpus.jsonl"
end=$(date +%s.%N)
lines=$(wc -l < "$work/out/articles.jsonl")
errors=$(wc -l < "$work/out/errors.jsonl")
printf 'wall %.1f s, %d articles written, %d errors, heap limit 512 MB\n' "$(echo "$end - $start" | bc)" "$lines" "$errors"
[ "$lines" -eq "$n" ] && [ "$errors" -eq 0 ] || { echo "FAILED: expected $n articles and no errors" >&2; exit 1; }
echo "the report of the same corpus, same heap limit:"
/usr/bin/time -f "peak RSS %M KB" java -Xmx512m -XX:+UseSerialGC -jar target/slant.jar \
  report --quiet --out "$work/report" "$work/corpus.jsonl"
