package org.slant.extract.attribution;

import org.slant.lexicon.WordSet;

import java.util.Set;

/**
 * Closed-class English words the phrase scanner needs to find where a source phrase starts and ends:
 * determiners, pronouns, auxiliaries, conjunctions, prepositions and time words. These are grammar, not
 * judgements about speech or speakers, so they live here; everything about cues, roles and actors is
 * in the lexicons.
 */
final class Grammar {

    private Grammar() {
    }

    static final Set<String> DETERMINERS = words("the", "a", "an", "this", "these", "those", "some", "many",
            "several", "most", "all", "both", "each", "every", "any", "no", "few", "other", "another", "his", "her",
            "their", "its", "our", "my", "your", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "dozens", "hundreds", "numerous", "various", "multiple", "such", "certain");

    /** Determiners and quantifiers that leave a speaker unidentified: "a source", "some observers". */
    static final Set<String> INDEFINITE = words("a", "an", "some", "many", "several", "most", "few", "other",
            "another", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
            "hundreds", "numerous", "various", "multiple", "certain", "unnamed", "anonymous", "any", "all", "both");

    static final Set<String> POSSESSIVE_PRONOUNS = words("his", "her", "their", "its");

    /** Pronouns that can be a source on their own. */
    static final Set<String> SUBJECT_PRONOUNS = words("he", "she", "they", "it", "we", "i");

    static final Set<String> RELATIVE_PRONOUNS = words("who", "which");

    /** "Nobody wants war", "Everyone agrees": no one in particular speaks. */
    static final Set<String> INDEFINITE_PRONOUNS = words("nobody", "everybody", "everyone", "someone", "somebody",
            "anyone", "anybody", "none", "no-one");

    /** Object pronouns: a listener after "told" ("told him that"). */
    static final Set<String> OBJECT_PRONOUNS = words("him", "her", "them", "us", "me", "you");

    /** Auxiliaries, negation and adverbs that stay with the reporting verb ("has also said"). */
    static final Set<String> VERB_GROUP = words("has", "have", "had", "also", "earlier", "later", "previously",
            "repeatedly", "recently", "publicly", "privately", "reportedly", "again", "once", "then", "further",
            "already", "not", "never", "did", "does", "do", "would", "will", "could", "can", "may", "might",
            "should", "must", "is", "was", "are", "were", "be", "been", "being", "both", "all", "just", "still",
            "even", "only", "often", "frequently", "always", "now", "first", "last", "separately", "n't",
            "'ve", "'d", "'ll", "shall", "too", "immediately", "subsequently", "initially", "originally");

    static final Set<String> BE = words("is", "was", "are", "were", "be", "been", "being", "'s", "'re", "am");

    /** Words that end a source phrase when scanning away from the cue. */
    static final Set<String> STOP = words("that", "which", "who", "whom", "whose", "when", "where", "while",
            "as", "after", "before", "because", "since", "if", "unless", "although", "though", "but", "or", "nor",
            "so", "than", "then", "to", "by", "with", "without", "is", "are", "was", "were", "be", "been", "being",
            "am", "has", "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might",
            "must", "do", "does", "did", "not", "also", "there", "here", "him", "them", "us", "me", "now", "just",
            "even", "only", "still", "yet", "already", "however", "meanwhile", "also", "whether", "what", "how",
            "why", "and", "into", "onto", "over", "under", "about", "against", "during", "until", "through",
            "across", "between", "among", "amid", "towards", "toward", "upon", "like", "unlike", "despite",
            "following", "including", "instead", "per", "via", "it", "he", "she", "they", "we", "i", "you", "this",
            "these", "those", "said", "says", "say", "told", "tells", "tell", "according", "very", "too", "more",
            "less", "not", "n't", "reportedly", "allegedly", "apparently", "earlier", "later", "ago", "once", "again",
            "thus", "therefore", "hence", "indeed", "instead", "otherwise", "else", "near", "above", "below", "behind",
            "beside", "outside", "inside", "around", "within", "beyond", "along", "beneath", "worth");

    /** Prepositions a source phrase may contain: "head of MI6", "a spokesman for the Kremlin". */
    static final Set<String> INNER_PREPOSITIONS = words("of", "for", "at", "from", "in", "on");

    /** Prepositions that start an adverbial between a cue and its content ("said on Sunday that"). */
    static final Set<String> PREPOSITIONS = words("in", "on", "at", "during", "after", "before", "via", "through",
            "over", "from", "to", "with", "for", "about", "of", "by", "amid", "following", "ahead", "afterwards");

    /** Words that start a content clause after a cue. */
    static final Set<String> CLAUSE_STARTS = words("that", "whether", "if", "how", "why", "what", "to");

    /** Subordinators and conjunctions that join a second attribution to a sentence: ", after X claimed". */
    static final Set<String> JOINERS = words("and", "but", "after", "as", "while", "when", "before", "since",
            "although", "though", "because", "following", "with", "whereas", "even", "until", "amid", "despite",
            "prompting", "then", "so", "or", "yet", "which", "who", "where", "whom");

