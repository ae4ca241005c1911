#!/usr/bin/env bash
# Writes a benchmark corpus of ARTICLES articles as JSONL: real news text when the shared corpora are there
# (the PTC training articles and the PolNeAR train texts of ../shared/data, never committed, repeated in a
# fixed order with unique ids), else the synthetic corpus made of the seeds (`slant synth`). Prints which.
# Usage: src/bench/corpus.sh ARTICLES OUT.jsonl
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:?give the number of articles}"
out="${2:?give the output file}"
data="$here/../shared/data"
if [ -d "$data/ptc/train-articles" ] && [ -d "$data/polnear/data/train/text" ]; then
  python3 - "$data" "$n" "$out" <<'PY'
import glob, json, os, sys
data, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
files = sorted(glob.glob(data + "/ptc/train-articles/*.txt")) + sorted(glob.glob(data + "/polnear/data/train/text/*"))
texts = [open(f, encoding="utf-8", errors="replace").read() for f in files]
with open(out, "w", encoding="utf-8") as o:
    for i in range(n):
        o.write(json.dumps({"id": "%d-%s" % (i, os.path.basename(files[i % len(files)])), "text": texts[i % len(files)]}) + "\n")
PY
  echo "corpus: real text (PTC + PolNeAR), $n articles, $(du -m "$out" | cut -f1) MB"
else
  "$here/slant" synth --out "$out" --articles "$n" >/dev/null
  echo "corpus: synthetic (no ../shared/data), $n articles, $(du -m "$out" | cut -f1) MB"
fi
