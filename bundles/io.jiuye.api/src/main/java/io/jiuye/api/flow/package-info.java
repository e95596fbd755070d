/** Flow definitions: the data a plugin gives and the review engine interprets. */
@Version("0.1.0")
@Export
package io.jiuye.api.flow;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
