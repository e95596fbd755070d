package io.jiuye.core.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Role;
import io.jiuye.api.account.UserDto;
import io.jiuye.core.internal.TestPlatform;
import io.jiuye.core.internal.persistence.SqlStatements;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A list page is one statement text whatever its filter values, cursor and page size: values and paging are bound
 * ({@code ?}), so the database compiles it once and finds it in its statement cache for every later page. On Derby,
 * EclipseLink inlines every value of a statement that holds a literal-only condition such as {@code 1 = 1}.
 */
class KeysetStatementsTest {
    private TestPlatform p;

    @BeforeEach
    void setUp() {
        p = new TestPlatform();
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    @Test
    void aPageOfAListIsTheSameBoundStatementForEveryFilterCursorAndSize() {
        TestPlatform.School s1 = p.school("S1");
        TestPlatform.School s2 = p.school("S2");
        SqlStatements sql = SqlStatements.attach(p.tx);
        String first = listStatement(sql, () -> p.users.list(TestPlatform.operator(), s1.school.id(), null, null,
                new PageRequest(2, null, false)));
        Page<UserDto> page = p.users.list(TestPlatform.operator(), s1.school.id(), null, null,
                new PageRequest(2, null, false));
        String next = listStatement(sql, () -> p.users.list(TestPlatform.operator(), s1.school.id(), null, null,
                new PageRequest(2, page.nextCursor(), false)));
        String otherSchool = listStatement(sql, () -> p.users.list(TestPlatform.operator(), s2.school.id(),
                Role.STUDENT, null, new PageRequest(5, null, false)));
        String everyone = listStatement(sql, () -> p.users.list(TestPlatform.operator(), null, null, null,
                new PageRequest(3, null, false)));

        assertTrue(first.contains("OFFSET ? ROWS FETCH NEXT ? ROWS ONLY"), first);
        assertTrue(first.contains("school_id = ?"), first);
        assertFalse(first.contains("1 = 1"), first);
        assertEquals(first, next, "the next page");
        assertTrue(otherSchool.contains("ROLE = ?"), otherSchool);
        assertEquals(first.replace("(school_id = ?)", "((school_id = ?) AND (ROLE = ?))"), otherSchool,
                "another school, a role filter and another page size");
        assertTrue(everyone.contains("WHERE (ID > ?) ORDER BY"), everyone);
    }

    /** The statement that read the page's rows. */
    private static String listStatement(SqlStatements sql, Supplier<?> list) {
        sql.during(list::get);
        List<String> rows = sql.lastStatements().stream().filter(q -> q.contains("FROM user_account")
                && q.contains("ORDER BY")).toList();
        assertEquals(1, rows.size(), String.valueOf(sql.lastStatements()));
        return rows.get(0);
    }
}
