// Property-based tests: random valid responses are accepted, and every mutation that breaks
// the wire format of SPEC §5 is rejected, by the schema and by the receiver of `npm start`.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { responseSchema } from '../src/schema/index.js';
import { mutations, validResponse, type Mutable } from './helpers/arbitraries.js';
import { endpointFor, namespace, received } from './helpers/receiver.js';

describe('schema properties', () => {
  it('accepts every valid response, unchanged', () => {
    fc.assert(
      fc.property(validResponse, (response) => {
        const result = responseSchema.safeParse(response);
        return result.success && JSON.stringify(result.data) === JSON.stringify(response);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects every mutation that breaks the wire format', () => {
    fc.assert(
      fc.property(validResponse, fc.integer({ min: 0, max: mutations.length - 1 }), fc.jsonValue(), (response, which, junk) => {
        const broken = structuredClone(response) as unknown as Mutable;
        mutations[which]![1](broken, junk);
        return !responseSchema.safeParse(broken).success;
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any JSON value, and accepts only what it returns unchanged', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = responseSchema.safeParse(value);
        return !result.success || JSON.stringify(result.data) === JSON.stringify(value);
      }),
      { numRuns: 300 },
    );
  });

  it('the receiver stores what the schema accepts and refuses the mutations', async () => {
    const ns = namespace();
    const samples = fc.sample(validResponse, 10);
    for (const response of samples) {
      const answer = await fetch(endpointFor(ns), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(response) });
      expect(answer.status, JSON.stringify(response).slice(0, 200)).to.equal(201);
    }
    for (const [name, mutate] of mutations) {
      const broken = structuredClone(fc.sample(validResponse, 1)[0]) as unknown as Mutable;
      mutate(broken, 'junk');
      const answer = await fetch(endpointFor(ns), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(broken) });
      expect(answer.status, name).to.equal(422);
    }
    // Prototype tricks and deep nesting are refused too, without harm to the receiver.
    const tricks = [
      `{"__proto__":{"polluted":true},${JSON.stringify(samples[0]).slice(1)}`,
      `{"constructor":{"prototype":{"polluted":true}},${JSON.stringify(samples[0]).slice(1)}`,
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
    ];
    for (const body of tricks) {
      const answer = await fetch(endpointFor(ns), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      expect(answer.status).to.be.within(400, 499);
    }
    expect((await received(ns)).responses).to.have.length(samples.length);
  });
});
