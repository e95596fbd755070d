package io.jiuye.api.i18n;

import java.util.Locale;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one message catalogue: stable codes to zh/en texts, from the core and from every installed plugin.
 * Unknown codes come back as the code itself so a missing text never hides an error.
 */
@ProviderType
public interface MessageCatalog {
    Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /** The message for {@code code} in {@code locale}, with {@link java.text.MessageFormat} arguments. */
    String message(String code, Locale locale, Object... args);

    /** Whether the code has a text. */
    boolean has(String code);
}
