package dev.sitegen.edit;

import dev.sitegen.model.SemVers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.semver4j.Semver;

/**
 * Adds to {@code releases:} in metadata.yaml: a {@code rolloutConfiguration} for a release candidate,
 * or a {@code breakingChanges} entry. Missing {@code releases:} / {@code breakingChanges:} keys are
 * created where the file's order suggests, in its own indentation; a new breaking change goes after
 * the others when they are written oldest first, else before them. Only block style is edited: an
 * inline {@code releases: {...}} is refused, with what to add by hand.
 */
final class ReleasesEdit {

    private final TextLines lines;
    private final String file;
    private final YamlOutline outline;

    private ReleasesEdit(TextLines lines, String file) {
        this.lines = lines;
        this.file = file;
        this.outline = new YamlOutline(lines);
    }

    static void addRollout(TextLines lines, String file, List<String> problems) {
        new ReleasesEdit(lines, file).insertRollout(problems);
    }

    static void addBreakingChange(TextLines lines, String file, BreakingEntry entry, List<String> problems) {
        new ReleasesEdit(lines, file).insertBreakingChange(entry, problems);
    }

    private void insertRollout(List<String> problems) {
        Optional<Context> ctx = findContext("rolloutConfiguration", problems);
        if (ctx.isEmpty()) {
            return;
        }
        YamlStyle style = ctx.get().style();
        Optional<YamlOutline.Key> rollout = ctx.get().releases().flatMap(r -> outline.findChild(r, "rolloutConfiguration"));
        if (rollout.isEmpty()) {
            insertUnderReleases(ctx.get(), true, indent -> List.of(style.makeIndent(indent) + "rolloutConfiguration:",
                    style.makeIndent(indent + style.unit()) + "enableProgressiveRollout: true"));
        } else if (YamlOutline.isEmptyValue(outline.findInlineValue(rollout.get()))) {
            outline.clearEmptyValue(rollout.get());
            insert(rollout.get().line() + 1, List.of(style.makeIndent(rollout.get().indent() + style.unit())
                    + "enableProgressiveRollout: true"));
        }
    }

    private void insertBreakingChange(BreakingEntry entry, List<String> problems) {
        Optional<Context> ctx = findContext("breakingChanges", problems);
        if (ctx.isEmpty()) {
            return;
        }
        YamlStyle style = ctx.get().style();
        Optional<YamlOutline.Key> changes = ctx.get().releases().flatMap(r -> outline.findChild(r, "breakingChanges"));
        if (changes.isPresent()) {
            insertEntry(changes.get(), entry, style, problems);
            return;
        }
        insertUnderReleases(ctx.get(), false, indent -> {
            List<String> block = new ArrayList<>(List.of(style.makeIndent(indent) + "breakingChanges:"));
            block.addAll(entry.renderLines(indent + style.unit(), "", style));
            return block;
        });
    }

    /**
     * Adds a child block to {@code releases:}, first or last among its children, creating
     * {@code releases:} when the file has none; {@code child} renders the block at an indentation.
     */
    private void insertUnderReleases(Context ctx, boolean first, IntFunction<List<String>> child) {
        int u = ctx.style().unit();
        if (ctx.releases().isEmpty()) {
            int indent = outline.findChildIndent(ctx.data(), u);
            List<String> block = new ArrayList<>(List.of(ctx.style().makeIndent(indent) + "releases:"));
            block.addAll(child.apply(indent + u));
            insert(placeReleases(ctx.data()), block);
            return;
        }
        YamlOutline.Key releases = ctx.releases().get();
        int at = first ? releases.line() + 1 : outline.findEnd(releases);
        insert(at, child.apply(outline.findChildIndent(releases, u)));
    }

    private void insertEntry(YamlOutline.Key changes, BreakingEntry entry, YamlStyle style, List<String> problems) {
        String inline = outline.findInlineValue(changes);
        if (!YamlOutline.isEmptyValue(inline)) {
            problems.add(file + ":" + (changes.line() + 1) + ": releases.breakingChanges is written inline ('" + inline
                    + "'); write it in block style or add the " + entry.version() + " entry by hand");
            return;
        }
        if (!inline.isEmpty()) {
            outline.clearEmptyValue(changes);
        }
        List<YamlOutline.Key> existing = outline.listChildren(changes);
        if (existing.isEmpty()) {
            insert(changes.line() + 1, entry.renderLines(changes.indent() + style.unit(), "", style));
            return;
        }
        YamlOutline.Key first = existing.get(0);
        YamlOutline.Key last = existing.get(existing.size() - 1);
        String quote = readKeyQuote(first);
        List<String> block = entry.renderLines(first.indent(), quote, style);
        insert(isNewestFirst(first, last) ? outline.findLeadingCommentStart(first) : outline.findEnd(last), block);
    }

    private record Context(YamlOutline.Key data, Optional<YamlOutline.Key> releases, YamlStyle style) {
    }

    /** The {@code data:} key, its {@code releases:} child (made ready for children) and the file's style. */
    private Optional<Context> findContext(String adding, List<String> problems) {
        Optional<YamlOutline.Key> data = outline.findTopKey("data");
        Optional<YamlStyle> style = data.flatMap(d -> YamlStyle.detectStyle(lines, d, outline));
        if (style.isEmpty()) {
            problems.add(file + ": 'data:' is not a block mapping; add releases." + adding + " by hand");
            return Optional.empty();
        }
        Optional<YamlOutline.Key> releases = outline.findChild(data.get(), "releases");
        if (releases.isPresent()) {
            String inline = outline.findInlineValue(releases.get());
            if (!YamlOutline.isEmptyValue(inline)) {
                problems.add(file + ":" + (releases.get().line() + 1) + ": 'releases:' is written inline ('" + inline
                        + "'); write it in block style or add releases." + adding + " by hand");
                return Optional.empty();
            }
            if (!inline.isEmpty()) {
                outline.clearEmptyValue(releases.get());
            }
        }
        return Optional.of(new Context(data.get(), releases, style.get()));
    }

    /**
     * Where a new {@code releases:} goes: at its sorted place when {@code data:}'s keys are sorted, else
     * after {@code releaseStage:}, else at the end of {@code data:}.
     */
    private int placeReleases(YamlOutline.Key data) {
        List<YamlOutline.Key> children = outline.listChildren(data);
        boolean sorted = true;
        for (int i = 1; i < children.size(); i++) {
            sorted &= children.get(i - 1).name().compareTo(children.get(i).name()) <= 0;
        }
        if (sorted) {
            return children.stream().filter(k -> k.name().compareTo("releases") > 0).findFirst()
                    .map(outline::findLeadingCommentStart).orElseGet(() -> outline.findEnd(data));
        }
        return children.stream().filter(k -> k.name().equals("releaseStage")).findFirst()
                .map(outline::findEnd).orElseGet(() -> outline.findEnd(data));
    }

    private boolean isNewestFirst(YamlOutline.Key first, YamlOutline.Key last) {
        Optional<Semver> a = SemVers.parseVersion(first.name());
        Optional<Semver> b = SemVers.parseVersion(last.name());
        return a.isPresent() && b.isPresent() && a.get().compareTo(b.get()) > 0;
    }

    private String readKeyQuote(YamlOutline.Key key) {
        char c = lines.content(key.line()).charAt(key.indent());
        return c == '"' || c == '\'' ? String.valueOf(c) : "";
    }

    private void insert(int index, List<String> block) {
        lines.insertLines(index, block);
    }
}
