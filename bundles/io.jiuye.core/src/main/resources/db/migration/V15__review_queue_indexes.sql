-- A student's waiting list is the union of three ranges (ReviewServiceImpl.waitingFor): items waiting for them as
-- submitter, as counterparty, and as the other party. Each range is read by a key scan over an index that leads
-- with its equality conditions and ends with the list's order, merged in order, so a page needs no sort.
-- items the student submitted, waiting for the student
CREATE INDEX review_item_submitter_queue ON review_item (submitter_id, waiting_actor, state, step_entered_at, id);
-- items naming the student as counterparty or other party, waiting for the student
CREATE INDEX review_item_counterparty_queue ON review_item (counterparty_id, waiting_actor, state, step_entered_at, id);
