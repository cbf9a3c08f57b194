package dev.sitegen.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The script client's request as bash writes it, and what the daemon makes of it. */
class ScriptWireTest {

    @TempDir
    Path tmp;

    private static ByteArrayInputStream tokens(String... tokens) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String token : tokens) {
            bytes.writeBytes(token.getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    @Test
    void aRequestHasTheIdentityTheScriptsJvmWouldHave() throws Exception {
        Path jar = Files.writeString(tmp.resolve("site-gen.jar"), "a jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Request read = ScriptWire.readRequest(tokens("R", "/work/a b", "0022", java, jar.toString(), "3", "check", "",
                "--only", "2", "LANG=C.UTF-8", "MULTI=line1\nline2=x"), Wire.MAX_REQUEST);

        assertThat(read.kind()).isEqualTo(Wire.RUN);
        assertThat(read.workingFolder()).isEqualTo("/work/a b");
        assertThat(read.args()).containsExactly("check", "", "--only");
        assertThat(read.environment()).isEqualTo(Map.of("LANG", "C.UTF-8", "MULTI", "line1\nline2=x"));
        java.util.Properties properties = new java.util.Properties();
        properties.putAll(System.getProperties());
        properties.setProperty("sitegen.umask", "0022");
        assertThat(read.identity()).isEqualTo(DaemonSocket.describeIdentity(jar, read.environment(), properties));
        // another java than this JVM's is another identity
        Request other = ScriptWire.readRequest(tokens("R", "/w", "0022", "/bin/sh", jar.toString(), "0", "2",
                "LANG=C.UTF-8", "MULTI=line1\nline2=x"), Wire.MAX_REQUEST);
        assertThat(other.identity()).isNotEqualTo(read.identity()).contains("java.home=the java at /bin/sh");
    }

    @Test
    void argumentsFolderAndEnvironmentAreDecodedAsTheJvmDecodesFileNames() throws Exception {
        Path jar = Files.writeString(tmp.resolve("site-gen.jar"), "a jar");
        assertThat(ScriptWire.NAMES).isEqualTo(java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding")));
        // bash sends bytes: UTF-8 bytes in a Latin-1 JVM are two characters each, as in that JVM's own argv
        Request read = ScriptWire.readRequest(tokens("R", "/w/é", "0022", "java", jar.toString(), "1", "é", "1",
                "X=é"), Wire.MAX_REQUEST, StandardCharsets.ISO_8859_1);
        assertThat(read.workingFolder()).isEqualTo("/w/\u00c3\u00a9");
        assertThat(read.args()).containsExactly("\u00c3\u00a9");
        assertThat(read.environment()).containsEntry("X", "\u00c3\u00a9");
    }

    @Test
    void malformedRequestsAreRefused() throws Exception {
        Path jar = Files.writeString(tmp.resolve("site-gen.jar"), "a jar");
        assertThatThrownBy(() -> ScriptWire.readRequest(tokens("S"), Wire.MAX_REQUEST)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ScriptWire.readRequest(tokens("R", "/w", "0022", "java", jar.toString(), "x"),
                Wire.MAX_REQUEST)).hasMessageContaining("no number");
        assertThatThrownBy(() -> ScriptWire.readRequest(tokens("R", "/w", "0022", "java", jar.toString(), "-1"),
                Wire.MAX_REQUEST)).hasMessageContaining("bad count");
        assertThatThrownBy(() -> ScriptWire.readRequest(tokens("R", "/w", "0022", "java", jar.toString(), "0", "1",
                "NOEQUALS"), Wire.MAX_REQUEST)).hasMessageContaining("without '='");
        assertThatThrownBy(() -> ScriptWire.readRequest(tokens("R", "/w", "0022", "java", jar.toString(), "2", "a"),
                Wire.MAX_REQUEST)).hasMessageContaining("ended early");
        assertThatThrownBy(() -> ScriptWire.readRequest(tokens("R", "/w", "0022", "java", jar.toString(), "1",
                "x".repeat(1000), "0"), 500)).hasMessageContaining("longer than");
        assertThatThrownBy(() -> ScriptWire.readShortToken(tokens("y".repeat(200))))
                .hasMessageContaining("longer than");
    }

    @Test
    void proofsAreSha256OfRoleNonceAndSecretAndNoncesAreHex() throws Exception {
        String nonce = "0123456789abcdef0123456789abcdef";
        assertThat(ScriptWire.proveServer("s3", nonce)).isEqualTo(ScriptCaller.proof("server", nonce, "s3"))
                .isNotEqualTo(ScriptWire.proveClient("s3", nonce));
        assertThat(ScriptWire.isProof(ScriptWire.proveClient("s3", nonce), ScriptCaller.proof("client", nonce, "s3")))
                .isTrue();
        assertThat(ScriptWire.isProof(ScriptWire.proveClient("s3", nonce), ScriptCaller.proof("client", nonce, "s4")))
                .isFalse();
        assertThat(List.of(nonce, "0123", nonce.toUpperCase(java.util.Locale.ROOT), nonce + " x"))
                .map(ScriptWire::isNonce).containsExactly(true, false, false, false);
    }
}
