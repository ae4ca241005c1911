package org.slant.ingest;

import org.slant.model.Article;
import org.slant.model.ArticleMeta;
import org.slant.model.OutletSource;

import java.util.List;
import java.util.Optional;

/**
 * Decides an article's metadata: the manifest's word first, then what the input itself gave (JSONL fields,
 * the HTML title), then inference from the text. Records how the outlet was decided.
 */
public final class ArticleMetadata {

    private final OutletInference inference;

    public ArticleMetadata(OutletInference inference) {
        this.inference = inference;
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
                    List.of(),
                    e.via() != null ? e.via() : m.via(),
                    e.url() != null ? e.url() : m.url(),
                    e.date() != null ? e.date() : m.date(),
                    e.title() != null ? e.title() : m.title());
        }
        if (m.outletSource() == OutletSource.UNKNOWN) {
            OutletInference.Result r = inference.infer(a.raw());
            m = r.outlet().isPresent()
                    ? m.withOutlet(r.outlet().get(), m.outletKind() != null ? m.outletKind() : r.kind(),
                    OutletSource.INFERRED, r.evidence())
                    : m.withOutlet(ArticleMeta.UNKNOWN_OUTLET, m.outletKind(), OutletSource.UNKNOWN, r.evidence());
        }
        if (m.title() == null) {
            m = m.withTitle(TitleGuess.guess(a.raw()));
        }
        return new Article(id, a.file(), a.format(), m, a.raw(), a.markup());
    }
}
