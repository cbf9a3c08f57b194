package dev.sitegen.load;

import dev.sitegen.model.SourcePos;

/** A YAML file that cannot be read as a tree: syntax error, duplicate key or a limit exceeded. */
final class YamlSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient SourcePos pos;

    YamlSyntaxException(SourcePos pos, String message) {
        super(message);
        this.pos = pos;
    }

    SourcePos pos() {
        return pos;
    }
}
