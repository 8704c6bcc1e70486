-- publish owns posts and their labels. Times are epoch milliseconds (UTC).
CREATE TABLE posts (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  slug         TEXT    NOT NULL UNIQUE,
  title        TEXT    NOT NULL,
  status       TEXT    NOT NULL CHECK (status IN ('draft', 'scheduled', 'published', 'trashed')),
  published_at BIGINT,
  updated_at   BIGINT  NOT NULL,
  created_at   BIGINT  NOT NULL,
  lead_image   TEXT,
  blocks       TEXT    NOT NULL
);
CREATE INDEX posts_public ON posts (status, published_at);

CREATE TABLE post_labels (
  post_id BIGINT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  label   TEXT   NOT NULL,
  PRIMARY KEY (post_id, label)
);
CREATE INDEX post_labels_label ON post_labels (label);
