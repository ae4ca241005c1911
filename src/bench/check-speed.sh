#!/usr/bin/env bash
# Wall time of `slant check`, JVM start included, as a user sees it:
#   1. one article (a seed), RUNS times after a warm-up run; prints every time, the median, and CPU time;
#   2. 1,000 synthetic articles (./slant synth), a few runs with all cores and with --threads 1; prints
#      wall time, CPU time (user + system) and CPU/wall, which is above 1 when both cores work.
# Usage: src/bench/check-speed.sh [RUNS] [ARTICLES]   (defaults 11 and 1000)
# The machine may be shared: the load average is printed before and after; compare runs of one sitting.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
runs="${1:-11}"
articles="${2:-1000}"
article="seeds/000_aab893cf76bb6a17.txt"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

./slant --version >/dev/null   # builds the jar and the class-data archive when the sources changed
echo "slant check speed on $(nproc) cores; $(java -version 2>&1 | head -1)"
echo "class-data archive: $( [ -f target/slant.jsa ] && echo "target/slant.jsa ($(du -h target/slant.jsa | cut -f1))" || echo none)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# one timed run: prints "wall user+sys exit"
timed() {
  /usr/bin/time -f "%e %U %S %x" -o "$tmp/t" "$@" >"$tmp/out" 2>"$tmp/err" || true
  awk '{printf "%.2f %.2f %d\n", $1, $2 + $3, $4}' "$tmp/t"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo
echo "== one article: ./slant check $article ($runs runs after one warm-up)"
timed ./slant check "$article" >/dev/null
: >"$tmp/walls"; : >"$tmp/cpus"
for i in $(seq "$runs"); do
  read -r wall cpu code < <(timed ./slant check "$article")
  echo "$wall" >>"$tmp/walls"; echo "$cpu" >>"$tmp/cpus"
  printf '  run %2d: %ss wall, %ss cpu, exit %s\n' "$i" "$wall" "$cpu" "$code"
done
echo "  median wall: $(median <"$tmp/walls") s   median cpu: $(median <"$tmp/cpus") s   (target: wall < 0.5 s)"

echo
echo "== $articles articles: ./slant synth --out F --articles $articles; ./slant check F"
./slant synth --out "$tmp/corpus.jsonl" --articles "$articles" >/dev/null
for threads in all 1; do
  opt=(); [ "$threads" = 1 ] && opt=(--threads 1)
  for i in 1 2 3; do
    read -r wall cpu code < <(timed ./slant check "${opt[@]}" --format json "$tmp/corpus.jsonl")
    awk -v w="$wall" -v c="$cpu" -v t="$threads" -v i="$i" -v x="$code" \
      'BEGIN {printf "  threads %-3s run %d: %6.2fs wall, %6.2fs cpu, cpu/wall %.2f, exit %s\n", t, i, w, c, c / w, x}'
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
