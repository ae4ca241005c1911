package org.slant.ingest;

import org.slant.model.AnalysisError;
import org.slant.model.Article;

/** What reading one input gave: an article, or an error naming the input. */
public record ReadItem(Article article, AnalysisError error) {

    public static ReadItem ok(Article a) {
        return new ReadItem(a, null);
    }

    public static ReadItem failed(String file, String message) {
        return new ReadItem(null, new AnalysisError(file, message));
    }

    public boolean isOk() {
        return article != null;
    }
}
