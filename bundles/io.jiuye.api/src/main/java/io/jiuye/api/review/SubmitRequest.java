package io.jiuye.api.review;

import java.util.Map;

/**
 * An item to send into review.
 *
 * @param type           the item type, {@code pluginId:key@version}
 * @param attributes     the item's fields
 * @param employerId     the employer the item concerns, if any
 * @param counterpartyId the other party's user id, if any
 */
public record SubmitRequest(String type, Map<String, String> attributes, String employerId, String counterpartyId) {
    public SubmitRequest {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
