package io.jiuye.graduates.internal;

import io.jiuye.core.module.AccountContacts;
import io.jiuye.core.module.Transactions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * How to reach a student, from their graduate record: the phone they confirmed by SMS code and still have, for
 * login by phone (R-ACC-4), and the record's e-mail for password recovery.
 */
@Component(service = AccountContacts.class)
public class GraduateContacts implements AccountContacts {
    private final Transactions tx;

    @Activate
    public GraduateContacts(@Reference(target = GraduatesDataModule.TX) Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Long> accountsWithConfirmedPhone(String phone) {
        return tx.inTransaction(em -> em.createQuery("SELECT g.userId FROM Graduate g WHERE g.userId IS NOT NULL"
                + " AND g.verifiedPhone = :p AND g.phone = :p", Long.class).setParameter("p", phone)
                .getResultList());
    }

    @Override
    public Optional<String> email(long accountId) {
        return tx.inTransaction(em -> em.createQuery("SELECT g.email FROM Graduate g WHERE g.userId = :u",
                String.class).setParameter("u", accountId).getResultList().stream().filter(Objects::nonNull).findFirst());
    }
}
