-- One row the receiver rewrites to learn that writing works (SPEC §16, /healthz): a commit of
-- its own, at most one every few seconds, so its answer is true even when no responses arrive.
CREATE TABLE mor_health (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  checked_at TEXT NOT NULL           -- ISO 8601, UTC: the last write that worked
);
