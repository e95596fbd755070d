package io.jiuye.api.account;

import io.jiuye.api.Principal;

/**
 * What a token stands for: the principal, and the account as its holder sees it (read in the same statement), or
 * {@code null} where an implementation does not give it.
 */
public record Authentication(Principal principal, UserDto account) {
}
