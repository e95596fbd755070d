package io.jiuye.api.employer;

import io.jiuye.api.account.UserDto;

/** The outcome of a registration: the new employer and its first account. */
public record EmployerRegistered(EmployerDto employer, UserDto user) {
}
