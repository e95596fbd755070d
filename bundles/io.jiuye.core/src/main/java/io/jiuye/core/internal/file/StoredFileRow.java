package io.jiuye.core.internal.file;

import io.jiuye.core.module.Identified;
import io.jiuye.core.module.FileType;
import io.jiuye.core.module.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Metadata of one stored file (table {@code stored_file}); the content is on disk under its public id. */
@Entity
@Table(name = "stored_file")
public class StoredFileRow extends Identified {
    @Column(name = "public_id", nullable = false, updatable = false)
    private String publicId;
    @Column(name = "slot")
    private String slot;
    @Column(name = "owner_ref")
    private String owner;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "size_bytes")
    private long size;
    @Column(name = "sha256")
    private String sha256;
    @Column(name = "file_name")
    private String fileName;
    /** False for content moved in from before the store that failed today's checks (kept, never lost). */
    @Column(name = "content_checked")
    private boolean contentChecked;
    @Column(name = "stored_at")
    private Instant storedAt;
    @Column(name = "stored_by")
    private String storedBy;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Column(name = "deleted_by")
    private String deletedBy;

    protected StoredFileRow() {
    }

    StoredFileRow(String publicId, String slot, String owner, FileType type, long size, String sha256,
            String fileName, boolean contentChecked, Instant storedAt, String storedBy) {
        this.publicId = publicId;
        this.slot = slot;
        this.owner = owner;
        this.mediaType = type.mediaType();
        this.size = size;
        this.sha256 = sha256;
        this.fileName = fileName;
        this.contentChecked = contentChecked;
        this.storedAt = storedAt;
        this.storedBy = storedBy;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    boolean isContentChecked() {
        return contentChecked;
    }

    void delete(String by, Instant at) {
        this.deletedBy = by;
        this.deletedAt = at;
    }

    StoredFile toDto() {
        return new StoredFile(publicId, slot, owner, FileType.ofMediaType(mediaType), size, sha256, fileName,
                storedAt, storedBy);
    }
}
