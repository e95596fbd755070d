-- Recommendation forms (推荐表, R-REC-1..2): one per graduate, its fields as a JSON document, its photo, and the
-- review item (core:recommendation-form@1) that carries it to the college.
CREATE TABLE recommendation_form (
  id BIGINT NOT NULL PRIMARY KEY,
  public_id VARCHAR(32) NOT NULL UNIQUE,
  graduate_id BIGINT NOT NULL UNIQUE REFERENCES graduate(id),
  data ${text} NOT NULL,
  photo ${blob},
  photo_type VARCHAR(20),
  review_item_id BIGINT REFERENCES review_item(id),
  updated_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL
);
