-- Notifications and verification codes (R-ACC-3, R-ACC-4).
-- The development outbox: every message while it is enabled (io.jiuye.outbox), so tests and demos read codes.
CREATE TABLE notification_outbox (
  id BIGINT NOT NULL PRIMARY KEY,
  channel VARCHAR(10) NOT NULL,
  recipient VARCHAR(200) NOT NULL,
  subject VARCHAR(200),
  body VARCHAR(4000) NOT NULL,
  purpose VARCHAR(40),
  created_at TIMESTAMP NOT NULL
);
CREATE INDEX notification_outbox_recipient ON notification_outbox (recipient, id);

-- One-time codes, kept as SHA-256 only; rate limits count the rows per recipient and purpose.
CREATE TABLE verification_code (
  id BIGINT NOT NULL PRIMARY KEY,
  purpose VARCHAR(40) NOT NULL,
  recipient VARCHAR(200) NOT NULL,
  code_hash VARCHAR(64) NOT NULL,
  user_id BIGINT REFERENCES user_account(id),
  expires_at TIMESTAMP NOT NULL,
  attempts INTEGER NOT NULL,
  used_at TIMESTAMP,
  created_at TIMESTAMP NOT NULL
);
CREATE INDEX verification_code_recipient ON verification_code (recipient, purpose, created_at);

-- The phone a student confirmed by SMS code; it counts only while it equals the record's phone.
ALTER TABLE graduate ADD COLUMN verified_phone VARCHAR(20);
ALTER TABLE graduate ADD COLUMN phone_verified_at TIMESTAMP;
