#!/usr/bin/env bash
# 100,000 articles of real news text (src/bench/corpus.sh: PTC + PolNeAR repeated; synthetic without
# ../shared/data) through `slant analyze CORPUS --out DIR` on every core with the Java heap limited to 512 MB
# (issue 21), checking that every article was written and none failed. Prints wall and CPU time (user +
# system), MB/s and peak resident memory. With a baseline checkout, runs its ./slant the same way afterwards
# and prints the ratio of the CPU times: on a shared machine wall time measures the neighbours too.
# Usage: src/bench/real-100k.sh [ARTICLES] [BASELINE_CHECKOUT]   (default 100000)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-100000}"
base="${2:-}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$here/src/bench/corpus.sh" "$n" "$tmp/corpus.jsonl"
mb=$(python3 -c "import os,sys; print(os.path.getsize(sys.argv[1])/1e6)" "$tmp/corpus.jsonl")
run() {  # checkout, label: analyses the corpus, checks the outputs, prints one line; leaves CPU seconds in $tmp/cpu
  "$1/slant" --version >/dev/null
  rm -rf "$tmp/out"
  echo "$2: load average before $(cut -d' ' -f1-3 /proc/loadavg)"
  SLANT_JAVA_OPTS="-Xmx512m" /usr/bin/time -f "%e %U %S %M" -o "$tmp/t" \
    "$1/slant" analyze "$tmp/corpus.jsonl" --out "$tmp/out" --quiet >/dev/null
  read -r wall user sys rss < "$tmp/t"
  lines=$(wc -l < "$tmp/out/articles.jsonl")
  errors=$(wc -l < "$tmp/out/errors.jsonl")
  awk -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v mb="$mb" -v l="$lines" -v e="$errors" -v c="$(nproc)" -v lab="$2" \
    'BEGIN {printf "%s: wall %.1f s, CPU %.1f s (user + system) on %d cores, %.2f MB/s of wall, %.2f MB/s per CPU second, peak RSS %d MB; %d articles written, %d errors, heap limit 512 MB\n", lab, w, u + s, c, mb / w, mb / (u + s), r / 1024, l, e}'
  awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f\n", u + s}' > "$tmp/cpu"
  [ "$lines" -eq "$n" ] && [ "$errors" -eq 0 ] || { echo "FAILED: expected $n articles written and no errors" >&2; exit 1; }
}
run "$here" "this build"
mine=$(cat "$tmp/cpu")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "$base" ]; then
  run "$(cd "$base" && pwd)" "baseline $base"
  theirs=$(cat "$tmp/cpu")
  awk -v m="$mine" -v t="$theirs" 'BEGIN {printf "CPU ratio, baseline / this build: %.2fx\n", t / m}'
fi
