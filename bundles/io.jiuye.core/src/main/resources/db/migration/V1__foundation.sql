-- Foundation: tenancy, accounts, sessions, review items and trail, plugin enablement and settings,
-- security audit, durable timers. Keys come from one pooled sequence so inserts batch.
CREATE SEQUENCE id_seq AS BIGINT START WITH 1000 INCREMENT BY 50;

CREATE TABLE school (
  id BIGINT NOT NULL PRIMARY KEY,
  public_id VARCHAR(32) NOT NULL UNIQUE,
  code VARCHAR(20) NOT NULL UNIQUE,
  name VARCHAR(100) NOT NULL,
  province VARCHAR(40),
  created_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL
);

CREATE TABLE college (
  id BIGINT NOT NULL PRIMARY KEY,
  public_id VARCHAR(32) NOT NULL UNIQUE,
  school_id BIGINT NOT NULL REFERENCES school(id),
  code VARCHAR(20) NOT NULL,
  name VARCHAR(100) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT college_code UNIQUE (school_id, code)
);

CREATE TABLE major (
  id BIGINT NOT NULL PRIMARY KEY,
  public_id VARCHAR(32) NOT NULL UNIQUE,
  school_id BIGINT NOT NULL REFERENCES school(id),
  college_id BIGINT NOT NULL REFERENCES college(id),
  code VARCHAR(20) NOT NULL,
  name VARCHAR(100) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT major_code UNIQUE (college_id, code)
);

CREATE TABLE cohort (
  id BIGINT NOT NULL PRIMARY KEY,
  public_id VARCHAR(32) NOT NULL UNIQUE,
  school_id BIGINT NOT NULL REFERENCES school(id),
  graduation_year INTEGER NOT NULL,
  name VARCHAR(50) NOT NULL,
  is_current BOOLEAN NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT cohort_year UNIQUE (school_id, graduation_year)
);

CREATE TABLE user_account (
  id BIGINT NOT NULL PRIMARY KEY,
  public_id VARCHAR(32) NOT NULL UNIQUE,
  username VARCHAR(64) NOT NULL UNIQUE,
  display_name VARCHAR(100) NOT NULL,
  role VARCHAR(20) NOT NULL,
  school_id BIGINT REFERENCES school(id),
  college_id BIGINT REFERENCES college(id),
  employer_ref VARCHAR(32),
  password_hash VARCHAR(200) NOT NULL,
  enabled BOOLEAN NOT NULL,
  created_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX user_account_school ON user_account (school_id, role);

CREATE TABLE auth_session (
  id BIGINT NOT NULL PRIMARY KEY,
  token_hash VARCHAR(64) NOT NULL UNIQUE,
  user_id BIGINT NOT NULL REFERENCES user_account(id),
  created_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  ended_at TIMESTAMP,
  remote_address VARCHAR(64)
);
CREATE INDEX auth_session_user ON auth_session (user_id);

CREATE TABLE review_item (
  id BIGINT NOT NULL PRIMARY KEY,
  public_id VARCHAR(32) NOT NULL UNIQUE,
  item_type VARCHAR(100) NOT NULL,
  school_id BIGINT NOT NULL REFERENCES school(id),
  college_id BIGINT REFERENCES college(id),
  submitter_id BIGINT NOT NULL REFERENCES user_account(id),
  counterparty_id BIGINT REFERENCES user_account(id),
  employer_ref VARCHAR(32),
  state VARCHAR(20) NOT NULL,
  step_key VARCHAR(40),
  waiting_actor VARCHAR(20),
  step_entered_at TIMESTAMP,
  actable_from TIMESTAMP,
  limit_groups VARCHAR(200) NOT NULL,
  flow_snapshot ${text} NOT NULL,
  attributes ${text} NOT NULL,
  submitted_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL
);
CREATE INDEX review_item_waiting ON review_item (state, waiting_actor, school_id, college_id);
CREATE INDEX review_item_submitter ON review_item (submitter_id, item_type, state);

CREATE TABLE review_trail (
  id BIGINT NOT NULL PRIMARY KEY,
  item_id BIGINT NOT NULL REFERENCES review_item(id),
  seq INTEGER NOT NULL,
  actor_id BIGINT REFERENCES user_account(id),
  actor_name VARCHAR(100) NOT NULL,
  actor_role VARCHAR(20) NOT NULL,
  action VARCHAR(20) NOT NULL,
  step_key VARCHAR(40),
  resulting_state VARCHAR(20) NOT NULL,
  remark VARCHAR(1000),
  occurred_at TIMESTAMP NOT NULL,
  CONSTRAINT review_trail_seq UNIQUE (item_id, seq)
);

CREATE TABLE plugin_known (
  plugin_id VARCHAR(40) NOT NULL PRIMARY KEY,
  plugin_version VARCHAR(40) NOT NULL,
  name_zh VARCHAR(100) NOT NULL,
  name_en VARCHAR(100) NOT NULL,
  baseline BOOLEAN NOT NULL,
  last_seen_at TIMESTAMP NOT NULL
);

CREATE TABLE plugin_enablement (
  id BIGINT NOT NULL PRIMARY KEY,
  school_id BIGINT NOT NULL REFERENCES school(id),
  plugin_id VARCHAR(40) NOT NULL,
  enabled BOOLEAN NOT NULL,
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT plugin_enablement_key UNIQUE (school_id, plugin_id)
);

CREATE TABLE plugin_setting (
  id BIGINT NOT NULL PRIMARY KEY,
  school_id BIGINT NOT NULL REFERENCES school(id),
  plugin_id VARCHAR(40) NOT NULL,
  setting_key VARCHAR(60) NOT NULL,
  setting_value VARCHAR(1000) NOT NULL,
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT plugin_setting_key UNIQUE (school_id, plugin_id, setting_key)
);

CREATE TABLE contribution_selection (
  id BIGINT NOT NULL PRIMARY KEY,
  school_id BIGINT NOT NULL REFERENCES school(id),
  kind VARCHAR(30) NOT NULL,
  contribution_id VARCHAR(100) NOT NULL,
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT contribution_selection_key UNIQUE (school_id, kind)
);

CREATE TABLE security_audit (
  id BIGINT NOT NULL PRIMARY KEY,
  occurred_at TIMESTAMP NOT NULL,
  event VARCHAR(40) NOT NULL,
  outcome VARCHAR(10) NOT NULL,
  actor VARCHAR(100),
  actor_role VARCHAR(20),
  school_id BIGINT,
  target VARCHAR(200),
  detail VARCHAR(1000),
  remote_address VARCHAR(64)
);
CREATE INDEX security_audit_at ON security_audit (occurred_at);

CREATE TABLE due_work (
  id BIGINT NOT NULL PRIMARY KEY,
  kind VARCHAR(40) NOT NULL,
  ref_id BIGINT NOT NULL,
  ref_stamp BIGINT NOT NULL,
  due_at TIMESTAMP NOT NULL,
  claimed_by VARCHAR(64),
  claimed_until TIMESTAMP,
  done_at TIMESTAMP,
  version BIGINT NOT NULL
);
CREATE INDEX due_work_due ON due_work (done_at, due_at);
