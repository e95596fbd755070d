-- V5: employers (A2) and their qualification review (资质审核, core:employer-qualification@1), and the signing
-- eligibility switches of R-ACC-5: per graduate (推免, employment plan submitted, 签约开放列表) and per school
-- (网签开放设置).
CREATE TABLE employer (
  id BIGINT NOT NULL PRIMARY KEY,
  public_id VARCHAR(32) NOT NULL UNIQUE,
  name VARCHAR(100) NOT NULL,
  credit_code VARCHAR(18) NOT NULL UNIQUE,
  nature VARCHAR(30) NOT NULL,
  industry VARCHAR(30) NOT NULL,
  location VARCHAR(100) NOT NULL,
  address VARCHAR(200) NOT NULL,
  postcode VARCHAR(6) NOT NULL,
  contact_person VARCHAR(50) NOT NULL,
  phone VARCHAR(20) NOT NULL,
  email VARCHAR(100) NOT NULL,
  archive_receives BOOLEAN NOT NULL,
  archive_unit VARCHAR(100),
  archive_address VARCHAR(200),
  archive_postcode VARCHAR(6),
  archive_contact VARCHAR(50),
  archive_phone VARCHAR(20),
  hukou_type VARCHAR(30) NOT NULL,
  hukou_details VARCHAR(200),
  -- the school whose admins review the qualification; the verified employer acts toward every school
  home_school_id BIGINT REFERENCES school(id),
  state VARCHAR(20) NOT NULL,
  rejection_reason VARCHAR(1000),
  review_item_id BIGINT REFERENCES review_item(id),
  registered_at TIMESTAMP NOT NULL,
  verified_at TIMESTAMP,
  updated_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX employer_school_state ON employer (home_school_id, state);
CREATE INDEX employer_state ON employer (state);

-- R-ACC-5 per graduate: set by the school's admins (plan_submitted belongs to the later employment-plan module)
ALTER TABLE graduate ADD COLUMN recommended_for_postgraduate BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE graduate ADD COLUMN plan_submitted BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE graduate ADD COLUMN signing_restricted BOOLEAN NOT NULL DEFAULT FALSE;
-- R-ACC-5 per school: the global online-signing switch
ALTER TABLE school ADD COLUMN online_signing_open BOOLEAN NOT NULL DEFAULT TRUE;
