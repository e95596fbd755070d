/** Shared vocabulary: principals, roles, errors, paging. */
@Version("0.1.0")
@Export
package io.jiuye.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
