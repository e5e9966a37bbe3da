/**
 * Invitation codes (SPEC §15): the one definition of their written form, shared by the survey
 * (which reads and sends them) and the receiver (which makes and checks them). Pure: no DOM, no
 * Lit, only the Web Crypto random source that browsers and Node both have.
 *
 * A code is its group's letter and twelve characters of randomness in groups of four,
 * `M-7KQ4-XB2N-9FHT` (a Member) or `O-…` (an Officer): 12 × log2(30) ≈ 58.9 bits.
 */
import type { Respondent } from '../schema/values.js';

/** Letters and digits nobody mistakes for one another: no 0 or O, no 1, I or L, and no U (read as V). */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Characters of randomness after the group letter. */
export const CODE_LENGTH = 12;
/** Bits of randomness in a code: at least 50 (SPEC §15). */
export const CODE_BITS = CODE_LENGTH * Math.log2(CODE_ALPHABET.length);
/** The request header a response's code travels in; never in the body. */
export const INVITATION_HEADER = 'Mor-Invitation';

const BARE = new RegExp(`^[MO][${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/**
 * The code in its written form from what a person typed, pasted or a link carried: any case,
 * with or without spaces and dashes anywhere. Undefined when it is not a code.
 */
export function parseCode(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const bare = text.toUpperCase().replace(/[\s\u2010-\u2015\u2212-]/g, '');
  return BARE.test(bare) ? `${bare[0]}-${bare.slice(1, 5)}-${bare.slice(5, 9)}-${bare.slice(9)}` : undefined;
}

/** True for a code exactly in its written form (what `parseCode` and `makeCode` return). */
export const isCode = (text: unknown): text is string => typeof text === 'string' && parseCode(text) === text;

/** The group a code invites (`M-` a Member, `O-` an Officer); undefined when it is not a code. */
export function respondentOf(code: unknown): Respondent | undefined {
  const parsed = parseCode(code);
  return parsed === undefined ? undefined : parsed[0] === 'O' ? 'officer' : 'member';
}

/** A new random code for `group`, from the platform's cryptographic random source. */
export function makeCode(group: Respondent): string {
  let body = '';
  while (body.length < CODE_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(CODE_LENGTH * 2))) {
      // Bytes from 240 (8 × 30) up are skipped, so that every character is equally likely.
      if (byte < 240 && body.length < CODE_LENGTH) body += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    }
  }
  return parseCode((group === 'officer' ? 'O' : 'M') + body)!;
}
