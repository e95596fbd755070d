package io.jiuye.api.graduate;

import io.jiuye.api.i18n.LocalizedText;

/** Training mode (培养方式): only non-targeted graduates may sign (R-ACC-5). */
public enum TrainingMode {
    NON_TARGETED(LocalizedText.of("非定向", "Non-targeted")),
    TARGETED(LocalizedText.of("定向委培", "Targeted / commissioned"));

    private final LocalizedText label;

    TrainingMode(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    /** The mode for a code or its Chinese label, or {@code null}. */
    public static TrainingMode parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (TrainingMode m : values()) {
            if (m.name().equalsIgnoreCase(t) || m.label.zh().equals(t)) {
                return m;
            }
        }
        return switch (t) {
            case "定向", "委培", "定向培养" -> TARGETED;
            default -> null;
        };
    }
}
