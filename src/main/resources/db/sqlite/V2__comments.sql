-- comments owns reader comments. ip is kept for rate limits and moderation.
CREATE TABLE comments (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  post_id    BIGINT  NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  parent_id  BIGINT  REFERENCES comments (id) ON DELETE CASCADE,
  author     TEXT    NOT NULL,
  website    TEXT,
  body       TEXT    NOT NULL,
  status     TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'spam', 'trashed')),
  created_at BIGINT  NOT NULL,
  updated_at BIGINT  NOT NULL,
  ip         TEXT
);
CREATE INDEX comments_post ON comments (post_id, status, created_at);
CREATE INDEX comments_ip ON comments (ip, created_at);
