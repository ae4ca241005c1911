"""Plain-text site templates: pages as scrapers save them, every line labelled."""
import textwrap
from common import Lines, first_sentence, other_titles, body_items


def add_body(t, a, bullet="- "):
    items = list(body_items(a))
    for j, (kind, text) in enumerate(items):
        li = kind == "li"
        t.add("content", (bullet + text) if li else text,
              blank_after=not (li and j + 1 < len(items) and items[j + 1][0] == "li"))


# 7. Civic Monitor: an advocacy site reposting opinion pieces, links kept as Markdown
def civic(a, articles, rng, n):
    t = Lines()
    t.blank()
    t.add("content", a["title"])
    t.add("meta", f"By [{a['author']}](#)")
    t.add("meta", f"Civic Monitor, March {5 + n}, 2025")
    t.add("navigation", f"Topics: [{a['topic']}](#), [Society](#)")
    if n % 2 == 0:
        t.add("share", "Use the Translate button in the top menu to read Civic Monitor articles in your own language.")
    t.add("promo", "Get our weekly digest of independent analysis: [sign up here](#).")
    t.add("share", "Found this useful? Send it to a friend, and follow Civic Monitor on [Mastodon](#) and [Bluesky](#).")
    if n % 2 == 1:
        t.add("promo", "[We have no advertisers and no owners. Keep Civic Monitor free: donate today](#)")
    if a["dek"]:
        t.add("content", a["dek"])
    add_body(t, a)
    t.add("meta", "***")
    t.add("share", "Please share this article widely and link back to Civic Monitor.")
    t.add("meta", f"This article first appeared on [The Commons Review](#).")
    first = a["author"].split()[0] if a["author"] else "The author"
    t.add("meta", f"{a['author']} is a writer and campaigner based in Northfield. She is a regular contributor to Civic Monitor." if n % 2 == 0 else
          f"{a['author']} is a columnist and former trade union researcher. His work has appeared in several national newspapers.")
    t.add("caption", "Header image: Wikimedia Commons")
    t.add("legal", f"Copyright © [{a['author']}](#), Civic Monitor, 2025")
    t.add("promo", "[Become a Civic Monitor supporter](#)")
    t.add("navigation", f"More by this author: [{a['author']}](#)")
    t.add("legal", "The views in this article are those of the author alone. Civic Monitor takes no responsibility for errors of fact or for the opinions of its contributors.")
    return t.render()


# 8. A mirror blog that reposts news with a "Recent Posts" list full of spam
def mirror(a, articles, rng, n):
    t = Lines()
    t.add("navigation", f"Category: {a['topic'].upper()}")
    t.add("content", a["title"])
    add_body(t, a)
    t.add("legal", "© 2025, newsdesk24. All rights reserved.")
    t.add("meta", "newsdesk24")
    t.add("share", "Share", blank_after=False)
    t.add("meta", "Published by", blank_after=False)
    t.add("meta", "newsdesk24")
    t.add("navigation", "Recent Posts")
    others = other_titles(articles, a["key"], rng, 4)
    spam_at = 1 + n % 3
    for i, o in enumerate(others):
        if i == spam_at:
            if n % 2 == 0:
                t.add("spam", "Situs Slot Gacor Terbaik Hari Ini")
                t.add("spam", "Daftar sekarang di situs slot online terpercaya dengan bonus new member dan maxwin setiap hari tanpa potongan…")
            else:
                t.add("spam", "Лучшие букмекерские конторы 2025")
                t.add("spam", "Ставки на спорт онлайн: обзор лучших букмекеров, бонусы за регистрацию и быстрый вывод выигрыша…")
            t.add("navigation", f"{i + 2} days ago")
        t.add("navigation", o["title"])
        t.add("navigation", first_sentence(o["body"][0], 12))
        t.add("navigation", f"{i + 1} day{'s' if i else ''} ago")
    return t.render()


