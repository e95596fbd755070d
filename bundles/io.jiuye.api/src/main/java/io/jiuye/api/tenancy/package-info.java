/** Schools, colleges, majors and graduation cohorts. */
@Version("0.1.0")
@Export
package io.jiuye.api.tenancy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
