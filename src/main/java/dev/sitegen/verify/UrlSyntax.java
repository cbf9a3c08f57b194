package dev.sitegen.verify;

import java.util.Optional;

/**
 * The syntax check of external http(s) links, which is all they get without probing: a scheme
 * followed by {@code //}, a well-formed host and port, no whitespace or control characters. Lenient
 * about what browsers fix up themselves (unescaped {@code |}, braces, stray {@code %}).
 */
final class UrlSyntax {

    private static final int MAX_PORT = 65535;

    private UrlSyntax() {
    }

    /** What is wrong with {@code url}, an http(s) URL as found on a page; empty when it is fine. */
    static Optional<String> findProblem(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return Optional.of("it contains whitespace or a control character");
            }
            if (c == '\\') {
                return Optional.of("it contains a backslash (use '/')");
            }
        }
        int colon = url.indexOf(':');
        if (!url.startsWith("//", colon + 1)) {
            return Optional.of("the scheme must be followed by '//'");
        }
        int start = colon + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        return checkAuthority(authority.substring(authority.lastIndexOf('@') + 1));
    }

    private static Optional<String> checkAuthority(String hostPort) {
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            return close < 0 ? Optional.of("the IPv6 address has no closing ']'")
                    : checkPort(hostPort.substring(close + 1));
        }
        int colon = hostPort.indexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        Optional<String> hostProblem = checkHost(host);
        return hostProblem.isPresent() || colon < 0 ? hostProblem : checkPort(hostPort.substring(colon));
    }

    private static Optional<String> checkHost(String host) {
        if (host.isEmpty()) {
            return Optional.of("it has no host");
        }
        String labels = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        for (String label : labels.split("\\.", -1)) {
            if (label.isEmpty()) {
                return Optional.of("host '" + host + "' has an empty label");
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (c < 128 && !Character.isLetterOrDigit(c) && c != '-' && c != '_') {
                    return Optional.of("host '" + host + "' contains '" + c + "'");
                }
            }
        }
        return Optional.empty();
    }

    /** {@code rest} is empty or {@code :port}. */
    private static Optional<String> checkPort(String rest) {
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        String digits = rest.substring(1);
        boolean numeric = rest.charAt(0) == ':' && digits.length() <= 5 && digits.chars().allMatch(Character::isDigit);
        return numeric && (digits.isEmpty() || Integer.parseInt(digits) <= MAX_PORT) ? Optional.empty()
                : Optional.of("port '" + rest + "' is not a number up to " + MAX_PORT);
    }
}
