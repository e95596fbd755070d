package io.jiuye.core.internal.file;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.core.internal.audit.SecurityAuditLog;
import io.jiuye.core.internal.persistence.Database;
import io.jiuye.core.module.PublicIds;
import io.jiuye.core.module.Transactions;
import io.jiuye.core.module.FileSlot;
import io.jiuye.core.module.FileStore;
import io.jiuye.core.module.LegacyFiles;
import io.jiuye.core.module.FileType;
import io.jiuye.core.module.StoredFile;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link FileStore}: content on disk ({@link FileDisk}), checked by {@link ImageContent}, metadata in table
 * {@code stored_file}. Writing a file: receive it to a temporary file (size limit, SHA-256), check it completely,
 * then in one transaction (the caller's, when open) count the owner's files, record the row and rename the file
 * into place. If that transaction rolls back after the rename, the file stays on disk without a row: unreachable,
 * never served.
 */
@Component(service = {FileStore.class, LegacyFiles.class}, configurationPid = FileStoreImpl.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = FileStoreImpl.Config.class)
public final class FileStoreImpl implements FileStore, LegacyFiles {
    public static final String PID = "io.jiuye.files";
    static final String UPGRADE_USER = "system";
    private static final Logger LOG = LoggerFactory.getLogger(FileStoreImpl.class);

    @ObjectClassDefinition(name = "Jiuye file store", description = "Where uploaded files are kept")
    public @interface Config {
        @AttributeDefinition(description = "Folder of the stored files; empty for ${jiuye.data}/files. Every node "
                + "sharing the database must see the same folder (a shared mount)")
        String path() default "";
    }

    private final Transactions tx;
    private final Clock clock;
    private final SecurityAuditLog audit;
    private volatile FileDisk disk;

    @Activate
    public FileStoreImpl(@Reference Transactions tx, @Reference Clock clock, @Reference SecurityAuditLog audit,
            Config config) {
        this(tx, clock, audit, folder(config));
    }

    /** A store on {@code folder}, for tests. */
    public FileStoreImpl(Transactions tx, Clock clock, SecurityAuditLog audit, Path folder) {
        this.tx = tx;
        this.clock = clock;
        this.audit = audit;
        this.disk = new FileDisk(folder);
        LOG.info("File store in {}", folder.toAbsolutePath());
    }

    /** A new folder applies to the next file written or read; files already written stay where they are. */
    @Modified
    void modified(Config config) {
        disk = new FileDisk(folder(config));
        LOG.info("File store now in {}", disk.root().toAbsolutePath());
    }

    private static Path folder(Config config) {
        return config.path().isBlank() ? Database.DataDirectory.path().resolve("files") : Path.of(config.path());
    }

    @Override
    public StoredFile store(Principal uploader, FileSlot slot, String owner, String fileName, InputStream content) {
        Objects.requireNonNull(uploader, "uploader");
        Objects.requireNonNull(owner, "owner");
        tx.run(em -> requireRoom(em, slot, owner));
        FileDisk d = disk;
        try (FileDisk.Received received = d.receive(PublicIds.next("fil"), content, slot.maxBytes())) {
            FileType type = ImageContent.check(received.temp(), slot.types());
            return tx.inTransaction(em -> {
                requireRoom(em, slot, owner);
                StoredFileRow row = new StoredFileRow(received.id(), slot.name(), owner, type, received.size(),
                        received.sha256(), FileNames.safe(fileName, type, slot), true, clock.instant(),
                        uploader.username());
                em.persist(row);
                em.flush();
                d.commit(received);
                return row.toDto();
            });
        } catch (ContentRefused e) {
            LOG.debug("Upload to {} refused: {} ({})", slot.name(), e.code(), e.getMessage());
            throw refusal(slot, e.code());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JiuyeException refusal(FileSlot slot, String code) {
        return switch (code) {
            case "FILE_TOO_LARGE" -> JiuyeException.invalid(slot.field(), code, Math.max(1, slot.maxBytes() >> 20));
            case "FILE_DIMENSIONS_TOO_LARGE" -> JiuyeException.invalid(slot.field(), code,
                    ImageContent.MAX_PIXELS / 1_000_000);
            default -> JiuyeException.invalid(slot.field(), code);
        };
    }

    private static void requireRoom(EntityManager em, FileSlot slot, String owner) {
        long count = em.createQuery("SELECT COUNT(f) FROM StoredFileRow f WHERE f.owner = :o AND f.slot = :s"
                + " AND f.deletedAt IS NULL", Long.class).setParameter("o", owner).setParameter("s", slot.name())
                .getSingleResult();
        if (count >= slot.maxCount()) {
            throw JiuyeException.invalid(slot.field(), "FILE_TOO_MANY", slot.maxCount());
        }
    }

    @Override
    public StoredFile describe(String fileId) {
        return tx.inTransaction(em -> live(em, fileId).toDto());
    }

    private static StoredFileRow live(EntityManager em, String fileId) {
        return em.createQuery("SELECT f FROM StoredFileRow f WHERE f.publicId = :id", StoredFileRow.class)
                .setParameter("id", fileId).getResultList().stream().filter(f -> !f.isDeleted()).findFirst()
                .orElseThrow(() -> new JiuyeException(CoreError.NOT_FOUND));
    }

    @Override
    public List<StoredFile> list(String slot, String owner) {
        return tx.inTransaction(em -> em.createQuery("SELECT f FROM StoredFileRow f WHERE f.owner = :o"
                + " AND f.slot = :s AND f.deletedAt IS NULL ORDER BY f.storedAt, f.id", StoredFileRow.class)
                .setParameter("o", owner).setParameter("s", slot).getResultList().stream()
                .map(StoredFileRow::toDto).toList());
    }

    @Override
    public InputStream open(String fileId) {
        StoredFile f = describe(fileId);
        return disk.open(f.id());
    }

    @Override
    public void delete(Principal actor, String fileId) {
        Objects.requireNonNull(actor, "actor");
        tx.run(em -> {
            StoredFileRow row = live(em, fileId);
            row.delete(actor.username(), clock.instant());
            StoredFile f = row.toDto();
            audit.success(SecurityAuditLog.Event.FILE_DELETED, actor, null, f.id(),
                    f.slot() + " of " + f.owner() + ", " + f.size() + " bytes, sha256 " + f.sha256());
        });
    }

    @Override
    public StoredFile adopt(FileSlot slot, String owner, String fileName, byte[] content, Instant storedAt) {
        FileType sniffed = ImageContent.sniff(java.util.Arrays.copyOf(content, Math.min(8, content.length)));
        if (sniffed == null) {
            throw new IllegalStateException("content of " + slot.name() + " for " + owner + " is no known type");
        }
        FileDisk d = disk;
        try (FileDisk.Received received = d.receive(PublicIds.next("fil"), new ByteArrayInputStream(content),
                Long.MAX_VALUE)) {
            boolean checked = true;
            try {
                ImageContent.check(received.temp(), slot.types());
            } catch (ContentRefused e) {
                checked = false;
                LOG.warn("Moved {} of {} into the store as {} although it fails today's check: {} ({})", slot.name(),
                        owner, received.id(), e.code(), e.getMessage());
            }
            StoredFileRow row = new StoredFileRow(received.id(), slot.name(), owner, sniffed, received.size(),
                    received.sha256(), FileNames.safe(fileName, sniffed, slot), checked, storedAt, UPGRADE_USER);
            return tx.inTransaction(em -> {
                em.persist(row);
                em.flush();
                d.commit(received);
                return row.toDto();
            });
        } catch (ContentRefused e) {
            throw new IllegalStateException("cannot adopt empty content of " + slot.name() + " for " + owner, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
