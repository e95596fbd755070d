package io.jiuye.core.internal.account;

import io.jiuye.core.module.AccountContacts;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The modules' {@link AccountContacts} taken together, for login by confirmed phone and for password recovery.
 * Without a module that knows contacts, nobody logs in by phone and recovery finds no address.
 */
@Component(service = ContactBook.class)
public class ContactBook {
    private final List<AccountContacts> sources = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addSource(AccountContacts source) {
        sources.add(source);
    }

    public void removeSource(AccountContacts source) {
        sources.remove(source);
    }

    /** The one account whose holder confirmed this phone; none when nobody or more than one did. */
    Optional<Long> accountWithConfirmedPhone(String phone) {
        List<Long> found = sources.stream().flatMap(s -> s.accountsWithConfirmedPhone(phone).stream()).distinct()
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The first non-blank recovery address a module knows for the account. */
    Optional<String> email(long accountId) {
        return sources.stream().map(s -> s.email(accountId)).flatMap(Optional::stream).map(String::strip)
                .filter(e -> !e.isEmpty()).findFirst();
    }
}
