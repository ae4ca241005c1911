package org.slant.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One clue about an article's outlet: what kind of clue, which name it points to, and where it is. */
@JsonPropertyOrder({"kind", "outlet", "start", "end", "text"})
public record OutletEvidence(String kind, String outlet, int start, int end, String text) {
}
