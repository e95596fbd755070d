-- The employer refers to its home school and its review item by id (no JPA relationship crosses bundles); their
-- public ids, which never change, are kept beside the ids for the API.
ALTER TABLE employer ADD COLUMN home_school_ref VARCHAR(32);
ALTER TABLE employer ADD COLUMN review_item_ref VARCHAR(32);
UPDATE employer SET home_school_ref = (SELECT s.public_id FROM school s WHERE s.id = employer.home_school_id);
UPDATE employer SET review_item_ref = (SELECT r.public_id FROM review_item r WHERE r.id = employer.review_item_id);
