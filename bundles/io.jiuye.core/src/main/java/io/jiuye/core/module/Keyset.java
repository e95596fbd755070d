package io.jiuye.core.module;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keyset paging: the cursor is an opaque encoding of the sort key of the last row of the previous page, so the
 * 10,000th page costs what the first does. The order is the row key alone, or a non-null time attribute with the
 * row key breaking ties ({@link Order#by}); each list needs an index that leads with its equality filters and ends
 * with its order (see {@code V11__list_indexes.sql}).
 *
 * <p>The rows' to-one relations named in {@code fetch} are read with one {@code IN} query per relation for the whole
 * page instead of one query per row (EclipseLink batch fetching; weaving is off, so every to-one relation is eager
 * and would otherwise be read row by row).
 *
 * @param entity the entity name, aliased {@code e} in {@code where}
 * @param where  JPQL conditions on {@code e} (without the keyset condition), or empty
 * @param order  the sort key
 * @param fetch  relation paths read in one batch per page, e.g. {@code e.college}
 */
public record Keyset(String entity, String where, Map<String, Object> params, Order order, List<String> fetch,
        KeyScan keyScan) {

    public Keyset(String entity, String where, Map<String, Object> params, Order order, List<String> fetch) {
        this(entity, where, params, order, fetch, null);
    }

    /** Ordered by the row key alone, oldest first when {@code ascending}, with no batch-read relations. */
    public Keyset(String entity, String where, Map<String, Object> params, boolean ascending) {
        this(entity, where, params, Order.byId(ascending), List.of(), null);
    }

    /** The same list with the given relations read in one batch per page. */
    public Keyset fetching(String... paths) {
        return new Keyset(entity, where, params, order, List.of(paths), keyScan);
    }

    /** The same list whose page keys are read by {@code scan} (lists ordered by key only). */
    public Keyset scanning(KeyScan scan) {
        if (order.timeAttribute() != null) {
            throw new IllegalArgumentException("a key scan pages by key only");
        }
        return new Keyset(entity, where, params, order, fetch, scan);
    }

    /**
     * The keys of a page read by SQL over a named index, then the rows by key: Derby's optimizer does not cost the
     * row limit and, when a school is most of the table, scans and sorts the whole filtered set for each page
     * instead of reading the ordered index range. The index is named with Derby's optimizer override, a comment
     * that PostgreSQL ignores.
     *
     * @param table  the table of the entity
     * @param index  an index that leads with the equality conditions of {@code where} and ends with {@code id}
     * @param where  SQL conditions with {@code ?} placeholders, the same rows as the JPQL conditions
     * @param values the placeholders' values in order
     */
    public record KeyScan(String table, String index, String where, List<Object> values) {
    }

    /**
     * A sort key: an optional non-null {@link Instant} attribute of {@code e}, then the row key, both in one
     * direction.
     */
    public record Order(String timeAttribute, Function<Object, Instant> timeOf, boolean ascending) {
        public static Order byId(boolean ascending) {
            return new Order(null, null, ascending);
        }

        /**
         * By {@code e.<timeAttribute>}, ties broken by the row key; the attribute must never be null.
         *
         * @param timeOf reads the attribute from a row (for the cursor)
         */
        @SuppressWarnings("unchecked")
        public static <E> Order by(String timeAttribute, Function<E, Instant> timeOf, boolean ascending) {
            return new Order(timeAttribute, (Function<Object, Instant>) timeOf, ascending);
        }
    }

    /** Where the previous page ended: the last row's time (null when ordered by key only) and key. */
    record Position(Instant time, long id) {
    }

    public <E extends Identified, D> Page<D> page(EntityManager em, Class<E> type, PageRequest request,
            Function<E, D> mapper) {
        Position after = decode(request.cursor(), order);
        List<E> rows = keyScan == null ? rows(em, type, request, after) : scanned(em, type, request, after);
        boolean more = rows.size() > request.limit();
        List<E> pageRows = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? encode(position(pageRows.get(pageRows.size() - 1))) : null;
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

    private <E extends Identified> List<E> scanned(EntityManager em, Class<E> type, PageRequest request,
            Position after) {
        Position from = after != null ? after : before();
        String sql = "SELECT id FROM " + keyScan.table() + " --DERBY-PROPERTIES index=" + keyScan.index() + "\n"
                + " WHERE (" + keyScan.where() + ") AND id" + (order.ascending() ? " > ?" : " < ?") + " ORDER BY id"
                + (order.ascending() ? " ASC" : " DESC") + " FETCH FIRST " + (request.limit() + 1) + " ROWS ONLY";
        jakarta.persistence.Query keys = em.createNativeQuery(sql);
        int i = 1;
        for (Object v : keyScan.values()) {
            keys.setParameter(i++, v);
        }
        keys.setParameter(i, from.id());
        List<Long> ids = ((List<?>) keys.getResultList()).stream().map(k -> ((Number) k).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<E> q = em.createQuery("SELECT e FROM " + entity + " e WHERE e.id IN :ids ORDER BY e.id"
                + (order.ascending() ? " ASC" : " DESC"), type).setParameter("ids", ids);
        if (!fetch.isEmpty()) {
            q.setHint("eclipselink.batch.type", "IN");
            fetch.forEach(path -> q.setHint("eclipselink.batch", path));
        }
        return q.getResultList();
    }

    private <E extends Identified> List<E> rows(EntityManager em, Class<E> type, PageRequest request,
            Position after) {
        String dir = order.ascending() ? " ASC" : " DESC";
        String beyond = order.ascending() ? " > " : " < ";
        StringBuilder jpql = new StringBuilder("SELECT e FROM ").append(entity).append(" e WHERE 1 = 1");
        if (!where.isBlank()) {
            jpql.append(" AND (").append(where).append(')');
        }
        // The first page gets the keyset condition too, from a position before every row: every page is then the
        // same statement with the same plan (Derby does not cost the row limit, and without a range on the order
        // it may sort the whole filtered set for the first page instead of reading the ordered index range).
        Position from = after != null ? after : before();
        if (order.timeAttribute() == null) {
            jpql.append(" AND e.id").append(beyond).append(":afterId");
        } else {
            // written so that the time bound alone starts the index range: t >= T AND (t > T OR id > I)
            String t = "e." + order.timeAttribute();
            jpql.append(" AND ").append(t).append(order.ascending() ? " >= " : " <= ").append(":afterTime")
                    .append(" AND (").append(t).append(beyond).append(":afterTime OR e.id").append(beyond)
                    .append(":afterId)");
        }
        jpql.append(" ORDER BY ");
        if (order.timeAttribute() != null) {
            jpql.append("e.").append(order.timeAttribute()).append(dir).append(", ");
        }
        jpql.append("e.id").append(dir);
        TypedQuery<E> q = em.createQuery(jpql.toString(), type);
        params.forEach(q::setParameter);
        q.setParameter("afterId", from.id());
        if (order.timeAttribute() != null) {
            q.setParameter("afterTime", from.time());
        }
        if (!fetch.isEmpty()) {
            q.setHint("eclipselink.batch.type", "IN");
            fetch.forEach(path -> q.setHint("eclipselink.batch", path));
        }
        return q.setMaxResults(request.limit() + 1).getResultList();
    }

    /** A position before every row in this order (keys are positive; times lie between 1970 and 9999). */
    private Position before() {
        Instant time = order.timeAttribute() == null ? null
                : order.ascending() ? Instant.EPOCH : Instant.parse("9999-12-31T00:00:00Z");
        return new Position(time, order.ascending() ? 0L : Long.MAX_VALUE);
    }

    private Position position(Identified last) {
        if (order.timeAttribute() == null) {
            return new Position(null, last.getId());
        }
        Instant time = order.timeOf().apply(last);
        if (time == null) {
            throw new IllegalStateException(entity + "." + order.timeAttribute() + " is null: it cannot order a list");
        }
        return new Position(time, last.getId());
    }

    static String encode(Position p) {
        String plain = p.time() == null ? "k" + p.id()
                : "t" + p.time().getEpochSecond() + "." + p.time().getNano() + ":" + p.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The position a cursor names; a cursor of another list's kind of order is refused as invalid. */
    static Position decode(String cursor, Order order) {
        if (cursor == null) {
            return null;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (order.timeAttribute() == null && s.startsWith("k")) {
                return new Position(null, Long.parseLong(s.substring(1)));
            }
            if (order.timeAttribute() != null && s.startsWith("t")) {
                int dot = s.indexOf('.');
                int colon = s.indexOf(':');
                if (dot > 1 && colon > dot) {
                    Instant t = Instant.ofEpochSecond(Long.parseLong(s.substring(1, dot)),
                            Long.parseLong(s.substring(dot + 1, colon)));
                    return new Position(t, Long.parseLong(s.substring(colon + 1)));
                }
            }
            throw new IllegalArgumentException();
        } catch (RuntimeException e) {
            throw JiuyeException.invalid("cursor", "CURSOR_INVALID");
        }
    }
}
