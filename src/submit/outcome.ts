/**
 * What an HTTP answer means for a response (SPEC §5 outcomes). Pure.
 */
export type SendOutcome =
  | { kind: 'accepted'; status: number }
  | { kind: 'network' | 'server'; status?: number; retryAfterMs?: number }
  | { kind: 'rejected'; status: number; message?: string };

/** 2xx accepted; 408, 429 and 5xx are worth retrying; any other status will not improve. */
export function classifyStatus(status: number): 'accepted' | 'server' | 'rejected' {
  if (status >= 200 && status < 300) return 'accepted';
  if (status === 408 || status === 429 || status >= 500) return 'server';
  return 'rejected';
}

/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const MESSAGE_LIMIT = 500;

/**
 * The server's own explanation, when its body is JSON (`application/json` or
 * `application/problem+json`) with a string `detail` or `message`. Shown as text only.
 */
export function serverMessage(contentType: string | null, body: string): string | undefined {
  if (!contentType || !/^application\/(problem\+)?json\b/i.test(contentType.trim())) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const { detail, message } = parsed as { detail?: unknown; message?: unknown };
  const text = typeof detail === 'string' ? detail : typeof message === 'string' ? message : undefined;
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  return trimmed.length > MESSAGE_LIMIT ? `${trimmed.slice(0, MESSAGE_LIMIT)}…` : trimmed;
}

const MIN_DELAY = 2_000;
const MAX_DELAY = 60_000;
const MAX_RETRY_AFTER = 60 * 60_000;

/**
 * Delay before retry number `attempt` (1 = the first retry): about 2 s, 4 s, 8 s … at most
 * 60 s, ±20 % jitter so many devices coming back online do not all send at once. A server's
 * `Retry-After` wins when it asks for longer (up to an hour).
 */
export function retryDelay(attempt: number, retryAfterMs?: number, random = Math.random): number {
  const base = Math.min(MAX_DELAY, MIN_DELAY * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.min(MAX_DELAY, Math.round(base * (0.8 + 0.4 * random())));
  return retryAfterMs === undefined ? jittered : Math.max(jittered, Math.min(retryAfterMs, MAX_RETRY_AFTER));
}
