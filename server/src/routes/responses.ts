/**
 * `/api/responses` (SPEC §12). Anyone's browser may `POST` a response (and ask first with a CORS
 * preflight): 201 new, 200 the same response again, 409 the same id with other content; 503
 * with Retry-After when more than `maxPending` responses are already waiting for the database
 * (never an unbounded queue), or when the database fails. A 2xx is sent only after the commit.
 * With a rounds file, a round takes responses only while it is open, and an invited round only
 * with an unused code (`../rounds/admission.ts`); an id already stored is answered as such first.
 * With the admin token: `GET ?survey=<id>` lists a round, `DELETE ?survey=<id>` deletes it for
 * good (retention).
 */
import { Hono } from 'hono';
import { requireBearer } from '../http/auth.js';
import { checkOrigin, noteRefusedOrigin, preflight } from '../http/cors.js';
import { json, notAllowed, problem, unavailable } from '../http/problem.js';
import { roundsInQuery } from '../http/round-id.js';
import { admit, type Admission } from '../rounds/admission.js';
import { refusal } from '../rounds/refusals.js';
import type { Refusal } from '../store/types.js';
import { readSubmission } from '../submission.js';
import type { RouteContext } from './context.js';

const forbiddenOrigin = () => problem(403, 'Forbidden', 'Pages on this origin may not send responses here.');

const stored = (id: string) => json(201, { id, stored: true });
const duplicate = (id: string) => json(200, { id, duplicate: true });
const conflict = () => problem(409, 'Conflict', 'A different response with this id has already been received.');
/** The store's refusal as the round's: `closed` there is a round made final meanwhile. */
const asRefusal = (outcome: Refusal) => (outcome === 'closed' ? 'round-closed' : outcome);

export function responseRoutes({ settings, store, commits, calendar }: RouteContext): Hono {
  const adminOnly = requireBearer([settings.adminToken]);
  let pending = 0;
  /** 403; logged (throttled) when the page's origin is why, so a wrong MOR_ALLOWED_ORIGINS shows. */
  const refuse = (request: Request) => {
    if (!checkOrigin(request, settings.origins).allowed) noteRefusedOrigin(settings.throttled, settings.origins, request.headers.get('origin'));
    return forbiddenOrigin();
  };

  async function receive(request: Request): Promise<Response> {
    const submission = await readSubmission(request, settings);
    if (!submission.ok) return submission.answer;
    if (pending >= settings.maxPending) return unavailable('Too many responses are arriving at once. Try again shortly.');
    const { response, body } = submission;
    const now = settings.now();
    const admission: Admission = calendar
      ? admit(calendar, settings.rounds?.invitationKey, request, response, body, now)
      : { ok: true, incoming: { response, body, receivedAt: new Date(now).toISOString() } };
    const refused = (kind: Parameters<typeof refusal>[0]) => refusal(kind, calendar!.round(response.survey)!, response.respondent, response.locale);
    pending += 1;
    try {
      if (!admission.ok) {
        // An id already stored is answered as such, whatever the round's state now.
        const kept = await store.storedBody(response.id);
        if (kept !== undefined) return kept === admission.body ? duplicate(response.id) : conflict();
        return refused(admission.refusal);
      }
      const outcome = await commits.write(admission.incoming);
      if (outcome === 'stored') return stored(response.id);
      if (outcome === 'duplicate') return duplicate(response.id);
      if (outcome === 'conflict') return conflict();
      return refused(asRefusal(outcome));
    } catch (error) {
      // The code only: a driver's message may quote the values it was given. At most a line
      // per 10 s per code: an outage must not write one per request.
      settings.throttled.note(`could not store a response (${(error as { code?: string }).code ?? (error as Error).name})`);
      return unavailable('The responses database is not available. Try again shortly.');
    } finally {
      pending -= 1;
    }
  }

  return new Hono()
    .options('/', (c) => preflight(c.req.raw, settings.origins) ?? refuse(c.req.raw))
    .post('/', async (c) => {
      const origin = checkOrigin(c.req.raw, settings.origins);
      if (!origin.allowed) return refuse(c.req.raw);
      const answer = await receive(c.req.raw);
      for (const [name, value] of Object.entries(origin.headers)) answer.headers.set(name, value);
      return answer;
    })
    .get('/', adminOnly, async (c) => {
      const rounds = roundsInQuery(c);
      return rounds instanceof Response ? rounds : json(200, await store.responses(rounds.survey));
    })
    .delete('/', adminOnly, async (c) => {
      const rounds = roundsInQuery(c);
      if (rounds instanceof Response) return rounds;
      const deleted = await store.remove(rounds.survey);
      settings.log(`deleted round ${rounds.survey}: ${deleted} responses`);
      return json(200, { deleted });
    })
    .all('/', notAllowed('GET, POST, DELETE, OPTIONS'));
}
