-- The file store (io.jiuye.core.module.FileStore): metadata of every uploaded file; the content is on disk under the
-- configured folder (PID io.jiuye.files), named by public_id. No foreign keys and no cascades: a file outlives its
-- record's state changes and its plugin; only an audited delete hides it (deleted_at, deleted_by).
CREATE TABLE stored_file (
  id BIGINT NOT NULL PRIMARY KEY,
  public_id VARCHAR(32) NOT NULL UNIQUE,
  slot VARCHAR(100) NOT NULL,
  owner_ref VARCHAR(64) NOT NULL,
  media_type VARCHAR(50) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  file_name VARCHAR(120) NOT NULL,
  content_checked BOOLEAN NOT NULL,
  stored_at TIMESTAMP NOT NULL,
  stored_by VARCHAR(100) NOT NULL,
  deleted_at TIMESTAMP,
  deleted_by VARCHAR(100)
);
CREATE INDEX stored_file_owner ON stored_file (owner_ref, slot, stored_at, id);
-- A recommendation form names its photo in the store. The BLOB columns recommendation_form.photo and
-- correction_evidence.content stay for now: at start-up the graduate module moves their content into the store
-- (photo set to NULL, evidence rows deleted once moved); a later migration drops them.
ALTER TABLE recommendation_form ADD COLUMN photo_file VARCHAR(32);
