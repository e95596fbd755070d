package io.jiuye.graduates.internal;

import io.jiuye.core.module.DataModule;
import java.util.Collection;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * The graduates module's data: the tables {@code graduate}, {@code graduate_change}, {@code recommendation_form},
 * {@code import_job} (created by the core's 0.1 scripts, owned here since 0.2), {@code graduate_school_settings},
 * and the migrations in {@code db/graduates}.
 */
@Component(service = DataModule.class)
public class GraduatesDataModule implements DataModule {
    static final String NAME = "graduates";
    /** The target of this module's {@code Transactions} reference: the unit that holds its entities. */
    static final String TX = "(" + DataModule.MODULES + "=" + NAME + ")";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Collection<String> entityClasses() {
        return List.of(Graduate.class.getName(), GraduateChange.class.getName(),
                GraduateRecommendation.class.getName(), GraduateImportJob.class.getName(),
                GraduateSchoolSettings.class.getName());
    }
}
