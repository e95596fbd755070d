package io.jiuye.core.internal.file;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The store's folder on disk. A file is named by its id only and kept in a subfolder named by two characters of
 * the id (so no folder grows past ~1,000 entries per million files). Writing goes to a temporary file in the same
 * folder, which is forced to disk and then renamed atomically: a reader, or another node sharing the folder, sees
 * the whole file or none.
 */
final class FileDisk {
    private static final String PART = ".part";
    private final Path root;

    FileDisk(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** Where the file with this id lives. Ids are generated ({@code fil_} + base-32), never user input. */
    Path path(String id) {
        if (!id.matches("fil_[0-9a-z]{20}")) {
            throw new IllegalArgumentException("not a file id: " + id);
        }
        return root.resolve(id.substring(4, 6)).resolve(id);
    }

    /** A received file, not yet in place. */
    record Received(String id, Path temp, long size, String sha256) implements AutoCloseable {
        /** Removes the temporary file if it was not moved into place. */
        @Override
        public void close() {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a left-over .part file is harmless
            }
        }
    }

    /**
     * Copies {@code content} to a temporary file next to the file's place and forces it to disk; refuses with
     * {@code FILE_TOO_LARGE} past {@code maxBytes} and {@code FILE_EMPTY} for nothing.
     */
    Received receive(String id, InputStream content, long maxBytes) throws ContentRefused {
        Path target = path(id);
        Path temp = target.resolveSibling(id + PART);
        try {
            Files.createDirectories(target.getParent());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[65536];
                for (int n; (n = readUpload(content, buffer)) != -1; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw new ContentRefused("FILE_TOO_LARGE", "more than " + maxBytes + " bytes");
                    }
                    sha.update(buffer, 0, n);
                    ByteBuffer b = ByteBuffer.wrap(buffer, 0, n);
                    while (b.hasRemaining()) {
                        out.write(b);
                    }
                }
                out.force(true);
            }
            if (size == 0) {
                throw new ContentRefused("FILE_EMPTY", "no content");
            }
            return new Received(id, temp, size, HexFormat.of().formatHex(sha.digest()));
        } catch (ContentRefused | RuntimeException e) {
            discard(temp);
            throw e;
        } catch (IOException e) {
            discard(temp);
            throw new UncheckedIOException("cannot write " + temp, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads from the uploader: a broken upload is the client's fault (400), not the disk's. */
    private static int readUpload(InputStream content, byte[] buffer) {
        try {
            return content.read(buffer);
        } catch (IOException e) {
            JiuyeException broken = new JiuyeException(CoreError.BAD_REQUEST);
            broken.initCause(e);
            throw broken;
        }
    }

    private static void discard(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a left-over .part file is harmless
        }
    }

    /** Moves a received file into place atomically and forces the folder entry to disk. */
    void commit(Received received) {
        Path target = path(received.id());
        try {
            try {
                Files.move(received.temp(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IllegalStateException("the file store's folder must allow atomic renames: " + root, e);
            }
            try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException e) {
                // some platforms cannot open a folder for syncing; the rename itself stands
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + received.temp() + " into place", e);
        }
    }

    /** Streams the file's content. */
    InputStream open(String id) {
        Path p = path(id);
        try {
            return Files.newInputStream(p);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("stored file " + id + " is missing from " + root
                    + " (is the shared folder mounted on this node?)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }
}
