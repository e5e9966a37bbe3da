-- Rounds (SPEC §15). (002 is the health check's, from issue 19.)
-- The invitations of invited rounds: only a keyed hash of each code (the first 128 bits of
-- HMAC-SHA256 with MOR_INVITATION_KEY over the round and the code) with its group, and
-- whether it has been used.
-- No time and no sequence, so no column orders the uses or links one to a response; the
-- invite command inserts a round's codes in hash order, not in the mail merge's. A round's
-- rows are erased when it becomes final.
CREATE TABLE mor_invitations (
  hash       TEXT PRIMARY KEY,
  survey     TEXT NOT NULL,
  respondent TEXT NOT NULL,
  used       BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX mor_invitations_survey ON mor_invitations (survey);

-- Rounds made final: no response is stored for them any more, and what is kept of their
-- invitations is how many were made and used, per group.
CREATE TABLE mor_final_rounds (
  survey          TEXT PRIMARY KEY,
  invited_member  INTEGER NOT NULL,
  invited_officer INTEGER NOT NULL,
  used_member     INTEGER NOT NULL,
  used_officer    INTEGER NOT NULL
);
