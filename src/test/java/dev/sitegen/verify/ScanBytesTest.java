package dev.sitegen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanBytesTest {

    @Test
    void aScanSurvivesTheRoundTripWithOrderRepeatsAndNonAscii() {
        HtmlLinkScanner.Scan scan = HtmlLinkScanner.scanPage(("<h1 id=\"über\">x</h1><a href=\"../a/#x\">a</a>"
                + "<a href=\"../a/#x\">again</a><img src=\"/i.svg\">").getBytes(StandardCharsets.UTF_8), false);
        assertThat(scan.links()).hasSize(3);
        assertThat(ScanBytes.decodeScan(ScanBytes.encodeScan(scan))).contains(scan);
        HtmlLinkScanner.Scan empty = new HtmlLinkScanner.Scan(List.of(), List.of());
        assertThat(ScanBytes.decodeScan(ScanBytes.encodeScan(empty))).contains(empty);
    }

    @Test
    void bytesThatAreNotExactlyOneScanGiveNothing() {
        byte[] bytes = ScanBytes.encodeScan(new HtmlLinkScanner.Scan(List.of("a"), List.of("b", "c")));
        assertThat(ScanBytes.decodeScan(Arrays.copyOf(bytes, bytes.length - 1))).isEmpty();
        assertThat(ScanBytes.decodeScan(Arrays.copyOf(bytes, bytes.length + 1))).isEmpty();
        byte[] hugeCount = bytes.clone();
        hugeCount[4] = 0x7f;
        assertThat(ScanBytes.decodeScan(hugeCount)).isEmpty();
        assertThat(ScanBytes.decodeScan(new byte[0])).isEmpty();
    }
}
