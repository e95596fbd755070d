package io.jiuye.core.internal.shell;

import io.jiuye.api.PageRequest;
import io.jiuye.api.plugin.PluginDescriptor;
import io.jiuye.api.plugin.PluginRegistry;
import io.jiuye.api.plugin.SchoolPlugins;
import io.jiuye.api.tenancy.SchoolDto;
import io.jiuye.api.tenancy.TenancyService;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code jiuye:plugins}: installed plugins and the schools where each is enabled. */
@Command(scope = "jiuye", name = "plugins", description = "List installed plugins and the schools that enable them")
@Service
public class PluginsCommand implements Action {
    @Reference
    PluginRegistry registry;
    @Reference
    SchoolPlugins schoolPlugins;
    @Reference
    TenancyService tenancy;

    @Override
    public Object execute() {
        List<SchoolDto> schools = new ArrayList<>();
        String cursor = null;
        do {
            var page = tenancy.schools(ShellPrincipal.get(), null, new PageRequest(200, cursor, false));
            schools.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        System.out.printf("%-12s %-10s %-9s %s%n", "PLUGIN", "VERSION", "BASELINE", "ENABLED FOR SCHOOLS");
        for (PluginDescriptor d : registry.installed()) {
            List<String> on = new ArrayList<>();
            for (SchoolDto s : schools) {
                if (schoolPlugins.isActive(s.id(), d.id())) {
                    on.add(s.code());
                }
            }
            System.out.printf("%-12s %-10s %-9s %s%n", d.id(), d.version(), d.baseline() ? "yes" : "no",
                    d.baseline() ? "(all)" : String.join(",", on));
        }
        return null;
    }
}
