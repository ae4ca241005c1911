package org.slant.batch;

import org.slant.model.AnalysisError;
import org.slant.model.ArticleResult;

/** Receives a batch's results and errors one by one, in input order, on one thread. */
public interface ResultSink {

    void result(ArticleResult r);

    void error(AnalysisError e);

    /** A sink that hands every result and error to each of these, in this order. */
    static ResultSink all(ResultSink... sinks) {
        ResultSink[] each = sinks.clone();
        return new ResultSink() {
            @Override
            public void result(ArticleResult r) {
                for (ResultSink s : each) {
                    s.result(r);
                }
            }

            @Override
            public void error(AnalysisError e) {
                for (ResultSink s : each) {
                    s.error(e);
                }
            }
        };
    }
}
