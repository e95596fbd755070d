package io.jiuye.core.module;

import java.util.Locale;

/** Kinds of uploaded file the {@link FileStore} knows how to check by content, with their media type and suffix. */
public enum FileType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name suffix without the dot, lower case. */
    public String extension() {
        return extension;
    }

    /** The type of a media type, or {@code null}. */
    public static FileType ofMediaType(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        String m = mediaType.toLowerCase(Locale.ROOT).strip();
        for (FileType t : values()) {
            if (t.mediaType.equals(m)) {
                return t;
            }
        }
        return null;
    }
}
