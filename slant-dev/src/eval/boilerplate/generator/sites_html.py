"""HTML site templates. Every element that holds text carries (itself or through an ancestor) a data-label."""
from common import esc, first_sentence, other_titles, body_items


def L(label):
    return f' data-label="{label}"'


def head(title, site, extra=""):
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{esc(title)} | {esc(site)}</title>"
            f"<meta property=\"og:title\" content=\"{esc(title)}\"><meta name=\"viewport\" content=\"width=device-width\">"
            f"<link rel=\"stylesheet\" href=\"/static/site.css\"><script>window.dataLayer=[];</script>{extra}</head>")


def paragraphs(a, p_tag="p", h_tag="h2", p_attr="", h_attr="", inject=None):
    out = []
    i = 0
    in_list = False
    for kind, text in body_items(a):
        if kind == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{esc(text)}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if kind == "h":
            out.append(f"<{h_tag}{h_attr}>{esc(text)}</{h_tag}>")
        else:
            out.append(f"<{p_tag}{p_attr}>{esc(text)}</{p_tag}>")
            i += 1
            if inject:
                extra = inject(i)
                if extra:
                    out.append(extra)
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


# 1. The Northfield Courier: a WordPress local paper
def courier(a, articles, rng, n):
    rel = other_titles(articles, a["key"], rng, 3)
    recent = other_titles(articles, a["key"] + "r", rng, 5)
    cap = a["captions"][0] if a["captions"] else None
    fig = ""
    if cap:
        fig = (f"<figure class=\"wp-caption alignnone\"{L('caption')}><img src=\"/img/{a['key']}.jpg\" alt=\"{esc(cap[0])}\">"
               f"<figcaption class=\"wp-caption-text\">{esc(cap[0])}. {esc(cap[1])}</figcaption></figure>")
    news_box = (f"<div class=\"newsletter-box\"{L('promo')}><h3>Get the Courier in your inbox</h3><p>Our morning email brings you "
                f"the day's local news before 7am. It's free.</p><form><input type=\"email\" placeholder=\"Email\">"
                f"<button>Sign me up</button></form></div>")
    body = paragraphs(a, inject=lambda i: news_box if i == 3 else "")
    comments = ""
    if n % 2 == 0:
        comments = (f"<div id=\"comments\" class=\"comments-area\"{L('navigation')}><h2 class=\"comments-title\">3 thoughts on "
                    f"&ldquo;{esc(a['title'])}&rdquo;</h2><ol class=\"comment-list\">"
                    f"<li class=\"comment\"><div class=\"comment-author vcard\"><b class=\"fn\">Harold P.</b> <span class=\"says\">says:</span></div>"
                    f"<div class=\"comment-metadata\"><a href=\"#c1\">12 March at 9:14 am</a></div><div class=\"comment-content\"><p>About time. I have "
                    f"lived here for thirty years and nobody at the town hall has ever listened to anyone who doesn't drive.</p></div>"
                    f"<div class=\"reply\"><a class=\"comment-reply-link\" href=\"#\">Reply</a></div></li>"
                    f"<li class=\"comment\"><div class=\"comment-author vcard\"><b class=\"fn\">Jen</b> <span class=\"says\">says:</span></div>"
                    f"<div class=\"comment-metadata\"><a href=\"#c2\">12 March at 11:02 am</a></div><div class=\"comment-content\"><p>Does anyone know "
                    f"whether the council will publish the full report? The article mentions figures I can't find anywhere on their website.</p></div>"
                    f"<div class=\"reply\"><a class=\"comment-reply-link\" href=\"#\">Reply</a></div></li></ol></div>"
                    f"<div id=\"respond\" class=\"comment-respond\"{L('share')}><h3 class=\"comment-reply-title\">Leave a Reply</h3><p class=\"comment-notes\">"
                    f"Your email address will not be published. Required fields are marked *</p><form><textarea></textarea><button>Post Comment</button></form></div>")
    return head(a["title"], "The Northfield Courier") + f"""<body class="post-template-default single single-post">
<div class="skip"{L('navigation')}><a class="skip-link screen-reader-text" href="#content">Skip to content</a></div>
<header id="masthead" class="site-header"{L('navigation')}><div class="site-branding"><p class="site-title"><a href="/">The Northfield Courier</a></p>
<p class="site-description">Independent local news since 1887</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/news">News</a></li><li class="menu-item"><a href="/sport">Sport</a></li>
<li class="menu-item"><a href="/business">Business</a></li><li class="menu-item"><a href="/whats-on">What's On</a></li><li class="menu-item"><a href="/opinion">Opinion</a></li>
<li class="menu-item"><a href="/notices">Announcements</a></li></ul></nav></header>
<div id="page" class="site has-sidebar header-sticky"><div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry">
<header class="entry-header"><div class="cat-links"{L('navigation')}><a href="/news">{esc(a['topic'])}</a></div>
<h1 class="entry-title"{L('content')}>{esc(a['title'])}</h1>
<div class="entry-meta"{L('meta')}><span class="byline">By <a class="url fn n" href="/author/">{esc(a['author'])}</a></span> <span class="posted-on"><time class="entry-date published">March {10 + n}, 2025</time></span></div></header>
<div class="entry-content"{L('content')}>{('<p class="dek"><strong>' + esc(a['dek']) + '</strong></p>') if a['dek'] else ''}
{fig}
{body}
</div>
<div class="sharedaddy sd-sharing-enabled"{L('share')}><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-twitter" href="#">X</a></li><li><a class="share-email" href="#">Email</a></li><li><a class="share-print" href="#">Print</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"{L('navigation')}><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
{''.join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">{esc(r["title"])}</a></h4><p class="jp-relatedposts-post-context">In &quot;{esc(r["topic"])}&quot;</p></div>' for r in rel)}</div>
<footer class="entry-footer"{L('navigation')}><span class="tags-links">Tagged <a href="#">{esc(a['topic'].lower())}</a>, <a href="#">northfield</a>, <a href="#">council</a></span></footer>
</article>
{comments}
</main></div>
<aside id="secondary" class="widget-area"{L('navigation')}><section class="widget widget_search"><form><label>Search for:</label><input type="search"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
{''.join(f'<li><a href="#">{esc(r["title"])}</a></li>' for r in recent)}</ul></section>
<section class="widget widget_text"{L('promo')}><h2 class="widget-title">Support local journalism</h2><div class="textwidget"><p>The Courier is owned by its readers. Become a member from 5 a month and help us keep reporting on Northfield.</p></div></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="footer-links"{L('navigation')}><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/advertise">Advertise</a> <a href="/jobs">Jobs</a></div>
<div class="site-info"{L('legal')}>&copy; 2025 The Northfield Courier Ltd. Registered in England No. 0418822. <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></div></footer>
</div><div id="cookie-notice" role="dialog"{L('legal')}><span>We use cookies to give you the best experience on our website. If you continue we assume you are happy with it.</span> <a href="#">OK</a> <a href="/privacy">Read more</a></div>
</body></html>"""


