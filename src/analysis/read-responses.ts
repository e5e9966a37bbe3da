/**
 * Reads responses from an export: a JSON array, an object with a `responses` array (as the
 * demo receiver lists them), or JSON Lines (one response per line). Each is checked with the
 * response schema; invalid ones and repeated ids are counted and left out, never guessed at.
 * Pure: text in, responses out (the command line does the file reading and the telling).
 */
import { parseResponse, type SurveyResponse } from '../schema/response.js';

export interface ReadResult {
  responses: SurveyResponse[];
  /** Entries that were not valid responses (or lines that were not JSON). */
  invalid: number;
  /** Entries whose id had been read already (the first is kept). */
  duplicates: number;
}

/** The entries of the text: one JSON value holding them, else one per non-empty line. */
function entriesOf(text: string): unknown[] {
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    whole = undefined;
  }
  if (Array.isArray(whole)) return whole;
  const listed = (whole as { responses?: unknown } | undefined)?.responses;
  if (Array.isArray(listed)) return listed;
  if (whole !== undefined) return [whole];
  const NOT_JSON = Symbol('not JSON');
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        return NOT_JSON;
      }
    });
}

export function readResponses(text: string): ReadResult {
  const result: ReadResult = { responses: [], invalid: 0, duplicates: 0 };
  const seen = new Set<string>();
  for (const entry of entriesOf(text.replace(/^\uFEFF/, ''))) {
    const parsed = parseResponse(entry);
    if (!parsed.success) {
      result.invalid++;
    } else if (seen.has(parsed.data.id)) {
      result.duplicates++;
    } else {
      seen.add(parsed.data.id);
      result.responses.push(parsed.data);
    }
  }
  return result;
}
