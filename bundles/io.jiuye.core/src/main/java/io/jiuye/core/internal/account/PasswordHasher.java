package io.jiuye.core.internal.account;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

/**
 * Password hashing with PBKDF2-HMAC-SHA256 from the JDK (no extra bundle in OSGi), encoded with its parameters as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} so the cost can be raised later and old hashes still verify.
 */
@Component(service = PasswordHasher.class, configurationPid = "io.jiuye.auth",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class PasswordHasher {
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private volatile int iterations;
    /** A hash to verify against when the user does not exist, so both failures take the same time. */
    private volatile String decoy;

    @Activate
    public PasswordHasher(AuthConfig config) {
        this(config.passwordIterations());
    }

    public PasswordHasher(int iterations) {
        configure(iterations);
    }

    /** A new iteration count applies to hashes made from now on; stored hashes carry their own. */
    @Modified
    void modified(AuthConfig config) {
        configure(config.passwordIterations());
    }

    private void configure(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations");
        }
        this.iterations = iterations;
        this.decoy = hash("decoy-password".toCharArray());
    }

    public String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return PREFIX + "$" + iterations + "$" + b64(salt) + "$" + b64(derive(password, salt, iterations));
    }

    public boolean verify(char[] password, String encoded) {
        String[] parts = (encoded == null ? decoy : encoded).split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(password, salt, Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual) && encoded != null;
    }

    /** Burns the time of one verification (unknown user), so timing does not reveal which accounts exist. */
    public void verifyDecoy(char[] password) {
        verify(password, null);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            try {
                return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().withoutPadding().encodeToString(b);
    }
}
