/** Domain events and the listeners plugins register for them. */
@Version("0.2.0")
@Export
package io.jiuye.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
