package dev.sitegen.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which {@code Host} and {@code Origin} headers the preview accepts, by the port it listens on. */
class LocalOriginTest {

    private static RequestHead request(String... headerLines) {
        StringBuilder head = new StringBuilder("GET / HTTP/1.1\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        return RequestHead.parseHead(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1))
                .orElseThrow();
    }

    @Test
    void acceptsTheLoopbackAddressAndLocalhostWithThePortInAnyCase() {
        LocalOrigin origin = LocalOrigin.forPort(4000);

        assertThat(origin.findRefusal(request("Host: 127.0.0.1:4000"))).isEmpty();
        assertThat(origin.findRefusal(request("host: LOCALHOST:4000", "Origin: http://localhost:4000"))).isEmpty();
        assertThat(origin.findRefusal(request("Host: localhost:4000", "Origin: http://127.0.0.1:4000"))).isEmpty();
    }

    @Test
    void refusesOtherNamesPortsOriginsAndRepeatedHeaders() {
        LocalOrigin origin = LocalOrigin.forPort(4000);

        for (String host : new String[] {"localhost", "127.0.0.1", "127.0.0.1:4001", "127.0.0.2:4000",
            "rebind.example:4000", "localhost:4000.", "localhost:04000", "0.0.0.0:4000", "[::1]:4000"}) {
            assertThat(origin.findRefusal(request("Host: " + host))).as(host).hasValueSatisfying(
                    text -> assertThat(text).startsWith("forbidden: this preview answers only requests with Host "
                            + "127.0.0.1:4000 or localhost:4000"));
        }
        assertThat(origin.findRefusal(request())).isPresent();
        assertThat(origin.findRefusal(request("Host: localhost:4000", "Host: localhost:4000"))).isPresent();
        for (String from : new String[] {"null", "http://localhost:4000/", "http://rebind.example:4000",
            "https://localhost:4000", "http://localhost"}) {
            assertThat(origin.findRefusal(request("Host: localhost:4000", "Origin: " + from))).as(from)
                    .hasValueSatisfying(text -> assertThat(text).startsWith("forbidden: cross-origin"));
        }
        assertThat(origin.findRefusal(request("Host: localhost:4000", "Origin: http://localhost:4000",
                "Origin: http://rebind.example"))).isPresent();
    }

    @Test
    void onPort80TheHostMayLeaveOutTheDefaultPort() {
        LocalOrigin origin = LocalOrigin.forPort(80);

        assertThat(origin.findRefusal(request("Host: localhost", "Origin: http://localhost"))).isEmpty();
        assertThat(origin.findRefusal(request("Host: 127.0.0.1:80"))).isEmpty();
        assertThat(origin.findRefusal(request("Host: rebind.example"))).isPresent();
    }
}
