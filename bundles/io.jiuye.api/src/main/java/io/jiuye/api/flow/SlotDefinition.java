package io.jiuye.api.flow;

import io.jiuye.api.i18n.LocalizedText;
import java.util.Objects;
import java.util.Set;

/**
 * An upload slot: which media types (checked by content), how large and how many files (R-SIGN-8: jpg/png,
 * 2 MB each, at most 3 in Shandong).
 */
public record SlotDefinition(String key, LocalizedText label, Set<String> mediaTypes, long maxBytes, int maxFiles,
        boolean required) {
    public static final Set<String> IMAGES = Set.of("image/jpeg", "image/png");
    public static final long TWO_MB = 2L * 1024 * 1024;

    public SlotDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        mediaTypes = Ordered.strings(mediaTypes);
        if (maxBytes <= 0 || maxFiles <= 0) {
            throw new IllegalArgumentException("a slot takes at least one file of some size");
        }
    }

    public static SlotDefinition images(String key, LocalizedText label, int maxFiles, boolean required) {
        return new SlotDefinition(key, label, IMAGES, TWO_MB, maxFiles, required);
    }
}
