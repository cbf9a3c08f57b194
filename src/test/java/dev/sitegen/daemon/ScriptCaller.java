package dev.sitegen.daemon;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What bin/site-gen's own client does, step by step, in Java (the proofs computed here, not with {@link
 * ScriptWire}'s), so tests can also do it wrong.
 */
final class ScriptCaller implements AutoCloseable {

    /** A verdict line ("A" or "N why"), then the exit code (-1 when none came), both streams and the frame count. */
    record Answer(String verdict, int code, byte[] out, byte[] err, int frames) {
        String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    final String secret;
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private ScriptCaller(Socket socket, String secret) throws IOException {
        this.socket = socket;
        this.secret = secret;
        socket.setSoTimeout(60_000);
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Connects to the port the port file names, knowing the secret it holds. */
    static ScriptCaller connect(Path portFile) throws IOException {
        List<String> lines = Files.readAllLines(portFile, StandardCharsets.US_ASCII);
        return new ScriptCaller(new Socket(InetAddress.getByName("127.0.0.1"), Integer.parseInt(lines.get(0))),
                lines.get(1));
    }

    static String sha256(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    static String proof(String role, String nonce, String secret) throws Exception {
        return sha256("site-gen " + role + " " + nonce + " " + secret + "\n");
    }

    /** The whole exchange as bash does it, for a caller in {@code folder}; fails when the daemon's proof is wrong. */
    static Answer run(Path portFile, Path jar, List<String> args, Path folder, String umask,
            Map<String, String> env) throws Exception {
        try (ScriptCaller caller = connect(portFile)) {
            String nonce = "0123456789abcdef0123456789abcdef";
            String[] answer = caller.sendHello(nonce).split(" ");
            if (!answer[0].equals(proof("server", nonce, caller.secret))) {
                throw new IllegalStateException("the daemon did not prove it knows the secret");
            }
            List<String> tokens = new ArrayList<>(List.of(proof("client", answer[1], caller.secret)));
            tokens.addAll(describeRequest(jar, args, folder, umask, env));
            caller.sendTokens(tokens);
            return caller.readAnswer();
        }
    }

    /** The request's tokens after the client's proof. */
    static List<String> describeRequest(Path jar, List<String> args, Path folder, String umask,
            Map<String, String> env) {
        List<String> tokens = new ArrayList<>(List.of("R", folder.toString(), umask,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                jar.toString(), Integer.toString(args.size())));
        tokens.addAll(args);
        tokens.add(Integer.toString(env.size()));
        new TreeMap<>(env).forEach((k, v) -> tokens.add(k + "=" + v));
        return tokens;
    }

    /** Sends SGT1 and the nonce; the daemon's line, or null when it closed without one. */
    String sendHello(String nonce) throws IOException {
        sendTokens(List.of("SGT1", nonce));
        return readLine();
    }

    void sendTokens(List<String> tokens) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String token : tokens) {
            bytes.writeBytes(token.getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
        }
        out.write(bytes.toByteArray());
        out.flush();
    }

    /** A line without its newline, or null at the end. */
    String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** Whether the daemon closed the connection (and sent nothing more). */
    boolean isClosedByDaemon() throws IOException {
        return in.read() < 0;
    }

    Answer readAnswer() throws IOException {
        String verdict = readLine();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int frames = 0;
        for (String header = verdict; header != null && verdict.equals("A"); ) {
            header = readLine();
            if (header == null) {
                break;
            }
            String[] parts = header.split(" ");
            if (parts[0].equals("X")) {
                return new Answer(verdict, Integer.parseInt(parts[1]), stdout.toByteArray(), stderr.toByteArray(),
                        frames);
            }
            byte[] bytes = new byte[Integer.parseInt(parts[1])];
            in.readFully(bytes);
            (parts[0].equals("O") ? stdout : stderr).writeBytes(bytes);
            frames++;
        }
        return new Answer(verdict, -1, stdout.toByteArray(), stderr.toByteArray(), frames);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