# 2. Meridian Wire: an agency site with semantic HTML5
def meridian(a, articles, rng, n):
    rel = other_titles(articles, a["key"], rng, 4)
    figs = ""
    for cap, credit in a["captions"]:
        figs += (f"<figure{L('caption')}><img src=\"/p/{a['key']}.jpg\" alt=\"\"><figcaption>{esc(cap)} "
                 f"<span class=\"credit\">{esc(credit)}</span></figcaption></figure>")
    body = paragraphs(a)
    return head(a["title"], "Meridian Wire") + f"""<body>
<header{L('navigation')}><a href="/" class="logo">Meridian</a><nav aria-label="Sections"><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/markets">Markets</a></li><li><a href="/climate">Climate</a></li><li><a href="/tech">Technology</a></li><li><a href="/investigations">Investigations</a></li></ul></nav>
<div class="account"><a href="/login">Sign in</a> <a href="/register" class="btn">Register</a></div></header>
<main class="main layout-with-header-offset"><article>
<header><nav class="crumbs"{L('navigation')}><a href="/">Home</a> <a href="/world">World</a> <a href="/world/europe">Europe</a></nav>
<h1{L('content')}>{esc(a['title'])}</h1>
<p class="byline"{L('meta')}>By {esc(a['author'])}</p><p class="stamp"{L('meta')}><time datetime="2025-03-0{n + 1}T09:30:00Z">March {n + 1}, 2025 9:30 AM UTC</time> <span>Updated {n + 2} hours ago</span></p></header>
{figs}
<div class="article-body"{L('content')}>
{('<p>' + esc(a['dek']) + '</p>') if a['dek'] else ''}
{body}
</div>
<p class="signoff"{L('meta')}>Reporting by {esc(a['author'])}; Editing by Paul Grant</p>
<p class="standards"{L('legal')}><a href="/trust">Our Standards: The Meridian Trust Principles.</a></p>
</article>
<aside class="related"{L('navigation')}><h2>Read Next</h2><ul>
{''.join(f'<li><a href="#"><span class="topic">{esc(r["topic"])}</span><span class="headline">{esc(r["title"])}</span></a><time>{i + 1}h ago</time></li>' for i, r in enumerate(rel))}</ul></aside>
</main>
<footer{L('navigation')}><nav><h3>Meridian</h3><ul><li><a href="#">About Meridian</a></li><li><a href="#">Careers</a></li><li><a href="#">Contact us</a></li></ul></nav>
<nav><h3>Follow us</h3><ul><li><a href="#">X</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">Instagram</a></li></ul></nav>
<p class="legal"{L('legal')}>All quotes delayed a minimum of 15 minutes. &copy; 2025 Meridian Wire. All rights reserved.</p></footer>
<div class="consent" role="dialog"{L('legal')}><p>We and our partners use cookies and similar technologies to personalise content and ads and to analyse our traffic.</p><button>Accept</button><button>Manage choices</button></div>
</body></html>"""


