-- Background graduate imports (R-ACC-1, large files): progress after every batch, the report when done.
CREATE TABLE import_job (
  id BIGINT NOT NULL PRIMARY KEY,
  public_id VARCHAR(32) NOT NULL UNIQUE,
  school_id BIGINT NOT NULL REFERENCES school(id),
  graduation_year INTEGER NOT NULL,
  state VARCHAR(10) NOT NULL,
  report ${text} NOT NULL,
  error VARCHAR(40),
  started_by VARCHAR(100) NOT NULL,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  version BIGINT NOT NULL
);
