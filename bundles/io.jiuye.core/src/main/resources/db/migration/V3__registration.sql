-- Which imported fields a student's registration must match, per school (R-ACC-2); school and year always match.
ALTER TABLE school ADD COLUMN registration_keys VARCHAR(100) NOT NULL DEFAULT 'STUDENT_NUMBER,NAME';
-- one account per graduate record
ALTER TABLE graduate ADD CONSTRAINT graduate_user UNIQUE (user_id);
