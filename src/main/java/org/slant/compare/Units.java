package org.slant.compare;

import org.slant.model.ArticleResult;
import org.slant.model.Content;
import org.slant.text.Sentence;
import org.slant.text.Token;

import java.util.ArrayList;
import java.util.List;

/** Cuts each article's clean content into sentence units with raw offsets. */
public final class Units {

    private Units() {
    }

    public static List<Unit> of(int articleIndex, ArticleResult r) {
        Content c = r.content();
        List<Unit> out = new ArrayList<>();
        if (c == null) {
            return out;
        }
        for (Sentence s : c.sentences()) {
            List<String> words = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                Token tok = c.tokens().get(t);
                if (tok.isWord()) {
                    words.add(tok.norm());
                    spans.add(new int[]{c.rawStart(tok.start()), c.rawEnd(tok.end())});
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            int[] ws = new int[spans.size()];
            int[] we = new int[spans.size()];
            for (int i = 0; i < ws.length; i++) {
                ws[i] = spans.get(i)[0];
                we[i] = spans.get(i)[1];
            }
            out.add(new Unit(articleIndex, out.size(), c.rawStart(s.start()), c.rawEnd(s.end()),
                    words.toArray(String[]::new), ws, we));
        }
        return out;
    }
}
