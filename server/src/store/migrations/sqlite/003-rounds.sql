-- Rounds (SPEC §15). (002 is the health check's, from issue 19.)
-- The invitations of invited rounds: only a keyed hash of each code (the first 128 bits of
-- HMAC-SHA256 with MOR_INVITATION_KEY over the round and the code) with its group, and its
-- place among the round's codes (`slot`: the order the codes were made in, in hash order within
-- each run of the invite command — never an order of use). Rows are kept in hash order
-- (WITHOUT ROWID). A round's rows are erased when it becomes final.
CREATE TABLE mor_invitations (
  hash       TEXT PRIMARY KEY,
  survey     TEXT NOT NULL,
  respondent TEXT NOT NULL,
  slot       INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX mor_invitations_survey ON mor_invitations (survey);

-- Which of a round's codes have been used: one bit per code (its slot), 52 to a row. Using a
-- code rewrites one of a few small rows, in a page the commit writes anyway, instead of one row
-- among thousands (measured: bench:server --invited). No time, nothing that orders the uses.
CREATE TABLE mor_invitation_uses (
  survey TEXT NOT NULL,
  word   INTEGER NOT NULL,
  bits   INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (survey, word)
) WITHOUT ROWID;

-- Rounds made final: no response is stored for them any more, and what is kept of their
-- invitations is how many were made and used, per group.
CREATE TABLE mor_final_rounds (
  survey          TEXT PRIMARY KEY,
  invited_member  INTEGER NOT NULL,
  invited_officer INTEGER NOT NULL,
  used_member     INTEGER NOT NULL,
  used_officer    INTEGER NOT NULL
) WITHOUT ROWID;
