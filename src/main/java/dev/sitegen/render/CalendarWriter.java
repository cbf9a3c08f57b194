package dev.sitegen.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes upgrade deadlines as an iCalendar file (RFC 5545): one all-day event per dated deadline.
 * Text is escaped and lines folded at 75 octets as the RFC requires; {@code DTSTAMP} is the as-of
 * date so the bytes do not change from one build to the next.
 */
final class CalendarWriter {

    private CalendarWriter() {
    }

    static byte[] writeCalendar(String title, List<BreakingChangeView> changes, SiteUrls urls, LocalDate asOf) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//site-gen//upgrade deadlines//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + escape(title + ": upgrade deadlines"));
        String stamp = asOf.toString().replace("-", "") + "T000000Z";
        for (BreakingChangeView c : changes) {
            if (c.deadlineIso().isEmpty()) {
                continue;
            }
            LocalDate day = LocalDate.parse(c.deadlineIso().get());
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + escape(c.connectorDir() + "-" + c.version()) + "@site-gen");
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART;VALUE=DATE:" + day.toString().replace("-", ""));
            line(ics, "DTEND;VALUE=DATE:" + day.plusDays(1).toString().replace("-", ""));
            line(ics, "SUMMARY:" + escape("Upgrade deadline: " + c.connectorName() + " " + c.version()));
            line(ics, "DESCRIPTION:" + escape(c.message()));
            line(ics, "URL:" + urls.absolute(c.migrationHref().orElse(c.connectorHref())));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '\\' -> s.append("\\\\");
                case ';' -> s.append("\\;");
                case ',' -> s.append("\\,");
                case '\n' -> s.append("\\n");
                case '\r' -> { }
                default -> s.append(ch);
            }
        }
        return s.toString();
    }

    /** Appends one content line, folded into 75-octet pieces joined by CRLF and a space. */
    private static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--; // never split a UTF-8 sequence
            }
            ics.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n ");
            start = end;
            limit = 74;
        }
        ics.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)).append("\r\n");
    }
}
