package io.jiuye.api.flow;

/** Who sees a field's value on an item. */
public enum Visibility {
    /** Everyone who may see the item. */
    EVERYONE,
    /**
     * Everyone but the other party: the submitter and the admins see it (Shandong: the termination reason and its
     * category are statistics only, "对方不可见", R-TERM-7).
     */
    NOT_COUNTERPARTY,
    /** Only the item's college and school admins and operators (not the submitter either). */
    ADMINS_ONLY
}