# 9. The Ledger: a national paper copied as text, captions repeated with their credits
def ledger(a, articles, rng, n):
    t = Lines()
    t.add("content", a["title"])
    if a["dek"]:
        t.add("content", a["dek"])
    caps = list(a["captions"])
    agencies = ["MERIDIAN", "Getty Images", "AFP", "Reuters"]
    if caps:
        cap, credit = caps[0]
        who = credit.replace("Photo: ", "").split("/")[0].strip()
        t.add("duplicate", cap, blank_after=False)
        t.add("caption", f"{cap} - {who}/{agencies[n % 4]}")
    paras = list(body_items(a))
    for i, (kind, text) in enumerate(paras):
        t.add("content", ("• " + text) if kind == "li" else text,
              blank_after=not (kind == "li" and i + 1 < len(paras) and paras[i + 1][0] == "li"))
        if i == 2 and n % 2 == 1:
            t.add("promo", "Advertisement")
        if i == 3 and len(caps) > 1:
            cap, credit = caps[1]
            t.add("duplicate", cap, blank_after=False)
            t.add("caption", f"{cap} - {credit.replace('Photo: ', '')}/{agencies[(n + 1) % 4]}")
        if i == 4 and n % 2 == 0:
            q = text.split('"')[1] if text.count('"') >= 2 else None
            if q and len(q.split()) >= 6:
                t.add("duplicate", f"\"{q}\"")
    t.add("promo", ["Get unlimited access to award-winning sports writing. Subscribe to The Ledger for 1 a week for your first three months.",
                    "Enjoy The Ledger's journalism without limits: start your subscription today and cancel at any time.",
                    "Love sport? Join The Ledger today and get our best writing, live coverage and match analysis, all in one place.",
                    "Broaden your weekend: The Ledger's culture and sport sections, free for a month with our digital pass."][n])
    return t.render()


# 10. A personal blog saved as hard-wrapped text, with its comment thread
def blogwrap(a, articles, rng, n):
    t = Lines()
    t.add("content", a["title"])
    t.add("meta", f"Posted on March {3 + n}, 2025 by {a['author']}")
    items = list(body_items(a))
    for j, (kind, text) in enumerate(items):
        if kind == "p":
            t.add("content", "\n".join(textwrap.wrap(text, 72)))
        else:
            t.add("content", ("* " + text) if kind == "li" else text,
                  blank_after=not (kind == "li" and j + 1 < len(items) and items[j + 1][0] == "li"))
    t.add("navigation", f"Posted in {a['topic']} | Tagged {a['topic'].lower()}, notes, reading | {3 + n} Comments")
    t.add("navigation", f"← Previous post", blank_after=False)
    t.add("navigation", f"Next post →")
    t.add("navigation", f"{3 + n} thoughts on “{a['title']}”")
    comments = [("Pat", "I read this twice. The part about the middle of the book matches my experience exactly, though I think you are a little harsh on the ending."),
                ("sam_k", "Thanks for writing this up. Do you have a source for the figures in the third paragraph? I would like to cite them."),
                ("Dora", "Lovely piece, as always.")]
    for name, text in comments[: 2 + n % 2]:
        t.add("navigation", f"{name} says:", blank_after=False)
        t.add("navigation", f"March {4 + n}, 2025 at {8 + len(name)}:1{n} am")
        t.add("navigation", "\n".join(textwrap.wrap(text, 72)))
        t.add("navigation", "Reply")
    t.add("share", "Leave a Reply", blank_after=False)
    t.add("share", "Your email address will not be published. Required fields are marked *")
    if n == 1:
        t.add("spam", "cheap essay writing service – write my essay fast and cheap, 100% plagiarism free, order now")
    t.add("legal", f"Blog at WordPress.com. Theme by Anders Noren.")
    return t.render()


