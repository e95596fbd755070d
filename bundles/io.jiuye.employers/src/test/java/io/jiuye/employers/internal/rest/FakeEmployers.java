package io.jiuye.employers.internal.rest;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.account.UserDto;
import io.jiuye.api.employer.ArchiveReceiving;
import io.jiuye.api.employer.EmployerDto;
import io.jiuye.api.employer.EmployerNature;
import io.jiuye.api.employer.EmployerProfile;
import io.jiuye.api.employer.EmployerRegistered;
import io.jiuye.api.employer.EmployerRegistration;
import io.jiuye.api.employer.EmployerService;
import io.jiuye.api.employer.EmployerState;
import io.jiuye.api.employer.HukouReceiving;
import io.jiuye.api.employer.Industry;
import io.jiuye.rest.internal.RestTestServer;
import java.util.List;

/** Employers for the resource tests: "e1" at version 2; code {@value #TAKEN_CODE} is taken, one not 18 long invalid. */
final class FakeEmployers implements EmployerService {
    static final String TAKEN_CODE = "91110000802100433B";
    volatile String lastQuery;

    @Override
    public byte[] export(Principal caller, EmployerState state, String query) {
        return new byte[] {'P', 'K', 3, 4};
    }

    static EmployerDto employer(String name, String homeSchoolId) {
        return new EmployerDto("e1", name, "91420100MA4KX1234B", EmployerNature.OTHER_ENTERPRISE,
                Industry.INFORMATION_TECHNOLOGY, "湖北省武汉市", "珞喻路1037号", "430074", "王经理", "027-87541234",
                "hr@example.com", ArchiveReceiving.notReceiving(), HukouReceiving.notReceiving(), homeSchoolId,
                EmployerState.PENDING, null, "r9", RestTestServer.CREATED, null, 2);
    }

    @Override
    public EmployerRegistered register(EmployerRegistration r, String remoteAddress) {
        String code = r.profile().creditCode();
        if (TAKEN_CODE.equals(code)) {
            throw new JiuyeException(CoreError.EMPLOYER_ALREADY_REGISTERED);
        }
        if (code == null || code.length() != 18) {
            throw JiuyeException.invalid("creditCode", "CREDIT_CODE_INVALID");
        }
        return new EmployerRegistered(employer(r.profile().name(), r.homeSchoolId()), new UserDto("u7",
                r.username(), r.profile().name(), Role.EMPLOYER, null, null, "e1", true, RestTestServer.CREATED, 0));
    }

    @Override
    public EmployerDto mine(Principal caller) {
        return employer("星光集团", "s1");
    }

    @Override
    public EmployerDto update(Principal caller, EmployerProfile changes, long expectedVersion) {
        if (expectedVersion != 2) {
            throw new JiuyeException(CoreError.VERSION_CONFLICT);
        }
        return employer(changes.name() == null ? "星光集团" : changes.name(), "s1");
    }

    @Override
    public EmployerDto submit(Principal caller, String homeSchoolId, long expectedVersion) {
        return employer("星光集团", homeSchoolId);
    }

    @Override
    public Page<EmployerDto> list(Principal caller, EmployerState state, String query, PageRequest page) {
        lastQuery = state + " " + query;
        return new Page<>(List.of(employer("星光集团", "s1")), null, null);
    }

    @Override
    public EmployerDto get(Principal caller, String employerId) {
        if (!employerId.equals("e1")) {
            throw new JiuyeException(CoreError.NOT_FOUND);
        }
        return employer("星光集团", "s1");
    }
}
