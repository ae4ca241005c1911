package org.slant.extract.boilerplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The labels of one article's blocks while {@link BlockClassifier} works on them: per block the label (null while
 * the model's rejection is not yet named), the deciding rule, the weight, the reasons and the model's probability
 * of boilerplate. Each step of the classifier reads and changes these arrays in turn.
 */
final class Labels {

    final int n;
    final Category[] label;
    final String[] rule;
    final double[] weight;
    final List<List<String>> reasons;
    final double[] p;

    Labels(int n) {
        this.n = n;
        this.label = new Category[n];
        this.rule = new String[n];
        this.weight = new double[n];
        this.reasons = new ArrayList<>(n);
        this.p = new double[n];
    }

    /** A deep copy: the steps after it may change the copy without touching this one. */
    Labels copy() {
        Labels c = new Labels(n);
        System.arraycopy(label, 0, c.label, 0, n);
        System.arraycopy(rule, 0, c.rule, 0, n);
        System.arraycopy(weight, 0, c.weight, 0, n);
        System.arraycopy(p, 0, c.p, 0, n);
        for (List<String> r : reasons) {
            c.reasons.add(new ArrayList<>(r));
        }
        return c;
    }

    /** Block i is now decided by {@code by}, which explains it alone: the model's reasons no longer do. */
    void decide(int i, Category cat, String by, double w) {
        label[i] = cat;
        rule[i] = by;
        weight[i] = w;
        reasons.get(i).removeIf(r -> r.equals(BlockClassifier.MODEL_RULE) || r.indexOf('=') > 0);
        reasons.get(i).add(0, by);
    }
}