# 3. Brightline: a tech blog built with utility classes (no semantic class names at all)
def brightline(a, articles, rng, n):
    rel = other_titles(articles, a["key"], rng, 3)
    body = paragraphs(a, p_attr=' class="mb-6 leading-7 text-gray-800"', h_attr=' class="mt-10 mb-4 text-2xl font-semibold"')
    return head(a["title"], "Brightline") + f"""<body class="bg-white antialiased">
<div class="sticky top-0 z-50 border-b bg-white/80 backdrop-blur"{L('navigation')}><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
<a href="/" class="text-lg font-bold">Brightline</a><div class="hidden gap-6 md:flex"><a href="/blog" class="text-sm">Blog</a><a href="/guides" class="text-sm">Guides</a>
<a href="/changelog" class="text-sm">Changelog</a><a href="/pricing" class="text-sm">Pricing</a><a href="/docs" class="text-sm">Docs</a></div>
<a href="/signup" class="rounded bg-black px-3 py-1.5 text-sm text-white">Start free</a></div></div>
<div class="mx-auto max-w-3xl px-4 py-12">
<div class="mb-2 text-sm uppercase tracking-wide text-blue-600"{L('navigation')}><a href="#">{esc(a['topic'])}</a></div>
<div class="mb-4 text-4xl font-extrabold tracking-tight"{L('content')}>{esc(a['title'])}</div>
{('<div class="mb-8 text-xl text-gray-500"' + L('content') + '>' + esc(a['dek']) + '</div>') if a['dek'] else ''}
<div class="mb-10 flex items-center gap-3 text-sm text-gray-500"{L('meta')}><img src="/a.png" class="h-8 w-8 rounded-full" alt=""><div><div class="font-medium text-gray-900">{esc(a['author'])}</div><div>Mar {n + 3}, 2025 · {4 + n} min read</div></div></div>
<div class="elementor-widget elementor-widget-text-editor"{L('content')}><div class="elementor-widget-container prose prose-lg">
{body}
</div></div>
<div class="mt-10 flex gap-3 border-t pt-6 text-sm"{L('share')}><span>Share this post</span><a href="#">X</a><a href="#">LinkedIn</a><a href="#">Hacker News</a><a href="#">Copy link</a></div>
<div class="mt-10 rounded-xl bg-gray-50 p-6"{L('meta')}><div class="font-semibold">{esc(a['author'])}</div><div class="text-sm text-gray-600">{esc(a['author'].split()[0] if a['author'] else 'The team')} writes about developer tools and the craft of shipping software. Before Brightline, they built payment systems at a bank for eight years.</div></div>
<div class="mt-12 rounded-2xl bg-blue-600 p-8 text-white"{L('promo')}><div class="text-2xl font-bold">Get the next post in your inbox</div><div class="mt-2">One email a fortnight. No spam, unsubscribe at any time.</div><form class="mt-4 flex gap-2"><input type="email" placeholder="you@company.com"><button>Subscribe</button></form></div>
<div class="mt-16"{L('navigation')}><div class="mb-6 text-xl font-bold">Keep reading</div><div class="grid gap-6 md:grid-cols-3">
{''.join(f'<a href="#" class="block rounded-lg border p-4"><div class="font-semibold">{esc(r["title"])}</div><div class="mt-2 text-sm text-gray-500">{esc(first_sentence(r["body"][0]))}</div></a>' for r in rel)}</div></div>
</div>
<div class="border-t bg-gray-50"><div class="mx-auto grid max-w-6xl grid-cols-2 gap-8 px-4 py-12 md:grid-cols-4"{L('navigation')}>
<div><div class="font-semibold">Product</div><a href="#" class="block">Features</a><a href="#" class="block">Integrations</a><a href="#" class="block">Pricing</a></div>
<div><div class="font-semibold">Company</div><a href="#" class="block">About</a><a href="#" class="block">Careers</a><a href="#" class="block">Press</a></div>
<div><div class="font-semibold">Resources</div><a href="#" class="block">Docs</a><a href="#" class="block">Community</a><a href="#" class="block">Status</a></div></div>
<div class="mx-auto max-w-6xl px-4 pb-8 text-sm text-gray-500"{L('legal')}>© 2025 Brightline Labs, Inc. · <a href="#">Privacy</a> · <a href="#">Terms</a></div></div>
</body></html>"""


