// Responses to send and the requests that send or read them, over real HTTP.
import { specExample } from '../../../test/fixtures/spec-example.mjs';
import { ADMIN_TOKEN } from './server.mjs';

/** A valid response in `survey` with a new id; `change` may edit it. */
export function makeResponse(survey, change = () => {}) {
  const response = { ...structuredClone(specExample), id: crypto.randomUUID(), survey };
  change(response);
  return response;
}

export function post(url, body, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const key = typeof body === 'string' ? {} : { 'Idempotency-Key': body.id };
  return fetch(`${url}/api/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...key, ...headers },
    body: text,
  });
}

/** An admin request; `token` false sends none. */
export function admin(url, path, { method = 'GET', token = ADMIN_TOKEN } = {}) {
  return fetch(`${url}${path}`, { method, headers: token ? { Authorization: `Bearer ${token}` } : {} });
}

export async function listRound(url, survey) {
  const answer = await admin(url, `/api/responses?survey=${survey}`);
  if (answer.status !== 200) throw new Error(`listing ${survey}: ${answer.status}`);
  return answer.json();
}

/** Everything stored: every round and its responses, to compare before and after. */
export async function everything(url) {
  const rounds = await (await admin(url, '/api/surveys')).json();
  const responses = {};
  for (const { survey } of rounds) responses[survey] = await listRound(url, survey);
  return { rounds, responses };
}

/** Sends `items` with at most `concurrency` requests at a time; resolves with each outcome. */
export async function sendAll(items, concurrency, send) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = await send(items[i], i);
      } catch (error) {
        results[i] = { error };
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}
