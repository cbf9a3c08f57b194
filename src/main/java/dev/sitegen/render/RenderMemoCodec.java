package dev.sitegen.render;

import dev.sitegen.markdown.DocLink;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link RenderMemo} in the render cache file's compact binary format (publish frames it with a header and a
 * checksum): strings are written once and then referred to by number (a page's path is in its unit, its link
 * records and its search entries), and every count read is checked against the bytes left, so damage is an
 * {@link IOException} (or an {@link IllegalArgumentException} from a value's own checks), never an allocation.
 * Reading gives back an equal memo.
 */
public final class RenderMemoCodec {

    private RenderMemoCodec() {
    }

    /** Writes {@code memo} to {@code data}. */
    public static void writeMemo(DataOutputStream data, RenderMemo memo) throws IOException {
        Out out = new Out(data);
        out.data.writeInt(memo.units().size());
        for (Map.Entry<String, RenderMemo.Unit> e : memo.units().entrySet()) {
            out.writeString(e.getKey());
            writeUnit(out, e.getValue());
        }
    }

    /** Reads a memo from {@code file}'s bytes {@code from} to {@code to}, which it must fill exactly. */
    public static RenderMemo readMemo(byte[] file, int from, int to) throws IOException {
        In in = new In(file, from, to - from);
        TreeMap<String, RenderMemo.Unit> units = new TreeMap<>();
        for (int n = in.readCount(); n > 0; n--) {
            units.put(in.readString(), readUnit(in));
        }
        if (in.left() != 0) {
            throw new IOException("bytes after the last unit");
        }
        return new RenderMemo(units);
    }

    private static void writeUnit(Out out, RenderMemo.Unit unit) throws IOException {
        out.writeString(unit.key());
        out.data.writeInt(unit.files().size());
        for (Map.Entry<String, String> f : unit.files().entrySet()) {
            out.writeString(f.getKey());
            out.writeString(f.getValue());
        }
        out.data.writeInt(unit.pages().size());
        for (RenderMemo.PageLinks page : unit.pages()) {
            out.writeString(page.page());
            out.writeString(page.template());
            out.data.writeInt(page.docs().size());
            for (DocLinks doc : page.docs()) {
                out.writeString(doc.docFile());
                out.data.writeInt(doc.links().size());
                for (DocLink l : doc.links()) {
                    out.writeString(l.written());
                    out.writeString(l.rewritten());
                    out.data.writeByte((l.image() ? 1 : 0) | (l.rawHtml() ? 2 : 0) | (l.climbsAboveRoot() ? 4 : 0));
                    out.data.writeInt(l.line());
                    out.data.writeInt(l.column());
                }
            }
        }
        out.data.writeInt(unit.search().size());
        for (SearchSection s : unit.search()) {
            for (String field : List.of(s.page(), s.anchor(), s.title(), s.heading(), s.text(), s.type(), s.support())) {
                out.writeString(field);
            }
            List<String> terms = new ArrayList<>();
            List<Integer> weights = new ArrayList<>();
            s.weights().forEachTerm((term, weight) -> {
                terms.add(term);
                weights.add(weight);
            });
            out.data.writeInt(terms.size());
            for (int i = 0; i < terms.size(); i++) {
                out.writeString(terms.get(i));
                out.data.writeByte(weights.get(i));
            }
        }
    }

    private static RenderMemo.Unit readUnit(In in) throws IOException {
        String key = in.readString();
        TreeMap<String, String> files = new TreeMap<>();
        for (int n = in.readCount(); n > 0; n--) {
            files.put(in.readString(), in.readString());
        }
        List<RenderMemo.PageLinks> pages = new ArrayList<>();
        for (int n = in.readCount(); n > 0; n--) {
            String page = in.readString();
            String template = in.readString();
            List<DocLinks> docs = new ArrayList<>();
            for (int d = in.readCount(); d > 0; d--) {
                String docFile = in.readString();
                List<DocLink> links = new ArrayList<>();
                for (int l = in.readCount(); l > 0; l--) {
                    String written = in.readString();
                    String rewritten = in.readString();
                    int flags = in.data.readUnsignedByte();
                    links.add(new DocLink(written, rewritten, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0,
                            in.data.readInt(), in.data.readInt()));
                }
                docs.add(new DocLinks(docFile, links));
            }
            pages.add(new RenderMemo.PageLinks(page, template, docs));
        }
        List<SearchSection> search = new ArrayList<>();
        for (int n = in.readCount(); n > 0; n--) {
            String[] f = new String[7];
            for (int i = 0; i < f.length; i++) {
                f[i] = in.readString();
            }
            int terms = in.readCount();
            String[] words = new String[terms];
            byte[] weights = new byte[terms];
            for (int i = 0; i < terms; i++) {
                words[i] = in.readString();
                weights[i] = in.data.readByte();
            }
            search.add(new SearchSection(f[0], f[1], f[2], f[3], f[4], f[5], f[6], SearchWeights.ofSorted(words, weights)));
        }
        return new RenderMemo.Unit(key, files, pages, search);
    }

    /** Strings by number: each written in full once. */
    private static final class Out {

        final DataOutputStream data;
        private final Map<String, Integer> seen = new HashMap<>();

        Out(DataOutputStream data) {
            this.data = data;
        }

        void writeString(String s) throws IOException {
            Integer known = seen.get(s);
            if (known != null) {
                data.writeInt(known);
                return;
            }
            seen.put(s, seen.size());
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            data.writeInt(-1);
            data.writeInt(utf8.length);
            data.write(utf8);
        }
    }

    private static final class In {

        final DataInputStream data;
        private final ByteArrayInputStream bytes;
        private final List<String> seen = new ArrayList<>();

        In(byte[] file, int offset, int length) {
            this.bytes = new ByteArrayInputStream(file, offset, length);
            this.data = new DataInputStream(bytes);
        }

        int left() {
            return bytes.available();
        }

        /** A count of items, each at least one byte: more than the bytes left is damage. */
        int readCount() throws IOException {
            int n = data.readInt();
            if (n < 0 || n > left()) {
                throw new IOException("a count the file cannot hold: " + n);
            }
            return n;
        }

        String readString() throws IOException {
            int ref = data.readInt();
            if (ref >= 0) {
                if (ref >= seen.size()) {
                    throw new IOException("a string not written before: " + ref);
                }
                return seen.get(ref);
            }
            if (ref != -1) {
                throw new IOException("a string of an unknown kind: " + ref);
            }
            int length = readCount();
            byte[] utf8 = new byte[length];
            data.readFully(utf8);
            String s = new String(utf8, StandardCharsets.UTF_8);
            seen.add(s);
            return s;
        }
    }
}
