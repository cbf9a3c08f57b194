package dev.sitegen.daemon;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;

/**
 * Where {@code bin/site-gen}'s own client finds a daemon's loopback port: a file beside the socket, in the same
 * private folder, mode 0600, of three lines: port, secret, pid. Its name is a digest of what the script knows
 * without a JVM ({@link #describeKey}: jar, umask, {@code java}, the identity's variables), so each daemon has its
 * own; the daemon checks the whole identity. Written atomically (a temp file renamed over it) and removed when
 * the daemon stops, if still its own; one a killed daemon left is harmless: nothing listens at its port (the
 * script falls back to the JVM), or another process does that cannot know the secret.
 */
final class PortFile {

    private final Path path;
    private final String content;

    private PortFile(Path path, String content) {
        this.path = path;
        this.content = content;
    }

    Path path() {
        return path;
    }

    /** What bin/site-gen hashes (sha256sum) to name the port file: lines, an unset variable has no '='. */
    static String describeKey(String jar, String umask, String java, Map<String, String> environment) {
        StringBuilder s = new StringBuilder("site-gen tcp ").append(Wire.VERSION).append('\n').append(jar)
                .append('\n').append(umask).append('\n').append(java).append('\n');
        for (String name : DaemonSocket.IDENTITY_VARIABLES) {
            String value = environment.get(name);
            s.append(name).append(value == null ? "" : "=" + value).append('\n');
        }
        return s.toString();
    }

    /** The port file of {@code key} in the socket's folder. */
    static Path locate(Path folder, String key) {
        return folder.resolve(ScriptWire.hashText(key).substring(0, 16) + ".tcp");
    }

    /** Writes {@code path} atomically, readable by its owner only. */
    static PortFile write(Path path, int port, String secret) throws IOException {
        String content = port + "\n" + secret + "\n" + ProcessHandle.current().pid() + "\n";
        Path temp = path.resolveSibling(path.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(temp);
        try (SeekableByteChannel out = Files.newByteChannel(temp, EnumSet.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")))) {
            out.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.US_ASCII)));
        }
        Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new PortFile(path, content);
    }

    /** Removes the file unless another daemon (of a rebuilt jar, say) replaced it since. */
    void delete() {
        try {
            if (Files.readString(path, StandardCharsets.US_ASCII).equals(content)) {
                Files.delete(path);
            }
        } catch (IOException e) {
            // gone already, or unreadable: nothing of ours to remove
        }
    }
}
