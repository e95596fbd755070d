package io.jiuye.graduates.internal;

import io.jiuye.api.graduate.SourceCorrectionService;
import io.jiuye.core.module.BlobMove;
import io.jiuye.core.module.LegacyFiles;
import io.jiuye.core.module.Transactions;
import io.jiuye.core.module.FileSlot;
import io.jiuye.core.module.FileStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The graduate module's upload slots in the file store, and the move of the images it kept in BLOB columns before
 * the store existed (recommendation-form photos, correction evidence). The move runs when this component activates,
 * before the services that read those images get it; it is idempotent (see {@link BlobMove}).
 */
@Component(service = GraduateFiles.class)
public final class GraduateFiles {
    private static final long MAX_IMAGE_BYTES = 2L * 1024 * 1024;
    /** The photo on a graduate's recommendation form; owner: the graduate's public id. */
    static final FileSlot PHOTO = FileSlot.images("graduate:recommendation-photo", "photo", MAX_IMAGE_BYTES, 1);
    /** Evidence images of a correction request; owner: the request's review item public id. */
    static final FileSlot EVIDENCE = FileSlot.images("graduate:correction-evidence", "evidence", MAX_IMAGE_BYTES,
            SourceCorrectionService.MAX_EVIDENCE);

    static final BlobMove.Source PHOTOS_BEFORE_V12 = new BlobMove.Source(PHOTO, "photo",
            "SELECT r.id, g.public_id, r.photo, r.updated_at FROM recommendation_form r"
                    + " JOIN graduate g ON g.id = r.graduate_id WHERE r.photo IS NOT NULL ORDER BY r.id",
            (em, key, file) -> em.createNativeQuery("UPDATE recommendation_form SET photo_file = ?, photo = NULL"
                    + " WHERE id = ? AND photo IS NOT NULL").setParameter(1, file.id()).setParameter(2, key)
                    .executeUpdate());
    static final BlobMove.Source EVIDENCE_BEFORE_V12 = new BlobMove.Source(EVIDENCE, "evidence",
            "SELECT e.id, i.public_id, e.content, e.uploaded_at FROM correction_evidence e"
                    + " JOIN review_item i ON i.id = e.review_item_id ORDER BY e.id",
            (em, key, file) -> em.createNativeQuery("DELETE FROM correction_evidence WHERE id = ?")
                    .setParameter(1, key).executeUpdate());

    private final FileStore store;

    @Activate
    public GraduateFiles(@Reference(target = GraduatesDataModule.TX) Transactions tx, @Reference FileStore store,
            @Reference LegacyFiles legacy) {
        this.store = store;
        BlobMove.run(tx, legacy, PHOTOS_BEFORE_V12);
        BlobMove.run(tx, legacy, EVIDENCE_BEFORE_V12);
    }

    FileStore store() {
        return store;
    }

    /** The whole content of a stored image (at most a slot's 2 MB). */
    byte[] read(String fileId) {
        try (InputStream in = store.open(fileId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
