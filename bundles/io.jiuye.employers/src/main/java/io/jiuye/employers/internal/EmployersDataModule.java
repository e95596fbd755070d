package io.jiuye.employers.internal;

import io.jiuye.core.module.DataModule;
import java.util.Collection;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * The employers module's data: the {@code employer} table (created by the core's 0.1 scripts, owned here since 0.2)
 * and its migrations in {@code db/employers}.
 */
@Component(service = DataModule.class)
public class EmployersDataModule implements DataModule {
    static final String NAME = "employers";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Collection<String> entityClasses() {
        return List.of(Employer.class.getName());
    }
}
