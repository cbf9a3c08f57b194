package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar rewrite that lets class-data sharing archive picocli: bytes 6-7 of its version-49 classes, nothing else. */
class CdsClassVersionsTest {

    private static byte[] classFile(int major, int bodyByte) {
        return new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, (byte) major,
                (byte) bodyByte, 49, 0, 49};
    }

    @Test
    void raisesOnlyTheMajorVersionOfOldClassFiles() {
        byte[] old = classFile(49, 7);
        assertThat(CdsClassVersions.raiseVersion(old)).isTrue();
        assertThat(old).containsExactly(classFile(50, 7));

        byte[] modern = classFile(61, 7);
        assertThat(CdsClassVersions.raiseVersion(modern)).isFalse();
        assertThat(modern).containsExactly(classFile(61, 7));

        byte[] notAClass = {1, 2, 3, 4, 0, 0, 0, 49};
        assertThat(CdsClassVersions.raiseVersion(notAClass)).isFalse();
        assertThat(notAClass).containsExactly(1, 2, 3, 4, 0, 0, 0, 49);
        assertThat(CdsClassVersions.raiseVersion(new byte[] {(byte) 0xca, (byte) 0xfe})).isFalse();
    }

    @Test
    void rewritesOnlyTheSelectedClassesOfTheJarAndKeepsEveryEntry(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("app.jar");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes());
        entries.put("picocli/CommandLine.class", classFile(49, 1));
        entries.put("picocli/CommandLine$Help.class", classFile(49, 2));
        entries.put("picocli/Modern.class", classFile(52, 3));
        entries.put("picocli/readme.txt", new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 49});
        entries.put("org/other/Old.class", classFile(49, 4));
        writeJar(jar, entries, "org/other/Old.class");

        int raised = CdsClassVersions.raiseVersions(jar, List.of("picocli/"));

        assertThat(raised).isEqualTo(2);
        Map<String, byte[]> expected = new LinkedHashMap<>(entries);
        expected.put("picocli/CommandLine.class", classFile(50, 1));
        expected.put("picocli/CommandLine$Help.class", classFile(50, 2));
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().forEach(e -> names.add(e.getName()));
            for (Map.Entry<String, byte[]> e : expected.entrySet()) {
                try (InputStream in = zip.getInputStream(zip.getEntry(e.getKey()))) {
                    assertThat(in.readAllBytes()).as(e.getKey()).containsExactly(e.getValue());
                }
            }
            assertThat(zip.getEntry("org/other/Old.class").getMethod()).isEqualTo(ZipEntry.STORED);
        }
        assertThat(names).containsExactlyElementsOf(entries.keySet());
        assertThat(Files.exists(dir.resolve("app.jar.tmp"))).isFalse();
    }

    private static void writeJar(Path jar, Map<String, byte[]> entries, String stored) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (e.getKey().equals(stored)) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                out.putNextEntry(entry);
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }
}
