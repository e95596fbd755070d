package io.jiuye.core.module;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The schools of the deployment as modules refer to them: by internal id in their rows, by public id in the API. */
@ProviderType
public interface Schools {

    /** A school: internal id, public id, code (学校代码), name. */
    record SchoolRef(long id, String publicId, String code, String name) {
    }

    Optional<SchoolRef> byPublicId(String publicId);

    /** The schools with these internal ids (unknown ids are absent), in one query. */
    Map<Long, SchoolRef> byIds(Collection<Long> ids);

    default Optional<SchoolRef> byId(long id) {
        return Optional.ofNullable(byIds(java.util.List.of(id)).get(id));
    }
}
