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

    /** A term's postings as {@link SearchIndexWriter#collectPostings} writes them (the one writer, {@link Posting}). */
    static byte[] writePostings(String term, List<int[]> uses) {
        Posting posting = new Posting(term);
        for (int[] use : uses) {
            posting.count(use[0], use[1]);
        }
        posting.allocate();
        for (int[] use : uses) {
            posting.append(use[0], use[1]);
        }
        return posting.finish();
    }

    private static byte[] writeHead(String term) {
        return (SearchIndexWriter.quote(term) + ":[").getBytes(StandardCharsets.UTF_8);
    }

    /** One term's postings, counted, then written into an array of exactly their size. */
    static final class Posting {
        private final String term;
        private int size;
        private byte[] bytes;
        private int at;
        private int start;

        Posting(String term) {
            this.term = term;
        }

        void count(int id, int weight) {
            size += (size > 0 ? 1 : 0) + digits(id) + 1 + digits(weight);
        }

        void allocate() {
            byte[] head = writeHead(term);
            bytes = new byte[head.length + size + 1];
            System.arraycopy(head, 0, bytes, 0, head.length);
            at = head.length;
            start = at;
        }

        void append(int id, int weight) {
            if (at > start) {
                bytes[at++] = ',';
            }
            writeNumber(id);
            bytes[at++] = ',';
            writeNumber(weight);
        }

        byte[] finish() {
            bytes[at++] = ']';
            if (at != bytes.length) {
                throw new IllegalStateException("postings of " + term + " sized " + bytes.length + ", wrote " + at);
            }
            return bytes;
        }

        private void writeNumber(int n) {
            int end = at + digits(n);
            for (int i = end - 1; i >= at; i--) {
                bytes[i] = (byte) ('0' + n % 10);
                n /= 10;
            }
            at = end;
        }

        private static int digits(int n) {
            int d = 1;
            while (n >= 10) {
                n /= 10;
                d++;
            }
            return d;
        }
    }
}
