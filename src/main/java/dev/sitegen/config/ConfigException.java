package dev.sitegen.config;

/**
 * The build cannot start: the root or {@code site.yaml} is unusable. The CLI prints the message and
 * hint and exits with status 2.
 */
public class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String hint;

    public ConfigException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
