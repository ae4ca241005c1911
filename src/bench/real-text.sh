#!/usr/bin/env bash
# Throughput on real news text, as a ratio against a baseline build in the same run (issue 21).
# The corpus: the PTC training articles and the PolNeAR train texts of ../shared/data (never committed),
# repeated to ARTICLES articles of JSONL (ids made unique). Each round runs `slant analyze CORPUS --threads 1
# --out DIR` with this checkout's ./slant and with BASELINE's ./slant (another checkout, e.g. a git worktree
# of the previous commit), alternating, and prints CPU seconds, MB/s of CPU and the ratio of the medians;
# then it compares the output files of the last two runs byte for byte.
# Usage: src/bench/real-text.sh BASELINE_CHECKOUT [ARTICLES] [ROUNDS]   (defaults 1000 and 3)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
base="$(cd "${1:?give the baseline checkout}" && pwd)"
articles="${2:-1000}"
rounds="${3:-3}"
data="$here/../shared/data"
[ -d "$data/ptc/train-articles" ] && [ -d "$data/polnear/data/train/text" ] || {
  echo "real-text: no PTC/PolNeAR under $data" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 - "$data" "$articles" "$tmp/corpus.jsonl" <<'PY'
import glob, json, os, sys
data, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
files = sorted(glob.glob(data + "/ptc/train-articles/*.txt")) + sorted(glob.glob(data + "/polnear/data/train/text/*"))
with open(out, "w", encoding="utf-8") as o:
    for i in range(n):
        f = files[i % len(files)]
        text = open(f, encoding="utf-8", errors="replace").read()
        o.write(json.dumps({"id": "%d-%s" % (i, os.path.basename(f)), "text": text}) + "\n")
PY
mb=$(python3 -c "import os,sys; print(os.path.getsize(sys.argv[1])/1e6)" "$tmp/corpus.jsonl")
"$here/slant" --version >/dev/null
"$base/slant" --version >/dev/null
echo "real text: $articles articles, $mb MB of JSONL; load average $(cut -d' ' -f1-3 /proc/loadavg)"
run() {  # checkout, output dir: prints CPU seconds (user + system)
  rm -rf "$2"
  /usr/bin/time -f "%U %S" -o "$tmp/t" "$1/slant" analyze "$tmp/corpus.jsonl" --threads 1 --out "$2" --quiet >/dev/null 2>&1
  awk '{printf "%.2f\n", $1 + $2}' "$tmp/t"
}
: > "$tmp/new"; : > "$tmp/old"
for r in $(seq 1 "$rounds"); do
  n=$(run "$here" "$tmp/out-new"); o=$(run "$base" "$tmp/out-old")
  echo "round $r: this build ${n} s CPU, baseline ${o} s CPU"
  echo "$n" >> "$tmp/new"; echo "$o" >> "$tmp/old"
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mn=$(median "$tmp/new"); mo=$(median "$tmp/old")
awk -v n="$mn" -v o="$mo" -v mb="$mb" 'BEGIN {printf "median CPU: this build %.2f s (%.2f MB/s), baseline %.2f s (%.2f MB/s): %.2fx the baseline throughput\n", n, mb/n, o, mb/o, o/n}'
for f in articles.jsonl findings.csv metrics.csv errors.jsonl; do
  if cmp -s "$tmp/out-new/$f" "$tmp/out-old/$f"; then echo "same bytes: $f"; else echo "DIFFERENT: $f"; fi
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
