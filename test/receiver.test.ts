// The receiver of `npm start` (mor-survey-server plus the demo's failure modes), over real HTTP from the browser.
import { expect } from '@open-wc/testing';
import { specExample } from './fixtures/spec-example.mjs';
import { endpointFor, namespace, received } from './helpers/receiver.js';

function post(ns: string, body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }) {
  return fetch(endpointFor(ns), { method: 'POST', body, headers });
}
const valid = () => ({ ...structuredClone(specExample), id: crypto.randomUUID() });

describe('reference receiver', () => {
  it('stores a valid response with 201 and a repeated Idempotency-Key once, with 200', async () => {
    const ns = namespace();
    const response = valid();
    const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': response.id };
    const first = await post(ns, JSON.stringify(response), headers);
    expect(first.status).to.equal(201);
    const again = await post(ns, JSON.stringify(response), headers);
    expect(again.status).to.equal(200);
    expect(await again.json()).to.deep.equal({ id: response.id, duplicate: true });
    const { responses, copies } = await received(ns);
    expect(responses).to.deep.equal([response]);
    expect(copies).to.deep.equal({ [response.id]: 2 });
  });

  const bad: [string, () => [string, Record<string, string>?], number, string?][] = [
    ['a body that is not JSON', () => ['{"version": 1,'], 400],
    ['a body that is not application/json', () => [JSON.stringify(valid()), { 'Content-Type': 'text/plain' }], 415],
    ['wrong types', () => [JSON.stringify({ ...valid(), answers: { health: 'good' } })], 422, 'answers.health'],
    ['unknown fields', () => [JSON.stringify({ ...valid(), email: 'a@b.c' })], 422, 'email'],
    ['a body over 64 KB', () => [JSON.stringify({ ...valid(), pad: 'x'.repeat(70_000) })], 413],
    ['an Idempotency-Key that is not the id', () => [JSON.stringify(valid()), { 'Content-Type': 'application/json', 'Idempotency-Key': 'other' }], 400],
  ];
  for (const [name, make, status, field] of bad) {
    it(`answers ${status} to ${name} and stores nothing`, async () => {
      const ns = namespace();
      const [body, headers] = make();
      const answer = await post(ns, body, headers);
      expect(answer.status).to.equal(status);
      expect(answer.headers.get('Content-Type')).to.contain('application/problem+json');
      const problem = (await answer.json()) as { detail: string; fields?: string[] };
      expect(problem.detail).to.be.a('string').and.not.equal('');
      if (field) expect(problem.fields).to.include(field);
      expect((await received(ns)).responses).to.deep.equal([]);
    });
  }

  it('reports and switches its failure mode, and clears a namespace', async () => {
    const ns = namespace();
    expect(await (await fetch(`/api/ns/${ns}/mode`)).json()).to.deep.equal({ mode: 'accept' });
    const set = await fetch(`/api/ns/${ns}/mode`, { method: 'PUT', body: JSON.stringify({ mode: 'fail', times: 1 }) });
    expect(await set.json()).to.deep.equal({ mode: 'fail', times: 1 });
    expect((await fetch(`/api/ns/${ns}/mode`, { method: 'PUT', body: '{"mode":"explode"}' })).status).to.equal(400);
    const response = valid();
    expect((await post(ns, JSON.stringify(response))).status).to.equal(500);
    expect((await post(ns, JSON.stringify(response))).status).to.equal(201);
    expect(await (await fetch(`/api/ns/${ns}/mode`)).json()).to.deep.equal({ mode: 'accept' });
    expect((await received(ns)).attempts).to.equal(2);
    expect((await fetch(endpointFor(ns), { method: 'DELETE' })).status).to.equal(200);
    expect(await received(ns)).to.deep.equal({ responses: [], copies: {}, lastHeaders: null, attempts: 0 });
    expect((await fetch(endpointFor(ns), { method: 'PATCH' })).status).to.equal(405);
  });

  it('exports CSV for Excel with one row per response and one column per answer, formulas escaped', async () => {
    const ns = namespace();
    const response = valid();
    response.answers.lastInteraction.workedWell = '=HYPERLINK("http://evil")';
    await post(ns, JSON.stringify(response));
    // In a test namespace the tester is the admin; the CSV itself is the real receiver's (SPEC §12).
    const csv = await (await fetch(`${endpointFor(ns)}.csv?survey=2026-spring&labels=codes`)).text();
    const [header, row] = csv.trim().split('\r\n');
    // Every text cell quoted; a rating's code is a number (SPEC §16).
    expect(header).to.equal(
      '"id","survey","submittedAt","locale","respondent","frequency","health","change","lastInteraction.workedWell","lastInteraction.didNotWorkWell","lastInteraction.toImprove","issues.experienced","issues.reported","issues.details","reporting"',
    );
    expect(row).to.equal(
      `"${response.id}","2026-spring","2026-04-02T09:15:00.000Z","en","officer","weekly",4,"improved","'=HYPERLINK(""http://evil"")",,,"yes","no","A meeting ran late.","not-sure"`,
    );
  });
});
