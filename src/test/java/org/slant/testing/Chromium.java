package org.slant.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium for browser tests, driven over the DevTools protocol ({@link Cdp}). Each page
 * session records every console error, uncaught exception, browser log error (CSP violations, failed
 * loads) and every network request, so a test can demand that a page has none.
 */
public final class Chromium implements AutoCloseable {

    /** The variable that names a Chromium binary explicitly. */
    public static final String ENV = "SLANT_CHROMIUM";

    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final Cdp cdp;

    private Chromium(Process process, Path profile, Cdp cdp) {
        this.process = process;
        this.profile = profile;
        this.cdp = cdp;
    }

    /** The Chromium binary: {@code $SLANT_CHROMIUM}, else chromium (or chrome) on the PATH. */
    public static Optional<Path> find() {
        String explicit = System.getenv(ENV);
        if (explicit != null && !explicit.isBlank()) {
            Path p = Path.of(explicit);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv("PATH");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")) {
            for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts headless Chromium with a fresh profile and no network services of its own. */
    /**
     * Launches Chromium for a browser test, or ends the test class: a failure when SLANT_CI is set (CI
     * installs Chromium, so a missing one is a broken build), a skip with the reason otherwise.
     */
    public static Chromium launchForTests(String what) throws IOException {
        Optional<Path> exe = find();
        if (exe.isEmpty()) {
            String ci = System.getenv("SLANT_CI");
            if (ci != null && !ci.isBlank()) {
                org.junit.jupiter.api.Assertions.fail("SLANT_CI is set but Chromium was not found (install the Debian "
                        + "package chromium, or set " + ENV + ")");
            }
            org.junit.jupiter.api.Assumptions.abort("Chromium not found: " + what + " skipped (install the Debian "
                    + "package chromium, or set " + ENV + "; in CI, with SLANT_CI set, this is a failure)");
        }
        return launch(exe.get());
    }

    public static Chromium launch(Path exe) throws IOException {
        Path profile = Files.createTempDirectory("slant-chromium-");
        List<String> cmd = List.of(exe.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank");
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        StringBuilder log = new StringBuilder();
        Thread drain = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        endpoint.complete(m.group(1));
                    } else if (!endpoint.isDone() && log.length() < 8000) {
                        log.append(line).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            endpoint.completeExceptionally(new IOException("Chromium exited without a DevTools endpoint:\n" + log));
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        try {
            String ws = endpoint.get(Cdp.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return new Chromium(p, profile, Cdp.connect(URI.create(ws)));
        } catch (Exception e) {
            stop(p);
            deleteTree(profile);
            throw new IOException("cannot start Chromium (" + exe + "): " + e.getMessage(), e);
        }
    }

    /** Opens a URL in a new tab of the given viewport size and waits until it has loaded. */
    public Page open(URI url, int width, int height) {
        String target = cdp.send(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        String session = cdp.send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asText();
        Page page = new Page(cdp, session, url.toString());
        cdp.listen(page::onEvent);
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            cdp.send(session, domain + ".enable", Map.of());
        }
        cdp.send(session, "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        cdp.send(session, "Page.navigate", Map.of("url", url.toString()));
        page.awaitLoad();
        return page;
    }

    @Override
    public void close() {
        cdp.close();
        stop(process);
        deleteTree(profile);
    }

    private static void stop(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            for (Path q : s.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // Chromium may still be writing its profile; a temp folder left behind is harmless
        }
    }

    /** One tab: what went wrong in it, and ways to query and photograph it. */
    public static final class Page {
        private final Cdp cdp;
        private final String session;
        private final String url;
        private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
        private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
        private final CountDownLatch loaded = new CountDownLatch(1);

        Page(Cdp cdp, String session, String url) {
            this.cdp = cdp;
            this.session = session;
            this.url = url;
        }

        void onEvent(JsonNode e) {
            if (!session.equals(e.path("sessionId").asText())) {
                return;
            }
            JsonNode p = e.path("params");
            switch (e.path("method").asText()) {
                case "Page.loadEventFired" -> loaded.countDown();
                case "Runtime.exceptionThrown" -> problems.add("uncaught exception: "
                        + p.path("exceptionDetails").path("exception").path("description").asText(
                        p.path("exceptionDetails").path("text").asText()));
                case "Runtime.consoleAPICalled" -> {
                    String type = p.path("type").asText();
                    if (type.equals("error") || type.equals("assert")) {
                        problems.add("console." + type + ": " + p.path("args").toString());
                    }
                }
                case "Log.entryAdded" -> {
                    JsonNode entry = p.path("entry");
                    if (entry.path("level").asText().equals("error")) {
                        problems.add("browser log (" + entry.path("source").asText() + "): " + entry.path("text").asText()
                                + " " + entry.path("url").asText());
                    }
                }
                case "Network.requestWillBeSent" -> requests.add(p.path("request").path("url").asText());
                case "Network.loadingFailed" -> problems.add("load failed: " + p.path("errorText").asText());
                default -> {
                }
            }
        }

        void awaitLoad() {
            try {
                if (!loaded.await(Cdp.TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IllegalStateException("page did not load in time: " + url);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            evaluate("document.readyState"); // a round trip, so events sent before it have arrived
        }

        /** Console errors, uncaught exceptions and browser log errors, in the order they came. */
        public List<String> problems() {
            synchronized (problems) {
                return List.copyOf(problems);
            }
        }

        /** Every URL the page requested, the page itself included. */
        public List<String> requests() {
            synchronized (requests) {
                return List.copyOf(requests);
            }
        }

        /** The page's URL. */
        public String url() {
            return url;
        }

        /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
        public JsonNode evaluate(String expression) {
            JsonNode r = cdp.send(session, "Runtime.evaluate", Map.of("expression", expression,
                    "returnByValue", true, "awaitPromise", true));
            if (r.has("exceptionDetails")) {
                throw new IllegalStateException("evaluation failed: " + r.get("exceptionDetails"));
            }
            return r.path("result").path("value");
        }

        /** Applies the print stylesheet, as when the page is printed. */
        public void emulatePrint() {
            cdp.send(session, "Emulation.setEmulatedMedia", Map.of("media", "print"));
        }

        /** The page printed to PDF (A4). */
        public byte[] printToPdf() {
            return Base64.getDecoder().decode(cdp.send(session, "Page.printToPDF", Map.of("paperWidth", 8.27,
                    "paperHeight", 11.69, "printBackground", true)).get("data").asText());
        }

        /** A PNG of the viewport. */
        public byte[] screenshot() {
            return Base64.getDecoder().decode(cdp.send(session, "Page.captureScreenshot",
                    Map.of("format", "png")).get("data").asText());
        }

        /** A PNG of a region of the page (CSS pixels), wherever it is scrolled. */
        public byte[] screenshot(double x, double y, double width, double height) {
            Map<String, Object> clip = new LinkedHashMap<>();
            clip.put("x", x);
            clip.put("y", y);
            clip.put("width", width);
            clip.put("height", height);
            clip.put("scale", 1);
            return Base64.getDecoder().decode(cdp.send(session, "Page.captureScreenshot",
                    Map.of("format", "png", "clip", clip, "captureBeyondViewport", true)).get("data").asText());
        }
    }
}
