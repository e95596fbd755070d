package io.jiuye.core.internal.persistence.probe;

import io.jiuye.core.module.DataModule;
import java.util.Collection;
import java.util.List;

/** A module bundle's data contribution as a test builds it: a name, entity classes, migrations under db/{name}. */
public record ProbeModule(String name, Collection<String> entityClasses) implements DataModule {

    public static ProbeModule probe() {
        return new ProbeModule("probe", List.of(ProbeNote.class.getName()));
    }
}
