/**
 * What Jiuye's own module bundles (graduates, employers, signing, ...) need from the platform core. Not an SPI for
 * plugins: plugins compile against {@code io.jiuye.api} only.
 */
@Version("0.2.0")
@Export
package io.jiuye.core.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
