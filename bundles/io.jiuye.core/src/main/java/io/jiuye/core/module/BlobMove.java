package io.jiuye.core.module;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Blob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves content from a BLOB column into the file store, a batch of rows per transaction: each row's content becomes
 * a stored file and the row is marked moved (its column emptied, or the row deleted) in the same transaction. The
 * query selects only rows not moved yet, so running it again, or after a crash, moves only what is left; a crash
 * between the rename and the commit leaves an unreferenced file on disk and the row to be moved again. Nodes that
 * start together may race for a row: the one whose mark changes nothing rolls its batch back.
 */
public final class BlobMove {
    private static final Logger LOG = LoggerFactory.getLogger(BlobMove.class);
    private static final int BATCH = 20;

    /** Marks one row moved, in the transaction that stored its file; returns the rows changed. */
    @FunctionalInterface
    public interface Moved {
        int done(EntityManager em, long key, StoredFile file);
    }

    /** Another node moved the row first: this batch rolls back and the rows left are read again. */
    private static final class MovedElsewhere extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MovedElsewhere() {
            super(null, null, false, false);
        }
    }

    /**
     * One BLOB column.
     *
     * @param slot      the slot its files go to
     * @param fileName  download name of the moved files (the suffix follows the content)
     * @param selectSql native query for rows not yet moved, columns: key, owner (the record's public id), content,
     *                  the time it was stored (UTC timestamp)
     * @param moved     marks a row moved; afterwards {@code selectSql} must not return it
     */
    public record Source(FileSlot slot, String fileName, String selectSql, Moved moved) {
    }

    private BlobMove() {
    }

    /** Moves every row not moved yet; returns how many moved. */
    public static int run(Transactions tx, LegacyFiles files, Source source) {
        int total = 0;
        while (true) {
            int moved;
            try {
                moved = tx.inTransaction(em -> {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery(source.selectSql()).setMaxResults(BATCH).getResultList();
                for (Object[] row : rows) {
                    long key = ((Number) row[0]).longValue();
                    StoredFile file = files.adopt(source.slot(), (String) row[1], source.fileName(), bytes(row[2]),
                            instant(row[3]));
                    if (source.moved().done(em, key, file) == 0) {
                        throw new MovedElsewhere();
                    }
                }
                return rows.size();
                });
            } catch (MovedElsewhere e) {
                continue;
            }
            total += moved;
            if (moved == 0) {
                break;
            }
        }
        if (total > 0) {
            LOG.info("Moved {} files of {} from the database into the file store", total, source.slot().name());
        }
        return total;
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] b) {
            return b;
        }
        if (value instanceof Blob blob) {
            try (InputStream in = blob.getBinaryStream()) {
                return in.readAllBytes();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("not a BLOB: " + (value == null ? null : value.getClass()));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a timestamp: " + (value == null ? null : value.getClass()));
    }
}
