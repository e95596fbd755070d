-- Graduate records (生源) loaded by schools before students register (R-ACC-1).
CREATE TABLE graduate (
  id BIGINT NOT NULL PRIMARY KEY,
  public_id VARCHAR(32) NOT NULL UNIQUE,
  school_id BIGINT NOT NULL REFERENCES school(id),
  college_id BIGINT NOT NULL REFERENCES college(id),
  major_id BIGINT REFERENCES major(id),
  graduation_year INTEGER NOT NULL,
  student_number VARCHAR(32) NOT NULL,
  name VARCHAR(50) NOT NULL,
  gender VARCHAR(10),
  id_number VARCHAR(18) NOT NULL,
  education_level VARCHAR(20) NOT NULL,
  training_mode VARCHAR(20) NOT NULL,
  class_name VARCHAR(50),
  phone VARCHAR(20),
  email VARCHAR(100),
  user_id BIGINT REFERENCES user_account(id),
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL,
  -- lookups go by lists of numbers (IN): the number leads each index so that Derby can probe it
  CONSTRAINT graduate_number UNIQUE (student_number, school_id)
);
CREATE INDEX graduate_list ON graduate (school_id, graduation_year, college_id);
CREATE INDEX graduate_id_number ON graduate (id_number, school_id);
