/**
 * What a bundle needs to contribute REST endpoints to {@code /api/v1}: the {@link io.jiuye.rest.resource.RestResource}
 * marker its DS components register under, {@link io.jiuye.rest.resource.Public} for endpoints without a token,
 * {@link io.jiuye.rest.resource.Callers} for the caller, {@link io.jiuye.rest.resource.Locales} for the response
 * language, {@link io.jiuye.rest.resource.Params}, {@link io.jiuye.rest.resource.Required} and
 * {@link io.jiuye.rest.resource.PageParams} for reading requests, {@link io.jiuye.rest.resource.Items} for unpaged
 * lists, and the annotations the OpenAPI document is generated from
 * ({@link io.jiuye.rest.resource.ApiOperation}, {@link io.jiuye.rest.resource.ApiResponse},
 * {@link io.jiuye.rest.resource.ApiParam}, {@link io.jiuye.rest.resource.ApiTag}).
 * Everything else of the REST bundle (the server, the filters, the problem mappers) is internal.
 */
@Version("0.2.0")
@Export
package io.jiuye.rest.resource;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
