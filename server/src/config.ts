/**
 * `mor-survey-server`'s configuration, from the environment (the table in docs/receiver.md).
 * Anything malformed stops the start with a message naming the variable.
 */
import { readFileSync } from 'node:fs';
import type { Population, ReceiverOptions } from './options.js';

/** The environment's variables (`process.env`); a plain record, so the types need no @types/node. */
export type Environment = Readonly<Record<string, string | undefined>>;

export interface ServerConfig {
  host: string;
  port: number;
  options: ReceiverOptions;
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

const MIN_TOKEN = 16;

function token(env: Environment, name: string): string | undefined {
  const text = env[name];
  if (!text) return undefined;
  if (text.length < MIN_TOKEN || /\s/.test(text)) throw new Error(`${name} must be at least ${MIN_TOKEN} characters, with no spaces`);
  return text;
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
    adminToken: token(env, 'MOR_ADMIN_TOKEN'),
    resultsToken: token(env, 'MOR_RESULTS_TOKEN'),
    publicResults: flag(env, 'MOR_PUBLIC_RESULTS'),
    minGroup: whole(env, 'MOR_MIN_GROUP', 1),
    population: population(env),
    allowedOrigins: list(env.MOR_ALLOWED_ORIGINS),
    surveys: list(env.MOR_SURVEYS),
    maxBody: whole(env, 'MOR_MAX_BODY', 1024),
    maxPending: whole(env, 'MOR_MAX_PENDING', 1),
    frameAncestors: list(env.MOR_FRAME_ANCESTORS),
    title: { en: env.MOR_TITLE || undefined, cy: env.MOR_TITLE_CY || undefined },
    privacyUrl: env.MOR_PRIVACY_URL || undefined,
    // Rounds (SPEC §15): the file is read and checked by createReceiver, as the option is.
    rounds: env.MOR_ROUNDS || undefined,
    graceHours: whole(env, 'MOR_GRACE_HOURS', 0),
    invitationKey: env.MOR_INVITATION_KEY || undefined,
  };
  return { host: env.HOST || '127.0.0.1', port: whole(env, 'PORT', 0, 65535) ?? 8080, options };
}
