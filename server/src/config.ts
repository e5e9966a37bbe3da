/**
 * `mor-survey-server`'s configuration, from the environment (the table in docs/receiver.md).
 * Anything malformed stops the start with a message naming the variable. The receiver's options
 * are only read here: `settings.ts` checks them, for `createReceiver` and the command alike. The
 * HTTP server's settings (port, limits) are checked here, the only place they are read.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_LIMITS, type ConnectionLimits } from './http/limits.js';
import type { Population, ReceiverOptions } from './options.js';

/** The environment's variables (`process.env`); a plain record, so the types need no @types/node. */
export type Environment = Readonly<Record<string, string | undefined>>;

export interface ServerConfig {
  host: string;
  port: number;
  options: ReceiverOptions;
  /** What the HTTP server allows a client (`http/limits.ts`). */
  limits: ConnectionLimits;
}

const list = (text: string | undefined) => (text ?? '').split(/[\s,]+/).filter(Boolean);

function whole(env: Environment, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}`);
  return value;
}

function flag(env: Environment, name: string): boolean | undefined {
  const text = env[name]?.toLowerCase();
  if (text === undefined || text === '') return undefined;
  if (['true', '1', 'yes'].includes(text)) return true;
  if (['false', '0', 'no'].includes(text)) return false;
  throw new Error(`${name} must be true or false`);
}

/** A number for an option, as written (`settle()` says what it must be); a word gives NaN, which it refuses. */
function numeric(env: Environment, name: string): number | undefined {
  const text = env[name]?.trim();
  return text ? Number(text) : undefined;
}

/** A time setting in seconds, fractions allowed (tests shorten them). */
function seconds(env: Environment, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a number of seconds above 0`);
  return value;
}

/** The population file MOR_POPULATION names: `{ "<round>": { "member": n, "officer": n } }`. */
function population(env: Environment): Population | undefined {
  const file = env.MOR_POPULATION;
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Population;
  } catch (error) {
    throw new Error(`MOR_POPULATION: ${file} could not be read as JSON (${(error as Error).message})`);
  }
}

export function configFromEnv(env: Environment = process.env): ServerConfig {
  const options: ReceiverOptions = {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.MOR_DATA_DIR || undefined,
    // Their length is checked with the options' (settings.ts), so createReceiver refuses the same.
    adminToken: env.MOR_ADMIN_TOKEN || undefined,
    resultsToken: env.MOR_RESULTS_TOKEN || undefined,
    publicResults: flag(env, 'MOR_PUBLIC_RESULTS'),
    minGroup: numeric(env, 'MOR_MIN_GROUP'),
    population: population(env),
    allowedOrigins: list(env.MOR_ALLOWED_ORIGINS),
    surveys: list(env.MOR_SURVEYS),
    maxBody: numeric(env, 'MOR_MAX_BODY'),
    maxPending: numeric(env, 'MOR_MAX_PENDING'),
    startTimeout: numeric(env, 'MOR_START_TIMEOUT'),
    commitTimeout: numeric(env, 'MOR_COMMIT_TIMEOUT'),
    frameAncestors: list(env.MOR_FRAME_ANCESTORS),
    title: { en: env.MOR_TITLE || undefined, cy: env.MOR_TITLE_CY || undefined },
    privacyUrl: env.MOR_PRIVACY_URL || undefined,
    // Rounds (SPEC §15): the file is read and checked by createReceiver, as the option is.
    rounds: env.MOR_ROUNDS || undefined,
    graceHours: numeric(env, 'MOR_GRACE_HOURS'),
    invitationKey: env.MOR_INVITATION_KEY || undefined,
  };
  const limits: ConnectionLimits = {
    headersTimeout: seconds(env, 'MOR_HEADERS_TIMEOUT') ?? DEFAULT_LIMITS.headersTimeout,
    bodyTimeout: seconds(env, 'MOR_BODY_TIMEOUT') ?? DEFAULT_LIMITS.bodyTimeout,
    maxConnections: whole(env, 'MOR_MAX_CONNECTIONS', 1) ?? DEFAULT_LIMITS.maxConnections,
  };
  // The body's time counts from the request's first byte, so it includes the headers' time.
  if (limits.headersTimeout > limits.bodyTimeout) throw new Error('MOR_HEADERS_TIMEOUT must not be longer than MOR_BODY_TIMEOUT');
  return { host: env.HOST || '127.0.0.1', port: whole(env, 'PORT', 0, 65535) ?? 8080, options, limits };
}
