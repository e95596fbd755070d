package io.jiuye.core.module;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A place files are uploaded to, with its limits: a recommendation form's photo, a correction request's evidence, an
 * agreement's stamped scans. The store counts files per slot and owner (the record they belong to).
 *
 * @param name     stable name, {@code <module>:<what>}, e.g. {@code graduate:recommendation-photo}; stored with
 *                 every file, so never rename a slot that has files
 * @param field    the field named in validation errors (e.g. {@code photo}), so the client can show them in place
 * @param types    the kinds of file accepted, each checked by decoding the whole content
 * @param maxBytes the largest file accepted
 * @param maxCount most files one owner may hold in this slot at a time (deleted files do not count)
 */
public record FileSlot(String name, String field, Set<FileType> types, long maxBytes, int maxCount) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*:[a-z][a-z0-9-]*");

    public FileSlot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(field, "field");
        if (!NAME.matcher(name).matches() || name.length() > 100) {
            throw new IllegalArgumentException("slot name must be <module>:<what> in lower case: " + name);
        }
        types = Set.copyOf(types);
        if (types.isEmpty() || maxBytes <= 0 || maxCount <= 0) {
            throw new IllegalArgumentException("slot " + name + " needs types and positive limits");
        }
    }

    /** An image slot (JPEG or PNG). */
    public static FileSlot images(String name, String field, long maxBytes, int maxCount) {
        return new FileSlot(name, field, Set.of(FileType.JPEG, FileType.PNG), maxBytes, maxCount);
    }
}
