// The invitation code's format (SPEC §15), the one definition the survey and the receiver share:
// made from the platform's random source, written in groups, read back from whatever a person
// types or a link carries.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CODE_ALPHABET, CODE_BITS, CODE_LENGTH, isCode, makeCode, parseCode, respondentOf } from '../src/invitation/code.js';

const WRITTEN = new RegExp(`^[MO]-[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}$`);
const code = fc.constantFrom('member', 'officer' as const).chain((group) =>
  fc.string({ unit: fc.constantFrom(...CODE_ALPHABET), minLength: CODE_LENGTH, maxLength: CODE_LENGTH }).map((body) => ({
    group,
    written: `${group === 'member' ? 'M' : 'O'}-${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8)}`,
  })),
);

describe('invitation codes (SPEC §15)', () => {
  it('are letters and digits without look-alikes, at least 50 bits, in groups after M- or O-', () => {
    expect(CODE_ALPHABET).to.not.match(/[01ILOU]/);
    expect(new Set(CODE_ALPHABET).size).to.equal(CODE_ALPHABET.length);
    expect(CODE_BITS).to.be.at.least(50);
    for (const group of ['member', 'officer'] as const) {
      const made = makeCode(group);
      expect(made).to.match(WRITTEN);
      expect(made[0]).to.equal(group === 'member' ? 'M' : 'O');
      expect(isCode(made)).to.equal(true);
      expect(respondentOf(made)).to.equal(group);
    }
  });

  it('are made with every character equally likely, and never twice', () => {
    const made = Array.from({ length: 3000 }, (_, i) => makeCode(i % 2 ? 'officer' : 'member'));
    expect(new Set(made).size).to.equal(made.length);
    const counts = new Map<string, number>();
    for (const c of made) for (const ch of c.slice(2).replaceAll('-', '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    // 36,000 characters, 1,200 of each expected; the bounds are about eight standard deviations.
    expect([...counts.keys()].sort().join('')).to.equal([...CODE_ALPHABET].sort().join(''));
    for (const [ch, n] of counts) expect(n, ch).to.be.within(900, 1500);
  });

  it('are read back from what a person types: any case, spaces and dashes anywhere', () => {
    fc.assert(
      fc.property(
        code,
        fc.array(fc.tuple(fc.boolean(), fc.constantFrom('', ' ', '-', '  ', '\u2013', '\t', '\u00a0')), { minLength: 16, maxLength: 16 }),
        ({ group, written }, typing) => {
          const typed = [...written.replaceAll('-', '')].map((ch, i) => (typing[i]![0] ? ch.toLowerCase() : ch) + typing[i]![1]).join('');
          expect(parseCode(` ${typed} `), typed).to.equal(written);
          expect(respondentOf(typed)).to.equal(group);
        },
      ),
      { numRuns: 500 },
    );
    expect(parseCode('m 7kq4 xb2n 9fht')).to.equal('M-7KQ4-XB2N-9FHT');
    expect(parseCode('O7KQ4XB2N9FHT')).to.equal('O-7KQ4-XB2N-9FHT');
  });

  it('refuse anything else: look-alikes, other groups, lengths, types', () => {
    const refused: unknown[] = [
      '', 'M-', 'M-7KQ4-XB2N-9FH', 'M-7KQ4-XB2N-9FHTT', 'X-7KQ4-XB2N-9FHT', 'MO-7KQ4-XB2N-9FHT',
      'M-0KQ4-XB2N-9FHT', 'M-OKQ4-XB2N-9FHT', 'M-1KQ4-XB2N-9FHT', 'M-IKQ4-XB2N-9FHT', 'M-LKQ4-XB2N-9FHT', 'M-UKQ4-XB2N-9FHT',
      'M-7KQ4-XB2N-9FHT?x', 'M_7KQ4_XB2N_9FHT', '<b>M-7KQ4-XB2N-9FHT</b>', `M-7KQ4-XB2N-9FHT${'x'.repeat(5000)}`,
      'M-７KQ4-XB2N-9FHT', undefined, null, 7, {}, ['M-7KQ4-XB2N-9FHT'],
    ];
    for (const value of refused) {
      expect(parseCode(value), JSON.stringify(value)).to.equal(undefined);
      expect(respondentOf(value), JSON.stringify(value)).to.equal(undefined);
      expect(isCode(value), JSON.stringify(value)).to.equal(false);
    }
    // Only the written form is a code as it is sent and stored.
    expect(isCode('m-7kq4-xb2n-9fht')).to.equal(false);
  });

  it('never reads anything as a code that is not one in its written form', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: fc.constantFrom(...`${CODE_ALPHABET}MO- iol0`), maxLength: 20 })), (text) => {
        const parsed = parseCode(text);
        if (parsed !== undefined) {
          expect(parsed).to.match(WRITTEN);
          expect(parseCode(parsed)).to.equal(parsed);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
