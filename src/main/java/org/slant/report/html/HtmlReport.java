package org.slant.report.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import org.slant.compare.Analysis;
import org.slant.extract.attribution.ActorLabels;
import org.slant.lexicon.Lexicons;
import org.slant.model.AnalysisError;
import org.slant.text.English;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.TreeSet;

/**
 * Renders {@code index.html}: the page people open first. Mustache escapes every {@code {{value}}} for
 * HTML and no template uses triple mustaches, so no article, manifest or lexicon text reaches the page
 * unescaped; view-model records (one small class per section) hold only text and pre-formatted numbers.
 * The page is self-contained: the stylesheet and the small script are partials inlined into it, and a
 * Content-Security-Policy allows exactly those two (by their SHA-256 hashes, computed here) and nothing
 * else: no fetch, no image, no font, no other script.
 */
public final class HtmlReport {

    private static final MustacheFactory FACTORY = factory();
    private static volatile Mustache page;
    private static volatile String csp;

    private HtmlReport() {
    }

    private static MustacheFactory factory() {
        return new DefaultMustacheFactory("report");
    }

    /**
     * Compiles the templates and renders an empty page once, on a background thread, so that a command
     * can do this start-up work (class loading, template parsing) while it analyses the articles.
     *
     * @param lexicons the lexicons to list (asked for on the background thread, so loading them overlaps too)
     */
    public static void warmUpInBackground(java.util.function.Supplier<Lexicons> lexicons) {
        Thread t = new Thread(() -> render(WarmUp.analysis(), lexicons.get()), "report-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    record Page(String heading, String summary, String sample, String csp, String version, List<Glance.Claim> glance,
                Overview.View overview, Charts.View charts, Articles.Section articles, SideBySide.View sides,
                Tables.CoverageView coverage, Tables.NamingView naming, Method.View method,
                List<AnalysisError> errors) {
        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    /** @param lexicons the lexicons the analysis used, for the Method section */
    public static String render(Analysis a, Lexicons lexicons) {
        return render(a, lexicons, false);
    }

    /**
     * @param everyArticleListed the data files beside the page list every article, not only the held ones
     *                           (a streamed report), which the page says when it shows a sample
     */
    public static String render(Analysis a, Lexicons lexicons, boolean everyArticleListed) {
        Corpus c = new Corpus(a, new ActorLabels(lexicons));
        Page p = new Page(heading(c), summary(c), sampleNote(c, everyArticleListed), policy(), a.toolVersion(),
                Glance.of(c), Overview.of(c), Charts.of(c), Articles.of(c), SideBySide.of(c), Tables.coverage(c),
                Tables.naming(c, terms(lexicons)),
                Method.of(c, lexicons), a.errors());
        StringWriter w = new StringWriter(64 * 1024);
        template().execute(w, p);
        return w.toString();
    }

    private static String heading(Corpus c) {
        if (c.analysis.corpus().sampled()) {
            // a sample: the corpus it stands for, whose outlets the running totals (outlet profiles) all cover
            long n = c.analysis.corpus().articles();
            int o = c.analysis.comparison() == null ? c.byOutlet.size() : c.analysis.comparison().outlets().size();
            return Fmt.count(n) + " articles from " + o + " outlet" + (o == 1 ? "" : "s");
        }
        int n = c.size();
        int o = c.byOutlet.size();
        return n + " article" + (n == 1 ? "" : "s") + " from " + o + " outlet" + (o == 1 ? "" : "s");
    }

    /** Says that the page shows a sample, with the numbers; empty when it shows every article. */
    private static String sampleNote(Corpus c, boolean everyArticleListed) {
        org.slant.model.Corpus k = c.analysis.corpus();
        if (!k.sampled()) {
            return "";
        }
        String all = Fmt.count(k.articles());
        String held = Fmt.count(k.held());
        String files = everyArticleListed
                ? "articles.csv, findings.csv and analysis.json list all " + all + " articles and every finding"
                : "this report was written from the sample alone, so articles.csv, findings.csv and analysis.json "
                + "list the same " + held + " (slant report lists every article)";
        return "A sample: this page is showing " + held + " of " + all + " articles, the ones whose ids hash lowest "
                + "(a fixed rule, set by --sample; the same input gives the same sample). The overview, the articles, "
                + "side by side and coverage are about those " + held + "; " + files + ", and the outlet profiles "
                + "in outlets.csv cover them all.";
    }

    private static String summary(Corpus c) {
        TreeSet<String> dates = new TreeSet<>();
        c.articles.forEach(r -> {
            if (r.article().meta().date() != null) {
                dates.add(r.article().meta().date());
            }
        });
        List<String> outlets = List.copyOf(c.byOutlet.keySet());
        String names = outlets.size() <= 8 ? English.and(outlets) : English.and(outlets.subList(0, 8)) + " and others";
        return names + (dates.isEmpty() ? "" : dates.size() == 1 ? ", " + dates.first()
                : ", " + dates.first() + " to " + dates.last()) + ".";
    }

    private static Mustache template() {
        Mustache m = page;
        if (m == null) {
            synchronized (HtmlReport.class) {
                if (page == null) {
                    page = FACTORY.compile("index.mustache");
                }
                m = page;
            }
        }
        return m;
    }

    /** The policy: nothing may load; only the page's own stylesheet and script (by hash) may run. */
    static String policy() {
        String p = csp;
        if (p == null) {
            p = "default-src 'none'; style-src " + cspHash(partial("style.mustache")) + "; script-src "
                    + cspHash(partial("script.mustache")) + "; img-src 'none'; font-src 'none'; connect-src 'none'; "
                    + "base-uri 'none'; form-action 'none'";
            csp = p;
        }
        return p;
    }

    /** A partial rendered alone: the exact text the page inlines. */
    static String partial(String name) {
        StringWriter w = new StringWriter();
        FACTORY.compile(name).execute(w, new Object());
        return w.toString();
    }

    /** The Content-Security-Policy source that allows exactly this inline style or script. */
    public static String cspHash(String inline) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The terminology lexicon, for the conventions' descriptions; null when these lexicons do not compile (a
     * page for an analysis made elsewhere then names conventions by their ids, in words).
     */
    private static org.slant.extract.terminology.TerminologyLexicon terms(Lexicons lexicons) {
        try {
            return lexicons.compile(new org.slant.extract.terminology.TerminologyKind());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
