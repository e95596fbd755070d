package io.jiuye.api.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The business calendar: instants are stored in UTC, but dates and deadlines are days in Asia/Shanghai, and a
 * deadline "on day D" means 24:00 of D there (R-SIGN-3: "请于…日24时之前反馈").
 */
public final class BusinessTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessTime() {
    }

    /** Today's date in Asia/Shanghai according to the clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The instant at which day {@code date} ends in Asia/Shanghai (24:00, i.e. the next day's 00:00). */
    public static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** The business date an instant falls on. */
    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** End of the day that lies {@code days} days after the business date of {@code from} (validity "N days"). */
    public static Instant endOfDayAfter(Instant from, int days) {
        return endOf(dateOf(from).plusDays(days));
    }
}
