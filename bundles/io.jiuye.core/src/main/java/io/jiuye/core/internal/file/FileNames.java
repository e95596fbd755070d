package io.jiuye.core.internal.file;

import io.jiuye.core.module.FileSlot;
import io.jiuye.core.module.FileType;

/**
 * Download names from whatever the uploader called a file: the last path segment, without control, format and
 * reserved characters ({@code <>:"/\|?*}), without leading dots, at most 80 characters, with the suffix of the type
 * the content proved to be. The name is only ever shown; the file on disk is named by its id.
 */
final class FileNames {
    static final int MAX_BASE = 80;

    private FileNames() {
    }

    static String safe(String given, FileType type, FileSlot slot) {
        String base = given == null ? "" : given;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        StringBuilder clean = new StringBuilder();
        base.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
                && Character.getType(cp) != Character.SURROGATE && "<>:\"/\\|?*".indexOf(cp) < 0)
                .forEach(clean::appendCodePoint);
        base = clean.toString().strip().replaceFirst("^[.\\s]+", "");
        int dot = base.lastIndexOf('.');
        if (dot > 0 && base.length() - dot <= 6) {
            base = base.substring(0, dot).strip();
        }
        if (base.codePointCount(0, base.length()) > MAX_BASE) {
            base = base.substring(0, base.offsetByCodePoints(0, MAX_BASE)).strip();
        }
        if (base.isEmpty()) {
            base = slot.name().substring(slot.name().indexOf(':') + 1);
        }
        return base + "." + type.extension();
    }
}
