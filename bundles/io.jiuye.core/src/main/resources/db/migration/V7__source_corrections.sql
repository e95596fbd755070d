-- Corrections of approved source information (R-SRC-4): the fields a school lets graduates change without review.
ALTER TABLE school ADD COLUMN direct_edit_fields VARCHAR(200) NOT NULL DEFAULT 'qq,email,homePhone';
