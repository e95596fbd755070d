package io.jiuye.rest.internal.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jiuye.api.CoreError;
import io.jiuye.api.JiuyeException;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.i18n.MessageCatalog;
import io.jiuye.rest.resource.Api;
import jakarta.ws.rs.core.Response;
import java.sql.SQLTransientConnectionException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A database connection pool that gives up waiting is an overload, not a bug: 503 DATABASE_BUSY with
 * {@code Retry-After}, in the caller's language, whether the core translated it or it arrives as the pool's (or JPA's
 * wrapping of the pool's) exception.
 */
class DatabaseBusyTest {
    private static final Map<String, LocalizedText> TEXTS = Map.of("error.DATABASE_BUSY",
            LocalizedText.of("系统繁忙（数据库连接已满），请稍后重试", "The system is busy (no database connection free); "
                    + "please try again in a moment"));
    private static final MessageCatalog CATALOG = new MessageCatalog() {
        @Override
        public String message(String code, Locale locale, Object... args) {
            LocalizedText t = TEXTS.get(code);
            return t == null ? code : MessageFormat.format(t.in(locale), args);
        }

        @Override
        public boolean has(String code) {
            return TEXTS.containsKey(code);
        }
    };
    private final Problems problems = new Problems(() -> CATALOG);

    private static SQLTransientConnectionException poolTimeout() {
        return new SQLTransientConnectionException(
                "jiuye-derby - Connection is not available, request timed out after 5000ms.");
    }

    private static void assertBusy(Response r, String message) {
        assertEquals(503, r.getStatus());
        assertEquals(Api.PROBLEM_JSON, r.getMediaType().toString());
        assertEquals("2", String.valueOf(r.getHeaderString("Retry-After")));
        Problem p = (Problem) r.getEntity();
        assertEquals("DATABASE_BUSY", p.code());
        assertEquals("urn:jiuye:error:DATABASE_BUSY", p.type());
        assertEquals("Service Unavailable", p.title());
        assertEquals(message, p.message());
        assertNull(p.instance(), "not logged as an internal error");
    }

    @Test
    void theCoresDatabaseBusyIs503WithRetryAfter() {
        JiuyeException busy = new JiuyeException(CoreError.DATABASE_BUSY);
        busy.initCause(poolTimeout());
        assertBusy(problems.toResponse(busy, Locale.CHINESE), "系统繁忙（数据库连接已满），请稍后重试");
        assertBusy(problems.toResponse(busy, Locale.ENGLISH),
                "The system is busy (no database connection free); please try again in a moment");
    }

    @Test
    void anUntranslatedPoolTimeoutIsStillDatabaseBusy() {
        assertBusy(problems.toResponse(poolTimeout(), Locale.CHINESE), "系统繁忙（数据库连接已满），请稍后重试");
        // as JPA hands it on: PersistenceException ← EclipseLink's DatabaseException ← the pool's exception
        RuntimeException wrapped = new RuntimeException("jakarta.persistence.PersistenceException",
                new RuntimeException("Exception [EclipseLink-4002]", poolTimeout()));
        assertBusy(problems.toResponse(wrapped, Locale.CHINESE), "系统繁忙（数据库连接已满），请稍后重试");
    }

    @Test
    void otherFailuresStayInternalErrorsWithoutRetryAfter() {
        Response r = problems.toResponse(new IllegalStateException("bug", new java.sql.SQLException("other")),
                Locale.CHINESE);
        assertEquals(500, r.getStatus());
        assertEquals("INTERNAL_ERROR", ((Problem) r.getEntity()).code());
        assertNull(r.getHeaderString("Retry-After"));
    }
}
