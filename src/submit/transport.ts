/**
 * Sending one response: the default `fetch` transport and the contract for a developer's own.
 * No Lit. The body is the response exactly as built; every retry sends the same bytes.
 */
import { INVITATION_HEADER } from '../invitation/code.js';
import type { SurveyResponse } from '../schema/response.js';
import { classifyStatus, parseRetryAfter, serverMessage, type SendOutcome } from './outcome.js';

/** What a replacement transport may resolve with; resolving with nothing means accepted. */
export interface TransportResult {
  status: number;
  /** The `Retry-After` header, if any. */
  retryAfter?: string | null;
  /** A message from the server to show the respondent (as text) when it rejects. */
  message?: string;
}

/**
 * A replacement for the built-in `fetch` POST (SPEC §2): given the response, returns a promise.
 * A rejected promise is treated as a network failure, and the response is kept and retried.
 * `invitation` is the response's invitation code (SPEC §15), to send beside it, never in it.
 */
export type Transport = (
  response: SurveyResponse,
  options: { signal: AbortSignal; invitation?: string | undefined },
) => Promise<TransportResult | void | undefined>;

/** The fetch credentials modes the `credentials` attribute may name (SPEC §2). */
export const CREDENTIALS: readonly RequestCredentials[] = ['omit', 'same-origin', 'include'];

export interface FetchOptions {
  credentials: RequestCredentials;
}

/**
 * The built-in transport: POST JSON with an `Idempotency-Key` equal to the response id, and the
 * invitation code, if any, as `Mor-Invitation`.
 */
export function fetchTransport(endpoint: string, { credentials }: FetchOptions): Transport {
  return async (response, { signal, invitation }) => {
    const answer = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': response.id, ...(invitation && { [INVITATION_HEADER]: invitation }) },
      body: JSON.stringify(response),
      credentials,
      signal,
      // Never tell the endpoint which page the respondent was on.
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
    const result: TransportResult = { status: answer.status, retryAfter: answer.headers.get('Retry-After') };
    if (classifyStatus(answer.status) === 'rejected') {
      const message = serverMessage(answer.headers.get('Content-Type'), await answer.text().catch(() => ''));
      if (message !== undefined) result.message = message;
    }
    return result;
  };
}

/** Runs a transport with a time limit and turns whatever happens into an outcome. Never throws. */
export async function send(transport: Transport, response: SurveyResponse, timeoutMs: number, invitation?: string): Promise<SendOutcome> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve('timeout');
    }, timeoutMs);
  });
  try {
    const result = await Promise.race([transport(response, { signal: controller.signal, invitation }), timedOut]);
    if (result === 'timeout') return { kind: 'network' };
    const status = result?.status ?? 200;
    const kind = classifyStatus(status);
    if (kind === 'accepted') return { kind, status };
    if (kind === 'rejected') return { kind, status, ...(result?.message !== undefined && { message: result.message }) };
    const retryAfterMs = parseRetryAfter(result?.retryAfter);
    return { kind, status, ...(retryAfterMs !== undefined && { retryAfterMs }) };
  } catch {
    return { kind: 'network' };
  } finally {
    clearTimeout(timer);
  }
}
