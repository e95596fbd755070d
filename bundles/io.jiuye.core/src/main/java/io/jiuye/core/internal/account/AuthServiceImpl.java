package io.jiuye.core.internal.account;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Principal;
import io.jiuye.api.account.AuthService;
import io.jiuye.api.account.Authentication;
import io.jiuye.api.account.Session;
import io.jiuye.core.internal.audit.SecurityAuditLog;
import io.jiuye.core.module.Transactions;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.component.annotations.Reference;

/**
 * Logins and bearer tokens. A token is 256 random bits; only its SHA-256 is stored, so a leaked table yields no
 * usable token. Every check reads the database (no shared cache), so a logout, an expiry or a disabled account is
 * effective at once on every node.
 */
@Component(service = AuthService.class, configurationPid = "io.jiuye.auth",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = AuthConfig.class)
public class AuthServiceImpl implements AuthService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile("1[3-9]\\d{9}");

    private final Transactions tx;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final SecurityAuditLog audit;
    private final ContactBook contacts;
    private volatile Duration sessionLength;

    @Activate
    public AuthServiceImpl(@Reference Transactions tx, @Reference Clock clock, @Reference PasswordHasher hasher,
            @Reference SecurityAuditLog audit, @Reference ContactBook contacts, AuthConfig config) {
        this(tx, clock, hasher, audit, contacts, Duration.ofHours(config.sessionHours()));
    }

    /** A new session length applies to sessions started from now on. */
    @Modified
    void modified(AuthConfig config) {
        this.sessionLength = Duration.ofHours(Math.max(1, config.sessionHours()));
    }

    public AuthServiceImpl(Transactions tx, Clock clock, PasswordHasher hasher, SecurityAuditLog audit,
            ContactBook contacts, Duration sessionLength) {
        this.contacts = contacts;
        this.tx = tx;
        this.clock = clock;
        this.hasher = hasher;
        this.audit = audit;
        this.sessionLength = sessionLength;
    }

    @Override
    public Session login(String username, char[] password, String remoteAddress) {
        if (username == null || username.isBlank() || password == null || password.length == 0) {
            throw new JiuyeException(CoreError.INVALID_CREDENTIALS);
        }
        List<UserAccount> found = tx.inTransaction(em -> {
            List<UserAccount> byName = em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u",
                    UserAccount.class).setParameter("u", username).getResultList();
            if (byName.isEmpty() && MOBILE.matcher(username.strip()).matches()) {
                // R-ACC-4: a student may log in with the phone confirmed by SMS code, if it is one student's only
                return contacts.accountWithConfirmedPhone(username.strip())
                        .map(id -> em.find(UserAccount.class, id)).map(List::of).orElse(List.of());
            }
            return byName;
        });
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            fail(username, remoteAddress, "unknown user");
            throw new JiuyeException(CoreError.INVALID_CREDENTIALS);
        }
        UserAccount user = found.get(0);
        if (!hasher.verify(password, user.getPasswordHash())) {
            fail(username, remoteAddress, "wrong password");
            throw new JiuyeException(CoreError.INVALID_CREDENTIALS);
        }
        if (!user.isEnabled()) {
            fail(username, remoteAddress, "account disabled");
            throw new JiuyeException(CoreError.ACCOUNT_DISABLED);
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        Instant expires = now.plus(sessionLength);
        return tx.inTransaction(em -> {
            UserAccount u = em.find(UserAccount.class, user.getId());
            em.persist(new AuthSession(hash(token), u, now, expires, remoteAddress));
            audit.record(SecurityAuditLog.Event.LOGIN, "SUCCESS", u.getUsername(), u.getRole().name(),
                    u.getSchool() == null ? null : u.getSchool().getId(), u.getPublicId(), null, remoteAddress);
            return new Session(token, expires, u.toDto());
        });
    }

    private void fail(String username, String remoteAddress, String why) {
        audit.record(SecurityAuditLog.Event.LOGIN, "FAILURE", username, null, null, null, why, remoteAddress);
    }

    @Override
    public Principal authenticate(String token) {
        return tx.inTransaction(em -> session(em, token).getUser().toPrincipal());
    }

    @Override
    public Authentication authenticateWithAccount(String token) {
        return tx.inTransaction(em -> {
            UserAccount a = session(em, token).getUser();
            return new Authentication(a.toPrincipal(), a.toDto());
        });
    }

    /** The live session of a token, with its account, school and college; else the error that says why not. */
    private AuthSession session(EntityManager em, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new JiuyeException(CoreError.UNAUTHENTICATED);
        }
        // one statement: the session with its account, school and college joined (one indexed lookup)
        List<AuthSession> found = em.createQuery("SELECT s FROM AuthSession s WHERE s.tokenHash = :h",
                AuthSession.class).setParameter("h", hash(token))
                .setHint("eclipselink.join-fetch", "s.user")
                .setHint("eclipselink.left-join-fetch", "s.user.school")
                .setHint("eclipselink.left-join-fetch", "s.user.college")
                // the college's own school, else read by a statement of its own
                .setHint("eclipselink.left-join-fetch", "s.user.college.school")
                .getResultList();
        if (found.isEmpty() || found.get(0).isEnded()) {
            throw new JiuyeException(CoreError.UNAUTHENTICATED);
        }
        AuthSession s = found.get(0);
        if (!clock.instant().isBefore(s.getExpiresAt())) {
            throw new JiuyeException(CoreError.TOKEN_EXPIRED);
        }
        if (!s.getUser().isEnabled()) {
            throw new JiuyeException(CoreError.ACCOUNT_DISABLED);
        }
        return s;
    }

    @Override
    public void logout(String token) {
        if (token == null) {
            return;
        }
        tx.run(em -> em.createQuery("SELECT s FROM AuthSession s WHERE s.tokenHash = :h", AuthSession.class)
                .setParameter("h", hash(token)).getResultList().forEach(s -> {
                    s.end(clock.instant());
                    audit.record(SecurityAuditLog.Event.LOGOUT, "SUCCESS", s.getUser().getUsername(),
                            s.getUser().getRole().name(), null, s.getUser().getPublicId(), null, null);
                }));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
