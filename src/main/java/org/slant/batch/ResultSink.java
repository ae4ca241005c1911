package org.slant.batch;

import org.slant.model.AnalysisError;
import org.slant.model.ArticleResult;

/** Receives a batch's results and errors one by one, in input order, on one thread. */
public interface ResultSink {

    void result(ArticleResult r);

    void error(AnalysisError e);
}
