package io.jiuye.core.internal.shell;

import io.jiuye.api.Principal;
import io.jiuye.api.Role;

/** Shell commands act as an operator named after the Karaf shell, so the audit shows where a change came from. */
final class ShellPrincipal {
    private ShellPrincipal() {
    }

    static Principal get() {
        return new Principal(null, "karaf-shell", Role.OPERATOR, null, null, null);
    }
}
