package io.jiuye.core.internal.file;

import io.jiuye.core.module.FileType;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * Tells what an uploaded image is by its content and proves it is one whole image and nothing else: the file's
 * structure is walked to its end marker (PNG chunks with their CRCs up to {@code IEND}; JPEG segments and
 * entropy-coded scans up to {@code EOI}), nothing may follow that marker (but the further whole JPEG images a
 * multi-picture JPEG declares in its {@code MPF} segment), and the image is decoded completely with
 * ImageIO, where a warning (e.g. premature end of JPEG data) counts as damage. So a truncated image, or a ZIP or
 * script appended to a valid one (a polyglot), is refused before it reaches a PDF or a browser.
 */
final class ImageContent {
    static final String TYPE_NOT_ALLOWED = "FILE_TYPE_NOT_ALLOWED";
    static final String DAMAGED = "FILE_DAMAGED";
    static final String TRAILING_DATA = "FILE_TRAILING_DATA";
    static final String DIMENSIONS_TOO_LARGE = "FILE_DIMENSIONS_TOO_LARGE";
    /** Most pixels an uploaded image may have (e.g. 8,000 × 5,000); more is a decompression bomb, not a photo. */
    static final long MAX_PIXELS = 40_000_000L;
    /** Images are decoded subsampled to about this many pixels, so checking one costs little memory. */
    private static final long DECODE_PIXELS = 1_000_000L;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    private ImageContent() {
    }

    /** The file's type by its first bytes, or {@code null} when it is none the store knows. */
    static FileType sniff(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return FileType.JPEG;
        }
        if (head.length >= 8 && java.util.Arrays.equals(head, 0, 8, PNG_SIGNATURE, 0, 8)) {
            return FileType.PNG;
        }
        return null;
    }

    /** Checks the file completely; returns its type, one of {@code allowed}. */
    static FileType check(Path file, Set<FileType> allowed) throws ContentRefused, IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        FileType type = sniff(head);
        if (type == null || !allowed.contains(type)) {
            throw new ContentRefused(TYPE_NOT_ALLOWED, "content is not " + allowed);
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 65536))) {
            switch (type) {
                case PNG -> {
                    walkPng(in);
                    requireEnd(in);
                }
                case JPEG -> {
                    in.skipNBytes(2); // SOI
                    if (walkJpeg(in)) {
                        walkFurtherJpegs(in);
                    }
                    requireEnd(in);
                }
                default -> throw new IllegalStateException(type.name());
            }
        } catch (EOFException e) {
            throw new ContentRefused(DAMAGED, "ends before the image's end marker");
        }
        decode(file, type);
        return type;
    }

    private static void walkPng(DataInputStream in) throws IOException, ContentRefused {
        in.skipNBytes(8);
        boolean first = true;
        byte[] buffer = new byte[8192];
        while (true) {
            long length = in.readInt() & 0xFFFFFFFFL;
            byte[] type = new byte[4];
            in.readFully(type);
            String name = new String(type, java.nio.charset.StandardCharsets.US_ASCII);
            if (length > Integer.MAX_VALUE || (first && !name.equals("IHDR"))) {
                throw new ContentRefused(DAMAGED, "bad PNG chunk " + name);
            }
            first = false;
            CRC32 crc = new CRC32();
            crc.update(type);
            for (long left = length; left > 0; ) {
                int n = (int) Math.min(buffer.length, left);
                in.readFully(buffer, 0, n);
                crc.update(buffer, 0, n);
                left -= n;
            }
            if ((in.readInt() & 0xFFFFFFFFL) != crc.getValue()) {
                throw new ContentRefused(DAMAGED, "CRC mismatch in PNG chunk " + name);
            }
            if (name.equals("IEND")) {
                return;
            }
        }
    }

    private static void requireEnd(DataInputStream in) throws IOException, ContentRefused {
        if (in.read() != -1) {
            throw new ContentRefused(TRAILING_DATA, "bytes after the image's end marker");
        }
    }

    /**
     * Walks a JPEG's segments from after its SOI to its EOI; returns whether it declares further images (an APP2
     * {@code MPF} segment: multi-picture files, e.g. the gain map of an Ultra HDR photo, follow the first image).
     */
    private static boolean walkJpeg(DataInputStream in) throws IOException, ContentRefused {
        boolean multiPicture = false;
        int marker = nextMarker(in);
        while (true) {
            if (marker == 0xD9) { // EOI
                return multiPicture;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length
                marker = nextMarker(in);
                continue;
            }
            int length = in.readUnsignedShort();
            if (length < 2) {
                throw new ContentRefused(DAMAGED, "bad JPEG segment length");
            }
            long left = length - 2L;
            if (marker == 0xE2 && left >= 4) {
                byte[] id = new byte[4];
                in.readFully(id);
                left -= 4;
                multiPicture |= id[0] == 'M' && id[1] == 'P' && id[2] == 'F' && id[3] == 0;
            }
            in.skipNBytes(left);
            marker = marker == 0xDA ? afterScan(in) : nextMarker(in);
        }
    }

    /** After a multi-picture JPEG's first image only whole JPEG images may follow, up to the file's end. */
    private static void walkFurtherJpegs(DataInputStream in) throws IOException, ContentRefused {
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b != 0xFF || in.read() != 0xD8) {
                throw new ContentRefused(TRAILING_DATA, "bytes after the images of a multi-picture JPEG");
            }
            walkJpeg(in);
        }
    }

    /** The marker after a segment: 0xFF, optional fill bytes 0xFF, then the marker code. */
    private static int nextMarker(DataInputStream in) throws IOException, ContentRefused {
        if (in.readUnsignedByte() != 0xFF) {
            throw new ContentRefused(DAMAGED, "JPEG marker expected");
        }
        int m;
        do {
            m = in.readUnsignedByte();
        } while (m == 0xFF);
        if (m == 0x00) {
            throw new ContentRefused(DAMAGED, "JPEG marker expected");
        }
        return m;
    }

    /** Skips entropy-coded data (stuffed 0xFF00 and restart markers included); returns the marker that ends it. */
    private static int afterScan(DataInputStream in) throws IOException {
        while (true) {
            if (in.readUnsignedByte() != 0xFF) {
                continue;
            }
            int m;
            do {
                m = in.readUnsignedByte();
            } while (m == 0xFF);
            if (m != 0x00 && (m < 0xD0 || m > 0xD7)) {
                return m;
            }
        }
    }

    private static void decode(Path file, FileType type) throws ContentRefused, IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + type.mediaType());
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MAX_PIXELS) {
                throw new ContentRefused(DIMENSIONS_TOO_LARGE, pixels + " pixels");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.ceil(Math.sqrt((double) pixels / DECODE_PIXELS));
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            throw new ContentRefused(DAMAGED, "does not decode: " + e);
        } finally {
            reader.dispose();
        }
        if (!warnings.isEmpty()) {
            throw new ContentRefused(DAMAGED, "decoded with warnings: " + warnings);
        }
    }
}
