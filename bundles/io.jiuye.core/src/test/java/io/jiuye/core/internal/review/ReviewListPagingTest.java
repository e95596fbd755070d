package io.jiuye.core.internal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jiuye.api.JiuyeException;
import io.jiuye.api.Page;
import io.jiuye.api.PageRequest;
import io.jiuye.api.Principal;
import io.jiuye.api.Role;
import io.jiuye.api.account.NewUser;
import io.jiuye.api.flow.ActorKind;
import io.jiuye.api.flow.FlowDefinition;
import io.jiuye.api.flow.ReviewAction;
import io.jiuye.api.flow.StepDefinition;
import io.jiuye.api.i18n.LocalizedText;
import io.jiuye.api.plugin.ItemTypeDefinition;
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
        p.install(ReviewFlowTest.plugin(ReviewFlowTest.type("report", ReviewFlowTest.collegeThenSchool()),
                waitingFor("mine", ActorKind.SUBMITTER), waitingFor("pair", ActorKind.COUNTERPARTY),
                waitingFor("other", ActorKind.OTHER_PARTY), waitingFor("hire", ActorKind.EMPLOYER)));
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

    /** A type whose one step waits for {@code actor}. */
    static ItemTypeDefinition waitingFor(String key, ActorKind actor) {
        return ReviewFlowTest.type(key, FlowDefinition.of(StepDefinition.review(key, LocalizedText.of("环节", "Step"),
                actor).withActions(ReviewAction.APPROVE)));
    }

    private String submit(Principal who, String key, String employerId, Principal counterparty) {
        return p.reviews.submit(who, new SubmitRequest("test:" + key + "@1", Map.of("company", "华为"), employerId,
                counterparty == null ? null : counterparty.userId())).id();
    }

    private Principal employer(String employerId) {
        p.users.create(TestPlatform.operator(), new NewUser(employerId + ".hr", "HR", Role.EMPLOYER, null, null,
                employerId, "Passw0rdX".toCharArray()));
        return p.auth.authenticate(p.auth.login(employerId + ".hr", "Passw0rdX".toCharArray(), null).token());
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
    void aStudentsWaitingListMergesWhatWaitsForThemAsSubmitterCounterpartyAndOtherParty() {
        Principal employer = employer("emp_1");
        List<String> expected = new ArrayList<>();
        // three rounds; within a round every item enters its step at the same instant, so the key orders them,
        // and each round starts with another of the three ranges (a list concatenating ranges would differ)
        for (int round = 0; round < 3; round++) {
            List<Runnable> waitingForStudent = List.of(
                    () -> expected.add(submit(s.student, "mine", null, null)),
                    () -> expected.add(submit(s.student2, "pair", null, s.student)),
                    () -> expected.add(submit(employer, "other", null, s.student)),
                    () -> expected.add(submit(s.student2, "other", null, s.student)));
            for (int i = 0; i < waitingForStudent.size(); i++) {
                waitingForStudent.get((i + round) % waitingForStudent.size()).run();
                // waiting for someone else: the classmate, the employer the student named, the classmate's own
                // item, the college admin
                submit(s.student, "pair", null, s.student2);
                submit(s.student, "other", "emp_1", null);
                submit(s.student2, "mine", null, null);
                submit(s.student, "report", null, null);
            }
            p.clock.advance(Duration.ofMinutes(1));
        }
        // an item acted on leaves the list
        String done = expected.remove(5);
        p.reviews.act(s.student, done, ReviewAction.APPROVE, p.reviews.get(s.student, done).version(), null);

        for (int limit : new int[] {1, 2, 3, 5, 11, 50}) {
            assertEquals(expected, all(p.reviews::waitingFor, s.student, limit), "pages of " + limit);
        }
        assertEquals(expected.size(), p.reviews.waitingFor(s.student, new PageRequest(50, null, true)).total());
        assertEquals(List.of(), all(p.reviews::waitingFor, p.school("S2").student, 5), "another school's student");
    }

    @Test
    void anEmployersQueueMergesItsOwnStepsAndWhatStudentsAskOfItAsOtherParty() {
        Principal employer = employer("emp_1");
        employer("emp_2");
        List<String> expected = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            if (round % 2 == 0) {
                expected.add(submit(s.student, "other", "emp_1", null));
                expected.add(submit(s.student2, "hire", "emp_1", null));
            } else {
                expected.add(submit(s.student2, "hire", "emp_1", null));
                expected.add(submit(employer, "hire", null, s.student));
                expected.add(submit(s.student, "other", "emp_1", null));
            }
            // waiting for others: the student the employer invited, another employer
            submit(employer, "other", null, s.student2);
            submit(s.student, "other", "emp_2", null);
            submit(s.student, "hire", "emp_2", null);
            p.clock.advance(Duration.ofSeconds(30));
        }
        for (int limit : new int[] {1, 2, 4, 50}) {
            assertEquals(expected, all(p.reviews::waitingFor, employer, limit), "pages of " + limit);
        }
    }

    @Test
    void anAdminsQueueHoldsOnlyTheirSchoolOrCollegeAndPagesThroughTies() {
        TestPlatform.School other = p.school("S2");
        p.schoolPlugins.setEnabled(other.schoolAdmin, other.school.id(), "test", true);
        List<String> collegeA = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            collegeA.add(submit(s.student).id());
            submit(other.student);
            if (i % 3 == 0) {
                p.clock.advance(Duration.ofSeconds(1));
            }
        }
        for (int limit : new int[] {1, 3, 7, 50}) {
            assertEquals(collegeA, all(p.reviews::waitingFor, s.adminA, limit), "college A, pages of " + limit);
            assertEquals(List.of(), all(p.reviews::waitingFor, s.adminB, limit), "college B, pages of " + limit);
        }
        // through the college step in reverse, two at a time: the school queue is in the order they got there,
        // the key ordering the two of a pair
        List<String> school = new ArrayList<>();
        for (int i = collegeA.size() - 1; i >= 0; i -= 2) {
            List<String> pair = new ArrayList<>(collegeA.subList(Math.max(0, i - 1), i + 1));
            for (int j = pair.size() - 1; j >= 0; j--) {
                String id = pair.get(j);
                p.reviews.act(s.adminA, id, ReviewAction.APPROVE, p.reviews.get(s.adminA, id).version(), null);
            }
            school.addAll(pair);
            p.clock.advance(Duration.ofSeconds(1));
        }
        for (int limit : new int[] {1, 2, 7}) {
            assertEquals(school, all(p.reviews::waitingFor, s.schoolAdmin, limit), "school, pages of " + limit);
        }
        assertEquals(7, all(p.reviews::waitingFor, other.adminA, 3).size(), "the other school's college queue");
        assertEquals(List.of(), all(p.reviews::waitingFor, other.schoolAdmin, 3), "the other school's queue");
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
