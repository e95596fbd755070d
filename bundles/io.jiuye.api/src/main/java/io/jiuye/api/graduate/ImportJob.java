package io.jiuye.api.graduate;

import java.time.Instant;

/**
 * A graduate import running in the background (large files): its progress after every batch, and its report once
 * done.
 *
 * @param state  RUNNING, DONE or FAILED
 * @param report the counts so far (problems included), complete when DONE
 * @param error  the code of the failure, e.g. FILE_UNREADABLE, when FAILED
 */
public record ImportJob(String id, String schoolId, int graduationYear, String state, ImportReport report,
        String error, Instant startedAt, Instant finishedAt) {
}
