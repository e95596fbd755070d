package io.jiuye.api.notify;

import io.jiuye.api.Principal;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Reads the development outbox (operators only): so tests and demos can read the codes that were "sent". */
@ProviderType
public interface OutboxService {

    /** The newest messages first, for one recipient ({@code null} for all), at most {@code limit}. */
    List<OutboxMessage> list(Principal caller, String recipient, int limit);
}
