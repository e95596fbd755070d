package io.jiuye.api.i18n;

import java.util.Locale;
import java.util.Objects;

/** A text in Chinese (the default) and English. */
public record LocalizedText(String zh, String en) {
    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        if (en == null || en.isBlank()) {
            en = zh;
        }
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /** The text for a locale: English for any {@code en*} locale, Chinese otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }
}
