-- One row per response (SPEC §12): the validated JSON and, beside it, what lists and exports
-- need without reading it. Nothing about the sender: no address, user agent or headers.
-- `id` is text, not uuid, so the two stores agree on what "the same id" is.
CREATE TABLE mor_responses (
  seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- arrival order
  id          TEXT NOT NULL UNIQUE,  -- the response's id: idempotency is this constraint
  survey      TEXT NOT NULL,
  respondent  TEXT NOT NULL,
  received_at TIMESTAMPTZ NOT NULL,
  body        JSON NOT NULL          -- the validated response, as sent (json keeps the text)
);
CREATE INDEX mor_responses_survey ON mor_responses (survey, seq);
