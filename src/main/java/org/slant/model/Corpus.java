package org.slant.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How much of the input an analysis holds.
 *
 * @param articles articles analysed in all
 * @param held     articles held in the analysis with their findings (all of them, or a sample)
 * @param sampled  true when {@code held < articles}: a deterministic sample (the articles whose id hashes
 *                 lowest) stands for the corpus in the per-article views, while outlet profiles and the
 *                 outlet-level framing cover every article
 * @param errors   inputs that could not be analysed
 */
@JsonPropertyOrder({"articles", "held", "sampled", "errors"})
public record Corpus(long articles, long held, boolean sampled, long errors) {
}
