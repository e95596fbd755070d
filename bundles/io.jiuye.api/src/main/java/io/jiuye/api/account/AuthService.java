package io.jiuye.api.account;

import io.jiuye.api.Principal;
import org.osgi.annotation.versioning.ProviderType;

/** Logins and bearer tokens. Tokens are opaque, stored hashed and valid on every node sharing the database. */
@ProviderType
public interface AuthService {

    /** Checks the password and issues a token; wrong user and wrong password fail alike. */
    Session login(String username, char[] password, String remoteAddress);

    /** The principal a token stands for; fails with UNAUTHENTICATED, TOKEN_EXPIRED or ACCOUNT_DISABLED. */
    Principal authenticate(String token);

    /**
     * The principal a token stands for with its account, read together (the caller's own account needs no second
     * read); fails like {@link #authenticate}.
     */
    default Authentication authenticateWithAccount(String token) {
        return new Authentication(authenticate(token), null);
    }

    /** Ends the session of this token. */
    void logout(String token);
}
