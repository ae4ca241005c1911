package org.slant.extract.terminology;

/**
 * The parameters of scare-quote detection, read from the lexicon's {@code scare_quote} entry.
 *
 * @param maxWords  a quotation of 1 to this many words can be a scare quote
 * @param cueWindow a speech cue this many words or fewer before the quotation, in the same sentence,
 *                  makes it a partial quotation of that speaker instead
 * @param cueAfter  likewise a cue this many words or fewer after it ("“Absurd,” he said")
 */
public record ScareQuoteRule(String id, int weight, String rationale, int maxWords, int cueWindow, int cueAfter) {
}
