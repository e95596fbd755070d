package io.jiuye.core.internal.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jiuye.api.PageRequest;
import io.jiuye.api.Role;
import io.jiuye.core.internal.TestPlatform;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo data set loads through the public services and its generated logins work. */
class FirstStartTest {

    @Test
    void demoDataCreatesOneSchoolWithItsPeopleWhoCanLogIn() {
        try (TestPlatform p = new TestPlatform()) {
            List<String[]> logins = FirstStart.demo(p.users, p.tenancy);
            assertEquals(List.of("SCHOOL_ADMIN", "COLLEGE_ADMIN", "COLLEGE_ADMIN", "STUDENT", "EMPLOYER"),
                    logins.stream().map(l -> l[0]).toList());
            var school = p.tenancy.schools(TestPlatform.operator(), null, PageRequest.firstPage()).items().get(0);
            assertEquals(2, p.tenancy.colleges(TestPlatform.operator(), school.id(), PageRequest.firstPage())
                    .items().size());
            assertEquals(1, p.tenancy.cohorts(TestPlatform.operator(), school.id(), PageRequest.firstPage())
                    .items().size());
            for (String[] l : logins) {
                assertEquals(Role.valueOf(l[0]), p.auth.authenticate(p.auth.login(l[1], l[2].toCharArray(), null)
                        .token()).role());
            }
        }
    }
}