# 4. Harbour Daily: div soup with cryptic classes, ads inside the article, a paywall counter
def harbour(a, articles, rng, n):
    trend = other_titles(articles, a["key"], rng, 5)
    inline = other_titles(articles, a["key"] + "i", rng, 1)[0]

    def inject(i):
        if i == 2:
            return f'<div class="blk-ad"{L("promo")}><span>ADVERTISEMENT</span><div class="slot" id="ad-mid-1"></div></div><div class="blk-ad-note"{L("promo")}>Story continues below advertisement</div>'
        if i == 4:
            return f'<p class="c-rm"{L("navigation")}><b>Read more:</b> <a href="#">{esc(inline["title"])}</a></p>'
        return ""

    body = paragraphs(a, p_attr=' class="c-p"', h_attr=' class="c-sh"', inject=inject)
    cap = a["captions"][0] if a["captions"] else None
    fig = (f'<div class="c-img"{L("caption")}><img src="/i.jpg" alt=""><div class="c-cap">{esc(cap[0])}</div><div class="c-cr">{esc(cap[1].replace("Photo: ", ""))}</div></div>') if cap else ""
    return head(a["title"], "Harbour Daily") + f"""<body>
<div class="c-top"{L('navigation')}><div class="c-logo"><a href="/">HARBOUR DAILY</a></div>
<div class="c-m"><a href="/">News</a> <a href="/">Local</a> <a href="/">Politics</a> <a href="/">Money</a> <a href="/">Weather</a> <a href="/">Sport</a> <a href="/">Life</a></div>
<div class="c-u"><a href="/login">Log in</a></div></div>
<div class="c-wrap"><div class="c-l">
<div class="c-k"{L('navigation')}>{esc(a['topic'].upper())}</div>
<h1 class="c-t"{L('content')}>{esc(a['title'])}</h1>
<div class="c-by"{L('meta')}>{esc(a['author'])} · Published {n + 1} March 2025, 07:{10 + n}</div>
{fig}
<div class="c-b"{L('content')}>{('<p class="c-p">' + esc(a['dek']) + '</p>') if a['dek'] else ''}
{body}</div>
<div class="c-pw"{L('promo')}><p>You have {3 - (n % 3)} free articles left this month.</p><p>Subscribe from 1 a week to keep reading Harbour Daily without limits.</p><a class="c-btn" href="/subscribe">See offers</a></div>
</div>
<div class="c-r"{L('navigation')}><div class="c-rh">Trending</div><ol>
{''.join(f'<li><a href="#">{esc(r["title"])}</a></li>' for r in trend)}</ol>
<div class="c-adr"{L('promo')}>Advertisement</div></div></div>
<div class="c-ft"><div{L('navigation')}><a href="/">About</a> <a href="/">Contact</a> <a href="/">Corrections</a> <a href="/">Newsletters</a> <a href="/">Archive</a></div>
<div{L('legal')}>Harbour Daily is published by Harbour Media Group. Copyright 2025 Harbour Media Group. This material may not be published, broadcast, rewritten or redistributed without permission.</div></div>
</body></html>"""


