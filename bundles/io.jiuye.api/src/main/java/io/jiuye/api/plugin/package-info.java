/** The plugin SPI and the registry that answers which contributions apply to a school. */
@Version("0.2.0")
@Export
package io.jiuye.api.plugin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
