/** Options with their defaults filled in and checked once, as the routes use them. */
import { fileURLToPath } from 'node:url';
import { normaliseOrigin } from './http/cors.js';
import { isRoundId, notRoundId } from './http/round-id.js';
import { PAGE_TEXTS } from './pages/texts.js';
import { settleRounds, type RoundsSettings } from './rounds/settings.js';
import { DEFAULT_MIN_GROUP, LEAST_MIN_GROUP } from 'mor-survey/analysis';
import { DEFAULT_MAX_BODY, DEFAULT_MAX_PENDING, type Population, type ReceiverOptions } from './options.js';

export interface Settings {
  adminToken: string;
  resultsToken: string | undefined;
  publicResults: boolean;
  minGroup: number;
  population: Population | undefined;
  origins: ReadonlySet<string>;
  surveys: ReadonlySet<string> | undefined;
  maxBody: number;
  maxPending: number;
  frameAncestors: readonly string[];
  title: { en: string; cy: string };
  privacyUrl: string | undefined;
  assetsDir: string;
  log: (line: string) => void;
  /** The rounds file, grace and invitation key (SPEC §15); undefined without a rounds file. */
  rounds: RoundsSettings | undefined;
  /** The clock, in milliseconds. */
  now: () => number;
}

/** A CSP source a council would give for frame-ancestors: an http(s) origin, wildcards allowed, or 'self'. */
const FRAME_SOURCE = /^(?:'self'|https?:\/\/(?:\*\.)?[A-Za-z0-9.-]+(?::\d{1,5})?)$/;

/** `make()`, or its error prefixed with the setting's name. */
function checked<T>(name: string, make: () => T): T {
  try {
    return make();
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message}`);
  }
}

const positive = (value: number | undefined, fallback: number, name: string) => {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0`);
  return value;
};

export function settle(options: ReceiverOptions, adminToken: string): Settings {
  const rounds = settleRounds(options);
  for (const survey of options.surveys ?? []) {
    if (!isRoundId(survey)) throw new Error(`MOR_SURVEYS: ${notRoundId(survey)}`);
  }
  for (const source of options.frameAncestors ?? []) {
    if (!FRAME_SOURCE.test(source)) throw new Error(`MOR_FRAME_ANCESTORS: not an origin: "${source}" (write it as https://council.sharepoint.com)`);
  }
  const minGroup = options.minGroup ?? DEFAULT_MIN_GROUP;
  if (!Number.isInteger(minGroup) || minGroup < LEAST_MIN_GROUP) {
    throw new Error(`MOR_MIN_GROUP must be a whole number of at least ${LEAST_MIN_GROUP}: smaller groups could identify someone`);
  }
  for (const [round, counts] of Object.entries(options.population ?? {})) {
    const fine = isRoundId(round) && [counts?.member, counts?.officer].every((n) => Number.isInteger(n) && n! >= 0);
    if (!fine) throw new Error(`MOR_POPULATION: "${round}" needs { "member": <count>, "officer": <count> }`);
  }
  const privacyUrl = options.privacyUrl;
  if (privacyUrl !== undefined) {
    checked('MOR_PRIVACY_URL', () => {
      if (!/^https?:$/.test(new URL(privacyUrl).protocol)) throw new Error('the privacy notice must be an http(s) URL');
    });
  }
  return {
    adminToken,
    resultsToken: options.resultsToken || undefined,
    publicResults: options.publicResults ?? false,
    minGroup,
    population: options.population,
    origins: new Set((options.allowedOrigins ?? []).map((origin) => checked('MOR_ALLOWED_ORIGINS', () => normaliseOrigin(origin)))),
    // With a rounds file, its rounds are the ones collected (settleRounds refuses MOR_SURVEYS beside it).
    surveys: rounds ? new Set(rounds.rounds.keys()) : options.surveys?.length ? new Set(options.surveys) : undefined,
    maxBody: positive(options.maxBody, DEFAULT_MAX_BODY, 'MOR_MAX_BODY'),
    maxPending: positive(options.maxPending, DEFAULT_MAX_PENDING, 'MOR_MAX_PENDING'),
    frameAncestors: options.frameAncestors ?? [],
    title: { en: options.title?.en || PAGE_TEXTS.en.title, cy: options.title?.cy || PAGE_TEXTS.cy.title },
    privacyUrl: options.privacyUrl,
    // The build puts the bundles beside the server's own files in dist/.
    assetsDir: options.assetsDir ?? fileURLToPath(new URL('.', import.meta.url)),
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
    rounds,
    now: options.now ? () => options.now!().getTime() : Date.now,
  };
}
