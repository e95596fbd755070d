package io.jiuye.core.module;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A mutable row exposed through the API: an opaque public id and an optimistic-lock {@code version} that callers
 * send back with every change.
 */
@MappedSuperclass
public abstract class Versioned extends Identified {
    @Column(name = "public_id", nullable = false, updatable = false)
    protected String publicId;

    @Version
    protected long version;

    protected Versioned() {
    }

    protected Versioned(String prefix) {
        this.publicId = PublicIds.next(prefix);
    }

    public String getPublicId() {
        return publicId;
    }

    public long getVersion() {
        return version;
    }

    /** The row of this entity type with the public id; {@code NOT_FOUND} when there is none (or no id is given). */
    public static <T extends Versioned> T byPublicId(EntityManager em, Class<T> type, String publicId) {
        if (publicId == null || publicId.isBlank()) {
            throw new JiuyeException(CoreError.NOT_FOUND);
        }
        String entity = em.getMetamodel().entity(type).getName();
        return em.createQuery("SELECT e FROM " + entity + " e WHERE e.publicId = :id", type)
                .setParameter("id", publicId).getResultList().stream().findFirst()
                .orElseThrow(() -> new JiuyeException(CoreError.NOT_FOUND));
    }

    /** Refuses with VERSION_CONFLICT when the caller's copy is stale. */
    public void expectVersion(long expected) {
        if (expected != version) {
            throw new JiuyeException(CoreError.VERSION_CONFLICT);
        }
    }
}
