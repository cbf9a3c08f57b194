package dev.sitegen.load;

import dev.sitegen.model.DocPage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The docs of a root by URL path, for resolving each connector's page and migration guide. */
final class DocIndex {

    private final Map<String, DocPage> byUrlPath = new TreeMap<>();

    DocIndex(List<DocPage> docs) {
        for (DocPage doc : docs) {
            byUrlPath.putIfAbsent(doc.urlPath(), doc);
        }
    }

    Optional<DocPage> findDoc(String urlPath) {
        return Optional.ofNullable(byUrlPath.get(urlPath));
    }
}
