package io.jiuye.core.internal.tenancy;

import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.tenancy.SchoolDto;
import io.jiuye.core.module.Keyset;
import io.jiuye.core.module.Transactions;
import io.jiuye.core.module.Schools;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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

    @Override
    public List<CollegeRef> colleges(long schoolId) {
        return tx.inTransaction(em -> em.createQuery("SELECT c FROM College c WHERE c.school.id = :s ORDER BY c.id",
                College.class).setParameter("s", schoolId).getResultList().stream().map(SchoolsImpl::ref).toList());
    }

    @Override
    public List<MajorRef> majors(long schoolId) {
        return tx.inTransaction(em -> em.createQuery("SELECT m FROM Major m WHERE m.school.id = :s ORDER BY m.id",
                Major.class).setParameter("s", schoolId).getResultList().stream().map(SchoolsImpl::ref).toList());
    }

    @Override
    public Map<Long, CollegeRef> collegesByIds(Collection<Long> ids) {
        Map<Long, CollegeRef> out = new HashMap<>();
        if (!ids.isEmpty()) {
            tx.run(em -> em.createQuery("SELECT c FROM College c WHERE c.id IN :ids", College.class)
                    .setParameter("ids", ids).getResultList().forEach(c -> out.put(c.getId(), ref(c))));
        }
        return out;
    }

    @Override
    public Map<Long, MajorRef> majorsByIds(Collection<Long> ids) {
        Map<Long, MajorRef> out = new HashMap<>();
        if (!ids.isEmpty()) {
            tx.run(em -> em.createQuery("SELECT m FROM Major m WHERE m.id IN :ids", Major.class)
                    .setParameter("ids", ids).getResultList().forEach(m -> out.put(m.getId(), ref(m))));
        }
        return out;
    }

    @Override
    public Optional<CollegeRef> collegeByPublicId(String publicId) {
        return publicId == null ? Optional.empty() : tx.inTransaction(em -> em.createQuery(
                "SELECT c FROM College c WHERE c.publicId = :id", College.class).setParameter("id", publicId)
                .getResultList().stream().findFirst().map(SchoolsImpl::ref));
    }

    @Override
    public Optional<MajorRef> majorByPublicId(String publicId) {
        return publicId == null ? Optional.empty() : tx.inTransaction(em -> em.createQuery(
                "SELECT m FROM Major m WHERE m.publicId = :id", Major.class).setParameter("id", publicId)
                .getResultList().stream().findFirst().map(SchoolsImpl::ref));
    }

    @Override
    public Page<SchoolDto> search(String query, PageRequest page) {
        return tx.inTransaction(em -> {
            boolean filtered = query != null && !query.isBlank();
            return new Keyset("School", filtered ? "e.name LIKE :q OR e.code LIKE :q" : "",
                    filtered ? Map.of("q", "%" + query.strip() + "%") : Map.of(), true)
                    .page(em, School.class, page, School::toDto);
        });
    }

    @Override
    public boolean hasCohort(long schoolId, int graduationYear) {
        return tx.inTransaction(em -> !em.createQuery(
                "SELECT c.id FROM Cohort c WHERE c.school.id = :s AND c.graduationYear = :y", Long.class)
                .setParameter("s", schoolId).setParameter("y", graduationYear).setMaxResults(1).getResultList()
                .isEmpty());
    }

    private static CollegeRef ref(College c) {
        return new CollegeRef(c.getId(), c.getPublicId(), c.getSchool().getId(), c.getCode(), c.getName());
    }

    private static MajorRef ref(Major m) {
        return new MajorRef(m.getId(), m.getPublicId(), m.getCollege().getId(), m.getCode(), m.getName());
    }

    private static SchoolRef ref(School s) {
        return new SchoolRef(s.getId(), s.getPublicId(), s.getCode(), s.getName());
    }
}
