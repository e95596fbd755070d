package io.jiuye.core.internal.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.osgi.service.component.annotations.Component;

/**
 * The platform's one clock, a {@link Clock} service in UTC. Every time-dependent rule takes its time from the
 * {@code Clock} service, so a test can register a movable clock with a higher service ranking.
 */
@Component(service = Clock.class, property = "service.ranking:Integer=0")
public class UtcClock extends Clock {
    private final Clock system = Clock.systemUTC();

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return system.withZone(zone);
    }

    @Override
    public Instant instant() {
        return system.instant();
    }
}
