package io.jiuye.rest.internal.openapi;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jiuye.api.plugin.ContributionId;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * JSON schemas of Java types as the API's Jackson mapper writes them: records and beans by Jackson's own
 * introspection (so renamed or ignored properties come out as served), with {@code required} listing the properties
 * that are always present, named and kept under {@code components/schemas}; scalars, enums (with their JSON values),
 * lists and maps inline.
 */
final class Schemas {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper;
    private final Map<String, ObjectNode> components = new TreeMap<>();
    private final Map<JavaType, String> names = new HashMap<>();
    private final Map<String, JavaType> owners = new HashMap<>();

    Schemas(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The named schemas referenced so far. */
    Map<String, ObjectNode> components() {
        return components;
    }

    /** The schema of a declared type (generic parameters resolved). */
    ObjectNode of(Type type) {
        return of(mapper.getTypeFactory().constructType(type));
    }

    /** The schema of a body or response that is the whole entity: {@code byte[]} and streams are files. */
    ObjectNode ofEntity(Type type) {
        JavaType t = mapper.getTypeFactory().constructType(type);
        Class<?> raw = t.getRawClass();
        if (raw == byte[].class || java.io.InputStream.class.isAssignableFrom(raw)
                || "jakarta.ws.rs.core.StreamingOutput".equals(raw.getName())) {
            return scalar("string", "binary");
        }
        return of(t);
    }

    ObjectNode of(JavaType t) {
        Class<?> raw = t.getRawClass();
        ObjectNode scalar = scalarOf(raw);
        if (scalar != null) {
            return scalar;
        }
        if (raw.isEnum()) {
            ObjectNode s = scalar("string", null);
            ArrayNode values = s.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                values.add(mapper.valueToTree(constant).asText());
            }
            return s;
        }
        if (t.isArrayType() || t.isCollectionLikeType()) {
            ObjectNode s = NODES.objectNode().put("type", "array");
            s.set("items", of(t.getContentType()));
            return s;
        }
        if (t.isMapLikeType()) {
            ObjectNode s = NODES.objectNode().put("type", "object");
            s.set("additionalProperties", of(t.getContentType()));
            return s;
        }
        if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
            return NODES.objectNode();
        }
        if (raw.isSealed()) {
            ObjectNode s = NODES.objectNode();
            ArrayNode one = s.putArray("oneOf");
            for (Class<?> sub : raw.getPermittedSubclasses()) {
                one.add(of(mapper.getTypeFactory().constructType(sub)));
            }
            return s;
        }
        if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
            return NODES.objectNode().put("type", "object");
        }
        return ref(named(t));
    }

    static ObjectNode ref(String name) {
        return NODES.objectNode().put("$ref", "#/components/schemas/" + name);
    }

    private String named(JavaType t) {
        String known = names.get(t);
        if (known != null) {
            return known;
        }
        String name = uniqueName(t);
        names.put(t, name);
        owners.put(name, t);
        ObjectNode schema = NODES.objectNode().put("type", "object");
        components.put(name, schema); // before the properties: a type may refer to itself
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        BeanDescription bean = mapper.getSerializationConfig().introspect(t);
        for (BeanPropertyDefinition p : bean.findProperties()) {
            if (p.couldSerialize()) {
                properties.set(p.getName(), of(p.getPrimaryType()));
                if (isRequired(p)) {
                    required.add(p.getName());
                }
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return name;
    }

    /**
     * Whether a property is always in the JSON: a primitive is never null, so the mapper (which leaves out null
     * fields) always writes it and a client must always send it; or Jackson's own {@code @JsonProperty(required =
     * true)}. Reference types may be null and left out, so nothing else is claimed.
     */
    private static boolean isRequired(BeanPropertyDefinition p) {
        return p.getPrimaryType().isPrimitive() || p.isRequired();
    }

    /**
     * The simple name with its generic arguments ({@code PageOfReviewItemDto}); a request or response record nested
     * in a resource class gets the resource's name in front ({@code MeEmployerResource.Update} is
     * {@code MeEmployerUpdate}), so names do not depend on which resources are present; a clash adds the outer
     * class's name, then a number.
     */
    private String uniqueName(JavaType t) {
        StringBuilder sb = new StringBuilder(baseName(t.getRawClass()));
        for (int i = 0; i < t.containedTypeCount(); i++) {
            JavaType arg = t.containedType(i);
            sb.append(i == 0 ? "Of" : "And").append(baseName(arg.getRawClass()));
        }
        String name = sb.toString();
        Class<?> outer = t.getRawClass().getEnclosingClass();
        if (owners.containsKey(name) && outer != null) {
            name = outer.getSimpleName() + name;
        }
        String unique = name;
        for (int n = 2; owners.containsKey(unique); n++) {
            unique = name + n;
        }
        return unique;
    }

    private static String baseName(Class<?> type) {
        String simple = type.getSimpleName();
        Class<?> outer = type.getEnclosingClass();
        if (outer != null && outer.getSimpleName().endsWith("Resource")) {
            String stem = outer.getSimpleName().substring(0, outer.getSimpleName().length() - "Resource".length());
            return simple.startsWith(stem) ? simple : stem + simple;
        }
        return simple;
    }

    private static ObjectNode scalarOf(Class<?> raw) {
        if (raw == String.class || raw == char.class || raw == Character.class || raw == Locale.class) {
            return scalar("string", null);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return scalar("boolean", null);
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class
                || raw == byte.class || raw == Byte.class) {
            return scalar("integer", "int32");
        }
        if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
            return scalar("integer", "int64");
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class) {
            return scalar("number", null);
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class
                || raw == LocalDateTime.class) {
            return scalar("string", "date-time");
        }
        if (raw == LocalDate.class) {
            return scalar("string", "date");
        }
        if (raw == LocalTime.class) {
            return scalar("string", "time");
        }
        if (raw == YearMonth.class) {
            return scalar("string", null).put("pattern", "^\\d{4}-\\d{2}$");
        }
        if (raw == Duration.class) {
            return scalar("string", "duration");
        }
        if (raw == UUID.class) {
            return scalar("string", "uuid");
        }
        if (raw == URI.class) {
            return scalar("string", "uri");
        }
        if (raw == byte[].class) {
            return scalar("string", "byte");
        }
        if (raw == ContributionId.class) {
            return scalar("string", null).put("pattern", "^[^:]+:[^@]+@\\d+$")
                    .put("description", "pluginId:key@version");
        }
        return null;
    }

    private static ObjectNode scalar(String type, String format) {
        ObjectNode s = NODES.objectNode().put("type", type);
        if (format != null) {
            s.put("format", format);
        }
        return s;
    }
}
