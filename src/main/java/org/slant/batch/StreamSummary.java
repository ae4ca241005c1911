package org.slant.batch;

import org.slant.model.AnalysisError;

import java.util.List;

/** What a streamed run did: articles analysed, inputs skipped (a resumed run), and every error. */
public record StreamSummary(long articles, long skipped, List<AnalysisError> errors) {
}
