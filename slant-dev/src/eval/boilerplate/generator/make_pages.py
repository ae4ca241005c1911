"""Builds Slant's labelled boilerplate pages from the articles and site templates in this folder.

    python3 make_pages.py ../pages

Writes NN-site-article.html (HTML with data-label attributes) and NN-site-article.blocks (labelled text).
Deterministic: the same files every run.
"""
import os
import sys

import articles_a
import articles_b  # noqa: F401  (registers articles)
import articles_c  # noqa: F401
import articles_d  # noqa: F401
import articles_e  # noqa: F401
from common import rng_for
import sites_html
import sites_text

ASSIGN = {
    "courier": ["bike-lanes", "obituary-teacher", "water-contamination", "bridge-collapse"],
    "meridian": ["ceasefire-talks", "climate-talks", "school-strike", "protest-capital"],
    "brightline": ["phone-backup", "release-notes", "data-breach", "startup-funding"],
    "harbour": ["flood-warning", "housing-prices", "wildfire", "energy-prices"],
    "greenthumb": ["gardening-tomatoes", "lentil-soup", "coastal-town", "chef-interview"],
    "europa": ["greve-transports", "stadtrat-schwimmbad", "ola-de-calor", "podcast-episode"],
    "civic": ["libraries-opinion", "four-day-week", "factory-emissions", "minimum-wage"],
    "mirror": ["regional-election", "rates-hold", "port-strike", "launch-delay"],
    "ledger": ["derby-report", "museum-reopens", "marathon", "cycling-stage"],
    "blogwrap": ["novel-review", "bird-migration", "drought-farmers", "sleep-teens"],
    "wire": ["university-partnership", "exoplanet", "waiting-times", "livestock-vaccine"],
    "magazine": ["film-festival", "archaeology", "chess-tournament", "train-reopening"],
}


def main(out):
    arts = {a["key"]: a for a in articles_a.ARTICLES}
    used = [k for ks in ASSIGN.values() for k in ks]
    assert len(used) == len(set(used)) == len(arts), (len(used), len(arts), set(arts) - set(used))
    os.makedirs(out, exist_ok=True)
    for s, (site, keys) in enumerate(ASSIGN.items()):
        for n, key in enumerate(keys):
            a = arts[key]
            rng = rng_for(site + key)
            if site in sites_html.SITES:
                text, ext = sites_html.SITES[site](a, articles_a.ARTICLES, rng, n), "html"
            else:
                text, ext = sites_text.SITES[site](a, articles_a.ARTICLES, rng, n), "blocks"
            name = f"{s + 1:02d}-{site}-{key}.{ext}"
            with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
                f.write(text)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../pages")
