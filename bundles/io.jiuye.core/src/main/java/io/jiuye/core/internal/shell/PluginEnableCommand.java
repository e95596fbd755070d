package io.jiuye.core.internal.shell;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.PageRequest;
import io.jiuye.api.plugin.SchoolPlugins;
import io.jiuye.api.tenancy.SchoolDto;
import io.jiuye.api.tenancy.TenancyService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code jiuye:plugin-enable SCHOOL_CODE PLUGIN [--disable]}: switch a plugin on or off for a school. */
@Command(scope = "jiuye", name = "plugin-enable", description = "Enable (or with --disable, disable) a plugin for a school")
@Service
public class PluginEnableCommand implements Action {
    @Reference
    SchoolPlugins schoolPlugins;
    @Reference
    TenancyService tenancy;

    @Argument(index = 0, name = "school", description = "school code (学校代码)", required = true)
    String schoolCode;

    @Argument(index = 1, name = "plugin", description = "plugin id", required = true)
    String pluginId;

    @Option(name = "--disable", description = "disable instead of enable")
    boolean disable;

    @Override
    public Object execute() {
        SchoolDto school = tenancy.schools(ShellPrincipal.get(), schoolCode, new PageRequest(200, null, false)).items()
                .stream().filter(s -> s.code().equals(schoolCode)).findFirst().orElse(null);
        if (school == null) {
            System.err.println("No school with code " + schoolCode);
            return null;
        }
        try {
            var status = schoolPlugins.setEnabled(ShellPrincipal.get(), school.id(), pluginId, !disable);
            System.out.println(pluginId + (status.enabled() ? " enabled" : " disabled") + " for " + school.code() + " "
                    + school.name());
        } catch (JiuyeException e) {
            System.err.println("Refused: " + e.error().code());
        }
        return null;
    }
}
