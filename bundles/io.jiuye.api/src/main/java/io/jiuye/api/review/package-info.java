/** The generic review workflow: items, actions, trail. */
@Version("0.2.0")
@Export
package io.jiuye.api.review;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
