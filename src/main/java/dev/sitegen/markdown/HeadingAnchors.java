package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives every heading of a page its id: {@code {#custom-id}} when written (and taken out of the
 * text), else the GitHub slug; ids are unique on the page. In a migration guide an
 * {@code Upgrading to X.Y.Z} heading also gets anchors {@code upgrading-to-X.Y.Z} and
 * {@code X.Y.Z}, the names links into guides use. Every heading ends with its permalink.
 */
final class HeadingAnchors {

    private static final String UPGRADING_TO = "upgrading to";

    private HeadingAnchors() {
    }

    static List<HeadingInfo> assignIds(List<Heading> headings, boolean migrationGuide) {
        HeadingSlugs slugs = new HeadingSlugs();
        List<HeadingInfo> infos = new ArrayList<>(headings.size());
        for (Heading h : headings) {
            Optional<String> custom = removeCustomId(h);
            String text = collectText(h);
            String id = custom.map(slugs::reserveId).orElseGet(() -> slugs.createId(text));
            h.setAnchorRefId(id);
            // a guide's upgrade section is linked by its version anchor, so its permalink gives that one
            String linked = migrationGuide ? addVersionAnchors(h, text, slugs).orElse(id) : id;
            h.appendChild(new PermalinkNode(linked));
            infos.add(new HeadingInfo(h.getLevel(), text, id));
        }
        return infos;
    }

    /** The plain text of a heading, markup and custom id gone. */
    static String collectText(Heading h) {
        return new TextCollectingVisitor().collectAndGetText(h).strip();
    }

    /** Takes a trailing {@code {#id}} out of the heading's last text node and returns the id. */
    static Optional<String> removeCustomId(Heading h) {
        if (!(h.getLastChild() instanceof Text text)) {
            return Optional.empty();
        }
        BasedSequence chars = text.getChars().trimEnd();
        int open = chars.lastIndexOf("{#");
        if (open < 0 || !chars.endsWith("}")) {
            return Optional.empty();
        }
        String id = chars.subSequence(open + 2, chars.length() - 1).toString();
        if (id.isEmpty() || !id.chars().noneMatch(c -> Character.isWhitespace(c) || c == '{' || c == '}')) {
            return Optional.empty();
        }
        BasedSequence rest = chars.subSequence(0, open).trimEnd();
        if (rest.isEmpty()) {
            text.unlink();
        } else {
            text.setChars(rest);
        }
        return Optional.of(id);
    }

    /** Adds the version anchors of an upgrade heading and returns the first ({@code upgrading-to-X.Y.Z}). */
    private static Optional<String> addVersionAnchors(Heading h, String text, HeadingSlugs slugs) {
        return findUpgradeVersion(text).map(version -> {
            String upgrading = slugs.reserveId("upgrading-to-" + version);
            Node second = new AnchorNode(slugs.reserveId(version));
            h.prependChild(second);
            h.prependChild(new AnchorNode(upgrading));
            return upgrading;
        });
    }

    /** {@code 3.0.0} from {@code Upgrading to 3.0.0} (or {@code to v3.0.0}); empty otherwise. */
    static Optional<String> findUpgradeVersion(String text) {
        if (!text.regionMatches(true, 0, UPGRADING_TO, 0, UPGRADING_TO.length())) {
            return Optional.empty();
        }
        int i = FenceTracker.skipSpaces(text, UPGRADING_TO.length());
        if (i == UPGRADING_TO.length()) {
            return Optional.empty();
        }
        if (i < text.length() && (text.charAt(i) == 'v' || text.charAt(i) == 'V')) {
            i++;
        }
        int start = i;
        while (i < text.length() && isVersionChar(text.charAt(i))) {
            i++;
        }
        while (i > start && text.charAt(i - 1) == '.') {
            i--;
        }
        if (i == start || !Character.isDigit(text.charAt(start))) {
            return Optional.empty();
        }
        return Optional.of(text.substring(start, i));
    }

    private static boolean isVersionChar(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-' || c == '+';
    }
}
