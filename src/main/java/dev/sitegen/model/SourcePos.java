package dev.sitegen.model;

/**
 * A place in a source file: the path relative to the build root (with forward slashes) and a
 * 1-based line and column. A position of line 0 blames the whole file.
 */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {

    public SourcePos {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("file is required");
        }
    }

    /** The whole file, when no better place is known. */
    public static SourcePos ofFile(String file) {
        return new SourcePos(file, 0, 0);
    }

    public static SourcePos at(String file, int line, int column) {
        return new SourcePos(file, line, column);
    }

    public boolean hasLine() {
        return line > 0;
    }

    @Override
    public int compareTo(SourcePos other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return hasLine() ? file + ":" + line + ":" + Math.max(column, 1) : file;
    }
}
