package org.slant.extract.attribution;

import org.slant.text.Speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link org.slant.pipeline.Keys#SPEECH} list: one entry per content piece of every attribution
 * (reported or direct), plus one direct entry per quotation inside a reported piece, all with the
 * attribution's cue, source and speaker. Sorted by start, longer first, so the innermost entry covering
 * an offset is the last one that starts at or before it and still covers it.
 */
final class SpeechList {

    private SpeechList() {
    }

    static List<Speech> of(List<Attribution> found) {
        List<Speech> list = new ArrayList<>();
        Set<Key> seen = new java.util.HashSet<>();
        for (Attribution a : found) {
            Source s = a.source();
            for (Attribution.Piece p : a.content()) {
                boolean direct = a.quotes().contains(p);
                if (seen.add(key(a, p, direct))) {
                    list.add(speech(a, s, p, direct));
                }
            }
            for (Attribution.Piece q : a.quotes()) {
                if (seen.add(key(a, q, true))) {
                    list.add(speech(a, s, q, true));
                }
            }
        }
        list.sort(Comparator.comparingInt(Speech::contentStart)
                .thenComparing(Comparator.comparingInt(Speech::contentEnd).reversed())
                .thenComparingInt(Speech::cueStart));
        return List.copyOf(list);
    }

    /** One entry per content span, cue and kind: the same quotation reached twice is listed once. */
    private record Key(int start, int end, int cueStart, boolean direct) {
    }

    private static Key key(Attribution a, Attribution.Piece p, boolean direct) {
        return new Key(p.start(), p.end(), a.cueStart(), direct);
    }

    private static Speech speech(Attribution a, Source s, Attribution.Piece p, boolean direct) {
        return new Speech(p.start(), p.end(), a.cueStart(), a.cueEnd(), a.sourceStart(), a.sourceEnd(), s.type(),
                s.speaker(), s.affiliation(), direct);
    }
}