# 11. A wire service and a press-release service, as text
def wire(a, articles, rng, n):
    t = Lines()
    if a["key"] == "university-partnership":
        t.add("meta", "PRESS RELEASE")
        t.add("content", a["title"])
        t.add("meta", "Lisvik, 3 March 2025")
        add_body(t, a)
        t.add("meta", "###")
        t.add("meta", "About Lisvik University")
        t.add("meta", "Lisvik University is a public research university with 24,000 students and eight faculties. It is ranked among the top 150 universities in Europe for engineering.")
        t.add("meta", "About Halden Port Authority")
        t.add("meta", "Halden Port Authority owns and operates the port of Halden, the country's second-largest container port, handling 1.4 million containers a year.")
        t.add("legal", "Media contact: Eva Holm, press officer, press@lisvik.example, +45 555 0101")
        t.add("meta", "Source: Lisvik University")
        return t.render()
    t.add("content", a["title"])
    t.add("meta", f"By {a['author']}")
    t.add("meta", f"4 min read")
    for i, (kind, text) in enumerate(body_items(a)):
        if i == 0:
            text = "HALDEN, March 4 (Meridian) - " + text
        t.add("content", ("- " + text) if kind == "li" else text,
              blank_after=kind != "li")
    t.add("meta", f"Reporting by {a['author']}; Additional reporting by Jonas Keller; Editing by Mark Potter")
    t.add("legal", "Our Standards: The Meridian Trust Principles.")
    t.add("navigation", "Read Next")
    for o in other_titles(articles, a["key"], rng, 3):
        t.add("navigation", f"{o['topic']}", blank_after=False)
        t.add("navigation", o["title"])
    t.add("legal", "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.")
    return t.render()


# 12. A magazine copied as Markdown-ish text, with pull quotes and a related list
def magazine(a, articles, rng, n):
    t = Lines()
    t.add("navigation", "[Home](#) › [Culture](#) › " + f"[{a['topic']}](#)")
    t.add("content", "# " + a["title"])
    t.add("meta", f"**Words:** {a['author']} · **{6 + n} minute read**")
    t.add("share", "Share this article")
    caps = list(a["captions"])
    if caps:
        t.add("caption", f"**Photo:** {caps[0][0]} ({caps[0][1].replace('Photo: ', '')})")
    paras = list(body_items(a))
    for i, (kind, text) in enumerate(paras):
        t.add("content", ("## " + text) if kind == "h" else ("- " + text) if kind == "li" else text,
              blank_after=not (kind == "li" and i + 1 < len(paras) and paras[i + 1][0] == "li"))
        if i == 1:
            o = other_titles(articles, a["key"], rng, 1)[0]
            t.add("navigation", f"**Read more:** [{o['title']}](#)")
        if i == 2 and n % 2 == 0:
            t.add("promo", "*Sign up to The Long Weekend, our Saturday newsletter of the best culture writing. [Subscribe](#)*")
        if i == 2 and n % 2 == 1:
            q = text.split('"')[1] if text.count('"') >= 2 else None
            if q:
                t.add("duplicate", f"> {q}")
    t.add("navigation", f"Tags: [{a['topic']}](#) [Europe](#) [Weekend](#)")
    t.add("meta", "About the author")
    t.add("meta", f"{a['author']} is a contributing writer who covers culture and travel. She lives by the sea and is working on her first book." if n % 2 else
          f"{a['author']} writes about sport and games for the magazine and teaches journalism part-time.")
    t.add("navigation", "You might also like")
    for o in other_titles(articles, a["key"] + "m", rng, 3):
        t.add("navigation", f"- [{o['title']}](#)", blank_after=False)
    t.blank()
    t.add("legal", "© 2025 Weekend Magazine Ltd · [Privacy](#) · [Terms](#) · [Cookies](#)")
    return t.render()


SITES = {"civic": civic, "mirror": mirror, "ledger": ledger, "blogwrap": blogwrap, "wire": wire, "magazine": magazine}
