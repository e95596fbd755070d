/** Localized texts and the message catalogue. */
@Version("0.1.0")
@Export
package io.jiuye.api.i18n;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
