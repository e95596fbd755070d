package io.jiuye.rest.resource;

import io.jiuye.api.i18n.MessageCatalog;
import java.util.List;
import java.util.Locale;

/** Picks the language of a response from {@code Accept-Language}: English when it prefers en, Chinese otherwise. */
public final class Locales {
    private Locales() {
    }

    /** The locale for an {@code Accept-Language} header value ({@code null} or malformed means Chinese). */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return MessageCatalog.ZH;
        }
        try {
            // parse() returns the ranges sorted by weight, best first
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            for (Locale.LanguageRange r : ranges) {
                if (r.getWeight() <= 0 || r.getRange().equals("*")) {
                    continue;
                }
                String range = r.getRange();
                return range.equals("en") || range.startsWith("en-") ? Locale.ENGLISH : MessageCatalog.ZH;
            }
        } catch (IllegalArgumentException malformed) {
            // fall through to the default
        }
        return MessageCatalog.ZH;
    }
}
