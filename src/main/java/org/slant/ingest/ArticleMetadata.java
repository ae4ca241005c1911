package org.slant.ingest;

import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.model.OutletEvidence;
import org.slant.model.OutletSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides an article's metadata: the manifest's word first, then what the input itself gave (JSONL fields,
 * the HTML title), then what a page's head says of its publisher ({@link PageOutlet}), then inference from
 * the text. Records how the outlet was decided, and names it as {@link OutletNames} does. An article whose
 * outlet none of these tells is its own outlet, "unknown (its file)", so that articles of unknown
 * origin are never pooled into one outlet and compared as if they were one publisher's.
 */
public final class ArticleMetadata {

    private final OutletInference inference;
    private final OutletRegistry registry;

    public ArticleMetadata(OutletInference inference) {
        this.inference = inference;
        this.registry = inference.registry();
    }

    public Article resolve(Article a, Optional<Manifest.Entry> entry) {
        ArticleMeta m = a.meta();
        String id = a.id();
        if (entry.isPresent()) {
            Manifest.Entry e = entry.get();
            if (e.id() != null && !a.format().equals("jsonl")) {
                id = e.id();
            }
            m = new ArticleMeta(
                    e.outlet() != null ? e.outlet() : m.outlet(),
                    e.outletKind() != null ? e.outletKind() : m.outletKind(),
                    e.outlet() != null ? OutletSource.MANIFEST : m.outletSource(),
                    e.outlet() != null ? List.of() : m.outletEvidence(),
                    e.via() != null ? e.via() : m.via(),
                    e.url() != null ? e.url() : m.url(),
                    e.date() != null ? e.date() : m.date(),
                    e.title() != null ? e.title() : m.title());
        }
        if (m.outletSource() == OutletSource.UNKNOWN) {
            m = infer(a, m);
        }
        if (m.title() == null) {
            m = m.withTitle(TitleGuess.guess(a.raw()));
        }
        return new Article(id, a.file(), a.format(), m, a.raw(), a.markup());
    }

    /** The outlet from the page's head clues (carried in the meta's evidence), else from the text, else unknown. */
    private ArticleMeta infer(Article a, ArticleMeta m) {
        List<OutletEvidence> page = m.outletEvidence();
        OutletEvidence host = clue(page, PageOutlet.HOST);
        Optional<Outlet> knownHost = host == null ? Optional.empty() : registry.byHost(host.text());
        if (knownHost.isPresent()) {
            return decided(m, knownHost.get().name(), page);
        }
        // a name that agrees with the host first: og:site_name may name a section ("Health" on
        // nationalgeographic.com) or carry a tagline ("Beinsure - Insurance, Reinsurance, InsurTech Insights")
        String label = host == null ? null : OutletRegistry.key(OutletNames.siteLabel(host.text()));
        for (OutletEvidence c : page) {
            boolean bareHost = c.kind().equals(PageOutlet.HOST) && c.outlet().equals(c.text());
            String agrees = label == null || bareHost ? null : PageOutlet.partNamed(c.outlet(), label);
            if (agrees != null) {
                return decided(m, agrees, page);
            }
        }
        for (String kind : List.of(PageOutlet.SITE_NAME, PageOutlet.PUBLISHER)) {
            OutletEvidence c = clue(page, kind);
            if (c != null) {
                return decided(m, c.outlet(), page);
            }
        }
        OutletInference.Result r = inference.infer(a.raw());
        if (host != null) {
            boolean spelled = !host.outlet().equals(host.text());
            if (!spelled && r.outlet().isPresent() && OutletNames.key(r.outlet().get()).equals(label)) {
                // the text writes the host's name ("Accruent" on accruent.com): its spelling, both as evidence
                List<OutletEvidence> both = new ArrayList<>(page);
                both.addAll(r.evidence());
                return decided(m, r.outlet().get(), both);
            }
            return decided(m, spelled ? host.outlet() : OutletNames.siteLabel(host.text()), page);
        }
        if (r.outlet().isPresent()) {
            String name = OutletNames.normalise(r.outlet().get(), registry);
            String kind = m.outletKind() != null ? m.outletKind() : r.kind();
            return m.withOutlet(name.isEmpty() ? r.outlet().get() : name, kind, OutletSource.INFERRED, r.evidence());
        }
        return m.withOutlet(unknown(a), m.outletKind(), OutletSource.UNKNOWN, r.evidence());
    }

    private ArticleMeta decided(ArticleMeta m, String name, List<OutletEvidence> evidence) {
        String n = OutletNames.normalise(name, registry);
        Optional<Outlet> known = registry.byName(n);
        String kind = m.outletKind() != null ? m.outletKind() : known.map(Outlet::kind).orElse(null);
        return m.withOutlet(n, kind, OutletSource.INFERRED, evidence);
    }

    private static OutletEvidence clue(List<OutletEvidence> page, String kind) {
        return page.stream().filter(e -> e.kind().equals(kind) && e.start() < 0).findFirst().orElse(null);
    }

    /**
     * "unknown (in/page.html)": the input as given (a JSONL line as "file.jsonl:LINE"), so that no two unknown
     * articles share an outlet; the bare file name would pool "site1/index.html" with "site2/index.html".
     */
    static String unknown(Article a) {
        String what = a.file() == null || a.file().isBlank() ? a.id() : a.file();
        return ArticleMeta.UNKNOWN_OUTLET + " (" + what + ")";
    }
}
