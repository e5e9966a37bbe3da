/** Options with their defaults filled in and checked once, as the routes use them. */
import { fileURLToPath } from 'node:url';
import { normaliseOrigin } from './http/cors.js';
import { isRoundId, notRoundId } from './http/round-id.js';
import { PAGE_TEXTS } from './pages/texts.js';
import { settleRounds, type RoundsSettings } from './rounds/settings.js';
import { DEFAULT_MIN_GROUP, isPopulation, LEAST_MIN_GROUP } from 'mor-survey/analysis';
import { checkKey } from './http/auth.js';
import { ThrottledLog } from './log.js';
import {
  DEFAULT_COMMIT_TIMEOUT,
  DEFAULT_MAX_BODY,
  DEFAULT_MAX_PENDING,
  DEFAULT_START_TIMEOUT,
  type Population,
  type ReceiverOptions,
} from './options.js';

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
  /** Seconds. */
  startTimeout: number;
  /** Seconds. */
  commitTimeout: number;
  /** The rounds file, grace and invitation key (SPEC §15); undefined without a rounds file. */
  rounds: RoundsSettings | undefined;
  /** The clock, in milliseconds. */
  now: () => number;
  /** For lines that could come once per request: at most one per 10 s per kind (`log.ts`). */
  throttled: ThrottledLog;
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

const atLeast = (least: number, value: number | undefined, fallback: number, name: string) => {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < least) throw new Error(`${name} must be a whole number of at least ${least}`);
  return value;
};

/** A smaller limit would refuse ordinary responses (the SPEC's example, with a sentence or two, is about 400 bytes). */
const LEAST_MAX_BODY = 1024;

const seconds = (value: number | undefined, fallback: number, name: string) => {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a number of seconds above 0`);
  return value;
};

export function settle(options: ReceiverOptions, adminToken: string): Settings {
  checkKey('MOR_ADMIN_TOKEN', adminToken);
  checkKey('MOR_RESULTS_TOKEN', options.resultsToken || undefined);
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
    const fine = isRoundId(round) && isPopulation(counts);
    if (!fine) throw new Error(`MOR_POPULATION: "${round}" needs { "member": <count>, "officer": <count> }`);
  }
  const privacyUrl = options.privacyUrl;
  if (privacyUrl !== undefined) {
    checked('MOR_PRIVACY_URL', () => {
      if (!/^https?:$/.test(new URL(privacyUrl).protocol)) throw new Error('the privacy notice must be an http(s) URL');
    });
  }
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  return {
    adminToken,
    resultsToken: options.resultsToken || undefined,
    publicResults: options.publicResults ?? false,
    minGroup,
    population: options.population,
    origins: new Set((options.allowedOrigins ?? []).map((origin) => checked('MOR_ALLOWED_ORIGINS', () => normaliseOrigin(origin)))),
    // With a rounds file, its rounds are the ones collected (settleRounds refuses MOR_SURVEYS beside it).
    surveys: rounds ? new Set(rounds.rounds.keys()) : options.surveys?.length ? new Set(options.surveys) : undefined,
    maxBody: atLeast(LEAST_MAX_BODY, options.maxBody, DEFAULT_MAX_BODY, 'MOR_MAX_BODY'),
    maxPending: atLeast(1, options.maxPending, DEFAULT_MAX_PENDING, 'MOR_MAX_PENDING'),
    frameAncestors: options.frameAncestors ?? [],
    title: { en: options.title?.en || PAGE_TEXTS.en.title, cy: options.title?.cy || PAGE_TEXTS.cy.title },
    privacyUrl: options.privacyUrl,
    // The build puts the bundles beside the server's own files in dist/.
    assetsDir: options.assetsDir ?? fileURLToPath(new URL('.', import.meta.url)),
    startTimeout: seconds(options.startTimeout, DEFAULT_START_TIMEOUT, 'MOR_START_TIMEOUT'),
    commitTimeout: seconds(options.commitTimeout, DEFAULT_COMMIT_TIMEOUT, 'MOR_COMMIT_TIMEOUT'),
    log,
    throttled: new ThrottledLog(log),
    rounds,
    now: options.now ? () => options.now!().getTime() : Date.now,
  };
}
