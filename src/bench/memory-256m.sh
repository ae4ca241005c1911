#!/usr/bin/env bash
# The two runs that used to die with OutOfMemoryError in a 256 MB heap: `slant report` of 10,000
# articles (src/bench/corpus.sh) and `slant analyze --format csv` of 5,000, each with -Xmx256m and the default --sample. Prints,
# per run, wall time, exit code and peak resident memory, and checks that every article was written (memory
# is bounded by the sample and the article size, while every data file lists every article).
# Usage: src/bench/memory-256m.sh [REPORT_ARTICLES] [ANALYZE_ARTICLES]   (default 10000 5000)
set -euo pipefail
cd "$(dirname "$0")/../.."
nr="${1:-10000}"
na="${2:-5000}"
./slant --version >/dev/null              # builds the jar on first use
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
src/bench/corpus.sh "$nr" "$work/report.jsonl"    # real news text when ../shared/data is there, else synthetic
src/bench/corpus.sh "$na" "$work/analyze.jsonl"
java=(java -Xmx256m -XX:+UseSerialGC -jar target/slant.jar)
failed=0

run() { # name, expected rows, the file whose lines are counted, command...
  local name="$1" rows="$2" counted="$3"; shift 3
  local start end code
  start=$(date +%s.%N)
  set +e
  /usr/bin/time -o "$work/time" -f "%M %U %S" "$@"
  code=$?
  set -e
  end=$(date +%s.%N)
  local lines=0
  [ -f "$counted" ] && lines=$(($(wc -l < "$counted") - 1))
  local rss user sys
  read -r rss user sys < <(tail -1 "$work/time")
  printf '%s: wall %.1f s, CPU %.1f s, exit %d, peak RSS %d MB, %d rows in %s (expected %d)\n' "$name" \
    "$(echo "$end - $start" | bc)" "$(echo "$user + $sys" | bc)" "$code" "$((rss / 1024))" "$lines" \
    "$(basename "$counted")" "$rows"
  if [ "$code" -ne 0 ] || [ "$lines" -ne "$rows" ]; then failed=1; fi
}

echo "heap limit 256 MB (-Xmx256m), default --sample; corpora: $nr and $na articles ($(du -m "$work/report.jsonl" | cut -f1) MB and $(du -m "$work/analyze.jsonl" | cut -f1) MB of JSONL)"
run "slant report of $nr articles" "$nr" "$work/report/articles.csv" \
  "${java[@]}" report --quiet --out "$work/report" "$work/report.jsonl"
run "slant analyze --format csv of $na articles" "$na" "$work/analyze.csv" \
  bash -c 'exec "$@" > "'"$work/analyze.csv"'"' _ "${java[@]}" analyze --quiet --format csv "$work/analyze.jsonl"
[ -d "$work/report" ] && echo "report files: $(cd "$work/report" && du -m analysis.json findings.csv articles.csv index.html | awk '{printf "%s %s MB; ", $2, $1}')"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$failed" -eq 0 ] || { echo "FAILED: a run failed or lost rows" >&2; exit 1; }
