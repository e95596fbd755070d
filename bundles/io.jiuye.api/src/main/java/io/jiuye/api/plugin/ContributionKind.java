package io.jiuye.api.plugin;

/**
 * The kinds of things plugins contribute, and how a school combines contributions of one kind from several enabled
 * plugins: all of them ({@link Selection#UNION}) or the one the school picks ({@link Selection#PICK_ONE}; with no
 * pick, the only candidate, or none when several compete).
 */
public enum ContributionKind {
    ITEM_TYPE(Selection.UNION),
    SIGNING_MODE(Selection.UNION),
    DESTINATION_CATEGORY(Selection.UNION),
    TERMINATION_RULE(Selection.PICK_ONE),
    DOCUMENT_TEMPLATE(Selection.UNION);

    public enum Selection { UNION, PICK_ONE }

    private final Selection selection;

    ContributionKind(Selection selection) {
        this.selection = selection;
    }

    public Selection selection() {
        return selection;
    }
}
