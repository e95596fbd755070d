/**
 * What a Jiuye module bundle (graduates, employers, signing, termination, destinations, reporting) needs from the
 * platform core, and nothing a plugin needs: plugins compile against {@code io.jiuye.api} only.
 *
 * <p>A module registers a {@link io.jiuye.core.module.DataModule} service naming its entities and its migration
 * scripts; the core migrates them in the module's own history, adds the entities to the one persistence unit and
 * lists the module in the {@value io.jiuye.core.module.DataModule#MODULES} property of the {@link
 * io.jiuye.core.module.Transactions} service, which the module's components target.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.3.0")
package io.jiuye.core.module;
