-- Evidence of a source-information correction (R-SRC-4): images the graduate attaches, at most 3 per request.
CREATE TABLE correction_evidence (
  id BIGINT NOT NULL PRIMARY KEY,
  review_item_id BIGINT NOT NULL REFERENCES review_item(id),
  media_type VARCHAR(20) NOT NULL,
  content ${blob} NOT NULL,
  uploaded_at TIMESTAMP NOT NULL
);
CREATE INDEX correction_evidence_item ON correction_evidence (review_item_id, id);
