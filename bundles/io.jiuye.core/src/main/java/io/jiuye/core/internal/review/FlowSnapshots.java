package io.jiuye.core.internal.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.core.module.Json;
import io.jiuye.core.module.Transactions;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Flow snapshots stored once per distinct flow: {@link #intern} finds the row whose SHA-256 matches the flow's JSON
 * or adds one; {@link #flow} reads a row (parsed once per node, snapshots never change). Snapshots written by SPI
 * 0.1 (one timer per step, options as bare codes) are read in their 0.2 form; {@link #mergeLegacy} rewrites the
 * provisional per-item rows of migration V13 and merges equal ones.
 */
public final class FlowSnapshots {
    static final String LEGACY_PREFIX = "legacy-";
    private static final ObjectMapper TREE = new ObjectMapper();

    private final Map<Long, FlowDefinition> byId = new ConcurrentHashMap<>();
    private final Map<String, Long> idByHash = new ConcurrentHashMap<>();

    /** The snapshot row for {@code flow}, added when no equal flow was stored before; joins the caller's transaction. */
    FlowSnapshot intern(EntityManager em, FlowDefinition flow, Instant now) {
        String json = Json.write(flow);
        String hash = sha256(json);
        Long known = idByHash.get(hash);
        if (known != null) {
            FlowSnapshot s = em.find(FlowSnapshot.class, known);
            if (s != null) {
                return s;
            }
        }
        FlowSnapshot s = em.createQuery("SELECT f FROM FlowSnapshot f WHERE f.contentHash = :h", FlowSnapshot.class)
                .setParameter("h", hash).getResultList().stream().findFirst().orElse(null);
        if (s == null) {
            s = new FlowSnapshot(hash, json, now);
            em.persist(s);
            em.flush();
        } else {
            idByHash.put(hash, s.getId());
        }
        byId.putIfAbsent(s.getId(), flow);
        return s;
    }

    /** The flow of a stored snapshot. */
    FlowDefinition flow(FlowSnapshot s) {
        return byId.computeIfAbsent(s.getId(), id -> read(s.getContent()));
    }

    /**
     * Rewrites the provisional rows of migration V13 (one per item, SPI 0.1 JSON) into deduplicated 0.2 snapshots
     * and points their items at them, {@code batch} rows per transaction; returns how many rows it merged.
     */
    public int mergeLegacy(Transactions tx, int batch) {
        int merged = 0;
        while (true) {
            int n = tx.inTransaction(em -> {
                List<FlowSnapshot> legacy = em.createQuery(
                        "SELECT f FROM FlowSnapshot f WHERE f.contentHash LIKE :p ORDER BY f.id", FlowSnapshot.class)
                        .setParameter("p", LEGACY_PREFIX + "%").setMaxResults(batch).getResultList();
                for (FlowSnapshot old : legacy) {
                    FlowSnapshot current = intern(em, read(old.getContent()), Instant.now());
                    em.createQuery("UPDATE ReviewItem i SET i.snapshot = :n WHERE i.snapshot = :o")
                            .setParameter("n", current).setParameter("o", old).executeUpdate();
                    em.remove(old);
                    byId.remove(old.getId());
                }
                return legacy.size();
            });
            merged += n;
            if (n < batch) {
                return merged;
            }
        }
    }

    /** Parses a snapshot, upgrading SPI 0.1 JSON (a step's single {@code timer}, options as bare codes). */
    static FlowDefinition read(String json) {
        try {
            JsonNode root = TREE.readTree(json);
            for (JsonNode step : root.path("steps")) {
                ObjectNode s = (ObjectNode) step;
                if (s.has("timer") && !s.has("timers")) {
                    ArrayNode timers = s.putArray("timers");
                    if (!s.get("timer").isNull()) {
                        timers.add(s.get("timer"));
                    }
                    s.remove("timer");
                }
                for (JsonNode field : s.path("fields")) {
                    upgradeOptions((ObjectNode) field);
                }
            }
            return Json.read(TREE.writeValueAsString(root), FlowDefinition.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable flow snapshot", e);
        }
    }

    private static void upgradeOptions(ObjectNode field) {
        JsonNode options = field.get("options");
        if (options == null || !options.isArray()) {
            return;
        }
        ArrayNode upgraded = TREE.createArrayNode();
        for (JsonNode o : options) {
            if (o.isTextual()) {
                upgraded.addObject().put("code", o.asText());
            } else {
                upgraded.add(o);
            }
        }
        field.set("options", upgraded);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
