-- One row per response (SPEC §12): the validated JSON and, beside it, what lists and exports
-- need without reading it. Nothing about the sender: no address, user agent or headers.
CREATE TABLE mor_responses (
  seq         INTEGER PRIMARY KEY,   -- arrival order
  id          TEXT NOT NULL UNIQUE,  -- the response's id: idempotency is this constraint
  survey      TEXT NOT NULL,
  respondent  TEXT NOT NULL,
  received_at TEXT NOT NULL,         -- ISO 8601, UTC
  body        TEXT NOT NULL          -- the validated response, JSON
);
CREATE INDEX mor_responses_survey ON mor_responses (survey, seq);
