package io.jiuye.core.internal.tenancy;

import io.jiuye.core.module.Transactions;
import io.jiuye.core.module.Schools;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Schools} from the school table, joining the caller's transaction. */
@Component(service = Schools.class)
public class SchoolsImpl implements Schools {
    private final Transactions tx;

    @Activate
    public SchoolsImpl(@Reference Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<SchoolRef> byPublicId(String publicId) {
        if (publicId == null) {
            return Optional.empty();
        }
        return tx.inTransaction(em -> em.createQuery("SELECT s FROM School s WHERE s.publicId = :id", School.class)
                .setParameter("id", publicId).getResultList().stream().findFirst().map(SchoolsImpl::ref));
    }

    @Override
    public Map<Long, SchoolRef> byIds(Collection<Long> ids) {
        Map<Long, SchoolRef> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        tx.run(em -> em.createQuery("SELECT s FROM School s WHERE s.id IN :ids", School.class)
                .setParameter("ids", ids).getResultList().forEach(s -> out.put(s.getId(), ref(s))));
        return out;
    }

    private static SchoolRef ref(School s) {
        return new SchoolRef(s.getId(), s.getPublicId(), s.getCode(), s.getName());
    }
}
