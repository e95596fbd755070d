package io.jiuye.core.internal.tenancy;

import io.jiuye.core.module.Versioned;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Finds tenancy rows by public id, failing with NOT_FOUND. */
public final class TenancyLookup {
    private TenancyLookup() {
    }

    public static School school(EntityManager em, String publicId) {
        return one(em, School.class, publicId);
    }

    public static College college(EntityManager em, String publicId) {
        return one(em, College.class, publicId);
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

    public static <T extends Versioned> T one(EntityManager em, Class<T> type, String publicId) {
        return Versioned.byPublicId(em, type, publicId);
    }
}
