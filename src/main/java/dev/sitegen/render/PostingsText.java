package dev.sitegen.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One term's postings as a term shard holds them, {@code "term":[id,weight,...]} (ids ascending), written from
 * its uses and read back: serve's {@link LiveSearchIndex} re-posts a term from its previous postings.
 * {@link SearchIndexWriter#collectPostings} writes the same text for a whole build, sized before written.
 */
final class PostingsText {

    private PostingsText() {
    }

    /** A term's uses back from its written postings: {@code [id, weight]} pairs in id order. */
    static List<int[]> readPostings(String term, byte[] written) {
        int at = writeHead(term).length;
        List<int[]> uses = new ArrayList<>();
        int[] pair = new int[2];
        int half = 0;
        int n = 0;
        for (; at < written.length; at++) {
            byte b = written[at];
            if (b >= '0' && b <= '9') {
                n = n * 10 + (b - '0');
                continue;
            }
            pair[half] = n;
            n = 0;
            if (half == 1) {
                uses.add(pair);
                pair = new int[2];
            }
            half ^= 1;
        }
        return uses;
    }

    /** A term's postings as {@link SearchIndexWriter#collectPostings} writes them. */
    static byte[] writePostings(String term, List<int[]> uses) {
        StringBuilder out = new StringBuilder(SearchIndexWriter.quote(term)).append(":[");
        for (int i = 0; i < uses.size(); i++) {
            out.append(i > 0 ? "," : "").append(uses.get(i)[0]).append(',').append(uses.get(i)[1]);
        }
        return out.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] writeHead(String term) {
        return (SearchIndexWriter.quote(term) + ":[").getBytes(StandardCharsets.UTF_8);
    }
}
