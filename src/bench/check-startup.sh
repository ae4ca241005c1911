#!/usr/bin/env bash
# Where a one-article `slant check` spends its start-up: runs it once with class-load logging (uptime and
# thread on every line), with the launcher's JVM options and class-data archive, and prints how many
# classes were loaded, how many came from the archive, when the first Slant class and the last class
# loaded, and how long Jackson's databind took to load on its first use. Run a second time on the same
# article as JSONL, the only input format that needs databind.
# Usage: src/bench/check-startup.sh [ARTICLE]   (default: the Telegraph seed)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
article="${1:-seeds/000_aab893cf76bb6a17.txt}"
./slant --version >/dev/null   # builds the jar and the class-data archive when the sources changed
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 - "$article" "$tmp/article.jsonl" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
open(sys.argv[2], "w", encoding="utf-8").write(json.dumps({"id": "article", "text": text}) + "\n")
PY

report() {
  local input="$1" log="$tmp/classes.log"
  java -XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=target/slant.jsa \
    -Xlog:class+load:file="$log":uptime,tid -jar target/slant.jar check "$input" >/dev/null 2>&1 || true
  awk -v input="$input" '
    { t = $1; gsub(/[\[\]s]/, "", t); t += 0 }
    / source: shared objects file/ { shared++ }
    { total++; last = t }
    / org\.slant\./ && first == "" { first = t }
    / com\.fasterxml\.jackson\.databind\./ { if (dbFirst == "") dbFirst = t; dbLast = t; db++ }
    END {
      printf "%s\n  classes loaded: %d, from the archive: %d, others: %d\n", input, total, shared, total - shared
      printf "  first Slant class at %.3f s, last class at %.3f s\n", first, last
      if (db) printf "  jackson-databind: %d classes, loaded from %.3f s to %.3f s (%.0f ms)\n", db, dbFirst, dbLast, (dbLast - dbFirst) * 1000
      else print "  jackson-databind: not loaded"
    }' "$log"
}
report "$article"
report "$tmp/article.jsonl"
