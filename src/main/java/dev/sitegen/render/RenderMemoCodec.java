package dev.sitegen.render;

import dev.sitegen.codec.CodecIn;
import dev.sitegen.codec.CodecOut;
import dev.sitegen.markdown.DocLink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link RenderMemo} in the caches' binary format ({@link CodecOut}; publish frames it with a header and the
 * checksum): strings are written once and then referred to by number (a page's path is in its unit, its link
 * records and its search entries), and every count read is checked against the bytes left, so damage is an
 * {@link IOException} (or an {@link IllegalArgumentException} from a value's own checks), never an allocation.
 * Reading gives back an equal memo.
 */
public final class RenderMemoCodec {

    private RenderMemoCodec() {
    }

    /** Writes {@code memo} to {@code out}. */
    public static void writeMemo(CodecOut out, RenderMemo memo) throws IOException {
        out.writeInt(memo.units().size());
        for (Map.Entry<String, RenderMemo.Unit> e : memo.units().entrySet()) {
            out.writeString(e.getKey());
            writeUnit(out, e.getValue());
        }
    }

    /** Reads a memo {@link #writeMemo} wrote (the caller checks that nothing follows). */
    public static RenderMemo readMemo(CodecIn in) throws IOException {
        TreeMap<String, RenderMemo.Unit> units = new TreeMap<>();
        for (int n = in.readCount(); n > 0; n--) {
            units.put(in.readString(), readUnit(in));
        }
        return new RenderMemo(units);
    }

    private static void writeUnit(CodecOut out, RenderMemo.Unit unit) throws IOException {
        out.writeString(unit.key());
        out.writeInt(unit.files().size());
        for (Map.Entry<String, String> f : unit.files().entrySet()) {
            out.writeString(f.getKey());
            out.writeString(f.getValue());
        }
        out.writeInt(unit.pages().size());
        for (RenderMemo.PageLinks page : unit.pages()) {
            out.writeString(page.page());
            out.writeString(page.template());
            out.writeInt(page.docs().size());
            for (DocLinks doc : page.docs()) {
                out.writeString(doc.docFile());
                out.writeInt(doc.links().size());
                for (DocLink l : doc.links()) {
                    out.writeString(l.written());
                    out.writeString(l.rewritten());
                    out.writeByte((l.image() ? 1 : 0) | (l.rawHtml() ? 2 : 0) | (l.climbsAboveRoot() ? 4 : 0));
                    out.writeInt(l.line());
                    out.writeInt(l.column());
                }
            }
        }
        out.writeInt(unit.search().size());
        for (SearchSection s : unit.search()) {
            out.writeString(s.page());
            out.writeString(s.anchor());
            out.writeString(s.title());
            out.writeString(s.heading());
            out.writeString(s.text());
            out.writeString(s.type());
            out.writeString(s.support());
            // every term use of the site passes here: no lists or boxes of them on the way
            SearchWeights weights = s.weights();
            int terms = weights.countTerms();
            out.writeInt(terms);
            for (int i = 0; i < terms; i++) {
                out.writeString(weights.termAt(i));
                out.writeByte(weights.weightAt(i));
            }
        }
    }

    private static RenderMemo.Unit readUnit(CodecIn in) throws IOException {
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
                    int flags = in.readUnsignedByte();
                    links.add(new DocLink(written, rewritten, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0,
                            in.readInt(), in.readInt()));
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
                weights[i] = in.readByte();
            }
            search.add(new SearchSection(f[0], f[1], f[2], f[3], f[4], f[5], f[6], SearchWeights.ofSorted(words, weights)));
        }
        return new RenderMemo.Unit(key, files, pages, search);
    }
}
