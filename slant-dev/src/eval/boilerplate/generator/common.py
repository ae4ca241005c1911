"""Shared helpers for the page builder: labelled text lines, HTML escaping, teasers, seeded choice."""
import html as _html
import random
import zlib

LABELS = {"content", "promo", "share", "legal", "navigation", "caption", "meta", "spam", "duplicate"}


def rng_for(key):
    return random.Random(zlib.crc32(key.encode("utf-8")))


def esc(s):
    return _html.escape(s, quote=True)


def first_sentence(text, words=14):
    w = text.replace("\"", "").split()
    return " ".join(w[:words]).rstrip(",.;:") + "…"


class Lines:
    """Labelled text: blocks of lines separated by blank lines (or not, for one-line-per-block scrapes)."""

    def __init__(self):
        self.lines = []

    def add(self, label, text, blank_after=True):
        assert label in LABELS, label
        for ln in text.split("\n"):
            assert ln.strip(), "empty line in a block"
            self.lines.append((label, ln))
        if blank_after:
            self.blank()

    def blank(self):
        if self.lines and self.lines[-1] is not None:
            self.lines.append(None)

    def render(self):
        out = []
        for item in self.lines:
            if item is None:
                out.append("")
            else:
                label, ln = item
                out.append(f"{label:<10} | {ln}")
        while out and out[-1] == "":
            out.pop()
        return "\n".join(out) + "\n"


def other_titles(articles, key, rng, n):
    pool = [a for a in articles if a["key"] != key and a["lang"] == "en"]
    rng.shuffle(pool)
    return pool[:n]


def body_items(article):
    """(kind, text) for the body: 'p' paragraphs and 'h' subheadings."""
    for p in article["body"]:
        if p.startswith("## "):
            yield "h", p[3:]
        elif p.startswith("* "):
            yield "li", p[2:]
        else:
            yield "p", p
