/** Employers (用人单位, A2): self-registration, profile, qualification review (资质审核). */
@Version("0.1.0")
@Export
package io.jiuye.api.employer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
