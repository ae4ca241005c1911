#!/usr/bin/env python3
"""Where a flight recording's CPU samples are: self time by method, and the share of samples with a frame
in each Slant class (inclusive), from `jfr print --json --stack-depth 256 --events jdk.ExecutionSample`.
Usage: src/bench/jfr-top.py RECORDING.jfr [TOP] [CLASS ...]  (CLASS: simple names whose inclusive share
is always printed, e.g. OutletInference BoilerplateRules)."""
import collections, json, subprocess, sys

rec = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
named = sys.argv[3:]
doc = json.loads(subprocess.run(["jfr", "print", "--json", "--stack-depth", "256", "--events",
                                 "jdk.ExecutionSample", rec], check=True, capture_output=True, text=True).stdout)
events = doc["recording"]["events"]
selfm = collections.Counter()
incl = collections.Counter()
total = 0
for e in events:
    frames = (e["values"].get("stackTrace") or {}).get("frames") or []
    if not frames:
        continue
    total += 1
    names = []
    for f in frames:
        m = f["method"]
        names.append((m["type"]["name"].replace("/", "."), m["name"]))
    selfm["%s.%s" % names[0]] += 1
    seen = set()
    for cls, _ in names:
        simple = cls.rsplit(".", 1)[-1].split("$", 1)[0]
        if cls.startswith("org.slant") and simple not in seen:
            seen.add(simple)
            incl[simple] += 1
    for n in named:
        if n not in seen and any(c.rsplit(".", 1)[-1].split("$", 1)[0] == n for c, _ in names):
            incl[n] += 1
print("%d samples with a stack in %s" % (total, rec))
print("self time, top %d methods:" % top)
for m, c in selfm.most_common(top):
    print("  %5.1f%%  %s" % (100.0 * c / total, m))
print("samples with a frame in the class (inclusive), top %d Slant classes:" % top)
for m, c in incl.most_common(top):
    print("  %5.1f%%  %s" % (100.0 * c / total, m))
for n in named:
    print("  %s: %.1f%% of the samples (inclusive)" % (n, 100.0 * incl[n] / total if total else 0))
