-- Source-information verification (R-SRC-1..3): the fields a graduate completes, the verification state and its
-- review item, the school's review chain, and the field-level change log (变更明细).
ALTER TABLE graduate ADD COLUMN hukou_to_school BOOLEAN;
ALTER TABLE graduate ADD COLUMN archive_to_school BOOLEAN;
ALTER TABLE graduate ADD COLUMN qq VARCHAR(20);
ALTER TABLE graduate ADD COLUMN home_postcode VARCHAR(6);
ALTER TABLE graduate ADD COLUMN home_phone VARCHAR(20);
ALTER TABLE graduate ADD COLUMN home_address VARCHAR(200);
ALTER TABLE graduate ADD COLUMN source_state VARCHAR(20) NOT NULL DEFAULT 'NOT_SUBMITTED';
ALTER TABLE graduate ADD COLUMN source_item_id BIGINT REFERENCES review_item(id);
ALTER TABLE school ADD COLUMN source_review_chain VARCHAR(30) NOT NULL DEFAULT 'COLLEGE_THEN_SCHOOL';

CREATE TABLE graduate_change (
  id BIGINT NOT NULL PRIMARY KEY,
  graduate_id BIGINT NOT NULL REFERENCES graduate(id),
  field VARCHAR(40) NOT NULL,
  old_value VARCHAR(200),
  new_value VARCHAR(200),
  changed_by VARCHAR(100) NOT NULL,
  source VARCHAR(20) NOT NULL,
  occurred_at TIMESTAMP NOT NULL
);
CREATE INDEX graduate_change_graduate ON graduate_change (graduate_id, id);
