package io.jiuye.core.module;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keyset paging on the row key: the cursor is an opaque encoding of the last key of the previous page, so the
 * 10,000th page costs what the first does.
 *
 * @param entity   the entity name, aliased {@code e} in {@code where}
 * @param where    JPQL conditions on {@code e} (without the keyset condition), or empty
 * @param ascending oldest first when true
 */
public record Keyset(String entity, String where, Map<String, Object> params, boolean ascending) {

    public <E, D> Page<D> page(EntityManager em, Class<E> type, PageRequest request, Function<E, D> mapper) {
        Long after = decode(request.cursor());
        StringBuilder jpql = new StringBuilder("SELECT e FROM ").append(entity).append(" e WHERE 1 = 1");
        if (!where.isBlank()) {
            jpql.append(" AND (").append(where).append(')');
        }
        if (after != null) {
            jpql.append(ascending ? " AND e.id > :after" : " AND e.id < :after");
        }
        jpql.append(" ORDER BY e.id").append(ascending ? " ASC" : " DESC");
        TypedQuery<E> q = em.createQuery(jpql.toString(), type);
        params.forEach(q::setParameter);
        if (after != null) {
            q.setParameter("after", after);
        }
        List<E> rows = q.setMaxResults(request.limit() + 1).getResultList();
        boolean more = rows.size() > request.limit();
        List<E> pageRows = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? encode(((Identified) pageRows.get(pageRows.size() - 1)).getId()) : null;
        Long total = null;
        if (request.count()) {
            StringBuilder count = new StringBuilder("SELECT COUNT(e) FROM ").append(entity).append(" e");
            if (!where.isBlank()) {
                count.append(" WHERE ").append(where);
            }
            TypedQuery<Long> cq = em.createQuery(count.toString(), Long.class);
            params.forEach(cq::setParameter);
            total = cq.getSingleResult();
        }
        return new Page<>(pageRows.stream().map(mapper).toList(), next, total);
    }

    static String encode(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("k" + id).getBytes(StandardCharsets.US_ASCII));
    }

    static Long decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!s.startsWith("k")) {
                throw new IllegalArgumentException();
            }
            return Long.parseLong(s.substring(1));
        } catch (IllegalArgumentException e) {
            throw JiuyeException.invalid("cursor", "CURSOR_INVALID");
        }
    }
}
