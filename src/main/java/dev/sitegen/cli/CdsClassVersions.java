package dev.sitegen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build tooling run by {@code mvn package} between the shaded jar and the class-data archive: raises the
 * class-file version of one library's classes (picocli's) from 49 (Java 5) to 50 (Java 6) in the jar, because
 * JDK 17's class-data sharing refuses every class older than 50 ("Pre JDK 6 class not supported by CDS"), so
 * each start parsed ~150 picocli classes from the jar. Only bytes 6-7 (the major version) of those class files
 * change: version 50 adds nothing a 49 class lacks but the StackMapTable attribute, and a 50 class without one
 * is verified by the old type-inferencing verifier, as a 49 class is, so plain {@code java -jar} runs it as
 * before. Every other entry is copied as it is; the jar is replaced in one rename. Not a command.
 */
public final class CdsClassVersions {

    static final int FROM = 49;
    static final int TO = 50;

    private CdsClassVersions() {
    }

    /** {@code args}: the jar, then the entry-name prefixes whose class files to raise (such as {@code picocli/}). */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: CdsClassVersions <jar> <entry prefix>...");
        }
        Path jar = Path.of(args[0]);
        int raised = raiseVersions(jar, List.of(args).subList(1, args.length));
        System.out.println("cds class versions: " + raised + " class file(s) raised from " + FROM + " to " + TO
                + " in " + jar);
    }

    /** Rewrites {@code jar} with the version-49 class files below {@code prefixes} raised to 50; returns how many. */
    static int raiseVersions(Path jar, List<String> prefixes) throws IOException {
        Path temp = jar.resolveSibling(jar.getFileName() + ".tmp");
        int raised;
        try {
            raised = copyRaised(jar, temp, prefixes);
            Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return raised;
    }

    private static int copyRaised(Path jar, Path temp, List<String> prefixes) throws IOException {
        int raised = 0;
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temp))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream s = in.getInputStream(entry)) {
                    bytes = s.readAllBytes();
                }
                if (isSelected(entry.getName(), prefixes) && raiseVersion(bytes)) {
                    raised++;
                }
                copyEntry(entry, bytes, out);
            }
        }
        return raised;
    }

    private static boolean isSelected(String name, List<String> prefixes) {
        return name.endsWith(".class") && prefixes.stream().anyMatch(name::startsWith);
    }

    /** Raises a class file's major version from 49 to 50 in place; false (unchanged) for anything else. */
    static boolean raiseVersion(byte[] bytes) {
        boolean classFile = bytes.length >= 8 && (bytes[0] & 0xff) == 0xca && (bytes[1] & 0xff) == 0xfe
                && (bytes[2] & 0xff) == 0xba && (bytes[3] & 0xff) == 0xbe;
        if (!classFile || (bytes[6] & 0xff) != 0 || (bytes[7] & 0xff) != FROM) {
            return false;
        }
        bytes[7] = TO;
        return true;
    }

    /** The entry as it was (name, time, comment, extra, method), with {@code bytes} as its content. */
    private static void copyEntry(ZipEntry entry, byte[] bytes, ZipOutputStream out) throws IOException {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        copy.setComment(entry.getComment());
        copy.setExtra(entry.getExtra());
        copy.setMethod(entry.getMethod());
        if (entry.getMethod() == ZipEntry.STORED) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            copy.setSize(bytes.length);
            copy.setCompressedSize(bytes.length);
            copy.setCrc(crc.getValue());
        }
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
    }
}