# 5. Green Thumb Notes: a personal blog with comments, a spam comment, and a sidebar
def greenthumb(a, articles, rng, n):
    pop = other_titles(articles, a["key"], rng, 4)
    body = paragraphs(a, h_tag="h3")
    cap = a["captions"][0] if a["captions"] else None
    fig = (f'<div class="post-image"{L("caption")}><img src="/photo.jpg" alt=""><p class="img-caption">{esc(cap[0])} ({esc(cap[1])})</p></div>') if cap else ""
    spam = ""
    if n in (0, 2):
        spam = (f'<li class="cmt"{L("spam")}><div class="cmt-author">bestpharma24</div><div class="cmt-date">March 3, 2025</div>'
                f'<div class="cmt-text"><p>Great post! Buy cheap viagra online without prescription, fast shipping worldwide, visit our online pharmacy today.</p></div></li>')
    return head(a["title"], "Green Thumb Notes") + f"""<body class="blog">
<div id="header"{L('navigation')}><div class="blog-title"><a href="/">Green Thumb Notes</a></div><div class="blog-tagline">Growing, cooking and wandering</div>
<ul class="nav"><li><a href="/">Home</a></li><li><a href="/garden">Garden</a></li><li><a href="/kitchen">Kitchen</a></li><li><a href="/travels">Travels</a></li><li><a href="/about">About</a></li></ul></div>
<div id="wrapper" class="with-sidebar"><div id="posts">
<div class="post">
<h2 class="post-title"{L('content')}>{esc(a['title'])}</h2>
<div class="post-meta"{L('meta')}>Posted on March {2 + n}, 2025 by {esc(a['author'])}</div>
<div class="post-body"{L('content')}>{('<p><em>' + esc(a['dek']) + '</em></p>') if a['dek'] else ''}
{fig}
{body}
</div>
<div class="post-footer"{L('navigation')}>Filed under <a href="#">{esc(a['topic'])}</a> · <a href="#comments">{4 if spam else 3} Comments</a></div>
<div class="post-share"{L('share')}><a href="#">Pin it</a> <a href="#">Share on Facebook</a> <a href="#">Email this</a></div>
</div>
<div id="comments"{L('navigation')}><h3>{4 if spam else 3} Comments</h3><ul class="cmts">
<li class="cmt"><div class="cmt-author">Rosa</div><div class="cmt-date">March 3, 2025</div><div class="cmt-text"><p>I tried this last weekend and it worked a treat. My neighbour has been asking for the details ever since, so I sent her the link.</p></div><a href="#" class="rpl">Reply</a></li>
<li class="cmt reply"><div class="cmt-author">{esc(a['author'])}</div><div class="cmt-date">March 3, 2025</div><div class="cmt-text"><p>So glad to hear it, Rosa! Thanks for passing it on.</p></div><a href="#" class="rpl">Reply</a></li>
{spam}
<li class="cmt"><div class="cmt-author">Mike from Leeds</div><div class="cmt-date">March 5, 2025</div><div class="cmt-text"><p>Would this work in a colder climate? We had frost until the middle of May last year and I lost almost everything I planted out early.</p></div><a href="#" class="rpl">Reply</a></li></ul></div>
<div id="respond"{L('share')}><h3>Leave a comment</h3><form><textarea></textarea><input placeholder="Name"><button>Submit</button></form></div>
</div>
<div id="sidebar"><div class="box"{L('meta')}><h4>About me</h4><p>I'm {esc(a['author'] or 'Hugh')}, a retired teacher with an allotment, a small kitchen and a big appetite for trains. This blog is where I keep notes.</p></div>
<div class="box"{L('navigation')}><h4>Popular posts</h4><ul>{''.join(f'<li><a href="#">{esc(r["title"])}</a></li>' for r in pop)}</ul></div>
<div class="box"{L('navigation')}><h4>Archives</h4><ul><li><a href="#">March 2025</a></li><li><a href="#">February 2025</a></li><li><a href="#">January 2025</a></li></ul></div></div>
</div>
<div id="footer"{L('legal')}><p>All text and photos © Green Thumb Notes 2014–2025 unless stated otherwise. Please ask before using.</p></div>
</body></html>"""


