-- Indexes for the lists at province scale: each leads with a list's equality filters and ends with its order, so a
-- page (and the 10,000th page, by keyset cursor) reads one short index range and needs no sort.
-- Graduates, ordered by key (GraduateServiceImpl.list):
-- whole school, one cohort (school admins; registration matching by school and cohort uses its prefix)
CREATE INDEX graduate_school_year_list ON graduate (school_id, graduation_year, id);
-- whole school, every cohort
CREATE INDEX graduate_school_list ON graduate (school_id, id);
-- one college, one cohort (college admins; school admins filtering by college)
CREATE INDEX graduate_college_year_list ON graduate (college_id, graduation_year, id);
-- one cohort by source-information state (who has not submitted, who waits for review)
CREATE INDEX graduate_state_list ON graduate (school_id, graduation_year, source_state, id);
-- the index these replace: (school_id, graduation_year, college_id) could give neither order nor a short range
DROP INDEX graduate_list;
-- Review items waiting for an actor, longest waiting first (ReviewServiceImpl.waitingFor):
-- a college admin's queue
CREATE INDEX review_item_college_queue ON review_item (college_id, waiting_actor, state, step_entered_at, id);
-- a school admin's queue
CREATE INDEX review_item_school_queue ON review_item (school_id, waiting_actor, state, step_entered_at, id);
-- an employer's queue
CREATE INDEX review_item_employer_queue ON review_item (employer_ref, waiting_actor, state, step_entered_at, id);
-- a submitter's own items, last changed first (ReviewServiceImpl.submittedBy)
CREATE INDEX review_item_submitted ON review_item (submitter_id, updated_at, id);
-- the index the queues replace: (state, waiting_actor, school_id, college_id) could not give their order
DROP INDEX review_item_waiting;
