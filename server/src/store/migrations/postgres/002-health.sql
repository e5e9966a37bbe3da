-- One row the receiver rewrites to learn that writing works (SPEC §16, /healthz): a commit of
-- its own, at most one every few seconds, so its answer is true even when no responses arrive.
-- Receivers sharing the database share the row.
CREATE TABLE mor_health (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  checked_at TIMESTAMPTZ NOT NULL    -- the last write that worked
);
