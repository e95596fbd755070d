package io.jiuye.core.internal.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.core.internal.TestImages;
import io.jiuye.core.internal.TestPlatform;
import io.jiuye.core.module.FileSlot;
import io.jiuye.core.module.FileStore;
import io.jiuye.core.module.FileType;
import io.jiuye.core.module.StoredFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The file store: what it accepts by decoding, limits per slot, atomic writes, streaming reads, audited deletes. */
class FileStoreTest {
    private static final FileSlot PHOTOS = FileSlot.images("test:photo", "photo", 64 * 1024, 2);
    private static final FileSlot PNG_ONLY = new FileSlot("test:png", "scan", Set.of(FileType.PNG), 1 << 20, 5);
    private static final Principal ZHANG = new Principal("usr_1", "2026001@S1", Role.STUDENT, "sch_1", null, null);

    private TestPlatform p;
    private FileStore files;

    @BeforeEach
    void setUp() {
        p = new TestPlatform();
        files = p.files;
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private StoredFile store(FileSlot slot, String owner, String name, byte[] content) {
        return files.store(ZHANG, slot, owner, name, new ByteArrayInputStream(content));
    }

    private JiuyeException refused(FileSlot slot, byte[] content) {
        JiuyeException e = assertThrows(JiuyeException.class, () -> store(slot, "grd_x", "x.png", content));
        assertEquals(CoreError.VALIDATION_FAILED, e.error());
        assertEquals(slot.field(), e.fieldErrors().get(0).field());
        return e;
    }

    private String refusedCode(FileSlot slot, byte[] content) {
        return refused(slot, content).fieldErrors().get(0).code();
    }

    @Test
    void wholePngAndJpegImagesAreStoredWithTheirTypeSizeAndDigest() throws Exception {
        byte[] png = TestImages.png(120, 90);
        byte[] jpeg = TestImages.jpeg(120, 90);
        StoredFile a = store(PHOTOS, "grd_a", "证件照.PNG", png);
        StoredFile b = store(PHOTOS, "grd_a", "me.png", jpeg);
        assertEquals(FileType.PNG, a.type());
        assertEquals("image/png", a.mediaType());
        assertEquals(png.length, a.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)), a.sha256());
        assertEquals("证件照.png", a.fileName());
        assertEquals(FileType.JPEG, b.type());
        assertEquals("me.jpg", b.fileName(), "the suffix follows the content, not the name");
        assertEquals("2026001@S1", a.storedBy());
        assertEquals(List.of(a, b), files.list("test:photo", "grd_a"));
        assertEquals(a, files.describe(a.id()));
        assertTrue(a.id().matches("fil_[0-9a-z]{20}"));
    }

    @Test
    void aTruncatedPngIsRefusedAsDamaged() {
        byte[] png = TestImages.png(120, 90);
        assertEquals("FILE_DAMAGED", refusedCode(PHOTOS, Arrays.copyOf(png, png.length - 12)), "IEND cut off");
        assertEquals("FILE_DAMAGED", refusedCode(PHOTOS, Arrays.copyOf(png, png.length / 2)), "cut in the data");
        assertEquals("FILE_DAMAGED", refusedCode(PHOTOS, Arrays.copyOf(png, 8)), "signature only");
    }

    @Test
    void aPngWhoseImageDataDoesNotDecodeIsRefusedEvenWithValidChecksums() {
        byte[] broken = corruptIdatKeepingCrc(TestImages.png(120, 90));
        assertEquals("FILE_DAMAGED", refusedCode(PHOTOS, broken));
    }

    @Test
    void aPngWithAZipAppendedIsRefused() throws IOException {
        byte[] png = TestImages.png(40, 40);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("payload.js"));
            z.write("alert(1)".getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals("FILE_TRAILING_DATA", refusedCode(PHOTOS, concat(png, zip.toByteArray())));
        assertEquals("FILE_TRAILING_DATA", refusedCode(PHOTOS, concat(png, new byte[] {0})), "even one byte");
    }

    @Test
    void aJpegWithBytesAfterItsEndOrCutShortIsRefused() {
        byte[] jpeg = TestImages.jpeg(120, 90);
        assertEquals("FILE_TRAILING_DATA", refusedCode(PHOTOS, concat(jpeg, "<?php echo 1; ?>".getBytes(
                StandardCharsets.US_ASCII))));
        assertEquals("FILE_DAMAGED", refusedCode(PHOTOS, Arrays.copyOf(jpeg, jpeg.length - 2)), "EOI cut off");
        assertEquals("FILE_DAMAGED", refusedCode(PHOTOS, Arrays.copyOf(jpeg, jpeg.length / 2)));
    }

    @Test
    void aMultiPictureJpegMayCarryFurtherWholeJpegsButNothingElse() {
        byte[] primary = TestImages.jpeg(120, 90);
        byte[] gainMap = TestImages.jpeg(60, 45);
        // an APP2 "MPF" segment right after SOI declares further images, as Ultra HDR and MPO photos do
        byte[] mpf = concat(new byte[] {(byte) 0xFF, (byte) 0xE2, 0, 10}, "MPF\0".getBytes(StandardCharsets.ISO_8859_1),
                new byte[] {'M', 'M', 0, 42});
        byte[] multi = concat(Arrays.copyOf(primary, 2), mpf, Arrays.copyOfRange(primary, 2, primary.length));
        assertEquals(FileType.JPEG, store(PHOTOS, "grd_a", "hdr.jpg", concat(multi, gainMap)).type());
        assertEquals("FILE_TRAILING_DATA", refusedCode(PHOTOS, concat(primary, gainMap)),
                "without MPF a second image is trailing data");
        assertEquals("FILE_TRAILING_DATA", refusedCode(PHOTOS, concat(multi, gainMap, "PK\u0003\u0004".getBytes(
                StandardCharsets.ISO_8859_1))), "after the declared images nothing else");
        assertEquals("FILE_DAMAGED", refusedCode(PHOTOS, concat(multi, Arrays.copyOf(gainMap, gainMap.length - 2))));
    }

    @Test
    void aRenamedTextFileOrAnotherTypeIsNotAllowed() {
        assertEquals("FILE_TYPE_NOT_ALLOWED", refusedCode(PHOTOS, "just text, named photo.png".getBytes(
                StandardCharsets.UTF_8)));
        assertEquals("FILE_TYPE_NOT_ALLOWED", refusedCode(PHOTOS, "GIF89a......".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("FILE_TYPE_NOT_ALLOWED", refusedCode(PNG_ONLY, TestImages.jpeg(20, 20)),
                "a JPEG where the slot takes only PNG");
        assertEquals("FILE_EMPTY", refusedCode(PHOTOS, new byte[0]));
    }

    @Test
    void anOversizedFileIsRefusedWithTheSlotsLimitAndNothingIsLeftOnDisk() throws IOException {
        FileSlot tiny = FileSlot.images("test:tiny", "photo", 1 << 20, 1);
        byte[] big = concat(TestImages.png(10, 10), new byte[(1 << 20) + 1]);
        JiuyeException e = refused(tiny, big);
        assertEquals("FILE_TOO_LARGE", e.fieldErrors().get(0).code());
        assertEquals(List.of(1L), e.fieldErrors().get(0).args());
        assertEquals(List.of(), filesOnDisk(), "neither the temporary file nor a stored one stays");
    }

    @Test
    void anImageWithTooManyPixelsIsRefusedBeforeItIsDecoded() {
        byte[] ihdr = ByteBuffer.allocate(13).putInt(10_000).putInt(10_000).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array();
        byte[] bomb = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, chunk("IHDR", ihdr),
                chunk("IDAT", new byte[] {0x78, (byte) 0x9C, 3, 0, 0, 0, 0, 1}), chunk("IEND", new byte[0]));
        assertEquals("FILE_DIMENSIONS_TOO_LARGE", refusedCode(PHOTOS, bomb));
    }

    @Test
    void aSlotHoldsItsCountPerOwnerAndADeleteFreesAPlace() {
        byte[] png = TestImages.png(20, 20);
        StoredFile first = store(PHOTOS, "grd_a", null, png);
        store(PHOTOS, "grd_a", null, png);
        JiuyeException e = assertThrows(JiuyeException.class, () -> store(PHOTOS, "grd_a", null, png));
        assertEquals("FILE_TOO_MANY", e.fieldErrors().get(0).code());
        assertEquals(List.of(2), e.fieldErrors().get(0).args());
        store(PHOTOS, "grd_b", null, png); // another owner has its own count
        files.delete(ZHANG, first.id());
        store(PHOTOS, "grd_a", null, png);
        assertEquals(2, files.list("test:photo", "grd_a").size());
    }

    @Test
    void aDeletedFileIsGoneFromEveryReadAndTheDeletionIsAudited() {
        StoredFile f = store(PHOTOS, "grd_a", "a.png", TestImages.png(20, 20));
        files.delete(ZHANG, f.id());
        for (Runnable read : List.<Runnable>of(() -> files.describe(f.id()), () -> files.open(f.id()),
                () -> files.delete(ZHANG, f.id()))) {
            assertEquals(CoreError.NOT_FOUND, assertThrows(JiuyeException.class, read::run).error());
        }
        assertEquals(List.of(), files.list("test:photo", "grd_a"));
        List<Object[]> audit = p.tx.inTransaction(em -> em.createQuery("SELECT s.actor, s.target, s.detail FROM"
                + " SecurityEvent s WHERE s.event = 'FILE_DELETED'", Object[].class).getResultList());
        assertEquals(1, audit.size());
        assertEquals("2026001@S1", audit.get(0)[0]);
        assertEquals(f.id(), audit.get(0)[1]);
        assertTrue(((String) audit.get(0)[2]).contains("test:photo of grd_a"));
    }

    @Test
    void aStoredFileIsWrittenWholeUnderItsIdAndReadAsAStream() throws IOException {
        byte[] jpeg = TestImages.jpeg(200, 150);
        StoredFile f = store(PHOTOS, "grd_a", "../../etc/passwd", jpeg);
        assertEquals("passwd.jpg", f.fileName());
        Path onDisk = p.fileFolder.resolve(f.id().substring(4, 6)).resolve(f.id());
        assertEquals(List.of(onDisk), filesOnDisk(), "one file, named by its id, no temporary file left");
        assertArrayEquals(jpeg, Files.readAllBytes(onDisk));
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        try (InputStream in = files.open(f.id())) {
            byte[] small = new byte[100];
            for (int n; (n = in.read(small)) != -1; ) {
                read.write(small, 0, n);
            }
        }
        assertArrayEquals(jpeg, read.toByteArray());
    }

    @Test
    void aFileReceivedButNotCommittedLeavesNothingBehind() throws Exception {
        FileDisk disk = new FileDisk(p.fileFolder);
        try (FileDisk.Received r = disk.receive("fil_abcdefghjkmnpqrstvwx", new ByteArrayInputStream(new byte[10]),
                100)) {
            assertTrue(r.temp().getFileName().toString().endsWith(".part"));
            assertEquals(disk.path("fil_abcdefghjkmnpqrstvwx").getParent(), r.temp().getParent(),
                    "the temporary file is in the file's own folder, so the rename is atomic");
        }
        assertEquals(List.of(), filesOnDisk());
        assertThrows(IllegalArgumentException.class, () -> disk.path("../../etc/passwd"));
    }

    @Test
    void anUploadThatBreaksOffIsTheClientsFaultAndLeavesNothing() throws IOException {
        InputStream breaksOff = new java.io.SequenceInputStream(new ByteArrayInputStream(TestImages.png(20, 20)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset");
                    }
                });
        JiuyeException e = assertThrows(JiuyeException.class, () -> files.store(ZHANG, PHOTOS, "grd_a", null,
                breaksOff));
        assertEquals(CoreError.BAD_REQUEST, e.error());
        assertEquals(List.of(), filesOnDisk());
    }

    @Test
    void aFileStoredInATransactionThatRollsBackHasNoRecord() {
        assertThrows(IllegalStateException.class, () -> p.tx.run(em -> {
            store(PHOTOS, "grd_a", null, TestImages.png(20, 20));
            throw new IllegalStateException("the caller's change fails");
        }));
        assertEquals(List.of(), files.list("test:photo", "grd_a"));
    }

    @Test
    void everyRefusalHasAMessageInChineseAndEnglish() throws IOException {
        for (String lang : List.of("zh", "en")) {
            Properties messages = new Properties();
            try (InputStream in = FileStoreImpl.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
                messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String code : List.of("FILE_TYPE_NOT_ALLOWED", "FILE_DAMAGED", "FILE_TRAILING_DATA",
                    "FILE_DIMENSIONS_TOO_LARGE", "FILE_EMPTY", "FILE_TOO_LARGE", "FILE_TOO_MANY")) {
                assertTrue(messages.containsKey("field." + code), lang + " " + code);
            }
        }
        assertEquals("文件不能超过2MB", p.messages.message("field.FILE_TOO_LARGE", Locale.CHINA, 2));
    }

    @Test
    void downloadNamesAreSafeAndTravelAsRfc5987() {
        FileSlot slot = PHOTOS;
        assertEquals("photo.png", FileNames.safe(null, FileType.PNG, slot));
        assertEquals("photo.png", FileNames.safe("  ...  ", FileType.PNG, slot));
        assertEquals("a b.png", FileNames.safe("C:\\Users\\x\\a\u0000 b\u202e.exe", FileType.PNG, slot));
        assertEquals("x".repeat(80) + ".jpg", FileNames.safe("x".repeat(300) + ".jpg", FileType.JPEG, slot));
        assertEquals("inline; filename=\"___.png\"; filename*=UTF-8''%E7%85%A7%E7%89%87%22.png",
                FileStore.contentDisposition("inline", "照片\".png"));
        assertEquals("attachment; filename=\"a b.jpg\"; filename*=UTF-8''a%20b.jpg",
                FileStore.contentDisposition("attachment", "a b.jpg"));
    }

    private List<Path> filesOnDisk() {
        if (!Files.exists(p.fileFolder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(p.fileFolder)) {
            return all.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] chunk(String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(t).put(data).putInt((int) crc.getValue())
                .array();
    }

    /** Flips bytes in the middle of the first IDAT chunk's compressed data and fixes the chunk's CRC. */
    private static byte[] corruptIdatKeepingCrc(byte[] png) {
        byte[] b = png.clone();
        ByteBuffer buf = ByteBuffer.wrap(b);
        int pos = 8;
        while (pos < b.length) {
            int length = buf.getInt(pos);
            String type = new String(b, pos + 4, 4, StandardCharsets.US_ASCII);
            if (type.equals("IDAT")) {
                for (int i = pos + 8 + 2; i < pos + 8 + length - 4; i += 7) {
                    b[i] ^= 0x5A;
                }
                CRC32 crc = new CRC32();
                crc.update(b, pos + 4, 4 + length);
                buf.putInt(pos + 8 + length, (int) crc.getValue());
                return b;
            }
            pos += 12 + length;
        }
        throw new IllegalStateException("no IDAT");
    }
}
