package io.jiuye.core.internal.i18n;

import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.i18n.MessageCatalog;
import io.jiuye.api.plugin.PluginDescriptor;
import io.jiuye.api.plugin.PluginRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The message catalogue: the core's texts from {@code i18n/messages_zh.properties} and {@code messages_en}
 * (UTF-8), then the messages of installed plugins. Chinese is the default; English for {@code en} locales.
 */
@Component(service = MessageCatalog.class)
public class MessageCatalogImpl implements MessageCatalog {
    private final Map<String, LocalizedText> core;
    private final PluginRegistry registry;

    @Activate
    public MessageCatalogImpl(@Reference PluginRegistry registry) {
        this.registry = registry;
        this.core = load();
    }

    static Map<String, LocalizedText> load() {
        Properties zh = read("i18n/messages_zh.properties");
        Properties en = read("i18n/messages_en.properties");
        Map<String, LocalizedText> m = new HashMap<>();
        for (String k : zh.stringPropertyNames()) {
            m.put(k, LocalizedText.of(zh.getProperty(k), en.getProperty(k)));
        }
        return Map.copyOf(m);
    }

    private static Properties read(String path) {
        Properties p = new Properties();
        try (InputStream in = MessageCatalogImpl.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    private LocalizedText find(String code) {
        LocalizedText t = core.get(code);
        if (t != null) {
            return t;
        }
        for (PluginDescriptor d : registry.installed()) {
            t = d.messages().get(code);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    @Override
    public String message(String code, Locale locale, Object... args) {
        LocalizedText t = find(code);
        if (t == null) {
            return code;
        }
        String pattern = t.in(locale);
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    @Override
    public boolean has(String code) {
        return find(code) != null;
    }
}
