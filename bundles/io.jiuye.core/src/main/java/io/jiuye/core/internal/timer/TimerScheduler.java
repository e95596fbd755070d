package io.jiuye.core.internal.timer;

import io.jiuye.api.review.ReviewService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Polls the durable timer table on one background thread and performs what is due. */
@Component(immediate = true, configurationPid = "io.jiuye.timers", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = TimerScheduler.Config.class)
public class TimerScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(TimerScheduler.class);

    /** Configuration {@code io.jiuye.timers}; a change reschedules the poll without a restart. */
    @ObjectClassDefinition(name = "Jiuye timers", description = "How often due review timers are looked for")
    public @interface Config {
        @AttributeDefinition(description = "Seconds between two polls of the due-work table", min = "1")
        int pollSeconds() default 30;
    }

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jiuye-timers");
        t.setDaemon(true);
        return t;
    });

    private final ReviewService reviews;
    private ScheduledFuture<?> poll;

    @Activate
    public TimerScheduler(@Reference ReviewService reviews, Config config) {
        this.reviews = reviews;
        schedule(config);
    }

    @Modified
    synchronized void schedule(Config config) {
        if (poll != null) {
            poll.cancel(false);
        }
        int every = Math.max(1, config.pollSeconds());
        poll = executor.scheduleWithFixedDelay(() -> {
            try {
                int n = reviews.runDueTimers();
                if (n > 0) {
                    LOG.info("Performed {} due review timers", n);
                }
            } catch (RuntimeException e) {
                LOG.warn("Timer poll failed: {}", e.toString());
            }
        }, every, every, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        executor.shutdownNow();
    }
}