    /** Time words: they end a source phrase ("on Sunday", "last week") and never name a speaker. */
    static final Set<String> TIME = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "today", "yesterday", "tomorrow", "tonight", "week", "weekend", "month", "year", "day",
            "days", "weeks", "months", "years", "morning", "afternoon", "evening", "night", "earlier", "later",
            "recently", "previously", "last", "next", "ago", "hour", "hours", "minutes", "time", "decade",
            "century", "spring", "summer", "autumn", "fall", "winter", "meanwhile", "however", "moreover",
            "furthermore", "also", "still", "now", "then", "again", "once");

    /** Words that, capitalised at the start of a sentence, are not names. */
    static final Set<String> SENTENCE_OPENERS = words("however", "but", "and", "meanwhile", "earlier", "later",
            "last", "on", "in", "at", "after", "before", "asked", "speaking", "yet", "still", "also", "then", "now",
            "so", "still", "while", "when", "as", "if", "although", "though", "because", "since", "instead",
            "indeed", "moreover", "separately", "elsewhere", "today", "yesterday", "recently", "previously");

    /** A set of words; duplicates are harmless (Set.of would refuse them). */
    private static Set<String> words(String... w) {
        return WordSet.of(w);   // not Set.of: asked of most tokens, see WordSet
    }

    /** Nouns of quantity that take "of" inside a listener phrase: "told a handful of guests". */
    static final Set<String> QUANTITY_NOUNS = words("handful", "group", "number", "couple", "dozen", "dozens", "crowd",
            "gathering", "audience", "members", "some", "many", "most", "one", "all", "each", "few", "several",
            "representatives", "delegation", "hundreds", "thousands", "room", "panel", "meeting");

    /**
     * Quantifiers that stand alone as a subject ("Some say", "Many said", "Both denied"): without a noun
     * after them they are the source phrase themselves.
     */
    static final Set<String> QUANTIFIER_SUBJECTS = words("some", "many", "most", "few", "several", "both", "all",
            "another", "none", "others", "neither", "either"); // not "one": "One may recall" is the writer

    /**
     * Participles that end a poll's or a survey's subject ("those surveyed said", "voters polled say"),
     * where any other lower-case past form would end the phrase ("the man who came back").
     */
    static final Set<String> SURVEY_PARTICIPLES = words("surveyed", "polled", "interviewed", "questioned", "asked",
            "sampled", "contacted");

    /** Words that open an aside between a subject and its verb: "Forbes, however, says", "Mr X, in turn, said". */
    static final Set<String> ASIDE_STARTS = words("however", "though", "too", "meanwhile", "instead", "moreover",
            "in", "on", "at", "after", "during", "for", "with", "like", "unlike", "speaking", "asked", "when",
            "once", "again", "as", "meanwhile", "therefore", "nonetheless", "nevertheless", "though", "also",
            "then", "still", "indeed", "likewise", "similarly", "by", "from", "not");

    /** Page labels that open a line with a colon and name no speaker: "Update:", "Related:", "Q:". */
    static final Set<String> PAGE_LABELS = words("update", "updated", "note", "related", "correction", "editor's",
            "photo", "photos", "video", "watch", "read", "source", "sources", "credit", "transcript", "breaking",
            "exclusive", "analysis", "opinion", "q", "a", "question", "answer", "warning", "disclaimer",
            "disclosure", "summary", "background", "caption", "listen", "subscribe", "advertisement", "see",
            "also", "more", "tags", "topics", "filed", "posted", "published", "share", "image", "images", "map",
            "chart", "graphic", "here", "why", "what", "how", "when", "where", "who", "this", "that", "the",
            "plus", "bonus", "p.s", "ps", "live", "latest", "developing", "timeline", "recap", "contact",
            "email", "follow", "via", "h/t", "hat", "click", "sign", "subscribe", "and", "but", "so", "now");

    /** Adjectives joined by "and" inside a source phrase: "current and former officials", "state and local". */
    static final Set<String> PAIRED_ADJECTIVES = words("current", "former", "past", "present", "state", "local",
            "federal", "senior", "junior", "public", "private", "military", "civilian", "foreign", "domestic",
            "elected", "appointed", "retired", "active", "longtime", "top", "other");

    /** Pronouns "he" and "she" and their gender. */
    static String pronounGender(String norm) {
        return switch (norm) {
            case "he" -> "m";
            case "she" -> "f";
            default -> null;
        };
    }

    /**
     * {@link #TIME}, {@link #STOP}, {@link #DETERMINERS} and {@link #SENTENCE_OPENERS} in one set: a capitalised
     * word in none of them may be a name, asked with one look-up where it took four (issue 21). Declared last: it
     * reads the four.
     */
    static final Set<String> NOT_NAMES = union(TIME, STOP, DETERMINERS, SENTENCE_OPENERS);

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return WordSet.copyOf(all);
    }
}
