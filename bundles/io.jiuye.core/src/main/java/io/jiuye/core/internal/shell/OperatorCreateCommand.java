package io.jiuye.core.internal.shell;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.Role;
import io.jiuye.api.account.CreatedUser;
import io.jiuye.api.account.NewUser;
import io.jiuye.api.account.UserService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code jiuye:operator-create USERNAME}: create an operator account; its generated password is printed once. */
@Command(scope = "jiuye", name = "operator-create", description = "Create an operator account with a generated password")
@Service
public class OperatorCreateCommand implements Action {
    @Reference
    UserService users;

    @Argument(index = 0, name = "username", required = true)
    String username;

    @Override
    public Object execute() {
        try {
            CreatedUser c = users.create(ShellPrincipal.get(),
                    new NewUser(username, "平台运维 Operator", Role.OPERATOR, null, null, null, null));
            System.out.println("Operator " + c.user().username() + " created. Password (shown once): "
                    + c.initialPassword());
        } catch (JiuyeException e) {
            System.err.println("Refused: " + e.error().code() + " " + e.fieldErrors());
        }
        return null;
    }
}
