#!/usr/bin/env bash
# Time per MB of one 50 MB single-line article against the same text as 1,000 articles of 50 KB each:
#   1. ./slant synth + ./slant extract give article text, joined into one line and folded at spaces into
#      PIECES lines of at most 50 KB (so no UTF-8 character is cut);
#   2. `slant analyze --threads 1` of the 1,000 pieces (one .txt file each), then of one .txt file that is
#      the pieces joined by spaces: the same words, once as many small articles, once as one long line.
# Both runs start one JVM (same flags, C2 on), so start-up weighs the same in each. Prints wall and CPU time
# (user + system) per MB of each, and their ratio, which must stay within 2 (exit 1 otherwise).
# Usage: src/bench/big-article.sh [PIECES] [PIECE_BYTES]   (defaults 1000 and 51200: 50 MB in all)
# The machine may be shared: CPU time is the steadier figure; the load average is printed before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."
pieces="${1:-1000}"
width="${2:-51200}"
./slant --version >/dev/null   # builds the jar on first use
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# synthetic articles (about 3 KB of clean text each) until there is enough text
need=$(( pieces * width ))
articles=$(( need / 2500 + 100 ))
./slant synth --out "$work/corpus.jsonl" --articles "$articles" >/dev/null
./slant extract "$work/corpus.jsonl" | grep -v '^=== ' | tr -s '\n\t ' '   ' > "$work/all.txt"
fold -b -s -w "$width" "$work/all.txt" > "$work/folded.txt"
head -n "$pieces" "$work/folded.txt" > "$work/pieces.txt"
got=$(wc -l < "$work/pieces.txt")
[ "$got" -eq "$pieces" ] || { echo "not enough text: $got pieces of $pieces" >&2; exit 2; }
mkdir "$work/small" "$work/big"
split -l 1 -a 5 --additional-suffix=.txt "$work/pieces.txt" "$work/small/p"
tr '\n' ' ' < "$work/pieces.txt" > "$work/big/article.txt"
bytes=$(wc -c < "$work/big/article.txt")
echo "text: $got pieces of at most $width bytes; the long article: $bytes bytes on one line"

run() { # label folder: prints a line, sets mb, wall and cpu
  /usr/bin/time -f "%e %U %S" -o "$work/time" java -XX:+UseSerialGC -jar target/slant.jar analyze --quiet \
      --threads 1 --max-article-size $(( bytes + 1024 )) "$2" > "$work/out.txt"
  local user sys n
  mb=$(du -b -s "$2" | awk '{printf "%.3f", $1 / 1048576}')
  read -r wall user sys < "$work/time"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
  n=$(grep -c '^[^ ].*words' "$work/out.txt" || true)
  awk -v l="$1" -v mb="$mb" -v w="$wall" -v c="$cpu" -v n="$n" \
      'BEGIN {printf "%-26s %7.2f MB %5d articles  wall %7.1f s (%5.2f s/MB)  cpu %7.1f s (%5.2f s/MB)\n", l, mb, n, w, w / mb, c, c / mb}'
}

run "$pieces articles of <= $((width / 1024)) KB" "$work/small"
smb=$mb; swall=$wall; scpu=$cpu
run "one single-line article" "$work/big"
status=0
awk -v smb="$smb" -v sw="$swall" -v sc="$scpu" -v bmb="$mb" -v bw="$wall" -v bc="$cpu" 'BEGIN {
  rw = (bw / bmb) / (sw / smb); rc = (bc / bmb) / (sc / smb)
  printf "time per MB, one long article / small articles: wall %.2f, cpu %.2f (must be within 2)\n", rw, rc
  exit (rc <= 2 ? 0 : 1) }' || status=1
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
