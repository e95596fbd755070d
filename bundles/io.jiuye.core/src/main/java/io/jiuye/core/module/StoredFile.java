package io.jiuye.core.module;

import java.time.Instant;

/**
 * A file in the {@link FileStore}: its metadata, never its content.
 *
 * @param id        opaque public id ({@code fil_…}); the file's name on disk, never anything the uploader chose
 * @param slot      the slot's name
 * @param owner     the record it belongs to, as the module named it (usually that record's public id)
 * @param type      its kind, established from its content
 * @param size      bytes
 * @param sha256    lower-case hex digest of the content
 * @param fileName  a safe download name: the uploader's name cleaned of paths and control characters, with the
 *                  suffix of its type
 * @param storedAt  when it was stored
 * @param storedBy  user name of the uploader ({@code system} for files moved in by an upgrade)
 */
public record StoredFile(String id, String slot, String owner, FileType type, long size, String sha256,
        String fileName, Instant storedAt, String storedBy) {

    public String mediaType() {
        return type.mediaType();
    }
}
