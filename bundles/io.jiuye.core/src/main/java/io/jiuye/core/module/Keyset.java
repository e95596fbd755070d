package io.jiuye.core.module;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
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
 * @param where  JPQL conditions on {@code e} (without the keyset condition), or empty; no literal-only condition
 *               such as {@code 1 = 1}, which makes EclipseLink inline every value on Derby
 * @param order  the sort key
 * @param fetch  relation paths read in one batch per page, e.g. {@code e.college}
 * @param keyScans when not empty, the index ranges a page's keys are read from ({@link #scanning}) instead of the
 *                 JPQL query; {@code where} still counts the rows
 */
public record Keyset(String entity, String where, Map<String, Object> params, Order order, List<String> fetch,
        List<KeyScan> keyScans) {

    public Keyset {
        fetch = List.copyOf(fetch);
        keyScans = List.copyOf(keyScans);
    }

    public Keyset(String entity, String where, Map<String, Object> params, Order order, List<String> fetch) {
        this(entity, where, params, order, fetch, List.of());
    }

    /** Ordered by the row key alone, oldest first when {@code ascending}, with no batch-read relations. */
    public Keyset(String entity, String where, Map<String, Object> params, boolean ascending) {
        this(entity, where, params, Order.byId(ascending), List.of(), List.of());
    }

    /** The same list with the given relations read in one batch per page. */
    public Keyset fetching(String... paths) {
        return new Keyset(entity, where, params, order, List.of(paths), keyScans);
    }

    /**
     * The same list whose page keys are read by key scans: one index range, or several whose union is the list
     * (the disjuncts of an {@code OR} that no single index serves), merged in the list's order. Each range must name
     * the list's time column when the list is ordered by time, and none when it is ordered by key only.
     */
    public Keyset scanning(KeyScan... ranges) {
        if (ranges.length == 0) {
            throw new IllegalArgumentException("a key scan needs at least one range");
        }
        for (KeyScan range : ranges) {
            if ((range.timeColumn() == null) != (order.timeAttribute() == null)) {
                throw new IllegalArgumentException("the key scan of " + range.index() + (order.timeAttribute() == null
                        ? " names a time column, but the list is ordered by key only"
                        : " names no time column, but the list is ordered by " + order.timeAttribute()));
            }
        }
        return new Keyset(entity, where, params, order, fetch, List.of(ranges));
    }

    /**
     * The keys of a page read by SQL over a named index, then the rows by key: Derby's optimizer does not cost the
     * row limit and, when a school is most of the table, scans and sorts the whole filtered set for each page
     * instead of reading the ordered index range. The index is named with Derby's optimizer override, a comment
     * that PostgreSQL ignores.
     *
     * @param table      the table of the entity
     * @param index      an index that leads with the equality conditions of {@code where} and ends with the list's
     *                   order: {@code id}, or {@code timeColumn} then {@code id}
     * @param where      SQL conditions with {@code ?} placeholders: the same rows as the JPQL conditions, or, when a
     *                   list is read over several ranges, the rows of one disjunct
     * @param values     the placeholders' values in order
     * @param timeColumn the column of the list's time attribute (stored as a UTC timestamp), or null when the list is
     *                   ordered by key only
     */
    public record KeyScan(String table, String index, String where, List<Object> values, String timeColumn) {
        public KeyScan {
            values = List.copyOf(values);
        }

        /** A range of a list ordered by key only. */
        public KeyScan(String table, String index, String where, List<Object> values) {
            this(table, index, where, values, null);
        }

        /**
         * The statement reading, after {@code from}, the first {@code rows} keys (and times) of this range in the
         * list's order; its parameters are {@link #values} then the position ({@link #bind}).
         */
        String sql(Order order, int rows) {
            String dir = order.ascending() ? " ASC" : " DESC";
            String beyond = order.ascending() ? " > ?" : " < ?";
            StringBuilder sql = new StringBuilder("SELECT id");
            if (timeColumn != null) {
                sql.append(", ").append(timeColumn);
            }
            // the optimizer override is a comment: it must end its line
            sql.append(" FROM ").append(table).append(" --DERBY-PROPERTIES index=").append(index).append('\n')
                    .append(" WHERE (").append(where).append(')');
            if (timeColumn == null) {
                sql.append(" AND id").append(beyond).append(" ORDER BY id").append(dir);
            } else {
                // the time bound alone starts the index range: t >= T AND (t > T OR id > I)
                sql.append(" AND ").append(timeColumn).append(order.ascending() ? " >= ?" : " <= ?").append(" AND (")
                        .append(timeColumn).append(beyond).append(" OR id").append(beyond).append(')')
                        .append(" ORDER BY ").append(timeColumn).append(dir).append(", id").append(dir);
            }
            return sql.append(" FETCH FIRST ").append(rows).append(" ROWS ONLY").toString();
        }

        /** The parameters of {@link #sql} for a page after {@code from}. */
        List<Object> bind(Position from) {
            List<Object> all = new ArrayList<>(values);
            if (timeColumn != null) {
                // instants are stored as UTC timestamps (the core's InstantConverter)
                LocalDateTime time = LocalDateTime.ofInstant(from.time(), ZoneOffset.UTC);
                all.add(time);
                all.add(time);
            }
            all.add(from.id());
            return all;
        }

        /** The positions of the first {@code rows} rows of this range after {@code from}, in the list's order. */
        List<Position> positions(EntityManager em, Order order, Position from, int rows) {
            jakarta.persistence.Query q = em.createNativeQuery(sql(order, rows));
            List<Object> bound = bind(from);
            for (int i = 0; i < bound.size(); i++) {
                q.setParameter(i + 1, bound.get(i));
            }
            List<Position> positions = new ArrayList<>();
            for (Object row : q.getResultList()) {
                if (timeColumn == null) {
                    positions.add(new Position(null, ((Number) row).longValue()));
                } else {
                    Object[] cells = (Object[]) row;
                    positions.add(new Position(utc(cells[1]), ((Number) cells[0]).longValue()));
                }
            }
            return positions;
        }

        private static Instant utc(Object timestamp) {
            LocalDateTime local = timestamp instanceof java.sql.Timestamp t ? t.toLocalDateTime()
                    : (LocalDateTime) timestamp;
            return local.toInstant(ZoneOffset.UTC);
        }
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
        List<E> rows = keyScans.isEmpty() ? rows(em, type, request, after) : scanned(em, type, request, after);
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
        int rows = request.limit() + 1;
        // each range gives its first rows after the position; the page is the first rows of their union
        Comparator<Position> inOrder = Comparator.comparing(Position::time,
                Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).thenComparingLong(Position::id);
        if (!order.ascending()) {
            inOrder = inOrder.reversed();
        }
        List<Long> ids = keyScans.stream().flatMap(range -> range.positions(em, order, from, rows).stream())
                .sorted(inOrder).map(Position::id).distinct().limit(rows).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<E> q = em.createQuery("SELECT e FROM " + entity + " e WHERE e.id IN :ids", type)
                .setParameter("ids", ids);
        if (!fetch.isEmpty()) {
            q.setHint("eclipselink.batch.type", "IN");
            fetch.forEach(path -> q.setHint("eclipselink.batch", path));
        }
        Map<Long, Integer> rank = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            rank.put(ids.get(i), i);
        }
        List<E> found = new ArrayList<>(q.getResultList());
        found.sort(Comparator.comparing(row -> rank.get(row.getId())));
        return found;
    }

    private <E extends Identified> List<E> rows(EntityManager em, Class<E> type, PageRequest request,
            Position after) {
        String dir = order.ascending() ? " ASC" : " DESC";
        String beyond = order.ascending() ? " > " : " < ";
        // No literal-only condition such as 1 = 1: on Derby, EclipseLink then inlines every value of the statement
        // (the DB2 family cannot bind a comparison of two parameters), paging included, and Derby compiles a new
        // statement for every filter value and cursor. Without one, values and paging are bound.
        StringBuilder jpql = new StringBuilder("SELECT e FROM ").append(entity).append(" e WHERE ");
        if (!where.isBlank()) {
            jpql.append('(').append(where).append(") AND ");
        }
        // The first page gets the keyset condition too, from a position before every row: every page is then the
        // same statement with the same plan (Derby does not cost the row limit, and without a range on the order
        // it may sort the whole filtered set for the first page instead of reading the ordered index range).
        Position from = after != null ? after : before();
        if (order.timeAttribute() == null) {
            jpql.append("e.id").append(beyond).append(":afterId");
        } else {
            // written so that the time bound alone starts the index range: t >= T AND (t > T OR id > I)
            String t = "e." + order.timeAttribute();
            jpql.append(t).append(order.ascending() ? " >= " : " <= ").append(":afterTime")
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
