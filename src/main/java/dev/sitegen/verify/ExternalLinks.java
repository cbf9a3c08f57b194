package dev.sitegen.verify;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code --check-external}: probes every external http(s) link of the site, and the docs-site links
 * that could not be verified from the output, on a bounded pool with a per-host pace and a result
 * cache. Dead links become {@code broken-link} warnings at their source; an unverifiable link that
 * probes alive is no longer reported.
 */
final class ExternalLinks {

    private final ExternalCheck check;
    private final HttpProber prober;

    ExternalLinks(ExternalCheck check) {
        this(check, new JdkHttpProber(check.connectTimeout(), check.readTimeout()));
    }

    ExternalLinks(ExternalCheck check, HttpProber prober) {
        this.check = check;
        this.prober = prober;
    }

    /**
     * The findings with unverifiable links settled by probing, plus a finding per dead external link
     * (blamed like any other: on each doc line, else on the template).
     */
    List<Diagnostic> settleFindings(List<Finding> findings, Map<String, Set<String>> pagesByUrl, SourceBlame blame) {
        Set<String> urls = new TreeSet<>(pagesByUrl.keySet());
        findings.forEach(f -> f.probeUrl().ifPresent(urls::add));
        Map<String, ProbeResult> results = probeAll(urls);
        List<Diagnostic> out = new ArrayList<>();
        for (Finding f : findings) {
            settleFinding(f, results).ifPresent(out::add);
        }
        pagesByUrl.forEach((url, pages) -> {
            ProbeResult r = results.get(url);
            if (r.status() == ProbeResult.Status.DEAD) {
                for (String page : pages) {
                    blame.blameProblem(new PageProblem(page, url, PageProblem.Kind.DEAD_EXTERNAL, url, "", r.detail()))
                            .forEach(b -> out.add(b.diagnostic()));
                }
            }
        });
        return out;
    }

    private static Optional<Diagnostic> settleFinding(Finding f, Map<String, ProbeResult> results) {
        if (f.probeUrl().isEmpty()) {
            return Optional.of(f.diagnostic());
        }
        ProbeResult r = results.get(f.probeUrl().get());
        Diagnostic d = f.diagnostic();
        return switch (r.status()) {
            case OK -> Optional.empty();
            case DEAD -> Optional.of(new Diagnostic(d.rule(), Severity.WARNING, d.connector(), d.pos(),
                    f.link() + " is broken: " + r.detail(),
                    "update the link to where the page moved, or remove it"));
            case UNKNOWN -> Optional.of(d);
        };
    }

    /** Each URL's result: from the cache when fresh, else probed; the cache is updated. */
    Map<String, ProbeResult> probeAll(Collection<String> urls) {
        Instant now = check.clock().instant();
        LinkCache cache = LinkCache.readCache(check.cacheFile());
        Map<String, ProbeResult> results = new TreeMap<>();
        List<String> toProbe = new ArrayList<>();
        for (String url : urls) {
            cache.findFresh(url, now, check.maxAge()).ifPresentOrElse(r -> results.put(url, r), () -> toProbe.add(url));
        }
        List<ProbeResult> probed = probeConcurrently(toProbe);
        for (int i = 0; i < toProbe.size(); i++) {
            results.put(toProbe.get(i), probed.get(i));
            cache.putResult(toProbe.get(i), probed.get(i), now);
        }
        try {
            cache.writeCache(check.cacheFile(), now, check.maxAge(), check.cacheWriter());
        } catch (IOException e) {
            throw new UncheckedIOException("writing the link cache " + check.cacheFile(), e);
        }
        return results;
    }

    private List<ProbeResult> probeConcurrently(List<String> urls) {
        if (urls.isEmpty()) {
            return List.of();
        }
        UrlProbe probe = new UrlProbe(prober, new HostThrottle(check.hostInterval()));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(check.threads(), urls.size()), r -> {
            Thread t = new Thread(r, "site-gen-link-probe");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Callable<ProbeResult>> tasks = urls.stream().<Callable<ProbeResult>>map(u -> () -> probe.probeUrl(u)).toList();
            List<ProbeResult> out = new ArrayList<>(urls.size());
            for (Future<ProbeResult> f : pool.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while probing links", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("probing links failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
