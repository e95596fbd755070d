-- Agreement numbers (R-SIGN-5): the next serial per school, graduation year and channel, taken under the row's lock.
CREATE TABLE agreement_serial (
  school_id BIGINT NOT NULL REFERENCES school(id),
  graduation_year INTEGER NOT NULL,
  channel VARCHAR(10) NOT NULL,
  last_serial BIGINT NOT NULL,
  PRIMARY KEY (school_id, graduation_year, channel)
);
