package io.jiuye.graduates.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.Principal;
import io.jiuye.core.internal.TestImages;
import io.jiuye.core.internal.TestPlatform;
import io.jiuye.core.module.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The move of images kept in BLOB columns before the file store (V6 photos, V10 evidence): a database holding them
 * as an upgraded one does after V12, the move at start-up, and a second start that finds nothing left to move.
 */
class GraduateFilesTest {
    private static final Instant UPLOADED = Instant.parse("2026-02-20T08:30:00Z");
    private TestPlatform p;
    private GraduatesFixture m;
    private TestPlatform.School s;
    private Principal zhang;
    private ApprovedGraduate graduate;

    @BeforeEach
    void setUp() {
        p = new TestPlatform(new GraduatesDataModule());
        m = new GraduatesFixture(p);
        graduate = new ApprovedGraduate(p, m);
        s = graduate.s;
        zhang = graduate.zhang;
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private String correctionItem() {
        graduate.approveSourceInfo();
        return m.corrections.request(zhang, Map.of("phone", "13900139000"), "换号",
                m.sourceInfo.mine(zhang).version()).reviewItemId();
    }

    @Test
    void blobsMoveIntoTheStoreOnceAndReadTheSameAfterwards() throws IOException {
        byte[] photo = TestImages.jpeg(60, 80);
        byte[] evidence = TestImages.png(30, 20);
        // accepted by the old magic-byte check; must be kept, not lost, though today's check refuses it
        byte[] polyglot = concat(TestImages.png(10, 10), "PK\u0003\u0004 zip".getBytes(StandardCharsets.ISO_8859_1));
        String item = correctionItem();
        m.recommendations.mine(zhang);
        p.tx.run(em -> {
            em.createNativeQuery("UPDATE recommendation_form SET photo = ?, photo_type = 'image/jpeg'")
                    .setParameter(1, photo).executeUpdate();
            int n = 0;
            for (byte[] content : List.of(evidence, polyglot)) {
                em.createNativeQuery("INSERT INTO correction_evidence (id, review_item_id, media_type, content,"
                        + " uploaded_at) VALUES (?, (SELECT id FROM review_item WHERE public_id = ?), 'image/png', ?, ?)")
                        .setParameter(1, 900_001L + n++).setParameter(2, item).setParameter(3, content)
                        .setParameter(4, LocalDateTime.ofInstant(UPLOADED.plusSeconds(n), ZoneOffset.UTC))
                        .executeUpdate();
            }
        });
        assertFalse(m.recommendations.mine(zhang).hasPhoto(), "before the move the form does not see its photo");

        new GraduateFiles(p.tx, p.files, p.files); // the next start

        assertTrue(m.recommendations.mine(zhang).hasPhoto());
        String photoFile = p.tx.inTransaction(em -> {
            Object[] row = (Object[]) em.createNativeQuery("SELECT photo, photo_file FROM recommendation_form")
                    .getSingleResult();
            assertNull(row[0], "the BLOB is emptied once its file is in the store");
            return (String) row[1];
        });
        assertNotNull(photoFile);
        StoredFile moved = p.files.describe(photoFile);
        assertEquals("graduate:recommendation-photo", moved.slot());
        assertEquals("image/jpeg", moved.mediaType());
        assertEquals("photo.jpg", moved.fileName());
        assertEquals("system", moved.storedBy());
        try (InputStream in = p.files.open(photoFile)) {
            assertArrayEquals(photo, in.readAllBytes());
        }
        assertArrayEquals(evidence, m.corrections.evidence(s.schoolAdmin, item, 0).content());
        assertArrayEquals(polyglot, m.corrections.evidence(s.schoolAdmin, item, 1).content());
        List<StoredFile> files = p.files.list("graduate:correction-evidence", item);
        assertEquals(UPLOADED.plusSeconds(1), files.get(0).storedAt(), "the upload time is kept");
        assertEquals(List.of(true, false), p.tx.inTransaction(em -> em.createQuery("SELECT f.contentChecked FROM"
                + " StoredFileRow f WHERE f.slot = 'graduate:correction-evidence' ORDER BY f.id", Boolean.class)
                .getResultList()), "the polyglot is kept and marked as failing today's check");
        assertEquals(0L, count("SELECT COUNT(*) FROM correction_evidence"), "moved rows leave the old table");

        long rows = count("SELECT COUNT(*) FROM stored_file");
        List<Path> onDisk = filesOnDisk();
        assertEquals(3, rows);
        assertEquals(3, onDisk.size());
        new GraduateFiles(p.tx, p.files, p.files); // and the start after that
        assertEquals(rows, count("SELECT COUNT(*) FROM stored_file"), "a second run moves nothing");
        assertEquals(onDisk, filesOnDisk());
        assertEquals(photoFile, p.tx.inTransaction(em -> em.createNativeQuery(
                "SELECT photo_file FROM recommendation_form").getSingleResult()));
    }

    private long count(String sql) {
        return p.tx.inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private List<Path> filesOnDisk() throws IOException {
        try (Stream<Path> all = Files.walk(p.fileFolder)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
