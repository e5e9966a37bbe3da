// The receiver and the schema in Node, from the built files: what a server would import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver } from '../../dist/server/receiver.js';
import { responseSchema, parseResponse } from '../../dist/schema.js';
import { specExample } from '../fixtures/spec-example.mjs';

const example = {
  ...specExample,
  answers: { frequency: 'weekly', health: 4, change: 'improved', issues: { experienced: 'no' }, reporting: 'yes' },
};

async function serve(receiver) {
  const server = createServer(async (req, res) => {
    if (!(await receiver.handle(req, res))) res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

test('the built schema validates in Node without a DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(responseSchema.safeParse(example).success, true);
  assert.equal(parseResponse({ ...example, respondent: 'mayor' }).success, false);
});

test('responses survive a restart of the receiver', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mor-receiver-'));
  const first = await serve(createReceiver({ dataDir }));
  const post = await fetch(`${first.url}/api/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': example.id },
    body: JSON.stringify(example),
  });
  assert.equal(post.status, 201);
  first.server.close();
  assert.equal(readFileSync(join(dataDir, 'responses-default.jsonl'), 'utf8'), `${JSON.stringify(example)}\n`);

  const second = await serve(createReceiver({ dataDir }));
  const list = await (await fetch(`${second.url}/api/responses`)).json();
  assert.deepEqual(list.responses, [example]);
  // Still the same response after the restart: a retry is not stored again.
  const retry = await fetch(`${second.url}/api/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': example.id },
    body: JSON.stringify(example),
  });
  assert.equal(retry.status, 200);
  second.server.close();
});
