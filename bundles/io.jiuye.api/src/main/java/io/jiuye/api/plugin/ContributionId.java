package io.jiuye.api.plugin;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a contribution, {@code pluginId:key@version} (e.g. {@code hubei:termination@1}). Stored data keeps
 * this name, so it stays readable after the plugin is gone and is live again when it returns.
 */
public record ContributionId(String pluginId, String key, int version) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern FORM = Pattern.compile("([a-z][a-z0-9-]{0,39}):([a-z][a-z0-9-]{0,39})@([0-9]{1,6})");

    public ContributionId {
        if (pluginId == null || !NAME.matcher(pluginId).matches()) {
            throw new IllegalArgumentException("plugin id must match " + NAME + ": " + pluginId);
        }
        if (key == null || !NAME.matcher(key).matches()) {
            throw new IllegalArgumentException("contribution key must match " + NAME + ": " + key);
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
    }

    public static ContributionId of(String pluginId, String key, int version) {
        return new ContributionId(pluginId, key, version);
    }

    /** Parses {@code pluginId:key@version}; {@link IllegalArgumentException} when malformed. */
    public static ContributionId parse(String text) {
        Matcher m = FORM.matcher(Objects.requireNonNullElse(text, ""));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a contribution id: " + text);
        }
        return new ContributionId(m.group(1), m.group(2), Integer.parseInt(m.group(3)));
    }

    public static boolean isPluginId(String id) {
        return id != null && NAME.matcher(id).matches();
    }

    @Override
    public String toString() {
        return pluginId + ":" + key + "@" + version;
    }
}
