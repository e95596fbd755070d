package io.jiuye.rest.resource;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Marks a JAX-RS root resource that the REST server serves: a DS component registered with
 * {@code @Component(service = RestResource.class)}, annotated with {@code @Path(Api.BASE + "/…")}, taking the API
 * services it calls as constructor {@code @Reference}s. The server picks it up when the component activates and drops
 * it when it deactivates (without restarting HTTP), and the OpenAPI document describes it from its annotations.
 *
 * <p>Methods answer without a token only when marked {@link Public}; the caller comes from {@link Callers}. Errors are
 * thrown as {@link io.jiuye.api.JiuyeException}s and become {@code application/problem+json}. A resource instance
 * serves concurrent requests: keep it stateless.
 */
@ConsumerType
public interface RestResource {
}
