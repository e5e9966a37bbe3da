/**
 * Whether a round takes a response now (SPEC §15), in the order the SPEC gives after "is this
 * id already stored?" (which the caller answers first, from the database): the round's state,
 * then, in an invited round, the code in `Mor-Invitation`. A response it takes goes to the store
 * guarded: refused there too if the round has meanwhile been made final, and, in an invited
 * round, stored only together with the use of its code.
 *
 * In an invited round the response is stored with its times cut to the UTC day (its
 * `submittedAt`, and the time received), so the order of arrival cannot be matched against
 * anything; a retry is compared with what was stored. A code sent to an `open` round is
 * ignored: the round asks for none, and refusing would only lose the respondent's answers.
 */
import { INVITATION_HEADER, parseCode, type SurveyResponse } from 'mor-survey/schema';
import type { Incoming } from '../store/types.js';
import type { RoundCalendar } from './calendar.js';
import { invitationHash } from './invitations.js';
import { dayOnly } from './state.js';

export type RoundRefusal = 'round-upcoming' | 'round-closed' | 'invitation-missing' | 'invitation-unknown' | 'invitation-used' | 'invitation-group';

export type Admission =
  /** `body` is the response as it would be stored, to compare with one stored under its id. */
  { ok: false; refusal: RoundRefusal; body: string } | { ok: true; incoming: Incoming };

export function admit(calendar: RoundCalendar, invitationKey: string | undefined, request: Request, response: SurveyResponse, body: string, now: number): Admission {
  const round = calendar.round(response.survey);
  // The caller only asks for rounds of the file (the others are refused as not collected).
  if (!round) return { ok: false, refusal: 'round-closed', body };
  const invited = round.access === 'invited';
  const stored = invited ? { ...response, submittedAt: dayOnly(response.submittedAt) } : response;
  // The body with that one field changed. Inside a JSON string every quote is escaped, so the
  // first `"submittedAt":"` is the field itself.
  const storedBody = invited ? body.replace(`"submittedAt":"${response.submittedAt}"`, `"submittedAt":"${stored.submittedAt}"`) : body;
  const refuse = (refusal: RoundRefusal): Admission => ({ ok: false, refusal, body: storedBody });

  const state = calendar.stateOf(round);
  if (state === 'upcoming') return refuse('round-upcoming');
  // In the grace period, only what was answered before the close (sent later by the outbox).
  if (state === 'final' || (state === 'grace' && Date.parse(response.submittedAt) >= round.closesAt)) return refuse('round-closed');
  if (!invited) return { ok: true, incoming: { response, body, receivedAt: new Date(now).toISOString(), guard: {} } };

  const sent = request.headers.get(INVITATION_HEADER);
  if (sent === null || !sent.trim()) return refuse('invitation-missing');
  const code = parseCode(sent);
  if (code === undefined || !invitationKey) return refuse('invitation-unknown');
  return {
    ok: true,
    incoming: { response: stored, body: storedBody, receivedAt: dayOnly(now), guard: { invitation: invitationHash(invitationKey, round.id, code) } },
  };
}
