package dev.sitegen.daemon;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where the daemon of this user and jar listens, and what makes two site-gen processes interchangeable. The
 * socket lives in {@code $XDG_RUNTIME_DIR/site-gen/} (else {@code /tmp/site-gen-USER/}), a folder that must be
 * the user's own, mode 0700 and no link: anyone who can write there could answer as the daemon ({@code
 * XDG_RUNTIME_DIR} only when it is the user's own: after {@code sudo -E} it is another user's). Its name is a
 * digest of the identity: what makes a daemon's output differ from a run in the caller's process. The jar's
 * path, size and modification time (a rebuilt jar is another program); the JVM; what a JVM reads once at start
 * and which changes dates, formatting and the charsets of output and file names: TZ, LANG, LC_ALL, LC_CTYPE,
 * LC_MESSAGES (user.language and user.country come from it) and the JVM's effective file.encoding, sun.jnu.encoding, user.language and user.country; the options every
 * JVM of the user takes (JAVA_TOOL_OPTIONS, JDK_JAVA_OPTIONS, _JAVA_OPTIONS) and SITE_GEN_JAVA_OPTS (the
 * daemon's JVM is started with the options of the caller that started it); and the umask, which bin/site-gen
 * passes as {@code -Dsitegen.umask} (a daemon started under 077 would write 0600 files for a caller with 022).
 */
public final class DaemonSocket {

    /** A Unix socket path is limited to 108 bytes (sun_path); stay clear of it. */
    static final int MAX_PATH_BYTES = 100;

    static final List<String> IDENTITY_VARIABLES = List.of("TZ", "LANG", "LC_ALL", "LC_CTYPE",
            "LC_MESSAGES", "SITE_GEN_JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    private static final String[] IDENTITY_PROPERTIES = {"java.home", "file.encoding", "sun.jnu.encoding",
        "user.language", "user.country", "sitegen.umask"};

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private final Path path;
    private final Path jar;
    private final String identity;

    DaemonSocket(Path path, Path jar, String identity) {
        this.path = path;
        this.jar = jar;
        this.identity = identity;
    }

    /** The socket file. */
    public Path path() {
        return path;
    }

    /** The jar (or class folder) this process runs. */
    Path jar() {
        return jar;
    }

    String identity() {
        return identity;
    }

    /** The log the daemon's own JVM writes to (it has no terminal). */
    public Path logFile() {
        return path.resolveSibling(path.getFileName() + ".log");
    }

    /** The file the living daemon holds locked: at most one serves a socket. */
    Path lockFile() {
        return path.resolveSibling(path.getFileName() + ".lock");
    }

    /** This process's socket for a caller with {@code environment}; throws with why when it cannot be used. */
    public static DaemonSocket requireSocket(Map<String, String> environment) throws IOException {
        Path jar = findOwnJar();
        Path folder = requirePrivateFolder(environment);
        String identity = describeIdentity(jar, environment, System.getProperties());
        Path path = folder.resolve(digest(identity) + ".sock");
        if (path.toString().getBytes(StandardCharsets.UTF_8).length >= MAX_PATH_BYTES) {
            throw new IOException("the socket path " + path + " is too long for a Unix domain socket");
        }
        return new DaemonSocket(path, jar, identity);
    }

    /** A socket at {@code path} for this process's jar and {@code environment}, wherever it is (no folder checks). */
    public static DaemonSocket describeSocket(Path path, Map<String, String> environment) throws IOException {
        Path jar = findOwnJar();
        return new DaemonSocket(path, jar, describeIdentity(jar, environment, System.getProperties()));
    }

    /** The identity as it reads now: differs from {@link #identity()} once the jar was rebuilt. */
    String readIdentity(Map<String, String> environment) {
        try {
            return describeIdentity(jar, environment, System.getProperties());
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    static String describeIdentity(Path jar, Map<String, String> environment, Properties properties)
            throws IOException {
        BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
        StringBuilder s = new StringBuilder("site-gen daemon v").append(Wire.VERSION).append("\njar=").append(jar)
                .append("\nsize=").append(a.size()).append("\nmtime=").append(a.lastModifiedTime().toMillis());
        for (String name : IDENTITY_PROPERTIES) {
            s.append('\n').append(name).append('=').append(properties.getProperty(name));
        }
        for (String name : IDENTITY_VARIABLES) {
            s.append('\n').append(name).append('=').append(environment.get(name));
        }
        return s.toString();
    }

    /**
     * The identity of a caller of {@code bin/site-gen}'s own client (package doc: no JVM), from what the script
     * would run: the same string {@link #describeIdentity} gives that script's JVM, whose properties are this
     * JVM's (the locale and options that set them are part of the identity) but for the umask the script passes
     * and {@code java.home}, the home of the {@code java} the script would start (by its real path).
     */
    static String describeScriptIdentity(Path jar, String java, String umask, Map<String, String> environment)
            throws IOException {
        Properties properties = new Properties();
        properties.putAll(System.getProperties());
        properties.setProperty("sitegen.umask", umask);
        properties.setProperty("java.home", findJavaHome(java));
        return describeIdentity(jar, environment, properties);
    }

    private static String findJavaHome(String java) {
        String home = System.getProperty("java.home");
        try {
            if (Path.of(java).toRealPath().equals(Path.of(home, "bin", "java").toRealPath())) {
                return home;
            }
        } catch (IOException | RuntimeException e) {
            // unreadable or no path: another java than this JVM's
        }
        return "the java at " + java;
    }

    /** 64-bit FNV-1a in hex: short, cheap in a cold JVM (no security providers); the server compares the whole identity. */
    static String digest(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        String hex = Long.toHexString(h);
        return "0".repeat(16 - hex.length()) + hex;
    }

    private static Path findOwnJar() throws IOException {
        try {
            return Path.of(DaemonSocket.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot tell which jar runs: " + e.getMessage(), e);
        }
    }

    /** The socket folder, created 0700 when missing; throws when it exists but is not private to this user. */
    static Path requirePrivateFolder(Map<String, String> environment) throws IOException {
        String user = System.getProperty("user.name");
        Path folder = chooseFolder(environment, user);
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                // a umask may have taken bits the mode needs
                Files.setPosixFilePermissions(folder, OWNER_ONLY);
            } catch (FileAlreadyExistsException e) {
                // another caller made it meanwhile: checked below like any existing folder
            }
        }
        PosixFileAttributes a = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isSymbolicLink() || !a.isDirectory()) {
            throw new IOException(folder + " is not a folder (a link or a file)");
        }
        if (!a.owner().getName().equals(user)) {
            throw new IOException(folder + " belongs to " + a.owner().getName() + ", not to " + user);
        }
        if (!a.permissions().equals(OWNER_ONLY)) {
            throw new IOException(folder + " has mode " + PosixFilePermissions.toString(a.permissions())
                    + ", not rwx------");
        }
        return folder;
    }

    /**
     * {@code $XDG_RUNTIME_DIR/site-gen} when that folder is {@code user}'s own, else {@code /tmp/site-gen-USER}:
     * {@code sudo -E} keeps the user's XDG_RUNTIME_DIR, where root's site-gen folder would lock the user out.
     */
    static Path chooseFolder(Map<String, String> environment, String user) {
        String runtime = environment.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isEmpty() && Path.of(runtime).isAbsolute()
                && isOwnedBy(Path.of(runtime), user)) {
            return Path.of(runtime, "site-gen");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "site-gen-" + user);
    }

    private static boolean isOwnedBy(Path folder, String user) {
        try {
            return Files.getOwner(folder).getName().equals(user);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
