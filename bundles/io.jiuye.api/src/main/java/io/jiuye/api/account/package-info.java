/** Users, roles, sessions. */
@Version("0.2.0")
@Export
package io.jiuye.api.account;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
