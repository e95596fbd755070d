/** Business time: the Asia/Shanghai calendar of deadlines. */
@Version("0.1.0")
@Export
package io.jiuye.api.time;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
