package dev.sitegen.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Results of earlier probes, so a build re-probes a URL only when its result has expired:
 * {@code {"version":1,"entries":{"<url>":{"status":"OK|DEAD","detail":"...","checkedAt":"<instant>"}}}}.
 * Only settled results (alive or dead) are kept; an unreadable file counts as empty.
 */
final class LinkCache {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One cached result. */
    private record Entry(ProbeResult result, Instant checkedAt) {
    }

    private final Map<String, Entry> entries = new TreeMap<>();

    static LinkCache readCache(Path file) {
        LinkCache cache = new LinkCache();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return cache;
        }
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("entries").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                cache.readEntry(e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            return new LinkCache();
        }
        return cache;
    }

    private void readEntry(String url, JsonNode node) {
        try {
            ProbeResult.Status status = ProbeResult.Status.valueOf(node.path("status").asText());
            Instant at = Instant.parse(node.path("checkedAt").asText());
            if (status != ProbeResult.Status.UNKNOWN) {
                entries.put(url, new Entry(new ProbeResult(status, node.path("detail").asText("")), at));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // a damaged entry is re-probed
        }
    }

    /** The cached result for {@code url}, when it is younger than {@code maxAge}. */
    Optional<ProbeResult> findFresh(String url, Instant now, Duration maxAge) {
        Entry e = entries.get(url);
        return e != null && isFresh(e, now, maxAge) ? Optional.of(e.result()) : Optional.empty();
    }

    /** Remembers a settled result; unknown ones are not kept. */
    void putResult(String url, ProbeResult result, Instant at) {
        if (result.status() != ProbeResult.Status.UNKNOWN) {
            entries.put(url, new Entry(result, at));
        }
    }

    /** Writes the fresh entries through {@code writer}. */
    void writeCache(Path file, Instant now, Duration maxAge, CacheWriter writer) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", 1);
        ObjectNode out = root.putObject("entries");
        entries.forEach((url, e) -> {
            if (isFresh(e, now, maxAge)) {
                ObjectNode n = out.putObject(url);
                n.put("status", e.result().status().name());
                n.put("detail", e.result().detail());
                n.put("checkedAt", e.checkedAt().toString());
            }
        });
        writer.replaceFile(file, MAPPER.writeValueAsBytes(root));
    }

    private static boolean isFresh(Entry e, Instant now, Duration maxAge) {
        return !e.checkedAt().plus(maxAge).isBefore(now) && !e.checkedAt().isAfter(now.plus(maxAge));
    }
}
