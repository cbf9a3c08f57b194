package dev.sitegen.daemon;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The protocol of {@code bin/site-gen}'s own client, which bash speaks over loopback TCP ({@link ScriptDoor}):
 * what bash can write and read without a JVM. Its tokens end with a NUL (no argument, environment value or path
 * holds one). Handshake, because any local user can connect to a loopback port, or bind one a stopped daemon
 * left in its port file: the client sends {@code SGT1} and a nonce (32 hex digits); the daemon answers a line,
 * {@code proof(server, nonce) SP daemon-nonce}; the client checks it (so it never sends its environment to
 * another process) and sends {@code proof(client, daemon-nonce)}, then the request: kind ({@code R}), working
 * folder, umask, the {@code java} the script would start, the jar, the argument count and arguments, the
 * environment count and {@code NAME=VALUE} entries. A proof is the SHA-256 (hex) of {@code "site-gen ROLE NONCE
 * SECRET\n"}, the secret being the port file's: only the daemon and its user can read it. The role leads, so no
 * server proof extends into a client proof; each nonce is fresh. The answer is text framed: {@code A\n} or
 * {@code N why\n}, then {@code O n\n} or {@code E n\n} followed by n bytes of stdout or stderr, and {@code X
 * code\n} last.
 */
final class ScriptWire {

    static final String HELLO = "SGT1";
    static final int NONCE_HEX = 32;
    private static final Pattern NONCE = Pattern.compile("[0-9a-f]{" + NONCE_HEX + "}");
    private static final int MAX_TOKEN_SHORT = 128;
    /**
     * How this JVM decodes arguments, file names and the environment (sun.jnu.encoding): the identity holds it, so
     * it is also how the caller's JVM would have decoded them (a C locale's ASCII, not UTF-8), as a run in process.
     */
    static final Charset NAMES = findNameCharset();

    private ScriptWire() {
    }

    static String proveServer(String secret, String nonce) {
        return hashText("site-gen server " + nonce + " " + secret + "\n");
    }

    static String proveClient(String secret, String nonce) {
        return hashText("site-gen client " + nonce + " " + secret + "\n");
    }

    /** Whether {@code got} equals the expected proof, in time that does not depend on where they differ. */
    static boolean isProof(String expected, String got) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                got.getBytes(StandardCharsets.US_ASCII));
    }

    static boolean isNonce(String s) {
        return NONCE.matcher(s).matches();
    }

    /** {@code bytes} random bytes in hex. */
    static String newRandomHex(SecureRandom random, int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** SHA-256 of the text's UTF-8 bytes, in hex (as {@code sha256sum} prints it). */
    static String hashText(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A short token (hello, nonce, proof): at most 128 bytes. */
    static String readShortToken(InputStream in) throws IOException {
        return new Tokens(in, MAX_TOKEN_SHORT, StandardCharsets.US_ASCII).read();
    }

    /**
     * The request after the handshake, at most {@code maxBytes} in all, with the identity the caller's script
     * JVM would have ({@link DaemonSocket#describeScriptIdentity}).
     */
    static Request readRequest(InputStream in, long maxBytes) throws IOException {
        return readRequest(in, maxBytes, NAMES);
    }

    /** The request as above, its strings decoded with {@code charset}. */
    static Request readRequest(InputStream in, long maxBytes, Charset charset) throws IOException {
        Tokens tokens = new Tokens(in, maxBytes, charset);
        byte kind = tokens.read().equals("R") ? Wire.RUN : 0;
        if (kind != Wire.RUN) {
            throw new IOException("the script client only runs commands");
        }
        String folder = tokens.read();
        String umask = tokens.read();
        String java = tokens.read();
        String jar = tokens.read();
        List<String> args = new ArrayList<>();
        for (int i = tokens.readCount(); i > 0; i--) {
            args.add(tokens.read());
        }
        Map<String, String> env = new TreeMap<>();
        for (int i = tokens.readCount(); i > 0; i--) {
            String entry = tokens.read();
            int eq = entry.indexOf('=', 1);
            if (eq < 0) {
                throw new IOException("an environment entry without '='");
            }
            env.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        String identity = DaemonSocket.describeScriptIdentity(Path.of(jar), java, umask, env);
        return new Request(kind, identity, folder, env, args);
    }

    private static Charset findNameCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding"));
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset(); // no such property or charset: what the JVM falls back to as well
        }
    }

    /** NUL-terminated tokens in a charset, refused once they exceed a budget (a hostile peer costs no memory). */
    private static final class Tokens {

        private final InputStream in;
        private final Charset charset;
        private long left;

        Tokens(InputStream in, long maxBytes, Charset charset) {
            this.in = in;
            this.left = maxBytes;
            this.charset = charset;
        }

        String read() throws IOException {
            ByteArrayOutputStream token = new ByteArrayOutputStream();
            for (int b = in.read(); b != 0; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("the script client's request ended early");
                }
                if (--left < 0) {
                    throw new IOException("a request longer than the daemon's protocol allows");
                }
                token.write(b);
            }
            return token.toString(charset);
        }

        int readCount() throws IOException {
            try {
                int n = Integer.parseInt(read());
                if (n < 0 || n > Wire.MAX_COUNT) {
                    throw new IOException("bad count " + n + " in the script client's request");
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IOException("a count that is no number in the script client's request", e);
            }
        }
    }
}
