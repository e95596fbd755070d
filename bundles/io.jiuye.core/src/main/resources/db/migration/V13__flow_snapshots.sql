-- SPI 0.2 review engine. Flow snapshots are stored once per distinct flow (keyed by the SHA-256 of their JSON) and
-- items reference them. The snapshots items held inline move to flow_snapshot here, one row per item under a
-- provisional key 'legacy-<item public id>'; on start the core rewrites them to the 0.2 form, merges equal ones
-- and deletes the provisional rows (FlowSnapshots.mergeLegacy).
CREATE TABLE flow_snapshot (
  id BIGINT NOT NULL PRIMARY KEY,
  content_hash VARCHAR(64) NOT NULL UNIQUE,
  content ${text} NOT NULL,
  created_at TIMESTAMP NOT NULL
);
ALTER TABLE review_item ADD COLUMN flow_snapshot_id BIGINT;
-- review_item ids come from the shared id_seq, so no later snapshot can take one of them
INSERT INTO flow_snapshot (id, content_hash, content, created_at)
  SELECT id, 'legacy-' || public_id, flow_snapshot, submitted_at FROM review_item;
UPDATE review_item SET flow_snapshot_id = id;
ALTER TABLE review_item DROP COLUMN flow_snapshot;
ALTER TABLE review_item ADD CONSTRAINT review_item_snapshot FOREIGN KEY (flow_snapshot_id) REFERENCES flow_snapshot(id);
CREATE INDEX review_item_snapshot_ix ON review_item (flow_snapshot_id);

-- milestones reached in this submission (",EFFECTIVE,SIGNED,"), due times of the current step's timers
ALTER TABLE review_item ADD COLUMN milestones VARCHAR(100);
ALTER TABLE review_item ADD COLUMN timer_dues VARCHAR(400);
-- limit scopes: the graduate the item is about, and the record a RECORD limit counts by
ALTER TABLE review_item ADD COLUMN graduate_id BIGINT REFERENCES user_account(id);
ALTER TABLE review_item ADD COLUMN record_ref VARCHAR(100);
UPDATE review_item SET graduate_id = submitter_id
  WHERE submitter_id IN (SELECT id FROM user_account WHERE role = 'STUDENT');
UPDATE review_item SET graduate_id = counterparty_id
  WHERE graduate_id IS NULL AND counterparty_id IN (SELECT id FROM user_account WHERE role = 'STUDENT');
CREATE INDEX review_item_graduate ON review_item (graduate_id, state);
CREATE INDEX review_item_record ON review_item (record_ref, state);

-- values given with an action at a step (JSON object), shown in the trail to those who may see them
ALTER TABLE review_trail ADD COLUMN step_values ${text};

-- one row per limit group and scope key; a submission locks its rows before counting, so two concurrent
-- submissions under the same limit are serialised
CREATE TABLE review_limit_lock (
  lock_key VARCHAR(200) NOT NULL PRIMARY KEY
);
