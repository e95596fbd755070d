package io.jiuye.core.internal.tenancy;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Finds tenancy rows by public id, failing with NOT_FOUND. */
public final class TenancyLookup {
    private TenancyLookup() {
    }

    public static School school(EntityManager em, String publicId) {
        return one(em, School.class, "School", publicId);
    }

    public static College college(EntityManager em, String publicId) {
        return one(em, College.class, "College", publicId);
    }

    /**
     * The row key of a row named by public id, or {@code -1} (matching no row) when there is none: for list filters,
     * which then compare the foreign-key column and need no join.
     */
    public static long keyOrNone(EntityManager em, String entity, String publicId) {
        List<Long> r = em.createQuery("SELECT e.id FROM " + entity + " e WHERE e.publicId = :id", Long.class)
                .setParameter("id", publicId).getResultList();
        return r.isEmpty() ? -1L : r.get(0);
    }

    public static <T> T one(EntityManager em, Class<T> type, String entity, String publicId) {
        if (publicId == null || publicId.isBlank()) {
            throw new JiuyeException(CoreError.NOT_FOUND);
        }
        List<T> r = em.createQuery("SELECT e FROM " + entity + " e WHERE e.publicId = :id", type)
                .setParameter("id", publicId).getResultList();
        if (r.isEmpty()) {
            throw new JiuyeException(CoreError.NOT_FOUND);
        }
        return r.get(0);
    }
}
