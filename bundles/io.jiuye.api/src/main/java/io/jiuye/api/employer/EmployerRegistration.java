package io.jiuye.api.employer;

/**
 * An employer's self-registration: its data, the username and password of its first account, and optionally the
 * school whose admins review its qualification ({@code homeSchoolId}; without it the review starts when the employer
 * names one with {@link EmployerService#submit}).
 */
public record EmployerRegistration(EmployerProfile profile, String homeSchoolId, String username, char[] password) {
}
