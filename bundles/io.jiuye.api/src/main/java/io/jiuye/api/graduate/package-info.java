/** Graduate records (生源) of a school's cohorts, their import and their masking. */
@Version("0.1.0")
@Export
package io.jiuye.api.graduate;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
