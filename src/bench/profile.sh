#!/usr/bin/env bash
# Where the time goes on real text: a flight recording (CPU samples every millisecond) of
# `slant analyze CORPUS --threads 1 --out DIR` on ARTICLES articles of src/bench/corpus.sh (real news text when
# ../shared/data is there), summarised by src/bench/jfr-top.py: the top methods by self time, the Slant
# classes by inclusive share, and always the share of OutletInference and BoilerplateRules (issue 21 wants
# each under 5%). The recording is kept as KEEP.jfr when a third argument names it.
# Usage: src/bench/profile.sh [ARTICLES] [TOP] [KEEP.jfr]   (defaults 4000 and 25)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-4000}"
top="${2:-25}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$here/src/bench/corpus.sh" "$n" "$tmp/corpus.jsonl"
"$here/slant" --version >/dev/null
jfc="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc"
# the profile settings, with Java samples every millisecond instead of every 10 or 20
sed -E '/<event name="jdk.ExecutionSample">/,/<\/event>/ s|<setting name="period"([^>]*)>[^<]*</setting>|<setting name="period"\1>1 ms</setting>|' \
  "$jfc" > "$tmp/ms.jfc"
rec="${3:-$tmp/run.jfr}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
SLANT_JAVA_OPTS="-XX:StartFlightRecording=filename=$rec,settings=$tmp/ms.jfc" \
  /usr/bin/time -f "%U %S" -o "$tmp/t" "$here/slant" analyze "$tmp/corpus.jsonl" --threads 1 --out "$tmp/out" --quiet \
  >/dev/null 2>&1
awk '{printf "CPU %.2f s (user + system, recording on)\n", $1 + $2}' "$tmp/t"
python3 "$here/src/bench/jfr-top.py" "$rec" "$top" OutletInference BoilerplateRules CorpusWriter
