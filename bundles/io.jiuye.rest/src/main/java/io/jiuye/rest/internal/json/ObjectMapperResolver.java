package io.jiuye.rest.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jiuye.api.plugin.ContributionId;
import jakarta.ws.rs.ext.ContextResolver;
import java.io.IOException;

/**
 * The one Jackson {@link ObjectMapper} of the API: camelCase record components, instants and durations as ISO-8601
 * strings, null fields left out, unknown properties refused, and {@link ContributionId} as its text form
 * {@code pluginId:key@version}.
 */
public final class ObjectMapperResolver implements ContextResolver<ObjectMapper> {
    private final ObjectMapper mapper = create();

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    /** A mapper configured as the API serves JSON. */
    public static ObjectMapper create() {
        SimpleModule ids = new SimpleModule("jiuye-contribution-id");
        ids.addSerializer(ContributionId.class, new StdScalarSerializer<>(ContributionId.class) {
            @Override
            public void serialize(ContributionId value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                gen.writeString(value.toString());
            }
        });
        ids.addDeserializer(ContributionId.class, new StdScalarDeserializer<>(ContributionId.class) {
            @Override
            public ContributionId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                try {
                    return ContributionId.parse(text);
                } catch (IllegalArgumentException e) {
                    return (ContributionId) ctxt.handleWeirdStringValue(ContributionId.class, text,
                            "not pluginId:key@version");
                }
            }
        });
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(ids)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
}
