package io.jiuye.core.internal.persistence;

import io.jiuye.core.module.DataModule;
import java.util.Collection;
import java.util.List;

/** The core's own entities and migrations ({@code db/migration}), always first in the persistence unit. */
public final class CoreDataModule implements DataModule {

    @Override
    public String name() {
        return CORE;
    }

    @Override
    public Collection<String> entityClasses() {
        return List.of(
                "io.jiuye.core.internal.persistence.InstantConverter",
                "io.jiuye.core.internal.tenancy.School",
                "io.jiuye.core.internal.tenancy.College",
                "io.jiuye.core.internal.tenancy.Major",
                "io.jiuye.core.internal.tenancy.Cohort",
                "io.jiuye.core.internal.account.UserAccount",
                "io.jiuye.core.internal.account.AuthSession",
                "io.jiuye.core.internal.account.VerificationCode",
                "io.jiuye.core.internal.review.ReviewItem",
                "io.jiuye.core.internal.review.TrailEntry",
                "io.jiuye.core.internal.review.FlowSnapshot",
                "io.jiuye.core.internal.plugin.PluginEnablement",
                "io.jiuye.core.internal.plugin.PluginSettingValue",
                "io.jiuye.core.internal.plugin.ContributionSelection",
                "io.jiuye.core.internal.plugin.KnownPlugin",
                "io.jiuye.core.internal.audit.SecurityEvent",
                "io.jiuye.core.internal.timer.DueWork",
                "io.jiuye.core.internal.notify.OutboxEntry",
                "io.jiuye.core.internal.file.StoredFileRow");
    }

    @Override
    public String migrations() {
        return Migrator.CORE_INDEX;
    }
}
