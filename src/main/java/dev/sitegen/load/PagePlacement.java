package dev.sitegen.load;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SitePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where each connector's page is published. A connector asks for a path: its doc's (found at its
 * documentationUrl path, else by its name), else its documentationUrl path under {@code integrations/},
 * else its fallback, {@code integrations/<type>s/<name>}. A documentationUrl path that is not a plain
 * path ({@link DocumentationUrls#findPathProblem}) asks for nothing, so that connector is at its
 * fallback; here it gets its diagnostic. A connector whose page takes another's page (without sharing
 * its doc, or differing only in case, as a case-insensitive file system or host sees it) or another's
 * migration guide path ({@code <page>-migrations}) is moved to its fallback: of the two, the one whose
 * folder name sorts later, unless it is already at its fallback, then the other. Each is a
 * {@code documentation-url} error at the field, naming the segment or the other connector.
 */
final class PagePlacement {

    static final String RULE = "documentation-url";

    private PagePlacement() {
    }

    record Result(List<Connector> connectors, List<Diagnostic> diagnostics) {
    }

    private record Move(int index, String reason) {
    }

    /**
     * @param connectors each resolved where its documentationUrl asks, in any order
     * @param fallback   the connector resolved at its fallback path, as for a documentationUrl without a path
     * @return the connectors sorted by folder name, moved where they collided, and why each is not where
     *         its documentationUrl asks
     */
    static Result placePages(List<Connector> connectors, Function<Connector, Connector> fallback) {
        List<Connector> placed = new ArrayList<>(connectors);
        placed.sort(Comparator.comparing(Connector::dir));
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Connector c : placed) {
            DocumentationUrls.findPathProblem(c.metadata().documentationUrl())
                    .ifPresent(problem -> diagnostics.add(diagnose(c, "path: " + problem, c.pagePath())));
        }
        // one move at a time: a moved connector may free the page another was refused for
        for (Optional<Move> move = findMove(placed); move.isPresent(); move = findMove(placed)) {
            Connector from = placed.get(move.get().index());
            Connector to = fallback.apply(from);
            placed.set(move.get().index(), to);
            diagnostics.add(diagnose(from, move.get().reason(), to.pagePath()));
        }
        return new Result(List.copyOf(placed), List.copyOf(diagnostics));
    }

    /** The first collision, in folder order, that one of its two connectors can leave. */
    private static Optional<Move> findMove(List<Connector> placed) {
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int i = 0; i < placed.size(); i++) {
            firstByKey.putIfAbsent(keyOf(placed.get(i).pagePath()), i);
        }
        for (int i = 0; i < placed.size(); i++) {
            Connector c = placed.get(i);
            int first = firstByKey.get(keyOf(c.pagePath()));
            if (first != i && !sharesDoc(placed.get(first), c)) {
                Optional<Move> move = chooseMove(placed, first, i, false);
                if (move.isPresent()) {
                    return move;
                }
            }
            Integer guide = firstByKey.get(keyOf(SitePaths.migrationGuidePathOf(c.pagePath())));
            if (guide != null) {
                Optional<Move> move = chooseMove(placed, i, guide, true);
                if (move.isPresent()) {
                    return move;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Which of {@code page} and {@code other} moves; with {@code onGuide}, {@code other} is on the
     * migration guide path of {@code page}'s page, else both are on one page.
     */
    private static Optional<Move> chooseMove(List<Connector> placed, int page, int other, boolean onGuide) {
        Connector a = placed.get(page);
        Connector b = placed.get(other);
        boolean aLater = a.dir().compareTo(b.dir()) > 0;
        for (Connector mover : aLater ? List.of(a, b) : List.of(b, a)) {
            if (!isAtFallback(mover)) {
                Connector stays = mover == a ? b : a;
                String reason = describe(mover, stays, onGuide && mover == a, onGuide && mover == b);
                return Optional.of(new Move(mover == a ? page : other, reason));
            }
        }
        return Optional.empty();
    }

    private static String describe(Connector mover, Connector stays, boolean guideTaken, boolean onGuide) {
        String at = "path /" + mover.pagePath() + "/ ";
        String theirs = stays.dir() + "'s page /" + stays.pagePath() + "/";
        if (onGuide) {
            return at + "is the migration guide path of " + theirs;
        }
        if (guideTaken) {
            return at + "has its migration guide at /" + SitePaths.migrationGuidePathOf(mover.pagePath()) + "/, which is " + theirs;
        }
        return mover.pagePath().equals(stays.pagePath())
                ? at + "is already " + theirs + " (no doc there to share)"
                : at + "differs only in case from " + theirs;
    }

    /** The path a connector asks for, without parsing its doc. */
    static String choosePagePath(String name, Metadata m, DocIndex index) {
        String byName = pathByName(name, m);
        Optional<String> urlPath = DocumentationUrls.findPath(m.documentationUrl());
        return choosePagePath(urlPath.flatMap(index::findDoc).or(() -> index.findDoc(byName)), urlPath, byName);
    }

    /** Its doc's path, else its documentationUrl path under integrations/, else its path by name. */
    static String choosePagePath(Optional<DocPage> doc, Optional<String> urlPath, String byName) {
        return doc.map(DocPage::urlPath).or(() -> urlPath.filter(p -> p.startsWith("integrations/"))).orElse(byName);
    }

    /** A connector's fallback page path, {@code integrations/<type>s/<name>}: its doc by name is there too. */
    static String pathByName(String dir, Metadata m) {
        return "integrations/" + m.connectorType().plural() + "/" + shortName(dir, m);
    }

    private static String shortName(String dir, Metadata m) {
        String prefix = m.connectorType().yamlName() + "-";
        return dir.startsWith(prefix) ? dir.substring(prefix.length()) : dir;
    }

    private static Diagnostic diagnose(Connector c, String reason, String fallbackPath) {
        String url = c.metadata().documentationUrl();
        String host = DocumentationUrls.findHost(url).orElse("<site-host>");
        return new Diagnostic(RULE, Severity.ERROR, c.dir(), c.metadata().positions().posOf("documentationUrl"),
                "documentationUrl " + reason + "; " + c.dir() + " is published at /" + fallbackPath + "/ instead",
                "point documentationUrl at the connector's own page, such as https://" + host + "/" + fallbackPath
                        + ", in " + c.metadataFile());
    }

    private static boolean isAtFallback(Connector c) {
        return c.pagePath().equals(pathByName(c.dir(), c.metadata()));
    }

    private static boolean sharesDoc(Connector a, Connector b) {
        return a.pagePath().equals(b.pagePath()) && a.doc().isPresent() && b.doc().isPresent();
    }

    private static String keyOf(String pagePath) {
        return pagePath.toLowerCase(Locale.ROOT);
    }
}
