package io.jiuye.rest.internal;

import io.jiuye.rest.internal.auth.BearerAuthFilter;
import io.jiuye.rest.internal.json.ObjectMapperResolver;
import io.jiuye.rest.internal.problem.IllegalArgumentExceptionMapper;
import io.jiuye.rest.internal.problem.JiuyeExceptionMapper;
import io.jiuye.rest.internal.problem.JsonExceptionMapper;
import io.jiuye.rest.internal.problem.Problems;
import io.jiuye.rest.internal.problem.UnexpectedExceptionMapper;
import io.jiuye.rest.internal.problem.WebApplicationExceptionMapper;
import io.jiuye.rest.internal.resource.CollegeResource;
import io.jiuye.rest.internal.resource.EmployerResource;
import io.jiuye.rest.internal.resource.GraduateSigningEligibilityResource;
import io.jiuye.rest.internal.resource.GraduateSigningFlagsResource;
import io.jiuye.rest.internal.resource.MeEmployerResource;
import io.jiuye.rest.internal.resource.MeSigningEligibilityResource;
import io.jiuye.rest.internal.resource.SchoolOnlineSigningResource;
import io.jiuye.rest.internal.resource.GraduateImportResource;
import io.jiuye.rest.internal.resource.GraduateResource;
import io.jiuye.rest.internal.resource.SchoolDirectEditFieldsResource;
import io.jiuye.rest.internal.resource.SchoolGraduateResource;
import io.jiuye.rest.internal.resource.SchoolRegistrationKeysResource;
import io.jiuye.rest.internal.resource.SchoolSourceReviewChainResource;
import io.jiuye.rest.internal.resource.HealthResource;
import io.jiuye.rest.internal.resource.MeRecommendationFormResource;
import io.jiuye.rest.internal.resource.MeResource;
import io.jiuye.rest.internal.resource.MeSourceInfoResource;
import io.jiuye.rest.internal.resource.OpenApiResource;
import io.jiuye.rest.internal.resource.PluginResource;
import io.jiuye.rest.internal.resource.RegistrationResource;
import io.jiuye.rest.internal.resource.ReviewResource;
import io.jiuye.rest.internal.resource.SchoolPluginResource;
import io.jiuye.rest.internal.resource.SchoolResource;
import io.jiuye.rest.internal.resource.SessionResource;
import io.jiuye.rest.internal.resource.SourceCorrectionResource;
import io.jiuye.rest.internal.resource.UserResource;
import jakarta.ws.rs.Priorities;
import java.util.List;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The Jersey application: every resource, filter, mapper and the JSON provider, registered as instances (no
 * package scanning and no auto-discovery, which do not work, or work by surprise, in OSGi).
 */
public final class RestApplication {
    private RestApplication() {
    }

    /** The resource instances of the API, each wired to the services it calls. */
    public static List<Object> resources(ApiServices s) {
        return List.of(new HealthResource(), new OpenApiResource(), new SessionResource(s.auth()),
                new MeResource(s.users()), new SchoolResource(s.tenancy(), s.schoolPlugins()),
                new CollegeResource(s.tenancy()), new UserResource(s.users(), s.passwords()), new PluginResource(s.plugins()),
                new SchoolPluginResource(s.schoolPlugins()), new ReviewResource(s.review()),
                new GraduateImportResource(s.graduates()), new SchoolGraduateResource(s.graduates()),
                new GraduateResource(s.graduates(), s.sourceInfo(), s.recommendations()), new RegistrationResource(s.registrations()),
                new SchoolRegistrationKeysResource(s.registrations()), new MeSourceInfoResource(s.sourceInfo(), s.corrections()),
                new SchoolSourceReviewChainResource(s.sourceInfo()),
                new MeRecommendationFormResource(s.recommendations()),
                new SchoolDirectEditFieldsResource(s.corrections()), new SourceCorrectionResource(s.corrections()),
                new EmployerResource(s.employers()), new MeEmployerResource(s.employers()),
                new MeSigningEligibilityResource(s.eligibility()),
                new GraduateSigningEligibilityResource(s.eligibility()),
                new GraduateSigningFlagsResource(s.eligibility()), new SchoolOnlineSigningResource(s.eligibility()),
                new io.jiuye.rest.internal.resource.MePhoneVerificationResource(s.phoneVerification()),
                new io.jiuye.rest.internal.resource.MePasswordResource(s.passwords()),
                new io.jiuye.rest.internal.resource.PasswordResetResource(s.passwords()),
                new io.jiuye.rest.internal.resource.OutboxResource(s.outbox()));
    }

    /** The classes of {@link #resources(ApiServices)}: what the OpenAPI document has to describe. */
    public static List<Class<?>> resourceClasses() {
        return List.of(HealthResource.class, OpenApiResource.class, SessionResource.class, MeResource.class,
                SchoolResource.class, CollegeResource.class, UserResource.class, PluginResource.class,
                SchoolPluginResource.class, ReviewResource.class, GraduateImportResource.class,
                SchoolGraduateResource.class, GraduateResource.class, RegistrationResource.class,
                SchoolRegistrationKeysResource.class, MeSourceInfoResource.class,
                SchoolSourceReviewChainResource.class, MeRecommendationFormResource.class,
                SchoolDirectEditFieldsResource.class, SourceCorrectionResource.class,
                EmployerResource.class, MeEmployerResource.class, MeSigningEligibilityResource.class,
                GraduateSigningEligibilityResource.class, GraduateSigningFlagsResource.class,
                SchoolOnlineSigningResource.class, io.jiuye.rest.internal.resource.MePhoneVerificationResource.class,
                io.jiuye.rest.internal.resource.MePasswordResource.class,
                io.jiuye.rest.internal.resource.PasswordResetResource.class,
                io.jiuye.rest.internal.resource.OutboxResource.class);
    }

    /** The complete application. Call with the TCCL set to Jersey's class loader (see {@link RestServer}). */
    public static ResourceConfig create(ApiServices services) {
        List<Object> resources = resources(services);
        if (!resources.stream().map(Object::getClass).toList().equals(resourceClasses())) {
            throw new IllegalStateException("resourceClasses() does not list the registered resources");
        }
        Problems problems = new Problems(services.messages());
        ResourceConfig rc = new ResourceConfig();
        rc.setApplicationName("jiuye");
        rc.property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        rc.property(CommonProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        rc.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        rc.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        rc.register(JacksonFeature.withoutExceptionMappers());
        rc.register(new ObjectMapperResolver());
        rc.register(new BearerAuthFilter(services.auth()), Priorities.AUTHENTICATION);
        rc.register(new JiuyeExceptionMapper(problems));
        rc.register(new JsonExceptionMapper(problems));
        rc.register(new WebApplicationExceptionMapper(problems));
        rc.register(new IllegalArgumentExceptionMapper(problems));
        rc.register(new UnexpectedExceptionMapper(problems));
        resources.forEach(rc::register);
        return rc;
    }
}
