package newsdesk.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date formats pages use into an OffsetDateTime; UTC when the page gives no zone. */
final class DateParser {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
                    + "(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern SLASHED_YMD = Pattern.compile("\\b(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})\\b");
    private static final Pattern DMY_DOTS = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    private static final Pattern US_SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTHS + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b" + MONTHS + ",?\\s+(\\d{4})\\b");
    private static final Pattern CLOCK = Pattern.compile(
            "(?i)\\b(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?\\s*([A-Z]{2,4}\\b)?");
    private static final Pattern EPOCH = Pattern.compile("^\\d{10}(\\d{3})?$");
    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
            Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("EST", ZoneId.of("America/New_York")),
            Map.entry("EDT", ZoneId.of("America/New_York")), Map.entry("CT", ZoneId.of("America/Chicago")),
            Map.entry("CST", ZoneId.of("America/Chicago")), Map.entry("CDT", ZoneId.of("America/Chicago")),
            Map.entry("MT", ZoneId.of("America/Denver")), Map.entry("MST", ZoneId.of("America/Denver")),
            Map.entry("MDT", ZoneId.of("America/Denver")), Map.entry("PT", ZoneId.of("America/Los_Angeles")),
            Map.entry("PST", ZoneId.of("America/Los_Angeles")), Map.entry("PDT", ZoneId.of("America/Los_Angeles")),
            Map.entry("BST", ZoneId.of("Europe/London")), Map.entry("CET", ZoneId.of("Europe/Paris")),
            Map.entry("CEST", ZoneId.of("Europe/Paris")), Map.entry("IST", ZoneId.of("Asia/Kolkata")),
            Map.entry("AEST", ZoneId.of("Australia/Sydney")), Map.entry("AEDT", ZoneId.of("Australia/Sydney")),
            Map.entry("JST", ZoneId.of("Asia/Tokyo")));
    /** A cheap test before the RFC 1123 parser, whose failures throw (and exceptions are slow). */
    private static final Pattern RFC_LIKE = Pattern.compile("\\d{4} \\d{1,2}:\\d{2}(?::\\d{2})? (?:[+-]\\d{4}|GMT)$");
    private static final DateTimeFormatter RFC_1123 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().parseLenient()
            .optionalStart().appendPattern("EEE, ").optionalEnd()
            .appendPattern("d MMM yyyy HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .appendPattern(" ")
            .appendOffset("+HHMM", "GMT")
            .toFormatter(Locale.ENGLISH);

    private DateParser() {
    }

    /** A time read from the text, or null when the text holds no date a person would recognise. */
    static OffsetDateTime parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 200) {
            return null;
        }
        try {
            if (EPOCH.matcher(s).matches()) {
                long v = Long.parseLong(s);
                Instant at = s.length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
                return plausible(at.atOffset(ZoneOffset.UTC));
            }
            Matcher m = ISO.matcher(s);
            if (m.find()) {
                return plausible(fromIso(m));
            }
            if (RFC_LIKE.matcher(s).find()) {
                try {
                    return plausible(OffsetDateTime.parse(s, RFC_1123));
                } catch (DateTimeParseException ignored) {
                    // not RFC 1123; try the human forms below
                }
            }
            Matcher[] first = new Matcher[1];
            LocalDate date = humanDate(s, first);
            if (date == null) {
                return null;
            }
            // The clock that goes with the date stands before the next date ("4 May 2025 10:00, updated 6 May 11:30").
            int next = nextDate(s, first[0].end());
            return plausible(withClock(date, next < 0 ? s : s.substring(0, next)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** "June 2022" or "Jun. 2022" as the first of the month, for a page that dates itself by month only. */
    static OffsetDateTime monthYear(String raw) {
        if (raw == null || raw.length() > 200) {
            return null;
        }
        Matcher m = MONTH_YEAR.matcher(raw);
        if (!m.find()) {
            return null;
        }
        try {
            return plausible(LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 1).atStartOfDay()
                    .atOffset(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static OffsetDateTime fromIso(Matcher m) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        if (m.group(4) == null) {
            return date.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        String zone = m.group(7);
        ZoneOffset offset = ZoneOffset.UTC;
        if (zone != null && (zone.startsWith("+") || zone.startsWith("-"))) {
            String digits = zone.replace(":", "");
            int hours = Integer.parseInt(digits.substring(1, 3));
            int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
            int sign = zone.startsWith("-") ? -1 : 1;
            offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        return LocalDateTime.of(date, time).atOffset(offset);
    }

    private static final Pattern[] HUMAN = {MONTH_DAY_YEAR, DAY_MONTH_YEAR, SLASHED_YMD, DMY_DOTS, US_SLASHED};

    /**
     * The first date in the text, wherever it stands among the forms ("Published 4 May 2025 · Updated May 6, 2025"
     * is the 4th); {@code found[0]} is left holding its match.
     */
    private static LocalDate humanDate(String s, Matcher[] found) {
        Matcher best = null;
        int kind = -1;
        for (int k = 0; k < HUMAN.length; k++) {
            Matcher m = HUMAN[k].matcher(s);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = m;
                kind = k;
            }
        }
        if (best == null) {
            return null;
        }
        found[0] = best;
        Matcher m = best;
        switch (kind) {
            case 0:
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            case 1:
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            case 2:
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            case 3:
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            default:
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                // Month first unless the first number cannot be a month.
                return a > 12 ? LocalDate.of(Integer.parseInt(m.group(3)), b, a)
                        : LocalDate.of(Integer.parseInt(m.group(3)), a, b);
        }
    }

    /** Where the next date after {@code from} starts, or -1. */
    private static int nextDate(String s, int from) {
        int next = -1;
        for (Pattern p : HUMAN) {
            Matcher m = p.matcher(s);
            if (m.find(from) && (next < 0 || m.start() < next)) {
                next = m.start();
            }
        }
        return next;
    }

    private static OffsetDateTime withClock(LocalDate date, String s) {
        Matcher c = CLOCK.matcher(s);
        while (c.find()) {
            int hour = Integer.parseInt(c.group(1));
            int minute = Integer.parseInt(c.group(2));
            if (hour > 23 || minute > 59) {
                continue;
            }
            String ampm = c.group(4);
            if (ampm != null) {
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                hour = hour % 12 + (pm ? 12 : 0);
            }
            ZoneId zone = c.group(5) == null ? ZoneOffset.UTC : ZONES.getOrDefault(c.group(5), ZoneOffset.UTC);
            LocalDateTime local = LocalDateTime.of(date, LocalTime.of(hour, minute,
                    c.group(3) == null ? 0 : Integer.parseInt(c.group(3))));
            return local.atZone(zone).toOffsetDateTime();
        }
        return date.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.startsWith(months[i])) {
                return i + 1;
            }
        }
        throw new DateTimeException("no month: " + name);
    }

    /** Years before the web or far ahead are template junk ("0001-01-01", "2099-12-31"). */
    private static OffsetDateTime plausible(OffsetDateTime t) {
        int year = t.get(ChronoField.YEAR);
        return year >= 1990 && year <= LocalDate.now(ZoneOffset.UTC).getYear() + 1 ? t : null;
    }
}
