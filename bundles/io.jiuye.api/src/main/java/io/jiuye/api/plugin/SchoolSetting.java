package io.jiuye.api.plugin;

/** A setting's value for one school; {@code explicit} is false when the declared default applies. */
public record SchoolSetting(SettingDefinition definition, String value, boolean explicit) {
}
