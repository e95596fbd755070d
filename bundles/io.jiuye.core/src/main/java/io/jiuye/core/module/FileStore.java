package io.jiuye.core.module;

import io.jiuye.api.Principal;
import java.io.InputStream;
import java.util.List;

/**
 * The platform's one store for uploaded files. Content goes to disk under the configured folder (PID
 * {@code io.jiuye.files}), named by a random id; metadata goes to the database in the caller's transaction when one
 * is open on this thread. Files never go away with a record's state or a plugin: only {@link #delete} removes one
 * from view, and it is audited.
 *
 * <p>Refusals are {@code VALIDATION_FAILED} (422) with one field error on {@link FileSlot#field()}:
 * {@code FILE_TYPE_NOT_ALLOWED} (not one of the slot's types by content), {@code FILE_DAMAGED} (does not decode
 * completely: truncated, corrupt), {@code FILE_TRAILING_DATA} (bytes after the image's end, e.g. a ZIP appended to
 * a PNG), {@code FILE_DIMENSIONS_TOO_LARGE} (more pixels than an upload may have), {@code FILE_EMPTY},
 * {@code FILE_TOO_LARGE} (argument: MB) and {@code FILE_TOO_MANY} (argument: the slot's count).
 * Authorization is the calling module's: the store trusts its caller.
 */
@org.osgi.annotation.versioning.ProviderType
public interface FileStore {

    /**
     * Checks and stores one file. Reads {@code content} to its end (and no further than one byte past the slot's
     * limit) but does not close it.
     *
     * @param uploader who uploads it (recorded)
     * @param owner    the record the file belongs to; the slot's count applies per owner
     * @param fileName the name the uploader gave, or {@code null}; only used, cleaned, as the download name
     */
    StoredFile store(Principal uploader, FileSlot slot, String owner, String fileName, InputStream content);

    /** The file's metadata; {@code NOT_FOUND} when it does not exist or was deleted. */
    StoredFile describe(String fileId);

    /** Files of an owner in a slot, oldest first, without deleted ones. */
    List<StoredFile> list(String slot, String owner);

    /** Streams the content; the caller closes the stream. {@code NOT_FOUND} as for {@link #describe}. */
    InputStream open(String fileId);

    /**
     * Deletes a file on its owner's explicit request: it leaves every list and read at once and the security
     * audit records who deleted it. The calling module checks that the record is still editable by {@code actor}.
     */
    void delete(Principal actor, String fileId);

    /**
     * A {@code Content-Disposition} header value for a download: {@code disposition} ({@code inline} or
     * {@code attachment}) with an ASCII {@code filename} and the exact name as RFC 5987 {@code filename*}.
     */
    static String contentDisposition(String disposition, String fileName) {
        if (!"inline".equals(disposition) && !"attachment".equals(disposition)) {
            throw new IllegalArgumentException("disposition: " + disposition);
        }
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean attrChar = c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0);
            encoded.append(attrChar ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        fileName.codePoints().forEach(cp -> ascii.append(cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\'
                ? Character.toString(cp) : "_"));
        return disposition + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
