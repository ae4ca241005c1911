package org.slant.extract.boilerplate;

/**
 * What the article's container says about an HTML block, added to the block model's log-odds of boilerplate.
 * The model weighs shallow features of one block and its neighbours, and was trained on the project's small
 * labelled set; Readability's lesson is that on real pages the container that holds the article's prose is the
 * strongest single evidence: its headings, lists, tables and short lines are the article, and prose elsewhere on
 * the page (teasers, comment threads, footers) is not. So, when a main container was found, a block inside it
 * needs the model to be confident (about 95%) before it is dropped, and a block outside it before it is kept;
 * a block inside an element marked as outside the article (a comment thread, an author box) needs more still.
 *
 * <p>The three offsets are the project's only numbers fitted to public pages: they were chosen on the
 * even-numbered half of the WCXB article pages ({@code slant eval wcxb --split even}), and the odd-numbered half
 * is the held-out result. The model itself is trained on the labelled set alone.
 */
final class ContainerPrior {

    /** Log-odds added for a block inside the main container (or one of its chosen siblings). */
    static final double IN_MAIN = -3.0;
    /** Log-odds added for a block outside it. */
    static final double OUTSIDE_MAIN = 3.0;
    /** Log-odds added besides for a block beneath an element marked as outside the article. */
    static final double OUTSIDE_ARTICLE = 2.0;

    private ContainerPrior() {
    }

    /** The model's probability of boilerplate moved by the container's evidence. */
    static double apply(double p, boolean inMain, boolean outsideArticle) {
        double q = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
        double z = Math.log(q / (1 - q)) + (inMain ? IN_MAIN : OUTSIDE_MAIN) + (outsideArticle ? OUTSIDE_ARTICLE : 0);
        return 1 / (1 + Math.exp(-z));
    }
}
