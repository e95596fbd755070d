package io.jiuye.rest.internal;

import io.jiuye.api.account.AuthService;
import io.jiuye.api.account.UserService;
import io.jiuye.api.i18n.MessageCatalog;
import io.jiuye.api.plugin.PluginRegistry;
import io.jiuye.api.plugin.SchoolPlugins;
import io.jiuye.api.review.ReviewService;
import io.jiuye.api.tenancy.TenancyService;

/** The fake API services of the tests, gathered so they can be handed over as one. */
record ApiServices(TenancyService tenancy, UserService users, AuthService auth, ReviewService review,
        SchoolPlugins schoolPlugins, PluginRegistry plugins, MessageCatalog messages,
        io.jiuye.api.account.PasswordService passwords, io.jiuye.api.notify.OutboxService outbox) {
}
