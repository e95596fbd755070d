package io.jiuye.core.internal.graduate;

/** Uploaded images, told apart by their content (magic numbers), whatever the upload claims to be. */
final class Images {
    private Images() {
    }

    /** {@code image/jpeg} or {@code image/png} by the file's first bytes, or {@code null} for anything else. */
    static String type(byte[] b) {
        if (b == null || b.length < 8) {
            return null;
        }
        if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if ((b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        return null;
    }
}
