-- The graduates module refers to the core's rows (school, college, major, account, review item) by id: no JPA
-- relationship crosses bundles. Their public ids, which never change, are kept beside the ids for the API, so a
-- list page needs no join.
ALTER TABLE graduate ADD COLUMN school_ref VARCHAR(32);
ALTER TABLE graduate ADD COLUMN college_ref VARCHAR(32);
ALTER TABLE graduate ADD COLUMN major_ref VARCHAR(32);
ALTER TABLE graduate ADD COLUMN user_ref VARCHAR(32);
ALTER TABLE graduate ADD COLUMN source_item_ref VARCHAR(32);
UPDATE graduate SET school_ref = (SELECT s.public_id FROM school s WHERE s.id = graduate.school_id);
UPDATE graduate SET college_ref = (SELECT c.public_id FROM college c WHERE c.id = graduate.college_id);
UPDATE graduate SET major_ref = (SELECT m.public_id FROM major m WHERE m.id = graduate.major_id);
UPDATE graduate SET user_ref = (SELECT u.public_id FROM user_account u WHERE u.id = graduate.user_id);
UPDATE graduate SET source_item_ref = (SELECT r.public_id FROM review_item r WHERE r.id = graduate.source_item_id);
-- a student's own record is found by the account's public id (GraduateAccess.own)
CREATE INDEX graduate_user_ref ON graduate (user_ref);

ALTER TABLE import_job ADD COLUMN school_ref VARCHAR(32);
UPDATE import_job SET school_ref = (SELECT s.public_id FROM school s WHERE s.id = import_job.school_id);

-- a form's review state is copied from its item on every transition, like a record's source state
ALTER TABLE recommendation_form ADD COLUMN review_item_ref VARCHAR(32);
ALTER TABLE recommendation_form ADD COLUMN review_state VARCHAR(20) NOT NULL DEFAULT 'NOT_SUBMITTED';
UPDATE recommendation_form SET review_item_ref = (SELECT r.public_id FROM review_item r
  WHERE r.id = recommendation_form.review_item_id);
UPDATE recommendation_form SET review_state = (SELECT CASE r.state WHEN 'IN_REVIEW' THEN 'IN_REVIEW'
  WHEN 'APPROVED' THEN 'APPROVED' WHEN 'REJECTED' THEN 'REJECTED' WHEN 'RETURNED' THEN 'RETURNED'
  ELSE 'NOT_SUBMITTED' END FROM review_item r WHERE r.id = recommendation_form.review_item_id)
  WHERE review_item_id IS NOT NULL;

-- The school's settings of this module, which 0.1 kept as columns of the core's school table (those columns stay
-- until a later release drops them; nothing reads them any more). A school without a row has the defaults.
CREATE TABLE graduate_school_settings (
  school_id BIGINT NOT NULL PRIMARY KEY REFERENCES school(id),
  registration_keys VARCHAR(100) NOT NULL,
  source_review_chain VARCHAR(30) NOT NULL,
  direct_edit_fields VARCHAR(200) NOT NULL,
  online_signing_open BOOLEAN NOT NULL,
  version BIGINT NOT NULL
);
INSERT INTO graduate_school_settings (school_id, registration_keys, source_review_chain, direct_edit_fields,
  online_signing_open, version)
  SELECT id, registration_keys, source_review_chain, direct_edit_fields, online_signing_open, 0 FROM school;
