package dev.sitegen.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket to 127.0.0.1, for requests a real client library would not send as
 * written (foreign or missing {@code Host}, two {@code Host} headers, {@code Origin: null}). Every
 * request asks for {@code Connection: close}, so a reply ends with the connection.
 */
public final class RawHttp {

    /** One reply: header names lower-cased; an event stream's body is not read. */
    public record Reply(int status, Map<String, List<String>> headers, byte[] body) {

        public Optional<String> findHeader(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {
    }

    /** {@code METHOD path HTTP/1.1} with exactly the header lines given (each without CRLF). */
    public static Reply send(int port, String method, String path, String... headerLines) {
        StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        return sendRaw(port, request.toString(), method.equals("HEAD"));
    }

    /** GET with one {@code Host} header. */
    public static Reply get(int port, String path, String host) {
        return send(port, "GET", path, "Host: " + host);
    }

    public static Reply sendRaw(int port, String request, boolean head) {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return readReply(socket.getInputStream(), head);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a status line and headers, then the body: {@code Content-Length} bytes when announced,
     * nothing for an event stream (it never ends), else (and always after HEAD, whose announced length
     * is the GET's) up to the end of the connection.
     */
    public static Reply readReply(InputStream in, boolean head) throws IOException {
        String statusLine = readLine(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP status line: '" + statusLine + "'");
        }
        Map<String, List<String>> headers = new TreeMap<>();
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        Reply reply = new Reply(Integer.parseInt(parts[1]), headers, new byte[0]);
        if (reply.findHeader("Content-Type").orElse("").startsWith("text/event-stream")) {
            return reply;
        }
        Optional<String> length = reply.findHeader("Content-Length");
        byte[] body = length.isPresent() && !head ? in.readNBytes(Integer.parseInt(length.get())) : in.readAllBytes();
        return new Reply(reply.status(), headers, body);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed inside the reply head after '" + line + "'");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
