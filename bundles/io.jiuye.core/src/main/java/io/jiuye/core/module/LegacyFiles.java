package io.jiuye.core.module;

import java.time.Instant;

/**
 * Takes in content that was stored before the file store existed (BLOB columns). Unlike an upload it is never
 * refused for its content: it was accepted once and must not be lost. Content that fails today's checks is kept
 * with {@code content_checked = false} and logged.
 */
@org.osgi.annotation.versioning.ProviderType
public interface LegacyFiles {

    /** Stores the content as a file of {@code slot} and {@code owner}, in the caller's transaction. */
    StoredFile adopt(FileSlot slot, String owner, String fileName, byte[] content, Instant storedAt);
}
