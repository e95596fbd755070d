package io.jiuye.documents.internal;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.document.DocumentError;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one font documents are printed in: a TrueType font (.ttf) or a face of a TrueType collection (.ttc) with
 * Chinese and Latin glyphs, embedded as a subset of the glyphs used. Each document opens its own {@link Face}: the
 * file is read lazily (only the tables and glyphs needed), and fontbox fonts are not shared between threads.
 */
final class DocumentFont {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentFont.class);

    /** Debian/Ubuntu package {@code fonts-wqy-microhei}: Droid Sans Fallback's CJK glyphs plus Droid Sans Latin. */
    static final String DEFAULT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    static final String DEFAULT_NAME = "WenQuanYiMicroHei";
    static final String INSTALL_HINT = "install the font package (apt-get install fonts-wqy-microhei) or set fontPath"
            + " (and fontName for a .ttc) in etc/io.jiuye.documents.cfg";

    /** The last path whose failure was logged, so a missing font is logged once, not at every request. */
    private static final AtomicReference<String> LOGGED = new AtomicReference<>();

    private final Path path;
    private final String name;

    DocumentFont(String path, String name) {
        this.path = Path.of(path == null || path.isBlank() ? DEFAULT_PATH : path.strip());
        this.name = name == null ? "" : name.strip();
    }

    Path path() {
        return path;
    }

    /** Opens the font, or {@code DOCUMENT_FONT_UNAVAILABLE} (logged once per path) when it cannot be used. */
    Face open() {
        try {
            Face face = load();
            LOGGED.compareAndSet(path.toString(), null);
            return face;
        } catch (IOException | RuntimeException e) {
            if (!path.toString().equals(LOGGED.getAndSet(path.toString()))) {
                LOG.error("Documents cannot be rendered: font {} is not usable ({}); {}", path, e.getMessage(),
                        INSTALL_HINT);
            }
            throw new JiuyeException(DocumentError.DOCUMENT_FONT_UNAVAILABLE, path.toString());
        }
    }

    /** Checks the font at activation and logs what will be used. */
    void probe() {
        try (Face face = open()) {
            LOG.info("Documents are printed in font {} from {}", face.font().getName(), path);
        } catch (JiuyeException e) {
            // logged by open()
        } catch (IOException e) {
            LOG.debug("Closing font {}: {}", path, e.getMessage());
        }
    }

    private Face load() throws IOException {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IOException("no readable file");
        }
        TrueTypeFont font;
        Closeable owner;
        if (isCollection(path)) {
            TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
            try {
                font = pick(collection);
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
            owner = collection;
        } else {
            font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
            owner = font;
        }
        try {
            if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
                throw new IOException("OpenType with CFF outlines cannot be subset; use a TrueType font");
            }
            return new Face(font, font.getUnicodeCmapLookup(), owner);
        } catch (IOException | RuntimeException e) {
            owner.close();
            throw e;
        }
    }

    private TrueTypeFont pick(TrueTypeCollection collection) throws IOException {
        List<TrueTypeFont> faces = new ArrayList<>();
        collection.processAllFonts(faces::add);
        if (faces.isEmpty()) {
            throw new IOException("empty font collection");
        }
        if (name.isEmpty()) {
            return faces.get(0);
        }
        List<String> names = new ArrayList<>();
        for (TrueTypeFont f : faces) {
            if (name.equals(f.getName())) {
                return f;
            }
            names.add(f.getName());
        }
        throw new IOException("no face " + name + " in the collection, only " + names);
    }

    private static boolean isCollection(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] tag = in.readNBytes(4);
            return tag.length == 4 && tag[0] == 't' && tag[1] == 't' && tag[2] == 'c' && tag[3] == 'f';
        }
    }

    /** An open font for one document; close it after the document is saved. */
    static final class Face implements Closeable {
        private final TrueTypeFont font;
        private final CmapLookup cmap;
        private final Closeable owner;

        private Face(TrueTypeFont font, CmapLookup cmap, Closeable owner) {
            this.font = font;
            this.cmap = cmap;
            this.owner = owner;
        }

        TrueTypeFont font() {
            return font;
        }

        /** Whether the font has a glyph for the character. */
        boolean canPrint(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }

        @Override
        public void close() throws IOException {
            owner.close();
        }
    }

    /** For tests: forget which failure was logged. */
    static void resetLogged() {
        LOGGED.set(null);
    }
}