# 6. Europa Local Press: one site in French, German and Spanish (and an English podcast page)
EUROPA = {
    "fr": dict(nav=["Accueil", "Actualités", "Politique", "Économie", "Culture", "Sports"], share="Partager sur Facebook",
               share2="Envoyer par e-mail", news="Recevez notre lettre d'information chaque matin", sub="Je m'abonne",
               read="Lire aussi", rights="Tous droits réservés", follow="Suivez-nous", by="Par",
               pub="Publié le 4 mars 2025 à 08h15", ad="Publicité", legal="Mentions légales · Politique de confidentialité · Gestion des cookies"),
    "de": dict(nav=["Startseite", "Nachrichten", "Politik", "Wirtschaft", "Kultur", "Sport"], share="Auf Facebook teilen",
               share2="Per E-Mail senden", news="Unser Newsletter: die wichtigsten Nachrichten jeden Morgen", sub="Jetzt abonnieren",
               read="Lesen Sie auch", rights="Alle Rechte vorbehalten", follow="Folgen Sie uns", by="Von",
               pub="Veröffentlicht am 4. März 2025, 08:15 Uhr", ad="Anzeige", legal="Impressum · Datenschutz · Cookie-Einstellungen"),
    "es": dict(nav=["Portada", "Noticias", "Política", "Economía", "Cultura", "Deportes"], share="Compartir en Facebook",
               share2="Enviar por correo", news="Recibe nuestro boletín cada mañana", sub="Suscríbete",
               read="Lea también", rights="Todos los derechos reservados", follow="Síguenos", by="Por",
               pub="Publicado el 4 de marzo de 2025, 08:15", ad="Publicidad", legal="Aviso legal · Política de privacidad · Configuración de cookies"),
    "en": dict(nav=["Home", "News", "Politics", "Economy", "Culture", "Sport"], share="Share on Facebook",
               share2="Send by email", news="Get our newsletter every morning", sub="Subscribe",
               read="Read also", rights="All rights reserved", follow="Follow us", by="By",
               pub="Published 4 March 2025, 08:15", ad="Advertisement", legal="Legal notice · Privacy policy · Cookie settings"),
}


def europa(a, articles, rng, n):
    t = EUROPA[a["lang"]]
    same = [x for x in articles if x["lang"] == a["lang"] and x["key"] != a["key"]]
    inline = same[0]["title"] if same else other_titles(articles, a["key"], rng, 1)[0]["title"]
    spam = ""
    if a["lang"] == "fr":
        spam = (f'<div class="partner-links"{L("spam")}><a href="#">Best online casino bonuses 2025: claim 200 free spins today and win real money with no deposit required at our top rated casinos</a></div>')
    elif a["lang"] == "de":
        spam = (f'<div class="partner-links"{L("spam")}><a href="#">Лучшие онлайн-казино с быстрым выводом денег и бонусом за регистрацию для новых игроков</a></div>')

    def inject(i):
        if i == 2 and a["lang"] != "en":
            return f'<p class="lire-aussi"{L("navigation")}>{esc(t["read"])} : <a href="#">{esc(inline)}</a></p>'
        return ""

    body = paragraphs(a, inject=inject)
    podcast_extra = ""
    if a["key"] == "podcast-episode":
        podcast_extra = (f'<div class="player"{L("navigation")}><button>Play</button> <span>00:00 / 41:12</span> <a href="#">Download</a></div>'
                         f'<div class="platforms"{L("share")}><p>Listen on Apple Podcasts · Spotify · RSS</p></div>')
    return head(a["title"], "Europa Local Press").replace('lang="en"', f'lang="{a["lang"]}"') + f"""<body>
<div id="top"{L('navigation')}><a href="/" id="logo">Europa Local Press</a><ul id="menu">{''.join(f'<li><a href="#">{esc(x)}</a></li>' for x in t['nav'])}</ul></div>
<div id="page" class="page-with-menu"><div id="col-main">
<h1{L('content')}>{esc(a['title'])}</h1>
{('<p class="chapo"' + L('content') + '>' + esc(a['dek']) + '</p>') if a['dek'] else ''}
<p class="auteur"{L('meta')}>{esc(t['by'])} {esc(a['author'] or 'Redaction')} · {esc(t['pub'])}</p>
<div class="texte"{L('content')}>{body}</div>
{podcast_extra}
<div class="partage"{L('share')}><a href="#">{esc(t['share'])}</a> <a href="#">{esc(t['share2'])}</a></div>
<div class="nl"{L('promo')}><p>{esc(t['news'])}</p><a href="#">{esc(t['sub'])}</a></div>
<div class="pub"{L('promo')}>{esc(t['ad'])}</div>
</div></div>
<div id="pied"><div{L('navigation')}><p>{esc(t['follow'])} : Facebook · Instagram · X</p></div>{spam}
<div{L('legal')}><p>© 2025 Europa Local Press. {esc(t['rights'])}.</p><p>{esc(t['legal'])}</p></div></div>
</body></html>"""


SITES = {"courier": courier, "meridian": meridian, "brightline": brightline, "harbour": harbour,
         "greenthumb": greenthumb, "europa": europa}
