package io.jiuye.api.flow;

/** Where an item stands in its flow. */
public enum ItemState {
    IN_REVIEW, APPROVED, REJECTED, RETURNED, WITHDRAWN, EXPIRED;

    /** Whether the item waits for somebody to act. */
    public boolean isOpen() {
        return this == IN_REVIEW;
    }
}
