package dev.sitegen.publish;

/**
 * The output cannot be published as asked: an unsafe {@code --out}, an output folder another build
 * holds for too long, or an unreadable manifest. It carries a hint so the command line can say how
 * to fix it (and exit with status 2) instead of printing a stack trace.
 */
public final class PublishException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String hint;

    public PublishException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
