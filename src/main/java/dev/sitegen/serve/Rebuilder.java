package dev.sitegen.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.build.Build;
import dev.sitegen.build.LiveBuild;
import dev.sitegen.build.OutputRequest;
import dev.sitegen.build.RenderOptions;
import dev.sitegen.check.ReportFormat;
import dev.sitegen.check.SourceLines;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.ConfigException;
import dev.sitegen.load.Site;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.UrlPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs the rebuilds one at a time on the watcher's thread: an incremental rebuild when the change
 * allows it, else a full one. A failed rebuild (bad site.yaml, a template exception, an unreadable
 * file) keeps the last good site and is reported until a later rebuild of the same file succeeds.
 * After each rebuild the terminal gets a report and the findings feed is replaced, then open pages get
 * an event; after a part rebuild (an edit, which someone is watching for) the report comes last.
 */
final class Rebuilder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WHOLE_SITE = "(whole site)";

    /** The {@code rebuild} event's data: which pages changed ({@code integrations/sources/x/}), or all. */
    record RebuildEvent(long generation, boolean full, List<String> pages, List<String> connectors, int errors) {
    }

    private final SiteLoader loader;
    private final PreviewSettings settings;
    private final Workers workers;
    private final ServedFiles files;
    private final EventHub events;
    private final DiagnosticsFeed feed;
    private final PrintWriter out;
    private final URI diagnosticsUri;
    private final SortedMap<String, String> errors = new TreeMap<>();
    private volatile LiveBuild state;
    private long generation;

    Rebuilder(SiteLoader loader, PreviewSettings settings, Workers workers, ServedFiles files, EventHub events,
              DiagnosticsFeed feed, PrintWriter out, URI diagnosticsUri) {
        this.loader = loader;
        this.settings = settings;
        this.workers = workers;
        this.files = files;
        this.events = events;
        this.feed = feed;
        this.out = out;
        this.diagnosticsUri = diagnosticsUri;
    }

    /** The first build; unlike rebuilds, its failure stops the preview from starting. */
    void buildFirst(Site site) throws ConfigException, IOException {
        long start = System.nanoTime();
        state = buildAll(site);
        generation = 1;
        feed.updateFeed(generation, state.site().catalog(), state.diagnostics(), errors);
        terminal().printFirst("built " + state.pages() + " pages (" + countConnectors() + " connectors) in "
                + millisSince(start) + " ms", countConnectors(), state.diagnostics());
    }

    /** The whole site through the one pipeline, published into the served folder whatever its findings. */
    private LiveBuild buildAll(Site site) throws ConfigException, IOException {
        RenderOptions render = new RenderOptions(Optional.of(settings.basePath()), settings.asOf(), false);
        OutputRequest request = new OutputRequest(files.siteDir(), Optional.empty(), true, Severity.OFF,
                ReportFormat.TEXT, SourceLines.none(), notice -> { });
        return LiveBuild.publishSite(Build.of(site, workers), render, request);
    }

    private int countConnectors() {
        return state.site().catalog().connectors().size();
    }

    /** Rebuilds what a batch of changes needs; never throws, a failure keeps the last good site. */
    void rebuild(SourceWatcher.ChangeBatch batch) {
        long start = System.nanoTime();
        Set<String> sources = Set.of(WHOLE_SITE);
        try {
            ChangePlan plan = batch.overflow() ? ChangePlan.full("file events were lost")
                    : ChangeClassifier.classifyChanges(state.site(), batch.paths());
            if (plan.isEmpty()) {
                return;
            }
            sources = plan.isFull() ? sources : listSources(plan);
            Optional<IncrementalBuild.Result> part = plan.isFull() ? Optional.empty()
                    : IncrementalBuild.rebuildPart(state, plan, workers, files);
            if (part.isPresent()) {
                finishPart(part.get(), sources, start);
            } else {
                finishFull(plan.fullReason().orElse("a page moved or a site-wide fact changed"), start);
            }
        } catch (ConfigException e) {
            recordFailure(sources, e.getMessage(), Optional.of(e.hint()));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            recordFailure(sources, describe(e), Optional.empty());
        }
    }

    /** The files a plan reloads, relative to the root: its docs and its connectors' metadata. */
    private Set<String> listSources(ChangePlan plan) {
        var layout = state.site().layout();
        Set<String> out = new TreeSet<>();
        plan.docs().forEach(d -> out.add(layout.relativize(d)));
        plan.connectors().forEach(c -> out.add(layout.relativize(layout.connectorsDir().resolve(c).resolve(
                "metadata.yaml"))));
        return out;
    }

    private void finishPart(IncrementalBuild.Result result, Set<String> sources, long start) {
        LiveBuild before = state;
        state = result.build();
        errors.keySet().removeAll(sources);
        List<String> pages = toPagePaths(result.changedFiles());
        Set<String> connectors = new TreeSet<>(result.connectors());
        connectors.addAll(findChangedFindings(before.diagnostics(), state.diagnostics()));
        RebuildEvent event = new RebuildEvent(++generation, false, pages, List.copyOf(connectors), errors.size());
        feed.updateFindings(event.generation(), state.diagnostics(), errors);
        sendEvent(event);
        // the open pages reload first: the terminal report quotes source lines, which takes a while
        int rendered = result.renderedFiles().size();
        terminal().printRebuild("rebuilt " + pages.size() + " page(s) in " + millisSince(start) + " ms after "
                + String.join(", ", sources) + " (" + rendered + (rendered == 1 ? " file" : " files") + " rendered)"
                + (pages.isEmpty() ? "" : ": " + pages.stream()
                        .map(p -> p.isEmpty() ? "index.html" : p).collect(Collectors.joining(" "))),
                countConnectors(), before.diagnostics(), state.diagnostics());
    }

    private void finishFull(String reason, long start) throws ConfigException, IOException {
        LiveBuild before = state;
        state = buildAll(loader.loadSite());
        errors.clear();
        Set<String> changed = findChangedFindings(before.diagnostics(), state.diagnostics());
        terminal().printRebuild("rebuilt the whole site in " + millisSince(start) + " ms (" + reason + ")",
                countConnectors(), before.diagnostics(), state.diagnostics());
        publish(new RebuildEvent(++generation, true, List.of(), List.copyOf(changed), 0));
    }

    private void recordFailure(Set<String> sources, String message, Optional<String> hint) {
        for (String source : sources) {
            errors.put(source, message);
        }
        terminal().printFailure(String.join(", ", sources), message, hint);
        publish(new RebuildEvent(++generation, false, List.of(), List.of(), errors.size()));
    }

    private void publish(RebuildEvent event) {
        feed.updateFeed(event.generation(), state.site().catalog(), state.diagnostics(), errors);
        sendEvent(event);
    }

    private void sendEvent(RebuildEvent event) {
        try {
            events.publishEvent("rebuild", JSON.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TerminalReport terminal() {
        return new TerminalReport(out, state.site().layout(), diagnosticsUri, settings.verbose());
    }

    /** Page paths as live.js names them: {@code a/b/index.html} is {@code a/b/}, the catalog is empty. */
    static List<String> toPagePaths(Collection<String> files) {
        return files.stream().filter(ContentTypes::isHtml)
                .map(UrlPaths::stripIndexFile)
                .sorted().toList();
    }

    /** Connectors whose findings differ between two check runs. */
    private static Set<String> findChangedFindings(List<Diagnostic> before, List<Diagnostic> after) {
        Map<String, List<Diagnostic>> was = before.stream().collect(Collectors.groupingBy(Diagnostic::connector));
        Map<String, List<Diagnostic>> now = after.stream().collect(Collectors.groupingBy(Diagnostic::connector));
        Set<String> out = new TreeSet<>(was.keySet());
        out.addAll(now.keySet());
        out.removeIf(c -> Objects.equals(was.get(c), now.get(c)));
        return out;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e));
        for (Throwable t = e.getCause(); t != null && t != e; t = t.getCause()) {
            text.append("\n  caused by: ").append(t);
        }
        return text.toString();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
