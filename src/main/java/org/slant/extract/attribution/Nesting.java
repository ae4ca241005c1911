package org.slant.extract.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks attributions that sit inside another attribution's content ("according to the ministry, Mr
 * Shoigu told Mr Lecornu ...") as depth 1 and drops deeper ones, which are reported speech inside
 * reported speech and too uncertain to show. Contents rarely reach far, so each attribution is compared
 * with a bounded window of its neighbours.
 */
final class Nesting {

    private static final int WINDOW = 24;

    private Nesting() {
    }

    static List<Attribution> apply(List<Attribution> in) {
        List<Attribution> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Attribution a = in.get(i);
            int depth = 0;
            for (int j = Math.max(0, i - WINDOW); j < Math.min(in.size(), i + WINDOW); j++) {
                if (j != i && inside(a, in.get(j))) {
                    depth++;
                }
            }
            if (depth <= 1) {
                out.add(depth == 0 ? a : a.withDepth(depth));
            }
        }
        return out;
    }

    private static boolean inside(Attribution inner, Attribution outer) {
        for (Attribution.Piece p : outer.content()) {
            if (inner.cueStart() >= p.start() && inner.cueEnd() <= p.end()) {
                return true;
            }
        }
        return false;
    }
}
