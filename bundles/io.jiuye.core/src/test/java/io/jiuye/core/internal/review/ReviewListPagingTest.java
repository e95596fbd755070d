package io.jiuye.core.internal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.review.ReviewItemDto;
import io.jiuye.api.review.SubmitRequest;
import io.jiuye.core.internal.TestPlatform;
import io.jiuye.core.internal.persistence.SqlStatements;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Review lists page by cursor on a compound order (time, then key) without gaps or repeats when many items share
 * the same time, and read a page in a fixed number of statements (no registry or enablement look-up per row).
 */
class ReviewListPagingTest {
    private static final String TYPE = "test:report@1";

    private TestPlatform p;
    private TestPlatform.School s;

    @BeforeEach
    void setUp() {
        p = new TestPlatform();
        p.install(ReviewFlowTest.plugin(ReviewFlowTest.type("report", ReviewFlowTest.collegeThenSchool())));
        s = p.school("S1");
        // not a baseline plugin: whether it is on is a database read for the school
        p.schoolPlugins.setEnabled(s.schoolAdmin, s.school.id(), "test", true);
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private ReviewItemDto submit(Principal who) {
        return p.reviews.submit(who, new SubmitRequest(TYPE, Map.of("company", "华为"), null, null));
    }

    private static List<String> all(BiFunction<Principal, PageRequest, Page<ReviewItemDto>> list, Principal who,
            int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Page<ReviewItemDto> page = list.apply(who, new PageRequest(limit, cursor, false));
            assertTrue(page.items().size() <= limit);
            page.items().forEach(i -> ids.add(i.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        return ids;
    }

    @Test
    void theWaitingListIsLongestWaitingFirstAndPagesThroughTies() {
        // six items enter the college step at the same instant: the key breaks the tie
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            submitted.add(submit(i % 2 == 0 ? s.student : s.student2).id());
        }
        // the first one goes back and comes again an hour later: it now waits the shortest
        ReviewItemDto first = p.reviews.get(s.adminA, submitted.get(0));
        first = p.reviews.act(s.adminA, first.id(), ReviewAction.RETURN, first.version(), "补充材料");
        p.clock.advance(Duration.ofHours(1));
        p.reviews.act(s.student, first.id(), ReviewAction.SUBMIT, first.version(), null);

        List<String> expected = new ArrayList<>(submitted.subList(1, 6));
        expected.add(submitted.get(0));
        for (int limit : new int[] {1, 2, 4, 6, 50}) {
            assertEquals(expected, all(p.reviews::waitingFor, s.adminA, limit), "pages of " + limit);
        }
    }

    @Test
    void ownItemsAreLastChangedFirst() {
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            submitted.add(submit(s.student).id());
        }
        p.clock.advance(Duration.ofMinutes(5));
        ReviewItemDto second = p.reviews.get(s.adminA, submitted.get(1));
        p.reviews.act(s.adminA, second.id(), ReviewAction.APPROVE, second.version(), null);

        // same time for four of them: newest key first; the one acted on later comes before all
        List<String> expected = new ArrayList<>(List.of(submitted.get(1), submitted.get(4), submitted.get(3),
                submitted.get(2), submitted.get(0)));
        for (int limit : new int[] {1, 2, 3, 5}) {
            assertEquals(expected, all(p.reviews::submittedBy, s.student, limit), "pages of " + limit);
        }
    }

    @Test
    void aCursorOfAnotherKindOfListIsRefused() {
        for (int i = 0; i < 3; i++) {
            submit(s.student);
        }
        String idCursor = p.users.list(TestPlatform.operator(), s.school.id(), null, null,
                new PageRequest(1, null, false)).nextCursor();
        JiuyeException e = assertThrows(JiuyeException.class,
                () -> p.reviews.waitingFor(s.adminA, new PageRequest(1, idCursor, false)));
        assertEquals("CURSOR_INVALID", e.fieldErrors().get(0).code());
    }

    @Test
    void aPageCostsTheSameFewStatementsWhateverItsSize() {
        for (int i = 0; i < 12; i++) {
            submit(i % 2 == 0 ? s.student : s.student2);
        }
        SqlStatements sql = SqlStatements.attach(p.tx);
        SqlStatements.Measured<Page<ReviewItemDto>> small = sql.measure(() -> p.reviews.waitingFor(s.adminA,
                new PageRequest(2, null, false)));
        SqlStatements.Measured<Page<ReviewItemDto>> large = sql.measure(() -> p.reviews.waitingFor(s.adminA,
                new PageRequest(12, null, false)));
        assertEquals(12, large.result().items().size());
        assertTrue(large.result().items().stream().allMatch(ReviewItemDto::typeAvailable));
        assertTrue(large.statements() <= 8, "statements for 12 rows: " + large.statements());
        assertEquals(small.statements(), large.statements(), "a longer page needs no more statements");
    }
}
