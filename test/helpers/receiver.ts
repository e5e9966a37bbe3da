/** Talks to the real receiver the test runner serves (test/web-test-runner.config.mjs). */
import type { SurveyResponse } from '../../src/schema/index.js';

let counter = 0;

/** A namespace of the receiver that no other test uses. */
export function namespace(): string {
  counter += 1;
  return `t${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 7)}`;
}

export const endpointFor = (ns: string) => `/api/ns/${ns}/responses`;

export interface Received {
  responses: SurveyResponse[];
  copies: Record<string, number>;
  lastHeaders: Record<string, string | undefined> | null;
  /** POSTs and CORS preflights that reached the receiver, valid or not. */
  attempts: number;
}

export async function received(ns: string): Promise<Received> {
  const answer = await fetch(endpointFor(ns), { cache: 'no-store' });
  return (await answer.json()) as Received;
}

export async function setMode(
  ns: string,
  setting: { mode: string; times?: number; delayMs?: number; retryAfter?: number; detail?: string; status?: number; type?: string },
): Promise<void> {
  const answer = await fetch(`/api/ns/${ns}/mode`, { method: 'PUT', body: JSON.stringify(setting) });
  if (!answer.ok) throw new Error(`could not set mode: ${answer.status}`);
}

/** Below the browser tests' 60 s timeout (test/web-test-runner.config.mjs). */
const UNTIL_LIMIT_MS = 50_000;

/**
 * Polls until `check` returns something truthy, for up to 50 s from this call: a busy machine
 * makes a test slower, never red (issue 21). When a wait is the test's only long one it fails
 * before the test's own timeout, naming what never came; after a long wait, the test's timeout
 * may come first.
 */
export async function until<T>(check: () => T | Promise<T>, what = 'condition'): Promise<NonNullable<T>> {
  const end = performance.now() + UNTIL_LIMIT_MS;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

let droppedNamespace: string | undefined;

/**
 * Makes requests to this namespace fail at the network level, or restores them (null). In
 * Chromium the browser itself fails them (DevTools); elsewhere the receiver drops the
 * connection of every request, which the page sees the same way.
 */
export async function cutNetwork(ns: string | null): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  if (await executeServerCommand('cut-network', { pattern: ns ? `*/api/ns/${ns}/*` : null })) return;
  if (ns) {
    droppedNamespace = ns;
    await setMode(ns, { mode: 'drop' });
  } else if (droppedNamespace) {
    await setMode(droppedNamespace, { mode: 'accept' });
    droppedNamespace = undefined;
  }
}

/** The engine running this test, and whether DevTools-only commands work in it. */
export async function browserCapabilities(): Promise<{ name: string; cdp: boolean }> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  return (await executeServerCommand('browser-capabilities')) as { name: string; cdp: boolean };
}

/**
 * For a `describe` whose tests use the default namespace (the demo page, the hosted pages): the
 * other engines' test files run at the same time on the same receiver, so this block waits for
 * its turn and gives it back at the end (`shared-receiver` in test/web-test-runner.config.mjs).
 */
export function shareTheDefaultReceiver(): void {
  before(async function () {
    // Waiting for the other engines' turns is not this block's own time: no timeout here.
    this.timeout(0);
    const { executeServerCommand } = await import('@web/test-runner-commands');
    await executeServerCommand('shared-receiver', { take: true });
  });
  after(async () => {
    const { executeServerCommand } = await import('@web/test-runner-commands');
    await executeServerCommand('shared-receiver', { take: false });
  });
}

/** A round of the rounds file (SPEC §15) open now: opened yesterday, closes in 30 days. */
export function openRound(access: 'open' | 'invited', title = 'Test round') {
  const day = 24 * 3600_000;
  return { title: { en: title, cy: `${title} (cy)` }, opens: new Date(Date.now() - day).toISOString(), closes: new Date(Date.now() + 30 * day).toISOString(), access };
}

/** Gives the namespace a new receiver with this rounds file (SPEC §15). */
export async function setRounds(ns: string, rounds: Record<string, unknown>): Promise<void> {
  const answer = await fetch(`/api/ns/${ns}/rounds`, { method: 'PUT', body: JSON.stringify(rounds) });
  if (!answer.ok) throw new Error(`could not set rounds: ${answer.status} ${await answer.text()}`);
}

/** Moves the namespace's receiver's clock to `now` (a UTC time), or back to the real time (null). */
export async function setClock(ns: string, now: string | null): Promise<void> {
  const answer = await fetch(`/api/ns/${ns}/clock`, { method: 'PUT', body: JSON.stringify({ now }) });
  if (!answer.ok) throw new Error(`could not set the clock: ${answer.status}`);
}

/** New invitation codes for an invited round of the namespace. */
export async function invite(ns: string, survey: string, counts: { member?: number; officer?: number }): Promise<{ group: string; code: string }[]> {
  const answer = await fetch(`/api/ns/${ns}/invitations`, { method: 'POST', body: JSON.stringify({ survey, ...counts }) });
  if (!answer.ok) throw new Error(`could not invite: ${answer.status} ${await answer.text()}`);
  return answer.json();
}
