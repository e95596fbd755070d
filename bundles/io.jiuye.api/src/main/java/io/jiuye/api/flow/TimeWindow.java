package io.jiuye.api.flow;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * When in the year items may be submitted, in Asia/Shanghai dates: termination opens on 1 December each year (CQU,
 * R-TERM-5). {@code closes == null} means open until the end of the graduation cycle; a window that closes before
 * it opens spans the new year.
 */
public record TimeWindow(MonthDay opens, MonthDay closes) {
    public TimeWindow {
        Objects.requireNonNull(opens, "opens");
    }

    public static TimeWindow from(MonthDay opens) {
        return new TimeWindow(opens, null);
    }

    /**
     * Whether {@code date} lies in the window. Without a closing day the window lasts until the graduation cycle
     * ends on 31 August, so "from 1 December" is open from 1 December to 31 August of the next year.
     */
    public boolean isOpen(LocalDate date) {
        MonthDay d = MonthDay.from(date);
        MonthDay end = closes != null ? closes : MonthDay.of(8, 31);
        if (!opens.isAfter(end)) {
            return !d.isBefore(opens) && !d.isAfter(end);
        }
        return !d.isBefore(opens) || !d.isAfter(end);
    }
}
